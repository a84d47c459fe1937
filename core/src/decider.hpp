// decider.hpp — private to the engine: the decision under construction (Decider) and the lookups its actions share.
// engine.cpp holds the action table (each action's spec and handler) and the dispatch; the handlers live in
// actions_*.cpp by domain. Not installed: nothing outside core/src includes it.
#pragma once
#include <algorithm>
#include <cassert>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "mpsim/engine.hpp"
#include "mpsim/entra_roles.hpp"
#include "mpsim/enum_names.hpp"
#include "mpsim/gdap.hpp"
#include "mpsim/rules.hpp"
#include "mpsim/timers.hpp"

namespace core::detail {


// ------------------------------------------------------------------------------------------------------------------
// World lookups and small helpers

template <class T> const T* by_id(const std::vector<T>& items, std::string_view id) {
  for (const T& item : items)
    if (item.id == id) return &item;
  return nullptr;
}
template <class T> std::size_t index_of(const std::vector<T>& items, const T* item) { return static_cast<std::size_t>(item - items.data()); }

// "Contoso's", "Northwind Partners'".
inline std::string possessive(const std::string& name) { return name + (!name.empty() && name.back() == 's' ? "'" : "'s"); }

inline bool has(const std::vector<std::string>& list, std::string_view value) { return std::find(list.begin(), list.end(), value) != list.end(); }

inline std::string join(const std::vector<std::string>& items, std::string_view last = " and ") {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) out += (i == 0 ? "" : i + 1 == items.size() ? std::string(last) : std::string(", ")) + items[i];
  return out;
}

// Names (of partners, services, subscriptions) as a list argument of a message, joined per language by its formatter.
inline Message list_message(const std::vector<std::string>& items) { return Message::list(std::vector<Message>(items.begin(), items.end())); }

inline std::string role_name(PartnerRole r) {
  switch (r) {
    case PartnerRole::AdminAgent: return "admin agent";
    case PartnerRole::SalesAgent: return "sales agent";
    case PartnerRole::HelpdeskAgent: return "help desk agent";
    case PartnerRole::GlobalAdmin: return "global admin";
    case PartnerRole::BillingAdmin: return "billing admin";
    case PartnerRole::UserManagementAdmin: return "user management admin";
  }
  return "";
}

// The roles of a user in either language ("admin agent and sales agent", or "no roles"); actions_subscriptions.cpp.
Message user_roles_message(const User* user);

// ------------------------------------------------------------------------------------------------------------------
// The decision under construction

class Decider {
  friend struct ActionTable;  // engine.cpp: the action table names each action's handler

 public:
  Decider(const Scenario& scenario, const World& world, const WorldIndex& index, const Event& event)
      : w_(world), ix_(index), e_(event), metadata_(scenario.metadata), era_(scenario.metadata.era) {
    when_ = event.time.value_or(world.clock);
    day_ = format_date(when_);
    if (when_ > world.clock) r_.diff.push_back(Change{0, EntityValue{world.clock}, EntityValue{when_}});
    resolve_actor();
  }

  StepResult finish(const ActionSpec* action) {
    r_.summary = Message::of("step.summary", {{"actor", who_message()}, {"action", action ? Message::both(std::string(action->label), std::string(label(*action, Language::ChineseSimplified))) : Message(e_.action)},
                                              {"decision", label_message(r_.decision)}});
    if (r_.decision == Decision::Rejected) {
      // A refusal changes nothing but the time of day.
      r_.diff.erase(std::remove_if(r_.diff.begin(), r_.diff.end(), [](const Change& c) { return !std::holds_alternative<Timestamp>(*(c.after ? c.after : c.before)); }),
                    r_.diff.end());
    }
    return std::move(r_);
  }

  void run(const ActionSpec& action);
  void unknown_action() { refuse("R-INF-1", Message::of("inf.unknown_action", {{"action", e_.action}})); }

