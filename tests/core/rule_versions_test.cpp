// rule_versions_test.cpp — the versions of facts.md §8 that replace older rules (R-GDAP-22 for R-GDAP-14/15, R-GDAP-25
// for R-GDAP-16, R-GDAP-27 for R-GDAP-8, R-DAP-10 for R-REL-8), decided in the dated era global_today on both sides
// of each boundary and under each option choice, and the version a decision names. Every date is facts.md's: auto-extend
// "Starting October 30, 2023"; DAP with reseller relationships ends "October 9, 2023" (July 2023 announcement:
// "September 25, 2023"); Global Administrator removable "~2024-04" (2024-04-01, or the CIPP report of 2024-04-11).
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "../test_support.hpp"
#include "step_at.hpp"
#include "mpsim/engine.hpp"
#include "mpsim/rules.hpp"
#include "mpsim/scenario_io.hpp"

using namespace core;
using test_support::all_issues;

namespace {

// Contoso (ana: admin agent); Fabrikam with an active GDAP relationship "g" (helpdesk) and "g-ga" (with Global
// Administrator); Tailspin, where Contoso has DAP and a GDAP request "g-tail" waits for approval; Contoso's old
// invitation "old-link" that asks for DAP.
std::string world_json(const std::string& era, const std::string& options) {
  return R"({"format_version": 1, "metadata": {"title": "t", "era": ")" + era + "\"" + options + R"(},
  "world": {"clock": "2023-01-01T00:00:00Z",
    "partners": [{"id": "contoso", "name": "Contoso", "type": "direct_bill", "region": "US", "users": [{"id": "ana", "roles": ["admin_agent"]}]}],
    "customers": [{"id": "fab", "name": "Fabrikam", "region": "US", "users": [{"id": "ga", "roles": ["global_admin"]}]},
                  {"id": "tail", "name": "Tailspin", "region": "US", "users": [{"id": "ga", "roles": ["global_admin"]}]}],
    "reseller_relationships": [{"partner": "contoso", "customer": "fab"}, {"partner": "contoso", "customer": "tail"}],
    "delegated_admin": [{"partner": "contoso", "customer": "tail"}],
    "invitations": [{"id": "old-link", "kind": "reseller_relationship", "partner": "contoso", "include_dap": true}],
    "gdap_relationships": [
      {"id": "g", "partner": "contoso", "customer": "fab", "display_name": "g", "status": "active", "roles": ["helpdesk-administrator"],
       "created": "2023-03-01T00:00:00Z", "activated": "2023-03-01T00:00:00Z", "end": "2025-03-01T00:00:00Z"},
      {"id": "g-ga", "partner": "contoso", "customer": "fab", "display_name": "g-ga", "status": "active",
       "roles": ["global-administrator", "helpdesk-administrator"], "created": "2023-03-01T00:00:00Z", "activated": "2023-03-01T00:00:00Z",
       "end": "2025-03-01T00:00:00Z"},
      {"id": "g-tail", "partner": "contoso", "customer": "tail", "display_name": "g-tail", "status": "approvalPending", "roles": ["global-reader"]}]},
  "events": []})";
}

Scenario load(const std::string& options = "", const std::string& era = "global_today") { return test_support::loaded(world_json(era, options)); }

struct Outcome {
  Decision decision;
  std::vector<std::string> rules;
  std::string text;  // every explanation, in English
  bool names(const std::string& id) const { return std::find(rules.begin(), rules.end(), id) != rules.end(); }
  bool says(const std::string& words) const { return text.find(words) != std::string::npos; }
};

Outcome decide(const Scenario& s, const std::string& time, const std::string& actor, const std::string& action, EventParams params) {
  const StepResult r = test_support::step_at(s, time, actor, action, std::move(params));
  Outcome o{r.decision, {}, {}};
  for (const DecidingRule& d : r.rules) {
    o.rules.push_back(d.id);
    o.text += d.id + ": " + render(d.explanation, Language::English) + "\n";
  }
  return o;
}

const EventParams kAutoExtendOn{{"relationship", std::string("g")}, {"auto_extend", true}};

}  // namespace

