// i18n.hpp — the interface language. Every string the UI shows goes through tr(): English text is the key, and
// strings_zh_hans.cpp holds the Simplified Chinese for each (a test checks that every tr("...") in shell/ has one, with
// the same printf conversions). Enum values are shown by their labels in the same language (core::label()); scenario
// texts that carry a Chinese variant (title, description, lessons, notes) are shown with LocalizedText::in(language());
// names and rule statements stay as written.
#pragma once
#include <span>
#include <string>
#include <string_view>
#include <utility>

#include "mpsim/language.hpp"
#include "mpsim/message.hpp"

namespace shell {

// The core's language, so that labels and messages follow the interface.
using Language = core::Language;

void set_language(Language language);
Language language();
// The current language's text for `english` (itself when English is chosen or no translation exists).
const char* tr(const char* english);
// Marks a string for translation where it is stored (tables, arrays); tr() translates it where it is shown.
constexpr const char* N_(const char* english) { return english; }
// An engine's message (an explanation, a step's summary) in the interface language.
inline std::string shown(const core::Message& message) { return core::render(message, language()); }
// "en" / "zh-Hans".
const char* language_tag(Language language);

// The translation table: (English, Simplified Chinese).
std::span<const std::pair<const char*, const char*>> chinese_strings();

}  // namespace shell
