// world_panel.cpp — tables of partners, customers, subscriptions and relationships, plus the scenario's timeline as data.
#include "panels/world_panel.hpp"
#include "i18n.hpp"

#include "app_state.hpp"
#include "widgets.hpp"
#include "mpsim/enum_names.hpp"
#include "time_zone.hpp"

namespace shell {
namespace {

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : ", ") + item;
  return out;
}

// A value's label in the interface language ("direct-bill partner", "已暂停").
template <class E> std::string shown(E value) { return std::string(core::label(value, language())); }

// Dates in the chosen time zone; sorted by the instant, not the text.
std::string date_or_blank(const std::optional<core::Timestamp>& t) { return t ? show_date(*t) : std::string(); }
std::int64_t instant_or_first(const std::optional<core::Timestamp>& t) { return t.value_or(INT64_MIN); }

// "Contoso Cloud Services (contoso)": names for people, ids for matching the file.
std::string named(const std::unordered_map<std::string, std::string>& names, const std::string& id) {
  if (id.empty()) return {};
  const auto it = names.find(id);
  return it == names.end() ? id : it->second + " (" + id + ")";
}

// A tab whose label carries the row count; the table inside fills the tab.
template <class Draw> void tab(WorldPanelState& ui, const char* name, std::size_t count, Draw&& draw) {
  // Shown in the chosen language; identified by the English name, so switching language keeps the open tab.
  const std::string label = std::string(tr(name)) + " (" + std::to_string(count) + ")###" + name;
  const bool select = ui.select_tab == name;
  if (select) ui.select_tab.clear();
  if (ImGui::BeginTabItem(label.c_str(), nullptr, select ? ImGuiTabItemFlags_SetSelected : 0)) {
    ui.shown_tab = name;
    draw();
    ImGui::EndTabItem();
  }
}

}  // namespace

