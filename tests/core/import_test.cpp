// import_test.cpp — `mpsim import` on the payloads printed in the Partner Center API pages (tests/fixtures/import/*.http,
// copied verbatim, HTTP lines and a trailing comma included) and on messier synthetic Subscription and Graph payloads.
// Expected values are read off the payloads themselves.
#include <doctest/doctest.h>

#include "../test_support.hpp"
#include "mpsim/import.hpp"
#include "mpsim/scenario_io.hpp"

using namespace core;
using test_support::all_issues;

namespace {

struct Inputs {
  std::vector<std::string> names, texts;
  std::vector<ImportSource> sources() const {
    std::vector<ImportSource> out;
    for (std::size_t i = 0; i < names.size(); ++i) out.push_back(ImportSource{names[i], texts[i]});
    return out;
  }
};

Result<Scenario> import_files(std::initializer_list<const char*> files, ImportOptions options = {}) {
  Inputs in;
  for (const char* f : files) {
    in.names.push_back(f);
    in.texts.push_back(test_support::read_text(std::string("tests/fixtures/import/") + f));
  }
  Result<Scenario> result;
  CHECK_NOTHROW(result = import_payloads(in.sources(), options));
  return result;
}

const Issue* issue_with(const Result<Scenario>& r, const std::string& code) { return test_support::find_issue(r.issues, code); }

const Partner* partner(const Scenario& s, const std::string& id) {
  for (const Partner& p : s.world.partners)
    if (p.id == id) return &p;
  return nullptr;
}
const Customer* customer(const Scenario& s, const std::string& id) {
  for (const Customer& c : s.world.customers)
    if (c.id == id) return &c;
  return nullptr;
}
bool related(const Scenario& s, const std::string& p, const std::string& c) {
  for (const ResellerRelationship& r : s.world.reseller_relationships)
    if (r.partner == p && r.customer == c) return true;
  return false;
}

}  // namespace

TEST_CASE("customers of an indirect reseller: a collection with a trailing comma and HTTP headers") {
  const Result<Scenario> r = import_files({"customers-of-an-indirect-reseller.http"});
  CAPTURE(all_issues(r.issues));
  REQUIRE(r.ok());
  const Scenario& s = *r.value;
  REQUIRE(s.world.customers.size() == 2);
  CHECK(s.world.customers[0].id == "53eb21cb-6b2d-4ee5-9e92-27dfc927e93c");
  CHECK(s.world.customers[0].name == "FourthCoffee137");
  CHECK(s.world.customers[0].domain == "FourthCoffee137.onmicrosoft.com");
  CHECK(s.world.customers[1].name == "Wingtip Toys1254789149");
  CHECK(related(s, "my-partner", "53eb21cb-6b2d-4ee5-9e92-27dfc927e93c"));
  CHECK(related(s, "my-partner", "3dfe847b-cad9-4fc1-86d3-cf16c2790087"));
  const Issue* comma = issue_with(r, "json-trailing-comma");
  REQUIRE(comma);
  CHECK(comma->severity == Severity::Warning);
  CHECK(comma->pointer == "/items");
  CHECK(comma->line == 68);
  CHECK(comma->source == "customers-of-an-indirect-reseller.http");
  REQUIRE(issue_with(r, "http-preamble-ignored"));
}

TEST_CASE("a customer created for an indirect reseller makes the importer an indirect provider") {
  const Result<Scenario> r = import_files({"customer-for-an-indirect-reseller.http"});
  CAPTURE(all_issues(r.issues));
  REQUIRE(r.ok());
  const Scenario& s = *r.value;
  const Customer* c = customer(s, "626099fe-17af-4756-9fd0-6a73b7127859");
  REQUIRE(c);
  CHECK(c->name == "Wingtip Toys678152504");
  CHECK(c->region == "US");  // billingProfile.defaultAddress.country
  CHECK(c->users.at(0).id == "admin");
  REQUIRE(partner(s, "my-partner"));
  CHECK(partner(s, "my-partner")->type == PartnerType::IndirectProvider);
  const Partner* reseller = partner(s, "484e548c-f5f3-4528-93a9-c16c6373cb59");
  REQUIRE(reseller);
  CHECK(reseller->type == PartnerType::IndirectReseller);
  CHECK(related(s, "484e548c-f5f3-4528-93a9-c16c6373cb59", c->id));
  REQUIRE(s.world.delegated_admin.size() == 1);  // allowDelegatedAccess: true
  CHECK(s.world.delegated_admin[0].partner == "my-partner");
  REQUIRE(s.world.partnerships.size() == 1);
  CHECK(s.world.partnerships[0].reseller == reseller->id);
}

