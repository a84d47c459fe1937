// app_state.hpp — everything the page's panels may read: the open scenario (replayed into a Timeline), the last
// import's problems, the lesson, the dialogs, and the undo history. Plain data without ImGui or the browser: only
// update() (update.hpp) changes it, and panels include this header, not app.hpp.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "history.hpp"
#include "intents.hpp"
#include "mpsim/compare.hpp"
#include "mpsim/issue.hpp"
#include "mpsim/localized_text.hpp"
#include "mpsim/perspectives.hpp"
#include "mpsim/run.hpp"
#include "mpsim/summary.hpp"
#include "mpsim/timeline.hpp"

namespace shell {

struct OpenScenario {
  core::Timeline timeline;  // the scenario, replayed; its position is the moment on screen
  core::ScenarioSummary summary;
  std::string source;       // file or bundled name it came from
  bool modified = false;    // events were added in the page since it was opened
  bool generated = false;   // made by the generator: not autosaved
};

// Lesson mode: the steps are revealed one at a time; in predict mode the learner first guesses each request's decision
// (and optionally its deciding rule), then sees the answer and why.
struct LessonState {
  bool predict = false;
  bool awaiting_prediction = false;   // the step at the timeline's position is hidden until the learner answers
  bool finished = false;              // past the last step: the summary is shown
  std::string picked_rule;            // the rule guessed for the hidden step ("" = none)
  // The last answer, shown with the step it was about (the step just revealed).
  std::optional<core::Decision> last_prediction;
  bool last_correct = false;
  std::string last_rule;              // the rule guessed with it
  bool last_rule_correct = false;
  std::size_t answered = 0, correct = 0, rules_guessed = 0, rules_correct = 0;
  std::vector<std::string> missed_rules;  // deciding rules of the steps answered wrongly, first time each
  int best_correct = -1, best_answered = 0;  // the best earlier score for this scenario in this browser (-1: none)
};

struct AppState {
  std::optional<OpenScenario> open;
  std::optional<LoadProgress> loading;  // a large file being opened; `open` stays as it was until it succeeds
  std::vector<core::Issue> problems;  // of the last import (a failed import keeps `open` as it was)
  std::string problems_source;
  Theme theme = Theme::Dark;
  bool presenter = false;             // large type, no saved work
  bool playing = false;
  float play_speed = 1.0f;            // steps per second
  std::string selected;               // a tenant id highlighted across views
  std::string notice;                 // a short message in the status bar ("Link copied")
  std::uint64_t notice_version = 0;   // bumped with each notice, so the status bar shows it for its full time
  // The composer's last question and the engine's answer (computed by update, shown by the composer).
  std::optional<core::Event> asked;
  std::optional<core::StepResult> answer;
  // The perspective chosen in the Perspectives view, and that party's view at the current moment.
  std::string perspective_party, perspective_user;
  std::optional<core::PartnerView> partner_view;
  std::optional<core::CustomerView> customer_view;
  std::uint64_t data_version = 0;     // bumped whenever what is on screen changes, so views refresh their caches
  std::uint64_t save_version = 0;     // bumped whenever the scenario itself changes (for autosave)
  std::vector<GalleryItem> gallery;
  LessonScores lesson_scores;         // as kept in the browser's "scores" setting
  std::optional<LessonState> lesson;
  bool chinese_font_loading = false;  // Chinese asked for: the switch waits until its characters are drawable
  // The Compare eras view: the open scenario under its own era and another, as of save_version comparison_version.
  std::optional<core::EraComparison> comparison;
  std::uint64_t comparison_version = 0;
  bool gallery_open = false, about_open = false, shortcuts_open = false;
  History history;                    // undo and redo of the changes to the work
  std::vector<RecentEntry> recent;    // the page's Recent work, newest first (File > Recent work)
  // The Views tab and the World view's tab on screen, by their English names (ViewShown): what a share link carries.
  std::string view, world_tab;
};

}  // namespace shell
