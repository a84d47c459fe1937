// expectations_panel.cpp — pass/fail list; selecting a row seeks to just after its step.
#include "panels/expectations_panel.hpp"
#include "i18n.hpp"

#include <cstdio>

#include "app_state.hpp"
#include "widgets.hpp"
#include "mpsim/enum_names.hpp"

namespace shell {

void draw_expectations_contents(const AppState& state, Intents& out) {
  if (!state.open) return;
  const core::Timeline& t = state.open->timeline;
  std::size_t passed = 0;
  for (const core::ExpectationOutcome& o : t.expectations()) passed += o.passed;
  ImGui::Text(tr("%zu of %zu expectations hold"), passed, t.expectations().size());
  if (t.expectations().empty()) ImGui::TextDisabled("%s", tr("This scenario states no expected outcomes."));
  for (std::size_t i = 0; i < t.expectations().size(); ++i) {
    const core::ExpectationOutcome& o = t.expectations()[i];
    const core::Expectation& x = t.scenario().expectations[o.expectation];
    ImGui::PushID(static_cast<int>(i));
    decision_dot(o.passed, false);
    ImGui::SameLine();
    char after[256];
    std::snprintf(after, sizeof after, tr("after %s"), x.after.c_str());
    std::string label = after;
    if (x.decision) label += (language() == Language::English ? ": " : "：") + std::string(core::label(*x.decision, language()));
    for (const std::string& r : x.rules) label += " " + r;
    const bool here = o.entry && *o.entry + 1 == t.position();
    if (ImGui::Selectable(label.c_str(), here) && o.entry) out.push_back(SeekTo{*o.entry + 1});
    const std::string& note = x.note.in(language());
    if (!note.empty()) ImGui::TextDisabled(tr("    %s"), note.c_str());
    for (const core::Message& f : o.failures) ImGui::TextColored(kRefusedColor, "    %s", shown(f).c_str());
    ImGui::PopID();
  }
}

}  // namespace shell
