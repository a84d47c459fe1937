// run.hpp — replaying a scenario: its events (and the system events that fall due between them) through the engine,
// invariants checked after every step, expectations checked after the events they name, and the decision log.
#pragma once
#include <optional>
#include <unordered_map>
#include <string>
#include <vector>

#include "mpsim/engine.hpp"
#include "mpsim/gdap.hpp"  // gdap_transition_documented: the edges the invariant accepts
#include "mpsim/scenario.hpp"

namespace core {

// An invariant that a step broke: a bug in the engine (or a world that was invalid to begin with), never silent.
struct Violation {
  std::string rule;     // the rule or guarantee broken, e.g. "R-MP-4"
  std::string message;  // what happened
  bool operator==(const Violation&) const = default;
};

struct LogEntry {
  Event event;
  bool scheduled = false;  // a system event that fell due (not in the scenario's timeline)
  StepResult result;
  std::vector<Violation> violations;
  bool operator==(const LogEntry&) const = default;
};

struct ExpectationOutcome {
  std::size_t expectation = 0;    // index in scenario.expectations
  std::optional<std::size_t> entry;  // the log entry it was checked after (none if its event never ran)
  bool passed = false;
  std::vector<Message> failures;  // what did not hold, in words (either language)
  bool operator==(const ExpectationOutcome&) const = default;
};

struct RunLog {
  std::vector<LogEntry> entries;
  World final_world;
  std::vector<ExpectationOutcome> expectations;
  bool operator==(const RunLog&) const = default;
  std::size_t violation_count() const;
  bool all_expectations_pass() const;
};

// Replays every event of the scenario from its initial world.
RunLog run_scenario(const Scenario& scenario);

// The same replay, a slice at a time, so that an interactive caller can show progress and keep responding between
// slices. run_scenario is this run to the end.
class ScenarioRun {
 public:
  // `scenario` must stay alive and unchanged until the log is taken.
  explicit ScenarioRun(const Scenario& scenario);
  // Replays up to `events` more of the scenario's events (with the timers due before them); true once all have run.
  bool advance(std::size_t events);
  bool done() const { return next_event_ == scenario_->events.size(); }
  std::size_t events_done() const { return next_event_; }
  std::size_t events_total() const { return scenario_->events.size(); }
  // The log, once done; moves it out, so call it once.
  RunLog take_log();

 private:
  void record(const Event& event, bool scheduled);
  void check_expectation(std::size_t index);

  const Scenario* scenario_;
  World world_;
  WorldIndex index_;  // of world_
  RunLog log_;
  std::size_t next_event_ = 0;
  bool gdap_timers_;  // timers that fall due at once (GDAP provisioning) exist only where GDAP does
  std::unordered_multimap<std::string, std::size_t> expectations_by_event_;  // event id -> expectation indexes
};

// Invariants after one step, given the world after it (touched entities only, so large worlds stay fast; the diff holds
// every changed entity's previous value). Pure.
std::vector<Violation> check_invariants(const Scenario& scenario, Timestamp clock_before, const World& after, const WorldIndex& index,
                                        const Event& event, const StepResult& result);

// The value at a state path such as "/subscriptions/fab-e3/quantity", as compact JSON; nullopt if absent.
std::optional<std::string> state_value(const World& world, const std::string& path);

// The decision log: readable text, or JSON (canonical: the same run always gives the same bytes), in `language`.
std::string decision_log_text(const Scenario& scenario, const RunLog& log, Language language = Language::English);
std::string decision_log_json(const Scenario& scenario, const RunLog& log, Language language = Language::English);
// A report to share: the scenario, every decision with its rules' statements and sources, and the expectations.
std::string decision_log_markdown(const Scenario& scenario, const RunLog& log, Language language = Language::English);

}  // namespace core
