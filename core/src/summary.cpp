// summary.cpp — counts for the summary view.
#include "mpsim/summary.hpp"

#include <algorithm>
#include <unordered_map>

namespace core {

ScenarioSummary summarize(const Scenario& scenario) {
  const World& w = scenario.world;
  ScenarioSummary s;
  s.title = scenario.metadata.title;
  s.era = scenario.metadata.era;
  s.partners = w.partners.size();
  for (const Partner& p : w.partners) {
    s.direct_bill += p.type == PartnerType::DirectBill;
    s.indirect_providers += p.type == PartnerType::IndirectProvider;
    s.indirect_resellers += p.type == PartnerType::IndirectReseller;
  }
  s.customers = w.customers.size();
  std::unordered_map<std::string_view, std::size_t> partners_per_customer;
  for (const ResellerRelationship& r : w.reseller_relationships) ++partners_per_customer[r.customer];
  s.multi_partner_customers = static_cast<std::size_t>(
      std::count_if(partners_per_customer.begin(), partners_per_customer.end(), [](const auto& e) { return e.second >= 2; }));
  s.services = w.services.size();
  s.subscriptions = w.subscriptions.size();
  s.active_subscriptions = static_cast<std::size_t>(std::count_if(w.subscriptions.begin(), w.subscriptions.end(),
      [](const Subscription& sub) { return sub.status == SubscriptionStatus::Active; }));
  s.reseller_relationships = w.reseller_relationships.size();
  s.delegated_admin = w.delegated_admin.size();
  s.gdap_relationships = w.gdap_relationships.size();
  s.partnerships = w.partnerships.size();
  s.invitations = w.invitations.size();
  s.transfers = w.transfers.size();
  s.events = scenario.events.size();
  s.expectations = scenario.expectations.size();
  return s;
}

}  // namespace core
