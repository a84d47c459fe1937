// compare.cpp — replaying under two rule packs and pairing the outcomes event by event (the timers each era fires
// in between are left out: they are not requests anyone made).
#include "mpsim/compare.hpp"

#include <algorithm>
#include <cassert>

#include "mpsim/enum_names.hpp"
#include "mpsim/rules.hpp"

namespace core {
namespace {

std::vector<EraOutcome> outcomes_under(const Scenario& scenario, const RuleSetting& setting) {
  assert(check_rule_setting(setting).empty());
  Scenario copy = scenario;
  copy.metadata.era = setting.era;
  copy.metadata.rules_as_of = setting.as_of;
  // A dated era decides by its own cloud's rules (a legacy era keeps the scenario's cloud, as it always did).
  if (dated_era(setting.era)) copy.metadata.cloud = era_cloud(setting.era);
  const RunLog log = run_scenario(copy);
  std::vector<EraOutcome> out;
  for (const LogEntry& e : log.entries) {
    if (e.scheduled) continue;
    EraOutcome o;
    o.decision = e.result.decision;
    for (const DecidingRule& r : e.result.rules) o.rules.push_back(r.id);
    o.summary = e.result.summary;
    out.push_back(std::move(o));
  }
  return out;
}

}  // namespace

std::size_t EraComparison::decision_differences() const {
  return static_cast<std::size_t>(std::count_if(events.begin(), events.end(), [](const ComparedEvent& e) { return e.decisions_differ(); }));
}

RuleSetting own_rule_setting(const Metadata& metadata) { return {metadata.era, metadata.rules_as_of}; }

std::string check_rule_setting(const RuleSetting& setting) {
  if (setting.as_of.empty()) return {};
  if (!dated_era(setting.era))
    return "era \"" + std::string(to_name(setting.era)) + "\" is a fixed rule pack, so rules cannot be taken as of a day; use global_today or 21vianet_today.";
  return check_rules_day(setting.as_of);
}

Message setting_label(const RuleSetting& setting) {
  if (setting.as_of.empty()) return label_message(setting.era);
  const std::optional<Timestamp> day = parse_timestamp(setting.as_of + "T00:00:00Z");
  assert(day);
  return Message::of(era_cloud(setting.era) == Cloud::China ? "compare.as_of_china" : "compare.as_of_global", {{"day", Message::time(*day)}});
}

EraComparison compare_settings(const Scenario& scenario, const RuleSetting& a, const RuleSetting& b) {
  EraComparison out;
  out.a = a;
  out.b = b;
  std::vector<EraOutcome> under_a = outcomes_under(scenario, a), under_b = outcomes_under(scenario, b);
  for (std::size_t i = 0; i < scenario.events.size() && i < under_a.size() && i < under_b.size(); ++i)
    out.events.push_back(ComparedEvent{i, scenario.events[i].id, scenario.events[i].action, std::move(under_a[i]), std::move(under_b[i])});
  return out;
}

EraComparison compare_eras(const Scenario& scenario, Era a, Era b) {
  // As before settings existed: only the era changes (a legacy era ignores rules_as_of).
  const auto keeping_day = [&](Era era) { return RuleSetting{era, dated_era(era) ? scenario.metadata.rules_as_of : std::string()}; };
  return compare_settings(scenario, keeping_day(a), keeping_day(b));
}

Era default_comparison_era(Era era) {
  switch (era) {
    case Era::Vianet21: return Era::GlobalGdap;
    case Era::GlobalToday: return Era::Vianet21Today;
    case Era::Vianet21Today: return Era::GlobalToday;
    default: return Era::Vianet21;
  }
}

RuleSetting default_comparison(const RuleSetting& own) {
  const Era other = default_comparison_era(own.era);
  return {other, dated_era(other) ? own.as_of : std::string()};
}

ComparisonSides comparison_sides(const Metadata& metadata, const ComparisonRequest& request) {
  ComparisonSides out;
  out.a = own_rule_setting(metadata);
  if (request.cloud || !request.as_of.empty()) {
    const Cloud cloud = request.cloud.value_or(era_cloud(metadata.era));
    out.a.era = cloud == Cloud::China ? Era::Vianet21Today : Era::GlobalToday;
    if (!request.as_of.empty()) out.a.as_of = request.as_of;
  }
  if (!request.as_of.empty())
    if (std::string problem = check_rules_day(request.as_of); !problem.empty()) {
      out.error = "--as-of: " + problem;
      return out;
    }
  if (!request.against.empty()) {
    if (std::string problem = check_rules_day(request.against); !problem.empty()) {
      out.error = "--against: " + problem;
      return out;
    }
    const Era era = request.with.value_or(dated_era(out.a.era) ? out.a.era : era_cloud(out.a.era) == Cloud::China ? Era::Vianet21Today : Era::GlobalToday);
    if (!dated_era(era)) {
      out.error = "--against: era \"" + std::string(to_name(era)) +
                  "\" is a fixed rule pack, so it has no rules as of a day; use --with global_today or --with 21vianet_today, or leave --against out.";
      return out;
    }
    out.b = {era, request.against};
  } else if (request.with) {
    out.b = {*request.with, dated_era(*request.with) && dated_era(out.a.era) ? out.a.as_of : std::string()};
  } else {
    out.b = default_comparison(out.a);
  }
  return out;
}

std::string comparison_text(const Scenario& scenario, const EraComparison& c, std::optional<int> utc_offset_minutes, Language language) {
  const auto rules = [](const EraOutcome& o) {
    std::string text;
    for (const std::string& r : o.rules) text += (text.empty() ? "" : " ") + r;
    return text.empty() ? std::string("-") : text;
  };
  const auto say = [language](std::string_view key, std::vector<MessageArg> args = {}) { return render(Message::of(key, std::move(args)), language); };
  std::string out = scenario.metadata.title.in(language) + "\nA: " + render(setting_label(c.a), language) + "\nB: " + render(setting_label(c.b), language) + "\n";
  for (const ComparedEvent& e : c.events) {
    const char* mark = e.decisions_differ() ? "!= " : e.rules_differ() ? "~  " : "   ";
    const std::optional<Timestamp>& when = scenario.events[e.event].time;
    out += "\n" + std::string(mark) + std::to_string(e.event + 1) + ". " + e.id + " (" + e.action + ")" +
           (utc_offset_minutes && when ? "  " + say("compare.at", {{"time", format_local_time(*when, *utc_offset_minutes)}}) : std::string()) + "\n";
    // English keeps the decisions' JSON names, as this text always wrote them.
    const auto decision = [language](Decision d) { return std::string(language == Language::English ? to_name(d) : label(d, language)); };
    out += "     A: " + decision(e.a.decision) + "  " + rules(e.a) + "\n";
    out += "     B: " + decision(e.b.decision) + "  " + rules(e.b) + "\n";
  }
  out += "\n" + say("compare.totals", {{"differ", c.decision_differences()}, {"events", c.events.size()}}) + "\n";
  return out;
}

}  // namespace core
