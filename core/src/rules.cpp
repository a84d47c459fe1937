// rules.cpp — the rule catalogue. Statements paraphrase ../shared/domain/facts.md §5; the ID is the key everything
// else (engine decisions, scenarios' expectations, docs, the UI) uses.
#include "mpsim/rules.hpp"

#include <algorithm>
#include <vector>

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
const RuleSource kG23GdapFaq{"G23", "GDAP frequently asked questions", "https://learn.microsoft.com/partner-center/gdap-faq", "global-2023/gdap-faq.md"};
const RuleSource kG23GdapApproval{"G23", "Customer approval of GDAP", "https://learn.microsoft.com/partner-center/gdap-customer-approval", "global-2023/gdap-customer-approval.md"};
const RuleSource kG23GdapObtain{"G23", "Obtain granular admin permissions to manage a customer's service", "https://learn.microsoft.com/partner-center/gdap-obtain-admin-permissions-to-manage-customer", "global-2023/gdap-obtain-admin-permissions-to-manage-customer.md"};
const RuleSource kG23GdapAssign{"G23", "Assign Microsoft Entra roles (GDAP security groups)", "https://learn.microsoft.com/partner-center/gdap-assign-azure-ad-roles", "global-2023/gdap-assign-azure-ad-roles.md"};
const RuleSource kG23GdapExpiring{"G23", "GDAP expiring notifications", "https://learn.microsoft.com/partner-center/gdap-expiring-notifications", "global-2023/gdap-expiring-notifications.md"};
const RuleSource kG23GdapTerminate{"G23", "Partner-terminated GDAP relationship", "https://learn.microsoft.com/partner-center/gdap-partner-terminate", "global-2023/gdap-partner-terminate.md"};
const RuleSource kAutoExtend{"learn", "Expiring GDAP relationships and auto-extend", "https://learn.microsoft.com/en-us/partner-center/expiring-gdap-relationships-and-auto-extend-gdap", ""};
const RuleSource kGraphRelationship{"GR", "delegatedAdminRelationship resource type (Microsoft Graph)", "https://learn.microsoft.com/graph/api/resources/delegatedadminrelationship", ""};
const RuleSource kGraphUpdate{"GR", "Update delegatedAdminRelationship (Microsoft Graph)", "https://learn.microsoft.com/graph/api/delegatedadminrelationship-update", ""};
const RuleSource kGraphRequest{"GR", "delegatedAdminRelationshipRequest resource type (Microsoft Graph)", "https://learn.microsoft.com/graph/api/resources/delegatedadminrelationshiprequest", ""};
const RuleSource kGraphResellerRelationship{"GR", "resellerDelegatedAdminRelationship resource type (Microsoft Graph)", "https://learn.microsoft.com/graph/api/resources/resellerdelegatedadminrelationship", ""};
const RuleSource kG23DapMonitor{"G23", "Monitor and remove inactive DAP connections", "https://learn.microsoft.com/partner-center/dap-monitor-self-serve-removal", "global-2023/dap-monitor-self-serve-removal.md"};
const RuleSource kG23SupportedRelationships{"G23", "CSP supported partner relationships", "https://learn.microsoft.com/partner-center/csp-supported-partner-relationships", "global-2023/csp-supported-partner-relationships.md"};
const RuleSource kG23IndirectReseller{"G23", "Indirect reseller tasks in Partner Center", "https://learn.microsoft.com/partner-center/indirect-reseller-tasks-in-partner-center", "global-2023/indirect-reseller-tasks-in-partner-center.md"};
const RuleSource kG21TransferAzure{"G21", "Transfer Azure subscriptions under an Azure plan", "https://docs.microsoft.com/partner-center/transfer-azure-subscriptions-under-azure-plan", "global/transfer-azure-subscriptions-under-azure-plan.md"};
const RuleSource kSdkCreateTransfer{"SDK23", "Create a transfer (Partner Center REST)", "https://learn.microsoft.com/partner-center/developer/create-a-transfer", "api/create-a-transfer.md"};
const RuleSource kSdkTransferEntity{"SDK21", "Transfer entity resources (Partner Center REST)", "https://learn.microsoft.com/partner-center/develop/transfer-entity-resources", "api/transfer-entity-resources.md"};
const RuleSource kFacts{"facts.md", "Domain fact sheet (inference, no source states it)", "", "../facts.md"};
// ---- facts.md §8 (2023-2026) sources of the s8 rules; pages cited by address (no stored copy, sources/global-2026/README.md)
const RuleSource kQaSuspendedReseller{"SEC", "Microsoft Q&A: my CSP indirect reseller is suspended", "https://learn.microsoft.com/en-us/answers/questions/5792224/my-csp-indirect-reseller-is-suspended", ""};
const RuleSource kL26Distributors{"L26", "Partner with distributors in the CSP program", "https://learn.microsoft.com/en-us/partner-center/customers/indirect-provider-tasks-in-partner-center", ""};
const RuleSource kL26ValidatePor{"L26", "Validate a reseller's partner of record (Partner Center REST)", "https://learn.microsoft.com/en-us/partner-center/developer/validate-reseller-partner-of-record", ""};
const RuleSource kAnnResellerRevenue{"ANN23", "New annual revenue requirement for resellers", "https://learn.microsoft.com/partner-center/announcements/2023-october", "global-2023/announcements/october-2023/new-annual-revenue-requirement-for-resellers.md"};
const RuleSource kL26ResellerRequirement{"L26", "New indirect reseller requirements", "https://learn.microsoft.com/en-us/partner-center/enroll/new-indirect-reseller-requirement", ""};
const RuleSource kCspRequirements{"MS", "Cloud Solution Provider requirements", "https://partner.microsoft.com/partnership/cloud-solution-provider-requirements", ""};
const RuleSource kL26DirectToIndirect{"L26", "Transition from direct bill to indirect reseller", "https://learn.microsoft.com/en-us/partner-center/transition-direct-to-indirect", ""};
const RuleSource kL26SuspendedAccount{"L26", "Suspended Partner Center account", "https://learn.microsoft.com/en-us/partner-center/account-settings/suspended-partner-center-account", ""};
const RuleSource kL26ApiGetStarted{"L26", "Partner Center API: get started", "https://learn.microsoft.com/en-us/partner-center/developer/get-started", ""};
const RuleSource kSecPortalMfa{"SEC", "Microsoft CSP partner program updates, August-September 2025", "https://www.thewinningcsp.com/microsoft-csp-partner-program-updates-august-september-2025", ""};
const RuleSource kL26PartnerCenterAuth{"L26", "Partner Center authentication", "https://learn.microsoft.com/en-us/partner-center/developer/partner-center-authentication", ""};
const RuleSource kSecMfaRollout{"SEC", "MFA enforcement for Partner Center APIs (progressive rollout)", "https://tagydes.com/news/mfa-enforcement-partner-center-apis", ""};
const RuleSource kL26NceCancellation{"L26", "New commerce cancellation policy", "https://learn.microsoft.com/en-us/partner-center/customers/new-commerce-cancellation-policy", "global-2023/new-commerce-cancellation-policy.md"};
const RuleSource kQaSeatReduction{"SEC", "Microsoft Q&A: reducing new-commerce licence quantities", "https://learn.microsoft.com/en-us/answers/a/12734183", ""};
const RuleSource kL26RemoveRelationship{"L26", "Remove a reseller relationship (current page)", "https://learn.microsoft.com/fi-fi/partner-center/remove-a-relationship", ""};
const RuleSource kL26PecTroubleshoot{"L26", "Partner earned credit: troubleshooting", "https://learn.microsoft.com/en-us/partner-center/billing/partner-earned-credit-troubleshoot", "global-2023/partner-earned-credit-explanation.md"};
const RuleSource kL26PecFaq{"L26", "Partner earned credit: frequently asked questions", "https://learn.microsoft.com/en-us/partner-center/billing/partner-earned-credit-faq", "global-2023/partner-earned-credit-faq.md"};
const RuleSource kL26CreateTransfer{"L26", "Create a transfer (Partner Center REST, current page)", "https://learn.microsoft.com/en-us/partner-center/developer/create-a-transfer", ""};
const RuleSource kSecCloudBlueTransfers{"SEC", "CloudBlue: managing Microsoft transfers", "https://docs.cloudblue.com/connect/extensions/seamless-move/Seamless-Move-Channel-Operations-Guide/Managing-Microsoft-Transfers.htm", ""};
const RuleSource kSecCloudCockpitTransfers{"SEC", "CloudCockpit: take control of your Microsoft CSP transfers", "https://cloudcockpit.com/blog/take-control-your-microsoft-csp-transfers", ""};
const RuleSource kCippRelationshipAdmin{"CIPP", "CIPP PR #5813: Customer Delegated Admin Relationship Administrator", "https://github.com/KelvinTegelaar/CIPP/pull/5813", "global-2026/CIPP-commit-9ff79147-GDAPRoles-add-customer-delegated-admin-relationship-administrator.patch"};
const RuleSource kAnn23October{"ANN23", "Partner ecosystem monthly update, October 2023", "https://learn.microsoft.com/partner-center/announcements/2023-october", "global-2023/announcements/october-2023/partner-ecosystem-monthly-update.md"};
const RuleSource kL26GdapApproval{"L26", "Customer approval of GDAP (newer page)", "https://learn.microsoft.com./th-th/partner-center/customers/gdap-customer-approval", ""};
const RuleSource kL26RemoveRelationshipApi{"L26", "Remove a reseller relationship with a customer (Partner Center REST, current page)", "https://learn.microsoft.com/en-us/partner-center/developer/remove-a-reseller-relationship-with-a-customer", ""};
const RuleSource kL26ManagedServices{"L26", "Managed services resources (Partner Center REST, current page)", "https://learn.microsoft.com/en-us/partner-center/developer/managed-service-resources", ""};
const RuleSource kSecFoetronGdap{"SEC", "Foetron: request a granular admin relationship (GDAP) with a customer", "https://cloud.foetron.com/support/solutions/articles/14000143346-request-a-granular-admin-relationship-gdap-with-a-customer-", ""};

