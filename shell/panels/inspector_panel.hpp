// inspector_panel.hpp — the Decision inspector: the step under the cursor, the rules that decided it and what changed.
#pragma once
#include <string>

#include "intents.hpp"
#include "panels/panel.hpp"

namespace shell {

struct AppState;
void draw_inspector_panel(const AppState& state, const PanelRect& rect, Intents& out);

}  // namespace shell

namespace core {
struct StepResult;
}

namespace shell {
// A parameter's value as the panels show it: text, number, true/false or [a, b].
std::string param_text(const core::ParamValue& value);
// The rules of a decision with their statements and sources; shared with the composer's answer.
void draw_deciding_rules(const core::StepResult& result);
}  // namespace shell
