// world_index.cpp — building the index and keeping it in step: each entity's keys and timers are derived from its
// value, so a change removes the old value's entries and adds the new one's.
#include "mpsim/world_index.hpp"

#include <algorithm>
#include <cassert>

#include "decider.hpp"
#include "mpsim/engine.hpp"

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
    : era_(m.era), gdap_(gdap_in_force(m)), transfers_(m.era != Era::Vianet21 || m.gdap_in_21vianet) {
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

// ---- timers: the same conditions next_due_event has always applied, derived from one entity

void WorldIndex::timers_of(const Subscription& s, std::vector<std::pair<Timer, bool>>& out) const {
  if (era_ == Era::Vianet21 && s.status == SubscriptionStatus::Suspended && s.suspended_at)  // R-SUB-1
    out.push_back({Timer{*s.suspended_at + detail::kDataRetention, 0, s.id, 0}, false});
}

void WorldIndex::timers_of(const DelegatedAdminGrant& g, std::vector<std::pair<Timer, bool>>& out) const {
  const std::optional<Timestamp> base = g.last_used ? g.last_used : g.since;
  if (era_ != Era::Vianet21 && !g.flagged_inactive && base)  // R-DAP-7
    out.push_back({Timer{*base + detail::kDapInactivity, 1, pair_key(g.partner, g.customer), 0}, false});
}

void WorldIndex::timers_of(const GdapRelationship& g, std::vector<std::pair<Timer, bool>>& out) const {
  if (!gdap_) return;
  switch (g.status) {
    case GdapStatus::Approved:
    case GdapStatus::Activating:
    case GdapStatus::TerminationRequested:
    case GdapStatus::Terminating:
    case GdapStatus::Expiring: out.push_back({Timer{0, 2, g.id, 0}, true}); break;
    case GdapStatus::ApprovalPending:
      if (g.requested) out.push_back({Timer{*g.requested + detail::kGdapApprovalWindow, 2, g.id, 0}, false});
      break;
    case GdapStatus::Active:
      for (std::size_t i = 0; i < g.access_assignments.size(); ++i)
        if (g.access_assignments[i].status == AccessAssignmentStatus::Pending) out.push_back({Timer{0, 2, g.id, static_cast<std::uint32_t>(i)}, true});
      if (!g.end) break;
      if ((!g.auto_extend || detail::has_global_admin_role(g.roles)) && g.notices_sent >= 0 && g.notices_sent < 3)
        out.push_back({Timer{*g.end - detail::kGdapNoticeDays[g.notices_sent] * kSecondsPerDay, 2, g.id, Timer::kNotice}, false});
      out.push_back({Timer{*g.end, 2, g.id, Timer::kEnd}, false});
      break;
    default: break;
  }
}

void WorldIndex::timers_of(const Transfer& t, std::vector<std::pair<Timer, bool>>& out) const {
  if (transfers_ && t.status == TransferStatus::Pending && t.created) out.push_back({Timer{*t.created + detail::kTransferWindow, 3, t.id, 0}, false});
}

template <class T> void WorldIndex::add_timers(const T& value) {
  if constexpr (requires(std::vector<std::pair<Timer, bool>>& out) { timers_of(value, out); }) {
    std::vector<std::pair<Timer, bool>> timers;
    timers_of(value, timers);
    for (auto& [timer, at_once] : timers) (at_once ? immediate_ : dated_).insert(std::move(timer));
  }
}

template <class T> void WorldIndex::remove_timers(const T& value) {
  if constexpr (requires(std::vector<std::pair<Timer, bool>>& out) { timers_of(value, out); }) {
    std::vector<std::pair<Timer, bool>> timers;
    timers_of(value, timers);
    for (const auto& [timer, at_once] : timers) {
      std::multiset<Timer>& set = at_once ? immediate_ : dated_;
      if (const auto it = set.find(timer); it != set.end()) set.erase(it);  // one copy: another entity may hold the same
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
