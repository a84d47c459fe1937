// platform.hpp — what the shell needs from the browser, in platform-neutral terms (implemented in platform_web.cpp).
#pragma once
#include <cstdint>
#include <string>

namespace web {

struct Viewport {
  double css_width = 0;
  double css_height = 0;
  double device_pixel_ratio = 1;
};

// The canvas's size in CSS pixels and the screen's device pixel ratio, read fresh each call.
Viewport query_viewport();
// Gives the canvas (and the GLFW window on it) this size in device pixels.
void set_canvas_size(int width, int height);
// The value of ?name=... in the page's URL, or "" when absent.
std::string query_parameter(const char* name);
// The first frame is on screen: the page hides its loading message.
void notify_app_ready();
// Startup failed: the page shows `message` instead of the canvas.
void notify_fatal_error(const char* message);
// Opens the browser's file picker; the chosen file arrives through app_load_json.
void request_open_file();
// Saves `text` as a download named `name` (a Blob, so any size works).
void download_text(const std::string& name, const char* mime, const std::string& text);
// Builds a share link carrying the scenario and the view on screen (share_link.hpp; compressed, in the URL fragment)
// and copies it to the clipboard; the single-file build offers the scenario as a download instead.
void share_scenario(const std::string& scenario_json, const std::string& view_json);
// Keeps the work in the browser's storage (debounced, crash-safe; see page.js).
void autosave(const std::string& scenario_json);
// The open work is about to be replaced: the page keeps it in Recent work (with a notice saying where) when it was
// `changed` since it was opened, or when it is the work saved in the browser, which the next save would write over.
void keep_recent(const std::string& scenario_json, bool changed);
// Opens the page's Recent work entry at `index` (0 = newest); its text arrives through app_load_json.
void open_recent(std::size_t index);
// Puts text on the system clipboard (ImGui's copy).
void copy_text(const char* text);
// A small value kept in the browser (localStorage) under "mpsim.<key>": lesson scores, the interface language.
// Reading gives "" when absent or when storage is unavailable; writing never throws (a full storage is ignored).
std::string load_setting(const char* key);
void save_setting(const char* key, const std::string& value);
// Tells the page the interface language ("en" or "zh-Hans"): its own HTML (lang, the Open button) follows.
void set_page_language(const char* tag);
// The browser's offset from UTC in minutes east (UTC+8: 480) at an instant given in seconds since 1970: JavaScript's
// Date, which knows the user's zone and when its daylight saving time starts and ends.
int browser_utc_offset_minutes(std::int64_t unix_seconds);
// What the browser calls its zone ("Asia/Shanghai", "America/New_York"), or "" when it does not say.
std::string browser_time_zone_name();
// Fetches fonts/<name> (served beside the page, or embedded in the single-file build); its bytes arrive through
// app_font_file (none, with the reason, if it failed).
void request_font_file(const char* name);
// Calls frame(user) once per display refresh, forever.
void run_frame_loop(void (*frame)(void*), void* user);

}  // namespace web
