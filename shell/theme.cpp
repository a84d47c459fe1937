// theme.cpp — styles tuned for reading tables in a classroom: generous spacing, calm colours, clear selection.
#include "theme.hpp"

#include <imgui.h>


namespace shell {

void apply_theme(Theme theme, float scale) {
  ImGuiStyle style;
  if (theme == Theme::Dark) ImGui::StyleColorsDark(&style);
  else ImGui::StyleColorsLight(&style);
  style.WindowRounding = 0.0f;
  style.FrameRounding = 4.0f;
  style.TabRounding = 4.0f;
  style.GrabRounding = 4.0f;
  style.PopupRounding = 4.0f;
  style.ScrollbarRounding = 6.0f;
  style.WindowBorderSize = 1.0f;
  style.FramePadding = ImVec2(8, 4);
  style.ItemSpacing = ImVec2(8, 6);
  style.CellPadding = ImVec2(6, 3);
  style.WindowPadding = ImVec2(10, 8);
  if (theme == Theme::Dark) {
    style.Colors[ImGuiCol_WindowBg] = ImVec4(0.11f, 0.12f, 0.14f, 1.0f);
    style.Colors[ImGuiCol_TitleBgActive] = ImVec4(0.16f, 0.29f, 0.48f, 1.0f);
    style.Colors[ImGuiCol_TitleBg] = ImVec4(0.15f, 0.20f, 0.28f, 1.0f);  // tiled panels: inactive titles stay legible
  } else {
    style.Colors[ImGuiCol_WindowBg] = ImVec4(0.97f, 0.97f, 0.98f, 1.0f);
    style.FrameBorderSize = 1.0f;  // white inputs on a near-white window need an edge
  }
  style.ScaleAllSizes(scale);
  ImGui::GetStyle() = style;
}

}  // namespace shell
