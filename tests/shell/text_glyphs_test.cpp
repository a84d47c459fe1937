// text_glyphs_test.cpp — the characters the atlas is built from: UTF-8 decoding (well-formed, malformed, cut short),
// code point sets, and a scenario file's JSON read in any pieces, with \u escapes and Chinese-marked members apart.
// Expected code points are written out by hand from the Unicode charts (深 U+6DF1, 圳 U+5733, 𠮷 U+20BB7 ...).
#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

#include "../test_support.hpp"
#include "text_glyphs.hpp"

using shell::CodePointSet;
using shell::JsonTextScanner;
using shell::Utf8Decoder;

namespace {

std::vector<char32_t> decode(std::string_view bytes) {
  std::vector<char32_t> out;
  Utf8Decoder decoder;
  const auto take = [&](char32_t c) { out.push_back(c); };
  for (const char b : bytes) decoder.byte(static_cast<unsigned char>(b), take);
  decoder.finish(take);
  return out;
}

std::vector<char32_t> set_of(std::string_view text) {
  CodePointSet set;
  shell::add_text(set, text);
  return set.to_vector();
}

JsonTextScanner scan(std::string_view json, std::size_t piece = 0) {
  JsonTextScanner scanner;
  if (piece == 0) {
    scanner.feed(json);
  } else {
    for (std::size_t at = 0; at < json.size(); at += piece) scanner.feed(json.substr(at, piece));
  }
  return scanner;
}

constexpr char32_t R = shell::kReplacementCharacter;

}  // namespace

TEST_CASE("UTF-8: well-formed text decodes to its code points") {
  CHECK(decode("M\xC3\xBCller") == std::vector<char32_t>{'M', 0xFC, 'l', 'l', 'e', 'r'});          // Müller
  CHECK(decode("\xE6\xB7\xB1\xE5\x9C\xB3") == std::vector<char32_t>{0x6DF1, 0x5733});              // 深圳
  CHECK(decode("\xF0\xA0\xAE\xB7") == std::vector<char32_t>{0x20BB7});                             // 𠮷, four bytes
  CHECK(decode("\xC5\x81\xC3\xB3" "d\xC5\xBA") == std::vector<char32_t>{0x141, 0xF3, 'd', 0x17A});    // Łódź
  CHECK(decode("\xEF\xBF\xBD") == std::vector<char32_t>{R});                                       // U+FFFD itself
}

TEST_CASE("UTF-8: each maximal ill-formed subpart is one U+FFFD, and what follows is read afresh") {
  // Examples in the manner of the Unicode Standard's table 3-8.
  CHECK(decode("\xFF" "A") == std::vector<char32_t>{R, 'A'});                    // never a lead byte
  CHECK(decode("\x80\x80") == std::vector<char32_t>{R, R});                      // continuation bytes alone
  CHECK(decode("\xC0\xAF") == std::vector<char32_t>{R, R});                      // overlong '/'
  CHECK(decode("\xE0\x80\xAF") == std::vector<char32_t>{R, R, R});              // overlong three-byte form
  CHECK(decode("\xED\xA0\x80") == std::vector<char32_t>{R, R, R});              // a UTF-16 surrogate encoded (CESU)
  CHECK(decode("\xF4\x90\x80\x80") == std::vector<char32_t>{R, R, R, R});       // past U+10FFFF
  CHECK(decode("\xE6\xB7" "A") == std::vector<char32_t>{R, 'A'});               // 深 cut short, then ASCII
  CHECK(decode("\xF0\x9F\x98") == std::vector<char32_t>{R});                    // cut short at the end
  CHECK(decode("\xE6\xB7\xE5\x9C\xB3") == std::vector<char32_t>{R, 0x5733});    // cut short, then a whole 圳
}

TEST_CASE("add_text keeps drawable characters once; controls are not characters a font draws") {
  CHECK(set_of("a\tb\nc\x7F\xC2\x85") == std::vector<char32_t>{'a', 'b', 'c'});  // tab, newline, DEL, NEL (C1)
  CHECK(set_of("\xE6\xB7\xB1\xE6\xB7\xB1") == std::vector<char32_t>{0x6DF1});
  CHECK(set_of("ok\xFF") == std::vector<char32_t>{'k', 'o', R});
  CodePointSet set;
  CHECK(shell::add_text(set, "\xE6\xB7\xB1\xE5\x9C\xB3") == 2);
  CHECK(shell::add_text(set, "\xE5\x9C\xB3") == 0);  // already there
  CHECK(set.size() == 2);
}

TEST_CASE("CodePointSet: the whole range, copies, unions, order") {
  CodePointSet set;
  CHECK(set.add(0x10FFFF));
  CHECK(set.add(0));
  CHECK_FALSE(set.add(0x10FFFF));
  CHECK_FALSE(set.add(0x110000));  // not a code point
  CHECK(set.contains(0x10FFFF));
  CHECK_FALSE(set.contains(0x110000));
  CodePointSet other = set;
  other.add(0x4E00);
  CHECK(set.size() == 2);
  CHECK(other.size() == 3);
  CHECK(set.add_all(other) == 1);
  CHECK(set.to_vector() == std::vector<char32_t>{0, 0x4E00, 0x10FFFF});
  set.clear();
  CHECK(set.empty());
  CHECK_FALSE(set.contains(0x4E00));
}

