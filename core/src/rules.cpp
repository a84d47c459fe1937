// rules.cpp — the rule catalogue. Statements paraphrase ../shared/domain/facts.md §5; the ID is the key everything
// else (engine decisions, scenarios' expectations, docs, the UI) uses.
#include "mpsim/rules.hpp"

#include <algorithm>

#include "mpsim/enum_names.hpp"

namespace core {
namespace {

const RuleSource kCnMultipartner{"CN-MP", "Multi-partner (Partner Center operated by 21Vianet)", "https://msdn.microsoft.com/en-us/partner-china/multipartner", "china/China-multipartner.md"};
const RuleSource kCnMultichannel{"CN-MC", "Multi-channel (Partner Center operated by 21Vianet)", "https://msdn.microsoft.com/en-us/partner-china/multichannel", "china/China-multichannel.md"};
const RuleSource kCnRequest{"CN-RR", "Request a reseller relationship with a customer (21Vianet)", "https://msdn.microsoft.com/en-us/partner-china/request-a-relationship-with-a-customer", "china/China-request-a-relationship-with-a-customer.md"};
const RuleSource kCnRoles{"CN-ROLES", "Create user accounts and set permissions (21Vianet)", "https://github.com/MicrosoftDocs/partner-center-pr.de-de/blob/2f9655b5eea17aa5e83d39f7bbb73ecbfebcb01e/Archive/China-create-user-accounts-and-set-permissions.md", "china/China-create-user-accounts-and-set-permissions.md"};
const RuleSource kCnUpgrade{"CN-UPG", "Upgrade an existing customer subscription (21Vianet)", "https://github.com/MicrosoftDocs/partner-center-pr.de-de/blob/2f9655b5eea17aa5e83d39f7bbb73ecbfebcb01e/Archive/China-add-licenses-or-services-to-an-existing-subscription.md", "china/China-add-licenses-or-services-to-an-existing-subscription.md"};
const RuleSource kCnSuspend{"CN-SUSP", "Suspend a subscription (21Vianet)", "https://github.com/MicrosoftDocs/partner-center-pr.de-de/blob/2f9655b5eea17aa5e83d39f7bbb73ecbfebcb01e/Archive/China-suspend-a-subscription.md", "china/China-suspend-a-subscription.md"};
const RuleSource kCnSelfSupport{"CN-SELF", "Customer self-support (21Vianet)", "https://github.com/MicrosoftDocs/partner-center-pr.de-de/blob/2f9655b5eea17aa5e83d39f7bbb73ecbfebcb01e/Archive/China-customer-self-support.md", "china/China-customer-self-support.md"};
const RuleSource kCnSupport{"CN-SUP", "Customer support (21Vianet)", "https://msdn.microsoft.com/en-us/partner-china/customer-support", "china/China-customer-support.md"};
const RuleSource kGlobalRequest{"G21", "Request a reseller relationship (global Partner Center)", "https://docs.microsoft.com/partner-center/request-a-relationship-with-a-customer", "global/request-a-relationship-with-a-customer.md"};
const RuleSource kGlobalMultipartner{"G21", "Multipartner (global Partner Center)", "https://docs.microsoft.com/partner-center/multipartner", "global/multipartner.md"};
const RuleSource kGlobalRevoke{"G21", "Customers: revoke admin privileges (global Partner Center)", "https://docs.microsoft.com/partner-center/customers-revoke-admin-privileges", "global/customers-revoke-admin-privileges.md"};
const RuleSource kGlobalRemove{"G21", "Remove a reseller relationship (global Partner Center)", "https://docs.microsoft.com/partner-center/remove-a-relationship", "global/remove-a-relationship.md"};
const RuleSource kGlobalIndirectReseller{"G21", "Indirect reseller tasks in Partner Center", "https://docs.microsoft.com/partner-center/indirect-reseller-tasks-in-partner-center", "global/indirect-reseller-tasks-in-partner-center.md"};
const RuleSource kGlobalIndirectProvider{"G21", "Indirect provider tasks in Partner Center", "https://docs.microsoft.com/partner-center/indirect-provider-tasks-in-partner-center", "global/indirect-provider-tasks-in-partner-center.md"};
const RuleSource kSdkIndirectCustomer{"SDK21", "Create a customer for an indirect reseller (Partner Center REST)", "https://learn.microsoft.com/partner-center/develop/create-a-customer-for-an-indirect-reseller", "api/create-a-customer-for-an-indirect-reseller.md"};
const RuleSource kSdkRemoveRelationship{"SDK21", "Remove a reseller relationship with a customer (Partner Center REST)", "https://learn.microsoft.com/partner-center/develop/remove-a-reseller-relationship-with-a-customer", "api/remove-a-reseller-relationship-with-a-customer.md"};
const RuleSource kSdkUrls{"SDK23", "Partner Center REST URLs", "https://learn.microsoft.com/en-us/partner-center/developer/partner-center-rest-urls", "api/partner-center-rest-urls.md"};
const RuleSource kSdkNationalCloud{"SDK21", "Developing for Partner Center for Microsoft national clouds", "https://learn.microsoft.com/partner-center/develop/developing-for-partner-center-for-microsoft-national-cloud", "api/developing-for-partner-center-for-microsoft-national-cloud.md"};
const RuleSource kFacts{"facts.md", "Domain fact sheet (inference, no source states it)", "", "../facts.md"};

constexpr std::uint8_t kCn = kEraVianet21;
constexpr std::uint8_t kDapEras = kEraVianet21 | kEraGlobalDap;

const Rule kRules[] = {
    // Reseller relationships
    {"R-REL-1", "Reseller relationships", "A partner gets a reseller relationship with an existing customer only when a Global admin of that customer accepts the partner's invitation link.", &kGlobalRequest, kAllEras, false},
    {"R-REL-2", "Reseller relationships", "The reseller-relationship invitation link belongs to the partner, holds no customer data, and can be reused for any number of customers.", &kCnRequest, kAllEras, false},
    {"R-REL-3", "Reseller relationships", "When the invitation is accepted, the customer joins the partner's customer list (relationshipToPartner = reseller) and the partner can provision and manage CSP subscriptions for it.", &kCnRequest, kAllEras, false},
    {"R-REL-4", "Reseller relationships", "Creating a new customer in Partner Center forms a reseller relationship between that partner and the customer automatically.", &kGlobalRequest, kAllEras, false},
    {"R-REL-5", "Reseller relationships", "A customer may have reseller relationships with several partners at once; accepting a new one never removes the existing ones.", &kCnMultipartner, kAllEras, false},
    {"R-REL-7", "Reseller relationships", "In 21Vianet the customer accepts in the admin center of Office 365 operated by 21Vianet and sees all its partners on the Partner Relationships page.", &kCnRequest, kCn, false},
    // Multi-partner and partner of record
    {"R-MP-1", "Multi-partner and partner of record", "Adding a partner to a customer that already works with others does not change any existing subscription (quantity, offer, status, dates).", &kCnMultipartner, kAllEras, false},
    {"R-MP-2", "Multi-partner and partner of record", "Adding a partner does not move existing subscriptions, or ownership of the customer's account, to the new partner.", &kCnMultipartner, kAllEras, false},
    {"R-MP-3", "Multi-partner and partner of record", "Adding a partner does not change the terms of existing subscriptions or the customer's obligations under them.", &kCnMultipartner, kAllEras, false},
    {"R-MP-4", "Multi-partner and partner of record", "Adding a partner never changes the partner of record of an existing subscription.", &kCnMultipartner, kAllEras, false},
    {"R-MP-5", "Multi-partner and partner of record", "A partner with admin rights on a subscription another partner sold is not billed for it; billing stays with the original reseller.", &kCnRequest, kAllEras, false},
    {"R-MP-6", "Multi-partner and partner of record", "A partner that did not sell a subscription cannot remove its seats, order add-ons, transition or migrate it, or change its partner of record.", &kCnRequest, kAllEras, false},
    {"R-MP-8", "Multi-partner and partner of record", "A CSP partner's CSP-transacting tenant cannot be a customer of another CSP partner (nor of itself).", &kGlobalMultipartner, kAllEras, false},
    // Multi-channel
    {"R-MC-1", "Multi-channel", "Multi-channel applies when the customer already bought directly from 21Vianet, or from the partner while it was in the Advisor program.", &kCnMultichannel, kCn, false},
    {"R-MC-2", "Multi-channel", "In the multi-channel model a customer can have only one CSP-transacting partner with delegated admin privileges per service.", &kCnRequest, kCn, false},
    {"R-MC-3", "Multi-channel", "To support subscriptions bought through another channel, a partner needs a reseller relationship with DAP; the subscriptions stay with their original channel.", &kCnMultichannel, kCn, false},
    {"R-MC-4", "Multi-channel", "A partner cannot sell, or upgrade into, a subscription the customer already has (or services another subscription already includes) until the customer cancels the existing one.", &kCnUpgrade, kCn, false},
    // DAP
    {"R-DAP-1", "Delegated admin privileges (DAP)", "Granting DAP gives the partner's Admin Agents the Global Administrator role, and its Helpdesk Agents the Helpdesk Administrator role, in the customer's tenant.", &kGlobalRevoke, kDapEras, false},
    {"R-DAP-2", "Delegated admin privileges (DAP)", "Admin agents and help desk agents may administer on behalf of the customer; sales agents may request relationships but cannot administer; only admin agents request DAP.", &kCnRoles, kDapEras, false},
    {"R-DAP-3", "Delegated admin privileges (DAP)", "The customer's Global admin can remove DAP from any or all partners at any time; the partner can also give it up.", &kCnRequest, kDapEras, false},
    {"R-DAP-4", "Delegated admin privileges (DAP)", "Removing DAP does not end the reseller relationship or the subscriptions; the partner stays responsible for support under its reseller agreement.", &kCnRequest, kDapEras, false},
    {"R-DAP-5", "Delegated admin privileges (DAP)", "Without DAP a partner cannot administer the customer's tenant, open support requests for it, or upgrade its subscriptions; it can still place orders.", &kCnUpgrade, kDapEras, false},
    {"R-DAP-6", "Delegated admin privileges (DAP)", "DAP gives no access to Azure subscriptions that existed before it; removing DAP does not remove Azure RBAC access.", &kGlobalRevoke, kDapEras, false},
    // Roles in Partner Center (CN-ROLES; facts.md numbers only R-DAP-2 from this page)
    {"R-ROLE-1", "Partner Center roles", "Admin agents and sales agents manage customers and subscriptions; help desk agents cannot manage subscriptions or create customers. A Global admin can do everything.", &kCnRoles, kAllEras, false},
    {"R-ROLE-2", "Partner Center roles", "Admin agents and sales agents may request a reseller relationship with a customer; help desk agents may not.", &kCnRoles, kAllEras, false},
    {"R-ROLE-3", "Partner Center roles", "Sales agents cannot create support requests; admin agents can.", &kCnRoles, kAllEras, false},
    // Indirect providers and resellers
    {"R-IND-1", "Indirect providers and resellers", "A provider-reseller partnership exists only after the reseller's Global admin accepts the provider's partnership link; then each appears in the other's list.", &kGlobalIndirectReseller, kAllEras, false},
    {"R-IND-3", "Indirect providers and resellers", "A provider can create a customer for a reseller only if they are partners; only providers can name an associated reseller.", &kSdkIndirectCustomer, kAllEras, false},
    {"R-IND-5", "Indirect providers and resellers", "Resellers working under an indirect provider cannot issue their own invitations; they use the provider's. The provider owns the reseller relationship, but the customer may grant DAP to another reseller.", &kCnMultichannel, kCn, false},
    {"R-IND-6", "Indirect providers and resellers", "A subscription's reseller of record is set by the provider (the Reseller MPN ID field) and shown as the subscription's partnerId.", &kGlobalIndirectProvider, kAllEras, false},
    {"R-IND-7", "Indirect providers and resellers", "Removing a provider-reseller partnership removes neither the reseller's customers nor any DAP already granted.", &kGlobalIndirectProvider, kAllEras, false},
    {"R-IND-8", "Indirect providers and resellers", "Indirect resellers cannot create customer tenants or place orders themselves; their provider does.", &kGlobalIndirectReseller, kAllEras, false},
    // Removing a reseller relationship
    {"R-REM-1", "Removing a reseller relationship", "A partner cannot remove its reseller relationship with a customer while any of its subscriptions for that customer is active; it must suspend them first.", &kGlobalRemove, kAllEras, false},
    {"R-REM-2", "Removing a reseller relationship", "Removing the relationship takes the customer off the partner's list, removes the partner's DAP, and blocks future purchases for the customer.", &kGlobalRemove, kAllEras, false},
    {"R-REM-3", "Removing a reseller relationship", "Only a Global admin of a direct-bill partner or indirect provider can remove a reseller relationship; removing one that does not exist fails (error 3000).", &kSdkRemoveRelationship, kAllEras, false},
    // Subscriptions
    {"R-SUB-1", "Subscriptions", "A suspended subscription blocks user sign-in but admins keep access; if it is not reactivated within 60 days, its data is deleted.", &kCnSuspend, kCn, false},
    {"R-SUB-2", "Subscriptions", "Customers cannot change their own CSP subscriptions; only the partner that sold them can.", &kCnSelfSupport, kCn, false},
    {"R-SUB-3", "Subscriptions", "An upgrade needs an active subscription, DAP for that customer and service, and no overlapping subscription.", &kCnUpgrade, kCn, false},
    // The 21Vianet environment
    {"R-CN-1", "21Vianet environment", "Partner Center operated by 21Vianet is called at https://partner.partnercenterapi.microsoftonline.cn, not the global address.", &kSdkUrls, kCn, false},
    {"R-CN-2", "21Vianet environment", "Azure subscriptions are not available in Partner Center operated by 21Vianet; its catalogue is the Office 365 family.", &kSdkNationalCloud, kCn, false},
    {"R-CN-3", "21Vianet environment", "Microsoft Customer Agreement attestation does not apply in 21Vianet; the China CSP reseller agreement governs.", &kCnRequest, kCn, false},
    {"R-CN-4", "21Vianet environment", "Partners cannot manage customer users' licenses through Partner Center in 21Vianet; customers do it in their admin center.", &kSdkNationalCloud, kCn, false},
    {"R-CN-5", "21Vianet environment", "The 21Vianet reseller is the customer's point of contact and provides first-line support around the clock, escalating to 21Vianet only what it cannot resolve.", &kCnSupport, kCn, false},
    // Inferred: no source states these; they fill gaps the sources leave (facts.md §7).
    {"R-MP-7", "Inferred", "A partner can manage (change quantity, suspend, reactivate) only subscriptions it sold; subscriptions from other partners or channels are read-only to it.", &kFacts, kAllEras, true},
    {"R-INF-1", "Inferred", "A request that names something that does not exist at that moment (a customer, subscription, invitation, partner) is refused, as Partner Center answers \"not found\".", &kFacts, kAllEras, true},
    {"R-INF-2", "Inferred", "Only a subscription in the right state can change: quantities change and suspensions happen on active subscriptions, reactivation on suspended ones, and deleted data is gone for good.", &kFacts, kAllEras, true},
    {"R-INF-3", "Inferred", "In the 21Vianet doc set a reseller-relationship request always carries DAP: there is no \"without DAP\" option.", &kFacts, kCn, true},
    {"R-INF-4", "Inferred", "A customer that accepts an invitation without naming services gives DAP for each service it uses that no other CSP-transacting partner administers (R-MC-2 applied per service).", &kFacts, kCn, true},
    {"R-INF-5", "Inferred", "A user acts only for its own tenant, and only with the roles it holds.", &kFacts, kAllEras, true},
    {"R-INF-6", "Inferred", "Accepting an invitation from a partner the customer already works with changes nothing.", &kFacts, kAllEras, true},
    {"R-INF-7", "Inferred", "Help desk agents may open support requests for a customer (the roles page lists it for neither side; help desk is their job).", &kFacts, kAllEras, true},
};

}  // namespace

std::span<const Rule> rule_catalogue() { return kRules; }

const Rule* find_rule(std::string_view id) {
  for (const Rule& r : kRules)
    if (r.id == id) return &r;
  return nullptr;
}

bool rule_in_era(const Rule& rule, Era era) {
  const std::uint8_t bit = era == Era::Vianet21 ? kEraVianet21 : era == Era::GlobalDap ? kEraGlobalDap : kEraGlobalGdap;
  return (rule.eras & bit) != 0;
}

std::string rules_markdown() {
  std::string out =
      "# Rule catalogue\n\n"
      "Generated from the engine's own table (`core/src/rules.cpp`) by `mpsim rules --markdown > docs/rules.md`;\n"
      "a test fails when this file is out of date. Rule IDs match `../shared/domain/facts.md`; `R-ROLE-*` rules come\n"
      "from the 21Vianet roles page, which facts.md numbers only as R-DAP-2; `R-INF-*` and R-MP-7 are inferences that\n"
      "no source states, kept in their own group.\n\n"
      "Eras: **21V** = Partner Center operated by 21Vianet (2016-2018 doc set), **DAP** = global, DAP optional\n"
      "(2019-2023), **GDAP** = global, GDAP (2023 on).\n";
  std::string_view group;
  for (const Rule& r : kRules) {
    if (r.group != group) {
      group = r.group;
      out += "\n## " + std::string(group) + "\n\n| ID | Rule | Source | Eras |\n| --- | --- | --- | --- |\n";
    }
    std::string eras;
    if (r.eras & kEraVianet21) eras += "21V";
    if (r.eras & kEraGlobalDap) eras += eras.empty() ? "DAP" : ", DAP";
    if (r.eras & kEraGlobalGdap) eras += eras.empty() ? "GDAP" : ", GDAP";
    std::string source = r.source->url.empty() ? std::string(r.source->title)
                                               : "[" + std::string(r.source->title) + "](" + std::string(r.source->url) + ")";
    if (!r.source->file.empty() && !r.source->url.empty()) source += " (`" + std::string(r.source->file) + "`)";
    out += "| " + std::string(r.id) + " | " + std::string(r.statement) + (r.inferred ? " *(inferred)*" : "") + " | " + source +
           " | " + eras + " |\n";
  }
  return out;
}

}  // namespace core
