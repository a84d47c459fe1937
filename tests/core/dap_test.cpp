// dap_test.cpp — delegated admin privileges as the documents give them: accepting a partner's link again gives back
// the DAP it lacks (CN-RR), refused under R-MC-2 while another partner administers the service, and changes nothing
// when the partner has it (R-INF-6); a 21Vianet customer that uses no service yet still gives DAP (CN-RR, R-INF-4);
// DAP is flagged only after more than 90 days without a sign-in (R-DAP-7); state checks see members that hold their
// default. Every expected value below is worked out by hand from those pages, not read from the engine.
#include <doctest/doctest.h>

#include <algorithm>

#include "../scenario_steps.hpp"
#include "mpsim/diff.hpp"
#include "mpsim/engine.hpp"
#include "mpsim/run.hpp"
#include "mpsim/scenario_io.hpp"
#include "mpsim/timers.hpp"

using namespace core;

namespace {

constexpr Timestamp kT = 1'540'800'000;  // 2018-10-29T08:00:00Z
constexpr Timestamp kDay = kSecondsPerDay;

Service service(std::string id) {
  Service s;
  s.id = id;
  s.name = "Service " + id;
  s.family = "office365";
  s.includes = {id};
  return s;
}

Partner partner(std::string id) {
  Partner p;
  p.id = id;
  p.name = "Partner " + id;
  p.region = "CN";
  p.users.push_back(User{"admin", "Admin", "", {PartnerRole::GlobalAdmin, PartnerRole::AdminAgent}, {}});
  return p;
}

// A 21Vianet (or global) world: partners p1 and p2, customer c (its Global admin: c/ga), services a and b, and each
// partner's reseller link with DAP.
Scenario world(Era era) {
  Scenario s;
  s.metadata.era = era;
  s.world.clock = kT;
  s.world.services = {service("a"), service("b")};
  s.world.partners = {partner("p1"), partner("p2")};
  s.world.customers.push_back(test_support::customer_with_global_admin("Customer c", "CN"));
  for (const char* p : {"p1", "p2"})
    s.world.invitations.push_back(Invitation{std::string(p) + "-link", InvitationKind::ResellerRelationship, p, true, {}, {}, {}});
  return s;
}

Subscription subscription(std::string id, std::string service, std::string partner) {
  Subscription sub;
  sub.id = id;
  sub.customer = "c";
  sub.service = service;
  sub.partner_of_record = partner;
  sub.quantity = 5;
  return sub;
}

struct Outcome {
  StepResult result;
  World after;
  bool cites(std::string_view rule) const {
    return std::any_of(result.rules.begin(), result.rules.end(), [&](const DecidingRule& r) { return r.id == rule; });
  }
  const DelegatedAdminGrant* dap(std::string_view partner) const {
    for (const DelegatedAdminGrant& g : after.delegated_admin)
      if (g.partner == partner && g.customer == "c") return &g;
    return nullptr;
  }
};

Outcome act(const Scenario& s, std::string actor, std::string action, EventParams params, Timestamp at = kT) {
  Event e;
  e.id = "e";
  e.time = at;
  e.actor = std::move(actor);
  e.action = std::move(action);
  e.params = std::move(params);
  Outcome o{step(s, s.world, e), s.world};
  apply_diff(o.after, o.result.diff);
  return o;
}

Outcome accept(const Scenario& s, std::string link, std::vector<std::string> services = {}) {
  EventParams params{{"invitation", link}};
  if (!services.empty()) params["services"] = services;
  return act(s, "c/ga", "accept_reseller_invitation", params);
}

}  // namespace

