// timers.cpp — the duration table, the timers each entity sets, and the system event the earliest one becomes.
#include "mpsim/timers.hpp"

#include <algorithm>
#include <cassert>

#include "mpsim/entra_roles.hpp"
#include "mpsim/rules.hpp"
#include "mpsim/world_index.hpp"

namespace core {
namespace {

constexpr DurationSpec kDurations[] = {
    {Duration::DataRetention, "R-SUB-1", 60, "a suspended subscription that is not reactivated loses its data (21Vianet)"},
    {Duration::DapInactivity, "R-DAP-7", 90, "DAP with no sign-in to the customer's tenant is flagged inactive"},
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
    return rule_in_scenario(*rule, m.era, m.gdap_in_21vianet);
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
    out.push_back({Timer{*base + duration(Duration::DapInactivity), TimerKind::DapInactivity, pair_key(g.partner, g.customer), 0}, false});
}

void timers_of(const GdapRelationship& g, const TimerScope& scope, std::vector<SetTimer>& out) {
  if (!scope.gdap) return;
  switch (g.status) {
    case GdapStatus::Approved:
    case GdapStatus::Activating:
    case GdapStatus::TerminationRequested:
    case GdapStatus::Terminating:
    case GdapStatus::Expiring: out.push_back({Timer{0, TimerKind::Gdap, g.id, 0}, true}); break;
    case GdapStatus::ApprovalPending:
      if (g.requested) out.push_back({Timer{*g.requested + duration(Duration::GdapApprovalWindow), TimerKind::Gdap, g.id, 0}, false});
      break;
    case GdapStatus::Active:
      for (std::size_t i = 0; i < g.access_assignments.size(); ++i)
        if (g.access_assignments[i].status == AccessAssignmentStatus::Pending)
          out.push_back({Timer{0, TimerKind::Gdap, g.id, static_cast<std::uint32_t>(i)}, true});
      if (!g.end) break;
      if (!gdap_auto_extends(g) && g.notices_sent >= 0 && g.notices_sent < kGdapNotices)
        out.push_back({Timer{*g.end - gdap_notice_days(g.notices_sent) * kSecondsPerDay, TimerKind::Gdap, g.id, Timer::kNotice}, false});
      out.push_back({Timer{*g.end, TimerKind::Gdap, g.id, Timer::kEnd}, false});
      break;
    default: break;
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
      if (timer->part == Timer::kEnd) set("gdap_end_reached", "relationship", g->id);
      else if (timer->part == Timer::kNotice) {
        set("send_gdap_expiry_notice", "relationship", g->id);
        e.id += "-" + std::to_string(gdap_notice_days(g->notices_sent)) + "d";
      } else if (g->status == GdapStatus::Active) {
        const AccessAssignment& a = g->access_assignments[timer->part];
        set("activate_access_assignment", "relationship", g->id);
        e.id += "-" + a.id;
        e.params["assignment"] = a.id;
      } else if (g->status == GdapStatus::ApprovalPending) set("expire_gdap_request", "relationship", g->id);
      else set("advance_gdap_status", "relationship", g->id);
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
