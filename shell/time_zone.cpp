// time_zone.cpp — the zone in effect and the browser's offsets, asked once per quarter hour of time shown.
#include "time_zone.hpp"

#include <unordered_map>

#include "i18n.hpp"

namespace shell {
namespace {

std::optional<TimeZoneChoice> g_chosen;
OffsetSource g_browser_source = nullptr;
std::string g_browser_name;

// The browser's offsets by quarter hour since 1970. Every zone in use changes its offset at a whole quarter hour of
// UTC (Newfoundland at 05:30Z, Lord Howe Island at 15:30Z: an hourly cache would be wrong for half an hour there),
// so one answer serves its whole quarter. Cleared when full: a long scenario can show many distinct times.
constexpr core::Timestamp kCacheSeconds = 15 * 60;
constexpr std::size_t kCacheLimit = 1 << 16;
std::unordered_map<core::Timestamp, int>& browser_cache() {
  static std::unordered_map<core::Timestamp, int> cache;
  return cache;
}

int browser_offset_at(core::Timestamp t) {
  if (!g_browser_source) return 0;
  const core::Timestamp quarter = (t >= 0 ? t : t - kCacheSeconds + 1) / kCacheSeconds;
  auto& cache = browser_cache();
  if (const auto it = cache.find(quarter); it != cache.end()) return it->second;
  if (cache.size() >= kCacheLimit) cache.clear();
  const int offset = g_browser_source(quarter * kCacheSeconds);
  // A broken source must not make times unreadable: an offset no zone has counts as UTC.
  const int sane = offset >= -core::kMaxUtcOffsetMinutes && offset <= core::kMaxUtcOffsetMinutes ? offset : 0;
  cache.emplace(quarter, sane);
  return sane;
}

int offset_in(TimeZoneChoice zone, core::Timestamp t) {
  switch (zone) {
    case TimeZoneChoice::Browser: return browser_offset_at(t);
    case TimeZoneChoice::ChinaStandard: return kChinaStandardOffsetMinutes;
    case TimeZoneChoice::Utc: return 0;
  }
  return 0;
}

}  // namespace

void set_browser_time_zone(OffsetSource source, std::string zone_name) {
  g_browser_source = source;
  g_browser_name = std::move(zone_name);
  browser_cache().clear();
}

const std::string& browser_time_zone_name() { return g_browser_name; }

void choose_time_zone(std::optional<TimeZoneChoice> choice) { g_chosen = choice; }
std::optional<TimeZoneChoice> chosen_time_zone() { return g_chosen; }

TimeZoneChoice time_zone() {
  if (g_chosen) return *g_chosen;
  return language() == Language::ChineseSimplified ? TimeZoneChoice::ChinaStandard : TimeZoneChoice::Browser;
}

const char* time_zone_key(TimeZoneChoice choice) {
  switch (choice) {
    case TimeZoneChoice::Browser: return "browser";
    case TimeZoneChoice::ChinaStandard: return "china";
    case TimeZoneChoice::Utc: return "utc";
  }
  return "browser";
}

std::optional<TimeZoneChoice> time_zone_from_key(std::string_view key) {
  for (const TimeZoneChoice choice : kTimeZoneChoices)
    if (key == time_zone_key(choice)) return choice;
  return std::nullopt;
}

std::string time_zone_label(TimeZoneChoice choice, core::Timestamp at) {
  const char* format = choice == TimeZoneChoice::Browser ? tr("Browser's time zone (%s)")
                       : choice == TimeZoneChoice::ChinaStandard ? tr("China Standard Time (%s)")
                                                                 : tr("Coordinated Universal Time (%s)");
  std::string detail = core::format_utc_offset(offset_in(choice, at));
  if (choice == TimeZoneChoice::Browser && !g_browser_name.empty()) detail = g_browser_name + ", " + detail;
  // The one conversion is a %s (the strings test keeps translations to the same conversions).
  const std::string_view text(format);
  const std::size_t at_conversion = text.find("%s");
  if (at_conversion == std::string_view::npos) return std::string(text);
  return std::string(text.substr(0, at_conversion)) + detail + std::string(text.substr(at_conversion + 2));
}

int utc_offset_at(core::Timestamp t) { return offset_in(time_zone(), t); }
std::string show_time(core::Timestamp t) { return core::format_local_time(t, utc_offset_at(t)); }
std::string show_date(core::Timestamp t) { return core::format_local_date(t, utc_offset_at(t)); }
std::string show_times_in(std::string_view text) { return core::localize_timestamps(text, utc_offset_at); }
std::string time_field_text(core::Timestamp t) {
  const int offset = utc_offset_at(t);
  const std::string wall = core::format_wall_clock(t, offset);
  // The second pass of the hour daylight saving time repeats would read back as the first: say which one it is.
  return read_time_field(wall) == t ? wall : wall + " (" + core::format_utc_offset(offset) + ")";
}

std::optional<core::Timestamp> read_time_field(std::string_view text) {
  const std::optional<core::WallClockInput> input = core::parse_wall_clock(text);
  if (!input) return std::nullopt;
  if (input->offset_minutes) return input->wall - static_cast<core::Timestamp>(*input->offset_minutes) * 60;
  // The instant whose wall clock reads `wall`: guess with the offset at the wall clock taken as UTC, correct once.
  const auto instant = [&](int offset) { return input->wall - static_cast<core::Timestamp>(offset) * 60; };
  const int first = utc_offset_at(instant(utc_offset_at(input->wall)));
  const core::Timestamp t = instant(first);
  const int there = utc_offset_at(t);
  // In a skipped hour no instant fits: the offset after the change gives the wall clock an hour later.
  return there == first ? t : instant(there);
}

}  // namespace shell
