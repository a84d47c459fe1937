// graph_panel.cpp — a two-column layout (partners left, customers right), customers ordered by the mean position of
// their partners (the barycentre heuristic) so edges cross little, which keeps a few hundred nodes readable.
#include "panels/graph_panel.hpp"
#include "i18n.hpp"

#include <algorithm>
#include <unordered_map>

#include "app_state.hpp"

namespace shell {
namespace {

constexpr float kRowHeight = 34.0f, kNodeWidth = 210.0f, kColumnGap = 260.0f;

void build_layout(const core::World& w, GraphState& ui) {
  ui.nodes.clear();
  std::unordered_map<std::string, int> subs;
  for (const core::Subscription& s : w.subscriptions) {
    ++subs[s.customer];
    if (!s.partner_of_record.empty()) ++subs[s.partner_of_record];
  }
  std::unordered_map<std::string, float> partner_row;
  for (std::size_t i = 0; i < w.partners.size(); ++i) {
    const core::Partner& p = w.partners[i];
    partner_row[p.id] = static_cast<float>(i);
    ui.nodes.push_back({p.id, p.name, true, subs[p.id], ImVec2(0, static_cast<float>(i) * kRowHeight)});
  }
  std::vector<std::pair<float, const core::Customer*>> order;
  for (const core::Customer& c : w.customers) {
    float sum = 0, n = 0;
    for (const core::ResellerRelationship& r : w.reseller_relationships)
      if (r.customer == c.id && partner_row.count(r.partner)) sum += partner_row[r.partner], n += 1;
    order.push_back({n > 0 ? sum / n : 1e9f, &c});
  }
  std::stable_sort(order.begin(), order.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  const float offset = w.partners.size() > w.customers.size() ? 0.0f : 0.0f;
  for (std::size_t i = 0; i < order.size(); ++i)
    ui.nodes.push_back({order[i].second->id, order[i].second->name, false, subs[order[i].second->id],
                        ImVec2(kNodeWidth + kColumnGap, offset + static_cast<float>(i) * kRowHeight)});
}

}  // namespace

void draw_graph_contents(const AppState& state, GraphState& ui, Intents& out) {
  if (!state.open) return;
  const core::World& w = state.open->timeline.world();
  if (ui.built_for != state.data_version) {
    if (ui.nodes.empty()) ui.fit_pending = true;
    build_layout(w, ui);
    ui.built_for = state.data_version;
  }
  const float fit = std::clamp(ImGui::GetContentRegionAvail().x / ((2 * kNodeWidth + kColumnGap + 40) * ImGui::GetFontSize() / 16.0f), 0.2f, 1.0f);
  if (ui.fit_pending) {
    ui.pan = ImVec2(0, 0);
    ui.zoom = fit;
    ui.fit_pending = false;
  }
  if (ImGui::SmallButton(tr("Fit"))) ui.fit_pending = true;
  ImGui::SameLine();
  ImGui::TextDisabled("%s", tr("Drag to pan, wheel to zoom, click a tenant to highlight its links."));
  ImGui::TextColored(ImVec4(0.6f, 0.6f, 0.65f, 1), "%s", tr("reseller"));
  ImGui::SameLine();
  ImGui::TextColored(ImVec4(0.35f, 0.6f, 1.0f, 1), "%s", tr("admin rights"));
  ImGui::SameLine();
  ImGui::TextColored(ImVec4(1.0f, 0.65f, 0.25f, 1), "%s", tr("provider-reseller"));

  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const ImVec2 size = ImGui::GetContentRegionAvail();
  if (size.x < 10 || size.y < 10) return;
  ImGui::InvisibleButton("canvas", size, ImGuiButtonFlags_MouseButtonLeft | ImGuiButtonFlags_MouseButtonRight);
  const bool hovered = ImGui::IsItemHovered();
  const ImGuiIO& io = ImGui::GetIO();
  const bool was_click = io.MouseDragMaxDistanceSqr[ImGuiMouseButton_Left] < io.MouseDragThreshold * io.MouseDragThreshold;
  const float scale = ui.zoom * ImGui::GetFontSize() / 16.0f;  // graph units follow the font size (DPI, presenter)
  if (ImGui::IsItemActive() && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 2.0f)) {
    ui.pan.x += io.MouseDelta.x;
    ui.pan.y += io.MouseDelta.y;
  }
  if (hovered && io.MouseWheel != 0.0f) {
    const float before = scale;
    ui.zoom = std::clamp(ui.zoom * (io.MouseWheel > 0 ? 1.15f : 1.0f / 1.15f), 0.2f, 4.0f);
    const float after = ui.zoom * ImGui::GetFontSize() / 16.0f;
    // Zoom around the mouse.
    const ImVec2 m(io.MousePos.x - origin.x - ui.pan.x, io.MousePos.y - origin.y - ui.pan.y);
    ui.pan.x -= m.x * (after / before - 1.0f);
    ui.pan.y -= m.y * (after / before - 1.0f);
  }
  const float s = ui.zoom * ImGui::GetFontSize() / 16.0f;
  const auto to_screen = [&](ImVec2 p) { return ImVec2(origin.x + ui.pan.x + (p.x + 20) * s, origin.y + ui.pan.y + (p.y + 10) * s); };
  std::unordered_map<std::string, const GraphState::Node*> by_id;
  for (const auto& n : ui.nodes) by_id[n.id] = &n;

