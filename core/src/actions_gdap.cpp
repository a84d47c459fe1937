// actions_gdap.cpp — the GDAP rule pack (Microsoft Graph's delegatedAdminRelationship state machine, facts.md §3.6).
// Users ask for the legal edges (create, edit, lock, approve, reject, terminate, assign); the system takes the others
// when they fall due (provisioning, the 90-day approval window, the end date, notices). Also what GDAP access decides
// for the admin-rights actions (actions_admin_rights.cpp).
#include "decider.hpp"

namespace core::detail {

namespace {

// A status as an explanation names it: its JSON name in English ("approvalPending"), its label in Chinese.
Message status_message(GdapStatus s) { return name_message(s); }

std::size_t characters(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// Entra roles by their display names, in the language the explanation is shown in (a role that is not built in, as written).
Message role_names(const std::vector<std::string>& roles) {
  std::vector<Message> names;
  for (const std::string& r : roles) {
    const EntraRole* role = find_entra_role(r);
    names.emplace_back(role ? entra_role_name(*role) : Message(r));
  }
  return Message::list(std::move(names));
}

Message id_list(const std::vector<std::string>& ids) { return Message::list(std::vector<Message>(ids.begin(), ids.end())); }

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
  if (cn() && not_yet("R-CN-8")) because_refused("R-CN-8", Message::of("version.cn_gdap_not_yet"));
  if (cn()) return refuse("R-INF-8", Message::of("gdap.not_in_21vianet"));
  return refuse("R-REL-8", Message::of("gdap.not_in_dap_era"));
}

const GdapRelationship* Decider::gdap_param() {
  const std::string id = text("relationship");
  const GdapRelationship* g = ix_.by_id(w_.gdap_relationships, id);
  if (!g) refuse("R-INF-1", Message::of("gdap.no_relationship", {{"id", id}}));
  return g;
}

// The relationship's own partner (or, when `provider_too`, the indirect provider that created it), as an admin agent.
bool Decider::require_gdap_partner_admin(const GdapRelationship& g, bool provider_too) {
  if (!require_gdap_partner(g, provider_too)) return false;
  if (!partner_role(PartnerRole::AdminAgent)) return refuse("R-GDAP-1", Message::of("gdap.only_admin_agents_manage", {{"actor", who_message()}, {"roles", roles_message()}}));
  return true;
}

bool Decider::require_gdap_partner(const GdapRelationship& g, bool provider_too) {
  if (!require_partner_user()) return false;
  if (partner_->id != g.partner && !(provider_too && partner_->id == g.indirect_provider))
    return refuse("R-INF-5", Message::of("gdap.not_partner_of", {{"partner", partner_->name}, {"relationship", g.id}, {"owner", partner_name(g.partner)}}));
  return true;
}

// Who grants customer-approved roles to security groups: "Appropriate roles: Global admin | User management admin |
// Admin agent" (gdap-assign-azure-ad-roles), wider than who creates requests (R-GDAP-1: admin agents only).
bool Decider::require_gdap_assigner(const GdapRelationship& g) {
  if (!require_gdap_partner(g, false)) return false;
  if (partner_role(PartnerRole::AdminAgent) || has_role(PartnerRole::UserManagementAdmin)) return true;
  return refuse("R-GDAP-10", Message::of("gdap.only_assigners", {{"actor", who_message()}, {"roles", roles_message()}}));
}

// The edge a reseller's answer to its provider's request takes (R-GDAP-9), or null after refusing: a final relationship
// or one not waiting for the reseller.
const GdapEdge* Decider::reseller_answer_edge(const GdapRelationship& g) {
  if (refuse_if_final(g)) return nullptr;
  const GdapEdge* edge = gdap_edge(g.status, GdapActor::IndirectReseller);
  if (!edge) refuse("R-GDAP-9", Message::of("gdap.reseller_only_pending", {{"relationship", g.id}, {"status", status_message(g.status)}}));
  return edge;
}

bool Decider::refuse_if_final(const GdapRelationship& g) {
  if (!gdap_status_final(g.status)) return false;
  refuse("R-GDAP-18", Message::of("gdap.final", {{"relationship", g.id}, {"status", status_message(g.status)}, {"partner", partner_name(g.partner)}}));
  return true;
}

// Roles must be built-in Entra roles; they are kept by their short id.
bool Decider::check_gdap_roles(const std::vector<std::string>& roles, std::vector<std::string>& resolved) {
  if (roles.empty()) return refuse("R-GDAP-2", Message::of("gdap.needs_role"));
  for (const std::string& r : roles) {
    const EntraRole* role = find_entra_role(r);
    if (!role) return refuse("R-INF-1", Message::of("gdap.not_builtin_role", {{"role", r}}));
    // A customer-side role is not a role a partner can hold (R-GDAP-26); before the rule, the role did not exist.
    if (role->customer_side)
      return in_force("R-GDAP-26") ? refuse("R-GDAP-26", Message::of("today.gdap_role_customer_side", {{"role", entra_role_name(*role)}}))
                                   : refuse("R-INF-1", Message::of("gdap.not_builtin_role", {{"role", r}}));
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
bool Decider::gdap_access_decides(const Customer& c, std::string_view needed_role, const Message& task) {
  bool in_group = false;
  const std::vector<std::string> roles = gdap_roles_of_user(c.id, in_group);
  if (!in_group) return false;
  const bool with_dap = dap(partner_->id, c.id) != nullptr;
  const bool allowed = needed_role.empty() ? !roles.empty() : (has(roles, needed_role) || has(roles, kGlobalAdministratorRole));
  const Message held = roles.empty() ? Message::of("roles.none") : role_names(roles);
  if (allowed) {
    because("R-GDAP-10", Message::of("gdap.access_allows", {{"actor", who_message()}, {"customer", c.name}, {"roles", held}, {"task", task}}));
    if (with_dap) because("R-GDAP-13", Message::of("gdap.dap_plays_no_part", {{"partner", partner_->name}, {"customer", c.name}}));
    return true;
  }
  const EntraRole* needed = find_entra_role(needed_role);
  const Message need = needed ? entra_role_name(*needed) : Message(std::string(needed_role));
  // A role held only through a relationship that has ended: all its roles ended together (R-GDAP-12).
  for (const GdapRelationship& g : each(w_.gdap_relationships, Key::Customer, c.id))
    if (g.partner == partner_->id && g.customer == c.id && g.status != GdapStatus::Active && std::any_of(g.roles.begin(), g.roles.end(), [&](const std::string& r) {
          const EntraRole* role = find_entra_role(r);
          return role && role->id == needed_role;
        }))
      because_refused("R-GDAP-12", Message::of("gdap.role_ended_with", {{"role", need}, {"relationship", g.id}, {"status", status_message(g.status)}}));
  if (with_dap)
    refuse("R-GDAP-13", Message::of("gdap.decides_over_dap", {{"actor", who_message()}, {"partner", partner_->name}, {"held", held}, {"need", need}}));
  else
    refuse("R-GDAP-11", Message::of("gdap.lacks_role", {{"actor", who_message()}, {"held", held}, {"customer", c.name}, {"task", task}, {"need", need}}));
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
      return refuse("R-GDAP-10", Message::of("gdap.no_assignment", {{"actor", who_message()}, {"relationship", best->id}}));
    case GdapStatus::Approved:
    case GdapStatus::Activating:
      return refuse("R-GDAP-7", Message::of("gdap.not_yet_active", {{"relationship", best->id}, {"status", status_message(best->status)}}));
    case GdapStatus::Expired:
    case GdapStatus::Terminated:
      return refuse(best->status == GdapStatus::Expired ? "R-GDAP-18" : "R-GDAP-19",
                    Message::of("gdap.ended_no_access", {{"relationship", best->id}, {"status", status_message(best->status)}}));
    default:
      return refuse("R-GDAP-5", Message::of("gdap.not_approved_yet", {{"relationship", best->id}, {"status", status_message(best->status)}}));
  }
}

// ---- GDAP: request --------------------------------------------------------------------------------------------------

void Decider::create_gdap_relationship() {
  if (!require_gdap_available() || !require_partner_user()) return;
  if (!partner_role(PartnerRole::AdminAgent)) {
    refuse("R-GDAP-1", Message::of("gdap.only_admin_agents_create", {{"actor", who_message()}, {"roles", roles_message()}}));
    return;
  }
  const Customer* c = customer_param();
  if (!c) return;
  const std::string id = text("relationship");
  if (ix_.by_id(w_.gdap_relationships, id)) {
    refuse("R-INF-1", Message::of("gdap.id_taken", {{"id", id}}));
    return;
  }
  GdapRelationship g;
  g.id = id;
  g.customer = c->id;
  g.partner = partner_->id;
  if (const std::string reseller = text("reseller"); !reseller.empty()) {
    const Partner* r = ix_.by_id(w_.partners, reseller);
    if (partner_->type != PartnerType::IndirectProvider || !r || r->type != PartnerType::IndirectReseller || !partnership(partner_->id, reseller)) {
      refuse("R-GDAP-9", Message::of("gdap.reseller_not_own", {{"reseller", r ? r->name : reseller}, {"provider", partner_->name}}));
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
    refuse("R-GDAP-2", Message::of("gdap.duration_outside", {{"days", integer("duration_days").value_or(0)}}));
    return;
  }
  if (g.display_name.empty() || characters(g.display_name) > 50) {
    refuse("R-GDAP-2", Message::of("gdap.name_length", {{"count", characters(g.display_name)}}));
    return;
  }
  for (const GdapRelationship& other : each(w_.gdap_relationships, Key::PartnerAndName, PairKey(g.partner, g.display_name)))
    if (other.partner == g.partner && other.display_name == g.display_name) {
      refuse("R-GDAP-2", Message::of("gdap.name_taken", {{"partner", partner_name(g.partner)}, {"name", g.display_name}, {"other", other.id}}));
      return;
    }
  if (g.auto_extend && not_yet("R-GDAP-22")) {
    refuse("R-GDAP-22", Message::of("version.auto_extend_not_yet"));
    return;
  }
  if (g.auto_extend && has_global_admin_role(g.roles)) {
    refuse("R-GDAP-16", Message::of("gdap.no_auto_extend_with_ga"));
    return;
  }
  g.status = *gdap_edge(std::nullopt, GdapActor::PartnerUser)->to;
  g.created = when_;
  because("R-GDAP-1", Message::of("gdap.admin_agent_creates", {{"actor", who_message()}}));
  if (cn() && !metadata_.gdap_in_21vianet) because("R-CN-8", Message::of("version.cn_gdap_assumed"));
  if (!relationship(g.partner, g.customer) && in_force("R-GDAP-29"))
    because("R-GDAP-29", Message::of("today.gdap_without_reseller_relationship", {{"partner", partner_name(g.partner)}, {"customer", c->name}}));
  if (g.auto_extend) because("R-GDAP-22", Message::of("version.auto_extend_requested"));
  because("R-GDAP-2", Message::of("gdap.name_unique", {{"name", g.display_name}, {"partner", partner_name(g.partner)}, {"days", g.duration_days}}));
  if (!g.indirect_provider.empty()) because("R-GDAP-9", Message::of("gdap.for_reseller", {{"provider", partner_->name}, {"reseller", partner_name(g.partner)}}));
  for (const GdapRelationship& other : each(w_.gdap_relationships, Key::Customer, g.customer))
    if (other.partner == g.partner && other.customer == g.customer && gdap_status_final(other.status)) {
      because("R-GDAP-18", Message::of("gdap.new_request_after_final", {{"other", other.id}, {"status", status_message(other.status)}, {"partner", partner_name(g.partner)}}));
      break;
    }
  for (const GdapRelationship& other : each(w_.gdap_relationships, Key::Customer, g.customer))
    if (other.partner == g.partner && other.customer == g.customer && !gdap_status_final(other.status)) {
      because("R-GDAP-12", Message::of("gdap.several", {{"customer", c->name}, {"partner", partner_name(g.partner)}, {"other", other.id}}));
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
      refuse("R-GDAP-3", Message::of("gdap.active_no_general_edit", {{"relationship", g->id}}));
      return;
    }
    if (roles_change) {
      // Only one edit of roles exists after approval: removing Global Administrator (R-GDAP-16).
      std::vector<std::string> without = g->roles;
      without.erase(std::remove_if(without.begin(), without.end(), is_global_admin_role), without.end());
      if (!has_global_admin_role(g->roles) || roles != without) {
        refuse("R-GDAP-3", Message::of("gdap.approved_roles_fixed", {{"relationship", g->id}}));
        return;
      }
      if (not_yet("R-GDAP-25")) {
        because_refused("R-GDAP-25", Message::of("version.ga_not_yet_removable", {{"relationship", g->id}}));
        refuse("R-GDAP-3", Message::of("gdap.approved_roles_fixed", {{"relationship", g->id}}));
        return;
      }
      because("R-GDAP-16", Message::of("gdap.ga_removed", {{"relationship", g->id}}));
      for (AccessAssignment& a : updated.access_assignments) a.roles.erase(std::remove_if(a.roles.begin(), a.roles.end(), is_global_admin_role), a.roles.end());
      updated.roles = roles;
    }
  } else if (!edits) {
    if (general || roles_change) {
      refuse("R-GDAP-3", Message::of("gdap.edit_only_created", {{"relationship", g->id}, {"status", status_message(g->status)}}));
      return;
    }
    if (flag("auto_extend") && !gdap_edge(s, GdapActor::PartnerUser, s, "R-GDAP-14")) {
      refuse("R-GDAP-14", Message::of("gdap.auto_extend_when", {{"relationship", g->id}, {"status", status_message(g->status)}}));
      return;
    }
  } else {
    if (const std::string name = text("display_name"); !name.empty()) {
      if (characters(name) > 50) {
        refuse("R-GDAP-2", Message::of("gdap.name_length", {{"count", characters(name)}}));
        return;
      }
      for (const GdapRelationship& other : each(w_.gdap_relationships, Key::PartnerAndName, PairKey(g->partner, name)))
        if (other.partner == g->partner && other.id != g->id && other.display_name == name) {
          refuse("R-GDAP-2", Message::of("gdap.name_taken_short", {{"partner", partner_name(g->partner)}, {"name", name}, {"other", other.id}}));
          return;
        }
      updated.display_name = name;
    }
    if (const auto days = integer("duration_days")) {
      if (*days < 1 || *days > 730) {
        refuse("R-GDAP-2", Message::of("gdap.duration_outside_short", {{"days", *days}}));
        return;
      }
      updated.duration_days = static_cast<std::int32_t>(*days);
    }
    if (roles_change) updated.roles = roles;
    because("R-GDAP-3", Message::of("gdap.still_created", {{"relationship", g->id}}));
  }
  if (const auto extend = flag("auto_extend")) {
    if (*extend && not_yet("R-GDAP-22")) {
      refuse("R-GDAP-22", Message::of("version.auto_extend_not_yet"));
      return;
    }
    if (*extend && has_global_admin_role(updated.roles)) {
      refuse("R-GDAP-16", Message::of("gdap.ga_blocks_auto_extend", {{"relationship", g->id}}));
      return;
    }
    updated.auto_extend = *extend;
    because("R-GDAP-14", Message::of(*extend ? "gdap.auto_extend_on" : "gdap.auto_extend_off", {{"relationship", g->id}, {"status", status_message(g->status)}}));
  }
  if (!(updated == *g)) replace(w_.gdap_relationships, g, updated);
}

void Decider::delete_gdap_relationship() {
  if (!require_gdap_available()) return;
  const GdapRelationship* g = gdap_param();
  if (!g || !require_gdap_partner_admin(*g, true)) return;
  if (!gdap_edge(g->status, GdapActor::PartnerUser)) {
    refuse("R-GDAP-3", Message::of(g->status == GdapStatus::Active ? "gdap.delete_only_created_active" : "gdap.delete_only_created",
                                   {{"relationship", g->id}, {"status", status_message(g->status)}}));
    return;
  }
  because("R-GDAP-3", Message::of("gdap.never_sent", {{"relationship", g->id}}));
  remove(w_.gdap_relationships, g);
}

void Decider::lock_gdap_for_approval() {
  if (!require_gdap_available()) return;
  const GdapRelationship* g = gdap_param();
  if (!g || !require_gdap_partner_admin(*g, true) || refuse_if_final(*g)) return;
  const GdapEdge* edge = gdap_edge(g->status, GdapActor::PartnerUser);
  if (!edge) {
    refuse("R-GDAP-4", Message::of("gdap.lock_only_created", {{"relationship", g->id}, {"status", status_message(g->status)}}));
    return;
  }
  if (ix_.by_id(w_.invitations, g->id)) {
    refuse("R-INF-1", Message::of("gdap.invitation_id_taken", {{"id", g->id}}));
    return;
  }
  because("R-GDAP-4", Message::of("gdap.locked", {{"relationship", g->id}, {"customer", g->customer}}));
  because("R-GDAP-6", Message::of("gdap.approval_deadline", {{"until", Message::time(when_ + duration(Duration::GdapApprovalWindow))}}));
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
      refuse("R-GDAP-5", g->indirect_provider.empty() ? Message::of("gdap.partner_cannot_approve")
                                                      : Message::of("gdap.partner_cannot_approve_reseller", {{"reseller", partner_name(g->partner)}}));
      return;
    }
    if (!partner_role(PartnerRole::AdminAgent)) {
      refuse("R-GDAP-1", Message::of("gdap.reseller_admin_agent_answers", {{"actor", who_message()}, {"roles", roles_message()}, {"partner", partner_->name}}));
      return;
    }
    const GdapEdge* edge = reseller_answer_edge(*g);
    if (!edge) return;
    because("R-GDAP-9", Message::of("gdap.reseller_approves", {{"reseller", partner_->name}, {"provider", partner_name(g->indirect_provider)}}));
    because("R-GDAP-7", Message::of("gdap.provisions"));
    GdapRelationship updated = *g;
    updated.status = *edge->to;
    replace(w_.gdap_relationships, g, updated);
    return;
  }
  if (!require_customer_user()) return;
  if (!customer_global_admin() && !customer_relationship_admin_decides()) {
    if (in_force("R-GDAP-26"))
      refuse("R-GDAP-26", Message::of("today.only_ga_or_relationship_admin", {{"actor", who_message()}, {"roles", roles_message()}, {"customer", customer_->name}}));
    else
      refuse("R-GDAP-5", Message::of("gdap.only_customer_ga_approves", {{"actor", who_message()}, {"roles", roles_message()}, {"customer", customer_->name}}));
    return;
  }
  if (link && !link->accepted_by.empty()) {
    refuse("R-GDAP-21", Message::of("gdap.link_used", {{"relationship", g->id}, {"by", id_list(link->accepted_by)}}));
    return;
  }
  if (g->customer != customer_->id) {
    refuse("R-GDAP-21", Message::of("gdap.link_other_customer", {{"relationship", g->id}, {"for", g->customer}, {"customer", customer_->name}}));
    return;
  }
  if (g->status == GdapStatus::Expired && !g->activated) {
    refuse("R-GDAP-6", Message::of("gdap.request_expired", {{"relationship", g->id}, {"partner", partner_name(g->partner)}}));
    return;
  }
  if (refuse_if_final(*g)) return;
  const GdapEdge* edge = gdap_edge(g->status, GdapActor::CustomerGlobalAdmin);
  if (!edge) {
    refuse("R-GDAP-4", Message::of("gdap.customer_approves_pending", {{"relationship", g->id}, {"status", status_message(g->status)}}));
    return;
  }
  if (!g->indirect_provider.empty()) {
    refuse("R-GDAP-9", Message::of("gdap.reseller_decides", {{"relationship", g->id}, {"provider", partner_name(g->indirect_provider)}, {"reseller", partner_name(g->partner)}}));
    return;
  }
  const DelegatedAdminGrant* d = dap(g->partner, customer_->id);
  if (d && !in_force("R-GDAP-27")) {
    if (not_yet("R-GDAP-27")) because_refused("R-GDAP-27", Message::of("version.dap_removal_still_needed"));
    refuse("R-GDAP-8", Message::of(d->services.empty() ? "gdap.remove_dap_first" : "gdap.remove_dap_first_services",
                                   {{"customer", customer_->name}, {"partner", partner_name(g->partner)}, {"services", id_list(d->services)}}));
    return;
  }
  because("R-GDAP-5", Message::of("gdap.customer_ga_approves", {{"actor", who_message()}, {"customer", customer_->name}, {"partner", partner_name(g->partner)}, {"roles", role_names(g->roles)}}));
  if (d) because("R-GDAP-27", Message::of("version.dap_stays", {{"partner", partner_name(g->partner)}, {"customer", customer_->name}}));
  else because("R-GDAP-8", Message::of("gdap.no_dap_override", {{"partner", partner_name(g->partner)}, {"customer", customer_->name}}));
  because("R-GDAP-7", Message::of("gdap.provisions_until", {{"days", g->duration_days}}));
  if (link) because("R-GDAP-21", Message::of("gdap.link_now_used", {{"relationship", g->id}}));
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
    refuse("R-GDAP-5", Message::of("gdap.customer_cannot_reject", {{"customer", customer_->name}}));
    return;
  }
  if (!require_partner_user()) return;
  if (g->indirect_provider.empty() || partner_->id != g->partner) {
    refuse("R-GDAP-9", Message::of("gdap.only_reseller_rejects", {{"relationship", g->id}, {"partner", partner_->name}}));
    return;
  }
  if (!partner_role(PartnerRole::AdminAgent)) {
    refuse("R-GDAP-1", Message::of("gdap.admin_agent_answers", {{"actor", who_message()}, {"roles", roles_message()}}));
    return;
  }
  const GdapEdge* edge = reseller_answer_edge(*g);
  if (!edge) return;
  because("R-GDAP-9", Message::of("gdap.reseller_rejects", {{"reseller", partner_->name}, {"provider", partner_name(g->indirect_provider)}}));
  because("R-INF-10", Message::of("gdap.rejected_ends_terminated"));
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
      refuse("R-INF-5", Message::of("gdap.not_customer_of", {{"customer", customer_->name}, {"relationship", g->id}}));
      return;
    }
    if (!customer_global_admin() && !customer_relationship_admin_decides()) {
      if (in_force("R-GDAP-26"))
        refuse("R-GDAP-26", Message::of("today.only_ga_or_relationship_admin", {{"actor", who_message()}, {"roles", roles_message()}, {"customer", customer_->name}}));
      else
        refuse("R-GDAP-19", Message::of("gdap.customer_ga_terminates", {{"actor", who_message()}, {"roles", roles_message()}, {"customer", customer_->name}}));
      return;
    }
  } else if (!require_gdap_partner_admin(*g, false)) {
    return;
  }
  if (refuse_if_final(*g)) return;
  const GdapEdge* edge = gdap_edge(g->status, customer_ && user_ ? GdapActor::CustomerGlobalAdmin : GdapActor::PartnerUser);
  if (!edge) {
    refuse("R-GDAP-19", Message::of(g->status == GdapStatus::Created ? "gdap.terminate_only_active_created" : "gdap.terminate_only_active",
                                    {{"relationship", g->id}, {"status", status_message(g->status)}}));
    return;
  }
  because("R-GDAP-19", Message::of("gdap.terminates", {{"actor", who_message()}, {"relationship", g->id}}));
  std::vector<std::string> subs;
  for (const Subscription& s : each(w_.subscriptions, Key::Customer, g->customer))
    if (s.customer == g->customer && s.partner_of_record == g->partner) subs.push_back(s.id);
  because("R-GDAP-20", Message::of(subs.empty() ? "gdap.subscriptions_stay" : "gdap.subscriptions_stay_named", {{"subscriptions", id_list(subs)}, {"partner", partner_name(g->partner)}}));
  GdapRelationship updated = *g;
  updated.status = *edge->to;
  replace(w_.gdap_relationships, g, updated);
}

