// position_map_test.cpp — the index's open-addressing table against a plain std::map model: random adds and removes
// (many keys per home slot, growth, backward-shift removal, keys with one and with many positions) always find what
// the model holds, and equality ignores the layout.
#include <doctest/doctest.h>

#include <map>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "mpsim/position_map.hpp"

using core::PositionMap;

namespace {

std::vector<std::uint32_t> found(const PositionMap& map, const std::string& key) {
  const auto at = map.find(key);
  return {at.begin(), at.end()};
}

}  // namespace

TEST_CASE("PositionMap finds what a std::map model holds through random adds and removes") {
  std::mt19937 random(20261124);
  PositionMap map;
  std::map<std::string, std::set<std::uint32_t>> model;
  std::size_t removes = 0, shared = 0;
  for (int round = 0; round < 40000; ++round) {
    // 600 keys of both lengths (inline and heap strings), few positions each, so keys gain and lose their last one.
    const std::string key = (random() % 2 ? "c-" : "a-rather-long-partner-identifier-") + std::to_string(random() % 600);
    const auto position = static_cast<std::uint32_t>(random() % 5);
    std::set<std::uint32_t>& held = model[key];
    if (held.count(position)) {
      map.remove(key, position);
      held.erase(position);
      ++removes;
    } else {
      map.add(key, position);
      held.insert(position);
      shared += held.size() > 1;
    }
    if (held.empty()) model.erase(key);
    if (round % 97 == 0) {  // every key of the model, and keys never added
      std::size_t keys = 0;
      for (const auto& [k, positions] : model) {
        REQUIRE(found(map, k) == std::vector<std::uint32_t>(positions.begin(), positions.end()));
        ++keys;
      }
      REQUIRE(map.size() == keys);
      REQUIRE(map.find("c-600").empty());
      REQUIRE(map.find("").empty());
    }
  }
  CHECK(removes > 10000);  // the removals (and their shifting) really ran, and keys really held several positions
  CHECK(shared > 10000);
}

TEST_CASE("PositionMap equality is about keys and positions, not the order they came in") {
  PositionMap forward, backward;
  for (std::uint32_t i = 0; i < 300; ++i) forward.add("k" + std::to_string(i % 100), i);
  for (std::uint32_t i = 300; i-- > 0;) backward.add("k" + std::to_string(i % 100), i);
  CHECK(forward == backward);
  CHECK(found(forward, "k7") == std::vector<std::uint32_t>{7, 107, 207});
  backward.remove("k7", 107);
  CHECK_FALSE(forward == backward);
  backward.add("k7", 107);
  CHECK(forward == backward);
  backward.remove("k99", 99);
  backward.add("k98", 99);  // the same keys and the same positions overall, one position under another key
  CHECK_FALSE(forward == backward);
  CHECK(PositionMap() == PositionMap());
  CHECK_FALSE(forward == PositionMap());
}
