// json_reader.hpp — a streaming (pull) JSON reader that knows where it is.
// Loaders walk the text once and build their model directly, so memory stays near the file size.
// It never throws and never recurses: limits on size, nesting, string length and UTF-8 validity
// turn hostile input into one clear error with line and column.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace core {

struct JsonLimits {
  std::uint64_t max_bytes = 256ull * 1024 * 1024;  // whole text
  std::uint32_t max_depth = 64;                    // nested objects/arrays
  std::uint32_t max_string_bytes = 64 * 1024;      // one decoded string (keys included)
  // Real API payloads (even documented samples) sometimes end a list with ",]". Scenario files never may.
  bool allow_trailing_commas = false;
};

enum class JsonType : std::uint8_t { Null, Bool, Number, String, Object, Array, Invalid };
const char* json_type_name(JsonType type);  // "null", "a boolean", "a number", ... for messages

// A place in the text. Column is computed on demand (code points since line start).
struct TextPos {
  std::size_t offset = 0;  // texts are capped far below 4 GiB, so size_t suffices in wasm32 too
  std::size_t line_start = 0;
  std::uint32_t line = 1;
};

struct JsonNumber {
  std::string_view text;      // as written
  bool is_integer = false;    // no fraction or exponent
  bool fits_int64 = false;    // is_integer and within int64
  std::int64_t integer = 0;   // valid when fits_int64
};

struct JsonError {
  std::string code;     // "json-syntax", "json-too-deep", "json-string-too-long", "json-invalid-utf8", "file-too-large"
  std::string message;
  TextPos pos;
};

class JsonReader {
 public:
  explicit JsonReader(std::string_view text, JsonLimits limits = {});

  // Type of the next value (skipping white space). Invalid after an error or when no value follows.
  JsonType peek();
  // Where the value peek() found starts (or where the reader stopped).
  TextPos position() const { return value_pos_; }
  // Where the member name last returned by next_key() starts.
  TextPos key_position() const { return key_pos_; }
  std::uint32_t column_of(const TextPos& pos) const;

  // Each consumes one value of the type peek() reported; on a mismatch the reader fails.
  void read_null();
  bool read_bool();
  JsonNumber read_number();
  // Decoded string; the view stays valid until the next call on this reader.
  std::string_view read_string();

  void begin_object();
  // Reads the next key of the current object into `key` and returns true, or consumes '}' and returns false.
  bool next_key(std::string_view& key);
  void begin_array();
  // True when another element follows (positioned on it), false after consuming ']'.
  bool next_element();
  // Skips one whole value of any type, without recursion.
  void skip_value();
  // After the top-level value: true when only white space remains (else fails with json-syntax).
  bool finish();

  // Places where a trailing comma was tolerated (allow_trailing_commas), at most the first 100.
  const std::vector<TextPos>& tolerated_commas() const { return tolerated_commas_; }

  bool failed() const { return failed_; }
  const JsonError& error() const { return error_; }
  std::uint64_t bytes() const { return text_.size(); }

 private:
  void fail(const char* code, std::string message, TextPos pos);
  void fail_here(const char* code, std::string message);
  void skip_ws();
  TextPos here() const { return TextPos{pos_, line_start_, line_}; }
  bool expect_literal(std::string_view word);
  bool lex_string(std::string* out);  // out == nullptr: validate and skip
  bool lex_number(JsonNumber* out);
  bool push_container(bool is_object);
  // After a ',' in a container: true (and the container closed) when `close` follows and trailing commas are allowed.
  bool tolerate_trailing_comma(char close, TextPos comma);
  void after_value();

  std::string_view text_;
  JsonLimits limits_;
  std::size_t pos_ = 0;
  std::size_t line_start_ = 0;
  std::uint32_t line_ = 1;
  TextPos value_pos_;
  TextPos key_pos_;
  std::string buffer_;      // last string value
  std::string key_buffer_;  // last member name (kept apart so a key survives reading its value)
  // Container stack as bits (1 = object) plus per-level "expecting first item" flags; depth <= max_depth <= 64.
  std::uint64_t object_bits_ = 0;
  std::uint64_t first_bits_ = 0;
  std::uint32_t depth_ = 0;
  bool failed_ = false;
  JsonError error_;
  std::vector<TextPos> tolerated_commas_;
  // Columns on long lines: code points before each block of kColumnBlock bytes, built as far as column_of needs.
  static constexpr std::size_t kColumnBlock = 4096;
  std::size_t code_points_before(std::size_t offset) const;
  mutable std::vector<std::size_t> code_points_before_block_;
};

}  // namespace core
