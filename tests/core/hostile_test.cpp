// hostile_test.cpp — adversarial inputs built in memory (too big or too odd to commit): each is refused with a clear,
// located problem and never crashes or hangs. Runs natively and under Node. With the one-defect files of
// tests/fixtures/invalid (invalid_corpus_test.cpp) they make the hostile-input set docs/reliability.md counts.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "../test_support.hpp"
#include "mpsim/import.hpp"
#include "mpsim/scenario_io.hpp"

using namespace core;

namespace {

struct Hostile {
  std::string name;
  std::string text;
  std::string code;  // the problem it must give
};

const std::string& base() {
  static const std::string text = test_support::read_text("tests/fixtures/valid/corpus-base.json");
  return text;
}

// The base scenario with `from` (its first occurrence) replaced by `to`.
std::string edited(const std::string& from, const std::string& to) {
  std::string text = base();
  const std::size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  text.replace(at, from.size(), to);
  return text;
}

std::vector<Hostile> hostile_inputs() {
  std::vector<Hostile> h;
  h.push_back({"1,000,000 nested arrays as the document", std::string(1'000'000, '['), "wrong-type"});
  h.push_back({"1,000,000 nested arrays inside it", "{\"events\": " + std::string(1'000'000, '['), "json-too-deep"});
  std::string objects;
  for (int i = 0; i < 1'000'000; ++i) objects += "{\"a\":";
  h.push_back({"nesting of 1,000,000 objects", objects, "json-too-deep"});
  h.push_back({"a 100 MB string", "{\"format_version\": 1, \"metadata\": {\"title\": \"" + std::string(100u << 20, 'x') + "\"}}", "json-string-too-long"});
  h.push_back({"empty text", "", "json-syntax"});
  h.push_back({"only whitespace", " \n\t\r\n ", "json-syntax"});
  h.push_back({"a NUL byte", edited("\"title\"", std::string("\"ti\0tle\"", 8)), "json-syntax"});
  h.push_back({"invalid UTF-8 (0xFF)", edited("\"title\": \"", "\"title\": \"\xff"), "json-invalid-utf8"});
  h.push_back({"overlong UTF-8", edited("\"title\": \"", "\"title\": \"\xc0\xaf"), "json-invalid-utf8"});
  h.push_back({"UTF-8 surrogate", edited("\"title\": \"", "\"title\": \"\xed\xa0\x80"), "json-invalid-utf8"});
  h.push_back({"truncated UTF-8", edited("\"title\": \"", "\"title\": \"\xe4\xb8\""), "json-invalid-utf8"});
  h.push_back({"lone surrogate escape", edited("\"title\": \"", "\"title\": \"\\ud800"), "json-invalid-utf8"});
  h.push_back({"raw control character", edited("\"title\": \"", "\"title\": \"\x01"), "json-syntax"});
  h.push_back({"bad escape", edited("\"title\": \"", "\"title\": \"\\q"), "json-syntax"});
  h.push_back({"a number of 10,000 digits", edited("\"format_version\": 1", "\"format_version\": " + std::string(10'000, '9')), "number-out-of-range"});
  h.push_back({"1e999999", edited("\"format_version\": 1", "\"format_version\": 1e999999"), "wrong-type"});
  h.push_back({"a fractional version", edited("\"format_version\": 1", "\"format_version\": 1.5"), "wrong-type"});
  h.push_back({"a leading zero", edited("\"format_version\": 1", "\"format_version\": 01"), "json-syntax"});
  h.push_back({"NaN", edited("\"format_version\": 1", "\"format_version\": NaN"), "json-syntax"});
  h.push_back({"trailing garbage", base() + "]]", "json-syntax"});
  h.push_back({"two documents", base() + base(), "json-syntax"});
  h.push_back({"truncated document", base().substr(0, base().size() / 2), "json-syntax"});
  h.push_back({"a 1 MB key", edited("\"title\"", "\"" + std::string(1 << 20, 'k') + "\""), "json-string-too-long"});
  h.push_back({"an array instead of the scenario", "[" + base() + "]", "wrong-type"});
  h.push_back({"a single quote string", edited("\"title\"", "'title'"), "json-syntax"});
  h.push_back({"comments", "// hello\n" + base(), "json-syntax"});
  h.push_back({"a future format", edited("\"format_version\": 1", "\"format_version\": 99"), "unsupported-version"});
  return h;
}

void check_refused(const Result<Scenario>& r, const std::string& code) {
  CHECK_FALSE(r.ok());
  REQUIRE_FALSE(r.issues.empty());
  CHECK_MESSAGE(test_support::find_issue(r.issues, code) != nullptr, test_support::all_issues(r.issues).substr(0, 600));
  for (const Issue& i : r.issues) {
    CHECK(i.line > 0);
    CHECK(i.column > 0);
    CHECK(i.message.size() > 15);
  }
}

}  // namespace

TEST_CASE("hostile inputs are refused with a located problem, never a crash or a hang") {
  REQUIRE(load_scenario(base()).ok());  // each one differs from a valid file by its defect
  const auto inputs = hostile_inputs();
  CHECK(inputs.size() >= 25);
  for (const Hostile& h : inputs) {
    CAPTURE(h.name);
    check_refused(load_scenario(h.text), h.code);
  }
}

TEST_CASE("the importer refuses hostile payloads with problems and builds nothing from them") {
  for (const Hostile& h : hostile_inputs()) {
    CAPTURE(h.name);
    const Result<Scenario> r = import_payloads({ImportSource{"hostile.json", h.text}});
    CHECK_FALSE(r.ok());
    CHECK_FALSE(r.issues.empty());
  }
}
