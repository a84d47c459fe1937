// undo_memory.cpp — what undo costs on a large scenario (issue #18: "memory stays bounded on a 100,000-event scenario:
// the scenario is a value, share what did not change"). The page's own update() (shell/update.hpp) makes N edits (Apply
// here one step before the end, so the scenario keeps its size), then undoes them all; the bytes the undo history holds
// are counted by the allocator. Baseline, in the same run and on the same edits: a snapshot undo that keeps a deep copy
// of the scenario before each change (and undoes by replaying the copy). Repeated; prints medians and ranges as one
// JSON object (and writes it with --json OUT). Builds natively and with Emscripten (run by Node).
//   undo_memory [--events N] [--customers N] [--subscriptions N] [--partners N] [--edits N] [--repetitions N] [--json OUT]
#include <malloc.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <new>
#include <string>
#include <vector>

#include "mpsim/generate.hpp"
#include "mpsim/timeline.hpp"
#include "update.hpp"

namespace {

// Bytes live in C++ allocations, counted by this program's operator new and delete (below): exact, whatever the
// allocator keeps cached (glibc's per-thread caches hide small frees from mallinfo), and the same in both builds.
std::size_t g_live_bytes = 0;
double allocated_bytes() { return static_cast<double>(g_live_bytes); }

double seconds_since(std::chrono::steady_clock::time_point start) { return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(); }

struct Spread {
  double median = 0, low = 0, high = 0;
};
Spread spread_of(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  const std::size_t n = v.size();
  return {n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2, v.front(), v.back()};
}

shell::AppState step(shell::AppState state, shell::Intent intent) { return shell::update(std::move(state), std::move(intent)).state; }

// The last request of the timeline (not a timer it set off): each edit goes just before it and makes it again, so the
// scenario keeps its size and each change drops (and keeps for undo) one event.
std::size_t last_request(const core::Timeline& t) {
  std::size_t i = t.steps() - 1;
  while (i > 0 && t.entries()[i].scheduled) --i;
  return i;
}
core::Event edit_request(const shell::AppState& state) {
  const core::Timeline& t = state.open->timeline;
  core::Event e = t.entries()[t.position()].event;
  e.id.clear();
  return e;
}

struct Run {
  double history_bytes = 0, edit_ms = 0, undo_ms = 0;
};

// N edits then N undos through update(); with `snapshots`, also a deep copy of the scenario kept before each change
// (the baseline), undone by replaying the copy instead.
Run run_once(const core::Scenario& scenario, std::size_t edits, bool snapshots) {
  shell::AppState state = step(shell::AppState{}, shell::ScenarioOpened{"bench", scenario, std::nullopt, false, false});
  std::vector<core::Scenario> copies;
  double edit_s = 0;
  for (std::size_t i = 0; i < edits; ++i) {
    state = step(std::move(state), shell::SeekTo{last_request(state.open->timeline)});
    const core::Event request = edit_request(state);
    const auto start = std::chrono::steady_clock::now();
    if (snapshots) copies.push_back(state.open->timeline.scenario());
    state = step(std::move(state), shell::ApplyEvent{request});
    edit_s += seconds_since(start);
  }
  Run r;
  // What the history holds: what is freed when it is dropped (the scenario on screen stays).
  if (snapshots) {
    const double with_copies = allocated_bytes();
    std::vector<core::Scenario> held = std::move(copies);
    copies = {};
    held.clear();
    held.shrink_to_fit();
    r.history_bytes = with_copies - allocated_bytes();
    // Undo: replay each copy in turn, newest first (the cost of restoring a snapshot).
    std::vector<core::Scenario> again;
    for (std::size_t i = 0; i < edits; ++i) again.push_back(scenario);
    const auto start = std::chrono::steady_clock::now();
    for (std::size_t i = 0; i < edits; ++i) {
      state.open->timeline = core::Timeline(std::move(again.back()));
      again.pop_back();
    }
    r.undo_ms = seconds_since(start) * 1000 / static_cast<double>(edits);
  } else {
    shell::History saved = state.history;  // a copy, so that the undos below still have theirs
    const double with_history = allocated_bytes();
    state.history = {};
    r.history_bytes = with_history - allocated_bytes();
    state.history = std::move(saved);
    const auto start = std::chrono::steady_clock::now();
    for (std::size_t i = 0; i < edits; ++i) state = step(std::move(state), shell::Undo{});
    r.undo_ms = seconds_since(start) * 1000 / static_cast<double>(edits);
  }
  r.edit_ms = edit_s * 1000 / static_cast<double>(edits);
  return r;
}

}  // namespace

