// translations_draft_test.cpp — the drafted Chinese for rule statements, action labels and parameter meanings
// (core/src/translations_draft/*.tsv, not compiled yet) stays in step with the catalogues: one row for every rule,
// action and parameter and none for anything else, each in Chinese, keeping what must stay as written (rule IDs,
// addresses, JSON values and names such as approvalPending or gdap_in_21vianet, acronyms, numbers).
#include <doctest/doctest.h>

#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "../test_support.hpp"
#include "mpsim/actions.hpp"
#include "mpsim/rules.hpp"

using namespace core;

namespace {

// id -> Chinese; a malformed line (no tab, empty text, an id twice) fails the test where it is read.
std::map<std::string, std::string> read_draft(const std::string& file) {
  std::map<std::string, std::string> rows;
  std::istringstream in(test_support::read_text("core/src/translations_draft/" + file));
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    CAPTURE(file);
    CAPTURE(number);
    const std::size_t tab = line.find('\t');
    REQUIRE_MESSAGE(tab != std::string::npos, "a line is id<TAB>Chinese");
    const std::string id = line.substr(0, tab), text = line.substr(tab + 1);
    CHECK_FALSE(text.empty());
    CHECK_MESSAGE(rows.emplace(id, text).second, id << " has two rows");
  }
  return rows;
}

// What a translation keeps from the English, as often as the English has it: rule IDs, addresses, identifiers,
// acronyms and numbers ("21Vianet" is 世纪互联, so its digits do not count).
std::multiset<std::string> kept_tokens(std::string english) {
  english = std::regex_replace(english, std::regex("21Vianet"), "");
  static const std::regex token(R"(R-[A-Z]+-\d+|https?://[^\s),]+|\b[a-z]+[A-Z]\w*\b|\b\w*_\w*\b|<\w+>-\w+|\b[A-Z]{2,}\b|\d+)");
  std::multiset<std::string> out;
  for (auto it = std::sregex_iterator(english.begin(), english.end(), token); it != std::sregex_iterator(); ++it) out.insert(it->str());
  return out;
}

bool has_han(const std::string& text) {
  for (std::size_t i = 0; i + 2 < text.size(); ++i) {
    const auto b = static_cast<unsigned char>(text[i]);
    if (b >= 0xE3 && b <= 0xE9) return true;  // lead bytes of U+3400..U+9FFF
  }
  return false;
}

void check_row(const std::map<std::string, std::string>& rows, const std::string& id, std::string_view english) {
  CAPTURE(id);
  const auto it = rows.find(id);
  REQUIRE_MESSAGE(it != rows.end(), "no Chinese drafted for " << id << ": " << english);
  CHECK_MESSAGE(has_han(it->second), "not Chinese: " << it->second);
  const std::multiset<std::string> tokens = kept_tokens(std::string(english));
  for (auto t = tokens.begin(); t != tokens.end(); t = tokens.upper_bound(*t)) {
    std::size_t found = 0;
    for (std::size_t at = it->second.find(*t); at != std::string::npos; at = it->second.find(*t, at + 1)) ++found;
    CHECK_MESSAGE(found >= tokens.count(*t), "\"" << *t << "\" (" << tokens.count(*t) << " times in the English) is missing from: " << it->second);
  }
}

}  // namespace

TEST_CASE("every rule statement has its drafted Chinese, and nothing else has") {
  const auto rows = read_draft("rules_zh.tsv");
  for (const Rule& rule : rule_catalogue()) check_row(rows, std::string(rule.id), rule.statement);
  for (const auto& row : rows) CHECK_MESSAGE(find_rule(row.first) != nullptr, "no rule " << row.first);
}

TEST_CASE("every action label and parameter meaning has its drafted Chinese, and nothing else has") {
  const auto actions = read_draft("actions_zh.tsv"), params = read_draft("params_zh.tsv");
  std::size_t param_count = 0;
  for (const ActionSpec& action : action_catalogue()) {
    check_row(actions, std::string(action.name), action.label);
    for (const ParamSpec& p : action.params) {
      check_row(params, std::string(action.name) + "." + std::string(p.name), p.meaning);
      ++param_count;
    }
  }
  CHECK(actions.size() == action_catalogue().size());
  CHECK(params.size() == param_count);
}

TEST_CASE("the kept-token reader finds what a translation must keep") {
  CHECK(kept_tokens("Locking makes the relationship approvalPending (R-GDAP-4) within 90 days in 21Vianet; see https://a.b/c, "
                    "gdap_in_21vianet and <partner>-link, GDAP and DAP.") ==
        std::multiset<std::string>{"approvalPending", "R-GDAP-4", "90", "https://a.b/c", "gdap_in_21vianet", "<partner>-link", "GDAP", "DAP"});
  CHECK(kept_tokens("1 to 730 (default 730)").count("730") == 2);
}
