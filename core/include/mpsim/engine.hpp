// engine.hpp — the rule engine: one pure function decides an event against a world.
// step() never changes its inputs and has no hidden state: the same scenario, world and event always give the same
// decision, deciding rules and diff. Applying the diff gives the next world; undoing it gives the previous one, so a
// timeline keeps one world and the diffs (no copy of the world per step). Asking "may this actor do this?" is the same
// call with the diff ignored.
#pragma once
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "mpsim/actions.hpp"
#include "mpsim/diff.hpp"
#include "mpsim/message.hpp"
#include "mpsim/scenario.hpp"
#include "mpsim/timers.hpp"  // next_due_event: the system events the world has due
#include "mpsim/world_index.hpp"

namespace core {

// ---- decisions

struct DecidingRule {
  std::string id;           // a rule of the catalogue (rules.hpp)
  Message explanation;  // why it applies here, with this scenario's names; rendered in either language (message.hpp)
  bool operator==(const DecidingRule&) const = default;
};

struct StepResult {
  Decision decision = Decision::Applied;
  std::vector<DecidingRule> rules;
  Diff diff;
  // What this step set in motion, with the time it falls due (e.g. a suspension schedules the data deletion 60 days
  // later). The runner fires them through next_due_event(), which derives them from the world, so cancelling the
  // cause (reactivating) cancels them.
  std::vector<Event> follow_ons;
  Message summary;  // one line: who did what, and the outcome
  // What a read of one of Partner Center's lists returned (list_partner_center): the ids it holds, sorted by id; empty
  // when the list is empty (the API answers null or an empty collection). Absent for every other action, and refused reads.
  std::optional<std::vector<std::string>> listed;
  bool operator==(const StepResult&) const = default;
};

// Where an event whose action moves the clock (ActionSpec::moves_clock) takes it from `now`: `days` later, or to
// `until` if that is later. The runner fires the timers due by then before the event itself.
Timestamp clock_target(const Event& event, Timestamp now);

// Decides `event` against `world` under the scenario's era. Precondition: the scenario passed load_scenario, and
// `index` is the index of `world` (WorldIndex(world, scenario.metadata), kept in step). Without an index, one is built:
// O(world) per call, which is fine for one question and wrong in a loop.
StepResult step(const Scenario& scenario, const World& world, const WorldIndex& index, const Event& event);
StepResult step(const Scenario& scenario, const World& world, const Event& event);

// Who earns partner earned credit on subscription `s` (R-PEC-1): its seller, when it is a direct-bill partner or an
// indirect provider and the seller (or its reseller of record) has admin-on-behalf-of access (DAP, or an active GDAP
// assignment) or an Azure RBAC role on it — the seller that provisioned the Azure plan keeps its Owner role (R-DAP-6),
// one that received it by transfer has none (R-XFER-4). Empty when no partner earns it: not an active Azure plan bought
// through CSP (reservations never earn it), another partner type, or no access (R-PEC-2). `skip_dap` leaves out DAP.
std::string pec_partner(const World& world, const Subscription& s, bool skip_dap = false);

}  // namespace core
