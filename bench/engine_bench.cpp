// engine_bench.cpp — the engine on a generated world: events applied per second (a full replay: decisions, diffs,
// timers, invariants), questions answered per second (step() on the final world, diff ignored), time travel (random
// jumps along the timeline) and what the history costs in memory. Builds natively and with Emscripten (run by Node),
// so that both figures come from the same code. Prints one JSON object (and writes it with --json OUT).
//   engine_bench [--partners N] [--customers N] [--subscriptions N] [--events N] [--era ERA] [--seed N]
//                [--queries N] [--seeks N] [--json OUT]
#include <malloc.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <optional>
#include <string>

#include "mpsim/enum_names.hpp"
#include "mpsim/generate.hpp"
#include "mpsim/run.hpp"
#include "mpsim/timeline.hpp"

namespace {

// Bytes the allocator has handed out: the same measure natively (glibc) and in wasm (dlmalloc).
double allocated_bytes() {
#ifdef __EMSCRIPTEN__
  return static_cast<double>(static_cast<unsigned>(mallinfo().uordblks));
#else
  return static_cast<double>(mallinfo2().uordblks);
#endif
}

double seconds_since(std::chrono::steady_clock::time_point start) { return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(); }

std::uint64_t next_random(std::uint64_t& state) {  // splitmix64: the same jumps everywhere
  std::uint64_t z = (state += 0x9e3779b97f4a7c15ull);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return z ^ (z >> 31);
}

}  // namespace

int main(int argc, char** argv) {
  core::GenerateOptions options;
  options.partners = 10000;
  options.customers = 200000;
  options.subscriptions = 1000000;
  options.events = 1000000;
  options.era = core::Era::GlobalGdap;
  std::size_t queries = 200000, seeks = 200;
  const char* json_out = nullptr;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string flag = argv[i], value = argv[i + 1];
    if (flag == "--partners") options.partners = std::stoul(value);
    else if (flag == "--customers") options.customers = std::stoul(value);
    else if (flag == "--subscriptions") options.subscriptions = std::stoul(value);
    else if (flag == "--events") options.events = std::stoul(value);
    else if (flag == "--seed") options.seed = std::stoull(value);
    else if (flag == "--queries") queries = std::stoul(value);
    else if (flag == "--seeks") seeks = std::stoul(value);
    else if (flag == "--json") json_out = argv[i + 1];
    else if (flag == "--era") {
      const auto era = core::from_name<core::Era>(value);
      if (!era) {
        std::fprintf(stderr, "engine_bench: unknown era %s\n", value.c_str());
        return 2;
      }
      options.era = *era;
    } else {
      std::fprintf(stderr, "engine_bench: unknown option %s\n", flag.c_str());
      return 2;
    }
  }

  auto start = std::chrono::steady_clock::now();
  core::Scenario scenario = core::generate_scenario(options);
  const double generate_s = seconds_since(start);
  double before = allocated_bytes();
  std::optional<core::World> copy(scenario.world);
  const double world_bytes = allocated_bytes() - before;
  copy.reset();

  // 1. Replay: every event and the timers it sets off, with the invariants checked after each step. What the log holds
  // beyond its final world is the steps' memory (events, decisions with their explanations, diffs).
  before = allocated_bytes();
  start = std::chrono::steady_clock::now();
  core::RunLog log = core::run_scenario(scenario);
  const double run_s = seconds_since(start);
  log.entries.shrink_to_fit();
  const double entries_bytes = allocated_bytes() - before - world_bytes;
  const std::size_t steps = log.entries.size();
  const std::size_t violations = log.violation_count();

  // 2. Questions: the timeline's own requests asked again of the final world (decided, never applied).
  const double index_before = allocated_bytes();
  const core::WorldIndex final_index(log.final_world, scenario.metadata);
  const double index_bytes = allocated_bytes() - index_before;
  std::size_t asked = 0, allowed = 0;
  const std::size_t stride = std::max<std::size_t>(1, scenario.events.size() / std::max<std::size_t>(1, queries));
  start = std::chrono::steady_clock::now();
  for (std::size_t round = 0; asked < queries && !scenario.events.empty(); ++round)
    for (std::size_t i = round % stride; i < scenario.events.size() && asked < queries; i += stride, ++asked)
      allowed += core::step(scenario, log.final_world, final_index, scenario.events[i]).decision == core::Decision::Applied;
  const double query_s = seconds_since(start);

  // 3. Time travel: random jumps along the whole timeline.
  const std::size_t events_count = scenario.events.size();
  core::Timeline timeline(std::move(scenario), std::move(log));
  std::uint64_t rng = 42;
  double seek_total_ms = 0, seek_max_ms = 0, seek_distance = 0;
  for (std::size_t i = 0; i < seeks; ++i) {
    const std::size_t target = static_cast<std::size_t>(next_random(rng) % (timeline.steps() + 1));
    seek_distance += static_cast<double>(target > timeline.position() ? target - timeline.position() : timeline.position() - target);
    const auto t0 = std::chrono::steady_clock::now();
    timeline.seek(target);
    const double ms = seconds_since(t0) * 1000;
    seek_total_ms += ms;
    seek_max_ms = std::max(seek_max_ms, ms);
  }
  // The history: the initial world, the working world with its index, and every step (event, decision, diff).
  const double history_bytes = 2 * world_bytes + index_bytes + entries_bytes;

  char json[2048];
  std::snprintf(json, sizeof json,
                "{\"platform\": \"%s\", \"era\": \"%s\", \"partners\": %zu, \"customers\": %zu, \"subscriptions\": %zu, \"events\": %zu, "
                "\"steps\": %zu, \"violations\": %zu, \"generate_s\": %.3f, \"run_s\": %.3f, \"events_per_s\": %.0f, "
                "\"queries\": %zu, \"allowed\": %zu, \"query_s\": %.3f, \"queries_per_s\": %.0f, "
                "\"seeks\": %zu, \"seek_mean_ms\": %.3f, \"seek_max_ms\": %.3f, \"seek_mean_distance\": %.0f, "
                "\"world_mb\": %.1f, \"index_mb\": %.1f, \"steps_mb\": %.1f, \"history_mb\": %.1f, \"history_vs_2_worlds_plus_steps\": %.3f}",
#ifdef __EMSCRIPTEN__
                "wasm",
#else
                "native",
#endif
                std::string(core::to_name(options.era)).c_str(), options.partners, options.customers, options.subscriptions, events_count, steps,
                violations, generate_s, run_s, static_cast<double>(steps) / run_s, asked, allowed, query_s, static_cast<double>(asked) / query_s, seeks,
                seek_total_ms / static_cast<double>(std::max<std::size_t>(1, seeks)), seek_max_ms, seek_distance / static_cast<double>(std::max<std::size_t>(1, seeks)),
                world_bytes / 1048576, index_bytes / 1048576, entries_bytes / 1048576, history_bytes / 1048576,
                history_bytes / (2 * world_bytes + entries_bytes));
  std::puts(json);
  if (json_out) std::ofstream(json_out) << json << "\n";
  return violations == 0 ? 0 : 1;
}
