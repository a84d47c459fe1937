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
    // who may change a subscription (may_manage, require_status); {action} is one of the sub.act.* phrases
    {"sub.act.remove_seats", "remove seats from {subscription}", "删除{subscription}的席位"},
    {"sub.act.add_seats", "add seats to {subscription}", "为{subscription}添加席位"},
    {"sub.act.suspend", "suspend {subscription}", "暂停{subscription}"},
    {"sub.act.reactivate", "reactivate {subscription}", "重新激活{subscription}"},
    {"sub.act.cancel", "cancel {subscription}", "取消{subscription}"},
    {"sub.act.upgrade", "upgrade {subscription}", "升级{subscription}"},
    {"sub.act.change_terms", "change the terms of {subscription}", "更改{subscription}的条款"},
    {"sub.customer_cannot_change", "customers cannot change their own CSP subscriptions; {partner}, which sold {subscription}, can.",
     "客户不能更改自己的 CSP 订阅；销售{subscription}的{partner}可以。"},
    {"sub.dap_removal_keeps_partner",
     "{customer} removed {partner:poss} admin privileges, but that did not make {subscription} customer-managed: the subscription and the relationship stay with the partner.",
     "{customer}删除了{partner:poss}管理员权限，但{subscription}并未因此变为由客户管理：订阅和经销商关系仍归合作伙伴。"},
    {"sub.reseller_of_record_cannot", "{reseller} is the indirect reseller of record of {subscription}; its provider {provider} places the orders.",
     "{reseller}是{subscription}的记录经销商（间接经销商）；由其提供商{provider}下单。"},
    {"sub.seller.channel", "it was bought through the {channel} channel", "它是通过{channel}渠道购买的"},
    {"sub.seller.partner", "{partner} sold it", "它由{partner}销售"},
    {"sub.original_channel", "its original channel", "其原始渠道"},
    {"sub.joining_gives_no_say", "joining {customer} as another partner gave {partner} no say over its existing subscription {subscription}.",
     "{partner}作为另一个合作伙伴加入{customer}，并未因此获得对其现有订阅{subscription}的任何控制权。"},
    {"sub.not_seller_removes",
     "{partner} cannot {action}: {seller}, and a partner that did not sell a subscription cannot remove its seats, transition or migrate it.",
     "{partner}不能{action}：{seller}；未销售订阅的合作伙伴不能删除其席位，也不能转换或迁移该订阅。"},
    {"sub.not_billed", "{partner} is not billed for {subscription}; billing stays with {billed}.",
     "{partner}不接收{subscription}的帐单；计费仍归{billed}。"},
    {"sub.not_seller", "{partner} cannot {action}: {seller}. A partner manages only the subscriptions it sold.",
     "{partner}不能{action}：{seller}。合作伙伴只能管理自己销售的订阅。"},
    {"sub.relationship_gone", "{partner} no longer has a reseller relationship with {customer}, so it cannot make purchases for it.",
     "{partner}与{customer}已不再有经销商关系，因此不能再为其购买。"},
    // what a subscription in the wrong status cannot do (require_status); {action} is one of the sub.status_act.* phrases
    {"sub.status_act.change_quantity", "change quantity", "更改数量"},
    {"sub.status_act.suspend", "be suspended", "被暂停"},
    {"sub.status_act.reactivate", "be reactivated", "被重新激活"},
    {"sub.status_act.change_terms", "change its terms", "更改其条款"},
    {"sub.data_deleted", "{subscription}'s data was deleted 60 days after it was suspended; it cannot {action}.",
     "{subscription}的数据已在其暂停 60 天后被删除；它不能{action}。"},
    {"sub.wrong_status", "{subscription} is {status}; only {wanted} subscriptions can {action}.",
     "{subscription}的状态为“{status}”；只有状态为“{wanted}”的订阅才能{action}。"},
    // orders
    {"sub.customer_cannot_buy", "customers do not buy CSP subscriptions themselves; their partner does.", "客户不自行购买 CSP 订阅，而是由其合作伙伴购买。"},
    {"sub.reseller_cannot_order", "{partner} is an indirect reseller; its provider places the orders.", "{partner}是间接经销商；由其提供商下单。"},
    {"sub.no_service", "there is no service \"{id}\".", "不存在服务“{id}”。"},
    {"sub.id_taken", "a subscription with the id \"{id}\" already exists.", "ID 为“{id}”的订阅已存在。"},
    {"sub.no_relationship", "{partner} has no reseller relationship with {customer}, so it cannot provision subscriptions for it.",
     "{partner}与{customer}没有经销商关系，因此不能为其预配订阅。"},
    {"sub.no_azure_in_china", "{service} is an Azure offer, and Azure subscriptions are not available in Partner Center operated by 21Vianet.",
     "{service}是 Azure 产品/服务，而由世纪互联运营的合作伙伴中心不提供 Azure 订阅。"},
    {"sub.bought.through", "through the {channel} channel", "通过{channel}渠道"},
    {"sub.bought.from", "from {partner}", "从{partner}处"},
    {"sub.which_includes", ", which already includes {capabilities}", "，其中已包含{capabilities}"},
    {"sub.already_has", "{customer} already has {subscription} ({service}, bought {from}){includes}; it must cancel that one before buying this from {partner}.",
     "{customer}已有{subscription}（{service}，{from}购买）{includes}；必须先取消该订阅，才能从{partner}购买此服务。"},
    {"sub.not_reseller_of_provider", "only an indirect provider names a reseller of record, and only one of its own indirect resellers; {reseller} is not.",
     "只有间接提供商才能指定记录经销商，且只能指定它自己的间接经销商；{reseller}不是。"},
    {"sub.names_reseller", "{provider} names {reseller} as the reseller of record (the subscription's partnerId).",
     "{provider}将{reseller}指定为记录经销商（即订阅的 partnerId）。"},
    {"sub.provider_orders", "{provider}, the indirect provider, places the order for its reseller.", "间接提供商{provider}为其经销商下单。"},
    {"sub.has_relationship", "{partner} has a reseller relationship with {customer}, so it can provision subscriptions for it.",
     "{partner}与{customer}有经销商关系，因此可以为其预配订阅。"},
    {"sub.in_china_catalogue", "{service} is in the 21Vianet catalogue (the Office 365 family).", "{service}在世纪互联的目录中（Office 365 系列）。"},
    {"sub.no_overlap", "{customer} has no other subscription that already provides {service}.", "{customer}没有其他已提供{service}的订阅。"},
    {"sub.orders_without_dap", "{partner} has no delegated admin privileges for {customer}, but it can still place orders.",
     "{partner}没有{customer}的委派管理员权限 (DAP)，但仍可以下单。"},
    // seats, suspension, reactivation, cancellation
    {"sub.seats_range", "a subscription keeps between 1 and 10,000,000 seats; suspend or cancel it instead.",
     "订阅的席位数必须在 1 到 10,000,000 之间；如不再需要，请暂停或取消订阅。"},
    {"sub.role_may_manage", "{actor} holds {roles:and}, which may manage subscriptions.", "{actor}的角色：{roles:and}，可以管理订阅。"},
    {"sub.seller_manages_seats", "{partner} sold {subscription}, so it manages its seats.", "{partner}销售了{subscription}，因此由它管理其席位。"},
    {"sub.original_reseller_removes_seats", "{partner} is the original reseller of {subscription}, so it may remove seats.",
     "{partner}是{subscription}的原始经销商，因此可以删除席位。"},
    {"sub.seller_may_suspend", "{partner} sold {subscription}, so it may suspend it.", "{partner}销售了{subscription}，因此可以暂停它。"},
    {"sub.suspended_effects",
     "users of {subscription} can no longer sign in, but admins keep access; unless it is reactivated by {date:date} (60 days), its data is deleted.",
     "{subscription}的用户无法再登录，但管理员仍可访问；除非在{date:date}（60 天）前重新激活，否则其数据将被删除。"},
    {"sub.seller_may_reactivate", "{partner} sold {subscription}, so it may reactivate it.", "{partner}销售了{subscription}，因此可以重新激活它。"},
    {"sub.reactivated_in_time", "{subscription} is reactivated within 60 days of its suspension, so its data is kept.",
     "{subscription}在暂停后 60 天内重新激活，因此其数据得以保留。"},
    {"sub.customer_cancel_not_allowed", "{actor} cannot cancel another tenant's subscription, and only a Global admin cancels the tenant's subscriptions.",
     "{actor}不能取消其他租户的订阅，且只有全局管理员才能取消租户的订阅。"},
    {"sub.customer_cancels_direct", "{customer} cancels {subscription}, which it bought through the {channel} channel; a partner can now sell it that service.",
     "{customer}取消了通过{channel}渠道购买的{subscription}；现在合作伙伴可以向其销售该服务。"},
    {"sub.seller_may_cancel", "{partner} sold {subscription}, so it may cancel it.", "{partner}销售了{subscription}，因此可以取消它。"},
    {"sub.already_status", "{subscription} is already {status}.", "{subscription}已经是“{status}”状态。"},
    // upgrades
    {"sub.no_upgrade_path", "there is no upgrade path from {from} to {to}.", "不存在从{from}到{to}的升级路径。"},
    {"sub.upgrade_needs_active", "{subscription} is {status}; only an active subscription can be upgraded.",
     "{subscription}的状态为“{status}”；只有活动订阅才能升级。"},
    {"sub.upgrade_needs_dap", "{partner} has no delegated admin privileges for {service} at this customer, which an upgrade needs (R-DAP-5).",
     "{partner}在此客户处没有{service}的委派管理员权限，而升级需要该权限 (R-DAP-5)。"},
    {"sub.upgrade_target_owned", "the customer already has {service} ({subscription}, {origin}); it must cancel it before upgrading into it.",
     "客户已有{service}（{subscription}，{origin}购买）；必须先取消它，才能升级到该服务。"},
    {"sub.upgrade_overlaps",
     "the customer already has {subscription} ({service}, bought {from}), which includes {capabilities:and}, {capabilities:a service|services} the upgrade to {target} adds; it must cancel that one before upgrading.",
     "客户已有{subscription}（{service}，{from}购买），其中包含升级到{target}会添加的服务：{capabilities:and}；必须先取消该订阅，才能升级。"},
    {"sub.upgrade_allowed", "{subscription} is active, {partner} holds DAP for {service}, and the customer has no overlapping subscription.",
     "{subscription}处于活动状态，{partner}拥有{service}的 DAP，且客户没有重叠的订阅。"},
    // terms, partner of record, moves, data deletion
    {"sub.joining_keeps_terms", "{partner} joined {customer} as another partner; that changes neither the terms of {subscription} nor the customer's obligations under it.",
     "{partner}作为另一个合作伙伴加入了{customer}；这既不改变{subscription}的条款，也不改变客户在该订阅下的义务。"},
    {"sub.no_billing_cycle", "\"{cycle}\" is not a billing cycle (monthly, annual or none).", "“{cycle}”不是计费周期（monthly、annual 或 none）。"},
    {"sub.seller_changes_terms", "{partner} sold {subscription}, so it may change its terms with the customer.",
     "{partner}销售了{subscription}，因此可以与客户更改其条款。"},
    {"sub.partner_of_record_stays", "adding a partner never changes a subscription's partner of record; {subscription} stays with {owner}.",
     "添加合作伙伴绝不会更改订阅的记录合作伙伴；{subscription}仍归{owner}。"},
    {"sub.not_seller_partner_of_record", "{partner} did not sell {subscription} and cannot change its partner of record.",
     "{partner}没有销售{subscription}，不能更改其记录合作伙伴。"},
    {"sub.joining_moves_nothing", "joining as a partner does not move existing subscriptions or the account: {subscription} stays with {owner}.",
     "以合作伙伴身份加入不会转移现有订阅或帐户：{subscription}仍归{owner}。"},
    {"sub.joining_moves_nothing_china",
     "joining as a partner does not move existing subscriptions or the account: {subscription} stays with {owner}; Partner Center operated by 21Vianet has no transfer between partners (the customer lets it expire or cancels it, and the new partner sells a new one).",
     "以合作伙伴身份加入不会转移现有订阅或帐户：{subscription}仍归{owner}；由世纪互联运营的合作伙伴中心没有合作伙伴之间的转移（客户让订阅过期或将其取消，由新合作伙伴销售新订阅）。"},
    {"sub.not_due_for_deletion", "{subscription} is not a subscription suspended 60 days ago.", "{subscription}不是 60 天前暂停的订阅。"},
    {"sub.data_deleted_now", "{subscription} was suspended on {date:date} and not reactivated within 60 days: its data is deleted.",
     "{subscription}于{date:date}暂停，且未在 60 天内重新激活：其数据已被删除。"},
    // transfers (actions_transfers.cpp)
    {"xfer.none_in_china", "the 21Vianet doc set has no transfer between partners; the customer lets the old subscriptions expire or cancels them, and the new partner sells new ones.",
     "世纪互联的文档中没有合作伙伴之间的转移；客户让旧订阅过期或将其取消，由新合作伙伴销售新订阅。"},
    {"xfer.no_transfer", "there is no transfer \"{id}\".", "不存在转移“{id}”。"},
    {"xfer.customer_cannot_start", "customers cannot start a transfer; the partner that would take the subscriptions over creates it, and the current partner accepts.",
     "客户不能发起转移；由将接管订阅的合作伙伴创建转移请求，由当前合作伙伴接受。"},
    {"xfer.reseller_cannot_request", "{partner} is an indirect reseller; its provider requests transfers for it.", "{partner}是间接经销商；由其提供商为它请求转移。"},
    {"xfer.id_taken", "a transfer with the id \"{id}\" already exists.", "ID 为“{id}”的转移已存在。"},
    {"xfer.own_source", "a transfer moves subscriptions from another partner to {partner}; it cannot be its own source.",
     "转移是将订阅从另一个合作伙伴转到{partner}；它不能同时是转出合作伙伴。"},
    {"xfer.no_relationship", "{partner} has no reseller relationship with {customer}; it needs one before it can request a transfer.",
     "{partner}与{customer}没有经销商关系；必须先建立经销商关系，才能请求转移。"},
    {"xfer.not_source_subscription", "\"{subscription}\" is not a subscription {source} sold to {customer}.", "“{subscription}”不是{source}销售给{customer}的订阅。"},
    {"xfer.only_active", "{subscription} is {status}; only active subscriptions are transferred.", "{subscription}的状态为“{status}”；只有活动订阅才能转移。"},
    {"xfer.has_relationship", "{partner} has a reseller relationship with {customer}.", "{partner}与{customer}有经销商关系。"},
    {"xfer.target_creates", "{target} (the target) creates the request; {source} (the source) accepts or declines it within 30 days.",
     "{target}（新合作伙伴）创建请求；{source}（当前合作伙伴）在 30 天内接受或拒绝。"},
    {"xfer.source_accepts", "the source partner {source} accepts a transfer, not {partner}.", "由当前合作伙伴{source}接受转移，而不是{partner}。"},
    {"xfer.admin_agent_accepts", "{actor} holds {roles:and}; an admin agent of the source partner accepts transfers.",
     "{actor}的角色：{roles:and}；由当前合作伙伴的管理员代理接受转移。"},
    {"xfer.accept_needs_pending", "{transfer} is {status}; only a pending transfer can be accepted.", "{transfer}的状态为“{status}”；只有待处理的转移才能被接受。"},
    {"xfer.not_valid_reseller", "NotValidIndirectResellerMpnId (800016): {reseller} is not an indirect reseller of {target}.",
     "NotValidIndirectResellerMpnId (800016)：{reseller}不是{target}的间接经销商。"},
    {"xfer.source_accepted", "{partner}, the source partner, accepts.", "当前合作伙伴{partner}接受。"},
    {"xfer.new_partner_of_record", "the new purchases record {target} as partner on record.", "新的购买将{target}记录为记录合作伙伴。"},
    {"xfer.new_partner_and_reseller_of_record", "the new purchases record {target} as partner on record, with {reseller} as reseller of record.",
     "新的购买将{target}记录为记录合作伙伴，并将{reseller}记录为记录经销商。"},
    {"xfer.what_moves", "billing and support move to {target}; reservations do not move, Azure RBAC is unchanged, and {target} gets no admin-on-behalf access by this.",
     "计费和支持转到{target}；预留不会转移，Azure RBAC 保持不变，{target}也不会因此获得代表客户管理 (AOBO) 的访问权限。"},
    {"xfer.source_declines", "the source partner {source} declines a transfer; the target cancels its own (R-XFER-3).",
     "由当前合作伙伴{source}拒绝转移；新合作伙伴则取消自己的请求 (R-XFER-3)。"},
    {"xfer.decline_needs_pending", "{transfer} is {status}; only a pending transfer can be declined.", "{transfer}的状态为“{status}”；只有待处理的转移才能被拒绝。"},
    {"xfer.declined", "{partner} declines; either partner may.", "{partner}拒绝；任一合作伙伴都可以拒绝。"},
    {"xfer.target_cancels", "only the target partner {target} cancels its request; the source declines it instead.",
     "只有新合作伙伴{target}才能取消其请求；当前合作伙伴则改为拒绝。"},
    {"xfer.cancel_needs_pending", "{transfer} is {status}; the target can cancel only while it is pending.",
     "{transfer}的状态为“{status}”；新合作伙伴只能在其待处理时取消。"},
    {"xfer.cancelled", "{partner} cancels {transfer} while it is pending.", "{partner}在{transfer}待处理时将其取消。"},
    {"xfer.not_due_to_expire", "{transfer} is not a pending transfer 30 days old.", "{transfer}不是已待处理 30 天的转移。"},
    {"xfer.expired", "{source} did not act on {transfer} within 30 days: it expires.", "{source}未在 30 天内处理{transfer}：该转移过期。"},

    // ---- GDAP, sign-in, support contacts and Partner Center's lists (actions_gdap.cpp and their neighbours)

    // ---- diffs, invariants, perspectives and reports (diff.cpp, run.cpp, perspectives.cpp, compare.cpp)
};

}  // namespace

std::span<const MessageTemplate> message_templates() { return kTemplates; }

}  // namespace core
