// line_breaks.hpp — where Chinese text may break: ImGui 1.90.1 wraps only at blanks and after ASCII punctuation, so a
// run of hanzi is one "word" to it, and a Latin name before it ("由 Contoso 销售的…") is left alone on its line.
// wrappable() marks every place a line may break inside CJK text with a tab, which the app's font draws with no
// width (fonts.cpp), so ImGui's own wrapping breaks there. Pure: no ImGui, tested natively.
#pragma once
#include <string>
#include <string_view>

namespace shell {

// The break mark wrappable() inserts: a blank to ImGui's wrapping, zero-width in the app's font.
inline constexpr char kBreakMark = '\t';

// `text` with a break mark between two characters wherever a line may break there and ImGui would not break:
// before and after each CJK ideograph, kana or Hangul syllable, except before closing punctuation (，。、：；！？）」』”
// …) and after opening punctuation (（「『“《), as Chinese typesetting does. Text without CJK comes back unchanged.
std::string wrappable(std::string_view text);

}  // namespace shell
