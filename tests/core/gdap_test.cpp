// gdap_test.cpp — the GDAP edge table: it is Graph's state machine (facts.md §3.6, written here by hand), the handlers
// allow a request exactly where it is an edge and move the relationship along it, every transition of every replay is
// an edge taken by the right kind of actor, each system edge has its timer, and docs/gdap.md shows the table as
// generated.
#include <doctest/doctest.h>

#include <filesystem>
#include <set>

#include "../scenario_steps.hpp"
#include "../test_support.hpp"
#include "mpsim/enum_names.hpp"
#include "mpsim/gdap.hpp"
#include "mpsim/generate.hpp"
#include "mpsim/rules.hpp"
#include "mpsim/run.hpp"
#include "mpsim/scenario_io.hpp"

using namespace core;

namespace {

using S = GdapStatus;
constexpr Timestamp kDay = kSecondsPerDay;
constexpr Timestamp kNow = 1'730'000'000;  // 2024-10-27T03:33:20Z

const std::vector<GdapStatus> kStatuses = {S::Created, S::ApprovalPending, S::Approved, S::Activating, S::Active,
                                           S::Expiring, S::Expired, S::TerminationRequested, S::Terminating, S::Terminated};

std::string name_of(const GdapState& s) { return s ? std::string(to_name(*s)) : std::string("(none)"); }

// A global GDAP world: partner p (admin agent in security group sg), an indirect provider prov with its reseller res,
// customer c (Global admin ga), and relationship g between p (or, provider-created, res) and c in `status`, requested
// 90 days ago, ending now, with one pending access assignment.
Scenario world_with(GdapStatus status, bool provider_created) {
  Scenario s;
  s.metadata.era = Era::GlobalGdap;
  s.world.clock = kNow;
  const auto partner = [&](std::string id, PartnerType type) {
    Partner p;
    p.id = id;
    p.name = id;
    p.type = type;
    p.region = "US";
    p.users.push_back(User{"admin", "Admin of " + id, "", {PartnerRole::AdminAgent}, {}});
    p.security_groups.push_back(SecurityGroup{"sg", "Admin Agents", {"admin"}});
    s.world.partners.push_back(std::move(p));
  };
  partner("p", PartnerType::DirectBill);
  partner("prov", PartnerType::IndirectProvider);
  partner("res", PartnerType::IndirectReseller);
  s.world.partnerships.push_back(Partnership{"prov", "res", std::nullopt});
  s.world.customers.push_back(test_support::customer_with_global_admin("Customer", "US"));
  GdapRelationship g;
  g.id = "g";
  g.partner = provider_created ? "res" : "p";
  g.indirect_provider = provider_created ? "prov" : "";
  g.customer = "c";
  g.display_name = "Support";
  g.roles = {"global-reader"};
  g.status = status;
  g.created = kNow - 100 * kDay;
  g.requested = kNow - 90 * kDay;
  g.end = kNow;
  g.access_assignments.push_back(AccessAssignment{"aa", "sg", {"global-reader"}, AccessAssignmentStatus::Pending});
  s.world.gdap_relationships.push_back(g);
  return s;
}

// Who a request comes from, as the table may name it, for every actor the action table allows. The reseller of a
// provider-created relationship is its partner too, so it takes that side's edges as well as its own.
struct Asker {
  std::set<GdapActor> who;
  std::string actor;
  bool provider_created;
};

std::vector<Asker> askers_of(std::string_view action) {
  const ActionSpec* spec = find_action(action);
  REQUIRE(spec);
  if (spec->actor == ActorKind::System) return {{{GdapActor::System}, "system", false}};
  std::vector<Asker> out = {{{GdapActor::PartnerUser}, "p/admin", false}, {{GdapActor::PartnerUser, GdapActor::IndirectReseller}, "res/admin", true}};
  if (spec->actor == ActorKind::AnyUser) out.push_back({{GdapActor::CustomerGlobalAdmin}, "c/ga", false});
  return out;
}

Event request(std::string_view action, const std::string& actor) {
  Event e;
  e.id = "ask";
  e.actor = actor;
  e.action = std::string(action);
  e.params["relationship"] = std::string("g");
  if (action == "update_gdap_relationship") e.params["auto_extend"] = false;
  if (action == "create_access_assignment") {
    e.params["assignment"] = std::string("aa2");
    e.params["security_group"] = std::string("sg");
    e.params["roles"] = std::vector<std::string>{"global-reader"};
  }
  if (action == "activate_access_assignment") e.params["assignment"] = std::string("aa");
  return e;
}

// The relationship's state after the step (none: it was deleted).
GdapState after_step(const Scenario& s, const StepResult& r) {
  World w = s.world;
  apply_diff(w, r.diff);
  for (const GdapRelationship& g : w.gdap_relationships)
    if (g.id == "g") return g.status;
  return std::nullopt;
}

// The table's edges as (from, to, action, who), which tells them apart but for the rule of edits that keep the status.
using EdgeKey = std::tuple<GdapState, GdapState, std::string, GdapActor>;
EdgeKey key_of(const GdapEdge& e) { return {e.from, e.to, std::string(e.action), e.who}; }

// The edge taken from `from` to `to` by `action`, asked by one of `who`; null when the table has none.
const GdapEdge* edge_taken(GdapState from, GdapState to, std::string_view action, const std::set<GdapActor>& who) {
  for (const GdapEdge& e : gdap_edges())
    if (e.from == from && e.to == to && e.action == action && who.count(e.who)) return &e;
  return nullptr;
}

bool any_edge(GdapState from, std::string_view action, const std::set<GdapActor>& who) {
  for (const GdapEdge& e : gdap_edges())
    if (e.from == from && e.action == action && who.count(e.who)) return true;
  return false;
}

}  // namespace

