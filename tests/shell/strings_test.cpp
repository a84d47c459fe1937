// strings_test.cpp — the Chinese interface is complete and safe: every string shell/ passes to tr() or N_() has a
// translation, with the same printf conversions in the same order (a mismatch would misread the arguments), and the
// table holds no entry the sources no longer use. The sources are read as text, so a new string cannot be missed.
#include <doctest/doctest.h>

#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "../test_support.hpp"
#include "i18n.hpp"

namespace {

// The printf conversions of a format: "%zu", "%s", "%d"... (flags, width and precision ignored).
std::vector<std::string> conversions(const std::string& format) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < format.size(); ++i) {
    if (format[i] != '%') continue;
    if (i + 1 < format.size() && format[i + 1] == '%') {
      ++i;
      continue;
    }
    std::size_t j = i + 1;
    while (j < format.size() && std::string("-+ #0123456789.*").find(format[j]) != std::string::npos) ++j;
    std::string length;
    while (j < format.size() && std::string("hlLzjt").find(format[j]) != std::string::npos) length += format[j++];
    if (j < format.size()) out.push_back(length + format[j]);
    i = j;
  }
  return out;
}

bool has_words(const std::string& text) {
  // Letters outside the conversions: a pure format such as "%s: %s" needs no translation.
  std::string words;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%') {
      std::size_t j = i + 1;
      while (j < text.size() && std::string("-+ #0123456789.*hlLzjt").find(text[j]) != std::string::npos) ++j;
      i = j;
      continue;
    }
    words += text[i];
  }
  for (const char c : words)
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) return true;
  return false;
}

// The keys of tr("...") and N_("...") calls, with adjacent literals joined and escapes read.
std::vector<std::string> keys_in(const std::string& source) {
  std::vector<std::string> keys;
  for (std::size_t at = 0; (at = source.find("(\"", at)) != std::string::npos; ++at) {
    const bool call = (at >= 2 && source.compare(at - 2, 2, "tr") == 0 && (at < 3 || !std::isalnum(static_cast<unsigned char>(source[at - 3])))) ||
                      (at >= 2 && source.compare(at - 2, 2, "N_") == 0);
    if (!call) continue;
    std::string key;
    std::size_t i = at + 1;
    while (i < source.size() && source[i] == '"') {
      for (++i; i < source.size() && source[i] != '"'; ++i) {
        if (source[i] == '\\' && i + 1 < source.size()) {
          const char e = source[++i];
          key += e == 'n' ? '\n' : e;
        } else {
          key += source[i];
        }
      }
      ++i;  // the closing quote
      while (i < source.size() && std::isspace(static_cast<unsigned char>(source[i]))) ++i;
    }
    keys.push_back(key);
  }
  return keys;
}

// The ImGui calls that put their string arguments on screen (window and column titles, labels, hints, tooltips).
bool shows_text(const std::string& function) {
  static const std::set<std::string> kShown = {
      "Begin",        "BeginCombo",   "BeginMenu",      "BeginPopupModal", "BeginTabItem",     "BulletText", "Button",
      "Checkbox",     "CollapsingHeader", "InputTextWithHint", "MenuItem",  "OpenPopup",        "Selectable", "SeparatorText",
      "SetItemTooltip", "SetTooltip", "SmallButton",    "TableSetupColumn", "Text",             "TextColored", "TextDisabled",
      "TextUnformatted", "TextWrapped"};
  return kShown.count(function) > 0;
}

// String literals an ImGui call shows as they are: not through tr() or N_(), not an id ("##x"), not a pure format, not
// compared with (`actor == "system"`). Key names in menu shortcuts, the language menu's own "English" and the English
// plural "s" (which Chinese consumes with "%.0s") are shown as written on purpose. Text assembled elsewhere and passed
// in a variable is not seen here: the screenshots of docs/app.md's procedure are the check for that.
std::vector<std::string> untranslated_in(const std::string& source) {
  static const std::set<std::string> kAsWritten = {"English", "Right", "Left", "Home", "End", "Space", "Ctrl+O", "Ctrl+S", "Ctrl+Z", "Ctrl+Shift+Z", "s"};
  std::vector<std::string> found;
  for (std::size_t at = 0; (at = source.find("ImGui::", at)) != std::string::npos;) {
    std::size_t i = at + 7;
    std::string function;
    while (i < source.size() && (std::isalnum(static_cast<unsigned char>(source[i])) || source[i] == '_')) function += source[i++];
    at = i;
    if (i >= source.size() || source[i] != '(' || !shows_text(function)) continue;
    // Walk the argument list; `calls` holds the name of each open parenthesis ("" for a bare group).
    std::vector<std::string> calls = {function};
    std::string word;
    for (++i; i < source.size() && !calls.empty(); ++i) {
      const char c = source[i];
      if (c == '"') {
        std::size_t before = i;
        while (before > 0 && std::isspace(static_cast<unsigned char>(source[before - 1]))) --before;
        const bool compared = before >= 2 && source[before - 1] == '=' && (source[before - 2] == '=' || source[before - 2] == '!');
        std::string literal;
        for (++i; i < source.size() && source[i] != '"'; ++i) literal += source[i] == '\\' ? source[++i] : source[i];
        const std::string& inside = calls.back();  // the call the literal is an argument of ("" for a bare group)
        const std::string shown = literal.substr(0, literal.find("##"));
        if (inside != "tr" && inside != "N_" && !compared && has_words(shown) && !kAsWritten.count(shown)) found.push_back(shown);
        word.clear();
      } else if (c == '(') {
        calls.push_back(word);
        word.clear();
      } else if (c == ')') {
        calls.pop_back();
        word.clear();
      } else if (std::isalnum(static_cast<unsigned char>(c)) || c == '_') {
        word += c;
      } else if (c != ':') {
        word.clear();
      }
    }
    at = i;
  }
  return found;
}

