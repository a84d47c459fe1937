// rules_panel.cpp — rule catalogue table with counts of applied and refused steps in this scenario. A legacy era lists
// its fixed pack; a dated era lists every rule of the scenario's cloud with its versions (the replaced_by chain, both
// ways), the days each is in force, how sure the first day is, the scenario's option choice, and the source, and marks
// the version in force on the current step's day.
#include "panels/rules_panel.hpp"
#include "i18n.hpp"
#include "line_breaks.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <vector>

#include "app_state.hpp"
#include "widgets.hpp"
#include "mpsim/rules.hpp"
#include "text_field.hpp"

namespace shell {
namespace {

constexpr ImVec4 kInForceColor = kAllowedColor;

const char* basis_marker(core::DateBasis basis) {
  switch (basis) {
    case core::DateBasis::Documented: return "";
    case core::DateBasis::Announced: return tr("announced");
    case core::DateBasis::Unconfirmed: return tr("[unconfirmed]");
    case core::DateBasis::Conflict: return tr("[conflict]");
    case core::DateBasis::Inferred: return tr("[inferred]");
  }
  return "";
}

// The rule's versions, oldest first: walk the replaced_by links back (the rule that names this one) and forward.
std::vector<const core::Rule*> versions_of(const core::Rule& rule) {
  std::vector<const core::Rule*> chain{&rule};
  for (bool found = true; found;) {
    found = false;
    for (const core::Rule& r : core::rule_catalogue())
      if (r.valid.replaced_by == chain.front()->id && std::find(chain.begin(), chain.end(), &r) == chain.end()) {
        chain.insert(chain.begin(), &r);
        found = true;
        break;
      }
  }
  while (!chain.back()->valid.replaced_by.empty()) {
    const core::Rule* next = core::find_rule(chain.back()->valid.replaced_by);
    if (!next || std::find(chain.begin(), chain.end(), next) != chain.end()) break;
    chain.push_back(next);
  }
  return chain;
}

// "2023-02-01 to 2023-10-30", "from 2023-10-30", "since the first documents" (with the scenario's option choice).
std::string days_in_force(const core::Rule& r, const core::Metadata& metadata) {
  const std::optional<std::string_view> from = core::rule_from(r, metadata);
  if (!from) return tr("off in this scenario (option)");
  const std::string first = from->empty() ? std::string(tr("since the first documents")) : std::string(*from);
  char text[160];
  if (!r.valid.until.empty()) std::snprintf(text, sizeof text, tr("%s to %s"), first.c_str(), std::string(r.valid.until).c_str());
  else if (!from->empty()) std::snprintf(text, sizeof text, tr("from %s"), first.c_str());
  else std::snprintf(text, sizeof text, "%s", first.c_str());
  std::string out = text;
  if (const char* marker = basis_marker(r.valid.basis); *marker) out += std::string(" ") + marker;
  return out;
}

void draw_versions(const core::Rule& rule, const core::Metadata& metadata, const std::string& day) {
  const std::vector<const core::Rule*> versions = versions_of(rule);
  if (versions.size() == 1) {
    // One version: its days; the ID's colour says whether it is in force.
    ImGui::TextDisabled("%s", days_in_force(rule, metadata).c_str());
  } else {
    for (const core::Rule* v : versions) {
      const bool in_force = core::rule_in_force(*v, metadata, day);
      const std::string line = std::string(v == &rule ? "> " : "  ") + std::string(v->id) + "  " + days_in_force(*v, metadata) +
                               (in_force ? std::string("  ") + tr("(in force on this step's day)") : std::string());
      if (in_force) ImGui::TextColored(kInForceColor, "%s", line.c_str());
      else ImGui::TextDisabled("%s", line.c_str());
    }
  }
  if (!rule.valid.option.empty()) {
    const std::string_view choice = core::option_choice(metadata, rule.valid.option);
    const core::RuleOption* option = core::find_rule_option(rule.valid.option);
    const bool chosen = metadata.rule_options.count(std::string(rule.valid.option)) != 0;
    ImGui::TextDisabled(chosen ? tr("option %s = %s (chosen by this scenario)") : tr("option %s = %s (documented default)"),
                        std::string(rule.valid.option).c_str(), std::string(choice).c_str());
    if (option) ImGui::SetItemTooltip("%s", std::string(language() == core::Language::English ? option->meaning : option->meaning_zh).c_str());
  }
  if (!rule.valid.date_source.empty()) ImGui::TextDisabled(tr("dates: %s"), wrappable(rule.valid.date_source).c_str());
}

}  // namespace

void draw_rules_contents(const AppState& state, Intents& /*out*/) {
  if (!state.open) return;
  const core::Timeline& t = state.open->timeline;
  const core::Metadata& metadata = t.scenario().metadata;
  const bool dated = core::dated_era(metadata.era);
  const std::string day = core::format_date(t.world().clock);
  std::map<std::string, std::pair<int, int>> counts;  // applied, refused
  for (const core::LogEntry& e : t.entries())
    for (const core::DecidingRule& r : e.result.rules) (e.result.decision == core::Decision::Applied ? counts[r.id].first : counts[r.id].second)++;
  static ImGuiTextFilter filter;
  ImGui::SetNextItemWidth(em(16));
  filter.Draw("##rules-filter");
  note_text_field(tr("Rules"));
  ImGui::SameLine();
  ImGui::PushTextWrapPos(0.0f);
  if (dated)
    ImGui::TextDisabled(core::era_cloud(metadata.era) == core::Cloud::China
                            ? tr("Rules of the China cloud with their versions; green: in force on %s, this step's day. Counts: this scenario's steps each decided")
                            : tr("Rules of the global cloud with their versions; green: in force on %s, this step's day. Counts: this scenario's steps each decided"),
                        day.c_str());
  else ImGui::TextDisabled("%s", tr("Rules of this era; counts are this scenario's steps that each decided"));
  ImGui::PopTextWrapPos();
  if (ImGui::BeginTable("rules", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp)) {
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr("ID"), ImGuiTableColumnFlags_WidthFixed, em(5.5f));
    ImGui::TableSetupColumn(tr("Allowed"), ImGuiTableColumnFlags_WidthFixed, em(4));
    ImGui::TableSetupColumn(tr("Refused"), ImGuiTableColumnFlags_WidthFixed, em(4));
    ImGui::TableSetupColumn(tr("Rule and source"), ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableHeadersRow();
    for (const core::Rule& r : core::rule_catalogue()) {
      // A dated era takes every rule of its cloud, whatever its dates; a legacy era its pack.
      if (!core::rule_in_scenario(r, metadata)) continue;
      const std::string_view statement = core::statement(r, language());
      // Filtering finds a rule by its words in either language.
      const std::string line = std::string(r.id) + " " + std::string(statement) + " " + std::string(r.statement) + " " + std::string(r.group);
      if (!filter.PassFilter(line.c_str())) continue;
      const auto c = counts[std::string(r.id)];
      ImGui::TableNextRow();
      ImGui::TableSetColumnIndex(0);
      if (dated && core::rule_in_force(r, metadata, day)) ImGui::TextColored(kInForceColor, "%s", std::string(r.id).c_str());
      else if (dated) ImGui::TextDisabled("%s", std::string(r.id).c_str());
      else ImGui::TextUnformatted(std::string(r.id).c_str());
      ImGui::TableSetColumnIndex(1);
      if (c.first) ImGui::Text(tr("%d"), c.first);
      ImGui::TableSetColumnIndex(2);
      if (c.second) ImGui::Text(tr("%d"), c.second);
      ImGui::TableSetColumnIndex(3);
      ImGui::PushTextWrapPos(0.0f);
      ImGui::TextUnformatted(wrappable(statement).c_str());
      ImGui::TextDisabled("%s%s", std::string(r.source->title).c_str(), r.inferred ? tr("  (inferred)") : "");
      if (dated) draw_versions(r, metadata, day);
      ImGui::PopTextWrapPos();
    }
    ImGui::EndTable();
  }
}

}  // namespace shell
