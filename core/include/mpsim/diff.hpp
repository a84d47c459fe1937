// diff.hpp — what a step changes, entity by entity, and applying or undoing it. A diff holds each changed entity's
// value before and after, so undoing needs nothing else: a timeline keeps one world and the diffs. Below the engine
// (which builds diffs) and above the file format (whose member lists describe_diff reads).
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "mpsim/message.hpp"
#include "mpsim/model.hpp"
#include "mpsim/world_index.hpp"

namespace core {

using EntityValue = std::variant<Timestamp, Subscription, Customer, Partner, ResellerRelationship, DelegatedAdminGrant,
                                 GdapRelationship, Partnership, Invitation, Transfer>;

struct Change {
  std::size_t index = 0;              // position in its collection (unused for the clock)
  std::optional<EntityValue> before;  // absent: the entity was added
  std::optional<EntityValue> after;   // absent: the entity was removed
  bool operator==(const Change&) const = default;
};
using Diff = std::vector<Change>;

// A removal moves the collection's last entity into the removed one's place (so removing is O(1)); undoing restores
// both. With an index, the index follows (callers that keep one must use these).
void apply_diff(World& world, const Diff& diff);  // forward, in order
void undo_diff(World& world, const Diff& diff);   // backward, in reverse order
void apply_diff(World& world, WorldIndex& index, const Diff& diff);
void undo_diff(World& world, WorldIndex& index, const Diff& diff);
// A jump across many steps at once, with the same result as applying (or undoing) their diffs one by one: feed it every
// change in order (forward: each step's diff in order; back: the steps in reverse, each diff's changes in reverse),
// then finish(). Replacements wait until finish(), so an entity that changed a thousand times is copied once, and a
// long jump costs what it touches rather than how far it goes (docs/performance.md).
class NetJump {
 public:
  NetJump(World& world, WorldIndex& index);
  ~NetJump();
  NetJump(const NetJump&) = delete;
  NetJump& operator=(const NetJump&) = delete;
  void forward(const Change& change);
  void backward(const Change& change);
  void finish();

 private:
  struct Pending;
  void apply(std::size_t index, const std::optional<EntityValue>& from, const std::optional<EntityValue>& to);
  World& world_;
  WorldIndex& index_;
  std::unique_ptr<Pending> pending_;
};

// One line per changed member, e.g. "subscription fab-e3: quantity 40 -> 30" / "订阅 fab-e3：quantity 从 40 改为 30",
// rendered in either language (member names and values stay as the file format writes them).
std::vector<Message> describe_diff(const Diff& diff);

}  // namespace core
