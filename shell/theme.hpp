// theme.hpp — dark and light styles, scaled for the screen's pixel density, and the UI font at that density.
#pragma once
#include <span>

#include "intents.hpp"

namespace shell {

// Replaces the style with `theme`, sizes multiplied by `scale` (device pixels per CSS pixel).
void apply_theme(Theme theme, float scale);
// Rebuilds the font atlas with the embedded UI font at `pixel_size`, merged with the CJK font when its bytes are given
// (the Chinese interface); the renderer must re-upload the texture.
void build_fonts(float pixel_size, std::span<const unsigned char> cjk_font = {});

}  // namespace shell
