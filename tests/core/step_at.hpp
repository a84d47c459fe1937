// step_at.hpp — a scenario loaded from text, and one request decided alone on a scenario's world at a given time (the clock set just before it), for the
// tests that check a rule on both sides of a date (today_rules_test.cpp, rule_versions_test.cpp).
#pragma once
#include <doctest/doctest.h>

#include <string>

#include "../test_support.hpp"
#include "mpsim/engine.hpp"
#include "mpsim/scenario_io.hpp"

namespace test_support {

// The scenario `text` describes; the test stops, with the load errors, if it does not load.
inline core::Scenario loaded(const std::string& text) {
  core::Result<core::Scenario> r = core::load_scenario(text);
  CAPTURE(all_issues(r.issues));
  REQUIRE(r.ok());
  return *r.value;
}

inline core::StepResult step_at(const core::Scenario& s, const std::string& time, const std::string& actor, const std::string& action,
                                core::EventParams params) {
  core::Event e;
  e.id = "e";
  e.time = *core::parse_timestamp(time);
  e.actor = actor;
  e.action = action;
  e.params = std::move(params);
  core::World w = s.world;
  w.clock = *e.time - 1;
  return core::step(s, w, e);
}

}  // namespace test_support