TEST_CASE("21Vianet: accepting a partner's link again gives back the DAP it lacks, per service, under R-MC-2 (CN-RR)") {
  // c uses a (sold by p1) and b (sold by p2); it works with both partners; p2 administers a; p1 has no DAP.
  Scenario s = world(Era::Vianet21);
  s.world.subscriptions = {subscription("s-a", "a", "p1"), subscription("s-b", "b", "p2")};
  s.world.reseller_relationships = {{"p1", "c", kT - 100 * kDay}, {"p2", "c", kT - 100 * kDay}};
  s.world.delegated_admin = {{"p2", "c", {"a"}, kT - 50 * kDay, {}, false}};

  SUBCASE("naming no service: p1 gets b back, the one service it lacks that no other partner administers") {
    const Outcome o = accept(s, "p1-link");
    CHECK(o.result.decision == Decision::Applied);
    REQUIRE(o.dap("p1"));
    CHECK(o.dap("p1")->services == std::vector<std::string>{"b"});
    CHECK(o.cites("R-DAP-1"));
    CHECK_FALSE(o.cites("R-INF-6"));
    CHECK(o.after.reseller_relationships.size() == 2);  // the relationship is not made twice
    // Once more: p1 now lacks only a, which p2 administers.
    Scenario again = s;
    again.world = o.after;
    const Outcome twice = accept(again, "p1-link");
    CHECK(twice.result.decision == Decision::Rejected);
    CHECK(twice.cites("R-MC-2"));
  }
  SUBCASE("naming a, which p2 administers: refused, citing R-MC-2") {
    const Outcome o = accept(s, "p1-link", {"a"});
    CHECK(o.result.decision == Decision::Rejected);
    CHECK(o.cites("R-MC-2"));
    CHECK_FALSE(o.dap("p1"));
  }
  SUBCASE("p2 accepting again, naming a, which it already administers: nothing changes (R-INF-6)") {
    const Outcome o = accept(s, "p2-link", {"a"});
    CHECK(o.result.decision == Decision::Applied);
    CHECK(o.cites("R-INF-6"));
    CHECK(o.after == s.world);
  }
}

TEST_CASE("global DAP era: accepting again a link with DAP restores removed DAP; without DAP to give, nothing changes") {
  Scenario s = world(Era::GlobalDap);
  s.world.reseller_relationships = {{"p1", "c", kT - 100 * kDay}};
  const Outcome restored = accept(s, "p1-link");
  CHECK(restored.result.decision == Decision::Applied);
  REQUIRE(restored.dap("p1"));
  CHECK(restored.dap("p1")->services.empty());  // global DAP covers the whole tenant
  CHECK(restored.dap("p1")->since == kT);

  s.world.delegated_admin = {{"p1", "c", {}, kT - 10 * kDay, {}, false}};
  const Outcome has_it = accept(s, "p1-link");
  CHECK(has_it.cites("R-INF-6"));
  CHECK(has_it.after == s.world);

  s.world.delegated_admin.clear();
  s.world.invitations[0].include_dap = false;
  const Outcome no_dap_link = accept(s, "p1-link");
  CHECK(no_dap_link.cites("R-INF-6"));
  CHECK_FALSE(no_dap_link.dap("p1"));
}

TEST_CASE("21Vianet: a customer that uses no service yet gives DAP for every service no other partner administers") {
  Scenario s = world(Era::Vianet21);
  SUBCASE("nobody administers anything: DAP for a and b, and no R-MC-2 refusal wording") {
    const Outcome o = accept(s, "p1-link");
    CHECK(o.result.decision == Decision::Applied);
    REQUIRE(o.dap("p1"));
    CHECK(o.dap("p1")->services == std::vector<std::string>{"a", "b"});
    CHECK(o.cites("R-INF-4"));
    // The partner can then upgrade what it sells (CN-UPG condition 2: DAP for this customer and service).
    Scenario next = s;
    next.world = o.after;
    next.world.services[0].upgrades_to = {"b"};
    next.world.services[1].includes = {"b", "b-extra"};
    next.world.subscriptions = {subscription("s-a", "a", "p1")};
    const Outcome upgraded = act(next, "p1/admin", "upgrade_subscription", {{"subscription", std::string("s-a")}, {"to", std::string("b")}});
    CHECK(upgraded.result.decision == Decision::Applied);
  }
  SUBCASE("p2 administers b: p1 gets a only") {
    s.world.reseller_relationships = {{"p2", "c", kT - 100 * kDay}};
    s.world.delegated_admin = {{"p2", "c", {"b"}, kT - 50 * kDay, {}, false}};
    const Outcome o = accept(s, "p1-link");
    REQUIRE(o.dap("p1"));
    CHECK(o.dap("p1")->services == std::vector<std::string>{"a"});
  }
  SUBCASE("p2 administers everything: p1 gets the relationship without DAP, and R-MC-2 says why") {
    s.world.reseller_relationships = {{"p2", "c", kT - 100 * kDay}};
    s.world.delegated_admin = {{"p2", "c", {"a", "b"}, kT - 50 * kDay, {}, false}};
    const Outcome o = accept(s, "p1-link");
    CHECK(o.result.decision == Decision::Applied);
    CHECK_FALSE(o.dap("p1"));
    CHECK(o.cites("R-MC-2"));
  }
}

