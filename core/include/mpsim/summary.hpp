// summary.hpp — a scenario at a glance: counts per kind, used by `mpsim summary` and the page's status bar.
#pragma once
#include <cstddef>
#include <string>

#include "mpsim/scenario.hpp"

namespace core {

struct ScenarioSummary {
  LocalizedText title;
  Era era = Era::Vianet21;
  std::size_t partners = 0, direct_bill = 0, indirect_providers = 0, indirect_resellers = 0;
  std::size_t customers = 0, multi_partner_customers = 0;  // customers with reseller relationships to 2+ partners
  std::size_t services = 0, subscriptions = 0, active_subscriptions = 0;
  std::size_t reseller_relationships = 0, delegated_admin = 0, gdap_relationships = 0, partnerships = 0;
  std::size_t invitations = 0, transfers = 0, events = 0, expectations = 0;
  bool operator==(const ScenarioSummary&) const = default;
};

ScenarioSummary summarize(const Scenario& scenario);

}  // namespace core
