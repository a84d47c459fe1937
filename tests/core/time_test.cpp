// time_test.cpp — ISO 8601 timestamps and day durations (reference values computed with Python's calendar.timegm).
#include <doctest/doctest.h>

#include "mpsim/time.hpp"

using namespace core;

TEST_CASE("strict timestamps parse to the same seconds as an independent implementation") {
  CHECK(parse_timestamp("1970-01-01T00:00:00Z") == 0);
  CHECK(parse_timestamp("2018-10-29T09:00:00Z") == 1540803600);
  CHECK(parse_timestamp("2000-02-29T23:59:59Z") == 951868799);
  CHECK(parse_timestamp("2024-12-31T12:00:00Z") == 1735646400);
  CHECK(parse_timestamp("9999-12-31T23:59:59Z") == 253402300799);
}

TEST_CASE("formatting is the inverse of parsing") {
  for (const char* text : {"1970-01-01T00:00:00Z", "2018-10-29T09:00:00Z", "2000-02-29T23:59:59Z", "2100-03-01T00:00:01Z"}) {
    CAPTURE(text);
    const auto t = parse_timestamp(text);
    REQUIRE(t);
    CHECK(format_timestamp(*t) == text);
  }
  CHECK(format_date(1540803600) == "2018-10-29");
}

TEST_CASE("strict timestamps reject what export never writes") {
  for (const char* text : {"2018-10-29", "2018-10-29T09:00:00", "2018-10-29T09:00:00.5Z", "2018-10-29T09:00:00+08:00",
                           "2019-02-29T00:00:00Z", "2018-13-01T00:00:00Z", "2018-04-31T00:00:00Z", "1969-12-31T23:59:59Z",
                           "2018-10-29T24:00:00Z", "2018-1-29T09:00:00Z", "", "yesterday"}) {
    CAPTURE(text);
    CHECK_FALSE(parse_timestamp(text));
  }
}

TEST_CASE("lenient timestamps accept what real API payloads contain") {
  CHECK(parse_timestamp_lenient("2019-03-15T22:29:13.9183419Z") == parse_timestamp("2019-03-15T22:29:13Z"));
  CHECK(parse_timestamp_lenient("2018-10-29T17:00:00+08:00") == 1540803600);
  CHECK(parse_timestamp_lenient("2018-10-29T04:00:00-05:00") == 1540803600);
  CHECK(parse_timestamp_lenient("2018-10-29T09:00:00") == 1540803600);
  CHECK(parse_timestamp_lenient("2018-10-29") == 1540771200);
  CHECK_FALSE(parse_timestamp_lenient("2018-10-29T09:00:00.Z"));
  CHECK_FALSE(parse_timestamp_lenient("2018-10-29T09:00:00+8"));
}

TEST_CASE("durations are whole days") {
  CHECK(parse_duration_days("P90D") == 90);
  CHECK(parse_duration_days("P730D") == 730);
  CHECK(parse_duration_days("P2Y") == 730);
  CHECK(parse_duration_days("P6M") == 180);
  CHECK(parse_duration_days("P1W") == 7);
  CHECK_FALSE(parse_duration_days("PT0S"));
  CHECK_FALSE(parse_duration_days("P3M"));
  CHECK_FALSE(parse_duration_days("90"));
  CHECK_FALSE(parse_duration_days("P-1D"));
  CHECK(format_duration_days(90) == "P90D");
}

// Local times: the wall clock at an offset from UTC. Each expected value is worked out by hand from the UTC time
// (add the offset, carry into the day, month and year).
TEST_CASE("UTC offsets are written the way people read them") {
  CHECK(format_utc_offset(480) == "UTC+8");
  CHECK(format_utc_offset(330) == "UTC+5:30");
  CHECK(format_utc_offset(345) == "UTC+5:45");
  CHECK(format_utc_offset(-180) == "UTC-3");
  CHECK(format_utc_offset(-210) == "UTC-3:30");
  CHECK(format_utc_offset(0) == "UTC");
  CHECK(format_utc_offset(840) == "UTC+14");
}