TEST_CASE("R-DAP-7: DAP is flagged after more than 90 days without a sign-in, not at exactly 90") {
  Scenario s = world(Era::GlobalDap);
  s.world.reseller_relationships = {{"p1", "c", kT}};
  s.world.delegated_admin = {{"p1", "c", {}, kT, {}, false}};
  const EventParams which{{"partner", std::string("p1")}, {"customer", std::string("c")}};

  const Outcome at_90 = act(s, "system", "flag_inactive_dap", which, kT + 90 * kDay);
  CHECK(at_90.result.decision == Decision::Rejected);
  CHECK_FALSE(at_90.dap("p1")->flagged_inactive);
  const Outcome past_90 = act(s, "system", "flag_inactive_dap", which, kT + 90 * kDay + 1);
  CHECK(past_90.result.decision == Decision::Applied);
  CHECK(past_90.dap("p1")->flagged_inactive);

  // The timer falls due one second past the 90 days, so a sign-in at exactly 90 days comes first and keeps the DAP.
  CHECK_FALSE(next_due_event(s, s.world, kT + 90 * kDay));
  const std::optional<Event> due = next_due_event(s, s.world, kT + 90 * kDay + 1);
  REQUIRE(due);
  CHECK(due->action == "flag_inactive_dap");
  CHECK(due->time == kT + 90 * kDay + 1);
  const Outcome sign_in = act(s, "p1/admin", "administer_on_behalf", {{"customer", std::string("c")}}, kT + 90 * kDay);
  CHECK(sign_in.result.decision == Decision::Applied);
  CHECK(sign_in.dap("p1")->last_used == kT + 90 * kDay);
  Scenario after_sign_in = s;
  after_sign_in.world = sign_in.after;
  CHECK_FALSE(next_due_event(after_sign_in, after_sign_in.world, kT + 180 * kDay));
  CHECK(next_due_event(after_sign_in, after_sign_in.world, kT + 180 * kDay + 1));
}

TEST_CASE("state checks see every member that has a value, defaults included; diffs still leave defaults out") {
  World w;
  Subscription sub = subscription("s1", "a", "p1");  // billing_cycle, auto_renew left at their defaults
  w.subscriptions.push_back(sub);
  w.delegated_admin.push_back(DelegatedAdminGrant{"p1", "c", {}, kT, {}, false});
  GdapRelationship g;
  g.id = "g1";
  g.partner = "p1";
  g.customer = "c";
  w.gdap_relationships.push_back(g);

  CHECK(state_value(w, "/subscriptions/s1/auto_renew") == "true");
  CHECK(state_value(w, "/subscriptions/s1/billing_cycle") == "\"monthly\"");
  CHECK(state_value(w, "/delegated_admin/p1/c/flagged_inactive") == "false");
  CHECK(state_value(w, "/gdap_relationships/g1/notices_sent") == "0");
  CHECK_FALSE(state_value(w, "/subscriptions/s1/suspended_at"));  // no value, nothing to see
  CHECK_FALSE(state_value(w, "/delegated_admin/p1/c/last_used"));
  w.subscriptions[0].auto_renew = false;
  CHECK(state_value(w, "/subscriptions/s1/auto_renew") == "false");

  // A diff shows what a file would say: defaults stay out of entity_members' default form.
  const MemberList shown = entity_members(w.delegated_admin[0]);
  CHECK(std::none_of(shown.begin(), shown.end(), [](const auto& m) { return m.first == "flagged_inactive"; }));
}
