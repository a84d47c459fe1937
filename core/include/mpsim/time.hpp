// time.hpp — the simulated clock's units: UTC seconds since 1970, written as ISO 8601 ("2018-10-29T09:00:00Z").
// Durations in scenarios are whole days ("P90D"), the unit every rule in the sources uses.
// Files keep UTC; people read local times, shown at an offset from UTC that the caller supplies (the core knows no
// time-zone database and no clock: the shell asks the browser, the CLI takes --tz).
#pragma once
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace core {

using Timestamp = std::int64_t;  // seconds since 1970-01-01T00:00:00Z
constexpr std::int64_t kSecondsPerDay = 86400;
// The format's range is years 1970..9999: its last moment, and the most days a clock can move within it.
constexpr Timestamp kLastTimestamp = 253'402'300'799;  // 9999-12-31T23:59:59Z
constexpr std::int64_t kMaxClockDays = (kLastTimestamp + 1) / kSecondsPerDay - 1;  // 2,932,896: 1970-01-01 to 9999-12-31

// Strict form "YYYY-MM-DDTHH:MM:SSZ" (what export writes); years 1970..9999.
std::optional<Timestamp> parse_timestamp(std::string_view text);
// Lenient form for real API payloads: also fractional seconds, "+00:00"-style offsets, a missing "Z".
std::optional<Timestamp> parse_timestamp_lenient(std::string_view text);
std::string format_timestamp(Timestamp t);
// "2018-10-29": the date part only, for tables.
std::string format_date(Timestamp t);

// Offsets are minutes east of UTC (China Standard Time: 480), within ±18 hours as ISO 8601 allows.
constexpr int kMaxUtcOffsetMinutes = 18 * 60;
// "UTC+8", "UTC+5:30", "UTC-3", and "UTC" for 0.
std::string format_utc_offset(int offset_minutes);
// "+08:00", "+8", "-03:30", "+0530", "UTC+8", "UTC-3:30", "UTC", "Z" -> minutes; nullopt for anything else.
std::optional<int> parse_utc_offset(std::string_view text);
// The wall clock at that offset, then the offset: "2018-11-02 16:00 (UTC+8)"; seconds are shown only when not zero
// ("2019-03-16 06:29:13 (UTC+8)"), as imported API times carry them.
std::string format_local_time(Timestamp t, int offset_minutes);
// The wall-clock part alone, as a time field holds it: "2018-11-02 16:00" (seconds only when not zero).
std::string format_wall_clock(Timestamp t, int offset_minutes);
// The calendar date at that offset: "2018-11-03" for 2018-11-02T20:00:00Z at UTC+8.
std::string format_local_date(Timestamp t, int offset_minutes);

// What a person types into a time field, read as a wall clock: "2018-11-02 16:00", with seconds, with 'T' for the
// space, or a bare date (midnight). `wall` is that wall clock counted as if it were UTC; `offset_minutes` is set when
// the text names its own offset ("...Z", "...+08:00", "... UTC+8"), and then wins over the zone the field is in.
struct WallClockInput {
  Timestamp wall = 0;
  std::optional<int> offset_minutes;
};
std::optional<WallClockInput> parse_wall_clock(std::string_view text);

// Every strict UTC timestamp in `text` ("2018-10-29T09:00:00Z", as the engine's explanations and diffs quote them)
// replaced by format_local_time at the offset `offset_at` gives for that instant. Other text is kept byte for byte.
std::string localize_timestamps(std::string_view text, const std::function<int(Timestamp)>& offset_at);

// "P90D" -> 90. Also "P2Y" (730) and "P6M" (180) as Graph uses them. Only whole days; nullopt otherwise.
std::optional<std::int32_t> parse_duration_days(std::string_view text);
std::string format_duration_days(std::int32_t days);

}  // namespace core
