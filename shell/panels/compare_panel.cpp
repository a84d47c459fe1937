// compare_panel.cpp — lists every event with its decision under the scenario's era (A) and another (B), differing
// decisions first in colour; choosing a row seeks to just after that step. The comparison itself is computed by App
// (CompareEras) when this view asks for one that is missing or stale.
#include "panels/compare_panel.hpp"
#include "i18n.hpp"

#include "app_state.hpp"
#include "widgets.hpp"
#include "mpsim/enum_names.hpp"
#include "time_zone.hpp"

namespace shell {
namespace {

std::string rule_list(const core::EraOutcome& o) {
  std::string text;
  for (const std::string& r : o.rules) text += (text.empty() ? "" : " ") + r;
  return text.empty() ? std::string("-") : text;
}

std::string era_name(core::Era era) { return std::string(core::label(era, language())); }

}  // namespace

void draw_compare_contents(const AppState& state, Intents& out) {
  if (!state.open) return;
  const core::Era own = state.open->timeline.scenario().metadata.era;
  const core::Era other = state.comparison && state.comparison->b != own ? state.comparison->b : core::default_comparison_era(own);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr("Compare with"));
  ImGui::SameLine();
  ImGui::SetNextItemWidth(em(22));
  if (ImGui::BeginCombo("##era", era_name(other).c_str())) {
    for (const core::Era era : {core::Era::Vianet21, core::Era::GlobalDap, core::Era::GlobalGdap})
      if (era != own && ImGui::Selectable(era_name(era).c_str(), era == other)) out.push_back(CompareEras{era});
    ImGui::EndCombo();
  }
  if (!state.comparison || state.comparison_version != state.save_version) {
    out.push_back(CompareEras{other});  // missing or stale: App computes it before the next frame
    ImGui::TextDisabled("%s", tr("Replaying under both rule packs..."));
    return;
  }
  const core::EraComparison& c = *state.comparison;
  ImGui::TextWrapped(tr("A: %s"), era_name(c.a).c_str());
  ImGui::TextWrapped(tr("B: %s"), era_name(c.b).c_str());
  ImGui::Text(tr("%zu of %zu decisions differ"), c.decision_differences(), c.events.size());
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("compare", 3, flags)) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn(tr("Event"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
  ImGui::TableSetupColumn(tr("A"), ImGuiTableColumnFlags_WidthStretch, 1.3f);
  ImGui::TableSetupColumn(tr("B"), ImGuiTableColumnFlags_WidthStretch, 1.3f);
  ImGui::TableHeadersRow();
  const core::Timeline& t = state.open->timeline;
  const ImVec4 differs(0.95f, 0.65f, 0.25f, 1.0f);
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(c.events.size()));
  while (clipper.Step())
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const core::ComparedEvent& e = c.events[static_cast<std::size_t>(i)];
      ImGui::TableNextRow();
      ImGui::TableSetColumnIndex(0);
      ImGui::PushID(i);
      const std::optional<std::size_t> at = t.position_after(e.id);
      const std::string label = std::to_string(e.event + 1) + ". " + e.id;
      if (e.decisions_differ()) ImGui::PushStyleColor(ImGuiCol_Text, differs);
      if (ImGui::Selectable(label.c_str(), at && *at == t.position(), ImGuiSelectableFlags_SpanAllColumns) && at) out.push_back(SeekTo{*at});
      if (const std::optional<core::Timestamp>& when = t.scenario().events[e.event].time) ImGui::SetItemTooltip("%s", show_time(*when).c_str());
      if (e.decisions_differ()) ImGui::PopStyleColor();
      ImGui::PopID();
      for (int column = 1; column <= 2; ++column) {
        const core::EraOutcome& o = column == 1 ? e.a : e.b;
        ImGui::TableSetColumnIndex(column);
        decision_dot(o.decision == core::Decision::Applied, false);
        ImGui::SameLine();
        ImGui::TextWrapped(tr("%s  %s"), std::string(core::label(o.decision, language())).c_str(), rule_list(o).c_str());
      }
    }
  ImGui::EndTable();
}

}  // namespace shell
