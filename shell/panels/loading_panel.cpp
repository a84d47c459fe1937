// loading_panel.cpp — a centred window over the (still drawn) app while a large file opens a slice per frame. It is
// not modal on purpose: the scenario already open stays readable, and Cancel drops the load without touching it.
#include "panels/loading_panel.hpp"
#include "i18n.hpp"

#include <cstdio>

#include "app_state.hpp"

namespace shell {

void draw_loading_panel(const AppState& state, Intents& out) {
  if (!state.loading) return;
  const LoadProgress& p = *state.loading;
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(em(26, 0), ImGuiCond_Always);
  ImGui::SetNextWindowFocus();
  const std::string title = std::string(tr("Opening")) + "##loading";
  if (ImGui::Begin(title.c_str(), nullptr, ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
                                                    ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::TextWrapped(tr("Opening %s"), p.source.c_str());
    // Reading is the first 60% of the bar, replaying the rest: roughly their shares of the time on big files.
    const double part = p.total ? static_cast<double>(p.done) / static_cast<double>(p.total) : 1.0;
    const float fraction = static_cast<float>(p.replaying ? 0.6 + 0.4 * part : 0.6 * part);
    char label[96];
    if (p.replaying)
      std::snprintf(label, sizeof label, tr("replaying events: %llu of %llu"), static_cast<unsigned long long>(p.done),
                    static_cast<unsigned long long>(p.total));
    else
      std::snprintf(label, sizeof label, tr("reading and checking: %.1f of %.1f MiB"), static_cast<double>(p.done) / 1048576.0,
                    static_cast<double>(p.total) / 1048576.0);
    ImGui::ProgressBar(fraction, ImVec2(-1, 0));
    ImGui::TextDisabled("%s", label);
    ImGui::TextWrapped("%s", state.open ? tr("The scenario that is open stays until this one is ready.") : tr("The page stays usable meanwhile."));
    if (ImGui::Button(tr("Cancel"))) out.push_back(CancelLoad{});
  }
  ImGui::End();
}

}  // namespace shell
