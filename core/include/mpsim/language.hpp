// language.hpp — the languages mpsim speaks: the interface's and the scenario texts'. English is the language of the
// sources and of every file; Simplified Chinese is for Partner Center operated by 21Vianet and its users.
#pragma once
#include <cstdint>
#include <string_view>

namespace core {

enum class Language : std::uint8_t { English, ChineseSimplified };

// A row of a table that gives a catalogue's English text in another language, keyed by the catalogue's id (a rule
// ID, an action name, "action.parameter").
struct TranslatedText {
  std::string_view id;
  std::string_view text;
};

}  // namespace core
