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
      refuse("R-IND-4", provider.empty() ? Message::of("rel.indirect_link_no_provider", {{"partner", partner_->name}})
                                         : Message::of("rel.indirect_link_not_provider", {{"partner", partner_->name}, {"provider", partner_name(provider)}}));
      return;
    }
  }
  if (cn() && partner_->type == PartnerType::IndirectReseller) {
    std::vector<std::string> providers;
    for (const Partnership& p : each(w_.partnerships, Key::Reseller, partner_->id))
      if (p.reseller == partner_->id) providers.push_back(partner_name(p.provider));
    refuse("R-IND-5", providers.empty() ? Message::of("rel.indirect_forwards", {{"partner", partner_->name}})
                                        : Message::of("rel.indirect_forwards_of", {{"partner", partner_->name}, {"providers", list_message(providers)}}));
    return;
  }
  if (!partner_role(PartnerRole::AdminAgent) && !partner_role(PartnerRole::SalesAgent)) {
    refuse("R-ROLE-2", Message::of("rel.only_managers_request", {{"actor", who_message()}, {"roles", roles_message()}}));
    return;
  }
  if (const std::string c = text("customer"); !c.empty()) {
    refuse("R-REL-2", Message::of("rel.link_no_customer", {{"partner", partner_->name}, {"customer", c}}));
    return;
  }
  // Invitations carry no DAP from R-DAP-10 (its date a scenario option) and in the GDAP era's pack (R-DAP-8).
  const bool no_dap_links = in_force("R-DAP-8") || in_force("R-DAP-10");
  const bool with_dap = flag("include_dap").value_or(!no_dap_links);
  if (cn() && !with_dap) {
    refuse("R-INF-3", Message::of("rel.cn_always_dap"));
    return;
  }
  if (no_dap_links && with_dap) {
    refuse("R-REL-8", Message::of("rel.invitations_no_dap", {{"partner", partner_->name}}));
    if (in_force("R-DAP-8")) because_refused("R-DAP-8", Message::of("rel.gdap_not_dap"));
    return;
  }
  for (const Invitation& inv : each(w_.invitations, Key::Partner, partner_->id))
    if (inv.partner == partner_->id && inv.kind == InvitationKind::ResellerRelationship && inv.include_dap == with_dap) {
      because("R-REL-2", Message::of("rel.link_exists", {{"partner", partner_->name}, {"invitation", inv.id}}));
      return;
    }
  std::string id = text("invitation");
  if (id.empty()) id = partner_->id + "-link";
  if (ix_.by_id(w_.invitations, id)) {
    refuse("R-INF-1", Message::of("rel.invitation_id_taken", {{"id", id}}));
    return;
  }
  because("R-ROLE-2", Message::of("rel.may_request", {{"actor", who_message()}, {"roles", roles_message()}}));
  because("R-REL-2", Message::of("rel.link_for_all", {{"invitation", id}, {"partner", partner_->name}}));
  if (cn()) because("R-INF-3", Message::of("rel.cn_request_carries_dap"));
  else because("R-REL-8", Message::of(with_dap ? "rel.link_with_dap" : no_dap_links ? "rel.link_without_dap_gdap" : "rel.link_without_dap"));
  if (!provider.empty()) because("R-IND-4", Message::of("rel.link_gives_provider", {{"partner", partner_->name}, {"provider", partner_name(provider)}}));
  append(w_.invitations.size(), Invitation{id, InvitationKind::ResellerRelationship, partner_->id, with_dap, {}, provider, {}});
}