constexpr std::uint8_t kCn = kEraVianet21;
constexpr std::uint8_t kGlobal = kEraGlobalDap | kEraGlobalGdap;
constexpr std::uint8_t kGdap = kEraGlobalGdap;
// GDAP and transfer rules also apply in a 21Vianet scenario that sets gdap_in_21vianet (R-INF-8).
constexpr std::uint8_t kGdapOption = kEraGlobalGdap | kEraVianet21Gdap;
constexpr std::uint8_t kGlobalOption = kGlobal | kEraVianet21Gdap;
// In the dated eras: GDAP's first day. No stored document dates GDAP's launch; the oldest stored GDAP page is of
// 2023-02-01 (global-2023/gdap-least-privileged-roles-by-task.md, ms.date 2/01/2023), the date the GDAP era starts from.
constexpr RuleValidity kSinceGdap{0, "2023-02-01", "", "", DateBasis::Inferred, "",
                                  "inferred: the oldest stored GDAP page (gdap-least-privileged-roles-by-task.md, ms.date 2023-02-01)"};
// Since the first document of its cloud(s) (`from` ""): `documents` names those documents and their dates.
constexpr RuleValidity since_first(std::uint8_t clouds, std::string_view documents, DateBasis basis = DateBasis::Documented) {
  return {clouds, "", "", "", basis, "", documents};
}
// Transfers between partners: no stored document dates their start; the oldest stored transfer page is of 2020-04-10
// (api/create-a-transfer.md, ms.date 4/10/2020). Clouds derived from the eras, as the GDAP rules (R-INF-8).
constexpr RuleValidity kSinceTransfers{0, "2020-04-10", "", "", DateBasis::Inferred, "",
                                       "inferred: the oldest stored transfer page (SDK create-a-transfer.md, ms.date 2020-04-10)"};
// The GDAP rules facts.md §8.2 versions (helper "versions"): in force from GDAP's first day until their new version.
constexpr RuleValidity kUntilAutoExtend{0, "2023-02-01", "2023-10-30", "R-GDAP-22", DateBasis::Inferred, "",
                                        "from: the oldest stored GDAP page (2023-02-01) [INFERENCE]; until: R-GDAP-22 (ANN23 october-2023: \"Starting October 30, 2023\")"};
constexpr RuleValidity kUntilGaRemovable{0, "2023-02-01", "2024-04-01", "R-GDAP-25", DateBasis::Inferred, "",
                                         "from: the oldest stored GDAP page (2023-02-01) [INFERENCE]; until: R-GDAP-25 (scenario option, ~2024-04 from CIPP issue #2315)"};
constexpr RuleValidity kUntilDapRemovalDropped{0, "2023-02-01", "2023-10-24", "R-GDAP-27", DateBasis::Inferred, "",
                                               "from: the oldest stored GDAP page (2023-02-01) [INFERENCE]; until: R-GDAP-27 (after the newest stored copy of the approval page, 2023-10-23) [INFERENCE]"};
// Refusals worded by a 21Vianet rule, decided elsewhere by the global eras' rule for the same refusal.
constexpr EraFallbacks kElsewhere(std::string_view global) { return {{}, global, global}; }

