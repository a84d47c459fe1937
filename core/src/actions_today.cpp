// actions_today.cpp — the checks of facts.md §8 (2023-2026) that need the states it added: a partner's authorization
// and PLA ID (partner-of-record validation, R-POR-*, R-AUTH-*), a user's MFA claim (R-MFA-*), the new-commerce 168-hour
// windows (R-SUB-4/5), and the two actions of their own (set_partner_authorization, validate_resellers). Every check
// asks in_force() of the rule that states it, so the legacy eras (where none of these rules is in force) decide as
// before; the other handlers call these where their request is one the rule names.
#include <algorithm>

#include "decider.hpp"

namespace core::detail {
namespace {

constexpr std::int64_t kNewCommerceWindowSeconds = 168 * 3600;  // "7 days" / "168 hours" (R-SUB-4, R-SUB-5)

}  // namespace

// R-MFA-1: the portal requires MFA; a partner user's request in the portal (every action but the API calls) needs the claim.
bool Decider::require_portal_mfa(const ActionSpec& action) {
  if (!partner_ || !user_ || user_->mfa || action.api_call || !in_force("R-MFA-1")) return true;
  return refuse("R-MFA-1", Message::of("today.portal_needs_mfa", {{"actor", who_message()}, {"choice", option_note("R-MFA-1")}}));
}

Message Decider::option_note(std::string_view rule) const {
  const std::string_view choice = option(rule);
  if (choice.empty()) return Message();
  return Message::of("today.option_note", {{"option", std::string(rule)}, {"choice", std::string(choice)}});
}

// R-AUTH-5 (suspended, revoked) and R-AUTH-3 (revoked): a partner that is not in good standing resells no new licences.
bool Decider::require_resells_new_licences(const Partner& seller) {
  if (seller.authorization == PartnerAuthorization::Revoked && in_force("R-AUTH-3"))
    return refuse("R-AUTH-3", Message::of("today.partner_revoked", {{"partner", seller.name}}));
  if ((seller.authorization == PartnerAuthorization::Suspended || seller.authorization == PartnerAuthorization::Revoked) && in_force("R-AUTH-5"))
    return refuse("R-AUTH-5", Message::of("today.partner_suspended_no_new", {{"partner", seller.name}, {"status", label_message(seller.authorization)}}));
  return true;
}

// Partner-of-record validation of `reseller` named by `provider`: a valid PLA ID of an authorized indirect reseller on
// the provider's reseller list (R-POR-4). `rule` is R-POR-1 (new orders) or R-POR-2 (changes); the caller checked it is
// in force. The status that made it invalid is explained by the rule that sets it (R-AUTH-1/2, R-AUTH-6).
bool Decider::require_valid_partner_of_record(const Partner& reseller, std::string_view provider, std::string_view rule) {
  const Message note = option_note(rule);
  if (!reseller.pla_valid)
    return refuse(rule, Message::of("today.por_pla_invalid", {{"reseller", reseller.name}, {"pla", reseller.mpn_id.empty() ? reseller.id : reseller.mpn_id}, {"choice", note}}));
  if (reseller.authorization != PartnerAuthorization::Authorized) {
    if (reseller.authorization == PartnerAuthorization::DeauthorizedFromPor && in_force("R-AUTH-1"))
      because_refused("R-AUTH-1", Message::of("today.reseller_deauthorized", {{"reseller", reseller.name}}));
    if (reseller.authorization == PartnerAuthorization::DeauthorizedFromPor && in_force("R-AUTH-2"))
      because_refused("R-AUTH-2", Message::of("today.security_also_deauthorizes"));
    if (reseller.authorization == PartnerAuthorization::Suspended && in_force("R-AUTH-6"))
      because_refused("R-AUTH-6", Message::of("today.reseller_suspended_por", {{"reseller", reseller.name}}));
    return refuse(rule, Message::of("today.por_not_authorized", {{"reseller", reseller.name}, {"status", label_message(reseller.authorization)}, {"choice", note}}));
  }
  if (!partnership(provider, reseller.id) && in_force("R-POR-4"))
    return refuse("R-POR-4", Message::of("today.por_not_on_list", {{"reseller", reseller.name}, {"provider", partner_name(provider)}}));
  if (in_force("R-POR-4")) because("R-POR-4", Message::of("today.por_on_list", {{"reseller", reseller.name}, {"provider", partner_name(provider)}}));
  because(rule, Message::of("today.por_valid", {{"reseller", reseller.name}, {"choice", note}}));
  return true;
}

// R-POR-2: from 2025-12-01 a change of an existing subscription validates its reseller of record.
bool Decider::require_valid_partner_of_record_for_change(const Subscription& s) {
  if (s.reseller_of_record.empty() || !in_force("R-POR-2")) return true;
  const Partner* reseller = ix_.by_id(w_.partners, s.reseller_of_record);
  return !reseller || require_valid_partner_of_record(*reseller, s.partner_of_record, "R-POR-2");
}

// The start of the subscription's 168-hour window: purchase (or renewal) for cancellation (R-SUB-4); for reductions
// (R-SUB-5) the later of that and the last addition of seats. Unknown: no window is open.
std::optional<Timestamp> Decider::new_commerce_window_start(const Subscription& s, bool reduction) const {
  std::optional<Timestamp> from = s.purchased ? s.purchased : s.start;
  if (reduction && s.seats_added && (!from || *s.seats_added > *from)) from = s.seats_added;
  return from;
}

// R-SUB-4 (cancel) and R-SUB-5 (reduce seats) on a new-commerce subscription: only inside its 168-hour window.
bool Decider::require_new_commerce_window(const Subscription& s, bool reduction) {
  const std::string_view rule = reduction ? "R-SUB-5" : "R-SUB-4";
  if (!s.new_commerce || !in_force(rule)) return true;
  const std::optional<Timestamp> from = new_commerce_window_start(s, reduction);
  if (!from || when_ >= *from + kNewCommerceWindowSeconds)
    return refuse(rule, Message::of(reduction ? "today.nce_reduce_closed" : "today.nce_cancel_closed",
                                    {{"subscription", s.id}, {"from", from ? Message::time(*from) : Message::of("today.unknown_time")},
                                     {"until", from ? Message::time(*from + kNewCommerceWindowSeconds) : Message::of("today.unknown_time")}}));
  because(rule, Message::of(reduction ? "today.nce_reduce_open" : "today.nce_cancel_open",
                            {{"subscription", s.id}, {"until", Message::time(*from + kNewCommerceWindowSeconds)}}));
  return true;
}

// set_partner_authorization (system): the outcome of a yearly authorization check or of a suspension, as Partner Center
// records it. The rule that sets each status explains it; R-AUTH-6 revokes a suspended reseller's GDAP relationships.
void Decider::set_partner_authorization() {
  const Partner* p = partner_param("partner");
  if (!p) return;
  const std::optional<PartnerAuthorization> status = from_name<PartnerAuthorization>(text("status"));
  if (!status) {
    refuse("R-INF-1", Message::of("today.unknown_authorization", {{"status", text("status")}, {"valid", std::string(joined_names<PartnerAuthorization>())}}));
    return;
  }
  const bool reseller = p->type == PartnerType::IndirectReseller;
  if (*status == PartnerAuthorization::DeauthorizedFromPor) {
    if (!in_force("R-AUTH-1")) {
      refuse("R-INF-1", Message::of("today.authorization_not_in_era", {{"status", label_message(*status)}}));
      return;
    }
    if (!reseller) {
      refuse("R-AUTH-1", Message::of("today.only_resellers_deauthorized", {{"partner", p->name}, {"type", label_message(p->type)}}));
      return;
    }
    because("R-AUTH-1", Message::of("today.deauthorized", {{"partner", p->name}}));
    if (in_force("R-AUTH-2")) because("R-AUTH-2", Message::of("today.security_also_deauthorizes"));
  } else if (*status == PartnerAuthorization::Restricted || *status == PartnerAuthorization::Revoked) {
    if (!in_force("R-AUTH-3")) {
      refuse("R-INF-1", Message::of("today.authorization_not_in_era", {{"status", label_message(*status)}}));
      return;
    }
    because("R-AUTH-3", Message::of(*status == PartnerAuthorization::Revoked ? "today.revoked" : "today.restricted", {{"partner", p->name}}));
  } else if (*status == PartnerAuthorization::Suspended) {
    if (!in_force("R-AUTH-5")) {
      refuse("R-INF-1", Message::of("today.authorization_not_in_era", {{"status", label_message(*status)}}));
      return;
    }
    because("R-AUTH-5", Message::of("today.suspended", {{"partner", p->name}}));
  } else {
    if (!in_force("R-AUTH-5") && !in_force("R-AUTH-3") && !in_force("R-AUTH-1")) {
      refuse("R-INF-1", Message::of("today.authorization_not_in_era", {{"status", label_message(*status)}}));
      return;
    }
    because(in_force("R-AUTH-5") ? "R-AUTH-5" : in_force("R-AUTH-3") ? "R-AUTH-3" : "R-AUTH-1", Message::of("today.reinstated", {{"partner", p->name}}));
  }
  Partner updated = *p;
  updated.authorization = *status;
  if (updated.authorization != p->authorization) replace(w_.partners, p, updated);
  if (*status != PartnerAuthorization::Suspended || !reseller || !in_force("R-AUTH-6")) return;
  // Its GDAP relationships stop giving access (administer_on_behalf refuses it); Graph documents no status move for
  // this, so their status stays as it is.
  std::vector<std::string> revoked;
  for (const GdapRelationship& g : w_.gdap_relationships)
    if (g.partner == p->id && g.status == GdapStatus::Active) revoked.push_back(g.id);
  if (!revoked.empty()) because("R-AUTH-6", Message::of("today.gdap_revoked", {{"reseller", p->name}, {"relationships", list_message(revoked)}}));
}

// validate_resellers (R-POR-3): the validation API answers, for each PLA ID, whether it is a valid partner of record.
void Decider::validate_resellers() {
  if (!require_partner_user() || !require_api_caller()) return;
  if (!in_force("R-POR-3")) {
    refuse("R-INF-1", Message::of("today.no_validation_api"));
    return;
  }
  if (!partner_role(PartnerRole::AdminAgent)) {
    refuse("R-POR-3", Message::of("today.validation_admin_agent", {{"actor", who_message()}, {"roles", roles_message()}}));
    return;
  }
  std::vector<std::string> valid, invalid;
  for (const std::string& id : list("resellers")) {
    const Partner* r = ix_.by_id(w_.partners, id);
    const bool ok = r && r->type == PartnerType::IndirectReseller && r->pla_valid && r->authorization == PartnerAuthorization::Authorized;
    (ok ? valid : invalid).push_back(r ? r->name : id);
  }
  because("R-POR-3", Message::of("today.validation_answer", {{"valid", static_cast<std::int64_t>(valid.size())}, {"valid_names", list_message(valid)}, {"invalid", static_cast<std::int64_t>(invalid.size())}, {"invalid_names", list_message(invalid)}}));
}

// The API caller: R-AUTH-7 (no API for indirect resellers), then R-MFA-2/3 for App+User calls without an MFA claim.
bool Decider::require_api_caller() {
  if (partner_->type == PartnerType::IndirectReseller && in_force("R-AUTH-7"))
    return refuse("R-AUTH-7", Message::of("today.reseller_no_api", {{"partner", partner_->name}}));
  const std::string auth = text("auth");
  if (!auth.empty() && auth != "app_user" && auth != "app_only")
    return refuse("R-INF-1", Message::of("today.unknown_auth", {{"auth", auth}}));
  if (!require_api_mfa(auth == "app_only")) return false;
  if (in_force("R-AUTH-7")) because("R-AUTH-7", Message::of("today.api_access", {{"partner", partner_->name}, {"type", label_message(partner_->type)}}));
  return true;
}

// R-MFA-2 (global; R-CN-9 in 21Vianet where a scenario option puts it) and R-MFA-3: App+User calls need an MFA claim.
bool Decider::require_api_mfa(bool app_only) {
  // In 21Vianet the enforcement applies only where R-CN-9 (a scenario option) puts it.
  const std::string_view mfa_rule = in_force("R-MFA-2") ? "R-MFA-2" : in_force("R-CN-9") ? "R-CN-9" : "";
  if (mfa_rule.empty()) return true;
  if (app_only) {
    because(mfa_rule, Message::of("today.app_only_not_affected"));
    return true;
  }
  if (user_->mfa) {
    because(mfa_rule, Message::of("today.api_has_mfa", {{"actor", who_message()}}));
    return true;
  }
  // R-MFA-3: during the progressive rollout the call's endpoint may not enforce it yet (the event says; default: it does).
  if (in_force("R-MFA-3")) {
    if (!flag("rollout_reached").value_or(true)) {
      because("R-MFA-3", Message::of("today.rollout_not_reached", {{"actor", who_message()}}));
      return true;
    }
    because_refused("R-MFA-3", Message::of("today.rollout_reached"));
  }
  return refuse(mfa_rule, Message::of("today.api_needs_mfa", {{"actor", who_message()}}));
}

// check_partner_earned_credit (R-PEC-1/2): the PEC troubleshooting check of an Azure plan the actor's partner sold.
void Decider::check_partner_earned_credit() {
  if (!require_partner_user()) return;
  const Subscription* s = subscription_param();
  if (!s) return;
  if (!in_force("R-PEC-1")) {
    refuse("R-INF-1", Message::of("today.no_pec"));
    return;
  }
  if (s->partner_of_record != partner_->id || !is_azure(service_by_id(s->service)) || s->kind != SubscriptionKind::Subscription) {
    refuse("R-PEC-1", Message::of("today.pec_not_seller_plan", {{"partner", partner_->name}, {"subscription", s->id}}));
    return;
  }
  if (partner_->type == PartnerType::IndirectReseller) {
    refuse("R-PEC-1", Message::of("today.pec_reseller", {{"partner", partner_->name}}));
    return;
  }
  if (pec_partner(w_, *s) != partner_->id) {
    if (in_force("R-PEC-2")) because_refused("R-PEC-2", Message::of("today.pec_no_access", {{"partner", partner_->name}, {"subscription", s->id}}));
    refuse("R-PEC-1", Message::of("today.pec_needs_access", {{"partner", partner_->name}, {"subscription", s->id}}));
    return;
  }
  because("R-PEC-1", Message::of("today.pec_earned", {{"partner", partner_->name}, {"subscription", s->id}}));
}

// R-PEC-2: removing DAP ends partner earned credit on the Azure plans where DAP was the partner's only access.
void Decider::explain_pec_lost(const std::string& partner, const std::string& customer) {
  if (!in_force("R-PEC-2")) return;
  std::vector<std::string> lost;
  for (const Subscription& s : each(w_.subscriptions, Key::Customer, customer))
    if (s.customer == customer && s.partner_of_record == partner && pec_partner(w_, s) == partner && pec_partner(w_, s, true).empty()) lost.push_back(s.id);
  if (!lost.empty()) because("R-PEC-2", Message::of("today.pec_stops", {{"partner", partner_name(partner)}, {"subscriptions", list_message(lost)}}));
}

}  // namespace core::detail

