// summary_panel.hpp — the Scenario view: what the open scenario is about, its era, and its size at a glance.
#pragma once
#include "intents.hpp"
#include "panels/panel.hpp"

namespace shell {

struct AppState;
void draw_summary_contents(const AppState& state, Intents& out);

}  // namespace shell
