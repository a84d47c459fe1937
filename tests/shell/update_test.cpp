// update_test.cpp — the page's one update function (shell/update.hpp) without ImGui or a browser: branching and undo,
// what is and is not a change, opening another scenario, effects as data, lessons, and the undo history's memory bound.
// The scenario is the bundled second-partner-joins.json (send-link, accept, reduce-seats; expectations after accept and
// reduce-seats); the expected timelines are worked out from that file by hand, and "byte for byte" compares with it.
#include <doctest/doctest.h>

#include <string>

#include "../test_support.hpp"
#include "i18n.hpp"
#include "mpsim/scenario_io.hpp"
#include "update.hpp"

namespace {

using shell::AppState;

const char* const kFile = "second-partner-joins.json";

std::string file_text() { return test_support::read_text(std::string("web/scenarios/") + kFile); }

shell::ScenarioOpened opened(const std::string& source, const std::string& text, bool undoable = true) {
  core::Result<core::Scenario> loaded = core::load_scenario(text);
  REQUIRE(loaded.ok());
  return shell::ScenarioOpened{source, std::move(*loaded.value), std::nullopt, false, undoable};
}

// Runs intents in order, as App::apply does; the effects of the last one are kept in `effects`.
AppState run(AppState state, std::vector<shell::Intent> intents, shell::Effects* effects = nullptr) {
  for (shell::Intent& intent : intents) {
    shell::Update next = shell::update(std::move(state), std::move(intent));
    state = std::move(next.state);
    if (effects) *effects = std::move(next.effects);
  }
  return state;
}

AppState with_file_open() { return run(AppState{}, {opened(kFile, file_text(), false)}); }

// northwind asks to raise fabrikam's seats to 40 instead of reducing them (a what-if at step 2).
core::Event raise_seats() {
  core::Event e;
  e.actor = "northwind/chen.jing";
  e.action = "change_quantity";
  e.params["subscription"] = std::string("fab-e3");
  e.params["quantity"] = std::int64_t{40};
  return e;
}

std::vector<std::string> event_ids(const AppState& s) {
  std::vector<std::string> ids;
  for (const core::Event& e : s.open->timeline.scenario().events) ids.push_back(e.id);
  return ids;
}

}  // namespace

TEST_CASE("Apply here drops the later steps; Undo gives them and their expectations back byte for byte; Redo reapplies") {
  shell::set_language(shell::Language::English);
  AppState s = with_file_open();
  REQUIRE(shell::scenario_json(s) == file_text());  // the bundled file is canonical: the oracle is the file itself
  CHECK(s.history.undo.empty());                    // what the page opens as it starts is not a change

  s = run(std::move(s), {shell::SeekTo{2}, shell::ApplyEvent{raise_seats()}});
  CHECK(event_ids(s) == std::vector<std::string>{"send-link", "accept", "step-3"});
  REQUIRE(s.open->timeline.scenario().expectations.size() == 1);  // reduce-seats' expectation went with it
  CHECK(s.open->timeline.scenario().expectations[0].after == "accept");
  CHECK(s.open->timeline.position() == 3);
  CHECK(s.open->modified);
  REQUIRE(s.history.undo.size() == 1);
  CHECK(shell::describe(s.history.undo.back()) == "apply change_quantity at step 3");
  const std::string applied = shell::scenario_json(s);

  s = run(std::move(s), {shell::Undo{}});
  CHECK(shell::scenario_json(s) == file_text());
  CHECK(event_ids(s) == std::vector<std::string>{"send-link", "accept", "reduce-seats"});
  CHECK(s.open->timeline.position() == 2);  // back where the user was when they applied
  CHECK_FALSE(s.open->modified);
  CHECK(s.history.undo.empty());
  REQUIRE(s.history.redo.size() == 1);
  CHECK(shell::describe(s.history.redo.back()) == "apply change_quantity at step 3");
  CHECK(s.notice == "Undone: apply change_quantity at step 3");

  s = run(std::move(s), {shell::Redo{}});
  CHECK(shell::scenario_json(s) == applied);
  CHECK(s.open->timeline.position() == 3);
  CHECK(s.open->modified);
  CHECK(s.history.redo.empty());
  CHECK(s.history.undo.size() == 1);

  // And back again: undo and redo can be repeated without drifting.
  s = run(std::move(s), {shell::Undo{}, shell::Redo{}, shell::Undo{}});
  CHECK(shell::scenario_json(s) == file_text());
}