namespace core {

std::string pec_partner(const World& w, const Subscription& s, bool skip_dap) {
  if (s.kind != SubscriptionKind::Subscription || s.channel != Channel::Csp || s.status != SubscriptionStatus::Active) return {};
  const auto service = std::find_if(w.services.begin(), w.services.end(), [&](const Service& x) { return x.id == s.service; });
  if (service == w.services.end() || (service->kind != ServiceKind::Usage && service->family != "azure")) return {};
  const auto seller = std::find_if(w.partners.begin(), w.partners.end(), [&](const Partner& p) { return p.id == s.partner_of_record; });
  if (seller == w.partners.end() || seller->type == PartnerType::IndirectReseller) return {};
  const auto has_access = [&](const std::string& partner) {
    if (partner.empty()) return false;
    if (!skip_dap)
      for (const DelegatedAdminGrant& g : w.delegated_admin)
        if (g.partner == partner && g.customer == s.customer) return true;
    for (const GdapRelationship& g : w.gdap_relationships)
      if (g.partner == partner && g.customer == s.customer && g.status == GdapStatus::Active)
        for (const AccessAssignment& a : g.access_assignments)
          if (a.status == AccessAssignmentStatus::Active) return true;
    return false;
  };
  bool received_by_transfer = false;
  for (const Transfer& t : w.transfers)
    if (t.status == TransferStatus::Accepted && t.target_partner == seller->id && std::find(t.subscriptions.begin(), t.subscriptions.end(), s.id) != t.subscriptions.end())
      received_by_transfer = true;
  return !received_by_transfer || has_access(seller->id) || has_access(s.reseller_of_record) ? seller->id : std::string();
}

}  // namespace core
