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

    // -- Azure reservations, software purchases and re-establishing a removed relationship (reserve)
    {"R-REM-1",
     "A scenario could not hold an Azure reservation or a software purchase; removing the relationship looked only at active subscriptions, so suspending everything was enough.",
     "subscriptions[].kind says what an entry is (subscription, azure_reservation, software). An Azure reservation or software purchase of the partner that is active or suspended refuses remove_reseller_relationship (R-REM-1) even when every subscription is suspended; cancelling it (cancel_subscription) lifts the block.",
     "global/remove-a-relationship.md: \"To remove the relationship, you'll need to cancel Azure reserved instance (RI) reservations, cancel software purchases, and suspend any remaining active subscriptions first.\"; global-2023 copy, Prerequisites: \"Cancel any Azure reserved instances (Azure RI).\" \"Cancel any software purchases.\"; api/remove-a-reseller-relationship-with-a-customer.md: \"All Azure Reserved VM Instance orders must be canceled before a reseller relationship is removed.\"",
     "global-remove-relationship-reservations.json: remove-with-reservation, remove-with-software, remove"},
    {"R-REM-4, R-REL-3, R-REL-1",
     "R-REM-4 was not in the catalogue: an order for a customer whose relationship the partner had removed was refused as if they had never had one (R-REL-3), administering on its behalf was refused for want of DAP alone (R-DAP-5), and accepting the partner's link again listed the customer twice among those who accepted it.",
     "The order is refused by R-REM-4 (only a new acceptance re-establishes the relationship); administering on its behalf (DAP eras) is refused by R-DAP-5 with R-REM-4 saying why the DAP does not come back; the customer's Global admin accepting the partner's request again re-establishes it, citing R-REM-4, and the customer stays listed once. [INFERENCE] the accepted link without a relationship is the model's trace of a removal, and the partner's reusable link is the request the page asks to repeat.",
     "api/remove-a-reseller-relationship-with-a-customer.md: \"To re-establish the relationship, repeat the process of requesting a reseller relationship.\"; global/remove-a-relationship.md, Next steps: \"Request or re-establish a relationship with a customer\"",
     "global-remove-relationship-reservations.json: order-after-removal, aobo-after-removal, accept-again, order-again"},

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

    // -- Azure reservations and the DAP era's transfer roles (reserve)
    {"R-ROLE-1, R-XFER-2",
     "In the DAP era admin agents, sales agents and global admins created transfer requests; a billing agent (billing_admin) was refused, citing a task list without billing agents.",
     "The DAP era follows its page exactly: account admins (admin agents), sales agents and billing agents (and global admins) create them; anyone else is refused with that list. The GDAP era keeps \"Admin agent\" only.",
     "global/transfer-azure-subscriptions-under-azure-plan.md (2021): \"**Appropriate roles**: Account admin | Sales agent | Billing agent\"; its zh-CN copy: 帐户管理员、销售代理、计费代理.",
     "global-dap-transfer-leaves-reservations.json: help-desk-requests, billing-agent-requests; global-gdap-transfer-names-reservations.json: billing-agent-requests"},
    {"R-XFER-4",
     "Reservations could not be expressed; every named Azure item moved on acceptance.",
     "In the DAP era a transfer naming an Azure reservation is refused (R-XFER-4) and the reservations stay with the source partner, which keeps billing them; in the GDAP era a named reservation moves and the others stay (the acceptance says which).",
     "global/transfer-azure-subscriptions-under-azure-plan.md (2021): \"Azure Reservations will not move with the subscription to future partner\", \"Azure reservations do not transfer with the subscriptions.\"; global-2023 copy: \"Azure Reserved Instances will move with a subscription to the future partner.\"",
     "global-dap-transfer-leaves-reservations.json: names-reservation, accept; global-gdap-transfer-names-reservations.json: accept"},

    // ---- GDAP, sign-in, support contacts and Partner Center's lists
    {"R-GDAP-10, R-GDAP-1", "only admin agents (and global admins) assigned a GDAP relationship to a security group; a user management admin was refused under R-GDAP-1, the rule of creating requests",
     "global admins, user management admins and admin agents assign; anyone else is refused under R-GDAP-10, the rule of assignments; creating requests stays with admin agents (R-GDAP-1)",
     "Grant granular permissions to security groups (global-2023/gdap-assign-azure-ad-roles.md): \"Appropriate roles: Global admin | User management admin | Admin agent\"",
     "gdap-who-assigns.json: sales-assigns, uma-assigns, uma-requests"},
    {"R-SUB-1, R-INF-12",
     "A customer's user signing in could not be expressed: R-SUB-1's \"blocks user sign-in but admins keep access\" was stated but never decided.",
     "sign_in (a customer's user, param subscription): allowed through an active subscription of the user's own customer; while it is suspended refused for users without an admin role and allowed for every customer admin role (R-SUB-1 in 21Vianet, the inference R-INF-12 in the global eras, whose pages are silent); refused for everyone once its data is deleted (R-SUB-1; R-INF-12 outside 21Vianet) or it is cancelled or expired (R-INF-12).",
     "CN-SUSP (China-suspend-a-subscription.md): \"When you suspend a customer's subscription, the customer's users are not able to sign in or use services. Administrators can still sign in and access data.\" ... \"If a subscription is not reactivated within sixty days, all data is deleted.\"",
     "cn-sign-in-while-suspended.json: user-signs-in, cancelled, user-while-suspended, reader-while-suspended, admin-while-suspended, admin-after-deletion"},
    {"R-IND-6, R-REM-2",
     "A subscription had no designated support contact: R-IND-6's \"Designated support contact\" could not be set or checked.",
     "subscriptions[].support_contact, set or cleared by set_support_contact: only the indirect provider that sold the subscription (admin or sales agent) names its reseller of record, and only while that reseller still has a reseller relationship with the customer (R-REM-2: a partner without one is not on the customer's list of available support contacts); the reseller itself, another partner, another reseller and a direct-bill seller are refused.",
     "indirect-provider-tasks-in-partner-center.md (G21/G23): \"Delegate customer support for specific subscriptions to the reseller | Select the reseller from the Designated support contact list | On the subscription's detail page\"; remove-a-relationship.md: removing a relationship \"Removes you from the list of available support contacts for your customer\"",
     "global-designated-support-contact.json: reseller-designates-itself, other-partner, wrong-reseller, designate, reseller-without-relationship, direct-bill, clear"},

    // ---- rule versions and 21Vianet today (helper "versions")
    {"R-CN-8, R-INF-8",
     "A 21Vianet-today scenario without gdap_in_21vianet refused every GDAP request, whatever its date (R-INF-8).",
     "From 2024-01-01 such a scenario has GDAP (R-CN-8, scenario option R-CN-8, default on); before that day, or with the option off, GDAP is still refused under R-INF-8, and the refusal says when R-CN-8 starts.",
     "facts.md §8.6 on the managed-services resource (Applies to includes 21Vianet): \"Managed services are services to which a partner has delegated admin privileges or granular delegated admin privileges.\" -> \"keep R-CN-6's scenario flag, default on for a 2024+ 21Vianet era [INFERENCE]\"",
     "cn-today-21vianet.json: gdap-2023, gdap-2024"},

    {"", "", "", "", ""},  // keeps the array non-empty; rule_changes() leaves it out
};

}  // namespace

std::span<const RuleChange> rule_changes() { return std::span<const RuleChange>(kChanges).first(std::size(kChanges) - 1); }

}  // namespace core
