// timeline.hpp — a replayed scenario you can move through: step forward and back, jump to any step.
// It keeps the initial world (inside the scenario), one working world with its index and each step's diff: memory is
// about twice the world plus the changes, never a copy per step. Moving costs work proportional to the distance moved.
#pragma once
#include <cstddef>
#include <vector>

#include "mpsim/run.hpp"

namespace core {

class Timeline {
 public:
  // Replays the scenario; the timeline starts at its end.
  explicit Timeline(Scenario scenario);
  // From a replay already done (a ScenarioRun of this scenario, taken to the end).
  Timeline(Scenario scenario, RunLog log);

  const Scenario& scenario() const { return scenario_; }
  const std::vector<LogEntry>& entries() const { return entries_; }
  const std::vector<ExpectationOutcome>& expectations() const { return expectations_; }
  std::size_t steps() const { return entries_.size(); }

  // 0 = the initial world; n = the world after step n (entries()[n - 1]).
  std::size_t position() const { return position_; }
  const World& world() const { return world_; }
  // The index of world(), for asking questions of it (step() with an index).
  const WorldIndex& index() const { return index_; }
  // Moves to `position` (clamped to steps()) by applying or undoing diffs.
  void seek(std::size_t position);
  // The position just after the step of the scenario's event `event_id`, if it ran.
  std::optional<std::size_t> position_after(const std::string& event_id) const;

 private:
  void adopt(RunLog log);

  Scenario scenario_;
  std::vector<LogEntry> entries_;
  std::vector<ExpectationOutcome> expectations_;
  World world_;
  WorldIndex index_;
  std::size_t position_ = 0;
};

}  // namespace core
