// summary_panel.hpp — the Scenario panel: what the open scenario is about, its era, and its size at a glance.
#pragma once
#include "intents.hpp"
#include "panels/panel.hpp"

namespace shell {

struct AppState;
void draw_summary_panel(const AppState& state, const PanelRect& rect, Intents& out);

}  // namespace shell
