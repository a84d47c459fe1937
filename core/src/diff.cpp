// diff.cpp — applying and undoing diffs (with or without the world's index), net jumps across many steps, and the
// one-line description of each change that the decision log prints.
#include "mpsim/diff.hpp"

#include <algorithm>
#include <cassert>
#include <tuple>

#include "mpsim/scenario_io.hpp"

namespace core {
namespace {

template <class T> std::vector<T>& collection(World& w);
template <> std::vector<Subscription>& collection(World& w) { return w.subscriptions; }
template <> std::vector<Customer>& collection(World& w) { return w.customers; }
template <> std::vector<Partner>& collection(World& w) { return w.partners; }
template <> std::vector<ResellerRelationship>& collection(World& w) { return w.reseller_relationships; }
template <> std::vector<DelegatedAdminGrant>& collection(World& w) { return w.delegated_admin; }
template <> std::vector<GdapRelationship>& collection(World& w) { return w.gdap_relationships; }
template <> std::vector<Partnership>& collection(World& w) { return w.partnerships; }
template <> std::vector<Invitation>& collection(World& w) { return w.invitations; }
template <> std::vector<Transfer>& collection(World& w) { return w.transfers; }

template <class F> void visit_collection(World& w, const EntityValue& v, F&& f) {
  std::visit([&](const auto& value) {
    using T = std::decay_t<decltype(value)>;
    if constexpr (std::is_same_v<T, Timestamp>) f(w.clock, value);
    else f(collection<T>(w), value);
  }, v);
}

// Removal moves the collection's last entity into the hole (O(1), so positions of the others stay valid for the
// index); undoing it puts the removed entity back where it was and the moved one back at the end.
void apply_change(World& w, const Change& c, WorldIndex* index) {
  const EntityValue& any = c.after ? *c.after : *c.before;
  visit_collection(w, any, [&](auto& target, const auto& /*sample*/) {
    using Target = std::decay_t<decltype(target)>;
    if constexpr (std::is_same_v<Target, Timestamp>) {
      target = std::get<Timestamp>(*c.after);
    } else {
      using T = typename Target::value_type;
      const std::size_t i = c.index;
      if (c.before && c.after) {
        assert(i < target.size());
        if (index) index->replaced(target[i], std::get<T>(*c.after), i);
        target[i] = std::get<T>(*c.after);
      } else if (c.after) {
        assert(i <= target.size());
        const std::size_t last = target.size();
        if (index && i != last) index->removed(target[i], i);
        target.push_back(std::get<T>(*c.after));
        if (i != last) std::swap(target[i], target[last]);
        if (index) {
          index->added(target[i], i);
          if (i != last) index->added(target[last], last);
        }
      } else {
        assert(i < target.size());
        const std::size_t last = target.size() - 1;
        if (index) {
          index->removed(target[i], i);
          if (i != last) index->removed(target[last], last);
        }
        if (i != last) target[i] = std::move(target[last]);
        target.pop_back();
        if (index && i != last) index->added(target[i], i);
      }
    }
  });
}

// Undoing a change is applying its inverse (an insertion becomes a removal, a replacement is reversed).
void undo_change(World& w, const Change& c, WorldIndex* index) { apply_change(w, Change{c.index, c.after, c.before}, index); }

// "subscription fab-e3", "reseller relationship northwind / fabrikam" (or in Chinese).
Message entity_label(const EntityValue& v) {
  return std::visit([](const auto& x) -> Message {
    using T = std::decay_t<decltype(x)>;
    if constexpr (std::is_same_v<T, Timestamp>) return Message::of("diff.clock");
    else if constexpr (std::is_same_v<T, Subscription>) return Message::of("diff.subscription", {{"id", x.id}});
    else if constexpr (std::is_same_v<T, Customer>) return Message::of("diff.customer", {{"id", x.id}});
    else if constexpr (std::is_same_v<T, Partner>) return Message::of("diff.partner", {{"id", x.id}});
    else if constexpr (std::is_same_v<T, ResellerRelationship>) return Message::of("diff.reseller_relationship", {{"partner", x.partner}, {"customer", x.customer}});
    else if constexpr (std::is_same_v<T, DelegatedAdminGrant>) return Message::of("diff.delegated_admin", {{"partner", x.partner}, {"customer", x.customer}});
    else if constexpr (std::is_same_v<T, GdapRelationship>) return Message::of("diff.gdap_relationship", {{"id", x.id}});
    else if constexpr (std::is_same_v<T, Partnership>) return Message::of("diff.partnership", {{"provider", x.provider}, {"reseller", x.reseller}});
    else if constexpr (std::is_same_v<T, Invitation>) return Message::of("diff.invitation", {{"id", x.id}});
    else return Message::of("diff.transfer", {{"id", x.id}});
  }, v);
}

MemberList members_of_value(const EntityValue& v) {
  return std::visit([](const auto& x) -> MemberList {
    if constexpr (std::is_same_v<std::decay_t<decltype(x)>, Timestamp>) return {{"time", "\"" + format_timestamp(x) + "\""}};  // the clock added or removed
    else return entity_members(x);
  }, v);
}

}  // namespace

void apply_diff(World& world, const Diff& diff) {
  for (const Change& c : diff) apply_change(world, c, nullptr);
}

void undo_diff(World& world, const Diff& diff) {
  for (auto it = diff.rbegin(); it != diff.rend(); ++it) undo_change(world, *it, nullptr);
}

void apply_diff(World& world, WorldIndex& index, const Diff& diff) {
  for (const Change& c : diff) apply_change(world, c, &index);
}

void undo_diff(World& world, WorldIndex& index, const Diff& diff) {
  for (auto it = diff.rbegin(); it != diff.rend(); ++it) undo_change(world, *it, &index);
}

// ---- NetJump: per collection, the latest value waiting for each position (null: none), and the positions touched.
template <class T> struct Waiting {
  std::vector<const T*> at;
  std::vector<std::size_t> touched;
  void set(std::size_t i, const T* value) {
    if (i >= at.size()) at.resize(std::max(i + 1, at.size() * 2), nullptr);
    if (!at[i] && value) touched.push_back(i);
    at[i] = value;
  }
  const T* get(std::size_t i) const { return i < at.size() ? at[i] : nullptr; }
};

struct NetJump::Pending {
  std::optional<Timestamp> clock;
  std::tuple<Waiting<Subscription>, Waiting<Customer>, Waiting<Partner>, Waiting<ResellerRelationship>, Waiting<DelegatedAdminGrant>,
             Waiting<GdapRelationship>, Waiting<Partnership>, Waiting<Invitation>, Waiting<Transfer>>
      waiting;
};

NetJump::NetJump(World& world, WorldIndex& index) : world_(world), index_(index), pending_(std::make_unique<Pending>()) {}
NetJump::~NetJump() = default;

void NetJump::forward(const Change& c) { apply(c.index, c.before, c.after); }
void NetJump::backward(const Change& c) { apply(c.index, c.after, c.before); }

void NetJump::apply(std::size_t i, const std::optional<EntityValue>& from, const std::optional<EntityValue>& to) {
  const EntityValue& any = to ? *to : *from;
  if (const Timestamp* t = std::get_if<Timestamp>(&any)) {
    pending_->clock = *t;
    return;
  }
  std::visit([&](const auto& sample) {
    using T = std::decay_t<decltype(sample)>;
    if constexpr (!std::is_same_v<T, Timestamp>) {
      Waiting<T>& waiting = std::get<Waiting<T>>(pending_->waiting);
      std::vector<T>& items = collection<T>(world_);
      if (from && to) {
        waiting.set(i, &std::get<T>(*to));  // waits: only the last value of the jump is copied
        return;
      }
      // Insertions and removals happen now (positions depend on them), on the world's stale values, which the index
      // also holds; what waits for a moved position moves with it.
      if (to) {
        const std::size_t last = items.size();
        apply_change(world_, Change{i, std::nullopt, to}, &index_);
        if (i != last) {
          waiting.set(last, waiting.get(i));
          waiting.set(i, nullptr);
        }
      } else {
        const std::size_t last = items.size() - 1;
        apply_change(world_, Change{i, from, std::nullopt}, &index_);
        waiting.set(i, i != last ? waiting.get(last) : nullptr);
        waiting.set(last, nullptr);
      }
    }
  }, any);
}

void NetJump::finish() {
  if (pending_->clock) world_.clock = *pending_->clock;
  std::apply([&](auto&... waiting) {
    const auto flush = [&](auto& w) {
      using T = std::remove_cv_t<std::remove_pointer_t<typename std::decay_t<decltype(w.at)>::value_type>>;
      std::vector<T>& items = collection<T>(world_);
      for (const std::size_t i : w.touched)
        if (const T* value = w.get(i)) {
          assert(i < items.size());
          index_.replaced(items[i], *value, i);
          items[i] = *value;
          w.at[i] = nullptr;
        }
      w.touched.clear();
    };
    (flush(waiting), ...);
  }, pending_->waiting);
  pending_->clock.reset();
}

std::vector<Message> describe_diff(const Diff& diff) {
  std::vector<Message> lines;
  for (const Change& c : diff) {
    const Message label = entity_label(c.after ? *c.after : *c.before);
    if (!c.before) {
      lines.push_back(Message::of("diff.added", {{"entity", label}}));
      continue;
    }
    if (!c.after) {
      lines.push_back(Message::of("diff.removed", {{"entity", label}}));
      continue;
    }
    // The clock has one value, not members: a sentence of its own in Chinese ("时钟从…改为…", not "时钟：time 从…").
    if (const auto* then = std::get_if<Timestamp>(&*c.before)) {
      lines.push_back(Message::of("diff.clock_moved", {{"before", Message::time(*then)}, {"after", Message::time(std::get<Timestamp>(*c.after))}}));
      continue;
    }
    const MemberList before = members_of_value(*c.before), after = members_of_value(*c.after);
    const auto find = [](const MemberList& m, const std::string& name) -> const std::string* {
      for (const auto& [n, v] : m)
        if (n == name) return &v;
      return nullptr;
    };
    for (const auto& [name, value] : after) {
      const std::string* old = find(before, name);
      if (!old) lines.push_back(Message::of("diff.member_set", {{"entity", label}, {"member", name}, {"value", value}}));
      else if (*old != value) lines.push_back(Message::of("diff.member_changed", {{"entity", label}, {"member", name}, {"before", *old}, {"after", value}}));
    }
    for (const auto& [name, value] : before)
      if (!find(after, name)) lines.push_back(Message::of("diff.member_removed", {{"entity", label}, {"member", name}, {"value", value}}));
  }
  return lines;
}

}  // namespace core
