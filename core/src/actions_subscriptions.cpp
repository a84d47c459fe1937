// actions_subscriptions.cpp — subscriptions: orders, seats, suspension, reactivation, cancellation, upgrades, terms,
// the moves a partner cannot make (another partner's subscription, its partner of record), and the data deletion
// 60 days after a suspension.
#include "decider.hpp"

namespace core::detail {

// ---- shared by quantity, suspension, reactivation, cancellation and upgrade -----------------------------------------

// Checks who may change subscription `s`: its selling partner (or, for the two-tier model, its provider), with a role
// that manages subscriptions. `removes_value` says whether the change takes something away (R-MP-6's "remove seats,
// transition or migrate") rather than only adding to someone else's subscription (R-MP-7).
bool Decider::may_manage(const Subscription& s, bool removes_value, const char* verb) {
  if (customer_ && user_) {
    if (s.channel == Channel::Csp) {
      refuse("R-SUB-2", "customers cannot change their own CSP subscriptions; " + partner_name(s.partner_of_record) + ", which sold " + s.id + ", can.");
      if (!dap(s.partner_of_record, s.customer))
        refuse("R-DAP-4", customer_->name + " removed " + possessive(partner_name(s.partner_of_record)) + " admin privileges, but that did not make " + s.id +
                              " customer-managed: the subscription and the relationship stay with the partner.");
      return false;
    }
  }
  if (!require_partner_user()) return false;
  if (partner_->type == PartnerType::IndirectReseller && s.reseller_of_record == partner_->id)
    return refuse("R-IND-8", partner_->name + " is the indirect reseller of record of " + s.id + "; its provider " +
                                 partner_name(s.partner_of_record) + " places the orders.");
  if (!require_manager("manage subscriptions")) return false;
  if (s.partner_of_record != partner_->id) {
    const std::string seller = s.partner_of_record.empty() ? "it was bought through the " + std::string(to_name(s.channel)) + " channel"
                                                           : partner_name(s.partner_of_record) + " sold it";
    if (relationship(partner_->id, s.customer))
      because_refused("R-MP-1", "joining " + s.customer + " as another partner gave " + partner_->name + " no say over its existing subscription " + s.id + ".");
    if (removes_value) return refuse("R-MP-6", partner_->name + " cannot " + verb + " " + s.id + ": " + seller + ", and a partner that did not sell a subscription cannot remove its seats, transition or migrate it.");
    refuse("R-MP-5", partner_->name + " is not billed for " + s.id + "; billing stays with " + (s.partner_of_record.empty() ? std::string("its original channel") : partner_name(s.partner_of_record)) + ".");
    return refuse("R-MP-7", partner_->name + " cannot " + verb + " " + s.id + ": " + seller + ". A partner manages only the subscriptions it sold.");
  }
  if (!relationship(partner_->id, s.customer))
    return refuse("R-REM-2", partner_->name + " no longer has a reseller relationship with " + s.customer + ", so it cannot make purchases for it.");
  return true;
}

bool Decider::require_status(const Subscription& s, SubscriptionStatus wanted, const char* action) {
  if (s.status == wanted) return true;
  if (s.status == SubscriptionStatus::Deleted)
    return refuse("R-SUB-1", s.id + "'s data was deleted 60 days after it was suspended; it cannot " + action + ".");
  return refuse("R-INF-2", s.id + " is " + std::string(to_name(s.status)) + "; only " + std::string(to_name(wanted)) + " subscriptions can " + action + ".");
}

// ---- subscriptions --------------------------------------------------------------------------------------------------

void Decider::order_subscription() {
  if (customer_ && user_) {
    refuse("R-SUB-2", "customers do not buy CSP subscriptions themselves; their partner does.");
    return;
  }
  if (!require_partner_user()) return;
  if (partner_->type == PartnerType::IndirectReseller) {
    refuse("R-IND-8", partner_->name + " is an indirect reseller; its provider places the orders.");
    return;
  }
  if (!require_manager("manage subscriptions")) return;
  const Customer* customer = customer_param();
  if (!customer) return;
  const Service* service = service_by_id(text("service"));
  if (!service) {
    refuse("R-INF-1", "there is no service \"" + text("service") + "\".");
    return;
  }
  const std::string id = text("subscription");
  if (ix_.by_id(w_.subscriptions, id)) {
    refuse("R-INF-1", "a subscription with the id \"" + id + "\" already exists.");
    return;
  }
  if (!relationship(partner_->id, customer->id)) {
    refuse("R-REL-3", partner_->name + " has no reseller relationship with " + customer->name + ", so it cannot provision subscriptions for it.");
    return;
  }
  if (cn() && (service->kind == ServiceKind::Usage || service->family == "azure")) {
    refuse("R-CN-2", service->name + " is an Azure offer, and Azure subscriptions are not available in Partner Center operated by 21Vianet.");
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
        const std::string from = s.partner_of_record.empty() ? "through the " + std::string(to_name(s.channel)) + " channel" : "from " + partner_name(s.partner_of_record);
        refuse("R-MC-4", customer->name + " already has " + s.id + " (" + service_name(s.service) + ", bought " + from + ")" +
                             (s.service == service->id ? "" : ", which already includes " + join(overlap)) + "; it must cancel that one before buying this from " + partner_->name + ".");
        return;
      }
    }
  const std::string reseller = text("reseller");
  if (!reseller.empty()) {
    const Partner* r = ix_.by_id(w_.partners, reseller);
    if (partner_->type != PartnerType::IndirectProvider || !r || r->type != PartnerType::IndirectReseller || !partnership(partner_->id, reseller)) {
      refuse("R-IND-6", "only an indirect provider names a reseller of record, and only one of its own indirect resellers; " + (r ? r->name : reseller) + " is not.");
      return;
    }
    because("R-IND-6", partner_->name + " names " + r->name + " as the reseller of record (the subscription's partnerId).");
    because("R-IND-8", partner_->name + ", the indirect provider, places the order for its reseller.");
  }
  because("R-REL-3", partner_->name + " has a reseller relationship with " + customer->name + ", so it can provision subscriptions for it.");
  if (cn()) {
    because("R-CN-2", service->name + " is in the 21Vianet catalogue (the Office 365 family).");
    because("R-MC-4", customer->name + " has no other subscription that already provides " + service->name + ".");
  }
  if (!dap(partner_->id, customer->id)) because("R-DAP-5", partner_->name + " has no delegated admin privileges for " + customer->name + ", but it can still place orders.");
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
  append(w_.subscriptions.size(), std::move(s));
}

