// widgets.hpp — what several panels draw the same way: the decision dot, the deciding rules, a parameter's text and
// the colours that mean allowed and refused. Panels include this, never each other.
#pragma once
#include <string>

#include <imgui.h>

#include "mpsim/scenario.hpp"

namespace core {
struct StepResult;
}

namespace shell {

// Text colours: allowed / as expected, refused / not as expected.
inline constexpr ImVec4 kAllowedColor(0.45f, 0.85f, 0.5f, 1);
inline constexpr ImVec4 kRefusedColor(0.95f, 0.45f, 0.45f, 1);

// A small filled circle: green applied, red rejected, hollow for a step the system scheduled.
void decision_dot(bool applied, bool scheduled);
// A parameter's value as the panels show it: text, number, true/false or [a, b].
std::string param_text(const core::ParamValue& value);
// The rules of a decision with their statements and sources (the Decision panel, the composer's answer, lessons).
void draw_deciding_rules(const core::StepResult& result);

}  // namespace shell
