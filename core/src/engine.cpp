// engine.cpp — the actions of the 21Vianet rule pack (and the era-independent ones), each a sequence of rule checks.
// A check that fails refuses the request naming the deciding rule and why; a request that passes every check is
// applied, naming the rules that allowed it and those that describe its effects.
#include "mpsim/engine.hpp"

#include <array>

#include "decider.hpp"

namespace core {
namespace {

// ------------------------------------------------------------------------------------------------------------------
// Action table

constexpr ParamSpec kInvitationParams[] = {
    {"invitation", ParamType::Id, false, "id for the partner's reseller link (default <partner>-link)", Names::NewId},
    {"include_dap", ParamType::Boolean, false, "request delegated admin privileges with the relationship (default true)"},
    {"customer", ParamType::Id, false, "a customer to tie the link to (refused: the link holds no customer data, R-REL-2)", Names::Customer},
    {"provider", ParamType::Id, false, "an indirect reseller's link: the provider that also gets the relationship (global, R-IND-4)", Names::Partner}};
constexpr ParamSpec kAcceptParams[] = {
    {"invitation", ParamType::Id, true, "the invitation link the customer follows", Names::Invitation},
    {"services", ParamType::IdList, false, "services the DAP covers (21Vianet: one CSP partner with DAP per service)", Names::Service},
    {"dap_partner", ParamType::Id, false, "an indirect reseller of the inviting provider that receives the DAP instead (R-IND-5)", Names::Partner},
    {"portal", ParamType::Text, false, "where the customer accepts: 21vianet_admin_center or microsoft_365_admin_center (default: the era's)"}};
constexpr ParamSpec kQuantityParams[] = {{"subscription", ParamType::Id, true, "the subscription", Names::Subscription},
                                         {"quantity", ParamType::Integer, true, "the new number of seats"}};
constexpr ParamSpec kSubscriptionParam[] = {{"subscription", ParamType::Id, true, "the subscription", Names::Subscription}};
constexpr ParamSpec kUpgradeParams[] = {{"subscription", ParamType::Id, true, "the subscription to upgrade", Names::Subscription},
                                        {"to", ParamType::Id, true, "the service to upgrade to", Names::Service}};
constexpr ParamSpec kOrderParams[] = {{"customer", ParamType::Id, true, "the customer", Names::Customer},
                                      {"service", ParamType::Id, true, "the offer", Names::Service},
                                      {"subscription", ParamType::Id, true, "id of the new subscription", Names::NewId},
                                      {"quantity", ParamType::Integer, false, "seats (default 1)"},
                                      {"reseller", ParamType::Id, false, "indirect reseller of record (providers only)", Names::Partner}};
constexpr ParamSpec kCustomerParam[] = {{"customer", ParamType::Id, true, "the customer", Names::Customer}};
constexpr ParamSpec kRemoveRelationshipParams[] = {{"customer", ParamType::Id, true, "the customer", Names::Customer},
                                                   {"partner", ParamType::Id, false, "whose relationship (default: the acting partner's own)", Names::Partner}};
constexpr ParamSpec kMoveParams[] = {{"subscription", ParamType::Id, true, "the subscription", Names::Subscription},
                                     {"partner", ParamType::Id, false, "the partner that would become partner of record (default: the acting partner)", Names::Partner}};
constexpr ParamSpec kTermsParams[] = {{"subscription", ParamType::Id, true, "the subscription", Names::Subscription},
                                      {"auto_renew", ParamType::Boolean, false, "renew automatically at the end of the term"},
                                      {"billing_cycle", ParamType::Text, false, "monthly, annual or none"}};
constexpr ParamSpec kAoboParams[] = {{"customer", ParamType::Id, true, "the customer", Names::Customer},
                                     {"service", ParamType::Id, false, "the service to administer (21Vianet DAP is per service)", Names::Service},
                                     {"needs_global_admin", ParamType::Boolean, false, "the task needs the Global Administrator role (e.g. managing users), not Helpdesk Administrator"},
                                     {"role", ParamType::Text, false, "the Entra role the task needs, e.g. user-administrator (GDAP; default: any admin role)"}};
constexpr ParamSpec kRemoveDapParams[] = {
    {"partner", ParamType::Id, false, "the partner whose DAP the customer removes (customer acting)", Names::Partner},
    {"customer", ParamType::Id, false, "the customer whose DAP the partner gives up (partner acting)", Names::Customer},
    {"services", ParamType::IdList, false, "remove DAP only for these services (default: all)", Names::Service}};
constexpr ParamSpec kCreateCustomerParams[] = {{"customer", ParamType::Id, true, "id of the new customer tenant", Names::NewId},
                                               {"name", ParamType::Text, false, "its name"},
                                               {"reseller", ParamType::Id, false, "the indirect reseller to associate (providers only)", Names::Partner},
                                               {"with_dap", ParamType::Boolean, false, "grant DAP at creation (refused from November 2023, R-DAP-8)"}};
constexpr ParamSpec kPartnershipInviteParams[] = {{"invitation", ParamType::Id, false, "id for the partnership link (default <provider>-partnership)", Names::NewId}};
constexpr ParamSpec kPartnershipAcceptParams[] = {{"invitation", ParamType::Id, true, "the provider's partnership link", Names::Invitation}};
constexpr ParamSpec kRemovePartnershipParams[] = {{"partner", ParamType::Id, true, "the other side of the partnership", Names::Partner},
                                                  {"remove_customers", ParamType::Boolean, false, "also take the reseller's customers away (refused, R-IND-7)"}};
constexpr ParamSpec kApiParams[] = {{"base_url", ParamType::Text, true, "the Partner Center API address called"}};
constexpr ParamSpec kClockParams[] = {{"days", ParamType::Integer, false, "days to move forward"},
                                      {"until", ParamType::Time, false, "move forward to this time"}};

constexpr ParamSpec kCreateGdapParams[] = {
    {"relationship", ParamType::Id, true, "id of the new GDAP relationship", Names::NewId},
    {"customer", ParamType::Id, true, "the customer whose tenant it covers", Names::Customer},
    {"display_name", ParamType::Text, true, "the name the customer sees (unique per partner, at most 50 characters)"},
    {"roles", ParamType::IdList, true, "built-in Entra roles requested (ids such as global-reader, or template IDs)", Names::EntraRole},
    {"duration_days", ParamType::Integer, false, "1 to 730 (default 730)"},
    {"auto_extend", ParamType::Boolean, false, "extend by 180 days at the end date (default false)"},
    {"reseller", ParamType::Id, false, "an indirect reseller the provider creates it for (resellerDelegatedAdminRelationship)", Names::Partner}};
constexpr ParamSpec kUpdateGdapParams[] = {
    {"relationship", ParamType::Id, true, "the GDAP relationship", Names::GdapRelationship},
    {"display_name", ParamType::Text, false, "a new display name (only while created)"},
    {"duration_days", ParamType::Integer, false, "a new duration (only while created)"},
    {"roles", ParamType::IdList, false, "the new role list (while created; while active only to remove Global Administrator)", Names::EntraRole},
    {"auto_extend", ParamType::Boolean, false, "turn auto-extend on or off (while created or active)"}};
constexpr ParamSpec kGdapParam[] = {{"relationship", ParamType::Id, true, "the GDAP relationship", Names::GdapRelationship}};
constexpr ParamSpec kAssignmentParams[] = {
    {"relationship", ParamType::Id, true, "the GDAP relationship", Names::GdapRelationship},
    {"assignment", ParamType::Id, true, "id of the new access assignment", Names::NewId},
    {"security_group", ParamType::Id, true, "a security group of the partner's tenant", Names::SecurityGroup},
    {"roles", ParamType::IdList, true, "roles for the group's members (among the relationship's)", Names::EntraRole}};
constexpr ParamSpec kActivateAssignmentParams[] = {{"relationship", ParamType::Id, true, "the GDAP relationship", Names::GdapRelationship},
                                                   {"assignment", ParamType::Id, true, "the access assignment", Names::AccessAssignment}};
constexpr ParamSpec kCreateTransferParams[] = {
    {"transfer", ParamType::Id, true, "id of the new transfer", Names::NewId},
    {"customer", ParamType::Id, true, "the customer", Names::Customer},
    {"source_partner", ParamType::Id, true, "the partner that sold the subscriptions", Names::Partner},
    {"subscriptions", ParamType::IdList, true, "the subscriptions to move", Names::Subscription}};
constexpr ParamSpec kTransferParam[] = {{"transfer", ParamType::Id, true, "the transfer", Names::Transfer}};
constexpr ParamSpec kAcceptTransferParams[] = {{"transfer", ParamType::Id, true, "the transfer", Names::Transfer},
                                               {"reseller", ParamType::Id, false, "the indirect reseller of record for the new purchases (target providers only)", Names::Partner}};
constexpr ParamSpec kDapPairParams[] = {{"partner", ParamType::Id, true, "the partner holding DAP", Names::Partner},
                                        {"customer", ParamType::Id, true, "the customer", Names::Customer}};

}  // namespace

namespace detail {

// The action table: each action's spec and its handler, in one row. The catalogue (action_catalogue, find_action,
// docs/actions.md) and the dispatch are derived from it; the order is the order of docs/actions.md.
struct ActionTable {
  static constexpr ActionRow rows[] = {
      {{"create_reseller_invitation", "Copy the reseller-relationship link", ActorKind::PartnerUser, kInvitationParams, true}, &Decider::create_reseller_invitation},
      {{"accept_reseller_invitation", "Accept a partner's reseller-relationship invitation", ActorKind::AnyUser, kAcceptParams, true}, &Decider::accept_reseller_invitation},
      {{"create_customer", "Add a new customer", ActorKind::PartnerUser, kCreateCustomerParams, false}, &Decider::create_customer},
      {{"order_subscription", "Buy a subscription for a customer", ActorKind::AnyUser, kOrderParams, false}, &Decider::order_subscription},
      {{"change_quantity", "Change the number of seats", ActorKind::AnyUser, kQuantityParams, false}, &Decider::change_quantity},
      {{"suspend_subscription", "Suspend a subscription", ActorKind::AnyUser, kSubscriptionParam, false}, &Decider::suspend_subscription},
      {{"reactivate_subscription", "Reactivate a suspended subscription", ActorKind::AnyUser, kSubscriptionParam, false}, &Decider::reactivate_subscription},
      {{"cancel_subscription", "Cancel a subscription", ActorKind::AnyUser, kSubscriptionParam, false}, &Decider::cancel_subscription},
      {{"upgrade_subscription", "Upgrade a subscription to another offer", ActorKind::AnyUser, kUpgradeParams, false}, &Decider::upgrade_subscription},
      {{"change_terms", "Change a subscription's renewal or billing terms", ActorKind::AnyUser, kTermsParams, false}, &Decider::change_terms},
      {{"move_subscription", "Move a subscription to another partner", ActorKind::AnyUser, kMoveParams, true}, &Decider::move_subscription},
      {{"change_partner_of_record", "Change a subscription's partner of record", ActorKind::AnyUser, kMoveParams, true}, &Decider::change_partner_of_record},
      {{"administer_on_behalf", "Administer the customer's services (AOBO)", ActorKind::PartnerUser, kAoboParams, false}, &Decider::administer_on_behalf},
      {{"open_support_request", "Open a support request for the customer", ActorKind::AnyUser, kCustomerParam, false}, &Decider::open_support_request},
      {{"remove_delegated_admin", "Remove delegated admin privileges", ActorKind::AnyUser, kRemoveDapParams, true}, &Decider::remove_delegated_admin},
      {{"remove_reseller_relationship", "Remove the reseller relationship", ActorKind::AnyUser, kRemoveRelationshipParams, true}, &Decider::remove_reseller_relationship},
      {{"invite_reseller_partnership", "Request a partnership with an indirect reseller", ActorKind::PartnerUser, kPartnershipInviteParams, true}, &Decider::invite_reseller_partnership},
      {{"accept_partnership_invitation", "Authorize an indirect provider", ActorKind::PartnerUser, kPartnershipAcceptParams, true}, &Decider::accept_partnership_invitation},
      {{"remove_partnership", "Remove a provider-reseller partnership", ActorKind::PartnerUser, kRemovePartnershipParams, true}, &Decider::remove_partnership},
      {{"assign_licenses", "Assign licenses to the customer's users", ActorKind::AnyUser, kCustomerParam, false}, &Decider::assign_licenses},
      {{"confirm_customer_agreement", "Attest the customer's acceptance of the Microsoft Customer Agreement", ActorKind::PartnerUser, kCustomerParam, false}, &Decider::confirm_customer_agreement},
      {{"call_partner_center_api", "Call the Partner Center API", ActorKind::PartnerUser, kApiParams, false}, &Decider::call_partner_center_api},
      {{.name = "advance_clock", .label = "Let time pass", .actor = ActorKind::System, .params = kClockParams, .multi_partner = false, .moves_clock = true}, &Decider::advance_clock},
      {{"delete_subscription_data", "Delete a suspended subscription's data", ActorKind::System, kSubscriptionParam, false}, &Decider::delete_subscription_data},
      {{"flag_inactive_dap", "Flag DAP unused for 90 days", ActorKind::System, kDapPairParams, false}, &Decider::flag_inactive_dap},
      {{"create_gdap_relationship", "Create a GDAP relationship request", ActorKind::PartnerUser, kCreateGdapParams, true}, &Decider::create_gdap_relationship},
      {{"update_gdap_relationship", "Edit a GDAP relationship", ActorKind::PartnerUser, kUpdateGdapParams, true}, &Decider::update_gdap_relationship},
      {{"delete_gdap_relationship", "Delete a GDAP relationship request", ActorKind::PartnerUser, kGdapParam, true}, &Decider::delete_gdap_relationship},
      {{"lock_gdap_for_approval", "Finalize a GDAP request and send the approval link", ActorKind::PartnerUser, kGdapParam, true}, &Decider::lock_gdap_for_approval},
      {{"approve_gdap_relationship", "Approve a GDAP relationship", ActorKind::AnyUser, kGdapParam, true}, &Decider::approve_gdap_relationship},
      {{"reject_gdap_relationship", "Reject a GDAP relationship", ActorKind::AnyUser, kGdapParam, true}, &Decider::reject_gdap_relationship},
      {{"terminate_gdap_relationship", "Terminate a GDAP relationship", ActorKind::AnyUser, kGdapParam, true}, &Decider::terminate_gdap_relationship},
      {{"create_access_assignment", "Assign a GDAP relationship to a security group", ActorKind::PartnerUser, kAssignmentParams, true}, &Decider::create_access_assignment},
      {{"advance_gdap_status", "Provision or deprovision a GDAP relationship", ActorKind::System, kGdapParam, true}, &Decider::advance_gdap_status},
      {{"activate_access_assignment", "Activate a GDAP access assignment", ActorKind::System, kActivateAssignmentParams, true}, &Decider::activate_access_assignment},
      {{"expire_gdap_request", "Expire an unanswered GDAP request", ActorKind::System, kGdapParam, true}, &Decider::expire_gdap_request},
      {{"gdap_end_reached", "Extend or expire a GDAP relationship at its end date", ActorKind::System, kGdapParam, true}, &Decider::gdap_end_reached},
      {{"send_gdap_expiry_notice", "Send a GDAP expiry notice", ActorKind::System, kGdapParam, false}, &Decider::send_gdap_expiry_notice},
      {{"create_transfer", "Request a transfer of subscriptions", ActorKind::AnyUser, kCreateTransferParams, true}, &Decider::create_transfer},
      {{.name = "accept_transfer", .label = "Accept a transfer", .actor = ActorKind::PartnerUser, .params = kAcceptTransferParams, .multi_partner = false, .moves_partner_of_record = true}, &Decider::accept_transfer},
      {{"reject_transfer", "Decline a transfer", ActorKind::PartnerUser, kTransferParam, true}, &Decider::reject_transfer},
      {{"cancel_transfer", "Cancel a transfer request", ActorKind::PartnerUser, kTransferParam, true}, &Decider::cancel_transfer},
      {{"expire_transfer", "Expire an unanswered transfer", ActorKind::System, kTransferParam, true}, &Decider::expire_transfer},
  };
};

namespace {

constexpr std::size_t kActionCount = std::size(ActionTable::rows);

constexpr std::array<ActionSpec, kActionCount> kCatalogue = [] {
  std::array<ActionSpec, kActionCount> specs{};
  for (std::size_t i = 0; i < kActionCount; ++i) specs[i] = ActionTable::rows[i].spec;
  return specs;
}();

// Checked when the engine is compiled: a row without a handler, or two rows with one name, does not build.
static_assert([] {
  for (const ActionRow& row : ActionTable::rows)
    if (row.handle == nullptr) return false;
  return true;
}(), "every action of the table has a handler");
static_assert([] {
  for (std::size_t i = 0; i < kActionCount; ++i)
    for (std::size_t j = i + 1; j < kActionCount; ++j)
      if (ActionTable::rows[i].spec.name == ActionTable::rows[j].spec.name) return false;
  return true;
}(), "action names are unique");

}  // namespace

void Decider::run(const ActionSpec& action) {
  if (action.actor == ActorKind::System && !system_)
    return (void)refuse("R-INF-5", "\"" + std::string(action.name) + "\" happens by itself as time passes; no user can ask for it.");
  if (action.actor != ActorKind::System && system_)
    return (void)refuse("R-INF-5", "the system clock cannot ask for \"" + std::string(action.name) + "\"; a user must.");
  const std::size_t row = static_cast<std::size_t>(&action - kCatalogue.data());
  assert(row < kActionCount);
  (this->*ActionTable::rows[row].handle)();
}

void Decider::move_subscription() { move_or_change_partner_of_record(false); }
void Decider::change_partner_of_record() { move_or_change_partner_of_record(true); }

// ---- reseller relationships ----------------------------------------------------------------------------------------

void Decider::create_reseller_invitation() {
  if (!require_partner_user()) return;
  std::string provider;  // a global reseller's link names the provider that also gets the relationship (R-IND-4)
  if (!cn() && partner_->type == PartnerType::IndirectReseller) {
    provider = text("provider");
    if (provider.empty())
      for (const Partnership& p : each(w_.partnerships, Key::Reseller, partner_->id))
        if (p.reseller == partner_->id) provider = p.provider;
    if (provider.empty() || !partnership(provider, partner_->id)) {
      refuse("R-IND-4", partner_->name + " is an indirect reseller; its \"invite new customers\" link also gives the customer to one of its providers, and " +
                            (provider.empty() ? std::string("it has none.") : partner_name(provider) + " is not one of them."));
      return;
    }
  }
  if (cn() && partner_->type == PartnerType::IndirectReseller) {
    std::vector<std::string> providers;
    for (const Partnership& p : each(w_.partnerships, Key::Reseller, partner_->id))
      if (p.reseller == partner_->id) providers.push_back(partner_name(p.provider));
    refuse("R-IND-5", partner_->name + " is an indirect reseller: it cannot issue its own invitation and forwards its provider's" +
                          (providers.empty() ? std::string(".") : " (" + join(providers, " or ") + ")."));
    return;
  }
  if (!partner_role(PartnerRole::AdminAgent) && !partner_role(PartnerRole::SalesAgent)) {
    refuse("R-ROLE-2", who() + " holds " + roles_text() + "; only admin agents, sales agents and global admins request a reseller relationship.");
    return;
  }
  if (const std::string c = text("customer"); !c.empty()) {
    refuse("R-REL-2", "the reseller-relationship link holds no customer information: " + partner_->name + " sends the same link to " + c + " as to any other customer.");
    return;
  }
  const bool with_dap = flag("include_dap").value_or(!gdap_era());
  if (cn() && !with_dap) {
    refuse("R-INF-3", "the 21Vianet request always adds delegated admin privileges; there is no option to leave them out.");
    return;
  }
  if (gdap_era() && with_dap) {
    refuse("R-REL-8", "since October 2023 reseller invitations carry no DAP; " + partner_->name + " asks for admin access with a GDAP request (R-GDAP-1).");
    if (gdap_era()) because_refused("R-DAP-8", "new customers and invitations get GDAP, not DAP.");
    return;
  }
  for (const Invitation& inv : each(w_.invitations, Key::Partner, partner_->id))
    if (inv.partner == partner_->id && inv.kind == InvitationKind::ResellerRelationship && inv.include_dap == with_dap) {
      because("R-REL-2", partner_->name + " already has its link (" + inv.id + "); it is the same link for every customer, so nothing new is created.");
      return;
    }
  std::string id = text("invitation");
  if (id.empty()) id = partner_->id + "-link";
  if (ix_.by_id(w_.invitations, id)) {
    refuse("R-INF-1", "an invitation with the id \"" + id + "\" already exists.");
    return;
  }
  because("R-ROLE-2", who() + " holds " + roles_text() + ", which may request a reseller relationship.");
  because("R-REL-2", "the link " + id + " belongs to " + partner_->name + ", holds no customer data and can be sent to any number of customers.");
  if (cn()) because("R-INF-3", "in 21Vianet the request carries delegated admin privileges.");
  else because("R-REL-8", std::string("the link asks for a reseller relationship ") + (with_dap ? "with" : "without") + " delegated admin privileges" +
                             (gdap_era() ? " (since October 2023 invitations carry no DAP)." : "."));
  if (!provider.empty()) because("R-IND-4", "customers who accept it get reseller relationships with " + partner_->name + " and with its provider " + partner_name(provider) + ".");
  append(w_.invitations.size(), Invitation{id, InvitationKind::ResellerRelationship, partner_->id, with_dap, {}, provider, {}});
}

void Decider::accept_reseller_invitation() {
  if (!require_customer_user("R-MP-8", possessive(partner_ ? partner_->name : std::string("this partner")) +
                                           " tenant is a CSP partner's transacting tenant, which cannot be a customer of a CSP partner.")) return;
  if (!customer_global_admin()) {
    refuse("R-REL-1", who() + " holds " + roles_text() + "; only a Global admin of " + customer_->name + " can accept a reseller relationship.");
    return;
  }
  const std::string inv_id = text("invitation");
  const Invitation* inv = ix_.by_id(w_.invitations, inv_id);
  if (!inv || inv->kind != InvitationKind::ResellerRelationship) {
    refuse("R-INF-1", "there is no reseller-relationship invitation \"" + inv_id + "\".");
    return;
  }
  const Partner* inviter = ix_.by_id(w_.partners, inv->partner);
  if (!inviter) {
    refuse("R-INF-1", "the partner that issued " + inv_id + " no longer exists.");
    return;
  }
  const std::string portal = text("portal");
  const std::string_view expected_portal = cn() ? "21vianet_admin_center" : "microsoft_365_admin_center";
  if (!portal.empty() && portal != expected_portal) {
    refuse("R-REL-7", cn() ? "in 21Vianet the invitation is accepted in the admin center of Office 365 operated by 21Vianet, not in the global Microsoft 365 admin center."
                           : "global customers accept in the Microsoft 365 admin center.");
    return;
  }
  if (relationship(inviter->id, customer_->id)) {
    because("R-INF-6", customer_->name + " already works with " + inviter->name + "; accepting again changes nothing.");
    return;
  }
  if (!cn() && inviter->region != customer_->region) {
    refuse("R-REL-6", inviter->name + " is in " + inviter->region + " and " + customer_->name + " in " + customer_->region +
                          "; a partner has reseller relationships only with customers in its own country, region or market.");
    return;
  }
  // Who receives DAP: the inviting partner, or (R-IND-5) a reseller of the inviting provider.
  const Partner* dap_partner = inviter;
  if (const std::string other = text("dap_partner"); !other.empty()) {
    dap_partner = ix_.by_id(w_.partners, other);
    if (!dap_partner) {
      refuse("R-INF-1", "there is no partner \"" + other + "\".");
      return;
    }
    if (inviter->type != PartnerType::IndirectProvider || !partnership(inviter->id, other)) {
      refuse("R-IND-5", "DAP can go to another partner only when the invitation is an indirect provider's and that partner is one of its resellers; " +
                            dap_partner->name + " is not a reseller of " + inviter->name + ".");
      return;
    }
  }
  // Which services the DAP covers (21Vianet: per service, one CSP-transacting partner each, R-MC-2).
  const bool with_dap = (inv->include_dap || cn()) && !gdap_era();
  std::vector<std::string> services = list("services");
  const bool named = !services.empty();
  for (const std::string& s : services)
    if (!service_by_id(s)) {
      refuse("R-INF-1", "there is no service \"" + s + "\".");
      return;
    }
  const auto holder = [&](std::string_view service) -> const DelegatedAdminGrant* {
    for (const DelegatedAdminGrant& g : each(w_.delegated_admin, Key::Customer, customer_->id))
      if (g.customer == customer_->id && g.partner != dap_partner->id && dap_covers(g, service)) return &g;
    return nullptr;
  };
  if (with_dap && cn()) {
    if (named) {
      for (const std::string& s : services)
        if (const DelegatedAdminGrant* g = holder(s)) {
          refuse("R-MC-2", partner_name(g->partner) + " already has delegated admin privileges for " + service_name(s) + " at " + customer_->name +
                               "; a customer can have only one CSP partner with DAP per service. The customer can remove that DAP first (R-DAP-3).");
          return;
        }
    } else {
      std::vector<std::string> used;
      for (const Subscription& s : each(w_.subscriptions, Key::Customer, customer_->id))
        if (s.customer == customer_->id && s.status != SubscriptionStatus::Deleted && !has(used, s.service)) used.push_back(s.service);
      std::sort(used.begin(), used.end());
      for (const std::string& s : used)
        if (!holder(s)) services.push_back(s);
    }
  }
  because("R-REL-1", who() + " is a Global admin of " + customer_->name + " and accepted " + possessive(inviter->name) + " invitation.");
  if (cn()) because("R-REL-7", customer_->name + " accepted in the admin center of Office 365 operated by 21Vianet, where its Partner Relationships page now lists " + inviter->name + ".");
  because("R-REL-3", customer_->name + " joins " + possessive(inviter->name) + " customer list as a reseller customer.");
  if (!cn()) because("R-REL-6", inviter->name + " and " + customer_->name + " are both in " + customer_->region + ".");
  if (!cn()) because("R-REL-8", std::string("the invitation ") + (inv->include_dap ? "includes" : "does not include") + " delegated admin privileges.");
  because("R-MP-8", customer_->name + " is a customer tenant, not a CSP partner's transacting tenant, so it can be a CSP customer.");
  if (cn()) because("R-CN-3", "the relationship falls under the China CSP reseller agreement; no Microsoft Customer Agreement attestation is involved.");
  if (inviter->type == PartnerType::IndirectProvider && cn())
    because("R-IND-5", inviter->name + " (the indirect provider) owns the reseller relationship" +
                           (dap_partner != inviter ? "; " + dap_partner->name + ", its reseller, receives the delegated admin privileges." : "."));
  std::vector<std::string> others;
  for (const ResellerRelationship& r : each(w_.reseller_relationships, Key::Customer, customer_->id))
    if (r.customer == customer_->id) others.push_back(partner_name(r.partner));
  if (!others.empty()) because("R-REL-5", customer_->name + " keeps its relationship with " + join(others) + ".");
  std::vector<std::string> existing;
  bool other_channel = false;
  for (const Subscription& s : each(w_.subscriptions, Key::Customer, customer_->id))
    if (s.customer == customer_->id) {
      existing.push_back(s.id);
      other_channel = other_channel || s.channel == Channel::Direct || s.channel == Channel::Advisor;
    }
  if (!existing.empty()) {
    const std::string subs = join(existing);
    because("R-MP-1", "the existing subscriptions (" + subs + ") keep their quantities, offers, status and dates.");
    because("R-MP-2", "none of them, nor the account, moves to " + inviter->name + ".");
    because("R-MP-3", "their terms and " + possessive(customer_->name) + " obligations under them do not change.");
    because("R-MP-4", "each keeps its partner of record.");
    if (other_channel && cn()) {
      because("R-MC-1", customer_->name + " bought some subscriptions directly from 21Vianet or through the Advisor program: the multi-channel model applies.");
      because("R-MC-3", inviter->name + " gets a reseller relationship with DAP to support them; they stay with their original channel.");
    }
  }
  append(w_.reseller_relationships.size(), ResellerRelationship{inviter->id, customer_->id, when_});
  if (!inv->provider.empty() && !relationship(inv->provider, customer_->id)) {
    because("R-IND-4", customer_->name + " accepted " + possessive(inviter->name) + " reseller link, so it also gets a reseller relationship with the provider " + partner_name(inv->provider) + ", which places the orders.");
    append(w_.reseller_relationships.size(), ResellerRelationship{inv->provider, customer_->id, when_});
  }
  Invitation updated = *inv;
  updated.accepted_by.push_back(customer_->id);
  replace(w_.invitations, inv, updated);
  if (with_dap && (!cn() || !services.empty())) {
    std::sort(services.begin(), services.end());
    std::vector<std::string> names;
    for (const std::string& s : services) names.push_back(service_name(s));
    if (cn() && !named) because("R-INF-4", "no services were named, so DAP covers those " + customer_->name + " uses that no other CSP partner administers: " + join(names) + ".");
    if (cn()) because("R-MC-2", dap_partner->name + " becomes the one CSP partner with DAP for " + join(names) + ".");
    because("R-DAP-1", possessive(dap_partner->name) + " Admin Agents get the Global Administrator role, and its Helpdesk Agents the Helpdesk Administrator role, in " + possessive(customer_->name) + " tenant" +
                           (cn() ? " for " + join(names) : std::string()) + ".");
    if (const DelegatedAdminGrant* g = dap(dap_partner->id, customer_->id)) {
      DelegatedAdminGrant merged = *g;
      for (const std::string& s : services)
        if (!has(merged.services, s)) merged.services.push_back(s);
      std::sort(merged.services.begin(), merged.services.end());
      replace(w_.delegated_admin, g, merged);
    } else {
      append(w_.delegated_admin.size(), DelegatedAdminGrant{dap_partner->id, customer_->id, cn() ? services : std::vector<std::string>{}, when_, {}, false});
    }
  } else if (with_dap && cn()) {
    because("R-MC-2", "every service " + customer_->name + " uses already has a CSP partner with DAP, so " + inviter->name + " gets the relationship without delegated admin privileges for now.");
  }
}

void Decider::create_customer() {
  if (!require_partner_user()) return;
  if (partner_->type == PartnerType::IndirectReseller) {
    refuse("R-IND-8", partner_->name + " is an indirect reseller; its provider creates customer tenants for it.");
    return;
  }
  if (!require_manager("create customers")) return;
  const std::string id = text("customer");
  if (ix_.by_id(w_.customers, id) || ix_.by_id(w_.partners, id)) {
    refuse("R-REL-4", "a tenant with the id \"" + id + "\" already exists: a customer that already has an account is not added again, it joins through a reseller-relationship invitation.");
    return;
  }
  const std::string reseller = text("reseller");
  if (!reseller.empty()) {
    const Partner* r = ix_.by_id(w_.partners, reseller);
    if (partner_->type != PartnerType::IndirectProvider || !r || !partnership(partner_->id, reseller)) {
      refuse("R-IND-3", "only an indirect provider can create a customer for a reseller, and only for one of its own resellers; " +
                            (r ? r->name : reseller) + " is not a reseller of " + partner_->name + ".");
      return;
    }
    because("R-IND-3", partner_->name + " creates the customer for its reseller " + r->name + ".");
  }
  Customer c;
  c.id = id;
  c.name = text("name").empty() ? id : text("name");
  c.region = partner_->region;
  c.users.push_back(User{"admin", "Administrator", "", {}, {CustomerRole::GlobalAdmin}});
  because("R-ROLE-1", who() + " holds " + roles_text() + ", which may create customers.");
  because("R-REL-4", "creating " + c.name + " forms a reseller relationship with " + partner_->name + ".");
  const bool with_dap = flag("with_dap").value_or(false);
  if (gdap_era() && with_dap) {
    refuse("R-DAP-8", "customers created since November 2023 get default GDAP instead of DAP; DAP can no longer be granted at creation.");
    return;
  }
  if (with_dap) {
    because("R-DAP-1", partner_->name + " gets delegated admin privileges in the new tenant: its Admin Agents are Global Administrators there.");
    append(w_.delegated_admin.size(), DelegatedAdminGrant{partner_->id, id, {}, when_, {}, false});
  }
  if (gdap_era()) {
    // Default GDAP (R-DAP-8): the roles the FAQ lists for new customers, active at once, with no security group yet.
    GdapRelationship g;
    g.id = id + "-default-gdap";
    g.partner = partner_->id;
    g.customer = id;
    g.display_name = ("Default_" + partner_->id + "_" + id).substr(0, 50);
    g.roles = {"directory-readers", "directory-writers", "helpdesk-administrator", "license-administrator", "privileged-authentication-administrator",
               "privileged-role-administrator", "service-support-administrator", "user-administrator"};
    g.status = GdapStatus::Active;
    g.created = g.activated = when_;
    g.end = when_ + 730 * kSecondsPerDay;
    if (ix_.by_id(w_.gdap_relationships, g.id)) {
      refuse("R-INF-1", "a GDAP relationship with the id \"" + g.id + "\" already exists.");
      return;
    }
    because("R-DAP-8", c.name + " gets default GDAP (" + g.id + ", 730 days) instead of DAP; " + partner_->name + " still assigns it to security groups (R-GDAP-10).");
    append(w_.gdap_relationships.size(), std::move(g));
  }
  append(w_.customers.size(), std::move(c));
  append(w_.reseller_relationships.size(), ResellerRelationship{partner_->id, id, when_});
  if (!reseller.empty()) append(w_.reseller_relationships.size(), ResellerRelationship{reseller, id, when_});
}

// ---- subscriptions -------------------------------------------------------------------------------------------------

void Decider::order_subscription() {
  if (customer_ && user_) {
    refuse("R-SUB-2", "customers do not buy CSP subscriptions themselves; their partner does.");
    return;
  }
  if (!require_partner_user()) return;
  if (partner_->type == PartnerType::IndirectReseller) {
    refuse("R-IND-8", partner_->name + " is an indirect reseller; its provider places the orders.");
    return;
  }
  if (!require_manager("manage subscriptions")) return;
  const Customer* customer = customer_param();
  if (!customer) return;
  const Service* service = service_by_id(text("service"));
  if (!service) {
    refuse("R-INF-1", "there is no service \"" + text("service") + "\".");
    return;
  }
  const std::string id = text("subscription");
  if (ix_.by_id(w_.subscriptions, id)) {
    refuse("R-INF-1", "a subscription with the id \"" + id + "\" already exists.");
    return;
  }
  if (!relationship(partner_->id, customer->id)) {
    refuse("R-REL-3", partner_->name + " has no reseller relationship with " + customer->name + ", so it cannot provision subscriptions for it.");
    return;
  }
  if (cn() && (service->kind == ServiceKind::Usage || service->family == "azure")) {
    refuse("R-CN-2", service->name + " is an Azure offer, and Azure subscriptions are not available in Partner Center operated by 21Vianet.");
    return;
  }
  if (cn())
    for (const Subscription& s : each(w_.subscriptions, Key::Customer, customer->id)) {
      if (s.customer != customer->id || (s.status != SubscriptionStatus::Active && s.status != SubscriptionStatus::Suspended)) continue;
      const Service* theirs = service_by_id(s.service);
      std::vector<std::string> overlap;
      if (theirs)
        for (const std::string& cap : service->includes)
          if (has(theirs->includes, cap)) overlap.push_back(cap);
      if (s.service == service->id || !overlap.empty()) {
        const std::string from = s.partner_of_record.empty() ? "through the " + std::string(to_name(s.channel)) + " channel" : "from " + partner_name(s.partner_of_record);
        refuse("R-MC-4", customer->name + " already has " + s.id + " (" + service_name(s.service) + ", bought " + from + ")" +
                             (s.service == service->id ? "" : ", which already includes " + join(overlap)) + "; it must cancel that one before buying this from " + partner_->name + ".");
        return;
      }
    }
  const std::string reseller = text("reseller");
  if (!reseller.empty()) {
    const Partner* r = ix_.by_id(w_.partners, reseller);
    if (partner_->type != PartnerType::IndirectProvider || !r || r->type != PartnerType::IndirectReseller || !partnership(partner_->id, reseller)) {
      refuse("R-IND-6", "only an indirect provider names a reseller of record, and only one of its own indirect resellers; " + (r ? r->name : reseller) + " is not.");
      return;
    }
    because("R-IND-6", partner_->name + " names " + r->name + " as the reseller of record (the subscription's partnerId).");
    because("R-IND-8", partner_->name + ", the indirect provider, places the order for its reseller.");
  }
  because("R-REL-3", partner_->name + " has a reseller relationship with " + customer->name + ", so it can provision subscriptions for it.");
  if (cn()) {
    because("R-CN-2", service->name + " is in the 21Vianet catalogue (the Office 365 family).");
    because("R-MC-4", customer->name + " has no other subscription that already provides " + service->name + ".");
  }
  if (!dap(partner_->id, customer->id)) because("R-DAP-5", partner_->name + " has no delegated admin privileges for " + customer->name + ", but it can still place orders.");
  Subscription s;
  s.id = id;
  s.customer = customer->id;
  s.service = service->id;
  s.channel = Channel::Csp;
  s.partner_of_record = partner_->id;
  s.reseller_of_record = reseller;
  s.quantity = std::max<std::int64_t>(1, integer("quantity").value_or(1));
  s.start = when_;
  s.end = when_ + 365 * kSecondsPerDay;
  append(w_.subscriptions.size(), std::move(s));
}

void Decider::change_quantity() {
  const Subscription* s = subscription_param();
  if (!s) return;
  const std::int64_t quantity = integer("quantity").value_or(s->quantity);
  if (!may_manage(*s, quantity < s->quantity, quantity < s->quantity ? "remove seats from" : "add seats to")) return;
  if (!require_status(*s, SubscriptionStatus::Active, "change quantity")) return;
  if (quantity < 1 || quantity > 10'000'000) {
    refuse("R-INF-2", "a subscription keeps between 1 and 10,000,000 seats; suspend or cancel it instead.");
    return;
  }
  because("R-ROLE-1", who() + " holds " + roles_text() + ", which may manage subscriptions.");
  because("R-SUB-2", partner_->name + " sold " + s->id + ", so it manages its seats.");
  if (quantity < s->quantity) because("R-MP-6", partner_->name + " is the original reseller of " + s->id + ", so it may remove seats.");
  Subscription updated = *s;
  updated.quantity = quantity;
  if (quantity != s->quantity) replace(w_.subscriptions, s, updated);
}

void Decider::suspend_subscription() {
  const Subscription* s = subscription_param();
  if (!s || !may_manage(*s, true, "suspend") || !require_status(*s, SubscriptionStatus::Active, "be suspended")) return;
  because("R-SUB-2", partner_->name + " sold " + s->id + ", so it may suspend it.");
  because("R-SUB-1", "users of " + s->id + " can no longer sign in, but admins keep access; unless it is reactivated by " +
                         format_date(when_ + kDataRetention) + " (60 days), its data is deleted.");
  Subscription updated = *s;
  updated.status = SubscriptionStatus::Suspended;
  updated.suspended_at = when_;
  replace(w_.subscriptions, s, updated);
}

void Decider::reactivate_subscription() {
  const Subscription* s = subscription_param();
  if (!s || !may_manage(*s, false, "reactivate") || !require_status(*s, SubscriptionStatus::Suspended, "be reactivated")) return;
  because("R-SUB-2", partner_->name + " sold " + s->id + ", so it may reactivate it.");
  because("R-SUB-1", s->id + " is reactivated within 60 days of its suspension, so its data is kept.");
  Subscription updated = *s;
  updated.status = SubscriptionStatus::Active;
  updated.suspended_at.reset();
  replace(w_.subscriptions, s, updated);
}

void Decider::cancel_subscription() {
  const Subscription* s = subscription_param();
  if (!s) return;
  if (customer_ && user_ && s->channel != Channel::Csp) {
    // Subscriptions bought directly are the customer's to cancel (with 21Vianet), e.g. before buying through a partner (R-MC-4).
    if (s->customer != customer_->id || !customer_global_admin()) {
      refuse("R-INF-5", who() + " cannot cancel another tenant's subscription, and only a Global admin cancels the tenant's subscriptions.");
      return;
    }
    because("R-MC-4", customer_->name + " cancels " + s->id + ", which it bought through the " + std::string(to_name(s->channel)) + " channel; a partner can now sell it that service.");
  } else {
    if (!may_manage(*s, true, "cancel")) return;
    because("R-SUB-2", partner_->name + " sold " + s->id + ", so it may cancel it.");
  }
  if (s->status == SubscriptionStatus::Deleted || s->status == SubscriptionStatus::Cancelled) {
    refuse("R-INF-2", s->id + " is already " + std::string(to_name(s->status)) + ".");
    return;
  }
  Subscription updated = *s;
  updated.status = SubscriptionStatus::Cancelled;
  updated.suspended_at.reset();
  replace(w_.subscriptions, s, updated);
}

void Decider::upgrade_subscription() {
  const Subscription* s = subscription_param();
  if (!s || !may_manage(*s, true, "upgrade")) return;
  const Service* from = service_by_id(s->service);
  const Service* to = service_by_id(text("to"));
  if (!to || !from || !has(from->upgrades_to, to->id)) {
    refuse("R-INF-1", "there is no upgrade path from " + service_name(s->service) + " to " + service_name(text("to")) + ".");
    return;
  }
  if (s->status != SubscriptionStatus::Active) {
    refuse("R-SUB-3", s->id + " is " + std::string(to_name(s->status)) + "; only an active subscription can be upgraded.");
    return;
  }
  const DelegatedAdminGrant* g = dap(partner_->id, s->customer);
  if (!g || !dap_covers(*g, s->service)) {
    refuse("R-SUB-3", partner_->name + " has no delegated admin privileges for " + service_name(s->service) + " at this customer, which an upgrade needs (R-DAP-5).");
    return;
  }
  for (const Subscription& other : each(w_.subscriptions, Key::Customer, s->customer))
    if (other.customer == s->customer && other.id != s->id && other.service == to->id &&
        (other.status == SubscriptionStatus::Active || other.status == SubscriptionStatus::Suspended)) {
      const std::string origin = other.partner_of_record.empty() ? "through the " + std::string(to_name(other.channel)) + " channel" : "from " + partner_name(other.partner_of_record);
      refuse("R-MC-4", "the customer already has " + to->name + " (" + other.id + ", " + origin + "); it must cancel it before upgrading into it.");
      return;
    }
  because("R-SUB-3", s->id + " is active, " + partner_->name + " holds DAP for " + service_name(s->service) + ", and the customer has no overlapping subscription.");
  Subscription updated = *s;
  updated.service = to->id;
  replace(w_.subscriptions, s, updated);
}

void Decider::change_terms() {
  const Subscription* s = subscription_param();
  if (!s) return;
  if (partner_ && user_ && s->partner_of_record != partner_->id && relationship(partner_->id, s->customer)) {
    refuse("R-MP-3", partner_->name + " joined " + s->customer + " as another partner; that changes neither the terms of " + s->id + " nor the customer's obligations under it.");
    return;
  }
  if (!may_manage(*s, false, "change the terms of") || !require_status(*s, SubscriptionStatus::Active, "change its terms")) return;
  Subscription updated = *s;
  if (const auto renew = flag("auto_renew")) updated.auto_renew = *renew;
  if (const std::string cycle = text("billing_cycle"); !cycle.empty()) {
    const auto parsed = from_name<BillingCycle>(cycle);
    if (!parsed) {
      refuse("R-INF-1", "\"" + cycle + "\" is not a billing cycle (monthly, annual or none).");
      return;
    }
    updated.billing_cycle = *parsed;
  }
  because("R-SUB-2", partner_->name + " sold " + s->id + ", so it may change its terms with the customer.");
  if (!(updated == *s)) replace(w_.subscriptions, s, updated);
}

void Decider::move_or_change_partner_of_record(bool partner_of_record_only) {
  const Subscription* s = subscription_param();
  if (!s) return;
  const std::string target = text("partner").empty() ? (partner_ ? partner_->id : std::string()) : text("partner");
  const std::string owner = s->partner_of_record.empty() ? "its original channel" : partner_name(s->partner_of_record);
  if (partner_of_record_only) {
    refuse("R-MP-4", "adding a partner never changes a subscription's partner of record; " + s->id + " stays with " + owner + ".");
    if (partner_ && partner_->id != s->partner_of_record)
      refuse("R-MP-6", partner_->name + " did not sell " + s->id + " and cannot change its partner of record.");
    return;
  }
  refuse("R-MP-2", "joining as a partner does not move existing subscriptions or the account: " + s->id + " stays with " + owner +
                       (cn() ? "; Partner Center operated by 21Vianet has no transfer between partners (the customer lets it expire or cancels it, and the new partner sells a new one)." : "."));
}

// ---- administration and support ------------------------------------------------------------------------------------

// Why a partner without DAP has no GDAP access either at `c` (GDAP era): the most specific state of its relationships.
bool Decider::refuse_without_gdap_access(const Customer& c) {
  const GdapRelationship* best = nullptr;
  for (const GdapRelationship& g : each(w_.gdap_relationships, Key::Customer, c.id))
    if (g.partner == partner_->id && g.customer == c.id && (!best || (g.status == GdapStatus::Active) > (best->status == GdapStatus::Active))) best = &g;
  if (!best) return false;
  switch (best->status) {
    case GdapStatus::Active:
      return refuse("R-GDAP-10", who() + " is in no security group with an active access assignment on " + best->id + "; an active relationship alone gives no one access.");
    case GdapStatus::Approved:
    case GdapStatus::Activating:
      return refuse("R-GDAP-7", best->id + " is " + std::string(to_name(best->status)) + "; it gives access once the system has made it active.");
    case GdapStatus::Expired:
    case GdapStatus::Terminated:
      return refuse(best->status == GdapStatus::Expired ? "R-GDAP-18" : "R-GDAP-19", best->id + " is " + std::string(to_name(best->status)) + "; its groups lost access, and a new request is needed.");
    default:
      return refuse("R-GDAP-5", best->id + " is " + std::string(to_name(best->status)) + "; it gives access only after the customer approves it.");
  }
}

void Decider::administer_on_behalf() {
  if (!require_partner_user()) return;
  if (gdap_available()) {
    const Customer* c = ix_.by_id(w_.customers, text("customer"));
    std::string role = text("role");
    if (!role.empty()) {
      const EntraRole* r = find_entra_role(role);
      if (!r) {
        refuse("R-INF-1", "\"" + role + "\" is not a built-in Microsoft Entra role.");
        return;
      }
      role = std::string(r->id);
    } else if (flag("needs_global_admin").value_or(false)) {
      role = std::string(kGlobalAdministratorRole);
    }
    if (c && gdap_access_decides(*c, role, "administer its services")) return;
  }
  if (!partner_role(PartnerRole::AdminAgent) && !partner_role(PartnerRole::HelpdeskAgent)) {
    refuse("R-DAP-2", who() + " holds " + roles_text() + "; only admin agents and help desk agents administer on behalf of customers" +
                          (has_role(PartnerRole::SalesAgent) ? " (sales agents may request relationships but not administer)." : "."));
    return;
  }
  const Customer* c = customer_param();
  if (!c) return;
  const std::string service = text("service");
  const Service* svc = service.empty() ? nullptr : service_by_id(service);
  if (!service.empty() && !svc) {
    refuse("R-INF-1", "there is no service \"" + service + "\".");
    return;
  }
  if (svc && (svc->kind == ServiceKind::Usage || svc->family == "azure")) {
    // Azure access comes from RBAC on subscriptions the partner provisioned, not from DAP (R-DAP-6).
    for (const Subscription& s : each(w_.subscriptions, Key::Customer, c->id))
      if (s.customer == c->id && s.service == svc->id && s.partner_of_record == partner_->id) {
        for (const Transfer& t : each(w_.transfers, Key::Customer, c->id))
          if (t.status == TransferStatus::Accepted && t.target_partner == partner_->id && has(t.subscriptions, s.id)) {
            refuse("R-XFER-4", s.id + " came to " + partner_->name + " by transfer " + t.id + ": Azure RBAC is unchanged and the new partner gets no admin-on-behalf access; the customer grants it.");
            return;
          }
        because("R-DAP-6", partner_->name + " provisioned " + s.id + ", so its Admin Agents are Owners of it; that RBAC access does not depend on DAP.");
        return;
      }
    refuse("R-DAP-6", "DAP gives no access to " + svc->name + " subscriptions that " + partner_->name + " did not provision; the customer must grant Azure access itself.");
    return;
  }
  // Which channels the customer bought this service through: 21Vianet's multi-channel covers direct and Advisor only.
  const Subscription* bought = nullptr;
  if (svc)
    for (const Subscription& s : each(w_.subscriptions, Key::Customer, c->id))
      if (s.customer == c->id && s.service == svc->id && s.status != SubscriptionStatus::Deleted) bought = &s;
  if (cn() && bought && (bought->channel == Channel::Ea || bought->channel == Channel::Open || bought->channel == Channel::Other)) {
    refuse("R-MC-1", c->name + " bought " + svc->name + " through the " + std::string(to_name(bought->channel)) +
                         " channel; in 21Vianet multi-channel support covers subscriptions bought directly from 21Vianet or through the Advisor program.");
    return;
  }
  const DelegatedAdminGrant* g = dap(partner_->id, c->id);
  if (cn() && (!g || (svc && !dap_covers(*g, svc->id))) && bought && (bought->channel == Channel::Direct || bought->channel == Channel::Advisor)) {
    refuse("R-MC-3", c->name + " bought " + svc->name + " " + (bought->channel == Channel::Direct ? "directly from 21Vianet" : "through the Advisor program") +
                         "; to support it " + partner_->name + " needs a reseller relationship with DAP for it, which it does not have.");
    return;
  }
  if (!g && gdap_available() && refuse_without_gdap_access(*c)) return;
  if (!g || (svc && !dap_covers(*g, svc->id))) {
    refuse("R-DAP-5", partner_->name + " has no delegated admin privileges " + (svc ? "for " + svc->name + " " : std::string()) + "at " + c->name +
                          ", so it cannot administer on its behalf" + (relationship(partner_->id, c->id) ? " (its reseller relationship alone does not allow it)." : "."));
    return;
  }
  const bool admin = partner_role(PartnerRole::AdminAgent);
  if (!admin && flag("needs_global_admin").value_or(false)) {
    refuse("R-DAP-1", who() + " acts through the Helpdesk Agents group, which holds Helpdesk Administrator in " + c->name +
                          "'s tenant; this task needs Global Administrator, which only Admin Agents get.");
    return;
  }
  because("R-DAP-2", who() + " holds " + roles_text() + ", which may administer on behalf of customers.");
  if (gdap_available()) because("R-GDAP-13", who() + " is in no GDAP security group at " + c->name + ", so DAP decides.");
  if (!cn()) {
    because("R-DAP-7", possessive(partner_->name) + " sign-in keeps its DAP at " + c->name + " active (DAP unused for 90 days is flagged).");
    DelegatedAdminGrant used = *g;
    used.last_used = when_;
    used.flagged_inactive = false;
    replace(w_.delegated_admin, g, used);
  }
  if (bought && bought->partner_of_record != partner_->id)
    because("R-MP-5", partner_->name + " administers " + svc->name + " but is not billed for " + bought->id + "; billing stays with " +
                          (bought->partner_of_record.empty() ? std::string("its original channel") : partner_name(bought->partner_of_record)) + ".");
  because("R-DAP-1", std::string("acting as ") + (admin ? "Global Administrator (Admin Agents)" : "Helpdesk Administrator (Helpdesk Agents)") + " in " + possessive(c->name) + " tenant" +
                         (g->services.empty() ? "." : " for " + join([&] { std::vector<std::string> n; for (const auto& s : g->services) n.push_back(service_name(s)); return n; }()) + "."));
}

void Decider::open_support_request() {
  if (customer_ && user_) {
    refuse("R-CN-5", (cn() ? std::string("in 21Vianet the partner is the customer's point of contact for support; ") : std::string("the customer's partner handles its support requests; ")) +
                         customer_->name + " asks its partner, which escalates to " + (cn() ? "21Vianet" : "Microsoft") + " if it must.");
    return;
  }
  if (!require_partner_user()) return;
  if (has_role(PartnerRole::SalesAgent) && !partner_role(PartnerRole::AdminAgent) && !partner_role(PartnerRole::HelpdeskAgent)) {
    refuse("R-ROLE-3", who() + " is a sales agent; sales agents cannot create support requests.");
    return;
  }
  if (!partner_role(PartnerRole::AdminAgent) && !partner_role(PartnerRole::HelpdeskAgent)) {
    refuse("R-ROLE-3", who() + " holds " + roles_text() + "; admin agents (and help desk agents, R-INF-7) create support requests.");
    return;
  }
  const Customer* c = customer_param();
  if (!c) return;
  if (gdap_available() && gdap_access_decides(*c, "service-support-administrator", "open support requests")) return;
  if (!dap(partner_->id, c->id)) {
    if (gdap_available() && refuse_without_gdap_access(*c)) return;
    refuse("R-DAP-5", partner_->name + " has no delegated admin privileges at " + c->name + ", so it cannot open support requests on its behalf.");
    return;
  }
  if (partner_role(PartnerRole::AdminAgent)) because("R-ROLE-3", who() + " is an admin agent, who may create support requests.");
  else because("R-INF-7", who() + " is a help desk agent, whose job this is.");
  if (cn()) because("R-CN-5", partner_->name + " is " + possessive(c->name) + " first line of support and escalates to 21Vianet only what it cannot resolve.");
}

void Decider::remove_delegated_admin() {
  const DelegatedAdminGrant* g = nullptr;
  std::string partner_id, customer_id;
  if (customer_ && user_) {
    if (!customer_global_admin()) {
      refuse("R-DAP-3", who() + " holds " + roles_text() + "; only a Global admin of " + customer_->name + " removes partners' admin privileges.");
      return;
    }
    const Partner* p = partner_param("partner");
    if (!p) return;
    partner_id = p->id;
    customer_id = customer_->id;
  } else {
    if (!require_partner_user()) return;
    const Customer* c = customer_param();
    if (!c) return;
    partner_id = partner_->id;
    customer_id = c->id;
  }
  g = dap(partner_id, customer_id);
  if (!g) {
    refuse("R-INF-1", partner_name(partner_id) + " has no delegated admin privileges at " + customer_id + " to remove.");
    return;
  }
  const std::vector<std::string> only = list("services");
  because("R-DAP-3", (customer_ ? who() + ", a Global admin of " + customer_->name + "," : who()) + " removes " + possessive(partner_name(partner_id)) + " delegated admin privileges" +
                         (only.empty() ? "." : " for " + join(only) + "."));
  because("R-DAP-4", "the reseller relationship and the subscriptions stay; " + partner_name(partner_id) + " remains responsible for support under its reseller agreement.");
  if (only.empty()) {
    remove(w_.delegated_admin, g);
    return;
  }
  DelegatedAdminGrant updated = *g;
  if (updated.services.empty()) {
    refuse("R-INF-1", possessive(partner_name(partner_id)) + " DAP covers the whole tenant; it is removed whole, not per service.");
    return;
  }
  updated.services.erase(std::remove_if(updated.services.begin(), updated.services.end(), [&](const std::string& s) { return has(only, s); }), updated.services.end());
  if (updated.services.empty()) remove(w_.delegated_admin, g);
  else replace(w_.delegated_admin, g, updated);
}

void Decider::remove_reseller_relationship() {
  if (!require_partner_user("R-REM-3", "a customer cannot remove a partner's reseller relationship in Partner Center; the partner's Global admin does (the customer can remove its admin privileges, R-DAP-3).")) return;
  if (partner_->type == PartnerType::IndirectReseller) {
    refuse("R-REM-3", partner_->name + " is an indirect reseller; only direct-bill partners and indirect providers remove reseller relationships.");
    return;
  }
  if (!has_role(PartnerRole::GlobalAdmin)) {
    refuse("R-REM-3", who() + " holds " + roles_text() + "; only a Global admin removes a reseller relationship.");
    return;
  }
  const std::string customer = text("customer");
  if (const std::string other = text("partner"); !other.empty() && other != partner_->id) {
    refuse("R-REL-5", partner_->name + " can remove only its own relationship; " + possessive(partner_name(other)) + " relationship with " + customer + " stays.");
    return;
  }
  const ResellerRelationship* rel = relationship(partner_->id, customer);
  if (!rel) {
    refuse("R-REM-3", "error 3000: the relationship between " + partner_->name + " and " + customer + " does not exist.");
    return;
  }
  std::vector<std::string> active;
  for (const Subscription& s : each(w_.subscriptions, Key::Customer, customer))
    if (s.customer == customer && s.partner_of_record == partner_->id && s.status == SubscriptionStatus::Active) active.push_back(s.id);
  if (!active.empty()) {
    refuse("R-REM-1", "\"Remove reseller relationship\" stays unavailable while " + possessive(partner_->name) + " subscriptions " + join(active) + " are active; suspend them first.");
    return;
  }
  because("R-REM-3", who() + " is a Global admin of " + partner_->name + ", a " + std::string(partner_type_label(partner_->type)) + ".");
  because("R-REM-1", partner_->name + " has no active subscription for " + customer + ".");
  const DelegatedAdminGrant* g = dap(partner_->id, customer);
  because("R-REM-2", customer + " leaves " + possessive(partner_->name) + " customer list" + (g ? ", its DAP is removed," : ",") + " and " + partner_->name + " can no longer buy for it.");
  remove(w_.reseller_relationships, rel);
  if (g) remove(w_.delegated_admin, g);
}

// ---- indirect providers and resellers ------------------------------------------------------------------------------

void Decider::invite_reseller_partnership() {
  if (!require_partner_user()) return;
  if (partner_->type != PartnerType::IndirectProvider) {
    refuse("R-IND-1", partner_->name + " is a " + std::string(partner_type_label(partner_->type)) + "; only indirect providers request partnerships with indirect resellers.");
    return;
  }
  if (!require_partnership_manager()) return;
  std::string id = text("invitation");
  if (id.empty()) id = partner_->id + "-partnership";
  if (ix_.by_id(w_.invitations, id)) {
    because("R-IND-1", possessive(partner_->name) + " partnership link " + id + " already exists; the reseller's Global admin must accept it.");
    return;
  }
  because("R-IND-1", partner_->name + " sends its partnership link; the partnership exists once a reseller's Global admin accepts it.");
  append(w_.invitations.size(), Invitation{id, InvitationKind::IndirectPartnership, partner_->id, false, {}, {}, {}});
}

void Decider::accept_partnership_invitation() {
  if (!require_partner_user()) return;
  const Invitation* inv = ix_.by_id(w_.invitations, text("invitation"));
  if (!inv || inv->kind != InvitationKind::IndirectPartnership) {
    refuse("R-INF-1", "there is no partnership invitation \"" + text("invitation") + "\".");
    return;
  }
  if (partner_->type != PartnerType::IndirectReseller) {
    refuse("R-IND-1", partner_->name + " is a " + std::string(partner_type_label(partner_->type)) + "; only an indirect reseller authorizes an indirect provider.");
    return;
  }
  if (!has_role(PartnerRole::GlobalAdmin)) {
    refuse("R-IND-1", who() + " holds " + roles_text() + "; only the reseller's Global admin can authorize an indirect provider.");
    return;
  }
  if (partnership(inv->partner, partner_->id)) {
    because("R-INF-6", partner_->name + " already works with " + partner_name(inv->partner) + ".");
    return;
  }
  if (const Partner* provider = ix_.by_id(w_.partners, inv->partner); provider && !cn()) {
    if (provider->region != partner_->region) {
      refuse("R-IND-2", provider->name + " is in " + provider->region + " and " + partner_->name + " in " + partner_->region + "; a provider and its reseller must be in the same region.");
      return;
    }
    because("R-IND-2", provider->name + " and " + partner_->name + " are both in " + partner_->region + ".");
  }
  because("R-IND-1", who() + " authorizes " + partner_name(inv->partner) + ": each now appears in the other's list.");
  append(w_.partnerships.size(), Partnership{inv->partner, partner_->id, when_});
  Invitation updated = *inv;
  updated.accepted_by.push_back(partner_->id);
  replace(w_.invitations, inv, updated);
}

void Decider::remove_partnership() {
  if (!require_partner_user()) return;
  const Partner* other = partner_param("partner");
  if (!other) return;
  const Partnership* p = partnership(partner_->id, other->id);
  if (!p) p = partnership(other->id, partner_->id);
  if (!p) {
    refuse("R-INF-1", partner_->name + " and " + other->name + " have no partnership to remove.");
    return;
  }
  if (!require_partnership_manager()) return;
  if (flag("remove_customers").value_or(false)) {
    refuse("R-IND-7", "removing a partnership never takes the reseller's customers away (nor their DAP); " + partner_name(p->reseller) + " keeps them.");
    return;
  }
  std::vector<std::string> customers;
  const std::string& reseller = p->reseller;
  for (const ResellerRelationship& r : each(w_.reseller_relationships, Key::Partner, reseller))
    if (r.partner == reseller) customers.push_back(r.customer);
  because("R-IND-7", "the partnership between " + partner_name(p->provider) + " and " + partner_name(p->reseller) + " ends; " +
                         (customers.empty() ? std::string("the reseller had no customers") : "the reseller's customers (" + join(customers) + ")") +
                         " and any DAP granted stay as they are.");
  remove(w_.partnerships, p);
}

// ---- 21Vianet environment ------------------------------------------------------------------------------------------

void Decider::assign_licenses() {
  const Customer* c = customer_param();
  if (!c) return;
  if (customer_ && user_) {
    if (customer_->id != c->id || !customer_global_admin()) {
      refuse("R-INF-5", who() + " cannot assign " + possessive(c->name) + " licenses; a Global admin of that customer can.");
      return;
    }
    if (cn()) because("R-CN-4", "in 21Vianet customers assign their users' licenses in the admin center of Office 365 operated by 21Vianet.");
    else because("R-INF-5", who() + " is a Global admin of " + c->name + ".");
    return;
  }
  if (!require_partner_user()) return;
  if (cn()) {
    refuse("R-CN-4", "partners cannot manage customer users' licenses through Partner Center operated by 21Vianet; " + c->name + " assigns them in its admin center.");
    return;
  }
  if (!dap(partner_->id, c->id)) {
    refuse("R-DAP-5", partner_->name + " has no delegated admin privileges at " + c->name + ", so it cannot assign its users' licenses.");
    return;
  }
  because("R-DAP-5", partner_->name + " holds delegated admin privileges at " + c->name + ".");
}

void Decider::confirm_customer_agreement() {
  if (!require_partner_user()) return;
  const Customer* c = customer_param();
  if (!c) return;
  if (cn()) {
    refuse("R-CN-3", "Microsoft Customer Agreement attestation does not apply in 21Vianet; " + possessive(c->name) + " purchases fall under the China CSP reseller agreement.");
    return;
  }
  because("R-REL-3", partner_->name + " records that " + c->name + " accepted the Microsoft Customer Agreement.");
}

void Decider::call_partner_center_api() {
  if (!require_partner_user()) return;
  std::string url = text("base_url");
  while (!url.empty() && url.back() == '/') url.pop_back();
  const std::string_view expected = cn() ? kChinaApi : kGlobalApi;
  if (url != expected) {
    refuse("R-CN-1", url + " is not " + (cn() ? "Partner Center operated by 21Vianet" : "the global Partner Center") + "; call " + std::string(expected) + ".");
    return;
  }
  because("R-CN-1", std::string(expected) + " is " + (cn() ? "Partner Center operated by 21Vianet's" : "the global Partner Center's") + " API address.");
}

// ---- time ----------------------------------------------------------------------------------------------------------

void Decider::advance_clock() {
  // The clock change itself was recorded by the constructor (the event's time); days/until extend it.
  const Timestamp target = clock_target(e_, when_);
  if (target < w_.clock) {
    refuse("R-INF-2", "time only moves forward.");
    return;
  }
  r_.diff.clear();
  if (target > w_.clock) r_.diff.push_back(Change{0, EntityValue{w_.clock}, EntityValue{target}});
  because("R-INF-2", "the clock moves to " + format_timestamp(target) + "; timers due before then have fired.");
}

void Decider::delete_subscription_data() {
  const Subscription* s = subscription_param();
  if (!s) return;
  if (s->status != SubscriptionStatus::Suspended || !s->suspended_at || *s->suspended_at + kDataRetention > when_) {
    refuse("R-SUB-1", s->id + " is not a subscription suspended 60 days ago.");
    return;
  }
  because("R-SUB-1", s->id + " was suspended on " + format_date(*s->suspended_at) + " and not reactivated within 60 days: its data is deleted.");
  Subscription updated = *s;
  updated.status = SubscriptionStatus::Deleted;
  replace(w_.subscriptions, s, updated);
}

void Decider::flag_inactive_dap() {
  if (cn()) {
    refuse("R-INF-1", "the 21Vianet doc set flags no DAP for inactivity; this timer exists only in the global eras (R-DAP-7).");
    return;
  }
  const DelegatedAdminGrant* g = dap(text("partner"), text("customer"));
  if (!g) {
    refuse("R-INF-1", partner_name(text("partner")) + " has no DAP at " + text("customer") + ".");
    return;
  }
  const std::optional<Timestamp> base = g->last_used ? g->last_used : g->since;
  if (g->flagged_inactive || !base || *base + kDapInactivity > when_) {
    refuse("R-DAP-7", possessive(partner_name(g->partner)) + " DAP at " + g->customer + " is not unused for 90 days" +
                          (base && !g->flagged_inactive ? " (it would be flagged on " + format_date(*base + kDapInactivity) + ")." : "."));
    return;
  }
  because("R-DAP-7", partner_name(g->partner) + " has not signed in to " + g->customer + " with DAP since " + format_date(*base) +
                         ": the DAP is inactive and flagged for removal (Microsoft recommends removing it).");
  DelegatedAdminGrant flagged = *g;
  flagged.flagged_inactive = true;
  replace(w_.delegated_admin, g, flagged);
}

}  // namespace detail

using namespace detail;

std::span<const ActionSpec> action_catalogue() { return kCatalogue; }

const ActionSpec* find_action(std::string_view name) {
  for (const ActionSpec& a : kCatalogue)
    if (a.name == name) return &a;
  return nullptr;
}

std::string actions_markdown() {
  static const char* const kActors[] = {"a partner user", "a customer user", "a partner or customer user", "\"system\""};
  static const char* const kTypes[] = {"id", "list of ids", "whole number", "true/false", "text", "UTC time"};
  static const char* const kNames[] = {"", "new", "subscription", "customer", "service", "partner", "invitation", "GDAP relationship",
                                       "access assignment", "security group", "Entra role", "transfer"};
  static_assert(std::size(kNames) == static_cast<std::size_t>(Names::Transfer) + 1);
  const auto type = [&](const ParamSpec& p) -> std::string {
    const std::string names = kNames[static_cast<int>(p.names)];
    if (p.names == Names::Nothing) return kTypes[static_cast<int>(p.type)];
    if (p.type == ParamType::IdList) return "list of " + names + " ids";
    return names + " id";
  };
  std::string out =
      "# Actions\n\n"
      "Generated from the engine's action table (`core/src/engine.cpp`) by `mpsim actions --markdown > docs/actions.md`;\n"
      "a test fails when this file is out of date. An event names one of these actions, an actor (`tenant-id/user-id`, or\n"
      "`system`) and the parameters below (see [scenario-format.md](scenario-format.md#events)). The engine decides each\n"
      "event with the rules of the scenario's era ([rules.md](rules.md)); the actor's tenant and roles matter.\n";
  for (const ActionSpec& a : kCatalogue) {
    out += "\n## `" + std::string(a.name) + "`\n\n" + std::string(a.label) + ". Actor: " + kActors[static_cast<int>(a.actor)] + "." +
           (a.multi_partner ? " A multi-partner action: it may add or remove a partner's access, so the four \"multi-partner does not\" guarantees are checked after it." : "") +
           (a.moves_partner_of_record ? " The only action that may change a subscription's partner of record (an invariant checks it)." : "") +
           (a.moves_clock ? " It moves the clock forward; the timers that fall due before the new time fire first." : "") + "\n";
    if (a.params.empty()) continue;
    out += "\n| parameter | type | required | meaning |\n| --- | --- | --- | --- |\n";
    for (const ParamSpec& p : a.params)
      out += "| `" + std::string(p.name) + "` | " + type(p) + " | " + (p.required ? "yes" : "no") + " | " + std::string(p.meaning) + " |\n";
  }
  return out;
}

Timestamp clock_target(const Event& event, Timestamp now) {
  Timestamp target = now;
  if (const auto days = event.params.find("days"); days != event.params.end() && std::holds_alternative<std::int64_t>(days->second))
    target = now + std::get<std::int64_t>(days->second) * kSecondsPerDay;
  if (const auto until = event.params.find("until"); until != event.params.end() && std::holds_alternative<std::string>(until->second))
    if (const auto t = parse_timestamp(std::get<std::string>(until->second))) target = std::max(target, *t);
  return target;
}

bool gdap_in_force(const Metadata& m) { return m.era == Era::GlobalGdap || (m.era == Era::Vianet21 && m.gdap_in_21vianet); }

StepResult step(const Scenario& scenario, const World& world, const Event& event) {
  return step(scenario, world, WorldIndex(world, scenario.metadata), event);
}

StepResult step(const Scenario& scenario, const World& world, const WorldIndex& index, const Event& event) {
  Decider decider(scenario, world, index, event);
  const ActionSpec* action = find_action(event.action);
  if (action) decider.run(*action);
  else decider.unknown_action();
  StepResult result = decider.finish(action);
  // Follow-ons: the timers this step started, as the system events they will become.
  for (const Change& c : result.diff)
    if (c.after && std::holds_alternative<Subscription>(*c.after)) {
      const Subscription& after = std::get<Subscription>(*c.after);
      const bool newly = !c.before || std::get<Subscription>(*c.before).status != SubscriptionStatus::Suspended;
      if (after.status == SubscriptionStatus::Suspended && after.suspended_at && newly) {
        Event e;
        e.id = "auto-delete-" + after.id;
        e.time = *after.suspended_at + kDataRetention;
        e.actor = "system";
        e.action = "delete_subscription_data";
        e.params["subscription"] = after.id;
        result.follow_ons.push_back(std::move(e));
      }
    }
  return result;
}

std::optional<Event> next_due_event(const Scenario& /*scenario: the index holds its era*/, const World& world, const WorldIndex& index, Timestamp until) {
  const std::optional<Timer> timer = index.next_timer(world.clock, until);
  if (!timer) return std::nullopt;
  Event e;
  e.time = std::max(world.clock, timer->due);
  e.actor = "system";
  const auto set = [&](std::string action, std::string_view id_param, const std::string& id) {
    e.id = "auto-" + action + "-" + id;
    e.action = std::move(action);
    e.params[std::string(id_param)] = id;
  };
  switch (timer->kind) {
    case 0:
      e.id = "auto-delete-" + timer->entity;  // the id the follow-on announced
      e.action = "delete_subscription_data";
      e.params["subscription"] = timer->entity;
      break;
    case 1: {
      const std::size_t cut = timer->entity.find('\x1f');
      const std::string partner = timer->entity.substr(0, cut), customer = timer->entity.substr(cut + 1);
      set("flag_inactive_dap", "partner", partner);
      e.id += "-" + customer;
      e.params["customer"] = customer;
      break;
    }
    case 2: {
      const GdapRelationship* g = index.by_id(world.gdap_relationships, timer->entity);
      assert(g);
      if (timer->part == Timer::kEnd) set("gdap_end_reached", "relationship", g->id);
      else if (timer->part == Timer::kNotice) {
        set("send_gdap_expiry_notice", "relationship", g->id);
        e.id += "-" + std::to_string(kGdapNoticeDays[g->notices_sent]) + "d";
      } else if (g->status == GdapStatus::Active) {
        const AccessAssignment& a = g->access_assignments[timer->part];
        set("activate_access_assignment", "relationship", g->id);
        e.id += "-" + a.id;
        e.params["assignment"] = a.id;
      } else if (g->status == GdapStatus::ApprovalPending) set("expire_gdap_request", "relationship", g->id);
      else set("advance_gdap_status", "relationship", g->id);
      break;
    }
    default: set("expire_transfer", "transfer", timer->entity); break;
  }
  return e;
}

std::optional<Event> next_due_event(const Scenario& scenario, const World& world, Timestamp until) {
  return next_due_event(scenario, world, WorldIndex(world, scenario.metadata), until);
}

}  // namespace core