 private:
  // ---- outcome
  // A rule that explains a refusal without being its last word (listed first).
  void because_refused(std::string_view rule, Message why) { refuse(rule, std::move(why)); }
  bool refuse(std::string_view rule, Message why) {
    r_.decision = Decision::Rejected;
    // Outside its eras a refusal cites the era's own rule for it (the catalogue's fallbacks, docs/engine.md); in a dated
    // era, the version of the rule in force that day (rules.hpp, replaced_by).
    const Rule* r = find_rule(version(rule));
    const std::string_view id = r ? deciding_rule(*r, metadata_, day_) : rule;
    r_.rules.push_back(DecidingRule{std::string(id), with_version(id, std::move(why))});
    assert(in_force(r_.rules.back().id) || dated_era(era_));  // a dated era may cite a rule's last version (no fallback)
    return false;
  }
  // An applied step's explanations name only rules of the scenario's era: the others describe another Partner Center.
  void because(std::string_view rule, Message why) {
    assert(find_rule(rule) != nullptr);
    const std::string_view asked = rule;
    rule = version(rule);
    // Two rules a newer version replaces (R-GDAP-14 and R-GDAP-15) explain one step once, by that version.
    const bool already = rule != asked && std::any_of(r_.rules.begin(), r_.rules.end(), [&](const DecidingRule& d) { return d.id == rule; });
    if (in_force(rule) && !already) r_.rules.push_back(DecidingRule{std::string(rule), with_version(rule, std::move(why))});
  }
  // The version of `rule` in force on the event's day: the rule itself, or the first of its replacements (replaced_by)
  // that is in force. The legacy eras have no versions (a replacement is in no rule pack): always the rule itself.
  std::string_view version(std::string_view rule) const {
    for (const Rule* r = find_rule(rule); r && !in_force(r->id) && !r->valid.replaced_by.empty();) {
      r = find_rule(r->valid.replaced_by);
      if (r && in_force(r->id)) return r->id;
    }
    return rule;
  }
  // A rule of the scenario's cloud whose first day has not come yet (or whose option leaves it out): a newer version
  // that a request made too early is refused by. Never true in the legacy eras, whose packs hold no such rule.
  bool not_yet(std::string_view rule) const {
    const Rule* r = find_rule(rule);
    return r && rule_in_scenario(*r, metadata_) && !in_force(rule) && (r->valid.until.empty() || day_ < r->valid.until);
  }
  // In a dated era, the explanation of a rule that has versions, or whose date is a scenario option, names the version
  // and its days in force (rule_versions.cpp); elsewhere it is left as it is, so the legacy logs stay as they were.
  Message with_version(std::string_view rule, Message why) const;
  // The one question every check asks: the legacy eras answer by their rule packs, the dated eras by the rule's cloud,
  // dates and options on this event's day (rules.hpp, rule_in_force).
  bool in_force(std::string_view rule) const {
    const Rule* r = find_rule(rule);
    return r && rule_in_force(*r, metadata_, day_);
  }
  // The scenario's choice for a rule option (rules.hpp, rule_options()), or its documented default.
  std::string_view option(std::string_view id) const { return option_choice(metadata_, id); }
  // The scenario's cloud is China: the 21Vianet era, or the dated era of the China cloud.
  bool cn() const { return era_cloud(era_) == Cloud::China; }
  // GDAP and transfers: where the GDAP rules are in force (the GDAP era; 21Vianet when the scenario says they exist
  // there, R-INF-8; a dated era from the GDAP rules' first day).
  bool gdap_available() const { return in_force("R-GDAP-1"); }