TEST_CASE("R-GDAP-22 replaces R-GDAP-14/15 on 2023-10-30: auto-extend refused on October 29, allowed on October 30") {
  const Scenario s = load();
  const Outcome before = decide(s, "2023-10-29T23:59:00Z", "contoso/ana", "update_gdap_relationship", kAutoExtendOn);
  CAPTURE(before.text);
  CHECK(before.decision == Decision::Rejected);
  CHECK(before.rules == std::vector<std::string>{"R-GDAP-22"});
  CHECK(before.says("(R-GDAP-22 in force only from 2023-10-30)"));
  const Outcome after = decide(s, "2023-10-30T00:00:00Z", "contoso/ana", "update_gdap_relationship", kAutoExtendOn);
  CAPTURE(after.text);
  CHECK(after.decision == Decision::Applied);
  CHECK(after.names("R-GDAP-22"));
  CHECK_FALSE(after.names("R-GDAP-14"));
  CHECK(after.says("(R-GDAP-22 in force since 2023-10-30, replacing R-GDAP-14 and R-GDAP-15)"));
  // Turning it off is possible on both sides; before the change R-GDAP-14 decides and says when it ends.
  const Outcome off = decide(s, "2023-10-29T12:00:00Z", "contoso/ana", "update_gdap_relationship", {{"relationship", std::string("g")}, {"auto_extend", false}});
  CAPTURE(off.text);
  CHECK(off.decision == Decision::Applied);
  CHECK(off.says("R-GDAP-14: auto-extend is turned off while g is active. (R-GDAP-14 in force before 2023-10-30, then R-GDAP-22)"));
  // A new request asking for auto-extend: the same boundary.
  const EventParams create{{"customer", std::string("fab")}, {"display_name", std::string("new")}, {"relationship", std::string("g-new")},
                           {"roles", std::vector<std::string>{"helpdesk-administrator"}}, {"auto_extend", true}};
  CHECK(decide(s, "2023-10-29T12:00:00Z", "contoso/ana", "create_gdap_relationship", create).decision == Decision::Rejected);
  CHECK(decide(s, "2023-10-30T12:00:00Z", "contoso/ana", "create_gdap_relationship", create).decision == Decision::Applied);
}

TEST_CASE("at its end date a relationship expires under R-GDAP-15 before 2023-10-30 and auto-extends under R-GDAP-22 after") {
  Scenario s = load();
  // g ends 2025-03-01; with auto-extend on it moves to 2025-03-01 + 180 days = 2025-08-28.
  for (GdapRelationship& g : s.world.gdap_relationships)
    if (g.id == "g") g.auto_extend = true;
  const Outcome extends = decide(s, "2025-03-01T00:00:00Z", "system", "gdap_end_reached", {{"relationship", std::string("g")}});
  CAPTURE(extends.text);
  CHECK(extends.decision == Decision::Applied);
  CHECK(extends.names("R-GDAP-22"));
  CHECK_FALSE(extends.names("R-GDAP-15"));
  CHECK(extends.says("2025-08-28"));
  // Pinned before the change (rules_as_of), the same relationship expires: R-GDAP-15 decides.
  s.metadata.rules_as_of = "2023-10-29";
  const Outcome expires = decide(s, "2025-03-01T00:00:00Z", "system", "gdap_end_reached", {{"relationship", std::string("g")}});
  CAPTURE(expires.text);
  CHECK(expires.decision == Decision::Applied);
  CHECK(expires.names("R-GDAP-15"));
  CHECK_FALSE(expires.names("R-GDAP-22"));
}

