// today_states_test.cpp — the states facts.md §8 added (a partner's authorization and PLA ID, a partner user's MFA
// claim, a new-commerce subscription's purchase and seat-addition times, the customer-side relationship administrator
// role): each loads, exports back, keeps its default when absent, and each bad value is refused at its place.
#include <doctest/doctest.h>

#include <functional>
#include <nlohmann/json.hpp>

#include "../test_support.hpp"
#include "mpsim/engine.hpp"
#include "mpsim/entra_roles.hpp"
#include "mpsim/scenario_io.hpp"

using namespace core;
using json = nlohmann::ordered_json;
using test_support::all_issues;

namespace {

const char* kExample = "web/scenarios/second-partner-joins.json";

json example_json() { return json::parse(test_support::read_text(kExample)); }

Result<Scenario> load_after(const std::function<void(json&)>& mutate) {
  json doc = example_json();
  mutate(doc);
  Result<Scenario> result;
  CHECK_NOTHROW(result = load_scenario(doc.dump(2)));
  return result;
}

// The one issue with `code` at `pointer`, with its place; its message must contain `words`.
void check_refused(const std::function<void(json&)>& mutate, const std::string& code, const std::string& pointer, const std::string& words) {
  const Result<Scenario> result = load_after(mutate);
  REQUIRE_FALSE(result.ok());
  CAPTURE(all_issues(result.issues));
  const auto it = std::find_if(result.issues.begin(), result.issues.end(), [&](const Issue& i) { return i.code == code && i.pointer == pointer; });
  REQUIRE(it != result.issues.end());
  CHECK(it->line > 0);
  CHECK(it->column > 0);
  CHECK(it->message.find(words) != std::string::npos);
}

}  // namespace

TEST_CASE("the §8 states default to values that change nothing, and old files load without them") {
  const Result<Scenario> result = load_scenario(test_support::read_text(kExample));
  REQUIRE(result.ok());
  const World& w = result.value->world;
  for (const Partner& p : w.partners) {
    CHECK(p.authorization == PartnerAuthorization::Authorized);
    CHECK(p.pla_valid);
    for (const User& u : p.users) CHECK(u.mfa);
  }
  for (const Subscription& s : w.subscriptions) {
    CHECK_FALSE(s.new_commerce);
    CHECK_FALSE(s.purchased.has_value());
    CHECK_FALSE(s.seats_added.has_value());
  }
  // Defaults are not written back: the export of an old file is the file.
  CHECK(export_scenario(*result.value) == test_support::read_text(kExample));
}

TEST_CASE("the §8 states load and export back") {
  const Result<Scenario> result = load_after([](json& d) {
    d["world"]["partners"][0]["authorization"] = "deauthorized_from_por";
    d["world"]["partners"][0]["pla_valid"] = false;
    d["world"]["partners"][0]["users"][1]["mfa"] = false;
    d["world"]["subscriptions"][0]["new_commerce"] = true;
    d["world"]["subscriptions"][0]["purchased"] = "2018-01-01T00:00:00Z";
    d["world"]["subscriptions"][0]["seats_added"] = "2018-03-01T08:00:00Z";
    d["world"]["customers"][0]["users"][0]["roles"] = json::array({"delegated_admin_relationship_admin"});
  });
  REQUIRE(result.ok());
  const World& w = result.value->world;
  CHECK(w.partners[0].authorization == PartnerAuthorization::DeauthorizedFromPor);
  CHECK_FALSE(w.partners[0].pla_valid);
  CHECK(w.partners[0].users[0].mfa);
  CHECK_FALSE(w.partners[0].users[1].mfa);
  CHECK(w.subscriptions[0].new_commerce);
  CHECK(*w.subscriptions[0].purchased == 1514764800);    // 2018-01-01T00:00:00Z
  CHECK(*w.subscriptions[0].seats_added == 1519891200);  // 2018-03-01T08:00:00Z
  CHECK(w.customers[0].users[0].customer_roles == std::vector<CustomerRole>{CustomerRole::DelegatedAdminRelationshipAdmin});
  const std::string exported = export_scenario(*result.value);
  CHECK(exported.find("\"authorization\": \"deauthorized_from_por\"") != std::string::npos);
  CHECK(exported.find("\"pla_valid\": false") != std::string::npos);
  CHECK(exported.find("\"mfa\": false") != std::string::npos);
  CHECK(exported.find("\"seats_added\": \"2018-03-01T08:00:00Z\"") != std::string::npos);
  const Result<Scenario> again = load_scenario(exported);
  REQUIRE(again.ok());
  CHECK(again.value->world == w);
}

