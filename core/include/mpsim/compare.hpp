// compare.hpp — "compare": one scenario's events replayed under two rule settings (an era, and for the dated eras a day
// the rules are pinned to), side by side, with the events whose decisions differ marked. Each replay runs on its own
// (the worlds diverge as the decisions do). Two legacy eras, one dated era on two days, or the two clouds on one day.
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

// The rules one side decides by: an era and, for the dated eras (global_today, 21vianet_today), the day ("YYYY-MM-DD")
// every event is decided on, or "" to decide each event on its own date. The cloud is the era's (era_cloud).
struct RuleSetting {
  Era era = Era::Vianet21;
  std::string as_of;
  bool operator==(const RuleSetting&) const = default;
};
// The scenario's own setting: its era and its rules_as_of.
RuleSetting own_rule_setting(const Metadata& metadata);
// "" when the setting can decide a scenario; else what is wrong and what to do (a day with a fixed rule pack, a day
// that is no "YYYY-MM-DD" between kFirstRulesDay and kLastRulesDay).
std::string check_rule_setting(const RuleSetting& setting);
// The side's label: the era's, and the day its rules are pinned to (both languages).
Message setting_label(const RuleSetting& setting);

struct EraComparison {
  RuleSetting a = {Era::Vianet21, ""}, b = {Era::GlobalGdap, ""};
  std::vector<ComparedEvent> events;
  std::size_t decision_differences() const;
};

// Replays `scenario` under settings a and b (its own need not be either). A setting must pass check_rule_setting.
EraComparison compare_settings(const Scenario& scenario, const RuleSetting& a, const RuleSetting& b);
// Replays `scenario` under eras a and b, each keeping the scenario's rules_as_of (what a dated era uses, a legacy one ignores).
EraComparison compare_eras(const Scenario& scenario, Era a, Era b);
// The other era a comparison starts from: 21Vianet compares with GDAP, the global legacy eras with 21Vianet, a dated
// era with the dated era of the other cloud.
Era default_comparison_era(Era era);
// The other side a comparison starts from: the default era, on the same pinned day when both are dated.
RuleSetting default_comparison(const RuleSetting& own);
// What mpsim compare's options ask for. A: the scenario's own setting, moved to the dated era of `cloud` (default: the
// era's cloud) when cloud or as_of is given, pinned to `as_of`. B: `with` (on A's day when both are dated), or A's dated
// era on `against`; by default default_comparison(A).
struct ComparisonRequest {
  std::optional<Era> with;
  std::optional<Cloud> cloud;
  std::string as_of, against;
};
struct ComparisonSides {
  RuleSetting a, b;
  std::string error;  // "" when a and b hold; else which option is wrong and what to do
};
ComparisonSides comparison_sides(const Metadata& metadata, const ComparisonRequest& request);

// A readable table: every event, both decisions and rules, differences marked. With an offset (minutes east of UTC,
// mpsim compare --tz), each event also says when it happens, at that offset.
std::string comparison_text(const Scenario& scenario, const EraComparison& comparison, std::optional<int> utc_offset_minutes = std::nullopt,
                            Language language = Language::English);

}  // namespace core
