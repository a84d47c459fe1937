// theme.hpp — dark and light styles, scaled for the screen's pixel density, and the UI font at that density.
#pragma once
#include "intents.hpp"

namespace shell {

// Replaces the style with `theme`, sizes multiplied by `scale` (device pixels per CSS pixel).
void apply_theme(Theme theme, float scale);
// Rebuilds the font atlas with the embedded UI font at `pixel_size`; the renderer must re-upload the texture.
void build_fonts(float pixel_size);

}  // namespace shell