TEST_CASE("bad values of the §8 states are refused where they are") {
  SUBCASE("an unknown authorization status names the valid ones") {
    check_refused([](json& d) { d["world"]["partners"][0]["authorization"] = "paused"; }, "invalid-value", "/world/partners/0/authorization",
                  "deauthorized_from_por");
  }
  SUBCASE("pla_valid is a boolean") {
    check_refused([](json& d) { d["world"]["partners"][0]["pla_valid"] = "no"; }, "wrong-type", "/world/partners/0/pla_valid", "boolean");
  }
  SUBCASE("a user's mfa is a boolean") {
    check_refused([](json& d) { d["world"]["partners"][0]["users"][0]["mfa"] = 1; }, "wrong-type", "/world/partners/0/users/0/mfa", "boolean");
  }
  SUBCASE("new_commerce is a boolean") {
    check_refused([](json& d) { d["world"]["subscriptions"][0]["new_commerce"] = "yes"; }, "wrong-type", "/world/subscriptions/0/new_commerce",
                  "boolean");
  }
  SUBCASE("purchased is a time") {
    check_refused(
        [](json& d) {
          d["world"]["subscriptions"][0]["new_commerce"] = true;
          d["world"]["subscriptions"][0]["purchased"] = "yesterday";
        },
        "invalid-time", "/world/subscriptions/0/purchased", "yesterday");
  }
  SUBCASE("the windows belong to new-commerce subscriptions") {
    check_refused([](json& d) { d["world"]["subscriptions"][0]["seats_added"] = "2018-02-01T00:00:00Z"; }, "inconsistent-fields",
                  "/world/subscriptions/0/seats_added", "new_commerce");
    check_refused([](json& d) { d["world"]["subscriptions"][0]["purchased"] = "2018-02-01T00:00:00Z"; }, "inconsistent-fields",
                  "/world/subscriptions/0/purchased", "new_commerce");
  }
  SUBCASE("seats cannot be added before the purchase") {
    check_refused(
        [](json& d) {
          d["world"]["subscriptions"][0]["new_commerce"] = true;
          d["world"]["subscriptions"][0]["purchased"] = "2018-02-01T00:00:00Z";
          d["world"]["subscriptions"][0]["seats_added"] = "2018-01-31T23:00:00Z";
        },
        "invalid-range", "/world/subscriptions/0/seats_added", "before the subscription was purchased");
  }
  SUBCASE("an unknown customer role suggests the new one") {
    check_refused([](json& d) { d["world"]["customers"][0]["users"][0]["roles"] = json::array({"delegated_admin_relationship_admn"}); },
                  "invalid-value", "/world/customers/0/users/0/roles/0", "delegated_admin_relationship_admin");
  }
}

TEST_CASE("the Customer Delegated Admin Relationship Administrator is a customer-side Entra role") {
  // Template ID from the CIPP commit (sources/global-2026/CIPP-commit-9ff79147-…patch): "fc8ad4e2-40e4-4724-8317-bcda7503ecbf".
  const EntraRole* role = find_entra_role("fc8ad4e2-40e4-4724-8317-bcda7503ecbf");
  REQUIRE(role != nullptr);
  CHECK(role->id == "customer-delegated-admin-relationship-administrator");
  CHECK(role->name == "Customer Delegated Admin Relationship Administrator");
  CHECK(role->chinese_name == "客户委派管理员关系管理员");
  CHECK(role->customer_side);
  CHECK_FALSE(find_entra_role("global-reader")->customer_side);
}

