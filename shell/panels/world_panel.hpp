// world_panel.hpp — the World panel: every entity of the open scenario in sortable, filterable tables, one tab per kind.
#pragma once
#include <cstdint>
#include <string>
#include <unordered_map>

#include "intents.hpp"
#include "panels/panel.hpp"
#include "table_view.hpp"

namespace shell {

struct AppState;

struct WorldPanelState {
  TableViewState partners, customers, subscriptions, reseller_relationships, delegated_admin, gdap, partnerships, events,
      expectations;
  std::unordered_map<std::string, std::string> tenant_names;  // id -> display name, rebuilt per data version
  std::unordered_map<std::string, std::string> service_names;
  std::uint64_t names_version = UINT64_MAX;
};

// The world at the current step of the timeline.
void draw_world_contents(const AppState& state, WorldPanelState& ui, Intents& out);

}  // namespace shell
