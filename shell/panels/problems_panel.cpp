// problems_panel.cpp — lists import problems; a failed import says so and that the open scenario was kept.
#include "panels/problems_panel.hpp"
#include "i18n.hpp"

#include "app_state.hpp"

namespace shell {

void draw_problems_panel(const AppState& state, const PanelRect& rect, Intents& out) {
  if (begin_panel(tr("Problems"), rect)) {
    const bool failed = core::has_errors(state.problems);
    if (failed)
      ImGui::TextWrapped(tr("%s could not be opened (%zu problem%s).%s"), state.problems_source.c_str(), state.problems.size(),
                         state.problems.size() == 1 ? "" : "s",
                         state.open ? tr(" The scenario that was open is unchanged.") : "");
    else
      ImGui::TextWrapped(tr("%s opened with %zu warning%s."), state.problems_source.c_str(), state.problems.size(),
                         state.problems.size() == 1 ? "" : "s");
    ImGui::SameLine();
    if (ImGui::SmallButton(tr("Dismiss"))) out.push_back(DismissProblems{});
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_Resizable | ImGuiTableFlags_SizingFixedFit;
    if (ImGui::BeginTable("problems", 4, flags)) {
      ImGui::TableSetupScrollFreeze(0, 1);
      ImGui::TableSetupColumn(tr("Where"), ImGuiTableColumnFlags_WidthFixed, em(6));
      ImGui::TableSetupColumn(tr("JSON Pointer"), ImGuiTableColumnFlags_WidthFixed, em(16));
      ImGui::TableSetupColumn(tr("Code"), ImGuiTableColumnFlags_WidthFixed, em(10));
      ImGui::TableSetupColumn(tr("Problem"), ImGuiTableColumnFlags_WidthStretch);
      ImGui::TableHeadersRow();
      const ImVec4 error_color(0.95f, 0.35f, 0.35f, 1.0f), warning_color(0.95f, 0.75f, 0.3f, 1.0f);
      ImGuiListClipper clipper;
      clipper.Begin(static_cast<int>(state.problems.size()));
      while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
          const core::Issue& issue = state.problems[static_cast<std::size_t>(i)];
          ImGui::TableNextRow();
          ImGui::TableSetColumnIndex(0);
          if (issue.line > 0) ImGui::Text(tr("%u:%u"), issue.line, issue.column);
          ImGui::TableSetColumnIndex(1);
          ImGui::TextUnformatted(issue.pointer.empty() ? tr("(document)") : issue.pointer.c_str());
          ImGui::TableSetColumnIndex(2);
          ImGui::TextColored(issue.severity == core::Severity::Error ? error_color : warning_color, "%s", issue.code.c_str());
          ImGui::TableSetColumnIndex(3);
          ImGui::TextWrapped("%s", issue.message.c_str());
        }
      }
      ImGui::EndTable();
    }
  }
  ImGui::End();
}

}  // namespace shell
