// lesson_panel.cpp — shows what the learner may know at this point of a lesson and nothing more: the request that is
// asked (not its decision) until they answer, then the decision, why, and what the step teaches with its source.
#include "panels/lesson_panel.hpp"
#include "i18n.hpp"
#include "line_breaks.hpp"

#include <algorithm>
#include <string>

#include "app_state.hpp"
#include "widgets.hpp"
#include "mpsim/engine.hpp"
#include "mpsim/rules.hpp"
#include "time_zone.hpp"

namespace shell {
namespace {

const ImVec4 kGood(0.45f, 0.85f, 0.5f, 1), kBad(0.95f, 0.45f, 0.45f, 1), kLesson(0.95f, 0.8f, 0.45f, 1);

// The start of a text that fits `columns` Latin-letter widths (a Chinese character takes two), cut between characters
// (never inside one's UTF-8 bytes).
std::string first_characters(std::string_view text, int columns) {
  std::size_t at = 0;
  while (at < text.size() && columns > 0) {
    const auto lead = static_cast<unsigned char>(text[at]);
    const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    columns -= length >= 3 ? 2 : 1;
    at = std::min(text.size(), at + length);
  }
  return std::string(text.substr(0, at));
}


// Who asks what, without the outcome (the step's summary, "who: what — outcome", ends with it).
void draw_request(const core::LogEntry& entry) {
  const core::Event& e = entry.event;
  const std::string summary = shown(entry.result.summary);
  const std::size_t dash = summary.rfind(" — ");
  ImGui::PushTextWrapPos(0.0f);
  if (e.time) ImGui::TextDisabled("%s", show_time(*e.time).c_str());  // when: timers and deadlines depend on it
  ImGui::TextUnformatted(dash == std::string::npos ? e.action.c_str() : summary.substr(0, dash).c_str());
  for (const auto& [name, value] : e.params) ImGui::BulletText(tr("%s: %s"), name.c_str(), show_times_in(param_text(value)).c_str());
  ImGui::PopTextWrapPos();
}

void draw_rule_source(const std::string& id) {
  const core::Rule* rule = core::find_rule(id);
  if (!rule) return;
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextDisabled(tr("%s%s: %s"), std::string(rule->id).c_str(), rule->inferred ? tr(" (inference)") : "", wrappable(core::statement(*rule, language())).c_str());
  if (rule->source && !rule->source->url.empty()) {
    ImGui::TextDisabled(tr("Source: %s"), std::string(rule->source->title).c_str());
    ImGui::SetItemTooltip("%s", std::string(rule->source->url).c_str());
  }
  ImGui::PopTextWrapPos();
}

void draw_summary(const AppState& state, const LessonState& l, Intents& out) {
  ImGui::SeparatorText(tr("Lesson complete"));
  if (l.predict) {
    ImGui::Text(tr("Score: %zu of %zu decisions right"), l.correct, l.answered);
    if (l.rules_guessed) ImGui::Text(tr("Deciding rule named right: %zu of %zu guesses"), l.rules_correct, l.rules_guessed);
    if (l.best_correct >= 0) ImGui::TextDisabled(tr("Your best before: %d of %d"), l.best_correct, l.best_answered);
    if (l.missed_rules.empty()) ImGui::TextColored(kGood, "%s", tr("No rule missed."));
    else ImGui::TextUnformatted(tr("Rules to review:"));
    for (const std::string& id : l.missed_rules) {
      ImGui::Bullet();
      ImGui::BeginGroup();
      draw_rule_source(id);
      ImGui::EndGroup();
    }
  } else {
    ImGui::TextWrapped(tr("You have seen every step of %s."), state.open->timeline.scenario().metadata.title.in(language()).c_str());
  }
  ImGui::Spacing();
  if (ImGui::Button(l.predict ? tr("Try again") : tr("Read again"))) out.push_back(StartLesson{l.predict});
  ImGui::SameLine();
  if (!l.predict && ImGui::Button(tr("Now predict each step"))) out.push_back(StartLesson{true});
  ImGui::SameLine();
  if (ImGui::Button(tr("Leave the lesson"))) out.push_back(StopLesson{});
}

}  // namespace

void draw_lesson_panel(const AppState& state, const PanelRect& rect, Intents& out) {
  if (begin_panel(tr("Lesson"), rect) && state.open && state.lesson) {
    const LessonState& l = *state.lesson;
    const core::Timeline& t = state.open->timeline;
    const core::Scenario& s = t.scenario();
    ImGui::TextWrapped("%s", s.metadata.title.in(language()).c_str());
    ImGui::TextDisabled(tr("%s  ·  step %zu of %zu%s"), l.predict ? tr("Predict, then reveal") : tr("Reading"), std::min(t.position() + (l.awaiting_prediction ? 1 : 0), t.steps()),
                        t.steps(), l.predict ? ("  ·  " + std::string(tr("score")) + " " + std::to_string(l.correct) + "/" + std::to_string(l.answered)).c_str() : "");
    ImGui::SameLine();
    if (ImGui::SmallButton(tr("Leave lesson"))) out.push_back(StopLesson{});
    ImGui::Separator();
    if (l.finished) {
      draw_summary(state, l, out);
    } else if (l.awaiting_prediction) {
      const core::LogEntry& next = t.entries()[t.position()];
      ImGui::SeparatorText(tr("What happens next?"));
      draw_request(next);
      ImGui::Spacing();
      ImGui::TextUnformatted(tr("Will Partner Center allow it?"));
      if (ImGui::Button(tr("Allowed (A)"))) out.push_back(PredictDecision{core::Decision::Applied});
      ImGui::SameLine();
      if (ImGui::Button(tr("Refused (R)"))) out.push_back(PredictDecision{core::Decision::Rejected});
      ImGui::SetNextItemWidth(-em(12));
      if (ImGui::BeginCombo(tr("deciding rule (optional)"), l.picked_rule.empty() ? tr("no guess") : l.picked_rule.c_str())) {
        if (ImGui::Selectable(tr("no guess"), l.picked_rule.empty())) out.push_back(PickLessonRule{""});
        // The rules that can decide this request: those in force on its day (a legacy era: its whole pack).
        const std::string day = core::format_date(next.event.time.value_or(t.world().clock));
        for (const core::Rule& r : core::rule_catalogue())
          if (core::rule_in_force(r, s.metadata, day)) {
            const std::string label = std::string(r.id) + "  " + first_characters(core::statement(r, language()), 70);
            if (ImGui::Selectable(label.c_str(), l.picked_rule == r.id)) out.push_back(PickLessonRule{std::string(r.id)});
          }
        ImGui::EndCombo();
      }
    } else if (t.position() == 0) {
      ImGui::PushTextWrapPos(0.0f);
      ImGui::TextUnformatted(s.metadata.description.in(language()).c_str());
      ImGui::PopTextWrapPos();
      ImGui::Spacing();
      if (ImGui::Button(tr("Begin (Space)"))) out.push_back(LessonNext{});
    } else {
      const core::LogEntry& e = t.entries()[t.position() - 1];
      const bool applied = e.result.decision == core::Decision::Applied;
      if (l.last_prediction) {
        ImGui::TextColored(l.last_correct ? kGood : kBad, "%s", l.last_correct ? tr("Right.") : tr("Not this time."));
        ImGui::SameLine();
        ImGui::Text(tr("You said %s; it was %s."), *l.last_prediction == core::Decision::Applied ? tr("allowed") : tr("refused"), applied ? tr("allowed") : tr("refused"));
        if (!l.last_rule.empty())
          ImGui::TextColored(l.last_rule_correct ? kGood : kBad, tr("%s %s among the deciding rules."), l.last_rule.c_str(), l.last_rule_correct ? tr("is") : tr("is not"));
      } else if (e.scheduled) {
        ImGui::TextColored(kLesson, "%s", tr("Meanwhile, as time passes:"));
      }
      decision_dot(applied, e.scheduled);
      ImGui::SameLine();
      ImGui::TextColored(applied ? kGood : kBad, "%s", applied ? tr("APPLIED") : tr("REJECTED"));
      ImGui::SameLine();
      ImGui::TextWrapped("%s", wrappable(shell::shown(e.result.summary)).c_str());
      if (e.event.time) ImGui::TextDisabled("%s", show_time(*e.event.time).c_str());
      if (e.event.lesson && !e.event.lesson->text.in(language()).empty()) {
        ImGui::SeparatorText(tr("What this step teaches"));
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextColored(kLesson, "%s", wrappable(e.event.lesson->text.in(language())).c_str());
        ImGui::PopTextWrapPos();
        // The rule it teaches, unless the deciding rules below already state it.
        const std::string& taught = e.event.lesson->rule;
        if (!taught.empty() && std::none_of(e.result.rules.begin(), e.result.rules.end(), [&](const core::DecidingRule& r) { return r.id == taught; }))
          draw_rule_source(taught);
      }
      ImGui::SeparatorText(applied ? tr("Why it was allowed") : tr("Why it was refused"));
      draw_deciding_rules(e.result);
      ImGui::Spacing();
      if (ImGui::Button(t.position() == t.steps() ? tr("Finish (Space)") : tr("Next (Space)"))) out.push_back(LessonNext{});
    }
  }
  ImGui::End();
}

}  // namespace shell
