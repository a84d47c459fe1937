// time.hpp — the simulated clock's units: UTC seconds since 1970, written as ISO 8601 ("2018-10-29T09:00:00Z").
// Durations in scenarios are whole days ("P90D"), the unit every rule in the sources uses.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace core {

using Timestamp = std::int64_t;  // seconds since 1970-01-01T00:00:00Z
constexpr std::int64_t kSecondsPerDay = 86400;

// Strict form "YYYY-MM-DDTHH:MM:SSZ" (what export writes); years 1970..9999.
std::optional<Timestamp> parse_timestamp(std::string_view text);
// Lenient form for real API payloads: also fractional seconds, "+00:00"-style offsets, a missing "Z".
std::optional<Timestamp> parse_timestamp_lenient(std::string_view text);
std::string format_timestamp(Timestamp t);
// "2018-10-29": the date part only, for tables.
std::string format_date(Timestamp t);

// "P90D" -> 90. Also "P2Y" (730) and "P6M" (180) as Graph uses them. Only whole days; nullopt otherwise.
std::optional<std::int32_t> parse_duration_days(std::string_view text);
std::string format_duration_days(std::int32_t days);

}  // namespace core