TEST_CASE("R-GDAP-25 replaces R-GDAP-16: Global Administrator removable from an active relationship from the option's date") {
  const EventParams remove_ga{{"relationship", std::string("g-ga")}, {"roles", std::vector<std::string>{"helpdesk-administrator"}}};
  const Scenario s = load();
  const Outcome march = decide(s, "2024-03-31T23:00:00Z", "contoso/ana", "update_gdap_relationship", remove_ga);
  CAPTURE(march.text);
  CHECK(march.decision == Decision::Rejected);
  CHECK(march.rules == std::vector<std::string>{"R-GDAP-25", "R-GDAP-3"});
  CHECK(march.says("(R-GDAP-25 in force only from 2024-04-01; scenario option R-GDAP-25 = 2024-04-01, documented default 2024-04-01)"));
  const Outcome april = decide(s, "2024-04-01T00:00:00Z", "contoso/ana", "update_gdap_relationship", remove_ga);
  CAPTURE(april.text);
  CHECK(april.decision == Decision::Applied);
  CHECK(april.names("R-GDAP-25"));
  // With Global Administrator still in, auto-extend is refused on both sides, by the version in force.
  const EventParams extend{{"relationship", std::string("g-ga")}, {"auto_extend", true}};
  const Outcome ga_march = decide(s, "2024-03-31T23:00:00Z", "contoso/ana", "update_gdap_relationship", extend);
  CHECK(ga_march.rules == std::vector<std::string>{"R-GDAP-16"});
  CHECK(decide(s, "2024-04-01T00:00:00Z", "contoso/ana", "update_gdap_relationship", extend).rules == std::vector<std::string>{"R-GDAP-25"});
  // The CIPP report's date: still refused on April 10, allowed on April 11; R-GDAP-16 ends that day too.
  const Scenario cipp = load(R"(, "rule_options": {"R-GDAP-25": "2024-04-11"})");
  CHECK(decide(cipp, "2024-04-10T12:00:00Z", "contoso/ana", "update_gdap_relationship", remove_ga).decision == Decision::Rejected);
  const Outcome cipp_april = decide(cipp, "2024-04-11T00:00:00Z", "contoso/ana", "update_gdap_relationship", remove_ga);
  CAPTURE(cipp_april.text);
  CHECK(cipp_april.decision == Decision::Applied);
  CHECK(cipp_april.says("scenario option R-GDAP-25 = 2024-04-11, documented default 2024-04-01"));
  CHECK(decide(cipp, "2024-04-10T12:00:00Z", "contoso/ana", "update_gdap_relationship", extend).rules == std::vector<std::string>{"R-GDAP-16"});
  // The older version ends on the day the option chooses, not on its own `until`.
  CHECK(rule_in_force(*find_rule("R-GDAP-16"), cipp.metadata, "2024-04-10"));
  CHECK_FALSE(rule_in_force(*find_rule("R-GDAP-16"), cipp.metadata, "2024-04-11"));
  CHECK_FALSE(rule_in_force(*find_rule("R-GDAP-16"), s.metadata, "2024-04-01"));
}

TEST_CASE("R-GDAP-27 replaces R-GDAP-8: approving GDAP while DAP remains is refused until 2023-10-23, allowed from 2023-10-24") {
  const Scenario s = load();
  const EventParams approve{{"relationship", std::string("g-tail")}};
  const Outcome before = decide(s, "2023-10-23T12:00:00Z", "tail/ga", "approve_gdap_relationship", approve);
  CAPTURE(before.text);
  CHECK(before.decision == Decision::Rejected);
  CHECK(before.rules == std::vector<std::string>{"R-GDAP-27", "R-GDAP-8"});
  const Outcome after = decide(s, "2023-10-24T00:00:00Z", "tail/ga", "approve_gdap_relationship", approve);
  CAPTURE(after.text);
  CHECK(after.decision == Decision::Applied);
  CHECK(after.names("R-GDAP-27"));
  CHECK_FALSE(after.names("R-GDAP-8"));
}

