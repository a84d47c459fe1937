// widgets.cpp — the drawing panels share (widgets.hpp).
#include "widgets.hpp"

#include "i18n.hpp"
#include "line_breaks.hpp"
#include "mpsim/engine.hpp"
#include "mpsim/rules.hpp"
#include "time_zone.hpp"

namespace shell {

void decision_dot(bool applied, bool scheduled) {
  const float r = ImGui::GetFontSize() * 0.3f;
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const ImVec2 c(p.x + r + 1, p.y + ImGui::GetTextLineHeight() * 0.5f + 1);
  const ImU32 color = applied ? IM_COL32(70, 180, 90, 255) : IM_COL32(220, 70, 70, 255);
  if (scheduled) ImGui::GetWindowDrawList()->AddCircle(c, r, color, 0, 2.0f);
  else ImGui::GetWindowDrawList()->AddCircleFilled(c, r, color);
  ImGui::Dummy(ImVec2(2 * r + 4, ImGui::GetTextLineHeight()));
}

std::string param_text(const core::ParamValue& v) {
  if (const auto* s = std::get_if<std::string>(&v)) return *s;
  if (const auto* n = std::get_if<std::int64_t>(&v)) return std::to_string(*n);
  if (const auto* b = std::get_if<bool>(&v)) return *b ? "true" : "false";
  std::string out;
  for (const std::string& item : std::get<std::vector<std::string>>(v)) out += (out.empty() ? "" : ", ") + item;
  return "[" + out + "]";
}

void draw_deciding_rules(const core::StepResult& result) {
  const bool applied = result.decision == core::Decision::Applied;
  for (std::size_t i = 0; i < result.rules.size(); ++i) {
    const core::DecidingRule& r = result.rules[i];
    const core::Rule* rule = core::find_rule(r.id);
    ImGui::PushID(static_cast<int>(i));
    const bool decisive = !applied && i + 1 == result.rules.size();
    ImGui::TextColored(decisive ? kRefusedColor : ImVec4(0.5f, 0.75f, 1.0f, 1), "%s", r.id.c_str());
    ImGui::SameLine();
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(wrappable(show_times_in(shown(r.explanation))).c_str());
    if (rule) {
      ImGui::TextDisabled("%s%s", wrappable(core::statement(*rule, language())).c_str(), rule->inferred ? tr(" (inferred: no source states it)") : "");
      if (!rule->source->url.empty()) {
        if (ImGui::SmallButton(tr("source"))) ImGui::SetClipboardText(std::string(rule->source->url).c_str());
        ImGui::SetItemTooltip(tr("Copy the source page's address: %s"), std::string(rule->source->url).c_str());
        ImGui::SameLine();
        ImGui::TextDisabled("%s", std::string(rule->source->title).c_str());
      }
    }
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    ImGui::PopID();
  }
}

}  // namespace shell
