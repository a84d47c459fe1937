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
