// actions_relationships.cpp — reseller relationships: the partner's invitation link and the customer's acceptance (with
// the DAP it carries), new customers, provider–reseller partnerships, and removing a relationship.
#include "decider.hpp"

namespace core::detail {

// ---- reseller relationships -----------------------------------------------------------------------------------------

void Decider::create_reseller_invitation() {
  if (!require_partner_user()) return;
  std::string provider;  // a global reseller's link names the provider that also gets the relationship (R-IND-4)
  if (!cn() && partner_->type == PartnerType::IndirectReseller) {
    provider = text("provider");
    if (provider.empty())
      for (const Partnership& p : each(w_.partnerships, Key::Reseller, partner_->id))
        if (p.reseller == partner_->id) provider = p.provider;
    if (provider.empty() || !partnership(provider, partner_->id)) {
      refuse("R-IND-4", partner_->name + " is an indirect reseller; its \"invite new customers\" link also gives the customer to one of its providers, and " +
                            (provider.empty() ? std::string("it has none.") : partner_name(provider) + " is not one of them."));
      return;
    }
  }
  if (cn() && partner_->type == PartnerType::IndirectReseller) {
    std::vector<std::string> providers;
    for (const Partnership& p : each(w_.partnerships, Key::Reseller, partner_->id))
      if (p.reseller == partner_->id) providers.push_back(partner_name(p.provider));
    refuse("R-IND-5", partner_->name + " is an indirect reseller: it cannot issue its own invitation and forwards its provider's" +
                          (providers.empty() ? std::string(".") : " (" + join(providers, " or ") + ")."));
    return;
  }
  if (!partner_role(PartnerRole::AdminAgent) && !partner_role(PartnerRole::SalesAgent)) {
    refuse("R-ROLE-2", who() + " holds " + roles_text() + "; only admin agents, sales agents and global admins request a reseller relationship.");
    return;
  }
  if (const std::string c = text("customer"); !c.empty()) {
    refuse("R-REL-2", "the reseller-relationship link holds no customer information: " + partner_->name + " sends the same link to " + c + " as to any other customer.");
    return;
  }
  const bool with_dap = flag("include_dap").value_or(!gdap_era());
  if (cn() && !with_dap) {
    refuse("R-INF-3", "the 21Vianet request always adds delegated admin privileges; there is no option to leave them out.");
    return;
  }
  if (gdap_era() && with_dap) {
    refuse("R-REL-8", "since October 2023 reseller invitations carry no DAP; " + partner_->name + " asks for admin access with a GDAP request (R-GDAP-1).");
    if (gdap_era()) because_refused("R-DAP-8", "new customers and invitations get GDAP, not DAP.");
    return;
  }
  for (const Invitation& inv : each(w_.invitations, Key::Partner, partner_->id))
    if (inv.partner == partner_->id && inv.kind == InvitationKind::ResellerRelationship && inv.include_dap == with_dap) {
      because("R-REL-2", partner_->name + " already has its link (" + inv.id + "); it is the same link for every customer, so nothing new is created.");
      return;
    }
  std::string id = text("invitation");
  if (id.empty()) id = partner_->id + "-link";
  if (ix_.by_id(w_.invitations, id)) {
    refuse("R-INF-1", "an invitation with the id \"" + id + "\" already exists.");
    return;
  }
  because("R-ROLE-2", who() + " holds " + roles_text() + ", which may request a reseller relationship.");
  because("R-REL-2", "the link " + id + " belongs to " + partner_->name + ", holds no customer data and can be sent to any number of customers.");
  if (cn()) because("R-INF-3", "in 21Vianet the request carries delegated admin privileges.");
  else because("R-REL-8", std::string("the link asks for a reseller relationship ") + (with_dap ? "with" : "without") + " delegated admin privileges" +
                             (gdap_era() ? " (since October 2023 invitations carry no DAP)." : "."));
  if (!provider.empty()) because("R-IND-4", "customers who accept it get reseller relationships with " + partner_->name + " and with its provider " + partner_name(provider) + ".");
  append(w_.invitations.size(), Invitation{id, InvitationKind::ResellerRelationship, partner_->id, with_dap, {}, provider, {}});
}

void Decider::accept_reseller_invitation() {
  if (!require_customer_user("R-MP-8", possessive(partner_ ? partner_->name : std::string("this partner")) +
                                           " tenant is a CSP partner's transacting tenant, which cannot be a customer of a CSP partner.")) return;
  if (!customer_global_admin()) {
    refuse("R-REL-1", who() + " holds " + roles_text() + "; only a Global admin of " + customer_->name + " can accept a reseller relationship.");
    return;
  }
  const std::string inv_id = text("invitation");
  const Invitation* inv = ix_.by_id(w_.invitations, inv_id);
  if (!inv || inv->kind != InvitationKind::ResellerRelationship) {
    refuse("R-INF-1", "there is no reseller-relationship invitation \"" + inv_id + "\".");
    return;
  }
  const Partner* inviter = ix_.by_id(w_.partners, inv->partner);
  if (!inviter) {
    refuse("R-INF-1", "the partner that issued " + inv_id + " no longer exists.");
    return;
  }
  const std::string portal = text("portal");
  const std::string_view expected_portal = cn() ? "21vianet_admin_center" : "microsoft_365_admin_center";
  if (!portal.empty() && portal != expected_portal) {
    refuse("R-REL-7", cn() ? "in 21Vianet the invitation is accepted in the admin center of Office 365 operated by 21Vianet, not in the global Microsoft 365 admin center."
                           : "global customers accept in the Microsoft 365 admin center.");
    return;
  }
  if (relationship(inviter->id, customer_->id)) {
    because("R-INF-6", customer_->name + " already works with " + inviter->name + "; accepting again changes nothing.");
    return;
  }
  if (!cn() && inviter->region != customer_->region) {
    refuse("R-REL-6", inviter->name + " is in " + inviter->region + " and " + customer_->name + " in " + customer_->region +
                          "; a partner has reseller relationships only with customers in its own country, region or market.");
    return;
  }
  // Who receives DAP: the inviting partner, or (R-IND-5) a reseller of the inviting provider.
  const Partner* dap_partner = inviter;
  if (const std::string other = text("dap_partner"); !other.empty()) {
    dap_partner = ix_.by_id(w_.partners, other);
    if (!dap_partner) {
      refuse("R-INF-1", "there is no partner \"" + other + "\".");
      return;
    }
    if (inviter->type != PartnerType::IndirectProvider || !partnership(inviter->id, other)) {
      refuse("R-IND-5", "DAP can go to another partner only when the invitation is an indirect provider's and that partner is one of its resellers; " +
                            dap_partner->name + " is not a reseller of " + inviter->name + ".");
      return;
    }
  }
  // Which services the DAP covers (21Vianet: per service, one CSP-transacting partner each, R-MC-2).
  const bool with_dap = (inv->include_dap || cn()) && !gdap_era();
  std::vector<std::string> services = list("services");
  const bool named = !services.empty();
  for (const std::string& s : services)
    if (!service_by_id(s)) {
      refuse("R-INF-1", "there is no service \"" + s + "\".");
      return;
    }
  const auto holder = [&](std::string_view service) -> const DelegatedAdminGrant* {
    for (const DelegatedAdminGrant& g : each(w_.delegated_admin, Key::Customer, customer_->id))
      if (g.customer == customer_->id && g.partner != dap_partner->id && dap_covers(g, service)) return &g;
    return nullptr;
  };
  if (with_dap && cn()) {
    if (named) {
      for (const std::string& s : services)
        if (const DelegatedAdminGrant* g = holder(s)) {
          refuse("R-MC-2", partner_name(g->partner) + " already has delegated admin privileges for " + service_name(s) + " at " + customer_->name +
                               "; a customer can have only one CSP partner with DAP per service. The customer can remove that DAP first (R-DAP-3).");
          return;
        }
    } else {
      std::vector<std::string> used;
      for (const Subscription& s : each(w_.subscriptions, Key::Customer, customer_->id))
        if (s.customer == customer_->id && s.status != SubscriptionStatus::Deleted && !has(used, s.service)) used.push_back(s.service);
      std::sort(used.begin(), used.end());
      for (const std::string& s : used)
        if (!holder(s)) services.push_back(s);
    }
  }
  because("R-REL-1", who() + " is a Global admin of " + customer_->name + " and accepted " + possessive(inviter->name) + " invitation.");
  if (cn()) because("R-REL-7", customer_->name + " accepted in the admin center of Office 365 operated by 21Vianet, where its Partner Relationships page now lists " + inviter->name + ".");
  because("R-REL-3", customer_->name + " joins " + possessive(inviter->name) + " customer list as a reseller customer.");
  if (!cn()) because("R-REL-6", inviter->name + " and " + customer_->name + " are both in " + customer_->region + ".");
  if (!cn()) because("R-REL-8", std::string("the invitation ") + (inv->include_dap ? "includes" : "does not include") + " delegated admin privileges.");
  because("R-MP-8", customer_->name + " is a customer tenant, not a CSP partner's transacting tenant, so it can be a CSP customer.");
  if (cn()) because("R-CN-3", "the relationship falls under the China CSP reseller agreement; no Microsoft Customer Agreement attestation is involved.");
  if (inviter->type == PartnerType::IndirectProvider && cn())
    because("R-IND-5", inviter->name + " (the indirect provider) owns the reseller relationship" +
                           (dap_partner != inviter ? "; " + dap_partner->name + ", its reseller, receives the delegated admin privileges." : "."));
  std::vector<std::string> others;
  for (const ResellerRelationship& r : each(w_.reseller_relationships, Key::Customer, customer_->id))
    if (r.customer == customer_->id) others.push_back(partner_name(r.partner));
  if (!others.empty()) because("R-REL-5", customer_->name + " keeps its relationship with " + join(others) + ".");
  std::vector<std::string> existing;
  bool other_channel = false;
  for (const Subscription& s : each(w_.subscriptions, Key::Customer, customer_->id))
    if (s.customer == customer_->id) {
      existing.push_back(s.id);
      other_channel = other_channel || s.channel == Channel::Direct || s.channel == Channel::Advisor;
    }
  if (!existing.empty()) {
    const std::string subs = join(existing);
    because("R-MP-1", "the existing subscriptions (" + subs + ") keep their quantities, offers, status and dates.");
    because("R-MP-2", "none of them, nor the account, moves to " + inviter->name + ".");
    because("R-MP-3", "their terms and " + possessive(customer_->name) + " obligations under them do not change.");
    because("R-MP-4", "each keeps its partner of record.");
    if (other_channel && cn()) {
      because("R-MC-1", customer_->name + " bought some subscriptions directly from 21Vianet or through the Advisor program: the multi-channel model applies.");
      because("R-MC-3", inviter->name + " gets a reseller relationship with DAP to support them; they stay with their original channel.");
    }
  }
  append(w_.reseller_relationships.size(), ResellerRelationship{inviter->id, customer_->id, when_});
  if (!inv->provider.empty() && !relationship(inv->provider, customer_->id)) {
    because("R-IND-4", customer_->name + " accepted " + possessive(inviter->name) + " reseller link, so it also gets a reseller relationship with the provider " + partner_name(inv->provider) + ", which places the orders.");
    append(w_.reseller_relationships.size(), ResellerRelationship{inv->provider, customer_->id, when_});
  }
  Invitation updated = *inv;
  updated.accepted_by.push_back(customer_->id);
  replace(w_.invitations, inv, updated);
  if (with_dap && (!cn() || !services.empty())) {
    std::sort(services.begin(), services.end());
    std::vector<std::string> names;
    for (const std::string& s : services) names.push_back(service_name(s));
    if (cn() && !named) because("R-INF-4", "no services were named, so DAP covers those " + customer_->name + " uses that no other CSP partner administers: " + join(names) + ".");
    if (cn()) because("R-MC-2", dap_partner->name + " becomes the one CSP partner with DAP for " + join(names) + ".");
    because("R-DAP-1", possessive(dap_partner->name) + " Admin Agents get the Global Administrator role, and its Helpdesk Agents the Helpdesk Administrator role, in " + possessive(customer_->name) + " tenant" +
                           (cn() ? " for " + join(names) : std::string()) + ".");
    if (const DelegatedAdminGrant* g = dap(dap_partner->id, customer_->id)) {
      DelegatedAdminGrant merged = *g;
      for (const std::string& s : services)
        if (!has(merged.services, s)) merged.services.push_back(s);
      std::sort(merged.services.begin(), merged.services.end());
      replace(w_.delegated_admin, g, merged);
    } else {
      append(w_.delegated_admin.size(), DelegatedAdminGrant{dap_partner->id, customer_->id, cn() ? services : std::vector<std::string>{}, when_, {}, false});
    }
  } else if (with_dap && cn()) {
    because("R-MC-2", "every service " + customer_->name + " uses already has a CSP partner with DAP, so " + inviter->name + " gets the relationship without delegated admin privileges for now.");
  }
}

void Decider::create_customer() {
  if (!require_partner_user()) return;
  if (partner_->type == PartnerType::IndirectReseller) {
    refuse("R-IND-8", partner_->name + " is an indirect reseller; its provider creates customer tenants for it.");
    return;
  }
  if (!require_manager("create customers")) return;
  const std::string id = text("customer");
  if (ix_.by_id(w_.customers, id) || ix_.by_id(w_.partners, id)) {
    refuse("R-REL-4", "a tenant with the id \"" + id + "\" already exists: a customer that already has an account is not added again, it joins through a reseller-relationship invitation.");
    return;
  }
  const std::string reseller = text("reseller");
  if (!reseller.empty()) {
    const Partner* r = ix_.by_id(w_.partners, reseller);
    if (partner_->type != PartnerType::IndirectProvider || !r || !partnership(partner_->id, reseller)) {
      refuse("R-IND-3", "only an indirect provider can create a customer for a reseller, and only for one of its own resellers; " +
                            (r ? r->name : reseller) + " is not a reseller of " + partner_->name + ".");
      return;
    }
    because("R-IND-3", partner_->name + " creates the customer for its reseller " + r->name + ".");
  }
  Customer c;
  c.id = id;
  c.name = text("name").empty() ? id : text("name");
  c.region = partner_->region;
  c.users.push_back(User{"admin", "Administrator", "", {}, {CustomerRole::GlobalAdmin}});
  because("R-ROLE-1", who() + " holds " + roles_text() + ", which may create customers.");
  because("R-REL-4", "creating " + c.name + " forms a reseller relationship with " + partner_->name + ".");
  const bool with_dap = flag("with_dap").value_or(false);
  if (gdap_era() && with_dap) {
    refuse("R-DAP-8", "customers created since November 2023 get default GDAP instead of DAP; DAP can no longer be granted at creation.");
    return;
  }
  if (with_dap) {
    because("R-DAP-1", partner_->name + " gets delegated admin privileges in the new tenant: its Admin Agents are Global Administrators there.");
    append(w_.delegated_admin.size(), DelegatedAdminGrant{partner_->id, id, {}, when_, {}, false});
  }
  if (gdap_era()) {
    // Default GDAP (R-DAP-8): the roles the FAQ lists for new customers, active at once, with no security group yet.
    GdapRelationship g;
    g.id = id + "-default-gdap";
    g.partner = partner_->id;
    g.customer = id;
    g.display_name = ("Default_" + partner_->id + "_" + id).substr(0, 50);
    g.roles = {"directory-readers", "directory-writers", "helpdesk-administrator", "license-administrator", "privileged-authentication-administrator",
               "privileged-role-administrator", "service-support-administrator", "user-administrator"};
    g.status = *gdap_edge(std::nullopt, GdapActor::PartnerUser)->to;
    g.created = g.activated = when_;
    g.end = when_ + 730 * kSecondsPerDay;
    if (ix_.by_id(w_.gdap_relationships, g.id)) {
      refuse("R-INF-1", "a GDAP relationship with the id \"" + g.id + "\" already exists.");
      return;
    }
    because("R-DAP-8", c.name + " gets default GDAP (" + g.id + ", 730 days) instead of DAP; " + partner_->name + " still assigns it to security groups (R-GDAP-10).");
    append(w_.gdap_relationships.size(), std::move(g));
  }
  append(w_.customers.size(), std::move(c));
  append(w_.reseller_relationships.size(), ResellerRelationship{partner_->id, id, when_});
  if (!reseller.empty()) append(w_.reseller_relationships.size(), ResellerRelationship{reseller, id, when_});
}

void Decider::remove_reseller_relationship() {
  if (!require_partner_user("R-REM-3", "a customer cannot remove a partner's reseller relationship in Partner Center; the partner's Global admin does (the customer can remove its admin privileges, R-DAP-3).")) return;
  if (partner_->type == PartnerType::IndirectReseller) {
    refuse("R-REM-3", partner_->name + " is an indirect reseller; only direct-bill partners and indirect providers remove reseller relationships.");
    return;
  }
  if (!has_role(PartnerRole::GlobalAdmin)) {
    refuse("R-REM-3", who() + " holds " + roles_text() + "; only a Global admin removes a reseller relationship.");
    return;
  }
  const std::string customer = text("customer");
  if (const std::string other = text("partner"); !other.empty() && other != partner_->id) {
    refuse("R-REL-5", partner_->name + " can remove only its own relationship; " + possessive(partner_name(other)) + " relationship with " + customer + " stays.");
    return;
  }
  const ResellerRelationship* rel = relationship(partner_->id, customer);
  if (!rel) {
    refuse("R-REM-3", "error 3000: the relationship between " + partner_->name + " and " + customer + " does not exist.");
    return;
  }
  std::vector<std::string> active;
  for (const Subscription& s : each(w_.subscriptions, Key::Customer, customer))
    if (s.customer == customer && s.partner_of_record == partner_->id && s.status == SubscriptionStatus::Active) active.push_back(s.id);
  if (!active.empty()) {
    refuse("R-REM-1", "\"Remove reseller relationship\" stays unavailable while " + possessive(partner_->name) + " subscriptions " + join(active) + " are active; suspend them first.");
    return;
  }
  because("R-REM-3", who() + " is a Global admin of " + partner_->name + ", a " + std::string(partner_type_label(partner_->type)) + ".");
  because("R-REM-1", partner_->name + " has no active subscription for " + customer + ".");
  const DelegatedAdminGrant* g = dap(partner_->id, customer);
  because("R-REM-2", customer + " leaves " + possessive(partner_->name) + " customer list" + (g ? ", its DAP is removed," : ",") + " and " + partner_->name + " can no longer buy for it.");
  remove(w_.reseller_relationships, rel);
  if (g) remove(w_.delegated_admin, g);
}

// ---- indirect providers and resellers -------------------------------------------------------------------------------

void Decider::invite_reseller_partnership() {
  if (!require_partner_user()) return;
  if (partner_->type != PartnerType::IndirectProvider) {
    refuse("R-IND-1", partner_->name + " is a " + std::string(partner_type_label(partner_->type)) + "; only indirect providers request partnerships with indirect resellers.");
    return;
  }
  if (!require_partnership_manager()) return;
  std::string id = text("invitation");
  if (id.empty()) id = partner_->id + "-partnership";
  if (ix_.by_id(w_.invitations, id)) {
    because("R-IND-1", possessive(partner_->name) + " partnership link " + id + " already exists; the reseller's Global admin must accept it.");
    return;
  }
  because("R-IND-1", partner_->name + " sends its partnership link; the partnership exists once a reseller's Global admin accepts it.");
  append(w_.invitations.size(), Invitation{id, InvitationKind::IndirectPartnership, partner_->id, false, {}, {}, {}});
}

void Decider::accept_partnership_invitation() {
  if (!require_partner_user()) return;
  const Invitation* inv = ix_.by_id(w_.invitations, text("invitation"));
  if (!inv || inv->kind != InvitationKind::IndirectPartnership) {
    refuse("R-INF-1", "there is no partnership invitation \"" + text("invitation") + "\".");
    return;
  }
  if (partner_->type != PartnerType::IndirectReseller) {
    refuse("R-IND-1", partner_->name + " is a " + std::string(partner_type_label(partner_->type)) + "; only an indirect reseller authorizes an indirect provider.");
    return;
  }
  if (!has_role(PartnerRole::GlobalAdmin)) {
    refuse("R-IND-1", who() + " holds " + roles_text() + "; only the reseller's Global admin can authorize an indirect provider.");
    return;
  }
  if (partnership(inv->partner, partner_->id)) {
    because("R-INF-6", partner_->name + " already works with " + partner_name(inv->partner) + ".");
    return;
  }
  if (const Partner* provider = ix_.by_id(w_.partners, inv->partner); provider && !cn()) {
    if (provider->region != partner_->region) {
      refuse("R-IND-2", provider->name + " is in " + provider->region + " and " + partner_->name + " in " + partner_->region + "; a provider and its reseller must be in the same region.");
      return;
    }
    because("R-IND-2", provider->name + " and " + partner_->name + " are both in " + partner_->region + ".");
  }
  because("R-IND-1", who() + " authorizes " + partner_name(inv->partner) + ": each now appears in the other's list.");
  append(w_.partnerships.size(), Partnership{inv->partner, partner_->id, when_});
  Invitation updated = *inv;
  updated.accepted_by.push_back(partner_->id);
  replace(w_.invitations, inv, updated);
}

void Decider::remove_partnership() {
  if (!require_partner_user()) return;
  const Partner* other = partner_param("partner");
  if (!other) return;
  const Partnership* p = partnership(partner_->id, other->id);
  if (!p) p = partnership(other->id, partner_->id);
  if (!p) {
    refuse("R-INF-1", partner_->name + " and " + other->name + " have no partnership to remove.");
    return;
  }
  if (!require_partnership_manager()) return;
  if (flag("remove_customers").value_or(false)) {
    refuse("R-IND-7", "removing a partnership never takes the reseller's customers away (nor their DAP); " + partner_name(p->reseller) + " keeps them.");
    return;
  }
  std::vector<std::string> customers;
  const std::string& reseller = p->reseller;
  for (const ResellerRelationship& r : each(w_.reseller_relationships, Key::Partner, reseller))
    if (r.partner == reseller) customers.push_back(r.customer);
  because("R-IND-7", "the partnership between " + partner_name(p->provider) + " and " + partner_name(p->reseller) + " ends; " +
                         (customers.empty() ? std::string("the reseller had no customers") : "the reseller's customers (" + join(customers) + ")") +
                         " and any DAP granted stay as they are.");
  remove(w_.partnerships, p);
}

}  // namespace core::detail