void Decider::change_quantity() {
  const Subscription* s = subscription_param();
  if (!s) return;
  const std::int64_t quantity = integer("quantity").value_or(s->quantity);
  if (!may_manage(*s, quantity < s->quantity, quantity < s->quantity ? "remove seats from" : "add seats to")) return;
  if (!require_status(*s, SubscriptionStatus::Active, "change quantity")) return;
  if (quantity < 1 || quantity > 10'000'000) {
    refuse("R-INF-2", "a subscription keeps between 1 and 10,000,000 seats; suspend or cancel it instead.");
    return;
  }
  because("R-ROLE-1", who() + " holds " + roles_text() + ", which may manage subscriptions.");
  because("R-SUB-2", partner_->name + " sold " + s->id + ", so it manages its seats.");
  if (quantity < s->quantity) because("R-MP-6", partner_->name + " is the original reseller of " + s->id + ", so it may remove seats.");
  Subscription updated = *s;
  updated.quantity = quantity;
  if (quantity != s->quantity) replace(w_.subscriptions, s, updated);
}

void Decider::suspend_subscription() {
  const Subscription* s = subscription_param();
  if (!s || !may_manage(*s, true, "suspend") || !require_status(*s, SubscriptionStatus::Active, "be suspended")) return;
  because("R-SUB-2", partner_->name + " sold " + s->id + ", so it may suspend it.");
  because("R-SUB-1", "users of " + s->id + " can no longer sign in, but admins keep access; unless it is reactivated by " +
                         format_date(when_ + duration(Duration::DataRetention)) + " (60 days), its data is deleted.");
  Subscription updated = *s;
  updated.status = SubscriptionStatus::Suspended;
  updated.suspended_at = when_;
  replace(w_.subscriptions, s, updated);
}

void Decider::reactivate_subscription() {
  const Subscription* s = subscription_param();
  if (!s || !may_manage(*s, false, "reactivate") || !require_status(*s, SubscriptionStatus::Suspended, "be reactivated")) return;
  because("R-SUB-2", partner_->name + " sold " + s->id + ", so it may reactivate it.");
  because("R-SUB-1", s->id + " is reactivated within 60 days of its suspension, so its data is kept.");
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
      refuse("R-INF-5", who() + " cannot cancel another tenant's subscription, and only a Global admin cancels the tenant's subscriptions.");
      return;
    }
    because("R-MC-4", customer_->name + " cancels " + s->id + ", which it bought through the " + std::string(to_name(s->channel)) + " channel; a partner can now sell it that service.");
  } else {
    if (!may_manage(*s, true, "cancel")) return;
    because("R-SUB-2", partner_->name + " sold " + s->id + ", so it may cancel it.");
  }
  if (s->status == SubscriptionStatus::Deleted || s->status == SubscriptionStatus::Cancelled) {
    refuse("R-INF-2", s->id + " is already " + std::string(to_name(s->status)) + ".");
    return;
  }
  Subscription updated = *s;
  updated.status = SubscriptionStatus::Cancelled;
  updated.suspended_at.reset();
  replace(w_.subscriptions, s, updated);
}

