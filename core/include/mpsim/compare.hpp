// compare.hpp — "compare eras": one scenario's events replayed under two rule packs, side by side, with the events
// whose decisions differ marked. Each replay runs on its own (the worlds diverge as the decisions do).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "mpsim/run.hpp"

namespace core {

struct EraOutcome {
  Decision decision = Decision::Applied;
  std::vector<std::string> rules;  // the deciding rules' ids, in order
  Message summary;
};

struct ComparedEvent {
  std::size_t event = 0;  // index in scenario.events
  std::string id;
  std::string action;
  EraOutcome a, b;
  bool decisions_differ() const { return a.decision != b.decision; }
  bool rules_differ() const { return a.rules != b.rules; }
};

struct EraComparison {
  Era a = Era::Vianet21, b = Era::GlobalGdap;
  std::vector<ComparedEvent> events;
  std::size_t decision_differences() const;
};

// Replays `scenario` under eras a and b (its own era need not be either).
EraComparison compare_eras(const Scenario& scenario, Era a, Era b);
// The other era a comparison starts from: 21Vianet compares with GDAP, the global eras with 21Vianet.
Era default_comparison_era(Era era);
// A readable table: every event, both decisions and rules, differences marked. With an offset (minutes east of UTC,
// mpsim compare --tz), each event also says when it happens, at that offset.
std::string comparison_text(const Scenario& scenario, const EraComparison& comparison, std::optional<int> utc_offset_minutes = std::nullopt,
                            Language language = Language::English);

}  // namespace core
