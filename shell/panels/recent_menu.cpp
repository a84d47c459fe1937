// recent_menu.cpp — the File menu's Recent work submenu (recent_menu.hpp). Choosing an entry asks the page for its text.
#include "panels/recent_menu.hpp"

#include <imgui.h>

#include <string>
#include <utility>
#include <vector>

#include "app_state.hpp"
#include "i18n.hpp"
#include "recent_work.hpp"
#include "time_zone.hpp"

namespace shell {

namespace {

// `text` cut at a character boundary to fit `width` pixels, with an ellipsis when cut.
std::string fitted(std::string text, float width) {
  if (ImGui::CalcTextSize(text.c_str()).x <= width) return text;
  while (!text.empty() && ImGui::CalcTextSize((text + "…").c_str()).x > width) {
    // The last character: its continuation bytes, then its first byte.
    while (!text.empty() && (static_cast<unsigned char>(text.back()) & 0xC0) == 0x80) text.pop_back();
    if (!text.empty()) text.pop_back();
  }
  return text + "…";
}

}  // namespace

void draw_recent_menu(const AppState& state, Intents& out) {
  if (!ImGui::BeginMenu(tr("Recent work"))) return;
  if (state.recent.empty()) ImGui::MenuItem(tr("Nothing kept yet: changed work replaced by another document appears here"), nullptr, false, false);
  // The screen's width less the menu's padding: on a phone the time and size go under the title instead of beside it.
  const float room = ImGui::GetMainViewport()->WorkSize.x - ImGui::GetStyle().WindowPadding.x * 4 - ImGui::GetFontSize();
  std::vector<std::pair<std::string, std::string>> shown;  // title, details
  bool beside = true;  // for all entries alike: the details share one column
  for (const RecentEntry& entry : state.recent) {
    shown.emplace_back(recent_title(entry, language()), (entry.time > 0 ? show_time(entry.time) + "  ·  " : std::string()) + size_text(entry.bytes));
    beside = beside && ImGui::CalcTextSize((shown.back().first + shown.back().second).c_str()).x + ImGui::GetFontSize() * 3 <= room;
  }
  for (std::size_t i = 0; i < shown.size(); ++i) {
    const auto& [title, details] = shown[i];
    // The index keeps equal titles apart.
    const std::string label = (beside ? title : fitted(title, room)) + "##recent" + std::to_string(i);
    if (ImGui::MenuItem(label.c_str(), beside ? details.c_str() : nullptr)) out.push_back(OpenRecent{i});
    if (!beside) {
      ImGui::Indent();
      ImGui::TextDisabled("%s", details.c_str());
      ImGui::Unindent();
    }
  }
  ImGui::EndMenu();
}

}  // namespace shell
