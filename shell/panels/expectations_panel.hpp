// expectations_panel.hpp — the Expectations view: each expected outcome, passed or failed; click to jump to its step.
#pragma once
#include "intents.hpp"
#include "panels/panel.hpp"

namespace shell {
struct AppState;
void draw_expectations_contents(const AppState& state, Intents& out);
}  // namespace shell
