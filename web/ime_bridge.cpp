// ime_bridge.cpp — ImGui reports the edited field's caret through its IME hook, only when it changes; each frame this
// adds which field it is and how it looks, and where the text fields are, and hands the page what changed
// (web/library.js, then web/ime.js).
#include "web/ime_bridge.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <vector>

#include "text_field.hpp"

extern "C" {
// web/library.js
void web_follow_text_field(int editing, unsigned field, float x, float y, float line_height, float right, int empty,
                           const char* name, int numeric, unsigned text_color, unsigned background);
void web_set_text_field_areas(const float* min_max_xy, int count);
}

namespace web {
namespace {

ImGuiPlatformImeData g_ime;  // what ImGui last reported: the caret's line while a field is edited

struct Spot {
  bool editing = false;
  ImGuiID field = 0;
  ImVec2 caret;  // top-left of the caret's line, canvas pixels
  float line_height = 0;
  float right = 0;     // the field's right edge
  bool empty = false;  // the field holds no text (it shows its hint)
  std::string name;
  bool numeric = false;
  ImU32 text_color = 0, background = 0;
  bool operator==(const Spot& o) const {
    return editing == o.editing && field == o.field && caret.x == o.caret.x && caret.y == o.caret.y &&
           line_height == o.line_height && right == o.right && empty == o.empty && name == o.name && numeric == o.numeric &&
           text_color == o.text_color && background == o.background;
  }
};
Spot g_sent;  // what the page was told last
std::vector<shell::TextFieldArea> g_sent_areas;

// The text state of the field being edited, or null. WantVisible: ImGui drew its caret this frame (read-only fields
// have none and need no input method).
const ImGuiInputTextState* edited_state() {
  if (!ImGui::GetCurrentContext() || !g_ime.WantVisible) return nullptr;
  return ImGui::GetInputTextState(ImGui::GetActiveID());
}

// The frame colour as drawn over the window (it is translucent): the composition covers the field with it.
ImU32 field_background() {
  const ImGuiStyle& style = ImGui::GetStyle();
  const ImVec4 f = style.Colors[ImGuiCol_FrameBg], w = style.Colors[ImGuiCol_WindowBg];
  const auto mix = [&](float a, float b) { return a * f.w + b * (1.0f - f.w); };
  return ImGui::ColorConvertFloat4ToU32(ImVec4(mix(f.x, w.x), mix(f.y, w.y), mix(f.z, w.z), 1.0f));
}

}  // namespace

void install_ime_bridge() {
  ImGui::GetIO().SetPlatformImeDataFn = [](ImGuiViewport*, ImGuiPlatformImeData* data) { g_ime = *data; };
}

void follow_text_fields() {
  if (const std::vector<shell::TextFieldArea>& areas = shell::text_field_areas(); areas != g_sent_areas) {
    g_sent_areas = areas;
    std::vector<float> flat;
    for (const shell::TextFieldArea& a : areas) flat.insert(flat.end(), {a.min.x, a.min.y, a.max.x, a.max.y});
    web_set_text_field_areas(flat.data(), static_cast<int>(areas.size()));
  }
  Spot spot;
  if (const ImGuiInputTextState* state = edited_state()) {
    spot.editing = true;
    spot.field = state->ID;
    spot.caret = g_ime.InputPos;
    spot.line_height = g_ime.InputLineHeight;
    const shell::TextFieldNote& note = shell::edited_text_field_note();
    spot.right = note.right > 0 ? note.right - ImGui::GetStyle().FramePadding.x : 0;
    spot.empty = state->CurLenW == 0;
    spot.name = note.name;
    spot.numeric = note.numeric;
    spot.text_color = ImGui::GetColorU32(ImGuiCol_Text);
    spot.background = field_background();
  }
  if (spot == g_sent) return;
  g_sent = spot;
  web_follow_text_field(spot.editing, spot.field, spot.caret.x, spot.caret.y, spot.line_height, spot.right, spot.empty,
                        spot.name.c_str(), spot.numeric, spot.text_color, spot.background);
}

EditedTextField edited_text_field() {
  EditedTextField out;
  const ImGuiInputTextState* state = edited_state();
  if (!state) return out;
  out.editing = true;
  out.name = shell::edited_text_field_note().name;
  out.text.resize(static_cast<std::size_t>(state->CurLenW) * 4 + 1);
  const ImWchar* text = state->TextW.Data;
  const int length = ImTextStrToUtf8(out.text.data(), static_cast<int>(out.text.size()), text, text + state->CurLenW);
  out.text.resize(static_cast<std::size_t>(length));
  return out;
}

}  // namespace web
