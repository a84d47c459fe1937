// rules_panel.hpp — the Rules view: the catalogue of the scenario's era, with how often each rule decided a step here.
#pragma once
#include "intents.hpp"
#include "panels/panel.hpp"

namespace shell {
struct AppState;
void draw_rules_contents(const AppState& state, Intents& out);
}  // namespace shell