TEST_CASE("the relationship-request URL names the partner and carries DAP=false") {
  const Result<Scenario> cn = import_files({"relationship-request.http"});
  CAPTURE(all_issues(cn.issues));
  REQUIRE(cn.ok());
  REQUIRE(cn.value->world.invitations.size() == 1);
  CHECK(cn.value->world.invitations[0].partner == "3b33e682-00c3-41ee-9dd2-a548adf56438");
  CHECK_FALSE(cn.value->world.invitations[0].include_dap);
  REQUIRE(issue_with(cn, "era-mismatch"));  // the 21Vianet doc set has no invitation without DAP
  CHECK(issue_with(cn, "era-mismatch")->pointer == "/url");
  ImportOptions global;
  global.era = Era::GlobalDap;
  const Result<Scenario> g = import_files({"relationship-request.http"}, global);
  REQUIRE(g.ok());
  CHECK_FALSE(issue_with(g, "era-mismatch"));
}

TEST_CASE("indirect resellers: partners with MPN ids and locations, linked to the importing provider") {
  const Result<Scenario> r = import_files({"indirect-resellers.http"});
  CAPTURE(all_issues(r.issues));
  REQUIRE(r.ok());
  const Partner* first = partner(*r.value, "484e548c-f5f3-4528-93a9-c16c6373cb59");
  const Partner* second = partner(*r.value, "b01b1487-b36e-4e6d-9b5e-0b58974c4b28");
  REQUIRE(first);
  REQUIRE(second);
  CHECK(first->name == "First Up Consultants");
  CHECK(first->mpn_id == "4847383");
  CHECK(first->region == "US");
  CHECK(second->name == "ReleCloud");
  CHECK(second->region == "BR");
  CHECK(partner(*r.value, "my-partner")->type == PartnerType::IndirectProvider);
  CHECK(r.value->world.partnerships.size() == 2);
}

TEST_CASE("a subscription's later payload (after suspension) replaces the earlier one") {
  ImportOptions options;
  options.customer_id = "fabrikam";
  const Result<Scenario> r = import_files({"subscription-quantity-changed.http", "subscription-suspended.http"}, options);
  CAPTURE(all_issues(r.issues));
  REQUIRE(r.ok());
  REQUIRE(r.value->world.subscriptions.size() == 1);
  const Subscription& sub = r.value->world.subscriptions[0];
  CHECK(sub.id == "83ef9d05-4169-4ef9-9657-0e86b1eab1de");
  CHECK(sub.customer == "fabrikam");
  CHECK(sub.quantity == 2);
  CHECK(sub.status == SubscriptionStatus::Suspended);
  CHECK_FALSE(sub.auto_renew);
  CHECK(sub.start == parse_timestamp("2015-11-24T08:00:00Z"));
  CHECK(sub.end == parse_timestamp("2016-12-12T08:00:00Z"));
  CHECK(sub.service == "0cca44d6-68e9-4762-94ee-31ece98783b9");  // from Links.Offer.Uri
  CHECK(sub.partner_of_record == "my-partner");
  REQUIRE(issue_with(r, "updated-item"));
  CHECK_FALSE(issue_with(r, "unknown-customer"));
}

TEST_CASE("messy subscriptions: odd timestamps, a count that disagrees, an unknown status, a reseller's MPN id") {
  const Result<Scenario> r = import_files({"indirect-resellers.http", "synthetic-subscriptions.json"});
  CAPTURE(all_issues(r.issues));
  REQUIRE(r.ok());
  const auto& subs = r.value->world.subscriptions;
  REQUIRE(subs.size() == 2);
  CHECK(subs[0].customer == "53eb21cb-6b2d-4ee5-9e92-27dfc927e93c");  // from links.self.uri
  CHECK(subs[0].reseller_of_record == "484e548c-f5f3-4528-93a9-c16c6373cb59");  // partnerId 4847383 = First Up Consultants
  CHECK(subs[0].end == parse_timestamp("2019-02-28T16:00:00Z"));  // 2019-03-01T00:00:00+08:00
  CHECK(subs[0].quantity == 25);
  CHECK(subs[1].status == SubscriptionStatus::Active);
  CHECK_FALSE(subs[1].start.has_value());
  const Issue* count = issue_with(r, "count-mismatch");
  REQUIRE(count);
  CHECK(count->pointer == "/totalCount");
  CHECK(count->line == 2);
  REQUIRE(issue_with(r, "unreadable-time"));
  CHECK(issue_with(r, "unreadable-time")->pointer == "/items/1/creationDate");
  CHECK(issue_with(r, "unreadable-value")->pointer == "/items/1/status");
}

