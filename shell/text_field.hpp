// text_field.hpp — what the page needs to know about the app's text fields beyond what ImGui tells it: where each one
// is, and the name of the one being edited. The page's input-method element (web/ime.js) uses both: a tap on a field
// focuses it inside the tap, which is when a phone shows its keyboard (the app starts editing only a frame later);
// and the name is its accessible name, so a screen reader says which field the typing goes to (ImGui fields have
// "##" ids that name nothing).
#pragma once
#include <string>
#include <vector>

#include <imgui.h>

namespace shell {

// Declares the widget just drawn a text field named `name` (`numeric`: it takes a number, and a phone shows its number
// pad). Call right after the widget, every frame it is drawn.
void note_text_field(const char* name, bool numeric = false);

// The text fields drawn this frame, where they can be tapped (screen pixels).
struct TextFieldArea {
  ImVec2 min, max;
  bool operator==(const TextFieldArea& o) const {
    return min.x == o.min.x && min.y == o.min.y && max.x == o.max.x && max.y == o.max.y;
  }
};
const std::vector<TextFieldArea>& text_field_areas();
// What was noted this frame about the text field being edited (an empty name when nothing was).
struct TextFieldNote {
  std::string name;
  bool numeric = false;
  float right = 0;  // the field's right edge (screen pixels): a composition in an empty field covers its hint up to it
};
const TextFieldNote& edited_text_field_note();

}  // namespace shell
