// history.hpp — undo and redo of the changes to the work (Apply here, opening another scenario). Memory stays bounded
// on large scenarios: an Apply keeps only what it replaced (the steps after the branch and the expectations), never a
// copy of the scenario; opening another scenario keeps the one it replaced, shared read-only; the number of changes and
// the events they hold together are capped (kMaxChanges, kMaxHeldEvents), the oldest going first.
#pragma once
#include <cstddef>
#include <deque>
#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "mpsim/scenario.hpp"

namespace shell {

// Apply here as data: keep the first `kept` events, then `tail`; the expectations become `expectations`. Its inverse
// (what undoes it) has the same shape, so undo and redo are one operation.
struct ScenarioEdit {
  std::size_t kept = 0;
  std::vector<core::Event> tail;
  std::vector<core::Expectation> expectations;
};

// A whole scenario that was open, for undoing "open another scenario".
struct OpenedWork {
  std::shared_ptr<const core::Scenario> scenario;
  std::string source;
  bool modified = false;
  bool generated = false;
};

struct Change {
  enum class Kind { Apply, Open };
  Kind kind = Kind::Apply;
  std::string what;          // Apply: the request's action; Open: the scenario opened
  std::size_t step = 0;      // Apply: the step it added (1-based, as the timeline shows it)
  std::variant<ScenarioEdit, OpenedWork> restore;  // what brings the work back to the other side of the change
  std::size_t position = 0;  // the step on screen there
  bool modified = false;     // the work's "changed" mark there
};

inline constexpr std::size_t kMaxChanges = 100;
inline constexpr std::size_t kMaxHeldEvents = 300000;  // events held by all changes together (at least the newest is kept)

struct History {
  std::deque<Change> undo, redo;  // newest at the back
};

// How many events (and expectations) a change holds: its share of the memory bound.
std::size_t held_events(const Change& change);
// Adds a change to undo, forgets the redo side, and drops the oldest changes beyond the bounds.
void record(History& history, Change change);
// Keeps both sides within the bounds (the newest undo is always kept).
void trim(History& history);
// "apply change_quantity at step 3", "open cn-dap-returns.json", in the interface language.
std::string describe(const Change& change);

// The scenario with `edit` applied; `inverse` gets what undoes it.
core::Scenario apply_edit(const core::Scenario& current, const ScenarioEdit& edit, ScenarioEdit& inverse);

}  // namespace shell
