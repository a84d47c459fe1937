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
  if (partner_ && partner_->type == PartnerType::IndirectReseller && partner_->authorization == PartnerAuthorization::Suspended && in_force("R-AUTH-6"))
    return (void)refuse("R-AUTH-6", Message::of("today.suspended_reseller_no_access", {{"reseller", partner_->name}}));
  if (!require_partner_user()) return;
  if (gdap_available()) {
    const Customer* c = ix_.by_id(w_.customers, text("customer"));
    std::string role = text("role");
    if (!role.empty()) {
      const EntraRole* r = find_entra_role(role);
      if (!r) {
        refuse("R-INF-1", Message::of("dap.no_entra_role", {{"role", role}}));
        return;
      }
      role = std::string(r->id);
    } else if (flag("needs_global_admin").value_or(false)) {
      role = std::string(kGlobalAdministratorRole);
    }
    if (c && gdap_access_decides(*c, role, Message::of("gdap.task_administer"))) return;
  }
  if (!partner_role(PartnerRole::AdminAgent) && !partner_role(PartnerRole::HelpdeskAgent)) {
    refuse("R-DAP-2", Message::of(has_role(PartnerRole::SalesAgent) ? "dap.only_agents_administer_sales" : "dap.only_agents_administer",
                                  {{"actor", who_message()}, {"roles", roles_message()}}));
    return;
  }
  const Customer* c = customer_param();
  if (!c) return;
  const std::string service = text("service");
  const Service* svc = service.empty() ? nullptr : service_by_id(service);
  if (!service.empty() && !svc) {
    refuse("R-INF-1", Message::of("dap.no_service", {{"id", service}}));
    return;
  }
  if (svc && (svc->kind == ServiceKind::Usage || svc->family == "azure")) {
    // Azure access comes from RBAC on subscriptions the partner provisioned, not from DAP (R-DAP-6).
    for (const Subscription& s : each(w_.subscriptions, Key::Customer, c->id))
      if (s.customer == c->id && s.service == svc->id && s.partner_of_record == partner_->id) {
        for (const Transfer& t : each(w_.transfers, Key::Customer, c->id))
          if (t.status == TransferStatus::Accepted && t.target_partner == partner_->id && has(t.subscriptions, s.id)) {
            refuse("R-XFER-4", Message::of("dap.transferred_rbac", {{"subscription", s.id}, {"partner", partner_->name}, {"transfer", t.id}}));
            return;
          }
        because("R-DAP-6", Message::of("dap.provisioned_rbac", {{"partner", partner_->name}, {"subscription", s.id}}));
        return;
      }
    refuse("R-DAP-6", Message::of("dap.no_azure_access", {{"service", svc->name}, {"partner", partner_->name}}));
    return;
  }
  // Which channels the customer bought this service through: 21Vianet's multi-channel covers direct and Advisor only.
  const Subscription* bought = nullptr;
  if (svc)
    for (const Subscription& s : each(w_.subscriptions, Key::Customer, c->id))
      if (s.customer == c->id && s.service == svc->id && s.status != SubscriptionStatus::Deleted) bought = &s;
  if (cn() && bought && (bought->channel == Channel::Ea || bought->channel == Channel::Open || bought->channel == Channel::Other)) {
    refuse("R-MC-1", Message::of("dap.channel_not_covered", {{"customer", c->name}, {"service", svc->name}, {"channel", name_message(bought->channel)}}));
    return;
  }
  const DelegatedAdminGrant* g = dap(partner_->id, c->id);
  if (cn() && (!g || (svc && !dap_covers(*g, svc->id))) && bought && (bought->channel == Channel::Direct || bought->channel == Channel::Advisor)) {
    refuse("R-MC-3", Message::of(bought->channel == Channel::Direct ? "dap.direct_needs_dap" : "dap.advisor_needs_dap",
                                 {{"customer", c->name}, {"service", svc->name}, {"partner", partner_->name}}));
    return;
  }
  if (!g && gdap_available() && refuse_without_gdap_access(*c)) return;
  if (!g || (svc && !dap_covers(*g, svc->id))) {
    const bool related = relationship(partner_->id, c->id) != nullptr;
    // The removal took the DAP with the relationship (R-REM-2); administering does not bring either back (R-REM-4).
    if (!g && relationship_removed(partner_->id, c->id))
      because_refused("R-REM-4", Message::of("rel.removed_aobo", {{"partner", partner_->name}, {"customer", c->name}}));
    refuse("R-DAP-5", svc ? Message::of(related ? "dap.no_dap_for_service_related" : "dap.no_dap_for_service", {{"partner", partner_->name}, {"service", svc->name}, {"customer", c->name}})
                          : Message::of(related ? "dap.no_dap_related" : "dap.no_dap", {{"partner", partner_->name}, {"customer", c->name}}));
    return;
  }
  const bool admin = partner_role(PartnerRole::AdminAgent);
  if (!admin && flag("needs_global_admin").value_or(false)) {
    refuse("R-DAP-1", Message::of("dap.helpdesk_not_global", {{"actor", who_message()}, {"customer", c->name}}));
    return;
  }
  because("R-DAP-2", Message::of("dap.may_administer", {{"actor", who_message()}, {"roles", roles_message()}}));
  if (gdap_available()) because("R-GDAP-13", Message::of("dap.no_gdap_group", {{"actor", who_message()}, {"customer", c->name}}));
  if (!cn()) {
    because("R-DAP-7", Message::of("dap.sign_in_keeps_active", {{"partner", partner_->name}, {"customer", c->name}}));
    DelegatedAdminGrant used = *g;
    used.last_used = when_;
    used.flagged_inactive = false;
    replace(w_.delegated_admin, g, used);
  }
  if (bought && bought->partner_of_record != partner_->id)
    because("R-MP-5", Message::of("dap.administers_not_billed",
                                  {{"partner", partner_->name}, {"service", svc->name}, {"subscription", bought->id},
                                   {"billed", bought->partner_of_record.empty() ? Message::of("dap.original_channel") : Message(partner_name(bought->partner_of_record))}}));
  const Message role = Message::of(admin ? "dap.as_global_admin" : "dap.as_helpdesk_admin");
  std::vector<std::string> service_names;
  for (const std::string& s : g->services) service_names.push_back(service_name(s));
  because("R-DAP-1", g->services.empty() ? Message::of("dap.acting_as", {{"role", role}, {"customer", c->name}})
                                         : Message::of("dap.acting_as_for", {{"role", role}, {"customer", c->name}, {"services", list_message(service_names)}}));
}

