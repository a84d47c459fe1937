// catalogue_chinese_test.cpp — the Chinese tables of the catalogues (rule statements: core/src/rule_statements_zh.cpp;
// action labels and parameter meanings: core/src/action_texts_zh.cpp) stay in step with them: one row for every rule,
// action and parameter and none for anything else, each in Chinese, keeping what must stay as written (rule IDs,
// addresses, JSON values and names such as approvalPending or gdap_in_21vianet, acronyms, numbers); and the lookups
// give the Chinese when Chinese is asked for and the catalogue's English otherwise.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>

#include "../test_support.hpp"
#include "mpsim/actions.hpp"
#include "mpsim/diff.hpp"
#include "mpsim/entra_roles.hpp"
#include "mpsim/message.hpp"
#include "mpsim/rules.hpp"
#include "mpsim/run.hpp"
#include "mpsim/scenario_io.hpp"
#include "mpsim/time.hpp"

using namespace core;

namespace {

// id -> Chinese; an id twice or an empty text fails the test.
std::map<std::string, std::string_view> by_id(std::span<const TranslatedText> table) {
  std::map<std::string, std::string_view> rows;
  for (const TranslatedText& row : table) {
    CAPTURE(row.id);
    CHECK_FALSE(row.text.empty());
    CHECK_MESSAGE(rows.emplace(std::string(row.id), row.text).second, row.id << " has two rows");
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

bool has_han(std::string_view text) {
  for (std::size_t i = 0; i + 2 < text.size(); ++i) {
    const auto b = static_cast<unsigned char>(text[i]);
    if (b >= 0xE3 && b <= 0xE9) return true;  // lead bytes of U+3400..U+9FFF
  }
  return false;
}

void check_row(const std::map<std::string, std::string_view>& rows, const std::string& id, std::string_view english) {
  CAPTURE(id);
  const auto it = rows.find(id);
  REQUIRE_MESSAGE(it != rows.end(), "no Chinese for " << id << ": " << english);
  CHECK_MESSAGE(has_han(it->second), "not Chinese: " << it->second);
  const std::multiset<std::string> tokens = kept_tokens(std::string(english));
  for (auto t = tokens.begin(); t != tokens.end(); t = tokens.upper_bound(*t)) {
    std::size_t found = 0;
    for (std::size_t at = it->second.find(*t); at != std::string::npos; at = it->second.find(*t, at + 1)) ++found;
    CHECK_MESSAGE(found >= tokens.count(*t), "\"" << *t << "\" (" << tokens.count(*t) << " times in the English) is missing from: " << it->second);
  }
}

}  // namespace

TEST_CASE("every rule statement has its Chinese, and nothing else has") {
  const auto rows = by_id(rule_statements_zh());
  for (const Rule& rule : rule_catalogue()) check_row(rows, std::string(rule.id), rule.statement);
  for (const auto& row : rows) CHECK_MESSAGE(find_rule(row.first) != nullptr, "no rule " << row.first);
}

TEST_CASE("every action label and parameter meaning has its Chinese, and nothing else has") {
  const auto actions = by_id(action_labels_zh()), params = by_id(param_meanings_zh());
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

TEST_CASE("statement, label and meaning give the Chinese when asked, the English otherwise") {
  const Rule& rule = *find_rule("R-MP-4");
  CHECK(statement(rule, Language::English) == "Adding a partner never changes the partner of record of an existing subscription.");
  CHECK(statement(rule, Language::ChineseSimplified).find("记录合作伙伴") != std::string_view::npos);
  const ActionSpec& action = *find_action("change_quantity");
  CHECK(label(action, Language::English) == action.label);
  CHECK(label(action, Language::ChineseSimplified) == "更改席位数量");
  for (const ParamSpec& p : action.params) {
    CAPTURE(p.name);
    CHECK(meaning(action, p, Language::English) == p.meaning);
    CHECK(meaning(action, p, Language::ChineseSimplified) != p.meaning);
  }
}

TEST_CASE("the kept-token reader finds what a translation must keep") {
  CHECK(kept_tokens("Locking makes the relationship approvalPending (R-GDAP-4) within 90 days in 21Vianet; see https://a.b/c, "
                    "gdap_in_21vianet and <partner>-link, GDAP and DAP.") ==
        std::multiset<std::string>{"approvalPending", "R-GDAP-4", "90", "https://a.b/c", "gdap_in_21vianet", "<partner>-link", "GDAP", "DAP"});
  CHECK(kept_tokens("1 to 730 (default 730)").count("730") == 2);
}

// docs/glossary.md's "Microsoft Entra roles" table: | `short-id` | English | 简体中文 |, as the zh-CN admin pages write them.
TEST_CASE("every built-in Entra role has its Chinese name, written as the glossary writes it") {
  const std::string glossary = test_support::read_text("docs/glossary.md");
  const std::size_t from = glossary.find("### Microsoft Entra roles"), to = glossary.find("\n### ", from + 1);
  REQUIRE(from != std::string::npos);
  const std::string section = glossary.substr(from, to - from);
  static const std::regex row(R"(\| `([a-z0-9-]+)` \| ([^|]+?) \| ([^|]+?) \|)");
  std::size_t rows = 0;
  for (auto it = std::sregex_iterator(section.begin(), section.end(), row); it != std::sregex_iterator(); ++it, ++rows) {
    const std::string id = (*it)[1], english = (*it)[2], chinese = (*it)[3];
    CAPTURE(id);
    const EntraRole* role = find_entra_role(id);
    REQUIRE(role != nullptr);
    CHECK(role->name == english);
    CHECK(role->chinese_name == chinese);
  }
  CHECK(rows >= 32);
  for (const EntraRole& role : entra_roles()) {
    CAPTURE(role.id);
    CHECK(has_han(role.chinese_name));
    // Administrator is 管理员, Reader(s) 读取者, Writers 写入者 (the glossary's pattern for the roles it does not list).
    const std::string_view en = role.name, zh = role.chinese_name;
    if (en.ends_with("Administrator")) CHECK(zh.ends_with("管理员"));
    if (en.ends_with("Reader") || en.ends_with("Readers")) CHECK(zh.ends_with("读取者"));
    if (en.ends_with("Writers")) CHECK(zh.ends_with("写入者"));
  }
  CHECK(render(entra_role_name(*find_entra_role("global-reader")), Language::ChineseSimplified) == "全局读取者");
  CHECK(render(entra_role_name(*find_entra_role("global-reader")), Language::English) == "Global Reader");
}

TEST_CASE("GDAP explanations name the roles and the task in Chinese; the English is unchanged") {
  const Result<Scenario> s = load_scenario(test_support::read_text("web/scenarios/gdap-lifecycle.json"));
  REQUIRE(s.ok());
  const RunLog log = run_scenario(*s.value);
  const std::string zh = decision_log_text(*s.value, log, Language::ChineseSimplified);
  const std::string en = decision_log_text(*s.value, log, Language::English);
  // gdap-lifecycle: Fabrikam's global admin approves Global Reader, Helpdesk Administrator and User Administrator; Ana's
  // group then holds the last two and lacks Exchange Administrator for administering the customer's services.
  CHECK(zh.find("批准了 Contoso Cloud Services 的所有角色：全局读取者、支持管理员和用户管理员。") != std::string::npos);
  CHECK(zh.find("要管理其服务需要 Exchange 管理员") != std::string::npos);
  CHECK(zh.find("Global Reader") == std::string::npos);
  CHECK(zh.find("administer its services") == std::string::npos);
  CHECK(en.find("approves all of Contoso Cloud Services' roles: Global Reader, Helpdesk Administrator and User Administrator.") != std::string::npos);
  CHECK(en.find("to administer its services needs Exchange Administrator") != std::string::npos);
}

TEST_CASE("a clock that moves reads as a sentence in Chinese, and as before in English") {
  const Timestamp before = *parse_timestamp("2018-10-29T09:00:00Z"), after = *parse_timestamp("2018-10-29T09:30:00Z");
  const Diff diff = {Change{0, EntityValue{before}, EntityValue{after}}};
  const std::vector<Message> lines = describe_diff(diff);
  REQUIRE(lines.size() == 1);
  CHECK(render(lines[0], Language::ChineseSimplified) == "时钟从 2018-10-29T09:00:00Z 改为 2018-10-29T09:30:00Z");
  CHECK(render(lines[0], Language::English) == "clock: time \"2018-10-29T09:00:00Z\" -> \"2018-10-29T09:30:00Z\"");
}

// An untranslated sentence shows as lowercase English words side by side ("manage subscriptions", "the clock moves to");
// names the scenario file gives (a security group "GDAP support engineers") and quoted values (“Contoso managed
// support”) are not sentences of the engine, so they are taken out first.
TEST_CASE("the Chinese decision logs of the bundled scenarios hold no English sentence of the engine") {
  static const std::regex file_name(R"x("(?:name|display_name)": "((?:[^"\\]|\\.)*)")x");
  static const std::regex quoted(R"(“[^”]*”|"[^"]*")");
  static const std::regex english_words(R"((^|[^\w/.\-])([a-z]{2,} [a-z]{2,})(?![\w\-]))");
  std::size_t scenarios = 0;
  for (const auto& entry : std::filesystem::directory_iterator(std::filesystem::path(MPSIM_SOURCE_DIR) / "web/scenarios")) {
    const std::string file = "web/scenarios/" + entry.path().filename().string();
    CAPTURE(file);
    const std::string text = test_support::read_text(file);
    const Result<Scenario> s = load_scenario(text);
    REQUIRE(s.ok());
    ++scenarios;
    std::vector<std::string> names;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), file_name); it != std::sregex_iterator(); ++it) names.push_back((*it)[1]);
    std::sort(names.begin(), names.end(), [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
    std::istringstream log(decision_log_text(*s.value, run_scenario(*s.value), Language::ChineseSimplified));
    for (std::string line; std::getline(log, line);) {
      if (line.rfind("   + ", 0) != 0 && line.rfind("   x ", 0) != 0 && line.rfind("   ~ ", 0) != 0) continue;  // engine lines only
      std::string rest = std::regex_replace(line, quoted, "");
      for (const std::string& name : names)
        for (std::size_t at = rest.find(name); at != std::string::npos; at = rest.find(name)) rest.erase(at, name.size());
      std::smatch m;
      CHECK_MESSAGE(!std::regex_search(rest, m, english_words), "English in a Chinese log: \"" << m[2] << "\" in " << line);
    }
  }
  CHECK(scenarios >= 20);
}
