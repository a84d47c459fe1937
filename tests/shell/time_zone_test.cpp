// time_zone_test.cpp — the interface's time zone: its default follows the language, a choice overrides it, times are
// shown and read in it (daylight saving time included), and the browser is asked once per quarter hour. The browser is
// played by fake offset sources with New York's and St. John's 2018 rules; every expected time is worked out by hand.
#include <doctest/doctest.h>

#include <string>

#include "i18n.hpp"
#include "time_zone.hpp"

namespace {

core::Timestamp utc(const char* text) { return *core::parse_timestamp(text); }

int g_calls = 0;
// New York in 2018: EST (UTC-5) until 2018-03-11 07:00Z, EDT (UTC-4) until 2018-11-04 06:00Z, then EST again.
int new_york_2018(core::Timestamp t) {
  ++g_calls;
  return t >= utc("2018-03-11T07:00:00Z") && t < utc("2018-11-04T06:00:00Z") ? -240 : -300;
}
// St. John's, Newfoundland, in autumn 2018: NDT (UTC-2:30) until 2018-11-04 04:30Z, then NST (UTC-3:30).
int st_johns_2018(core::Timestamp t) {
  ++g_calls;
  return t < utc("2018-11-04T04:30:00Z") ? -150 : -210;
}
int broken(core::Timestamp) { return 100000; }

// Each case starts in English, with no choice made and New York as the browser's zone.
struct Fresh {
  Fresh() {
    shell::set_language(shell::Language::English);
    shell::choose_time_zone(std::nullopt);
    shell::set_browser_time_zone(&new_york_2018, "America/New_York");
    g_calls = 0;
  }
  ~Fresh() { shell::set_language(shell::Language::English); }
};

}  // namespace

TEST_CASE_FIXTURE(Fresh, "the default zone follows the language until the user chooses one") {
  CHECK(shell::time_zone() == shell::TimeZoneChoice::Browser);
  shell::set_language(shell::Language::ChineseSimplified);
  CHECK(shell::time_zone() == shell::TimeZoneChoice::ChinaStandard);
  shell::choose_time_zone(shell::TimeZoneChoice::Utc);
  CHECK(shell::time_zone() == shell::TimeZoneChoice::Utc);
  shell::set_language(shell::Language::English);
  CHECK(shell::time_zone() == shell::TimeZoneChoice::Utc);
  CHECK(shell::chosen_time_zone() == shell::TimeZoneChoice::Utc);
  shell::choose_time_zone(std::nullopt);
  CHECK(shell::time_zone() == shell::TimeZoneChoice::Browser);
}

TEST_CASE_FIXTURE(Fresh, "times and dates are shown in the zone in effect") {
  const core::Timestamp t = utc("2018-11-02T08:00:00Z");
  CHECK(shell::show_time(t) == "2018-11-02 04:00 (UTC-4)");
  CHECK(shell::show_time(utc("2018-11-05T12:00:00Z")) == "2018-11-05 07:00 (UTC-5)");  // daylight saving time has ended
  CHECK(shell::show_date(utc("2018-11-03T02:00:00Z")) == "2018-11-02");
  shell::choose_time_zone(shell::TimeZoneChoice::ChinaStandard);
  CHECK(shell::show_time(t) == "2018-11-02 16:00 (UTC+8)");
  CHECK(shell::show_date(utc("2018-11-02T20:00:00Z")) == "2018-11-03");
  CHECK(shell::time_field_text(t) == "2018-11-02 16:00");
  CHECK(shell::utc_offset_at(t) == 480);
  shell::choose_time_zone(shell::TimeZoneChoice::Utc);
  CHECK(shell::show_time(t) == "2018-11-02 08:00 (UTC)");
  shell::choose_time_zone(shell::TimeZoneChoice::Browser);
  CHECK(shell::show_times_in("the clock moves to 2018-11-05T12:00:00Z.") == "the clock moves to 2018-11-05 07:00 (UTC-5).");
}

