// app.cpp — loading scenarios into a timeline, laying out the panels for the window's size, applying intents.
#include "app.hpp"
#include "i18n.hpp"

#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <utility>
#include <new>

#include "embedded_files.hpp"
#include "fonts.hpp"
#include "mpsim/enum_names.hpp"
#include "mpsim/run.hpp"
#include "mpsim/scenario_io.hpp"
#include "panels/compare_panel.hpp"
#include "panels/expectations_panel.hpp"
#include "panels/gallery_panel.hpp"
#include "panels/inspector_panel.hpp"
#include "panels/lesson_panel.hpp"
#include "panels/loading_panel.hpp"
#include "panels/problems_panel.hpp"
#include "panels/rules_panel.hpp"
#include "panels/summary_panel.hpp"
#include "panels/timeline_panel.hpp"
#include "panels/recent_menu.hpp"
#include "share_link.hpp"
#include "time_zone.hpp"
#include "update.hpp"
#include "web/platform.hpp"

namespace shell {
namespace {

constexpr const char* kAppVersion = "0.1.0";

void draw_menu_bar(const AppState& state, Intents& out) {
  if (!ImGui::BeginMainMenuBar()) return;
  if (ImGui::BeginMenu(tr("File"))) {
    if (ImGui::MenuItem(tr("Open file..."), "Ctrl+O")) out.push_back(RequestOpenFile{});
    if (ImGui::MenuItem(tr("Gallery of examples..."))) out.push_back(ShowGallery{});
    if (ImGui::BeginMenu(tr("Open example"))) {
      for (const GalleryItem& item : state.gallery) {
        const bool is_open = state.open && state.open->source == item.file;
        if (ImGui::MenuItem(item.title.in(language()).c_str(), nullptr, is_open)) out.push_back(OpenBundledScenario{item.file});
      }
      ImGui::EndMenu();
    }
    draw_recent_menu(state, out);
    ImGui::Separator();
    const bool open = state.open.has_value();
    if (ImGui::MenuItem(tr("Download scenario (JSON)"), "Ctrl+S", false, open)) out.push_back(StartDownload{Download::Scenario});
    if (ImGui::MenuItem(tr("Download decision log (JSON)"), nullptr, false, open)) out.push_back(StartDownload{Download::DecisionLog});
    if (ImGui::MenuItem(tr("Download report (Markdown)"), nullptr, false, open)) out.push_back(StartDownload{Download::Report});
    if (ImGui::MenuItem(tr("Copy share link"), nullptr, false, open)) out.push_back(CopyShareLink{});
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu(tr("Edit"))) {
    // The change is named, so the user knows what Undo takes back ("Undo: apply change_quantity at step 3").
    const History& h = state.history;
    const std::string undo = h.undo.empty() ? std::string(tr("Undo")) : std::string(tr("Undo: ")) + describe(h.undo.back());
    const std::string redo = h.redo.empty() ? std::string(tr("Redo")) : std::string(tr("Redo: ")) + describe(h.redo.back());
    const bool free = !state.lesson.has_value();
    // A phone's screen has no room for the keys beside a named change (and no keyboard): the name matters more.
    // The menu's items share one column of labels, so the widest of them all counts.
    const char* copy_hint = tr("Copy (Ctrl+C) and paste (Ctrl+V) work in text fields");
    const char* paste_hint = tr("Paste a scenario's JSON anywhere else to open it");
    float widest = 0;
    for (const char* label : {undo.c_str(), redo.c_str(), copy_hint, paste_hint}) widest = std::max(widest, ImGui::CalcTextSize(label).x);
    const bool keys = widest + ImGui::CalcTextSize("Ctrl+Shift+Z").x + em(4) < ImGui::GetMainViewport()->WorkSize.x;
    if (ImGui::MenuItem(undo.c_str(), keys ? "Ctrl+Z" : nullptr, false, free && !h.undo.empty())) out.push_back(Undo{});
    if (ImGui::MenuItem(redo.c_str(), keys ? "Ctrl+Shift+Z" : nullptr, false, free && !h.redo.empty())) out.push_back(Redo{});
    ImGui::Separator();
    ImGui::MenuItem(copy_hint, nullptr, false, false);
    ImGui::MenuItem(paste_hint, nullptr, false, false);
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu(tr("View"))) {
    if (ImGui::MenuItem(tr("Dark theme"), nullptr, state.theme == Theme::Dark)) out.push_back(SelectTheme{Theme::Dark});
    if (ImGui::MenuItem(tr("Light theme"), nullptr, state.theme == Theme::Light)) out.push_back(SelectTheme{Theme::Light});
    ImGui::Separator();
    if (ImGui::MenuItem("English", nullptr, language() == Language::English)) out.push_back(SelectLanguage{false});
    if (ImGui::MenuItem(tr("Chinese (Simplified)"), nullptr, language() == Language::ChineseSimplified, !state.chinese_font_loading)) out.push_back(SelectLanguage{true});
    ImGui::Separator();
    if (ImGui::BeginMenu(tr("Time zone"))) {
      // Offsets as of the moment on screen (the browser's changes with daylight saving time).
      const core::Timestamp now = state.open ? state.open->timeline.world().clock : 0;
      for (const TimeZoneChoice zone : kTimeZoneChoices)
        if (ImGui::MenuItem(time_zone_label(zone, now).c_str(), nullptr, time_zone() == zone)) out.push_back(SelectTimeZone{zone});
      ImGui::Separator();
      ImGui::MenuItem(tr("Files and downloads keep UTC"), nullptr, false, false);
      ImGui::EndMenu();
    }
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu(tr("Scenario"))) {
    const bool open = state.open.has_value();
    const std::size_t steps = open ? state.open->timeline.steps() : 0, at = open ? state.open->timeline.position() : 0;
    if (ImGui::MenuItem(tr("Step forward"), "Right", false, open && at < steps)) out.push_back(StepBy{1});
    if (ImGui::MenuItem(tr("Step back"), "Left", false, open && at > 0)) out.push_back(StepBy{-1});
    if (ImGui::MenuItem(tr("Go to start"), "Home", false, open)) out.push_back(SeekTo{0});
    if (ImGui::MenuItem(tr("Go to end"), "End", false, open)) out.push_back(SeekTo{steps});
    if (ImGui::MenuItem(state.playing ? tr("Pause") : tr("Play"), "Space", false, open)) out.push_back(SetPlaying{!state.playing});
    ImGui::Separator();
    if (ImGui::MenuItem(tr("Lesson: read step by step"), nullptr, false, open)) out.push_back(StartLesson{false});
    if (ImGui::MenuItem(tr("Lesson: predict, then reveal"), nullptr, false, open)) out.push_back(StartLesson{true});
    if (ImGui::MenuItem(tr("Leave the lesson"), nullptr, false, state.lesson.has_value())) out.push_back(StopLesson{});
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu(tr("Help"))) {
    if (ImGui::MenuItem(tr("Keyboard shortcuts"), "?")) out.push_back(ShowShortcuts{});
    if (ImGui::MenuItem(tr("About mpsim"))) out.push_back(ShowAbout{});
    ImGui::EndMenu();
  }
  ImGui::EndMainMenuBar();
}

void modal_frame(const char* title, float width_em) {
  const ImVec2 center = ImGui::GetMainViewport()->GetCenter();
  ImGui::SetNextWindowPos(center, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * width_em, 0));
  (void)title;
}

void draw_about(const AppState& state, Intents& out) {
  bool open = state.about_open;
  if (open) ImGui::OpenPopup(tr("About mpsim"));
  modal_frame(tr("About mpsim"), 34);
  if (ImGui::BeginPopupModal(tr("About mpsim"), &open, ImGuiWindowFlags_NoResize)) {
    ImGui::Text(tr("mpsim %s"), kAppVersion);
    ImGui::TextWrapped("%s", tr("A simulator of Microsoft Partner Center's CSP multi-partner rules, running entirely in this page. "
                       "Rules come from the documentation of each era; the simulator claims no legal or contractual authority."));
    ImGui::Spacing();
    ImGui::TextDisabled(tr("Scenario format %lld"), static_cast<long long>(core::kFormatVersion));
    if (ImGui::Button(tr("Close"))) {
      open = false;
      ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
  }
  if (state.about_open && !open) out.push_back(CloseDialogs{});
}

void draw_shortcuts(const AppState& state, Intents& out) {
  bool open = state.shortcuts_open;
  if (open) ImGui::OpenPopup(tr("Keyboard shortcuts"));
  modal_frame(tr("Keyboard shortcuts"), 30);
  if (ImGui::BeginPopupModal(tr("Keyboard shortcuts"), &open, ImGuiWindowFlags_NoResize)) {
    static const char* const kKeys[][2] = {{"Right / Left", N_("step forward / back")}, {"Home / End", N_("go to the start / end")},
                                           {"Space", N_("play or pause")},            {"Ctrl+O", N_("open a file")},
                                           {"Ctrl+S", N_("download the scenario")},
                                           {"Ctrl+Z", N_("undo the last change to the work")},
                                           {"Ctrl+Shift+Z, Ctrl+Y", N_("redo it")},   {"Ctrl+V", N_("paste a scenario's JSON to open it")},
                                           {"Tab, arrows, Enter", N_("move between controls (keyboard navigation)")},
                                           {"A / R", N_("in a predict lesson: allowed / refused")},
                                           {"Space, Enter", N_("in a lesson: next step")},
                                           {"?", N_("this list")}};
    if (ImGui::BeginTable("keys", 2, ImGuiTableFlags_SizingStretchProp)) {
      for (const auto& k : kKeys) {
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        ImGui::TextUnformatted(k[0]);
        ImGui::TableSetColumnIndex(1);
        ImGui::TextDisabled("%s", tr(k[1]));
      }
      ImGui::EndTable();
    }
    if (ImGui::Button(tr("Close"))) {
      open = false;
      ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
  }
  if (state.shortcuts_open && !open) out.push_back(CloseDialogs{});
}

std::vector<GalleryItem> read_gallery() {
  std::vector<GalleryItem> items;
  for (std::size_t i = 0; i < kBundledScenarios_count; ++i) {
    const core::Result<core::Scenario> r = core::load_scenario(kBundledScenarios[i].text());
    if (!r.ok()) continue;  // the bundled files are checked by the tests; a broken one is left out, not shown
    const core::Scenario& s = *r.value;
    items.push_back(GalleryItem{kBundledScenarios[i].name, s.metadata.title, s.metadata.description, s.metadata.era, s.metadata.difficulty,
                                s.events.size(), s.expectations.size()});
  }
  return items;
}

}  // namespace

bool App::load_text(std::string_view source, std::string_view text) {
  core::Result<core::Scenario> loaded = core::load_scenario(text);
  if (!loaded.ok()) {
    show_load_problems(source, std::move(loaded.issues));
    return false;
  }
  apply({ShowProblems{std::string(source), std::move(loaded.issues)},  // warnings
         ScenarioOpened{std::string(source), std::move(*loaded.value), std::nullopt, false, frames_ > 1}});
  JsonTextScanner characters;
  characters.feed(text);
  fonts().set_scenario(characters);
  return true;
}

void App::show_load_problems(std::string_view source, std::vector<core::Issue> issues) {
  apply({ShowProblems{std::string(source), std::move(issues)}});
}

void App::begin_load(std::string source, std::string text) {
  pending_ = std::make_unique<PendingLoad>();
  pending_->source = std::move(source);
  pending_->text = std::make_unique<std::string>(std::move(text));
  pending_->load.emplace(*pending_->text);
  apply({LoadProgressed{LoadProgress{pending_->source, false, 0, pending_->load->bytes_total()}}});
}

void App::begin_generated(const core::GenerateOptions& options) {
  pending_ = std::make_unique<PendingLoad>();
  char name[160];
  std::snprintf(name, sizeof name, tr("generated: %zu partners, %zu customers, %zu subscriptions, %zu events"), options.partners, options.customers,
                options.subscriptions, options.events);
  pending_->source = name;
  pending_->generated = true;
  try {
    pending_->scenario = std::make_unique<core::Scenario>(core::generate_scenario(options));
    pending_->run.emplace(*pending_->scenario);
  } catch (const std::bad_alloc&) {
    const std::string source = pending_->source;
    cancel_load();
    core::Issue issue;
    issue.code = "out-of-memory";
    issue.message = tr("the page ran out of memory generating this world; the open scenario is unchanged. Ask for fewer customers or events.");
    show_load_problems(source, {issue});
    return;
  }
  apply({LoadProgressed{LoadProgress{pending_->source, true, 0, pending_->run->events_total()}}});
}

void App::cancel_load() {
  pending_.reset();
  if (state_.loading) apply({LoadProgressed{std::nullopt}});
}

void App::continue_load(double budget_ms) {
  if (!pending_) return;
  using Clock = std::chrono::steady_clock;
  const Clock::time_point deadline = Clock::now() + std::chrono::microseconds(static_cast<std::int64_t>(budget_ms * 1000));
  PendingLoad& p = *pending_;
  try {
    // Small slices, so that one slow slice cannot overrun the frame by much.
    while (Clock::now() < deadline) {
      if (p.load) {
        const bool read = p.load->advance(256);
        // The characters of what has been read, for the fonts (all of it before the text is freed).
        const std::size_t fed = static_cast<std::size_t>(p.characters.bytes_fed());
        const std::size_t upto = read ? p.text->size() : static_cast<std::size_t>(std::min<std::uint64_t>(p.text->size(), p.load->bytes_read()));
        if (upto > fed) p.characters.feed(std::string_view(*p.text).substr(fed, upto - fed));
        if (!read) continue;
        core::Result<core::Scenario> loaded = p.load->take_result();
        p.load.reset();
        p.text.reset();  // the text is no longer needed: free it before the replay allocates
        if (!loaded.ok()) {
          show_load_problems(p.source, std::move(loaded.issues));
          cancel_load();
          return;
        }
        apply({ShowProblems{p.source, std::move(loaded.issues)}});  // warnings
        p.scenario = std::make_unique<core::Scenario>(std::move(*loaded.value));
        p.run.emplace(*p.scenario);
      } else if (p.run->advance(64)) {
        core::RunLog log = p.run->take_log();
        p.run.reset();
        const std::string source = p.source;
        apply({ScenarioOpened{source, std::move(*p.scenario), std::move(log), p.generated, frames_ > 1}});
        if (p.generated) fonts().clear_scenario();  // its text is drawn as it is shown (fonts.hpp)
        else fonts().set_scenario(p.characters);
        cancel_load();
        return;
      }
    }
  } catch (const std::bad_alloc&) {
    // Out of memory: drop the half-built load (freeing it) and keep the open scenario, as for any failed import.
    const std::string source = p.source;
    cancel_load();
    core::Issue issue;
    issue.code = "out-of-memory";
    issue.message = tr("the page ran out of memory opening this file; the open scenario is unchanged. Open a smaller scenario, or use the "
                       "command-line tool (mpsim validate) for very large files.");
    show_load_problems(source, {issue});
    return;
  }
  if (p.load) apply({LoadProgressed{LoadProgress{p.source, false, p.load->bytes_read(), p.load->bytes_total()}}});
  else apply({LoadProgressed{LoadProgress{p.source, true, p.run->events_done(), p.run->events_total()}}});
}

void App::choose_language(bool chinese) {
  web::save_setting("language", chinese ? "zh-Hans" : "en");
  if (!chinese) {
    set_language(Language::English);
    fonts().set_languages(true, false);
    web::set_page_language(language_tag(language()));
    apply({LanguageSwitched{false}});
    return;
  }
  if (language() == Language::ChineseSimplified) return;
  // Its characters are fetched only now (fonts.hpp), so that the default page stays small; follow_fonts switches when
  // they are drawable. Meanwhile the interface stays as it is.
  fonts().set_languages(true, true);
  apply({LanguageSwitched{true}});
  follow_fonts();
}

// Each frame: finishes a switch to Chinese, and tells the user about a font that could not be loaded.
void App::follow_fonts() {
  Fonts& f = fonts();
  while (const auto failure = f.take_failure()) {
    char text[512];
    std::snprintf(text, sizeof text, tr("Could not load the font %s (%s): some characters cannot be shown."), failure->first.c_str(),
                  failure->second.c_str());
    apply({ShowNotice{text}});
  }
  if (!state_.chinese_font_loading) return;
  if (f.interface_drawable(true)) {
    set_language(Language::ChineseSimplified);
    f.set_languages(false, true);
    web::set_page_language(language_tag(language()));
    apply({LanguageSwitched{false}});
  } else if (!f.busy()) {
    f.set_languages(true, false);
    apply({LanguageSwitched{false}, ShowNotice{tr("The Chinese font could not be loaded; the interface stays in English.")}});
  }
}

void App::restore_time_zone() {
  set_browser_time_zone(&web::browser_utc_offset_minutes, web::browser_time_zone_name());
  choose_time_zone(time_zone_from_key(web::load_setting("time_zone")));
}

bool App::load_bundled(std::string_view name) {
  for (std::size_t i = 0; i < kBundledScenarios_count; ++i)
    if (name == kBundledScenarios[i].name) return load_text(kBundledScenarios[i].name, kBundledScenarios[i].text());
  core::Issue missing;
  missing.code = "unknown-example";
  char message[512];
  std::snprintf(message, sizeof message, tr("there is no bundled example called \"%s\"; choose one from File > Open example."), std::string(name).c_str());
  missing.message = message;
  apply({ShowProblems{std::string(name), {missing}}});
  return false;
}

std::string App::scenario_json() const { return shell::scenario_json(state_); }

void App::restore_settings() { apply({SetGallery{state_.gallery, parse_lesson_scores(web::load_setting("scores"))}}); }

bool App::take_theme_change() {
  const bool changed = theme_changed_;
  theme_changed_ = false;
  return changed;
}

void App::handle_shortcuts(Intents& out) {
  const ImGuiIO& io = ImGui::GetIO();
  if (io.WantTextInput || ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) return;
  if (state_.loading && ImGui::IsKeyPressed(ImGuiKey_Escape, false)) out.push_back(CancelLoad{});
  if (!state_.open) return;
  if (state_.lesson) {
    // One key moves on; A and R answer in predict mode.
    if (ImGui::IsKeyPressed(ImGuiKey_A, false)) out.push_back(PredictDecision{core::Decision::Applied});
    if (ImGui::IsKeyPressed(ImGuiKey_R, false)) out.push_back(PredictDecision{core::Decision::Rejected});
    if (ImGui::IsKeyPressed(ImGuiKey_Space, false) || ImGui::IsKeyPressed(ImGuiKey_Enter, false) || ImGui::IsKeyPressed(ImGuiKey_RightArrow, false))
      out.push_back(LessonNext{});
    if (io.KeyShift && ImGui::IsKeyPressed(ImGuiKey_Slash, false)) out.push_back(ShowShortcuts{});
    return;
  }
  const std::size_t steps = state_.open->timeline.steps();
  if (ImGui::IsKeyPressed(ImGuiKey_RightArrow)) out.push_back(StepBy{1});
  if (ImGui::IsKeyPressed(ImGuiKey_LeftArrow)) out.push_back(StepBy{-1});
  if (ImGui::IsKeyPressed(ImGuiKey_Home, false)) out.push_back(SeekTo{0});
  if (ImGui::IsKeyPressed(ImGuiKey_End, false)) out.push_back(SeekTo{steps});
  if (ImGui::IsKeyPressed(ImGuiKey_Space, false)) out.push_back(SetPlaying{!state_.playing});
  if (io.KeyShift && ImGui::IsKeyPressed(ImGuiKey_Slash, false)) out.push_back(ShowShortcuts{});
  if (io.KeyCtrl && ImGui::IsKeyPressed(ImGuiKey_S, false)) out.push_back(StartDownload{Download::Scenario});
  // Undo and redo of the work (text fields have their own, handled by ImGui while one is being edited).
  if (io.KeyCtrl && ImGui::IsKeyPressed(ImGuiKey_Z, false)) out.push_back(io.KeyShift ? Intent{Redo{}} : Intent{Undo{}});
  if (io.KeyCtrl && ImGui::IsKeyPressed(ImGuiKey_Y, false)) out.push_back(Redo{});
}

void App::draw_frame() {
  ++frames_;
  // The gallery reads (and checks) every bundled scenario: done in the second frame, not before the first one is on
  // screen, since nothing can show it earlier (the menus need a click; the first visit opens it once the page is ready).
  if (state_.gallery.empty() && frames_ >= 2) apply({SetGallery{read_gallery(), state_.lesson_scores}});
  // About 10 ms of a large load per frame: the page keeps drawing at 30-60 frames a second and shows the progress.
  continue_load(10.0);
  follow_fonts();
  Intents intents;
  draw_menu_bar(state_, intents);
  handle_shortcuts(intents);

  // Play: one step every 1/speed seconds until the end.
  if (state_.playing && state_.open) {
    play_clock_ += ImGui::GetIO().DeltaTime;
    if (play_clock_ >= 1.0f / std::max(0.1f, state_.play_speed)) {
      play_clock_ = 0.0f;
      intents.push_back(StepBy{1});
    }
  }
  if (state_.notice_version != notice_seen_) {
    notice_seen_ = state_.notice_version;
    notice_age_ = 0.0f;
  }
  if (!state_.notice.empty() && (notice_age_ += ImGui::GetIO().DeltaTime) > 4.0f) intents.push_back(ExpireNotice{});

  // Tiled layout: timeline | inspector over composer | tabbed views; problems and the status bar along the bottom.
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  const ImVec2 origin = viewport->WorkPos;
  const ImVec2 size = viewport->WorkSize;
  const float status_height = ImGui::GetFrameHeight();
  const float problems_height = state_.problems.empty() ? 0.0f : std::min(size.y * 0.3f, em(11));
  const float main_height = size.y - problems_height - status_height;
  const float left = std::max(em(17), size.x * 0.24f);
  const float middle = std::max(em(20), (size.x - left) * 0.42f);
  const float right = size.x - left - middle;
  const float inspector_height = main_height * 0.55f;

  draw_timeline_panel(state_, PanelRect{origin, ImVec2(left, main_height)}, intents);
  if (state_.lesson) {
    // Lessons take the whole middle column: the narrative beside the timeline, no composer.
    draw_lesson_panel(state_, PanelRect{ImVec2(origin.x + left, origin.y), ImVec2(middle, main_height)}, intents);
  } else {
    draw_inspector_panel(state_, PanelRect{ImVec2(origin.x + left, origin.y), ImVec2(middle, inspector_height)}, intents);
    draw_composer_panel(state_, composer_ui_, PanelRect{ImVec2(origin.x + left, origin.y + inspector_height), ImVec2(middle, main_height - inspector_height)},
                        intents);
  }
  // Predict mode hides the views that would give the answers away.
  const bool hide_answers = state_.lesson && state_.lesson->predict && !state_.lesson->finished;
  const auto hidden = [] { ImGui::TextDisabled("%s", tr("Hidden during the lesson: it would give the answers away.")); };
  // A view's tab, brought forward when a share link names it; the one on screen is what a link carries.
  std::string shown_view;
  const auto view_tab = [&](std::size_t index) {
    const char* name = kViewNames[index];
    const bool select = select_view_ == name;
    if (select) select_view_.clear();
    // Identified by the English name, so that switching the language keeps the open tab.
    const std::string label = std::string(tr(name)) + "###" + name;
    if (!ImGui::BeginTabItem(label.c_str(), nullptr, select ? ImGuiTabItemFlags_SetSelected : 0)) return false;
    shown_view = name;
    return true;
  };
  // The window is identified by its English name too: a language switch keeps its open tab (and a link's).
  if (begin_panel((std::string(tr("Views")) + "###Views").c_str(), PanelRect{ImVec2(origin.x + left + middle, origin.y), ImVec2(right, main_height)})) {
    if (ImGui::BeginTabBar("views")) {
      if (view_tab(0)) {
        draw_summary_contents(state_, intents);
        ImGui::EndTabItem();
      }
      if (view_tab(1)) {
        draw_world_contents(state_, world_ui_, intents);
        ImGui::EndTabItem();
      }
      if (view_tab(2)) {
        draw_perspectives_contents(state_, perspectives_ui_, intents);
        ImGui::EndTabItem();
      }
      if (view_tab(3)) {
        draw_graph_contents(state_, graph_ui_, intents);
        ImGui::EndTabItem();
      }
      if (view_tab(4)) {
        if (hide_answers) hidden();
        else draw_rules_contents(state_, intents);
        ImGui::EndTabItem();
      }
      if (view_tab(5)) {
        if (hide_answers) hidden();
        else draw_expectations_contents(state_, intents);
        ImGui::EndTabItem();
      }
      if (view_tab(6)) {
        if (hide_answers) hidden();
        else draw_compare_contents(state_, intents);
        ImGui::EndTabItem();
      }
      ImGui::EndTabBar();
    }
  }
  ImGui::End();
  // What a share link carries, as drawn (the World tab only while that view shows).
  const std::string& shown_tab = shown_view == "World" ? world_ui_.shown_tab : state_.world_tab;
  if (shown_view != state_.view || shown_tab != state_.world_tab) intents.push_back(ViewShown{shown_view, shown_tab});
  if (problems_height > 0)
    draw_problems_panel(state_, PanelRect{ImVec2(origin.x, origin.y + main_height), ImVec2(size.x, problems_height)}, intents);

  // Status bar.
  ImGui::SetNextWindowPos(ImVec2(origin.x, origin.y + size.y - status_height));
  ImGui::SetNextWindowSize(ImVec2(size.x, status_height));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(em(0.5f), 0));
  if (ImGui::Begin("##status", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                                           ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoNav)) {
    ImGui::AlignTextToFramePadding();
    if (state_.open) {
      const core::Timeline& t = state_.open->timeline;
      const std::string clock = show_time(t.world().clock);
      char status[512];
      std::snprintf(status, sizeof status, tr("%s%s  ·  step %zu of %zu  ·  %s"), state_.open->source.c_str(), state_.open->modified ? tr(" (changed)") : "",
                    t.position(), t.steps(), clock.c_str());
      // Too narrow for all of it (a phone): the step and the time matter more than the file's name.
      if (ImGui::CalcTextSize(status).x > ImGui::GetContentRegionAvail().x)
        std::snprintf(status, sizeof status, tr("step %zu of %zu  ·  %s"), t.position(), t.steps(), clock.c_str());
      ImGui::TextUnformatted(status);
    } else {
      ImGui::TextUnformatted(tr("No scenario open"));
    }
    if (!state_.notice.empty()) {
      ImGui::SameLine();
      ImGui::TextColored(ImVec4(0.45f, 0.8f, 0.45f, 1.0f), "  %s", state_.notice.c_str());
    }
    // Characters no loaded font has stay visible as U+FFFD; the count says so until they can be drawn.
    if (const std::size_t missing = fonts().busy() ? 0 : fonts().missing(); missing > 0) {
      ImGui::SameLine();
      ImGui::TextColored(ImVec4(0.95f, 0.7f, 0.3f, 1.0f), tr("  %zu characters cannot be shown"), missing);
    }
    // At the right end, when there is room for it (a phone's status bar is full with the rest).
    const char* hint = tr("Press ? for shortcuts");
    const float hint_x = ImGui::GetWindowWidth() - ImGui::CalcTextSize(hint).x - em(0.5f);
    if (ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x + em(1) < hint_x) {
      ImGui::SameLine(hint_x);
      ImGui::TextDisabled("%s", hint);
    }
  }
  ImGui::End();
  ImGui::PopStyleVar();

  draw_about(state_, intents);
  draw_shortcuts(state_, intents);
  draw_gallery_panel(state_, intents);
  draw_loading_panel(state_, intents);
  apply(std::move(intents));
}

void App::apply(Intents intents) {
  for (Intent& intent : intents) {
    if (std::holds_alternative<SetPlaying>(intent)) play_clock_ = 0.0f;
    Update next = update(std::move(state_), std::move(intent));
    state_ = std::move(next.state);
    for (const Effect& effect : next.effects) perform(effect);
  }
}

// The platform layer: what update() asked for, done in the browser, the fonts or the UI's own fields.
void App::perform(const Effect& effect) {
  if (const auto* download = std::get_if<DownloadFile>(&effect)) {
    web::download_text(download->name, download->mime.c_str(), download->text);
  } else if (const auto* share = std::get_if<ShareScenario>(&effect)) {
    web::share_scenario(share->scenario_json, share->view_json);
  } else if (const auto* setting = std::get_if<SaveSetting>(&effect)) {
    web::save_setting(setting->key.c_str(), setting->value);
  } else if (std::holds_alternative<OpenFilePicker>(effect)) {
    web::request_open_file();
  } else if (const auto* bundled = std::get_if<LoadBundled>(&effect)) {
    load_bundled(bundled->name);
  } else if (std::holds_alternative<CancelLoading>(effect)) {
    cancel_load();
  } else if (const auto* language = std::get_if<SwitchLanguage>(&effect)) {
    choose_language(language->chinese);
  } else if (const auto* zone = std::get_if<UseTimeZone>(&effect)) {
    choose_time_zone(zone->zone);
  } else if (std::holds_alternative<Restyle>(effect)) {
    theme_changed_ = true;
  } else if (const auto* fill = std::get_if<FillComposer>(&effect)) {
    composer_ui_ = composer_from_event(fill->event);
  } else if (const auto* keep = std::get_if<KeepRecent>(&effect)) {
    web::keep_recent(keep->scenario_json, keep->changed);
  } else if (const auto* recent = std::get_if<OpenRecentDocument>(&effect)) {
    web::open_recent(recent->index);
  } else if (const auto* select = std::get_if<SelectView>(&effect)) {
    if (!select->view.empty()) select_view_ = select->view;
    if (!select->world_tab.empty()) world_ui_.select_tab = select->world_tab;
  }
}

}  // namespace shell
