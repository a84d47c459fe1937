// app.hpp — the application: owns the AppState (app_state.hpp), loads files a slice per frame, draws the frame's panels,
// passes their Intents through update() (update.hpp) and carries out the Effects it returns (the platform layer).
#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "app_state.hpp"
#include "effects.hpp"
#include "mpsim/generate.hpp"
#include "mpsim/scenario_io.hpp"
#include "panels/composer_panel.hpp"
#include "panels/graph_panel.hpp"
#include "panels/perspectives_panel.hpp"
#include "panels/world_panel.hpp"
#include "text_glyphs.hpp"

namespace shell {

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
  // Reads the settings kept in the browser that the state starts from (lesson scores).
  void restore_settings();
  // The page's own requests, as intents.
  void set_presenter(bool on) { apply({SetPresenter{on}}); }
  void show_gallery() { apply({ShowGallery{}}); }
  void start_lesson(bool predict) { apply({StartLesson{predict}}); }
  bool gallery_open() const { return state_.gallery_open; }
  // English: at once. Chinese: once the fonts draw all of its interface (fonts.hpp fetches what they need), or, if a
  // font cannot be loaded, not at all, with a notice.
  void choose_language(bool chinese);
  // The browser's zone (from the page) and the time zone chosen in an earlier visit, kept in the browser's settings.
  void restore_time_zone();
  // The open scenario as canonical JSON (with the events added in the page), or "" when none is open.
  std::string scenario_json() const;
  // True once after the theme changed, so the platform layer can restyle (styles are scaled by DPI there).
  bool take_theme_change();
  // Passes intents through update() in order, carrying out each one's effects before the next (keyboard shortcuts,
  // the page's own buttons, the panels).
  void apply(Intents intents);

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

  void perform(const Effect& effect);
  void follow_fonts();
  void show_load_problems(std::string_view source, std::vector<core::Issue> issues);
  void handle_shortcuts(Intents& out);

  AppState state_;
  std::unique_ptr<PendingLoad> pending_;
  WorldPanelState world_ui_;
  ComposerState composer_ui_;
  PerspectivesState perspectives_ui_;
  GraphState graph_ui_;
  bool theme_changed_ = false;
  std::string select_view_;  // a Views tab to bring forward in the next frame (a share link's, SelectView)
  float play_clock_ = 0.0f;
  float notice_age_ = 0.0f;
  std::uint64_t notice_seen_ = 0;  // the notice_version notice_age_ counts from
  std::uint64_t frames_ = 0;
};

}  // namespace shell
