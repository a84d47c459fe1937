// lesson.hpp — lesson mode's steps on AppState (lesson.cpp), called by update().
#pragma once
#include "app_state.hpp"
#include "effects.hpp"

namespace shell {

void start_lesson(AppState& state, bool predict, Effects& effects);
void lesson_predict(AppState& state, core::Decision decision);
void lesson_next(AppState& state, Effects& effects);
// Moves the timeline and refreshes what depends on the moment (update.cpp).
void seek(AppState& state, std::size_t position);

}  // namespace shell
