// recent_menu.hpp — File > Recent work: the documents the page kept instead of writing over them, newest first, each
// with its title (in the interface language when it has one), the time it was kept (in the chosen zone) and its size.
#pragma once
#include "intents.hpp"

namespace shell {

struct AppState;

void draw_recent_menu(const AppState& state, Intents& out);

}  // namespace shell
