// world_index.cpp — building the index and keeping it in step: each entity's keys and timers are derived from its
// value, so a change removes the old value's entries and adds the new one's. Which timers a value sets is the timers
// unit's to say (timers.hpp); the index only keeps them in due order.
#include "mpsim/world_index.hpp"

#include <algorithm>
#include <cassert>


namespace core {

std::string pair_key(std::string_view first, std::string_view second) { return std::string(std::string_view(PairKey(first, second))); }

PairKey::PairKey(std::string_view first, std::string_view second) {
  const std::size_t size = first.size() + 1 + second.size();
  char* out = buffer_.data();
  if (size > buffer_.size()) {
    spill_.resize(size);
    out = spill_.data();
  }
  std::copy(first.begin(), first.end(), out);
  out[first.size()] = '\x1f';  // never in an id (letters, digits and - _ . : @), so keys cannot collide
  std::copy(second.begin(), second.end(), out + first.size() + 1);
  view_ = std::string_view(out, size);
}

namespace {

// An entity's key as a view: one of its fields, or two of them joined in `joined` (which must outlive the view).
template <class T> std::string_view key_of(const T& v, Key key, std::optional<PairKey>& joined) {
  switch (key) {
    case Key::Id:
      if constexpr (requires { v.id; }) return v.id;
      break;
    case Key::Customer:
      if constexpr (requires { v.customer; }) return v.customer;
      break;
    case Key::Partner:
      if constexpr (requires { v.partner; }) return v.partner;
      break;
    case Key::Reseller:
      if constexpr (requires { v.reseller; }) return v.reseller;
      else if constexpr (requires { v.reseller_of_record; }) return v.reseller_of_record;
      break;
    case Key::Pair:
      if constexpr (requires { v.provider; v.reseller; }) return joined.emplace(v.provider, v.reseller);
      else if constexpr (requires { v.partner; v.customer; }) return joined.emplace(v.partner, v.customer);
      break;
    case Key::PartnerAndName:
      if constexpr (requires { v.display_name; }) return joined.emplace(v.partner, v.display_name);
      break;
  }
  assert(false && "collection not indexed by this key");
  return {};
}

}  // namespace

WorldIndex::WorldIndex(const World& w, const Metadata& m)
    : scope_(timer_scope(m)) {
  const auto all = [&](const auto& items) {
    for (std::size_t i = 0; i < items.size(); ++i) added(items[i], i);
  };
  all(w.services);
  all(w.partners);
  all(w.customers);
  all(w.subscriptions);
  all(w.reseller_relationships);
  all(w.delegated_admin);
  all(w.gdap_relationships);
  all(w.partnerships);
  all(w.invitations);
  all(w.transfers);
}

template <class T> void WorldIndex::added(const T& value, std::size_t position) {
  auto& t = table<T>().keys;
  for (std::size_t k = 0; k < t.size(); ++k) {
    std::optional<PairKey> joined;
    if (const std::string_view key = key_of(value, IndexedBy<T>::keys[k], joined); !key.empty()) t[k].add(key, static_cast<std::uint32_t>(position));
  }
  add_timers(value);
}

template <class T> void WorldIndex::removed(const T& value, std::size_t position) {
  auto& t = table<T>().keys;
  for (std::size_t k = 0; k < t.size(); ++k) {
    std::optional<PairKey> joined;
    if (const std::string_view key = key_of(value, IndexedBy<T>::keys[k], joined); !key.empty()) t[k].remove(key, static_cast<std::uint32_t>(position));
  }
  remove_timers(value);
}

template <class T> void WorldIndex::replaced(const T& before, const T& after, std::size_t position) {
  // Most replacements keep every key (a quantity, a status): only the timers move then.
  auto& t = table<T>().keys;
  for (std::size_t k = 0; k < t.size(); ++k) {
    std::optional<PairKey> joined_before, joined_after;
    const std::string_view old_key = key_of(before, IndexedBy<T>::keys[k], joined_before);
    const std::string_view new_key = key_of(after, IndexedBy<T>::keys[k], joined_after);
    if (old_key == new_key) continue;
    if (!old_key.empty()) t[k].remove(old_key, static_cast<std::uint32_t>(position));
    if (!new_key.empty()) t[k].add(new_key, static_cast<std::uint32_t>(position));
  }
  remove_timers(before);
  add_timers(after);
}

// ---- timers: which ones an entity sets is the timers unit's to say (timers.hpp); the index keeps them in order

template <class T> void WorldIndex::add_timers(const T& value) {
  if constexpr (requires(std::vector<SetTimer>& out) { timers_of(value, scope_, out); }) {
    std::vector<SetTimer> timers;
    timers_of(value, scope_, timers);
    for (SetTimer& t : timers) (t.at_once ? immediate_ : dated_).insert(std::move(t.timer));
  }
}

template <class T> void WorldIndex::remove_timers(const T& value) {
  if constexpr (requires(std::vector<SetTimer>& out) { timers_of(value, scope_, out); }) {
    std::vector<SetTimer> timers;
    timers_of(value, scope_, timers);
    for (const SetTimer& t : timers) {
      std::multiset<Timer>& set = t.at_once ? immediate_ : dated_;
      if (const auto it = set.find(t.timer); it != set.end()) set.erase(it);  // one copy: another entity may hold the same
    }
  }
}

std::optional<Timer> WorldIndex::next_timer(Timestamp clock, Timestamp until) const {
  std::optional<Timer> best;
  if (!dated_.empty() && dated_.begin()->due <= until) best = *dated_.begin();
  if (!immediate_.empty() && clock <= until) {
    Timer now = *immediate_.begin();
    now.due = clock;
    if (!best || now < *best) best = std::move(now);
  }
  return best;
}

// The collections' instantiations (the world's ten entity types).
#define MPSIM_INDEX_TYPE(T)                                                   \
  template void WorldIndex::added<T>(const T&, std::size_t);                  \
  template void WorldIndex::removed<T>(const T&, std::size_t);                \
  template void WorldIndex::replaced<T>(const T&, const T&, std::size_t);
MPSIM_INDEX_TYPE(Service)
MPSIM_INDEX_TYPE(Partner)
MPSIM_INDEX_TYPE(Customer)
MPSIM_INDEX_TYPE(Subscription)
MPSIM_INDEX_TYPE(ResellerRelationship)
MPSIM_INDEX_TYPE(DelegatedAdminGrant)
MPSIM_INDEX_TYPE(GdapRelationship)
MPSIM_INDEX_TYPE(Partnership)
MPSIM_INDEX_TYPE(Invitation)
MPSIM_INDEX_TYPE(Transfer)
#undef MPSIM_INDEX_TYPE

}  // namespace core