void Decider::create_access_assignment() {
  if (!require_gdap_available()) return;
  const GdapRelationship* g = gdap_param();
  if (!g || !require_gdap_assigner(*g) || refuse_if_final(*g)) return;
  if (!gdap_edge(g->status, GdapActor::PartnerUser)) {
    because_refused("R-GDAP-10", Message::of("gdap.assign_after_approval"));
    refuse("R-INF-11", Message::of("gdap.assign_only_active", {{"relationship", g->id}, {"status", status_message(g->status)}}));
    return;
  }
  const std::string id = text("assignment");
  if (assignment_by_id(*g, id)) {
    refuse("R-INF-1", Message::of("gdap.assignment_id_taken", {{"relationship", g->id}, {"id", id}}));
    return;
  }
  const SecurityGroup* group = by_id(partner_->security_groups, text("security_group"));
  if (!group) {
    refuse("R-GDAP-10", Message::of("gdap.not_own_group", {{"group", text("security_group")}, {"partner", partner_->name}}));
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
    refuse("R-GDAP-11", Message::of("gdap.roles_not_approved", {{"roles", role_names(outside)}, {"customer", g->customer}, {"relationship", g->id}, {"approved", role_names(g->roles)}}));
    return;
  }
  because("R-GDAP-11", Message::of("gdap.roles_approved", {{"roles", role_names(roles)}}));
  because("R-GDAP-10", Message::of("gdap.group_gets_roles", {{"group", group->name}}));
  because("R-INF-11", Message::of("gdap.active_can_assign", {{"relationship", g->id}}));
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
    refuse("R-GDAP-7", Message::of("gdap.system_moves_only", {{"relationship", g->id}, {"status", status_message(g->status)}}));
    return;
  }
  GdapRelationship updated = *g;
  updated.status = *edge->to;
  switch (g->status) {
    case GdapStatus::Approved:
      because("R-GDAP-7", Message::of("gdap.provisioning", {{"relationship", g->id}}));
      break;
    case GdapStatus::Activating:
      updated.activated = when_;
      updated.end = when_ + static_cast<Timestamp>(g->duration_days) * kSecondsPerDay;
      because("R-GDAP-7", Message::of("gdap.active_from", {{"relationship", g->id}, {"from", Message::time(when_)}, {"end", Message::time(*updated.end)}, {"days", g->duration_days}}));
      because("R-GDAP-10", Message::of("gdap.no_access_yet", {{"partner", partner_name(g->partner)}}));
      break;
    case GdapStatus::TerminationRequested:
      because("R-GDAP-19", Message::of("gdap.deprovisions", {{"relationship", g->id}}));
      break;
    case GdapStatus::Terminating:
      because("R-GDAP-19", Message::of("gdap.terminated_lost", {{"relationship", g->id}}));
      because("R-GDAP-18", Message::of("gdap.terminated_final"));
      break;
    case GdapStatus::Expiring:
      because("R-GDAP-15", Message::of("gdap.expired_lost", {{"relationship", g->id}}));
      because("R-GDAP-18", Message::of("gdap.expired_final"));
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
    refuse("R-INF-1", Message::of("gdap.no_assignment_id", {{"relationship", g->id}, {"id", text("assignment")}}));
    return;
  }
  if (!gdap_edge(g->status, GdapActor::System) || a->status != AccessAssignmentStatus::Pending) {
    refuse("R-GDAP-10", Message::of("gdap.only_pending_activates", {{"assignment", a->id}, {"status", name_message(a->status)}, {"relationship_status", status_message(g->status)}}));
    return;
  }
  because("R-GDAP-10", Message::of("gdap.assignment_active", {{"assignment", a->id}, {"group", a->security_group}, {"roles", role_names(a->roles)}, {"customer", g->customer}}));
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
    refuse("R-GDAP-6", g->requested && edge ? Message::of("gdap.not_unanswered_until", {{"relationship", g->id}, {"on", Message::time(*g->requested + duration(Duration::GdapApprovalWindow))}})
                                            : Message::of("gdap.not_unanswered", {{"relationship", g->id}}));
    return;
  }
  because("R-GDAP-6", Message::of("gdap.request_expires", {{"customer", g->customer}, {"relationship", g->id}, {"from", Message::time(*g->requested)}}));
  because("R-INF-9", Message::of("gdap.ends_expired"));
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
    refuse("R-GDAP-15", g->end && edge ? Message::of("gdap.no_end_reached_until", {{"relationship", g->id}, {"end", Message::time(*g->end)}})
                                       : Message::of("gdap.no_end_reached", {{"relationship", g->id}}));
    return;
  }
  GdapRelationship updated = *g;
  if (gdap_auto_extends(*g)) {
    updated.end = *g->end + duration(Duration::GdapAutoExtension);
    updated.notices_sent = 0;
    because("R-GDAP-15", Message::of("gdap.auto_extends", {{"relationship", g->id}, {"end", Message::time(*updated.end)}}));
    because("R-GDAP-14", Message::of("gdap.auto_extend_is_on"));
  } else {
    updated.status = *edge->to;
    because("R-GDAP-15", Message::of("gdap.end_reached", {{"relationship", g->id}, {"end", Message::time(*g->end)}}));
    if (g->auto_extend) because("R-GDAP-16", Message::of("gdap.ga_no_auto_extend", {{"relationship", g->id}}));
    because("R-GDAP-17", Message::of("gdap.expiry_notice_both"));
    because("R-GDAP-20", Message::of("gdap.end_changes_nothing"));
  }
  replace(w_.gdap_relationships, g, updated);
}

void Decider::send_gdap_expiry_notice() {
  if (!require_gdap_available()) return;
  const GdapRelationship* g = gdap_param();
  if (!g) return;
  if (gdap_auto_extends(*g)) {
    refuse("R-GDAP-17", Message::of("gdap.no_notices_auto_extend", {{"relationship", g->id}}));
    return;
  }
  const bool due = gdap_edge(g->status, GdapActor::System) && g->end && g->notices_sent < kGdapNotices &&
                   *g->end - gdap_notice_days(g->notices_sent) * kSecondsPerDay <= when_;
  if (!due) {
    refuse("R-GDAP-17", Message::of("gdap.no_notice_due", {{"relationship", g->id}}));
    return;
  }
  because("R-GDAP-17", Message::of("gdap.notice_sent", {{"relationship", g->id}, {"end", Message::time(*g->end)}, {"days", gdap_notice_days(g->notices_sent)}}));
  GdapRelationship updated = *g;
  ++updated.notices_sent;
  replace(w_.gdap_relationships, g, updated);
}

}  // namespace core::detail
