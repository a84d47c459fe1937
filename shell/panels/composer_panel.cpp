// composer_panel.cpp — builds an event from widgets; candidates for each parameter come from the current world.
#include "panels/composer_panel.hpp"

#include <algorithm>
#include "i18n.hpp"

#include "app_state.hpp"
#include "widgets.hpp"
#include "mpsim/engine.hpp"
#include "mpsim/enum_names.hpp"
#include "text_field.hpp"
#include "time_zone.hpp"

namespace shell {
namespace {

struct Candidate {
  std::string id, label;
};

// Which entities a parameter names: the action table says (ParamSpec::names).
std::vector<Candidate> candidates_for(const core::World& w, const core::ParamSpec& param) {
  std::vector<Candidate> out;
  switch (param.names) {
    case core::Names::Subscription:
      for (const auto& s : w.subscriptions) out.push_back({s.id, s.id + "  (" + s.customer + ", " + s.service + ")"});
      break;
    case core::Names::Customer:
      for (const auto& c : w.customers) out.push_back({c.id, c.name});
      break;
    case core::Names::Service:
      for (const auto& s : w.services) out.push_back({s.id, s.name});
      break;
    case core::Names::Partner:
      for (const auto& p : w.partners) out.push_back({p.id, p.name + "  (" + std::string(core::label(p.type, language())) + ")"});
      break;
    case core::Names::Invitation:
      for (const auto& i : w.invitations) out.push_back({i.id, i.id + "  (" + i.partner + ")"});
      break;
    case core::Names::GdapRelationship:
      for (const auto& g : w.gdap_relationships) out.push_back({g.id, g.id + "  (" + g.partner + " / " + g.customer + ", " + std::string(core::label(g.status, language())) + ")"});
      break;
    case core::Names::Transfer:
      for (const auto& t : w.transfers) out.push_back({t.id, t.id + "  (" + t.source_partner + " -> " + t.target_partner + ", " + std::string(core::label(t.status, language())) + ")"});
      break;
    default: break;  // new ids, text, and what depends on other choices (assignments, security groups, roles): typed
  }
  return out;
}

// "admin agent, global admin" / "管理员代理、全局管理员".
std::string roles_of(const core::User& u) {
  const char* const separator = language() == Language::English ? ", " : "、";
  std::string out;
  for (const auto r : u.partner_roles) out += (out.empty() ? "" : separator) + std::string(core::label(r, language()));
  for (const auto r : u.customer_roles) out += (out.empty() ? "" : separator) + std::string(core::label(r, language()));
  return out;
}

core::Event build_event(const ComposerState& ui, const core::ActionSpec& action) {
  core::Event e;
  e.actor = ui.actor;
  e.action = ui.action;
  for (const core::ParamSpec& p : action.params) {
    const std::string name(p.name);
    switch (p.type) {
      case core::ParamType::Integer:
        if (ui.numbers.count(name)) e.params[name] = ui.numbers.at(name);
        break;
      case core::ParamType::Boolean:
        if (ui.flags.count(name) && ui.flags.at(name) != 0) e.params[name] = ui.flags.at(name) == 1;
        break;
      case core::ParamType::IdList:
        if (ui.lists.count(name) && !ui.lists.at(name).empty())
          e.params[name] = std::vector<std::string>(ui.lists.at(name).begin(), ui.lists.at(name).end());
        break;
      case core::ParamType::Time:
        // Typed in the chosen zone, kept in UTC. Text that is no time goes on as typed, so the file check names it.
        if (ui.texts.count(name) && !ui.texts.at(name).empty()) {
          const std::optional<core::Timestamp> t = read_time_field(ui.texts.at(name));
          e.params[name] = t ? core::format_timestamp(*t) : ui.texts.at(name);
        }
        break;
      default:
        if (ui.texts.count(name) && !ui.texts.at(name).empty()) e.params[name] = ui.texts.at(name);
    }
  }
  return e;
}

void text_input(const char* id, std::string& value, const char* hint, float width = -FLT_MIN) {
  char buffer[256];
  std::snprintf(buffer, sizeof buffer, "%s", value.c_str());
  ImGui::SetNextItemWidth(width);
  if (ImGui::InputTextWithHint(id, hint, buffer, sizeof buffer)) value = buffer;
  note_text_field(hint);
}

// A time field: the user's wall clock in the chosen zone, the zone beside it, and what the file will keep (UTC).
void time_input(std::string& value, core::Timestamp clock) {
  const std::optional<core::Timestamp> typed = read_time_field(value);
  const std::string zone = core::format_utc_offset(utc_offset_at(typed.value_or(clock)));
  const std::string example = time_field_text(clock);
  char hint[96];
  std::snprintf(hint, sizeof hint, tr("e.g. %s"), example.c_str());
  text_input("##time", value, hint, -(ImGui::CalcTextSize(zone.c_str()).x + ImGui::GetStyle().ItemSpacing.x));
  ImGui::SameLine();
  ImGui::TextDisabled("%s", zone.c_str());
  ImGui::SetItemTooltip("%s", tr("Times you type are read in this time zone (View > Time zone) and kept in UTC in the scenario."));
  if (value.empty()) return;
  if (typed) ImGui::TextDisabled(tr("kept as %s"), core::format_timestamp(*typed).c_str());
  else ImGui::TextColored(kRefusedColor, tr("Not a time: write it like %s"), example.c_str());
}

}  // namespace

ComposerState composer_from_event(const core::Event& e) {
  ComposerState ui;
  ui.actor = e.actor;
  ui.action = e.action;
  const core::ActionSpec* spec = core::find_action(e.action);
  const auto is_time = [&](const std::string& name) {
    return spec && std::any_of(spec->params.begin(), spec->params.end(), [&](const core::ParamSpec& p) { return p.name == name && p.type == core::ParamType::Time; });
  };
  for (const auto& [name, value] : e.params) {
    const auto* text = std::get_if<std::string>(&value);
    // A time goes back into its field as the user's wall clock, as they would type it.
    const std::optional<core::Timestamp> time = text && is_time(name) ? core::parse_timestamp(*text) : std::nullopt;
    if (time) ui.texts[name] = time_field_text(*time);
    else if (text) ui.texts[name] = *text;
    else if (const auto* n = std::get_if<std::int64_t>(&value)) ui.numbers[name] = *n;
    else if (const auto* b = std::get_if<bool>(&value)) ui.flags[name] = *b ? 1 : 2;
    else {
      const auto& list = std::get<std::vector<std::string>>(value);
      ui.lists[name] = std::set<std::string>(list.begin(), list.end());
    }
  }
  return ui;
}

void draw_composer_panel(const AppState& state, ComposerState& ui, const PanelRect& rect, Intents& out) {
  if (begin_panel(tr("Compose a request"), rect)) {
    if (!state.open) {
      ImGui::TextDisabled("%s", tr("No scenario open."));
      ImGui::End();
      return;
    }
    const core::World& w = state.open->timeline.world();
    if (ImGui::BeginTable("compose", 2, ImGuiTableFlags_SizingStretchProp)) {
      ImGui::TableSetupColumn(tr("label"), ImGuiTableColumnFlags_WidthFixed, em(7));
      ImGui::TableSetupColumn(tr("value"), ImGuiTableColumnFlags_WidthStretch);
      // Who
      ImGui::TableNextRow();
      ImGui::TableSetColumnIndex(0);
      ImGui::AlignTextToFramePadding();
      ImGui::TextUnformatted(tr("Who"));
      ImGui::TableSetColumnIndex(1);
      ImGui::SetNextItemWidth(em(2.2f));
      if (ImGui::BeginCombo("##actor", "", ImGuiComboFlags_NoPreview | ImGuiComboFlags_HeightLarge)) {
        const auto user_items = [&](const std::string& tenant, const std::string& tenant_name, const std::vector<core::User>& users) {
          ImGui::SeparatorText(tenant_name.c_str());
          for (const core::User& u : users) {
            const std::string id = tenant + "/" + u.id;
            const std::string label = (u.name.empty() ? u.id : u.name) + "  (" + roles_of(u) + ")##" + id;
            if (ImGui::Selectable(label.c_str(), ui.actor == id)) ui.actor = id;
          }
        };
        for (const core::Partner& p : w.partners) user_items(p.id, p.name, p.users);
        for (const core::Customer& c : w.customers) user_items(c.id, c.name, c.users);
        ImGui::SeparatorText(tr("Time"));
        if (ImGui::Selectable(tr("system (time passing)"), ui.actor == "system")) ui.actor = "system";
        ImGui::EndCombo();
      }
      ImGui::SameLine();
      text_input("##actor-text", ui.actor, tr("tenant/user, e.g. contoso/li.wei"));
      // What
      ImGui::TableNextRow();
      ImGui::TableSetColumnIndex(0);
      ImGui::AlignTextToFramePadding();
      ImGui::TextUnformatted(tr("Asks to"));
      ImGui::TableSetColumnIndex(1);
      const core::ActionSpec* action = core::find_action(ui.action);
      ImGui::SetNextItemWidth(em(2.2f));
      if (ImGui::BeginCombo("##action", "", ImGuiComboFlags_NoPreview | ImGuiComboFlags_HeightLarge)) {
        for (const core::ActionSpec& a : core::action_catalogue())
          if (ImGui::Selectable((std::string(core::label(a, language())) + "##" + std::string(a.name)).c_str(), ui.action == a.name)) ui.action = std::string(a.name);
        ImGui::EndCombo();
      }
      ImGui::SameLine();
      text_input("##action-text", ui.action, tr("action, e.g. change_quantity"));
      if (action) {
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(1);
        ImGui::TextDisabled("%s", std::string(core::label(*action, language())).c_str());
      }
      // Parameters
      if (action)
        for (const core::ParamSpec& p : action->params) {
          const std::string name(p.name);
          ImGui::PushID(name.c_str());
          ImGui::TableNextRow();
          ImGui::TableSetColumnIndex(0);
          ImGui::AlignTextToFramePadding();
          ImGui::Text("%s%s", name.c_str(), p.required ? " *" : "");
          ImGui::SetItemTooltip("%s", std::string(core::meaning(*action, p, language())).c_str());
          ImGui::TableSetColumnIndex(1);
          const std::vector<Candidate> choices = candidates_for(w, p);
          switch (p.type) {
            case core::ParamType::Integer: {
              std::int64_t value = ui.numbers.count(name) ? ui.numbers[name] : 0;
              ImGui::SetNextItemWidth(-FLT_MIN);
              if (ImGui::InputScalar("##n", ImGuiDataType_S64, &value)) ui.numbers[name] = value;
              note_text_field(name.c_str(), /*numeric=*/true);
              break;
            }
            case core::ParamType::Boolean: {
              // true and false are the values the file holds; only "(default)" is words.
              const char* const flag_choices[] = {tr("(default)"), "true", "false"};
              ImGui::SetNextItemWidth(-FLT_MIN);
              ImGui::Combo("##b", &ui.flags[name], flag_choices, 3);
              break;
            }
            case core::ParamType::IdList: {
              std::set<std::string>& chosen = ui.lists[name];
              for (const Candidate& c : choices) {
                bool on = chosen.count(c.id) > 0;
                if (ImGui::Checkbox(c.label.c_str(), &on)) {
                  if (on) chosen.insert(c.id);
                  else chosen.erase(c.id);
                }
              }
              if (choices.empty()) ImGui::TextDisabled("%s", tr("nothing to choose"));
              break;
            }
            case core::ParamType::Time:
              time_input(ui.texts[name], w.clock);
              break;
            default: {
              std::string& value = ui.texts[name];
              if (!choices.empty()) {
                ImGui::SetNextItemWidth(em(2.2f));
                if (ImGui::BeginCombo("##pick", "", ImGuiComboFlags_NoPreview | ImGuiComboFlags_HeightLarge)) {
                  for (const Candidate& c : choices)
                    if (ImGui::Selectable(c.label.c_str(), value == c.id)) value = c.id;
                  ImGui::EndCombo();
                }
                ImGui::SameLine();
              }
              text_input("##t", value, choices.empty() ? tr("type a value") : tr("pick, or type a new id"));
              note_text_field(name.c_str());  // named by its parameter rather than by its hint
            }
          }
          ImGui::PopID();
        }
      ImGui::EndTable();
    }
    const core::ActionSpec* action = core::find_action(ui.action);
    ImGui::BeginDisabled(!action || ui.actor.empty());
    if (ImGui::Button(tr("Ask: would this be allowed?")) && action) out.push_back(AskEvent{build_event(ui, *action)});
    ImGui::SameLine();
    if (ImGui::Button(tr("Apply here")) && action) out.push_back(ApplyEvent{build_event(ui, *action)});
    ImGui::EndDisabled();
    ImGui::SetItemTooltip("%s", tr("Adds the request at the current step; later steps are replaced (a branch: what if this happened instead?)."));
    if (state.answer && state.asked) {
      ImGui::Separator();
      const bool applied = state.answer->decision == core::Decision::Applied;
      decision_dot(applied, false);
      ImGui::SameLine();
      ImGui::TextColored(applied ? kAllowedColor : kRefusedColor, "%s", applied ? tr("Would be allowed") : tr("Would be refused"));
      draw_deciding_rules(*state.answer);
    }
  }
  ImGui::End();
}

}  // namespace shell
