// rule_changes.cpp — the change log of docs/rules.md: each decision the engine takes differently from an earlier
// release, with the document that requires it and the bundled scenario that shows it. One row per change, newest
// last within each part.
#include "mpsim/rules.hpp"

namespace core {
namespace {

constexpr RuleChange kChanges[] = {
    // ---- relationships and delegated admin privileges

    // ---- subscriptions, billing and transfers
    {"R-MP-7, R-MP-6",
     "A partner that did not sell a subscription was refused suspending or cancelling it under R-MP-6.",
     "It is refused under R-MP-7 [INFERENCE], like reactivating it; removing seats, upgrading (a transition), migrating and changing the partner of record stay R-MP-6.",
     "CN-RR (China-request-a-relationship-with-a-customer.md) lists only: \"You also cannot remove seats, order add-ons, transition or migrate the subscriptions, or change the Partner of Record\"; suspending and cancelling are not in that list.",
     "cn-upgrades-and-other-partners.json: northwind-suspends, northwind-cancels (R-MP-6 still: northwind-removes-seats)"},
    {"R-MC-4, R-SUB-3, CN-UPG",
     "An upgrade was refused only when the customer already had the target offer itself; another subscription that includes a service the upgrade adds did not stop it.",
     "An upgrade is refused (R-MC-4) while any other active or suspended subscription of the customer includes a service the target adds to the current offer, whoever sold it and through whatever channel (directly from 21Vianet, Advisor, another reseller or the same one).",
     "CN-UPG (China-add-licenses-or-services-to-an-existing-subscription.md): \"The customer can't already have subscriptions that include the additional services.\" ... \"the customer may have purchased those subscriptions or services from another reseller or another channel. They won't be able to purchase them from you unless they cancel their existing ones first.\"",
     "cn-upgrades-and-other-partners.json: upgrade-over-direct, upgrade-over-partner, upgrade"},

    {"R-XFER-1",
     "A transfer of Azure subscriptions was accepted from any partner with a reseller relationship with the customer.",
     "A transfer that names an Azure item (a usage-based or azure-family subscription) is refused unless the target partner has its own active Azure plan for the customer (an Azure subscription it sold to it) and the customer's acceptance of the Microsoft Customer Agreement with it is recorded (reseller_relationships[].customer_agreement, which confirm_customer_agreement now records; without a relationship it is refused, R-REL-3).",
     "global/ and global-2023/transfer-azure-subscriptions-under-azure-plan.md, Prerequisites: \"The future CSP partner establishes a relationship with the customer and purchases an Azure plan before the transition starts.\" \"The customer signs a Microsoft Customer Agreement with the future CSP partner.\"",
     "global-azure-transfer-prerequisites.json: request-too-early, request-without-plan, attest-agreement, stranger-attests, request; gdap-resellers-and-transfers.json's world now gives Northwind both"},
    {"R-ROLE-1, R-XFER-2",
     "In every era, admin agents, sales agents and global admins created transfer requests.",
     "In the GDAP era (and 21Vianet with gdap_in_21vianet) only admin agents and global admins do; the DAP era keeps admin agents, sales agents and global admins (the 2021 page: \"Account admin | Sales agent | Billing agent\").",
     "global-2023/transfer-azure-subscriptions-under-azure-plan.md (ms.date 09/14/2023): \"**Appropriate roles**: Admin agent\"; the newer page wins for the GDAP era.",
     "global-azure-transfer-prerequisites.json: sales-agent-requests"},

    {"R-MP-6",
     "There was no way to order an add-on: R-MP-6's \"order add-ons\" was never decided.",
     "order_add_on creates an add-on subscription (subscriptions[].parent = the base, as parentSubscriptionId), sold and billed by the base's seller; a partner that did not sell the base is refused (R-MP-6).",
     "CN-RR (China-request-a-relationship-with-a-customer.md): \"Unless you were the original reseller of a subscription, you are not billed for it. You also cannot remove seats, order add-ons, transition or migrate the subscriptions, or change the Partner of Record.\"",
     "cn-upgrades-and-other-partners.json: northwind-orders-add-on, contoso-orders-add-on"},

    // ---- GDAP, sign-in, support contacts and Partner Center's lists

    {"", "", "", "", ""},  // keeps the array non-empty; rule_changes() leaves it out
};

}  // namespace

std::span<const RuleChange> rule_changes() { return std::span<const RuleChange>(kChanges).first(std::size(kChanges) - 1); }

}  // namespace core
