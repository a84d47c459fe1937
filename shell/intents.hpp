// intents.hpp — what panels ask the app to do. Panels read AppState and append intents; only App applies them.
#pragma once
#include <string>
#include <variant>
#include <vector>

namespace shell {

enum class Theme { Dark, Light };

struct OpenBundledScenario { std::string name; };
struct SelectTheme { Theme theme; };
struct ShowAbout {};
struct DismissProblems {};

using Intent = std::variant<OpenBundledScenario, SelectTheme, ShowAbout, DismissProblems>;
using Intents = std::vector<Intent>;

}  // namespace shell