const Rule kRules[] = {
    // Reseller relationships
    {"R-REL-1", "Reseller relationships", "A partner gets a reseller relationship with an existing customer only when a Global admin of that customer accepts the partner's invitation link.", &kGlobalRequest, kAllEras, false, {}, since_first(kBothClouds, "21Vianet: CN-RR (2016 doc set); global: G21 request-a-relationship (ms.date 2020-06-17)")},
    {"R-REL-2", "Reseller relationships", "The reseller-relationship invitation link belongs to the partner, holds no customer data, and can be reused for any number of customers.", &kCnRequest, kAllEras, false, {}, since_first(kBothClouds, "21Vianet: CN-RR (2016 doc set); global: G21 request-a-relationship (ms.date 2020-06-17)")},
    {"R-REL-3", "Reseller relationships", "When the invitation is accepted, the customer joins the partner's customer list (relationshipToPartner = reseller) and the partner can provision and manage CSP subscriptions for it.", &kCnRequest, kAllEras, false, {}, since_first(kBothClouds, "21Vianet: CN-RR (2016 doc set); global: G21 request-a-relationship (ms.date 2020-06-17)")},
    {"R-REL-4", "Reseller relationships", "Creating a new customer in Partner Center forms a reseller relationship between that partner and the customer automatically.", &kGlobalRequest, kAllEras, false, {}, since_first(kBothClouds, "21Vianet: CN-ADD (2016 doc set); global: G21 request-a-relationship (ms.date 2020-06-17)")},
    {"R-REL-5", "Reseller relationships", "A customer may have reseller relationships with several partners at once; accepting a new one never removes the existing ones.", &kCnMultipartner, kAllEras, false, {}, since_first(kBothClouds, "21Vianet: CN-MP (2016 doc set); global: G21 multipartner (ms.date 2020-11-29)")},
    {"R-REL-6", "Reseller relationships", "A partner may have a reseller relationship only with customers in its own country, region or market.", &kGlobalRequest, kGlobal, false, {}, since_first(kCloudGlobal, "G21 request-a-relationship (ms.date 2020-06-17)")},
    {"R-REL-8", "Reseller relationships", "Global invitations can be sent with or without DAP (2019 on); from October 2023 reseller invitations carry no DAP at all.", &kGlobalRequest, kGlobal, false, {}, {0, "", "2023-10-09", "R-DAP-10", DateBasis::Conflict, "", "ends when R-DAP-10 begins (scenario option R-DAP-10: G23 gdap-faq 2023-10-09, July 2023 announcement 2023-09-25)"}},
    {"R-REL-7", "Reseller relationships", "In 21Vianet the customer accepts in the admin center of Office 365 operated by 21Vianet and sees all its partners on the Partner Relationships page.", &kCnRequest, kCn, false, kElsewhere("R-REL-1"), since_first(kCloudChina, "CN-RR (2016 doc set)")},
    // Multi-partner and partner of record
    {"R-MP-1", "Multi-partner and partner of record", "Adding a partner to a customer that already works with others does not change any existing subscription (quantity, offer, status, dates).", &kCnMultipartner, kAllEras, false, {}, since_first(kBothClouds, "21Vianet: CN-MP (2016 doc set); global: G21 multipartner (ms.date 2020-11-29)")},
    {"R-MP-2", "Multi-partner and partner of record", "Adding a partner does not move existing subscriptions, or ownership of the customer's account, to the new partner.", &kCnMultipartner, kAllEras, false, {}, since_first(kBothClouds, "21Vianet: CN-MP (2016 doc set); global: G21 multipartner (ms.date 2020-11-29)")},
    {"R-MP-3", "Multi-partner and partner of record", "Adding a partner does not change the terms of existing subscriptions or the customer's obligations under them.", &kCnMultipartner, kAllEras, false, {}, since_first(kBothClouds, "21Vianet: CN-MP (2016 doc set); global: G21 multipartner (ms.date 2020-11-29)")},
    {"R-MP-4", "Multi-partner and partner of record", "Adding a partner never changes the partner of record of an existing subscription.", &kCnMultipartner, kAllEras, false, {}, since_first(kBothClouds, "21Vianet: CN-MP (2016 doc set); global: G21 multipartner (ms.date 2020-11-29)")},
    {"R-MP-5", "Multi-partner and partner of record", "A partner with admin rights on a subscription another partner sold is not billed for it; billing stays with the original reseller.", &kCnRequest, kAllEras, false, {}, since_first(kBothClouds, "21Vianet: CN-RR (2016 doc set); global: G21 multipartner (ms.date 2020-11-29)")},
    {"R-MP-6", "Multi-partner and partner of record", "A partner that did not sell a subscription cannot remove its seats, order add-ons, transition or migrate it, or change its partner of record.", &kCnRequest, kAllEras, false, {}, since_first(kBothClouds, "21Vianet: CN-RR (2016 doc set); global: G21 multipartner (ms.date 2020-11-29)")},
    {"R-MP-8", "Multi-partner and partner of record", "A CSP partner's CSP-transacting tenant cannot be a customer of another CSP partner (nor of itself).", &kGlobalMultipartner, kAllEras, false, {}, since_first(kBothClouds, "global: G21 multipartner (ms.date 2020-11-29); 21Vianet: from its doc set (2016), as in the 21Vianet pack")},
    // Multi-channel
    {"R-MC-1", "Multi-channel", "Multi-channel applies when the customer already bought directly from 21Vianet, or from the partner while it was in the Advisor program.", &kCnMultichannel, kCn, false, {}, since_first(kCloudChina, "CN-MC (2016 doc set)")},
    {"R-MC-2", "Multi-channel", "In the multi-channel model a customer can have only one CSP-transacting partner with delegated admin privileges per service.", &kCnRequest, kCn, false, {}, since_first(kCloudChina, "CN-RR (2016 doc set)")},
    {"R-MC-3", "Multi-channel", "To support subscriptions bought through another channel, a partner needs a reseller relationship with DAP; the subscriptions stay with their original channel.", &kCnMultichannel, kCn, false, {}, since_first(kCloudChina, "CN-MC (2016 doc set)")},
    {"R-MC-4", "Multi-channel", "A partner cannot sell, or upgrade into, a subscription the customer already has (or services another subscription already includes) until the customer cancels the existing one.", &kCnUpgrade, kCn, false, kElsewhere("R-INF-2"), since_first(kCloudChina, "CN-UPG (2016 doc set)")},
    // DAP
    {"R-DAP-1", "Delegated admin privileges (DAP)", "Granting DAP gives the partner's Admin Agents the Global Administrator role, and its Helpdesk Agents the Helpdesk Administrator role, in the customer's tenant.", &kGlobalRevoke, kAllEras, false},
    {"R-DAP-2", "Delegated admin privileges (DAP)", "Admin agents and help desk agents may administer on behalf of the customer; sales agents may request relationships but cannot administer; only admin agents request DAP.", &kCnRoles, kAllEras, false},
    {"R-DAP-3", "Delegated admin privileges (DAP)", "The customer's Global admin can remove DAP from any or all partners at any time; the partner can also give it up.", &kCnRequest, kAllEras, false},
    {"R-DAP-4", "Delegated admin privileges (DAP)", "Removing DAP does not end the reseller relationship or the subscriptions; the partner stays responsible for support under its reseller agreement.", &kCnRequest, kAllEras, false},
    {"R-DAP-5", "Delegated admin privileges (DAP)", "Without DAP a partner cannot administer the customer's tenant, open support requests for it, or upgrade its subscriptions; it can still place orders.", &kCnUpgrade, kAllEras, false},
    {"R-DAP-6", "Delegated admin privileges (DAP)", "DAP gives no access to Azure subscriptions that existed before it; removing DAP does not remove Azure RBAC access.", &kGlobalRevoke, kAllEras, false},
    {"R-DAP-7", "Delegated admin privileges (DAP)", "DAP with no sign-in to the customer's tenant for more than 90 days is inactive and flagged for removal.", &kG23DapMonitor, kGlobal, false},
    {"R-DAP-8", "Delegated admin privileges (DAP)", "From November 2023 new customers get default GDAP instead of DAP, and invitations carry no DAP.", &kG23GdapFaq, kGdap, false, {}, {0, "2023-11-01", "", "", DateBasis::Documented, "", "G23 gdap-faq: production default from 2023-11-01"}},
    // GDAP
    {"R-GDAP-1", "GDAP: request and approval", "Only a partner user with the Admin agent role can create a GDAP relationship request.", &kG23GdapFaq, kGdapOption, false, {}, kSinceGdap},
    {"R-GDAP-2", "GDAP: request and approval", "A GDAP relationship lasts 1 to 730 days; its display name is unique among the partner's relationships and at most 50 characters.", &kGraphRelationship, kGdapOption, false, {}, kSinceGdap},
    {"R-GDAP-3", "GDAP: request and approval", "A GDAP relationship can be edited or deleted only while it is created (before it is locked for approval).", &kGraphUpdate, kGdapOption, false, {}, kSinceGdap},
    {"R-GDAP-4", "GDAP: request and approval", "Locking for approval is possible only from created and makes the relationship approvalPending; the customer's link carries the relationship's id.", &kGraphRequest, kGdapOption, false, {}, kSinceGdap},
    {"R-GDAP-5", "GDAP: request and approval", "Only the customer's Global admin approves a GDAP request (\"Approve all\"); the customer cannot reject it.", &kG23GdapApproval, kGdapOption, false, {}, kSinceGdap},
    {"R-GDAP-6", "GDAP: request and approval", "A GDAP request the customer does not act on expires after 90 days.", &kG23GdapFaq, kGdapOption, false, {}, kSinceGdap},
    {"R-GDAP-7", "GDAP: request and approval", "After approval the system moves the relationship approved, activating, active; it ends at activation plus its duration.", &kGraphRelationship, kGdapOption, false, {}, kSinceGdap},
    {"R-GDAP-8", "GDAP: request and approval", "Before approving GDAP the customer must remove that partner's DAP, so that DAP does not override GDAP.", &kG23GdapApproval, kGdapOption, false, {}, kUntilDapRemovalDropped},
    {"R-GDAP-9", "GDAP: request and approval", "A relationship an indirect provider creates for its reseller waits for the reseller to approve or reject it while approvalPending.", &kGraphResellerRelationship, kGdapOption, false, {}, kSinceGdap},
    {"R-GDAP-10", "GDAP: access", "An active relationship gives no one access until the partner assigns it to a security group of its own tenant and that assignment is active. The partner's Global admins, User management admins and Admin agents make assignments.", &kG23GdapObtain, kGdapOption, false, {}, kSinceGdap},
    {"R-GDAP-11", "GDAP: access", "An access assignment's roles must be among the roles the customer approved in that relationship.", &kG23GdapAssign, kGdapOption, false, {}, kSinceGdap},
    {"R-GDAP-12", "GDAP: access", "All roles of one relationship share its one end date; a customer may have several relationships with a partner, each with its own roles.", &kG23GdapFaq, kGdapOption, false, {}, kSinceGdap},
    {"R-GDAP-13", "GDAP: access", "For a user in a GDAP security group, GDAP decides even where the partner also has DAP; users only in Admin Agents fall back to DAP.", &kG23GdapFaq, kGdapOption, false, {}, kSinceGdap},
    {"R-GDAP-14", "GDAP: expiry and termination", "Auto-extend (180 days) is off by default and can be changed while the relationship is created or active.", &kGraphUpdate, kGdapOption, false, {}, kUntilAutoExtend},
    {"R-GDAP-15", "GDAP: expiry and termination", "At its end date a relationship with auto-extend moves its end 180 days forward and stays active; otherwise it goes expiring, then expired.", &kAutoExtend, kGdapOption, false, {}, kUntilAutoExtend},
    {"R-GDAP-16", "GDAP: expiry and termination", "A relationship with the Global Administrator role cannot auto-extend; that role can be removed only while the relationship is active.", &kAutoExtend, kGdapOption, false, {}, kUntilGaRemovable},
    {"R-GDAP-17", "GDAP: expiry and termination", "When auto-extend is off, partner and customer are notified 30, 7 and 1 day before the end date, and on it.", &kG23GdapExpiring, kGdapOption, false, {}, kSinceGdap},
    {"R-GDAP-18", "GDAP: expiry and termination", "Expired and terminated are final: the relationship cannot be restored, only replaced by a new request and approval.", &kAutoExtend, kGdapOption, false, {}, kSinceGdap},
    {"R-GDAP-19", "GDAP: expiry and termination", "Only an active relationship can be terminated, by the partner or by the customer; it goes terminationRequested, terminating, terminated and its groups lose access.", &kG23GdapTerminate, kGdapOption, false, {}, kSinceGdap},
    {"R-GDAP-20", "GDAP: expiry and termination", "Ending or expiring GDAP (or DAP) changes no subscription and does not end the reseller relationship; the partner can still transact.", &kG23GdapFaq, kGdapOption, false, {}, kSinceGdap},
    {"R-GDAP-21", "GDAP: request and approval", "An accepted GDAP relationship link cannot be used again, for another customer or at all (unlike the reseller link).", &kG23GdapFaq, kGdapOption, false, {}, kSinceGdap},
    // Transfers between partners
    {"R-XFER-1", "Transfers between partners", "The partner a subscription moves to needs a reseller relationship with the customer before it requests a transfer; to take Azure items it also needs its own Azure plan for the customer, and the customer's acceptance of the Microsoft Customer Agreement with it.", &kG21TransferAzure, kGlobalOption, false, {}, kSinceTransfers},
    {"R-XFER-2", "Transfers between partners", "The target partner creates the transfer and the source partner accepts or declines it; customers cannot start one.", &kSdkCreateTransfer, kGlobalOption, false, {}, kSinceTransfers},
    {"R-XFER-3", "Transfers between partners", "A transfer the source partner does not act on expires after 30 days; the target can cancel it only while it is pending.", &kG21TransferAzure, kGlobalOption, false, {}, kSinceTransfers},
    {"R-XFER-4", "Transfers between partners", "After a transfer, billing and support move to the new partner, but reservations do not move (the 2023 page moves those the transfer names), Azure RBAC is unchanged and the new partner gets no admin-on-behalf access.", &kG21TransferAzure, kGlobalOption, false, {}, kSinceTransfers},
    {"R-XFER-5", "Transfers between partners", "On acceptance the new purchases record the target as partner on record; a reseller MPN ID that is not an indirect reseller of the target fails (800016).", &kSdkTransferEntity, kGlobalOption, false, {}, kSinceTransfers},
    // Roles in Partner Center (CN-ROLES; facts.md numbers only R-DAP-2 from this page)
    {"R-ROLE-1", "Partner Center roles", "Admin agents and sales agents manage customers and subscriptions; help desk agents cannot manage subscriptions or create customers. A Global admin can do everything.", &kCnRoles, kAllEras, false, {}, since_first(kBothClouds, "21Vianet: CN-ROLES (2016 doc set); global: G21 create-user-accounts-and-set-permissions (ms.date 2020-10-12)")},
    {"R-ROLE-2", "Partner Center roles", "Admin agents and sales agents may request a reseller relationship with a customer; help desk agents may not.", &kCnRoles, kAllEras, false, {}, since_first(kBothClouds, "21Vianet: CN-ROLES (2016 doc set); global: G21 create-user-accounts-and-set-permissions (ms.date 2020-10-12)")},
    {"R-ROLE-3", "Partner Center roles", "Sales agents cannot create support requests; admin agents can.", &kCnRoles, kAllEras, false, {}, since_first(kBothClouds, "21Vianet: CN-ROLES (2016 doc set); global: G21 create-user-accounts-and-set-permissions (ms.date 2020-10-12)")},
    // Indirect providers and resellers
    {"R-IND-1", "Indirect providers and resellers", "A provider-reseller partnership exists only after the reseller's Global admin accepts the provider's partnership link; then each appears in the other's list.", &kGlobalIndirectReseller, kAllEras, false, {}, since_first(kBothClouds, "global: G21 indirect-reseller-tasks (ms.date 2021-01-27); 21Vianet: CN-MC's indirect partners (2016 doc set)")},
    {"R-IND-2", "Indirect providers and resellers", "A provider and its reseller must be in the same region.", &kG23SupportedRelationships, kGlobal, false, {}, since_first(kCloudGlobal, "G21 csp-supported-partner-relationships (ms.date 2020-05-12)")},
    {"R-IND-3", "Indirect providers and resellers", "A provider can create a customer for a reseller only if they are partners; only providers can name an associated reseller.", &kSdkIndirectCustomer, kAllEras, false, {}, since_first(kBothClouds, "global: SDK21 create-a-customer-for-an-indirect-reseller (ms.date 2021-04-01); 21Vianet: CN-MC's indirect partners (2016 doc set)")},
    {"R-IND-4", "Indirect providers and resellers", "A reseller's \"invite new customers\" link creates reseller relationships with both the reseller and its provider.", &kG23IndirectReseller, kGlobal, false, {}, since_first(kCloudGlobal, "G21 indirect-reseller-tasks (ms.date 2021-01-27)")},
    {"R-IND-5", "Indirect providers and resellers", "Resellers working under an indirect provider cannot issue their own invitations; they use the provider's. The provider owns the reseller relationship, but the customer may grant DAP to another reseller.", &kCnMultichannel, kCn, false, kElsewhere("R-DAP-3"), since_first(kCloudChina, "CN-MC (2016 doc set)")},
    {"R-IND-6", "Indirect providers and resellers", "A subscription's reseller of record is set by the provider (the Reseller MPN ID field) and shown as the subscription's partnerId; the provider can also name that reseller the subscription's designated support contact, who then handles the customer's support requests for it.", &kGlobalIndirectProvider, kAllEras, false, {}, since_first(kBothClouds, "global: G21 indirect-provider-tasks (ms.date 2021-03-23); 21Vianet: CN-MC's indirect partners (2016 doc set)")},
    {"R-IND-7", "Indirect providers and resellers", "Removing a provider-reseller partnership removes neither the reseller's customers nor any DAP already granted.", &kGlobalIndirectProvider, kAllEras, false, {}, since_first(kBothClouds, "global: G21 indirect-provider-tasks (ms.date 2021-03-23); 21Vianet: CN-MC's indirect partners (2016 doc set)")},
    {"R-IND-8", "Indirect providers and resellers", "Indirect resellers cannot create customer tenants or place orders themselves; their provider does.", &kGlobalIndirectReseller, kAllEras, false, {}, since_first(kBothClouds, "global: G21 indirect-reseller-tasks (ms.date 2021-01-27); 21Vianet: CN-MC's indirect partners (2016 doc set)")},
    // Removing a reseller relationship
    {"R-REM-1", "Removing a reseller relationship", "A partner cannot remove its reseller relationship with a customer while any of its subscriptions for that customer is active, or while it has an Azure reservation or software purchase for the customer that is not cancelled; it must suspend the subscriptions and cancel the reservations and software first.", &kGlobalRemove, kAllEras, false, {}, since_first(kBothClouds, "global: G21 remove-a-relationship (ms.date 2020-06-05); 21Vianet: as in the 21Vianet pack. From 2023-10-24 R-REM-5 adds the new-commerce condition; the active-subscription and reservation checks stay (no until)")},
    {"R-REM-2", "Removing a reseller relationship", "Removing the relationship takes the customer off the partner's list, takes the partner off the customer's list of available support contacts, removes the partner's DAP, and blocks future purchases for the customer.", &kGlobalRemove, kAllEras, false, {}, since_first(kBothClouds, "global: G21 remove-a-relationship (ms.date 2020-06-05); 21Vianet: as in the 21Vianet pack")},
    {"R-REM-3", "Removing a reseller relationship", "Only a Global admin of a direct-bill partner or indirect provider can remove a reseller relationship; removing one that does not exist fails (error 3000).", &kSdkRemoveRelationship, kAllEras, false, {}, since_first(kBothClouds, "global: SDK21 remove-a-reseller-relationship (ms.date 2018-01-12); 21Vianet: as in the 21Vianet pack. From 2023-10-24 R-REM-5 names today's roles; error 3000 and the partner types stay (no until)")},
    {"R-REM-4", "Removing a reseller relationship", "A removed relationship can be re-established only through a new invitation and acceptance: the customer accepts the partner's request again; an order or other request of the partner does not restore it.", &kSdkRemoveRelationship, kAllEras, false, {}, since_first(kBothClouds, "global: SDK21 remove-a-reseller-relationship (ms.date 2018-01-12); 21Vianet: as in the 21Vianet pack")},
    // Subscriptions
    {"R-SUB-1", "Subscriptions", "A suspended subscription blocks user sign-in but admins keep access; if it is not reactivated within 60 days, its data is deleted.", &kCnSuspend, kCn, false, kElsewhere("R-INF-2"), since_first(kCloudChina, "CN-SUSP (2016 doc set)")},
    {"R-SUB-2", "Subscriptions", "Customers cannot change their own CSP subscriptions; only the partner that sold them can.", &kCnSelfSupport, kCn, false, {{}, "R-DAP-4", "R-GDAP-20"}, since_first(kCloudChina, "CN-SELF (2016 doc set)")},
    {"R-SUB-3", "Subscriptions", "An upgrade needs an active subscription, DAP for that customer and service, and no overlapping subscription.", &kCnUpgrade, kCn, false, kElsewhere("R-DAP-5"), since_first(kCloudChina, "CN-UPG (2016 doc set)")},
    // The 21Vianet environment
    {"R-CN-1", "21Vianet environment", "Partner Center operated by 21Vianet is called at https://partner.partnercenterapi.microsoftonline.cn, not the global address (https://api.partnercenter.microsoft.com); each cloud answers only at its own.", &kSdkUrls, kAllEras, false, {}, since_first(kBothClouds, "SDK partner-center-rest-urls (ms.date 2017-12-15)")},
    {"R-CN-2", "21Vianet environment", "Azure subscriptions are not available in Partner Center operated by 21Vianet; its catalogue is the Office 365 family.", &kSdkNationalCloud, kCn, false, {}, since_first(kCloudChina, "SDK21 national-cloud page (ms.date 2019-06-11); CN-UPG's offer table (2016 doc set)")},
    {"R-CN-3", "21Vianet environment", "Microsoft Customer Agreement attestation does not apply in 21Vianet; the China CSP reseller agreement governs.", &kCnRequest, kCn, false, {}, since_first(kCloudChina, "CN-RR and CN-ENR (2016 doc set)")},
    {"R-CN-4", "21Vianet environment", "Partners cannot manage customer users' licenses through Partner Center in 21Vianet; customers do it in their admin center.", &kSdkNationalCloud, kCn, false, {}, since_first(kCloudChina, "SDK21 national-cloud page (ms.date 2019-06-11)")},
    {"R-CN-5", "21Vianet environment", "The 21Vianet reseller is the customer's point of contact and provides first-line support around the clock, escalating to 21Vianet only what it cannot resolve.", &kCnSupport, kCn, false, kElsewhere("R-DAP-5"), since_first(kCloudChina, "CN-SUP (2016 doc set)")},
    {"R-CN-9", "21Vianet environment", "From April 1, 2026 App+User calls to Partner Center operated by 21Vianet without an MFA claim are refused as R-MFA-2 refuses them globally, only where the scenario sets the option R-CN-9 on: the page lists 21Vianet under \"Applies to\" but no sentence says the enforcement covers it.", &kL26PartnerCenterAuth, 0, false, {}, {kCloudChina, "2026-04-01", "", "", DateBasis::Inferred, "R-CN-9", "L26 partner-center-authentication (Applies to: 21Vianet): \"Beginning April 1, 2026\"; that it covers 21Vianet is an [INFERENCE], hence the option (default off)"}},
    // Inferred: no source states these; they fill gaps the sources leave (facts.md §7).
    {"R-MP-7", "Inferred", "A partner can manage (add seats, suspend, cancel, reactivate, change terms) only subscriptions it sold; subscriptions from other partners or channels are read-only to it.", &kFacts, kAllEras, true, {}, since_first(kBothClouds, "inference (facts.md §5) from CN-RR and CN-SELF (2016 doc set) and G21 multipartner (ms.date 2020-11-29)", DateBasis::Inferred)},
    {"R-INF-1", "Inferred", "A request that names something that does not exist at that moment (a customer, subscription, invitation, partner) is refused, as Partner Center answers \"not found\".", &kFacts, kAllEras, true, {}, since_first(kBothClouds, "inference (facts.md §7): with the documented rules it completes, since the first document of each cloud", DateBasis::Inferred)},
    {"R-INF-2", "Inferred", "Only a subscription in the right state can change: quantities change and suspensions happen on active subscriptions, reactivation on suspended ones, and deleted data is gone for good.", &kFacts, kAllEras, true, {}, since_first(kBothClouds, "inference (facts.md §7): with the documented rules it completes, since the first document of each cloud", DateBasis::Inferred)},
    {"R-INF-3", "Inferred", "In the 21Vianet doc set a reseller-relationship request always carries DAP: there is no \"without DAP\" option.", &kFacts, kCn, true, {}, since_first(kCloudChina, "inference about the 21Vianet doc set (2016)", DateBasis::Inferred)},
    {"R-INF-4", "Inferred", "A customer that accepts an invitation without naming services gives DAP for each service it uses that no other CSP-transacting partner administers (R-MC-2 applied per service); a customer that uses no service yet gives it for every service the scenario offers that no other CSP-transacting partner administers (CN-RR: the request adds delegated admin privileges).", &kFacts, kCn, true, {}, since_first(kCloudChina, "inference about the 21Vianet doc set (2016)", DateBasis::Inferred)},
    {"R-INF-5", "Inferred", "A user acts only for its own tenant, and only with the roles it holds.", &kFacts, kAllEras, true, {}, since_first(kBothClouds, "inference (facts.md §7): with the documented rules it completes, since the first document of each cloud", DateBasis::Inferred)},
    {"R-INF-6", "Inferred", "Accepting again the invitation of a partner the customer already works with changes nothing when the partner already holds the DAP the invitation would give, or the invitation gives none; otherwise it adds the DAP the partner lacks (CN-RR: the request is how a partner gets DAP back), refused under R-MC-2 when another CSP partner administers the service.", &kFacts, kAllEras, true, {}, since_first(kBothClouds, "inference (facts.md §7): with the documented rules it completes, since the first document of each cloud", DateBasis::Inferred)},
    {"R-INF-8", "Inferred", "The 21Vianet doc set has no GDAP and no transfers between partners; whether Partner Center operated by 21Vianet has them today is unconfirmed, so a 21Vianet scenario refuses them unless it sets gdap_in_21vianet.", &kFacts, kCn, true, {}, since_first(kCloudChina, "inference about the 21Vianet doc set (2016)", DateBasis::Inferred)},
    {"R-INF-9", "Inferred", "A GDAP request left unanswered for 90 days ends expired (no source names the status).", &kFacts, kGdap, true, {}, kSinceGdap},
    {"R-INF-10", "Inferred", "A GDAP relationship its reseller rejects ends terminated (no source names the status).", &kFacts, kGdap, true, {}, kSinceGdap},
    {"R-INF-11", "Inferred", "Access assignments are created on active relationships only (the documented order of the steps).", &kFacts, kGdap, true, {}, kSinceGdap},
    {"R-INF-12", "Inferred", "A customer's user signs in to a service through an active subscription of the user's own customer. A cancelled or expired subscription lets no one in, administrators included, and neither does one whose data was deleted. In the global eras, whose pages do not say what a suspension does to sign-in, a suspended subscription is treated as the 21Vianet page describes it: users cannot sign in, administrators (any customer admin role) still can.", &kFacts, kAllEras, true, {}, since_first(kBothClouds, "inference (facts.md §7): with the documented rules it completes, since the first document of each cloud", DateBasis::Inferred)},
    {"R-INF-7", "Inferred", "Help desk agents may open support requests for a customer (the roles page lists it for neither side; help desk is their job).", &kFacts, kAllEras, true, {}, since_first(kBothClouds, "inference (facts.md §7): with the documented rules it completes, since the first document of each cloud", DateBasis::Inferred)},
    // ---- facts.md §8 (2023-2026), s8: in no legacy era (eras = 0); their validity says when and where they are in force.
    {"R-POR-1", "Partner of record validation (2025)", "From 2025 (June 2 or September 1: the sources disagree) a new order that names an indirect reseller as partner of record is validated: the reseller's PLA ID must be valid and belong to an authorized indirect reseller; otherwise the order is blocked.", &kQaSuspendedReseller, 0, false, {}, {kCloudGlobal, "", "", "", DateBasis::Conflict, "R-POR-1", "Microsoft Q&A 5792224: \"Beginning June 2, 2025\"; TD Synnex AU: \"Starting 1 September 2025\" (both secondary)"}},
    {"R-POR-2", "Partner of record validation (2025)", "From December 1, 2025 partner-of-record validation also applies to changes of existing subscriptions (seat changes, billing and term changes, transfers); the automatic renewal of a commit term is not validated.", &kL26Distributors, 0, false, {}, {kCloudGlobal, "2025-12-01", "", "", DateBasis::Documented, "", "L26 indirect-provider-tasks: \"Beginning December 1, 2025, Partner Center will enforce POR validation for changes to existing subscriptions\""}},
    {"R-POR-3", "Partner of record validation (2025)", "An admin agent can ask the validation API (POST /v1/partners/validateresellers, app-only or App+User) whether PLA IDs belong to authorized indirect resellers; an invalid one answers isValidPartnerIdOnRecord false with error 900400.", &kL26ValidatePor, 0, false, {}, {kCloudGlobal, "2025-06-19", "", "", DateBasis::Inferred, "", "the Date header of the validation page's sample response (2025-06-19) [INFERENCE]"}},
    {"R-POR-4", "Partner of record validation (2025)", "A reseller can be named partner of record only after it accepts the distributor's partnership request, which puts its PLA ID on the distributor's reseller list.", &kL26Distributors, 0, false, {}, {kCloudGlobal, "2025-06-02", "", "", DateBasis::Inferred, "", "undated current page; in force with partner-of-record validation (the earliest POR date, 2025-06-02) [INFERENCE]"}},
    {"R-AUTH-1", "Program authorization (2024-2026)", "From April 1, 2024 an indirect reseller needs at least USD 1,000 of CSP revenue over the last 12 months, checked yearly; one that falls short is deauthorized from partner-of-record assignment.", &kAnnResellerRevenue, 0, false, {}, {kCloudGlobal, "2024-04-01", "", "", DateBasis::Documented, "", "ANN23 october-2023: \"Beginning April 1, 2024, existing Cloud Solution Provider (CSP) indirect resellers must have a minimum of USD1000\""}},
    {"R-AUTH-2", "Program authorization (2024-2026)", "An indirect reseller's yearly reauthorization also requires the mandatory security items (MFA for all administrative users, a security contact); one that fails them is deauthorized from partner-of-record assignment like R-AUTH-1.", &kL26ResellerRequirement, 0, false, {}, {kCloudGlobal, "2024-04-01", "", "", DateBasis::Inferred, "", "the \"second eligibility requirement\" after the April 2024 one: dated with it [INFERENCE]"}},
    {"R-AUTH-3", "Program authorization (2024-2026)", "From FY26 (October 1, 2025) a direct-bill partner must meet the yearly authorization requirements; one that fails is Restricted, then Suspended, then Revoked, and a revoked partner can no longer transact.", &kCspRequirements, 0, false, {}, {kCloudGlobal, "2025-10-01", "", "", DateBasis::Unconfirmed, "", "SoftwareOne (secondary): \"effective October 1, 2025\"; the Restricted/Suspended/Revoked steps from a forum answer"}},
    {"R-AUTH-5", "Program authorization (2024-2026)", "A suspended (or revoked) partner can still manage its existing subscriptions, but resells no new licences (no new orders, add-ons or added seats) until it is in good standing again.", &kL26SuspendedAccount, 0, false, {}, {kCloudGlobal, "2024-04-01", "", "", DateBasis::Inferred, "", "undated current page; dated with the authorization requirements it enforces (2024-04-01) [INFERENCE]"}},
    {"R-AUTH-6", "Program authorization (2024-2026)", "When an indirect reseller is suspended, all its GDAP relationships across customers are revoked (it loses admin access through them), and orders naming it as partner of record are blocked.", &kQaSuspendedReseller, 0, false, {}, {kCloudGlobal, "2025-06-02", "", "", DateBasis::Unconfirmed, "", "Microsoft Q&A 5792224 (secondary), the answer that dates POR validation from 2025-06-02"}},
    {"R-AUTH-7", "Program authorization (2024-2026)", "Indirect resellers get no Partner Center API access: they work in the Partner Center portal or through their distributor.", &kL26ApiGetStarted, 0, false, {}, {kBothClouds, "", "", "", DateBasis::Documented, "", "undated current page (L26 get-started, Applies to includes 21Vianet); older reports say the same (facts.md §6 item 6): since the first document"}},
    {"R-MFA-1", "Multifactor authentication (2025-2026)", "From late summer 2025 (August 30 or September 8: the sources disagree) every page of the Partner Center portal requires multifactor authentication: a partner user whose sign-in has no MFA claim is blocked.", &kSecPortalMfa, 0, false, {}, {kCloudGlobal, "", "", "", DateBasis::Conflict, "R-MFA-1", "The Winning CSP: \"August 30, 2025\" (target); CloudCockpit: \"September 8, 2025\" (rollout start); both secondary"}},
    {"R-MFA-2", "Multifactor authentication (2025-2026)", "From April 1, 2026 an App+User call to the Partner Center API without an MFA claim is refused (HTTP 401, error 900421); app-only calls are not affected.", &kL26PartnerCenterAuth, 0, false, {}, {kCloudGlobal, "2026-04-01", "", "", DateBasis::Documented, "", "L26 partner-center-authentication: \"Beginning April 1, 2026 all App+User usage of Partner Center APIs will enforce the usage of MFA.\""}},
    {"R-MFA-3", "Multifactor authentication (2025-2026)", "API MFA enforcement was rolled out progressively (full production from June 8, 2026), so until it reaches an endpoint an App+User call without an MFA claim may still succeed there (the call says whether it has).", &kSecMfaRollout, 0, false, {}, {kCloudGlobal, "2026-04-01", "2026-06-08", "", DateBasis::Unconfirmed, "", "tagydes.com (secondary): \"On June 8, 2026, Microsoft implemented progressive enforcement\" (full production from then) [UNCONFIRMED]"}},
    {"R-SUB-4", "New commerce (current pages)", "A new-commerce licence subscription can be cancelled, with a prorated refund, only within 7 days (168 hours) of its purchase or renewal; after that it runs to the end of its term.", &kL26NceCancellation, 0, false, {}, {kCloudGlobal, "2023-07-27", "", "", DateBasis::Inferred, "", "in force by the date of the oldest stored copy of the cancellation policy (G23, 2023-07-27) [INFERENCE]"}},
    {"R-SUB-5", "New commerce (current pages)", "A new-commerce subscription's seats can be reduced only within 7 days (168 hours) of its purchase, renewal or the last addition of seats.", &kQaSeatReduction, 0, false, {}, {kCloudGlobal, "2023-07-27", "", "", DateBasis::Unconfirmed, "", "Microsoft Q&A (2026-04-21, secondary); dated with the new-commerce cancellation policy (2023-07-27) [INFERENCE]"}},
    {"R-SUB-6", "New commerce (current pages)", "Suspending a new-commerce subscription does not stop billing: the partner keeps being billed for it.", &kL26RemoveRelationship, 0, false, {}, {kCloudGlobal, "2023-07-27", "", "", DateBasis::Inferred, "", "undated current page; dated with the new-commerce cancellation policy (2023-07-27) [INFERENCE]"}},
    {"R-REM-5", "New commerce (current pages)", "Today a reseller relationship is removed by an admin agent or sales agent of a direct-bill partner or distributor, once its legacy subscriptions are suspended and its new-commerce subscriptions cancelled (a suspended new-commerce subscription still blocks it).", &kL26RemoveRelationship, 0, false, {}, {kCloudGlobal, "2023-10-24", "", "", DateBasis::Inferred, "", "after the newest stored global snapshot (2023-10-23), whose remove-a-relationship page still says Global admin [INFERENCE]"}},
    {"R-PEC-1", "Partner earned credit", "Only direct-bill partners and indirect providers earn partner earned credit on an Azure plan, and only while they (or, for a provider, its reseller of record) have admin-on-behalf-of access or an Azure RBAC role on it.", &kL26PecTroubleshoot, 0, false, {}, {kCloudGlobal, "2022-07-18", "", "", DateBasis::Inferred, "", "undated current page; in force by the oldest stored PEC page (G23 partner-earned-credit-faq.md, ms.date 2022-07-18) [INFERENCE]"}},
    {"R-PEC-2", "Partner earned credit", "When the customer removes the partner's admin-on-behalf-of access and Azure RBAC role, billing stays with the partner but partner earned credit stops.", &kL26PecFaq, 0, false, {}, {kCloudGlobal, "2022-07-18", "", "", DateBasis::Inferred, "", "facts.md: \"by 2022-07-18 (page date)\", the stored G23 partner-earned-credit-faq.md; unchanged in the current FAQ"}},
    {"R-XFER-6", "Transfers (current pages)", "Today only an admin agent creates a transfer; the reseller of record (partnerOnRecord) is named when, and only when, the target is a distributor, and from December 1, 2025 it is validated (R-POR-2).", &kL26CreateTransfer, 0, false, {}, {kCloudGlobal, "2023-10-24", "", "", DateBasis::Inferred, "", "after the newest stored global snapshot (2023-10-23), whose create-a-transfer page still lists three roles [INFERENCE]"}},
    {"R-XFER-7", "Transfers (current pages)", "Transfers run between direct-bill partners and distributors; an indirect reseller is never a transfer's source or target and goes through its distributor.", &kSecCloudBlueTransfers, 0, false, {}, {kCloudGlobal, "2023-10-24", "", "", DateBasis::Unconfirmed, "", "undated secondary page (CloudBlue); dated after the newest stored global snapshot (2023-10-23) [INFERENCE]"}},
    {"R-XFER-8", "Transfers (current pages)", "A transfer moves at most 25 items; the source partner is billed up to the transfer date and the target from the next day.", &kSecCloudCockpitTransfers, 0, false, {}, {kCloudGlobal, "2023-10-24", "", "", DateBasis::Unconfirmed, "", "undated secondary page (CloudCockpit); dated after the newest stored global snapshot (2023-10-23) [INFERENCE]"}},
    {"R-GDAP-26", "GDAP today (2023-2026)", "From about April 2026 a customer user with the Customer Delegated Admin Relationship Administrator role may approve and terminate GDAP relationships like a Global admin; the role is customer-side only and cannot be requested by a partner.", &kCippRelationshipAdmin, 0, false, {}, {kCloudGlobal, "2026-04-01", "", "", DateBasis::Unconfirmed, "R-GDAP-26", "CIPP PR #5813 (2026-04-08): \"early April\" 2026; not in the January 2026 Entra reference"}},
    {"R-GDAP-29", "GDAP today (2023-2026)", "A GDAP request does not need a reseller relationship: the partner can administer such a customer once GDAP is active, but cannot transact for it.", &kSecFoetronGdap, 0, false, {}, {kCloudGlobal, "2023-02-01", "", "", DateBasis::Unconfirmed, "", "undated secondary page (Foetron); in force with GDAP (the oldest stored GDAP page, 2023-02-01) [INFERENCE]"}},
    // ---- facts.md §8 versions of older rules (helper "versions"): each replaces the rule that names it in replaced_by.
    // GDAP lifecycle rules are in both clouds: 21Vianet has them only where the scenario simulates GDAP (R-INF-8).
    {"R-GDAP-22", "GDAP today (2023-2026)", "From October 30, 2023 auto-extend (180 days) can be turned on for a new or existing relationship while it is created or active, and at its end date it moves the end 180 days forward; before that date auto-extend stays off (PT0S) and every relationship expires at its end date.", &kAnn23October, 0, false, {}, {kBothClouds, "2023-10-30", "", "", DateBasis::Announced, "", "ANN23 october-2023: \"Starting October 30, 2023, partners will be able to auto extend new or existing GDAPs by 6 months.\""}},
    {"R-GDAP-25", "GDAP today (2023-2026)", "From about April 2024 the partner can remove the Global Administrator role from an active relationship (the only change of roles after approval); without it the relationship may auto-extend, while a relationship that keeps Global Administrator still cannot.", &kGraphUpdate, 0, false, {}, {kBothClouds, "2024-04-01", "", "", DateBasis::Unconfirmed, "R-GDAP-25", "CIPP issue #2315 (2024-04-11): \"Microsoft have recently added the capability to remove Global Admin\" (~2024-04, community source)"}},
    {"R-GDAP-27", "GDAP today (2023-2026)", "Once DAP is gone, the customer approves GDAP without first removing the partner's DAP: the newer approval page drops that precondition; a DAP that is still there does not block approval, and GDAP decides for users in GDAP security groups (R-GDAP-13).", &kL26GdapApproval, 0, false, {}, {kBothClouds, "2023-10-24", "", "", DateBasis::Inferred, "", "undated newer page; after the newest stored copy that still lists the precondition (G23, 2023-10-23) [INFERENCE]"}},
    // 21Vianet today (facts.md §8.6): what the current pages say, and what mpsim assumes from them.
    {"R-CN-7", "21Vianet today", "The REST page for removing a reseller relationship now lists Partner Center operated by 21Vianet: a 21Vianet partner removes a relationship (relationshipToPartner none) with the same preconditions as elsewhere (R-REM-1..4).", &kL26RemoveRelationshipApi, 0, false, {}, {kCloudChina, "2023-07-29", "", "", DateBasis::Inferred, "", "undated current page; the G23 copy of 2023-07-28 has no \"Applies to\" line: in force after it [INFERENCE]"}},
    {"R-CN-8", "21Vianet today", "From 2024 a 21Vianet scenario has GDAP unless it sets the scenario option off: the managed-services resource, which applies to 21Vianet, now counts services managed through GDAP; no page says GDAP exists there.", &kL26ManagedServices, 0, true, {}, {kCloudChina, "2024-01-01", "", "", DateBasis::Inferred, "R-CN-8", "undated current page (the SDK23 copy of 2022-06-13 said DAP only); \"a 2024+ 21Vianet era\" (facts.md §8.6) [INFERENCE]"}},
    {"R-DAP-10", "DAP to GDAP (2023)", "From October 9, 2023 (September 25 in the July 2023 announcement) reseller relationships come without DAP: a new invitation cannot carry DAP, and accepting an older invitation that carries DAP creates the reseller relationship without granting DAP.", &kG23GdapFaq, 0, false, {}, {kCloudGlobal, "2023-10-09", "", "", DateBasis::Conflict, "R-DAP-10", "G23 gdap-faq: \"Starting October 9, 2023, DAP will no longer be available with reseller relationships.\"; ANN23 july-2023: \"Starting September 25, 2023\""}},
};

}  // namespace

