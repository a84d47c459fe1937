// lists_test.cpp — reading Partner Center's lists (list_partner_center) and checking them with an expectation's
// "result". Expected ids are worked out by hand from the world below and the SDK pages: a provider's indirect resellers
// are its partnerships (retrieve-a-list-of-indirect-resellers), a customer's indirect resellers are those of the
// provider's resellers with a relationship with it (get-indirect-resellers-of-a-customer; empty, the API's null, when
// none: facts.md §6 item 13), and indirect resellers asking a provider's list are refused (1002, §6 item 6).
#include <doctest/doctest.h>

#include <algorithm>

#include "mpsim/engine.hpp"
#include "mpsim/run.hpp"
#include "mpsim/scenario_io.hpp"

using namespace core;

namespace {

constexpr Timestamp kT = 1'614'589'200;  // 2021-03-01T09:00:00Z

Partner partner(std::string id, PartnerType type, std::vector<PartnerRole> roles = {PartnerRole::GlobalAdmin, PartnerRole::AdminAgent}) {
  Partner p;
  p.id = id;
  p.name = "Partner " + id;
  p.type = type;
  p.region = "US";
  p.users.push_back(User{"u", "User of " + id, "", std::move(roles), {}});
  return p;
}

// Provider p (and its billing-only twin pb), resellers r1 and r2 of p, direct-bill d; customers c1 (p, r2 and d work
// with it), c2 (p only), c3 (nobody). p sold c1 s-b and s-a; d sold c1 s-d.
Scenario lists_world() {
  Scenario s;
  s.metadata.era = Era::GlobalDap;
  s.world.clock = kT;
  s.world.partners = {partner("p", PartnerType::IndirectProvider), partner("pb", PartnerType::IndirectProvider, {PartnerRole::BillingAdmin}),
                      partner("r1", PartnerType::IndirectReseller), partner("r2", PartnerType::IndirectReseller), partner("d", PartnerType::DirectBill)};
  for (const char* id : {"c1", "c2", "c3"}) {
    Customer c;
    c.id = id;
    c.name = std::string("Customer ") + id;
    c.region = "US";
    c.users.push_back(User{"u", "Global admin", "", {}, {CustomerRole::GlobalAdmin}});
    s.world.customers.push_back(c);
  }
  // Stored out of id order, so that the sorting shows.
  s.world.partnerships = {{"p", "r2", kT}, {"p", "r1", kT}};
  s.world.reseller_relationships = {{"p", "c2", kT, {}}, {"p", "c1", kT, {}}, {"r2", "c1", kT, {}}, {"d", "c1", kT, {}}};
  for (const auto& [id, seller] : {std::pair{"s-b", "p"}, std::pair{"s-a", "p"}, std::pair{"s-d", "d"}}) {
    Subscription sub;
    sub.id = id;
    sub.customer = "c1";
    sub.service = "svc";
    sub.partner_of_record = seller;
    s.world.subscriptions.push_back(sub);
  }
  Service svc;
  svc.id = "svc";
  svc.name = "Service";
  s.world.services = {svc};
  return s;
}

Event read(std::string id, std::string actor, std::string list, std::string customer = {}) {
  Event e;
  e.id = std::move(id);
  e.time = kT;
  e.actor = std::move(actor);
  e.action = "list_partner_center";
  e.params = {{"list", std::move(list)}};
  if (!customer.empty()) e.params["customer"] = std::move(customer);
  return e;
}

StepResult ask(const Scenario& s, std::string actor, std::string list, std::string customer = {}) {
  return step(s, s.world, read("e", std::move(actor), std::move(list), std::move(customer)));
}

bool decided_by(const StepResult& r, std::string_view rule) {
  return std::any_of(r.rules.begin(), r.rules.end(), [&](const DecidingRule& d) { return d.id == rule; });
}

using Ids = std::vector<std::string>;

}  // namespace

TEST_CASE("a provider reads its lists: ids sorted, only what it may see") {
  const Scenario s = lists_world();
  const StepResult resellers = ask(s, "p/u", "indirect_resellers");
  CHECK(resellers.decision == Decision::Applied);
  CHECK(decided_by(resellers, "R-IND-1"));
  CHECK(resellers.listed == Ids{"r1", "r2"});
  CHECK(ask(s, "p/u", "customers").listed == Ids{"c1", "c2"});  // not c3: no relationship
  CHECK(ask(s, "p/u", "subscriptions", "c1").listed == Ids{"s-a", "s-b"});  // not s-d: d sold it
  CHECK(ask(s, "p/u", "customer_indirect_resellers", "c1").listed == Ids{"r2"});  // r1 does not work with c1
  CHECK(ask(s, "r1/u", "indirect_providers").listed == Ids{"p"});
  CHECK(ask(s, "d/u", "customers").listed == Ids{"c1"});
  CHECK(resellers.diff.size() == 0);  // a read changes nothing (the event is at the world's time)
}

