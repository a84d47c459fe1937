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

std::string comparison_text(const Scenario& scenario, const EraComparison& c) {
  const auto rules = [](const EraOutcome& o) {
    std::string text;
    for (const std::string& r : o.rules) text += (text.empty() ? "" : " ") + r;
    return text.empty() ? std::string("-") : text;
  };
  std::string out = scenario.metadata.title.en + "\nA: " + std::string(era_label(c.a)) + "\nB: " + std::string(era_label(c.b)) + "\n";
  for (const ComparedEvent& e : c.events) {
    const char* mark = e.decisions_differ() ? "!= " : e.rules_differ() ? "~  " : "   ";
    out += "\n" + std::string(mark) + std::to_string(e.event + 1) + ". " + e.id + " (" + e.action + ")\n";
    out += "     A: " + std::string(to_name(e.a.decision)) + "  " + rules(e.a) + "\n";
    out += "     B: " + std::string(to_name(e.b.decision)) + "  " + rules(e.b) + "\n";
  }
  out += "\n" + std::to_string(c.decision_differences()) + " of " + std::to_string(c.events.size()) +
         " decisions differ (!=); ~ marks the same decision for different rules.\n";
  return out;
}

}  // namespace core
