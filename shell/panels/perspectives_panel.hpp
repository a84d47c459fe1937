// perspectives_panel.hpp — the Perspectives view: the current moment as one partner's Partner Center, as one customer's
// "Partner relationships" page, or as everyone (omniscient).
#pragma once
#include "intents.hpp"
#include "panels/panel.hpp"

namespace shell {

struct AppState;
struct PerspectivesState {};
void draw_perspectives_contents(const AppState& state, PerspectivesState& ui, Intents& out);

}  // namespace shell
