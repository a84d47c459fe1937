// inspector_panel.cpp — one step explained: decision, deciding rules (statement, explanation, source), diff, follow-ons.
#include "panels/inspector_panel.hpp"
#include "i18n.hpp"
#include "line_breaks.hpp"

#include "app.hpp"
#include "mpsim/rules.hpp"
#include "panels/timeline_panel.hpp"
#include "time_zone.hpp"

namespace shell {

std::string param_text(const core::ParamValue& v) {
  if (const auto* s = std::get_if<std::string>(&v)) return *s;
  if (const auto* n = std::get_if<std::int64_t>(&v)) return std::to_string(*n);
  if (const auto* b = std::get_if<bool>(&v)) return *b ? "true" : "false";
  std::string out;
  for (const std::string& item : std::get<std::vector<std::string>>(v)) out += (out.empty() ? "" : ", ") + item;
  return "[" + out + "]";
}

void draw_deciding_rules(const core::StepResult& result) {
  const bool applied = result.decision == core::Decision::Applied;
  for (std::size_t i = 0; i < result.rules.size(); ++i) {
    const core::DecidingRule& r = result.rules[i];
    const core::Rule* rule = core::find_rule(r.id);
    ImGui::PushID(static_cast<int>(i));
    const bool decisive = !applied && i + 1 == result.rules.size();
    ImGui::TextColored(decisive ? ImVec4(0.95f, 0.45f, 0.45f, 1) : ImVec4(0.5f, 0.75f, 1.0f, 1), "%s", r.id.c_str());
    ImGui::SameLine();
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(wrappable(show_times_in(shown(r.explanation))).c_str());
    if (rule) {
      ImGui::TextDisabled("%s%s", wrappable(core::statement(*rule, language())).c_str(), rule->inferred ? tr(" (inferred: no source states it)") : "");
      if (!rule->source->url.empty()) {
        if (ImGui::SmallButton(tr("source"))) ImGui::SetClipboardText(std::string(rule->source->url).c_str());
        ImGui::SetItemTooltip(tr("Copy the source page's address: %s"), std::string(rule->source->url).c_str());
        ImGui::SameLine();
        ImGui::TextDisabled("%s", std::string(rule->source->title).c_str());
      }
    }
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    ImGui::PopID();
  }
}

void draw_inspector_panel(const AppState& state, const PanelRect& rect, Intents& out) {
  if (begin_panel(tr("Decision"), rect)) {
    if (!state.open) {
      ImGui::TextDisabled("%s", tr("No scenario open."));
    } else if (state.open->timeline.position() == 0) {
      ImGui::TextWrapped("%s", tr("The start: the world as the scenario begins. Step forward (Right arrow) to see the first decision, "
                         "or compose a request below and apply it here."));
    } else {
      const core::Timeline& t = state.open->timeline;
      const core::LogEntry& e = t.entries()[t.position() - 1];
      const bool applied = e.result.decision == core::Decision::Applied;
      decision_dot(applied, e.scheduled);
      ImGui::SameLine();
      ImGui::TextColored(applied ? ImVec4(0.45f, 0.85f, 0.5f, 1) : ImVec4(0.95f, 0.45f, 0.45f, 1), "%s", applied ? tr("APPLIED") : tr("REJECTED"));
      ImGui::SameLine();
      ImGui::PushTextWrapPos(0.0f);
      ImGui::TextUnformatted(wrappable(shell::shown(e.result.summary)).c_str());
      ImGui::PopTextWrapPos();
      std::string params;
      for (const auto& [name, value] : e.event.params) params += (params.empty() ? "" : ", ") + name + " = " + param_text(value);
      ImGui::PushTextWrapPos(0.0f);  // time, action, actor and parameters can be wider than the panel
      ImGui::TextDisabled(tr("%s  %s  by %s%s%s"), e.event.time ? show_time(*e.event.time).c_str() : "", e.event.action.c_str(),
                          e.event.actor.c_str(), params.empty() ? "" : "  ·  ", show_times_in(params).c_str());
      ImGui::PopTextWrapPos();
      if (!e.scheduled) {
        if (ImGui::SmallButton(tr("Edit this step"))) out.push_back(EditStep{t.position()});
        ImGui::SetItemTooltip("%s", tr("Puts this request in the composer at the moment before it; applying replaces it and replays from there."));
      }
      if (e.event.lesson && !e.event.lesson->text.in(language()).empty()) {
        ImGui::Spacing();
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextColored(ImVec4(0.95f, 0.8f, 0.45f, 1), "%s", tr("Lesson:"));
        ImGui::SameLine();
        ImGui::TextUnformatted(wrappable(e.event.lesson->text.in(language())).c_str());
        ImGui::PopTextWrapPos();
      }
      ImGui::SeparatorText(applied ? tr("Why it was allowed") : tr("Why it was refused"));
      draw_deciding_rules(e.result);
      if (e.result.listed) {  // a read of one of Partner Center's lists (list_partner_center): its ids, sorted by id
        ImGui::SeparatorText(tr("What the list holds"));
        if (e.result.listed->empty()) ImGui::TextDisabled("%s", tr("Nothing: the list is empty (the API answers null)."));
        for (const std::string& id : *e.result.listed) ImGui::BulletText("%s", id.c_str());
      }
      const std::vector<core::Message> changes = core::describe_diff(e.result.diff);
      ImGui::SeparatorText(tr("What changed"));
      const bool only_time = std::all_of(e.result.diff.begin(), e.result.diff.end(), [](const core::Change& c) {
        return std::holds_alternative<core::Timestamp>(c.after ? *c.after : *c.before);
      });
      if (changes.size() <= 1 && applied && only_time) ImGui::TextDisabled("%s", tr("Nothing but the time."));
      for (const core::Message& c : changes) ImGui::BulletText("%s", wrappable(show_times_in(shown(c))).c_str());
      if (!applied) ImGui::TextDisabled("%s", tr("A refused request changes nothing but the time."));
      for (const core::Event& f : e.result.follow_ons)
        ImGui::BulletText(tr("Scheduled: %s at %s"), f.action.c_str(), f.time ? show_time(*f.time).c_str() : "");
      for (const core::Violation& v : e.violations) ImGui::TextColored(ImVec4(1, 0.4f, 0.3f, 1), tr("Invariant %s broken: %s"), v.rule.c_str(), v.message.c_str());
      // Expectations checked at this step.
      for (const core::ExpectationOutcome& o : t.expectations())
        if (o.entry && *o.entry + 1 == t.position()) {
          const core::Expectation& x = t.scenario().expectations[o.expectation];
          ImGui::SeparatorText(tr("Expected"));
          ImGui::TextColored(o.passed ? ImVec4(0.45f, 0.85f, 0.5f, 1) : ImVec4(0.95f, 0.45f, 0.45f, 1), "%s", o.passed ? tr("as expected") : tr("NOT as expected"));
          if (const std::string& note = x.note.in(language()); !note.empty()) {
            ImGui::SameLine();
            ImGui::TextWrapped("%s", note.c_str());
          }
          for (const core::Message& f : o.failures) ImGui::BulletText("%s", show_times_in(shown(f)).c_str());
        }
    }
  }
  ImGui::End();
}

}  // namespace shell
