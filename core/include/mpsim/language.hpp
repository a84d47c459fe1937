// language.hpp — the languages mpsim shows text in: the interface, the engine's messages and scenario text.
#pragma once
#include <cstdint>

namespace core {

enum class Language : std::uint8_t { English, ChineseSimplified };

}  // namespace core
