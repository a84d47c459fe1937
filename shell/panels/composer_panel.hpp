// composer_panel.hpp — the Action composer: who acts, what they ask for and with which parameters, chosen from the
// world at the current step; "Ask" shows whether it would be allowed, "Apply" adds it to the timeline there.
#pragma once
#include <cstdint>
#include <map>
#include <set>
#include <string>

#include "intents.hpp"
#include "panels/panel.hpp"

namespace shell {

struct AppState;

struct ComposerState {
  std::string actor;   // "tenant/user"
  std::string action;  // an action name
  std::map<std::string, std::string> texts;          // id, text and time parameters
  std::map<std::string, std::int64_t> numbers;
  std::map<std::string, int> flags;                  // 0 = leave out, 1 = true, 2 = false
  std::map<std::string, std::set<std::string>> lists;
};

// The composer's fields holding `event` as the user would type it (times in the chosen zone): Edit this step, and a
// share link's question.
ComposerState composer_from_event(const core::Event& event);

void draw_composer_panel(const AppState& state, ComposerState& ui, const PanelRect& rect, Intents& out);

}  // namespace shell
