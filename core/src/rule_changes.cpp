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
    {"R-GDAP-10, R-GDAP-1", "only admin agents (and global admins) assigned a GDAP relationship to a security group; a user management admin was refused under R-GDAP-1, the rule of creating requests",
     "global admins, user management admins and admin agents assign; anyone else is refused under R-GDAP-10, the rule of assignments; creating requests stays with admin agents (R-GDAP-1)",
     "Grant granular permissions to security groups (global-2023/gdap-assign-azure-ad-roles.md): \"Appropriate roles: Global admin | User management admin | Admin agent\"",
     "gdap-who-assigns.json: sales-assigns, uma-assigns, uma-requests"},

    {"", "", "", "", ""},  // keeps the array non-empty; rule_changes() leaves it out
};

}  // namespace

std::span<const RuleChange> rule_changes() { return std::span<const RuleChange>(kChanges).first(std::size(kChanges) - 1); }

}  // namespace core