TEST_CASE("UTC offsets are read from what people and --tz write") {
  CHECK(parse_utc_offset("+08:00") == 480);
  CHECK(parse_utc_offset("+8") == 480);
  CHECK(parse_utc_offset("+08") == 480);
  CHECK(parse_utc_offset("-03:30") == -210);
  CHECK(parse_utc_offset("+0530") == 330);
  CHECK(parse_utc_offset("UTC+8") == 480);
  CHECK(parse_utc_offset("UTC-3:30") == -210);
  CHECK(parse_utc_offset("GMT+1") == 60);
  CHECK(parse_utc_offset("UTC") == 0);
  CHECK(parse_utc_offset("Z") == 0);
  CHECK(parse_utc_offset("-00:00") == 0);
  CHECK(parse_utc_offset("+18:00") == 1080);
  CHECK(parse_utc_offset(" UTC+8 ") == 480);  // surrounding spaces are forgiven
  for (const char* text : {"", "8", "+", "UTC+", "+19", "+18:01", "+8:5", "+08:60", "+123", "+08:00:00", "EST", "+8h"}) {
    CAPTURE(text);
    CHECK_FALSE(parse_utc_offset(text));
  }
}

TEST_CASE("a UTC time shown at an offset: the wall clock there, then the offset") {
  const auto at = [](const char* utc) { return *parse_timestamp(utc); };
  CHECK(format_local_time(at("2018-11-02T08:00:00Z"), 480) == "2018-11-02 16:00 (UTC+8)");
  CHECK(format_local_time(at("2018-11-02T08:00:00Z"), 0) == "2018-11-02 08:00 (UTC)");
  CHECK(format_local_time(at("2018-11-02T08:00:00Z"), 330) == "2018-11-02 13:30 (UTC+5:30)");
  CHECK(format_local_time(at("2018-11-02T08:00:00Z"), 345) == "2018-11-02 13:45 (UTC+5:45)");
  CHECK(format_local_time(at("2018-11-02T08:00:00Z"), -180) == "2018-11-02 05:00 (UTC-3)");
  // Day, month and year boundaries, both ways.
  CHECK(format_local_time(at("2018-11-02T20:00:00Z"), 480) == "2018-11-03 04:00 (UTC+8)");
  CHECK(format_local_time(at("2018-10-31T16:00:00Z"), 480) == "2018-11-01 00:00 (UTC+8)");
  CHECK(format_local_time(at("2018-12-31T16:00:00Z"), 480) == "2019-01-01 00:00 (UTC+8)");
  CHECK(format_local_time(at("2018-12-31T15:59:59Z"), 480) == "2018-12-31 23:59:59 (UTC+8)");
  CHECK(format_local_time(at("2019-01-01T02:00:00Z"), -180) == "2018-12-31 23:00 (UTC-3)");
  CHECK(format_local_time(at("2018-11-02T02:00:00Z"), -210) == "2018-11-01 22:30 (UTC-3:30)");
  // Leap days: 2020 and 2000 have a 29 February, 2019 and 2100 do not.
  CHECK(format_local_time(at("2020-02-28T20:00:00Z"), 480) == "2020-02-29 04:00 (UTC+8)");
  CHECK(format_local_time(at("2020-03-01T02:00:00Z"), -300) == "2020-02-29 21:00 (UTC-5)");
  CHECK(format_local_time(at("2019-02-28T20:00:00Z"), 480) == "2019-03-01 04:00 (UTC+8)");
  CHECK(format_local_time(at("2000-02-28T20:00:00Z"), 480) == "2000-02-29 04:00 (UTC+8)");
  CHECK(format_local_time(at("2100-02-28T20:00:00Z"), 480) == "2100-03-01 04:00 (UTC+8)");
  // Seconds appear only when there are some (imported API times have them).
  CHECK(format_local_time(at("2019-03-15T22:29:13Z"), 480) == "2019-03-16 06:29:13 (UTC+8)");
  // Before 1970 on the wall clock, for the very first second west of Greenwich.
  CHECK(format_local_time(0, -60) == "1969-12-31 23:00 (UTC-1)");
  CHECK(format_wall_clock(at("2018-11-02T08:00:00Z"), 480) == "2018-11-02 16:00");
  CHECK(format_local_date(at("2018-11-02T20:00:00Z"), 480) == "2018-11-03");
  CHECK(format_local_date(at("2018-11-02T20:00:00Z"), 0) == "2018-11-02");
  CHECK(format_local_date(at("2019-01-01T02:00:00Z"), -180) == "2018-12-31");
}

