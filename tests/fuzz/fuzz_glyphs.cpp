// fuzz_glyphs.cpp — libFuzzer harness for what the font atlas is built from (shell/text_glyphs.hpp, font_index.hpp):
// any bytes, read as a scenario's JSON in pieces of any size, as UTF-8 text, and as a font index. Nothing may crash or
// leak; the sets hold only drawable code points; reading in pieces gives the same sets as reading at once; an index
// that parses gives every character at most one file.
#include <cstdint>
#include <string_view>

#include "font_index.hpp"
#include "text_glyphs.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  shell::JsonTextScanner whole, pieces;
  whole.feed(text);
  const std::size_t piece = size > 0 ? 1 + data[0] % 17 : 1;
  for (std::size_t at = 0; at < size; at += piece) pieces.feed(text.substr(at, piece));
  if (whole.common().to_vector() != pieces.common().to_vector() || whole.chinese().to_vector() != pieces.chinese().to_vector()) __builtin_trap();
  whole.common().for_each([](char32_t c) { if (!shell::drawable(c)) __builtin_trap(); });
  whole.chinese().for_each([](char32_t c) { if (!shell::drawable(c)) __builtin_trap(); });

  shell::CodePointSet set;
  shell::add_text(set, text);
  set.for_each([](char32_t c) { if (!shell::drawable(c)) __builtin_trap(); });

  std::string error;
  const std::optional<shell::FontIndex> index = shell::FontIndex::parse(std::span(data, size), error);
  if (index) {
    for (char32_t c = 0; c <= 0x10FFFF; c += 251) {
      const int owner = index->owner(c);
      if (owner < -1 || owner >= static_cast<int>(index->files().size())) __builtin_trap();
    }
  } else if (error.empty()) {
    __builtin_trap();  // a refusal always says why
  }
  return 0;
}
