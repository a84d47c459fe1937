// timeline_panel.hpp — the Timeline: every step with its decision, where the view is now, and the playback controls.
#pragma once
#include "intents.hpp"
#include "panels/panel.hpp"

namespace shell {

struct AppState;
void draw_timeline_panel(const AppState& state, const PanelRect& rect, Intents& out);

// A small filled circle: green applied, red rejected, hollow for a step the system scheduled.
void decision_dot(bool applied, bool scheduled);

}  // namespace shell
