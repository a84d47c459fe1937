// enum_names.cpp — the labels people read for enum values, in English and Simplified Chinese, one table per enum in
// enum order. The Chinese terms are those of docs/glossary.md (Microsoft's zh-CN Partner Center pages); a table with
// a label too many or too few does not compile, and the tests check that none is empty or repeated.
#include "mpsim/enum_names.hpp"

namespace core {

#define MPSIM_ENUM_LABELS(E, ...)                                                                         \
  template <> std::span<const EnumLabel> enum_labels<E>() {                                               \
    static constexpr EnumLabel labels[] = {__VA_ARGS__};                                                  \
    static_assert(std::size(labels) == EnumNames<E>::names.size(), "one label for each value of " #E);    \
    return labels;                                                                                        \
  }

MPSIM_ENUM_LABELS(Era,
                  {"Partner Center operated by 21Vianet (2016-2018 doc set)", "由世纪互联运营的合作伙伴中心（2016–2018 年文档）"},
                  {"Global Partner Center, DAP optional (2019-2023)", "全球版合作伙伴中心，DAP 可选（2019–2023 年）"},
                  {"Global Partner Center, GDAP (2023 on)", "全球版合作伙伴中心，GDAP（2023 年起）"},
                  {"Global Partner Center, rules in force on each event's date (2016-2026)", "全球版合作伙伴中心，按每个事件日期有效的规则（2016–2026 年）"},
                  {"Partner Center operated by 21Vianet, rules in force on each event's date (2016-2026)", "由世纪互联运营的合作伙伴中心，按每个事件日期有效的规则（2016–2026 年）"})
MPSIM_ENUM_LABELS(Cloud, {"China (21Vianet)", "中国（世纪互联）"}, {"global", "全球"})
MPSIM_ENUM_LABELS(PartnerType, {"direct-bill partner", "直接计费合作伙伴"}, {"indirect provider", "间接提供商"},
                  {"indirect reseller", "间接经销商"})
MPSIM_ENUM_LABELS(PartnerRole, {"admin agent", "管理员代理"}, {"sales agent", "销售代理"}, {"help desk agent", "支持人员代理"},
                  {"global admin", "全局管理员"}, {"billing admin", "计费管理员"}, {"user management admin", "用户管理管理员"})
MPSIM_ENUM_LABELS(CustomerRole, {"global admin", "全局管理员"}, {"billing admin", "计费管理员"}, {"user admin", "用户管理员"},
                  {"helpdesk admin", "支持管理员"}, {"service support admin", "服务支持管理员"}, {"global reader", "全局读取者"},
                  {"user", "用户"}, {"customer delegated admin relationship administrator", "客户委派管理员关系管理员"})
MPSIM_ENUM_LABELS(PartnerAuthorization, {"authorized", "已授权"}, {"restricted", "受限"}, {"suspended", "已暂停"}, {"revoked", "已撤销"},
                  {"deauthorized from partner of record assignment", "已取消记录合作伙伴资格"})
MPSIM_ENUM_LABELS(ServiceKind, {"license-based", "基于许可证"}, {"usage-based", "基于使用量"})
MPSIM_ENUM_LABELS(Channel, {"CSP", "CSP"}, {"direct", "直接购买"}, {"Advisor", "顾问计划"}, {"EA", "企业协议 (EA)"},
                  {"Open", "Open 许可"}, {"other", "其他"})
MPSIM_ENUM_LABELS(SubscriptionStatus, {"active", "活动"}, {"suspended", "已暂停"}, {"cancelled", "已取消"}, {"deleted", "已删除"},
                  {"expired", "已过期"})
MPSIM_ENUM_LABELS(BillingCycle, {"monthly", "按月"}, {"annual", "按年"}, {"none", "无"})
MPSIM_ENUM_LABELS(SubscriptionKind, {"subscription", "订阅"}, {"Azure reservation", "Azure 预留"}, {"software purchase", "软件购买"})
MPSIM_ENUM_LABELS(GdapStatus, {"created", "已创建"}, {"approval pending", "等待批准"}, {"approved", "已批准"},
                  {"activating", "正在激活"}, {"active", "活动"}, {"expiring", "即将过期"}, {"expired", "已过期"},
                  {"termination requested", "已请求终止"}, {"terminating", "正在终止"}, {"terminated", "已终止"})
MPSIM_ENUM_LABELS(AccessAssignmentStatus, {"pending", "待处理"}, {"active", "活动"}, {"deleting", "正在删除"},
                  {"deleted", "已删除"}, {"error", "错误"})
MPSIM_ENUM_LABELS(InvitationKind, {"reseller relationship", "经销商关系"}, {"provider-reseller partnership", "提供商-经销商合作关系"},
                  {"GDAP relationship", "GDAP 关系"})
MPSIM_ENUM_LABELS(TransferStatus, {"pending", "待处理"}, {"accepted", "已接受"}, {"rejected", "已拒绝"}, {"expired", "已过期"},
                  {"cancelled", "已取消"})
MPSIM_ENUM_LABELS(Difficulty, {"beginner", "入门"}, {"intermediate", "中级"}, {"advanced", "高级"})
MPSIM_ENUM_LABELS(Decision, {"applied", "已执行"}, {"rejected", "已拒绝"})

#undef MPSIM_ENUM_LABELS

std::string_view short_label(Era era, Language language) {
  static constexpr EnumLabel kShort[] = {{"21Vianet", "世纪互联"}, {"Global, DAP", "全球 DAP"}, {"Global, GDAP", "全球 GDAP"},
                                         {"Global, by date", "全球，按日期"}, {"21Vianet, by date", "世纪互联，按日期"}};
  static_assert(std::size(kShort) == EnumNames<Era>::names.size(), "one short label for each era");
  const EnumLabel& l = kShort[static_cast<std::size_t>(era)];
  return language == Language::English ? l.english : l.chinese;
}

}  // namespace core
