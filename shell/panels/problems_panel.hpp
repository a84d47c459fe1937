// problems_panel.hpp — the Problems panel: every issue of the last import, with JSON Pointer, line and column.
#pragma once
#include "intents.hpp"
#include "panels/panel.hpp"

namespace shell {

struct AppState;
void draw_problems_panel(const AppState& state, const PanelRect& rect, Intents& out);

}  // namespace shell
