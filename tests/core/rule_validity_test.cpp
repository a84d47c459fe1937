// rule_validity_test.cpp — R-CN-9, the 21Vianet MFA option: App+User calls without MFA refused from 2026-04-01 only
// where the scenario sets it on (facts.md §8.6).
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "../test_support.hpp"
#include "mpsim/engine.hpp"
#include "mpsim/rules.hpp"
#include "mpsim/scenario_io.hpp"

using namespace core;

namespace {

// A 21Vianet direct-bill partner whose admin agent (dev) signs in without MFA; the 21Vianet API address (R-CN-1).
Scenario china_today(const std::string& options) {
  const std::string text = R"({"format_version": 1, "metadata": {"title": "t", "era": "21vianet_today")" + options + R"(},
  "world": {"clock": "2026-01-01T00:00:00Z",
    "partners": [{"id": "contoso", "name": "Contoso", "type": "direct_bill", "region": "CN",
       "users": [{"id": "dev", "roles": ["admin_agent"], "mfa": false}]}]},
  "events": []})";
  Result<Scenario> r = load_scenario(text);
  CAPTURE(test_support::all_issues(r.issues));
  REQUIRE(r.ok());
  return *r.value;
}

StepResult call_api(const Scenario& s, const std::string& time, const std::string& auth = "app_user") {
  Event e;
  e.id = "e";
  e.time = *parse_timestamp(time);
  e.actor = "contoso/dev";
  e.action = "call_partner_center_api";
  e.params = {{"base_url", std::string("https://partner.partnercenterapi.microsoftonline.cn")}, {"auth", auth}};
  World w = s.world;
  w.clock = *e.time - 1;
  return step(s, w, e);
}

bool names(const StepResult& r, std::string_view id) {
  return std::any_of(r.rules.begin(), r.rules.end(), [&](const DecidingRule& d) { return d.id == id; });
}

}  // namespace

TEST_CASE("R-CN-9: App+User calls without MFA in 21Vianet are refused from 2026-04-01 only where the option is on") {
  // facts.md §8.6: apply R-MFA-2 in 21Vianet scenarios dated on or after 2026-04-01 only behind a flag (default off).
  const Scenario off = china_today("");
  CHECK(call_api(off, "2026-04-01T00:00:00Z").decision == Decision::Applied);
  const Scenario on = china_today(R"(, "rule_options": {"R-CN-9": "on"})");
  CHECK(call_api(on, "2026-03-31T23:00:00Z").decision == Decision::Applied);
  const StepResult april = call_api(on, "2026-04-01T00:00:00Z");
  CHECK(april.decision == Decision::Rejected);
  CHECK(names(april, "R-CN-9"));
  CHECK_FALSE(names(april, "R-MFA-2"));  // the global rule is not in force in the China cloud
  // App-only calls are not affected (R-MFA-2's exemption, which R-CN-9 carries over).
  const StepResult app_only = call_api(on, "2026-04-01T00:00:00Z", "app_only");
  CHECK(app_only.decision == Decision::Applied);
  CHECK(names(app_only, "R-CN-9"));
}
