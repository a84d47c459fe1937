// history.cpp — the undo history's bounds and its one edit operation (history.hpp).
#include "history.hpp"

#include <algorithm>
#include <cstdio>

#include "i18n.hpp"

namespace shell {

std::size_t held_events(const Change& change) {
  if (const auto* edit = std::get_if<ScenarioEdit>(&change.restore)) return edit->tail.size() + edit->expectations.size();
  const OpenedWork& work = std::get<OpenedWork>(change.restore);
  return work.scenario ? work.scenario->events.size() + work.scenario->expectations.size() : 0;
}

void trim(History& history) {
  std::size_t held = 0;
  for (const Change& c : history.undo) held += held_events(c);
  for (const Change& c : history.redo) held += held_events(c);
  // The redo side goes first (the furthest from now), then the oldest undo; the newest undo always stays.
  while (!history.redo.empty() && (held > kMaxHeldEvents || history.undo.size() + history.redo.size() > kMaxChanges)) {
    held -= held_events(history.redo.front());
    history.redo.pop_front();
  }
  while (history.undo.size() > 1 && (held > kMaxHeldEvents || history.undo.size() > kMaxChanges)) {
    held -= held_events(history.undo.front());
    history.undo.pop_front();
  }
}

void record(History& history, Change change) {
  history.redo.clear();
  history.undo.push_back(std::move(change));
  trim(history);
}

std::string describe(const Change& change) {
  char text[512];
  if (change.kind == Change::Kind::Apply) std::snprintf(text, sizeof text, tr("apply %s at step %zu"), change.what.c_str(), change.step);
  else std::snprintf(text, sizeof text, tr("open %s"), change.what.c_str());
  return text;
}

core::Scenario apply_edit(const core::Scenario& current, const ScenarioEdit& edit, ScenarioEdit& inverse) {
  const std::size_t kept = std::min(edit.kept, current.events.size());
  inverse.kept = kept;
  inverse.tail.assign(current.events.begin() + static_cast<std::ptrdiff_t>(kept), current.events.end());
  inverse.expectations = current.expectations;
  core::Scenario next;
  next.schema = current.schema;
  next.format_version = current.format_version;
  next.metadata = current.metadata;
  next.world = current.world;
  next.events.reserve(kept + edit.tail.size());
  next.events.assign(current.events.begin(), current.events.begin() + static_cast<std::ptrdiff_t>(kept));
  next.events.insert(next.events.end(), edit.tail.begin(), edit.tail.end());
  next.expectations = edit.expectations;
  return next;
}

}  // namespace shell
