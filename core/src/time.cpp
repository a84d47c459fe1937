// time.cpp — civil-date arithmetic (Howard Hinnant's days_from_civil) and ISO 8601 text forms.
#include "mpsim/time.hpp"

#include <cstdio>

namespace core {
namespace {

std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

void civil_from_days(std::int64_t z, int& y, unsigned& m, unsigned& d) {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  d = doy - (153 * mp + 2) / 5 + 1;
  m = mp < 10 ? mp + 3 : mp - 9;
  y = static_cast<int>(static_cast<std::int64_t>(yoe) + era * 400 + (m <= 2));
}

// The calendar date and clock of a count of seconds since 1970 (before 1970 too).
struct CivilTime {
  int year;
  unsigned month, day;
  int hour, minute, second;
};
CivilTime civil_time(Timestamp t) {
  std::int64_t days = t / kSecondsPerDay;
  std::int64_t secs = t % kSecondsPerDay;
  if (secs < 0) {
    secs += kSecondsPerDay;
    --days;
  }
  CivilTime c{};
  civil_from_days(days, c.year, c.month, c.day);
  c.hour = static_cast<int>(secs / 3600);
  c.minute = static_cast<int>(secs / 60 % 60);
  c.second = static_cast<int>(secs % 60);
  return c;
}

bool digits(std::string_view s, std::size_t at, std::size_t n, int& value) {
  if (at + n > s.size()) return false;
  value = 0;
  for (std::size_t i = at; i < at + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    value = value * 10 + (s[i] - '0');
  }
  return true;
}

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

// Parses "YYYY-MM-DDTHH:MM:SS" at the start of text; `rest` gets what follows.
std::optional<Timestamp> parse_prefix(std::string_view text, std::string_view& rest) {
  int y, mo, d, h, mi, s;
  if (!digits(text, 0, 4, y) || text.size() < 19 || text[4] != '-' || !digits(text, 5, 2, mo) || text[7] != '-' ||
      !digits(text, 8, 2, d) || (text[10] != 'T' && text[10] != 't' && text[10] != ' ') || !digits(text, 11, 2, h) ||
      text[13] != ':' || !digits(text, 14, 2, mi) || text[16] != ':' || !digits(text, 17, 2, s))
    return std::nullopt;
  static const int month_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1970 || mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return std::nullopt;
  if (d > month_days[mo - 1] + (mo == 2 && leap(y) ? 1 : 0)) return std::nullopt;
  rest = text.substr(19);
  return days_from_civil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d)) * kSecondsPerDay + h * 3600 + mi * 60 + s;
}

}  // namespace

std::optional<Timestamp> parse_timestamp(std::string_view text) {
  std::string_view rest;
  const auto t = parse_prefix(text, rest);
  if (!t || rest != "Z") return std::nullopt;
  return t;
}

std::optional<Timestamp> parse_timestamp_lenient(std::string_view text) {
  if (text.size() == 10) {  // a bare date
    std::string d(text);
    d += "T00:00:00Z";
    return parse_timestamp(d);
  }
  std::string_view rest;
  auto t = parse_prefix(text, rest);
  if (!t) return std::nullopt;
  if (!rest.empty() && rest[0] == '.') {  // fractional seconds of any length are dropped
    std::size_t i = 1;
    while (i < rest.size() && rest[i] >= '0' && rest[i] <= '9') ++i;
    if (i == 1) return std::nullopt;
    rest = rest.substr(i);
  }
  if (rest.empty() || rest == "Z" || rest == "z") return t;
  int oh, om;
  if (rest.size() == 6 && (rest[0] == '+' || rest[0] == '-') && digits(rest, 1, 2, oh) && rest[3] == ':' &&
      digits(rest, 4, 2, om) && oh < 24 && om < 60) {
    const std::int64_t offset = oh * 3600 + om * 60;
    return rest[0] == '+' ? *t - offset : *t + offset;
  }
  return std::nullopt;
}

std::string format_timestamp(Timestamp t) {
  const CivilTime c = civil_time(t);
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02dZ", c.year, c.month, c.day, c.hour, c.minute, c.second);
  return buf;
}

std::string format_date(Timestamp t) { return format_timestamp(t).substr(0, 10); }

std::string format_utc_offset(int offset_minutes) {
  if (offset_minutes == 0) return "UTC";
  const int magnitude = offset_minutes < 0 ? -offset_minutes : offset_minutes;
  char buf[24];
  if (magnitude % 60 == 0) std::snprintf(buf, sizeof buf, "UTC%c%d", offset_minutes < 0 ? '-' : '+', magnitude / 60);
  else std::snprintf(buf, sizeof buf, "UTC%c%d:%02d", offset_minutes < 0 ? '-' : '+', magnitude / 60, magnitude % 60);
  return buf;
}

std::optional<int> parse_utc_offset(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  if (text == "Z" || text == "z") return 0;
  bool named = false;
  for (const std::string_view prefix : {"UTC", "utc", "GMT", "gmt"})
    if (text.substr(0, 3) == prefix) {
      text.remove_prefix(3);
      named = true;
      break;
    }
  if (text.empty()) return named ? std::optional<int>(0) : std::nullopt;
  if (text[0] != '+' && text[0] != '-') return std::nullopt;
  const int sign = text[0] == '-' ? -1 : 1;
  text.remove_prefix(1);
  int hours = 0, minutes = 0;
  // H, HH, H:MM, HH:MM or HHMM.
  const std::size_t colon = text.find(':');
  std::string_view h = text, m;
  if (colon != std::string_view::npos) {
    h = text.substr(0, colon);
    m = text.substr(colon + 1);
    if (m.size() != 2) return std::nullopt;
  } else if (text.size() == 4) {
    h = text.substr(0, 2);
    m = text.substr(2);
  }
  if (h.empty() || h.size() > 2 || !digits(h, 0, h.size(), hours) || (!m.empty() && !digits(m, 0, 2, minutes)) || minutes > 59) return std::nullopt;
  const int total = hours * 60 + minutes;
  if (total > kMaxUtcOffsetMinutes) return std::nullopt;
  return sign * total;
}

