// app.hpp — the application: the open scenario (replayed into a Timeline), the last import's problems, UI state,
// and the frame's panels. Owns the data; panels only read it (AppState) and emit Intents, which App::apply carries out.
#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "intents.hpp"
#include "mpsim/issue.hpp"
#include "mpsim/localized_text.hpp"
#include "mpsim/compare.hpp"
#include "mpsim/generate.hpp"
#include "mpsim/perspectives.hpp"
#include "mpsim/run.hpp"
#include "mpsim/scenario_io.hpp"
#include "mpsim/summary.hpp"
#include "mpsim/timeline.hpp"
#include "panels/composer_panel.hpp"
#include "panels/graph_panel.hpp"
#include "panels/perspectives_panel.hpp"
#include "panels/world_panel.hpp"
#include "recent_work.hpp"
#include "text_glyphs.hpp"

namespace shell {

// A bundled scenario as the gallery shows it.
struct GalleryItem {
  std::string file;
  core::LocalizedText title, description;
  core::Era era = core::Era::Vianet21;
  core::Difficulty difficulty = core::Difficulty::Beginner;
  std::size_t events = 0, expectations = 0;
};

struct OpenScenario {
  core::Timeline timeline;  // the scenario, replayed; its position is the moment on screen
  core::ScenarioSummary summary;
  std::string source;       // file or bundled name it came from
  bool modified = false;    // events were added in the page since it was opened
  bool generated = false;   // made by the generator: not autosaved
};

// A file being opened a slice per frame (read and checked, then replayed), as panels see it.
struct LoadProgress {
  std::string source;
  bool replaying = false;   // false: reading and checking the text
  std::uint64_t done = 0;   // bytes read, or events replayed
  std::uint64_t total = 0;
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

// Everything panels may read.
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
  // The composer's last question and the engine's answer (computed by App, shown by the composer).
  std::optional<core::Event> asked;
  std::optional<core::StepResult> answer;
  // The perspective chosen in the Perspectives view, and that party's view at the current moment.
  std::string perspective_party, perspective_user;
  std::optional<core::PartnerView> partner_view;
  std::optional<core::CustomerView> customer_view;
  std::uint64_t data_version = 0;     // bumped whenever what is on screen changes, so views refresh their caches
  std::uint64_t save_version = 0;     // bumped whenever the scenario itself changes (for autosave)
  std::vector<GalleryItem> gallery;
  // The Compare eras view: the open scenario under its own era and another, as of save_version comparison_version.
  std::optional<LessonState> lesson;
  bool chinese_font_loading = false;  // Chinese asked for: the switch waits until its characters are drawable
  std::optional<core::EraComparison> comparison;
  std::uint64_t comparison_version = 0;
  std::vector<RecentEntry> recent;   // the page's Recent work, newest first (File > Recent work)
};

// The best lesson score per bundled scenario in this browser: file, (correct, answered).
std::vector<std::pair<std::string, std::pair<int, int>>> read_lesson_scores();

class App {
 public:
  // Loads a scenario from text. On failure the open scenario stays and the problems are shown. Never throws.
  bool load_text(std::string_view source, std::string_view text);
  // Starts opening a large text a slice per frame (continue_load), so that the page keeps drawing and shows progress.
  // Replaces a load in progress. The open scenario stays until the new one is complete and valid.
  void begin_load(std::string source, std::string text);
  // Works on the load in progress for about `budget_ms` milliseconds; draw_frame calls it once per frame.
  void continue_load(double budget_ms);
  void cancel_load();
  // Loads one of the scenarios compiled into the app; false if there is none by that name.
  bool load_bundled(std::string_view name);
  // Generates a world and timeline (mpsim gen's options) and replays it a slice per frame, like a large file. Generated
  // scenarios are not autosaved: the same options make them again (?generate= in the page's address).
  void begin_generated(const core::GenerateOptions& options);

  // Builds this frame's UI (between ImGui::NewFrame and ImGui::Render) and applies the intents it produced.
  void draw_frame();

  const AppState& state() const { return state_; }
  std::uint64_t frames() const { return frames_; }
  void set_presenter(bool on) { state_.presenter = on; }
  void show_gallery() { show_gallery_ = true; }
  void start_lesson(bool predict);
  // English: at once. Chinese: once the fonts draw all of its interface (fonts.hpp fetches what they need), or, if a
  // font cannot be loaded, not at all, with a notice.
  void choose_language(bool chinese);
  // The browser's zone (from the page) and the time zone chosen in an earlier visit, kept in the browser's settings.
  void restore_time_zone();
  bool gallery_open() const { return show_gallery_; }
  const std::string& shown_view() const { return shown_view_; }           // the Views tab on screen
  const std::string& shown_world_tab() const { return world_ui_.shown_tab; }
  // The open scenario as canonical JSON (with the events added in the page), or "" when none is open.
  std::string scenario_json() const;
  // True once after the theme changed, so the platform layer can restyle (styles are scaled by DPI there).
  bool take_theme_change();
  // The page's Recent work changed (kept work, another tab): the File menu lists these.
  void set_recent(std::vector<RecentEntry> entries) { state_.recent = std::move(entries); }
  // After a share link's scenario opened: its step, view and tab, lesson mode and question (share_link.hpp, one line of
  // JSON). What the link names but this scenario or version lacks is listed in the Problems panel; the rest is shown.
  void show_shared_view(std::string_view json);
  // Applies intents from outside the panels (keyboard shortcuts, the page's own buttons).
  void apply(const Intents& intents);

 private:
  // The work behind state_.loading: the text (kept alive for the load), then the scenario (kept for the replay).
  struct PendingLoad {
    std::string source;
    std::unique_ptr<std::string> text;
    std::optional<core::ScenarioLoad> load;
    std::unique_ptr<core::Scenario> scenario;
    std::optional<core::ScenarioRun> run;
    bool generated = false;
    JsonTextScanner characters;  // the text's characters, scanned as far as it has been read
  };

  void lesson_predict(core::Decision decision);
  void lesson_next();
  void save_lesson_score();
  void open_scenario(std::string_view source, core::Scenario scenario, std::optional<core::RunLog> log, bool generated = false);
  void follow_fonts();
  void show_load_problems(std::string_view source, std::vector<core::Issue> issues);
  void handle_shortcuts(Intents& out);
  void refresh_perspective();
  void draw_gallery();
  void seek(std::size_t position);
  void branch_with(const core::Event& event);
  std::string shared_view_json() const;  // what a share link carries besides the scenario

  AppState state_;
  std::unique_ptr<PendingLoad> pending_;
  std::vector<std::pair<std::string, std::pair<int, int>>> gallery_scores_;  // read when the gallery opens
  WorldPanelState world_ui_;
  ComposerState composer_ui_;
  PerspectivesState perspectives_ui_;
  GraphState graph_ui_;
  bool show_about_ = false, show_shortcuts_ = false, show_gallery_ = false;
  bool theme_changed_ = false;
  std::string shown_view_;   // the Views tab on screen (kViewNames)
  std::string select_view_;  // a Views tab to bring forward in the next frame (a share link)
  float play_clock_ = 0.0f;
  float notice_age_ = 0.0f;
  std::uint64_t frames_ = 0;
};

}  // namespace shell
