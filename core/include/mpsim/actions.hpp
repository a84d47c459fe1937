// actions.hpp — what events may ask for: each action's name, label, who may ask and its parameters. The file format
// checks events against it and the engine decides them; it sits below both, so neither includes the other.
#pragma once
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace core {

// ---- actions: what events may ask for

enum class ParamType : std::uint8_t { Id, IdList, Integer, Boolean, Text, Time };
enum class ActorKind : std::uint8_t { PartnerUser, CustomerUser, AnyUser, System };

struct ParamSpec {
  std::string_view name;
  ParamType type;
  bool required;
  std::string_view meaning;
};

struct ActionSpec {
  std::string_view name;     // "change_quantity"
  std::string_view label;    // "Change the quantity of a subscription"
  ActorKind actor;
  std::span<const ParamSpec> params;
  bool multi_partner;        // adds or removes partners' access: the "multi-partner does not" guarantees are checked
};

std::span<const ActionSpec> action_catalogue();
const ActionSpec* find_action(std::string_view name);
// docs/actions.md, generated from the action table (a test fails when the committed file differs).
std::string actions_markdown();

}  // namespace core