TEST_CASE("the GDAP edge table is Graph's delegatedAdminRelationship state machine (facts.md §3.6)") {
  // From facts.md §3.6, with the inferred ends of an unanswered request (R-INF-9) and a reseller's rejection (R-INF-10),
  // default GDAP for new customers (R-DAP-8) and the edits that keep the status.
  using Move = std::pair<std::string, std::string>;
  const std::set<Move> documented = {
      {"(none)", "created"}, {"(none)", "active"}, {"created", "created"}, {"created", "(none)"}, {"created", "approvalPending"},
      {"approvalPending", "approved"}, {"approvalPending", "terminated"}, {"approvalPending", "expired"}, {"approved", "activating"},
      {"activating", "active"}, {"active", "active"}, {"active", "expiring"}, {"active", "terminationRequested"},
      {"terminationRequested", "terminating"}, {"terminating", "terminated"}, {"expiring", "expired"}};
  std::set<Move> table;
  for (const GdapEdge& e : gdap_edges()) {
    CAPTURE(e.action);
    table.insert({name_of(e.from), name_of(e.to)});
    // Its action exists and may be asked by this kind of actor; its rule is in the catalogue.
    const ActionSpec* action = find_action(e.action);
    REQUIRE(action != nullptr);
    CHECK((action->actor == ActorKind::System) == (e.who == GdapActor::System));
    if (e.who == GdapActor::CustomerGlobalAdmin) CHECK(action->actor == ActorKind::AnyUser);
    CHECK(find_rule(e.rule) != nullptr);
  }
  CHECK(table == documented);
  CHECK(gdap_status_final(S::Expired));
  CHECK(gdap_status_final(S::Terminated));
  CHECK_FALSE(gdap_status_final(S::Expiring));
  CHECK(gdap_transition_documented(S::Created, S::ApprovalPending));
  CHECK_FALSE(gdap_transition_documented(S::Approved, S::Active));  // provisioning goes through activating
}

TEST_CASE("each GDAP action is allowed exactly from the statuses the table has an edge for, and moves along that edge") {
  std::set<EdgeKey> taken, out_of_a_status;
  std::set<std::string> actions;
  for (const GdapEdge& e : gdap_edges())
    if (e.from) actions.insert(std::string(e.action));
  for (const std::string& action : actions)
    for (const Asker& asker : askers_of(action))
      for (const GdapStatus status : kStatuses)
        for (const bool auto_extend : {false, true}) {
          // Auto-extend decides which edge the end date takes (and that no notices go); elsewhere it is off.
          if (auto_extend && action != "gdap_end_reached") continue;
          CAPTURE(action);
          CAPTURE(asker.actor);
          CAPTURE(to_name(status));
          CAPTURE(auto_extend);
          Scenario s = world_with(status, asker.provider_created);
          s.world.gdap_relationships[0].auto_extend = auto_extend;
          const StepResult r = step(s, s.world, request(action, asker.actor));
          if (!any_edge(status, action, asker.who)) {
            CHECK(r.decision == Decision::Rejected);
            CHECK(after_step(s, r) == status);
            continue;
          }
          REQUIRE(r.decision == Decision::Applied);
          const GdapState to = after_step(s, r);
          CAPTURE(name_of(to));
          const GdapEdge* edge = edge_taken(status, to, action, asker.who);
          CHECK(edge != nullptr);
          if (edge) taken.insert(key_of(*edge));
        }
  // Every edge out of a status was taken.
  for (const GdapEdge& e : gdap_edges())
    if (e.from) out_of_a_status.insert(key_of(e));
  CHECK(taken == out_of_a_status);
}

