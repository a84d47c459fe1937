// bundled_chinese_text_test.cpp — every bundled scenario speaks Simplified Chinese: its title, its description, each
// lesson and each expectation's note carry a zh-Hans text, and that text is Chinese (it holds at least one Han
// character), so an English sentence pasted into "zh-Hans" or a new lesson written in English only is caught here.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>

#include "../test_support.hpp"
#include "mpsim/scenario_io.hpp"

using namespace core;

namespace {

// The code points of a UTF-8 text (the loader has already rejected invalid UTF-8).
std::vector<char32_t> code_points(const std::string& text) {
  std::vector<char32_t> out;
  for (std::size_t i = 0; i < text.size();) {
    const auto lead = static_cast<unsigned char>(text[i]);
    const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    char32_t value = length == 1 ? lead : length == 2 ? (lead & 0x1F) : length == 3 ? (lead & 0x0F) : (lead & 0x07);
    for (std::size_t k = 1; k < length && i + k < text.size(); ++k) value = (value << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    out.push_back(value);
    i += length;
  }
  return out;
}

// A Han character: CJK Unified Ideographs, Extension A, the compatibility block, or the supplementary planes' blocks.
// Full-width punctuation (，。“”) is not one: a text of English words and Chinese commas is still English.
bool is_han(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0x20000 && c <= 0x3134F);
}

bool has_han(const std::string& text) {
  const std::vector<char32_t> points = code_points(text);
  return std::any_of(points.begin(), points.end(), is_han);
}

// One line per text of `scenario` that lacks Chinese: where it is (a JSON Pointer) and what is wrong.
// `required` texts must exist in English too; the others (a lesson's text is required when there is a lesson, a note
// is optional) are checked when the author wrote them.
std::string texts_without_chinese(const Scenario& scenario) {
  std::string problems;
  const auto check = [&](const std::string& pointer, const LocalizedText& text, bool required) {
    if (text.en.empty() && !required) return;
    if (text.en.empty()) problems += pointer + ": no text at all\n";
    else if (text.zh_hans.empty()) problems += pointer + ": no zh-Hans text\n";
    else if (!has_han(text.zh_hans)) problems += pointer + ": zh-Hans has no Chinese character: \"" + text.zh_hans + "\"\n";
  };
  check("/metadata/title", scenario.metadata.title, true);
  check("/metadata/description", scenario.metadata.description, true);
  for (std::size_t i = 0; i < scenario.events.size(); ++i) {
    if (scenario.events[i].lesson) check("/events/" + std::to_string(i) + "/lesson/text", scenario.events[i].lesson->text, true);
  }
  for (std::size_t i = 0; i < scenario.expectations.size(); ++i) {
    check("/expectations/" + std::to_string(i) + "/note", scenario.expectations[i].note, false);
  }
  return problems;
}

Scenario load_ok(const std::string& text) {
  const Result<Scenario> result = load_scenario(text);
  CAPTURE(test_support::all_issues(result.issues));
  REQUIRE(result.ok());
  return *result.value;
}

}  // namespace

TEST_CASE("a Han character is told from Latin letters, digits and full-width punctuation") {
  CHECK(has_han("合作伙伴"));
  CHECK(has_han("Contoso 的 DAP"));            // one Han character among Latin words is enough
  CHECK(has_han("\xF0\xA0\x80\x80"));          // U+20000, the first character of Extension B (4 bytes in UTF-8)
  CHECK_FALSE(has_han("Only the original reseller may do that."));
  CHECK_FALSE(has_han("R-MP-6，fab-e3：“40”。"));  // full-width punctuation around ids is not Chinese text
  CHECK_FALSE(has_han("Ünïcödé — café"));       // two-byte Latin letters and a dash
  CHECK_FALSE(has_han(""));
}

TEST_CASE("the check names every text that lacks Chinese, and where it is") {
  // Title in both languages; description missing; lesson 0 English-only; lesson 1 with English pasted as its Chinese;
  // note 0 with Chinese; note 1 absent (fine: notes are optional).
  const Scenario scenario = load_ok(R"({
    "format_version": 1,
    "metadata": { "title": { "en": "Two partners", "zh-Hans": "两个合作伙伴" }, "era": "21vianet" },
    "world": { "clock": "2018-10-29T09:00:00Z",
      "partners": [{ "id": "contoso", "name": "Contoso", "type": "direct_bill", "region": "CN",
                     "users": [{ "id": "li", "roles": ["admin_agent"] }] }] },
    "events": [
      { "id": "a", "time": "2018-10-29T10:00:00Z", "actor": "contoso/li", "action": "create_reseller_invitation",
        "lesson": { "text": "Contoso copies its link." } },
      { "id": "b", "time": "2018-10-29T11:00:00Z", "actor": "contoso/li", "action": "create_reseller_invitation",
        "lesson": { "text": { "en": "Again.", "zh-Hans": "Again。" } } },
      { "id": "c", "time": "2018-10-29T12:00:00Z", "actor": "contoso/li", "action": "create_reseller_invitation" }
    ],
    "expectations": [
      { "after": "a", "decision": "applied", "note": { "en": "The link exists.", "zh-Hans": "链接已存在。" } },
      { "after": "b", "decision": "applied" }
    ]
  })");
  CHECK(texts_without_chinese(scenario) ==
        "/metadata/description: no text at all\n"
        "/events/0/lesson/text: no zh-Hans text\n"
        "/events/1/lesson/text: zh-Hans has no Chinese character: \"Again。\"\n");
}

TEST_CASE("every bundled scenario has Chinese text for its title, description, lessons and notes") {
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(test_support::source_path("web/scenarios"))) {
    if (entry.path().extension() == ".json") files.push_back(entry.path().filename().string());
  }
  std::sort(files.begin(), files.end());
  // 15 are bundled as this test is written: fewer means the folder was not found or scenarios went missing.
  REQUIRE(files.size() >= 15);
  for (const std::string& file : files) {
    CAPTURE(file);
    const Scenario scenario = load_ok(test_support::read_text("web/scenarios/" + file));
    CHECK(texts_without_chinese(scenario) == "");
  }
}