void Decider::open_support_request() {
  if (customer_ && user_) {
    refuse("R-CN-5", Message::of(cn() ? "dap.cn_partner_supports" : "dap.partner_supports", {{"customer", customer_->name}}));
    return;
  }
  if (!require_partner_user()) return;
  if (has_role(PartnerRole::SalesAgent) && !partner_role(PartnerRole::AdminAgent) && !partner_role(PartnerRole::HelpdeskAgent)) {
    refuse("R-ROLE-3", Message::of("dap.sales_agent_no_support", {{"actor", who_message()}}));
    return;
  }
  if (!partner_role(PartnerRole::AdminAgent) && !partner_role(PartnerRole::HelpdeskAgent)) {
    refuse("R-ROLE-3", Message::of("dap.only_agents_support", {{"actor", who_message()}, {"roles", roles_message()}}));
    return;
  }
  const Customer* c = customer_param();
  if (!c) return;
  if (gdap_available() && gdap_access_decides(*c, "service-support-administrator", Message::of("gdap.task_support_requests"))) return;
  if (!dap(partner_->id, c->id)) {
    if (gdap_available() && refuse_without_gdap_access(*c)) return;
    refuse("R-DAP-5", Message::of("dap.no_dap_support", {{"partner", partner_->name}, {"customer", c->name}}));
    return;
  }
  if (partner_role(PartnerRole::AdminAgent)) because("R-ROLE-3", Message::of("dap.admin_agent_supports", {{"actor", who_message()}}));
  else because("R-INF-7", Message::of("dap.helpdesk_agent_supports", {{"actor", who_message()}}));
  if (cn()) because("R-CN-5", Message::of("dap.first_line", {{"partner", partner_->name}, {"customer", c->name}}));
}

