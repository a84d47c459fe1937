// rules.hpp — the rule catalogue: every rule the engine applies, with its ID (as in ../shared/domain/facts.md), a
// one-line statement in plain CSP terms, its source page, the eras (rule packs) it belongs to, and whether a source
// states it or it is an inference. docs/rules.md is generated from this table (mpsim rules --markdown).
#pragma once
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

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

// When a rule is in force, for the two dated eras (global_today, 21vianet_today), which decide every event by the rules
// in force in the scenario's cloud on that event's date (or on metadata.rules_as_of). The legacy eras ignore it.
enum CloudMask : std::uint8_t { kCloudChina = 1, kCloudGlobal = 2, kBothClouds = 3 };
// How sure a rule's `from` is: facts.md's markers ([UNCONFIRMED], [CONFLICT], [INFERENCE]); Announced = the date a
// Microsoft announcement gave in advance.
enum class DateBasis : std::uint8_t { Documented, Announced, Unconfirmed, Conflict, Inferred };
struct RuleValidity {
  std::uint8_t clouds = 0;        // 0 = derived from `eras` (kCn -> China, global eras -> Global, all -> both)
  std::string_view from;          // "YYYY-MM-DD": first day in force; "" = since the first document of its cloud
  std::string_view until;         // "" = still in force; else first day NOT in force (= the replacement's `from`)
  std::string_view replaced_by;   // id of the rule (version) that replaces it from `until`; "" none
  DateBasis basis = DateBasis::Documented;  // how sure `from` is
  std::string_view option;        // "" or the id of a rule option (rule_options()) whose choice gives `from`
  std::string_view date_source;   // where `from` (and `until`) come from, for docs/rules.md; "" when both are empty
};

struct Rule {
  std::string_view id;         // "R-MP-6"
  std::string_view group;      // "Multi-partner / Partner of Record"
  std::string_view statement;  // one line, plain CSP language
  const RuleSource* source;
  std::uint8_t eras;
  bool inferred;               // no source states it; kept in its own group
  EraFallbacks outside_eras = {};
  RuleValidity valid = {};
};

std::span<const Rule> rule_catalogue();
const Rule* find_rule(std::string_view id);  // nullptr if unknown
// The rule's statement in `language` (core/src/rule_statements_zh.cpp holds the Chinese, keyed by rule ID).
std::string_view statement(const Rule& rule, Language language);
std::span<const TranslatedText> rule_statements_zh();
bool rule_in_era(const Rule& rule, Era era);
// In the era, or (kEraVianet21Gdap) a rule of a 21Vianet scenario that sets gdap_in_21vianet.
bool rule_in_scenario(const Rule& rule, Era era, bool gdap_in_21vianet);
// The same for any era: a dated era takes the rules of its cloud, whatever their dates (timers use it: whether a kind of
// timer exists at all; the event it fires is decided by rule_in_force on its date).
bool rule_in_scenario(const Rule& rule, const Metadata& metadata);
// The rule a refusal by `rule` cites in this scenario: the rule itself where it is in force, its fallback for the era
// otherwise (the rule itself when it has none).
std::string_view deciding_rule(const Rule& rule, Era era, bool gdap_in_21vianet);
// The same for any era, on `day`: a dated global era takes the GDAP era's fallback where that rule is in force that day,
// the DAP era's otherwise.
std::string_view deciding_rule(const Rule& rule, const Metadata& metadata, std::string_view day);
// Whether GDAP (and its timers) exists in the scenario: the GDAP era, or 21Vianet with gdap_in_21vianet (R-INF-8).
bool gdap_in_force(const Metadata& metadata);

// ---- Rules in force by date (the dated eras)

// The days the documents cover: a rules_as_of (or mpsim rules --as-of) outside them is an error. The oldest documents
// mpsim models are the 21Vianet doc set of 2016; the newest dated change in facts.md §8 is of 2026.
inline constexpr std::string_view kFirstRulesDay = "2016-01-01";
inline constexpr std::string_view kLastRulesDay = "2026-12-31";

// global_today and 21vianet_today; the other eras are fixed rule packs.
bool dated_era(Era era);
// The cloud whose rules a dated era follows (the legacy eras: their tenants' default cloud).
Cloud era_cloud(Era era);
// The rule's clouds: `valid.clouds`, or derived from its eras.
std::uint8_t rule_clouds(const Rule& rule);
// "" when `day` is a valid "YYYY-MM-DD" between kFirstRulesDay and kLastRulesDay; else what is wrong and what to do.
std::string check_rules_day(std::string_view day);

// A scenario option for a rule whose date (or existence) the documents disagree on or do not confirm (facts.md's
// [CONFLICT], [UNCONFIRMED]): the scenario chooses, metadata.rule_options, or the documented default applies.
struct RuleOption {
  std::string_view id;  // the rule's id, "R-DAP-10"
  std::span<const std::string_view> choices;  // dates "YYYY-MM-DD" (the rule's first day), or "on" / "off"
  std::string_view default_choice;
  std::string_view meaning;     // one line: what the choice sets, and the sources of each choice
  std::string_view meaning_zh;  // the same in Simplified Chinese
};
std::span<const RuleOption> rule_options();
const RuleOption* find_rule_option(std::string_view id);  // nullptr if unknown
// The scenario's choice for option `id`, or its default ("" for an unknown id).
std::string_view option_choice(const Metadata& metadata, std::string_view id);

// The first day the rule is in force under these options ("" = since the first document), or nullopt when an "off"
// choice takes it out.
std::optional<std::string_view> rule_from(const Rule& rule, const Metadata& metadata);
// The first day the rule is no longer in force ("" = still in force): `valid.until`, or, when the version that replaces
// it starts on a scenario option's date, that date.
std::string_view rule_until(const Rule& rule, const Metadata& metadata);
// The rules whose `valid.replaced_by` names this one (its previous versions: R-GDAP-22 replaces R-GDAP-14 and
// R-GDAP-15), in catalogue order.
std::vector<const Rule*> previous_versions(const Rule& rule);
// Whether the rule is in force in a scenario on `day` ("YYYY-MM-DD"): the legacy eras by their masks (the day does not
// matter), the dated eras by cloud, dates and options (rules_as_of, when set, replaces `day`).
// (The day of an event is its UTC date, format_date(time).)
bool rule_in_force(const Rule& rule, const Metadata& metadata, std::string_view day);
// The rules of `cloud` in force on `day` (default options), in catalogue order: mpsim rules --as-of.
std::vector<const Rule*> rules_in_force(Cloud cloud, std::string_view day, bool gdap_in_21vianet = false);
// A scenario's metadata set to decide by a dated era: the era of `cloud`, pinned to `day` ("" = follow the clock).
Metadata dated_metadata(Metadata metadata, Cloud cloud, std::string_view day);

// A rule of facts.md §5 or §8 that is not in the catalogue, and why (docs/rules.md's "Not modelled" section): every
// rule ID of those sections is either catalogued or listed here (a test checks it against a list written from facts.md).
struct UnmodelledRule {
  std::string_view id;      // facts.md's id, "R-AUTH-4"
  std::string_view reason;  // why no decision can need it, or where its content lives instead
};
std::span<const UnmodelledRule> rules_not_modelled();

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
