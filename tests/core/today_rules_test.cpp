// today_rules_test.cpp — the facts.md §8 rules decided in the dated era global_today, at the edges of their dates and
// windows: each expected value is worked out by hand from facts.md (the date a rule starts, 168 hours after a
// purchase, the options' documented defaults), not from the engine.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "../test_support.hpp"
#include "step_at.hpp"
#include "mpsim/engine.hpp"
#include "mpsim/scenario_io.hpp"

using namespace core;
using test_support::all_issues;

namespace {

// A distributor (ana: admin agent, dev: admin agent without MFA), an authorized reseller on its list (relecloud), a
// deauthorized one (adatum), one whose PLA ID is invalid (litware), and a customer with a Global admin (ga), a
// relationship administrator (rel) and a reader; a new-commerce subscription bought 2025-03-03 09:00 (window until
// 2025-03-10 09:00) and a pending GDAP request.
std::string world_json(const std::string& options) {
  return R"({"format_version": 1, "metadata": {"title": "t", "era": "global_today")" + options + R"(},
  "world": {"clock": "2025-01-01T00:00:00Z",
    "services": [{"id": "e3", "name": "E3", "kind": "license", "family": "office365"}],
    "partners": [
      {"id": "tailspin", "name": "Tailspin", "type": "indirect_provider", "region": "US",
       "users": [{"id": "ana", "roles": ["admin_agent"]}, {"id": "dev", "roles": ["admin_agent"], "mfa": false}]},
      {"id": "relecloud", "name": "Relecloud", "type": "indirect_reseller", "region": "US", "users": [{"id": "rita", "roles": ["admin_agent"]}]},
      {"id": "adatum", "name": "Adatum", "type": "indirect_reseller", "region": "US", "authorization": "deauthorized_from_por"},
      {"id": "litware", "name": "Litware", "type": "indirect_reseller", "region": "US", "pla_valid": false}],
    "customers": [{"id": "fc", "name": "Fourth Coffee", "region": "US",
       "users": [{"id": "ga", "roles": ["global_admin"]}, {"id": "rel", "roles": ["delegated_admin_relationship_admin"]}, {"id": "reader", "roles": ["global_reader"]}]}],
    "subscriptions": [{"id": "nce", "customer": "fc", "service": "e3", "channel": "csp", "partner_of_record": "tailspin", "quantity": 20,
       "status": "active", "new_commerce": true, "purchased": "2025-03-03T09:00:00Z"},
      {"id": "old", "customer": "fc", "service": "e3", "channel": "csp", "partner_of_record": "tailspin", "reseller_of_record": "adatum", "quantity": 5,
       "status": "active"}],
    "reseller_relationships": [{"partner": "tailspin", "customer": "fc"}],
    "partnerships": [{"provider": "tailspin", "reseller": "relecloud"}, {"provider": "tailspin", "reseller": "adatum"}, {"provider": "tailspin", "reseller": "litware"}],
    "gdap_relationships": [{"id": "g", "partner": "tailspin", "customer": "fc", "display_name": "g", "status": "approvalPending", "roles": ["global-reader"]}]},
  "events": []})";
}

Scenario load(const std::string& options = "") { return test_support::loaded(world_json(options)); }

struct Outcome {
  Decision decision;
  std::vector<std::string> rules;
  bool names(const std::string& id) const { return std::find(rules.begin(), rules.end(), id) != rules.end(); }
};

Outcome decide(const Scenario& s, const std::string& time, const std::string& actor, const std::string& action, EventParams params) {
  const StepResult r = test_support::step_at(s, time, actor, action, std::move(params));
  Outcome o{r.decision, {}};
  for (const DecidingRule& d : r.rules) o.rules.push_back(d.id);
  return o;
}

EventParams order(const std::string& reseller) {
  return {{"customer", std::string("fc")}, {"service", std::string("e3")}, {"subscription", std::string("new")}, {"reseller", reseller}};
}

}  // namespace

TEST_CASE("R-POR-1: new orders are validated from the option's date (default 2025-06-02; 2025-09-01 by choice)") {
  const Scenario s = load();
  // The day before the documented default: not validated.
  CHECK(decide(s, "2025-06-01T12:00:00Z", "tailspin/ana", "order_subscription", order("adatum")).decision == Decision::Applied);
  const Outcome deauthorized = decide(s, "2025-06-02T00:00:00Z", "tailspin/ana", "order_subscription", order("adatum"));
  CHECK(deauthorized.decision == Decision::Rejected);
  CHECK(deauthorized.names("R-POR-1"));
  CHECK(deauthorized.names("R-AUTH-1"));
  const Outcome invalid_pla = decide(s, "2025-06-02T00:00:00Z", "tailspin/ana", "order_subscription", order("litware"));
  CHECK(invalid_pla.decision == Decision::Rejected);
  CHECK(invalid_pla.names("R-POR-1"));
  const Outcome valid = decide(s, "2025-06-02T00:00:00Z", "tailspin/ana", "order_subscription", order("relecloud"));
  CHECK(valid.decision == Decision::Applied);
  CHECK(valid.names("R-POR-1"));
  // The TD Synnex date: still allowed on August 31, refused on September 1.
  const Scenario september = load(R"(, "rule_options": {"R-POR-1": "2025-09-01"})");
  CHECK(decide(september, "2025-08-31T23:00:00Z", "tailspin/ana", "order_subscription", order("adatum")).decision == Decision::Applied);
  CHECK(decide(september, "2025-09-01T00:00:00Z", "tailspin/ana", "order_subscription", order("adatum")).decision == Decision::Rejected);
}