void Decider::upgrade_subscription() {
  const Subscription* s = subscription_param();
  if (!s || !may_manage(*s, true, "upgrade")) return;
  const Service* from = service_by_id(s->service);
  const Service* to = service_by_id(text("to"));
  if (!to || !from || !has(from->upgrades_to, to->id)) {
    refuse("R-INF-1", "there is no upgrade path from " + service_name(s->service) + " to " + service_name(text("to")) + ".");
    return;
  }
  if (s->status != SubscriptionStatus::Active) {
    refuse("R-SUB-3", s->id + " is " + std::string(to_name(s->status)) + "; only an active subscription can be upgraded.");
    return;
  }
  const DelegatedAdminGrant* g = dap(partner_->id, s->customer);
  if (!g || !dap_covers(*g, s->service)) {
    refuse("R-SUB-3", partner_->name + " has no delegated admin privileges for " + service_name(s->service) + " at this customer, which an upgrade needs (R-DAP-5).");
    return;
  }
  for (const Subscription& other : each(w_.subscriptions, Key::Customer, s->customer))
    if (other.customer == s->customer && other.id != s->id && other.service == to->id &&
        (other.status == SubscriptionStatus::Active || other.status == SubscriptionStatus::Suspended)) {
      const std::string origin = other.partner_of_record.empty() ? "through the " + std::string(to_name(other.channel)) + " channel" : "from " + partner_name(other.partner_of_record);
      refuse("R-MC-4", "the customer already has " + to->name + " (" + other.id + ", " + origin + "); it must cancel it before upgrading into it.");
      return;
    }
  because("R-SUB-3", s->id + " is active, " + partner_->name + " holds DAP for " + service_name(s->service) + ", and the customer has no overlapping subscription.");
  Subscription updated = *s;
  updated.service = to->id;
  replace(w_.subscriptions, s, updated);
}

void Decider::change_terms() {
  const Subscription* s = subscription_param();
  if (!s) return;
  if (partner_ && user_ && s->partner_of_record != partner_->id && relationship(partner_->id, s->customer)) {
    refuse("R-MP-3", partner_->name + " joined " + s->customer + " as another partner; that changes neither the terms of " + s->id + " nor the customer's obligations under it.");
    return;
  }
  if (!may_manage(*s, false, "change the terms of") || !require_status(*s, SubscriptionStatus::Active, "change its terms")) return;
  Subscription updated = *s;
  if (const auto renew = flag("auto_renew")) updated.auto_renew = *renew;
  if (const std::string cycle = text("billing_cycle"); !cycle.empty()) {
    const auto parsed = from_name<BillingCycle>(cycle);
    if (!parsed) {
      refuse("R-INF-1", "\"" + cycle + "\" is not a billing cycle (monthly, annual or none).");
      return;
    }
    updated.billing_cycle = *parsed;
  }
  because("R-SUB-2", partner_->name + " sold " + s->id + ", so it may change its terms with the customer.");
  if (!(updated == *s)) replace(w_.subscriptions, s, updated);
}

void Decider::move_subscription() { move_or_change_partner_of_record(false); }

void Decider::change_partner_of_record() { move_or_change_partner_of_record(true); }

void Decider::move_or_change_partner_of_record(bool partner_of_record_only) {
  const Subscription* s = subscription_param();
  if (!s) return;
  const std::string target = text("partner").empty() ? (partner_ ? partner_->id : std::string()) : text("partner");
  const std::string owner = s->partner_of_record.empty() ? "its original channel" : partner_name(s->partner_of_record);
  if (partner_of_record_only) {
    refuse("R-MP-4", "adding a partner never changes a subscription's partner of record; " + s->id + " stays with " + owner + ".");
    if (partner_ && partner_->id != s->partner_of_record)
      refuse("R-MP-6", partner_->name + " did not sell " + s->id + " and cannot change its partner of record.");
    return;
  }
  refuse("R-MP-2", "joining as a partner does not move existing subscriptions or the account: " + s->id + " stays with " + owner +
                       (cn() ? "; Partner Center operated by 21Vianet has no transfer between partners (the customer lets it expire or cancels it, and the new partner sells a new one)." : "."));
}

void Decider::delete_subscription_data() {
  const Subscription* s = subscription_param();
  if (!s) return;
  if (s->status != SubscriptionStatus::Suspended || !s->suspended_at || *s->suspended_at + duration(Duration::DataRetention) > when_) {
    refuse("R-SUB-1", s->id + " is not a subscription suspended 60 days ago.");
    return;
  }
  because("R-SUB-1", s->id + " was suspended on " + format_date(*s->suspended_at) + " and not reactivated within 60 days: its data is deleted.");
  Subscription updated = *s;
  updated.status = SubscriptionStatus::Deleted;
  replace(w_.subscriptions, s, updated);
}

}  // namespace core::detail
