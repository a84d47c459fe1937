// compare_panel.cpp — lists every event with its decision under the scenario's own rules (A) and another setting (B),
// differing decisions first in colour; choosing a row seeks to just after that step. B is any of the five eras and, for
// the two dated ones (one per cloud), a day the rules are taken on ("" = each event's own date): so the view compares
// two eras, one scenario on two days, or the two clouds on one day. The comparison itself is computed by App
// (CompareEras) when this view asks for one that is missing or stale.
#include "panels/compare_panel.hpp"
#include "i18n.hpp"

#include <cstdio>
#include <cstring>

#include "app_state.hpp"
#include "widgets.hpp"
#include "mpsim/enum_names.hpp"
#include "mpsim/rules.hpp"
#include "text_field.hpp"
#include "time_zone.hpp"

namespace shell {
namespace {

std::string rule_list(const core::EraOutcome& o) {
  std::string text;
  for (const std::string& r : o.rules) text += (text.empty() ? "" : " ") + r;
  return text.empty() ? std::string("-") : text;
}

constexpr core::Era kEras[] = {core::Era::Vianet21, core::Era::GlobalDap, core::Era::GlobalGdap, core::Era::GlobalToday, core::Era::Vianet21Today};

// The day typed for B. It is the view's own (what the user is typing, valid or not); B's day in the comparison is
// copied in whenever it changes.
struct DayField {
  char text[16] = "";
  std::string copied;  // B's as_of last copied into text
};

}  // namespace

void draw_compare_contents(const AppState& state, Intents& out) {
  if (!state.open) return;
  const core::RuleSetting own = core::own_rule_setting(state.open->timeline.scenario().metadata);
  const core::RuleSetting other = state.comparison ? state.comparison->b : core::default_comparison(own);
  static DayField day;
  if (core::dated_era(other.era) && other.as_of != day.copied) {  // a fixed pack keeps the day typed for when a dated era returns
    std::snprintf(day.text, sizeof day.text, "%s", other.as_of.c_str());
    day.copied = other.as_of;
  }
  const bool day_valid = day.text[0] == '\0' || core::check_rules_day(day.text).empty();
  const auto on_day = [&](core::Era era) { return core::dated_era(era) && day_valid ? std::string(day.text) : std::string(); };

  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr("Compare with"));
  ImGui::SameLine();
  ImGui::SetNextItemWidth(std::min(em(14), ImGui::GetContentRegionAvail().x));
  if (ImGui::BeginCombo("##era", core::short_label(other.era, language()).data())) {
    // Short labels keep the list inside a phone's width; the A and B lines below give the full ones.
    for (const core::Era era : kEras)
      if (ImGui::Selectable(core::short_label(era, language()).data(), era == other.era)) out.push_back(CompareEras{era, on_day(era)});
    ImGui::EndCombo();
  }
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr("Rules as of"));
  ImGui::SameLine();
  ImGui::BeginDisabled(!core::dated_era(other.era));
  ImGui::SetNextItemWidth(em(7));
  if (ImGui::InputTextWithHint("##as-of", tr("YYYY-MM-DD"), day.text, sizeof day.text, ImGuiInputTextFlags_CharsNoBlank)) {
    const bool now_valid = day.text[0] == '\0' || core::check_rules_day(day.text).empty();
    if (now_valid) out.push_back(CompareEras{other.era, day.text});
  }
  note_text_field(tr("Rules as of"));
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::PushTextWrapPos(0.0f);
  if (!core::dated_era(other.era)) ImGui::TextDisabled("%s", tr("a fixed rule pack: no day"));
  else if (day.text[0] == '\0') ImGui::TextDisabled("%s", tr("empty: each event's own date"));
  else if (!day_valid) ImGui::TextColored(kRefusedColor, "%s", tr("Type a day as YYYY-MM-DD, from 2016-01-01 to 2026-12-31."));
  else ImGui::TextDisabled("%s", tr("the rules of that era's cloud"));
  ImGui::PopTextWrapPos();
  if (!state.comparison || state.comparison_version != state.save_version) {
    out.push_back(CompareEras{other.era, other.as_of});  // missing or stale: App computes it before the next frame
    ImGui::TextDisabled("%s", tr("Replaying under both rule packs..."));
    return;
  }
  const core::EraComparison& c = *state.comparison;
  ImGui::TextWrapped(tr("A: %s"), shown(core::setting_label(c.a)).c_str());
  ImGui::TextWrapped(tr("B: %s"), shown(core::setting_label(c.b)).c_str());
  ImGui::Text(tr("%zu of %zu decisions differ"), c.decision_differences(), c.events.size());
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("compare", 3, flags)) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn(tr("Event"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
  ImGui::TableSetupColumn(tr("A"), ImGuiTableColumnFlags_WidthStretch, 1.3f);
  ImGui::TableSetupColumn(tr("B"), ImGuiTableColumnFlags_WidthStretch, 1.3f);
  ImGui::TableHeadersRow();
  const core::Timeline& t = state.open->timeline;
  const ImVec4 differs(0.95f, 0.65f, 0.25f, 1.0f);
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(c.events.size()));
  while (clipper.Step())
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const core::ComparedEvent& e = c.events[static_cast<std::size_t>(i)];
      ImGui::TableNextRow();
      ImGui::TableSetColumnIndex(0);
      ImGui::PushID(i);
      const std::optional<std::size_t> at = t.position_after(e.id);
      const std::string label = std::to_string(e.event + 1) + ". " + e.id;
      if (e.decisions_differ()) ImGui::PushStyleColor(ImGuiCol_Text, differs);
      if (ImGui::Selectable(label.c_str(), at && *at == t.position(), ImGuiSelectableFlags_SpanAllColumns) && at) out.push_back(SeekTo{*at});
      if (const std::optional<core::Timestamp>& when = t.scenario().events[e.event].time) ImGui::SetItemTooltip("%s", show_time(*when).c_str());
      if (e.decisions_differ()) ImGui::PopStyleColor();
      ImGui::PopID();
      for (int column = 1; column <= 2; ++column) {
        const core::EraOutcome& o = column == 1 ? e.a : e.b;
        ImGui::TableSetColumnIndex(column);
        decision_dot(o.decision == core::Decision::Applied, false);
        ImGui::SameLine();
        ImGui::TextWrapped(tr("%s  %s"), std::string(core::label(o.decision, language())).c_str(), rule_list(o).c_str());
      }
    }
  ImGui::EndTable();
}

}  // namespace shell
