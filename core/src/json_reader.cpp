// json_reader.cpp — the pull JSON reader: RFC 8259 grammar, strict UTF-8, bounded depth, no recursion.
#include "mpsim/json_reader.hpp"

#include <algorithm>

namespace core {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Length of the valid UTF-8 sequence starting at s[i], or 0 if it is not valid (RFC 3629 table).
std::size_t utf8_sequence_length(std::string_view s, std::size_t i) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
  const std::size_t left = s.size() - i;
  const unsigned char c = b(0);
  const auto cont = [&](std::size_t k) { return k < left && (b(k) & 0xC0) == 0x80; };
  if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
  if (c == 0xE0) return left > 2 && b(1) >= 0xA0 && b(1) <= 0xBF && cont(2) ? 3 : 0;
  if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) return cont(1) && cont(2) ? 3 : 0;
  if (c == 0xED) return left > 2 && b(1) >= 0x80 && b(1) <= 0x9F && cont(2) ? 3 : 0;  // no surrogates
  if (c == 0xF0) return left > 3 && b(1) >= 0x90 && b(1) <= 0xBF && cont(2) && cont(3) ? 4 : 0;
  if (c >= 0xF1 && c <= 0xF3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (c == 0xF4) return left > 3 && b(1) >= 0x80 && b(1) <= 0x8F && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

std::string describe_byte(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return "the end of the text";
  const unsigned char c = static_cast<unsigned char>(text[pos]);
  if (c >= 0x21 && c < 0x7F) return std::string("'") + static_cast<char>(c) + "'";
  static const char* hex = "0123456789ABCDEF";
  return std::string("byte 0x") + hex[c >> 4] + hex[c & 15];
}

}  // namespace

const char* json_type_name(JsonType type) {
  switch (type) {
    case JsonType::Null: return "null";
    case JsonType::Bool: return "a boolean";
    case JsonType::Number: return "a number";
    case JsonType::String: return "a string";
    case JsonType::Object: return "an object";
    case JsonType::Array: return "an array";
    case JsonType::Invalid: break;
  }
  return "nothing readable";
}

