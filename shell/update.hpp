// update.hpp — the one function that changes the page's state: update(AppState, Intent) -> (AppState, Effects). Pure:
// no ImGui, no browser; what must happen outside (downloads, links, settings, fonts, the file picker, the composer's
// fields) comes back as Effects, which the platform layer (App) carries out. Tested natively (tests/shell).
#pragma once
#include <string>

#include "app_state.hpp"
#include "effects.hpp"

namespace shell {

struct Update {
  AppState state;
  Effects effects;
};

Update update(AppState state, Intent intent);

// The lesson scores kept in the browser's "scores" setting ({"file.json": [correct, answered], ...}); damaged: none.
LessonScores parse_lesson_scores(const std::string& setting);
// The open scenario as canonical JSON (with the events added in the page), or "" when none is open.
std::string scenario_json(const AppState& state);

}  // namespace shell
