// timers.cpp — the duration table, the timers each entity sets, and the system event the earliest one becomes.
#include "mpsim/timers.hpp"

#include <algorithm>
#include <cassert>
#include <utility>

#include "mpsim/entra_roles.hpp"
#include "mpsim/gdap.hpp"
#include "mpsim/rules.hpp"
#include "mpsim/world_index.hpp"

namespace core {
namespace {

constexpr DurationSpec kDurations[] = {
    {Duration::DataRetention, "R-SUB-1", 60, "a suspended subscription that is not reactivated loses its data (21Vianet)"},
    {Duration::DapInactivity, "R-DAP-7", 90, "DAP with no sign-in to the customer's tenant for more than this is flagged inactive"},
    {Duration::GdapApprovalWindow, "R-GDAP-6", 90, "a GDAP request the customer does not approve expires"},
    {Duration::GdapAutoExtension, "R-GDAP-15", 180, "an auto-extending GDAP relationship's end moves forward at its end date"},
    {Duration::GdapFirstNotice, "R-GDAP-17", 30, "first expiry notice, before the end date"},
    {Duration::GdapSecondNotice, "R-GDAP-17", 7, "second expiry notice, before the end date"},
    {Duration::GdapLastNotice, "R-GDAP-17", 1, "last expiry notice, before the end date"},
    {Duration::TransferWindow, "R-XFER-3", 30, "a transfer the source partner does not answer expires"},
};
static_assert([] {
  for (std::size_t i = 0; i < std::size(kDurations); ++i)
    if (kDurations[i].id != static_cast<Duration>(i)) return false;
  return true;
}(), "the duration table is in the order of its ids");
static_assert(static_cast<int>(Duration::GdapLastNotice) - static_cast<int>(Duration::GdapFirstNotice) + 1 == kGdapNotices);

// The rule whose eras decide whether each kind of timer runs, by TimerKind.
constexpr std::string_view kKindRule[] = {"R-SUB-1", "R-DAP-7", "R-GDAP-7", "R-XFER-3"};

// The system's edge out of `status` that a GDAP timer with this part fires (timers_of says which part each sets).
const GdapEdge* gdap_timer_edge(GdapStatus status, std::uint32_t part) {
  for (const GdapEdge& edge : gdap_edges()) {
    if (edge.who != GdapActor::System || edge.from != status) continue;
    const bool matches = part == Timer::kEnd      ? edge.when == GdapWhen::AtEnd
                         : part == Timer::kNotice ? edge.when == GdapWhen::NoticesBeforeEnd
                                                  : edge.when != GdapWhen::AtEnd && edge.when != GdapWhen::NoticesBeforeEnd;
    if (matches) return &edge;
  }
  return nullptr;
}

}  // namespace

std::span<const DurationSpec> duration_table() { return kDurations; }

Timestamp duration(Duration id) { return kDurations[static_cast<std::size_t>(id)].days * kSecondsPerDay; }

std::int64_t gdap_notice_days(std::int32_t n) {
  assert(n >= 0 && n < kGdapNotices);
  return kDurations[static_cast<std::size_t>(Duration::GdapFirstNotice) + static_cast<std::size_t>(n)].days;
}

bool gdap_auto_extends(const GdapRelationship& g) { return g.auto_extend && !has_global_admin_role(g.roles); }

TimerScope timer_scope(const Metadata& m) {
  const auto runs = [&](TimerKind kind) {
    const Rule* rule = find_rule(kKindRule[static_cast<std::size_t>(kind)]);
    assert(rule);
    return rule_in_scenario(*rule, m);
  };
  return TimerScope{runs(TimerKind::DataDeletion), runs(TimerKind::DapInactivity), runs(TimerKind::Gdap), runs(TimerKind::TransferExpiry)};
}

void timers_of(const Subscription& s, const TimerScope& scope, std::vector<SetTimer>& out) {
  if (scope.data_deletion && s.status == SubscriptionStatus::Suspended && s.suspended_at)
    out.push_back({Timer{*s.suspended_at + duration(Duration::DataRetention), TimerKind::DataDeletion, s.id, 0}, false});
}

void timers_of(const DelegatedAdminGrant& g, const TimerScope& scope, std::vector<SetTimer>& out) {
  const std::optional<Timestamp> base = g.last_used ? g.last_used : g.since;
  if (scope.dap_inactivity && !g.flagged_inactive && base)
    out.push_back({Timer{dap_inactive_from(*base), TimerKind::DapInactivity, pair_key(g.partner, g.customer), 0}, false});
}

// The system's edges out of the relationship's status (gdap.hpp), each timing once: two edges leave `active` at the
// end date (auto-extending or expiring), and gdap_end_reached decides which.
void timers_of(const GdapRelationship& g, const TimerScope& scope, std::vector<SetTimer>& out) {
  if (!scope.gdap) return;
  bool seen[static_cast<std::size_t>(GdapWhen::AtEnd) + 1] = {};
  for (const GdapEdge& edge : gdap_edges()) {
    if (edge.who != GdapActor::System || edge.from != g.status || std::exchange(seen[static_cast<std::size_t>(edge.when)], true)) continue;
    switch (edge.when) {
      case GdapWhen::Asked: break;
      case GdapWhen::AtOnce: out.push_back({Timer{0, TimerKind::Gdap, g.id, 0}, true}); break;
      case GdapWhen::AtOncePerPendingAssignment:
        for (std::size_t i = 0; i < g.access_assignments.size(); ++i)
          if (g.access_assignments[i].status == AccessAssignmentStatus::Pending)
            out.push_back({Timer{0, TimerKind::Gdap, g.id, static_cast<std::uint32_t>(i)}, true});
        break;
      case GdapWhen::ApprovalWindowAfterRequest:
        if (g.requested) out.push_back({Timer{*g.requested + duration(Duration::GdapApprovalWindow), TimerKind::Gdap, g.id, 0}, false});
        break;
      case GdapWhen::NoticesBeforeEnd:
        if (g.end && !gdap_auto_extends(g) && g.notices_sent >= 0 && g.notices_sent < kGdapNotices)
          out.push_back({Timer{*g.end - gdap_notice_days(g.notices_sent) * kSecondsPerDay, TimerKind::Gdap, g.id, Timer::kNotice}, false});
        break;
      case GdapWhen::AtEnd:
        if (g.end) out.push_back({Timer{*g.end, TimerKind::Gdap, g.id, Timer::kEnd}, false});
        break;
    }
  }
}

void timers_of(const Transfer& t, const TimerScope& scope, std::vector<SetTimer>& out) {
  if (scope.transfers && t.status == TransferStatus::Pending && t.created)
    out.push_back({Timer{*t.created + duration(Duration::TransferWindow), TimerKind::TransferExpiry, t.id, 0}, false});
}

Event data_deletion_event(const std::string& subscription, Timestamp due) {
  Event e;
  e.id = "auto-delete-" + subscription;
  e.time = due;
  e.actor = "system";
  e.action = "delete_subscription_data";
  e.params["subscription"] = subscription;
  return e;
}

std::optional<Event> next_due_event(const Scenario& /*scenario: the index holds its era*/, const World& world, const WorldIndex& index, Timestamp until) {
  const std::optional<Timer> timer = index.next_timer(world.clock, until);
  if (!timer) return std::nullopt;
  Event e;
  e.time = std::max(world.clock, timer->due);
  e.actor = "system";
  const auto set = [&](std::string action, std::string_view id_param, const std::string& id) {
    e.id = "auto-" + action + "-" + id;
    e.action = std::move(action);
    e.params[std::string(id_param)] = id;
  };
  switch (timer->kind) {
    case TimerKind::DataDeletion: e = data_deletion_event(timer->entity, *e.time); break;  // as the suspension announced it
    case TimerKind::DapInactivity: {
      const std::size_t cut = timer->entity.find('\x1f');
      const std::string partner = timer->entity.substr(0, cut), customer = timer->entity.substr(cut + 1);
      set("flag_inactive_dap", "partner", partner);
      e.id += "-" + customer;
      e.params["customer"] = customer;
      break;
    }
    case TimerKind::Gdap: {
      const GdapRelationship* g = index.by_id(world.gdap_relationships, timer->entity);
      assert(g);
      const GdapEdge* edge = gdap_timer_edge(g->status, timer->part);
      assert(edge);
      set(std::string(edge->action), "relationship", g->id);
      if (edge->when == GdapWhen::NoticesBeforeEnd) e.id += "-" + std::to_string(gdap_notice_days(g->notices_sent)) + "d";
      if (edge->when == GdapWhen::AtOncePerPendingAssignment) {
        const AccessAssignment& a = g->access_assignments[timer->part];
        e.id += "-" + a.id;
        e.params["assignment"] = a.id;
      }
      break;
    }
    case TimerKind::TransferExpiry: set("expire_transfer", "transfer", timer->entity); break;
  }
  return e;
}

std::optional<Event> next_due_event(const Scenario& scenario, const World& world, Timestamp until) {
  return next_due_event(scenario, world, WorldIndex(world, scenario.metadata), until);
}

}  // namespace core