TEST_CASE("the change is named in the interface language") {
  AppState s = run(with_file_open(), {shell::SeekTo{2}, shell::ApplyEvent{raise_seats()}});
  shell::set_language(shell::Language::ChineseSimplified);
  CHECK(shell::describe(s.history.undo.back()) == "应用 change_quantity（第 3 步）");
  shell::set_language(shell::Language::English);
}

TEST_CASE("moving along the timeline, asking a question, playing a lesson and choosing views are not changes") {
  AppState s = run(with_file_open(), {shell::SeekTo{3}, shell::StepBy{-1}, shell::SetPlaying{true}, shell::SetPlaying{false},
                                      shell::AskEvent{raise_seats()}, shell::SelectEntity{"fabrikam"}, shell::SelectPerspective{"northwind", ""},
                                      shell::StartLesson{false}, shell::LessonNext{}, shell::StopLesson{}, shell::EditStep{3}});
  CHECK(s.history.undo.empty());
  CHECK(shell::scenario_json(s) == file_text());
  REQUIRE(s.answer.has_value());  // the question was answered without changing anything
}

TEST_CASE("Edit this step puts the request back in the composer (an effect) and the Apply that follows is undone as one change") {
  shell::Effects fx;
  AppState s = run(with_file_open(), {shell::EditStep{3}}, &fx);
  REQUIRE(fx.size() == 1);
  const auto* fill = std::get_if<shell::FillComposer>(&fx[0]);
  REQUIRE(fill);
  CHECK(fill->event.id == "reduce-seats");
  CHECK(s.open->timeline.position() == 2);  // just before the step being edited
  core::Event edited = fill->event;
  edited.id.clear();
  edited.params["quantity"] = std::int64_t{25};
  s = run(std::move(s), {shell::ApplyEvent{edited}});
  CHECK(event_ids(s) == std::vector<std::string>{"send-link", "accept", "step-3"});
  s = run(std::move(s), {shell::Undo{}});
  CHECK(shell::scenario_json(s) == file_text());
}

TEST_CASE("a new change after Undo forgets what Redo would have made") {
  AppState s = run(with_file_open(), {shell::SeekTo{2}, shell::ApplyEvent{raise_seats()}, shell::Undo{}});
  REQUIRE(s.history.redo.size() == 1);
  s = run(std::move(s), {shell::SeekTo{1}, shell::ApplyEvent{raise_seats()}});
  CHECK(s.history.redo.empty());
  CHECK(event_ids(s) == std::vector<std::string>{"send-link", "step-2"});
  CHECK(shell::describe(s.history.undo.back()) == "apply change_quantity at step 2");
}

TEST_CASE("opening another scenario is a change: Undo brings back the work it replaced, with its changes") {
  const std::string other = test_support::read_text("web/scenarios/cn-dap-returns.json");
  AppState s = run(with_file_open(), {shell::SeekTo{2}, shell::ApplyEvent{raise_seats()}});
  const std::string work = shell::scenario_json(s);
  s = run(std::move(s), {opened("cn-dap-returns.json", other)});
  CHECK(s.open->source == "cn-dap-returns.json");
  REQUIRE(s.history.undo.size() == 2);
  CHECK(shell::describe(s.history.undo.back()) == "open cn-dap-returns.json");
  s = run(std::move(s), {shell::Undo{}});
  CHECK(s.open->source == kFile);
  CHECK(shell::scenario_json(s) == work);
  CHECK(s.open->modified);                  // still the user's changed work (autosave keeps it as such)
  CHECK(s.open->timeline.position() == 3);  // on the step they left
  s = run(std::move(s), {shell::Redo{}});
  CHECK(shell::scenario_json(s) == other);
  s = run(std::move(s), {shell::Undo{}, shell::Undo{}});
  CHECK(shell::scenario_json(s) == file_text());
}

