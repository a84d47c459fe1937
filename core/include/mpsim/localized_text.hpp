// localized_text.hpp — an author's free text (a scenario's title and description, a lesson, an expectation's note)
// in English and, optionally, in Simplified Chinese beside it. Files write it as a plain string when it has no
// Chinese, else as {"en": "...", "zh-Hans": "..."} (docs/scenario-format.md).
#pragma once
#include <string>

#include "mpsim/language.hpp"

namespace core {

struct LocalizedText {
  std::string en;       // the text every reader gets, and the one logs and reports use
  std::string zh_hans;  // Simplified Chinese, or empty when the author wrote none

  // The text to show in `language`: the Chinese one when Chinese is asked for and there is one, else the English one.
  const std::string& in(Language language) const {
    return language == Language::ChineseSimplified && !zh_hans.empty() ? zh_hans : en;
  }
  bool empty() const { return en.empty() && zh_hans.empty(); }
  bool operator==(const LocalizedText&) const = default;
};

}  // namespace core
