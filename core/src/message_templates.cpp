// message_templates.cpp — the one table of message templates: key, English, Simplified Chinese (placeholders and
// formatters in mpsim/message.hpp; terms and punctuation in docs/glossary.md). The English of a row is exactly the
// text the engine builds today, so that converting a call site to a template changes no English byte (the golden
// decision logs check it). Both languages must name the same placeholders; check_message_templates() and the tests
// hold every row to that.
//
// The rows so far are the sentences the decision under construction shares between actions (core/src/decider.hpp):
// who acted, the step's summary line, the lookups that find nothing (R-INF-1), the actor checks (R-INF-5) and the
// role checks (R-ROLE-1). The actions' own explanations join them as the engine is converted.
#include "mpsim/message.hpp"

namespace core {
namespace {

constexpr MessageTemplate kTemplates[] = {
    // ---- who acted, and the one-line summary of a step
    {"actor.system", "System", "系统"},
    {"actor.user", "{user} ({tenant})", "{user}（{tenant}）"},
    {"step.summary", "{actor}: {action} — {decision}", "{actor}：{action} — {decision}"},

    // ---- the actor (R-INF-5) and the things a request names (R-INF-1)
    {"inf.unknown_action", "\"{action}\" is not an action of this simulator.", "“{action}”不是本模拟器中的操作。"},
    {"inf.not_partner_user", "{actor} is not a user of a partner tenant, and only a partner's users act for it in Partner Center.",
     "{actor}不是合作伙伴租户的用户；在合作伙伴中心，只有合作伙伴自己的用户才能代表它操作。"},
    {"inf.not_customer_user", "{actor} is not a user of a customer tenant.", "{actor}不是客户租户的用户。"},
    {"inf.no_subscription", "there is no subscription \"{id}\".", "不存在订阅“{id}”。"},
    {"inf.no_customer", "there is no customer \"{id}\".", "不存在客户“{id}”。"},
    {"inf.no_partner", "there is no partner \"{id}\".", "不存在合作伙伴“{id}”。"},

    // ---- roles in Partner Center (R-ROLE-1)
    {"roles.none", "no roles", "无"},
    {"role.only_managers", "{actor} holds {roles:and}; only admin agents, sales agents and global admins {task}.",
     "{actor}的角色：{roles:and}；只有管理员代理、销售代理和全局管理员才能{task}。"},
    {"role.only_partnership_managers", "{actor} holds {roles:and}; admin agents and global admins manage partnerships.",
     "{actor}的角色：{roles:and}；只有管理员代理和全局管理员才能管理合作关系。"},
    {"task.create_customers", "create customers", "创建客户"},
    {"task.manage_subscriptions", "manage subscriptions", "管理订阅"},
    {"task.request_transfers", "request transfers", "请求转移"},

    // ---- relationships and delegated admin privileges (actions_relationships.cpp, actions_admin_rights.cpp)

    // ---- subscriptions, billing and transfers (actions_subscriptions.cpp, actions_transfers.cpp)

    // ---- GDAP, sign-in, support contacts and Partner Center's lists (actions_gdap.cpp and their neighbours)

    // ---- diffs, invariants, perspectives and reports (diff.cpp, run.cpp, perspectives.cpp, compare.cpp)
};

}  // namespace

std::span<const MessageTemplate> message_templates() { return kTemplates; }

}  // namespace core
