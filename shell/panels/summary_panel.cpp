// summary_panel.cpp — title, era, description and counts of the open scenario.
#include "panels/summary_panel.hpp"

#include <cstdio>
#include "i18n.hpp"
#include "line_breaks.hpp"

#include "app_state.hpp"
#include "mpsim/enum_names.hpp"
#include "time_zone.hpp"

namespace shell {
namespace {

void count_row(const char* label, std::size_t value, const char* detail = nullptr) {
  ImGui::TableNextRow();
  ImGui::TableSetColumnIndex(0);
  ImGui::TextUnformatted(label);
  ImGui::TableSetColumnIndex(1);
  ImGui::Text(tr("%zu"), value);
  if (detail) {
    ImGui::SameLine();
    ImGui::TextDisabled("%s", detail);
  }
}

}  // namespace

void draw_summary_contents(const AppState& state, Intents& /*out*/) {
  {
    if (!state.open) {
      ImGui::TextWrapped("%s", tr("No scenario is open."));
    } else {
      const core::Scenario& s = state.open->timeline.scenario();
      const core::ScenarioSummary& sum = state.open->summary;
      ImGui::PushTextWrapPos(0.0f);
      ImGui::TextUnformatted(wrappable(s.metadata.title.in(language())).c_str());
      ImGui::PopTextWrapPos();
      ImGui::TextDisabled("%s", state.open->source.c_str());
      ImGui::Separator();
      ImGui::TextDisabled("%s", tr("Era"));
      ImGui::PushTextWrapPos(0.0f);
      ImGui::TextUnformatted(std::string(core::label(s.metadata.era, language())).c_str());
      ImGui::PopTextWrapPos();
      ImGui::TextDisabled("%s", tr("Clock"));
      ImGui::TextUnformatted(show_time(s.world.clock).c_str());
      if (!s.metadata.tags.empty()) {
        std::string tags;
        for (const std::string& tag : s.metadata.tags) tags += (tags.empty() ? "" : " · ") + tag;
        ImGui::TextDisabled("%s", tr("Tags"));
        ImGui::TextWrapped("%s", tags.c_str());
      }
      ImGui::Spacing();
      ImGui::SeparatorText(tr("When the scenario starts"));
      if (ImGui::BeginTable("counts", 2, ImGuiTableFlags_SizingStretchProp)) {
        char partners_detail[160], multi[96], active[96];
        // One format per count, so that English says "1 provider" and "2 providers" (Chinese has one form).
        const bool one_provider = sum.indirect_providers == 1, one_reseller = sum.indirect_resellers == 1;
        const char* partners_format = one_provider ? (one_reseller ? tr("%zu direct, %zu provider, %zu reseller") : tr("%zu direct, %zu provider, %zu resellers"))
                                                   : (one_reseller ? tr("%zu direct, %zu providers, %zu reseller") : tr("%zu direct, %zu providers, %zu resellers"));
        std::snprintf(partners_detail, sizeof partners_detail, partners_format, sum.direct_bill, sum.indirect_providers, sum.indirect_resellers);
        count_row(tr("Partners"), sum.partners, partners_detail);
        std::snprintf(multi, sizeof multi, tr("%zu with several partners"), sum.multi_partner_customers);
        count_row(tr("Customers"), sum.customers, multi);
        std::snprintf(active, sizeof active, tr("%zu active"), sum.active_subscriptions);
        count_row(tr("Subscriptions"), sum.subscriptions, active);
        count_row(tr("Reseller relationships"), sum.reseller_relationships);
        count_row(tr("DAP grants"), sum.delegated_admin);
        count_row(tr("GDAP relationships"), sum.gdap_relationships);
        count_row(tr("Events"), sum.events);
        count_row(tr("Expectations"), sum.expectations);
        ImGui::EndTable();
      }
      if (const std::string& description = s.metadata.description.in(language()); !description.empty()) {
        ImGui::Spacing();
        ImGui::SeparatorText(tr("About this scenario"));
        ImGui::TextWrapped("%s", wrappable(description).c_str());
      }
    }
  }
}

}  // namespace shell
