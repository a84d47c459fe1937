// i18n.cpp — looking strings up in the translation table (built once into a hash map on first use).
#include "i18n.hpp"

#include <string_view>
#include <unordered_map>

namespace shell {
namespace {

Language g_language = Language::English;

const std::unordered_map<std::string_view, const char*>& chinese_map() {
  static const std::unordered_map<std::string_view, const char*> map = [] {
    std::unordered_map<std::string_view, const char*> m;
    for (const auto& [english, chinese] : chinese_strings()) m.emplace(english, chinese);
    return m;
  }();
  return map;
}

}  // namespace

void set_language(Language language) { g_language = language; }
Language language() { return g_language; }

const char* tr(const char* english) {
  if (g_language == Language::English) return english;
  const auto& map = chinese_map();
  const auto it = map.find(english);
  return it == map.end() ? english : it->second;
}

const char* language_tag(Language language) { return language == Language::English ? "en" : "zh-Hans"; }

}  // namespace shell