std::span<const Rule> rule_catalogue() { return kRules; }

const Rule* find_rule(std::string_view id) {
  // Every explanation of every step looks its rule up: a binary search over the ids, sorted once.
  static const std::vector<const Rule*> by_id = [] {
    std::vector<const Rule*> rules;
    for (const Rule& r : kRules) rules.push_back(&r);
    std::sort(rules.begin(), rules.end(), [](const Rule* a, const Rule* b) { return a->id < b->id; });
    return rules;
  }();
  const auto it = std::lower_bound(by_id.begin(), by_id.end(), id, [](const Rule* r, std::string_view key) { return r->id < key; });
  return it != by_id.end() && (*it)->id == id ? *it : nullptr;
}

bool rule_in_scenario(const Rule& rule, Era era, bool gdap_in_21vianet) {
  return rule_in_era(rule, era) || (era == Era::Vianet21 && gdap_in_21vianet && (rule.eras & kEraVianet21Gdap) != 0);
}

std::string_view deciding_rule(const Rule& rule, Era era, bool gdap_in_21vianet) {
  if (rule_in_scenario(rule, era, gdap_in_21vianet)) return rule.id;
  const std::string_view fallback = era == Era::Vianet21 ? rule.outside_eras.vianet21 : era == Era::GlobalDap ? rule.outside_eras.global_dap : rule.outside_eras.global_gdap;
  return fallback.empty() ? rule.id : fallback;
}