TEST_CASE("typed wall-clock times are read as such; an offset in the text is kept apart") {
  const auto wall = [](const char* text) {
    const auto input = parse_wall_clock(text);
    REQUIRE(input);
    return *input;
  };
  CHECK(wall("2018-11-02 16:00").wall == *parse_timestamp("2018-11-02T16:00:00Z"));
  CHECK_FALSE(wall("2018-11-02 16:00").offset_minutes);
  CHECK(wall("2018-11-02T16:00:30").wall == *parse_timestamp("2018-11-02T16:00:30Z"));
  CHECK(wall(" 2018-11-02  9:05 ").wall == *parse_timestamp("2018-11-02T09:05:00Z"));
  CHECK(wall("2018-11-02").wall == *parse_timestamp("2018-11-02T00:00:00Z"));
  CHECK(wall("2020-02-29 12:00").wall == *parse_timestamp("2020-02-29T12:00:00Z"));
  // The form times are shown in reads back, offset and all; so do ISO 8601 forms.
  CHECK(wall("2018-11-02 16:00 (UTC+8)").offset_minutes == 480);
  CHECK(wall("2018-11-02 (UTC+8)").offset_minutes == 480);
  CHECK(wall("2018-11-02T08:00:00Z").offset_minutes == 0);
  CHECK(wall("2018-11-02T08:00:00Z").wall == *parse_timestamp("2018-11-02T08:00:00Z"));
  CHECK(wall("2018-11-02 13:30 +05:30").offset_minutes == 330);
  CHECK(wall("2018-11-02 13:30 UTC-3").offset_minutes == -180);
  for (const char* text : {"", "16:00", "2018-11-02 16", "2018-11-02 24:00", "2018-11-02 16:60", "2019-02-29 12:00", "2018-13-01",
                           "2018-11-02 16:00 tomorrow", "2018-11-02x", "1969-12-31 23:00", "2018-11-02 16:00 (UTC+19)"}) {
    CAPTURE(text);
    CHECK_FALSE(parse_wall_clock(text));
  }
}

TEST_CASE("UTC timestamps inside a text are shown at the offset of their own instant; the rest is untouched") {
  const auto china = [](Timestamp) { return 480; };
  CHECK(localize_timestamps("the clock moves to 2018-11-02T08:00:00Z; timers due before then have fired.", china) ==
        "the clock moves to 2018-11-02 16:00 (UTC+8); timers due before then have fired.");
  // A zone whose offset changes between the two instants (New York leaves daylight time on 2018-11-04 at 06:00Z).
  const auto new_york = [](Timestamp t) { return t < *parse_timestamp("2018-11-04T06:00:00Z") ? -240 : -300; };
  CHECK(localize_timestamps("clock: time \"2018-11-03T12:00:00Z\" -> \"2018-11-05T12:00:00Z\"", new_york) ==
        "clock: time \"2018-11-03 08:00 (UTC-4)\" -> \"2018-11-05 07:00 (UTC-5)\"");
  // Dates alone, invalid times, times glued to other digits and a text that ends mid-timestamp stay as they are.
  for (const char* text : {"unless it is reactivated by 2018-12-28 (60 days)", "at 2018-13-29T09:00:00Z", "12018-10-29T09:00:00Z",
                           "2018-10-29T09:00:00", "", "ends 2018-10-29T09:00"}) {
    CAPTURE(text);
    CHECK(localize_timestamps(text, china) == text);
  }
}
