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
    ImGui::MenuItem(tr("Copy (Ctrl+C) and paste (Ctrl+V) work in text fields"), nullptr, false, false);
    ImGui::MenuItem(tr("Paste a scenario's JSON anywhere else to open it"), nullptr, false, false);
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

void draw_about(bool& open) {
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
}

void draw_shortcuts(bool& open) {
  if (open) ImGui::OpenPopup(tr("Keyboard shortcuts"));
  modal_frame(tr("Keyboard shortcuts"), 30);
  if (ImGui::BeginPopupModal(tr("Keyboard shortcuts"), &open, ImGuiWindowFlags_NoResize)) {
    static const char* const kKeys[][2] = {{"Right / Left", N_("step forward / back")}, {"Home / End", N_("go to the start / end")},
                                           {"Space", N_("play or pause")},            {"Ctrl+O", N_("open a file")},
                                           {"Ctrl+S", N_("download the scenario")},   {"Ctrl+V", N_("paste a scenario's JSON to open it")},
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

core::RunLog log_of(const core::Timeline& t) {
  core::RunLog log;
  log.entries = t.entries();
  log.expectations = t.expectations();
  return log;
}

}  // namespace

bool App::load_text(std::string_view source, std::string_view text) {
  core::Result<core::Scenario> loaded = core::load_scenario(text);
  if (!loaded.ok()) {
    show_load_problems(source, std::move(loaded.issues));
    return false;
  }
  state_.problems = std::move(loaded.issues);  // warnings
  state_.problems_source = std::string(source);
  open_scenario(source, std::move(*loaded.value), std::nullopt);
  JsonTextScanner characters;
  characters.feed(text);
  fonts().set_scenario(characters);
  return true;
}

void App::show_load_problems(std::string_view source, std::vector<core::Issue> issues) {
  state_.problems = std::move(issues);
  state_.problems_source = std::string(source);
  show_gallery_ = false;  // the Problems panel must not open behind the gallery
}

void App::open_scenario(std::string_view source, core::Scenario scenario, std::optional<core::RunLog> log, bool generated) {
  // Nothing replaced silently: the page keeps the work in Recent work before another scenario takes its place when it was
  // changed here or is the work saved in the browser (page.js decides; generated worlds are never saved).
  if (state_.open && !state_.presenter && (state_.open->modified || !state_.open->generated)) web::keep_recent(scenario_json(), state_.open->modified);
  core::ScenarioSummary summary = core::summarize(scenario);
  core::Timeline timeline = log ? core::Timeline(std::move(scenario), std::move(*log)) : core::Timeline(std::move(scenario));
  timeline.seek(0);  // a trainer steps through from the beginning
  state_.open.emplace(OpenScenario{std::move(timeline), std::move(summary), std::string(source), false, generated});
  show_gallery_ = false;  // a file opened (picked, dropped, pasted, linked) while the gallery shows is what the user wants to see
  state_.comparison.reset();
  state_.lesson.reset();
  state_.playing = false;
  state_.asked.reset();
  state_.answer.reset();
  state_.perspective_party.clear();
  state_.selected.clear();
  ++state_.data_version;
  ++state_.save_version;
  refresh_perspective();
}

void App::begin_load(std::string source, std::string text) {
  pending_ = std::make_unique<PendingLoad>();
  pending_->source = std::move(source);
  pending_->text = std::make_unique<std::string>(std::move(text));
  pending_->load.emplace(*pending_->text);
  state_.loading = LoadProgress{pending_->source, false, 0, pending_->load->bytes_total()};
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
  state_.loading = LoadProgress{pending_->source, true, 0, pending_->run->events_total()};
}

void App::cancel_load() {
  pending_.reset();
  state_.loading.reset();
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
        state_.problems = std::move(loaded.issues);  // warnings
        state_.problems_source = p.source;
        p.scenario = std::make_unique<core::Scenario>(std::move(*loaded.value));
        p.run.emplace(*p.scenario);
      } else if (p.run->advance(64)) {
        core::RunLog log = p.run->take_log();
        p.run.reset();
        const std::string source = p.source;
        open_scenario(source, std::move(*p.scenario), std::move(log), p.generated);
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
  if (p.load) state_.loading = LoadProgress{p.source, false, p.load->bytes_read(), p.load->bytes_total()};
  else state_.loading = LoadProgress{p.source, true, p.run->events_done(), p.run->events_total()};
}

void App::choose_language(bool chinese) {
  web::save_setting("language", chinese ? "zh-Hans" : "en");
  state_.chinese_font_loading = false;
  if (!chinese) {
    set_language(Language::English);
    fonts().set_languages(true, false);
    web::set_page_language(language_tag(language()));
    ++state_.data_version;  // tables show scenario texts in the language (expectation notes): sorted and filtered again
    return;
  }
  if (language() == Language::ChineseSimplified) return;
  // Its characters are fetched only now (fonts.hpp), so that the default page stays small; follow_fonts switches when
  // they are drawable. Meanwhile the interface stays as it is.
  fonts().set_languages(true, true);
  state_.chinese_font_loading = true;
  follow_fonts();
}

// Each frame: finishes a switch to Chinese, and tells the user about a font that could not be loaded.
void App::follow_fonts() {
  Fonts& f = fonts();
  while (const auto failure = f.take_failure()) {
    char text[512];
    std::snprintf(text, sizeof text, tr("Could not load the font %s (%s): some characters cannot be shown."), failure->first.c_str(),
                  failure->second.c_str());
    state_.notice = text;
    notice_age_ = 0.0f;
  }
  if (!state_.chinese_font_loading) return;
  if (f.interface_drawable(true)) {
    state_.chinese_font_loading = false;
    set_language(Language::ChineseSimplified);
    f.set_languages(false, true);
    web::set_page_language(language_tag(language()));
    ++state_.data_version;  // tables show scenario texts in the language: sorted and filtered again
  } else if (!f.busy()) {
    state_.chinese_font_loading = false;
    f.set_languages(true, false);
    state_.notice = tr("The Chinese font could not be loaded; the interface stays in English.");
    notice_age_ = 0.0f;
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
  state_.problems = {missing};
  state_.problems_source = std::string(name);
  return false;
}

std::string App::scenario_json() const { return state_.open ? core::export_scenario(state_.open->timeline.scenario()) : std::string(); }

bool App::take_theme_change() {
  const bool changed = theme_changed_;
  theme_changed_ = false;
  return changed;
}

void App::seek(std::size_t position) {
  if (!state_.open) return;
  state_.open->timeline.seek(position);
  ++state_.data_version;
  refresh_perspective();
}

// A new event at the current moment: later events are dropped (a branch: "what if this happened instead?"),
// the scenario is replayed, and the view moves to just after the new event.
void App::branch_with(const core::Event& proposed) {
  if (!state_.open) return;
  const core::Timeline& t = state_.open->timeline;
  std::size_t kept = 0;
  for (std::size_t i = 0; i < t.position(); ++i) kept += t.entries()[i].scheduled ? 0 : 1;
  core::Scenario next = t.scenario();
  next.events.resize(kept);
  std::vector<std::string> ids;
  for (const core::Event& e : next.events) ids.push_back(e.id);
  next.expectations.erase(std::remove_if(next.expectations.begin(), next.expectations.end(),
                                         [&](const core::Expectation& x) { return std::find(ids.begin(), ids.end(), x.after) == ids.end(); }),
                          next.expectations.end());
  core::Event event = proposed;
  for (std::size_t n = next.events.size() + 1; event.id.empty() || std::find(ids.begin(), ids.end(), event.id) != ids.end(); ++n)
    event.id = "step-" + std::to_string(n);
  if (!event.time) event.time = t.world().clock;
  next.events.push_back(event);
  // The result must be a valid scenario file (an actor that exists, an action's parameters of the right types, ...):
  // otherwise it could be autosaved but never opened again. Problems are shown; nothing changes.
  core::Result<core::Scenario> checked = core::load_scenario(core::export_scenario(next));
  if (!checked.ok()) {
    state_.problems = std::move(checked.issues);
    state_.problems_source = tr("the composed request");
    return;
  }
  core::Timeline replayed(std::move(next));
  const auto after = replayed.position_after(event.id);
  replayed.seek(after.value_or(replayed.steps()));
  state_.open->timeline = std::move(replayed);
  state_.open->summary = core::summarize(state_.open->timeline.scenario());  // event count changed
  state_.open->modified = true;
  ++state_.data_version;
  ++state_.save_version;
  refresh_perspective();
}

void App::refresh_perspective() {
  state_.partner_view.reset();
  state_.customer_view.reset();
  if (!state_.open || state_.perspective_party.empty()) return;
  const core::Timeline& t = state_.open->timeline;
  state_.partner_view = core::partner_view(t.scenario(), t.world(), t.index(), state_.perspective_party, state_.perspective_user);
  if (!state_.partner_view) state_.customer_view = core::customer_view(t.world(), t.index(), state_.perspective_party);
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
}

void App::draw_gallery() {
  if (show_gallery_) ImGui::OpenPopup(tr("Gallery"));
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(std::min(vp->WorkSize.x * 0.9f, em(60)), std::min(vp->WorkSize.y * 0.85f, em(40))), ImGuiCond_Always);
  if (ImGui::BeginPopupModal(tr("Gallery"), &show_gallery_, ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove)) {
    ImGui::TextWrapped("%s", tr("Choose a scenario to step through. Each one shows Partner Center's multi-partner rules at work, "
                       "with expectations that say what should happen and why."));
    ImGui::Separator();
    if (ImGui::IsWindowAppearing()) gallery_scores_ = read_lesson_scores();
    // On a phone the titles keep a readable width and the table scrolls sideways to the other columns.
    const bool narrow = ImGui::GetContentRegionAvail().x < em(44);
    if (ImGui::BeginTable("gallery", 5,
                          ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp |
                              (narrow ? ImGuiTableFlags_ScrollX : 0),
                          ImVec2(0, -ImGui::GetFrameHeightWithSpacing()))) {
      if (narrow) ImGui::TableSetupScrollFreeze(0, 1);
      if (narrow) ImGui::TableSetupColumn(tr("Scenario"), ImGuiTableColumnFlags_WidthFixed, em(18));
      else ImGui::TableSetupColumn(tr("Scenario"), ImGuiTableColumnFlags_WidthStretch, 4.0f);
      ImGui::TableSetupColumn(tr("Era"), ImGuiTableColumnFlags_WidthFixed, em(6));
      ImGui::TableSetupColumn(tr("Level"), ImGuiTableColumnFlags_WidthFixed, em(6));
      ImGui::TableSetupColumn(tr("Duration"), ImGuiTableColumnFlags_WidthFixed, em(4));
      ImGui::TableSetupColumn(tr("Lesson"), ImGuiTableColumnFlags_WidthFixed, em(9));
      ImGui::TableHeadersRow();
      for (const GalleryItem& item : state_.gallery) {
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        ImGui::PushID(item.file.c_str());
        Intents chosen;
        if (ImGui::Selectable(item.title.in(language()).c_str())) chosen = {OpenBundledScenario{item.file}};  // not spanning: the row also has a button
        if (const std::string& description = item.description.in(language()); ImGui::IsItemHovered() && !description.empty()) {
          ImGui::BeginTooltip();
          ImGui::PushTextWrapPos(em(30));
          ImGui::TextUnformatted(description.c_str());
          ImGui::PopTextWrapPos();
          ImGui::EndTooltip();
        }
        ImGui::TableSetColumnIndex(1);
        ImGui::TextDisabled("%s", std::string(core::short_label(item.era, language())).c_str());
        ImGui::SetItemTooltip("%s", std::string(core::label(item.era, language())).c_str());
        ImGui::TableSetColumnIndex(2);
        ImGui::TextDisabled("%s", std::string(core::label(item.difficulty, language())).c_str());
        ImGui::TableSetColumnIndex(3);
        // About 45 seconds a step when a trainer reads the lesson aloud and the class discusses it.
        ImGui::TextDisabled(tr("~%zu min"), std::max<std::size_t>(2, (item.events * 3 + 3) / 4));
        ImGui::TableSetColumnIndex(4);
        if (ImGui::SmallButton(tr("Predict"))) chosen = {OpenBundledScenario{item.file}, StartLesson{true}};
        ImGui::SetItemTooltip("%s", tr("Open it as a lesson: guess each decision, then see why"));
        const auto score = std::find_if(gallery_scores_.begin(), gallery_scores_.end(), [&](const auto& x) { return x.first == item.file; });
        if (score != gallery_scores_.end()) {
          ImGui::SameLine();
          ImGui::TextDisabled(tr("best %d/%d"), score->second.first, score->second.second);
        }
        ImGui::PopID();
        if (!chosen.empty()) {
          apply(chosen);
          show_gallery_ = false;
          ImGui::CloseCurrentPopup();
        }
      }
      ImGui::EndTable();
    }
    if (ImGui::Button(tr("Close"))) {
      show_gallery_ = false;
      ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
  }
}

void App::draw_frame() {
  ++frames_;
  // The gallery reads (and checks) every bundled scenario: done in the second frame, not before the first one is on
  // screen, since nothing can show it earlier (the menus need a click; the first visit opens it once the page is ready).
  if (state_.gallery.empty() && frames_ >= 2) state_.gallery = read_gallery();
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
  if (!state_.notice.empty() && (notice_age_ += ImGui::GetIO().DeltaTime) > 4.0f) state_.notice.clear();

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
  const auto view_tab = [&](std::size_t index) {
    const char* name = kViewNames[index];
    const bool select = select_view_ == name;
    if (select) select_view_.clear();
    // Identified by the English name, so that switching the language keeps the open tab.
    const std::string label = std::string(tr(name)) + "###" + name;
    if (!ImGui::BeginTabItem(label.c_str(), nullptr, select ? ImGuiTabItemFlags_SetSelected : 0)) return false;
    shown_view_ = name;
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

  draw_about(show_about_);
  draw_shortcuts(show_shortcuts_);
  draw_gallery();
  draw_loading_panel(state_, intents);
  apply(intents);
}

void App::apply(const Intents& intents) {
  for (const Intent& intent : intents) {
    // A lesson decides what is revealed: moving freely, playing or changing the timeline wait until it is left.
    const bool moves = std::holds_alternative<SeekTo>(intent) || std::holds_alternative<StepBy>(intent) || std::holds_alternative<SetPlaying>(intent) ||
                       std::holds_alternative<ApplyEvent>(intent) || std::holds_alternative<EditStep>(intent);
    if (state_.lesson && moves) {
      state_.notice = tr("Leave the lesson (Scenario menu) to move freely");
      notice_age_ = 0.0f;
      continue;
    }
    if (const auto* open = std::get_if<OpenBundledScenario>(&intent)) {
      load_bundled(open->name);
    } else if (std::holds_alternative<CancelLoad>(intent)) {
      cancel_load();
    } else if (const auto* lesson = std::get_if<StartLesson>(&intent)) {
      start_lesson(lesson->predict);
    } else if (std::holds_alternative<StopLesson>(intent)) {
      state_.lesson.reset();
    } else if (const auto* guess = std::get_if<PredictDecision>(&intent)) {
      lesson_predict(guess->decision);
    } else if (const auto* pick = std::get_if<PickLessonRule>(&intent)) {
      if (state_.lesson) state_.lesson->picked_rule = pick->rule;
    } else if (std::holds_alternative<LessonNext>(intent)) {
      lesson_next();
    } else if (const auto* language = std::get_if<SelectLanguage>(&intent)) {
      choose_language(language->chinese);
    } else if (const auto* zone = std::get_if<SelectTimeZone>(&intent)) {
      choose_time_zone(zone->zone);
      web::save_setting("time_zone", time_zone_key(zone->zone));
      ++state_.data_version;  // tables cache what they show
    } else if (const auto* compare = std::get_if<CompareEras>(&intent)) {
      if (!state_.open) continue;
      const core::Scenario& s = state_.open->timeline.scenario();
      const core::RuleSetting with{compare->with, compare->as_of};
      if (state_.comparison && state_.comparison->b == with && state_.comparison_version == state_.save_version) continue;
      if (!core::check_rule_setting(with).empty()) continue;  // the Compare view shows what is wrong with the day
      state_.comparison = core::compare_settings(s, core::own_rule_setting(s.metadata), with);
      state_.comparison_version = state_.save_version;
    } else if (const auto* theme = std::get_if<SelectTheme>(&intent)) {
      theme_changed_ = theme_changed_ || state_.theme != theme->theme;
      state_.theme = theme->theme;
    } else if (std::holds_alternative<ShowAbout>(intent)) {
      show_about_ = true;
    } else if (std::holds_alternative<ShowShortcuts>(intent)) {
      show_shortcuts_ = true;
    } else if (std::holds_alternative<ShowGallery>(intent)) {
      show_gallery_ = true;
    } else if (std::holds_alternative<DismissProblems>(intent)) {
      state_.problems.clear();
    } else if (const auto* to = std::get_if<SeekTo>(&intent)) {
      seek(to->position);
    } else if (const auto* by = std::get_if<StepBy>(&intent)) {
      if (!state_.open) continue;
      const std::size_t at = state_.open->timeline.position();
      if (by->delta < 0 && at == 0) continue;
      const std::size_t target = by->delta < 0 ? at - 1 : at + 1;
      if (target > state_.open->timeline.steps()) {
        state_.playing = false;
        continue;
      }
      seek(target);
    } else if (const auto* play = std::get_if<SetPlaying>(&intent)) {
      state_.playing = play->playing;
      play_clock_ = 0.0f;
      if (play->playing && state_.open && state_.open->timeline.position() == state_.open->timeline.steps()) seek(0);
    } else if (const auto* speed = std::get_if<SetPlaySpeed>(&intent)) {
      state_.play_speed = speed->steps_per_second;
    } else if (const auto* event = std::get_if<ApplyEvent>(&intent)) {
      branch_with(event->event);
      state_.asked.reset();
      state_.answer.reset();
    } else if (const auto* ask = std::get_if<AskEvent>(&intent)) {
      if (!state_.open) continue;
      const core::Timeline& t = state_.open->timeline;
      core::Event e = ask->event;
      if (!e.time) e.time = t.world().clock;
      state_.answer = core::step(t.scenario(), t.world(), t.index(), e);
      state_.asked = std::move(e);
    } else if (const auto* perspective = std::get_if<SelectPerspective>(&intent)) {
      state_.perspective_party = perspective->party;
      state_.perspective_user = perspective->user;
      refresh_perspective();
    } else if (const auto* edit = std::get_if<EditStep>(&intent)) {
      if (!state_.open || edit->position == 0 || edit->position > state_.open->timeline.steps()) continue;
      const core::Event e = state_.open->timeline.entries()[edit->position - 1].event;
      composer_ui_ = composer_from_event(e);
      seek(edit->position - 1);
      state_.notice = std::string(tr("Editing")) + " " + e.id + tr(": change it below, then Apply");
      notice_age_ = 0.0f;
    } else if (const auto* select = std::get_if<SelectEntity>(&intent)) {
      state_.selected = select->id;
    } else if (const auto* recent = std::get_if<OpenRecent>(&intent)) {
      web::open_recent(recent->index);
    } else if (std::holds_alternative<RequestOpenFile>(intent)) {
      web::request_open_file();
    } else if (const auto* download = std::get_if<StartDownload>(&intent)) {
      if (!state_.open) continue;
      const core::Timeline& t = state_.open->timeline;
      std::string base = state_.open->source;
      if (base.size() > 5 && base.substr(base.size() - 5) == ".json") base.resize(base.size() - 5);
      switch (download->what) {
        case Download::Scenario: web::download_text(base + ".json", "application/json", scenario_json()); break;
        case Download::DecisionLog: web::download_text(base + "-decisions.json", "application/json", core::decision_log_json(t.scenario(), log_of(t))); break;
        case Download::Report: web::download_text(base + "-report.md", "text/markdown", core::decision_log_markdown(t.scenario(), log_of(t), shell::language())); break;
      }
      state_.notice = tr("Downloading");
      notice_age_ = 0.0f;
    } else if (std::holds_alternative<CopyShareLink>(intent)) {
      if (!state_.open) continue;
      web::share_scenario(scenario_json(), shared_view_json());
      state_.notice = tr("Share link copied");
      notice_age_ = 0.0f;
    }
  }
}

}  // namespace shell
