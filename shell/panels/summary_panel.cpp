// summary_panel.cpp — title, era, description and counts of the open scenario.
#include "panels/summary_panel.hpp"

#include "app.hpp"
#include "mpsim/enum_names.hpp"

namespace shell {
namespace {

void count_row(const char* label, std::size_t value, const char* detail = nullptr) {
  ImGui::TableNextRow();
  ImGui::TableSetColumnIndex(0);
  ImGui::TextUnformatted(label);
  ImGui::TableSetColumnIndex(1);
  ImGui::Text("%zu", value);
  if (detail) {
    ImGui::SameLine();
    ImGui::TextDisabled("%s", detail);
  }
}

}  // namespace

void draw_summary_contents(const AppState& state, Intents& /*out*/) {
  {
    if (!state.open) {
      ImGui::TextWrapped("No scenario is open.");
    } else {
      const core::Scenario& s = state.open->timeline.scenario();
      const core::ScenarioSummary& sum = state.open->summary;
      ImGui::PushTextWrapPos(0.0f);
      ImGui::TextUnformatted(s.metadata.title.c_str());
      ImGui::PopTextWrapPos();
      ImGui::TextDisabled("%s", state.open->source.c_str());
      ImGui::Separator();
      ImGui::TextDisabled("Era");
      ImGui::PushTextWrapPos(0.0f);
      ImGui::TextUnformatted(core::era_label(s.metadata.era).data());
      ImGui::PopTextWrapPos();
      ImGui::TextDisabled("Clock");
      ImGui::TextUnformatted(core::format_timestamp(s.world.clock).c_str());
      if (!s.metadata.tags.empty()) {
        std::string tags;
        for (const std::string& tag : s.metadata.tags) tags += (tags.empty() ? "" : " · ") + tag;
        ImGui::TextDisabled("Tags");
        ImGui::TextWrapped("%s", tags.c_str());
      }
      ImGui::Spacing();
      ImGui::SeparatorText("When the scenario starts");
      if (ImGui::BeginTable("counts", 2, ImGuiTableFlags_SizingStretchProp)) {
        const std::string partners_detail = std::to_string(sum.direct_bill) + " direct, " + std::to_string(sum.indirect_providers) +
                                            " providers, " + std::to_string(sum.indirect_resellers) + " resellers";
        count_row("Partners", sum.partners, partners_detail.c_str());
        const std::string multi = std::to_string(sum.multi_partner_customers) + " with several partners";
        count_row("Customers", sum.customers, multi.c_str());
        const std::string active = std::to_string(sum.active_subscriptions) + " active";
        count_row("Subscriptions", sum.subscriptions, active.c_str());
        count_row("Reseller relationships", sum.reseller_relationships);
        count_row("DAP grants", sum.delegated_admin);
        count_row("GDAP relationships", sum.gdap_relationships);
        count_row("Events", sum.events);
        count_row("Expectations", sum.expectations);
        ImGui::EndTable();
      }
      if (!s.metadata.description.empty()) {
        ImGui::Spacing();
        ImGui::SeparatorText("About this scenario");
        ImGui::TextWrapped("%s", s.metadata.description.c_str());
      }
    }
  }
}

}  // namespace shell
