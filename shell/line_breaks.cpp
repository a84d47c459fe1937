// line_breaks.cpp — break marks for CJK text (see line_breaks.hpp).
#include "line_breaks.hpp"

namespace shell {
namespace {

// One code point from UTF-8 (invalid bytes pass as themselves and are never marked).
char32_t next_code_point(std::string_view text, std::size_t& i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char b = byte(i);
  const std::size_t length = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 1;
  if (length == 1 || i + length > text.size()) {
    ++i;
    return b < 0x80 ? b : 0xFFFD;
  }
  char32_t c = b & (0xFF >> (length + 1));
  for (std::size_t k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) {
      ++i;
      return 0xFFFD;
    }
    c = (c << 6) | (byte(i + k) & 0x3F);
  }
  i += length;
  return c;
}

bool is_cjk(char32_t c) {
  return (c >= 0x2E80 && c <= 0x2FDF) ||    // radicals
         (c >= 0x3000 && c <= 0x30FF) ||    // CJK punctuation, kana
         (c >= 0x3100 && c <= 0x9FFF) ||    // bopomofo ... CJK unified ideographs (Extension A included)
         (c >= 0xAC00 && c <= 0xD7AF) ||    // Hangul syllables
         (c >= 0xF900 && c <= 0xFAFF) ||    // compatibility ideographs
         (c >= 0xFF01 && c <= 0xFF60) ||    // full-width forms
         (c >= 0x20000 && c <= 0x3FFFF);    // Extensions B on
}

// No line starts with these.
bool closes(char32_t c) {
  switch (c) {
    case U'，': case U'。': case U'、': case U'：': case U'；': case U'！': case U'？': case U'）': case U'」': case U'』':
    case U'”': case U'’': case U'》': case U'〉': case U'】': case U'…': case U'—': case U'·': case U'.': case U',': case U';':
    case U':': case U'!': case U'?': case U')': case U']': case U'%':
      return true;
    default:
      return false;
  }
}

// No line ends with these.
bool opens(char32_t c) {
  switch (c) {
    case U'（': case U'「': case U'『': case U'“': case U'‘': case U'《': case U'〈': case U'【': case U'(': case U'[':
      return true;
    default:
      return false;
  }
}

bool blank(char32_t c) { return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == 0x3000; }

}  // namespace

std::string wrappable(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 3);
  char32_t previous = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t start = i;
    const char32_t c = next_code_point(text, i);
    const bool cjk_boundary = previous != 0 && (is_cjk(c) || is_cjk(previous));
    if (cjk_boundary && !blank(c) && !blank(previous) && !closes(c) && !opens(previous)) out += kBreakMark;
    out.append(text.substr(start, i - start));
    previous = c;
  }
  return out;
}

}  // namespace shell