TEST_CASE("Graph delegatedAdminRelationship collections map onto GDAP relationships") {
  ImportOptions options;
  options.era = Era::GlobalGdap;
  const Result<Scenario> r = import_files({"synthetic-graph-gdap.json"}, options);
  CAPTURE(all_issues(r.issues));
  REQUIRE(r.ok());
  const auto& g = r.value->world.gdap_relationships;
  REQUIRE(g.size() == 3);
  CHECK(g[0].display_name == "Contoso - Fabrikam M365 operations");
  CHECK(g[0].status == GdapStatus::Active);
  CHECK(g[0].duration_days == 730);
  CHECK(g[0].auto_extend);
  // Role template IDs become the short ids of the built-in role table (Global Reader, Helpdesk Administrator).
  CHECK(g[0].roles == std::vector<std::string>{"global-reader", "helpdesk-administrator"});
  CHECK(g[1].roles == std::vector<std::string>{"global-administrator"});
  CHECK(g[0].end == parse_timestamp("2025-11-01T07:11:49Z"));
  CHECK(customer(*r.value, "53eb21cb-6b2d-4ee5-9e92-27dfc927e93c")->name == "FourthCoffee137");
  CHECK(g[1].status == GdapStatus::ApprovalPending);
  CHECK_FALSE(g[1].auto_extend);
  CHECK(g[1].duration_days == 90);
  CHECK(g[2].customer == "imported-customer");
  CHECK(g[2].duration_days == 730);
  CHECK_FALSE(issue_with(r, "era-mismatch"));
  CHECK_FALSE(issue_with(r, "unknown-role"));
}

TEST_CASE("a Graph role that is not a built-in Entra role is kept and reported") {
  std::string text = test_support::read_text("tests/fixtures/import/synthetic-graph-gdap.json");
  const std::string reader = "f2ef992c-3afb-46b9-b7cf-a126ee74c451";
  text.replace(text.find(reader), reader.size(), "00000000-1111-2222-3333-444444444444");
  ImportOptions options;
  options.era = Era::GlobalGdap;
  const Result<Scenario> r = import_payloads({ImportSource{"custom-role.json", text}}, options);
  REQUIRE(r.ok());
  const Issue* unknown = issue_with(r, "unknown-role");
  REQUIRE(unknown);
  CHECK(unknown->message.find("00000000-1111-2222-3333-444444444444") != std::string::npos);
  CHECK(r.value->world.gdap_relationships[0].roles[0] == "00000000-1111-2222-3333-444444444444");
}

TEST_CASE("input that is not a payload, or not JSON, is reported; the rest is still imported") {
  const std::string not_payload = "{\"hello\": \"world\"}";
  const std::string broken = "{\"items\": [ {\"id\": ";
  const std::string customers = test_support::read_text("tests/fixtures/import/customers-of-an-indirect-reseller.http");
  const Result<Scenario> nothing = import_payloads({ImportSource{"hello.json", not_payload}});
  CHECK_FALSE(nothing.ok());
  REQUIRE(issue_with(nothing, "unrecognized-payload"));
  CHECK(issue_with(nothing, "unrecognized-payload")->source == "hello.json");
  const Result<Scenario> mixed = import_payloads(
      {ImportSource{"broken.json", broken}, ImportSource{"hello.json", not_payload}, ImportSource{"customers.http", customers}});
  CAPTURE(all_issues(mixed.issues));
  REQUIRE(mixed.ok());
  CHECK(mixed.value->world.customers.size() == 2);
  const Issue* syntax = issue_with(mixed, "json-syntax");
  REQUIRE(syntax);
  CHECK(syntax->source == "broken.json");
  CHECK(syntax->line == 1);
}

