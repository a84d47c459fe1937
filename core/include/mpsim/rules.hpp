// rules.hpp — the rule catalogue: every rule the engine applies, with its ID (as in ../shared/domain/facts.md), a
// one-line statement in plain CSP terms, its source page, the eras (rule packs) it belongs to, and whether a source
// states it or it is an inference. docs/rules.md is generated from this table (mpsim rules --markdown).
#pragma once
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "mpsim/model.hpp"

namespace core {

struct RuleSource {
  std::string_view tag;    // facts.md's tag, e.g. "CN-RR"
  std::string_view title;  // the page's title
  std::string_view url;    // its public address
  std::string_view file;   // the local copy under ../shared/domain/sources/
};

enum EraMask : std::uint8_t { kEraVianet21 = 1, kEraGlobalDap = 2, kEraGlobalGdap = 4, kAllEras = 7 };

struct Rule {
  std::string_view id;         // "R-MP-6"
  std::string_view group;      // "Multi-partner / Partner of Record"
  std::string_view statement;  // one line, plain CSP language
  const RuleSource* source;
  std::uint8_t eras;
  bool inferred;               // no source states it; kept in its own group
};

std::span<const Rule> rule_catalogue();
const Rule* find_rule(std::string_view id);  // nullptr if unknown
bool rule_in_era(const Rule& rule, Era era);
// In the era, or a GDAP or transfer rule of a 21Vianet scenario that sets gdap_in_21vianet.
bool rule_in_scenario(const Rule& rule, Era era, bool gdap_in_21vianet);

// docs/rules.md, generated from the catalogue (a test fails when the committed file differs).
std::string rules_markdown();

}  // namespace core
