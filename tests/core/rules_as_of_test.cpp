// rules_as_of_test.cpp — rules in force by date (the dated eras): a rule's first and last day, its cloud, a pinned
// date against the clock, and the load errors of metadata.rules_as_of / rule_options. Dates are facts.md's.
#include <doctest/doctest.h>

#include "mpsim/rules.hpp"
#include "mpsim/scenario_io.hpp"

using namespace core;

namespace {

Metadata dated(Cloud cloud, std::string as_of = {}) {
  Metadata m;
  m.era = cloud == Cloud::China ? Era::Vianet21Today : Era::GlobalToday;
  m.cloud = cloud;
  m.rules_as_of = std::move(as_of);
  return m;
}

std::string load_errors(const std::string& metadata) {
  const std::string text = R"({"format_version": 1, "metadata": )" + metadata + R"(, "world": {"clock": "2024-01-01T00:00:00Z"}})";
  const Result<Scenario> r = load_scenario(text);
  std::string out;
  for (const Issue& i : r.issues) out += i.pointer + " " + std::to_string(i.line) + ":" + std::to_string(i.column) + " " + i.message + "\n";
  return out;
}

}  // namespace

TEST_CASE("a dated rule is in force from its first day, not the day before, and not on its until day") {
  // R-DAP-8: default GDAP instead of DAP from 2023-11-01 (G23 gdap-faq, production default).
  const Rule* r = find_rule("R-DAP-8");
  REQUIRE(r);
  const Metadata m = dated(Cloud::Global);
  CHECK_FALSE(rule_in_force(*r, m, "2023-10-31"));
  CHECK(rule_in_force(*r, m, "2023-11-01"));
  // GDAP rules: from 2023-02-01 (inferred: the oldest stored GDAP page).
  const Rule* g = find_rule("R-GDAP-1");
  REQUIRE(g);
  CHECK_FALSE(rule_in_force(*g, m, "2023-01-31"));
  CHECK(rule_in_force(*g, m, "2023-02-01"));
  // An until day is the first day out of force.
  Rule ending = *g;
  ending.valid.until = "2024-04-11";
  CHECK(rule_in_force(ending, m, "2024-04-10"));
  CHECK_FALSE(rule_in_force(ending, m, "2024-04-11"));
}

TEST_CASE("a dated era takes only its own cloud's rules; the legacy eras keep their packs whatever the day") {
  const Rule* china_only = find_rule("R-MC-2");   // CN-RR, 21Vianet only
  const Rule* global_only = find_rule("R-REL-6"); // global request page
  REQUIRE(china_only);
  REQUIRE(global_only);
  CHECK(rule_in_force(*china_only, dated(Cloud::China), "2024-01-01"));
  CHECK_FALSE(rule_in_force(*china_only, dated(Cloud::Global), "2024-01-01"));
  CHECK(rule_in_force(*global_only, dated(Cloud::Global), "2024-01-01"));
  CHECK_FALSE(rule_in_force(*global_only, dated(Cloud::China), "2024-01-01"));
  Metadata gdap_era;
  gdap_era.era = Era::GlobalGdap;
  CHECK(rule_in_force(*find_rule("R-DAP-8"), gdap_era, "2019-01-01"));  // a fixed pack: the day does not matter
  // GDAP in the China cloud stays the scenario's choice (R-INF-8) before 2024, when R-CN-8 starts (rule_versions_test).
  Metadata china = dated(Cloud::China);
  CHECK_FALSE(rule_in_force(*find_rule("R-GDAP-1"), china, "2023-12-31"));
  china.gdap_in_21vianet = true;
  CHECK(rule_in_force(*find_rule("R-GDAP-1"), china, "2024-01-01"));
}

TEST_CASE("rules_as_of pins the day; without it the event's day decides") {
  const Rule* r = find_rule("R-DAP-8");
  CHECK(rule_in_force(*r, dated(Cloud::Global), "2024-06-01"));
  CHECK_FALSE(rule_in_force(*r, dated(Cloud::Global, "2023-06-01"), "2024-06-01"));
  CHECK(rule_in_force(*r, dated(Cloud::Global, "2024-06-01"), "2023-06-01"));
}

TEST_CASE("bad rules_as_of and rule_options are errors with pointer, line and column") {
  const std::string head = R"({"title": "t", "era": "global_today", )";
  const std::string malformed = load_errors(head + R"("rules_as_of": "2023-02-30"})");
  CHECK(malformed.find("/metadata/rules_as_of 1:") != std::string::npos);
  CHECK(malformed.find("is not a date; write it as YYYY-MM-DD") != std::string::npos);
  const std::string outside = load_errors(head + R"("rules_as_of": "2015-12-31"})");
  CHECK(outside.find("cover 2016-01-01 to 2026-12-31") != std::string::npos);
  const std::string legacy = load_errors(R"({"title": "t", "era": "global_gdap", "rules_as_of": "2024-01-01"})");
  CHECK(legacy.find("/metadata/rules_as_of") != std::string::npos);
  CHECK(legacy.find("dated eras only") != std::string::npos);
  const std::string cloud = load_errors(head + R"("cloud": "moon"})");
  CHECK(cloud.find("/metadata/cloud") != std::string::npos);
  const std::string wrong_cloud = load_errors(head + R"("cloud": "china"})");
  CHECK(wrong_cloud.find("use era \"21vianet_today\"") != std::string::npos);
  const std::string unknown_option = load_errors(head + R"("rule_options": {"R-DAP-99": "on"}})");
  CHECK(unknown_option.find("/metadata/rule_options/R-DAP-99") != std::string::npos);
  CHECK(unknown_option.find("is not a rule option") != std::string::npos);
  const std::string unknown_choice = load_errors(head + R"("rule_options": {"R-DAP-10": "2023-10-01"}})");
  CHECK(unknown_choice.find("is not a choice of rule option R-DAP-10; use \"2023-10-09\", \"2023-09-25\"") != std::string::npos);
  CHECK(load_errors(head + R"("rules_as_of": "2024-01-15", "rule_options": {"R-DAP-10": "2023-09-25"}})").empty());
}
