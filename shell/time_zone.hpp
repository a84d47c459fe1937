// time_zone.hpp — the time zone the interface shows times in. Files, downloads and the decision log stay in UTC; what
// people read (timeline, decision, world tables, clock, composer, lessons) is shown in this zone, and times they type
// are read in it. Like the language (i18n.hpp), one setting for the whole interface; the core only formats at an
// offset it is given, so the browser's zone (with its daylight saving time) comes in through an offset source.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "mpsim/time.hpp"

namespace shell {

enum class TimeZoneChoice { Browser, ChinaStandard, Utc };
constexpr TimeZoneChoice kTimeZoneChoices[] = {TimeZoneChoice::Browser, TimeZoneChoice::ChinaStandard, TimeZoneChoice::Utc};
constexpr int kChinaStandardOffsetMinutes = 480;  // UTC+8 all year: China has kept no daylight saving time since 1991

// The browser's offset (minutes east of UTC) at an instant, which daylight saving time makes depend on the instant.
// The page sets JavaScript's answer (web::browser_utc_offset_minutes); tests set their own. Until one is set, the
// browser's zone counts as UTC. `zone_name` is what the browser calls its zone ("Asia/Shanghai"), "" if unknown.
using OffsetSource = int (*)(core::Timestamp);
void set_browser_time_zone(OffsetSource source, std::string zone_name);
const std::string& browser_time_zone_name();

// The zone the user chose, or nullopt for the default of the interface language: China Standard Time in Chinese
// (the users of Partner Center operated by 21Vianet), the browser's zone in English.
void choose_time_zone(std::optional<TimeZoneChoice> choice);
std::optional<TimeZoneChoice> chosen_time_zone();
TimeZoneChoice time_zone();  // the one in effect

// The word kept in the browser's settings: "browser", "china", "utc".
const char* time_zone_key(TimeZoneChoice choice);
std::optional<TimeZoneChoice> time_zone_from_key(std::string_view key);
// "China Standard Time (UTC+8)", "Browser's time zone (UTC-4)" (its offset at `at`), "UTC"; in the interface language.
std::string time_zone_label(TimeZoneChoice choice, core::Timestamp at);

// In the zone in effect:
int utc_offset_at(core::Timestamp t);                 // minutes east of UTC at that instant
std::string show_time(core::Timestamp t);             // "2018-11-02 16:00 (UTC+8)"
std::string show_date(core::Timestamp t);             // "2018-11-03": the calendar day there
std::string show_times_in(std::string_view text);     // the engine's UTC timestamps within a text, shown in the zone
// "2018-11-02 16:00": what a time field shows for t (with "(UTC-5)" in the hour a change of offset repeats).
std::string time_field_text(core::Timestamp t);
// A typed time ("2018-11-02 16:00", a date, or with its own offset such as "...Z") as the UTC instant it names;
// nullopt when the text is not a time. A wall-clock time that occurs twice (the hour daylight saving time repeats)
// is the first; one that never occurs (the hour it skips) is read as the wall clock an hour later, as browsers do.
std::optional<core::Timestamp> read_time_field(std::string_view text);

}  // namespace shell
