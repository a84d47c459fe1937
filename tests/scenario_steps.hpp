// scenario_steps.hpp — helpers for suites that write a scenario as JSON text and replay it: an event's JSON, the run
// (failing the test on a load problem), and the ids of the rules that decided a step.
#pragma once
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "test_support.hpp"
#include "mpsim/run.hpp"
#include "mpsim/scenario_io.hpp"

namespace test_support {

inline std::string event(const std::string& id, const std::string& actor, const std::string& action, const std::string& params) {
  return R"({"id": ")" + id + R"(", "actor": ")" + actor + R"(", "action": ")" + action + R"(", "params": )" + params + "}";
}

inline core::RunLog run(const std::string& text) {
  core::Result<core::Scenario> r = core::load_scenario(text);
  REQUIRE_MESSAGE(r.ok(), all_issues(r.issues));
  return core::run_scenario(*r.value);
}

inline std::vector<std::string> rule_ids(const core::StepResult& r) {
  std::vector<std::string> ids;
  for (const core::DecidingRule& d : r.rules) ids.push_back(d.id);
  return ids;
}

}  // namespace test_support