JsonReader::JsonReader(std::string_view text, JsonLimits limits) : text_(text), limits_(limits) {
  limits_.max_depth = std::min<std::uint32_t>(limits_.max_depth, 64);  // the container stack is 64 bits wide
  if (text_.size() > limits_.max_bytes) {
    fail("file-too-large",
         "the file is " + std::to_string(text_.size() / (1024 * 1024)) + " MiB; the limit is " +
             std::to_string(limits_.max_bytes / (1024 * 1024)) + " MiB. Split the scenario or remove unused entities.",
         TextPos{});
    return;
  }
  if (text_.size() >= 3 && text_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = line_start_ = 3;  // tolerate a UTF-8 BOM
  value_pos_ = here();
}

namespace {
std::size_t code_points_in(std::string_view text, std::size_t from, std::size_t to) {
  std::size_t n = 0;
  for (std::size_t i = from; i < to; ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++n;
  return n;
}
}  // namespace

std::size_t JsonReader::code_points_before(std::size_t offset) const {
  const std::size_t block = offset / kColumnBlock;
  while (code_points_before_block_.size() <= block) {  // extended only as far as asked: one pass over the text in all
    const std::size_t k = code_points_before_block_.size();
    code_points_before_block_.push_back(k == 0 ? 0 : code_points_before_block_.back() + code_points_in(text_, (k - 1) * kColumnBlock, k * kColumnBlock));
  }
  return code_points_before_block_[block] + code_points_in(text_, block * kColumnBlock, offset);
}

std::uint32_t JsonReader::column_of(const TextPos& pos) const {
  const std::size_t end = std::min(pos.offset, text_.size());
  const std::size_t start = std::min(pos.line_start, end);
  // A short line is counted directly; on a long one (a minified file is one line) counting from the line's start for
  // every value and every problem would make reading it quadratic, so counts per block of the text are kept.
  if (end - start < 2 * kColumnBlock) return static_cast<std::uint32_t>(1 + code_points_in(text_, start, end));
  return static_cast<std::uint32_t>(1 + code_points_before(end) - code_points_before(start));
}

void JsonReader::fail(const char* code, std::string message, TextPos pos) {
  if (failed_) return;
  failed_ = true;
  error_ = JsonError{code, std::move(message), pos};
  value_pos_ = pos;
}

void JsonReader::fail_here(const char* code, std::string message) { fail(code, std::move(message), here()); }

void JsonReader::skip_ws() {
  while (pos_ < text_.size()) {
    const char c = text_[pos_];
    if (c == ' ' || c == '\t') {
      ++pos_;
    } else if (c == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n') {
      ++pos_;  // CR LF: the LF counts the line
    } else if (c == '\n' || c == '\r') {  // a lone CR ends a line too (classic Mac OS files)
      ++pos_;
      ++line_;
      line_start_ = pos_;
    } else {
      break;
    }
  }
}

JsonType JsonReader::peek() {
  if (failed_) return JsonType::Invalid;
  skip_ws();
  value_pos_ = here();
  if (pos_ >= text_.size()) {
    fail_here("json-syntax", "expected a value but the text ends here; the file may be truncated");
    return JsonType::Invalid;
  }
  switch (text_[pos_]) {
    case 'n': return JsonType::Null;
    case 't': case 'f': return JsonType::Bool;
    case '"': return JsonType::String;
    case '{': return JsonType::Object;
    case '[': return JsonType::Array;
    default:
      if (text_[pos_] == '-' || is_digit(text_[pos_])) return JsonType::Number;
  }
  fail_here("json-syntax", "expected a value (object, array, string, number, true, false or null) but found " +
                               describe_byte(text_, pos_));
  return JsonType::Invalid;
}

bool JsonReader::expect_literal(std::string_view word) {
  if (text_.substr(pos_, word.size()) != word) {
    fail_here("json-syntax", "expected '" + std::string(word) + "' but found " + describe_byte(text_, pos_) +
                                 " (JSON literals are lower-case true, false and null)");
    return false;
  }
  pos_ += word.size();
  return true;
}

void JsonReader::read_null() {
  if (peek() == JsonType::Null) expect_literal("null");
  else if (!failed_) fail_here("json-syntax", "expected null");
}

bool JsonReader::read_bool() {
  if (peek() != JsonType::Bool) {
    if (!failed_) fail_here("json-syntax", "expected true or false");
    return false;
  }
  if (text_[pos_] == 't') return expect_literal("true");
  expect_literal("false");
  return false;
}

JsonNumber JsonReader::read_number() {
  JsonNumber number;
  if (peek() != JsonType::Number) {
    if (!failed_) fail_here("json-syntax", "expected a number");
    return number;
  }
  lex_number(&number);
  return number;
}

bool JsonReader::lex_number(JsonNumber* out) {
  const std::size_t start = pos_;
  bool negative = false;
  if (text_[pos_] == '-') {
    negative = true;
    ++pos_;
  }
  if (pos_ >= text_.size() || !is_digit(text_[pos_])) {
    fail_here("json-syntax", "a number needs a digit after '-'");
    return false;
  }
  std::uint64_t magnitude = 0;
  bool overflow = false;
  if (text_[pos_] == '0') {
    ++pos_;
    if (pos_ < text_.size() && is_digit(text_[pos_])) {
      fail_here("json-syntax", "numbers may not have leading zeros");
      return false;
    }
  } else {
    while (pos_ < text_.size() && is_digit(text_[pos_])) {
      const std::uint64_t digit = static_cast<std::uint64_t>(text_[pos_] - '0');
      if (magnitude > (UINT64_MAX - digit) / 10) overflow = true;
      else magnitude = magnitude * 10 + digit;
      ++pos_;
    }
  }
  bool integer = true;
  if (pos_ < text_.size() && text_[pos_] == '.') {
    integer = false;
    ++pos_;
    if (pos_ >= text_.size() || !is_digit(text_[pos_])) {
      fail_here("json-syntax", "a number needs digits after the decimal point");
      return false;
    }
    while (pos_ < text_.size() && is_digit(text_[pos_])) ++pos_;
  }
  if (pos_ < text_.size() && (text_[pos_] == 'e' || text_[pos_] == 'E')) {
    integer = false;
    ++pos_;
    if (pos_ < text_.size() && (text_[pos_] == '+' || text_[pos_] == '-')) ++pos_;
    if (pos_ >= text_.size() || !is_digit(text_[pos_])) {
      fail_here("json-syntax", "a number needs digits in its exponent");
      return false;
    }
    while (pos_ < text_.size() && is_digit(text_[pos_])) ++pos_;
  }
  if (out) {
    out->text = text_.substr(start, pos_ - start);
    out->is_integer = integer;
    const std::uint64_t limit = negative ? (1ull << 63) : static_cast<std::uint64_t>(INT64_MAX);
    out->fits_int64 = integer && !overflow && magnitude <= limit;
    if (out->fits_int64)
      out->integer = negative ? static_cast<std::int64_t>(0 - magnitude) : static_cast<std::int64_t>(magnitude);
  }
  return true;
}

std::string_view JsonReader::read_string() {
  if (peek() != JsonType::String) {
    if (!failed_) fail_here("json-syntax", "expected a string");
    return {};
  }
  buffer_.clear();
  if (!lex_string(&buffer_)) return {};
  return buffer_;
}

bool JsonReader::lex_string(std::string* out) {
  ++pos_;  // opening quote
  std::uint64_t decoded = 0;
  const auto too_long = [&]() {
    fail_here("json-string-too-long", "a string is longer than " + std::to_string(limits_.max_string_bytes / 1024) +
                                          " KiB; shorten it (scenario texts are meant to be short)");
    return false;
  };
  while (true) {
    // Fast path: a run of plain ASCII.
    std::size_t run = pos_;
    while (run < text_.size()) {
      const unsigned char c = static_cast<unsigned char>(text_[run]);
      if (c < 0x20 || c == '"' || c == '\\' || c >= 0x80) break;
      ++run;
    }
    if (run > pos_) {
      decoded += run - pos_;
      if (decoded > limits_.max_string_bytes) {
        pos_ = run;
        return too_long();
      }
      if (out) out->append(text_.data() + pos_, run - pos_);
      pos_ = run;
    }
    if (pos_ >= text_.size()) {
      fail_here("json-syntax", "a string is not closed: the text ends before its closing '\"'");
      return false;
    }
    const unsigned char c = static_cast<unsigned char>(text_[pos_]);
    if (c == '"') {
      ++pos_;
      return true;
    }
    if (c < 0x20) {
      fail_here("json-syntax", c == '\n' ? "a string runs past the end of the line; close it with '\"' or write \\n"
                                         : "a control character appears inside a string; escape it (\\t, \\u00XX)");
      return false;
    }
    if (c >= 0x80) {
      const std::size_t n = utf8_sequence_length(text_, pos_);
      if (n == 0) {
        fail_here("json-invalid-utf8", "the text is not valid UTF-8 here; save the file as UTF-8");
        return false;
      }
      decoded += n;
      if (decoded > limits_.max_string_bytes) return too_long();
      if (out) out->append(text_.data() + pos_, n);
      pos_ += n;
      continue;
    }
    // Escape sequence.
    ++pos_;
    if (pos_ >= text_.size()) {
      fail_here("json-syntax", "the text ends inside an escape sequence");
      return false;
    }
    const char e = text_[pos_++];
    std::uint32_t cp = 0;
    switch (e) {
      case '"': cp = '"'; break;
      case '\\': cp = '\\'; break;
      case '/': cp = '/'; break;
      case 'b': cp = '\b'; break;
      case 'f': cp = '\f'; break;
      case 'n': cp = '\n'; break;
      case 'r': cp = '\r'; break;
      case 't': cp = '\t'; break;
      case 'u': {
        const auto hex4 = [&](std::uint32_t& value) {
          if (pos_ + 4 > text_.size()) return false;
          value = 0;
          for (int k = 0; k < 4; ++k) {
            const int h = hex_value(text_[pos_ + k]);
            if (h < 0) return false;
            value = value * 16 + static_cast<std::uint32_t>(h);
          }
          pos_ += 4;
          return true;
        };
        if (!hex4(cp)) {
          fail_here("json-syntax", "\\u must be followed by four hexadecimal digits");
          return false;
        }
        if (cp >= 0xDC00 && cp <= 0xDFFF) {
          fail_here("json-invalid-utf8", "a \\u escape holds a lone low surrogate; it must follow a high surrogate");
          return false;
        }
        if (cp >= 0xD800 && cp <= 0xDBFF) {
          std::uint32_t low = 0;
          if (text_.substr(pos_, 2) != "\\u" || (pos_ += 2, !hex4(low)) || low < 0xDC00 || low > 0xDFFF) {
            fail_here("json-invalid-utf8", "a \\u escape holds a high surrogate that is not followed by a low one");
            return false;
          }
          cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        }
        break;
      }
      default:
        pos_ -= 1;
        fail_here("json-syntax", "unknown escape \\" + std::string(1, e) + " in a string (valid: \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)");
        return false;
    }
    decoded += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (decoded > limits_.max_string_bytes) return too_long();
    if (out) append_utf8(*out, cp);
  }
}

bool JsonReader::push_container(bool is_object) {
  if (depth_ >= limits_.max_depth) {
    fail_here("json-too-deep", "objects and arrays are nested more than " + std::to_string(limits_.max_depth) +
                                   " levels deep; a scenario never needs that many");
    return false;
  }
  const std::uint64_t bit = 1ull << depth_;
  object_bits_ = is_object ? (object_bits_ | bit) : (object_bits_ & ~bit);
  first_bits_ |= bit;
  ++depth_;
  ++pos_;
  return true;
}

bool JsonReader::tolerate_trailing_comma(char close, TextPos comma) {
  if (!limits_.allow_trailing_commas || pos_ >= text_.size() || text_[pos_] != close) return false;
  if (tolerated_commas_.size() < 100) tolerated_commas_.push_back(comma);
  ++pos_;
  --depth_;
  return true;
}

void JsonReader::begin_object() {
  if (peek() != JsonType::Object) {
    if (!failed_) fail_here("json-syntax", "expected an object");
    return;
  }
  push_container(true);
}

void JsonReader::begin_array() {
  if (peek() != JsonType::Array) {
    if (!failed_) fail_here("json-syntax", "expected an array");
    return;
  }
  push_container(false);
}

bool JsonReader::next_key(std::string_view& key) {
  if (failed_ || depth_ == 0) return false;
  const std::uint64_t bit = 1ull << (depth_ - 1);
  skip_ws();
  const bool first = (first_bits_ & bit) != 0;
  if (pos_ < text_.size() && text_[pos_] == '}') {
    ++pos_;
    --depth_;
    return false;
  }
  if (!first) {
    if (pos_ >= text_.size() || text_[pos_] != ',') {
      fail_here("json-syntax", "expected ',' or '}' after an object member but found " + describe_byte(text_, pos_));
      return false;
    }
    const TextPos comma = here();
    ++pos_;
    skip_ws();
    if (tolerate_trailing_comma('}', comma)) return false;
  }
  if (pos_ >= text_.size() || text_[pos_] != '"') {
    fail_here("json-syntax", std::string(first ? "expected a member name in quotes or '}'"
                                               : "expected a member name in quotes after ',' (trailing commas are not allowed)") +
                                 " but found " + describe_byte(text_, pos_));
    return false;
  }
  first_bits_ &= ~bit;
  key_pos_ = here();
  key_buffer_.clear();
  if (!lex_string(&key_buffer_)) return false;
  skip_ws();
  if (pos_ >= text_.size() || text_[pos_] != ':') {
    fail_here("json-syntax", "expected ':' after the member name \"" + key_buffer_ + "\" but found " + describe_byte(text_, pos_));
    return false;
  }
  ++pos_;
  key = key_buffer_;
  return true;
}

bool JsonReader::next_element() {
  if (failed_ || depth_ == 0) return false;
  const std::uint64_t bit = 1ull << (depth_ - 1);
  skip_ws();
  const bool first = (first_bits_ & bit) != 0;
  if (pos_ < text_.size() && text_[pos_] == ']' ) {
    ++pos_;
    --depth_;
    return false;
  }
  if (!first) {
    if (pos_ >= text_.size() || text_[pos_] != ',') {
      fail_here("json-syntax", "expected ',' or ']' after an array element but found " + describe_byte(text_, pos_));
      return false;
    }
    const TextPos comma = here();
    ++pos_;
    skip_ws();
    if (tolerate_trailing_comma(']', comma)) return false;
    if (pos_ < text_.size() && text_[pos_] == ']') {
      fail_here("json-syntax", "a trailing comma before ']' is not allowed in JSON");
      return false;
    }
  }
  first_bits_ &= ~bit;
  return true;
}

void JsonReader::skip_value() {
  const std::uint32_t base = depth_;
  do {
    switch (peek()) {
      case JsonType::Object: begin_object(); break;
      case JsonType::Array: begin_array(); break;
      case JsonType::String: lex_string(nullptr); break;
      case JsonType::Number: lex_number(nullptr); break;
      case JsonType::Null: read_null(); break;
      case JsonType::Bool: read_bool(); break;
      case JsonType::Invalid: return;
    }
    // Close finished containers until another value is due (or we are back where we started).
    while (!failed_ && depth_ > base) {
      std::string_view key;
      const bool in_object = (object_bits_ >> (depth_ - 1)) & 1;
      if (in_object ? next_key(key) : next_element()) break;
    }
  } while (!failed_ && depth_ > base);
}

bool JsonReader::finish() {
  if (failed_) return false;
  skip_ws();
  if (pos_ < text_.size()) {
    value_pos_ = here();
    fail_here("json-syntax", "unexpected " + describe_byte(text_, pos_) + " after the end of the document");
    return false;
  }
  return true;
}

}  // namespace core
