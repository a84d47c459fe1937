// recent_work.cpp — reading the page's Recent work summary and the words the File menu shows for an entry.
#include "recent_work.hpp"

#include <cstdio>

#include "mpsim/json_value.hpp"

namespace shell {

std::vector<RecentEntry> parse_recent_entries(std::string_view json) {
  std::vector<RecentEntry> entries;
  const core::Result<core::JsonValue> parsed = core::parse_json_value(json);
  if (!parsed.ok() || parsed.value->type != core::JsonType::Array) return entries;
  for (const core::JsonValue& item : parsed.value->items) {
    RecentEntry entry;
    const auto text = [&](std::string_view key) {
      const core::JsonValue* v = item.get(key);
      return v && v->is_string() ? v->text : std::string();
    };
    const auto number = [&](std::string_view key) -> std::int64_t {
      const core::JsonValue* v = item.get(key);
      return v && v->type == core::JsonType::Number && v->fits_int64 && v->integer > 0 ? v->integer : 0;
    };
    entry.title_en = text("en");
    entry.title_zh = text("zh");
    entry.time = number("time") / 1000;
    entry.bytes = static_cast<std::uint64_t>(number("size"));
    entries.push_back(std::move(entry));
  }
  return entries;
}

std::string recent_title(const RecentEntry& entry, Language language) {
  const std::string& first = language == Language::ChineseSimplified ? entry.title_zh : entry.title_en;
  const std::string& other = language == Language::ChineseSimplified ? entry.title_en : entry.title_zh;
  if (!first.empty()) return first;
  return other.empty() ? std::string(tr("Untitled document")) : other;
}

std::string size_text(std::uint64_t bytes) {
  char text[32];
  if (bytes < 1024) {
    std::snprintf(text, sizeof text, "%llu B", static_cast<unsigned long long>(bytes));
    return text;
  }
  const char* unit = "KB";
  double amount = static_cast<double>(bytes) / 1024.0;
  if (amount >= 1024.0) {
    amount /= 1024.0;
    unit = "MB";
  }
  if (amount < 9.95) std::snprintf(text, sizeof text, "%.1f %s", amount, unit);
  else std::snprintf(text, sizeof text, "%.0f %s", amount, unit);
  return text;
}

}  // namespace shell
