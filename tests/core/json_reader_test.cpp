// json_reader_test.cpp — the pull reader: values, positions, and every way hostile text is refused.
#include <doctest/doctest.h>

#include <string>

#include "mpsim/json_reader.hpp"

using namespace core;

namespace {

// Skips the whole document and returns the error code ("" when it is valid JSON).
std::string error_code_of(std::string_view text, JsonLimits limits = {}) {
  JsonReader reader(text, limits);
  reader.skip_value();
  reader.finish();
  return reader.failed() ? reader.error().code : "";
}

}  // namespace

TEST_CASE("reads objects, arrays and scalars in order") {
  JsonReader r(R"({"name": "Contoso", "seats": 40, "tags": ["a", "b"], "ok": true, "none": null, "ratio": -1.5e3})");
  r.begin_object();
  std::string_view key;
  REQUIRE(r.next_key(key));
  CHECK(key == "name");
  CHECK(r.read_string() == "Contoso");
  REQUIRE(r.next_key(key));
  CHECK(key == "seats");
  const JsonNumber seats = r.read_number();
  CHECK(seats.fits_int64);
  CHECK(seats.integer == 40);
  REQUIRE(r.next_key(key));
  CHECK(key == "tags");
  r.begin_array();
  REQUIRE(r.next_element());
  CHECK(r.read_string() == "a");
  REQUIRE(r.next_element());
  CHECK(r.read_string() == "b");
  CHECK_FALSE(r.next_element());
  REQUIRE(r.next_key(key));
  CHECK(key == "ok");
  CHECK(r.read_bool());
  REQUIRE(r.next_key(key));
  CHECK(r.peek() == JsonType::Null);
  r.read_null();
  REQUIRE(r.next_key(key));
  const JsonNumber ratio = r.read_number();
  CHECK_FALSE(ratio.is_integer);
  CHECK(ratio.text == "-1.5e3");
  CHECK_FALSE(r.next_key(key));
  CHECK(r.finish());
  CHECK_FALSE(r.failed());
}

TEST_CASE("positions are 1-based lines and code-point columns") {
  // "名称" is two code points but six bytes: the column must count characters, as editors do.
  JsonReader r("{\n  \"名称\": \"x\",\n  \"b\":   7\n}");
  r.begin_object();
  std::string_view key;
  REQUIRE(r.next_key(key));
  CHECK(r.key_position().line == 2);
  CHECK(r.column_of(r.key_position()) == 3);
  CHECK(r.peek() == JsonType::String);
  CHECK(r.column_of(r.position()) == 9);
  r.read_string();
  REQUIRE(r.next_key(key));
  CHECK(r.peek() == JsonType::Number);
  CHECK(r.position().line == 3);
  CHECK(r.column_of(r.position()) == 10);
}

TEST_CASE("string escapes decode to UTF-8, including surrogate pairs") {
  JsonReader r(R"("a\"b\\c\/d\n\t\u00e9\u4e2d\ud83d\ude00")");
  CHECK(r.read_string() == "a\"b\\c/d\n\t\xC3\xA9\xE4\xB8\xAD\xF0\x9F\x98\x80");
  CHECK_FALSE(r.failed());
}

TEST_CASE("integers at the edges of int64") {
  JsonReader max("9223372036854775807");
  CHECK(max.read_number().integer == INT64_MAX);
  JsonReader min("-9223372036854775808");
  const JsonNumber n = min.read_number();
  CHECK(n.fits_int64);
  CHECK(n.integer == INT64_MIN);
  JsonReader over("9223372036854775808");
  CHECK_FALSE(over.read_number().fits_int64);
  JsonReader huge("123456789012345678901234567890");
  CHECK_FALSE(huge.read_number().fits_int64);
}

TEST_CASE("valid documents pass, including a BOM and deep-but-allowed nesting") {
  CHECK(error_code_of("\xEF\xBB\xBF{\"a\": [1, 2, {\"b\": null}]}") == "");
  CHECK(error_code_of("  [ ]  ") == "");
  CHECK(error_code_of(std::string(64, '[') + std::string(64, ']')) == "");
}

TEST_CASE("syntax errors are refused with json-syntax") {
  for (const char* text : {"", "{", "{\"a\" 1}", "{\"a\": 1,}", "[1, 2,]", "[1 2]", "{a: 1}", "'x'", "01", "1.", "-",
                           "1e", "tru", "nul", "\"abc", "\"a\nb\"", "\"\\x\"", "\"\\u12G4\"", "{} {}", "[1]]", "{\"a\":}"}) {
    CAPTURE(text);
    CHECK(error_code_of(text) == "json-syntax");
  }
}

TEST_CASE("nesting deeper than the limit is refused without recursion") {
  CHECK(error_code_of(std::string(65, '[') + std::string(65, ']')) == "json-too-deep");
  // A million levels must neither overflow the stack nor take long: the reader stops at level 65.
  CHECK(error_code_of(std::string(1'000'000, '[')) == "json-too-deep");
  JsonLimits shallow;
  shallow.max_depth = 3;
  CHECK(error_code_of("[[[1]]]", shallow) == "");
  CHECK(error_code_of("[[[[1]]]]", shallow) == "json-too-deep");
}

