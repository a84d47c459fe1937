// rule_changes.cpp — the change log of docs/rules.md: each decision the engine takes differently from an earlier
// release, with the document that requires it and the bundled scenario that shows it. One row per change, newest
// last within each part.
#include "mpsim/rules.hpp"

namespace core {
namespace {

constexpr RuleChange kChanges[] = {
    // ---- relationships and delegated admin privileges
    {"R-INF-6, R-DAP-1, CN-RR",
     "A customer accepting again the link of a partner it already works with changed nothing: DAP the customer had removed or given to another partner never came back.",
     "Accepting again adds the DAP the partner lacks (in 21Vianet for each service no other CSP partner administers); R-INF-6 (nothing changes) only when the partner already holds it or the invitation gives none.",
     "CN-RR: \"You need to request a reseller relationship with a customer when: ... The customer granted delegated administrative privileges to a different partner, and you need to restore them to provide provisioning or support\"; \"This process adds delegated administrative privileges only.\"",
     "cn-dap-returns.json: northwind-takes-exchange, contoso-gets-it-back, contoso-again; cn-one-dap-partner-per-service.json: accept-again"},
    {"R-MC-2, CN-RR",
     "Accepting again, naming a service another CSP partner administers (or, naming none, when another partner administers every service the partner lacks), was applied as \"changes nothing\".",
     "Refused, citing R-MC-2: the customer removes the other partner's DAP first.",
     "CN-RR: \"In the multichannel model, customers can have only one CSP-transacting partner with delegated administrative privileges per service.\"",
     "cn-dap-returns.json: contoso-wants-it-back, contoso-names-exchange"},
    {"R-INF-4, R-MC-2, CN-RR",
     "A 21Vianet customer with no subscription that accepted without naming services gave no DAP, and the explanation cited R-MC-2 although no other partner administered anything; the partner could not upgrade what it sold next.",
     "It gives DAP for every service the scenario offers that no other CSP partner administers (R-INF-4 revised); R-MC-2 explains a missing DAP only when another partner administers the services.",
     "CN-RR: \"This process adds delegated administrative privileges\"; \"After a reseller relationship has been established with the customer ... You can then provision and manage the CSP subscriptions for the customer.\"",
     "cn-new-customer-dap.json: accept-contoso, upgrade-to-e3, accept-northwind, northwind-names-exchange"},
    {"R-DAP-7",
     "DAP was flagged inactive at exactly 90 days after its last sign-in (or its grant); a sign-in at that moment came too late.",
     "Flagged only after more than 90 days (the first second past them); a flag at exactly 90 days is refused and a sign-in then keeps the DAP. The flag timer fires one second later than before.",
     "G23 dap-monitor-self-serve-removal: \"A customer relationship is classified as inactive when there are no cross-tenant sign-in activities to any workload by any partner agent accessing that customer tenant in over 90 days.\"",
     "global-dap-inactive-90-days.json: flag-at-90-days, sign-in-at-90-days, flag-past-90-days; global-dap-optional-regions.json: flagged (moved to 91 days)"},

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
