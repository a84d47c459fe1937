// c_api.hpp — the small C ABI the page's JavaScript (and the end-to-end tests) call; see c_api.cpp. It acts on the App.
#pragma once

namespace shell {
class App;
}

namespace web {
// The app the exported functions act on; set once at start-up.
void register_app(shell::App* app);
// The text the user last pasted into the page (ImGui's clipboard source).
const char* clipboard_text();
// CPU time of one frame (the C++ side: UI, engine work, draw calls), for app_state_json's "frame_ms".
void record_frame_time(double ms);
}  // namespace web