bool gdap_in_force(const Metadata& m) {
  if (dated_era(m.era)) {
    const Rule* gdap = find_rule("R-GDAP-1");  // the GDAP rules share their clouds; R-GDAP-1 is the first step
    return gdap && rule_in_scenario(*gdap, m);
  }
  return m.era == Era::GlobalGdap || (m.era == Era::Vianet21 && m.gdap_in_21vianet);
}

bool rule_in_era(const Rule& rule, Era era) {
  if (dated_era(era)) return false;  // the dated eras have no mask: rule_in_force
  const std::uint8_t bit = era == Era::Vianet21 ? kEraVianet21 : era == Era::GlobalDap ? kEraGlobalDap : kEraGlobalGdap;
  return (rule.eras & bit) != 0;
}

// ---- rules in force by date

bool dated_era(Era era) { return era == Era::GlobalToday || era == Era::Vianet21Today; }

Cloud era_cloud(Era era) { return era == Era::Vianet21 || era == Era::Vianet21Today ? Cloud::China : Cloud::Global; }

std::uint8_t rule_clouds(const Rule& rule) {
  if (rule.valid.clouds != 0) return rule.valid.clouds;
  std::uint8_t clouds = 0;
  if (rule.eras & (kEraVianet21 | kEraVianet21Gdap)) clouds |= kCloudChina;
  if (rule.eras & (kEraGlobalDap | kEraGlobalGdap)) clouds |= kCloudGlobal;
  return clouds;
}

