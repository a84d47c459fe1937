// platform_web.cpp — the browser implementation of platform.hpp (Emscripten html5 API and web/library.js).
#include "web/platform.hpp"

#include <emscripten.h>
#include <emscripten/html5.h>

#include <cstdlib>

extern "C" {
// web/library.js
char* web_query_parameter(const char* name);
void web_set_canvas_size(int width, int height);
void web_request_open_file();
void web_download_text(const char* name, const char* mime, const char* text, int length);
void web_share_scenario(const char* text, int length, const char* view);
void web_autosave(const char* text, int length);
void web_keep_recent(const char* text, int length, int changed);
void web_open_recent(int index);
void web_copy_text(const char* text);
void web_notify_ready();
void web_notify_fatal_error(const char* message);
char* web_load_setting(const char* key);
void web_save_setting(const char* key, const char* value);
void web_request_font_file(const char* name);
void web_set_page_language(const char* tag);
int web_utc_offset_minutes(double unix_seconds);
char* web_time_zone_name();
}

namespace web {

Viewport query_viewport() {
  Viewport v;
  emscripten_get_element_css_size("#canvas", &v.css_width, &v.css_height);
  v.device_pixel_ratio = emscripten_get_device_pixel_ratio();
  return v;
}

void set_canvas_size(int width, int height) { web_set_canvas_size(width, height); }

// Takes a malloc'd string from library.js (null = absent).
std::string take_js_string(char* value) {
  if (!value) return {};
  std::string result(value);
  std::free(value);
  return result;
}

std::string query_parameter(const char* name) { return take_js_string(web_query_parameter(name)); }

void notify_app_ready() { web_notify_ready(); }
void request_open_file() { web_request_open_file(); }
void download_text(const std::string& name, const char* mime, const std::string& text) {
  web_download_text(name.c_str(), mime, text.data(), static_cast<int>(text.size()));
}
void share_scenario(const std::string& scenario_json, const std::string& view_json) {
  web_share_scenario(scenario_json.data(), static_cast<int>(scenario_json.size()), view_json.c_str());
}
void autosave(const std::string& scenario_json) { web_autosave(scenario_json.data(), static_cast<int>(scenario_json.size())); }
void keep_recent(const std::string& scenario_json, bool changed) {
  web_keep_recent(scenario_json.data(), static_cast<int>(scenario_json.size()), changed ? 1 : 0);
}
void open_recent(std::size_t index) { web_open_recent(static_cast<int>(index)); }
void copy_text(const char* text) { web_copy_text(text); }
void notify_fatal_error(const char* message) { web_notify_fatal_error(message); }

std::string load_setting(const char* key) { return take_js_string(web_load_setting(key)); }
void save_setting(const char* key, const std::string& value) { web_save_setting(key, value.c_str()); }

// A double carries the seconds exactly (up to 2^53) without this Emscripten's 64-bit integer legalisation.
int browser_utc_offset_minutes(std::int64_t unix_seconds) { return web_utc_offset_minutes(static_cast<double>(unix_seconds)); }
std::string browser_time_zone_name() { return take_js_string(web_time_zone_name()); }

void request_font_file(const char* name) { web_request_font_file(name); }
void set_page_language(const char* tag) { web_set_page_language(tag); }

void run_frame_loop(void (*frame)(void*), void* user) {
  // simulate_infinite_loop=true: main() does not return, so its statics and locals stay alive.
  emscripten_set_main_loop_arg(frame, user, 0, true);
}

}  // namespace web
