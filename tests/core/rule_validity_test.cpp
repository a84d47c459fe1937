// rule_validity_test.cpp — the catalogue's validity as a whole: every rule of facts.md §5 and §8 is catalogued or
// listed as not modelled (the list of ids below is written out by hand from facts.md, not taken from the catalogue),
// and the dates, clouds, replacements and options of all rules are consistent; R-CN-9, the 21Vianet MFA option.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "../test_support.hpp"
#include "mpsim/engine.hpp"
#include "mpsim/rules.hpp"
#include "mpsim/scenario_io.hpp"

using namespace core;

namespace {

// facts.md §5 "Rules for the rule engine" ("There are 76 rules in total"), heading by heading.
const std::vector<std::string> kFactsSection5 = {
    // Reseller relationships
    "R-REL-1", "R-REL-2", "R-REL-3", "R-REL-4", "R-REL-5", "R-REL-6", "R-REL-7", "R-REL-8",
    // Multi-partner / Partner of Record
    "R-MP-1", "R-MP-2", "R-MP-3", "R-MP-4", "R-MP-5", "R-MP-6", "R-MP-7", "R-MP-8",
    // Multi-channel
    "R-MC-1", "R-MC-2", "R-MC-3", "R-MC-4", "R-MC-5",
    // DAP
    "R-DAP-1", "R-DAP-2", "R-DAP-3", "R-DAP-4", "R-DAP-5", "R-DAP-6", "R-DAP-7", "R-DAP-8",
    // GDAP request / approval, access, expiry / extension / termination
    "R-GDAP-1", "R-GDAP-2", "R-GDAP-3", "R-GDAP-4", "R-GDAP-5", "R-GDAP-6", "R-GDAP-7", "R-GDAP-8", "R-GDAP-9",
    "R-GDAP-10", "R-GDAP-11", "R-GDAP-12", "R-GDAP-13",
    "R-GDAP-14", "R-GDAP-15", "R-GDAP-16", "R-GDAP-17", "R-GDAP-18", "R-GDAP-19", "R-GDAP-20", "R-GDAP-21",
    // Indirect reseller linkage
    "R-IND-1", "R-IND-2", "R-IND-3", "R-IND-4", "R-IND-5", "R-IND-6", "R-IND-7", "R-IND-8",
    // Removal
    "R-REM-1", "R-REM-2", "R-REM-3", "R-REM-4",
    // Subscriptions / suspension
    "R-SUB-1", "R-SUB-2", "R-SUB-3",
    // Transfers between partners
    "R-XFER-1", "R-XFER-2", "R-XFER-3", "R-XFER-4", "R-XFER-5",
    // 21Vianet environment
    "R-CN-1", "R-CN-2", "R-CN-3", "R-CN-4", "R-CN-5", "R-CN-6",
};

// facts.md §8.10 "New rules: 38. GDAP-22..29 (8) · DAP-9..12 (4) · POR-1..4 (4) · MFA-1..3 (3) · AUTH-1..7 (7) ·
// XFER-6..8 (3) · SUB-4..6 (3) · REM-5 (1) · PEC-1..2 (2) · CN-7..9 (3)".
const std::vector<std::string> kFactsSection8 = {
    "R-GDAP-22", "R-GDAP-23", "R-GDAP-24", "R-GDAP-25", "R-GDAP-26", "R-GDAP-27", "R-GDAP-28", "R-GDAP-29",
    "R-DAP-9", "R-DAP-10", "R-DAP-11", "R-DAP-12",
    "R-POR-1", "R-POR-2", "R-POR-3", "R-POR-4",
    "R-MFA-1", "R-MFA-2", "R-MFA-3",
    "R-AUTH-1", "R-AUTH-2", "R-AUTH-3", "R-AUTH-4", "R-AUTH-5", "R-AUTH-6", "R-AUTH-7",
    "R-XFER-6", "R-XFER-7", "R-XFER-8",
    "R-SUB-4", "R-SUB-5", "R-SUB-6",
    "R-REM-5",
    "R-PEC-1", "R-PEC-2",
    "R-CN-7", "R-CN-8", "R-CN-9",
};

bool not_modelled(const std::string& id) {
  const auto rows = rules_not_modelled();
  return std::any_of(rows.begin(), rows.end(), [&](const UnmodelledRule& u) { return u.id == id; });
}

bool is_date(std::string_view day) { return check_rules_day(day).empty(); }

}  // namespace