TEST_CASE("R-DAP-10 replaces R-REL-8 on the option's date: 2023-10-09 by default, 2023-09-25 by choice") {
  const EventParams dap_link{{"include_dap", true}, {"invitation", std::string("new-link")}};
  const EventParams accept{{"invitation", std::string("old-link")}};
  Scenario s = load();
  s.world.reseller_relationships.erase(s.world.reseller_relationships.begin());  // Fabrikam is a new customer
  Scenario no_link = s;  // Contoso has no link yet: a new one is made (an existing one would just be reused)
  no_link.world.invitations.clear();
  const Outcome october8 = decide(no_link, "2023-10-08T23:00:00Z", "contoso/ana", "create_reseller_invitation", dap_link);
  CAPTURE(october8.text);
  CHECK(october8.decision == Decision::Applied);
  CHECK(october8.says("(R-REL-8 in force before 2023-10-09, then R-DAP-10; scenario option R-DAP-10 = 2023-10-09, documented default 2023-10-09)"));
  const Outcome october9 = decide(no_link, "2023-10-09T00:00:00Z", "contoso/ana", "create_reseller_invitation", dap_link);
  CHECK(october9.decision == Decision::Rejected);
  CHECK(october9.rules == std::vector<std::string>{"R-DAP-10"});
  // Accepting the old DAP link: DAP granted on October 8, not on October 9.
  CHECK(decide(s, "2023-10-08T23:00:00Z", "fab/ga", "accept_reseller_invitation", accept).names("R-DAP-1"));
  const Outcome accepted = decide(s, "2023-10-09T00:00:00Z", "fab/ga", "accept_reseller_invitation", accept);
  CAPTURE(accepted.text);
  CHECK(accepted.decision == Decision::Applied);
  CHECK(accepted.names("R-DAP-10"));
  CHECK_FALSE(accepted.names("R-DAP-1"));
  // The July 2023 announcement's date.
  Scenario july = load(R"(, "rule_options": {"R-DAP-10": "2023-09-25"})");
  july.world.invitations.clear();
  CHECK(decide(july, "2023-09-24T23:00:00Z", "contoso/ana", "create_reseller_invitation", dap_link).decision == Decision::Applied);
  CHECK(decide(july, "2023-09-25T00:00:00Z", "contoso/ana", "create_reseller_invitation", dap_link).decision == Decision::Rejected);
  CHECK(rule_in_force(*find_rule("R-REL-8"), july.metadata, "2023-09-24"));
  CHECK_FALSE(rule_in_force(*find_rule("R-REL-8"), july.metadata, "2023-09-25"));
}

TEST_CASE("the legacy GDAP era has no versions: the same requests decide as its fixed pack, and name no version") {
  const Scenario s = load("", "global_gdap");
  const Outcome extend = decide(s, "2023-10-02T00:00:00Z", "contoso/ana", "update_gdap_relationship", kAutoExtendOn);
  CAPTURE(extend.text);
  CHECK(extend.decision == Decision::Applied);
  CHECK(extend.rules == std::vector<std::string>{"R-GDAP-14"});
  CHECK_FALSE(extend.says("in force"));
  const Outcome remove_ga = decide(s, "2023-10-02T00:00:00Z", "contoso/ana", "update_gdap_relationship",
                                   {{"relationship", std::string("g-ga")}, {"roles", std::vector<std::string>{"helpdesk-administrator"}}});
  CHECK(remove_ga.decision == Decision::Applied);
  CHECK(remove_ga.rules == std::vector<std::string>{"R-GDAP-16"});
}

TEST_CASE("rule option R-GDAP-25: a choice outside its list is a load error naming the valid ones") {
  const Result<Scenario> r = load_scenario(world_json("global_today", R"(, "rule_options": {"R-GDAP-25": "2024-05-01"})"));
  REQUIRE_FALSE(r.ok());
  const std::string issues = all_issues(r.issues);
  CHECK(issues.find("/metadata/rule_options/R-GDAP-25") != std::string::npos);
  CHECK(issues.find("use \"2024-04-01\", \"2024-04-11\"") != std::string::npos);
}

TEST_CASE("R-CN-8: 21Vianet today has GDAP from 2024-01-01 unless its option is off; transfers stay the scenario's choice") {
  Metadata china;
  china.era = Era::Vianet21Today;
  china.cloud = Cloud::China;
  const Rule* gdap = find_rule("R-GDAP-1");
  const Rule* transfer = find_rule("R-XFER-2");
  REQUIRE(gdap);
  REQUIRE(transfer);
  CHECK_FALSE(rule_in_force(*gdap, china, "2023-12-31"));
  CHECK(rule_in_force(*gdap, china, "2024-01-01"));
  CHECK_FALSE(rule_in_force(*transfer, china, "2025-01-01"));  // R-CN-8 is about GDAP only
  Metadata off = china;
  off.rule_options["R-CN-8"] = "off";
  CHECK_FALSE(rule_in_force(*gdap, off, "2025-01-01"));
  off.gdap_in_21vianet = true;  // the scenario's own flag still puts GDAP there, on any date
  CHECK(rule_in_force(*gdap, off, "2023-06-01"));
  // The legacy 21Vianet era is a fixed pack: no GDAP without the flag, whatever the day.
  Metadata legacy;
  legacy.era = Era::Vianet21;
  CHECK_FALSE(rule_in_force(*gdap, legacy, "2025-01-01"));
}