TEST_CASE("invalid UTF-8 and lone surrogates are refused") {
  for (const std::string& text : {std::string("\"\xC0\xAF\""), std::string("\"\xED\xA0\x80\""), std::string("\"\xF5\x80\x80\x80\""),
                                 std::string("\"\xE4\xB8\""), std::string("\"\x80\""), std::string("\"\\udc00\""),
                                 std::string("\"\\ud83d\""), std::string("\"\\ud83dx\"")}) {
    CAPTURE(text);
    CHECK(error_code_of(text) == "json-invalid-utf8");
  }
}

TEST_CASE("strings and files over their limits are refused") {
  JsonLimits limits;
  limits.max_string_bytes = 8;
  CHECK(error_code_of("\"12345678\"", limits) == "");
  CHECK(error_code_of("\"123456789\"", limits) == "json-string-too-long");
  CHECK(error_code_of("{\"123456789\": 1}", limits) == "json-string-too-long");
  CHECK(error_code_of("\"\\u00e9\\u00e9\\u00e9\\u00e9\\u00e9\"", limits) == "json-string-too-long");  // 10 bytes decoded
  limits.max_bytes = 4;
  CHECK(error_code_of("[1,2]", limits) == "file-too-large");
}

TEST_CASE("an error reports where it happened") {
  JsonReader r("{\n  \"a\": 1,\n  \"b\": [1, 2,, 3]\n}");
  r.skip_value();
  REQUIRE(r.failed());
  CHECK(r.error().code == "json-syntax");
  CHECK(r.error().pos.line == 3);
  CHECK(r.column_of(r.error().pos) == 14);
}

#include "mpsim/json_writer.hpp"

TEST_CASE("the writer's canonical form: 2-space indent, ordered members, final newline, escapes") {
  JsonWriter w;
  w.begin_object();
  w.key("name");
  w.value("a \"quoted\" \\ line\n\x01");
  w.key("list");
  w.begin_array();
  w.value(std::int64_t{-3});
  w.value(true);
  w.null();
  w.end_array();
  w.key("empty");
  w.begin_object();
  w.end_object();
  w.key("none");
  w.begin_array();
  w.end_array();
  w.end_object();
  CHECK(w.finish() ==
        "{\n  \"name\": \"a \\\"quoted\\\" \\\\ line\\n\\u0001\",\n  \"list\": [\n    -3,\n    true,\n    null\n  ],\n"
        "  \"empty\": {},\n  \"none\": []\n}\n");
}

TEST_CASE("compact writer output reads back with the reader") {
  JsonWriter w(false);
  w.begin_array();
  w.value("中文 ✓");
  w.value(std::int64_t{42});
  w.end_array();
  const std::string text = w.finish();
  CHECK(text == "[\"中文 ✓\",42]");
  JsonReader r(text);
  r.begin_array();
  REQUIRE(r.next_element());
  CHECK(r.read_string() == "中文 ✓");
  REQUIRE(r.next_element());
  CHECK(r.read_number().integer == 42);
  CHECK_FALSE(r.next_element());
  CHECK(r.finish());
}

TEST_CASE("a lone CR ends a line, as LF and CR LF do") {
  // Line 3 column 3 in each: the '7' after two spaces (worked out by counting the breaks by hand).
  for (const char* text : {"{\"a\":\n1,\n  \"b\": 7}", "{\"a\":\r\n1,\r\n  \"b\": 7}", "{\"a\":\r1,\r  \"b\": 7}", "{\"a\":\r\r\n1,\n  \"b\": 7}"}) {
    CAPTURE(text);
    JsonReader r(text);
    r.begin_object();
    std::string_view key;
    REQUIRE(r.next_key(key));
    r.read_number();
    REQUIRE(r.next_key(key));
    CHECK(r.key_position().line == (std::string_view(text).find("\r\r") != std::string_view::npos ? 4u : 3u));
    CHECK(r.column_of(r.key_position()) == 3);
  }
}

TEST_CASE("columns on one long line count characters, asked in any order") {
  // [ then four strings of 3,000 "名" (3 bytes each), comma-separated: element k starts after '[' and k elements of
  // 3,002 characters plus a comma, so at column 2 + 3,003 k (worked out by hand: 2, 3005, 6008, 9011).
  std::string element = "\"";
  for (int i = 0; i < 3000; ++i) element += "名";
  element += "\"";
  const std::string text = "[" + element + "," + element + "," + element + "," + element + "]";
  JsonReader r(text);
  r.begin_array();
  std::vector<TextPos> starts;
  while (r.next_element()) {
    r.peek();
    starts.push_back(r.position());
    r.read_string();
  }
  REQUIRE(starts.size() == 4);
  CHECK(r.column_of(starts[3]) == 9011);  // the farthest first, then back to the start
  CHECK(r.column_of(starts[0]) == 2);
  CHECK(r.column_of(starts[2]) == 6008);
  CHECK(r.column_of(starts[1]) == 3005);
  CHECK(r.column_of(TextPos{text.size(), 0, 1}) == 12014);  // past the text's 1 + 4 x 3,002 + 3 + 1 = 12,013 characters
}
