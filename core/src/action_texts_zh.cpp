// action_texts_zh.cpp — the action table's labels and parameter meanings in Simplified Chinese: one row per action
// (keyed by its name) and one per parameter (keyed by "action.parameter"), beside the English of core/src/engine.cpp.
// Terms and punctuation follow docs/glossary.md; tests/core/catalogue_chinese_test.cpp fails when an action or a
// parameter has no row here, when a row is not Chinese or drops what must stay as written, or when a row names none.
#include <string>

#include "mpsim/actions.hpp"

namespace core {
namespace {

const TranslatedText kActionLabelsZh[] = {
    {"create_reseller_invitation", "复制经销商关系链接"},
    {"accept_reseller_invitation", "接受合作伙伴的经销商关系邀请"},
    {"create_customer", "添加新客户"},
    {"order_subscription", "为客户购买订阅"},
    {"order_add_on", "为订阅订购加载项"},
    {"change_quantity", "更改席位数量"},
    {"suspend_subscription", "暂停订阅"},
    {"reactivate_subscription", "重新激活已暂停的订阅"},
    {"cancel_subscription", "取消订阅"},
    {"upgrade_subscription", "将订阅升级到其他产品/服务"},
    {"change_terms", "更改订阅的续订或计费条款"},
    {"move_subscription", "将订阅转移给其他合作伙伴"},
    {"change_partner_of_record", "更改订阅的记录合作伙伴"},
    {"administer_on_behalf", "代表客户管理服务 (AOBO)"},
    {"open_support_request", "为客户创建支持请求"},
    {"remove_delegated_admin", "删除委派管理员权限"},
    {"remove_reseller_relationship", "删除经销商关系"},
    {"invite_reseller_partnership", "请求与间接经销商建立合作关系"},
    {"accept_partnership_invitation", "授权间接提供商"},
    {"remove_partnership", "删除提供商与经销商之间的合作关系"},
    {"set_support_contact", "指定订阅的支持联系人"},
    {"assign_licenses", "为客户的用户分配许可证"},
    {"sign_in", "登录订阅的服务"},
    {"confirm_customer_agreement", "确认客户已接受 Microsoft 客户协议"},
    {"call_partner_center_api", "调用合作伙伴中心 API"},
    {"list_partner_center", "读取合作伙伴中心的列表"},
    {"advance_clock", "让时间推移"},
    {"delete_subscription_data", "删除已暂停订阅的数据"},
    {"flag_inactive_dap", "标记 90 天未使用的 DAP"},
    {"create_gdap_relationship", "创建 GDAP 关系请求"},
    {"update_gdap_relationship", "编辑 GDAP 关系"},
    {"delete_gdap_relationship", "删除 GDAP 关系请求"},
    {"lock_gdap_for_approval", "完成 GDAP 请求并发送批准链接"},
    {"approve_gdap_relationship", "批准 GDAP 关系"},
    {"reject_gdap_relationship", "拒绝 GDAP 关系"},
    {"terminate_gdap_relationship", "终止 GDAP 关系"},
    {"create_access_assignment", "将 GDAP 关系分配给安全组"},
    {"advance_gdap_status", "预配或取消预配 GDAP 关系"},
    {"activate_access_assignment", "激活 GDAP 访问分配"},
    {"expire_gdap_request", "使无人答复的 GDAP 请求过期"},
    {"gdap_end_reached", "在结束日期自动扩展 GDAP 关系或使其过期"},
    {"send_gdap_expiry_notice", "发送 GDAP 过期通知"},
    {"create_transfer", "请求转移订阅"},
    {"accept_transfer", "接受转移"},
    {"reject_transfer", "拒绝转移"},
    {"cancel_transfer", "取消转移请求"},
    {"expire_transfer", "使无人处理的转移过期"},
    // ---- facts.md §8 (s8)
    {"set_partner_authorization", "更改合作伙伴的 CSP 授权状态"},
    {"check_partner_earned_credit", "检查 Azure 计划的合作伙伴获得的信用额度"},
    {"validate_resellers", "验证经销商的 PLA ID（记录合作伙伴）"},
};

const TranslatedText kParamMeaningsZh[] = {
    {"create_reseller_invitation.invitation", "合作伙伴的经销商关系链接的 ID（默认为 <partner>-link）"},
    {"create_reseller_invitation.include_dap", "是否随经销商关系一起请求委派管理员权限（默认为 true）"},
    {"create_reseller_invitation.customer", "要与链接绑定的客户（会被拒绝：该链接不包含客户信息，R-REL-2）"},
    {"create_reseller_invitation.provider", "间接经销商的链接：同样获得该关系的提供商（全球版，R-IND-4）"},
    {"accept_reseller_invitation.invitation", "客户打开的邀请链接"},
    {"accept_reseller_invitation.services", "DAP 覆盖的服务（世纪互联：每项服务只能有一个拥有 DAP 的 CSP 合作伙伴）"},
    {"accept_reseller_invitation.dap_partner", "改为获得 DAP 的、发出邀请的提供商旗下的间接经销商（R-IND-5）"},
    {"accept_reseller_invitation.portal", "客户接受邀请的位置：21vianet_admin_center 或 microsoft_365_admin_center（默认为该时期的位置）"},
    {"create_customer.customer", "新客户租户的 ID"},
    {"create_customer.name", "客户名称"},
    {"create_customer.reseller", "要关联的间接经销商（仅限提供商）"},
    {"create_customer.with_dap", "创建时授予 DAP（自 2023 年 11 月起会被拒绝，R-DAP-8）"},
    {"order_subscription.customer", "客户"},
    {"order_subscription.service", "产品/服务"},
    {"order_subscription.subscription", "新订阅的 ID"},
    {"order_subscription.quantity", "席位数（默认为 1）"},
    {"order_subscription.reseller", "间接记录经销商（仅限提供商）"},
    {"order_add_on.subscription", "基础订阅"},
    {"order_add_on.service", "加载项产品/服务"},
    {"order_add_on.add_on", "新加载项订阅的 ID"},
    {"order_add_on.quantity", "席位数（默认为 1）"},
    {"change_quantity.subscription", "订阅"},
    {"change_quantity.quantity", "新的席位数"},
    {"suspend_subscription.subscription", "订阅"},
    {"reactivate_subscription.subscription", "订阅"},
    {"cancel_subscription.subscription", "订阅"},
    {"upgrade_subscription.subscription", "要升级的订阅"},
    {"upgrade_subscription.to", "要升级到的服务"},
    {"change_terms.subscription", "订阅"},
    {"change_terms.auto_renew", "期满时自动续订"},
    {"change_terms.billing_cycle", "monthly（按月）、annual（按年）或 none（无）"},
    {"move_subscription.subscription", "订阅"},
    {"move_subscription.partner", "将成为记录合作伙伴的合作伙伴（默认为执行操作的合作伙伴）"},
    {"change_partner_of_record.subscription", "订阅"},
    {"change_partner_of_record.partner", "将成为记录合作伙伴的合作伙伴（默认为执行操作的合作伙伴）"},
    {"administer_on_behalf.customer", "客户"},
    {"administer_on_behalf.service", "要管理的服务（世纪互联的 DAP 按服务授予）"},
    {"administer_on_behalf.needs_global_admin", "该任务需要全局管理员角色（例如管理用户），而不是支持管理员角色"},
    {"administer_on_behalf.role", "该任务需要的 Entra 角色，例如 user-administrator（GDAP；默认为任意管理员角色）"},
    {"open_support_request.customer", "客户"},
    {"remove_delegated_admin.partner", "客户要删除其 DAP 的合作伙伴（由客户操作）"},
    {"remove_delegated_admin.customer", "合作伙伴要放弃其 DAP 的客户（由合作伙伴操作）"},
    {"remove_delegated_admin.services", "只删除这些服务的 DAP（默认为全部）"},
    {"remove_reseller_relationship.customer", "客户"},
    {"remove_reseller_relationship.partner", "要删除谁的关系（默认为执行操作的合作伙伴自己的关系）"},
    {"invite_reseller_partnership.invitation", "合作关系链接的 ID（默认为 <provider>-partnership）"},
    {"accept_partnership_invitation.invitation", "提供商的合作关系链接"},
    {"remove_partnership.partner", "合作关系的另一方"},
    {"remove_partnership.remove_customers", "同时带走该经销商的客户（会被拒绝，R-IND-7）"},
    {"set_support_contact.subscription", "订阅"},
    {"set_support_contact.reseller", "要指定的经销商：该订阅的记录经销商（不填则清除指定）"},
    {"assign_licenses.customer", "客户"},
    {"sign_in.subscription", "用户要登录其服务的订阅（必须属于该用户所属的客户）"},
    {"confirm_customer_agreement.customer", "客户"},
    {"call_partner_center_api.base_url", "所调用的合作伙伴中心 API 地址"},
    {"list_partner_center.list", "哪个列表：customers、subscriptions、customer_indirect_resellers、indirect_resellers 或 indirect_providers"},
    {"list_partner_center.customer", "列表所属的客户（subscriptions、customer_indirect_resellers）"},
    {"advance_clock.days", "向前推进的天数（0 到 2,932,896：格式止于 9999 年）"},
    {"advance_clock.until", "推进到此时间"},
    {"delete_subscription_data.subscription", "订阅"},
    {"flag_inactive_dap.partner", "拥有 DAP 的合作伙伴"},
    {"flag_inactive_dap.customer", "客户"},
    {"create_gdap_relationship.relationship", "新 GDAP 关系的 ID"},
    {"create_gdap_relationship.customer", "该关系覆盖其租户的客户"},
    {"create_gdap_relationship.display_name", "客户看到的名称（在该合作伙伴中唯一，最多 50 个字符）"},
    {"create_gdap_relationship.roles", "请求的内置 Entra 角色（global-reader 之类的 ID，或模板 ID）"},
    {"create_gdap_relationship.duration_days", "1 到 730（默认为 730）"},
    {"create_gdap_relationship.auto_extend", "在结束日期自动延长 180 天（默认为 false）"},
    {"create_gdap_relationship.reseller", "提供商为之创建该关系的间接经销商（resellerDelegatedAdminRelationship）"},
    {"update_gdap_relationship.relationship", "GDAP 关系"},
    {"update_gdap_relationship.display_name", "新的显示名称（仅限“已创建”状态）"},
    {"update_gdap_relationship.duration_days", "新的持续时间（仅限“已创建”状态）"},
    {"update_gdap_relationship.roles", "新的角色列表（“已创建”状态下可改；“活动”状态下只能删除全局管理员）"},
    {"update_gdap_relationship.auto_extend", "打开或关闭自动扩展（“已创建”或“活动”状态下）"},
    {"delete_gdap_relationship.relationship", "GDAP 关系"},
    {"lock_gdap_for_approval.relationship", "GDAP 关系"},
    {"approve_gdap_relationship.relationship", "GDAP 关系"},
    {"reject_gdap_relationship.relationship", "GDAP 关系"},
    {"terminate_gdap_relationship.relationship", "GDAP 关系"},
    {"create_access_assignment.relationship", "GDAP 关系"},
    {"create_access_assignment.assignment", "新访问分配的 ID"},
    {"create_access_assignment.security_group", "合作伙伴租户中的安全组"},
    {"create_access_assignment.roles", "授予该组成员的角色（须在该关系的角色之中）"},
    {"advance_gdap_status.relationship", "GDAP 关系"},
    {"activate_access_assignment.relationship", "GDAP 关系"},
    {"activate_access_assignment.assignment", "访问分配"},
    {"expire_gdap_request.relationship", "GDAP 关系"},
    {"gdap_end_reached.relationship", "GDAP 关系"},
    {"send_gdap_expiry_notice.relationship", "GDAP 关系"},
    {"create_transfer.transfer", "新转移的 ID"},
    {"create_transfer.customer", "客户"},
    {"create_transfer.source_partner", "销售这些订阅的合作伙伴"},
    {"create_transfer.subscriptions", "要转移的订阅"},
    {"accept_transfer.transfer", "转移"},
    {"accept_transfer.reseller", "新购买的间接记录经销商（仅限作为转入方的提供商）"},
    {"reject_transfer.transfer", "转移"},
    {"cancel_transfer.transfer", "转移"},
    {"expire_transfer.transfer", "转移"},
    // ---- facts.md §8 (s8)
    {"call_partner_center_api.auth", "调用的身份验证方式：app_user（默认；执行用户的令牌，R-MFA-2）或 app_only（仅应用，R-MFA-2：不受影响）"},
    {"order_subscription.new_commerce", "新商业订阅：168 小时的取消和减少席位期限（带日期的时期，R-SUB-4/5）"},
    {"set_partner_authorization.partner", "CSP 授权状态发生变化的合作伙伴"},
    {"set_partner_authorization.status", "authorized、restricted、suspended、revoked 或 deauthorized_from_por（R-AUTH-1/3/5）"},
    {"call_partner_center_api.rollout_reached", "在逐步推出 MFA 强制期间 (R-MFA-3)：强制是否已覆盖此终结点（默认 true）"},
    {"check_partner_earned_credit.subscription", "订阅"},
    {"validate_resellers.resellers", "要检查其 PLA ID 的间接经销商 (R-POR-3)"},
    {"validate_resellers.auth", "app_user（默认）或 app_only"},
};

std::string_view find_text(std::span<const TranslatedText> rows, std::string_view id) {
  for (const TranslatedText& row : rows)
    if (row.id == id) return row.text;
  return {};
}

}  // namespace

std::span<const TranslatedText> action_labels_zh() { return kActionLabelsZh; }
std::span<const TranslatedText> param_meanings_zh() { return kParamMeaningsZh; }

std::string_view label(const ActionSpec& action, Language language) {
  if (language == Language::ChineseSimplified)
    if (const std::string_view text = find_text(kActionLabelsZh, action.name); !text.empty()) return text;
  return action.label;
}

std::string_view meaning(const ActionSpec& action, const ParamSpec& param, Language language) {
  if (language == Language::ChineseSimplified) {
    std::string key = std::string(action.name) + "." + std::string(param.name);
    if (const std::string_view text = find_text(kParamMeaningsZh, key); !text.empty()) return text;
  }
  return param.meaning;
}

}  // namespace core