  ImDrawList* dl = ImGui::GetWindowDrawList();
  // ImGui::PushClipRect (not the draw list's): it also restores the window's clip rectangle when popped.
  ImGui::PushClipRect(origin, ImVec2(origin.x + size.x, origin.y + size.y), true);
  const bool light = state.theme == Theme::Light;
  dl->AddRectFilled(origin, ImVec2(origin.x + size.x, origin.y + size.y), light ? IM_COL32(250, 250, 252, 255) : IM_COL32(22, 24, 28, 255));
  const std::string& sel = state.selected;
  const auto involved = [&](const std::string& a, const std::string& b) { return sel.empty() || sel == a || sel == b; };
  const auto edge = [&](const std::string& from, const std::string& to, ImU32 color, float thickness, bool curve) {
    const auto a = by_id.find(from), b = by_id.find(to);
    if (a == by_id.end() || b == by_id.end()) return;
    const bool on = involved(from, to);
    const ImU32 c = on ? color : (color & 0x00FFFFFF) | (40u << 24);
    ImVec2 p1 = to_screen(a->second->pos), p2 = to_screen(b->second->pos);
    p1.y += kRowHeight * 0.35f * s;
    p2.y += kRowHeight * 0.35f * s;
    if (curve) {  // partner to partner, bulging to the left
      const ImVec2 c1(p1.x - 60 * s, p1.y), c2(p2.x - 60 * s, p2.y);
      dl->AddBezierCubic(p1, c1, c2, p2, c, thickness * s);
    } else {
      p1.x += kNodeWidth * s;
      dl->AddBezierCubic(p1, ImVec2(p1.x + kColumnGap * 0.5f * s, p1.y), ImVec2(p2.x - kColumnGap * 0.5f * s, p2.y), p2, c, thickness * s);
    }
  };
  for (const core::ResellerRelationship& r : w.reseller_relationships) edge(r.partner, r.customer, IM_COL32(150, 150, 160, 200), 1.5f, false);
  for (const core::DelegatedAdminGrant& g : w.delegated_admin) edge(g.partner, g.customer, IM_COL32(90, 150, 255, 230), 3.0f, false);
  for (const core::Partnership& p : w.partnerships) edge(p.provider, p.reseller, IM_COL32(255, 165, 60, 230), 2.0f, true);

  std::string clicked;
  for (const auto& n : ui.nodes) {
    const ImVec2 a = to_screen(n.pos);
    const ImVec2 b(a.x + kNodeWidth * s, a.y + kRowHeight * 0.7f * s);
    if (b.y < origin.y || a.y > origin.y + size.y) continue;
    const bool selected = n.id == sel;
    const ImU32 fill = n.partner ? (light ? IM_COL32(220, 232, 250, 255) : IM_COL32(38, 56, 86, 255))
                                 : (light ? IM_COL32(232, 240, 228, 255) : IM_COL32(40, 62, 48, 255));
    dl->AddRectFilled(a, b, fill, 4.0f * s);
    dl->AddRect(a, b, selected ? IM_COL32(255, 210, 80, 255) : (light ? IM_COL32(150, 150, 160, 255) : IM_COL32(90, 95, 105, 255)), 4.0f * s, 0,
                selected ? 3.0f : 1.0f);
    if (s > 0.45f) {
      const std::string text = n.label + (n.subscriptions ? "  (" + std::to_string(n.subscriptions) + ")" : "");
      ImGui::PushClipRect(a, b, true);
      dl->AddText(nullptr, ImGui::GetFontSize() * std::min(1.0f, s), ImVec2(a.x + 6 * s, a.y + (kRowHeight * 0.7f * s - ImGui::GetFontSize() * std::min(1.0f, s)) * 0.5f),
                  light ? IM_COL32(20, 20, 30, 255) : IM_COL32(230, 232, 236, 255), text.c_str());
      ImGui::PopClipRect();
    }
    if (hovered && ImGui::IsMouseReleased(ImGuiMouseButton_Left) && was_click &&
        io.MousePos.x >= a.x && io.MousePos.x <= b.x && io.MousePos.y >= a.y && io.MousePos.y <= b.y)
      clicked = n.id;
  }
  ImGui::PopClipRect();
  if (!clicked.empty()) out.push_back(SelectEntity{clicked == sel ? std::string() : clicked});
  else if (hovered && ImGui::IsMouseReleased(ImGuiMouseButton_Left) && was_click && !sel.empty())
    out.push_back(SelectEntity{""});
}

}  // namespace shell
