// engine_test.cpp — the rule engine: every documented rule is shown applied and denying by a bundled scenario, diffs
// undo and redo exactly, replays are deterministic, invariants hold over thousands of random events, and events are
// checked against the action table when a file is loaded.
#include <doctest/doctest.h>

#include <filesystem>
#include <map>
#include <set>

#include "../test_support.hpp"
#include "mpsim/engine.hpp"
#include "mpsim/enum_names.hpp"
#include "mpsim/generate.hpp"
#include "mpsim/rules.hpp"
#include "mpsim/run.hpp"
#include "mpsim/scenario_io.hpp"

using namespace core;
using test_support::all_issues;

namespace {

std::vector<std::pair<std::string, Scenario>> bundled() {
  std::vector<std::pair<std::string, Scenario>> out;
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(test_support::source_path("web/scenarios")))
    if (e.path().extension() == ".json") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  for (const auto& f : files) {
    Result<Scenario> r = load_scenario(test_support::read_text(std::filesystem::relative(f, MPSIM_SOURCE_DIR).string()));
    REQUIRE_MESSAGE(r.ok(), f.string() << "\n" << all_issues(r.issues));
    out.emplace_back(f.filename().string(), std::move(*r.value));
  }
  return out;
}

}  // namespace

TEST_CASE("every bundled scenario meets all its expectations with no invariant broken") {
  for (const auto& entry : bundled()) {
    const std::string& name = entry.first;
    const Scenario& scenario = entry.second;
    CAPTURE(name);
    const RunLog log = run_scenario(scenario);
    CHECK(log.violation_count() == 0);
    CHECK(log.expectations.size() == scenario.expectations.size());
    for (const ExpectationOutcome& o : log.expectations) {
      std::string failures;
      for (const core::Message& f : o.failures) failures += core::render(f, core::Language::English) + "; ";
      CHECK_MESSAGE(o.passed, "after " << scenario.expectations[o.expectation].after << ": " << failures);
    }
  }
}

TEST_CASE("every documented rule is shown applied and denying by a bundled scenario's expectations") {
  std::map<std::string, std::set<Decision>> shown;
  for (const auto& entry : bundled()) {
    const Scenario& scenario = entry.second;
    const RunLog log = run_scenario(scenario);
    for (const ExpectationOutcome& o : log.expectations) {
      const Expectation& x = scenario.expectations[o.expectation];
      if (!o.passed || !x.decision) continue;
      for (const std::string& rule : x.rules) shown[rule].insert(*x.decision);
    }
  }
  for (const Rule& rule : rule_catalogue()) {
    CAPTURE(rule.id);
    if (rule.inferred) {
      CHECK_MESSAGE(!shown[std::string(rule.id)].empty(), "no bundled scenario shows this inferred rule");
      continue;
    }
    CHECK_MESSAGE(shown[std::string(rule.id)].count(Decision::Applied) == 1, "no expectation shows it allowing a request");
    CHECK_MESSAGE(shown[std::string(rule.id)].count(Decision::Rejected) == 1, "no expectation shows it refusing a request");
  }
  // Expectations name only rules that exist.
  for (const auto& entry : shown) CHECK_MESSAGE(find_rule(entry.first) != nullptr, entry.first);
}

TEST_CASE("the catalogue's era columns: GDAP and transfer rules, and only they, also apply in 21Vianet with gdap_in_21vianet") {
  // docs/gdap.md: "set metadata.gdap_in_21vianet: true: the GDAP and transfer rules then apply in that scenario".
  std::set<std::string> expected;
  for (int n = 1; n <= 21; ++n) expected.insert("R-GDAP-" + std::to_string(n));
  for (int n = 1; n <= 5; ++n) expected.insert("R-XFER-" + std::to_string(n));
  std::set<std::string> added;
  for (const Rule& rule : rule_catalogue()) {
    CHECK_FALSE((!rule_in_scenario(rule, Era::Vianet21, true) && rule_in_scenario(rule, Era::Vianet21, false)));
    if (rule_in_scenario(rule, Era::Vianet21, true) && !rule_in_scenario(rule, Era::Vianet21, false)) added.insert(std::string(rule.id));
    for (const Era era : {Era::GlobalDap, Era::GlobalGdap}) CHECK(rule_in_scenario(rule, era, true) == rule_in_era(rule, era));
  }
  CHECK(added == expected);
}

