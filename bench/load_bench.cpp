// load_bench.cpp — how much memory and time loading a scenario takes, against nlohmann::json::parse of the same text.
// Usage: load_bench FILE [--json OUT]. Peak memory is the process's peak resident set while reading and loading, minus
// what it held before (Linux: /proc/self/status VmHWM, reset through /proc/self/clear_refs; in wasm: the growth of the heap,
// which only grows, so an upper bound), as a multiple of the file.
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#ifdef __EMSCRIPTEN__
#include <emscripten/heap.h>
#endif

#include "mpsim/scenario_io.hpp"
#include "mpsim/summary.hpp"

namespace {

long status_kib(const char* field) {
#ifdef __EMSCRIPTEN__
  // wasm memory only grows: its size is the peak of everything allocated so far.
  return static_cast<long>(emscripten_get_heap_size() / 1024);
#endif
  std::ifstream status("/proc/self/status");
  std::string line;
  const std::string prefix = std::string(field) + ":";
  while (std::getline(status, line))
    if (line.rfind(prefix, 0) == 0) return std::stol(line.substr(prefix.size()));
  return -1;
}

bool reset_peak() {
#ifdef __EMSCRIPTEN__
  return true;  // the heap size is already the peak since start
#endif
  std::ofstream clear("/proc/self/clear_refs");
  clear << "5";  // resets VmHWM to the current RSS
  return static_cast<bool>(clear.flush());
}

std::string read_file(const char* path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

template <class F> double best_seconds(int runs, F&& f) {
  double best = 1e30;
  for (int i = 0; i < runs; ++i) {
    const auto start = std::chrono::steady_clock::now();
    f();
    best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  }
  return best;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: load_bench FILE [--json OUT]\n";
    return 2;
  }
  const char* json_out = argc >= 4 && std::string(argv[2]) == "--json" ? argv[3] : nullptr;

  // 1. Peak memory of one load, the text included.
  const long baseline_kib = status_kib("VmRSS");
  const bool peak_reset = reset_peak();
  double file_mib = 0;
  std::size_t subscriptions = 0;
  {
    const std::string text = read_file(argv[1]);
    file_mib = static_cast<double>(text.size()) / (1024.0 * 1024.0);
    const core::Result<core::Scenario> loaded = core::load_scenario(text);
    if (!loaded.ok()) {
      std::cerr << "load_bench: " << argv[1] << " has problems; run mpsim validate on it\n";
      return 1;
    }
    subscriptions = loaded.value->world.subscriptions.size();
  }
  const long peak_kib = status_kib("VmHWM");
  const double peak_mib = static_cast<double>(peak_kib - baseline_kib) / 1024.0;
  const double memory_ratio = peak_mib / file_mib;

  // 2. Time: our load (parse + validate + build the world) against nlohmann's bare parse into its DOM.
  const std::string text = read_file(argv[1]);
  const double ours = best_seconds(3, [&] {
    const auto r = core::load_scenario(text);
    if (!r.ok()) std::abort();
  });
  const double nlohmann_parse = best_seconds(3, [&] {
    const auto doc = nlohmann::json::parse(text, nullptr, false);
    if (doc.is_discarded()) std::abort();
  });

  std::printf("file                         %8.1f MiB (%zu subscriptions)\n", file_mib, subscriptions);
  std::printf("peak memory while loading    %8.1f MiB = %.2fx the file   (target <= 3x)%s\n", peak_mib, memory_ratio,
              peak_reset ? "" : "  [peak reset unavailable: figure includes earlier use]");
  std::printf("load (parse+validate+build)  %8.3f s  = %.0f MiB/s\n", ours, file_mib / ours);
  std::printf("nlohmann::json::parse        %8.3f s  = %.0f MiB/s\n", nlohmann_parse, file_mib / nlohmann_parse);
  std::printf("ratio ours / nlohmann        %8.2fx                    (target <= 1.2x)\n", ours / nlohmann_parse);
  if (json_out) {
    std::ofstream out(json_out);
    out << "{\"file_mib\": " << file_mib << ", \"subscriptions\": " << subscriptions << ", \"peak_mib\": " << peak_mib
        << ", \"memory_ratio\": " << memory_ratio << ", \"load_seconds\": " << ours << ", \"nlohmann_parse_seconds\": "
        << nlohmann_parse << ", \"time_ratio\": " << ours / nlohmann_parse << "}\n";
  }
  return 0;
}