TEST_CASE("R-POR-2: changes are validated from 2025-12-01") {
  const Scenario s = load();
  const EventParams more{{"subscription", std::string("old")}, {"quantity", std::int64_t{6}}};
  CHECK(decide(s, "2025-11-30T23:59:00Z", "tailspin/ana", "change_quantity", more).decision == Decision::Applied);
  const Outcome december = decide(s, "2025-12-01T00:00:00Z", "tailspin/ana", "change_quantity", more);
  CHECK(december.decision == Decision::Rejected);
  CHECK(december.names("R-POR-2"));
}

TEST_CASE("R-SUB-5 and R-SUB-4: the 168-hour window of a new-commerce subscription") {
  const Scenario s = load();
  const EventParams fewer{{"subscription", std::string("nce")}, {"quantity", std::int64_t{15}}};
  // Bought 2025-03-03 09:00: 168 hours later is 2025-03-10 09:00.
  CHECK(decide(s, "2025-03-10T08:59:00Z", "tailspin/ana", "change_quantity", fewer).decision == Decision::Applied);
  const Outcome late = decide(s, "2025-03-10T09:00:00Z", "tailspin/ana", "change_quantity", fewer);
  CHECK(late.decision == Decision::Rejected);
  CHECK(late.names("R-SUB-5"));
  // Adding seats is always possible, and cancelling follows the purchase only.
  CHECK(decide(s, "2025-03-12T00:00:00Z", "tailspin/ana", "change_quantity", {{"subscription", std::string("nce")}, {"quantity", std::int64_t{25}}}).decision ==
        Decision::Applied);
  CHECK(decide(s, "2025-03-10T08:59:00Z", "tailspin/ana", "cancel_subscription", {{"subscription", std::string("nce")}}).decision == Decision::Applied);
  const Outcome cancel_late = decide(s, "2025-03-10T09:00:00Z", "tailspin/ana", "cancel_subscription", {{"subscription", std::string("nce")}});
  CHECK(cancel_late.decision == Decision::Rejected);
  CHECK(cancel_late.names("R-SUB-4"));
}

TEST_CASE("R-MFA-1 and R-MFA-2: the portal from 2025-08-30, App+User API calls from 2026-04-01") {
  const Scenario s = load();
  const EventParams list{{"list", std::string("customers")}};
  CHECK(decide(s, "2025-08-29T12:00:00Z", "tailspin/dev", "list_partner_center", list).decision == Decision::Applied);
  const Outcome portal = decide(s, "2025-08-30T00:00:00Z", "tailspin/dev", "list_partner_center", list);
  CHECK(portal.decision == Decision::Rejected);
  CHECK(portal.names("R-MFA-1"));
  // The validation API is an API call, not a portal page: R-MFA-1 does not stop it, and before 2026-04-01 neither does R-MFA-2.
  CHECK(decide(s, "2025-09-01T00:00:00Z", "tailspin/dev", "validate_resellers", {{"resellers", std::vector<std::string>{"relecloud"}}}).decision ==
        Decision::Applied);
  const EventParams api{{"base_url", std::string("https://api.partnercenter.microsoft.com")}};
  CHECK(decide(s, "2026-03-31T23:00:00Z", "tailspin/dev", "call_partner_center_api", api).decision == Decision::Applied);
  const Outcome april = decide(s, "2026-04-01T00:00:00Z", "tailspin/dev", "call_partner_center_api", api);
  CHECK(april.decision == Decision::Rejected);
  CHECK(april.names("R-MFA-2"));
  EventParams app_only = api;
  app_only["auth"] = std::string("app_only");
  CHECK(decide(s, "2026-04-01T00:00:00Z", "tailspin/dev", "call_partner_center_api", app_only).decision == Decision::Applied);
  // R-MFA-3: until 2026-06-08 an endpoint the rollout has not reached lets it through; from that day none does.
  EventParams not_reached = api;
  not_reached["rollout_reached"] = false;
  CHECK(decide(s, "2026-06-07T23:00:00Z", "tailspin/dev", "call_partner_center_api", not_reached).decision == Decision::Applied);
  CHECK(decide(s, "2026-06-08T00:00:00Z", "tailspin/dev", "call_partner_center_api", not_reached).decision == Decision::Rejected);
  const Outcome reseller = decide(s, "2026-04-01T00:00:00Z", "relecloud/rita", "call_partner_center_api", api);
  CHECK(reseller.decision == Decision::Rejected);
  CHECK(reseller.names("R-AUTH-7"));
}

TEST_CASE("R-GDAP-26: the customer's relationship administrator approves from 2026-04-01, unless the option is off") {
  const Scenario s = load();
  const EventParams g{{"relationship", std::string("g")}};
  const Outcome march = decide(s, "2026-03-31T12:00:00Z", "fc/rel", "approve_gdap_relationship", g);
  CHECK(march.decision == Decision::Rejected);
  CHECK(march.names("R-GDAP-5"));
  const Outcome april = decide(s, "2026-04-01T00:00:00Z", "fc/rel", "approve_gdap_relationship", g);
  CHECK(april.decision == Decision::Applied);
  CHECK(april.names("R-GDAP-26"));
  CHECK(decide(s, "2026-04-01T00:00:00Z", "fc/reader", "approve_gdap_relationship", g).decision == Decision::Rejected);
  const Scenario off = load(R"(, "rule_options": {"R-GDAP-26": "off"})");
  CHECK(decide(off, "2026-04-02T00:00:00Z", "fc/rel", "approve_gdap_relationship", g).decision == Decision::Rejected);
}