TEST_CASE("the catalogue's fallbacks: a refusal worded by a 21Vianet rule is decided by the era's own rule elsewhere") {
  // docs/engine.md, "Eras": a customer changing a CSP subscription is refused with R-DAP-4 (DAP era) or R-GDAP-20 (GDAP
  // era) instead of R-SUB-2, an upgrade without admin rights with R-DAP-5 instead of R-SUB-3, a state problem with
  // R-INF-2 instead of R-SUB-1 or R-MC-4; who holds DAP is the customer's choice (R-DAP-3 for R-IND-5), where and how
  // the customer accepts (R-REL-1 for R-REL-7), support needs admin rights (R-DAP-5 for R-CN-5).
  const std::map<std::string, std::pair<std::string, std::string>> expected = {
      {"R-SUB-2", {"R-DAP-4", "R-GDAP-20"}}, {"R-SUB-3", {"R-DAP-5", "R-DAP-5"}}, {"R-SUB-1", {"R-INF-2", "R-INF-2"}}, {"R-MC-4", {"R-INF-2", "R-INF-2"}},
      {"R-IND-5", {"R-DAP-3", "R-DAP-3"}},   {"R-REL-7", {"R-REL-1", "R-REL-1"}}, {"R-CN-5", {"R-DAP-5", "R-DAP-5"}}};
  std::map<std::string, std::pair<std::string, std::string>> table;
  for (const Rule& rule : rule_catalogue()) {
    CAPTURE(rule.id);
    CHECK(deciding_rule(rule, Era::Vianet21, false) == rule.id);  // every one of them is a 21Vianet rule
    const std::string dap(deciding_rule(rule, Era::GlobalDap, false)), gdap(deciding_rule(rule, Era::GlobalGdap, false));
    if (dap != rule.id || gdap != rule.id) table[std::string(rule.id)] = {dap, gdap};
    // A fallback is in force where it decides.
    if (dap != rule.id) CHECK(rule_in_era(*find_rule(dap), Era::GlobalDap));
    if (gdap != rule.id) CHECK(rule_in_era(*find_rule(gdap), Era::GlobalGdap));
  }
  CHECK(table == expected);
  // And the engine cites them: a customer suspending its own CSP subscription, in each era.
  for (const auto& case_ : std::vector<std::pair<Era, std::string>>{{Era::Vianet21, "R-SUB-2"}, {Era::GlobalDap, "R-DAP-4"}, {Era::GlobalGdap, "R-GDAP-20"}}) {
    const Era era = case_.first;
    const std::string& rule = case_.second;
    CAPTURE(to_name(era));
    Scenario s;
    s.metadata.era = era;
    s.world.partners.emplace_back().id = "p";
    Customer& c = s.world.customers.emplace_back();
    c.id = "c";
    c.users.push_back(User{"ga", "", "", {}, {CustomerRole::GlobalAdmin}});
    Subscription& sub = s.world.subscriptions.emplace_back();
    sub.id = "s";
    sub.customer = "c";
    sub.partner_of_record = "p";
    s.world.delegated_admin.push_back(DelegatedAdminGrant{"p", "c", {}, std::nullopt, std::nullopt, false});
    Event e;
    e.actor = "c/ga";
    e.action = "suspend_subscription";
    e.params["subscription"] = std::string("s");
    const StepResult r = step(s, s.world, e);
    CHECK(r.decision == Decision::Rejected);
    REQUIRE(r.rules.size() == 1);
    CHECK(r.rules[0].id == rule);
  }
}

TEST_CASE("docs/rules.md is the catalogue as generated") {
  CHECK_MESSAGE(test_support::read_text("docs/rules.md") == rules_markdown(),
                "docs/rules.md is out of date: run  build/native/shell/mpsim rules --markdown > docs/rules.md");
}