std::string all_sources_of(const char* folder) {
  std::string text;
  for (const auto& entry : std::filesystem::directory_iterator(test_support::source_path(folder)))
    if (entry.path().extension() == ".cpp") text += test_support::read_text(std::string(folder) + "/" + entry.path().filename().string());
  return text;
}

}  // namespace

TEST_CASE("no English text reaches the screen without tr(): every literal an ImGui call shows is translated") {
  for (const char* folder : {"shell", "shell/panels"}) {
    CAPTURE(folder);
    for (const std::string& literal : untranslated_in(all_sources_of(folder))) CHECK_MESSAGE(false, "shown untranslated: \"" << literal << "\"");
  }
}

TEST_CASE("the untranslated-literal finder sees literals outside tr(), and only those") {
  const std::string code = R"code(ImGui::Text("%s", x); ImGui::TextColored(ImVec4(1, 0, 0, 1), "reseller"); ImGui::Button(tr("Close"));
    ImGui::Begin("Opening##loading", nullptr); ImGui::Begin("##status"); ImGui::MenuItem(tr("Go to end"), "End");
    ImGui::TextDisabled("%s", ok ? tr("Yes") : "no DAP"); ImGui::BeginTable("gallery", 5); ImGui::Text("%s", ("  ·  resellers: " + list).c_str());
    ImGui::Selectable(tr("system (time passing)"), actor == "system");)code";
  CHECK(untranslated_in(code) == std::vector<std::string>{"reseller", "Opening", "no DAP", "  ·  resellers: "});
}

TEST_CASE("every UI string has a Simplified Chinese translation with the same conversions, and none is unused") {
  std::set<std::string> used;
  for (const char* folder : {"shell", "shell/panels"})
    for (const auto& entry : std::filesystem::directory_iterator(test_support::source_path(folder))) {
      // Headers too: tables of names shown with tr() (kViewNames, kWorldTabs) live there, marked with N_().
      const bool source = entry.path().extension() == ".cpp" || entry.path().extension() == ".hpp";
      if (!source || entry.path().filename() == "strings_zh_hans.cpp") continue;
      for (const std::string& key : keys_in(test_support::read_text(std::string(folder) + "/" + entry.path().filename().string())))
        if (has_words(key)) used.insert(key);
    }
  REQUIRE(used.size() > 200);
  std::set<std::string> translated;
  for (const auto& entry : shell::chinese_strings()) {
    const std::string english = entry.first, chinese = entry.second;
    CAPTURE(english);
    CHECK_MESSAGE(translated.insert(english).second, "translated twice");
    CHECK_MESSAGE(used.count(english) == 1, "no longer used in shell/: remove it from strings_zh_hans.cpp");
    CHECK(conversions(english) == conversions(chinese));
    CHECK_FALSE(chinese.empty());
  }
  for (const std::string& key : used) {
    CAPTURE(key);
    CHECK_MESSAGE(translated.count(key) == 1, "add a translation to shell/strings_zh_hans.cpp");
  }
}

TEST_CASE("tr() follows the chosen language and falls back to English") {
  shell::set_language(shell::Language::ChineseSimplified);
  CHECK(std::string(shell::tr("File")) == "文件");
  CHECK(std::string(shell::tr("a string nobody translated")) == "a string nobody translated");
  shell::set_language(shell::Language::English);
  CHECK(std::string(shell::tr("File")) == "File");
  CHECK(std::string(shell::language_tag(shell::Language::ChineseSimplified)) == "zh-Hans");
}

TEST_CASE("the conversion reader used above sees what printf sees") {
  CHECK(conversions("%s%s  ·  step %zu of %zu  ·  %s") == std::vector<std::string>{"s", "s", "zu", "zu", "s"});
  CHECK(conversions("还有 %zu 步%.0s") == std::vector<std::string>{"zu", "s"});
  CHECK(conversions("100%% done, %d left") == std::vector<std::string>{"d"});
  CHECK_FALSE(has_words("%s: %s"));
  CHECK(has_words("Opening %s"));
}
