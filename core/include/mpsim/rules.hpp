// rules.hpp — the rule catalogue: every rule the engine applies, with its ID (as in ../shared/domain/facts.md), a
// one-line statement in plain CSP terms, its source page, the eras (rule packs) it belongs to, and whether a source
// states it or it is an inference. docs/rules.md is generated from this table (mpsim rules --markdown).
#pragma once
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "mpsim/language.hpp"
#include "mpsim/model.hpp"
#include "mpsim/scenario.hpp"

namespace core {

struct RuleSource {
  std::string_view tag;    // facts.md's tag, e.g. "CN-RR"
  std::string_view title;  // the page's title
  std::string_view url;    // its public address
  std::string_view file;   // the local copy under ../shared/domain/sources/
};

// The eras (rule packs) a rule belongs to. kEraVianet21Gdap: also a 21Vianet scenario that sets gdap_in_21vianet, where
// GDAP and transfers are simulated (R-INF-8).
enum EraMask : std::uint8_t { kEraVianet21 = 1, kEraGlobalDap = 2, kEraGlobalGdap = 4, kAllEras = 7, kEraVianet21Gdap = 8 };

// A few refusals are shared by every era but worded by a rule of one era; in the others the era's own rule for the same
// refusal decides. Empty: none (the rule is in that era, or never refuses outside it).
struct EraFallbacks {
  std::string_view vianet21, global_dap, global_gdap;
};

struct Rule {
  std::string_view id;         // "R-MP-6"
  std::string_view group;      // "Multi-partner / Partner of Record"
  std::string_view statement;  // one line, plain CSP language
  const RuleSource* source;
  std::uint8_t eras;
  bool inferred;               // no source states it; kept in its own group
  EraFallbacks outside_eras = {};
};

std::span<const Rule> rule_catalogue();
const Rule* find_rule(std::string_view id);  // nullptr if unknown
// The rule's statement in `language` (core/src/rule_statements_zh.cpp holds the Chinese, keyed by rule ID).
std::string_view statement(const Rule& rule, Language language);
std::span<const TranslatedText> rule_statements_zh();
bool rule_in_era(const Rule& rule, Era era);
// In the era, or (kEraVianet21Gdap) a rule of a 21Vianet scenario that sets gdap_in_21vianet.
bool rule_in_scenario(const Rule& rule, Era era, bool gdap_in_21vianet);
// The rule a refusal by `rule` cites in this scenario: the rule itself where it is in force, its fallback for the era
// otherwise (the rule itself when it has none).
std::string_view deciding_rule(const Rule& rule, Era era, bool gdap_in_21vianet);
// Whether GDAP (and its timers) exists in the scenario: the GDAP era, or 21Vianet with gdap_in_21vianet (R-INF-8).
bool gdap_in_force(const Metadata& metadata);

// docs/rules.md, generated from the catalogue (a test fails when the committed file differs).
std::string rules_markdown();

// A decision the engine now takes differently from an earlier release, and the document that requires it: the change
// log at the end of docs/rules.md (core/src/rule_changes.cpp holds the table).
struct RuleChange {
  std::string_view rules;     // the rule ids concerned, "R-INF-6, CN-RR"
  std::string_view before;    // what mpsim decided before
  std::string_view after;     // what it decides now
  std::string_view document;  // the page (and its words) that requires it
  std::string_view shown_by;  // the bundled scenario and event that show it, "cn-dap-returns.json: reaccept"
};
std::span<const RuleChange> rule_changes();

}  // namespace core
