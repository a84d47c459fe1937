// scenario_io.hpp — reading scenario files (streaming, all problems at once) and writing them canonically.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "mpsim/issue.hpp"
#include "mpsim/json_reader.hpp"
#include "mpsim/scenario.hpp"

namespace core {

// Parses and validates a scenario document in one pass over the text.
// Never throws. On any error the Result has no value and lists every problem found (with pointer, line, column);
// warnings may accompany a value. Stops recording after `max_issues` problems.
Result<Scenario> load_scenario(std::string_view json_text, const JsonLimits& limits = {}, std::size_t max_issues = 500);

// The same load, a slice at a time, so that an interactive caller can show progress and keep responding between
// slices (the browser has one thread). load_scenario is this run to the end, so the outcomes are identical.
class ScenarioLoad {
 public:
  // `json_text` must stay alive and unchanged until the load is done.
  explicit ScenarioLoad(std::string_view json_text, const JsonLimits& limits = {}, std::size_t max_issues = 500);
  ~ScenarioLoad();
  ScenarioLoad(ScenarioLoad&&) noexcept;
  ScenarioLoad& operator=(ScenarioLoad&&) noexcept;

  // Takes up to `steps` more steps (a step reads one element of a list of the world, of the events or of the
  // expectations, or one other member); true once the load is done.
  bool advance(std::size_t steps);
  bool done() const;
  std::uint64_t bytes_read() const;
  std::uint64_t bytes_total() const;
  // The outcome, once done; moves it out, so call it once.
  Result<Scenario> take_result();

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// The canonical JSON text of a scenario (its events included): members in a fixed order, 2-space indentation,
// a final newline, optional members left out when they hold their default. load_scenario(export_scenario(s)) == s,
// and exporting a loaded canonical file reproduces it byte for byte.
std::string export_scenario(const Scenario& scenario);

// An entity's members as export writes them: (name, compact JSON value) in canonical order, optional members that hold
// their default left out (LeftOut: per-step diffs show what a file would say). Shown writes those members too, with
// their default value, so that expectations' state checks see every member that has a value (auto_renew: true,
// flagged_inactive: false); members with no value (an unset time) are absent either way.
using MemberList = std::vector<std::pair<std::string, std::string>>;
enum class MemberDefaults { LeftOut, Shown };
MemberList entity_members(const Subscription& value, MemberDefaults defaults = MemberDefaults::LeftOut);
MemberList entity_members(const Customer& value, MemberDefaults defaults = MemberDefaults::LeftOut);
MemberList entity_members(const Partner& value, MemberDefaults defaults = MemberDefaults::LeftOut);
MemberList entity_members(const ResellerRelationship& value, MemberDefaults defaults = MemberDefaults::LeftOut);
MemberList entity_members(const DelegatedAdminGrant& value, MemberDefaults defaults = MemberDefaults::LeftOut);
MemberList entity_members(const GdapRelationship& value, MemberDefaults defaults = MemberDefaults::LeftOut);
MemberList entity_members(const Partnership& value, MemberDefaults defaults = MemberDefaults::LeftOut);
MemberList entity_members(const Invitation& value, MemberDefaults defaults = MemberDefaults::LeftOut);
MemberList entity_members(const Transfer& value, MemberDefaults defaults = MemberDefaults::LeftOut);
// A parameter value as compact JSON ("\"contoso\"", "40", "true", "[\"a\"]"), to compare with entity_members' values.
std::string param_json(const ParamValue& value);

}  // namespace core
