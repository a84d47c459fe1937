// rules_panel.cpp — rule catalogue table with counts of applied and refused steps in this scenario.
#include "panels/rules_panel.hpp"
#include "i18n.hpp"
#include "line_breaks.hpp"

#include <map>

#include "app_state.hpp"
#include "widgets.hpp"
#include "mpsim/rules.hpp"
#include "text_field.hpp"

namespace shell {

void draw_rules_contents(const AppState& state, Intents& /*out*/) {
  if (!state.open) return;
  const core::Timeline& t = state.open->timeline;
  std::map<std::string, std::pair<int, int>> counts;  // applied, refused
  for (const core::LogEntry& e : t.entries())
    for (const core::DecidingRule& r : e.result.rules) (e.result.decision == core::Decision::Applied ? counts[r.id].first : counts[r.id].second)++;
  static ImGuiTextFilter filter;
  ImGui::SetNextItemWidth(em(16));
  filter.Draw("##rules-filter");
  note_text_field(tr("Rules"));
  ImGui::SameLine();
  ImGui::TextDisabled("%s", tr("Rules of this era; counts are this scenario's steps that each decided"));
  if (ImGui::BeginTable("rules", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp)) {
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr("ID"), ImGuiTableColumnFlags_WidthFixed, em(5.5f));
    ImGui::TableSetupColumn(tr("Allowed"), ImGuiTableColumnFlags_WidthFixed, em(4));
    ImGui::TableSetupColumn(tr("Refused"), ImGuiTableColumnFlags_WidthFixed, em(4));
    ImGui::TableSetupColumn(tr("Rule and source"), ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableHeadersRow();
    for (const core::Rule& r : core::rule_catalogue()) {
      if (!core::rule_in_scenario(r, t.scenario().metadata.era, t.scenario().metadata.gdap_in_21vianet)) continue;
      const std::string_view statement = core::statement(r, language());
      // Filtering finds a rule by its words in either language.
      const std::string line = std::string(r.id) + " " + std::string(statement) + " " + std::string(r.statement) + " " + std::string(r.group);
      if (!filter.PassFilter(line.c_str())) continue;
      const auto c = counts[std::string(r.id)];
      ImGui::TableNextRow();
      ImGui::TableSetColumnIndex(0);
      ImGui::TextUnformatted(std::string(r.id).c_str());
      ImGui::TableSetColumnIndex(1);
      if (c.first) ImGui::Text(tr("%d"), c.first);
      ImGui::TableSetColumnIndex(2);
      if (c.second) ImGui::Text(tr("%d"), c.second);
      ImGui::TableSetColumnIndex(3);
      ImGui::PushTextWrapPos(0.0f);
      ImGui::TextUnformatted(wrappable(statement).c_str());
      ImGui::TextDisabled("%s%s", std::string(r.source->title).c_str(), r.inferred ? tr("  (inferred)") : "");
      ImGui::PopTextWrapPos();
    }
    ImGui::EndTable();
  }
}

}  // namespace shell
