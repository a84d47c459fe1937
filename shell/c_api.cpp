// c_api.cpp — the C ABI: functions JavaScript calls (listed in EXPORTED_FUNCTIONS). Strings in are UTF-8 pointers the caller
// owns; strings out point into a buffer owned here, valid until the next call. Nothing here throws into JavaScript.
#include "c_api.hpp"

#include <emscripten.h>

#include <algorithm>
#include <iterator>
#include <new>
#include <string>
#include <string_view>
#include <vector>

#include <imgui.h>

#include "app.hpp"
#include "fonts.hpp"
#include "i18n.hpp"
#include "recent_work.hpp"
#include "web/ime_bridge.hpp"
#include "mpsim/enum_names.hpp"
#include "mpsim/rules.hpp"
#include "mpsim/json_writer.hpp"
#include "time_zone.hpp"

namespace {
shell::App* g_app = nullptr;
std::string g_state_buffer;
std::string g_clipboard;  // what the user last pasted; ImGui reads it through get_clipboard_text
std::vector<double> g_frame_ms;  // the last kFrameSamples frames' CPU time, as a ring
std::size_t g_frame_next = 0;
constexpr std::size_t kFrameSamples = 240;

// The q-quantile (0..1) of the recorded frame times.
double frame_quantile(double q) {
  std::vector<double> sorted = g_frame_ms;
  if (sorted.empty()) return 0;
  std::sort(sorted.begin(), sorted.end());
  return sorted[static_cast<std::size_t>(q * static_cast<double>(sorted.size() - 1) + 0.5)];
}
}  // namespace

namespace web {
void register_app(shell::App* app) { g_app = app; }
const char* clipboard_text() { return g_clipboard.c_str(); }
void record_frame_time(double ms) {
  if (g_frame_ms.size() < kFrameSamples) g_frame_ms.push_back(ms);
  else g_frame_ms[g_frame_next] = ms;
  g_frame_next = (g_frame_next + 1) % kFrameSamples;
}
}  // namespace web

