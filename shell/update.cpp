// update.cpp — every change to the page's state (update.hpp): moving through the timeline, branching, undo and redo,
// lessons, dialogs, and what the platform layer reports back (loads, fonts).
#include "update.hpp"

#include <algorithm>
#include <set>

#include "i18n.hpp"
#include "lesson.hpp"
#include "mpsim/engine.hpp"
#include "mpsim/scenario_io.hpp"
#include "share_link.hpp"

namespace shell {
namespace {

core::RunLog log_of(const core::Timeline& t) {
  core::RunLog log;
  log.entries = t.entries();
  log.expectations = t.expectations();
  return log;
}

void notify(AppState& state, std::string text) {
  state.notice = std::move(text);
  ++state.notice_version;
}

void refresh_perspective(AppState& state) {
  state.partner_view.reset();
  state.customer_view.reset();
  if (!state.open || state.perspective_party.empty()) return;
  const core::Timeline& t = state.open->timeline;
  state.partner_view = core::partner_view(t.scenario(), t.world(), t.index(), state.perspective_party, state.perspective_user);
  if (!state.partner_view) state.customer_view = core::customer_view(t.world(), t.index(), state.perspective_party);
}

// What every scenario change shares: the views' caches, the autosave, the answers that were about the old one.
void scenario_changed(AppState& state) {
  state.asked.reset();
  state.answer.reset();
  ++state.data_version;
  ++state.save_version;
  refresh_perspective(state);
}

// Puts `scenario` on screen in place of the open one (opening, or undoing and redoing an open).
void show_scenario(AppState& state, std::string source, core::Scenario scenario, std::optional<core::RunLog> log, bool generated, bool modified,
                   std::size_t position) {
  core::ScenarioSummary summary = core::summarize(scenario);
  core::Timeline timeline = log ? core::Timeline(std::move(scenario), std::move(*log)) : core::Timeline(std::move(scenario));
  timeline.seek(position);
  state.open.emplace(OpenScenario{std::move(timeline), std::move(summary), std::move(source), modified, generated});
  state.comparison.reset();
  state.lesson.reset();
  state.playing = false;
  state.perspective_party.clear();
  state.selected.clear();
  scenario_changed(state);
}

// The open work as a change's "other side", shared read-only.
OpenedWork current_work(const AppState& state) {
  if (!state.open) return {};
  return OpenedWork{std::make_shared<const core::Scenario>(state.open->timeline.scenario()), state.open->source, state.open->modified,
                    state.open->generated};
}

// Nothing replaced silently: the work on screen goes to the page's Recent work before another scenario takes its place
// when it was changed here or is the work saved in the browser (the page decides; generated worlds are never saved, and
// presenter mode never keeps work).
void keep_replaced_work(const AppState& state, Effects& fx) {
  if (state.open && !state.presenter && (state.open->modified || !state.open->generated))
    fx.push_back(KeepRecent{scenario_json(state), state.open->modified});
}

void open_scenario(AppState& state, ScenarioOpened opened, Effects& fx) {
  keep_replaced_work(state, fx);
  state.gallery_open = false;  // a file opened (picked, dropped, pasted, linked) while the gallery shows is what the user wants to see
  if (state.open && opened.undoable) {
    Change change;
    change.kind = Change::Kind::Open;
    change.what = opened.source;
    change.restore = current_work(state);
    change.position = state.open->timeline.position();
    change.modified = state.open->modified;
    record(state.history, std::move(change));
  }
  // A trainer steps through from the beginning.
  show_scenario(state, std::move(opened.source), std::move(opened.scenario), std::move(opened.log), opened.generated, false, 0);
}

// Replaces the open scenario's events and expectations by `edit` and replays; `inverse` gets what undoes it.
// False (nothing changed, the problems shown) when the result would not be a valid scenario file. Undo and redo skip
// the check (`checked` false): they restore a scenario that was on screen, valid, before.
bool edit_scenario(AppState& state, const ScenarioEdit& edit, ScenarioEdit& inverse, bool checked = true) {
  core::Scenario next = apply_edit(state.open->timeline.scenario(), edit, inverse);
  // The result must be a valid scenario file (an actor that exists, an action's parameters of the right types, ...):
  // otherwise it could be autosaved but never opened again. Problems are shown; nothing changes.
  core::Result<core::Scenario> check = checked ? core::load_scenario(core::export_scenario(next)) : core::Result<core::Scenario>{};
  if (checked && !check.ok()) {
    state.problems = std::move(check.issues);
    state.problems_source = tr("the composed request");
    return false;
  }
  state.open->timeline = core::Timeline(std::move(next));
  state.open->summary = core::summarize(state.open->timeline.scenario());  // event count changed
  return true;
}

// A new event at the current moment: later events are dropped (a branch: "what if this happened instead?"),
// the scenario is replayed, and the view moves to just after the new event.
void branch_with(AppState& state, const core::Event& proposed) {
  if (!state.open) return;
  const core::Timeline& t = state.open->timeline;
  const std::size_t before = t.position();
  const bool was_modified = state.open->modified;
  ScenarioEdit edit;
  for (std::size_t i = 0; i < t.position(); ++i) edit.kept += t.entries()[i].scheduled ? 0 : 1;
  const std::vector<core::Event>& events = t.scenario().events;
  std::set<std::string> ids;
  for (std::size_t i = 0; i < edit.kept; ++i) ids.insert(events[i].id);
  for (const core::Expectation& x : t.scenario().expectations)
    if (ids.count(x.after)) edit.expectations.push_back(x);
  core::Event event = proposed;
  for (std::size_t n = edit.kept + 1; event.id.empty() || ids.count(event.id); ++n) event.id = "step-" + std::to_string(n);
  if (!event.time) event.time = t.world().clock;
  edit.tail.push_back(event);
  Change change;
  change.kind = Change::Kind::Apply;
  change.what = event.action;
  ScenarioEdit inverse;
  if (!edit_scenario(state, edit, inverse)) return;
  core::Timeline& replayed = state.open->timeline;
  replayed.seek(replayed.position_after(event.id).value_or(replayed.steps()));
  change.step = replayed.position();
  change.restore = std::move(inverse);
  change.position = before;
  change.modified = was_modified;
  record(state.history, std::move(change));
  state.open->modified = true;
  scenario_changed(state);
}

// Undo (from `from` to `to`) and redo (the other way) are the same: restore the change's other side, and keep this
// side in its place on the opposite stack.
void travel(AppState& state, std::deque<Change>& from, std::deque<Change>& to, Effects& fx) {
  if (from.empty() || !state.open) return;
  Change change = std::move(from.back());
  from.pop_back();
  Change back = change;  // its description stays; what it restores becomes this side
  back.position = state.open->timeline.position();
  back.modified = state.open->modified;
  if (const auto* edit = std::get_if<ScenarioEdit>(&change.restore)) {
    ScenarioEdit inverse;
    edit_scenario(state, *edit, inverse, false);
    back.restore = std::move(inverse);
    state.open->timeline.seek(change.position);
    state.open->modified = change.modified;
    scenario_changed(state);
  } else {
    const OpenedWork& work = std::get<OpenedWork>(change.restore);
    if (!work.scenario) return;
    back.restore = current_work(state);
    keep_replaced_work(state, fx);  // also kept on the other stack, but that one goes with the next change
    show_scenario(state, work.source, *work.scenario, std::nullopt, work.generated, change.modified, change.position);
  }
  to.push_back(std::move(back));
  trim(state.history);
}

void seek_step(AppState& state, int delta) {
  if (!state.open) return;
  const std::size_t at = state.open->timeline.position();
  if (delta < 0 && at == 0) return;
  const std::size_t target = delta < 0 ? at - 1 : at + 1;
  if (target > state.open->timeline.steps()) {
    state.playing = false;
    return;
  }
  seek(state, target);
}

// "Would this be allowed now?": the engine's answer at the moment on screen, nothing changed.
void ask(AppState& state, core::Event event) {
  if (!state.open) return;
  const core::Timeline& t = state.open->timeline;
  if (!event.time) event.time = t.world().clock;
  state.answer = core::step(t.scenario(), t.world(), t.index(), event);
  state.asked = std::move(event);
}

// What a share link carries besides the scenario: the step, view and tab on screen, the lesson mode, the question.
std::string shared_view_of(const AppState& state) {
  SharedView view;
  if (state.open) view.step = state.open->timeline.position();
  view.view = state.view;
  if (view.view == "World") view.tab = state.world_tab;
  if (state.lesson) view.lesson = state.lesson->predict ? "predict" : "read";
  view.question = state.asked;
  return shared_view_json(view);
}

// A share link's view, once its scenario is open: what the link names but this scenario or version lacks goes to the
// Problems panel; the rest is shown (the tabs and the composer's fields through effects).
void show_shared_view(AppState& state, std::string_view json, Effects& fx) {
  if (!state.open) return;
  SharedViewRead read = read_shared_view(json);
  std::vector<std::string> problems;
  for (const std::string& p : read.problems) problems.push_back(tr(p.c_str()));
  const auto named = [](const auto& names, const std::string& name) { return std::find(std::begin(names), std::end(names), name) != std::end(names); };
  char text[512];
  const SharedView& v = read.view;
  std::size_t step = v.step;
  const std::size_t steps = state.open->timeline.steps();
  if (step > steps) {
    std::snprintf(text, sizeof text, tr("The link names step %zu, but this scenario has %zu steps; it opens at its last step."), step, steps);
    problems.push_back(text);
    step = steps;
  }
  SelectView select;
  if (!v.view.empty() && !named(kViewNames, v.view)) {
    std::snprintf(text, sizeof text, tr("The link names a view this version does not have (%s)."), v.view.c_str());
    problems.push_back(text);
  } else {
    select.view = v.view;
  }
  if (!v.tab.empty() && (v.view != "World" || !named(kWorldTabs, v.tab))) {
    std::snprintf(text, sizeof text, tr("The link names a tab this version does not have (%s)."), v.tab.c_str());
    problems.push_back(text);
  } else {
    select.world_tab = v.tab;
  }
  if (!select.view.empty() || !select.world_tab.empty()) fx.push_back(std::move(select));
  if (!v.lesson.empty()) {
    // The lesson as the sender had it: the steps up to theirs revealed; in predict mode the next request awaits a guess.
    start_lesson(state, v.lesson == "predict", fx);
    state.lesson->awaiting_prediction = false;
    seek(state, step);
    if (state.lesson->predict) lesson_next(state, fx);
  } else {
    seek(state, step);
  }
  if (v.question) {
    fx.push_back(FillComposer{*v.question});
    ask(state, *v.question);
  }
  if (!problems.empty()) {
    state.problems.clear();
    for (std::string& message : problems) {
      core::Issue issue;
      issue.severity = core::Severity::Warning;
      issue.code = "share-link";
      issue.message = std::move(message);
      state.problems.push_back(std::move(issue));
    }
    state.problems_source = tr("share link");
  }
}

std::string base_name(const std::string& source) {
  std::string base = source;
  if (base.size() > 5 && base.substr(base.size() - 5) == ".json") base.resize(base.size() - 5);
  return base;
}

template <class... F> struct Overloaded : F... { using F::operator()...; };
template <class... F> Overloaded(F...) -> Overloaded<F...>;

}  // namespace

void seek(AppState& state, std::size_t position) {
  if (!state.open) return;
  state.open->timeline.seek(position);
  ++state.data_version;
  refresh_perspective(state);
}

std::string scenario_json(const AppState& state) { return state.open ? core::export_scenario(state.open->timeline.scenario()) : std::string(); }

Update update(AppState state, Intent intent) {
  Effects fx;
  // A lesson decides what is revealed: moving freely, playing or changing the timeline wait until it is left.
  const bool moves = std::holds_alternative<SeekTo>(intent) || std::holds_alternative<StepBy>(intent) || std::holds_alternative<SetPlaying>(intent) ||
                     std::holds_alternative<ApplyEvent>(intent) || std::holds_alternative<EditStep>(intent) || std::holds_alternative<Undo>(intent) ||
                     std::holds_alternative<Redo>(intent);
  if (state.lesson && moves) {
    notify(state, tr("Leave the lesson (Scenario menu) to move freely"));
    return {std::move(state), std::move(fx)};
  }
  AppState& s = state;
  std::visit(Overloaded{
                 [&](OpenBundledScenario& x) { fx.push_back(LoadBundled{x.name}); },
                 [&](CancelLoad&) { fx.push_back(CancelLoading{}); },
                 [&](StartLesson& x) { start_lesson(s, x.predict, fx); },
                 [&](StopLesson&) { s.lesson.reset(); },
                 [&](PredictDecision& x) { lesson_predict(s, x.decision); },
                 [&](PickLessonRule& x) {
                   if (s.lesson) s.lesson->picked_rule = x.rule;
                 },
                 [&](LessonNext&) { lesson_next(s, fx); },
                 [&](SelectLanguage& x) { fx.push_back(SwitchLanguage{x.chinese}); },
                 [&](SelectTimeZone& x) {
                   fx.push_back(UseTimeZone{x.zone});
                   fx.push_back(SaveSetting{"time_zone", time_zone_key(x.zone)});
                   ++s.data_version;  // tables cache what they show
                 },
                 [&](CompareEras& x) {
                   if (!s.open) return;
                   const core::Scenario& scenario = s.open->timeline.scenario();
                   const core::RuleSetting with{x.with, x.as_of};
                   if (s.comparison && s.comparison->b == with && s.comparison_version == s.save_version) return;
                   if (!core::check_rule_setting(with).empty()) return;
                   s.comparison = core::compare_settings(scenario, core::own_rule_setting(scenario.metadata), with);
                   s.comparison_version = s.save_version;
                 },
                 [&](SelectTheme& x) {
                   if (s.theme != x.theme) fx.push_back(Restyle{});
                   s.theme = x.theme;
                 },
                 [&](ShowAbout&) { s.about_open = true; },
                 [&](ShowShortcuts&) { s.shortcuts_open = true; },
                 [&](ShowGallery&) { s.gallery_open = true; },
                 [&](CloseDialogs&) { s.gallery_open = s.about_open = s.shortcuts_open = false; },
                 [&](SetPresenter& x) { s.presenter = x.on; },
                 [&](DismissProblems&) { s.problems.clear(); },
                 [&](SeekTo& x) { seek(s, x.position); },
                 [&](StepBy& x) { seek_step(s, x.delta); },
                 [&](SetPlaying& x) {
                   s.playing = x.playing;
                   if (x.playing && s.open && s.open->timeline.position() == s.open->timeline.steps()) seek(s, 0);
                 },
                 [&](SetPlaySpeed& x) { s.play_speed = x.steps_per_second; },
                 [&](ApplyEvent& x) { branch_with(s, x.event); },
                 [&](AskEvent& x) { ask(s, std::move(x.event)); },
                 [&](SelectPerspective& x) {
                   s.perspective_party = x.party;
                   s.perspective_user = x.user;
                   refresh_perspective(s);
                 },
                 [&](EditStep& x) {
                   if (!s.open || x.position == 0 || x.position > s.open->timeline.steps()) return;
                   const core::Event e = s.open->timeline.entries()[x.position - 1].event;
                   fx.push_back(FillComposer{e});
                   seek(s, x.position - 1);
                   notify(s, std::string(tr("Editing")) + " " + e.id + tr(": change it below, then Apply"));
                 },
                 [&](SelectEntity& x) { s.selected = x.id; },
                 [&](RequestOpenFile&) { fx.push_back(OpenFilePicker{}); },
                 [&](StartDownload& x) {
                   if (!s.open) return;
                   const core::Timeline& t = s.open->timeline;
                   const std::string base = base_name(s.open->source);
                   switch (x.what) {
                     case Download::Scenario: fx.push_back(DownloadFile{base + ".json", "application/json", scenario_json(s)}); break;
                     case Download::DecisionLog:
                       fx.push_back(DownloadFile{base + "-decisions.json", "application/json", core::decision_log_json(t.scenario(), log_of(t))});
                       break;
                     case Download::Report:
                       fx.push_back(DownloadFile{base + "-report.md", "text/markdown", core::decision_log_markdown(t.scenario(), log_of(t), language())});
                       break;
                   }
                   notify(s, tr("Downloading"));
                 },
                 [&](CopyShareLink&) {
                   if (!s.open) return;
                   fx.push_back(ShareScenario{scenario_json(s), shared_view_of(s)});
                   notify(s, tr("Share link copied"));
                 },
                 [&](Undo&) {
                   if (s.history.undo.empty()) return;
                   const std::string what = describe(s.history.undo.back());
                   travel(s, s.history.undo, s.history.redo, fx);
                   notify(s, std::string(tr("Undone: ")) + what);
                 },
                 [&](Redo&) {
                   if (s.history.redo.empty()) return;
                   const std::string what = describe(s.history.redo.back());
                   travel(s, s.history.redo, s.history.undo, fx);
                   notify(s, std::string(tr("Redone: ")) + what);
                 },
                 [&](ScenarioOpened& x) { open_scenario(s, std::move(x), fx); },
                 [&](ShowProblems& x) {
                   s.problems = std::move(x.issues);
                   s.problems_source = std::move(x.source);
                   s.gallery_open = false;  // the Problems panel must not open behind the gallery
                 },
                 [&](LoadProgressed& x) { s.loading = std::move(x.progress); },
                 [&](LanguageSwitched& x) {
                   s.chinese_font_loading = x.chinese_font_loading;
                   ++s.data_version;  // tables show scenario texts in the language (expectation notes): sorted and filtered again
                 },
                 [&](ShowNotice& x) { notify(s, std::move(x.text)); },
                 [&](ExpireNotice&) { s.notice.clear(); },
                 [&](SetGallery& x) {
                   s.gallery = std::move(x.items);
                   s.lesson_scores = std::move(x.scores);
                 },
                 [&](OpenRecent& x) { fx.push_back(OpenRecentDocument{x.index}); },
                 [&](SetRecent& x) { s.recent = std::move(x.entries); },
                 [&](ShowSharedView& x) { show_shared_view(s, x.json, fx); },
                 [&](ViewShown& x) {
                   s.view = std::move(x.view);
                   s.world_tab = std::move(x.world_tab);
                 },
             },
             intent);
  return {std::move(state), std::move(fx)};
}

}  // namespace shell
