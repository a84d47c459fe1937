// exports.cpp — functions JavaScript calls (listed in EXPORTED_FUNCTIONS). Strings in are UTF-8 pointers the caller
// owns; strings out point into a buffer owned here, valid until the next call. Nothing here throws into JavaScript.
#include "web/exports.hpp"

#include <emscripten.h>

#include <new>
#include <string>
#include <string_view>

#include <imgui.h>

#include "app.hpp"
#include "mpsim/enum_names.hpp"
#include "mpsim/json_writer.hpp"

namespace {
shell::App* g_app = nullptr;
std::string g_state_buffer;
}  // namespace

namespace web {
void register_app(shell::App* app) { g_app = app; }
}  // namespace web

extern "C" {

// A JSON snapshot of what the page shows, for tests and diagnostics:
// {"frames", "scenario": {...} | null, "problems": [...], "theme", "display": {...}}.
EMSCRIPTEN_KEEPALIVE const char* app_state_json() {
  core::JsonWriter w(false);
  w.begin_object();
  w.key("frames");
  w.value(static_cast<std::int64_t>(g_app ? g_app->frames() : 0));
  w.key("scenario");
  if (g_app && g_app->state().open) {
    const shell::OpenScenario& open = *g_app->state().open;
    w.begin_object();
    w.key("title");
    w.value(open.scenario.metadata.title);
    w.key("source");
    w.value(open.source);
    w.key("era");
    w.value(core::to_name(open.scenario.metadata.era));
    w.key("partners");
    w.value(open.summary.partners);
    w.key("customers");
    w.value(open.summary.customers);
    w.key("subscriptions");
    w.value(open.summary.subscriptions);
    w.key("events");
    w.value(open.summary.events);
    w.end_object();
  } else {
    w.null();
  }
  w.key("problems");
  w.begin_array();
  if (g_app)
    for (const core::Issue& issue : g_app->state().problems) {
      w.begin_object();
      w.key("severity");
      w.value(issue.severity == core::Severity::Error ? "error" : "warning");
      w.key("code");
      w.value(issue.code);
      w.key("pointer");
      w.value(issue.pointer);
      w.key("line");
      w.value(static_cast<std::int64_t>(issue.line));
      w.key("column");
      w.value(static_cast<std::int64_t>(issue.column));
      w.key("message");
      w.value(issue.message);
      w.end_object();
    }
  w.end_array();
  w.key("theme");
  w.value(g_app && g_app->state().theme == shell::Theme::Light ? "light" : "dark");
  if (ImGui::GetCurrentContext()) {
    const ImGuiIO& io = ImGui::GetIO();
    w.key("display");
    w.begin_object();
    w.key("width");
    w.value(static_cast<std::int64_t>(io.DisplaySize.x));
    w.key("height");
    w.value(static_cast<std::int64_t>(io.DisplaySize.y));
    w.key("font_pixels");
    w.value(static_cast<std::int64_t>(ImGui::GetFontSize()));
    w.end_object();
  }
  w.end_object();
  g_state_buffer = w.finish();
  return g_state_buffer.c_str();
}

// Opens a scenario from text (length bytes at `text`; `source` names it in messages). Returns 1 when it opened,
// 0 when it had problems (listed in app_state_json; the open scenario is kept) or memory ran out.
EMSCRIPTEN_KEEPALIVE int app_load_json(const char* text, int length, const char* source) {
  if (!g_app || !text || length < 0) return 0;
  try {
    return g_app->load_text(source ? source : "pasted text", std::string_view(text, static_cast<std::size_t>(length))) ? 1 : 0;
  } catch (const std::bad_alloc&) {
    return 0;  // the previous scenario is untouched: load_text replaces it only after a complete load
  }
}

// Opens a bundled example by file name. Returns 1 when it exists and opened.
EMSCRIPTEN_KEEPALIVE int app_load_bundled(const char* name) {
  if (!g_app || !name) return 0;
  return g_app->load_bundled(name) ? 1 : 0;
}

}  // extern "C"