void Decider::accept_reseller_invitation() {
  if (partner_ && !(customer_ && user_)) {
    refuse("R-MP-8", Message::of("rel.transacting_tenant", {{"partner", partner_->name}}));
    return;
  }
  if (!require_customer_user()) return;
  if (!customer_global_admin()) {
    refuse("R-REL-1", Message::of("rel.only_global_admin_accepts", {{"actor", who_message()}, {"roles", roles_message()}, {"customer", customer_->name}}));
    return;
  }
  const std::string inv_id = text("invitation");
  const Invitation* inv = ix_.by_id(w_.invitations, inv_id);
  if (!inv || inv->kind != InvitationKind::ResellerRelationship) {
    refuse("R-INF-1", Message::of("rel.no_reseller_invitation", {{"id", inv_id}}));
    return;
  }
  const Partner* inviter = ix_.by_id(w_.partners, inv->partner);
  if (!inviter) {
    refuse("R-INF-1", Message::of("rel.issuer_gone", {{"invitation", inv_id}}));
    return;
  }
  const std::string portal = text("portal");
  const std::string_view expected_portal = cn() ? "21vianet_admin_center" : "microsoft_365_admin_center";
  if (!portal.empty() && portal != expected_portal) {
    refuse("R-REL-7", Message::of(cn() ? "rel.cn_accept_portal" : "rel.global_accept_portal"));
    return;
  }
  // Accepting again the link of a partner it already works with is how the customer gives back the DAP the partner
  // lacks (CN-RR); without DAP to give, nothing changes (R-INF-6).
  const bool again = relationship(inviter->id, customer_->id) != nullptr;
  const bool with_dap = (inv->include_dap || cn()) && !in_force("R-DAP-8") && !in_force("R-DAP-10");
  if (again && !with_dap) {
    because("R-INF-6", Message::of("rel.accepted_again", {{"customer", customer_->name}, {"partner", inviter->name}}));
    return;
  }
  if (!again && !cn() && inviter->region != customer_->region) {
    refuse("R-REL-6", Message::of("rel.other_region", {{"partner", inviter->name}, {"partner_region", inviter->region}, {"customer", customer_->name},
                                                        {"customer_region", customer_->region}}));
    return;
  }
  // Who receives DAP: the inviting partner, or (R-IND-5) a reseller of the inviting provider.
  const Partner* dap_partner = inviter;
  if (const std::string other = text("dap_partner"); !other.empty()) {
    dap_partner = ix_.by_id(w_.partners, other);
    if (!dap_partner) {
      refuse("R-INF-1", Message::of("inf.no_partner", {{"id", other}}));
      return;
    }
    if (inviter->type != PartnerType::IndirectProvider || !partnership(inviter->id, other)) {
      refuse("R-IND-5", Message::of("rel.dap_partner_not_reseller", {{"partner", dap_partner->name}, {"inviter", inviter->name}}));
      return;
    }
  }
  // Which services the DAP covers (21Vianet: per service, one CSP-transacting partner each, R-MC-2).
  std::vector<std::string> services = list("services");
  const bool named = !services.empty();
  for (const std::string& s : services)
    if (!service_by_id(s)) {
      refuse("R-INF-1", Message::of("dap.no_service", {{"id", s}}));
      return;
    }
  const auto holder = [&](std::string_view service) -> const DelegatedAdminGrant* {
    for (const DelegatedAdminGrant& g : each(w_.delegated_admin, Key::Customer, customer_->id))
      if (g.customer == customer_->id && g.partner != dap_partner->id && dap_covers(g, service)) return &g;
    return nullptr;
  };
  const DelegatedAdminGrant* own = dap(dap_partner->id, customer_->id);
  const auto lacks = [&](std::string_view service) { return !own || !dap_covers(*own, service); };
  bool whole_catalogue = false;  // the customer uses no service yet: DAP for every service of the catalogue
  bool some_held = false;        // a service DAP would cover is administered by another CSP partner
  if (with_dap && cn()) {
    if (named) {
      for (const std::string& s : services)
        if (const DelegatedAdminGrant* g = holder(s)) {
          refuse("R-MC-2", Message::of("rel.service_has_dap", {{"holder", partner_name(g->partner)}, {"service", service_name(s)}, {"customer", customer_->name}}));
          return;
        }
    } else {
      std::vector<std::string> used;
      for (const Subscription& s : each(w_.subscriptions, Key::Customer, customer_->id))
        if (s.customer == customer_->id && s.status != SubscriptionStatus::Deleted && !has(used, s.service)) used.push_back(s.service);
      if (used.empty()) {
        whole_catalogue = true;
        for (const Service& s : w_.services) used.push_back(s.id);
      }
      std::sort(used.begin(), used.end());
      if (again) std::erase_if(used, [&](const std::string& s) { return !lacks(s); });
      for (const std::string& s : used) {
        if (!holder(s)) services.push_back(s);
        else some_held = true;
      }
      if (again && services.empty() && !used.empty()) {
        // The partner wants DAP back, but another CSP partner administers each service it lacks.
        refuse("R-MC-2", Message::of("rel.service_has_dap", {{"holder", partner_name(holder(used.front())->partner)}, {"service", service_name(used.front())},
                                                              {"customer", customer_->name}}));
        return;
      }
    }
  }
  if (again) {
    if (cn() ? std::none_of(services.begin(), services.end(), lacks) : own != nullptr) {
      because("R-INF-6", Message::of("rel.accepted_again", {{"customer", customer_->name}, {"partner", inviter->name}}));
      return;
    }
    because("R-REL-1", Message::of("rel.global_admin_accepted", {{"actor", who_message()}, {"customer", customer_->name}, {"inviter", inviter->name}}));
    because("R-DAP-1", Message::of("rel.dap_back", {{"customer", customer_->name}, {"inviter", inviter->name}, {"partner", dap_partner->name}}));
  } else {
    because("R-REL-1", Message::of("rel.global_admin_accepted", {{"actor", who_message()}, {"customer", customer_->name}, {"inviter", inviter->name}}));
    const bool reestablished = relationship_removed(inviter->id, customer_->id);
    if (reestablished) because("R-REM-4", Message::of("rel.reestablished", {{"customer", customer_->name}, {"inviter", inviter->name}}));
    if (cn()) because("R-REL-7", Message::of("rel.cn_accepted_portal", {{"customer", customer_->name}, {"inviter", inviter->name}}));
    because("R-REL-3", Message::of("rel.joins_customer_list", {{"customer", customer_->name}, {"inviter", inviter->name}}));
    if (!cn()) because("R-REL-6", Message::of("rel.same_region", {{"a", inviter->name}, {"b", customer_->name}, {"region", customer_->region}}));
    if (!cn() && inv->include_dap && in_force("R-DAP-10"))
      because("R-DAP-10", Message::of("version.invitation_dap_not_granted", {{"invitation", inv->id}, {"customer", customer_->name}, {"inviter", inviter->name}}));
    else if (!cn()) because("R-REL-8", Message::of(inv->include_dap ? "rel.invitation_includes_dap" : "rel.invitation_excludes_dap"));
    because("R-MP-8", Message::of("rel.customer_tenant", {{"customer", customer_->name}}));
    if (cn()) because("R-CN-3", Message::of("rel.cn_agreement"));
    if (inviter->type == PartnerType::IndirectProvider && cn())
      because("R-IND-5", dap_partner != inviter ? Message::of("rel.provider_owns_reseller_dap", {{"inviter", inviter->name}, {"partner", dap_partner->name}})
                                                : Message::of("rel.provider_owns", {{"inviter", inviter->name}}));
    std::vector<std::string> others;
    for (const ResellerRelationship& r : each(w_.reseller_relationships, Key::Customer, customer_->id))
      if (r.customer == customer_->id) others.push_back(partner_name(r.partner));
    if (!others.empty()) because("R-REL-5", Message::of("rel.keeps_others", {{"customer", customer_->name}, {"others", list_message(others)}}));
    std::vector<std::string> existing;
    bool other_channel = false;
    for (const Subscription& s : each(w_.subscriptions, Key::Customer, customer_->id))
      if (s.customer == customer_->id && !(reestablished && s.partner_of_record == inviter->id)) {  // not what it sold before the removal
        existing.push_back(s.id);
        other_channel = other_channel || s.channel == Channel::Direct || s.channel == Channel::Advisor;
      }
    if (!existing.empty()) {
      because("R-MP-1", Message::of("rel.subscriptions_keep", {{"subscriptions", list_message(existing)}}));
      because("R-MP-2", Message::of("rel.nothing_moves", {{"inviter", inviter->name}}));
      because("R-MP-3", Message::of("rel.terms_stay", {{"customer", customer_->name}}));
      because("R-MP-4", Message::of("rel.partner_of_record_stays"));
      if (other_channel && cn()) {
        because("R-MC-1", Message::of("rel.multi_channel", {{"customer", customer_->name}}));
        because("R-MC-3", Message::of("rel.multi_channel_support", {{"inviter", inviter->name}}));
      }
    }
    append(w_.reseller_relationships.size(), ResellerRelationship{inviter->id, customer_->id, when_});
    if (!inv->provider.empty() && !relationship(inv->provider, customer_->id)) {
      because("R-IND-4", Message::of("rel.provider_relationship", {{"customer", customer_->name}, {"inviter", inviter->name}, {"provider", partner_name(inv->provider)}}));
      append(w_.reseller_relationships.size(), ResellerRelationship{inv->provider, customer_->id, when_});
    }
    if (!reestablished) {  // a customer is listed once however often it accepts
      Invitation updated = *inv;
      updated.accepted_by.push_back(customer_->id);
      replace(w_.invitations, inv, updated);
    }
  }
  if (with_dap && (!cn() || !services.empty())) {
    std::sort(services.begin(), services.end());
    std::vector<std::string> names;
    for (const std::string& s : services) names.push_back(service_name(s));
    if (cn() && !named)
      because("R-INF-4", Message::of(whole_catalogue ? "rel.dap_catalogue" : "rel.dap_services_in_use", {{"customer", customer_->name}, {"services", list_message(names)}}));
    if (cn()) because("R-MC-2", Message::of("rel.one_dap_partner", {{"partner", dap_partner->name}, {"services", list_message(names)}}));
    because("R-DAP-1", cn() ? Message::of("rel.dap_roles_for", {{"partner", dap_partner->name}, {"customer", customer_->name}, {"services", list_message(names)}})
                            : Message::of("rel.dap_roles", {{"partner", dap_partner->name}, {"customer", customer_->name}}));
    if (const DelegatedAdminGrant* g = dap(dap_partner->id, customer_->id)) {
      DelegatedAdminGrant merged = *g;
      for (const std::string& s : services)
        if (!has(merged.services, s)) merged.services.push_back(s);
      std::sort(merged.services.begin(), merged.services.end());
      replace(w_.delegated_admin, g, merged);
    } else {
      append(w_.delegated_admin.size(), DelegatedAdminGrant{dap_partner->id, customer_->id, cn() ? services : std::vector<std::string>{}, when_, {}, false});
    }
  } else if (with_dap && cn() && some_held) {
    because("R-MC-2", Message::of("rel.services_taken", {{"customer", customer_->name}, {"inviter", inviter->name}}));
  }
}

