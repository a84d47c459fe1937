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
    // decision logs and the report (run.cpp)
    {"report.same_time", "same time", "同一时间"},
    {"report.scheduled_mark", " (scheduled)", "（系统计划）"},
    {"report.colon", ": ", "："},
    {"report.follow_on", "scheduled: {action} at {time}", "已计划：{time} 执行 {action}"},
    {"report.invariant_broken", "invariant {rule} broken: {message}", "违反不变量 {rule}：{message}"},
    {"report.expectations_heading", "Expectations:", "预期："},
    {"report.pass", "pass", "通过"},
    {"report.fail_caps", "FAIL", "失败"},
    {"report.after", "after {event}", "{event}之后"},
    {"report.md.disclaimer", "*{era}* — replayed by mpsim. Rules come from the documentation of that era; this report claims no legal or contractual authority.",
     "*{era}* — 由 mpsim 重放。规则来自该时期的文档；本报告不具有任何法律或合同效力。"},
    {"report.md.decisions_heading", "## Decisions", "## 决策"},
    {"report.md.event", "Event `{event}`{scheduled}, at {time}: **{decision}**", "事件 `{event}`{scheduled}，于{time}：**{decision}**"},
    {"report.md.scheduled_by_system", " (scheduled by the system)", "（由系统计划）"},
    {"report.md.the_same_time", "the same time", "同一时间"},
    {"report.md.applied", "applied", "已执行"},
    {"report.md.rejected", "rejected", "已拒绝"},
    {"report.md.rule", "*Rule:* ", "*规则：*"},
    {"report.md.inferred", " (inferred)", " [推断]"},
    {"report.md.source", "*Source:* ", "*来源：*"},
    {"report.md.changed", "Changed: ", "变更："},
    {"report.md.invariant_broken", "**Invariant broken** ({rule}): ", "**违反不变量** ({rule})："},
    {"report.md.expectations_table", "## Expectations\n\n| after | result | note |", "## 预期\n\n| 在此事件之后 | 结果 | 说明 |"},
    {"report.md.fail", "**fail**", "**失败**"},
    // what one party sees (perspectives.cpp; mpsim view)
    {"view.administer_service", "Administer {service}", "代表客户管理{service}"},
    {"view.administer_tenant", "Administer the tenant", "代表客户管理租户"},
    {"view.open_support_request", "Open a support request", "创建支持请求"},
    {"view.change_seats", "Change seats of {subscription}", "更改{subscription}的席位数量"},
    {"view.partner_heading", "{partner} ({type}) — Partner Center as {user}", "{partner}（{type}）— 以{user}身份使用合作伙伴中心"},
    {"view.indirect_providers", "Indirect providers: ", "间接提供商："},
    {"view.indirect_resellers", "Indirect resellers: ", "间接经销商："},
    {"view.links", "Links: ", "链接："},
    {"view.customers", "Customers: ", "客户数："},
    {"view.reseller_relationship", "  reseller relationship", "  经销商关系"},
    {"view.no_reseller_relationship", "  no reseller relationship", "  无经销商关系"},
    {"view.dap", "DAP: ", "DAP 范围："},
    {"view.whole_tenant", "whole tenant", "整个租户"},
    {"view.no_dap", "no DAP", "无 DAP"},
    {"view.sold", "sold: ", "已销售："},
    {"view.reseller_of_record", "reseller of record: ", "记录经销商："},
    {"view.may", "may    ", "可以  "},
    {"view.may_not", "may not", "不可以"},
    {"view.customer_heading", "{customer} — Partner relationships", "{customer} —“合作伙伴关系”页面"},
    {"view.reseller", "  Reseller", "  经销商"},
    {"view.admin_rights", "admin rights: ", "管理员权限："},
    {"view.all_services", "all services", "所有服务"},
    {"view.no_admin_rights", "no admin rights", "无管理员权限"},
    {"view.subscriptions", "subscriptions: ", "订阅："},
    {"view.other_channels", "Bought through other channels: ", "通过其他渠道购买："},
    {"view.seen_at", "Seen at {time}, {when}", "查看时间：{time}，{when}"},
    {"view.after_event", "after {event}", "{event}之后"},
    {"view.at_start", "at the start", "开始时"},
    {"view.at_end", "at the end", "结束时"},
    // mpsim compare (compare.cpp)
    {"compare.at", "at {time}", "时间：{time}"},
    {"compare.totals", "{differ} of {events} decisions differ (!=); ~ marks the same decision for different rules.",
     "{events} 个决策中有 {differ} 个不同 (!=)；~ 表示决策相同但依据的规则不同。"},
};

}  // namespace

std::span<const MessageTemplate> message_templates() { return kTemplates; }

}  // namespace core
