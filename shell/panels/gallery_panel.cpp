// gallery_panel.cpp — the gallery of bundled scenarios: choose one to step through, or open it as a predict lesson.
#include "panels/gallery_panel.hpp"

#include <algorithm>

#include "app_state.hpp"
#include "i18n.hpp"
#include "mpsim/enum_names.hpp"

namespace shell {

void draw_gallery_panel(const AppState& state, Intents& out) {
  bool open = state.gallery_open;
  if (open) ImGui::OpenPopup(tr("Gallery"));
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(std::min(vp->WorkSize.x * 0.9f, em(60)), std::min(vp->WorkSize.y * 0.85f, em(40))), ImGuiCond_Always);
  if (ImGui::BeginPopupModal(tr("Gallery"), &open, ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove)) {
    ImGui::TextWrapped("%s", tr("Choose a scenario to step through. Each one shows Partner Center's multi-partner rules at work, "
                       "with expectations that say what should happen and why."));
    ImGui::Separator();
    // On a phone the titles keep a readable width and the table scrolls sideways to the other columns.
    const bool narrow = ImGui::GetContentRegionAvail().x < em(44);
    if (ImGui::BeginTable("gallery", 5,
                          ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp |
                              (narrow ? ImGuiTableFlags_ScrollX : 0),
                          ImVec2(0, -ImGui::GetFrameHeightWithSpacing()))) {
      if (narrow) ImGui::TableSetupScrollFreeze(0, 1);
      if (narrow) ImGui::TableSetupColumn(tr("Scenario"), ImGuiTableColumnFlags_WidthFixed, em(18));
      else ImGui::TableSetupColumn(tr("Scenario"), ImGuiTableColumnFlags_WidthStretch, 4.0f);
      ImGui::TableSetupColumn(tr("Era"), ImGuiTableColumnFlags_WidthFixed, em(6));
      ImGui::TableSetupColumn(tr("Level"), ImGuiTableColumnFlags_WidthFixed, em(6));
      ImGui::TableSetupColumn(tr("Duration"), ImGuiTableColumnFlags_WidthFixed, em(4));
      ImGui::TableSetupColumn(tr("Lesson"), ImGuiTableColumnFlags_WidthFixed, em(9));
      ImGui::TableHeadersRow();
      for (const GalleryItem& item : state.gallery) {
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        ImGui::PushID(item.file.c_str());
        Intents chosen;
        if (ImGui::Selectable(item.title.in(language()).c_str())) chosen = {OpenBundledScenario{item.file}};  // not spanning: the row also has a button
        if (const std::string& description = item.description.in(language()); ImGui::IsItemHovered() && !description.empty()) {
          ImGui::BeginTooltip();
          ImGui::PushTextWrapPos(em(30));
          ImGui::TextUnformatted(description.c_str());
          ImGui::PopTextWrapPos();
          ImGui::EndTooltip();
        }
        ImGui::TableSetColumnIndex(1);
        ImGui::TextDisabled("%s", std::string(core::short_label(item.era, language())).c_str());
        ImGui::SetItemTooltip("%s", std::string(core::label(item.era, language())).c_str());
        ImGui::TableSetColumnIndex(2);
        ImGui::TextDisabled("%s", std::string(core::label(item.difficulty, language())).c_str());
        ImGui::TableSetColumnIndex(3);
        // About 45 seconds a step when a trainer reads the lesson aloud and the class discusses it.
        ImGui::TextDisabled(tr("~%zu min"), std::max<std::size_t>(2, (item.events * 3 + 3) / 4));
        ImGui::TableSetColumnIndex(4);
        if (ImGui::SmallButton(tr("Predict"))) chosen = {OpenBundledScenario{item.file}, StartLesson{true}};
        ImGui::SetItemTooltip("%s", tr("Open it as a lesson: guess each decision, then see why"));
        const auto score = std::find_if(state.lesson_scores.begin(), state.lesson_scores.end(), [&](const auto& x) { return x.first == item.file; });
        if (score != state.lesson_scores.end()) {
          ImGui::SameLine();
          ImGui::TextDisabled(tr("best %d/%d"), score->second.first, score->second.second);
        }
        ImGui::PopID();
        if (!chosen.empty()) {
          out.insert(out.end(), chosen.begin(), chosen.end());
          open = false;
          ImGui::CloseCurrentPopup();
        }
      }
      ImGui::EndTable();
    }
    if (ImGui::Button(tr("Close"))) {
      open = false;
      ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
  }
  if (state.gallery_open && !open) out.push_back(CloseDialogs{});
}


}  // namespace shell