extern "C" {

// A JSON snapshot of what the page shows, for tests and diagnostics:
// {"frames", "scenario": {...} | null, "problems": [...], "theme", "display": {...}}.
EMSCRIPTEN_KEEPALIVE const char* app_state_json() {
  core::JsonWriter w(false);
  w.begin_object();
  w.key("frames");
  w.value(static_cast<std::int64_t>(g_app ? g_app->frames() : 0));
  w.key("frame_ms");  // CPU time per frame over the last frames (up to 240)
  w.begin_object();
  w.key("samples");
  w.value(g_frame_ms.size());
  w.key("median");
  w.value(frame_quantile(0.5));
  w.key("p95");
  w.value(frame_quantile(0.95));
  w.end_object();
  w.key("scenario");
  if (g_app && g_app->state().open) {
    const shell::OpenScenario& open = *g_app->state().open;
    const core::Timeline& t = open.timeline;
    w.begin_object();
    w.key("title");
    w.value(t.scenario().metadata.title.en);  // English whatever the interface language: tests and tools read it
    w.key("source");
    w.value(open.source);
    w.key("era");
    w.value(core::to_name(t.scenario().metadata.era));
    w.key("partners");
    w.value(t.world().partners.size());
    w.key("customers");
    w.value(t.world().customers.size());
    w.key("subscriptions");
    w.value(t.world().subscriptions.size());
    w.key("events");
    w.value(t.scenario().events.size());
    w.key("summary_events");  // what the Scenario tab shows; must follow branches
    w.value(open.summary.events);
    w.key("steps");
    w.value(t.steps());
    w.key("position");
    w.value(t.position());
    w.key("modified");
    w.value(open.modified);
    w.key("clock");
    w.value(core::format_timestamp(t.world().clock));
    w.key("clock_shown");  // as the status bar shows it, in the chosen time zone
    w.value(shell::show_time(t.world().clock));
    w.key("decision");
    if (t.position() > 0) {
      const core::LogEntry& e = t.entries()[t.position() - 1];
      w.begin_object();
      w.key("event");
      w.value(e.event.id);
      w.key("action");
      w.value(e.event.action);
      w.key("time_shown");  // as the Decision panel shows it
      w.value(e.event.time ? shell::show_time(*e.event.time) : std::string());
      w.key("result");
      w.value(core::to_name(e.result.decision));
      w.key("rules");
      w.begin_array();
      for (const core::DecidingRule& r : e.result.rules) w.value(r.id);
      w.end_array();
      // What the Decision panel shows, in the interface language: the summary, and each rule's statement and explanation.
      w.key("shown");
      w.begin_object();
      w.key("summary");
      w.value(shell::shown(e.result.summary));
      w.key("rules");
      w.begin_array();
      for (const core::DecidingRule& r : e.result.rules) {
        w.begin_object();
        w.key("id");
        w.value(r.id);
        w.key("statement");
        const core::Rule* rule = core::find_rule(r.id);
        w.value(rule ? std::string(core::statement(*rule, shell::language())) : std::string());
        w.key("explanation");
        w.value(shell::shown(r.explanation));
        w.end_object();
      }
      w.end_array();
      w.key("lesson");  // the step's lesson narrative, as the Decision panel shows it ("" when the step has none)
      w.value(e.event.lesson ? e.event.lesson->text.in(shell::language()) : std::string());
      w.end_object();
      w.end_object();
    } else {
      w.null();
    }
    std::size_t passed = 0;
    for (const core::ExpectationOutcome& o : t.expectations()) passed += o.passed;
    w.key("expectations_passed");
    w.value(passed);
    w.key("expectations");
    w.value(t.expectations().size());
    w.end_object();
  } else {
    w.null();
  }
  if (g_app && g_app->state().answer) {
    w.key("answer");
    w.begin_object();
    w.key("result");
    w.value(core::to_name(g_app->state().answer->decision));
    w.key("rules");
    w.begin_array();
    for (const core::DecidingRule& r : g_app->state().answer->rules) w.value(r.id);
    w.end_array();
    w.end_object();
  }
  if (g_app) {
    w.key("playing");
    w.value(g_app->state().playing);
    w.key("presenter");
    w.value(g_app->state().presenter);
    w.key("gallery_open");
    w.value(g_app->gallery_open());
    w.key("selected");
    w.value(g_app->state().selected);
    w.key("perspective");
    w.value(g_app->state().perspective_party);
    w.key("view");  // the Views tab on screen, and the World view's tab, by their English names (share links carry them)
    w.value(g_app->state().view);
    w.key("world_tab");
    w.value(g_app->state().world_tab);
    w.key("recent");  // File > Recent work, newest first: the titles it lists in the interface language
    w.begin_array();
    for (const shell::RecentEntry& entry : g_app->state().recent) w.value(shell::recent_title(entry, shell::language()));
    w.end_array();
    // What Edit > Undo and Redo would do (the change named as the menu names it), "" when nothing; and how many.
    const shell::History& h = g_app->state().history;
    w.key("undo");
    w.value(h.undo.empty() ? std::string() : shell::describe(h.undo.back()));
    w.key("redo");
    w.value(h.redo.empty() ? std::string() : shell::describe(h.redo.back()));
    w.key("undo_depth");
    w.value(h.undo.size());
    w.key("redo_depth");
    w.value(h.redo.size());
  }
  w.key("lesson");
  if (g_app && g_app->state().lesson) {
    const shell::LessonState& l = *g_app->state().lesson;
    w.begin_object();
    w.key("predict");
    w.value(l.predict);
    w.key("awaiting_prediction");
    w.value(l.awaiting_prediction);
    w.key("finished");
    w.value(l.finished);
    w.key("answered");
    w.value(static_cast<std::int64_t>(l.answered));
    w.key("correct");
    w.value(static_cast<std::int64_t>(l.correct));
    w.key("missed_rules");
    w.begin_array();
    for (const std::string& r : l.missed_rules) w.value(r);
    w.end_array();
    w.key("best_correct");
    w.value(static_cast<std::int64_t>(l.best_correct));
    w.end_object();
  } else {
    w.null();
  }
  w.key("comparison");
  if (g_app && g_app->state().comparison) {
    const core::EraComparison& c = *g_app->state().comparison;
    w.begin_object();
    w.key("a");
    w.value(core::to_name(c.a.era));
    w.key("a_as_of");
    w.value(c.a.as_of);
    w.key("b");
    w.value(core::to_name(c.b.era));
    w.key("b_as_of");
    w.value(c.b.as_of);
    w.key("events");
    w.value(static_cast<std::int64_t>(c.events.size()));
    w.key("differences");
    w.value(static_cast<std::int64_t>(c.decision_differences()));
    w.end_object();
  } else {
    w.null();
  }
  w.key("language");
  w.value(shell::language_tag(shell::language()));  // i18n.hpp holds the language; nothing mirrors it
  // The zone times are shown in: its settings key, whether the user chose it (else the language's default), its
  // label and offset at the moment on screen, and the browser's own zone.
  {
    const shell::TimeZoneChoice zone = shell::time_zone();
    const core::Timestamp now = g_app && g_app->state().open ? g_app->state().open->timeline.world().clock : 0;
    w.key("time_zone");
    w.begin_object();
    w.key("name");
    w.value(shell::time_zone_key(zone));
    w.key("chosen");
    w.value(shell::chosen_time_zone().has_value());
    w.key("label");
    w.value(shell::time_zone_label(zone, now));
    w.key("offset_minutes");
    w.value(static_cast<std::int64_t>(shell::utc_offset_at(now)));
    w.key("browser_zone");
    w.value(shell::browser_time_zone_name());
    w.end_object();
  }
  w.key("chinese_font_loading");
  w.value(g_app && g_app->state().chinese_font_loading);
  // Fonts (shell/fonts.hpp): what is loaded, whether work is under way, and what cannot be drawn.
  const shell::Fonts& fonts = shell::fonts();
  w.key("fonts");
  w.begin_array();
  for (const std::string& name : fonts.loaded()) w.value(name);
  w.end_array();
  w.key("fonts_failed");
  w.begin_array();
  for (const std::string& name : fonts.failed()) w.value(name);
  w.end_array();
  w.key("font_loading");
  w.value(fonts.busy());
  w.key("missing_glyphs");  // distinct characters on screen, in the interface or in the open scenario the atlas lacks
  w.value(fonts.missing());
  w.key("fallback_glyphs_drawn");  // glyphs the last frame drew as U+FFFD
  w.value(ImGui::GetCurrentContext() ? fonts.fallback_glyphs_drawn(ImGui::GetDrawData()) : 0);
  const shell::FontStats& fs = fonts.stats();
  w.key("font_stats");  // shell::FontStats
  w.begin_object();
  w.key("texture");
  w.begin_array();
  w.value(fs.texture_width);
  w.value(fs.texture_height);
  w.end_array();
  for (const auto& [key, number] : {std::pair<const char*, double>{"atlas_glyphs", static_cast<double>(fs.atlas_glyphs)},
                                    {"rebuilds", static_cast<double>(fs.rebuilds)},
                                    {"last_rebuild_ms", fs.last_rebuild_ms},
                                    {"max_rebuild_ms", fs.max_rebuild_ms},
                                    {"max_frame_ms", fs.max_frame_ms},
                                    {"rasterized", static_cast<double>(fs.rasterized)},
                                    {"raster_ms", fs.raster_ms},
                                    {"bytes_fetched", static_cast<double>(fs.bytes_fetched)},
                                    {"settle_wall_ms", fs.settle_wall_ms},
                                    {"settle_work_ms", fs.settle_work_ms},
                                    {"settle_rasterized", static_cast<double>(fs.settle_rasterized)}}) {
    w.key(key);
    w.value(number);
  }
  w.end_object();
  w.key("notice");
  w.value(g_app ? g_app->state().notice : std::string());
  w.key("loading");
  if (g_app && g_app->state().loading) {
    const shell::LoadProgress& p = *g_app->state().loading;
    w.begin_object();
    w.key("source");
    w.value(p.source);
    w.key("phase");
    w.value(p.replaying ? "replaying" : "reading");
    w.key("done");
    w.value(static_cast<std::int64_t>(p.done));
    w.key("total");
    w.value(static_cast<std::int64_t>(p.total));
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
    const web::EditedTextField field = web::edited_text_field();
    w.key("text_field");  // the text field being edited: what the user sees in it
    w.begin_object();
    w.key("editing");
    w.value(field.editing);
    w.key("name");
    w.value(field.name);
    w.key("text");
    w.value(field.text);
    w.end_object();
  }
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

// Starts opening a large file a slice per frame (progress in app_state_json's "loading"; the page keeps drawing).
// Copies the text, so the caller may free it at once. Returns 1 when the load started, 0 when memory ran out.
EMSCRIPTEN_KEEPALIVE int app_begin_load(const char* text, int length, const char* source) {
  if (!g_app || !text || length < 0) return 0;
  try {
    g_app->begin_load(source ? source : "a file", std::string(text, static_cast<std::size_t>(length)));
    return 1;
  } catch (const std::bad_alloc&) {
    g_app->cancel_load();
    return 0;
  }
}

// The open scenario as canonical JSON (with events added in the page); "" when none. Valid until the next call.
EMSCRIPTEN_KEEPALIVE const char* app_scenario_json() {
  g_state_buffer = g_app ? g_app->scenario_json() : std::string();
  return g_state_buffer.c_str();
}

// Presenter mode (large type, nothing restored): set by the page from ?presenter=1.
EMSCRIPTEN_KEEPALIVE void app_set_presenter(int on) {
  if (g_app) g_app->set_presenter(on != 0);
}

// Shows the gallery of bundled scenarios (the page asks on a first visit with nothing to restore).
EMSCRIPTEN_KEEPALIVE void app_show_gallery() {
  if (g_app) g_app->show_gallery();
}

// Text the user pasted (Ctrl+V): becomes ImGui's clipboard; outside a text field, a scenario's JSON is opened.
// Returns 1 when it opened a scenario.
EMSCRIPTEN_KEEPALIVE int app_paste(const char* text, int length) {
  if (!g_app || !text || length < 0) return 0;
  const std::string pasted(text, static_cast<std::size_t>(length));
  g_clipboard = pasted;
  const bool typing = ImGui::GetCurrentContext() && ImGui::GetIO().WantTextInput;
  const std::size_t first = pasted.find_first_not_of(" \t\r\n");
  if (typing || first == std::string::npos || pasted[first] != '{') return 0;
  try {
    return g_app->load_text("pasted text", pasted) ? 1 : 0;
  } catch (const std::bad_alloc&) {
    return 0;
  }
}

// Text the page's input-method element committed (web/ime.js): typed, composed or pasted from a menu; it goes to the
// text field being edited, as typed characters do.
EMSCRIPTEN_KEEPALIVE void app_commit_text(const char* text, int length) {
  if (!text || length <= 0 || !ImGui::GetCurrentContext()) return;
  ImGui::GetIO().AddInputCharactersUTF8(std::string(text, static_cast<std::size_t>(length)).c_str());
}

// A key a phone's keyboard sent as an edit, with no key event GLFW could read: 1 Backspace, 2 Delete, 3 Enter.
// Pressed and released; ImGui spreads the two over two frames, so the field sees one press.
EMSCRIPTEN_KEEPALIVE void app_text_key(int key) {
  static constexpr ImGuiKey kKeys[] = {ImGuiKey_None, ImGuiKey_Backspace, ImGuiKey_Delete, ImGuiKey_Enter};
  if (key <= 0 || key >= static_cast<int>(std::size(kKeys)) || !ImGui::GetCurrentContext()) return;
  ImGui::GetIO().AddKeyEvent(kKeys[key], true);
  ImGui::GetIO().AddKeyEvent(kKeys[key], false);
}

// A file of fonts/ the app asked for (web::request_font_file): its bytes, or length 0 and `error` saying why it failed.
// Copies what it keeps.
EMSCRIPTEN_KEEPALIVE void app_font_file(const char* name, const unsigned char* bytes, int length, const char* error) {
  if (!name) return;
  try {
    shell::fonts().file_arrived(name, bytes && length > 0 ? std::span(bytes, static_cast<std::size_t>(length)) : std::span<const unsigned char>(),
                                error ? error : "");
  } catch (const std::bad_alloc&) {
    shell::fonts().file_arrived(name, {}, "out of memory");
  }
}

// The benchmark's baseline (bench/browser.mjs): milliseconds for one plain ImGui build of the current atlas's characters
// from every loaded font (shell::Fonts::time_plain_build). The page's atlas is not touched.
EMSCRIPTEN_KEEPALIVE double app_bench_plain_font_build() { return shell::fonts().time_plain_build(); }

// The page's Recent work changed: a summary of its entries, newest first ([{"en", "zh", "time", "size"}, ...];
// recent_work.hpp), for the File menu.
EMSCRIPTEN_KEEPALIVE void app_set_recent(const char* json) {
  if (!g_app || !json) return;
  try {
    g_app->apply({shell::SetRecent{shell::parse_recent_entries(json)}});
  } catch (const std::bad_alloc&) {
    g_app->apply({shell::SetRecent{}});
  }
}

// A share link's view (its first line; share_link.hpp), shown once its scenario has opened: the step, view and tab,
// lesson mode and question; what cannot be shown is listed in the Problems panel.
EMSCRIPTEN_KEEPALIVE void app_show_shared_view(const char* json) {
  if (g_app && json) g_app->apply({shell::ShowSharedView{json}});
}

// Opens a bundled example by file name. Returns 1 when it exists and opened.
EMSCRIPTEN_KEEPALIVE int app_load_bundled(const char* name) {
  if (!g_app || !name) return 0;
  return g_app->load_bundled(name) ? 1 : 0;
}

}  // extern "C"