TEST_CASE("the action table: each action is found by its name and dispatched to a handler that decides it") {
  const Scenario scenario = generate_scenario({.seed = 3, .era = Era::GlobalGdap, .customers = 4, .subscriptions = 8, .events = 0});
  std::set<std::string_view> names;
  for (const ActionSpec& action : action_catalogue()) {
    CAPTURE(action.name);
    CHECK(names.insert(action.name).second);
    CHECK(find_action(action.name) == &action);  // the lookup and the dispatch use the table's own row
    Event e;
    e.id = "probe";
    e.actor = action.actor == ActorKind::System ? "system" : scenario.world.partners.front().id + "/admin";
    e.action = std::string(action.name);
    const StepResult r = step(scenario, scenario.world, e);
    // Its own label names it in the summary, and a handler decided it (not the refusal of a name the table lacks).
    CHECK(render(r.summary, Language::English).find(": " + std::string(action.label) + " — ") != std::string::npos);
    REQUIRE_FALSE(r.rules.empty());
    CHECK(render(r.rules.back().explanation, Language::English).find("is not an action of this simulator") == std::string::npos);
  }
  CHECK(find_action("change_quantiy") == nullptr);
}

TEST_CASE("docs/actions.md is the action table as generated") {
  CHECK_MESSAGE(test_support::read_text("docs/actions.md") == actions_markdown(),
                "docs/actions.md is out of date: run  build/native/shell/mpsim actions --markdown > docs/actions.md");
}

TEST_CASE("every deciding rule of every step is in the catalogue and belongs to the scenario's era (a dated era: its cloud)") {
  for (const auto& entry : bundled()) {
    const std::string& name = entry.first;
    const Scenario& scenario = entry.second;
    CAPTURE(name);
    for (const LogEntry& e : run_scenario(scenario).entries)
      for (const DecidingRule& r : e.result.rules) {
        CAPTURE(r.id);
        const Rule* rule = find_rule(r.id);
        REQUIRE(rule != nullptr);
        CHECK(rule_in_scenario(*rule, scenario.metadata));
        CHECK_FALSE(render(r.explanation, Language::English).empty());
      }
  }
}

TEST_CASE("diffs undo and redo exactly: the timeline needs no copy of the world per step") {
  for (const auto& entry : bundled()) {
    const std::string& name = entry.first;
    const Scenario& scenario = entry.second;
    CAPTURE(name);
    const RunLog log = run_scenario(scenario);
    World world = log.final_world;
    for (auto it = log.entries.rbegin(); it != log.entries.rend(); ++it) undo_diff(world, it->result.diff);
    CHECK(world == scenario.world);
    for (const LogEntry& e : log.entries) apply_diff(world, e.result.diff);
    CHECK(world == log.final_world);
  }
}

TEST_CASE("a refused request changes nothing but the time") {
  for (const auto& entry : bundled())
    for (const LogEntry& e : run_scenario(entry.second).entries)
      if (e.result.decision == Decision::Rejected)
        for (const Change& c : e.result.diff) CHECK(std::holds_alternative<Timestamp>(*(c.after ? c.after : c.before)));
}

TEST_CASE("asking is answering: step() on the same world gives the same decision every time, and the decision log is stable") {
  const auto scenarios = bundled();
  for (const auto& entry : scenarios) {
    const std::string& name = entry.first;
    const Scenario& scenario = entry.second;
    CAPTURE(name);
    const RunLog a = run_scenario(scenario), b = run_scenario(scenario);
    CHECK(a == b);
    CHECK(decision_log_json(scenario, a) == decision_log_json(scenario, b));
    if (!scenario.events.empty()) CHECK(step(scenario, scenario.world, scenario.events[0]) == a.entries[0].result);
  }
}

