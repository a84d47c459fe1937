// perspectives_panel.cpp — shows the view App computed for the chosen party (views ask the engine, panels never do).
#include "panels/perspectives_panel.hpp"

#include <cstdio>
#include "i18n.hpp"

#include "app_state.hpp"
#include "widgets.hpp"
#include "mpsim/enum_names.hpp"
#include "time_zone.hpp"

namespace shell {
namespace {

std::string service_names(const core::World& w, const std::vector<std::string>& ids, const char* everything) {
  if (ids.empty()) return everything;
  std::string out;
  for (const std::string& id : ids) {
    std::string name = id;
    for (const core::Service& s : w.services)
      if (s.id == id) name = s.name;
    out += (out.empty() ? "" : ", ") + name;
  }
  return out;
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& s : items) out += (out.empty() ? "" : ", ") + s;
  return out;
}

std::string printed(const char* format, const std::string& value) {
  char buffer[512];
  std::snprintf(buffer, sizeof buffer, format, value.c_str());
  return buffer;
}

}  // namespace

void draw_perspectives_contents(const AppState& state, PerspectivesState& /*ui*/, Intents& out) {
  if (!state.open) return;
  const core::World& w = state.open->timeline.world();
  std::string current = tr("Omniscient (everyone)");
  for (const core::Partner& p : w.partners)
    if (p.id == state.perspective_party) current = printed(tr("Partner Center of %s"), p.name);
  for (const core::Customer& c : w.customers)
    if (c.id == state.perspective_party) current = printed(tr("Partner relationships of %s"), c.name);
  ImGui::SetNextItemWidth(em(24));
  if (ImGui::BeginCombo(tr("Seen by"), current.c_str(), ImGuiComboFlags_HeightLarge)) {
    if (ImGui::Selectable(tr("Omniscient (everyone)"), state.perspective_party.empty())) out.push_back(SelectPerspective{"", ""});
    ImGui::SeparatorText(tr("Partners: their Partner Center"));
    for (const core::Partner& p : w.partners)
      if (ImGui::Selectable((p.name + "##" + p.id).c_str(), state.perspective_party == p.id)) out.push_back(SelectPerspective{p.id, ""});
    ImGui::SeparatorText(tr("Customers: their Partner relationships page"));
    for (const core::Customer& c : w.customers)
      if (ImGui::Selectable((c.name + "##" + c.id).c_str(), state.perspective_party == c.id)) out.push_back(SelectPerspective{c.id, ""});
    ImGui::EndCombo();
  }
  if (state.partner_view) {
    const core::PartnerView& v = *state.partner_view;
    for (const core::Partner& p : w.partners)
      if (p.id == v.partner_id) {
        ImGui::SameLine();
        ImGui::SetNextItemWidth(em(12));
        if (ImGui::BeginCombo(tr("as"), v.acting_user.c_str())) {
          for (const core::User& u : p.users)
            if (ImGui::Selectable((u.name.empty() ? u.id : u.name + " (" + u.id + ")").c_str(), u.id == v.acting_user))
              out.push_back(SelectPerspective{p.id, u.id});
          ImGui::EndCombo();
        }
      }
    const std::string resellers = v.indirect_resellers.empty() ? "" : printed(tr("  ·  resellers: %s"), joined(v.indirect_resellers));
    const std::string providers = v.indirect_providers.empty() ? "" : printed(tr("  ·  providers: %s"), joined(v.indirect_providers));
    ImGui::TextDisabled(tr("%s  ·  %zu customers%s%s"), std::string(core::label(v.type, language())).c_str(), v.customers.size(), resellers.c_str(),
                        providers.c_str());
    if (ImGui::BeginChild("partner-view")) {
      for (const core::PartnerCustomerRow& row : v.customers) {
        ImGui::PushID(row.customer_id.c_str());
        const std::string dap = row.delegated_admin ? printed(tr("DAP: %s"), service_names(w, row.dap_services, tr("whole tenant"))) : tr("no DAP");
        if (ImGui::CollapsingHeader((row.customer_name + "  —  " + (row.reseller_relationship ? tr("reseller relationship") : tr("no relationship")) +
                                     (language() == Language::English ? ", " : "，") + dap)
                                        .c_str(),
                                    ImGuiTreeNodeFlags_DefaultOpen)) {
          if (!row.subscriptions.empty()) ImGui::TextDisabled(tr("Sold: %s"), joined(row.subscriptions).c_str());
          if (!row.reseller_subscriptions.empty()) ImGui::TextDisabled(tr("Reseller of record: %s"), joined(row.reseller_subscriptions).c_str());
          for (const core::Capability& c : row.capabilities) {
            decision_dot(c.decision == core::Decision::Applied, false);
            ImGui::SameLine();
            ImGui::Text(tr("%s %s"), c.decision == core::Decision::Applied ? tr("May") : tr("May not"), core::render(c.label, shell::language()).c_str());
            ImGui::SameLine();
            ImGui::TextDisabled(tr("[%s]"), c.rule.c_str());
            ImGui::SetItemTooltip("%s", show_times_in(shown(c.explanation)).c_str());
          }
        }
        ImGui::PopID();
      }
      if (v.customers.empty()) ImGui::TextDisabled("%s", tr("No customers in this partner's list."));
    }
    ImGui::EndChild();
  } else if (state.customer_view) {
    const core::CustomerView& v = *state.customer_view;
    ImGui::TextDisabled(tr("What %s's admin sees on the Partner relationships page."), v.customer_name.c_str());
    if (ImGui::BeginTable("partners", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_SizingStretchProp)) {
      ImGui::TableSetupColumn(tr("Partner"));
      ImGui::TableSetupColumn(tr("Relationship"));
      ImGui::TableSetupColumn(tr("Admin rights (DAP)"));
      ImGui::TableSetupColumn(tr("Sold"));
      ImGui::TableHeadersRow();
      for (const core::CustomerPartnerRow& r : v.partners) {
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        ImGui::Text("%s", r.partner_name.c_str());
        ImGui::TextDisabled("%s", std::string(core::label(r.type, language())).c_str());
        ImGui::TableSetColumnIndex(1);
        ImGui::TextUnformatted(r.reseller_relationship ? tr("Reseller") : "-");
        ImGui::TableSetColumnIndex(2);
        ImGui::TextWrapped("%s", r.delegated_admin ? service_names(w, r.admin_services, tr("all services")).c_str() : tr("none"));
        ImGui::TableSetColumnIndex(3);
        ImGui::TextWrapped("%s", joined(r.subscriptions).c_str());
      }
      ImGui::EndTable();
    }
    if (!v.other_channel_subscriptions.empty()) ImGui::TextDisabled(tr("Bought through other channels: %s"), joined(v.other_channel_subscriptions).c_str());
  } else {
    ImGui::TextWrapped("%s", tr("Everyone's view: the World tab lists every entity; choose a partner or a customer above to see only what they see, "
                       "and what they may do."));
  }
}

}  // namespace shell