TEST_CASE("every documented sample together gives a valid scenario that round-trips") {
  ImportOptions options;
  options.era = Era::GlobalGdap;
  options.customer_id = "53eb21cb-6b2d-4ee5-9e92-27dfc927e93c";
  const Result<Scenario> r = import_files({"customers-of-an-indirect-reseller.http", "customer-for-an-indirect-reseller.http",
                                           "create-a-customer.http", "indirect-resellers.http", "indirect-resellers-of-a-customer.http",
                                           "relationship-request.http", "subscription-quantity-changed.http", "subscription-suspended.http",
                                           "synthetic-subscriptions.json", "synthetic-graph-gdap.json"},
                                          options);
  CAPTURE(all_issues(r.issues));
  REQUIRE(r.ok());
  for (const Issue& issue : r.issues) CHECK(issue.severity == Severity::Warning);
  const std::string text = export_scenario(*r.value);
  const Result<Scenario> back = load_scenario(text);
  CAPTURE(all_issues(back.issues));
  REQUIRE(back.ok());
  CHECK(*back.value == *r.value);
  CHECK(partner(*r.value, "3b33e682-00c3-41ee-9dd2-a548adf56438"));  // the partner named by the request URL
}

TEST_CASE("the importer's remaining warnings, each on a small payload") {
  const auto one = [](const std::string& text, ImportOptions options = {}) {
    Result<Scenario> r = import_payloads({ImportSource{"p.json", text}}, options);
    CAPTURE(all_issues(r.issues));
    return r;
  };
  SUBCASE("skipped-item: an item of a kind mpsim does not import, and one without id") {
    const auto r = one(R"({"items": [{"attributes": {"objectType": "Invoice"}}, {"companyProfile": {}},
                          {"id": "c1", "companyProfile": {"companyName": "C"}}]})");
    REQUIRE(r.ok());
    CHECK(r.issues.size() == 2);
    CHECK(r.issues[0].code == "skipped-item");
    CHECK(r.issues[0].pointer == "/items/0");
    CHECK(r.issues[1].pointer == "/items/1");
  }
  SUBCASE("not-a-reseller-relationship") {
    const auto r = one(R"({"id": "c1", "companyProfile": {"companyName": "C"}, "relationshipToPartner": "advisor"})");
    REQUIRE(r.ok());
    REQUIRE(issue_with(r, "not-a-reseller-relationship"));
    CHECK(issue_with(r, "not-a-reseller-relationship")->pointer == "/relationshipToPartner");
    CHECK(r.value->world.reseller_relationships.empty());
  }
  SUBCASE("inactive-partnership") {
    const auto r = one(R"({"items": [{"id": "r1", "name": "R", "relationshipType": "is_indirect_cloud_solution_provider_of", "state": "Suspended"}]})");
    REQUIRE(r.ok());
    CHECK(issue_with(r, "inactive-partnership")->pointer == "/items/0/state");
    CHECK(r.value->world.partnerships.empty());
  }
  SUBCASE("tenant-is-partner") {
    const std::string text = R"({"items": [{"id": "t1", "name": "R", "relationshipType": "is_indirect_reseller_of"},
                                            {"id": "t1", "companyProfile": {"companyName": "Same tenant"}}]})";
    const auto r = one(text);
    REQUIRE(r.ok());  // the partner stays, the conflicting customer is skipped
    REQUIRE(issue_with(r, "tenant-is-partner"));
    CHECK(issue_with(r, "tenant-is-partner")->pointer == "/items/1");
    CHECK(r.value->world.customers.empty());
    for (const Issue& issue : r.issues) CHECK(issue.severity == Severity::Warning);
  }
  SUBCASE("missing-offer") {
    ImportOptions o;
    o.customer_id = "c1";
    const auto r = one(R"({"id": "s1", "quantity": 3, "attributes": {"objectType": "Subscription"}})", o);
    REQUIRE(r.ok());
    REQUIRE(issue_with(r, "missing-offer"));
    CHECK(r.value->world.subscriptions.at(0).service == "unknown-offer");
  }
  SUBCASE("partner-type-conflict") {
    ImportOptions o;
    o.partner_type = PartnerType::DirectBill;
    const auto r = one(R"({"id": "c1", "companyProfile": {"companyName": "C"}, "associatedPartnerId": "r1"})", o);
    REQUIRE(r.ok());
    REQUIRE(issue_with(r, "partner-type-conflict"));
    CHECK(r.value->world.partnerships.empty());  // a direct-bill partner has no resellers
  }
  SUBCASE("duplicate-item: the same GDAP relationship twice") {
    ImportOptions o;
    o.era = Era::GlobalGdap;
    const auto r = one(R"({"value": [{"id": "g1", "displayName": "A", "duration": "P10D", "customer": {"tenantId": "c1"}},
                                     {"id": "g1", "displayName": "A", "duration": "P10D", "customer": {"tenantId": "c1"}}]})", o);
    REQUIRE(r.ok());
    CHECK(issue_with(r, "duplicate-item")->pointer == "/value/1/id");
    CHECK(r.value->world.gdap_relationships.size() == 1);
  }
}
