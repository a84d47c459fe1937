// app_links.cpp — the App's side of share links (share_link.hpp): what the screen shows, for a link, and a link's view
// shown again. What a link names but this scenario or version lacks goes to the Problems panel; the rest is shown.
#include <algorithm>
#include <cstdio>
#include <iterator>

#include "app.hpp"
#include "i18n.hpp"
#include "share_link.hpp"

namespace shell {

std::string App::shared_view_json() const {
  SharedView view;
  if (state_.open) view.step = state_.open->timeline.position();
  view.view = shown_view_;
  if (view.view == "World") view.tab = world_ui_.shown_tab;
  if (state_.lesson) view.lesson = state_.lesson->predict ? "predict" : "read";
  view.question = state_.asked;
  return shell::shared_view_json(view);
}

void App::show_shared_view(std::string_view json) {
  if (!state_.open) return;
  SharedViewRead read = read_shared_view(json);
  std::vector<std::string> problems;
  for (const std::string& p : read.problems) problems.push_back(tr(p.c_str()));
  const auto named = [](const auto& names, const std::string& name) { return std::find(std::begin(names), std::end(names), name) != std::end(names); };
  char text[512];
  const SharedView& v = read.view;
  std::size_t step = v.step;
  const std::size_t steps = state_.open->timeline.steps();
  if (step > steps) {
    std::snprintf(text, sizeof text, tr("The link names step %zu, but this scenario has %zu steps; it opens at its last step."), step, steps);
    problems.push_back(text);
    step = steps;
  }
  if (!v.view.empty() && !named(kViewNames, v.view)) {
    std::snprintf(text, sizeof text, tr("The link names a view this version does not have (%s)."), v.view.c_str());
    problems.push_back(text);
  } else if (!v.view.empty()) {
    select_view_ = v.view;
  }
  if (!v.tab.empty() && (v.view != "World" || !named(kWorldTabs, v.tab))) {
    std::snprintf(text, sizeof text, tr("The link names a tab this version does not have (%s)."), v.tab.c_str());
    problems.push_back(text);
  } else if (!v.tab.empty()) {
    world_ui_.select_tab = v.tab;
  }
  if (!v.lesson.empty()) {
    // The lesson as the sender had it: the steps up to theirs revealed; in predict mode the next request awaits a guess.
    start_lesson(v.lesson == "predict");
    state_.lesson->awaiting_prediction = false;
    seek(step);
    if (state_.lesson->predict) lesson_next();
  } else {
    seek(step);
  }
  if (v.question) {
    composer_ui_ = composer_from_event(*v.question);
    apply({AskEvent{*v.question}});
  }
  if (!problems.empty()) {
    state_.problems.clear();
    for (std::string& message : problems) {
      core::Issue issue;
      issue.severity = core::Severity::Warning;
      issue.code = "share-link";
      issue.message = std::move(message);
      state_.problems.push_back(std::move(issue));
    }
    state_.problems_source = tr("share link");
  }
}

}  // namespace shell