std::string check_rules_day(std::string_view day) {
  const std::optional<Timestamp> t = day.size() == 10 ? parse_timestamp(std::string(day) + "T00:00:00Z") : std::nullopt;
  if (!t || format_date(*t) != day)
    return "\"" + std::string(day.substr(0, 40)) + "\" is not a date; write it as YYYY-MM-DD, e.g. \"2024-01-15\".";
  if (day < kFirstRulesDay || day > kLastRulesDay)
    return "no rule mpsim knows is dated " + std::string(day) + ": the documents it models cover " + std::string(kFirstRulesDay) + " to " +
           std::string(kLastRulesDay) + "; choose a date in that range.";
  return {};
}

namespace {
constexpr std::string_view kDapToInvitations[] = {"2023-10-09", "2023-09-25"};
constexpr std::string_view kPorValidation[] = {"2025-06-02", "2025-09-01"};
constexpr std::string_view kPortalMfa[] = {"2025-08-30", "2025-09-08"};
constexpr std::string_view kOffOn[] = {"off", "on"};
constexpr std::string_view kGaRemovable[] = {"2024-04-01", "2024-04-11"};
constexpr std::string_view kOnOff[] = {"on", "off"};

const RuleOption kRuleOptions[] = {
    {"R-DAP-10", kDapToInvitations, "2023-10-09",
     "The first day reseller invitations carry no DAP: 2023-10-09 (G23 gdap-faq; September and October 2023 announcements) or 2023-09-25 "
     "(July 2023 announcement).",
     "经销商邀请不再附带 DAP 的第一天：2023-10-09（G23 GDAP 常见问题；2023 年 9 月和 10 月的公告）或 2023-09-25（2023 年 7 月的公告）。"},
    {"R-POR-1", kPorValidation, "2025-06-02",
     "The first day new orders that name an indirect reseller as partner of record are validated: 2025-06-02 (Microsoft Q&A answer) or "
     "2025-09-01 (TD Synnex AU); both secondary.",
     "对将间接经销商指定为记录合作伙伴的新订单开始验证的第一天：2025-06-02（Microsoft 问答中的回答）或 2025-09-01（TD Synnex 澳大利亚）；两者均为二手资料。"},
    {"R-MFA-1", kPortalMfa, "2025-08-30",
     "The first day the Partner Center portal requires MFA on every page: 2025-08-30 (target date, The Winning CSP) or 2025-09-08 "
     "(rollout start, CloudCockpit); both secondary.",
     "合作伙伴中心门户的每个页面都要求 MFA 的第一天：2025-08-30（目标日期，The Winning CSP）或 2025-09-08（开始推出，CloudCockpit）；两者均为二手资料。"},
    {"R-GDAP-26", kOnOff, "on",
     "Whether the customer-side Customer Delegated Admin Relationship Administrator approves and terminates GDAP from 2026-04-01 (community sources only: CIPP PR #5813; off: it does not).",
     "客户端的“客户委派管理员关系管理员”是否自 2026-04-01 起批准和终止 GDAP（仅有社区资料：CIPP PR #5813；off：不批准也不终止）。"},
    {"R-GDAP-25", kGaRemovable, "2024-04-01",
     "The first day the partner can remove Global Administrator from an active GDAP relationship: 2024-04-01 (\"~2024-04\", facts.md) or "
     "2024-04-11 (the CIPP issue reporting it as recently added); community sources only.",
     "合作伙伴可以从活动的 GDAP 关系中删除全局管理员的第一天：2024-04-01（facts.md 中的“约 2024-04”）或 2024-04-11（报告此功能为新近添加的 CIPP 问题）；仅有社区资料。"},
    {"R-CN-8", kOnOff, "on",
     "Whether a 21Vianet scenario from 2024 has GDAP without setting gdap_in_21vianet: the managed-services page, which applies to 21Vianet, "
     "now counts GDAP (evidence, not proof; off: only where the scenario sets gdap_in_21vianet).",
     "自 2024 年起，世纪互联场景是否在未设置 gdap_in_21vianet 时也具有 GDAP：适用于世纪互联的托管服务页面现在把 GDAP 计算在内（只是证据，不是证明；off：仅在场景设置 gdap_in_21vianet 时具有）。"},
    {"R-CN-9", kOffOn, "off",
     "Whether the 2026-04-01 MFA enforcement on App+User API calls also applies to Partner Center operated by 21Vianet: the page lists "
     "21Vianet under \"Applies to\" but no sentence says so (off: not applied).",
     "2026-04-01 起对应用+用户 API 调用强制执行 MFA 是否也适用于由世纪互联运营的合作伙伴中心：该页面的“适用于”列出了世纪互联，但没有句子这样说（off：不适用）。"},
};
}  // namespace

