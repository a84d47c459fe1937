// localized_text_test.cpp — scenario texts in English with an optional Simplified Chinese variant: both forms load,
// export is canonical (a plain string without Chinese), round trips are exact, and every defect says where it is.
#include <doctest/doctest.h>

#include "../test_support.hpp"
#include "mpsim/scenario_io.hpp"

using namespace core;
using test_support::all_issues;

namespace {

const char* kFixture = "tests/fixtures/valid/localized-text.json";

Scenario load_ok(const std::string& text) {
  const Result<Scenario> result = load_scenario(text);
  CAPTURE(all_issues(result.issues));
  REQUIRE(result.ok());
  CHECK(result.issues.empty());
  return *result.value;
}

// A scenario with `metadata` as its metadata's members and nothing else of note.
std::string with_metadata(const std::string& members) {
  return "{\"format_version\": 1, \"metadata\": {" + members + ", \"era\": \"21vianet\"}, \"world\": {\"clock\": \"2018-01-01T00:00:00Z\"}}";
}

}  // namespace

TEST_CASE("LocalizedText::in gives the Chinese text when asked for and present, else the English one") {
  const LocalizedText both{"Two partners", "两个合作伙伴"};
  CHECK(both.in(Language::English) == "Two partners");
  CHECK(both.in(Language::ChineseSimplified) == "两个合作伙伴");
  const LocalizedText english_only{"Two partners", ""};
  CHECK(english_only.in(Language::ChineseSimplified) == "Two partners");
  CHECK(english_only.in(Language::English) == "Two partners");
  CHECK(LocalizedText{}.empty());
  CHECK_FALSE(LocalizedText{"", "文本"}.empty());
}

TEST_CASE("title, description, lesson text and note load from a string or from {en, zh-Hans}") {
  const Scenario s = load_ok(test_support::read_text(kFixture));
  CHECK(s.metadata.title == LocalizedText{"Two partners, one customer", "两个合作伙伴，一个客户"});
  CHECK(s.metadata.description == LocalizedText{"A second partner cannot reduce the seats the first partner sold.",
                                                "第二个合作伙伴不能减少第一个合作伙伴销售的许可证数量。"});
  REQUIRE(s.events.size() == 2);
  REQUIRE(s.events[0].lesson);
  CHECK(s.events[0].lesson->text == LocalizedText{"Only the partner that sold a subscription changes its seats.", "只有销售订阅的合作伙伴才能更改其许可证数量。"});
  CHECK(s.events[0].lesson->rule == "R-MP-6");
  REQUIRE(s.events[1].lesson);
  CHECK(s.events[1].lesson->text == LocalizedText{"The selling partner may change the quantity.", ""});
  REQUIRE(s.expectations.size() == 2);
  CHECK(s.expectations[0].note == LocalizedText{"Northwind did not sell it.", "该订阅不是 Northwind 销售的。"});
  CHECK(s.expectations[1].note == LocalizedText{"Contoso sold it.", ""});  // a plain string, as before
}

TEST_CASE("the localized fixture is canonical: exporting it reproduces it byte for byte, and loads back equal") {
  const std::string text = test_support::read_text(kFixture);
  const Scenario s = load_ok(text);
  CHECK(export_scenario(s) == text);
  CHECK(load_ok(export_scenario(s)) == s);
}

TEST_CASE("export writes a plain string without a Chinese text, else {en, zh-Hans} in that order") {
  SUBCASE("an object with English only becomes a plain string") {
    const Scenario s = load_ok(with_metadata("\"title\": {\"en\": \"T\"}, \"description\": {\"en\": \"D\"}"));
    CHECK(export_scenario(s) ==
          "{\n  \"format_version\": 1,\n  \"metadata\": {\n    \"title\": \"T\",\n    \"description\": \"D\",\n    \"era\": \"21vianet\"\n  },\n"
          "  \"world\": {\n    \"clock\": \"2018-01-01T00:00:00Z\"\n  }\n}\n");
  }
  SUBCASE("zh-Hans written first in the file is exported after en") {
    const Scenario s = load_ok(with_metadata("\"title\": {\"zh-Hans\": \"标题\", \"en\": \"T\"}"));
    CHECK(export_scenario(s) ==
          "{\n  \"format_version\": 1,\n  \"metadata\": {\n    \"title\": {\n      \"en\": \"T\",\n      \"zh-Hans\": \"标题\"\n    },\n"
          "    \"era\": \"21vianet\"\n  },\n  \"world\": {\n    \"clock\": \"2018-01-01T00:00:00Z\"\n  }\n}\n");
  }
  SUBCASE("an optional text with neither language is left out") {
    const Scenario s = load_ok(with_metadata("\"title\": \"T\", \"description\": {\"en\": \"\"}"));
    CHECK(s.metadata.description.empty());
    CHECK(export_scenario(s).find("description") == std::string::npos);
  }
  SUBCASE("an optional text with Chinese only keeps its empty English text") {
    const Scenario s = load_ok(with_metadata("\"title\": \"T\", \"description\": {\"en\": \"\", \"zh-Hans\": \"说明\"}"));
    CHECK(s.metadata.description == LocalizedText{"", "说明"});
    const std::string text = export_scenario(s);
    CHECK(text.find("\"description\": {\n      \"en\": \"\",\n      \"zh-Hans\": \"说明\"\n    }") != std::string::npos);
    CHECK(load_ok(text) == s);
  }
}

