// platform.hpp — what the shell needs from the browser, in platform-neutral terms (implemented in platform_web.cpp).
#pragma once
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
// Calls frame(user) once per display refresh, forever.
void run_frame_loop(void (*frame)(void*), void* user);

}  // namespace web