TEST_CASE_FIXTURE(Fresh, "typed times are read in the zone in effect and kept as UTC instants") {
  shell::choose_time_zone(shell::TimeZoneChoice::ChinaStandard);
  CHECK(shell::read_time_field("2018-11-02 16:00") == utc("2018-11-02T08:00:00Z"));
  CHECK(shell::read_time_field("2018-11-03") == utc("2018-11-02T16:00:00Z"));
  CHECK(shell::read_time_field("2018-11-02T08:00:00Z") == utc("2018-11-02T08:00:00Z"));  // its own offset wins
  CHECK_FALSE(shell::read_time_field("next Tuesday"));
  shell::choose_time_zone(shell::TimeZoneChoice::Browser);
  CHECK(shell::read_time_field("2018-11-02 04:00") == utc("2018-11-02T08:00:00Z"));
  CHECK(shell::read_time_field("2018-11-05 07:00") == utc("2018-11-05T12:00:00Z"));
  CHECK(shell::read_time_field("2018-11-02 16:00 (UTC+8)") == utc("2018-11-02T08:00:00Z"));
  // 01:30 happens twice on 2018-11-04 in New York: the first (EDT, 05:30Z) is meant, as browsers read it.
  CHECK(shell::read_time_field("2018-11-04 01:30") == utc("2018-11-04T05:30:00Z"));
  // 02:30 never happens on 2018-03-11: read as 03:30 EDT, one hour later on the wall clock.
  CHECK(shell::read_time_field("2018-03-11 02:30") == utc("2018-03-11T07:30:00Z"));
  // The second 01:00 of that day says so, or it would read back as the first.
  CHECK(shell::time_field_text(utc("2018-11-04T06:00:00Z")) == "2018-11-04 01:00 (UTC-5)");
  CHECK(shell::time_field_text(utc("2018-11-04T05:00:00Z")) == "2018-11-04 01:00");
  // What a field shows reads back as the same instant, on both sides of each change.
  for (const char* text : {"2018-03-11T06:59:00Z", "2018-03-11T07:00:00Z", "2018-11-04T05:59:00Z", "2018-11-04T06:00:00Z", "2018-07-01T12:34:56Z"}) {
    CAPTURE(text);
    CHECK(shell::read_time_field(shell::time_field_text(utc(text))) == utc(text));
  }
}

TEST_CASE_FIXTURE(Fresh, "the browser is asked once per quarter hour, which is exact where offsets change on the half hour") {
  shell::set_browser_time_zone(&st_johns_2018, "America/St_Johns");
  g_calls = 0;
  CHECK(shell::show_time(utc("2018-11-04T04:29:00Z")) == "2018-11-04 01:59 (UTC-2:30)");
  CHECK(shell::show_time(utc("2018-11-04T04:20:00Z")) == "2018-11-04 01:50 (UTC-2:30)");
  CHECK(g_calls == 1);  // the same quarter hour: answered from the cache
  CHECK(shell::show_time(utc("2018-11-04T04:31:00Z")) == "2018-11-04 01:01 (UTC-3:30)");
  CHECK(g_calls == 2);
  // A new source forgets the old one's answers.
  shell::set_browser_time_zone(&new_york_2018, "America/New_York");
  CHECK(shell::show_time(utc("2018-11-04T04:29:00Z")) == "2018-11-04 00:29 (UTC-4)");
  CHECK(g_calls == 3);
}

TEST_CASE_FIXTURE(Fresh, "an offset no zone has counts as UTC; no source at all is UTC") {
  shell::set_browser_time_zone(&broken, "");
  CHECK(shell::show_time(utc("2018-11-02T08:00:00Z")) == "2018-11-02 08:00 (UTC)");
  shell::set_browser_time_zone(nullptr, "");
  CHECK(shell::show_time(utc("2018-11-02T08:00:00Z")) == "2018-11-02 08:00 (UTC)");
}

TEST_CASE_FIXTURE(Fresh, "zones are named in the interface language and kept under stable keys") {
  const core::Timestamp t = utc("2018-11-02T08:00:00Z");
  CHECK(shell::time_zone_label(shell::TimeZoneChoice::Browser, t) == "Browser's time zone (America/New_York, UTC-4)");
  CHECK(shell::time_zone_label(shell::TimeZoneChoice::Browser, utc("2018-12-01T00:00:00Z")) == "Browser's time zone (America/New_York, UTC-5)");
  CHECK(shell::time_zone_label(shell::TimeZoneChoice::ChinaStandard, t) == "China Standard Time (UTC+8)");
  CHECK(shell::time_zone_label(shell::TimeZoneChoice::Utc, t) == "Coordinated Universal Time (UTC)");
  shell::set_language(shell::Language::ChineseSimplified);
  CHECK(shell::time_zone_label(shell::TimeZoneChoice::ChinaStandard, t) == "中国标准时间 (UTC+8)");
  for (const shell::TimeZoneChoice zone : shell::kTimeZoneChoices) CHECK(shell::time_zone_from_key(shell::time_zone_key(zone)) == zone);
  CHECK(std::string(shell::time_zone_key(shell::TimeZoneChoice::ChinaStandard)) == "china");
  CHECK_FALSE(shell::time_zone_from_key("Asia/Shanghai"));
  CHECK_FALSE(shell::time_zone_from_key(""));
}