void Decider::create_customer() {
  if (!require_partner_user()) return;
  if (partner_->type == PartnerType::IndirectReseller) {
    refuse("R-IND-8", Message::of("rel.reseller_cannot_create", {{"partner", partner_->name}}));
    return;
  }
  if (!require_manager(Message::of("task.create_customers"))) return;
  const std::string id = text("customer");
  if (ix_.by_id(w_.customers, id) || ix_.by_id(w_.partners, id)) {
    refuse("R-REL-4", Message::of("rel.tenant_exists", {{"id", id}}));
    return;
  }
  const std::string reseller = text("reseller");
  if (!reseller.empty()) {
    const Partner* r = ix_.by_id(w_.partners, reseller);
    if (partner_->type != PartnerType::IndirectProvider || !r || !partnership(partner_->id, reseller)) {
      refuse("R-IND-3", Message::of("rel.create_for_reseller_refused", {{"reseller", r ? r->name : reseller}, {"partner", partner_->name}}));
      return;
    }
    because("R-IND-3", Message::of("rel.create_for_reseller", {{"partner", partner_->name}, {"reseller", r->name}}));
  }
  Customer c;
  c.id = id;
  c.name = text("name").empty() ? id : text("name");
  c.region = partner_->region;
  c.users.push_back(User{"admin", "Administrator", "", {}, {CustomerRole::GlobalAdmin}});
  because("R-ROLE-1", Message::of("rel.may_create_customers", {{"actor", who_message()}, {"roles", roles_message()}}));
  because("R-REL-4", Message::of("rel.creating_forms_relationship", {{"customer", c.name}, {"partner", partner_->name}}));
  const bool with_dap = flag("with_dap").value_or(false);
  if (in_force("R-DAP-8") && with_dap) {
    refuse("R-DAP-8", Message::of("rel.no_dap_at_creation"));
    return;
  }
  if (with_dap) {
    because("R-DAP-1", Message::of("rel.dap_in_new_tenant", {{"partner", partner_->name}}));
    append(w_.delegated_admin.size(), DelegatedAdminGrant{partner_->id, id, {}, when_, {}, false});
  }
  if (in_force("R-DAP-8")) {
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
      refuse("R-INF-1", Message::of("rel.gdap_id_taken", {{"id", g.id}}));
      return;
    }
    because("R-DAP-8", Message::of("rel.default_gdap", {{"customer", c.name}, {"id", g.id}, {"partner", partner_->name}}));
    append(w_.gdap_relationships.size(), std::move(g));
  }
  append(w_.customers.size(), std::move(c));
  append(w_.reseller_relationships.size(), ResellerRelationship{partner_->id, id, when_});
  if (!reseller.empty()) append(w_.reseller_relationships.size(), ResellerRelationship{reseller, id, when_});
}