  // ---- actor
  void resolve_actor() {
    if (e_.actor == "system") {
      system_ = true;
      who_ = "System";
      who_message_ = Message::of("actor.system");
      return;
    }
    const std::size_t slash = e_.actor.find('/');
    const std::string_view actor = e_.actor, tenant = actor.substr(0, slash), user = actor.substr(slash + 1);
    partner_ = ix_.by_id(w_.partners, tenant);
    customer_ = ix_.by_id(w_.customers, tenant);
    const std::vector<User>* users = partner_ ? &partner_->users : customer_ ? &customer_->users : nullptr;
    if (users) user_ = by_id(*users, user);
    const std::string& tenant_name = partner_ ? partner_->name : customer_ ? customer_->name : e_.actor;
    const std::string& user_name = user_ && !user_->name.empty() ? user_->name : e_.actor;
    who_.append(user_name).append(" (").append(tenant_name).append(")");
    who_message_ = Message::of("actor.user", {{"user", user_name}, {"tenant", tenant_name}});
  }
  // Named in the summary and in most explanations: made once, when the actor is resolved.
  const std::string& who() const { return who_; }
  const Message& who_message() const { return who_message_; }
  bool partner_role(PartnerRole role) const {
    return user_ && (has_role(PartnerRole::GlobalAdmin) || has_role(role));
  }
  bool has_role(PartnerRole role) const { return user_ && std::find(user_->partner_roles.begin(), user_->partner_roles.end(), role) != user_->partner_roles.end(); }
  // R-ROLE-1: admin agents, sales agents and global admins manage customers and subscriptions; `what` names the task
  // (a "task.*" template).
  bool require_manager(Message what) {
    if (partner_role(PartnerRole::AdminAgent) || partner_role(PartnerRole::SalesAgent)) return true;
    return refuse("R-ROLE-1", Message::of("role.only_managers", {{"actor", who_message()}, {"roles", roles_message()}, {"task", std::move(what)}}));
  }
  // Partnerships are managed by admin agents and global admins.
  bool require_partnership_manager() {
    if (partner_role(PartnerRole::AdminAgent)) return true;
    return refuse("R-ROLE-1", Message::of("role.only_partnership_managers", {{"actor", who_message()}, {"roles", roles_message()}}));
  }
  bool customer_global_admin() const {
    return user_ && std::find(user_->customer_roles.begin(), user_->customer_roles.end(), CustomerRole::GlobalAdmin) != user_->customer_roles.end();
  }
  // R-GDAP-26: the customer-side Customer Delegated Admin Relationship Administrator approves and terminates GDAP, where
  // the rule is in force (named in the decision); elsewhere the role gives nothing.
  bool customer_relationship_admin_decides() {
    if (!user_ || std::find(user_->customer_roles.begin(), user_->customer_roles.end(), CustomerRole::DelegatedAdminRelationshipAdmin) == user_->customer_roles.end() ||
        !in_force("R-GDAP-26"))
      return false;
    because("R-GDAP-26", Message::of("today.relationship_admin_approves", {{"actor", who_message()}, {"customer", customer_->name}, {"choice", option_note("R-GDAP-26")}}));
    return true;
  }
  std::string roles_text() const {
    if (!user_ || (user_->partner_roles.empty() && user_->customer_roles.empty())) return "no roles";
    std::vector<std::string> names;
    for (const PartnerRole r : user_->partner_roles) names.push_back(role_name(r));
    for (const CustomerRole r : user_->customer_roles) names.push_back(std::string(to_name(r)));
    return join(names);
  }
  // The actor's roles in either language ("admin agent and sales agent" / "管理员代理和销售代理"), for {roles:and}.
  Message roles_message() const {
    if (!user_ || (user_->partner_roles.empty() && user_->customer_roles.empty())) return Message::of("roles.none");
    std::vector<Message> names;
    for (const PartnerRole r : user_->partner_roles) names.push_back(label_message(r));
    for (const CustomerRole r : user_->customer_roles) names.push_back(name_message(r));
    return Message::list(std::move(names));
  }
  // The actor must be a user of a partner tenant (R-INF-5); a customer acting for a partner is refused with `customer_rule`.
  bool require_partner_user(std::string_view customer_rule = "R-INF-5", std::optional<Message> customer_why = std::nullopt) {
    if (partner_ && user_) return true;
    if (customer_ && customer_why) return refuse(customer_rule, std::move(*customer_why));
    return refuse("R-INF-5", Message::of("inf.not_partner_user", {{"actor", e_.actor}}));
  }
  bool require_customer_user(std::string_view partner_rule = "R-INF-5", std::optional<Message> partner_why = std::nullopt) {
    if (customer_ && user_) return true;
    if (partner_ && partner_why) return refuse(partner_rule, std::move(*partner_why));
    return refuse("R-INF-5", Message::of("inf.not_customer_user", {{"actor", e_.actor}}));
  }

