// recent_and_links_test.cpp — the File menu's Recent work entries (read from the page's summary, titled in the page's
// language, sized) and the view a share link carries (written and read back; damaged parts named, the rest kept).
// Expected texts are worked out by hand.
#include <doctest/doctest.h>

#include "recent_work.hpp"
#include "share_link.hpp"

TEST_CASE("Recent work entries are read from the page's summary, whatever is wrong with one of them") {
  const auto entries = shell::parse_recent_entries(
      R"([{"en":"A second partner joins","zh":"第二个合作伙伴加入","time":1700000000123,"size":7300},)"
      R"( {"en":"","zh":"","time":"yesterday","size":-4}, 17, {"zh":"只有中文"}])");
  REQUIRE(entries.size() == 4);  // nothing left out: an unreadable entry is still listed (and opens with its problems)
  CHECK(entries[0].title_en == "A second partner joins");
  CHECK(entries[0].time == 1700000000);  // milliseconds from the page, seconds here
  CHECK(entries[0].bytes == 7300);
  CHECK(entries[1].time == 0);
  CHECK(entries[1].bytes == 0);
  CHECK(shell::recent_title(entries[0], shell::Language::ChineseSimplified) == "第二个合作伙伴加入");
  CHECK(shell::recent_title(entries[0], shell::Language::English) == "A second partner joins");
  CHECK(shell::recent_title(entries[3], shell::Language::English) == "只有中文");  // the other language rather than nothing
  CHECK(shell::recent_title(entries[2], shell::Language::English) == "Untitled document");
  CHECK(shell::parse_recent_entries("{\"not\": \"a list\"}").empty());
  CHECK(shell::parse_recent_entries("[{\"en\": \"cut off").empty());
}

TEST_CASE("sizes are shown as people read them") {
  CHECK(shell::size_text(0) == "0 B");
  CHECK(shell::size_text(1023) == "1023 B");
  CHECK(shell::size_text(7300) == "7.1 KB");    // 7300 / 1024 = 7.13
  CHECK(shell::size_text(20480) == "20 KB");
  CHECK(shell::size_text(3565158) == "3.4 MB");  // 3565158 / 1048576 = 3.40
}

TEST_CASE("a share link's view is written and read back, question included") {
  shell::SharedView view;
  view.step = 3;
  view.view = "World";
  view.tab = "Customers";
  view.lesson = "predict";
  core::Event q;
  q.id = "ask";
  q.time = 1541174400;  // 2018-11-02T16:00:00Z
  q.actor = "contoso/li.wei";
  q.action = "change_quantity";
  q.params["subscription"] = std::string("fab-e3");
  q.params["quantity"] = std::int64_t{12};
  q.params["notify"] = true;
  q.params["roles"] = std::vector<std::string>{"Global Administrator", "User Administrator"};
  view.question = q;
  const std::string json = shell::shared_view_json(view);
  CHECK(json == R"({"step":3,"view":"World","tab":"Customers","lesson":"predict","question":{"id":"ask","time":"2018-11-02T16:00:00Z",)"
                R"("actor":"contoso/li.wei","action":"change_quantity","params":{"notify":true,"quantity":12,)"
                R"("roles":["Global Administrator","User Administrator"],"subscription":"fab-e3"}}})");
  const shell::SharedViewRead read = shell::read_shared_view(json);
  CHECK(read.problems.empty());
  CHECK(read.view == view);
  CHECK(shell::shared_view_json(shell::SharedView{}) == R"({"step":0})");
}

TEST_CASE("a damaged share link's view keeps what it can and names what it cannot") {
  const shell::SharedViewRead read = shell::read_shared_view(R"({"step":4,"view":7,"lesson":"quiz","question":{"id":"q","actor":"x/y"}})");
  CHECK(read.view.step == 4);
  CHECK(read.view.view.empty());
  CHECK(read.view.lesson.empty());
  CHECK(!read.view.question);
  REQUIRE(read.problems.size() == 3);
  CHECK(read.problems[0] == "The link's view could not be read.");
  CHECK(read.problems[1] == "The link's lesson mode is not one this version knows.");
  CHECK(read.problems[2] == "The link's question could not be read.");
  const shell::SharedViewRead cut = shell::read_shared_view(R"({"step":4,"vi)");
  CHECK(cut.view.step == 0);
  REQUIRE(cut.problems.size() == 1);
  CHECK(cut.problems[0] == "The link's step and view could not be read; the scenario opens at its start.");
  CHECK(shell::read_shared_view(R"({"step":-2})").problems.size() == 1);
}