void Decider::remove_reseller_relationship() {
  if (customer_ && !(partner_ && user_)) {
    refuse("R-REM-3", Message::of("rel.customer_cannot_remove"));
    return;
  }
  if (!require_partner_user()) return;
  if (partner_->type == PartnerType::IndirectReseller) {
    refuse("R-REM-3", Message::of("rel.reseller_cannot_remove", {{"partner", partner_->name}}));
    return;
  }
  // R-REM-5: today admin agents and sales agents remove it (the 2021 page: Global admin).
  const bool today = in_force("R-REM-5");
  if (today ? !(partner_role(PartnerRole::AdminAgent) || partner_role(PartnerRole::SalesAgent)) : !has_role(PartnerRole::GlobalAdmin)) {
    refuse(today ? "R-REM-5" : "R-REM-3", Message::of(today ? "today.rem_roles" : "rel.only_global_admin_removes", {{"actor", who_message()}, {"roles", roles_message()}}));
    return;
  }
  const std::string customer = text("customer");
  if (const std::string other = text("partner"); !other.empty() && other != partner_->id) {
    refuse("R-REL-5", Message::of("rel.only_own_relationship", {{"partner", partner_->name}, {"other", partner_name(other)}, {"customer", customer}}));
    return;
  }
  const ResellerRelationship* rel = relationship(partner_->id, customer);
  if (!rel) {
    refuse("R-REM-3", Message::of("rel.error_3000", {{"partner", partner_->name}, {"customer", customer}}));
    return;
  }
  // The page's prerequisites: "Suspend any active subscriptions", "Cancel any Azure reserved instances (Azure RI)",
  // "Cancel any software purchases" — a suspended reservation or software purchase still blocks the removal.
  std::vector<std::string> active, uncancelled, new_commerce;
  bool had_purchases = false;  // reservations or software the partner sold the customer, cancelled or not
  for (const Subscription& s : each(w_.subscriptions, Key::Customer, customer)) {
    if (s.customer != customer || s.partner_of_record != partner_->id) continue;
    // R-REM-5: a new-commerce subscription is cancelled, not suspended, before the relationship goes.
    if (s.new_commerce && today && s.status == SubscriptionStatus::Suspended) new_commerce.push_back(s.id);
    if (s.kind == SubscriptionKind::Subscription) {
      if (s.status == SubscriptionStatus::Active) active.push_back(s.id);
      continue;
    }
    had_purchases = true;
    if (s.status == SubscriptionStatus::Active || s.status == SubscriptionStatus::Suspended) uncancelled.push_back(s.id);
  }
  if (!uncancelled.empty())
    refuse("R-REM-1", Message::of("rel.cancel_reservations_software", {{"partner", partner_->name}, {"items", list_message(uncancelled)}}));
  if (!active.empty()) refuse("R-REM-1", Message::of("rel.active_subscriptions", {{"partner", partner_->name}, {"subscriptions", list_message(active)}}));
  if (!new_commerce.empty() && in_force("R-SUB-6"))
    because_refused("R-SUB-6", Message::of("today.suspended_nce_still_billed", {{"subscriptions", list_message(new_commerce)}}));
  if (!new_commerce.empty())
    refuse("R-REM-5", Message::of("today.rem_nce_not_cancelled", {{"partner", partner_->name}, {"customer", customer}, {"subscriptions", list_message(new_commerce)}}));
  if (!active.empty() || !uncancelled.empty() || !new_commerce.empty()) {
    if (cn() && in_force("R-CN-7")) because_refused("R-CN-7", Message::of("version.cn_removal_preconditions"));
    return;
  }
  if (cn()) because("R-CN-7", Message::of("version.cn_removal_listed", {{"partner", partner_->name}}));
  if (today) because("R-REM-5", Message::of("today.rem_roles_ok", {{"actor", who_message()}}));
  else because("R-REM-3", Message::of("rel.global_admin_of", {{"actor", who_message()}, {"partner", partner_->name}, {"type", label_message(partner_->type)}}));
  because("R-REM-1", Message::of("rel.no_active_subscription", {{"partner", partner_->name}, {"customer", customer}}));
  if (had_purchases) because("R-REM-1", Message::of("rel.reservations_software_cancelled", {{"partner", partner_->name}, {"customer", customer}}));
  const DelegatedAdminGrant* g = dap(partner_->id, customer);
  because("R-REM-2", Message::of(g ? "rel.leaves_list_dap" : "rel.leaves_list", {{"customer", customer}, {"partner", partner_->name}}));
  remove(w_.reseller_relationships, rel);
  if (g) remove(w_.delegated_admin, g);
}

