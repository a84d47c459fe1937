// invalid_corpus_test.cpp — every file in tests/fixtures/invalid has one defect; tests/fixtures/invalid/manifest.json
// says which problem code and JSON Pointer it must produce. Each must be refused, with a place, and never throw.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "../test_support.hpp"
#include "mpsim/scenario_io.hpp"

using namespace core;

TEST_CASE("the corpus base is valid, so each defect file differs from a valid file by its one defect") {
  const Result<Scenario> base = load_scenario(test_support::read_text("tests/fixtures/valid/corpus-base.json"));
  CAPTURE(test_support::all_issues(base.issues));
  CHECK(base.ok());
  CHECK(base.issues.empty());
}

TEST_CASE("every invalid file is refused with its expected code and pointer") {
  const nlohmann::json manifest = nlohmann::json::parse(test_support::read_text("tests/fixtures/invalid/manifest.json"));
  REQUIRE(manifest.size() >= 40);
  for (const auto& entry : manifest) {
    const std::string file = entry["file"];
    const std::string code = entry["code"];
    const std::string pointer = entry["pointer"];
    CAPTURE(file);
    const std::string text = test_support::read_text("tests/fixtures/invalid/" + file);
    Result<Scenario> result;
    CHECK_NOTHROW(result = load_scenario(text));
    CAPTURE(test_support::all_issues(result.issues));
    CHECK_FALSE(result.ok());
    const auto match = std::find_if(result.issues.begin(), result.issues.end(),
                                    [&](const Issue& i) { return i.code == code && i.pointer == pointer; });
    CHECK_MESSAGE(match != result.issues.end(), "expected [" << code << "] at \"" << pointer << "\"");
    for (const Issue& issue : result.issues) {
      CHECK(issue.line > 0);  // every problem in a file says where it is
      CHECK(issue.column > 0);
      CHECK(issue.message.size() > 20);
    }
  }
}
