// timeline.cpp — seeking by diffs.
#include "mpsim/timeline.hpp"

namespace core {

Timeline::Timeline(Scenario scenario) : scenario_(std::move(scenario)) { adopt(run_scenario(scenario_)); }

Timeline::Timeline(Scenario scenario, RunLog log) : scenario_(std::move(scenario)) { adopt(std::move(log)); }

void Timeline::adopt(RunLog log) {
  entries_ = std::move(log.entries);
  expectations_ = std::move(log.expectations);
  world_ = std::move(log.final_world);
  index_ = WorldIndex(world_, scenario_.metadata);
  position_ = entries_.size();
}

void Timeline::seek(std::size_t position) {
  position = std::min(position, entries_.size());
  // Short moves (stepping, playing) apply diffs one by one; long jumps copy each touched entity once (NetJump).
  constexpr std::size_t kJump = 64;
  if ((position > position_ ? position - position_ : position_ - position) < kJump) {
    while (position_ < position) apply_diff(world_, index_, entries_[position_++].result.diff);
    while (position_ > position) undo_diff(world_, index_, entries_[--position_].result.diff);
    return;
  }
  NetJump jump(world_, index_);
  for (; position_ < position; ++position_)
    for (const Change& c : entries_[position_].result.diff) jump.forward(c);
  for (; position_ > position; --position_) {
    const Diff& diff = entries_[position_ - 1].result.diff;
    for (auto c = diff.rbegin(); c != diff.rend(); ++c) jump.backward(*c);
  }
  jump.finish();
}

std::optional<std::size_t> Timeline::position_after(const std::string& event_id) const {
  for (std::size_t i = 0; i < entries_.size(); ++i)
    if (!entries_[i].scheduled && entries_[i].event.id == event_id) return i + 1;
  return std::nullopt;
}

}  // namespace core
