// lesson_panel.hpp — lesson mode's middle column: the narrative of each step, the predict-then-reveal question, the
// score, and the summary of rules missed.
#pragma once
#include "intents.hpp"
#include "panels/panel.hpp"

namespace shell {
struct AppState;
void draw_lesson_panel(const AppState& state, const PanelRect& rect, Intents& out);
}  // namespace shell