void Decider::remove_delegated_admin() {
  const DelegatedAdminGrant* g = nullptr;
  std::string partner_id, customer_id;
  if (customer_ && user_) {
    if (!customer_global_admin()) {
      refuse("R-DAP-3", Message::of("dap.only_global_admin_removes", {{"actor", who_message()}, {"roles", roles_message()}, {"customer", customer_->name}}));
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
    refuse("R-INF-1", Message::of("dap.nothing_to_remove", {{"partner", partner_name(partner_id)}, {"customer", customer_id}}));
    return;
  }
  const std::vector<std::string> only = list("services");
  const Message remover = customer_ ? Message::of("dap.customer_admin_actor", {{"actor", who_message()}, {"customer", customer_->name}}) : who_message();
  because("R-DAP-3", only.empty() ? Message::of("dap.removes", {{"remover", remover}, {"partner", partner_name(partner_id)}})
                                  : Message::of("dap.removes_for", {{"remover", remover}, {"partner", partner_name(partner_id)}, {"services", list_message(only)}}));
  because("R-DAP-4", Message::of("dap.relationship_stays", {{"partner", partner_name(partner_id)}}));
  explain_pec_lost(partner_id, customer_id);
  if (only.empty()) {
    remove(w_.delegated_admin, g);
    return;
  }
  DelegatedAdminGrant updated = *g;
  if (updated.services.empty()) {
    refuse("R-INF-1", Message::of("dap.removed_whole", {{"partner", partner_name(partner_id)}}));
    return;
  }
  updated.services.erase(std::remove_if(updated.services.begin(), updated.services.end(), [&](const std::string& s) { return has(only, s); }), updated.services.end());
  if (updated.services.empty()) remove(w_.delegated_admin, g);
  else replace(w_.delegated_admin, g, updated);
}

void Decider::flag_inactive_dap() {
  if (cn()) {
    refuse("R-INF-1", Message::of("dap.cn_no_inactivity"));
    return;
  }
  const DelegatedAdminGrant* g = dap(text("partner"), text("customer"));
  if (!g) {
    refuse("R-INF-1", Message::of("dap.no_dap_at", {{"partner", partner_name(text("partner"))}, {"customer", text("customer")}}));
    return;
  }
  const std::optional<Timestamp> base = g->last_used ? g->last_used : g->since;
  if (g->flagged_inactive || !base || when_ < dap_inactive_from(*base)) {
    refuse("R-DAP-7", base && !g->flagged_inactive
                          ? Message::of("dap.not_inactive_until", {{"partner", partner_name(g->partner)}, {"customer", g->customer},
                                                                   {"at", Message::time(dap_inactive_from(*base))}})
                          : Message::of("dap.not_inactive", {{"partner", partner_name(g->partner)}, {"customer", g->customer}}));
    return;
  }
  because("R-DAP-7", Message::of("dap.flagged_inactive", {{"partner", partner_name(g->partner)}, {"customer", g->customer}, {"since", Message::time(*base)}}));
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
      refuse("R-INF-5", Message::of("dap.cannot_assign_licenses", {{"actor", who_message()}, {"customer", c->name}}));
      return;
    }
    if (cn()) because("R-CN-4", Message::of("dap.cn_customer_assigns"));
    else because("R-INF-5", Message::of("dap.customer_global_admin", {{"actor", who_message()}, {"customer", c->name}}));
    return;
  }
  if (!require_partner_user()) return;
  if (cn()) {
    refuse("R-CN-4", Message::of("dap.cn_partner_no_licenses", {{"customer", c->name}}));
    return;
  }
  if (!dap(partner_->id, c->id)) {
    refuse("R-DAP-5", Message::of("dap.no_dap_licenses", {{"partner", partner_->name}, {"customer", c->name}}));
    return;
  }
  because("R-DAP-5", Message::of("dap.holds_dap", {{"partner", partner_->name}, {"customer", c->name}}));
}