std::span<const RuleOption> rule_options() { return kRuleOptions; }

const RuleOption* find_rule_option(std::string_view id) {
  for (const RuleOption& o : kRuleOptions)
    if (o.id == id) return &o;
  return nullptr;
}

std::string_view option_choice(const Metadata& m, std::string_view id) {
  const RuleOption* o = find_rule_option(id);
  if (!o) return {};
  const auto it = m.rule_options.find(std::string(id));
  return it != m.rule_options.end() ? std::string_view(it->second) : o->default_choice;
}

std::optional<std::string_view> rule_from(const Rule& rule, const Metadata& m) {
  if (rule.valid.option.empty()) return rule.valid.from;
  const std::string_view choice = option_choice(m, rule.valid.option);
  if (choice == "off") return std::nullopt;
  if (choice == "on") return rule.valid.from;
  return choice;
}

// The rules gdap_in_21vianet adds to a 21Vianet scenario that are GDAP's (the transfer rules are the global eras' and
// also the DAP era's): those R-CN-8 adds from 2024.
static bool gdap_rule_of_21vianet_option(const Rule& rule) { return (rule.eras & kEraVianet21Gdap) != 0 && (rule.eras & kEraGlobalDap) == 0; }

std::string_view rule_until(const Rule& rule, const Metadata& m) {
  // A rule replaced by a version whose first day is a scenario option ends on the day that option chooses.
  if (const Rule* next = rule.valid.replaced_by.empty() ? nullptr : find_rule(rule.valid.replaced_by); next && !next->valid.option.empty())
    if (const std::optional<std::string_view> next_from = rule_from(*next, m); next_from && !next_from->empty()) return *next_from;
  return rule.valid.until;
}

std::vector<const Rule*> previous_versions(const Rule& rule) {
  std::vector<const Rule*> out;
  for (const Rule& r : kRules)
    if (r.valid.replaced_by == rule.id) out.push_back(&r);
  return out;
}

bool rule_in_scenario(const Rule& rule, const Metadata& m) {
  if (!dated_era(m.era)) return rule_in_scenario(rule, m.era, m.gdap_in_21vianet);
  if (era_cloud(m.era) == Cloud::Global) return (rule_clouds(rule) & kCloudGlobal) != 0;
  if ((rule_clouds(rule) & kCloudChina) == 0) return false;
  // GDAP and transfers in China: still the scenario's choice (R-INF-8), as in the 21Vianet era; GDAP also where R-CN-8
  // puts it (on that rule's days: rule_in_force).
  const bool china_by_option_only = rule.valid.clouds == 0 && (rule.eras & kEraVianet21) == 0;
  return !china_by_option_only || m.gdap_in_21vianet || (gdap_rule_of_21vianet_option(rule) && option_choice(m, "R-CN-8") == "on");
}

bool rule_in_force(const Rule& rule, const Metadata& m, std::string_view day) {
  if (!rule_in_scenario(rule, m)) return false;
  if (!dated_era(m.era)) return true;
  if (!m.rules_as_of.empty()) day = m.rules_as_of;
  // A GDAP rule in China that only R-CN-8 brings in is in force on R-CN-8's days.
  if (era_cloud(m.era) == Cloud::China && !m.gdap_in_21vianet && rule.valid.clouds == 0 && gdap_rule_of_21vianet_option(rule))
    if (const Rule* cn8 = find_rule("R-CN-8"); !cn8 || !rule_in_force(*cn8, m, day)) return false;
  const std::optional<std::string_view> from = rule_from(rule, m);
  const std::string_view until = rule_until(rule, m);
  return from && *from <= day && (until.empty() || day < until);
}

std::string_view deciding_rule(const Rule& rule, const Metadata& m, std::string_view day) {
  if (!dated_era(m.era)) return deciding_rule(rule, m.era, m.gdap_in_21vianet);
  if (rule_in_force(rule, m, day)) return rule.id;
  const EraFallbacks& f = rule.outside_eras;
  std::string_view fallback = f.global_gdap;
  if (era_cloud(m.era) == Cloud::China) fallback = f.vianet21;
  else if (const Rule* gdap = find_rule(f.global_gdap); !gdap || !rule_in_force(*gdap, m, day)) fallback = f.global_dap;
  return fallback.empty() ? rule.id : fallback;
}

Metadata dated_metadata(Metadata m, Cloud cloud, std::string_view day) {
  m.era = cloud == Cloud::China ? Era::Vianet21Today : Era::GlobalToday;
  m.cloud = cloud;
  m.rules_as_of = std::string(day);
  return m;
}

