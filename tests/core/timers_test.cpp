// timers_test.cpp — the timer unit: every duration is the one its rule documents (figures from facts.md, written here
// by hand), each timer falls due exactly that long after its cause as the system event that rule names, timers run
// only where their rule is in force, and ties resolve in the documented order.
#include <doctest/doctest.h>

#include <map>
#include <set>

#include "mpsim/engine.hpp"
#include "mpsim/rules.hpp"
#include "mpsim/timers.hpp"

using namespace core;

namespace {

constexpr Timestamp kDay = kSecondsPerDay;
constexpr Timestamp kT = 1'700'000'000;  // 2023-11-14T22:13:20Z, any moment will do

Scenario scenario_in(Era era, bool gdap_in_21vianet = false) {
  Scenario s;
  s.metadata.era = era;
  s.metadata.gdap_in_21vianet = gdap_in_21vianet;
  s.world.clock = kT;
  return s;
}

GdapRelationship relationship(std::string id, GdapStatus status) {
  GdapRelationship g;
  g.id = std::move(id);
  g.partner = "p";
  g.customer = "c";
  g.display_name = g.id;
  g.roles = {"global-reader"};
  g.status = status;
  return g;
}

// Fires every timer due by kT, one by one (each applied before the next is looked for), and returns them in order.
std::vector<Event> fire_all(Scenario s) {
  std::vector<Event> fired;
  WorldIndex index(s.world, s.metadata);
  while (const auto e = next_due_event(s, s.world, index, kT)) {
    fired.push_back(*e);
    const StepResult r = step(s, s.world, index, *e);
    REQUIRE(r.decision == Decision::Applied);
    apply_diff(s.world, index, r.diff);
  }
  return fired;
}

// The event due by `until`, or an empty action.
Event due_by(const Scenario& s, Timestamp until) {
  const std::optional<Event> e = next_due_event(s, s.world, until);
  return e ? *e : Event{};
}

// Nothing is due a second before `at`; at `at`, `action` is.
Event falls_due_exactly(const Scenario& s, Timestamp at, const std::string& action) {
  CHECK(due_by(s, at - 1).action.empty());
  const Event e = due_by(s, at);
  CHECK(e.action == action);
  CHECK(e.time == at);
  return e;
}

}  // namespace

TEST_CASE("every duration of the timer table is the one its rule documents") {
  // facts.md: R-SUB-1 60 days; R-DAP-7 over 90 days; R-GDAP-6 90 days; R-GDAP-15 180 days; R-GDAP-17 30, 7 and 1 days
  // before the end; R-XFER-3 30 days.
  const std::multimap<std::string, std::int32_t> documented = {{"R-SUB-1", 60},   {"R-DAP-7", 90},   {"R-GDAP-6", 90}, {"R-GDAP-15", 180},
                                                                {"R-GDAP-17", 30}, {"R-GDAP-17", 7}, {"R-GDAP-17", 1}, {"R-XFER-3", 30}};
  std::multimap<std::string, std::int32_t> table;
  for (const DurationSpec& d : duration_table()) {
    CAPTURE(d.rule);
    REQUIRE(find_rule(d.rule) != nullptr);
    CHECK(duration(d.id) == d.days * kDay);
    table.emplace(std::string(d.rule), d.days);
  }
  CHECK(table == documented);
  CHECK(gdap_notice_days(0) == 30);
  CHECK(gdap_notice_days(1) == 7);
  CHECK(gdap_notice_days(2) == 1);
}

TEST_CASE("each timer falls due exactly its duration after its cause, as the system event of its rule") {
  SUBCASE("21Vianet: a suspended subscription's data, 60 days after the suspension (R-SUB-1)") {
    Scenario s = scenario_in(Era::Vianet21);
    Subscription sub;
    sub.id = "s1";
    sub.status = SubscriptionStatus::Suspended;
    sub.suspended_at = kT;
    s.world.subscriptions.push_back(sub);
    CHECK(falls_due_exactly(s, kT + 60 * kDay, "delete_subscription_data").id == "auto-delete-s1");
  }
  SUBCASE("global: DAP unused for more than 90 days is flagged (R-DAP-7)") {
    Scenario s = scenario_in(Era::GlobalDap);
    s.world.delegated_admin.push_back(DelegatedAdminGrant{"p", "c", {}, kT - 30 * kDay, kT, false});  // last used now
    CHECK(due_by(s, kT + 90 * kDay).action.empty());  // not at 90 days; one second past them (dap_test.cpp has the edge)
    const Event e = due_by(s, kT + 91 * kDay);
    CHECK(e.action == "flag_inactive_dap");
    CHECK(std::get<std::string>(e.params.at("partner")) == "p");
    CHECK(std::get<std::string>(e.params.at("customer")) == "c");
  }
  SUBCASE("GDAP: a request unanswered for 90 days expires (R-GDAP-6)") {
    Scenario s = scenario_in(Era::GlobalGdap);
    GdapRelationship g = relationship("g1", GdapStatus::ApprovalPending);
    g.requested = kT;
    s.world.gdap_relationships.push_back(g);
    falls_due_exactly(s, kT + 90 * kDay, "expire_gdap_request");
  }
  SUBCASE("GDAP: notices 30, 7 and 1 day before the end, then the end date (R-GDAP-17, R-GDAP-15)") {
    Scenario s = scenario_in(Era::GlobalGdap);
    GdapRelationship g = relationship("g1", GdapStatus::Active);
    g.end = kT + 100 * kDay;
    s.world.gdap_relationships.push_back(g);
    const Timestamp end = *g.end;
    for (const auto& notice : std::vector<std::pair<int, Timestamp>>{{0, 30}, {1, 7}, {2, 1}}) {
      const int sent = notice.first;
      const Timestamp days = notice.second;
      CAPTURE(sent);
      s.world.gdap_relationships[0].notices_sent = sent;
      CHECK(due_by(s, end - days * kDay - 1).action.empty());
      const Event e = due_by(s, end - days * kDay);
      CHECK(e.action == "send_gdap_expiry_notice");
      CHECK(e.id == "auto-send_gdap_expiry_notice-g1-" + std::to_string(days) + "d");
    }
    s.world.gdap_relationships[0].notices_sent = 3;
    falls_due_exactly(s, end, "gdap_end_reached");
    // Auto-extending relationships get no notices, only the end date (where they extend).
    s.world.gdap_relationships[0].notices_sent = 0;
    s.world.gdap_relationships[0].auto_extend = true;
    CHECK(due_by(s, end - 1).action.empty());
    CHECK(due_by(s, end).action == "gdap_end_reached");
  }
  SUBCASE("GDAP: an auto-extending relationship's end moves 180 days at its end date (R-GDAP-15)") {
    Scenario s = scenario_in(Era::GlobalGdap);
    GdapRelationship g = relationship("g1", GdapStatus::Active);
    g.end = kT;
    g.auto_extend = true;
    s.world.gdap_relationships.push_back(g);
    const Event e = due_by(s, kT);
    REQUIRE(e.action == "gdap_end_reached");
    const StepResult r = step(s, s.world, e);
    REQUIRE(r.decision == Decision::Applied);
    World after = s.world;
    apply_diff(after, r.diff);
    CHECK(after.gdap_relationships[0].status == GdapStatus::Active);
    CHECK(after.gdap_relationships[0].end == kT + 180 * kDay);
  }
  SUBCASE("global: a transfer the source does not answer expires after 30 days (R-XFER-3)") {
    Scenario s = scenario_in(Era::GlobalDap);
    Transfer t;
    t.id = "t1";
    t.created = kT;
    s.world.transfers.push_back(t);
    falls_due_exactly(s, kT + 30 * kDay, "expire_transfer");
  }
}

