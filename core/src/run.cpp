// run.cpp — the scenario runner, the invariants, state paths and the decision log.
#include "mpsim/run.hpp"

#include <cassert>
#include <algorithm>
#include <set>

#include "mpsim/enum_names.hpp"
#include "mpsim/gdap.hpp"
#include "mpsim/json_writer.hpp"
#include "mpsim/rules.hpp"
#include "mpsim/scenario_io.hpp"

namespace core {
namespace {

std::vector<std::string> split_path(const std::string& path) {
  std::vector<std::string> parts;
  std::size_t start = 1;
  while (start <= path.size()) {
    const std::size_t slash = path.find('/', start);
    std::string part = path.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
    // RFC 6901 escapes, so ids with '/' or '~' can be named.
    for (std::size_t i = 0; (i = part.find('~', i)) != std::string::npos; ++i) part.replace(i, 2, part.compare(i, 2, "~1") == 0 ? "/" : "~");
    parts.push_back(std::move(part));
    if (slash == std::string::npos) break;
    start = slash + 1;
  }
  return parts;
}

std::optional<std::string> member_or_whole(const MemberList& members, const std::vector<std::string>& parts, std::size_t at) {
  if (at >= parts.size()) return std::string("{}");  // the entity exists
  for (const auto& [name, value] : members)
    if (name == parts[at]) return value;
  return std::nullopt;
}

template <class T> std::optional<std::string> by_id_path(const std::vector<T>& items, const std::vector<std::string>& parts) {
  if (parts.size() < 2) return std::nullopt;
  for (const T& item : items)
    if (item.id == parts[1]) return member_or_whole(entity_members(item, MemberDefaults::Shown), parts, 2);
  return std::nullopt;
}

template <class T, class A, class B> std::optional<std::string> by_pair_path(const std::vector<T>& items, const std::vector<std::string>& parts, A first, B second) {
  if (parts.size() < 3) return std::nullopt;
  for (const T& item : items)
    if (item.*first == parts[1] && item.*second == parts[2]) return member_or_whole(entity_members(item, MemberDefaults::Shown), parts, 3);
  return std::nullopt;
}

// ---- invariants

void check_subscription_guarantees(const Subscription& before, const Subscription& after, const Event& event, std::vector<Violation>& out) {
  const auto violated = [&](const char* rule, const std::string& what) {
    out.push_back(Violation{rule, "\"" + event.action + "\" (" + event.id + ") changed " + what + " of existing subscription " + before.id});
  };
  if (before.quantity != after.quantity || before.service != after.service || before.status != after.status || before.start != after.start)
    violated("R-MP-1", "the quantity, offer, status or start");
  if (before.customer != after.customer) violated("R-MP-2", "the owner");
  if (before.end != after.end || before.billing_cycle != after.billing_cycle || before.auto_renew != after.auto_renew)
    violated("R-MP-3", "the terms");
  if (before.partner_of_record != after.partner_of_record || before.reseller_of_record != after.reseller_of_record)
    violated("R-MP-4", "the partner of record");
}

// A list's ids in their order, "a, b, c": the same in both languages (ids are never translated).
std::string joined_ids(const std::vector<std::string>& ids) {
  std::string out;
  for (const std::string& id : ids) out += (out.empty() ? "" : ", ") + id;
  return out;
}

bool partner_exists(const World& w, const WorldIndex& index, const std::string& id) { return index.by_id(w.partners, id) != nullptr; }
bool customer_exists(const World& w, const WorldIndex& index, const std::string& id) { return index.by_id(w.customers, id) != nullptr; }

}  // namespace

std::size_t RunLog::violation_count() const {
  std::size_t n = 0;
  for (const LogEntry& e : entries) n += e.violations.size();
  return n;
}

bool RunLog::all_expectations_pass() const {
  return std::all_of(expectations.begin(), expectations.end(), [](const ExpectationOutcome& o) { return o.passed; });
}

std::vector<Violation> check_invariants(const Scenario& scenario, Timestamp clock_before, const World& after, const WorldIndex& index,
                                        const Event& event, const StepResult& result) {
  std::vector<Violation> out;
  const ActionSpec* action = find_action(event.action);
  const bool cn = era_cloud(scenario.metadata.era) == Cloud::China;
  if (after.clock < clock_before) out.push_back(Violation{"R-INF-2", "the clock went backwards"});
  if (result.decision == Decision::Rejected)
    for (const Change& c : result.diff)
      if (!std::holds_alternative<Timestamp>(*(c.after ? c.after : c.before)))
        out.push_back(Violation{"R-INF-1", "a refused request changed the world"});
  std::set<std::string> touched_customers;
  for (const Change& c : result.diff) {
    if (c.before && c.after && std::holds_alternative<Subscription>(*c.before)) {
      const Subscription& b = std::get<Subscription>(*c.before);
      const Subscription& a = std::get<Subscription>(*c.after);
      // The four guarantees of the seed page: multi-partner events never touch existing subscriptions.
      if (action && action->multi_partner) check_subscription_guarantees(b, a, event, out);
      if (b.status == SubscriptionStatus::Deleted && !(a == b)) out.push_back(Violation{"R-SUB-1", "deleted subscription " + b.id + " changed"});
      // Only an accepted transfer moves a subscription to another partner (R-XFER-5).
      if (a.partner_of_record != b.partner_of_record && !(action && action->moves_partner_of_record))
        out.push_back(Violation{"R-MP-6", "the partner of record of " + b.id + " changed"});
    }
    if (c.before && std::holds_alternative<GdapRelationship>(*c.before)) {
      const GdapRelationship& b = std::get<GdapRelationship>(*c.before);
      // Every change of a relationship is an edge of the GDAP table, taken by its action (gdap.hpp).
      if (!c.after) {
        if (!find_gdap_move(b.status, std::nullopt, event.action))
          out.push_back(Violation{"R-GDAP-3", "GDAP relationship " + b.id + " was deleted while " + std::string(to_name(b.status))});
      } else {
        const GdapRelationship& a = std::get<GdapRelationship>(*c.after);
        if (gdap_status_final(b.status) && !(a == b))
          out.push_back(Violation{"R-GDAP-18", "final GDAP relationship " + b.id + " changed"});
        else if (!find_gdap_move(b.status, a.status, event.action))
          out.push_back(Violation{"R-GDAP-7", "GDAP relationship " + b.id + " went " + std::string(to_name(b.status)) + " -> " + std::string(to_name(a.status)) + ", which Graph does not document"});
      }
    } else if (!c.before && c.after && std::holds_alternative<GdapRelationship>(*c.after)) {
      const GdapRelationship& a = std::get<GdapRelationship>(*c.after);
      if (!find_gdap_move(std::nullopt, a.status, event.action))  // a request starts created; default GDAP active (R-DAP-8)
        out.push_back(Violation{"R-GDAP-7", "GDAP relationship " + a.id + " began " + std::string(to_name(a.status)) + " instead of created"});
    }
    if (!c.after) continue;
    std::visit([&](const auto& v) {
      using T = std::decay_t<decltype(v)>;
      if constexpr (std::is_same_v<T, Subscription>) {
        if (!customer_exists(after, index, v.customer)) out.push_back(Violation{"R-INF-1", "subscription " + v.id + " names a missing customer"});
        if (!v.partner_of_record.empty() && !partner_exists(after, index, v.partner_of_record))
          out.push_back(Violation{"R-INF-1", "subscription " + v.id + " names a missing partner of record"});
        if (cn && !c.before) {
          const Service* svc = index.by_id(after.services, v.service);
          if (svc && (svc->kind == ServiceKind::Usage || svc->family == "azure"))
            out.push_back(Violation{"R-CN-2", "an Azure subscription was created in 21Vianet"});
        }
        // Uniqueness can only break when something is added: checking only then keeps a step O(change), not O(world).
        if (!c.before && index.positions<Subscription>(Key::Id, v.id).size() != 1)
          out.push_back(Violation{"R-INF-1", "subscription id " + v.id + " is not unique"});
      } else if constexpr (std::is_same_v<T, ResellerRelationship>) {
        if (!partner_exists(after, index, v.partner) || !customer_exists(after, index, v.customer))
          out.push_back(Violation{"R-INF-1", "a reseller relationship names a missing tenant"});
        if (!c.before && index.positions<ResellerRelationship>(Key::Pair, PairKey(v.partner, v.customer)).size() != 1)
          out.push_back(Violation{"R-REL-5", "duplicate reseller relationship " + v.partner + " / " + v.customer});
      } else if constexpr (std::is_same_v<T, DelegatedAdminGrant>) {
        touched_customers.insert(v.customer);
        if (!partner_exists(after, index, v.partner) || !customer_exists(after, index, v.customer))
          out.push_back(Violation{"R-INF-1", "a DAP grant names a missing tenant"});
        if (!c.before && index.positions<DelegatedAdminGrant>(Key::Pair, PairKey(v.partner, v.customer)).size() != 1)
          out.push_back(Violation{"R-DAP-3", "duplicate DAP grant " + v.partner + " / " + v.customer});
      } else if constexpr (std::is_same_v<T, Partnership>) {
        if (!partner_exists(after, index, v.provider) || !partner_exists(after, index, v.reseller))
          out.push_back(Violation{"R-IND-1", "a partnership names a missing partner"});
      }
    }, *c.after);
  }
  // At most one CSP partner with DAP per service per customer (R-MC-2), for the customers whose DAP changed.
  if (cn)
    for (const std::string& customer : touched_customers) {
      std::set<std::string> seen;
      for (const std::uint32_t at : index.positions<DelegatedAdminGrant>(Key::Customer, customer)) {
        const DelegatedAdminGrant& g = after.delegated_admin[at];
        for (const std::string& s : g.services)
          if (!seen.insert(s).second) out.push_back(Violation{"R-MC-2", customer + " has two CSP partners with DAP for " + s});
      }
    }
  return out;
}

std::optional<std::string> state_value(const World& w, const std::string& path) {
  if (path == "/clock") return "\"" + format_timestamp(w.clock) + "\"";
  const std::vector<std::string> parts = split_path(path);
  if (parts.empty()) return std::nullopt;
  const std::string& what = parts[0];
  // Who bills the customer for a subscription (R-MP-5): the partner that sold it, which a transfer changes (R-XFER-4);
  // null when no partner does (bought directly, EA, Open, …). Derived, not stored, so it cannot disagree.
  if (what == "subscriptions" && parts.size() == 3 && parts[2] == "billed_partner") {
    for (const Subscription& s : w.subscriptions)
      if (s.id == parts[1]) return s.channel == Channel::Csp && !s.partner_of_record.empty() ? "\"" + s.partner_of_record + "\"" : std::string("null");
    return std::nullopt;
  }
  // Who earns partner earned credit on it (R-PEC-1/2): derived like billed_partner; absent when no partner does.
  if (what == "subscriptions" && parts.size() == 3 && parts[2] == "pec_partner") {
    for (const Subscription& s : w.subscriptions)
      if (s.id == parts[1]) {
        const std::string earner = pec_partner(w, s);
        if (earner.empty()) return std::nullopt;
        return "\"" + earner + "\"";
      }
    return std::nullopt;
  }
  if (what == "subscriptions") return by_id_path(w.subscriptions, parts);
  if (what == "customers") return by_id_path(w.customers, parts);
  if (what == "partners") return by_id_path(w.partners, parts);
  if (what == "gdap_relationships") return by_id_path(w.gdap_relationships, parts);
  if (what == "invitations") return by_id_path(w.invitations, parts);
  if (what == "transfers") return by_id_path(w.transfers, parts);
  if (what == "reseller_relationships") return by_pair_path(w.reseller_relationships, parts, &ResellerRelationship::partner, &ResellerRelationship::customer);
  if (what == "delegated_admin") return by_pair_path(w.delegated_admin, parts, &DelegatedAdminGrant::partner, &DelegatedAdminGrant::customer);
  if (what == "partnerships") return by_pair_path(w.partnerships, parts, &Partnership::provider, &Partnership::reseller);
  return std::nullopt;
}

ScenarioRun::ScenarioRun(const Scenario& scenario)
    : scenario_(&scenario),
      world_(scenario.world),
      index_(world_, scenario.metadata),
      gdap_timers_(gdap_in_force(scenario.metadata)) {
  for (std::size_t i = 0; i < scenario.expectations.size(); ++i) expectations_by_event_.emplace(scenario.expectations[i].after, i);
}

void ScenarioRun::record(const Event& event, bool scheduled) {
  LogEntry entry;
  entry.event = event;
  entry.scheduled = scheduled;
  entry.result = step(*scenario_, world_, index_, event);
  const Timestamp clock_before = world_.clock;
  apply_diff(world_, index_, entry.result.diff);
  entry.violations = check_invariants(*scenario_, clock_before, world_, index_, event, entry.result);
  log_.entries.push_back(std::move(entry));
}

void ScenarioRun::check_expectation(std::size_t index) {
  const Expectation& x = scenario_->expectations[index];
  ExpectationOutcome outcome;
  outcome.expectation = index;
  outcome.entry = log_.entries.size() - 1;
  const StepResult& r = log_.entries.back().result;
  // Sentences from the report rows (message_templates.cpp), so that they read in the interface's language.
  const auto fail = [&](std::string_view key, std::vector<MessageArg> args) { outcome.failures.push_back(Message::of(key, std::move(args))); };
  if (x.decision && *x.decision != r.decision) fail("expect.decision", {{"expected", name_message(*x.decision)}, {"actual", name_message(r.decision)}});
  for (const std::string& rule : x.rules)
    if (std::none_of(r.rules.begin(), r.rules.end(), [&](const DecidingRule& d) { return d.id == rule; })) fail("expect.rule", {{"rule", rule}});
  for (const StateCheck& check : x.state) {
    const std::optional<std::string> actual = state_value(world_, check.path);
    if (check.exists && *check.exists != actual.has_value()) fail(*check.exists ? "expect.missing" : "expect.present", {{"path", check.path}});
    if (check.equals) {
      const std::string expected = param_json(*check.equals);
      if (!actual) fail("expect.missing_value", {{"path", check.path}, {"expected", expected}});
      else if (*actual != expected) fail("expect.value", {{"path", check.path}, {"actual", *actual}, {"expected", expected}});
    }
  }
  if (x.result) {
    if (!r.listed) fail("expect.no_result", {{"expected", joined_ids(*x.result)}});
    else if (*r.listed != *x.result) fail("expect.result", {{"actual", joined_ids(*r.listed)}, {"expected", joined_ids(*x.result)}});
  }
  outcome.passed = outcome.failures.empty();
  log_.expectations.push_back(std::move(outcome));
}

bool ScenarioRun::advance(std::size_t events) {
  const std::vector<Event>& all = scenario_->events;
  for (std::size_t n = 0; n < events && next_event_ < all.size(); ++n) {
    const Event& event = all[next_event_++];
    // Timers that fall due before this event fire first, in time order.
    const Timestamp until = event.time.value_or(world_.clock);
    const ActionSpec* action = find_action(event.action);
    const Timestamp horizon = action && action->moves_clock ? clock_target(event, until) : until;
    // A scenario may spell a timer out as its own event (to attach a lesson or an expectation to it): it then happens
    // as that event instead of being fired by the clock.
    while (const auto due = next_due_event(*scenario_, world_, index_, horizon)) {
      if (event.actor == "system" && due->action == event.action && due->params == event.params) break;
      record(*due, true);
    }
    record(event, false);
    const auto [first, last] = expectations_by_event_.equal_range(event.id);
    for (auto it = first; it != last; ++it) check_expectation(it->second);
    // What the step made due at once (GDAP provisioning, a new access assignment) happens before the next request.
    // Only GDAP has such timers: elsewhere this would be a second scan of the world per event for nothing.
    if (gdap_timers_)
      while (const auto due = next_due_event(*scenario_, world_, index_, world_.clock)) record(*due, true);
  }
  return done();
}

RunLog ScenarioRun::take_log() {
  assert(done());
  // Expectations whose event never ran (cannot happen with a loaded scenario, kept for robustness).
  std::vector<bool> checked(scenario_->expectations.size(), false);
  for (const ExpectationOutcome& o : log_.expectations) checked[o.expectation] = true;
  for (std::size_t i = 0; i < checked.size(); ++i)
    if (!checked[i]) log_.expectations.push_back(ExpectationOutcome{i, std::nullopt, false, {Message::of("expect.never_ran", {{"event", scenario_->expectations[i].after}})}});
  std::stable_sort(log_.expectations.begin(), log_.expectations.end(), [](const auto& a, const auto& b) { return a.expectation < b.expectation; });
  log_.final_world = std::move(world_);
  return std::move(log_);
}

RunLog run_scenario(const Scenario& scenario) {
  ScenarioRun run(scenario);
  run.advance(SIZE_MAX);
  return run.take_log();
}

namespace {

// A row of the report templates (message_templates.cpp, section "diffs, invariants, perspectives and reports").
std::string say(Language language, std::string_view key, std::vector<MessageArg> args = {}) {
  return render(Message::of(key, std::move(args)), language);
}

std::string time_or(Language language, const std::optional<Timestamp>& time, std::string_view none_key) {
  return time ? format_timestamp(*time) : say(language, none_key);
}

}  // namespace

std::string decision_log_text(const Scenario& scenario, const RunLog& log, Language language) {
  std::string out = scenario.metadata.title.in(language) + " — " + std::string(label(scenario.metadata.era, language)) + "\n";
  for (std::size_t i = 0; i < log.entries.size(); ++i) {
    const LogEntry& e = log.entries[i];
    const bool applied = e.result.decision == Decision::Applied;
    out += "\n" + std::to_string(i + 1) + ". [" + time_or(language, e.event.time, "report.same_time") + "] " + e.event.id +
           (e.scheduled ? say(language, "report.scheduled_mark") : "") + say(language, "report.colon") + render(e.result.summary, language) + "\n";
    for (const DecidingRule& r : e.result.rules)
      out += std::string("   ") + (applied ? "+ " : "x ") + r.id + say(language, "report.colon") + render(r.explanation, language) + "\n";
    for (const Message& line : describe_diff(e.result.diff)) out += "   ~ " + render(line, language) + "\n";
    if (e.result.listed) out += "   = " + say(language, "report.listed", {{"ids", joined_ids(*e.result.listed)}}) + "\n";
    for (const Event& f : e.result.follow_ons)
      out += "   > " + say(language, "report.follow_on", {{"action", f.action}, {"time", f.time ? format_timestamp(*f.time) : std::string("?")}}) + "\n";
    for (const Violation& v : e.violations) out += "   !! " + say(language, "report.invariant_broken", {{"rule", v.rule}, {"message", v.message}}) + "\n";
  }
  if (!log.expectations.empty()) {
    out += "\n" + say(language, "report.expectations_heading") + "\n";
    for (const ExpectationOutcome& o : log.expectations) {
      const Expectation& x = scenario.expectations[o.expectation];
      const std::string& note = x.note.in(language);
      out += "  " + say(language, o.passed ? "report.pass" : "report.fail_caps") + " " + say(language, "report.after", {{"event", x.after}}) +
             (note.empty() ? "" : " — " + note) + "\n";
      for (const Message& f : o.failures) out += "       " + render(f, language) + "\n";
    }
  }
  return out;
}

std::string decision_log_markdown(const Scenario& scenario, const RunLog& log, Language language) {
  // Scenario text stays text in the report: | * _ ` (tables, emphasis, code), [ ] (links and images, so no
  // "javascript:" link), < > (raw HTML such as <img onerror> or <script>, and autolinks) and \ itself are
  // backslash-escaped, and a line break (LF or a lone CR) becomes a space, so no text starts a heading or a list.
  const auto cell = [](std::string text) {
    std::string out;
    for (const char c : text) {
      if (c == '|' || c == '*' || c == '_' || c == '`' || c == '[' || c == ']' || c == '<' || c == '>' || c == '\\') out += '\\';
      out += c == '\n' || c == '\r' ? ' ' : c;
    }
    return out;
  };
  std::string out = "# " + cell(scenario.metadata.title.in(language)) + "\n\n";
  out += say(language, "report.md.disclaimer", {{"era", std::string(label(scenario.metadata.era, language))}}) + "\n\n";
  if (const std::string& description = scenario.metadata.description.in(language); !description.empty()) out += cell(description) + "\n\n";
  out += say(language, "report.md.decisions_heading") + "\n";
  for (std::size_t i = 0; i < log.entries.size(); ++i) {
    const LogEntry& e = log.entries[i];
    const bool applied = e.result.decision == Decision::Applied;
    out += "\n### " + std::to_string(i + 1) + ". " + cell(render(e.result.summary, language)) + "\n\n";
    out += "- " +
           say(language, "report.md.event",
               {{"event", e.event.id},
                {"scheduled", e.scheduled ? Message::of("report.md.scheduled_by_system") : Message("")},
                {"time", time_or(language, e.event.time, "report.md.the_same_time")},
                {"decision", Message::of(applied ? "report.md.applied" : "report.md.rejected")}}) +
           "\n";
    for (const DecidingRule& r : e.result.rules) {
      const Rule* rule = find_rule(r.id);
      out += "- **" + r.id + "** — " + cell(render(r.explanation, language));
      if (rule) out += "  \n  " + say(language, "report.md.rule") + cell(std::string(statement(*rule, language))) + (rule->inferred ? say(language, "report.md.inferred") : "") +
                       (rule->source->url.empty() ? "" : "  \n  " + say(language, "report.md.source") + "[" + std::string(rule->source->title) + "](" + std::string(rule->source->url) + ")");
      out += "\n";
    }
    for (const Message& line : describe_diff(e.result.diff)) out += "- " + say(language, "report.md.changed") + cell(render(line, language)) + "\n";
    if (e.result.listed) out += "- " + cell(say(language, "report.listed", {{"ids", joined_ids(*e.result.listed)}})) + "\n";
    for (const Violation& v : e.violations) out += "- " + say(language, "report.md.invariant_broken", {{"rule", v.rule}}) + cell(v.message) + "\n";
  }
  if (!log.expectations.empty()) {
    out += "\n" + say(language, "report.md.expectations_table") + "\n| --- | --- | --- |\n";
    for (const ExpectationOutcome& o : log.expectations) {
      const Expectation& x = scenario.expectations[o.expectation];
      std::string result = say(language, o.passed ? "report.pass" : "report.md.fail");
      for (const Message& f : o.failures) result += "; " + cell(render(f, language));
      out += "| `" + x.after + "` | " + result + " | " + cell(x.note.in(language)) + " |\n";
    }
  }
  return out;
}

std::string decision_log_json(const Scenario& scenario, const RunLog& log, Language language) {
  JsonWriter w;
  w.begin_object();
  w.key("scenario");
  w.value(scenario.metadata.title.in(language));
  w.key("era");
  w.value(to_name(scenario.metadata.era));
  w.key("steps");
  w.begin_array();
  for (const LogEntry& e : log.entries) {
    w.begin_object();
    w.key("event");
    w.value(e.event.id);
    if (e.event.time) {
      w.key("time");
      w.value(format_timestamp(*e.event.time));
    }
    w.key("actor");
    w.value(e.event.actor);
    w.key("action");
    w.value(e.event.action);
    if (e.scheduled) {
      w.key("scheduled");
      w.value(true);
    }
    w.key("decision");
    w.value(to_name(e.result.decision));
    w.key("summary");
    w.value(render(e.result.summary, language));
    w.key("rules");
    w.begin_array();
    for (const DecidingRule& r : e.result.rules) {
      w.begin_object();
      w.key("id");
      w.value(r.id);
      w.key("explanation");
      w.value(render(r.explanation, language));
      w.end_object();
    }
    w.end_array();
    w.key("changes");
    w.begin_array();
    for (const Message& line : describe_diff(e.result.diff)) w.value(render(line, language));
    w.end_array();
    if (e.result.listed) {
      w.key("listed");
      w.begin_array();
      for (const std::string& id : *e.result.listed) w.value(id);
      w.end_array();
    }
    if (!e.result.follow_ons.empty()) {
      w.key("scheduled");
      w.begin_array();
      for (const Event& f : e.result.follow_ons) {
        w.begin_object();
        w.key("action");
        w.value(f.action);
        w.key("time");
        w.value(format_timestamp(f.time.value_or(0)));
        w.end_object();
      }
      w.end_array();
    }
    if (!e.violations.empty()) {
      w.key("violations");
      w.begin_array();
      for (const Violation& v : e.violations) {
        w.begin_object();
        w.key("rule");
        w.value(v.rule);
        w.key("message");
        w.value(v.message);
        w.end_object();
      }
      w.end_array();
    }
    w.end_object();
  }
  w.end_array();
  w.key("expectations");
  w.begin_array();
  for (const ExpectationOutcome& o : log.expectations) {
    w.begin_object();
    w.key("after");
    w.value(scenario.expectations[o.expectation].after);
    w.key("passed");
    w.value(o.passed);
    if (!o.failures.empty()) {
      w.key("failures");
      w.begin_array();
      for (const Message& f : o.failures) w.value(render(f, language));
      w.end_array();
    }
    w.end_object();
  }
  w.end_array();
  w.end_object();
  return w.finish();
}

}  // namespace core