  // ---- parameters (types were checked when the scenario was loaded)
  std::string text(std::string_view name) const {
    const auto it = e_.params.find(name);
    if (it == e_.params.end()) return {};
    if (const auto* s = std::get_if<std::string>(&it->second)) return *s;
    return {};
  }
  std::optional<std::int64_t> integer(std::string_view name) const {
    const auto it = e_.params.find(name);
    if (it == e_.params.end()) return std::nullopt;
    if (const auto* n = std::get_if<std::int64_t>(&it->second)) return *n;
    return std::nullopt;
  }
  std::optional<bool> flag(std::string_view name) const {
    const auto it = e_.params.find(name);
    if (it == e_.params.end()) return std::nullopt;
    if (const auto* b = std::get_if<bool>(&it->second)) return *b;
    return std::nullopt;
  }
  std::vector<std::string> list(std::string_view name) const {
    const auto it = e_.params.find(name);
    if (it == e_.params.end()) return {};
    if (const auto* l = std::get_if<std::vector<std::string>>(&it->second)) return *l;
    if (const auto* s = std::get_if<std::string>(&it->second)) return {*s};
    return {};
  }

  // ---- lookups that refuse with R-INF-1 when the thing does not exist
  const Subscription* subscription_param() {
    const std::string id = text("subscription");
    const Subscription* s = ix_.by_id(w_.subscriptions, id);
    if (!s) refuse("R-INF-1", Message::of("inf.no_subscription", {{"id", id}}));
    return s;
  }
  const Customer* customer_param(std::string_view name = "customer") {
    const std::string id = text(name);
    const Customer* c = ix_.by_id(w_.customers, id);
    if (!c) refuse("R-INF-1", Message::of("inf.no_customer", {{"id", id}}));
    return c;
  }
  const Partner* partner_param(std::string_view name) {
    const std::string id = text(name);
    const Partner* p = ix_.by_id(w_.partners, id);
    if (!p) refuse("R-INF-1", Message::of("inf.no_partner", {{"id", id}}));
    return p;
  }
  const Service* service_by_id(std::string_view id) const { return ix_.by_id(w_.services, id); }
  std::string service_name(std::string_view id) const {
    const Service* s = service_by_id(id);
    return s ? s->name : std::string(id);
  }
  std::string partner_name(std::string_view id) const {
    const Partner* p = ix_.by_id(w_.partners, id);
    return p ? p->name : std::string(id);
  }
  const ResellerRelationship* relationship(std::string_view partner, std::string_view customer) const {
    return ix_.find(w_.reseller_relationships, Key::Pair, PairKey(partner, customer));
  }
  // R-REM-4: the customer accepted the partner's reseller request once, and the relationship no longer exists — it was
  // removed. [INFERENCE] the accepted link is the trace the model keeps of a removed relationship.
  bool relationship_removed(std::string_view partner, std::string_view customer) const {
    if (relationship(partner, customer)) return false;
    for (const Invitation& inv : each(w_.invitations, Key::Partner, partner))
      if (inv.partner == partner && inv.kind == InvitationKind::ResellerRelationship && has(inv.accepted_by, customer)) return true;
    return false;
  }
  const DelegatedAdminGrant* dap(std::string_view partner, std::string_view customer) const {
    return ix_.find(w_.delegated_admin, Key::Pair, PairKey(partner, customer));
  }
  // The entities of `items` (a world collection) with this key, in the world's order.
  // A view over the index's positions (nothing allocated): valid while the world and index are, i.e. the whole step.
  template <class T> struct Each {
    struct iterator {
      const std::vector<T>* items;
      const std::uint32_t* at;
      const T& operator*() const { return (*items)[*at]; }
      iterator& operator++() { return ++at, *this; }
      bool operator!=(const iterator& o) const { return at != o.at; }
    };
    const std::vector<T>& items;
    std::span<const std::uint32_t> at;
    iterator begin() const { return {&items, at.data()}; }
    iterator end() const { return {&items, at.data() + at.size()}; }
  };
  template <class T> Each<T> each(const std::vector<T>& items, Key key, std::string_view value) const { return {items, ix_.positions<T>(key, value)}; }
  static bool dap_covers(const DelegatedAdminGrant& g, std::string_view service) { return g.services.empty() || has(g.services, service); }
  const Partnership* partnership(std::string_view provider, std::string_view reseller) const {
    return ix_.find(w_.partnerships, Key::Pair, PairKey(provider, reseller));
  }