// ---- indirect providers and resellers -------------------------------------------------------------------------------

void Decider::invite_reseller_partnership() {
  if (!require_partner_user()) return;
  if (partner_->type != PartnerType::IndirectProvider) {
    refuse("R-IND-1", Message::of("rel.only_providers_invite", {{"partner", partner_->name}, {"type", label_message(partner_->type)}}));
    return;
  }
  if (!require_partnership_manager()) return;
  std::string id = text("invitation");
  if (id.empty()) id = partner_->id + "-partnership";
  if (ix_.by_id(w_.invitations, id)) {
    because("R-IND-1", Message::of("rel.partnership_link_exists", {{"partner", partner_->name}, {"id", id}}));
    return;
  }
  because("R-IND-1", Message::of("rel.partnership_link_sent", {{"partner", partner_->name}}));
  append(w_.invitations.size(), Invitation{id, InvitationKind::IndirectPartnership, partner_->id, false, {}, {}, {}});
}

void Decider::accept_partnership_invitation() {
  if (!require_partner_user()) return;
  const Invitation* inv = ix_.by_id(w_.invitations, text("invitation"));
  if (!inv || inv->kind != InvitationKind::IndirectPartnership) {
    refuse("R-INF-1", Message::of("rel.no_partnership_invitation", {{"id", text("invitation")}}));
    return;
  }
  if (partner_->type != PartnerType::IndirectReseller) {
    refuse("R-IND-1", Message::of("rel.only_resellers_authorize", {{"partner", partner_->name}, {"type", label_message(partner_->type)}}));
    return;
  }
  if (!has_role(PartnerRole::GlobalAdmin)) {
    refuse("R-IND-1", Message::of("rel.only_reseller_admin_authorizes", {{"actor", who_message()}, {"roles", roles_message()}}));
    return;
  }
  if (partnership(inv->partner, partner_->id)) {
    because("R-INF-6", Message::of("rel.already_partners", {{"partner", partner_->name}, {"other", partner_name(inv->partner)}}));
    return;
  }
  if (const Partner* provider = ix_.by_id(w_.partners, inv->partner); provider && !cn()) {
    if (provider->region != partner_->region) {
      refuse("R-IND-2", Message::of("rel.partnership_other_region", {{"provider", provider->name}, {"provider_region", provider->region}, {"partner", partner_->name},
                                                                     {"partner_region", partner_->region}}));
      return;
    }
    because("R-IND-2", Message::of("rel.same_region", {{"a", provider->name}, {"b", partner_->name}, {"region", partner_->region}}));
  }
  because("R-IND-1", Message::of("rel.authorizes", {{"actor", who_message()}, {"provider", partner_name(inv->partner)}}));
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
    refuse("R-INF-1", Message::of("rel.no_partnership", {{"partner", partner_->name}, {"other", other->name}}));
    return;
  }
  if (!require_partnership_manager()) return;
  if (flag("remove_customers").value_or(false)) {
    refuse("R-IND-7", Message::of("rel.customers_stay_with_reseller", {{"reseller", partner_name(p->reseller)}}));
    return;
  }
  std::vector<std::string> customers;
  const std::string& reseller = p->reseller;
  for (const ResellerRelationship& r : each(w_.reseller_relationships, Key::Partner, reseller))
    if (r.partner == reseller) customers.push_back(r.customer);
  because("R-IND-7", customers.empty() ? Message::of("rel.partnership_ends", {{"provider", partner_name(p->provider)}, {"reseller", partner_name(p->reseller)}})
                                        : Message::of("rel.partnership_ends_customers", {{"provider", partner_name(p->provider)}, {"reseller", partner_name(p->reseller)},
                                                                                         {"customers", list_message(customers)}}));
  remove(w_.partnerships, p);
}