namespace {

// "2018-11-02 16:00" (and ":SS" when the seconds are not zero) for t shifted by the offset.
std::string wall_clock(Timestamp t, int offset_minutes, bool with_time) {
  const CivilTime c = civil_time(t + static_cast<Timestamp>(offset_minutes) * 60);
  char buf[48];
  if (!with_time) std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", c.year, c.month, c.day);
  else if (c.second == 0) std::snprintf(buf, sizeof buf, "%04d-%02u-%02u %02d:%02d", c.year, c.month, c.day, c.hour, c.minute);
  else std::snprintf(buf, sizeof buf, "%04d-%02u-%02u %02d:%02d:%02d", c.year, c.month, c.day, c.hour, c.minute, c.second);
  return buf;
}

}  // namespace

std::string format_wall_clock(Timestamp t, int offset_minutes) { return wall_clock(t, offset_minutes, true); }

std::string format_local_time(Timestamp t, int offset_minutes) {
  return wall_clock(t, offset_minutes, true) + " (" + format_utc_offset(offset_minutes) + ")";
}

std::string format_local_date(Timestamp t, int offset_minutes) { return wall_clock(t, offset_minutes, false); }

std::optional<WallClockInput> parse_wall_clock(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  int y, mo, d, h = 0, mi = 0, s = 0;
  if (text.size() < 10 || !digits(text, 0, 4, y) || text[4] != '-' || !digits(text, 5, 2, mo) || text[7] != '-' || !digits(text, 8, 2, d))
    return std::nullopt;
  static const int month_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1970 || mo < 1 || mo > 12 || d < 1 || d > month_days[mo - 1] + (mo == 2 && leap(y) ? 1 : 0)) return std::nullopt;
  std::string_view rest = text.substr(10);
  std::string_view clock = rest.empty() ? rest : rest.substr(1);
  while (!clock.empty() && clock.front() == ' ') clock.remove_prefix(1);
  if (!rest.empty() && (rest[0] == 'T' || rest[0] == 't' || rest[0] == ' ') && !clock.empty() && clock[0] >= '0' && clock[0] <= '9') {
    // H:MM or HH:MM, then optionally :SS.
    const std::size_t hour_digits = clock.size() > 1 && clock[1] == ':' ? 1 : 2;
    if (!digits(clock, 0, hour_digits, h) || clock.size() < hour_digits + 3 || clock[hour_digits] != ':' || !digits(clock, hour_digits + 1, 2, mi))
      return std::nullopt;
    rest = clock.substr(hour_digits + 3);
    if (rest.size() >= 3 && rest[0] == ':' && digits(rest, 1, 2, s)) rest = rest.substr(3);
    if (h > 23 || mi > 59 || s > 59) return std::nullopt;
  }
  WallClockInput input;
  input.wall = days_from_civil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d)) * kSecondsPerDay + h * 3600 + mi * 60 + s;
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  // An offset of its own: "Z", "+08:00", "UTC+8", or the form times are shown in, "(UTC+8)".
  if (rest.size() >= 2 && rest.front() == '(' && rest.back() == ')') rest = rest.substr(1, rest.size() - 2);
  if (!rest.empty()) {
    input.offset_minutes = parse_utc_offset(rest);
    if (!input.offset_minutes) return std::nullopt;
  }
  return input;
}

std::string localize_timestamps(std::string_view text, const std::function<int(Timestamp)>& offset_at) {
  constexpr std::size_t kLength = 20;  // "2018-10-29T09:00:00Z"
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    const bool boundary = i == 0 || text[i - 1] < '0' || text[i - 1] > '9';
    if (boundary && i + kLength <= text.size() && text[i + 10] == 'T' && text[i + kLength - 1] == 'Z') {
      if (const auto t = parse_timestamp(text.substr(i, kLength))) {
        out += format_local_time(*t, offset_at(*t));
        i += kLength;
        continue;
      }
    }
    out += text[i++];
  }
  return out;
}

std::optional<std::int32_t> parse_duration_days(std::string_view text) {
  if (text.size() < 3 || text[0] != 'P') return std::nullopt;
  const char unit = text.back();
  std::int64_t n = 0;
  for (std::size_t i = 1; i + 1 < text.size(); ++i) {
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
    n = n * 10 + (text[i] - '0');
    if (n > 100000) return std::nullopt;
  }
  // Graph writes P2Y for 730 days and P6M as 180 days (the auto-extend step); no other calendar arithmetic.
  switch (unit) {
    case 'D': return static_cast<std::int32_t>(n);
    case 'W': return static_cast<std::int32_t>(n * 7);
    case 'M': return n == 6 ? std::optional<std::int32_t>(180) : std::nullopt;
    case 'Y': return static_cast<std::int32_t>(n * 365);
    default: return std::nullopt;
  }
}

std::string format_duration_days(std::int32_t days) { return "P" + std::to_string(days) + "D"; }

}  // namespace core
