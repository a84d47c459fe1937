// actions_admin_rights.cpp — administrative rights: DAP (administering on behalf, removing it, inactivity), support
// requests, licences, the customer agreement and the Partner Center API's address.
#include "decider.hpp"

namespace core::detail {

namespace {

constexpr std::string_view kChinaApi = "https://partner.partnercenterapi.microsoftonline.cn";
constexpr std::string_view kGlobalApi = "https://api.partnercenter.microsoft.com";

}  // namespace

// ---- administration and support -------------------------------------------------------------------------------------

void Decider::administer_on_behalf() {
  if (!require_partner_user()) return;
  if (gdap_available()) {
    const Customer* c = ix_.by_id(w_.customers, text("customer"));
    std::string role = text("role");
    if (!role.empty()) {
      const EntraRole* r = find_entra_role(role);
      if (!r) {
        refuse("R-INF-1", "\"" + role + "\" is not a built-in Microsoft Entra role.");
        return;
      }
      role = std::string(r->id);
    } else if (flag("needs_global_admin").value_or(false)) {
      role = std::string(kGlobalAdministratorRole);
    }
    if (c && gdap_access_decides(*c, role, "administer its services")) return;
  }
  if (!partner_role(PartnerRole::AdminAgent) && !partner_role(PartnerRole::HelpdeskAgent)) {
    refuse("R-DAP-2", who() + " holds " + roles_text() + "; only admin agents and help desk agents administer on behalf of customers" +
                          (has_role(PartnerRole::SalesAgent) ? " (sales agents may request relationships but not administer)." : "."));
    return;
  }
  const Customer* c = customer_param();
  if (!c) return;
  const std::string service = text("service");
  const Service* svc = service.empty() ? nullptr : service_by_id(service);
  if (!service.empty() && !svc) {
    refuse("R-INF-1", "there is no service \"" + service + "\".");
    return;
  }
  if (svc && (svc->kind == ServiceKind::Usage || svc->family == "azure")) {
    // Azure access comes from RBAC on subscriptions the partner provisioned, not from DAP (R-DAP-6).
    for (const Subscription& s : each(w_.subscriptions, Key::Customer, c->id))
      if (s.customer == c->id && s.service == svc->id && s.partner_of_record == partner_->id) {
        for (const Transfer& t : each(w_.transfers, Key::Customer, c->id))
          if (t.status == TransferStatus::Accepted && t.target_partner == partner_->id && has(t.subscriptions, s.id)) {
            refuse("R-XFER-4", s.id + " came to " + partner_->name + " by transfer " + t.id + ": Azure RBAC is unchanged and the new partner gets no admin-on-behalf access; the customer grants it.");
            return;
          }
        because("R-DAP-6", partner_->name + " provisioned " + s.id + ", so its Admin Agents are Owners of it; that RBAC access does not depend on DAP.");
        return;
      }
    refuse("R-DAP-6", "DAP gives no access to " + svc->name + " subscriptions that " + partner_->name + " did not provision; the customer must grant Azure access itself.");
    return;
  }
  // Which channels the customer bought this service through: 21Vianet's multi-channel covers direct and Advisor only.
  const Subscription* bought = nullptr;
  if (svc)
    for (const Subscription& s : each(w_.subscriptions, Key::Customer, c->id))
      if (s.customer == c->id && s.service == svc->id && s.status != SubscriptionStatus::Deleted) bought = &s;
  if (cn() && bought && (bought->channel == Channel::Ea || bought->channel == Channel::Open || bought->channel == Channel::Other)) {
    refuse("R-MC-1", c->name + " bought " + svc->name + " through the " + std::string(to_name(bought->channel)) +
                         " channel; in 21Vianet multi-channel support covers subscriptions bought directly from 21Vianet or through the Advisor program.");
    return;
  }
  const DelegatedAdminGrant* g = dap(partner_->id, c->id);
  if (cn() && (!g || (svc && !dap_covers(*g, svc->id))) && bought && (bought->channel == Channel::Direct || bought->channel == Channel::Advisor)) {
    refuse("R-MC-3", c->name + " bought " + svc->name + " " + (bought->channel == Channel::Direct ? "directly from 21Vianet" : "through the Advisor program") +
                         "; to support it " + partner_->name + " needs a reseller relationship with DAP for it, which it does not have.");
    return;
  }
  if (!g && gdap_available() && refuse_without_gdap_access(*c)) return;
  if (!g || (svc && !dap_covers(*g, svc->id))) {
    refuse("R-DAP-5", partner_->name + " has no delegated admin privileges " + (svc ? "for " + svc->name + " " : std::string()) + "at " + c->name +
                          ", so it cannot administer on its behalf" + (relationship(partner_->id, c->id) ? " (its reseller relationship alone does not allow it)." : "."));
    return;
  }
  const bool admin = partner_role(PartnerRole::AdminAgent);
  if (!admin && flag("needs_global_admin").value_or(false)) {
    refuse("R-DAP-1", who() + " acts through the Helpdesk Agents group, which holds Helpdesk Administrator in " + c->name +
                          "'s tenant; this task needs Global Administrator, which only Admin Agents get.");
    return;
  }
  because("R-DAP-2", who() + " holds " + roles_text() + ", which may administer on behalf of customers.");
  if (gdap_available()) because("R-GDAP-13", who() + " is in no GDAP security group at " + c->name + ", so DAP decides.");
  if (!cn()) {
    because("R-DAP-7", possessive(partner_->name) + " sign-in keeps its DAP at " + c->name + " active (DAP unused for 90 days is flagged).");
    DelegatedAdminGrant used = *g;
    used.last_used = when_;
    used.flagged_inactive = false;
    replace(w_.delegated_admin, g, used);
  }
  if (bought && bought->partner_of_record != partner_->id)
    because("R-MP-5", partner_->name + " administers " + svc->name + " but is not billed for " + bought->id + "; billing stays with " +
                          (bought->partner_of_record.empty() ? std::string("its original channel") : partner_name(bought->partner_of_record)) + ".");
  because("R-DAP-1", std::string("acting as ") + (admin ? "Global Administrator (Admin Agents)" : "Helpdesk Administrator (Helpdesk Agents)") + " in " + possessive(c->name) + " tenant" +
                         (g->services.empty() ? "." : " for " + join([&] { std::vector<std::string> n; for (const auto& s : g->services) n.push_back(service_name(s)); return n; }()) + "."));
}

void Decider::open_support_request() {
  if (customer_ && user_) {
    refuse("R-CN-5", (cn() ? std::string("in 21Vianet the partner is the customer's point of contact for support; ") : std::string("the customer's partner handles its support requests; ")) +
                         customer_->name + " asks its partner, which escalates to " + (cn() ? "21Vianet" : "Microsoft") + " if it must.");
    return;
  }
  if (!require_partner_user()) return;
  if (has_role(PartnerRole::SalesAgent) && !partner_role(PartnerRole::AdminAgent) && !partner_role(PartnerRole::HelpdeskAgent)) {
    refuse("R-ROLE-3", who() + " is a sales agent; sales agents cannot create support requests.");
    return;
  }
  if (!partner_role(PartnerRole::AdminAgent) && !partner_role(PartnerRole::HelpdeskAgent)) {
    refuse("R-ROLE-3", who() + " holds " + roles_text() + "; admin agents (and help desk agents, R-INF-7) create support requests.");
    return;
  }
  const Customer* c = customer_param();
  if (!c) return;
  if (gdap_available() && gdap_access_decides(*c, "service-support-administrator", "open support requests")) return;
  if (!dap(partner_->id, c->id)) {
    if (gdap_available() && refuse_without_gdap_access(*c)) return;
    refuse("R-DAP-5", partner_->name + " has no delegated admin privileges at " + c->name + ", so it cannot open support requests on its behalf.");
    return;
  }
  if (partner_role(PartnerRole::AdminAgent)) because("R-ROLE-3", who() + " is an admin agent, who may create support requests.");
  else because("R-INF-7", who() + " is a help desk agent, whose job this is.");
  if (cn()) because("R-CN-5", partner_->name + " is " + possessive(c->name) + " first line of support and escalates to 21Vianet only what it cannot resolve.");
}

void Decider::remove_delegated_admin() {
  const DelegatedAdminGrant* g = nullptr;
  std::string partner_id, customer_id;
  if (customer_ && user_) {
    if (!customer_global_admin()) {
      refuse("R-DAP-3", who() + " holds " + roles_text() + "; only a Global admin of " + customer_->name + " removes partners' admin privileges.");
      return;
    }
    const Partner* p = partner_param("partner");
    if (!p) return;
    partner_id = p->id;
    customer_id = customer_->id;
  } else {
    if (!require_partner_user()) return;
    const Customer* c = customer_param();
    if (!c) return;
    partner_id = partner_->id;
    customer_id = c->id;
  }
  g = dap(partner_id, customer_id);
  if (!g) {
    refuse("R-INF-1", partner_name(partner_id) + " has no delegated admin privileges at " + customer_id + " to remove.");
    return;
  }
  const std::vector<std::string> only = list("services");
  because("R-DAP-3", (customer_ ? who() + ", a Global admin of " + customer_->name + "," : who()) + " removes " + possessive(partner_name(partner_id)) + " delegated admin privileges" +
                         (only.empty() ? "." : " for " + join(only) + "."));
  because("R-DAP-4", "the reseller relationship and the subscriptions stay; " + partner_name(partner_id) + " remains responsible for support under its reseller agreement.");
  if (only.empty()) {
    remove(w_.delegated_admin, g);
    return;
  }
  DelegatedAdminGrant updated = *g;
  if (updated.services.empty()) {
    refuse("R-INF-1", possessive(partner_name(partner_id)) + " DAP covers the whole tenant; it is removed whole, not per service.");
    return;
  }
  updated.services.erase(std::remove_if(updated.services.begin(), updated.services.end(), [&](const std::string& s) { return has(only, s); }), updated.services.end());
  if (updated.services.empty()) remove(w_.delegated_admin, g);
  else replace(w_.delegated_admin, g, updated);
}

void Decider::flag_inactive_dap() {
  if (cn()) {
    refuse("R-INF-1", "the 21Vianet doc set flags no DAP for inactivity; this timer exists only in the global eras (R-DAP-7).");
    return;
  }
  const DelegatedAdminGrant* g = dap(text("partner"), text("customer"));
  if (!g) {
    refuse("R-INF-1", partner_name(text("partner")) + " has no DAP at " + text("customer") + ".");
    return;
  }
  const std::optional<Timestamp> base = g->last_used ? g->last_used : g->since;
  if (g->flagged_inactive || !base || *base + duration(Duration::DapInactivity) > when_) {
    refuse("R-DAP-7", possessive(partner_name(g->partner)) + " DAP at " + g->customer + " is not unused for 90 days" +
                          (base && !g->flagged_inactive ? " (it would be flagged on " + format_date(*base + duration(Duration::DapInactivity)) + ")." : "."));
    return;
  }
  because("R-DAP-7", partner_name(g->partner) + " has not signed in to " + g->customer + " with DAP since " + format_date(*base) +
                         ": the DAP is inactive and flagged for removal (Microsoft recommends removing it).");
  DelegatedAdminGrant flagged = *g;
  flagged.flagged_inactive = true;
  replace(w_.delegated_admin, g, flagged);
}

// ---- 21Vianet environment -------------------------------------------------------------------------------------------

void Decider::assign_licenses() {
  const Customer* c = customer_param();
  if (!c) return;
  if (customer_ && user_) {
    if (customer_->id != c->id || !customer_global_admin()) {
      refuse("R-INF-5", who() + " cannot assign " + possessive(c->name) + " licenses; a Global admin of that customer can.");
      return;
    }
    if (cn()) because("R-CN-4", "in 21Vianet customers assign their users' licenses in the admin center of Office 365 operated by 21Vianet.");
    else because("R-INF-5", who() + " is a Global admin of " + c->name + ".");
    return;
  }
  if (!require_partner_user()) return;
  if (cn()) {
    refuse("R-CN-4", "partners cannot manage customer users' licenses through Partner Center operated by 21Vianet; " + c->name + " assigns them in its admin center.");
    return;
  }
  if (!dap(partner_->id, c->id)) {
    refuse("R-DAP-5", partner_->name + " has no delegated admin privileges at " + c->name + ", so it cannot assign its users' licenses.");
    return;
  }
  because("R-DAP-5", partner_->name + " holds delegated admin privileges at " + c->name + ".");
}

void Decider::confirm_customer_agreement() {
  if (!require_partner_user()) return;
  const Customer* c = customer_param();
  if (!c) return;
  if (cn()) {
    refuse("R-CN-3", "Microsoft Customer Agreement attestation does not apply in 21Vianet; " + possessive(c->name) + " purchases fall under the China CSP reseller agreement.");
    return;
  }
  if (!record_customer_agreement(*c)) return;  // actions_transfers.cpp
  because("R-REL-3", partner_->name + " records that " + c->name + " accepted the Microsoft Customer Agreement.");
}

void Decider::call_partner_center_api() {
  if (!require_partner_user()) return;
  std::string url = text("base_url");
  while (!url.empty() && url.back() == '/') url.pop_back();
  const std::string_view expected = cn() ? kChinaApi : kGlobalApi;
  if (url != expected) {
    refuse("R-CN-1", url + " is not " + (cn() ? "Partner Center operated by 21Vianet" : "the global Partner Center") + "; call " + std::string(expected) + ".");
    return;
  }
  because("R-CN-1", std::string(expected) + " is " + (cn() ? "Partner Center operated by 21Vianet's" : "the global Partner Center's") + " API address.");
}

}  // namespace core::detail
