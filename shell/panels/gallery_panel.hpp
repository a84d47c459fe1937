// gallery_panel.hpp — the gallery of bundled scenarios (a modal): each with its era, level, duration and lesson score.
#pragma once
#include "intents.hpp"
#include "panels/panel.hpp"

namespace shell {

struct AppState;
void draw_gallery_panel(const AppState& state, Intents& out);

}  // namespace shell
