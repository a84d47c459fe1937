// compare_panel.hpp — the Compare eras view: the open scenario's events decided under two rule packs, side by side.
#pragma once
#include "intents.hpp"
#include "panels/panel.hpp"

namespace shell {
struct AppState;
void draw_compare_contents(const AppState& state, Intents& out);
}  // namespace shell
