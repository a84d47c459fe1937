// actions_lists.cpp — reading Partner Center's lists (list_partner_center): what a partner user sees when it asks for
// its customers, a customer's subscriptions, its indirect resellers or providers, or the indirect resellers of a
// customer (Partner Center SDK: get-a-list-of-customers, get-indirect-resellers-of-a-customer,
// retrieve-a-list-of-indirect-resellers). A read changes nothing; the step records the ids the list holds, sorted by
// id, and the runner checks them against an expectation's "result". Indirect resellers asking a provider's list get
// 1002 Authorization Failed (facts.md §6 item 6); an empty list is the API's null (§6 item 13).
#include <algorithm>

#include "decider.hpp"

namespace core::detail {

void Decider::list_partner_center() {
  if (!require_partner_user()) return;
  const std::string which = text("list");
  static constexpr std::string_view kLists[] = {"customers", "subscriptions", "customer_indirect_resellers", "indirect_resellers", "indirect_providers"};
  if (std::find(std::begin(kLists), std::end(kLists), which) == std::end(kLists)) {
    refuse("R-INF-1", Message::of("lists.unknown", {{"list", which}}));
    return;
  }
  // The agent setting says which customer data a user sees (CN-ROLES); admin settings alone (billing, user management)
  // see none.
  if (!partner_role(PartnerRole::AdminAgent) && !partner_role(PartnerRole::SalesAgent) && !partner_role(PartnerRole::HelpdeskAgent)) {
    refuse("R-ROLE-1", Message::of("lists.no_agent_role", {{"actor", who_message()}, {"roles", roles_message()}}));
    return;
  }
  const bool provider = partner_->type == PartnerType::IndirectProvider, reseller = partner_->type == PartnerType::IndirectReseller;
  const Message type = label_message(partner_->type);
  std::vector<std::string> ids;
  const auto found = [&]() -> Message { return ids.size(); };

  if (which == "indirect_resellers" || which == "indirect_providers") {
    // IsIndirectCloudSolutionProviderOf is the provider's list, IsIndirectResellerOf the reseller's (R-IND-1).
    const bool wants_resellers = which == "indirect_resellers";
    if (wants_resellers ? !provider : !reseller) {
      refuse("R-IND-1", Message::of(wants_resellers ? "lists.provider_only" : "lists.reseller_only", {{"partner", partner_->name}, {"type", type}}));
      return;
    }
    for (const Partnership& p : w_.partnerships)
      if ((wants_resellers ? p.provider : p.reseller) == partner_->id) ids.push_back(wants_resellers ? p.reseller : p.provider);
    std::sort(ids.begin(), ids.end());
    because("R-IND-1", Message::of(wants_resellers ? "lists.indirect_resellers" : "lists.indirect_providers", {{"partner", partner_->name}, {"count", found()}}));
  } else if (which == "customers") {
    for (const ResellerRelationship& r : w_.reseller_relationships)
      if (r.partner == partner_->id) ids.push_back(r.customer);
    std::sort(ids.begin(), ids.end());
    because("R-REL-3", Message::of("lists.customers", {{"partner", partner_->name}, {"count", found()}}));
  } else {
    // Lists of one customer: the customer must be in the caller's customer list (Partner Center answers 20002, no
    // relationship between caller and account, facts.md §6 item 4).
    if (text("customer").empty()) {
      refuse("R-INF-1", Message::of("lists.needs_customer", {{"list", which}}));
      return;
    }
    const Customer* c = customer_param();
    if (!c) return;
    if (which == "customer_indirect_resellers" && !provider) {
      refuse("R-IND-1", Message::of("lists.provider_only", {{"partner", partner_->name}, {"type", type}}));
      return;
    }
    if (which == "subscriptions" && reseller) {
      refuse("R-IND-8", Message::of("lists.reseller_no_subscriptions", {{"partner", partner_->name}}));
      return;
    }
    if (!relationship(partner_->id, c->id)) {
      refuse("R-REL-3", Message::of("lists.not_a_customer", {{"customer", c->name}, {"partner", partner_->name}}));
      return;
    }
    if (which == "subscriptions") {
      for (const Subscription& s : each(w_.subscriptions, Key::Customer, c->id))
        if (s.channel == Channel::Csp && s.partner_of_record == partner_->id) ids.push_back(s.id);
      std::sort(ids.begin(), ids.end());
      because("R-REL-3", Message::of("lists.subscriptions", {{"partner", partner_->name}, {"customer", c->name}, {"count", found()}}));
    } else {
      // Get indirect resellers of a customer: the provider's indirect resellers that have a relationship with it.
      for (const Partnership& p : w_.partnerships)
        if (p.provider == partner_->id && relationship(p.reseller, c->id)) ids.push_back(p.reseller);
      std::sort(ids.begin(), ids.end());
      because("R-IND-1", ids.empty() ? Message::of("lists.customer_no_indirect_resellers", {{"partner", partner_->name}, {"customer", c->name}})
                                     : Message::of("lists.customer_indirect_resellers", {{"partner", partner_->name}, {"customer", c->name}, {"count", found()}}));
    }
  }
  r_.listed = std::move(ids);
}

}  // namespace core::detail
