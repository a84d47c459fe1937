// scenario.hpp — the scenario document: metadata, the initial world, a timeline of events,
// expected outcomes and lesson text. This is what files hold and what the engine replays.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "mpsim/localized_text.hpp"
#include "mpsim/model.hpp"

namespace core {

constexpr std::int64_t kFormatVersion = 1;

enum class Difficulty : std::uint8_t { Beginner, Intermediate, Advanced };

struct Metadata {
  LocalizedText title;
  LocalizedText description;
  Era era = Era::Vianet21;
  Cloud cloud = Cloud::China;
  Difficulty difficulty = Difficulty::Beginner;
  std::vector<std::string> tags;
  // GDAP and transfers in the 21Vianet era: no source says whether today's 21Vianet Partner Center has them (facts.md
  // §7), so a scenario chooses. Off: they are refused there (R-INF-8).
  bool gdap_in_21vianet = false;
  // The dated eras only. "YYYY-MM-DD": decide every event by the rules in force that day instead of on the event's own
  // date; "" follows the clock.
  std::string rules_as_of;
  // The dated eras only: a choice for each rule option the scenario sets (option id -> choice, rules.hpp
  // rule_options()); the others take their documented default.
  std::map<std::string, std::string> rule_options;
  bool operator==(const Metadata&) const = default;
};

// Event parameters are small scalars or id lists; the engine's action table says which ones each action takes.
using ParamValue = std::variant<std::string, std::int64_t, bool, std::vector<std::string>>;
// Ordered by name; transparent, so the engine finds a parameter by a string_view without making a string.
using EventParams = std::map<std::string, ParamValue, std::less<>>;

struct Lesson {
  LocalizedText text;  // what the step teaches, in a sentence or two
  std::string rule;  // the rule id it demonstrates, e.g. "R-MP-4"
  bool operator==(const Lesson&) const = default;
};

struct Event {
  std::string id;
  std::optional<Timestamp> time;  // absent: at the previous event's time (or the world clock)
  std::string actor;              // "tenant/user" or "system"
  std::string action;
  EventParams params;
  std::optional<Lesson> lesson;
  bool operator==(const Event&) const = default;
};

enum class Decision : std::uint8_t { Applied, Rejected };

// A check on the world after a step: the value at `path` equals `equals`, or exists / does not.
struct StateCheck {
  std::string path;  // e.g. "/subscriptions/sub-1/partner_of_record" (ids, not indexes)
  std::optional<ParamValue> equals;
  std::optional<bool> exists;
  bool operator==(const StateCheck&) const = default;
};

struct Expectation {
  std::string after;  // event id
  std::optional<Decision> decision;
  std::vector<std::string> rules;  // rule ids that must be among the deciding rules
  std::vector<StateCheck> state;
  // What a read of a Partner Center list (list_partner_center) returned: these ids, in this order (sorted by id);
  // empty expects an empty list. Absent: not checked.
  std::optional<std::vector<std::string>> result;
  LocalizedText note;
  bool operator==(const Expectation&) const = default;
};

struct Scenario {
  std::string schema;  // "$schema": the JSON Schema URI editors use; kept so export reproduces the file
  std::int64_t format_version = kFormatVersion;
  Metadata metadata;
  World world;
  std::vector<Event> events;
  std::vector<Expectation> expectations;
  bool operator==(const Scenario&) const = default;
};

}  // namespace core
