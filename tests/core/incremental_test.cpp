// incremental_test.cpp — loading and replaying a slice at a time (what the browser does with big files) must give exactly
// what doing it in one go gives, whatever the slice size, for valid files, every defect of the corpus, and big worlds.
#include <doctest/doctest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "../test_support.hpp"
#include "mpsim/generate.hpp"
#include "mpsim/run.hpp"
#include "mpsim/scenario_io.hpp"

using namespace core;

namespace {

std::string issue_list(const std::vector<Issue>& issues) {
  std::string out;
  for (const Issue& i : issues) out += i.code + " " + i.pointer + " " + std::to_string(i.line) + ":" + std::to_string(i.column) + " " + i.message + "\n";
  return out;
}

// Loads a step at a time; checks that progress only grows and that the load takes more than one step.
Result<Scenario> load_in_slices(std::string_view text, std::size_t slice, std::size_t& calls) {
  ScenarioLoad load(text);
  std::uint64_t last = 0;
  calls = 0;
  while (!load.advance(slice)) {
    ++calls;
    CHECK(load.bytes_read() >= last);
    CHECK(load.bytes_read() <= load.bytes_total());
    last = load.bytes_read();
  }
  CHECK(load.bytes_read() == load.bytes_total());
  return load.take_result();
}

void check_same_outcome(const std::string& text) {
  const Result<Scenario> whole = load_scenario(text);
  for (const std::size_t slice : {std::size_t{1}, std::size_t{3}, std::size_t{64}}) {
    CAPTURE(slice);
    std::size_t calls = 0;
    const Result<Scenario> sliced = load_in_slices(text, slice, calls);
    CHECK(issue_list(sliced.issues) == issue_list(whole.issues));
    CHECK(sliced.value == whole.value);
  }
}

}  // namespace

TEST_CASE("a load in slices gives the same scenario and the same problems as a load in one go") {
  SUBCASE("bundled scenarios") {
    for (const auto& entry : std::filesystem::directory_iterator(test_support::source_path("web/scenarios"))) {
      CAPTURE(entry.path().filename().string());
      check_same_outcome(test_support::read_text("web/scenarios/" + entry.path().filename().string()));
    }
  }
  SUBCASE("every defect of the invalid corpus") {
    const nlohmann::json manifest = nlohmann::json::parse(test_support::read_text("tests/fixtures/invalid/manifest.json"));
    for (const auto& entry : manifest) {
      const std::string file = entry["file"];
      CAPTURE(file);
      check_same_outcome(test_support::read_text("tests/fixtures/invalid/" + file));
    }
  }
  SUBCASE("not an object, empty text, truncated text") {
    for (const char* text : {"[]", "", "{", "{\"world\": {\"customers\": [", "{\"events\": 3, \"world\": []}"}) {
      CAPTURE(text);
      check_same_outcome(text);
    }
  }
}

TEST_CASE("a big generated world loads in many small slices, with progress, to the same scenario") {
  GenerateOptions options;
  options.seed = 7;
  options.customers = 400;
  options.subscriptions = 900;
  options.events = 700;
  const std::string text = export_scenario(generate_scenario(options));
  std::size_t calls = 0;
  const Result<Scenario> sliced = load_in_slices(text, 10, calls);
  REQUIRE(sliced.ok());
  // A slice reads at most ten elements, so the lists alone need over 200 calls: the caller gets control back often.
  CHECK(calls >= (400 + 900 + 700) / 10);
  CHECK(*sliced.value == *load_scenario(text).value);
}

TEST_CASE("a replay in slices gives the same log as a replay in one go") {
  GenerateOptions options;
  options.seed = 11;
  options.customers = 40;
  options.subscriptions = 120;
  options.events = 500;
  const Scenario scenario = generate_scenario(options);
  const RunLog whole = run_scenario(scenario);
  ScenarioRun run(scenario);
  std::size_t calls = 0, last = 0;
  while (!run.advance(7)) {
    ++calls;
    CHECK(run.events_done() > last);
    last = run.events_done();
  }
  CHECK(run.events_done() == run.events_total());
  CHECK(calls == (scenario.events.size() - 1) / 7);
  CHECK(run.take_log() == whole);
}

TEST_CASE("a replay in slices checks the expectations of a bundled scenario like a replay in one go") {
  const Result<Scenario> loaded = load_scenario(test_support::read_text("web/scenarios/cn-one-dap-partner-per-service.json"));
  REQUIRE(loaded.ok());
  ScenarioRun run(*loaded.value);
  while (!run.advance(1)) {
  }
  const RunLog log = run.take_log();
  REQUIRE(log.expectations.size() == loaded.value->expectations.size());
  CHECK(log.all_expectations_pass());
  CHECK(log == run_scenario(*loaded.value));
}
