// theme.hpp — dark and light styles, scaled for the screen's pixel density (fonts.hpp builds the fonts).
#pragma once
#include "intents.hpp"

namespace shell {

// Replaces the style with `theme`, sizes multiplied by `scale` (device pixels per CSS pixel).
void apply_theme(Theme theme, float scale);

}  // namespace shell