TEST_CASE("property: thousands of random events on random worlds break no invariant, replay identically and undo to the start") {
  std::size_t events = 0, applied = 0;
  std::set<std::pair<GdapStatus, GdapStatus>> gdap_moves;
  for (const Era era : {Era::Vianet21, Era::GlobalDap, Era::GlobalGdap})
    for (std::uint64_t seed = 1; seed <= 10; ++seed) {
      GenerateOptions options;
      options.seed = seed * 7919;
      options.era = era;
      options.partners = 8;
      options.customers = 25;
      options.subscriptions = 60;
      options.events = 300;
      const Scenario scenario = generate_scenario(options);
      // The generated file is valid, actions and parameters included.
      REQUIRE(load_scenario(export_scenario(scenario)).ok());
      const RunLog log = run_scenario(scenario);
      CAPTURE(seed);
      CHECK(log.violation_count() == 0);
      for (const LogEntry& e : log.entries)
        for (const Violation& v : e.violations) FAIL_CHECK(e.event.id << ": " << v.rule << " " << v.message);
      CHECK(log == run_scenario(scenario));
      World world = log.final_world;
      for (auto it = log.entries.rbegin(); it != log.entries.rend(); ++it) undo_diff(world, it->result.diff);
      CHECK(world == scenario.world);
      for (const LogEntry& e : log.entries) {
        // Every deciding rule belongs to the era's pack.
        for (const DecidingRule& r : e.result.rules) {
          const Rule* rule = find_rule(r.id);
          REQUIRE(rule != nullptr);
          CHECK_MESSAGE(rule_in_scenario(*rule, era, false), e.event.action << " cited " << r.id << " in " << to_name(era));
        }
        // GDAP lifecycles move only along Graph's documented edges (the invariants check each; here we count them).
        for (const Change& c : e.result.diff)
          if (c.before && c.after && std::holds_alternative<GdapRelationship>(*c.before)) {
            const GdapStatus from = std::get<GdapRelationship>(*c.before).status, to = std::get<GdapRelationship>(*c.after).status;
            CHECK(gdap_transition_documented(from, to));
            if (from != to) gdap_moves.insert({from, to});
          }
      }
      events += log.entries.size();
      for (const LogEntry& e : log.entries) applied += e.result.decision == Decision::Applied;
    }
  CHECK(events >= 9000);
  // The random GDAP lifecycles reach most of the state machine: request, approval, provisioning, expiry, termination.
  CAPTURE(gdap_moves.size());
  for (const std::pair<GdapStatus, GdapStatus>& move : std::vector<std::pair<GdapStatus, GdapStatus>>{{GdapStatus::Created, GdapStatus::ApprovalPending},
                                                                              {GdapStatus::ApprovalPending, GdapStatus::Approved},
                                                                              {GdapStatus::Approved, GdapStatus::Activating},
                                                                              {GdapStatus::Activating, GdapStatus::Active},
                                                                              {GdapStatus::Active, GdapStatus::TerminationRequested},
                                                                              {GdapStatus::Terminating, GdapStatus::Terminated},
                                                                              {GdapStatus::Active, GdapStatus::Expiring},
                                                                              {GdapStatus::Expiring, GdapStatus::Expired}})
    CHECK_MESSAGE(gdap_moves.count(move) == 1, to_name(move.first) << " -> " << to_name(move.second) << " never happened");
  CHECK(applied > events / 20);  // the random requests are not all refused: the engine's paths are exercised
}