TEST_CASE("what must happen outside the state comes back as effects") {
  shell::Effects fx;
  AppState s = run(with_file_open(), {shell::StartDownload{shell::Download::Scenario}}, &fx);
  REQUIRE(fx.size() == 1);
  const auto* file = std::get_if<shell::DownloadFile>(&fx[0]);
  REQUIRE(file);
  CHECK(file->name == "second-partner-joins.json");
  CHECK(file->mime == "application/json");
  CHECK(file->text == file_text());
  s = run(std::move(s), {shell::CopyShareLink{}}, &fx);
  REQUIRE(fx.size() == 1);
  CHECK(std::get<shell::ShareScenario>(fx[0]).scenario_json == file_text());
  s = run(std::move(s), {shell::SelectTimeZone{shell::TimeZoneChoice::Utc}}, &fx);
  REQUIRE(fx.size() == 2);
  CHECK(std::get<shell::UseTimeZone>(fx[0]).zone == shell::TimeZoneChoice::Utc);
  CHECK(std::get<shell::SaveSetting>(fx[1]).key == "time_zone");
  CHECK(std::get<shell::SaveSetting>(fx[1]).value == "utc");
  s = run(std::move(s), {shell::RequestOpenFile{}}, &fx);
  CHECK(std::holds_alternative<shell::OpenFilePicker>(fx.at(0)));
  s = run(std::move(s), {shell::OpenBundledScenario{"cn-dap-returns.json"}}, &fx);
  CHECK(std::get<shell::LoadBundled>(fx.at(0)).name == "cn-dap-returns.json");
  CHECK(s.open->source == kFile);  // the platform layer loads it, then reports ScenarioOpened
}

TEST_CASE("a predict lesson: each request hidden until guessed, the score kept as a setting, nothing changed or undoable meanwhile") {
  shell::Effects fx;
  AppState s = run(with_file_open(), {shell::StartLesson{true}});
  REQUIRE(s.lesson.has_value());
  CHECK(s.lesson->awaiting_prediction);
  CHECK(s.open->timeline.position() == 0);
  // Changing the timeline waits until the lesson is left.
  s = run(std::move(s), {shell::ApplyEvent{raise_seats()}});
  CHECK(s.history.undo.empty());
  CHECK(s.notice == "Leave the lesson (Scenario menu) to move freely");
  // send-link is allowed, accept is allowed (its expectation), reduce-seats is refused (its expectation): two of three right.
  s = run(std::move(s), {shell::PredictDecision{core::Decision::Applied}, shell::LessonNext{}, shell::PredictDecision{core::Decision::Applied},
                         shell::LessonNext{}, shell::PredictDecision{core::Decision::Applied}});
  CHECK(s.lesson->answered == 3);
  CHECK(s.lesson->correct == 2);
  s = run(std::move(s), {shell::LessonNext{}}, &fx);
  CHECK(s.lesson->finished);
  REQUIRE(fx.size() == 1);
  CHECK(std::get<shell::SaveSetting>(fx[0]).key == "scores");
  CHECK(std::get<shell::SaveSetting>(fx[0]).value == "{\"second-partner-joins.json\":[2,3]}");
  CHECK(shell::parse_lesson_scores(std::get<shell::SaveSetting>(fx[0]).value) == shell::LessonScores{{kFile, {2, 3}}});
  CHECK(s.history.undo.empty());
}

TEST_CASE("the gallery's choices are intents: the dialog closes through update, not while it draws") {
  AppState s = run(with_file_open(), {shell::ShowGallery{}});
  CHECK(s.gallery_open);
  s = run(std::move(s), {opened("cn-dap-returns.json", test_support::read_text("web/scenarios/cn-dap-returns.json"))});
  CHECK_FALSE(s.gallery_open);
  s = run(std::move(s), {shell::ShowGallery{}, shell::CloseDialogs{}});
  CHECK_FALSE(s.gallery_open);
}

TEST_CASE("the history's memory stays bounded: the oldest changes go first, the newest is always kept") {
  shell::History h;
  const auto change_holding = [](std::size_t events) {
    shell::Change c;
    shell::ScenarioEdit edit;
    edit.tail.resize(events);
    c.restore = std::move(edit);
    return c;
  };
  // 120 small changes: only the last kMaxChanges stay.
  for (std::size_t i = 0; i < 120; ++i) {
    shell::Change c = change_holding(1);
    c.step = i;
    shell::record(h, std::move(c));
  }
  CHECK(h.undo.size() == shell::kMaxChanges);
  CHECK(h.undo.front().step == 20);
  CHECK(h.undo.back().step == 119);
  // Changes holding 100,000 events each: three fit in 300,000 (with the small ones dropped first), a fourth pushes out the oldest.
  for (std::size_t i = 0; i < 4; ++i) shell::record(h, change_holding(100000));
  std::size_t held = 0;
  for (const shell::Change& c : h.undo) held += shell::held_events(c);
  CHECK(held <= shell::kMaxHeldEvents);
  CHECK(h.undo.size() == 3);
  // One change larger than the whole budget is still kept: the last change can always be undone.
  shell::record(h, change_holding(shell::kMaxHeldEvents + 1));
  CHECK(h.undo.size() == 1);
}

