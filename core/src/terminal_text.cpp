// terminal_text.cpp — finds and escapes the characters a terminal would act on (terminal_text.hpp).
#include "mpsim/terminal_text.hpp"

namespace core {

std::size_t unsafe_character_at(std::string_view text, std::size_t i, std::uint32_t& code_point) {
  const auto byte = [&](std::size_t k) { return i + k < text.size() ? static_cast<unsigned char>(text[i + k]) : 0u; };
  const unsigned char c = static_cast<unsigned char>(text[i]);
  if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F) {
    code_point = c;
    return 1;
  }
  if (c == 0xC2 && byte(1) >= 0x80 && byte(1) <= 0x9F) {  // C1
    code_point = byte(1);
    return 2;
  }
  if (c == 0xD8 && byte(1) == 0x9C) {  // U+061C ARABIC LETTER MARK
    code_point = 0x061C;
    return 2;
  }
  if (c == 0xE2 && (byte(1) == 0x80 || byte(1) == 0x81) && (byte(2) & 0xC0) == 0x80) {
    const std::uint32_t cp = 0x2000 | ((byte(1) & 0x3Fu) << 6) | (byte(2) & 0x3Fu);
    const bool unsafe = cp == 0x200E || cp == 0x200F || cp == 0x2028 || cp == 0x2029 || (cp >= 0x202A && cp <= 0x202E) ||
                        (cp >= 0x2066 && cp <= 0x2069);
    if (unsafe) {
      code_point = cp;
      return 3;
    }
  }
  return 0;
}

std::string terminal_safe(std::string_view text) {
  static const char* hex = "0123456789abcdef";
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    std::uint32_t cp = 0;
    const std::size_t n = unsafe_character_at(text, i, cp);
    if (n == 0) {
      out += text[i++];
      continue;
    }
    if (cp < 0x80) {
      out += "\\x";
    } else {
      out += "\\u";
      out += hex[(cp >> 12) & 15];
      out += hex[(cp >> 8) & 15];
    }
    out += hex[(cp >> 4) & 15];
    out += hex[cp & 15];
    i += n;
  }
  return out;
}

}  // namespace core
