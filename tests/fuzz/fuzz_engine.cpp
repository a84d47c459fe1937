// fuzz_engine.cpp — libFuzzer harness for the engine. Inputs that are scenarios (the seed corpus is the bundled ones
// and the test fixtures, mutated) are replayed; other inputs choose a generated world and random timeline. Either
// way no invariant may break, a replay is deterministic, and undoing every step gives back the initial world.
#include <cstdint>
#include <cstring>
#include <string_view>

#include "mpsim/generate.hpp"
#include "mpsim/run.hpp"
#include "mpsim/scenario_io.hpp"

namespace {

void replay_and_check(const core::Scenario& scenario) {
  const core::RunLog log = core::run_scenario(scenario);
  if (log.violation_count() != 0) __builtin_trap();
  if (!(core::run_scenario(scenario) == log)) __builtin_trap();
  core::World world = log.final_world;
  for (auto it = log.entries.rbegin(); it != log.entries.rend(); ++it) core::undo_diff(world, it->result.diff);
  if (!(world == scenario.world)) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > 0 && data[0] == '{') {
    const core::Result<core::Scenario> loaded = core::load_scenario(std::string_view(reinterpret_cast<const char*>(data), size));
    if (loaded.ok() && loaded.value->events.size() <= 2000) replay_and_check(*loaded.value);
    return 0;
  }
  std::uint64_t seed = 0;
  std::memcpy(&seed, data, std::min(size, sizeof seed));
  core::GenerateOptions options;
  options.seed = seed;
  options.era = static_cast<core::Era>(seed % 3);
  options.partners = 2 + (seed >> 8) % 6;
  options.customers = 1 + (seed >> 16) % 12;
  options.subscriptions = (seed >> 24) % 30;
  options.events = 20 + (seed >> 32) % 200;
  options.awkward_text = (seed >> 40) & 1;
  replay_and_check(core::generate_scenario(options));
  return 0;
}
