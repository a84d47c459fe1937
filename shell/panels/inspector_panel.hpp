// inspector_panel.hpp — the Decision inspector: the step under the cursor, the rules that decided it and what changed.
#pragma once
#include "intents.hpp"
#include "panels/panel.hpp"

namespace shell {

struct AppState;
void draw_inspector_panel(const AppState& state, const PanelRect& rect, Intents& out);

}  // namespace shell

