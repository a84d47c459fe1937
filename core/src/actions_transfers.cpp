// actions_transfers.cpp — transfers of subscriptions between partners (global eras; 21Vianet only with
// gdap_in_21vianet): the target requests, the source accepts or declines, the target cancels, and 30 days expire it.
#include "decider.hpp"

namespace core::detail {

// Transfers exist in both global eras; in 21Vianet only when the scenario says so (R-INF-8).
bool Decider::require_transfers_available() {
  if (in_force("R-XFER-2")) return true;  // where the transfer rules are in the scenario (the catalogue's eras)
  return refuse("R-INF-8", Message::of("xfer.none_in_china"));
}

const Subscription* Decider::azure_plan(std::string_view partner, std::string_view customer) const {
  for (const Subscription& s : each(w_.subscriptions, Key::Customer, customer))
    if (s.customer == customer && s.partner_of_record == partner && s.channel == Channel::Csp && s.status == SubscriptionStatus::Active &&
        is_azure(service_by_id(s.service)))
      return &s;
  return nullptr;
}

bool Decider::record_customer_agreement(const Customer& c) {
  const ResellerRelationship* rel = relationship(partner_->id, c.id);
  if (!rel) return refuse("R-REL-3", Message::of("xfer.agreement_needs_relationship", {{"partner", partner_->name}, {"customer", c.name}}));
  if (!rel->customer_agreement) {
    ResellerRelationship updated = *rel;
    updated.customer_agreement = when_;
    replace(w_.reseller_relationships, rel, updated);
  }
  return true;
}

const Transfer* Decider::transfer_param() {
  const std::string id = text("transfer");
  const Transfer* t = ix_.by_id(w_.transfers, id);
  if (!t) refuse("R-INF-1", Message::of("xfer.no_transfer", {{"id", id}}));
  return t;
}

void Decider::create_transfer() {
  if (!require_transfers_available()) return;
  if (customer_ && user_) {
    refuse("R-XFER-2", Message::of("xfer.customer_cannot_start"));
    return;
  }
  if (!require_partner_user()) return;
  if (partner_->type == PartnerType::IndirectReseller) {
    if (in_force("R-XFER-7")) because_refused("R-XFER-7", Message::of("today.xfer_reseller_not_party", {{"partner", partner_->name}}));
    refuse("R-IND-8", Message::of("xfer.reseller_cannot_request", {{"partner", partner_->name}}));
    return;
  }
  // R-XFER-6: the current page names the admin agent alone.
  if (in_force("R-XFER-6") && !partner_role(PartnerRole::AdminAgent)) {
    refuse("R-XFER-6", Message::of("today.xfer_admin_agent_only", {{"actor", who_message()}, {"roles", user_roles_message(user_)}}));
    return;
  }
  // The 2023 page (global-2023/transfer-azure-subscriptions-under-azure-plan.md) names one role, "Appropriate roles:
  // Admin agent"; the 2021 page (global/…) "Appropriate roles: Account admin | Sales agent | Billing agent". The GDAP
  // era follows the newer page, the DAP era the older one (its account admin is the admin agent; a global admin may
  // do everything, R-ROLE-1).
  if (gdap_available() && !partner_role(PartnerRole::AdminAgent)) {
    refuse("R-ROLE-1", Message::of("xfer.admin_agent_creates", {{"actor", who_message()}, {"roles", user_roles_message(user_)}}));
    return;
  }
  const bool billing_agent_only = !partner_role(PartnerRole::AdminAgent) && !partner_role(PartnerRole::SalesAgent) && has_role(PartnerRole::BillingAdmin);
  if (!gdap_available() && !billing_agent_only && !partner_role(PartnerRole::AdminAgent) && !partner_role(PartnerRole::SalesAgent)) {
    refuse("R-ROLE-1", Message::of("xfer.dap_roles_create", {{"actor", who_message()}, {"roles", user_roles_message(user_)}}));
    return;
  }
  const Customer* c = customer_param();
  if (!c) return;
  const Partner* source = partner_param("source_partner");
  if (!source) return;
  const std::string id = text("transfer");
  if (ix_.by_id(w_.transfers, id)) {
    refuse("R-INF-1", Message::of("xfer.id_taken", {{"id", id}}));
    return;
  }
  if (source->id == partner_->id) {
    refuse("R-XFER-2", Message::of("xfer.own_source", {{"partner", partner_->name}}));
    return;
  }
  if (source->type == PartnerType::IndirectReseller && in_force("R-XFER-7")) {
    refuse("R-XFER-7", Message::of("today.xfer_reseller_not_party", {{"partner", source->name}}));
    return;
  }
  if (!relationship(partner_->id, c->id)) {
    refuse("R-XFER-1", Message::of("xfer.no_relationship", {{"partner", partner_->name}, {"customer", c->name}}));
    return;
  }
  const std::vector<std::string> subs = list("subscriptions");
  if (subs.size() > 25 && in_force("R-XFER-8")) {
    refuse("R-XFER-8", Message::of("today.xfer_too_many", {{"count", static_cast<std::int64_t>(subs.size())}}));
    return;
  }
  for (const std::string& sid : subs) {
    const Subscription* s = ix_.by_id(w_.subscriptions, sid);
    if (!s || s->customer != c->id || s->partner_of_record != source->id) {
      refuse("R-INF-1", Message::of("xfer.not_source_subscription", {{"subscription", sid}, {"source", source->name}, {"customer", c->name}}));
      return;
    }
    if (s->status != SubscriptionStatus::Active) {
      refuse("R-INF-2", Message::of("xfer.only_active", {{"subscription", sid}, {"status", name_message(s->status)}}));
      return;
    }
    // The 2021 page: "Azure Reservations will not move with the subscription to future partner"; the 2023 page lets a
    // transfer name them ("Azure Reserved Instances will move with a subscription to the future partner").
    if (!gdap_available() && s->kind == SubscriptionKind::AzureReservation) {
      refuse("R-XFER-4", Message::of("xfer.reservation_does_not_move", {{"reservation", sid}, {"source", source->name}}));
      return;
    }
  }
  // R-XFER-1, for Azure items: "The future CSP partner establishes a relationship with the customer and purchases an
  // Azure plan before the transition starts. The customer signs a Microsoft Customer Agreement with the future CSP partner."
  std::vector<Message> azure;
  for (const std::string& sid : subs)
    if (const Subscription* s = ix_.by_id(w_.subscriptions, sid); s && is_azure(service_by_id(s->service))) azure.push_back(sid);
  const ResellerRelationship* rel = relationship(partner_->id, c->id);
  const Subscription* plan = azure.empty() ? nullptr : azure_plan(partner_->id, c->id);
  if (!azure.empty()) {
    if (!rel->customer_agreement)
      refuse("R-XFER-1", Message::of("xfer.needs_customer_agreement", {{"customer", c->name}, {"partner", partner_->name}, {"items", Message::list(azure)}}));
    if (!plan) refuse("R-XFER-1", Message::of("xfer.needs_azure_plan", {{"partner", partner_->name}, {"customer", c->name}, {"items", Message::list(azure)}}));
    if (!rel->customer_agreement || !plan) return;
  }
  because("R-XFER-1", Message::of("xfer.has_relationship", {{"partner", partner_->name}, {"customer", c->name}}));
  if (plan)
    because("R-XFER-1", Message::of("xfer.azure_prerequisites", {{"partner", partner_->name},
                                                                 {"customer", c->name},
                                                                 {"plan", plan->id},
                                                                 {"date", Message::time(*rel->customer_agreement)}}));
  because("R-XFER-2", Message::of("xfer.target_creates", {{"target", partner_->name}, {"source", source->name}}));
  if (in_force("R-XFER-6")) because("R-XFER-6", Message::of("today.xfer_admin_agent_creates", {{"actor", who_message()}}));
  if (in_force("R-XFER-7"))
    because("R-XFER-7", Message::of("today.xfer_path", {{"source", source->name}, {"source_type", label_message(source->type)}, {"target", partner_->name}, {"target_type", label_message(partner_->type)}}));
  if (billing_agent_only) because("R-ROLE-1", Message::of("xfer.billing_agent_creates", {{"actor", who_message()}}));
  Transfer t;
  t.id = id;
  t.customer = c->id;
  t.source_partner = source->id;
  t.target_partner = partner_->id;
  t.subscriptions = subs;
  t.status = TransferStatus::Pending;
  t.created = when_;
  append(w_.transfers.size(), std::move(t));
}

void Decider::accept_transfer() {
  if (!require_transfers_available()) return;
  const Transfer* t = transfer_param();
  if (!t || !require_partner_user()) return;
  if (partner_->id != t->source_partner) {
    refuse("R-XFER-2", Message::of("xfer.source_accepts", {{"source", partner_name(t->source_partner)}, {"partner", partner_->name}}));
    return;
  }
  if (!partner_role(PartnerRole::AdminAgent)) {
    refuse("R-XFER-2", Message::of("xfer.admin_agent_accepts", {{"actor", who_message()}, {"roles", user_roles_message(user_)}}));
    return;
  }
  if (t->status != TransferStatus::Pending) {
    refuse("R-XFER-3", Message::of("xfer.accept_needs_pending", {{"transfer", t->id}, {"status", name_message(t->status)}}));
    return;
  }
  const std::string reseller = text("reseller");
  const Partner* r = reseller.empty() ? nullptr : ix_.by_id(w_.partners, reseller);
  if (!reseller.empty() && (!r || r->type != PartnerType::IndirectReseller || !partnership(t->target_partner, reseller))) {
    refuse("R-XFER-5", Message::of("xfer.not_valid_reseller", {{"reseller", r ? r->name : reseller}, {"target", partner_name(t->target_partner)}}));
    return;
  }
  const Partner* target_partner = ix_.by_id(w_.partners, t->target_partner);
  if (!r && target_partner && target_partner->type == PartnerType::IndirectProvider && in_force("R-XFER-6")) {
    refuse("R-XFER-6", Message::of("today.xfer_needs_partner_on_record", {{"target", target_partner->name}}));
    return;
  }
  if (r && in_force("R-POR-2") && !require_valid_partner_of_record(*r, t->target_partner, "R-POR-2")) return;
  const std::string target = partner_name(t->target_partner);
  because("R-XFER-2", Message::of("xfer.source_accepted", {{"partner", partner_->name}}));
  because("R-XFER-5", r ? Message::of("xfer.new_partner_and_reseller_of_record", {{"target", target}, {"reseller", r->name}})
                        : Message::of("xfer.new_partner_of_record", {{"target", target}}));
  // Reservations move only when the transfer names them (GDAP era); the source keeps the others and bills them.
  std::vector<std::string> moving, staying;
  for (const Subscription& s : each(w_.subscriptions, Key::Customer, t->customer))
    if (s.customer == t->customer && s.kind == SubscriptionKind::AzureReservation && s.partner_of_record == t->source_partner &&
        s.status == SubscriptionStatus::Active)
      (has(t->subscriptions, s.id) ? moving : staying).push_back(s.id);
  because("R-XFER-4", moving.empty() ? Message::of("xfer.what_moves", {{"target", target}})
                                     : Message::of("xfer.what_moves_with_reservations", {{"target", target}, {"reservations", list_message(moving)}}));
  if (!staying.empty())
    because("R-XFER-4", Message::of("xfer.reservations_stay", {{"source", partner_->name}, {"reservations", list_message(staying)}}));
  if (in_force("R-XFER-8")) because("R-XFER-8", Message::of("today.xfer_billing_split", {{"source", partner_->name}, {"target", target}, {"date", Message::time(when_)}}));
  if (in_force("R-PEC-1"))
    for (const std::string& sid : t->subscriptions)
      if (const Subscription* s = ix_.by_id(w_.subscriptions, sid); s && s->kind == SubscriptionKind::Subscription && is_azure(service_by_id(s->service))) {
        because("R-PEC-1", Message::of("today.pec_after_transfer", {{"partner", target}}));
        break;
      }
  Transfer updated = *t;
  updated.status = TransferStatus::Accepted;
  replace(w_.transfers, t, updated);
  for (const std::string& sid : t->subscriptions)
    if (const Subscription* s = ix_.by_id(w_.subscriptions, sid)) {
      Subscription moved = *s;
      moved.partner_of_record = t->target_partner;
      moved.reseller_of_record = r ? r->id : std::string();
      moved.support_contact.clear();  // the old provider's designation: the new one designates its own (R-IND-6)
      replace(w_.subscriptions, s, moved);
    }
}

void Decider::reject_transfer() {
  if (!require_transfers_available()) return;
  const Transfer* t = transfer_param();
  if (!t || !require_partner_user()) return;
  if (partner_->id != t->source_partner) {
    refuse("R-XFER-2", Message::of("xfer.source_declines", {{"source", partner_name(t->source_partner)}}));
    return;
  }
  if (t->status != TransferStatus::Pending) {
    refuse("R-XFER-3", Message::of("xfer.decline_needs_pending", {{"transfer", t->id}, {"status", name_message(t->status)}}));
    return;
  }
  because("R-XFER-2", Message::of("xfer.declined", {{"partner", partner_->name}}));
  Transfer updated = *t;
  updated.status = TransferStatus::Rejected;
  replace(w_.transfers, t, updated);
}

void Decider::cancel_transfer() {
  if (!require_transfers_available()) return;
  const Transfer* t = transfer_param();
  if (!t || !require_partner_user()) return;
  if (partner_->id != t->target_partner) {
    refuse("R-XFER-2", Message::of("xfer.target_cancels", {{"target", partner_name(t->target_partner)}}));
    return;
  }
  if (t->status != TransferStatus::Pending) {
    refuse("R-XFER-3", Message::of("xfer.cancel_needs_pending", {{"transfer", t->id}, {"status", name_message(t->status)}}));
    return;
  }
  because("R-XFER-3", Message::of("xfer.cancelled", {{"partner", partner_->name}, {"transfer", t->id}}));
  Transfer updated = *t;
  updated.status = TransferStatus::Cancelled;
  replace(w_.transfers, t, updated);
}

void Decider::expire_transfer() {
  if (!require_transfers_available()) return;
  const Transfer* t = transfer_param();
  if (!t) return;
  if (t->status != TransferStatus::Pending || !t->created || *t->created + duration(Duration::TransferWindow) > when_) {
    refuse("R-XFER-3", Message::of("xfer.not_due_to_expire", {{"transfer", t->id}}));
    return;
  }
  because("R-XFER-3", Message::of("xfer.expired", {{"source", partner_name(t->source_partner)}, {"transfer", t->id}}));
  Transfer updated = *t;
  updated.status = TransferStatus::Expired;
  replace(w_.transfers, t, updated);
}

}  // namespace core::detail
