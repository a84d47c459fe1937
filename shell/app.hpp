// app.hpp — the application: the open scenario, the last import's problems, UI state, and the frame's panels.
// Owns the data; panels only read it (AppState) and emit Intents, which App::apply carries out.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "intents.hpp"
#include "mpsim/issue.hpp"
#include "mpsim/scenario.hpp"
#include "mpsim/summary.hpp"
#include "panels/world_panel.hpp"

namespace shell {

struct OpenScenario {
  core::Scenario scenario;
  core::ScenarioSummary summary;
  std::string source;  // file or bundled name it came from
};

// Everything panels may read.
struct AppState {
  std::optional<OpenScenario> open;
  std::vector<core::Issue> problems;  // of the last import (a failed import keeps `open` as it was)
  std::string problems_source;
  Theme theme = Theme::Dark;
  std::uint64_t data_version = 0;  // bumped whenever `open` changes, so views can refresh caches
};

class App {
 public:
  // Loads a scenario from text. On failure the open scenario stays and the problems are shown. Never throws.
  bool load_text(std::string_view source, std::string_view text);
  // Loads one of the scenarios compiled into the app; false if there is none by that name.
  bool load_bundled(std::string_view name);

  // Builds this frame's UI (between ImGui::NewFrame and ImGui::Render) and applies the intents it produced.
  void draw_frame();

  const AppState& state() const { return state_; }
  std::uint64_t frames() const { return frames_; }
  // True once after the theme changed, so the platform layer can restyle (styles are scaled by DPI there).
  bool take_theme_change();

 private:
  void apply(const Intents& intents);

  AppState state_;
  WorldPanelState world_ui_;
  bool show_about_ = false;
  bool theme_changed_ = false;
  std::uint64_t frames_ = 0;
};

}  // namespace shell
