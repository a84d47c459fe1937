// timeline_test.cpp — moving through a replayed scenario, and the perspectives built at any point of it.
#include <doctest/doctest.h>

#include "../test_support.hpp"
#include "mpsim/enum_names.hpp"
#include "mpsim/generate.hpp"
#include "mpsim/perspectives.hpp"
#include "mpsim/scenario_io.hpp"
#include "mpsim/run.hpp"
#include "mpsim/timeline.hpp"

using namespace core;

namespace {

Scenario load(const std::string& file) {
  Result<Scenario> r = load_scenario(test_support::read_text("web/scenarios/" + file));
  REQUIRE(r.ok());
  return std::move(*r.value);
}

}  // namespace

TEST_CASE("seeking anywhere gives the world that replaying up to there gives") {
  GenerateOptions options;
  options.seed = 99;
  options.customers = 30;
  options.subscriptions = 80;
  options.events = 600;
  const Scenario scenario = generate_scenario(options);
  Timeline timeline(scenario);
  REQUIRE(timeline.steps() >= 600);
  CHECK(timeline.position() == timeline.steps());
  for (const std::size_t target : {std::size_t{0}, std::size_t{1}, std::size_t{17}, timeline.steps() / 2, std::size_t{5}, timeline.steps(), std::size_t{301}}) {
    CAPTURE(target);
    timeline.seek(target);
    CHECK(timeline.position() == target);
    World expected = scenario.world;
    for (std::size_t i = 0; i < target; ++i) apply_diff(expected, timeline.entries()[i].result.diff);
    CHECK(timeline.world() == expected);
  }
  timeline.seek(timeline.steps() + 100);  // clamped
  CHECK(timeline.position() == timeline.steps());
  timeline.seek(0);
  CHECK(timeline.world() == scenario.world);
}

TEST_CASE("position_after finds the step of a scenario event, past scheduled ones") {
  Timeline timeline(load("cn-suspension-60-days.json"));
  const auto after_advance = timeline.position_after("sixty-days-later");
  REQUIRE(after_advance);
  // The scheduled deletion runs just before the clock event it falls within.
  CHECK(timeline.entries()[*after_advance - 2].scheduled);
  CHECK(timeline.entries()[*after_advance - 2].event.action == "delete_subscription_data");
  timeline.seek(*after_advance - 2);
  CHECK(state_value(timeline.world(), "/subscriptions/fab-e3/status") == "\"suspended\"");
  timeline.seek(*after_advance - 1);
  CHECK(state_value(timeline.world(), "/subscriptions/fab-e3/status") == "\"deleted\"");
  CHECK_FALSE(timeline.position_after("no-such-event"));
}

TEST_CASE("the customer's Partner relationships page: every partner, and who administers which service") {
  Timeline timeline(load("cn-one-dap-partner-per-service.json"));
  timeline.seek(0);
  auto before = customer_view(timeline.world(), timeline.index(), "fabrikam");
  REQUIRE(before);
  REQUIRE(before->partners.size() == 1);
  CHECK(before->partners[0].partner_id == "contoso");
  CHECK(before->partners[0].admin_services == std::vector<std::string>{"o365-e3"});
  CHECK(before->other_channel_subscriptions == std::vector<std::string>{"fab-exo", "fab-crm"});
  timeline.seek(timeline.steps());
  auto after = customer_view(timeline.world(), timeline.index(), "fabrikam");
  REQUIRE(after);
  REQUIRE(after->partners.size() == 2);
  CHECK(after->partners[1].partner_id == "northwind");
  CHECK(after->partners[1].reseller_relationship);
  // Accepting Northwind's link again gave it DAP for Dynamics 365 Sales, which nobody administered (CN-RR, R-INF-4).
  CHECK(after->partners[1].admin_services == std::vector<std::string>{"dynamics-sales", "exchange-plan1"});
  CHECK(after->partners[1].subscriptions.empty());
  CHECK_FALSE(customer_view(timeline.world(), timeline.index(), "nobody"));
}