TEST_CASE("every GDAP transition of every replay is an edge of the table, taken by the right kind of actor") {
  std::vector<Scenario> scenarios;
  for (const auto& f : std::filesystem::directory_iterator(test_support::source_path("web/scenarios")))
    if (f.path().extension() == ".json") {
      Result<Scenario> r = load_scenario(test_support::read_text("web/scenarios/" + f.path().filename().string()));
      REQUIRE(r.ok());
      if (r.value->metadata.era == Era::Vianet21) r.value->metadata.gdap_in_21vianet = true;  // GDAP there too
      scenarios.push_back(std::move(*r.value));
    }
  for (std::uint64_t seed = 1; seed <= 6; ++seed)
    scenarios.push_back(generate_scenario({.seed = seed * 31, .era = Era::GlobalGdap, .partners = 8, .customers = 25, .subscriptions = 50, .events = 400}));
  std::set<EdgeKey> taken, table;
  for (const GdapEdge& e : gdap_edges()) table.insert(key_of(e));
  for (const Scenario& scenario : scenarios) {
    const RunLog log = run_scenario(scenario);
    for (const LogEntry& entry : log.entries) {
      const std::string tenant = entry.event.actor.substr(0, entry.event.actor.find('/'));
      const bool customer = std::any_of(scenario.world.customers.begin(), scenario.world.customers.end(), [&](const Customer& c) { return c.id == tenant; }) ||
                            std::any_of(log.final_world.customers.begin(), log.final_world.customers.end(), [&](const Customer& c) { return c.id == tenant; });
      for (const Change& c : entry.result.diff) {
        const EntityValue& any = c.after ? *c.after : *c.before;
        if (!std::holds_alternative<GdapRelationship>(any)) continue;
        CHECK(entry.result.decision == Decision::Applied);
        const GdapRelationship& g = std::get<GdapRelationship>(any);
        const GdapState from = c.before ? GdapState(std::get<GdapRelationship>(*c.before).status) : std::nullopt;
        const GdapState to = c.after ? GdapState(std::get<GdapRelationship>(*c.after).status) : std::nullopt;
        // Who asked, by the actor alone: the system, a customer's user, or a partner's user (the reseller of a
        // provider-created relationship may also be answering its provider's request).
        std::set<GdapActor> who;
        if (entry.event.actor == "system") who = {GdapActor::System};
        else if (customer) who = {GdapActor::CustomerGlobalAdmin};
        else if (tenant == g.partner && !g.indirect_provider.empty()) who = {GdapActor::PartnerUser, GdapActor::IndirectReseller};
        else who = {GdapActor::PartnerUser};
        const GdapEdge* edge = edge_taken(from, to, entry.event.action, who);
        CAPTURE(entry.event.id);
        CAPTURE(entry.event.action);
        CHECK_MESSAGE(edge != nullptr, name_of(from) << " -> " << name_of(to) << " is no edge of the table for this actor");
        if (edge) taken.insert(key_of(*edge));
      }
    }
  }
  // The bundled lessons and the random lifecycles together take every edge of the table.
  CHECK(taken == table);
}

TEST_CASE("every system edge of the table has its timer: it falls due when the documents say and moves along the edge") {
  for (const GdapEdge& edge : gdap_edges()) {
    if (edge.who != GdapActor::System) continue;
    CAPTURE(edge.action);
    CAPTURE(name_of(edge.from));
    CAPTURE(name_of(edge.to));
    Scenario s = world_with(*edge.from, false);
    GdapRelationship& g = s.world.gdap_relationships[0];
    g.requested = kNow;
    g.end = kNow + 100 * kDay;
    g.auto_extend = edge.to == edge.from && edge.action == "gdap_end_reached";
    if (edge.when != GdapWhen::AtOncePerPendingAssignment) g.access_assignments.clear();
    if (edge.when == GdapWhen::AtEnd) g.notices_sent = 3;  // the notices before it have gone
    // When the documents say it falls due: provisioning and assignments at once (R-GDAP-7, R-GDAP-10), an unanswered
    // request 90 days after it was sent (R-GDAP-6), the first notice 30 days before the end (R-GDAP-17), the end date.
    Timestamp due = kNow;
    if (edge.when == GdapWhen::ApprovalWindowAfterRequest) due = kNow + 90 * kDay;
    if (edge.when == GdapWhen::NoticesBeforeEnd) due = *g.end - 30 * kDay;
    if (edge.when == GdapWhen::AtEnd) due = *g.end;
    if (due > kNow) CHECK_FALSE(next_due_event(s, s.world, due - 1));
    const std::optional<Event> e = next_due_event(s, s.world, due);
    REQUIRE(e);
    CHECK(e->action == edge.action);
    CHECK(e->time == due);
    s.world.clock = due;
    const StepResult r = step(s, s.world, *e);
    REQUIRE(r.decision == Decision::Applied);
    CHECK(after_step(s, r) == edge.to);
  }
  // A status with no system edge sets no timer, however long one waits.
  for (const GdapStatus status : kStatuses) {
    bool timed = false;
    for (const GdapEdge& edge : gdap_edges()) timed = timed || (edge.who == GdapActor::System && edge.from == status);
    if (timed) continue;
    CAPTURE(to_name(status));
    const Scenario s = world_with(status, false);
    CHECK_FALSE(next_due_event(s, s.world, kNow + 3650 * kDay));
  }
}

