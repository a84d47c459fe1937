// timers.hpp — what time alone makes happen. One table holds every duration with the rule that sets it; from an
// entity's value this unit derives the timers it has set, and from the earliest of them the system event that falls
// due. The world index only keeps timers in due order (generic data); the engine keeps none: a timer exists while
// the state that sets it does, so cancelling the cause (reactivating a subscription) cancels it.
#pragma once
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "mpsim/model.hpp"
#include "mpsim/scenario.hpp"

namespace core {

class WorldIndex;

// ---- durations: one row each, with its rule

enum class Duration : std::uint8_t {
  DataRetention,       // R-SUB-1
  DapInactivity,       // R-DAP-7
  GdapApprovalWindow,  // R-GDAP-6
  GdapAutoExtension,   // R-GDAP-15
  GdapFirstNotice,     // R-GDAP-17, then the second and the last, in order
  GdapSecondNotice,
  GdapLastNotice,
  TransferWindow,      // R-XFER-3
};

struct DurationSpec {
  Duration id;
  std::string_view rule;  // the rule that states it (rules.hpp)
  std::int32_t days;
  std::string_view what;
};

std::span<const DurationSpec> duration_table();
Timestamp duration(Duration id);  // in seconds
// When DAP last used (or granted) at `base` is flagged inactive: after more than 90 days without a sign-in (R-DAP-7),
// i.e. the first second past the 90 days; a sign-in at exactly 90 days keeps it.
inline Timestamp dap_inactive_from(Timestamp base) { return base + duration(Duration::DapInactivity) + 1; }
// Expiry notices go this many days before the end date (R-GDAP-17); notice n (0-based) of kGdapNotices.
constexpr std::int32_t kGdapNotices = 3;
std::int64_t gdap_notice_days(std::int32_t n);
// Whether the relationship's end moves forward instead of expiring: auto-extend on and no Global Administrator
// (R-GDAP-16). Only relationships that do not auto-extend get expiry notices.
bool gdap_auto_extends(const GdapRelationship& g);

// ---- timers an entity sets

// Ties at the same second fire in this order, then by entity and part (Timer::operator<).
enum class TimerKind : std::uint8_t { DataDeletion, DapInactivity, Gdap, TransferExpiry };

// A timer the world has set (what next_due_event fires), ordered by due time, then kind, entity and part, so that
// ties always resolve the same way.
struct Timer {
  Timestamp due = 0;       // unused for timers due at once (GDAP provisioning steps)
  TimerKind kind = TimerKind::DataDeletion;
  std::string entity;      // subscription, relationship or transfer id; partner–customer pair for DAP
  std::uint32_t part = 0;  // GDAP: access assignment number, or kNotice / kEnd
  static constexpr std::uint32_t kNotice = 1u << 30, kEnd = kNotice + 1;
  // Spelled out: Emscripten's libc++ has no <=> for strings.
  bool operator<(const Timer& o) const { return std::tie(due, kind, entity, part) < std::tie(o.due, o.kind, o.entity, o.part); }
  bool operator==(const Timer& o) const { return std::tie(due, kind, entity, part) == std::tie(o.due, o.kind, o.entity, o.part); }
};

struct SetTimer {
  Timer timer;
  bool at_once = false;  // due whenever the clock is read (Timer::due unused)
};

// Which kinds of timer run in a scenario: those whose rule is in force there (R-SUB-1 only in 21Vianet, R-DAP-7 only
// in the global eras, GDAP and transfers where they exist, R-INF-8).
struct TimerScope {
  bool data_deletion = false, dap_inactivity = false, gdap = false, transfers = false;
  bool operator==(const TimerScope&) const = default;
};
TimerScope timer_scope(const Metadata& metadata);

// The timers each entity sets under `scope` (nothing for the other kinds of entity).
void timers_of(const Subscription& s, const TimerScope& scope, std::vector<SetTimer>& out);
void timers_of(const DelegatedAdminGrant& g, const TimerScope& scope, std::vector<SetTimer>& out);
void timers_of(const GdapRelationship& g, const TimerScope& scope, std::vector<SetTimer>& out);
void timers_of(const Transfer& t, const TimerScope& scope, std::vector<SetTimer>& out);

// ---- the events they become

// The data deletion of a suspended subscription (R-SUB-1) as the system event it becomes at `due`: what a suspension
// announces as its follow-on and what next_due_event fires.
Event data_deletion_event(const std::string& subscription, Timestamp due);

// The earliest system event the world has due at or before `until` under the scenario's era (a suspended
// subscription's data deletion after 60 days in 21Vianet; GDAP's provisioning steps, the 90-day approval window, the
// end date and its notices, transfers' 30 days, DAP's 90 days without sign-in), or nothing. Derived from the world's
// state, so the engine keeps no timers. Ties go to the lower kind (deletion, DAP, GDAP, transfer), then the lower id.
std::optional<Event> next_due_event(const Scenario& scenario, const World& world, const WorldIndex& index, Timestamp until);
std::optional<Event> next_due_event(const Scenario& scenario, const World& world, Timestamp until);

}  // namespace core
