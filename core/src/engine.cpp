// engine.cpp — step(): the action table (each action's spec and handler), the dispatch, and the one action that is
// only about time (advance_clock). The handlers live in actions_*.cpp by domain; each is a sequence of rule checks. A
// check that fails refuses the request naming the deciding rule and why; a request that passes every check is
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
                                      {"reseller", ParamType::Id, false, "indirect reseller of record (providers only)", Names::Partner},
                                      {"new_commerce", ParamType::Boolean, false, "a new-commerce subscription: 168-hour cancellation and reduction window (dated eras, R-SUB-4/5)"}};
constexpr ParamSpec kAddOnParams[] = {{"subscription", ParamType::Id, true, "the base subscription", Names::Subscription},
                                      {"service", ParamType::Id, true, "the add-on offer", Names::Service},
                                      {"add_on", ParamType::Id, true, "id of the new add-on subscription", Names::NewId},
                                      {"quantity", ParamType::Integer, false, "seats (default 1)"}};
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
constexpr ParamSpec kApiParams[] = {{"base_url", ParamType::Text, true, "the Partner Center API address called"},
                                    {"auth", ParamType::Text, false, "how the call authenticates: app_user (default; the acting user's token, R-MFA-2) or app_only (R-MFA-2: not affected)"},
                                    {"rollout_reached", ParamType::Boolean, false, "during the progressive MFA rollout (R-MFA-3): whether enforcement has reached this endpoint (default true)"}};
constexpr ParamSpec kListParams[] = {
    {"list", ParamType::Text, true, "which list: customers, subscriptions, customer_indirect_resellers, indirect_resellers or indirect_providers"},
    {"customer", ParamType::Id, false, "the customer whose list it is (subscriptions, customer_indirect_resellers)", Names::Customer}};
constexpr ParamSpec kClockParams[] = {{"days", ParamType::Integer, false, "days to move forward (0 to 2,932,896: the format ends at 9999)", Names::Nothing, 0, kMaxClockDays},
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
// ---- sign-in and support contacts
constexpr ParamSpec kSignInParams[] = {{"subscription", ParamType::Id, true, "the subscription whose service the user signs in to (one of the user's customer)", Names::Subscription}};
constexpr ParamSpec kSupportContactParams[] = {
    {"subscription", ParamType::Id, true, "the subscription", Names::Subscription},
    {"reseller", ParamType::Id, false, "the reseller to designate: the subscription's reseller of record (absent: clear the designation)", Names::Partner}};
// ---- facts.md §8 (s8)
constexpr ParamSpec kAuthorizationParams[] = {
    {"partner", ParamType::Id, true, "the partner whose CSP authorization changes", Names::Partner},
    {"status", ParamType::Text, true, "authorized, restricted, suspended, revoked or deauthorized_from_por (R-AUTH-1/3/5)"}};
constexpr ParamSpec kValidateResellersParams[] = {
    {"resellers", ParamType::IdList, true, "the indirect resellers whose PLA IDs are checked (R-POR-3)", Names::Partner},
    {"auth", ParamType::Text, false, "app_user (default) or app_only"}};
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
      {{"order_add_on", "Order an add-on for a subscription", ActorKind::PartnerUser, kAddOnParams, false}, &Decider::order_add_on},
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
      {{"set_support_contact", "Designate a subscription's support contact", ActorKind::PartnerUser, kSupportContactParams, false}, &Decider::set_support_contact},
      {{"assign_licenses", "Assign licenses to the customer's users", ActorKind::AnyUser, kCustomerParam, false}, &Decider::assign_licenses},
      {{"sign_in", "Sign in to a subscription's service", ActorKind::CustomerUser, kSignInParams, false}, &Decider::sign_in},
      {{"confirm_customer_agreement", "Attest the customer's acceptance of the Microsoft Customer Agreement", ActorKind::PartnerUser, kCustomerParam, false}, &Decider::confirm_customer_agreement},
      {{.name = "call_partner_center_api", .label = "Call the Partner Center API", .actor = ActorKind::PartnerUser, .params = kApiParams, .multi_partner = false, .api_call = true}, &Decider::call_partner_center_api},
      {{"list_partner_center", "Read one of Partner Center's lists", ActorKind::PartnerUser, kListParams, false}, &Decider::list_partner_center},
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
      // ---- facts.md §8 (s8)
      {{"set_partner_authorization", "Change a partner's CSP authorization", ActorKind::System, kAuthorizationParams, true}, &Decider::set_partner_authorization},
      {{"check_partner_earned_credit", "Check partner earned credit on an Azure plan", ActorKind::PartnerUser, kSubscriptionParam, false}, &Decider::check_partner_earned_credit},
      {{.name = "validate_resellers", .label = "Validate resellers' PLA IDs (partner of record)", .actor = ActorKind::PartnerUser, .params = kValidateResellersParams, .multi_partner = false, .api_call = true}, &Decider::validate_resellers},
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
    return (void)refuse("R-INF-5", Message::of("inf.system_action", {{"action", std::string(action.name)}}));
  if (action.actor != ActorKind::System && system_)
    return (void)refuse("R-INF-5", Message::of("inf.user_action", {{"action", std::string(action.name)}}));
  if (!system_ && !require_portal_mfa(action)) return;
  const std::size_t row = static_cast<std::size_t>(&action - kCatalogue.data());
  assert(row < kActionCount);
  (this->*ActionTable::rows[row].handle)();
  // R-MFA-1: an applied portal request was made by an MFA sign-in.
  if (r_.decision == Decision::Applied && partner_ && user_ && !action.api_call && in_force("R-MFA-1"))
    because("R-MFA-1", Message::of("today.portal_mfa", {{"actor", who_message()}}));
}

// ---- time -----------------------------------------------------------------------------------------------------------

void Decider::advance_clock() {
  // The clock change itself was recorded by the constructor (the event's time); days/until extend it.
  const Timestamp target = clock_target(e_, when_);
  if (target < w_.clock) {
    refuse("R-INF-2", Message::of("inf.time_forward_only"));
    return;
  }
  if (target > kLastTimestamp) {
    refuse("R-INF-2", Message::of("inf.clock_beyond_format", {{"time", Message::time(kLastTimestamp)}}));
    return;
  }
  r_.diff.clear();
  if (target > w_.clock) r_.diff.push_back(Change{0, EntityValue{w_.clock}, EntityValue{target}});
  because("R-INF-2", Message::of("inf.clock_moves", {{"time", Message::time(target)}}));
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
    // Bounded first, so that no count of days overflows: one day beyond the format's range either way is enough to
    // refuse (now itself lies within it).
    target = now + std::clamp<std::int64_t>(std::get<std::int64_t>(days->second), -kMaxClockDays - 1, kMaxClockDays + 1) * kSecondsPerDay;
  if (const auto until = event.params.find("until"); until != event.params.end() && std::holds_alternative<std::string>(until->second))
    if (const auto t = parse_timestamp(std::get<std::string>(until->second))) target = std::max(target, *t);
  return target;
}

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
      if (after.status == SubscriptionStatus::Suspended && after.suspended_at && newly)
        result.follow_ons.push_back(data_deletion_event(after.id, *after.suspended_at + duration(Duration::DataRetention)));
    }
  return result;
}

}  // namespace core