void* operator new(std::size_t size) {
  void* p = std::malloc(size ? size : 1);
  if (!p) throw std::bad_alloc();
  g_live_bytes += malloc_usable_size(p);
  return p;
}
void operator delete(void* p) noexcept {
  if (!p) return;
  g_live_bytes -= malloc_usable_size(p);
  std::free(p);
}
void operator delete(void* p, std::size_t) noexcept { operator delete(p); }

int main(int argc, char** argv) {
  core::GenerateOptions options;
  options.partners = 200;
  options.customers = 4000;
  options.subscriptions = 12000;
  options.events = 100000;
  std::size_t edits = 10, repetitions = 3;
  const char* json_out = nullptr;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string flag = argv[i], value = argv[i + 1];
    if (flag == "--events") options.events = std::stoul(value);
    else if (flag == "--partners") options.partners = std::stoul(value);
    else if (flag == "--customers") options.customers = std::stoul(value);
    else if (flag == "--subscriptions") options.subscriptions = std::stoul(value);
    else if (flag == "--edits") edits = std::max<std::size_t>(1, std::stoul(value));
    else if (flag == "--repetitions") repetitions = std::max<std::size_t>(1, std::stoul(value));
    else if (flag == "--json") json_out = argv[i + 1];
    else {
      std::fprintf(stderr, "undo_memory: unknown option %s\n", flag.c_str());
      return 2;
    }
  }
  const core::Scenario scenario = core::generate_scenario(options);
  const double before = allocated_bytes();
  std::vector<core::Scenario> one{scenario};
  const double scenario_bytes = allocated_bytes() - before;
  one.clear();

  std::vector<double> ours_bytes, ours_edit, ours_undo, copy_bytes, copy_edit, copy_undo;
  for (std::size_t r = 0; r < repetitions; ++r) {
    const Run ours = run_once(scenario, edits, false);
    const Run copies = run_once(scenario, edits, true);
    ours_bytes.push_back(ours.history_bytes / static_cast<double>(edits));
    ours_edit.push_back(ours.edit_ms);
    ours_undo.push_back(ours.undo_ms);
    copy_bytes.push_back(copies.history_bytes / static_cast<double>(edits));
    copy_edit.push_back(copies.edit_ms);
    copy_undo.push_back(copies.undo_ms);
  }
  const Spread ob = spread_of(ours_bytes), oe = spread_of(ours_edit), ou = spread_of(ours_undo);
  const Spread cb = spread_of(copy_bytes), ce = spread_of(copy_edit), cu = spread_of(copy_undo);
  // The history's bound: at most kMaxChanges changes, holding kMaxHeldEvents events together.
  const double bound_ours = ob.median * static_cast<double>(shell::kMaxChanges);
  const double bound_copies = cb.median * static_cast<double>(shell::kMaxChanges);

  char json[2048];
  std::snprintf(json, sizeof json,
                "{\"platform\": \"%s\", \"events\": %zu, \"scenario_mb\": %.2f, \"edits\": %zu, \"repetitions\": %zu, "
                "\"ours_bytes_per_change\": %.0f, \"ours_bytes_per_change_low\": %.0f, \"ours_bytes_per_change_high\": %.0f, "
                "\"copies_bytes_per_change\": %.0f, \"copies_bytes_per_change_low\": %.0f, \"copies_bytes_per_change_high\": %.0f, "
                "\"ours_100_changes_mb\": %.3f, \"copies_100_changes_mb\": %.1f, \"memory_ratio\": %.5f, "
                "\"ours_edit_ms\": %.1f, \"ours_edit_ms_low\": %.1f, \"ours_edit_ms_high\": %.1f, "
                "\"copies_edit_ms\": %.1f, \"copies_edit_ms_low\": %.1f, \"copies_edit_ms_high\": %.1f, "
                "\"ours_undo_ms\": %.1f, \"ours_undo_ms_low\": %.1f, \"ours_undo_ms_high\": %.1f, "
                "\"copies_undo_ms\": %.1f, \"copies_undo_ms_low\": %.1f, \"copies_undo_ms_high\": %.1f}",
#ifdef __EMSCRIPTEN__
                "wasm",
#else
                "native",
#endif
                scenario.events.size(), scenario_bytes / 1048576, edits, repetitions, ob.median, ob.low, ob.high, cb.median, cb.low, cb.high,
                bound_ours / 1048576, bound_copies / 1048576, ob.median / cb.median, oe.median, oe.low, oe.high, ce.median, ce.low, ce.high,
                ou.median, ou.low, ou.high, cu.median, cu.low, cu.high);
  std::puts(json);
  if (json_out) std::ofstream(json_out) << json << "\n";
  return 0;
}
