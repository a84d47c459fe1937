// main_web.cpp — the browser entry point: a GLFW window on the page's canvas, Dear ImGui, and the frame loop.
// This Emscripten's GLFW works in canvas pixels and ignores devicePixelRatio, so the canvas is sized by hand
// to CSS size x ratio each frame and the UI (fonts and style) is scaled by the ratio: crisp text, correct clicks.
#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <emscripten.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <cstdint>
#include <cstdio>

#include "app.hpp"
#include "fonts.hpp"
#include "mpsim/enum_names.hpp"
#include "theme.hpp"
#include "c_api.hpp"
#include "web/ime_bridge.hpp"
#include "web/platform.hpp"

namespace {

constexpr const char* kDefaultScenario = "second-partner-joins.json";
constexpr float kBaseFontPixels = 16.0f;  // CSS pixels; readable on a projector at the back of a room

struct Runtime {
  GLFWwindow* window = nullptr;
  shell::App app;
  float pixel_ratio = 0.0f;  // 0 until the first frame sizes everything
  bool presenter = false;
  std::uint64_t saved_version = 0;
};

constexpr float kPresenterScale = 1.5f;  // large type for projectors
constexpr double kFontBudgetMs = 10.0;    // rasterizing a fetched font's glyphs, per frame (fonts.hpp)

void frame(void* user) {
  const double started_ms = emscripten_get_now();
  Runtime& rt = *static_cast<Runtime*>(user);
  const web::Viewport viewport = web::query_viewport();
  const float ratio = viewport.device_pixel_ratio > 0 ? static_cast<float>(viewport.device_pixel_ratio) : 1.0f;
  const int want_width = std::max(1, static_cast<int>(std::lround(viewport.css_width * ratio)));
  const int want_height = std::max(1, static_cast<int>(std::lround(viewport.css_height * ratio)));
  int width = 0, height = 0;
  glfwGetWindowSize(rt.window, &width, &height);
  if (width != want_width || height != want_height) web::set_canvas_size(want_width, want_height);

  const bool theme_changed = rt.app.take_theme_change();
  const bool presenter_changed = rt.presenter != rt.app.state().presenter;
  rt.presenter = rt.app.state().presenter;
  const float ui_scale = ratio * (rt.presenter ? kPresenterScale : 1.0f);
  // The atlas follows the characters needed and the pixel size. The first frame's texture is made by the renderer's
  // own set-up in NewFrame; later ones are replaced here, and the atlas's pixels freed once on the GPU.
  if (shell::fonts().update(std::round(kBaseFontPixels * ui_scale), kFontBudgetMs) && rt.app.frames() > 0) {
    const double upload_started = emscripten_get_now();
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
    ImGui::GetIO().Fonts->ClearTexData();
    shell::fonts().texture_uploaded(emscripten_get_now() - upload_started);
  }
  if (ratio != rt.pixel_ratio || theme_changed || presenter_changed) shell::apply_theme(rt.app.state().theme, ui_scale);
  rt.pixel_ratio = ratio;

  glfwPollEvents();
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  ImGui::NewFrame();
  rt.app.draw_frame();
  ImGui::Render();
  web::follow_text_fields();

  int fb_width = 0, fb_height = 0;
  glfwGetFramebufferSize(rt.window, &fb_width, &fb_height);
  glViewport(0, 0, fb_width, fb_height);
  const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
  glClearColor(bg.x, bg.y, bg.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  if (rt.app.frames() == 1) web::notify_app_ready();
  // Keep the work: whenever the scenario changed, hand it to the page, which debounces and stores it safely.
  // Presenter mode shows no saved work and saves none.
  if (rt.app.state().save_version != rt.saved_version) {
    rt.saved_version = rt.app.state().save_version;
    if (!rt.presenter && rt.app.state().open && !rt.app.state().open->generated) web::autosave(rt.app.scenario_json());
  }
  web::record_frame_time(emscripten_get_now() - started_ms);
}

// ?generate=PARTNERS,CUSTOMERS,SUBSCRIPTIONS,EVENTS[,ERA[,SEED]]: a generated world (benchmarks, stress demos).
std::optional<core::GenerateOptions> generate_options(const std::string& text) {
  core::GenerateOptions options;
  std::size_t numbers[4] = {}, at = 0;
  std::size_t field = 0;
  for (; field < 4 && at <= text.size(); ++field) {
    const std::size_t comma = std::min(text.find(',', at), text.size());
    const std::string part = text.substr(at, comma - at);
    if (part.empty() || part.size() > 8 || part.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
    numbers[field] = std::stoul(part);
    at = comma + 1;
  }
  if (field < 4) return std::nullopt;
  options.partners = std::max<std::size_t>(numbers[0], 1);
  options.customers = numbers[1];
  options.subscriptions = numbers[2];
  options.events = numbers[3];
  if (at < text.size()) {
    const std::size_t comma = std::min(text.find(',', at), text.size());
    const auto era = core::from_name<core::Era>(text.substr(at, comma - at));
    if (!era) return std::nullopt;
    options.era = *era;
    if (comma + 1 < text.size()) {
      const std::string seed = text.substr(comma + 1);
      if (seed.size() > 18 || seed.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
      options.seed = std::stoull(seed);
    }
  }
  return options;
}

}  // namespace

int main() {
  if (!glfwInit()) {
    web::notify_fatal_error("The page could not start its graphics (GLFW). Try another browser.");
    return 1;
  }
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
  const web::Viewport viewport = web::query_viewport();
  static Runtime runtime;  // lives for the page's lifetime; the frame loop never returns here
  runtime.window = glfwCreateWindow(std::max(1, static_cast<int>(viewport.css_width)),
                                    std::max(1, static_cast<int>(viewport.css_height)), "mpsim", nullptr, nullptr);
  if (!runtime.window) {
    web::notify_fatal_error("This browser could not create a WebGL 2 context, which mpsim needs to draw. "
                            "Enable hardware acceleration or try a current Chrome, Edge, Firefox or Safari.");
    return 1;
  }
  glfwMakeContextCurrent(runtime.window);
  GLint max_texture = 0;
  glGetIntegerv(GL_MAX_TEXTURE_SIZE, &max_texture);
  shell::fonts().set_max_texture_size(max_texture);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // no file system in the page; layout is tiled by the app
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  ImGui_ImplGlfw_InitForOpenGL(runtime.window, true);
  // The system clipboard: copies go to the browser; pastes arrive from the page's paste event (app_paste).
  io.SetClipboardTextFn = [](void*, const char* text) { web::copy_text(text); };
  io.GetClipboardTextFn = [](void*) { return web::clipboard_text(); };
  // Input methods and phone keyboards type into a text element of the page that follows the edited field (ime.js).
  web::install_ime_bridge();
  ImGui_ImplOpenGL3_Init("#version 300 es");

  web::register_app(&runtime.app);
  runtime.app.restore_settings();
  // ?example=NAME opens a bundled scenario; an unknown name keeps the default open and lists the problem.
  runtime.app.load_bundled(kDefaultScenario);
  const std::string example = web::query_parameter("example");
  if (!example.empty()) runtime.app.load_bundled(example.find(".json") == std::string::npos ? example + ".json" : example);
  if (const std::string generate = web::query_parameter("generate"); !generate.empty()) {
    if (const auto options = generate_options(generate)) runtime.app.begin_generated(*options);
    else std::fprintf(stderr, "mpsim: ?generate= wants PARTNERS,CUSTOMERS,SUBSCRIPTIONS,EVENTS[,ERA[,SEED]] (numbers; era 21vianet, global_dap or global_gdap)\n");
  }
  // The interface language: ?lang=zh-Hans or en, else the one chosen last time in this browser.
  std::string language = web::query_parameter("lang");
  if (language.empty()) language = web::load_setting("language");
  if (language == "zh-Hans" || language == "zh") runtime.app.choose_language(true);
  runtime.app.restore_time_zone();
  // ?lesson=read or ?lesson=predict starts the opened example as a lesson (links a trainer hands out).
  const std::string lesson = web::query_parameter("lesson");
  if (!example.empty() && (lesson == "read" || lesson == "predict")) runtime.app.start_lesson(lesson == "predict");

  web::run_frame_loop(frame, &runtime);
  return 0;
}
