// actions_gdap.cpp — the GDAP rule pack (Microsoft Graph's delegatedAdminRelationship state machine, facts.md §3.6).
// Users ask for the legal edges (create, edit, lock, approve, reject, terminate, assign); the system takes the others
// when they fall due (provisioning, the 90-day approval window, the end date, notices). Also what GDAP access decides
// for the admin-rights actions (actions_admin_rights.cpp).
#include "decider.hpp"

namespace core::detail {

namespace {

std::string status_name(GdapStatus s) { return std::string(to_name(s)); }

std::size_t characters(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::vector<std::string> role_names(const std::vector<std::string>& roles) {
  std::vector<std::string> names;
  for (const std::string& r : roles) {
    const EntraRole* role = find_entra_role(r);
    names.push_back(role ? std::string(role->name) : r);
  }
  return names;
}

const AccessAssignment* assignment_by_id(const GdapRelationship& g, std::string_view id) {
  for (const AccessAssignment& a : g.access_assignments)
    if (a.id == id) return &a;
  return nullptr;
}

}  // namespace

// ---- shared checks --------------------------------------------------------------------------------------------------

const GdapEdge* Decider::gdap_edge(GdapState from, GdapActor who, std::optional<GdapState> to, std::string_view rule) const {
  for (const GdapEdge& e : gdap_edges())
    if (e.from == from && e.action == e_.action && e.who == who && (!to || e.to == *to) && (rule.empty() || e.rule == rule)) return &e;
  return nullptr;
}

bool Decider::require_gdap_available() {
  if (gdap_available()) return true;
  if (cn()) return refuse("R-INF-8", "the 21Vianet doc set has no GDAP and no transfers between partners; set gdap_in_21vianet in the scenario's metadata to simulate them there.");
  return refuse("R-REL-8", "GDAP arrived in 2023; in the DAP-optional era partners get admin access through DAP (with or without it on the invitation).");
}

const GdapRelationship* Decider::gdap_param() {
  const std::string id = text("relationship");
  const GdapRelationship* g = ix_.by_id(w_.gdap_relationships, id);
  if (!g) refuse("R-INF-1", "there is no GDAP relationship \"" + id + "\".");
  return g;
}

// The relationship's own partner (or, when `provider_too`, the indirect provider that created it), as an admin agent.
bool Decider::require_gdap_partner_admin(const GdapRelationship& g, bool provider_too) {
  if (!require_partner_user()) return false;
  if (partner_->id != g.partner && !(provider_too && partner_->id == g.indirect_provider))
    return refuse("R-INF-5", partner_->name + " is not the partner of GDAP relationship " + g.id + " (" + partner_name(g.partner) + " is).");
  if (!partner_role(PartnerRole::AdminAgent))
    return refuse("R-GDAP-1", who() + " holds " + roles_text() + "; only admin agents manage GDAP relationships.");
  return true;
}

bool Decider::refuse_if_final(const GdapRelationship& g) {
  if (!gdap_status_final(g.status)) return false;
  refuse("R-GDAP-18", g.id + " is " + status_name(g.status) + ", which is final: it cannot be restored or changed. " + partner_name(g.partner) +
                          " sends a new request for the customer to approve.");
  return true;
}

// Roles must be built-in Entra roles; they are kept by their short id.
bool Decider::check_gdap_roles(const std::vector<std::string>& roles, std::vector<std::string>& resolved) {
  if (roles.empty()) return refuse("R-GDAP-2", "a GDAP relationship needs at least one role.");
  for (const std::string& r : roles) {
    const EntraRole* role = find_entra_role(r);
    if (!role) return refuse("R-INF-1", "\"" + r + "\" is not a built-in Microsoft Entra role; GDAP supports built-in roles only (see docs/gdap.md for the list).");
    if (!has(resolved, role->id)) resolved.emplace_back(role->id);
  }
  std::sort(resolved.begin(), resolved.end());
  return true;
}

std::vector<std::string> Decider::gdap_roles_of_user(const std::string& customer, bool& in_gdap_group) const {
  std::vector<std::string> roles;
  in_gdap_group = false;
  if (!partner_ || !user_) return roles;
  for (const GdapRelationship& g : each(w_.gdap_relationships, Key::Customer, customer)) {
    if (g.partner != partner_->id || g.customer != customer || g.status != GdapStatus::Active) continue;
    for (const AccessAssignment& a : g.access_assignments) {
      if (a.status != AccessAssignmentStatus::Active) continue;
      const SecurityGroup* group = by_id(partner_->security_groups, a.security_group);
      if (!group || !has(group->members, user_->id)) continue;
      in_gdap_group = true;
      for (const std::string& r : a.roles)
        if (const EntraRole* role = find_entra_role(r); role && !has(roles, role->id)) roles.emplace_back(role->id);
    }
  }
  std::sort(roles.begin(), roles.end());
  return roles;
}

// Decides a task at customer `c` needing `needed_role` ("" = any admin role) for a user in a GDAP group (R-GDAP-13: GDAP
// decides for such users even where DAP exists). Returns false when the user is in no GDAP group (DAP may decide).
bool Decider::gdap_access_decides(const Customer& c, std::string_view needed_role, const char* task) {
  bool in_group = false;
  const std::vector<std::string> roles = gdap_roles_of_user(c.id, in_group);
  if (!in_group) return false;
  const bool with_dap = dap(partner_->id, c.id) != nullptr;
  const bool allowed = needed_role.empty() ? !roles.empty() : (has(roles, needed_role) || has(roles, kGlobalAdministratorRole));
  const std::string held = roles.empty() ? std::string("no roles") : join(role_names(roles));
  if (allowed) {
    because("R-GDAP-10", who() + " is in a security group with an active access assignment at " + c.name + ", holding " + held + ", enough to " + task + ".");
    if (with_dap) because("R-GDAP-13", "GDAP decides for users in a GDAP security group; " + possessive(partner_->name) + " DAP at " + c.name + " plays no part.");
    return true;
  }
  const EntraRole* needed = find_entra_role(needed_role);
  const std::string need = needed ? std::string(needed->name) : std::string(needed_role);
  // A role held only through a relationship that has ended: all its roles ended together (R-GDAP-12).
  for (const GdapRelationship& g : each(w_.gdap_relationships, Key::Customer, c.id))
    if (g.partner == partner_->id && g.customer == c.id && g.status != GdapStatus::Active && std::any_of(g.roles.begin(), g.roles.end(), [&](const std::string& r) {
          const EntraRole* role = find_entra_role(r);
          return role && role->id == needed_role;
        }))
      because_refused("R-GDAP-12", need + " came with " + g.id + ", which is " + status_name(g.status) + ": all its roles ended together, whatever other relationships still run.");
  if (with_dap)
    refuse("R-GDAP-13", who() + " is in a GDAP security group, so GDAP decides even though " + partner_->name + " also has DAP (which would give Global Administrator): " + held + " does not include " + need + ".");
  else
    refuse("R-GDAP-11", who() + " holds " + held + " at " + c.name + " through GDAP; to " + task + " needs " + need + ", which no active assignment gives.");
  return true;
}

// Why a partner without DAP has no GDAP access either at `c` (GDAP era): the most specific state of its relationships.
bool Decider::refuse_without_gdap_access(const Customer& c) {
  const GdapRelationship* best = nullptr;
  for (const GdapRelationship& g : each(w_.gdap_relationships, Key::Customer, c.id))
    if (g.partner == partner_->id && g.customer == c.id && (!best || (g.status == GdapStatus::Active) > (best->status == GdapStatus::Active))) best = &g;
  if (!best) return false;
  switch (best->status) {
    case GdapStatus::Active:
      return refuse("R-GDAP-10", who() + " is in no security group with an active access assignment on " + best->id + "; an active relationship alone gives no one access.");
    case GdapStatus::Approved:
    case GdapStatus::Activating:
      return refuse("R-GDAP-7", best->id + " is " + std::string(to_name(best->status)) + "; it gives access once the system has made it active.");
    case GdapStatus::Expired:
    case GdapStatus::Terminated:
      return refuse(best->status == GdapStatus::Expired ? "R-GDAP-18" : "R-GDAP-19", best->id + " is " + std::string(to_name(best->status)) + "; its groups lost access, and a new request is needed.");
    default:
      return refuse("R-GDAP-5", best->id + " is " + std::string(to_name(best->status)) + "; it gives access only after the customer approves it.");
  }
}

// ---- GDAP: request --------------------------------------------------------------------------------------------------

void Decider::create_gdap_relationship() {
  if (!require_gdap_available() || !require_partner_user()) return;
  if (!partner_role(PartnerRole::AdminAgent)) {
    refuse("R-GDAP-1", who() + " holds " + roles_text() + "; only admin agents create GDAP relationship requests.");
    return;
  }
  const Customer* c = customer_param();
  if (!c) return;
  const std::string id = text("relationship");
  if (ix_.by_id(w_.gdap_relationships, id)) {
    refuse("R-INF-1", "a GDAP relationship with the id \"" + id + "\" already exists.");
    return;
  }
  GdapRelationship g;
  g.id = id;
  g.customer = c->id;
  g.partner = partner_->id;
  if (const std::string reseller = text("reseller"); !reseller.empty()) {
    const Partner* r = ix_.by_id(w_.partners, reseller);
    if (partner_->type != PartnerType::IndirectProvider || !r || r->type != PartnerType::IndirectReseller || !partnership(partner_->id, reseller)) {
      refuse("R-GDAP-9", "only an indirect provider creates a relationship for a reseller, and only for one of its own indirect resellers; " + (r ? r->name : reseller) + " is not one of " + possessive(partner_->name) + ".");
      return;
    }
    g.partner = r->id;
    g.indirect_provider = partner_->id;
  }
  g.display_name = text("display_name");
  g.duration_days = static_cast<std::int32_t>(std::clamp<std::int64_t>(integer("duration_days").value_or(730), -1, 100000));
  g.auto_extend = flag("auto_extend").value_or(false);
  if (!check_gdap_roles(list("roles"), g.roles)) return;
  if (g.duration_days < 1 || g.duration_days > 730) {
    refuse("R-GDAP-2", "a GDAP relationship lasts 1 to 730 days (P1D..P2Y); " + std::to_string(integer("duration_days").value_or(0)) + " is outside that.");
    return;
  }
  if (g.display_name.empty() || characters(g.display_name) > 50) {
    refuse("R-GDAP-2", "the display name has " + std::to_string(characters(g.display_name)) + " characters; it needs 1 to 50.");
    return;
  }
  for (const GdapRelationship& other : each(w_.gdap_relationships, Key::PartnerAndName, PairKey(g.partner, g.display_name)))
    if (other.partner == g.partner && other.display_name == g.display_name) {
      refuse("R-GDAP-2", partner_name(g.partner) + " already has a relationship named \"" + g.display_name + "\" (" + other.id + "); display names are unique per partner.");
      return;
    }
  if (g.auto_extend && has_global_admin_role(g.roles)) {
    refuse("R-GDAP-16", "the request includes Global Administrator, and a relationship with that role cannot auto-extend; leave auto-extend off or drop the role.");
    return;
  }
  g.status = *gdap_edge(std::nullopt, GdapActor::PartnerUser)->to;
  g.created = when_;
  because("R-GDAP-1", who() + " is an admin agent, who may create GDAP requests.");
  because("R-GDAP-2", "\"" + g.display_name + "\" is unique among " + possessive(partner_name(g.partner)) + " relationships, and " + std::to_string(g.duration_days) + " days is within 1 to 730.");
  if (!g.indirect_provider.empty())
    because("R-GDAP-9", partner_->name + " creates it for its reseller " + partner_name(g.partner) + ", which will approve or reject it once it is locked for approval.");
  for (const GdapRelationship& other : each(w_.gdap_relationships, Key::Customer, g.customer))
    if (other.partner == g.partner && other.customer == g.customer && gdap_status_final(other.status)) {
      because("R-GDAP-18", other.id + " is " + status_name(other.status) + " and cannot be restored; this new request is how " + partner_name(g.partner) + " gets access again.");
      break;
    }
  for (const GdapRelationship& other : each(w_.gdap_relationships, Key::Customer, g.customer))
    if (other.partner == g.partner && other.customer == g.customer && !gdap_status_final(other.status)) {
      because("R-GDAP-12", c->name + " may have several relationships with " + partner_name(g.partner) + "; this one has its own roles and its own end date, apart from " + other.id + ".");
      break;
    }
  append(w_.gdap_relationships.size(), std::move(g));
}

void Decider::update_gdap_relationship() {
  if (!require_gdap_available()) return;
  const GdapRelationship* g = gdap_param();
  if (!g || !require_gdap_partner_admin(*g, true) || refuse_if_final(*g)) return;
  GdapRelationship updated = *g;
  const bool general = !text("display_name").empty() || integer("duration_days").has_value();
  std::vector<std::string> roles;
  if (e_.params.count("roles") && !check_gdap_roles(list("roles"), roles)) return;
  const bool roles_change = e_.params.count("roles") && roles != g->roles;
  // The edits a status allows are the table's edges that keep it, one per rule (gdap.hpp): everything while created
  // (R-GDAP-3); while active, auto-extend (R-GDAP-14) and removing Global Administrator (R-GDAP-16).
  const GdapStatus s = g->status;
  const bool edits = gdap_edge(s, GdapActor::PartnerUser, s, "R-GDAP-3") != nullptr;
  if (gdap_edge(s, GdapActor::PartnerUser, s, "R-GDAP-16")) {
    if (general) {
      refuse("R-GDAP-3", g->id + " is active; its name and duration could be edited only while it was created.");
      return;
    }
    if (roles_change) {
      // Only one edit of roles exists after approval: removing Global Administrator (R-GDAP-16).
      std::vector<std::string> without = g->roles;
      without.erase(std::remove_if(without.begin(), without.end(), is_global_admin_role), without.end());
      if (!has_global_admin_role(g->roles) || roles != without) {
        refuse("R-GDAP-3", "the roles the customer approved in " + g->id + " cannot change now; the only edit while active is removing Global Administrator.");
        return;
      }
      because("R-GDAP-16", "Global Administrator is removed from " + g->id + " while it is active, as only then it can be.");
      for (AccessAssignment& a : updated.access_assignments) a.roles.erase(std::remove_if(a.roles.begin(), a.roles.end(), is_global_admin_role), a.roles.end());
      updated.roles = roles;
    }
  } else if (!edits) {
    if (general || roles_change) {
      refuse("R-GDAP-3", g->id + " is " + status_name(g->status) + "; it can be edited only while created.");
      return;
    }
    if (flag("auto_extend") && !gdap_edge(s, GdapActor::PartnerUser, s, "R-GDAP-14")) {
      refuse("R-GDAP-14", "auto-extend can be changed while a relationship is created or active; " + g->id + " is " + status_name(g->status) + ".");
      return;
    }
  } else {
    if (const std::string name = text("display_name"); !name.empty()) {
      if (characters(name) > 50) {
        refuse("R-GDAP-2", "the display name has " + std::to_string(characters(name)) + " characters; it needs 1 to 50.");
        return;
      }
      for (const GdapRelationship& other : each(w_.gdap_relationships, Key::PartnerAndName, PairKey(g->partner, name)))
        if (other.partner == g->partner && other.id != g->id && other.display_name == name) {
          refuse("R-GDAP-2", partner_name(g->partner) + " already has a relationship named \"" + name + "\" (" + other.id + ").");
          return;
        }
      updated.display_name = name;
    }
    if (const auto days = integer("duration_days")) {
      if (*days < 1 || *days > 730) {
        refuse("R-GDAP-2", "a GDAP relationship lasts 1 to 730 days; " + std::to_string(*days) + " is outside that.");
        return;
      }
      updated.duration_days = static_cast<std::int32_t>(*days);
    }
    if (roles_change) updated.roles = roles;
    because("R-GDAP-3", g->id + " is still created, so it can be edited.");
  }
  if (const auto extend = flag("auto_extend")) {
    if (*extend && has_global_admin_role(updated.roles)) {
      refuse("R-GDAP-16", g->id + " includes Global Administrator; a relationship with that role cannot auto-extend. Remove the role first (possible while active).");
      return;
    }
    updated.auto_extend = *extend;
    because("R-GDAP-14", std::string("auto-extend is turned ") + (*extend ? "on" : "off") + " while " + g->id + " is " + status_name(g->status) + ".");
  }
  if (!(updated == *g)) replace(w_.gdap_relationships, g, updated);
}

void Decider::delete_gdap_relationship() {
  if (!require_gdap_available()) return;
  const GdapRelationship* g = gdap_param();
  if (!g || !require_gdap_partner_admin(*g, true)) return;
  if (!gdap_edge(g->status, GdapActor::PartnerUser)) {
    refuse("R-GDAP-3", g->id + " is " + status_name(g->status) + "; a relationship can be deleted only while created." +
                           (g->status == GdapStatus::Active ? " An active one is terminated instead (R-GDAP-19)." : ""));
    return;
  }
  because("R-GDAP-3", g->id + " was never sent for approval, so it can be deleted.");
  remove(w_.gdap_relationships, g);
}

void Decider::lock_gdap_for_approval() {
  if (!require_gdap_available()) return;
  const GdapRelationship* g = gdap_param();
  if (!g || !require_gdap_partner_admin(*g, true) || refuse_if_final(*g)) return;
  const GdapEdge* edge = gdap_edge(g->status, GdapActor::PartnerUser);
  if (!edge) {
    refuse("R-GDAP-4", "lockForApproval is possible only from created; " + g->id + " is " + status_name(g->status) + ".");
    return;
  }
  if (ix_.by_id(w_.invitations, g->id)) {
    refuse("R-INF-1", "an invitation with the id \"" + g->id + "\" already exists.");
    return;
  }
  because("R-GDAP-4", g->id + " is locked for approval; the link sent to " + g->customer + " carries the relationship id " + g->id + ".");
  because("R-GDAP-6", "the customer has until " + format_date(when_ + duration(Duration::GdapApprovalWindow)) + " (90 days) to approve it.");
  GdapRelationship updated = *g;
  updated.status = *edge->to;
  updated.requested = when_;
  replace(w_.gdap_relationships, g, updated);
  append(w_.invitations.size(), Invitation{g->id, InvitationKind::Gdap, g->partner, false, g->id, {}, {}});
}

void Decider::approve_gdap_relationship() {
  if (!require_gdap_available()) return;
  const GdapRelationship* g = gdap_param();
  if (!g) return;
  const Invitation* link = ix_.by_id(w_.invitations, g->id);
  if (partner_ && user_) {
    // Only the reseller of a provider-created relationship approves on the partner side (R-GDAP-9).
    if (g->indirect_provider.empty() || partner_->id != g->partner) {
      refuse("R-GDAP-5", "a partner cannot approve a GDAP relationship; the customer's Global admin does" +
                             (g->indirect_provider.empty() ? std::string(".") : " (and the reseller " + partner_name(g->partner) + " gives its consent)."));
      return;
    }
    if (!partner_role(PartnerRole::AdminAgent)) {
      refuse("R-GDAP-1", who() + " holds " + roles_text() + "; an admin agent of " + partner_->name + " answers the provider's request.");
      return;
    }
    if (refuse_if_final(*g)) return;
    const GdapEdge* edge = gdap_edge(g->status, GdapActor::IndirectReseller);
    if (!edge) {
      refuse("R-GDAP-9", "the reseller approves or rejects only while the relationship is approvalPending; " + g->id + " is " + status_name(g->status) + ".");
      return;
    }
    because("R-GDAP-9", partner_->name + " approves the relationship its provider " + partner_name(g->indirect_provider) + " created for it.");
    because("R-GDAP-7", "the system now provisions it: approved, activating, active.");
    GdapRelationship updated = *g;
    updated.status = *edge->to;
    replace(w_.gdap_relationships, g, updated);
    return;
  }
  if (!require_customer_user()) return;
  if (!customer_global_admin()) {
    refuse("R-GDAP-5", who() + " holds " + roles_text() + "; only a Global admin of " + customer_->name + " approves partner roles.");
    return;
  }
  if (link && !link->accepted_by.empty()) {
    refuse("R-GDAP-21", "the link for " + g->id + " was already accepted by " + join(link->accepted_by) + "; a GDAP link cannot be used again.");
    return;
  }
  if (g->customer != customer_->id) {
    refuse("R-GDAP-21", "the link for " + g->id + " is for " + g->customer + "; a GDAP link belongs to one relationship with one customer and cannot be reused by " + customer_->name + ".");
    return;
  }
  if (g->status == GdapStatus::Expired && !g->activated) {
    refuse("R-GDAP-6", g->id + " waited 90 days without an answer and expired; " + partner_name(g->partner) + " must send a new request.");
    return;
  }
  if (refuse_if_final(*g)) return;
  const GdapEdge* edge = gdap_edge(g->status, GdapActor::CustomerGlobalAdmin);
  if (!edge) {
    refuse("R-GDAP-4", g->id + " is " + status_name(g->status) + "; the customer can approve only a relationship locked for approval (approvalPending).");
    return;
  }
  if (!g->indirect_provider.empty()) {
    refuse("R-GDAP-9", g->id + " was created by the indirect provider " + partner_name(g->indirect_provider) + " for " + partner_name(g->partner) + ", which approves or rejects it.");
    return;
  }
  if (const DelegatedAdminGrant* d = dap(g->partner, customer_->id)) {
    refuse("R-GDAP-8", customer_->name + " still gives " + partner_name(g->partner) + " DAP (Global Administrator" + (d->services.empty() ? "" : " for " + join(d->services)) +
                           "); it must remove that DAP before approving GDAP, or DAP would override GDAP.");
    return;
  }
  because("R-GDAP-5", who() + " is a Global admin of " + customer_->name + " and approves all of " + possessive(partner_name(g->partner)) + " roles: " + join(role_names(g->roles)) + ".");
  because("R-GDAP-8", partner_name(g->partner) + " has no DAP at " + customer_->name + ", so nothing overrides the granular roles.");
  because("R-GDAP-7", "the system now provisions it (approved, activating, active); it will end " + std::to_string(g->duration_days) + " days after activation.");
  if (link) because("R-GDAP-21", "the link for " + g->id + " is now used; it cannot be accepted again.");
  GdapRelationship updated = *g;
  updated.status = *edge->to;
  replace(w_.gdap_relationships, g, updated);
  if (link) {
    Invitation used = *link;
    used.accepted_by.push_back(customer_->id);
    replace(w_.invitations, link, used);
  }
}

void Decider::reject_gdap_relationship() {
  if (!require_gdap_available()) return;
  const GdapRelationship* g = gdap_param();
  if (!g) return;
  if (customer_ && user_) {
    refuse("R-GDAP-5", "a customer cannot reject a GDAP request; " + customer_->name + " leaves it unanswered and it expires after 90 days (R-GDAP-6), or terminates it once active.");
    return;
  }
  if (!require_partner_user()) return;
  if (g->indirect_provider.empty() || partner_->id != g->partner) {
    refuse("R-GDAP-9", "only the indirect reseller of a relationship its provider created can reject it; " + g->id + " is not such a relationship of " + partner_->name + ".");
    return;
  }
  if (!partner_role(PartnerRole::AdminAgent)) {
    refuse("R-GDAP-1", who() + " holds " + roles_text() + "; an admin agent answers the provider's request.");
    return;
  }
  if (refuse_if_final(*g)) return;
  const GdapEdge* edge = gdap_edge(g->status, GdapActor::IndirectReseller);
  if (!edge) {
    refuse("R-GDAP-9", "the reseller approves or rejects only while the relationship is approvalPending; " + g->id + " is " + status_name(g->status) + ".");
    return;
  }
  because("R-GDAP-9", partner_->name + " rejects the relationship " + partner_name(g->indirect_provider) + " created for it.");
  because("R-INF-10", "a rejected relationship ends terminated (Graph does not name the status).");
  GdapRelationship updated = *g;
  updated.status = *edge->to;
  replace(w_.gdap_relationships, g, updated);
}

void Decider::terminate_gdap_relationship() {
  if (!require_gdap_available()) return;
  const GdapRelationship* g = gdap_param();
  if (!g) return;
  if (customer_ && user_) {
    if (customer_->id != g->customer) {
      refuse("R-INF-5", customer_->name + " is not the customer of " + g->id + ".");
      return;
    }
    if (!customer_global_admin()) {
      refuse("R-GDAP-19", who() + " holds " + roles_text() + "; a Global admin of " + customer_->name + " removes a partner's roles.");
      return;
    }
  } else if (!require_gdap_partner_admin(*g, false)) {
    return;
  }
  if (refuse_if_final(*g)) return;
  const GdapEdge* edge = gdap_edge(g->status, customer_ && user_ ? GdapActor::CustomerGlobalAdmin : GdapActor::PartnerUser);
  if (!edge) {
    refuse("R-GDAP-19", "only an active relationship can be terminated; " + g->id + " is " + status_name(g->status) +
                            (g->status == GdapStatus::Created ? " (delete it instead, R-GDAP-3)." : "."));
    return;
  }
  because("R-GDAP-19", who() + " terminates " + g->id + ": it goes terminationRequested, terminating, terminated, and its security groups lose access. Both sides are emailed.");
  std::vector<std::string> subs;
  for (const Subscription& s : each(w_.subscriptions, Key::Customer, g->customer))
    if (s.customer == g->customer && s.partner_of_record == g->partner) subs.push_back(s.id);
  because("R-GDAP-20", "subscriptions" + (subs.empty() ? std::string() : " (" + join(subs) + ")") + " and the reseller relationship stay; " + partner_name(g->partner) + " can still transact.");
  GdapRelationship updated = *g;
  updated.status = *edge->to;
  replace(w_.gdap_relationships, g, updated);
}

void Decider::create_access_assignment() {
  if (!require_gdap_available()) return;
  const GdapRelationship* g = gdap_param();
  if (!g || !require_gdap_partner_admin(*g, false) || refuse_if_final(*g)) return;
  if (!gdap_edge(g->status, GdapActor::PartnerUser)) {
    because_refused("R-GDAP-10", "access assignments complete a relationship after the customer approves it.");
    refuse("R-INF-11", g->id + " is " + status_name(g->status) + "; access can be assigned only once it is active.");
    return;
  }
  const std::string id = text("assignment");
  if (assignment_by_id(*g, id)) {
    refuse("R-INF-1", g->id + " already has an access assignment \"" + id + "\".");
    return;
  }
  const SecurityGroup* group = by_id(partner_->security_groups, text("security_group"));
  if (!group) {
    refuse("R-GDAP-10", "\"" + text("security_group") + "\" is not a security group of " + possessive(partner_->name) + " tenant; GDAP access goes to the partner's own groups.");
    return;
  }
  std::vector<std::string> roles;
  if (!check_gdap_roles(list("roles"), roles)) return;
  std::vector<std::string> outside;
  for (const std::string& r : roles)
    if (!std::any_of(g->roles.begin(), g->roles.end(), [&](const std::string& approved) {
          const EntraRole* a = find_entra_role(approved);
          return a && a->id == r;
        }))
      outside.push_back(r);
  if (!outside.empty()) {
    refuse("R-GDAP-11", join(role_names(outside)) + (outside.size() == 1 ? " is" : " are") + " not among the roles " + g->customer + " approved in " + g->id + " (" + join(role_names(g->roles)) + ").");
    return;
  }
  because("R-GDAP-11", join(role_names(roles)) + (roles.size() == 1 ? " is" : " are") + " among the roles the customer approved.");
  because("R-GDAP-10", group->name + " gets them once the assignment is active; until then its members have no access.");
  because("R-INF-11", g->id + " is active, so access can be assigned.");
  GdapRelationship updated = *g;
  updated.access_assignments.push_back(AccessAssignment{id, group->id, roles, AccessAssignmentStatus::Pending});
  replace(w_.gdap_relationships, g, updated);
}

// ---- GDAP: the system's edges ---------------------------------------------------------------------------------------

void Decider::advance_gdap_status() {
  if (!require_gdap_available()) return;
  const GdapRelationship* g = gdap_param();
  if (!g || refuse_if_final(*g)) return;
  const GdapEdge* edge = gdap_edge(g->status, GdapActor::System);
  if (!edge) {
    refuse("R-GDAP-7", g->id + " is " + status_name(g->status) + "; the system moves a relationship only while approved, activating, expiring, terminationRequested or terminating.");
    return;
  }
  GdapRelationship updated = *g;
  updated.status = *edge->to;
  switch (g->status) {
    case GdapStatus::Approved:
      because("R-GDAP-7", g->id + " was approved; the system provisions it (activating).");
      break;
    case GdapStatus::Activating:
      updated.activated = when_;
      updated.end = when_ + static_cast<Timestamp>(g->duration_days) * kSecondsPerDay;
      because("R-GDAP-7", g->id + " is active from " + format_date(when_) + " and ends " + format_date(*updated.end) + " (activation + " + std::to_string(g->duration_days) + " days).");
      because("R-GDAP-10", "no one has access yet: " + partner_name(g->partner) + " must assign it to a security group.");
      break;
    case GdapStatus::TerminationRequested:
      because("R-GDAP-19", "the system deprovisions " + g->id + " (terminating).");
      break;
    case GdapStatus::Terminating:
      because("R-GDAP-19", g->id + " is terminated; its security groups have lost access.");
      because("R-GDAP-18", "terminated is final.");
      break;
    case GdapStatus::Expiring:
      because("R-GDAP-15", g->id + " passed its end date without auto-extend: it is expired and its groups lost access.");
      because("R-GDAP-18", "expired is final; only a new request and approval give access again.");
      break;
    default: assert(false && "an advance_gdap_status edge without its explanation"); break;
  }
  replace(w_.gdap_relationships, g, updated);
}

void Decider::activate_access_assignment() {
  if (!require_gdap_available()) return;
  const GdapRelationship* g = gdap_param();
  if (!g) return;
  const AccessAssignment* a = assignment_by_id(*g, text("assignment"));
  if (!a) {
    refuse("R-INF-1", g->id + " has no access assignment \"" + text("assignment") + "\".");
    return;
  }
  if (!gdap_edge(g->status, GdapActor::System) || a->status != AccessAssignmentStatus::Pending) {
    refuse("R-GDAP-10", "only a pending assignment of an active relationship becomes active; " + a->id + " is " + std::string(to_name(a->status)) + " on a " + status_name(g->status) + " relationship.");
    return;
  }
  because("R-GDAP-10", "the assignment " + a->id + " is active: members of " + a->security_group + " now hold " + join(role_names(a->roles)) + " at " + g->customer + ".");
  GdapRelationship updated = *g;
  for (AccessAssignment& x : updated.access_assignments)
    if (x.id == a->id) x.status = AccessAssignmentStatus::Active;
  replace(w_.gdap_relationships, g, updated);
}

void Decider::expire_gdap_request() {
  if (!require_gdap_available()) return;
  const GdapRelationship* g = gdap_param();
  if (!g) return;
  const GdapEdge* edge = gdap_edge(g->status, GdapActor::System);
  if (!edge || !g->requested || *g->requested + duration(Duration::GdapApprovalWindow) > when_) {
    refuse("R-GDAP-6", g->id + " is not a request left unanswered for 90 days" +
                           (g->requested && edge ? " (it expires " + format_date(*g->requested + duration(Duration::GdapApprovalWindow)) + ")." : "."));
    return;
  }
  because("R-GDAP-6", g->customer + " did not approve " + g->id + " within 90 days of " + format_date(*g->requested) + ": the request expires.");
  because("R-INF-9", "the relationship ends expired (no source names the status).");
  GdapRelationship updated = *g;
  updated.status = *edge->to;
  replace(w_.gdap_relationships, g, updated);
}

void Decider::gdap_end_reached() {
  if (!require_gdap_available()) return;
  const GdapRelationship* g = gdap_param();
  if (!g) return;
  // Two edges leave an active relationship at its end date: auto-extending keeps it active, otherwise it moves on.
  const bool extends = gdap_auto_extends(*g);
  const GdapEdge* edge = nullptr;
  for (const GdapEdge& e : gdap_edges())
    if (!edge && e.from == g->status && e.who == GdapActor::System && e.action == e_.action && (e.to == e.from) == extends) edge = &e;
  if (!edge || !g->end || *g->end > when_) {
    refuse("R-GDAP-15", g->id + " has not reached an end date while active" + (g->end && edge ? " (it ends " + format_date(*g->end) + ")." : "."));
    return;
  }
  GdapRelationship updated = *g;
  if (gdap_auto_extends(*g)) {
    updated.end = *g->end + duration(Duration::GdapAutoExtension);
    updated.notices_sent = 0;
    because("R-GDAP-15", g->id + " auto-extends: its end moves 180 days, to " + format_date(*updated.end) + ", and it stays active.");
    because("R-GDAP-14", "auto-extend is on (P180D).");
  } else {
    updated.status = *edge->to;
    because("R-GDAP-15", g->id + " reached its end date (" + format_date(*g->end) + ") without auto-extend: it is expiring.");
    if (g->auto_extend) because("R-GDAP-16", g->id + " includes Global Administrator, so auto-extend could not apply.");
    because("R-GDAP-17", "partner and customer get the expiry-date notice.");
    because("R-GDAP-20", "its end changes no subscription and leaves the reseller relationship in place.");
  }
  replace(w_.gdap_relationships, g, updated);
}

void Decider::send_gdap_expiry_notice() {
  if (!require_gdap_available()) return;
  const GdapRelationship* g = gdap_param();
  if (!g) return;
  if (gdap_auto_extends(*g)) {
    refuse("R-GDAP-17", g->id + " auto-extends, so no expiry notices are sent.");
    return;
  }
  const bool due = gdap_edge(g->status, GdapActor::System) && g->end && g->notices_sent < kGdapNotices &&
                   *g->end - gdap_notice_days(g->notices_sent) * kSecondsPerDay <= when_;
  if (!due) {
    refuse("R-GDAP-17", "no expiry notice for " + g->id + " is due now; notices go 30, 7 and 1 day before an active relationship's end date.");
    return;
  }
  because("R-GDAP-17", "partner and customer are told that " + g->id + " ends on " + format_date(*g->end) + " (" + std::to_string(gdap_notice_days(g->notices_sent)) + "-day notice).");
  GdapRelationship updated = *g;
  ++updated.notices_sent;
  replace(w_.gdap_relationships, g, updated);
}

}  // namespace core::detail