TEST_CASE("loading checks events against the action table") {
  const std::string base = test_support::read_text("web/scenarios/second-partner-joins.json");
  const auto with_event = [&](const std::string& event) {
    std::string text = base;
    const std::string marker = "\"events\": [\n";
    text.insert(text.find(marker) + marker.size(), "    " + event + ",\n");
    return load_scenario(text);
  };
  SUBCASE("unknown action, with a suggestion") {
    const auto r = with_event(R"({"id": "x", "time": "2018-10-29T09:10:00Z", "actor": "northwind/chen.jing", "action": "change_quantiy", "params": {"subscription": "fab-e3", "quantity": 3}})");
    REQUIRE_FALSE(r.ok());
    CHECK(r.issues[0].code == "unknown-action");
    CHECK(r.issues[0].pointer == "/events/0/action");
    CHECK(r.issues[0].message.find("Did you mean \"change_quantity\"?") != std::string::npos);
  }
  SUBCASE("missing parameter") {
    const auto r = with_event(R"({"id": "x", "time": "2018-10-29T09:10:00Z", "actor": "northwind/chen.jing", "action": "change_quantity", "params": {"subscription": "fab-e3"}})");
    REQUIRE_FALSE(r.ok());
    CHECK(r.issues[0].code == "missing-param");
    CHECK(r.issues[0].message.find("\"quantity\"") != std::string::npos);
  }
  SUBCASE("unknown parameter") {
    const auto r = with_event(R"({"id": "x", "time": "2018-10-29T09:10:00Z", "actor": "northwind/chen.jing", "action": "suspend_subscription", "params": {"subscription": "fab-e3", "reason": "fraud"}})");
    REQUIRE_FALSE(r.ok());
    CHECK(r.issues[0].code == "unknown-param");
    CHECK(r.issues[0].pointer == "/events/0/params/reason");
  }
  SUBCASE("parameter of the wrong type") {
    const auto r = with_event(R"({"id": "x", "time": "2018-10-29T09:10:00Z", "actor": "northwind/chen.jing", "action": "change_quantity", "params": {"subscription": "fab-e3", "quantity": "30"}})");
    REQUIRE_FALSE(r.ok());
    CHECK(r.issues[0].code == "wrong-type");
    CHECK(r.issues[0].pointer == "/events/0/params/quantity");
  }
  SUBCASE("a system action needs the system actor") {
    const auto r = with_event(R"({"id": "x", "time": "2018-10-29T09:10:00Z", "actor": "northwind/chen.jing", "action": "advance_clock", "params": {"days": 3}})");
    REQUIRE_FALSE(r.ok());
    CHECK(r.issues[0].code == "invalid-actor");
  }
}

TEST_CASE("state paths read entities by id and pairs of ids") {
  const auto scenarios = bundled();
  const Scenario& s = std::find_if(scenarios.begin(), scenarios.end(), [](const auto& p) { return p.first == "second-partner-joins.json"; })->second;
  CHECK(state_value(s.world, "/subscriptions/fab-e3/quantity") == "40");
  CHECK(state_value(s.world, "/subscriptions/fab-e3/partner_of_record") == "\"contoso\"");
  CHECK(state_value(s.world, "/subscriptions/fab-e3") == "{}");
  CHECK_FALSE(state_value(s.world, "/subscriptions/nope"));
  CHECK_FALSE(state_value(s.world, "/subscriptions/fab-e3/nope"));
  CHECK(state_value(s.world, "/delegated_admin/contoso/fabrikam/services") == "[\"o365-e3\"]");
  CHECK(state_value(s.world, "/reseller_relationships/contoso/fabrikam") == "{}");
  CHECK_FALSE(state_value(s.world, "/reseller_relationships/northwind/fabrikam"));
  CHECK(state_value(s.world, "/clock") == "\"2018-10-29T09:00:00Z\"");
}

TEST_CASE("a suspended subscription's deletion falls due exactly 60 days later") {
  Scenario s;
  s.world.clock = 0;
  Subscription sub;
  sub.id = "s1";
  sub.status = SubscriptionStatus::Suspended;
  sub.suspended_at = 10 * kSecondsPerDay;
  s.world.subscriptions.push_back(sub);
  CHECK_FALSE(next_due_event(s, s.world, 70 * kSecondsPerDay - 1));
  const auto due = next_due_event(s, s.world, 70 * kSecondsPerDay);
  REQUIRE(due);
  CHECK(due->action == "delete_subscription_data");
  CHECK(*due->time == 70 * kSecondsPerDay);
  CHECK(std::get<std::string>(due->params.at("subscription")) == "s1");
}

