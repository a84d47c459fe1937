// actions_transfers.cpp — transfers of subscriptions between partners (global eras; 21Vianet only with
// gdap_in_21vianet): the target requests, the source accepts or declines, the target cancels, and 30 days expire it.
#include "decider.hpp"

namespace core::detail {

// Transfers exist in both global eras; in 21Vianet only when the scenario says so (R-INF-8).
bool Decider::require_transfers_available() {
  if (in_force("R-XFER-2")) return true;  // where the transfer rules are in the scenario (the catalogue's eras)
  return refuse("R-INF-8", "the 21Vianet doc set has no transfer between partners; the customer lets the old subscriptions expire or cancels them, and the new partner sells new ones.");
}

const Transfer* Decider::transfer_param() {
  const std::string id = text("transfer");
  const Transfer* t = ix_.by_id(w_.transfers, id);
  if (!t) refuse("R-INF-1", "there is no transfer \"" + id + "\".");
  return t;
}

void Decider::create_transfer() {
  if (!require_transfers_available()) return;
  if (customer_ && user_) {
    refuse("R-XFER-2", "customers cannot start a transfer; the partner that would take the subscriptions over creates it, and the current partner accepts.");
    return;
  }
  if (!require_partner_user()) return;
  if (partner_->type == PartnerType::IndirectReseller) {
    refuse("R-IND-8", partner_->name + " is an indirect reseller; its provider requests transfers for it.");
    return;
  }
  if (!require_manager("request transfers")) return;
  const Customer* c = customer_param();
  if (!c) return;
  const Partner* source = partner_param("source_partner");
  if (!source) return;
  const std::string id = text("transfer");
  if (ix_.by_id(w_.transfers, id)) {
    refuse("R-INF-1", "a transfer with the id \"" + id + "\" already exists.");
    return;
  }
  if (source->id == partner_->id) {
    refuse("R-XFER-2", "a transfer moves subscriptions from another partner to " + partner_->name + "; it cannot be its own source.");
    return;
  }
  if (!relationship(partner_->id, c->id)) {
    refuse("R-XFER-1", partner_->name + " has no reseller relationship with " + c->name + "; it needs one before it can request a transfer.");
    return;
  }
  const std::vector<std::string> subs = list("subscriptions");
  for (const std::string& sid : subs) {
    const Subscription* s = ix_.by_id(w_.subscriptions, sid);
    if (!s || s->customer != c->id || s->partner_of_record != source->id) {
      refuse("R-INF-1", "\"" + sid + "\" is not a subscription " + source->name + " sold to " + c->name + ".");
      return;
    }
    if (s->status != SubscriptionStatus::Active) {
      refuse("R-INF-2", sid + " is " + std::string(to_name(s->status)) + "; only active subscriptions are transferred.");
      return;
    }
  }
  because("R-XFER-1", partner_->name + " has a reseller relationship with " + c->name + ".");
  because("R-XFER-2", partner_->name + " (the target) creates the request; " + source->name + " (the source) accepts or declines it within 30 days.");
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
    refuse("R-XFER-2", "the source partner " + partner_name(t->source_partner) + " accepts a transfer, not " + partner_->name + ".");
    return;
  }
  if (!partner_role(PartnerRole::AdminAgent)) {
    refuse("R-XFER-2", who() + " holds " + roles_text() + "; an admin agent of the source partner accepts transfers.");
    return;
  }
  if (t->status != TransferStatus::Pending) {
    refuse("R-XFER-3", t->id + " is " + std::string(to_name(t->status)) + "; only a pending transfer can be accepted.");
    return;
  }
  const std::string reseller = text("reseller");
  const Partner* r = reseller.empty() ? nullptr : ix_.by_id(w_.partners, reseller);
  if (!reseller.empty() && (!r || r->type != PartnerType::IndirectReseller || !partnership(t->target_partner, reseller))) {
    refuse("R-XFER-5", "NotValidIndirectResellerMpnId (800016): " + (r ? r->name : reseller) + " is not an indirect reseller of " + partner_name(t->target_partner) + ".");
    return;
  }
  because("R-XFER-2", partner_->name + ", the source partner, accepts.");
  because("R-XFER-5", "the new purchases record " + partner_name(t->target_partner) + " as partner on record" + (r ? ", with " + r->name + " as reseller of record." : "."));
  because("R-XFER-4", "billing and support move to " + partner_name(t->target_partner) + "; reservations do not move, Azure RBAC is unchanged, and " + partner_name(t->target_partner) + " gets no admin-on-behalf access by this.");
  Transfer updated = *t;
  updated.status = TransferStatus::Accepted;
  replace(w_.transfers, t, updated);
  for (const std::string& sid : t->subscriptions)
    if (const Subscription* s = ix_.by_id(w_.subscriptions, sid)) {
      Subscription moved = *s;
      moved.partner_of_record = t->target_partner;
      moved.reseller_of_record = r ? r->id : std::string();
      replace(w_.subscriptions, s, moved);
    }
}

void Decider::reject_transfer() {
  if (!require_transfers_available()) return;
  const Transfer* t = transfer_param();
  if (!t || !require_partner_user()) return;
  if (partner_->id != t->source_partner) {
    refuse("R-XFER-2", "the source partner " + partner_name(t->source_partner) + " declines a transfer; the target cancels its own (R-XFER-3).");
    return;
  }
  if (t->status != TransferStatus::Pending) {
    refuse("R-XFER-3", t->id + " is " + std::string(to_name(t->status)) + "; only a pending transfer can be declined.");
    return;
  }
  because("R-XFER-2", partner_->name + " declines; either partner may.");
  Transfer updated = *t;
  updated.status = TransferStatus::Rejected;
  replace(w_.transfers, t, updated);
}

void Decider::cancel_transfer() {
  if (!require_transfers_available()) return;
  const Transfer* t = transfer_param();
  if (!t || !require_partner_user()) return;
  if (partner_->id != t->target_partner) {
    refuse("R-XFER-2", "only the target partner " + partner_name(t->target_partner) + " cancels its request; the source declines it instead.");
    return;
  }
  if (t->status != TransferStatus::Pending) {
    refuse("R-XFER-3", t->id + " is " + std::string(to_name(t->status)) + "; the target can cancel only while it is pending.");
    return;
  }
  because("R-XFER-3", partner_->name + " cancels " + t->id + " while it is pending.");
  Transfer updated = *t;
  updated.status = TransferStatus::Cancelled;
  replace(w_.transfers, t, updated);
}

void Decider::expire_transfer() {
  if (!require_transfers_available()) return;
  const Transfer* t = transfer_param();
  if (!t) return;
  if (t->status != TransferStatus::Pending || !t->created || *t->created + duration(Duration::TransferWindow) > when_) {
    refuse("R-XFER-3", t->id + " is not a pending transfer 30 days old.");
    return;
  }
  because("R-XFER-3", partner_name(t->source_partner) + " did not act on " + t->id + " within 30 days: it expires.");
  Transfer updated = *t;
  updated.status = TransferStatus::Expired;
  replace(w_.transfers, t, updated);
}

}  // namespace core::detail