  // ---- diff builders
  template <class T> void replace(const std::vector<T>& items, const T* old_value, T new_value) {
    r_.diff.push_back(Change{index_of(items, old_value), EntityValue{*old_value}, EntityValue{std::move(new_value)}});
  }
  template <class T> void append(std::size_t size, T value) {
    // Appends within one step land after earlier appends of the same collection.
    std::size_t index = size;
    for (const Change& c : r_.diff)
      if (!c.before && c.after && std::holds_alternative<T>(*c.after)) index = std::max(index, c.index + 1);
    r_.diff.push_back(Change{index, std::nullopt, EntityValue{std::move(value)}});
  }
  template <class T> void remove(const std::vector<T>& items, const T* value) {
    r_.diff.push_back(Change{index_of(items, value), EntityValue{*value}, std::nullopt});
  }

  // ---- subscription management shared by quantity, suspension, reactivation, cancellation and upgrade
  // Checks who may change subscription `s`: its selling partner (or, for the two-tier model, its provider), with a role
  // that manages subscriptions. `named_by_cn_rr`: the change is one CN-RR lists (remove seats, order add-ons,
  // transition or migrate, change the partner of record), refused by R-MP-6; others by the inference R-MP-7.
  // `action_key` names a sub.act.* template ("suspend {subscription}"), said when the actor may not.
  bool may_manage(const Subscription& s, bool named_by_cn_rr, std::string_view action_key);
  // `action_key` names a sub.status_act.* template ("be suspended"), said when the status is not `wanted`.
  bool require_status(const Subscription& s, SubscriptionStatus wanted, std::string_view action_key);

  // ---- the actions' handlers, by file (the action table in engine.cpp names each)
  // engine.cpp
  void advance_clock();
  // actions_relationships.cpp
  void create_reseller_invitation();
  void accept_reseller_invitation();
  void create_customer();
  void remove_reseller_relationship();
  void invite_reseller_partnership();
  void accept_partnership_invitation();
  void remove_partnership();
  void set_support_contact();
  // actions_subscriptions.cpp
  void order_subscription();
  void order_add_on();
  void change_quantity();
  void suspend_subscription();
  void reactivate_subscription();
  void cancel_subscription();
  void upgrade_subscription();
  void change_terms();
  void move_subscription();
  void change_partner_of_record();
  void move_or_change_partner_of_record(bool partner_of_record_only);
  void delete_subscription_data();
  // actions_admin_rights.cpp
  void administer_on_behalf();
  void open_support_request();
  void remove_delegated_admin();
  void flag_inactive_dap();
  void assign_licenses();
  void sign_in();
  void confirm_customer_agreement();
  void call_partner_center_api();
  // actions_lists.cpp
  void list_partner_center();
  // actions_gdap.cpp
  void create_gdap_relationship();
  void update_gdap_relationship();
  void delete_gdap_relationship();
  void lock_gdap_for_approval();
  void approve_gdap_relationship();
  void reject_gdap_relationship();
  void terminate_gdap_relationship();
  void create_access_assignment();
  void advance_gdap_status();
  void activate_access_assignment();
  void expire_gdap_request();
  void gdap_end_reached();
  void send_gdap_expiry_notice();
  // actions_transfers.cpp
  void create_transfer();
  void accept_transfer();
  void reject_transfer();
  void cancel_transfer();
  void expire_transfer();

