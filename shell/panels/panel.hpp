// panel.hpp — what every panel shares: its rectangle in the tiled layout, the window skeleton, sizes in em.
#pragma once
#include <imgui.h>

namespace shell {

struct PanelRect {
  ImVec2 pos;
  ImVec2 size;
};

// Sizes in multiples of the font size, so layouts follow the user's type size and the screen's pixel density.
inline ImVec2 em(float x, float y) { return ImVec2(ImGui::GetFontSize() * x, ImGui::GetFontSize() * y); }
inline float em(float x) { return ImGui::GetFontSize() * x; }

// Places a tiled panel window; always pair with ImGui::End(), whatever this returns.
inline bool begin_panel(const char* title, const PanelRect& rect) {
  ImGui::SetNextWindowPos(rect.pos, ImGuiCond_Always);
  ImGui::SetNextWindowSize(rect.size, ImGuiCond_Always);
  return ImGui::Begin(title, nullptr,
                      ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                          ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus);
}

}  // namespace shell
