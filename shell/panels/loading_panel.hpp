// loading_panel.hpp — the progress of a large file being opened: what is happening, how far along, and Cancel.
#pragma once
#include "intents.hpp"
#include "panels/panel.hpp"

namespace shell {

struct AppState;
// Draws nothing unless a load is in progress.
void draw_loading_panel(const AppState& state, Intents& out);

}  // namespace shell
