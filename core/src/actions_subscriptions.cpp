// actions_subscriptions.cpp — subscriptions: orders, seats, suspension, reactivation, cancellation, upgrades, terms,
// the moves a partner cannot make (another partner's subscription, its partner of record), and the data deletion
// 60 days after a suspension.
#include "decider.hpp"

namespace core::detail {

namespace {

// Where a subscription came from, after "bought": "from Contoso" or "through the direct channel".
Message origin_message(const Subscription& s, const std::string& seller_name) {
  return s.partner_of_record.empty() ? Message::of("sub.bought.through", {{"channel", name_message(s.channel)}})
                                     : Message::of("sub.bought.from", {{"partner", seller_name}});
}

}  // namespace

Message user_roles_message(const User* user) {
  if (!user || (user->partner_roles.empty() && user->customer_roles.empty())) return Message::of("roles.none");
  std::vector<Message> names;
  for (const PartnerRole r : user->partner_roles) names.push_back(label_message(r));
  for (const CustomerRole r : user->customer_roles) names.push_back(name_message(r));
  return Message::list(std::move(names));
}

// ---- shared by quantity, suspension, reactivation, cancellation and upgrade -----------------------------------------

// Checks who may change subscription `s`: its selling partner (or, for the two-tier model, its provider), with a role
// that manages subscriptions. `named_by_cn_rr` says whether the change is one the China multi-partner note lists for a
// partner that did not sell the subscription (R-MP-6: "remove seats, order add-ons, transition or migrate the
// subscriptions, or change the Partner of Record"; an upgrade is a transition). Every other change of another partner's
// subscription (suspend, cancel, reactivate, add seats, terms) is refused by the inference R-MP-7.
bool Decider::may_manage(const Subscription& s, bool named_by_cn_rr, std::string_view action_key) {
  if (customer_ && user_) {
    if (s.channel == Channel::Csp) {
      refuse("R-SUB-2", Message::of("sub.customer_cannot_change", {{"partner", partner_name(s.partner_of_record)}, {"subscription", s.id}}));
      if (!dap(s.partner_of_record, s.customer))
        refuse("R-DAP-4", Message::of("sub.dap_removal_keeps_partner",
                                  {{"customer", customer_->name}, {"partner", partner_name(s.partner_of_record)}, {"subscription", s.id}}));
      return false;
    }
  }
  if (!require_partner_user()) return false;
  if (partner_->type == PartnerType::IndirectReseller && s.reseller_of_record == partner_->id)
    return refuse("R-IND-8", Message::of("sub.reseller_of_record_cannot",
                                     {{"reseller", partner_->name}, {"subscription", s.id}, {"provider", partner_name(s.partner_of_record)}}));
  if (!require_manager(Message::of("task.manage_subscriptions"))) return false;
  if (s.partner_of_record != partner_->id) {
    const Message seller = s.partner_of_record.empty() ? Message::of("sub.seller.channel", {{"channel", name_message(s.channel)}})
                                                       : Message::of("sub.seller.partner", {{"partner", partner_name(s.partner_of_record)}});
    const Message action = Message::of(action_key, {{"subscription", s.id}});
    if (relationship(partner_->id, s.customer))
      because_refused("R-MP-1", Message::of("sub.joining_gives_no_say", {{"customer", s.customer}, {"partner", partner_->name}, {"subscription", s.id}}));
    if (named_by_cn_rr)
      return refuse("R-MP-6", Message::of(action_key == "sub.act.order_add_on" ? "sub.not_seller_add_ons" : "sub.not_seller_removes", {{"partner", partner_->name}, {"action", action}, {"seller", seller}}));
    refuse("R-MP-5", Message::of("sub.not_billed", {{"partner", partner_->name},
                                                {"subscription", s.id},
                                                {"billed", s.partner_of_record.empty() ? Message::of("sub.original_channel") : Message(partner_name(s.partner_of_record))}}));
    return refuse("R-MP-7", Message::of("sub.not_seller", {{"partner", partner_->name}, {"action", action}, {"seller", seller}}));
  }
  if (!relationship(partner_->id, s.customer))
    return refuse("R-REM-2", Message::of("sub.relationship_gone", {{"partner", partner_->name}, {"customer", s.customer}}));
  return true;
}

bool Decider::require_status(const Subscription& s, SubscriptionStatus wanted, std::string_view action_key) {
  if (s.status == wanted) return true;
  const Message action = Message::of(action_key);
  if (s.status == SubscriptionStatus::Deleted) return refuse("R-SUB-1", Message::of("sub.data_deleted", {{"subscription", s.id}, {"action", action}}));
  return refuse("R-INF-2",
                Message::of("sub.wrong_status", {{"subscription", s.id}, {"status", name_message(s.status)}, {"wanted", name_message(wanted)}, {"action", action}}));
}

// ---- subscriptions --------------------------------------------------------------------------------------------------

void Decider::order_subscription() {
  if (customer_ && user_) {
    refuse("R-SUB-2", Message::of("sub.customer_cannot_buy"));
    return;
  }
  if (!require_partner_user()) return;
  if (partner_->type == PartnerType::IndirectReseller) {
    refuse("R-IND-8", Message::of("sub.reseller_cannot_order", {{"partner", partner_->name}}));
    return;
  }
  if (!require_manager(Message::of("task.manage_subscriptions"))) return;
  if (!require_resells_new_licences(*partner_)) return;
  const Customer* customer = customer_param();
  if (!customer) return;
  const Service* service = service_by_id(text("service"));
  if (!service) {
    refuse("R-INF-1", Message::of("sub.no_service", {{"id", text("service")}}));
    return;
  }
  const std::string id = text("subscription");
  if (ix_.by_id(w_.subscriptions, id)) {
    refuse("R-INF-1", Message::of("sub.id_taken", {{"id", id}}));
    return;
  }
  if (relationship_removed(partner_->id, customer->id)) {
    refuse("R-REM-4", Message::of("rel.removed_order", {{"partner", partner_->name}, {"customer", customer->name}}));
    return;
  }
  if (!relationship(partner_->id, customer->id)) {
    // R-GDAP-29: a GDAP relationship alone lets the partner administer the customer, not transact for it.
    if (in_force("R-GDAP-29"))
      for (const GdapRelationship& g : each(w_.gdap_relationships, Key::Customer, customer->id))
        if (g.partner == partner_->id && g.customer == customer->id && g.status == GdapStatus::Active) {
          because_refused("R-GDAP-29", Message::of("today.gdap_no_transactions", {{"partner", partner_->name}, {"customer", customer->name}}));
          break;
        }
    refuse("R-REL-3", Message::of("sub.no_relationship", {{"partner", partner_->name}, {"customer", customer->name}}));
    return;
  }
  const bool new_commerce = flag("new_commerce").value_or(false);
  if (new_commerce && !in_force("R-SUB-4")) {
    refuse("R-INF-1", Message::of("today.new_commerce_not_in_era"));
    return;
  }
  if (cn() && (service->kind == ServiceKind::Usage || service->family == "azure")) {
    refuse("R-CN-2", Message::of("sub.no_azure_in_china", {{"service", service->name}}));
    return;
  }
  if (cn())
    for (const Subscription& s : each(w_.subscriptions, Key::Customer, customer->id)) {
      if (s.customer != customer->id || (s.status != SubscriptionStatus::Active && s.status != SubscriptionStatus::Suspended)) continue;
      const Service* theirs = service_by_id(s.service);
      std::vector<std::string> overlap;
      if (theirs)
        for (const std::string& cap : service->includes)
          if (has(theirs->includes, cap)) overlap.push_back(cap);
      if (s.service == service->id || !overlap.empty()) {
        std::vector<Message> capabilities(overlap.begin(), overlap.end());
        refuse("R-MC-4", Message::of("sub.already_has", {{"customer", customer->name},
                                                     {"subscription", s.id},
                                                     {"service", service_name(s.service)},
                                                     {"from", origin_message(s, partner_name(s.partner_of_record))},
                                                     {"includes", s.service == service->id ? Message() : Message::of("sub.which_includes", {{"capabilities", Message::list(std::move(capabilities))}})},
                                                     {"partner", partner_->name}}));
        return;
      }
    }
  const std::string reseller = text("reseller");
  if (!reseller.empty()) {
    const Partner* r = ix_.by_id(w_.partners, reseller);
    if (partner_->type != PartnerType::IndirectProvider || !r || r->type != PartnerType::IndirectReseller || !partnership(partner_->id, reseller)) {
      if (r && partner_->type == PartnerType::IndirectProvider && r->type == PartnerType::IndirectReseller && in_force("R-POR-4"))
        because_refused("R-POR-4", Message::of("today.por_not_on_list", {{"reseller", r->name}, {"provider", partner_->name}}));
      refuse("R-IND-6", Message::of("sub.not_reseller_of_provider", {{"reseller", r ? r->name : reseller}}));
      return;
    }
    if (in_force("R-POR-1") && !require_valid_partner_of_record(*r, partner_->id, "R-POR-1")) return;
    because("R-IND-6", Message::of("sub.names_reseller", {{"provider", partner_->name}, {"reseller", r->name}}));
    because("R-IND-8", Message::of("sub.provider_orders", {{"provider", partner_->name}}));
  }
  because("R-REL-3", Message::of("sub.has_relationship", {{"partner", partner_->name}, {"customer", customer->name}}));
  if (cn()) {
    because("R-CN-2", Message::of("sub.in_china_catalogue", {{"service", service->name}}));
    because("R-MC-4", Message::of("sub.no_overlap", {{"customer", customer->name}, {"service", service->name}}));
  }
  if (!dap(partner_->id, customer->id)) because("R-DAP-5", Message::of("sub.orders_without_dap", {{"partner", partner_->name}, {"customer", customer->name}}));
  Subscription s;
  s.id = id;
  s.customer = customer->id;
  s.service = service->id;
  s.channel = Channel::Csp;
  s.partner_of_record = partner_->id;
  s.reseller_of_record = reseller;
  s.quantity = std::max<std::int64_t>(1, integer("quantity").value_or(1));
  s.start = when_;
  s.end = when_ + 365 * kSecondsPerDay;
  if (new_commerce) {
    s.new_commerce = true;
    s.purchased = when_;
    because("R-SUB-4", Message::of("today.new_commerce_bought", {{"subscription", s.id}, {"until", Message::time(when_ + 168 * 3600)}}));
  }
  append(w_.subscriptions.size(), std::move(s));
}

// An add-on is a subscription of its own whose parent is the base subscription (parentSubscriptionId). CN-RR: a partner
// that did not sell a subscription cannot "order add-ons" for it (R-MP-6).
void Decider::order_add_on() {
  const Subscription* base = subscription_param();
  if (!base || !may_manage(*base, true, "sub.act.order_add_on") || !require_status(*base, SubscriptionStatus::Active, "sub.status_act.order_add_on")) return;
  if (!require_resells_new_licences(*partner_)) return;
  const Service* service = service_by_id(text("service"));
  if (!service) {
    refuse("R-INF-1", Message::of("sub.no_service", {{"id", text("service")}}));
    return;
  }
  const std::string id = text("add_on");
  if (ix_.by_id(w_.subscriptions, id)) {
    refuse("R-INF-1", Message::of("sub.id_taken", {{"id", id}}));
    return;
  }
  because("R-MP-6", Message::of("sub.seller_orders_add_ons", {{"partner", partner_->name}, {"subscription", base->id}}));
  Subscription s;
  s.id = id;
  s.customer = base->customer;
  s.service = service->id;
  s.channel = Channel::Csp;
  s.partner_of_record = partner_->id;
  s.reseller_of_record = base->reseller_of_record;
  s.quantity = std::max<std::int64_t>(1, integer("quantity").value_or(1));
  s.start = when_;
  s.end = base->end;
  s.billing_cycle = base->billing_cycle;
  s.parent = base->id;
  append(w_.subscriptions.size(), std::move(s));
}

void Decider::change_quantity() {
  const Subscription* s = subscription_param();
  if (!s) return;
  const std::int64_t quantity = integer("quantity").value_or(s->quantity);
  if (!may_manage(*s, quantity < s->quantity, quantity < s->quantity ? "sub.act.remove_seats" : "sub.act.add_seats")) return;
  if (!require_status(*s, SubscriptionStatus::Active, "sub.status_act.change_quantity")) return;
  if (quantity < 1 || quantity > 10'000'000) {
    refuse("R-INF-2", Message::of("sub.seats_range"));
    return;
  }
  if (quantity > s->quantity && !require_resells_new_licences(*partner_)) return;
  if (quantity < s->quantity && !require_new_commerce_window(*s, true)) return;
  if (quantity != s->quantity && !require_valid_partner_of_record_for_change(*s)) return;
  because("R-ROLE-1", Message::of("sub.role_may_manage", {{"actor", who_message()}, {"roles", user_roles_message(user_)}}));
  because("R-SUB-2", Message::of("sub.seller_manages_seats", {{"partner", partner_->name}, {"subscription", s->id}}));
  if (quantity < s->quantity) because("R-MP-6", Message::of("sub.original_reseller_removes_seats", {{"partner", partner_->name}, {"subscription", s->id}}));
  Subscription updated = *s;
  updated.quantity = quantity;
  if (quantity > s->quantity && s->new_commerce && in_force("R-SUB-5")) {
    updated.seats_added = when_;
    because("R-SUB-5", Message::of("today.seats_added_window", {{"subscription", s->id}, {"until", Message::time(when_ + 168 * 3600)}}));
  }
  if (quantity != s->quantity) replace(w_.subscriptions, s, updated);
}

void Decider::suspend_subscription() {
  const Subscription* s = subscription_param();
  if (!s || !may_manage(*s, false, "sub.act.suspend") || !require_status(*s, SubscriptionStatus::Active, "sub.status_act.suspend")) return;
  because("R-SUB-2", Message::of("sub.seller_may_suspend", {{"partner", partner_->name}, {"subscription", s->id}}));
  because("R-SUB-1", Message::of("sub.suspended_effects", {{"subscription", s->id}, {"date", Message::time(when_ + duration(Duration::DataRetention))}}));
  if (s->new_commerce) because("R-SUB-6", Message::of("today.nce_suspended_billed", {{"subscription", s->id}, {"partner", partner_->name}}));
  Subscription updated = *s;
  updated.status = SubscriptionStatus::Suspended;
  updated.suspended_at = when_;
  replace(w_.subscriptions, s, updated);
}

void Decider::reactivate_subscription() {
  const Subscription* s = subscription_param();
  if (!s || !may_manage(*s, false, "sub.act.reactivate") || !require_status(*s, SubscriptionStatus::Suspended, "sub.status_act.reactivate")) return;
  because("R-SUB-2", Message::of("sub.seller_may_reactivate", {{"partner", partner_->name}, {"subscription", s->id}}));
  because("R-SUB-1", Message::of("sub.reactivated_in_time", {{"subscription", s->id}}));
  Subscription updated = *s;
  updated.status = SubscriptionStatus::Active;
  updated.suspended_at.reset();
  replace(w_.subscriptions, s, updated);
}

void Decider::cancel_subscription() {
  const Subscription* s = subscription_param();
  if (!s) return;
  if (customer_ && user_ && s->channel != Channel::Csp) {
    // Subscriptions bought directly are the customer's to cancel (with 21Vianet), e.g. before buying through a partner (R-MC-4).
    if (s->customer != customer_->id || !customer_global_admin()) {
      refuse("R-INF-5", Message::of("sub.customer_cancel_not_allowed", {{"actor", who_message()}}));
      return;
    }
    because("R-MC-4", Message::of("sub.customer_cancels_direct", {{"customer", customer_->name}, {"subscription", s->id}, {"channel", name_message(s->channel)}}));
  } else {
    if (!may_manage(*s, false, "sub.act.cancel")) return;
    because("R-SUB-2", Message::of("sub.seller_may_cancel", {{"partner", partner_->name}, {"subscription", s->id}}));
  }
  if (s->status == SubscriptionStatus::Deleted || s->status == SubscriptionStatus::Cancelled) {
    refuse("R-INF-2", Message::of("sub.already_status", {{"subscription", s->id}, {"status", name_message(s->status)}}));
    return;
  }
  if (!require_new_commerce_window(*s, false)) return;
  Subscription updated = *s;
  updated.status = SubscriptionStatus::Cancelled;
  updated.suspended_at.reset();
  replace(w_.subscriptions, s, updated);
}

void Decider::upgrade_subscription() {
  const Subscription* s = subscription_param();
  if (!s || !may_manage(*s, true, "sub.act.upgrade") || !require_valid_partner_of_record_for_change(*s)) return;
  const Service* from = service_by_id(s->service);
  const Service* to = service_by_id(text("to"));
  if (!to || !from || !has(from->upgrades_to, to->id)) {
    refuse("R-INF-1", Message::of("sub.no_upgrade_path", {{"from", service_name(s->service)}, {"to", service_name(text("to"))}}));
    return;
  }
  if (s->status != SubscriptionStatus::Active) {
    refuse("R-SUB-3", Message::of("sub.upgrade_needs_active", {{"subscription", s->id}, {"status", name_message(s->status)}}));
    return;
  }
  const DelegatedAdminGrant* g = dap(partner_->id, s->customer);
  if (!g || !dap_covers(*g, s->service)) {
    refuse("R-SUB-3", Message::of("sub.upgrade_needs_dap", {{"partner", partner_->name}, {"service", service_name(s->service)}}));
    return;
  }
  for (const Subscription& other : each(w_.subscriptions, Key::Customer, s->customer))
    if (other.customer == s->customer && other.id != s->id && other.service == to->id &&
        (other.status == SubscriptionStatus::Active || other.status == SubscriptionStatus::Suspended)) {
      refuse("R-MC-4", Message::of("sub.upgrade_target_owned",
                               {{"service", to->name}, {"subscription", other.id}, {"origin", origin_message(other, partner_name(other.partner_of_record))}}));
      return;
    }
  // CN-UPG: "The customer can't already have subscriptions that include the additional services", whoever sold them
  // and through whatever channel ("from another reseller or another channel").
  std::vector<std::string> added;
  for (const std::string& cap : to->includes)
    if (!has(from->includes, cap)) added.push_back(cap);
  for (const Subscription& other : each(w_.subscriptions, Key::Customer, s->customer)) {
    if (other.id == s->id || (other.status != SubscriptionStatus::Active && other.status != SubscriptionStatus::Suspended)) continue;
    const Service* theirs = service_by_id(other.service);
    std::vector<Message> overlap;
    if (theirs)
      for (const std::string& cap : added)
        if (has(theirs->includes, cap)) overlap.push_back(cap);
    if (overlap.empty()) continue;
    refuse("R-MC-4", Message::of("sub.upgrade_overlaps", {{"subscription", other.id},
                                                          {"service", theirs->name},
                                                          {"from", origin_message(other, partner_name(other.partner_of_record))},
                                                          {"capabilities", Message::list(std::move(overlap))},
                                                          {"target", to->name}}));
    return;
  }
  because("R-SUB-3", Message::of("sub.upgrade_allowed", {{"subscription", s->id}, {"partner", partner_->name}, {"service", service_name(s->service)}}));
  Subscription updated = *s;
  updated.service = to->id;
  replace(w_.subscriptions, s, updated);
}

void Decider::change_terms() {
  const Subscription* s = subscription_param();
  if (!s) return;
  if (partner_ && user_ && s->partner_of_record != partner_->id && relationship(partner_->id, s->customer)) {
    refuse("R-MP-3", Message::of("sub.joining_keeps_terms", {{"partner", partner_->name}, {"customer", s->customer}, {"subscription", s->id}}));
    return;
  }
  if (!may_manage(*s, false, "sub.act.change_terms") || !require_status(*s, SubscriptionStatus::Active, "sub.status_act.change_terms")) return;
  if (!require_valid_partner_of_record_for_change(*s)) return;
  Subscription updated = *s;
  if (const auto renew = flag("auto_renew")) updated.auto_renew = *renew;
  if (const std::string cycle = text("billing_cycle"); !cycle.empty()) {
    const auto parsed = from_name<BillingCycle>(cycle);
    if (!parsed) {
      refuse("R-INF-1", Message::of("sub.no_billing_cycle", {{"cycle", cycle}}));
      return;
    }
    updated.billing_cycle = *parsed;
  }
  because("R-SUB-2", Message::of("sub.seller_changes_terms", {{"partner", partner_->name}, {"subscription", s->id}}));
  if (!(updated == *s)) replace(w_.subscriptions, s, updated);
}

void Decider::move_subscription() { move_or_change_partner_of_record(false); }

void Decider::change_partner_of_record() { move_or_change_partner_of_record(true); }

void Decider::move_or_change_partner_of_record(bool partner_of_record_only) {
  const Subscription* s = subscription_param();
  if (!s) return;
  const std::string target = text("partner").empty() ? (partner_ ? partner_->id : std::string()) : text("partner");
  const Message owner = s->partner_of_record.empty() ? Message::of("sub.original_channel") : Message(partner_name(s->partner_of_record));
  if (partner_of_record_only) {
    refuse("R-MP-4", Message::of("sub.partner_of_record_stays", {{"subscription", s->id}, {"owner", owner}}));
    if (partner_ && partner_->id != s->partner_of_record)
      refuse("R-MP-6", Message::of("sub.not_seller_partner_of_record", {{"partner", partner_->name}, {"subscription", s->id}}));
    return;
  }
  refuse("R-MP-2", Message::of(cn() ? "sub.joining_moves_nothing_china" : "sub.joining_moves_nothing", {{"subscription", s->id}, {"owner", owner}}));
}

void Decider::delete_subscription_data() {
  const Subscription* s = subscription_param();
  if (!s) return;
  if (s->status != SubscriptionStatus::Suspended || !s->suspended_at || *s->suspended_at + duration(Duration::DataRetention) > when_) {
    refuse("R-SUB-1", Message::of("sub.not_due_for_deletion", {{"subscription", s->id}}));
    return;
  }
  because("R-SUB-1", Message::of("sub.data_deleted_now", {{"subscription", s->id}, {"date", Message::time(*s->suspended_at)}}));
  Subscription updated = *s;
  updated.status = SubscriptionStatus::Deleted;
  replace(w_.subscriptions, s, updated);
}

}  // namespace core::detail