  // ---- GDAP checks (actions_gdap.cpp), also used by the admin-rights actions
  // The edge of the GDAP table (gdap.hpp) this event's action takes from `from` as `who` (to `to` and under `rule`,
  // when given); null when the table has none, i.e. the request is not legal from there.
  const GdapEdge* gdap_edge(GdapState from, GdapActor who, std::optional<GdapState> to = std::nullopt, std::string_view rule = {}) const;
  bool require_gdap_available();
  const GdapRelationship* gdap_param();
  bool require_gdap_partner_admin(const GdapRelationship& g, bool provider_too);
  bool require_gdap_partner(const GdapRelationship& g, bool provider_too);
  bool require_gdap_assigner(const GdapRelationship& g);
  bool refuse_if_final(const GdapRelationship& g);
  const GdapEdge* reseller_answer_edge(const GdapRelationship& g);
  bool check_gdap_roles(const std::vector<std::string>& roles, std::vector<std::string>& resolved);
  // The Entra roles a partner user holds at a customer through GDAP (active relationship, active assignment, member of
  // its group), and whether the user is in any such group at all (R-GDAP-13).
  std::vector<std::string> gdap_roles_of_user(const std::string& customer, bool& in_gdap_group) const;
  bool gdap_access_decides(const Customer& c, std::string_view needed_role, const Message& task);
  bool refuse_without_gdap_access(const Customer& c);
  // ---- facts.md §8 checks (actions_today.cpp)
  bool require_portal_mfa(const ActionSpec& action);
  Message option_note(std::string_view rule) const;
  bool require_resells_new_licences(const Partner& seller);
  bool require_valid_partner_of_record(const Partner& reseller, std::string_view provider, std::string_view rule);
  bool require_valid_partner_of_record_for_change(const Subscription& s);
  std::optional<Timestamp> new_commerce_window_start(const Subscription& s, bool reduction) const;
  bool require_new_commerce_window(const Subscription& s, bool reduction);
  bool require_api_caller();
  bool require_api_mfa(bool app_only);
  void set_partner_authorization();
  void validate_resellers();
  void check_partner_earned_credit();
  void explain_pec_lost(const std::string& partner, const std::string& customer);
  // ---- transfer checks (actions_transfers.cpp)
  bool require_transfers_available();
  const Transfer* transfer_param();
  // Azure offers: usage-based or of the azure family (R-CN-2's test).
  static bool is_azure(const Service* s) { return s && (s->kind == ServiceKind::Usage || s->family == "azure"); }
  // The partner's Azure plan for the customer: an active Azure subscription it sold to it (the page's "purchases an
  // Azure plan"); null when it has none.
  const Subscription* azure_plan(std::string_view partner, std::string_view customer) const;
  // confirm_customer_agreement's state: the acceptance recorded on the actor's relationship with `c` (refused without one).
  bool record_customer_agreement(const Customer& c);

  const World& w_;
  const WorldIndex& ix_;
  const Event& e_;
  const Metadata& metadata_;
  Era era_;
  Timestamp when_ = 0;
  std::string day_;  // when_'s UTC date, "YYYY-MM-DD": the day the dated eras decide by
  StepResult r_;
  bool system_ = false;
  const Partner* partner_ = nullptr;
  const Customer* customer_ = nullptr;
  const User* user_ = nullptr;
  std::string who_;  // "Name (Tenant)", or "System"
  Message who_message_;  // the same in either language
};

// A row of the action table (engine.cpp): what the file format and the UI know of an action, and its handler.
using ActionHandler = void (Decider::*)();
struct ActionRow {
  ActionSpec spec;
  ActionHandler handle;
};

}  // namespace core::detail
