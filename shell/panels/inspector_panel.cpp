// inspector_panel.cpp — one step explained: decision, deciding rules (statement, explanation, source), diff, follow-ons.
#include "panels/inspector_panel.hpp"
#include "i18n.hpp"
#include "line_breaks.hpp"

#include "app_state.hpp"
#include "time_zone.hpp"
#include "widgets.hpp"

namespace shell {

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
      ImGui::TextColored(applied ? kAllowedColor : kRefusedColor, "%s", applied ? tr("APPLIED") : tr("REJECTED"));
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
          ImGui::TextColored(o.passed ? kAllowedColor : kRefusedColor, "%s", o.passed ? tr("as expected") : tr("NOT as expected"));
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
