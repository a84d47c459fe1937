// ime_bridge.hpp — ImGui's side of the input-method bridge (the page's side is web/ime.js): tells the page which text
// field is being edited and where its caret is, so the page's input-method element can follow it.
#pragma once
#include <string>

namespace web {

// Installs ImGui's IME hook (io.SetPlatformImeDataFn). Call once, after ImGui's context exists.
void install_ime_bridge();
// Call after ImGui::Render(): tells the page when the edited field, its caret, its name or its colours changed, or
// where the text fields are (a tap there focuses the page's input element at once, see shell/text_field.hpp).
void follow_text_fields();

struct EditedTextField {
  bool editing = false;  // a text field takes typing now
  std::string name;      // its accessible name (shell/text_field.hpp), "" when it has none
  std::string text;      // its text as edited so far (UTF-8)
};
// The field being edited, for app_state_json.
EditedTextField edited_text_field();

}  // namespace web