std::vector<const Rule*> rules_in_force(Cloud cloud, std::string_view day, bool gdap_in_21vianet) {
  Metadata m;
  m.gdap_in_21vianet = gdap_in_21vianet;
  m = dated_metadata(m, cloud, day);
  std::vector<const Rule*> out;
  for (const Rule& r : kRules)
    if (rule_in_force(r, m, day)) out.push_back(&r);
  return out;
}

namespace {
// facts.md §5 and §8 rules that no decision needs; each reason says why, or where the rule's content lives instead.
const UnmodelledRule kNotModelled[] = {
    {"R-MC-5", "No event switches a licence-based subscription to another partner in mid-term other than a transfer: move_subscription "
               "is refused in every era (R-MP-2: a new partner takes no subscription over), and the customer's way out (wait for the "
               "term's end, or cancel and buy anew) is ordinary cancel and order events."},
    {"R-CN-6", "Its content is a scenario member, not a decision: metadata.gdap_in_21vianet says whether GDAP and transfers exist in a "
               "21Vianet scenario, and a refusal without them cites R-INF-8."},
    {"R-GDAP-23", "A limit of the Partner Center web page (at most 25 relationships per bulk auto-extend toggle): the Graph call, "
                  "which the model's actions follow, changes one relationship at a time, and no action toggles several at once."},
    {"R-GDAP-24", "Its first half, the +180-day roll at the end date rather than when the flag is set, is R-GDAP-22's behaviour (shown by "
                  "global-today-gdap-auto-extend.json); its second half, whether expiry notices still arrive with auto-extend on, is a "
                  "[CONFLICT] about e-mails that no request's decision depends on."},
    {"R-GDAP-28", "The model never required an Entra ID P2 licence to request GDAP, so dropping that precondition changes no decision."},
    {"R-DAP-9", "Default GDAP at customer creation differs between sandbox and production and depends on the request's "
                "enableGDAPByDefault; the model has neither, and R-DAP-8 (from 2023-11-01) models the production default."},
    {"R-DAP-11", "The Microsoft-led transition creates GDAP relationships for partners: the model has no Microsoft actor that creates "
                 "relationships on a partner's behalf."},
    {"R-DAP-12", "The removal of remaining DAPs at the end of September 2023 and the bulk migration tool are Microsoft operations, not "
                 "requests a partner or customer makes; the model has no event for them."},
    {"R-AUTH-4", "No action changes a partner's type (direct bill to indirect reseller or back), so neither the 2020 \"no rollback\" rule "
                 "(G21 transition-direct-to-indirect) nor today's version of it (the tenant is reused once its direct-bill enrollment is "
                 "Restricted) can arise."},
};

std::string_view basis_mark(DateBasis basis) {
  switch (basis) {
    case DateBasis::Documented: return "";
    case DateBasis::Announced: return " (announced)";
    case DateBasis::Unconfirmed: return " [unconfirmed]";
    case DateBasis::Conflict: return " [conflict]";
    case DateBasis::Inferred: return " [inferred]";
  }
  return "";
}

// The Validity table's cells.
std::string clouds_text(const Rule& r) {
  if (r.valid.clouds == 0 && (r.eras & kEraVianet21Gdap) != 0 && (r.eras & kEraVianet21) == 0) return "global; 21Vianet with `gdap_in_21vianet`";
  switch (rule_clouds(r)) {
    case kCloudChina: return "21Vianet";
    case kCloudGlobal: return "global";
    case kBothClouds: return "21Vianet, global";
    default: return "none";
  }
}

std::string from_text(const Rule& r) {
  std::string from = r.valid.from.empty() ? std::string("first document") : std::string(r.valid.from);
  if (const RuleOption* o = r.valid.option.empty() ? nullptr : find_rule_option(r.valid.option)) {
    if (o->default_choice == "on" || o->default_choice == "off") {
      from += ", option " + std::string(o->id) + " (" + std::string(o->default_choice) + " by default)";
    } else {
      from.clear();
      for (const std::string_view choice : o->choices)
        from += (from.empty() ? "" : " or ") + std::string(choice) + (choice == o->default_choice ? " (default)" : "");
      from += ", option " + std::string(o->id);
    }
  }
  return from + std::string(basis_mark(r.valid.basis));
}
}  // namespace

std::span<const UnmodelledRule> rules_not_modelled() { return kNotModelled; }

std::string rules_markdown() {
  std::string out =
      "# Rule catalogue\n\n"
      "Generated from the engine's own table (`core/src/rules.cpp`) by `mpsim rules --markdown > docs/rules.md`;\n"
      "a test fails when this file is out of date. Rule IDs match `../shared/domain/facts.md`; `R-ROLE-*` rules come\n"
      "from the 21Vianet roles page, which facts.md numbers only as R-DAP-2; `R-INF-*` and R-MP-7 are inferences that\n"
      "no source states, kept in their own group.\n\n"
      "Eras: **21V** = Partner Center operated by 21Vianet (2016-2018 doc set), **DAP** = global, DAP optional\n"
      "(2019-2023), **GDAP** = global, GDAP (2023 on). **21V with GDAP**: the rule also applies in a 21Vianet scenario\n"
      "that sets `gdap_in_21vianet` (R-INF-8). **Outside its eras**: a refusal this rule words is shared by the other\n"
      "eras, where the rule named here decides it instead.\n\n"
      "Validity: each rule also has its clouds and the days it is in force (section [Validity](#validity)). The dated\n"
      "eras `global_today` and `21vianet_today` decide each event by the rules in force in the scenario's cloud on the\n"
      "event's date (or on `metadata.rules_as_of`); the three eras above are fixed packs that ignore the dates. A rule is\n"
      "in force from its first day (*first document*: since the oldest document of its cloud) until the day before its\n"
      "*until*, when the rule under *replaced by* takes over. How sure a first day is: a plain date is stated by a\n"
      "Microsoft page, *(announced)* was announced in advance, *[unconfirmed]* rests on secondary sources only,\n"
      "*[conflict]* means the sources disagree (a [rule option](#rule-options) chooses), *[inferred]* means no source\n"
      "dates it. `mpsim rules --as-of DATE --cloud china|global` lists the rules in force on a day. Rules of the fact\n"
      "sheet that no decision needs are listed under [Not modelled](#not-modelled), with the reason.\n";
  std::string_view group;
  for (const Rule& r : kRules) {
    if (r.group != group) {
      group = r.group;
      out += "\n## " + std::string(group) + "\n\n| ID | Rule | Source | Eras | Outside its eras |\n| --- | --- | --- | --- | --- |\n";
    }
    std::string eras;
    if (r.eras & kEraVianet21) eras += "21V";
    if (r.eras & kEraGlobalDap) eras += eras.empty() ? "DAP" : ", DAP";
    if (r.eras & kEraGlobalGdap) eras += eras.empty() ? "GDAP" : ", GDAP";
    if (r.eras & kEraVianet21Gdap) eras += ", 21V with GDAP";
    const EraFallbacks& f = r.outside_eras;
    std::string elsewhere;
    const auto add = [&](std::string_view era, std::string_view rule) {
      if (!rule.empty()) elsewhere += (elsewhere.empty() ? "" : ", ") + std::string(era) + ": " + std::string(rule);
    };
    add("21V", f.vianet21);
    if (f.global_dap == f.global_gdap) add("DAP, GDAP", f.global_dap);
    else {
      add("DAP", f.global_dap);
      add("GDAP", f.global_gdap);
    }
    std::string source = r.source->url.empty() ? std::string(r.source->title)
                                               : "[" + std::string(r.source->title) + "](" + std::string(r.source->url) + ")";
    if (!r.source->file.empty() && !r.source->url.empty()) source += " (`" + std::string(r.source->file) + "`)";
    out += "| " + std::string(r.id) + " | " + std::string(r.statement) + (r.inferred ? " *(inferred)*" : "") + " | " + source +
           " | " + eras + " | " + elsewhere + " |\n";
  }
  out += "\n## Validity\n\nWhere and when each rule is in force in the dated eras, and where its dates come from.\n\n"
         "| ID | Cloud | From | Until | Replaced by | Source of the dates |\n| --- | --- | --- | --- | --- | --- |\n";
  for (const Rule& r : kRules)
    out += "| " + std::string(r.id) + " | " + clouds_text(r) + " | " + from_text(r) + " | " + std::string(r.valid.until) + " | " +
           std::string(r.valid.replaced_by) + " | " + std::string(r.valid.date_source) + " |\n";
  out += "\n## Rule options\n\nRules whose date (or existence) the documents disagree on or do not confirm: a scenario chooses in "
         "`metadata.rule_options` (dated eras only), otherwise the default applies, and explanations that use the choice say so.\n\n"
         "| Option | Choices | Default | Meaning |\n| --- | --- | --- | --- |\n";
  for (const RuleOption& o : kRuleOptions) {
    std::string choices;
    for (const std::string_view c : o.choices) choices += (choices.empty() ? "" : ", ") + std::string(c);
    out += "| " + std::string(o.id) + " | " + choices + " | " + std::string(o.default_choice) + " | " + std::string(o.meaning) + " |\n";
  }
  out += "\n## Not modelled\n\nRules of the fact sheet (facts.md §5 and §8) that are not in the catalogue, and why.\n\n| ID | Reason |\n| --- | --- |\n";
  for (const UnmodelledRule& u : kNotModelled) out += "| " + std::string(u.id) + " | " + std::string(u.reason) + " |\n";
  if (!rule_changes().empty()) {
    out += "\n## Change log\n\nDecisions mpsim now takes differently, each with the document that requires it and the bundled scenario "
           "that shows it.\n\n| Rules | Before | Now | Document | Shown by |\n| --- | --- | --- | --- | --- |\n";
    for (const RuleChange& c : rule_changes())
      out += "| " + std::string(c.rules) + " | " + std::string(c.before) + " | " + std::string(c.after) + " | " + std::string(c.document) +
             " | " + std::string(c.shown_by) + " |\n";
  }
  return out;
}

}  // namespace core
