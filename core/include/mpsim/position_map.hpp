// position_map.hpp — the world index's table: a key (an id, or two ids joined) to the ascending positions of the
// entities that have it. Open addressing with linear probing in one flat array, the key stored in its slot and a single
// position inline, so that a lookup is usually one cache line: std::unordered_map chased a bucket, a node and a vector,
// which cost wasm (32-bit pointers, slower malloc) twice what it cost natively (docs/performance.md).
#pragma once
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace core {

class PositionMap {
 public:
  // The positions with this key, ascending; empty if none. Valid until the map next changes.
  std::span<const std::uint32_t> find(std::string_view key) const;
  void add(std::string_view key, std::uint32_t position);     // the key must not hold `position` already
  void remove(std::string_view key, std::uint32_t position);  // the key must hold `position`
  std::size_t size() const { return size_; }                  // keys held
  // Same keys with the same positions, whatever the layout (a kept index against one rebuilt from scratch).
  bool operator==(const PositionMap& other) const;

 private:
  struct Slot {
    std::uint32_t tag = 0;               // 0: empty; else tag_of(key): its hash, lowest bit set, which also gives its home
    std::uint32_t one = 0;               // the position, while the key has one (`many` empty)
    std::vector<std::uint32_t> many;     // all positions, ascending, once it has two or more
    std::string key;
    std::span<const std::uint32_t> positions() const { return many.empty() ? std::span<const std::uint32_t>(&one, 1) : std::span<const std::uint32_t>(many); }
  };
  static std::uint32_t tag_of(std::string_view key);
  std::size_t home(std::uint32_t tag) const { return (tag >> 1) & (slots_.size() - 1); }
  // Where the key is, or the empty slot that ends its probe run (where it would go). The table must not be empty.
  struct Probe {
    std::size_t at;
    bool found;
  };
  Probe probe(std::string_view key, std::uint32_t tag) const;
  void grow();
  void erase_at(std::size_t at);

  std::vector<Slot> slots_;  // a power of two in size, at most 3/4 full
  std::size_t size_ = 0;
};

}  // namespace core
