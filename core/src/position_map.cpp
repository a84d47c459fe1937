// position_map.cpp — open addressing with linear probing; removal shifts the following run back (no tombstones), so
// lookups stay short however many entities come and go over a long timeline.
#include "mpsim/position_map.hpp"

#include <algorithm>
#include <cassert>
#include <cstring>
#include <utility>

namespace core {

namespace {

// Keys are short: compared eight bytes at a time inline, rather than through a call to the C library's memcmp (which
// in wasm is a byte loop).
bool same_key(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  const std::size_t n = a.size();
  std::size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    std::uint64_t x, y;
    std::memcpy(&x, a.data() + i, 8);
    std::memcpy(&y, b.data() + i, 8);
    if (x != y) return false;
  }
  for (; i < n; ++i)
    if (a[i] != b[i]) return false;
  return true;
}

}  // namespace

std::uint32_t PositionMap::tag_of(std::string_view key) {
  std::uint64_t h = 1469598103934665603ull;  // FNV-1a: ids are short, so a byte at a time is cheap
  for (const unsigned char c : key) h = (h ^ c) * 1099511628211ull;
  h ^= h >> 33;  // then a finalizer, so that ids differing only in their last digits spread over the whole table
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  return static_cast<std::uint32_t>(h ^ (h >> 32)) | 1u;
}

PositionMap::Probe PositionMap::probe(std::string_view key, std::uint32_t tag) const {
  assert(!slots_.empty());
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t at = home(tag);; at = (at + 1) & mask) {
    const Slot& slot = slots_[at];
    if (slot.tag == 0) return {at, false};
    if (slot.tag == tag && same_key(slot.key, key)) return {at, true};
  }
}

std::span<const std::uint32_t> PositionMap::find(std::string_view key) const {
  if (slots_.empty()) return {};
  const Probe p = probe(key, tag_of(key));
  return p.found ? slots_[p.at].positions() : std::span<const std::uint32_t>();
}

void PositionMap::grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_ = std::vector<Slot>(old.empty() ? 16 : old.size() * 2);
  const std::size_t mask = slots_.size() - 1;
  for (Slot& slot : old) {
    if (slot.tag == 0) continue;
    std::size_t at = home(slot.tag);
    while (slots_[at].tag != 0) at = (at + 1) & mask;
    slots_[at] = std::move(slot);
  }
}

void PositionMap::add(std::string_view key, std::uint32_t position) {
  const std::uint32_t tag = tag_of(key);
  if (slots_.empty()) grow();
  Probe p = probe(key, tag);
  if (p.found) {
    Slot& slot = slots_[p.at];
    if (slot.many.empty()) slot.many.push_back(slot.one);
    assert(!std::binary_search(slot.many.begin(), slot.many.end(), position));
    slot.many.insert(std::lower_bound(slot.many.begin(), slot.many.end(), position), position);
    return;
  }
  if ((size_ + 1) * 4 > slots_.size() * 3) {  // at most 3/4 full: probe runs stay short
    grow();
    p = probe(key, tag);  // the empty slot ending the key's run, in the new table
  }
  Slot& slot = slots_[p.at];
  slot.tag = tag;
  slot.one = position;
  slot.key.assign(key);
  ++size_;
}

void PositionMap::remove(std::string_view key, std::uint32_t position) {
  assert(!slots_.empty());
  const Probe p = probe(key, tag_of(key));
  assert(p.found);
  if (!p.found) return;
  Slot& slot = slots_[p.at];
  if (slot.many.empty()) {
    assert(slot.one == position);
    erase_at(p.at);
    return;
  }
  const auto it = std::lower_bound(slot.many.begin(), slot.many.end(), position);
  assert(it != slot.many.end() && *it == position);
  slot.many.erase(it);
  if (slot.many.size() == 1) {
    slot.one = slot.many.front();
    slot.many = {};  // back to inline, and the vector's memory is returned
  }
}

void PositionMap::erase_at(std::size_t hole) {
  // Backward-shift deletion: move each later entry of the run into the hole if the hole lies between its home and it.
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t next = (hole + 1) & mask; slots_[next].tag != 0; next = (next + 1) & mask) {
    const std::size_t want = home(slots_[next].tag);
    const bool movable = ((next - want) & mask) >= ((next - hole) & mask);  // the hole is on its probe path
    if (!movable) continue;
    slots_[hole] = std::move(slots_[next]);
    hole = next;
  }
  slots_[hole] = Slot{};
  --size_;
}

bool PositionMap::operator==(const PositionMap& other) const {
  if (size_ != other.size_) return false;
  for (const Slot& slot : slots_) {
    if (slot.tag == 0) continue;
    const std::span<const std::uint32_t> mine = slot.positions(), theirs = other.find(slot.key);
    if (!std::equal(mine.begin(), mine.end(), theirs.begin(), theirs.end())) return false;
  }
  return true;
}

}  // namespace core