TEST_CASE("timers run only where their rule is in force") {
  const auto world_with_every_cause = [](Scenario s) {
    Subscription sub;
    sub.id = "s1";
    sub.status = SubscriptionStatus::Suspended;
    sub.suspended_at = kT - 100 * kDay;
    s.world.subscriptions.push_back(sub);
    s.world.delegated_admin.push_back(DelegatedAdminGrant{"p", "c", {}, kT - 100 * kDay, std::nullopt, false});
    GdapRelationship g = relationship("g1", GdapStatus::ApprovalPending);
    g.requested = kT - 100 * kDay;
    s.world.gdap_relationships.push_back(g);
    Transfer t;
    t.id = "t1";
    t.created = kT - 100 * kDay;
    s.world.transfers.push_back(t);
    return s;
  };
  // Every timer is overdue: what fires?
  const auto fired = [](Scenario s) {
    std::set<std::string> actions;
    for (const Event& e : fire_all(std::move(s))) actions.insert(e.action);
    return actions;
  };
  CHECK(fired(world_with_every_cause(scenario_in(Era::Vianet21))) == std::set<std::string>{"delete_subscription_data"});
  CHECK(fired(world_with_every_cause(scenario_in(Era::Vianet21, true))) ==
        std::set<std::string>{"delete_subscription_data", "expire_gdap_request", "expire_transfer"});
  CHECK(fired(world_with_every_cause(scenario_in(Era::GlobalDap))) == std::set<std::string>{"flag_inactive_dap", "expire_transfer"});
  CHECK(fired(world_with_every_cause(scenario_in(Era::GlobalGdap))) ==
        std::set<std::string>{"flag_inactive_dap", "expire_gdap_request", "expire_transfer"});
}

TEST_CASE("timers due at the same second fire in a fixed order: deletion, DAP, GDAP, transfer, then by id") {
  const auto order = [](Scenario s) {
    std::vector<std::string> ids;
    for (const Event& e : fire_all(std::move(s))) ids.push_back(e.id);
    return ids;
  };
  const auto add_causes = [](Scenario& s, const std::string& n) {
    Subscription sub;
    sub.id = "s" + n;
    sub.status = SubscriptionStatus::Suspended;
    sub.suspended_at = kT - 60 * kDay;
    s.world.subscriptions.push_back(sub);
    // DAP is flagged one second past its 90 days (R-DAP-7 "over 90 days"): granted so that this falls at kT too.
    s.world.delegated_admin.push_back(DelegatedAdminGrant{"p" + n, "c", {}, kT - 90 * kDay - 1, std::nullopt, false});
    GdapRelationship g = relationship("g" + n, GdapStatus::ApprovalPending);
    g.requested = kT - 90 * kDay;
    g.display_name = "g" + n;
    s.world.gdap_relationships.push_back(g);
    Transfer t;
    t.id = "t" + n;
    t.created = kT - 30 * kDay;
    s.world.transfers.push_back(t);
  };
  Scenario cn = scenario_in(Era::Vianet21, true);
  add_causes(cn, "2");
  add_causes(cn, "1");
  CHECK(order(cn) == std::vector<std::string>{"auto-delete-s1", "auto-delete-s2", "auto-expire_gdap_request-g1", "auto-expire_gdap_request-g2",
                                              "auto-expire_transfer-t1", "auto-expire_transfer-t2"});
  Scenario global = scenario_in(Era::GlobalGdap);
  add_causes(global, "2");
  add_causes(global, "1");
  CHECK(order(global) == std::vector<std::string>{"auto-flag_inactive_dap-p1-c", "auto-flag_inactive_dap-p2-c", "auto-expire_gdap_request-g1",
                                                  "auto-expire_gdap_request-g2", "auto-expire_transfer-t1", "auto-expire_transfer-t2"});
}