void draw_world_contents(const AppState& state, WorldPanelState& ui, Intents& /*out*/) {
  {
    if (!state.open) {
      ImGui::TextWrapped("%s", tr("No scenario is open. Choose one from File > Open example."));
    } else {
      const core::World& w = state.open->timeline.world();
      const std::uint64_t version = state.data_version;
      if (ui.names_version != version) {
        ui.tenant_names.clear();
        ui.service_names.clear();
        for (const core::Partner& p : w.partners) ui.tenant_names[p.id] = p.name;
        for (const core::Customer& c : w.customers) ui.tenant_names[c.id] = c.name;
        for (const core::Service& s : w.services) ui.service_names[s.id] = s.name;
        ui.names_version = version;
      }
      const auto& tn = ui.tenant_names;
      if (ImGui::BeginTabBar("world-tabs", ImGuiTabBarFlags_FittingPolicyScroll)) {
        tab(ui, kWorldTabs[0], w.partners.size(), [&] {
          draw_table("partners",
                     {{tr("Name"), 0, [&](std::size_t r) { return w.partners[r].name; }},
                      {tr("Id"), 9, [&](std::size_t r) { return w.partners[r].id; }},
                      {tr("Type"), 9, [&](std::size_t r) { return shown(w.partners[r].type); }},
                      {tr("Region"), 4, [&](std::size_t r) { return w.partners[r].region; }},
                      {tr("MPN id"), 6, [&](std::size_t r) { return w.partners[r].mpn_id; }},
                      {tr("Users"), 4, [&](std::size_t r) { return std::to_string(w.partners[r].users.size()); },
                       [&](std::size_t r) { return static_cast<std::int64_t>(w.partners[r].users.size()); }}},
                     w.partners.size(), version, ui.partners);
        });
        tab(ui, kWorldTabs[1], w.customers.size(), [&] {
          draw_table("customers",
                     {{tr("Name"), 0, [&](std::size_t r) { return w.customers[r].name; }},
                      {tr("Id"), 9, [&](std::size_t r) { return w.customers[r].id; }},
                      {tr("Domain"), 14, [&](std::size_t r) { return w.customers[r].domain; }},
                      {tr("Region"), 4, [&](std::size_t r) { return w.customers[r].region; }},
                      {tr("Cloud"), 7, [&](std::size_t r) { return shown(w.customers[r].cloud.value_or(state.open->timeline.scenario().metadata.cloud)); }}},
                     w.customers.size(), version, ui.customers);
        });
        tab(ui, kWorldTabs[2], w.subscriptions.size(), [&] {
          const auto& subs = w.subscriptions;
          draw_table("subscriptions",
                     {{tr("Id"), 6, [&](std::size_t r) { return subs[r].id; }},
                      {tr("Customer"), 0, [&](std::size_t r) { return named(tn, subs[r].customer); }},
                      {tr("Service"), 0, [&](std::size_t r) { return named(ui.service_names, subs[r].service); }},
                      {tr("Kind"), 6, [&](std::size_t r) { return shown(subs[r].kind); }},
                      {tr("Channel"), 5.5f, [&](std::size_t r) { return shown(subs[r].channel); }},
                      {tr("Partner of record"), 0, [&](std::size_t r) { return named(tn, subs[r].partner_of_record); }},
                      {tr("Reseller of record"), 8, [&](std::size_t r) { return named(tn, subs[r].reseller_of_record); }},
                      {tr("Support contact"), 8, [&](std::size_t r) { return named(tn, subs[r].support_contact); }},
                      {tr("Seats"), 3.5f, [&](std::size_t r) { return std::to_string(subs[r].quantity); },
                       [&](std::size_t r) { return subs[r].quantity; }},
                      {tr("Status"), 5, [&](std::size_t r) { return shown(subs[r].status); }},
                      {tr("Ends"), 6, [&](std::size_t r) { return date_or_blank(subs[r].end); },
                       [&](std::size_t r) { return instant_or_first(subs[r].end); }}},
                     subs.size(), version, ui.subscriptions);
        });
        tab(ui, kWorldTabs[3], w.reseller_relationships.size(), [&] {
          const auto& rels = w.reseller_relationships;
          draw_table("reseller-relationships",
                     {{tr("Partner"), 0, [&](std::size_t r) { return named(tn, rels[r].partner); }},
                      {tr("Customer"), 0, [&](std::size_t r) { return named(tn, rels[r].customer); }},
                      {tr("Since"), 6, [&](std::size_t r) { return date_or_blank(rels[r].since); },
                       [&](std::size_t r) { return instant_or_first(rels[r].since); }}},
                     rels.size(), version, ui.reseller_relationships);
        });
        tab(ui, kWorldTabs[4], w.delegated_admin.size(), [&] {
          const auto& grants = w.delegated_admin;
          draw_table("delegated-admin",
                     {{tr("Partner"), 0, [&](std::size_t r) { return named(tn, grants[r].partner); }},
                      {tr("Customer"), 0, [&](std::size_t r) { return named(tn, grants[r].customer); }},
                      {tr("Services"), 0, [&](std::size_t r) { return grants[r].services.empty() ? std::string(tr("whole tenant")) : joined(grants[r].services); }},
                      {tr("Since"), 6, [&](std::size_t r) { return date_or_blank(grants[r].since); },
                       [&](std::size_t r) { return instant_or_first(grants[r].since); }}},
                     grants.size(), version, ui.delegated_admin);
        });
        if (!w.gdap_relationships.empty())
          tab(ui, kWorldTabs[5], w.gdap_relationships.size(), [&] {
            const auto& g = w.gdap_relationships;
            draw_table("gdap",
                       {{tr("Display name"), 0, [&](std::size_t r) { return g[r].display_name; }},
                        {tr("Partner"), 0, [&](std::size_t r) { return named(tn, g[r].partner); }},
                        {tr("Customer"), 0, [&](std::size_t r) { return named(tn, g[r].customer); }},
                        {tr("Status"), 9, [&](std::size_t r) { return shown(g[r].status); }},
                        {tr("Days"), 3, [&](std::size_t r) { return std::to_string(g[r].duration_days); },
                         [&](std::size_t r) { return static_cast<std::int64_t>(g[r].duration_days); }},
                        {tr("Roles"), 0, [&](std::size_t r) { return joined(g[r].roles); }},
                        {tr("Ends"), 6, [&](std::size_t r) { return date_or_blank(g[r].end); },
                       [&](std::size_t r) { return instant_or_first(g[r].end); }}},
                       g.size(), version, ui.gdap);
          });
        if (!w.partnerships.empty())
          tab(ui, kWorldTabs[6], w.partnerships.size(), [&] {
            const auto& p = w.partnerships;
            draw_table("partnerships",
                       {{tr("Indirect provider"), 0, [&](std::size_t r) { return named(tn, p[r].provider); }},
                        {tr("Indirect reseller"), 0, [&](std::size_t r) { return named(tn, p[r].reseller); }},
                        {tr("Since"), 6, [&](std::size_t r) { return date_or_blank(p[r].since); },
                       [&](std::size_t r) { return instant_or_first(p[r].since); }}},
                       p.size(), version, ui.partnerships);
          });
        const auto& events = state.open->timeline.scenario().events;
        tab(ui, kWorldTabs[7], events.size(), [&] {
          draw_table("events",
                     {{"#", 2.5f, [&](std::size_t r) { return std::to_string(r + 1); }, [](std::size_t r) { return static_cast<std::int64_t>(r); }},
                      {tr("Time"), 12.5f, [&](std::size_t r) { return events[r].time ? show_time(*events[r].time) : std::string(); },
                       [&](std::size_t r) { return instant_or_first(events[r].time); }},
                      {tr("Actor"), 10, [&](std::size_t r) { return events[r].actor; }},
                      {tr("Action"), 12, [&](std::size_t r) { return events[r].action; }},
                      {tr("Parameters"), 0, [&](std::size_t r) {
                         std::string out;
                         for (const auto& [name, value] : events[r].params) out += (out.empty() ? "" : ", ") + name + "=" + param_text(value);
                         return show_times_in(out);
                       }}},
                     events.size(), version, ui.events);
        });
        const auto& expectations = state.open->timeline.scenario().expectations;
        tab(ui, kWorldTabs[8], expectations.size(), [&] {
          draw_table("expectations",
                     {{tr("After"), 8, [&](std::size_t r) { return expectations[r].after; }},
                      {tr("Decision"), 5, [&](std::size_t r) { return expectations[r].decision ? shown(*expectations[r].decision) : std::string(); }},
                      {tr("Rules"), 10, [&](std::size_t r) { return joined(expectations[r].rules); }},
                      {tr("State checks"), 4, [&](std::size_t r) { return std::to_string(expectations[r].state.size()); }},
                      {tr("Note"), 0, [&](std::size_t r) { return expectations[r].note.in(language()); }}},
                     expectations.size(), version, ui.expectations);
        });
        ImGui::EndTabBar();
      }
    }
  }
}

}  // namespace shell