TEST_CASE("partner earned credit: the seller with access to an Azure plan earns it (R-PEC-1/2)") {
  World w;
  w.services = {Service{"azure-plan", "Azure plan", ServiceKind::Usage, "azure", {}, {}}, Service{"o365-e3", "Office 365 E3", ServiceKind::License, "office365", {}, {}}};
  w.partners = {Partner{"dist", "Distributor", PartnerType::IndirectProvider, "US", {}, "1", {}, {}},
                Partner{"res", "Reseller", PartnerType::IndirectReseller, "US", {}, "2", {}, {}},
                Partner{"direct", "Direct", PartnerType::DirectBill, "US", {}, "3", {}, {}}};
  Subscription plan;
  plan.id = "plan";
  plan.customer = "cust";
  plan.service = "azure-plan";
  plan.partner_of_record = "direct";
  // Provisioned by its seller, whose Admin Agents keep the Owner role (R-DAP-6): it earns PEC.
  CHECK(pec_partner(w, plan) == "direct");
  // Licences never earn it; nor does a reservation, or a suspended plan.
  Subscription seats = plan;
  seats.service = "o365-e3";
  CHECK(pec_partner(w, seats).empty());
  Subscription reservation = plan;
  reservation.kind = SubscriptionKind::AzureReservation;
  CHECK(pec_partner(w, reservation).empty());
  Subscription suspended = plan;
  suspended.status = SubscriptionStatus::Suspended;
  CHECK(pec_partner(w, suspended).empty());
  // Received by an accepted transfer: no RBAC, no AOBO by default (R-XFER-4), so no PEC ...
  w.transfers = {Transfer{"t1", "cust", "dist", "direct", {"plan"}, TransferStatus::Accepted, {}}};
  CHECK(pec_partner(w, plan).empty());
  // ... until it has admin-on-behalf-of access: DAP ...
  w.delegated_admin = {DelegatedAdminGrant{"direct", "cust", {}, {}, {}, false}};
  CHECK(pec_partner(w, plan) == "direct");
  CHECK(pec_partner(w, plan, true).empty());  // without counting DAP: R-PEC-2's loss
  // ... or an active GDAP assignment.
  w.delegated_admin.clear();
  GdapRelationship g;
  g.id = "g";
  g.partner = "direct";
  g.customer = "cust";
  g.status = GdapStatus::Active;
  g.access_assignments = {AccessAssignment{"a", "grp", {"global-reader"}, AccessAssignmentStatus::Pending}};
  w.gdap_relationships = {g};
  CHECK(pec_partner(w, plan).empty());  // a pending assignment gives no one access (R-GDAP-10)
  w.gdap_relationships[0].access_assignments[0].status = AccessAssignmentStatus::Active;
  CHECK(pec_partner(w, plan) == "direct");
  // A distributor earns it when its reseller of record has the access; a reseller never earns it itself.
  w.gdap_relationships.clear();
  Subscription two_tier = plan;
  two_tier.partner_of_record = "dist";
  two_tier.reseller_of_record = "res";
  w.transfers = {Transfer{"t2", "cust", "direct", "dist", {"plan"}, TransferStatus::Accepted, {}}};
  CHECK(pec_partner(w, two_tier).empty());
  w.delegated_admin = {DelegatedAdminGrant{"res", "cust", {}, {}, {}, false}};
  CHECK(pec_partner(w, two_tier) == "dist");
  Subscription sold_by_reseller = plan;
  sold_by_reseller.partner_of_record = "res";
  CHECK(pec_partner(w, sold_by_reseller).empty());
}
