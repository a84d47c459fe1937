// rule_changes.cpp — the change log of docs/rules.md: each decision the engine takes differently from an earlier
// release, with the document that requires it and the bundled scenario that shows it. One row per change, newest
// last within each part.
#include "mpsim/rules.hpp"

namespace core {
namespace {

constexpr RuleChange kChanges[] = {
    // ---- relationships and delegated admin privileges

    // ---- subscriptions, billing and transfers

    // ---- GDAP, sign-in, support contacts and Partner Center's lists

    {"", "", "", "", ""},  // keeps the array non-empty; rule_changes() leaves it out
};

}  // namespace

std::span<const RuleChange> rule_changes() { return std::span<const RuleChange>(kChanges).first(std::size(kChanges) - 1); }

}  // namespace core