TEST_CASE("a suspension announces the deletion it schedules, and the runner fires exactly that") {
  Result<Scenario> r = load_scenario(test_support::read_text("web/scenarios/cn-suspension-60-days.json"));
  REQUIRE(r.ok());
  const RunLog log = run_scenario(*r.value);
  const LogEntry* suspend = nullptr;
  const LogEntry* fired = nullptr;
  for (const LogEntry& e : log.entries) {
    if (e.event.id == "suspend-again") suspend = &e;
    if (e.scheduled) fired = &e;
  }
  REQUIRE(suspend);
  REQUIRE(fired);
  REQUIRE(suspend->result.follow_ons.size() == 1);
  const Event& announced = suspend->result.follow_ons[0];
  CHECK(announced.action == fired->event.action);
  CHECK(announced.time == fired->event.time);
  CHECK(announced.params == fired->event.params);
  CHECK(*announced.time == *parse_timestamp("2019-01-02T09:00:00Z") + 60 * kSecondsPerDay);
}

TEST_CASE("gdap_in_21vianet lets a 21Vianet scenario simulate GDAP; without it GDAP is refused there (R-INF-8)") {
  Result<Scenario> loaded = load_scenario(test_support::read_text("web/scenarios/cn-vs-global-gdap.json"));
  REQUIRE(loaded.ok());
  Scenario scenario = *loaded.value;
  const auto decision_of = [](const RunLog& log, const std::string& id) -> const StepResult* {
    for (const LogEntry& e : log.entries)
      if (!e.scheduled && e.event.id == id) return &e.result;
    return nullptr;
  };
  const RunLog off = run_scenario(scenario);
  REQUIRE(decision_of(off, "gdap-request"));
  CHECK(decision_of(off, "gdap-request")->decision == Decision::Rejected);
  CHECK(decision_of(off, "gdap-request")->rules.back().id == "R-INF-8");
  scenario.metadata.gdap_in_21vianet = true;
  // The option survives a round trip through the file format.
  REQUIRE(load_scenario(export_scenario(scenario)).value->metadata.gdap_in_21vianet);
  const RunLog on = run_scenario(scenario);
  const StepResult* request = decision_of(on, "gdap-request");
  REQUIRE(request);
  CHECK(request->decision == Decision::Applied);
  CHECK(std::any_of(request->rules.begin(), request->rules.end(), [](const DecidingRule& r) { return r.id == "R-GDAP-1"; }));
  CHECK(on.violation_count() == 0);
  for (const LogEntry& e : on.entries)
    for (const DecidingRule& r : e.result.rules) CHECK(rule_in_scenario(*find_rule(r.id), Era::Vianet21, true));
  // 21Vianet's own rules still decide the rest: the invitation still carries DAP.
  CHECK(decision_of(on, "invite-without-dap")->decision == Decision::Rejected);
}

TEST_CASE("the scenario library: at least 15 lessons, each step narrated with a rule of its era, gallery metadata complete") {
  const auto scenarios = bundled();
  CHECK(scenarios.size() >= 15);
  std::set<Era> eras;
  for (const auto& entry : scenarios) {
    const Scenario& s = entry.second;
    CAPTURE(entry.first);
    eras.insert(s.metadata.era);
    CHECK_FALSE(s.metadata.title.en.empty());
    CHECK(s.metadata.description.en.size() > 80);  // the gallery's tooltip and the lesson's introduction
    CHECK_FALSE(s.metadata.tags.empty());
    CHECK_FALSE(s.expectations.empty());
    for (const Event& e : s.events) {
      CAPTURE(e.id);
      REQUIRE(e.lesson.has_value());
      CHECK(e.lesson->text.en.size() > 20);
      if (e.lesson->rule.empty()) continue;
      const Rule* rule = find_rule(e.lesson->rule);
      REQUIRE(rule != nullptr);
      CHECK(rule_in_scenario(*rule, s.metadata));
    }
  }
  CHECK(eras.size() == 5);  // lessons for the three rule packs, global today and 21Vianet today
}