// ---- Recent work and share links, through the same update (File > Recent work, #s2= links; issue 18 items 3-4).

namespace {

// What the page kept in Recent work while the last intent ran (the KeepRecent effects), in order.
std::vector<shell::KeepRecent> kept(const shell::Effects& fx) {
  std::vector<shell::KeepRecent> out;
  for (const shell::Effect& e : fx)
    if (const auto* k = std::get_if<shell::KeepRecent>(&e)) out.push_back(*k);
  return out;
}

}  // namespace

TEST_CASE("a Recent-work entry opened over changed work: the work is kept first, and Undo gives it back byte for byte") {
  const std::string other = test_support::read_text("web/scenarios/cn-dap-returns.json");
  shell::Effects fx;
  AppState s = run(with_file_open(), {shell::SeekTo{2}, shell::ApplyEvent{raise_seats()}});
  const std::string work = shell::scenario_json(s);
  // Choosing the entry asks the page for its text; nothing changes until it comes back.
  s = run(std::move(s), {shell::OpenRecent{1}}, &fx);
  REQUIRE(fx.size() == 1);
  CHECK(std::get<shell::OpenRecentDocument>(fx[0]).index == 1);
  CHECK(shell::scenario_json(s) == work);
  // The page opens the entry's text like a file: the changed work goes to Recent work before it is replaced.
  s = run(std::move(s), {opened("Recent work: Partner Center basics", other)}, &fx);
  REQUIRE(kept(fx).size() == 1);
  CHECK(kept(fx)[0].scenario_json == work);
  CHECK(kept(fx)[0].changed);
  CHECK(shell::scenario_json(s) == other);
  CHECK(shell::describe(s.history.undo.back()) == "open Recent work: Partner Center basics");
  s = run(std::move(s), {shell::Undo{}});
  CHECK(shell::scenario_json(s) == work);
  CHECK(s.open->source == kFile);
  CHECK(s.open->modified);
  CHECK(s.open->timeline.position() == 3);
  s = run(std::move(s), {shell::Redo{}}, &fx);
  CHECK(shell::scenario_json(s) == other);
  REQUIRE(kept(fx).size() == 1);  // replaced again: kept again (the page files it once)
  CHECK(kept(fx)[0].scenario_json == work);
}

TEST_CASE("what is kept in Recent work when another scenario opens: not in presenter mode, not an unchanged generated world") {
  const std::string other = test_support::read_text("web/scenarios/cn-dap-returns.json");
  shell::Effects fx;
  // Unchanged but not generated: offered to the page, which keeps it only when it is the saved work.
  AppState s = run(with_file_open(), {opened("cn-dap-returns.json", other)}, &fx);
  REQUIRE(kept(fx).size() == 1);
  CHECK(kept(fx)[0].scenario_json == file_text());
  CHECK_FALSE(kept(fx)[0].changed);
  // Presenter mode never keeps work, changed or not.
  s = run(std::move(s), {shell::SetPresenter{true}, shell::SeekTo{1}, shell::ApplyEvent{raise_seats()}, opened(kFile, file_text())}, &fx);
  CHECK(kept(fx).empty());
  // A generated world that was not changed is made again by its options: not kept.
  s = run(std::move(s), {shell::SetPresenter{false}, shell::ScenarioOpened{"generated", *core::load_scenario(other).value, std::nullopt, true, true},
                         opened(kFile, file_text())},
          &fx);
  CHECK(kept(fx).empty());
  // The same world changed is kept.
  s = run(std::move(s), {shell::ScenarioOpened{"generated", *core::load_scenario(other).value, std::nullopt, true, true}, shell::SeekTo{0},
                         shell::ApplyEvent{raise_seats()}, opened(kFile, file_text())},
          &fx);
  REQUIRE(kept(fx).size() == 1);
  CHECK(kept(fx)[0].changed);
}

TEST_CASE("the page's Recent work list reaches the state through update") {
  shell::RecentEntry entry;
  entry.title_en = "A second partner joins a 21Vianet customer";
  entry.time = 1700000000;
  entry.bytes = 8123;
  AppState s = run(with_file_open(), {shell::SetRecent{{entry}}});
  REQUIRE(s.recent.size() == 1);
  CHECK(s.recent[0].title_en == "A second partner joins a 21Vianet customer");
  CHECK(s.recent[0].bytes == 8123);
  s = run(std::move(s), {shell::SetRecent{}});
  CHECK(s.recent.empty());
}

