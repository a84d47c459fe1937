// language.hpp — the languages mpsim speaks: the interface's and the scenario texts'. English is the language of the
// sources and of every file; Simplified Chinese is for Partner Center operated by 21Vianet and its users.
#pragma once
#include <cstdint>

namespace core {

enum class Language : std::uint8_t { English, ChineseSimplified };

}  // namespace core