TEST_CASE("docs/gdap.md shows the GDAP table as generated: one diagram line per edge") {
  const std::string generated = gdap_markdown();
  for (const GdapEdge& e : gdap_edges()) {
    const std::string line = "    " + (e.from ? name_of(e.from) : std::string("[*]")) + " --> " + (e.to ? name_of(e.to) : std::string("[*]")) + " : " +
                             std::string(e.action) + " (";
    CAPTURE(line);
    CHECK(generated.find(line) != std::string::npos);
  }
  std::size_t transitions = 0;
  for (std::size_t at = 0; (at = generated.find(" --> ", at)) != std::string::npos; ++at) ++transitions;
  CHECK(transitions == gdap_edges().size());
  const std::string doc = test_support::read_text("docs/gdap.md");
  const std::size_t begin = doc.find("<!-- BEGIN generated by `mpsim gdap --markdown`");
  const std::string end_marker = "<!-- END generated by `mpsim gdap --markdown` -->\n";
  const std::size_t end = doc.find(end_marker);
  REQUIRE(begin != std::string::npos);
  REQUIRE(end != std::string::npos);
  CHECK_MESSAGE(doc.substr(begin, end + end_marker.size() - begin) == generated,
                "docs/gdap.md's generated section is out of date: replace it with the output of  build/native/shell/mpsim gdap --markdown");
}

TEST_CASE("who assigns a GDAP relationship to a security group: Global admin, User management admin or Admin agent") {
  // gdap-assign-azure-ad-roles.md: "Appropriate roles: Global admin | User management admin | Admin agent". Creating the
  // request stays with admin agents (R-GDAP-1); a refused assignment cites R-GDAP-10, the rule of assignments.
  struct Case {
    std::vector<PartnerRole> roles;
    bool allowed;
  };
  const std::vector<Case> cases = {{{PartnerRole::GlobalAdmin}, true},     {{PartnerRole::UserManagementAdmin}, true},
                                   {{PartnerRole::AdminAgent}, true},      {{PartnerRole::SalesAgent}, false},
                                   {{PartnerRole::HelpdeskAgent}, false}, {{PartnerRole::BillingAdmin}, false},
                                   {{}, false}};
  for (const Case& c : cases) {
    CAPTURE(c.roles.size() == 1 ? std::string(to_name(c.roles[0])) : std::string("(none)"));
    Scenario s = world_with(S::Active, false);
    s.world.partners[0].users[0].partner_roles = c.roles;
    const StepResult assign = step(s, s.world, request("create_access_assignment", "p/admin"));
    CHECK((assign.decision == Decision::Applied) == c.allowed);
    if (!c.allowed) {
      REQUIRE(assign.rules.size() == 1);
      CHECK(assign.rules[0].id == "R-GDAP-10");
    }
    // Creating a request is still for admin agents (and global admins) only.
    Event create = request("create_gdap_relationship", "p/admin");
    create.params = {{"relationship", std::string("g2")}, {"customer", std::string("c")}, {"display_name", std::string("Second")},
                     {"roles", std::vector<std::string>{"global-reader"}}};
    const bool may_create = !c.roles.empty() && (c.roles[0] == PartnerRole::GlobalAdmin || c.roles[0] == PartnerRole::AdminAgent);
    const StepResult created = step(s, s.world, create);
    CHECK((created.decision == Decision::Applied) == may_create);
    if (!may_create) CHECK(created.rules.at(0).id == "R-GDAP-1");
  }
}