// CN-SUSP: "When you suspend a customer's subscription, the customer's users are not able to sign in or use services.
// Administrators can still sign in and access data." and "If a subscription is not reactivated within sixty days, all
// data is deleted." The page does not say which users are administrators: mpsim counts every customer admin role, not
// Global Reader (it reads, it does not administer) nor a plain user. mpsim keeps no record of which user holds which
// licence (assign_licenses decides who may assign them), so sign-in does not ask for one. The global pages say nothing
// of sign-in: the inference R-INF-12 decides there, and for cancelled or expired subscriptions in every era.
namespace {
bool customer_administrator(const User* user) {
  if (!user) return false;
  for (const CustomerRole r : user->customer_roles)
    if (r != CustomerRole::GlobalReader && r != CustomerRole::User) return true;
  return false;
}
}  // namespace

void Decider::sign_in() {
  if (!require_customer_user("R-INF-5", Message::of("sign.partner_uses_aobo", {{"actor", who_message()}}))) return;
  const Subscription* s = subscription_param();
  if (!s) return;
  if (s->customer != customer_->id) {
    const Customer* owner = ix_.by_id(w_.customers, s->customer);
    refuse("R-INF-5", Message::of("sign.other_customer", {{"actor", who_message()}, {"subscription", s->id}, {"customer", owner ? owner->name : s->customer}}));
    return;
  }
  // The 21Vianet page decides suspension and deletion; the global eras infer the same (R-INF-12).
  const std::string_view suspension_rule = cn() ? "R-SUB-1" : "R-INF-12";
  const Message service = service_name(s->service);
  switch (s->status) {
    case SubscriptionStatus::Active:
      because("R-INF-12", Message::of("sign.active", {{"actor", who_message()}, {"subscription", s->id}, {"service", service}}));
      return;
    case SubscriptionStatus::Suspended:
      if (!customer_administrator(user_)) {
        refuse(suspension_rule, Message::of("sign.suspended_user", {{"actor", who_message()}, {"roles", user_roles_message(user_)}, {"subscription", s->id}, {"service", service}}));
        return;
      }
      because(suspension_rule, Message::of("sign.suspended_admin", {{"actor", who_message()}, {"roles", user_roles_message(user_)}, {"subscription", s->id}}));
      return;
    case SubscriptionStatus::Deleted:
      refuse(suspension_rule, Message::of("sign.data_deleted", {{"subscription", s->id}}));
      return;
    case SubscriptionStatus::Cancelled:
    case SubscriptionStatus::Expired:
      refuse("R-INF-12", Message::of("sign.ended", {{"subscription", s->id}, {"status", name_message(s->status)}}));
      return;
  }
}

void Decider::confirm_customer_agreement() {
  if (!require_partner_user()) return;
  const Customer* c = customer_param();
  if (!c) return;
  if (cn()) {
    refuse("R-CN-3", Message::of("dap.cn_no_mca", {{"customer", c->name}}));
    return;
  }
  if (!record_customer_agreement(*c)) return;  // actions_transfers.cpp
  because("R-REL-3", Message::of("dap.mca_recorded", {{"partner", partner_->name}, {"customer", c->name}}));
}

void Decider::call_partner_center_api() {
  if (!require_partner_user() || !require_api_caller()) return;
  std::string url = text("base_url");
  while (!url.empty() && url.back() == '/') url.pop_back();
  const std::string_view expected = cn() ? kChinaApi : kGlobalApi;
  if (url != expected) {
    refuse("R-CN-1", Message::of(cn() ? "dap.cn_wrong_api" : "dap.global_wrong_api", {{"url", url}, {"expected", expected}}));
    return;
  }
  because("R-CN-1", Message::of(cn() ? "dap.cn_api" : "dap.global_api", {{"expected", expected}}));
}

}  // namespace core::detail
