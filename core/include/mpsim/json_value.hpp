// json_value.hpp — a small JSON tree that remembers where each value was, for inputs read as a whole (API payloads).
// Scenario files do not use it: they stream straight into the model (scenario_io.hpp).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "mpsim/issue.hpp"
#include "mpsim/json_reader.hpp"

namespace core {

struct JsonMember;

struct JsonValue {
  JsonType type = JsonType::Null;
  std::uint32_t line = 0, column = 0;
  bool boolean = false;
  std::string text;  // a string's value, or a number as written
  bool is_integer = false, fits_int64 = false;
  std::int64_t integer = 0;
  std::vector<JsonMember> members;  // objects, in document order
  std::vector<JsonValue> items;                             // arrays

  // The first member named `key`, or nullptr. Payload keys vary in case ("Id", "id"), so matching ignores ASCII case.
  const JsonValue* get(std::string_view key) const;
  // get(a)->get(b)->... or nullptr at the first missing step.
  const JsonValue* path(std::initializer_list<std::string_view> keys) const;
  bool is_string() const { return type == JsonType::String; }
};

// An object's member. Not std::pair: a pair of an incomplete type cannot be a vector's element with every standard
// library (clang with libstdc++ refuses it), while a struct declared ahead can.
struct JsonMember {
  std::string first;  // the key
  JsonValue second;   // the value
};

// Parses a whole document into a tree. Trailing commas are tolerated when limits say so; each becomes a warning.
Result<JsonValue> parse_json_value(std::string_view text, const JsonLimits& limits = {});

}  // namespace core
