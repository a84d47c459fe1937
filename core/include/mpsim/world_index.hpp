// world_index.hpp — constant-time lookups into a World (by id, by partner–customer pair, by owner) and its timers in
// time order, kept in step with the world as diffs are applied and undone. Without it every step scans the world: with
// it a step costs what it touches, so a 200,000-customer world replays a million events (docs/performance.md).
// A World stays a plain value; whoever steps one (ScenarioRun, Timeline) keeps its index beside it.
#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "mpsim/model.hpp"
#include "mpsim/position_map.hpp"
#include "mpsim/scenario.hpp"
#include "mpsim/timers.hpp"

namespace core {

// What a collection is looked up by. Pair keys join two ids (partner–customer, provider–reseller). Empty keys (a
// subscription without a reseller of record) are not indexed.
enum class Key : std::uint8_t { Id, Customer, Partner, Reseller, Pair, PartnerAndName };

template <class T> struct IndexedBy;
template <> struct IndexedBy<Service> { static constexpr std::array keys{Key::Id}; };
template <> struct IndexedBy<Partner> { static constexpr std::array keys{Key::Id}; };
template <> struct IndexedBy<Customer> { static constexpr std::array keys{Key::Id}; };
template <> struct IndexedBy<Subscription> { static constexpr std::array keys{Key::Id, Key::Customer, Key::Reseller}; };  // reseller of record
template <> struct IndexedBy<ResellerRelationship> { static constexpr std::array keys{Key::Pair, Key::Customer, Key::Partner}; };
template <> struct IndexedBy<DelegatedAdminGrant> { static constexpr std::array keys{Key::Pair, Key::Customer, Key::Partner}; };
template <> struct IndexedBy<GdapRelationship> { static constexpr std::array keys{Key::Id, Key::Customer, Key::PartnerAndName}; };
template <> struct IndexedBy<Partnership> { static constexpr std::array keys{Key::Pair, Key::Reseller}; };
template <> struct IndexedBy<Invitation> { static constexpr std::array keys{Key::Id, Key::Partner}; };
template <> struct IndexedBy<Transfer> { static constexpr std::array keys{Key::Id, Key::Customer}; };

std::string pair_key(std::string_view first, std::string_view second);

// The same joined key for a lookup, without allocating (ids of up to 60 characters each; longer ones spill to the
// heap). Lookups are the engine's hot path, and in wasm32 every id above 10 characters would otherwise be a malloc.
// Neither copied nor moved: it is made where it is used, as a function argument, and read as a string_view.
class PairKey {
 public:
  PairKey(std::string_view first, std::string_view second);
  PairKey(const PairKey&) = delete;
  PairKey& operator=(const PairKey&) = delete;
  operator std::string_view() const { return view_; }

 private:
  std::array<char, 122> buffer_;
  std::string spill_;
  std::string_view view_;
};

class WorldIndex {
 public:
  WorldIndex() = default;
  // Builds the index of `world`; which timers run follows `metadata`'s era (timer_scope). O(world).
  WorldIndex(const World& world, const Metadata& metadata);

  // Positions (ascending: the world's order) of the entities of collection T whose `key` equals `value`.
  template <class T> std::span<const std::uint32_t> positions(Key key, std::string_view value) const { return table<T>().keys[slot<T>(key)].find(value); }
  // The first entity of `items` (the world's collection of T) with this key, or null.
  template <class T> const T* find(const std::vector<T>& items, Key key, std::string_view value) const {
    const auto& at = positions<T>(key, value);
    return at.empty() ? nullptr : &items[at.front()];
  }
  template <class T> const T* by_id(const std::vector<T>& items, std::string_view id) const { return find(items, Key::Id, id); }

  // The earliest timer due by `until` (timers due at once count as due at `clock`), if any.
  std::optional<Timer> next_timer(Timestamp clock, Timestamp until) const;

  // Keeping step: call after the world's collection of T gained `value` at `position`, before it loses the value at
  // `position`, and around a replacement (apply_diff and undo_diff with an index do this).
  template <class T> void added(const T& value, std::size_t position);
  template <class T> void removed(const T& value, std::size_t position);
  template <class T> void replaced(const T& before, const T& after, std::size_t position);

  bool operator==(const WorldIndex&) const = default;

 private:
  template <class T> struct Table {  // one type per collection, so that the tuple below is addressed by type
    std::array<PositionMap, IndexedBy<T>::keys.size()> keys;
    bool operator==(const Table&) const = default;
  };

  template <class T> static constexpr std::size_t slot(Key key) {
    for (std::size_t i = 0; i < IndexedBy<T>::keys.size(); ++i)
      if (IndexedBy<T>::keys[i] == key) return i;
    return IndexedBy<T>::keys.size();  // not indexed by this key: a compile error where used in a constant expression
  }
  template <class T> Table<T>& table() { return std::get<Table<T>>(tables_); }
  template <class T> const Table<T>& table() const { return std::get<Table<T>>(tables_); }
  template <class T> void add_timers(const T& value);
  template <class T> void remove_timers(const T& value);

  std::tuple<Table<Service>, Table<Partner>, Table<Customer>, Table<Subscription>, Table<ResellerRelationship>, Table<DelegatedAdminGrant>,
             Table<GdapRelationship>, Table<Partnership>, Table<Invitation>, Table<Transfer>>
      tables_;
  TimerScope scope_;  // which timers run (timers.hpp says which each entity sets)
  // Multisets: a world may (wrongly) hold the same grant twice, and each copy keeps its own timer.
  std::multiset<Timer> dated_;      // by due time
  std::multiset<Timer> immediate_;  // due whenever the clock is read (due unused)
};

}  // namespace core
