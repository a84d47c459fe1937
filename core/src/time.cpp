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
  std::int64_t days = t / kSecondsPerDay;
  std::int64_t secs = t % kSecondsPerDay;
  if (secs < 0) {
    secs += kSecondsPerDay;
    --days;
  }
  int y;
  unsigned m, d;
  civil_from_days(days, y, m, d);
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02dZ", y, m, d, static_cast<int>(secs / 3600),
                static_cast<int>(secs / 60 % 60), static_cast<int>(secs % 60));
  return buf;
}

std::string format_date(Timestamp t) { return format_timestamp(t).substr(0, 10); }

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