TEST_CASE("JSON: strings' characters, escapes decoded, surrogate pairs joined, lone halves U+FFFD") {
  const JsonTextScanner s = scan(R"({"name": "\u6df1\u5733 \ud842\udfb7", "x": ["\ud800z", "\udc00", "a\/b\"\\"]})");
  const CodePointSet& c = s.common();
  CHECK(c.contains(0x6DF1));
  CHECK(c.contains(0x5733));
  CHECK(c.contains(0x20BB7));
  CHECK_FALSE(c.contains(0xD842));
  CHECK(c.contains(R));      // \ud800 before z, and \udc00 alone
  CHECK(c.contains('z'));
  CHECK(c.contains('/'));
  CHECK(c.contains('"'));
  CHECK(c.contains('\\'));
  CHECK(c.contains('n'));    // member names count too (the problems panel quotes them)
  CHECK_FALSE(c.contains('{'));  // structure is not text
  CHECK_FALSE(c.contains(':'));
  CHECK(s.chinese().empty());
}

TEST_CASE("JSON: malformed UTF-8 in a string reads as the decoder reads it, ASCII included") {
  // A lead byte, ASCII, then the rest of 深's bytes: U+FFFD, 'A', and the two stray continuation bytes as U+FFFD; not 深.
  const JsonTextScanner s = scan("[\"\xE6" "A\xB7\xB1\"]");
  CHECK(s.common().to_vector() == std::vector<char32_t>{'A', R});
}

TEST_CASE("JSON: members marked as Chinese, and everything inside them, are kept apart") {
  const std::string json = R"({"title": "Rare", "title_zh": "稀有", "lesson": {"zh-Hans": {"text": ["汉字"]}, "text": "Why"},
                               "description.zh-Hans": "描述", "zhong": "中", "cn": "国", "list": [{"zh": "甲"}, "乙"]})";
  const JsonTextScanner s = scan(json);
  for (const char32_t c : std::u32string(U"稀有汉字描述甲")) {
    CHECK(s.chinese().contains(c));
    CHECK_FALSE(s.common().contains(c));
  }
  for (const char32_t c : std::u32string(U"中国乙RareWhy")) CHECK(s.common().contains(c));  // "zhong" and "cn" are not tags
  CHECK_FALSE(s.chinese().contains(U'中'));
  CHECK(s.chinese().contains('t'));  // "text" is a member name inside a Chinese member
}

TEST_CASE("JSON: the language tags a member name may carry") {
  for (const char* name : {"zh", "ZH", "zh-Hans", "zh_CN", "zh-Hant-TW", "title_zh", "title-zh-hans", "narrative.zh-Hans", "note_ZH_HANS"})
    CHECK_MESSAGE(JsonTextScanner::chinese_member(name), name);
  for (const char* name : {"", "z", "zhong", "title", "zhang", "chz", "x-zhx", "cn", "chinese_name"})
    CHECK_FALSE_MESSAGE(JsonTextScanner::chinese_member(name), name);
}

TEST_CASE("JSON: any split into pieces gives the same sets as the whole (a large file is scanned a slice per frame)") {
  const std::string json = test_support::read_text("tests/fixtures/valid/rare-names.json");
  REQUIRE(json.size() > 1000);
  const JsonTextScanner whole = scan(json);
  CHECK(whole.common().contains(0x5733));   // 圳
  CHECK(whole.common().contains(0x4DAE));   // 䶮, Extension A
  CHECK(whole.common().contains(0x20BB7));  // 𠮷, Extension B
  CHECK(whole.common().contains(0x738B));   // 王, written as \u738b in the file
  CHECK(whole.common().contains(0x1EC5));   // ễ of Nguyễn
  for (const std::size_t piece : {1, 2, 3, 5, 7, 64}) {
    const JsonTextScanner parts = scan(json, piece);
    CHECK(parts.common().to_vector() == whole.common().to_vector());
    CHECK(parts.chinese().to_vector() == whole.chinese().to_vector());
    CHECK(parts.bytes_fed() == json.size());
  }
}

TEST_CASE("JSON: hostile input is read to the end without a crash, in bounded memory") {
  // Nesting far deeper than the loader allows, unterminated strings and escapes, raw bytes anywhere.
  scan(std::string(200000, '['));
  scan(std::string(200000, '{'));
  scan("\"\\u12");
  scan("\"\\");
  scan("{\"a\":\"\xF0\x9F");
  scan("]]]}}}\"x\"");
  std::mt19937 random(15);
  for (int round = 0; round < 200; ++round) {
    std::string bytes(static_cast<std::size_t>(random() % 400), '\0');
    for (char& b : bytes) b = static_cast<char>("{}[]\":,\\u0dD8aZ\xE6\xB7\xF0\x80\xFF "[random() % 22]);
    const JsonTextScanner s = scan(bytes, 1 + random() % 9);
    // Whatever it read, every member is drawable.
    s.common().for_each([](char32_t c) { CHECK(shell::drawable(c)); });
    s.chinese().for_each([](char32_t c) { CHECK(shell::drawable(c)); });
  }
}
