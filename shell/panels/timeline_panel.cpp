// timeline_panel.cpp — steps as a clipped list; clicking one jumps there.
#include "panels/timeline_panel.hpp"

#include <algorithm>

#include "i18n.hpp"

#include "app_state.hpp"
#include "time_zone.hpp"
#include "widgets.hpp"

namespace shell {

void draw_timeline_panel(const AppState& state, const PanelRect& rect, Intents& out) {
  if (begin_panel(tr("Timeline"), rect)) {
    if (!state.open) {
      ImGui::TextWrapped("%s", tr("Open a scenario: File > Gallery of examples, the Open button, or drop a file here."));
    } else {
      const core::Timeline& t = state.open->timeline;
      const std::size_t at = t.position(), steps = t.steps();
      // Controls
      ImGui::BeginDisabled(at == 0);
      if (ImGui::Button("|<")) out.push_back(SeekTo{0});
      ImGui::SetItemTooltip("%s", tr("Start (Home)"));
      ImGui::SameLine();
      if (ImGui::ArrowButton("back", ImGuiDir_Left)) out.push_back(StepBy{-1});
      ImGui::SetItemTooltip("%s", tr("Step back (Left)"));
      ImGui::EndDisabled();
      ImGui::SameLine();
      if (ImGui::Button(state.playing ? tr("Pause") : tr("Play"), em(4, 0))) out.push_back(SetPlaying{!state.playing});
      ImGui::SetItemTooltip("%s", tr("Play or pause (Space)"));
      ImGui::SameLine();
      ImGui::BeginDisabled(at == steps);
      if (ImGui::ArrowButton("forward", ImGuiDir_Right)) out.push_back(StepBy{1});
      ImGui::SetItemTooltip("%s", tr("Step forward (Right)"));
      ImGui::SameLine();
      if (ImGui::Button(">|")) out.push_back(SeekTo{steps});
      ImGui::SetItemTooltip("%s", tr("End (End)"));
      ImGui::EndDisabled();
      ImGui::SameLine();
      float speed = state.play_speed;
      ImGui::SetNextItemWidth(-FLT_MIN);
      // "%.2g" shows 1 as "1": the singular then ("1 step/s", not "1 steps/s").
      const char* speed_format = speed == 1.0f ? tr("%.2g step/s") : tr("%.2g steps/s");
      if (ImGui::SliderFloat("##speed", &speed, 0.25f, 8.0f, speed_format, ImGuiSliderFlags_Logarithmic)) out.push_back(SetPlaySpeed{speed});
      ImGui::Separator();

      if (ImGui::BeginChild("steps")) {
        // Row 0 is the initial world; row i is the world after step i.
        // Every row (the start too) is as tall as a step's two lines: the clipper places rows by the first one's height.
        const float row_height = ImGui::GetTextLineHeight() * 2 + ImGui::GetStyle().ItemSpacing.y;
        // A lesson shows only the steps revealed so far.
        const std::size_t shown = state.lesson ? at : steps;
        // After a jump (End, Home, a step chosen elsewhere) the current step is brought into view.
        ImGuiStorage* storage = ImGui::GetStateStorage();
        const ImGuiID shown_position = ImGui::GetID("shown-position");
        if (storage->GetInt(shown_position, -1) != static_cast<int>(at)) {
          storage->SetInt(shown_position, static_cast<int>(at));
          const float pitch = row_height + ImGui::GetStyle().ItemSpacing.y;
          const float y = static_cast<float>(at) * pitch;
          if (y < ImGui::GetScrollY() || y + pitch > ImGui::GetScrollY() + ImGui::GetWindowHeight())
            ImGui::SetScrollY(std::max(0.0f, y - (ImGui::GetWindowHeight() - pitch) * 0.5f));
        }
        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(shown + 1));
        while (clipper.Step()) {
          for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
            ImGui::PushID(row);
            const bool current = static_cast<std::size_t>(row) == at;
            if (row == 0) {
              if (ImGui::Selectable("##start", current, ImGuiSelectableFlags_AllowOverlap, ImVec2(0, row_height))) out.push_back(SeekTo{0});
              ImGui::SameLine();
              ImGui::TextDisabled("%s", tr("Start: the world as the scenario begins"));
            } else {
              const core::LogEntry& e = t.entries()[static_cast<std::size_t>(row - 1)];
              if (ImGui::Selectable("##step", current, ImGuiSelectableFlags_AllowOverlap, ImVec2(0, row_height)))
                out.push_back(SeekTo{static_cast<std::size_t>(row)});
              if (current && state.playing) ImGui::SetScrollHereY(0.5f);
              ImGui::SameLine();
              ImGui::BeginGroup();
              decision_dot(e.result.decision == core::Decision::Applied, e.scheduled);
              ImGui::SameLine();
              ImGui::Text(tr("%d. %s"), row, e.event.id.c_str());
              ImGui::SameLine();
              if (e.event.time) {
                ImGui::TextDisabled("%s", show_date(*e.event.time).c_str());
                ImGui::SetItemTooltip("%s", show_time(*e.event.time).c_str());
              }
              ImGui::TextDisabled(tr("   %s"), shell::shown(e.result.summary).c_str());
              ImGui::EndGroup();
              if (!e.violations.empty()) {
                ImGui::SameLine();
                ImGui::TextColored(ImVec4(1, 0.4f, 0.3f, 1), "%s", tr("invariant!"));
              }
            }
            ImGui::PopID();
          }
        }
        if (shown < steps) ImGui::TextDisabled(tr("%zu more step%s to come"), steps - shown, steps - shown == 1 ? "" : "s");
      }
      ImGui::EndChild();
    }
  }
  ImGui::End();
}

}  // namespace shell
