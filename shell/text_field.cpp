// text_field.cpp — collects this frame's text fields (see text_field.hpp); a new frame starts a new list.
#include "text_field.hpp"

namespace shell {
namespace {
int g_frame = -1;  // the frame the lists below belong to
std::vector<TextFieldArea> g_areas;
TextFieldNote g_edited;

void start_frame_if_new() {
  if (g_frame == ImGui::GetFrameCount()) return;
  g_frame = ImGui::GetFrameCount();
  g_areas.clear();
  g_edited = {};
}
}  // namespace

void note_text_field(const char* name, bool numeric) {
  start_frame_if_new();
  const TextFieldArea area{ImGui::GetItemRectMin(), ImGui::GetItemRectMax()};
  if (ImGui::IsItemVisible() && (g_areas.empty() || !(g_areas.back() == area))) g_areas.push_back(area);  // once if renamed
  if (ImGui::IsItemActive()) g_edited = {name, numeric, area.max.x};
}

const std::vector<TextFieldArea>& text_field_areas() {
  start_frame_if_new();
  return g_areas;
}

const TextFieldNote& edited_text_field_note() {
  start_frame_if_new();
  return g_edited;
}

}  // namespace shell
