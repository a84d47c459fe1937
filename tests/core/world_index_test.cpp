// world_index_test.cpp — the index kept in step with a world (through every step of random timelines, and back through
// undo) is always the index built from scratch, timers included; lookups find what a scan of the world finds.
#include <doctest/doctest.h>

#include "mpsim/engine.hpp"
#include "mpsim/generate.hpp"
#include "mpsim/run.hpp"
#include "mpsim/world_index.hpp"

using namespace core;

TEST_CASE("the index kept in step through every step and every undo equals the index built from scratch") {
  std::size_t steps = 0, removals = 0;
  for (std::uint64_t seed = 1; seed <= 9; ++seed) {
    GenerateOptions options;
    options.seed = seed * 7919;
    options.era = static_cast<Era>(seed % 3);
    options.partners = 5 + seed % 4;
    options.customers = 25;
    options.subscriptions = 60;
    options.events = 600;
    Scenario scenario = generate_scenario(options);
    scenario.metadata.gdap_in_21vianet = seed % 2 == 1;  // 21Vianet with GDAP timers too
    const RunLog log = run_scenario(scenario);
    World world = scenario.world;
    WorldIndex index(world, scenario.metadata);
    for (const LogEntry& e : log.entries) {
      apply_diff(world, index, e.result.diff);
      for (const Change& c : e.result.diff) removals += !c.after;
      REQUIRE(index == WorldIndex(world, scenario.metadata));
      ++steps;
    }
    CHECK(world == log.final_world);
    for (auto it = log.entries.rbegin(); it != log.entries.rend(); ++it) {
      undo_diff(world, index, it->result.diff);
      REQUIRE(index == WorldIndex(world, scenario.metadata));
    }
    CHECK(world == scenario.world);
  }
  MESSAGE(steps << " steps, " << removals << " removals");
  CHECK(removals > 0);  // the swap-with-last path was exercised
}

TEST_CASE("a removal moves the last entity into the hole, and undoing it restores the order") {
  World w;
  for (const char* p : {"a", "b", "c", "d"}) w.reseller_relationships.push_back(ResellerRelationship{p, "cust", std::nullopt});
  const World original = w;
  Metadata m;
  WorldIndex index(w, m);
  const Diff remove_b{Change{1, EntityValue{w.reseller_relationships[1]}, std::nullopt}};
  apply_diff(w, index, remove_b);
  REQUIRE(w.reseller_relationships.size() == 3);
  CHECK(w.reseller_relationships[1].partner == "d");
  CHECK(index.find(w.reseller_relationships, Key::Pair, pair_key("d", "cust")) == &w.reseller_relationships[1]);
  CHECK(index.find(w.reseller_relationships, Key::Pair, pair_key("b", "cust")) == nullptr);
  const auto at = index.positions<ResellerRelationship>(Key::Customer, "cust");
  CHECK(std::vector<std::uint32_t>(at.begin(), at.end()) == std::vector<std::uint32_t>{0, 1, 2});
  undo_diff(w, index, remove_b);
  CHECK(w == original);
  CHECK(index == WorldIndex(original, m));
}

TEST_CASE("a world holding the same DAP grant twice keeps a timer for each copy") {
  World w;
  w.clock = 100 * kSecondsPerDay;
  const DelegatedAdminGrant grant{"p", "c", {}, Timestamp{0}, std::nullopt, false};
  w.delegated_admin = {grant, grant};
  Metadata m;
  m.era = Era::GlobalDap;  // DAP inactivity timers run
  WorldIndex index(w, m);
  REQUIRE(index.next_timer(w.clock, w.clock));
  const Diff remove_first{Change{0, EntityValue{grant}, std::nullopt}};
  apply_diff(w, index, remove_first);
  CHECK(index == WorldIndex(w, m));
  CHECK(index.next_timer(w.clock, w.clock));  // the remaining copy still falls due
}

TEST_CASE("indexed lookups find what a scan finds, on a large generated world") {
  GenerateOptions options;
  options.seed = 17;
  options.era = Era::GlobalGdap;
  options.partners = 40;
  options.customers = 2000;
  options.subscriptions = 6000;
  options.events = 0;
  const Scenario s = generate_scenario(options);
  const WorldIndex index(s.world, s.metadata);
  for (std::size_t i = 0; i < s.world.subscriptions.size(); i += 7) {
    const Subscription& sub = s.world.subscriptions[i];
    CHECK(index.by_id(s.world.subscriptions, sub.id) == &sub);
    std::vector<std::uint32_t> scanned;
    for (std::size_t j = 0; j < s.world.subscriptions.size(); ++j)
      if (s.world.subscriptions[j].customer == sub.customer) scanned.push_back(static_cast<std::uint32_t>(j));
    const auto at = index.positions<Subscription>(Key::Customer, sub.customer);
    CHECK(std::vector<std::uint32_t>(at.begin(), at.end()) == scanned);
  }
  for (const DelegatedAdminGrant& g : s.world.delegated_admin)
    CHECK(index.find(s.world.delegated_admin, Key::Pair, pair_key(g.partner, g.customer)) == &g);
  CHECK(index.by_id(s.world.customers, "no-such-customer") == nullptr);
}
