// lesson.cpp — lesson mode's rules: steps revealed one at a time, predictions scored, the best score per scenario kept
// in the browser (a SaveSetting effect). update.cpp calls these; the Lesson panel only shows the state.
#include <algorithm>

#include "lesson.hpp"
#include "mpsim/json_value.hpp"
#include "mpsim/json_writer.hpp"

namespace shell {

LessonScores parse_lesson_scores(const std::string& setting) {
  LessonScores scores;
  const core::Result<core::JsonValue> parsed = core::parse_json_value(setting);
  if (!parsed.ok() || parsed.value->type != core::JsonType::Object) return scores;  // absent or damaged: start afresh
  for (const auto& [file, value] : parsed.value->members)
    if (value.type == core::JsonType::Array && value.items.size() == 2 && value.items[0].is_integer && value.items[1].is_integer)
      scores.emplace_back(file, std::pair(static_cast<int>(value.items[0].integer), static_cast<int>(value.items[1].integer)));
  return scores;
}

namespace {

void save_lesson_score(AppState& state, Effects& effects) {
  const LessonState& l = *state.lesson;
  LessonScores& scores = state.lesson_scores;
  const std::string& file = state.open->source;
  auto it = std::find_if(scores.begin(), scores.end(), [&](const auto& s) { return s.first == file; });
  const auto better = [&](const std::pair<int, int>& old) {
    // Compare as fractions: correct/answered.
    return static_cast<long long>(l.correct) * old.second > static_cast<long long>(old.first) * static_cast<long long>(l.answered);
  };
  if (it == scores.end()) scores.emplace_back(file, std::pair(static_cast<int>(l.correct), static_cast<int>(l.answered)));
  else if (better(it->second)) it->second = {static_cast<int>(l.correct), static_cast<int>(l.answered)};
  else return;
  core::JsonWriter w(false);
  w.begin_object();
  for (const auto& [name, score] : scores) {
    w.key(name);
    w.begin_array();
    w.value(static_cast<std::int64_t>(score.first));
    w.value(static_cast<std::int64_t>(score.second));
    w.end_array();
  }
  w.end_object();
  effects.push_back(SaveSetting{"scores", w.finish()});
}

}  // namespace

void start_lesson(AppState& state, bool predict, Effects& effects) {
  if (!state.open) return;
  state.playing = false;
  LessonState lesson;
  lesson.predict = predict;
  for (const auto& [file, score] : state.lesson_scores)
    if (file == state.open->source) std::tie(lesson.best_correct, lesson.best_answered) = score;
  state.lesson = lesson;
  seek(state, 0);
  if (predict) lesson_next(state, effects);  // the first request, hidden; reading starts from the scenario's introduction
}

void lesson_predict(AppState& state, core::Decision decision) {
  if (!state.open || !state.lesson || !state.lesson->awaiting_prediction) return;
  LessonState& l = *state.lesson;
  const core::Timeline& t = state.open->timeline;
  const core::StepResult& truth = t.entries()[t.position()].result;
  l.last_prediction = decision;
  l.last_correct = decision == truth.decision;
  l.last_rule = l.picked_rule;
  l.last_rule_correct = !l.picked_rule.empty() &&
                        std::any_of(truth.rules.begin(), truth.rules.end(), [&](const core::DecidingRule& r) { return r.id == l.picked_rule; });
  ++l.answered;
  l.correct += l.last_correct;
  l.rules_guessed += !l.picked_rule.empty();
  l.rules_correct += l.last_rule_correct;
  // The rule that decided it (the last one named) is what a wrong answer missed.
  if (!l.last_correct && !truth.rules.empty() &&
      std::find(l.missed_rules.begin(), l.missed_rules.end(), truth.rules.back().id) == l.missed_rules.end())
    l.missed_rules.push_back(truth.rules.back().id);
  l.picked_rule.clear();
  l.awaiting_prediction = false;
  seek(state, t.position() + 1);
}

void lesson_next(AppState& state, Effects& effects) {
  if (!state.open || !state.lesson) return;
  LessonState& l = *state.lesson;
  if (l.awaiting_prediction || l.finished) return;
  const core::Timeline& t = state.open->timeline;
  if (t.position() == t.steps()) {
    l.finished = true;
    if (l.predict) save_lesson_score(state, effects);
    return;
  }
  // Predict mode asks about each request; the steps the clock takes by itself are simply shown.
  if (l.predict && !t.entries()[t.position()].scheduled) {
    l.awaiting_prediction = true;
    return;
  }
  l.last_prediction.reset();
  seek(state, t.position() + 1);
}

}  // namespace shell