TEST_CASE("a partner's Partner Center: its customers and what it may do, as the engine decides") {
  Timeline timeline(load("cn-one-dap-partner-per-service.json"));
  const Scenario& s = timeline.scenario();
  const auto northwind = partner_view(s, timeline.world(), timeline.index(), "northwind");
  REQUIRE(northwind);
  CHECK(northwind->acting_user == "chen.jing");
  REQUIRE(northwind->customers.size() == 1);
  const PartnerCustomerRow& row = northwind->customers[0];
  CHECK(row.delegated_admin);
  CHECK(row.dap_services == std::vector<std::string>{"dynamics-sales", "exchange-plan1"});
  CHECK(row.subscriptions.empty());
  REQUIRE(row.capabilities.size() >= 2);
  // Dynamics 365 Sales was bought through EA, which 21Vianet's multi-channel support does not cover (R-MC-1);
  // Exchange it administers.
  CHECK(row.capabilities[0].action == "administer_on_behalf");
  CHECK(row.capabilities[0].decision == Decision::Rejected);
  CHECK(row.capabilities[0].rule == "R-MC-1");
  CHECK(row.capabilities[1].action == "administer_on_behalf");
  CHECK(row.capabilities[1].target == "exchange-plan1");
  CHECK(row.capabilities[1].decision == Decision::Applied);
  // The same question as a sales agent: refused by R-DAP-2.
  const auto as_sales = partner_view(s, timeline.world(), timeline.index(), "northwind", "huang.bo");
  REQUIRE(as_sales);
  CHECK(as_sales->customers[0].capabilities[0].decision == Decision::Rejected);
  CHECK(as_sales->customers[0].capabilities[0].rule == "R-DAP-2");
  // Contoso sold E3, so it may change its seats.
  const auto contoso = partner_view(s, timeline.world(), timeline.index(), "contoso");
  REQUIRE(contoso);
  const auto& caps = contoso->customers[0].capabilities;
  const auto seats = std::find_if(caps.begin(), caps.end(), [](const Capability& c) { return c.action == "change_quantity"; });
  REQUIRE(seats != caps.end());
  CHECK(seats->target == "fab-e3");
  CHECK(seats->decision == Decision::Applied);
  // Tailspin has no customer here.
  CHECK(partner_view(s, timeline.world(), timeline.index(), "tailspin")->customers.empty());
  CHECK_FALSE(partner_view(s, timeline.world(), timeline.index(), "nobody"));
}

// Regression (found by fuzz_engine, scripts/fuzz.sh): with two partners the generator looped for ever when it tried
// to give a customer three partners.
TEST_CASE("the generator terminates for the smallest worlds, with valid scenarios") {
  for (std::uint64_t seed : {std::uint64_t{142345440686649}, std::uint64_t{1}, std::uint64_t{77}})
    for (std::size_t partners : {std::size_t{0}, std::size_t{1}, std::size_t{2}}) {
      CAPTURE(seed);
      CAPTURE(partners);
      GenerateOptions options;
      options.seed = seed;
      options.partners = partners;
      options.customers = 40;  // enough customers that some draw three partners
      options.subscriptions = 29;
      options.events = 162;
      options.awkward_text = true;
      const Scenario scenario = generate_scenario(options);
      CHECK(scenario.world.partners.size() >= 2);
      CHECK(load_scenario(export_scenario(scenario)).ok());
      CHECK(run_scenario(scenario).violation_count() == 0);
    }
}

TEST_CASE("long jumps (net effect) give the world and index that stepping gives, in every era") {
  for (const Era era : {Era::Vianet21, Era::GlobalDap, Era::GlobalGdap}) {
    const Scenario scenario = generate_scenario({.seed = 4242, .era = era, .partners = 7, .customers = 40, .subscriptions = 90, .events = 2500});
    Timeline timeline(scenario);
    std::size_t removals = 0;
    for (const LogEntry& e : timeline.entries())
      for (const Change& c : e.result.diff) removals += !c.after;
    CHECK(removals > 0);  // removals and insertions move what waits in a jump
    std::uint64_t state = 7;
    for (int jump = 0; jump < 40; ++jump) {
      state = state * 6364136223846793005ull + 1442695040888963407ull;
      const std::size_t target = static_cast<std::size_t>((state >> 33) % (timeline.steps() + 1));
      CAPTURE(to_name(era));
      CAPTURE(target);
      timeline.seek(target);
      World expected = scenario.world;
      for (std::size_t i = 0; i < target; ++i) apply_diff(expected, timeline.entries()[i].result.diff);
      REQUIRE(timeline.world() == expected);
      REQUIRE(timeline.index() == WorldIndex(expected, scenario.metadata));
    }
  }
}
