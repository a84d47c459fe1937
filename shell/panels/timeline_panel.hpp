// timeline_panel.hpp — the Timeline: every step with its decision, where the view is now, and the playback controls.
#pragma once
#include "intents.hpp"
#include "panels/panel.hpp"

namespace shell {

struct AppState;
void draw_timeline_panel(const AppState& state, const PanelRect& rect, Intents& out);

}  // namespace shell
