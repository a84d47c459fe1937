// graph_panel.hpp — the Graph view: partners and customers as nodes, reseller relationships, admin rights (DAP) and
// provider-reseller partnerships as edges, drawn with ImGui's draw lists; pan, zoom, and a highlighted selection.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include <imgui.h>

#include "intents.hpp"
#include "panels/panel.hpp"

namespace shell {

struct AppState;

struct GraphState {
  ImVec2 pan{0, 0};
  float zoom = 1.0f;
  // Node positions in graph units, rebuilt when the world changes.
  struct Node {
    std::string id, label;
    bool partner = false;
    int subscriptions = 0;
    ImVec2 pos;
  };
  std::vector<Node> nodes;
  std::uint64_t built_for = UINT64_MAX;
  bool fit_pending = true;  // zoom so both columns fit the view (first layout, or the Fit button)
};

void draw_graph_contents(const AppState& state, GraphState& ui, Intents& out);

}  // namespace shell
