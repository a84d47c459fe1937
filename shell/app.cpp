// app.cpp — loading scenarios, laying out the panels for the window's size, applying intents.
#include "app.hpp"

#include <imgui.h>

#include "embedded_files.hpp"
#include "mpsim/enum_names.hpp"
#include "mpsim/scenario_io.hpp"
#include "panels/problems_panel.hpp"
#include "panels/summary_panel.hpp"

namespace shell {
namespace {

constexpr const char* kAppVersion = "0.1.0";

void draw_menu_bar(const AppState& state, Intents& out) {
  if (!ImGui::BeginMainMenuBar()) return;
  if (ImGui::BeginMenu("File")) {
    if (ImGui::BeginMenu("Open example")) {
      for (std::size_t i = 0; i < kBundledScenarios_count; ++i) {
        const EmbeddedFile& file = kBundledScenarios[i];
        const bool is_open = state.open && state.open->source == file.name;
        if (ImGui::MenuItem(file.name, nullptr, is_open)) out.push_back(OpenBundledScenario{file.name});
      }
      ImGui::EndMenu();
    }
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu("View")) {
    if (ImGui::MenuItem("Dark theme", nullptr, state.theme == Theme::Dark)) out.push_back(SelectTheme{Theme::Dark});
    if (ImGui::MenuItem("Light theme", nullptr, state.theme == Theme::Light)) out.push_back(SelectTheme{Theme::Light});
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu("Help")) {
    if (ImGui::MenuItem("About mpsim")) out.push_back(ShowAbout{});
    ImGui::EndMenu();
  }
  ImGui::EndMainMenuBar();
}

void draw_about(bool& open) {
  if (open) ImGui::OpenPopup("About mpsim");
  const ImVec2 center = ImGui::GetMainViewport()->GetCenter();
  ImGui::SetNextWindowPos(center, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 34, 0));
  if (ImGui::BeginPopupModal("About mpsim", &open, ImGuiWindowFlags_NoResize)) {
    ImGui::Text("mpsim %s", kAppVersion);
    ImGui::TextWrapped("A simulator of Microsoft Partner Center's CSP multi-partner rules, running entirely in this page. "
                       "Rules come from the documentation of each era; the simulator claims no legal or contractual authority.");
    ImGui::Spacing();
    ImGui::TextDisabled("Scenario format %lld", static_cast<long long>(core::kFormatVersion));
    if (ImGui::Button("Close")) {
      open = false;
      ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
  }
}

}  // namespace

bool App::load_text(std::string_view source, std::string_view text) {
  core::Result<core::Scenario> loaded = core::load_scenario(text);
  state_.problems = std::move(loaded.issues);
  state_.problems_source = std::string(source);
  if (!loaded.ok()) return false;
  OpenScenario open;
  open.summary = core::summarize(*loaded.value);
  open.scenario = std::move(*loaded.value);
  open.source = std::string(source);
  state_.open = std::move(open);
  ++state_.data_version;
  return true;
}

bool App::load_bundled(std::string_view name) {
  for (std::size_t i = 0; i < kBundledScenarios_count; ++i)
    if (name == kBundledScenarios[i].name) return load_text(kBundledScenarios[i].name, kBundledScenarios[i].text());
  core::Issue missing;
  missing.code = "unknown-example";
  missing.message = "there is no bundled example called \"" + std::string(name) + "\"; choose one from File > Open example.";
  state_.problems = {missing};
  state_.problems_source = std::string(name);
  return false;
}

bool App::take_theme_change() {
  const bool changed = theme_changed_;
  theme_changed_ = false;
  return changed;
}

void App::draw_frame() {
  ++frames_;
  Intents intents;
  draw_menu_bar(state_, intents);

  // Tile the work area: scenario on the left, world on the right, problems along the bottom when there are any.
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  const ImVec2 origin = viewport->WorkPos;
  const ImVec2 size = viewport->WorkSize;
  const float gap = 0.0f;
  const float left_width = std::max(ImGui::GetFontSize() * 18.0f, size.x * 0.28f);
  const float problems_height = state_.problems.empty() ? 0.0f : std::min(size.y * 0.3f, ImGui::GetFontSize() * 12.0f);
  const float main_height = size.y - problems_height;

  draw_summary_panel(state_, PanelRect{origin, ImVec2(left_width, main_height)}, intents);
  draw_world_panel(state_, world_ui_, PanelRect{ImVec2(origin.x + left_width + gap, origin.y), ImVec2(size.x - left_width - gap, main_height)},
                   intents);
  if (problems_height > 0)
    draw_problems_panel(state_, PanelRect{ImVec2(origin.x, origin.y + main_height), ImVec2(size.x, problems_height)}, intents);
  draw_about(show_about_);
  apply(intents);
}

void App::apply(const Intents& intents) {
  for (const Intent& intent : intents) {
    if (const auto* open = std::get_if<OpenBundledScenario>(&intent)) {
      load_bundled(open->name);
    } else if (const auto* theme = std::get_if<SelectTheme>(&intent)) {
      theme_changed_ = theme_changed_ || state_.theme != theme->theme;
      state_.theme = theme->theme;
    } else if (std::holds_alternative<ShowAbout>(intent)) {
      show_about_ = true;
    } else if (std::holds_alternative<DismissProblems>(intent)) {
      state_.problems.clear();
    }
  }
}

}  // namespace shell
