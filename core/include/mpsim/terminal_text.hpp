// terminal_text.hpp — the characters of scenario text that a terminal would obey rather than show: C0 controls (but
// line feed and tab), DEL, C1 controls (U+0080–U+009F, some terminals read U+009B as CSI) and the invisible
// direction and line controls (U+202E and the other bidi overrides, isolates and marks; U+2028/U+2029). A file can
// hold them in any text; printed raw they retitle the window, clear the screen or reverse what a line seems to say.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace core {

// When an unsafe character starts at text[i]: its UTF-8 length, with its code point in `code_point`; else 0.
std::size_t unsafe_character_at(std::string_view text, std::size_t i, std::uint32_t& code_point);
// The text with each unsafe character written as an escape a person can read: \x1b for C0 and DEL, \u202e above.
std::string terminal_safe(std::string_view text);

}  // namespace core