TEST_CASE("the indirect resellers of a customer none of them works with: allowed, and empty (the API's null)") {
  const StepResult r = ask(lists_world(), "p/u", "customer_indirect_resellers", "c2");
  CHECK(r.decision == Decision::Applied);
  CHECK(decided_by(r, "R-IND-1"));
  REQUIRE(r.listed.has_value());
  CHECK(r.listed->empty());
  CHECK(render(r.rules.at(0).explanation, Language::English) ==
        "none of Partner p's indirect resellers has a reseller relationship with Customer c2: the list is empty (the API answers null).");
}

TEST_CASE("reads Partner Center refuses, with the rule that says why, and no list") {
  const Scenario s = lists_world();
  const auto refused = [&](std::string actor, std::string list, std::string customer, std::string_view rule) {
    const StepResult r = ask(s, std::move(actor), std::move(list), std::move(customer));
    CHECK(r.decision == Decision::Rejected);
    CHECK(decided_by(r, rule));
    CHECK_FALSE(r.listed.has_value());
  };
  refused("r1/u", "indirect_resellers", "", "R-IND-1");               // an indirect reseller asks a provider's list (1002)
  refused("r2/u", "customer_indirect_resellers", "c1", "R-IND-1");    // the same, for a customer it works with
  refused("d/u", "indirect_resellers", "", "R-IND-1");                // a direct-bill partner has no indirect resellers
  refused("p/u", "indirect_providers", "", "R-IND-1");                // a provider has no providers
  refused("r2/u", "subscriptions", "c1", "R-IND-8");                  // the provider placed the orders (1002)
  refused("pb/u", "customers", "", "R-ROLE-1");                       // billing admin, no agent role
  refused("p/u", "customer_indirect_resellers", "c3", "R-REL-3");     // not its customer (20002)
  refused("p/u", "subscriptions", "", "R-INF-1");                     // a customer's list without the customer
  refused("p/u", "everything", "", "R-INF-1");                        // no such list
  refused("c1/u", "customers", "", "R-INF-5");                        // not a partner user
}

TEST_CASE("an expectation's result is checked against the list the step read") {
  Scenario s = lists_world();
  s.events = {read("resellers", "p/u", "indirect_resellers"), read("empty", "p/u", "customer_indirect_resellers", "c2"),
              read("refused", "r1/u", "indirect_resellers")};
  const auto expect = [](std::string after, Ids result) {
    Expectation x;
    x.after = std::move(after);
    x.result = std::move(result);
    return x;
  };
  s.expectations = {expect("resellers", {"r1", "r2"}), expect("empty", {}), expect("resellers", {"r2", "r1"}), expect("empty", {"r1"}),
                    expect("refused", {"r1"})};
  const RunLog log = run_scenario(s);
  REQUIRE(log.expectations.size() == 5);
  CHECK(log.expectations[0].passed);
  CHECK(log.expectations[1].passed);  // [] expects the empty list, and gets it
  const auto failure = [&](std::size_t i, Language language) {
    REQUIRE(log.expectations[i].failures.size() == 1);
    return render(log.expectations[i].failures[0], language);
  };
  CHECK(failure(2, Language::English) == "the list is [r1, r2], expected [r2, r1]");  // the order is part of the result
  CHECK(failure(3, Language::English) == "the list is [], expected [r1]");
  CHECK(failure(4, Language::English) == "the step read no list (expected [r1])");
  CHECK(failure(4, Language::ChineseSimplified) == "此步骤没有读取列表（预期为 [r1]）");
  CHECK(decision_log_json(s, log).find("\"listed\": [\n        \"r1\",\n        \"r2\"\n      ]") != std::string::npos);
  CHECK(decision_log_text(s, log).find("   = list: []\n") != std::string::npos);
}

TEST_CASE("\"result\" in a file: [] is kept apart from leaving it out, and an expectation with only a result loads") {
  const std::string text = R"({"format_version": 1, "metadata": {"title": "t", "era": "global_dap"},
    "world": {"clock": "2021-03-01T09:00:00Z", "partners": [{"id": "p", "name": "P", "type": "indirect_provider", "region": "US",
              "users": [{"id": "u", "roles": ["admin_agent"]}]}]},
    "events": [{"id": "e", "actor": "p/u", "action": "list_partner_center", "params": {"list": "indirect_resellers"}}],
    "expectations": [{"after": "e", "result": []}, {"after": "e", "decision": "applied"}]})";
  const Result<Scenario> loaded = load_scenario(text);
  REQUIRE(loaded.ok());
  const Scenario& s = *loaded.value;
  REQUIRE(s.expectations[0].result.has_value());
  CHECK(s.expectations[0].result->empty());
  CHECK_FALSE(s.expectations[1].result.has_value());
  CHECK(export_scenario(s).find("\"result\": []") != std::string::npos);
  CHECK(load_scenario(export_scenario(s)).value == s);
  CHECK(run_scenario(s).all_expectations_pass());
}
