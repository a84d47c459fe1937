// perspectives.hpp — the same moment seen by one party: a partner's Partner Center (its customers, and what it may do
// for each) and a customer's "Partner relationships" page (every partner, and who holds admin rights for what).
// "May do" is answered by asking the engine (step() with the diff ignored), so views and decisions never disagree.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "mpsim/engine.hpp"

namespace core {

// One answer to "may this partner do this here?".
struct Capability {
  std::string action;  // e.g. "administer_on_behalf"
  Message label;       // "Administer Office 365 E3", in either language
  std::string target;  // customer, subscription or service id
  Decision decision = Decision::Rejected;
  std::string rule;         // the first deciding rule
  Message explanation;  // its explanation, in either language
};

struct PartnerCustomerRow {
  std::string customer_id, customer_name;
  bool reseller_relationship = false;
  bool delegated_admin = false;
  std::vector<std::string> dap_services;          // empty with delegated_admin: the whole tenant
  std::vector<std::string> subscriptions;         // sold by this partner (its Partner Center shows only these)
  std::vector<std::string> reseller_subscriptions;  // where this partner is the indirect reseller of record
  std::vector<std::string> support_contact_subscriptions;  // where the provider designated this partner support contact
  std::vector<Capability> capabilities;
};

struct PartnerView {
  std::string partner_id, partner_name;
  PartnerType type = PartnerType::DirectBill;
  std::string acting_user;  // the user whose rights the capabilities use
  std::vector<PartnerCustomerRow> customers;
  std::vector<std::string> indirect_resellers, indirect_providers;  // partner ids
  std::vector<std::string> invitations;                             // its links
};

struct CustomerPartnerRow {
  std::string partner_id, partner_name;
  PartnerType type = PartnerType::DirectBill;
  bool reseller_relationship = false;
  bool delegated_admin = false;
  std::vector<std::string> admin_services;  // services it administers (empty with delegated_admin: all)
  std::vector<std::string> subscriptions;   // it sold (partner of record or reseller of record)
};

struct CustomerView {
  std::string customer_id, customer_name;
  std::vector<CustomerPartnerRow> partners;  // the Partner relationships page
  std::vector<std::string> other_channel_subscriptions;  // bought directly, through Advisor, EA, Open, ...
};

// Nullopt when no partner has that id. `user` picks whose rights to use (default: a global admin, else the first user).
// `index` is the index of `world`: a view costs what the party touches, not the world's size.
std::optional<PartnerView> partner_view(const Scenario& scenario, const World& world, const WorldIndex& index, const std::string& partner_id,
                                        const std::string& user = {});
std::optional<CustomerView> customer_view(const World& world, const WorldIndex& index, const std::string& customer_id);

// Plain-text forms for the command line and reports.
std::string partner_view_text(const World& world, const PartnerView& view, Language language = Language::English);
std::string customer_view_text(const World& world, const CustomerView& view, Language language = Language::English);

}  // namespace core