// Long: about a million steps. Runs natively in CI; the Node run of the suite leaves it out (tests/CMakeLists.txt).
TEST_CASE("property at scale: a million random events across random worlds of all three eras") {
  std::size_t events = 0, violations = 0, worlds = 0;
  for (std::uint64_t seed = 1; events < 1'000'000; ++seed) {
    GenerateOptions options;
    options.seed = seed * 104729;
    options.era = static_cast<Era>(seed % 3);
    options.partners = 6 + seed % 5;
    options.customers = 20 + seed % 15;
    options.subscriptions = 40 + seed % 40;
    options.events = 4000;
    options.awkward_text = seed % 2 == 0;
    const Scenario scenario = generate_scenario(options);
    // Export and load give the same scenario back (the file format loses nothing).
    const Result<Scenario> reloaded = load_scenario(export_scenario(scenario));
    REQUIRE(reloaded.ok());
    CHECK(*reloaded.value == scenario);
    const RunLog log = run_scenario(scenario);
    violations += log.violation_count();
    for (const LogEntry& e : log.entries)
      for (const Violation& v : e.violations) FAIL_CHECK(to_name(options.era) << " seed " << options.seed << " " << e.event.id << ": " << v.rule << " " << v.message);
    // Replay is deterministic, and undoing every step gives back the initial world.
    CHECK(decision_log_json(scenario, run_scenario(scenario)) == decision_log_json(scenario, log));
    World world = log.final_world;
    for (auto it = log.entries.rbegin(); it != log.entries.rend(); ++it) undo_diff(world, it->result.diff);
    CHECK(world == scenario.world);
    events += log.entries.size();
    ++worlds;
  }
  MESSAGE(events << " events in " << worlds << " worlds, " << violations << " invariant violations");
  CHECK(violations == 0);
}

// Every action of the table, asked by a partner admin, a customer's Global admin and the system clock, in each era:
// whatever the answer, the rules that decide it belong to that era (a 21Vianet scenario naming a GDAP timer or a
// transfer must be refused by a 21Vianet rule, not by a GDAP one).
TEST_CASE("every action in every era is decided by that era's rules only") {
  for (const Era era : {Era::Vianet21, Era::GlobalDap, Era::GlobalGdap}) {
    GenerateOptions options;
    options.seed = 5;
    options.era = era;
    options.customers = 6;
    options.subscriptions = 12;
    options.events = 0;
    const Scenario scenario = generate_scenario(options);
    const World& w = scenario.world;
    const std::string gdap = w.gdap_relationships.empty() ? "g00000" : w.gdap_relationships.front().id;
    for (const ActionSpec& action : action_catalogue())
      for (const std::string& actor : {w.partners.front().id + "/admin", w.customers.front().id + "/ga", std::string("system")}) {
        Event e;
        e.id = "probe";
        e.actor = actor;
        e.action = std::string(action.name);
        for (const ParamSpec& p : action.params) {
          const std::string name(p.name);
          if (p.type == ParamType::Integer) e.params[name] = std::int64_t{30};
          else if (p.type == ParamType::Boolean) e.params[name] = true;
          else if (p.type == ParamType::IdList) e.params[name] = std::vector<std::string>{w.subscriptions.front().id};
          else if (p.names == Names::Subscription) e.params[name] = w.subscriptions.front().id;
          else if (p.names == Names::Customer) e.params[name] = w.customers.front().id;
          else if (p.names == Names::GdapRelationship) e.params[name] = gdap;
          else if (p.names == Names::Partner) e.params[name] = w.partners.back().id;
          else if (p.required) e.params[name] = std::string("x");
        }
        const StepResult r = step(scenario, w, e);
        CAPTURE(to_name(era));
        CAPTURE(e.action);
        CAPTURE(actor);
        REQUIRE_FALSE(r.rules.empty());
        for (const DecidingRule& rule : r.rules) {
          CAPTURE(rule.id);
          REQUIRE(find_rule(rule.id) != nullptr);
          CHECK(rule_in_scenario(*find_rule(rule.id), era, false));
        }
      }
  }
}