TEST_CASE("defects in a localized text are reported all at once, each at its pointer, line and column") {
  // Columns count characters: the two hanzi on line 6 count one each.
  const std::string text =
      "{\"format_version\": 1,\n"
      " \"metadata\": {\"title\": {\"en\": \"T\", \"zh\": \"标题\"}, \"era\": \"21vianet\"},\n"
      " \"world\": {\"clock\": \"2018-01-01T00:00:00Z\"},\n"
      " \"events\": [{\"id\": \"e1\", \"actor\": \"system\", \"action\": \"advance_clock\", \"params\": {\"days\": 1},\n"
      "   \"lesson\": {\"text\": {\"zh-Hans\": \"时间流逝\"}}}],\n"
      " \"expectations\": [{\"after\": \"e1\", \"decision\": \"applied\", \"note\": {\"en\": \"注意\", \"zh-Hans\": 5}},\n"
      "   {\"after\": \"e1\", \"decision\": \"applied\", \"note\": [\"x\"]}]}\n";
  const Result<Scenario> result = load_scenario(text);
  CAPTURE(all_issues(result.issues));
  CHECK_FALSE(result.ok());
  REQUIRE(result.issues.size() == 4);
  const auto check = [&](std::size_t i, const char* code, const char* pointer, std::uint32_t line, std::uint32_t column) {
    CAPTURE(i);
    CHECK(result.issues[i].code == code);
    CHECK(result.issues[i].pointer == pointer);
    CHECK(result.issues[i].line == line);
    CHECK(result.issues[i].column == column);
  };
  check(0, "unknown-field", "/metadata/title/zh", 2, 36);
  CHECK(result.issues[0].message.find("Did you mean \"zh-Hans\"?") != std::string::npos);
  check(1, "missing-field", "/events/0/lesson/text", 5, 23);
  CHECK(result.issues[1].message.find("\"en\"") != std::string::npos);
  check(2, "wrong-type", "/expectations/0/note/zh-Hans", 6, 90);
  check(3, "wrong-type", "/expectations/1/note", 7, 51);
}

TEST_CASE("where the text is required, its English text may not be empty; where it is optional, it may") {
  const Result<Scenario> title = load_scenario(with_metadata("\"title\": {\"en\": \"\", \"zh-Hans\": \"标题\"}"));
  CAPTURE(all_issues(title.issues));
  REQUIRE(title.issues.size() == 1);
  CHECK(title.issues[0].code == "invalid-value");
  CHECK(title.issues[0].pointer == "/metadata/title/en");
  CHECK(title.issues[0].line == 1);
  CHECK(title.issues[0].column == 52);  // the opening quote of "", the 52nd character of the line
  // A wrong type is reported once, not also as empty.
  const Result<Scenario> number = load_scenario(with_metadata("\"title\": {\"en\": 7}"));
  REQUIRE(number.issues.size() == 1);
  CHECK(number.issues[0].code == "wrong-type");
  CHECK(number.issues[0].pointer == "/metadata/title/en");
  // The plain form keeps today's rules: an empty title string loads, as it always did.
  CHECK(load_scenario(with_metadata("\"title\": \"\"")).ok());
}

TEST_CASE("a misspelt language gets the tag it means") {
  const auto suggestion_for = [](const std::string& key) {
    const Result<Scenario> r = load_scenario(with_metadata("\"title\": {\"en\": \"T\", \"" + key + "\": \"x\"}"));
    REQUIRE(r.issues.size() == 1);
    CHECK(r.issues[0].code == "unknown-field");
    CHECK(r.issues[0].pointer == "/metadata/title/" + key);
    const std::string& m = r.issues[0].message;
    const std::size_t at = m.find("Did you mean \"");
    return at == std::string::npos ? std::string() : m.substr(at + 14, m.find('"', at + 14) - at - 14);
  };
  for (const char* key : {"zh-hans", "zh", "zh_Hans", "ZH-CN", "zh-cn", "cn", "Chinese"}) {
    CAPTURE(key);
    CHECK(suggestion_for(key) == "zh-Hans");
  }
  for (const char* key : {"EN", "en-US", "en_GB", "english"}) {
    CAPTURE(key);
    CHECK(suggestion_for(key) == "en");
  }
  CHECK(suggestion_for("zhHans") == "zh-Hans");  // a typo, by spelling distance
  CHECK(suggestion_for("fr") == "");             // another language: no guess
  CHECK(suggestion_for("ja-JP") == "");
}
