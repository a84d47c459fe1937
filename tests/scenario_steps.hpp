// scenario_steps.hpp — helpers for suites that write a scenario as JSON text, run it and read the decisions: an event
// written in place, the run (failing the test when the text does not load) and the rules a step names, in order.
#pragma once
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "mpsim/run.hpp"
#include "mpsim/scenario_io.hpp"
#include "test_support.hpp"

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

// Customer "c" whose one user, "ga", is its Global admin: the customer the hand-built worlds of the suites accept with.
inline core::Customer customer_with_global_admin(std::string name, std::string region) {
  core::Customer c;
  c.id = "c";
  c.name = std::move(name);
  c.region = std::move(region);
  c.users.push_back(core::User{"ga", "Global admin", "", {}, {core::CustomerRole::GlobalAdmin}});
  return c;
}

}  // namespace test_support