TEST_CASE("every rule of facts.md §5 and §8 is in the catalogue or listed as not modelled, never both") {
  REQUIRE(kFactsSection5.size() == 76);
  REQUIRE(kFactsSection8.size() == 38);
  std::vector<std::string> facts = kFactsSection5;
  facts.insert(facts.end(), kFactsSection8.begin(), kFactsSection8.end());
  for (const std::string& id : facts) {
    CAPTURE(id);
    const bool catalogued = find_rule(id) != nullptr;
    CHECK(catalogued != not_modelled(id));
  }
  // The not-modelled table names only rules of facts.md, each once and with a reason.
  std::set<std::string> seen;
  for (const UnmodelledRule& u : rules_not_modelled()) {
    CAPTURE(u.id);
    CHECK(std::find(facts.begin(), facts.end(), std::string(u.id)) != facts.end());
    CHECK(seen.insert(std::string(u.id)).second);
    CHECK_FALSE(u.reason.empty());
  }
  // docs/rules.md shows it.
  CHECK(rules_markdown().find("\n## Not modelled\n") != std::string::npos);
  CHECK(rules_markdown().find("| R-AUTH-4 | No action changes a partner's type") != std::string::npos);
}

TEST_CASE("the catalogue's validity is consistent: dates, clouds, replacements and options") {
  for (const Rule& r : rule_catalogue()) {
    CAPTURE(r.id);
    const RuleValidity& v = r.valid;
    // Dates are real days the documents cover, and a rule starts before it ends.
    if (!v.from.empty()) CHECK(is_date(v.from));
    if (!v.until.empty()) CHECK(is_date(v.until));
    if (!v.from.empty() && !v.until.empty()) CHECK(v.from < v.until);
    // A replacement exists and takes over on the day the rule ends (an option-dated one starts on the option's day).
    if (!v.replaced_by.empty()) {
      CHECK_FALSE(v.until.empty());
      const Rule* next = find_rule(v.replaced_by);
      CHECK_MESSAGE(next != nullptr, "replaced_by names no rule: ", v.replaced_by);
      if (next && next->valid.option.empty() && v.option.empty()) CHECK(next->valid.from == v.until);
    }
    // An option names a row of the option table, whose choices are dates in range or on/off.
    if (!v.option.empty()) {
      const RuleOption* o = find_rule_option(v.option);
      CHECK_MESSAGE(o != nullptr, "no rule option ", v.option);
      if (o)
        for (const std::string_view choice : o->choices) CHECK((choice == "on" || choice == "off" || is_date(choice)));
    }
    // A rule in no legacy era (the dated §8 rules) says its cloud; a rule in the packs that says one agrees with them:
    // the 21Vianet era means the China cloud, the two global eras the global cloud.
    CHECK(v.clouds <= kBothClouds);
    if (r.eras == 0) CHECK(v.clouds != 0);
    if (r.eras != 0 && v.clouds != 0) {
      const bool china = (r.eras & kEraVianet21) != 0;
      const bool global = (r.eras & (kEraGlobalDap | kEraGlobalGdap)) != 0;
      CHECK(((v.clouds & kCloudChina) != 0) == china);
      CHECK(((v.clouds & kCloudGlobal) != 0) == global);
    }
    // A rule with a date says where it comes from (docs/rules.md's "Source of the dates").
    if (!v.from.empty() || !v.until.empty() || !v.option.empty()) CHECK_FALSE(v.date_source.empty());
  }
  // Every option is an option of a catalogued rule.
  for (const RuleOption& o : rule_options()) {
    CAPTURE(o.id);
    CHECK(find_rule(o.id) != nullptr);
  }
}

TEST_CASE("docs/rules.md shows each rule's validity, marked by how sure its dates are, and the rule options") {
  const std::string md = rules_markdown();
  // Worked out from facts.md: R-POR-2 from 2025-12-01 (L26, documented); R-CN-9 from 2026-04-01 behind its option
  // (off by default, an inference); R-MFA-1 on the option's dates (2025-08-30 default, 2025-09-08), a conflict;
  // transfers from the oldest stored transfer page, 2020-04-10, inferred.
  CHECK(md.find("\n| R-POR-2 | global | 2025-12-01 |  |  | ") != std::string::npos);
  CHECK(md.find("\n| R-CN-9 | 21Vianet | 2026-04-01, option R-CN-9 (off by default) [inferred] |") != std::string::npos);
  CHECK(md.find("\n| R-MFA-1 | global | 2025-08-30 (default) or 2025-09-08, option R-MFA-1 [conflict] |") != std::string::npos);
  CHECK(md.find("\n| R-XFER-2 | global; 21Vianet with `gdap_in_21vianet` | 2020-04-10 [inferred] |") != std::string::npos);
  CHECK(md.find("\n| R-MC-2 | 21Vianet | first document |  |  | CN-RR (2016 doc set) |") != std::string::npos);
  CHECK(md.find("\n## Rule options\n") != std::string::npos);
  CHECK(md.find("\n| R-POR-1 | 2025-06-02, 2025-09-01 | 2025-06-02 | ") != std::string::npos);
}

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
