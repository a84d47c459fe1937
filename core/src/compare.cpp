// compare.cpp — replaying under two rule packs and pairing the outcomes event by event (the timers each era fires
// in between are left out: they are not requests anyone made).
#include "mpsim/compare.hpp"

#include <algorithm>

#include "mpsim/enum_names.hpp"

namespace core {
namespace {

std::vector<EraOutcome> outcomes_under(const Scenario& scenario, Era era) {
  Scenario copy = scenario;
  copy.metadata.era = era;
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

EraComparison compare_eras(const Scenario& scenario, Era a, Era b) {
  EraComparison out;
  out.a = a;
  out.b = b;
  std::vector<EraOutcome> under_a = outcomes_under(scenario, a), under_b = outcomes_under(scenario, b);
  for (std::size_t i = 0; i < scenario.events.size() && i < under_a.size() && i < under_b.size(); ++i)
    out.events.push_back(ComparedEvent{i, scenario.events[i].id, scenario.events[i].action, std::move(under_a[i]), std::move(under_b[i])});
  return out;
}

Era default_comparison_era(Era era) { return era == Era::Vianet21 ? Era::GlobalGdap : Era::Vianet21; }

std::string comparison_text(const Scenario& scenario, const EraComparison& c, std::optional<int> utc_offset_minutes, Language language) {
  const auto rules = [](const EraOutcome& o) {
    std::string text;
    for (const std::string& r : o.rules) text += (text.empty() ? "" : " ") + r;
    return text.empty() ? std::string("-") : text;
  };
  const auto say = [language](std::string_view key, std::vector<MessageArg> args = {}) { return render(Message::of(key, std::move(args)), language); };
  std::string out = scenario.metadata.title.in(language) + "\nA: " + std::string(label(c.a, language)) + "\nB: " + std::string(label(c.b, language)) + "\n";
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
