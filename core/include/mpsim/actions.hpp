// actions.hpp — what events may ask for: each action's name, label, who may ask and its parameters. The file format
// checks events against it and the engine decides them; it sits below both, so neither includes the other.
// The table itself is the engine's (core/src/engine.cpp): each row holds an action's spec and its handler, and
// everything below is derived from it.
#pragma once
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "mpsim/language.hpp"

namespace core {

// ---- actions: what events may ask for

enum class ParamType : std::uint8_t { Id, IdList, Integer, Boolean, Text, Time };
enum class ActorKind : std::uint8_t { PartnerUser, CustomerUser, AnyUser, System };
// What an id parameter names: something the world holds when the event runs, or a new id the action creates. Whatever
// offers choices for a parameter (the composer, tests that probe every action) reads this, not the parameter's name.
enum class Names : std::uint8_t {
  Nothing,  // not an id
  NewId,    // the id of what the action creates
  Subscription,
  Customer,
  Service,
  Partner,
  Invitation,
  GdapRelationship,
  AccessAssignment,  // of the relationship the event names
  SecurityGroup,     // of the acting partner's tenant
  EntraRole,         // a built-in Microsoft Entra role (entra_roles.hpp)
  Transfer,
};

struct ParamSpec {
  std::string_view name;
  ParamType type;
  bool required;
  std::string_view meaning;
  Names names = Names::Nothing;
  std::int64_t min = 0, max = 0;  // whole numbers: the range the loader allows, when max > min (else the engine judges)
};

struct ActionSpec {
  std::string_view name;     // "change_quantity"
  std::string_view label;    // "Change the quantity of a subscription"
  ActorKind actor;
  std::span<const ParamSpec> params;
  bool multi_partner;        // adds or removes partners' access: the "multi-partner does not" guarantees are checked
  bool moves_partner_of_record = false;  // may change a subscription's partner of record (an accepted transfer, R-XFER-5)
  bool moves_clock = false;              // moves the clock forward by its parameters (clock_target in engine.hpp)
  bool api_call = false;                 // a Partner Center API call: its MFA is R-MFA-2's question, not the portal's (R-MFA-1)
};

std::span<const ActionSpec> action_catalogue();
const ActionSpec* find_action(std::string_view name);
// The action's label and a parameter's meaning in `language` (core/src/action_texts_zh.cpp holds the Chinese, keyed by
// action name and by "action.parameter").
std::string_view label(const ActionSpec& action, Language language);
std::string_view meaning(const ActionSpec& action, const ParamSpec& param, Language language);
std::span<const TranslatedText> action_labels_zh();
std::span<const TranslatedText> param_meanings_zh();
// docs/actions.md, generated from the action table (a test fails when the committed file differs).
std::string actions_markdown();

}  // namespace core