// ---- designated support contacts ------------------------------------------------------------------------------------

// G21/G23 indirect-provider-tasks: "Delegate customer support for specific subscriptions to the reseller | Select the
// reseller from the Designated support contact list | On the subscription's detail page". The pages have the provider
// do it, on its own subscription, for "the reseller" it sells with; mpsim takes that to be the subscription's reseller
// of record (the Reseller (MPN ID) field, R-IND-6), which must also still be among the customer's available support
// contacts: a partner whose relationship with the customer is gone is not (R-REM-2).
void Decider::set_support_contact() {
  const Subscription* s = subscription_param();
  if (!s) return;
  if (partner_ && user_ && partner_->type == PartnerType::IndirectReseller) {
    refuse("R-IND-6", Message::of("support.reseller_cannot_designate", {{"reseller", partner_->name}, {"subscription", s->id}}));
    return;
  }
  if (!may_manage(*s, false, "sub.act.set_support_contact") || !require_status(*s, SubscriptionStatus::Active, "sub.status_act.set_support_contact")) return;
  if (partner_->type != PartnerType::IndirectProvider) {
    refuse("R-IND-6", Message::of("support.only_providers", {{"partner", partner_->name}, {"type", label_message(partner_->type)}}));
    return;
  }
  Subscription updated = *s;
  if (text("reseller").empty()) {
    because("R-IND-6", s->support_contact.empty() ? Message::of("support.none_designated", {{"subscription", s->id}, {"provider", partner_->name}})
                                                  : Message::of("support.cleared", {{"provider", partner_->name}, {"reseller", partner_name(s->support_contact)}, {"subscription", s->id}}));
    updated.support_contact.clear();
  } else {
    const Partner* r = partner_param("reseller");
    if (!r) return;
    if (r->id != s->reseller_of_record) {
      refuse("R-IND-6", Message::of(s->reseller_of_record.empty() ? "support.no_reseller_of_record" : "support.not_reseller_of_record",
                                    {{"partner", r->name}, {"subscription", s->id}, {"of_record", partner_name(s->reseller_of_record)}}));
      return;
    }
    const Customer* c = ix_.by_id(w_.customers, s->customer);
    const std::string customer = c ? c->name : s->customer;
    if (!relationship(r->id, s->customer)) {
      refuse("R-REM-2", Message::of("support.not_available", {{"reseller", r->name}, {"customer", customer}}));
      return;
    }
    because("R-IND-6", Message::of("support.designated", {{"provider", partner_->name}, {"reseller", r->name}, {"subscription", s->id}, {"customer", customer}}));
    updated.support_contact = r->id;
  }
  if (!(updated == *s)) replace(w_.subscriptions, s, updated);
}

}  // namespace core::detail