TEST_CASE("a share link carries the step, view, World tab and question on screen") {
  shell::Effects fx;
  AppState s = run(with_file_open(), {shell::SeekTo{2}, shell::ViewShown{"World", "Customers"}, shell::AskEvent{raise_seats()}, shell::CopyShareLink{}}, &fx);
  REQUIRE(fx.size() == 1);
  const auto& share = std::get<shell::ShareScenario>(fx[0]);
  CHECK(share.scenario_json == file_text());
  // The question is asked at step 2's moment: after accept, at 2018-10-30T02:00:00Z (the file's second event).
  CHECK(share.view_json == R"({"step":2,"view":"World","tab":"Customers","question":{"id":"","time":"2018-10-30T02:00:00Z",)"
                           R"("actor":"northwind/chen.jing","action":"change_quantity","params":{"quantity":40,"subscription":"fab-e3"}}})");
  // Another view: the World tab is not part of it; a read lesson is.
  s = run(with_file_open(), {shell::ViewShown{"World", "Customers"}, shell::ViewShown{"Graph", "Customers"}, shell::StartLesson{false},
                             shell::CopyShareLink{}},
          &fx);
  CHECK(std::get<shell::ShareScenario>(fx.at(0)).view_json == R"({"step":0,"view":"Graph","lesson":"read"})");
}

TEST_CASE("a share link's view is shown: step, tabs, question answered, lesson; none of it is a change") {
  shell::Effects fx;
  const std::string link = R"({"step":2,"view":"World","tab":"Customers","question":{"id":"","time":"2018-10-30T02:00:00Z",)"
                           R"("actor":"northwind/chen.jing","action":"change_quantity","params":{"quantity":40,"subscription":"fab-e3"}}})";
  AppState s = run(with_file_open(), {shell::ShowSharedView{link}}, &fx);
  CHECK(s.open->timeline.position() == 2);
  REQUIRE(fx.size() == 2);
  CHECK(std::get<shell::SelectView>(fx[0]).view == "World");
  CHECK(std::get<shell::SelectView>(fx[0]).world_tab == "Customers");
  const core::Event& question = std::get<shell::FillComposer>(fx[1]).event;  // in the composer, as the sender had it
  CHECK(question.actor == "northwind/chen.jing");
  CHECK(std::get<std::int64_t>(question.params.at("quantity")) == 40);
  REQUIRE(s.asked.has_value());
  REQUIRE(s.answer.has_value());  // shown with its answer
  CHECK(s.asked->action == "change_quantity");
  CHECK(s.history.undo.empty());
  CHECK(shell::scenario_json(s) == file_text());
  CHECK(s.problems.empty());
  // A predict lesson at step 1: the steps up to it revealed, the next request hidden until guessed.
  s = run(std::move(s), {shell::ShowSharedView{R"({"step":1,"lesson":"predict"})"}});
  REQUIRE(s.lesson.has_value());
  CHECK(s.lesson->predict);
  CHECK(s.lesson->awaiting_prediction);
  CHECK(s.open->timeline.position() == 1);
  CHECK(s.lesson->answered == 0);
  CHECK(s.history.undo.empty());
  // A read lesson: at the sender's step, nothing hidden.
  s = run(std::move(s), {shell::ShowSharedView{R"({"step":2,"lesson":"read"})"}});
  REQUIRE(s.lesson.has_value());
  CHECK_FALSE(s.lesson->predict);
  CHECK_FALSE(s.lesson->awaiting_prediction);
  CHECK(s.open->timeline.position() == 2);
}

TEST_CASE("a share link naming what this scenario or version lacks opens what it can and lists the rest as problems") {
  shell::set_language(shell::Language::English);
  shell::Effects fx;
  AppState s = run(with_file_open(), {shell::ShowSharedView{R"({"step":9,"view":"Timeline","tab":"Customers"})"}}, &fx);
  CHECK(s.open->timeline.position() == 3);  // the last step of three
  CHECK(fx.empty());                        // no tab to bring forward
  REQUIRE(s.problems.size() == 3);
  CHECK(s.problems[0].message == "The link names step 9, but this scenario has 3 steps; it opens at its last step.");
  CHECK(s.problems[1].message == "The link names a view this version does not have (Timeline).");
  CHECK(s.problems[2].message == "The link names a tab this version does not have (Customers).");
  CHECK(s.problems_source == "share link");
}
