// world_panel.hpp — the World panel: every entity of the open scenario in sortable, filterable tables, one tab per kind.
#pragma once
#include <cstdint>
#include <string>
#include <unordered_map>

#include "i18n.hpp"
#include "intents.hpp"
#include "panels/panel.hpp"
#include "share_link.hpp"  // kWorldTabs, the panel's tabs
#include "table_view.hpp"

namespace shell {

struct AppState;

struct WorldPanelState {
  TableViewState partners, customers, subscriptions, reseller_relationships, delegated_admin, gdap, partnerships, events,
      expectations;
  std::unordered_map<std::string, std::string> tenant_names;  // id -> display name, rebuilt per data version
  std::unordered_map<std::string, std::string> service_names;
  std::uint64_t names_version = UINT64_MAX;
  std::string shown_tab;   // the tab on screen (kWorldTabs), for share links
  std::string select_tab;  // a tab to bring forward in the next frame (a share link)
};

// The world at the current step of the timeline.
void draw_world_contents(const AppState& state, WorldPanelState& ui, Intents& out);

}  // namespace shell
