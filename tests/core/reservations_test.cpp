// reservations_test.cpp — Azure reservations and software purchases, removing and re-establishing a relationship, and who
// creates a transfer in each global era. Expected values come from the pages: remove-a-relationship ("cancel Azure
// reserved instance (RI) reservations, cancel software purchases, and suspend any remaining active subscriptions
// first"; "Request or re-establish a relationship"), the REST page ("To re-establish the relationship, repeat the
// process of requesting a reseller relationship", R-REM-4), the 2021 transfer page ("Appropriate roles: Account admin |
// Sales agent | Billing agent"; "Azure Reservations will not move with the subscription to future partner") and the
// 2023 one ("Appropriate roles: Admin agent"; "Azure Reserved Instances will move with a subscription").
#include <doctest/doctest.h>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "../scenario_steps.hpp"
#include "mpsim/message.hpp"
#include "mpsim/run.hpp"
#include "mpsim/scenario_io.hpp"

using namespace core;

namespace {

// Contoso (Li Wei: global admin) sold Fabrikam the subscriptions `subscriptions`; Northwind (Kim: admin agent, Ana:
// billing admin, Hal: help desk agent) has a relationship with Fabrikam, its own Azure plan for it and Fabrikam's
// Microsoft Customer Agreement. `world_extra` and `events` are spliced in.
std::string world(const std::string& era, const std::string& subscriptions, const std::string& world_extra, const std::string& events) {
  return R"({"format_version": 1, "metadata": {"title": "t", "era": ")" + era + R"("},
  "world": {"clock": "2021-06-01T08:00:00Z",
    "services": [
      {"id": "e3", "name": "Microsoft 365 E3", "family": "office365"},
      {"id": "azure", "name": "Azure plan", "kind": "usage", "family": "azure"},
      {"id": "ri", "name": "Reserved VM Instances", "kind": "usage", "family": "azure"},
      {"id": "ws", "name": "Windows Server", "family": "software"}],
    "partners": [
      {"id": "contoso", "name": "Contoso", "type": "direct_bill", "region": "US", "users": [{"id": "li", "name": "Li Wei", "roles": ["global_admin"]}]},
      {"id": "northwind", "name": "Northwind", "type": "direct_bill", "region": "US", "users": [
        {"id": "kim", "name": "Kim", "roles": ["admin_agent"]}, {"id": "ana", "name": "Ana", "roles": ["billing_admin"]},
        {"id": "hal", "name": "Hal", "roles": ["helpdesk_agent"]}]}],
    "customers": [{"id": "fabrikam", "name": "Fabrikam", "region": "US", "users": [{"id": "ga", "name": "Liu Yang", "roles": ["global_admin"]}]}],
    "subscriptions": [)" + subscriptions + R"(],
    )" + world_extra + R"(},
  "events": [)" + events + "]}";
}

std::string sub(const std::string& id, const std::string& service, const std::string& partner, const std::string& more = "") {
  return R"({"id": ")" + id + R"(", "customer": "fabrikam", "service": ")" + service + R"(", "channel": "csp", "partner_of_record": ")" + partner + "\"" + more + "}";
}

using test_support::event;
using test_support::rule_ids;
using test_support::run;

bool has_rule(const StepResult& r, const std::string& id) {
  for (const DecidingRule& d : r.rules)
    if (d.id == id) return true;
  return false;
}

const std::string kBothRelationships =
    R"("reseller_relationships": [{"partner": "contoso", "customer": "fabrikam"}, {"partner": "northwind", "customer": "fabrikam", "customer_agreement": "2021-05-31T08:00:00Z"}])";

}  // namespace

TEST_CASE("removing a relationship: an uncancelled reservation or software purchase blocks it although every subscription is suspended") {
  // The page's prerequisites: suspend subscriptions, cancel reservations, cancel software. E3 is suspended; the
  // reservation is active and the software purchase suspended — suspending is not cancelling, so both block.
  const std::string subs = sub("fab-e3", "e3", "contoso", R"(, "status": "suspended")") + "," + sub("fab-ri", "ri", "contoso", R"(, "kind": "azure_reservation")") + "," +
                           sub("fab-sw", "ws", "contoso", R"(, "kind": "software", "status": "suspended")");
  const std::string remove = R"({"customer": "fabrikam"})";
  const RunLog log = run(world("global_gdap", subs, R"("reseller_relationships": [{"partner": "contoso", "customer": "fabrikam"}])",
                               event("r1", "contoso/li", "remove_reseller_relationship", remove) + "," +
                                   event("c1", "contoso/li", "cancel_subscription", R"({"subscription": "fab-ri"})") + "," +
                                   event("r2", "contoso/li", "remove_reseller_relationship", remove) + "," +
                                   event("c2", "contoso/li", "cancel_subscription", R"({"subscription": "fab-sw"})") + "," +
                                   event("r3", "contoso/li", "remove_reseller_relationship", remove)));
  REQUIRE(log.entries.size() == 5);
  const StepResult& r1 = log.entries[0].result;
  CHECK(r1.decision == Decision::Rejected);
  REQUIRE(rule_ids(r1) == std::vector<std::string>{"R-REM-1"});
  CHECK(render(r1.rules[0].explanation, Language::English) ==
        "\"Remove reseller relationship\" stays unavailable until Contoso cancels fab-ri and fab-sw: Azure reservations and software purchases are cancelled "
        "first, not suspended.");
  CHECK(render(r1.rules[0].explanation, Language::ChineseSimplified) ==
        "Contoso 取消 fab-ri 和 fab-sw 之前，“删除经销商关系”不可用：Azure 预留和软件购买须先取消，而不是暂停。");
  CHECK(log.entries[1].result.decision == Decision::Applied);
  const StepResult& r2 = log.entries[2].result;
  REQUIRE(r2.decision == Decision::Rejected);
  CHECK(render(r2.rules[0].explanation, Language::English).find("until Contoso cancels fab-sw:") != std::string::npos);
  const StepResult& r3 = log.entries[4].result;
  CHECK(r3.decision == Decision::Applied);
  CHECK(rule_ids(r3) == std::vector<std::string>{"R-REM-3", "R-REM-1", "R-REM-1", "R-REM-2"});
  CHECK(state_value(log.final_world, "/reseller_relationships/contoso/fabrikam") == std::nullopt);
}

TEST_CASE("R-REM-4: after a removal an order does not bring the relationship back; accepting the partner's request again does") {
  // Fabrikam once accepted Contoso's link (accepted_by) and the relationship is gone: it was removed. Northwind never
  // had one: its order is refused by R-REL-3 as before.
  const std::string order = R"({"customer": "fabrikam", "service": "e3", "subscription": "fab-e3"})";
  const RunLog log = run(world("global_dap", "",
                               R"("reseller_relationships": [], "invitations": [{"id": "contoso-link", "kind": "reseller_relationship", "partner": "contoso", "accepted_by": ["fabrikam"]}])",
                               event("o1", "contoso/li", "order_subscription", order) + "," +
                                   event("aobo", "contoso/li", "administer_on_behalf", R"({"customer": "fabrikam"})") + "," +
                                   event("n1", "northwind/kim", "order_subscription", R"({"customer": "fabrikam", "service": "e3", "subscription": "fab-nw"})") + "," +
                                   event("a", "fabrikam/ga", "accept_reseller_invitation", R"({"invitation": "contoso-link"})") + "," +
                                   event("o2", "contoso/li", "order_subscription", order)));
  REQUIRE(log.entries.size() == 5);
  const StepResult& o1 = log.entries[0].result;
  CHECK(o1.decision == Decision::Rejected);
  REQUIRE(rule_ids(o1) == std::vector<std::string>{"R-REM-4"});
  CHECK(render(o1.rules[0].explanation, Language::English) ==
        "Contoso removed its reseller relationship with Fabrikam; an order does not re-establish it: Fabrikam accepts a new request from Contoso first.");
  // Administering on Fabrikam's behalf: no DAP (R-DAP-5), and the removal explains why none comes back (R-REM-4).
  CHECK(log.entries[1].result.decision == Decision::Rejected);
  CHECK(rule_ids(log.entries[1].result) == std::vector<std::string>{"R-REM-4", "R-DAP-5"});
  CHECK(rule_ids(log.entries[2].result) == std::vector<std::string>{"R-REL-3"});
  const StepResult& a = log.entries[3].result;
  CHECK(a.decision == Decision::Applied);
  CHECK(has_rule(a, "R-REM-4"));
  CHECK(has_rule(a, "R-DAP-1"));  // a DAP-era link includes DAP unless it says otherwise
  CHECK(state_value(log.final_world, "/invitations/contoso-link/accepted_by") == std::optional<std::string>("[\"fabrikam\"]"));  // listed once
  CHECK(log.entries[4].result.decision == Decision::Applied);
  CHECK(state_value(log.final_world, "/subscriptions/fab-e3/partner_of_record") == std::optional<std::string>("\"contoso\""));
}

TEST_CASE("DAP era transfers: billing agents may create them, help desk agents may not, and a reservation stays with its partner") {
  const std::string subs = sub("fab-azure", "azure", "contoso") + "," + sub("fab-ri", "ri", "contoso", R"(, "kind": "azure_reservation")") + "," + sub("nw-azure", "azure", "northwind");
  const std::string xfer = R"({"customer": "fabrikam", "source_partner": "contoso", "subscriptions": ["fab-azure"], "transfer": "x"})";
  const RunLog log = run(world("global_dap", subs, kBothRelationships,
                               event("hal", "northwind/hal", "create_transfer", xfer) + "," +
                                   event("ri", "northwind/ana", "create_transfer", R"({"customer": "fabrikam", "source_partner": "contoso", "subscriptions": ["fab-azure", "fab-ri"], "transfer": "x"})") + "," +
                                   event("ana", "northwind/ana", "create_transfer", xfer) + "," + event("ok", "contoso/li", "accept_transfer", R"({"transfer": "x"})")));
  REQUIRE(log.entries.size() == 4);
  CHECK(log.entries[0].result.decision == Decision::Rejected);
  REQUIRE(rule_ids(log.entries[0].result) == std::vector<std::string>{"R-ROLE-1"});
  CHECK(render(log.entries[0].result.rules[0].explanation, Language::English) ==
        "Hal (Northwind) holds help desk agent; in the DAP era only account admins (admin agents), sales agents and billing agents (and global admins) create transfer requests.");
  CHECK(log.entries[1].result.decision == Decision::Rejected);
  CHECK(rule_ids(log.entries[1].result) == std::vector<std::string>{"R-XFER-4"});
  CHECK(log.entries[2].result.decision == Decision::Applied);
  CHECK(has_rule(log.entries[2].result, "R-ROLE-1"));
  CHECK(log.entries[3].result.decision == Decision::Applied);
  CHECK(state_value(log.final_world, "/subscriptions/fab-azure/billed_partner") == std::optional<std::string>("\"northwind\""));
  CHECK(state_value(log.final_world, "/subscriptions/fab-ri/billed_partner") == std::optional<std::string>("\"contoso\""));
  const std::vector<DecidingRule>& why = log.entries[3].result.rules;
  REQUIRE(!why.empty());
  CHECK(render(why.back().explanation, Language::English) == "fab-ri is an Azure reservation and stays with Contoso, which keeps billing it.");
}

TEST_CASE("GDAP era transfers: only admin agents create them, and a reservation the transfer names moves") {
  const std::string subs = sub("fab-azure", "azure", "contoso") + "," + sub("fab-ri", "ri", "contoso", R"(, "kind": "azure_reservation")") + "," +
                           sub("fab-ri-2", "ri", "contoso", R"(, "kind": "azure_reservation")") + "," + sub("nw-azure", "azure", "northwind");
  const std::string xfer = R"({"customer": "fabrikam", "source_partner": "contoso", "subscriptions": ["fab-azure", "fab-ri"], "transfer": "x"})";
  const RunLog log = run(world("global_gdap", subs, kBothRelationships,
                               event("ana", "northwind/ana", "create_transfer", xfer) + "," + event("kim", "northwind/kim", "create_transfer", xfer) + "," +
                                   event("ok", "contoso/li", "accept_transfer", R"({"transfer": "x"})")));
  REQUIRE(log.entries.size() == 3);
  CHECK(log.entries[0].result.decision == Decision::Rejected);
  CHECK(rule_ids(log.entries[0].result) == std::vector<std::string>{"R-ROLE-1"});
  CHECK(log.entries[1].result.decision == Decision::Applied);
  CHECK(log.entries[2].result.decision == Decision::Applied);
  CHECK(state_value(log.final_world, "/subscriptions/fab-ri/billed_partner") == std::optional<std::string>("\"northwind\""));
  CHECK(state_value(log.final_world, "/subscriptions/fab-ri-2/billed_partner") == std::optional<std::string>("\"contoso\""));
}

TEST_CASE("a subscription's kind: read, written only when it is not the default, and an unknown kind is reported where it is") {
  const std::string text = world("global_gdap", sub("a", "azure", "contoso") + ",\n" + sub("b", "ri", "contoso", R"(, "kind": "azure_reservation")"), R"("reseller_relationships": [])", "");
  Result<Scenario> r = load_scenario(text);
  REQUIRE(r.ok());
  CHECK(r.value->world.subscriptions[0].kind == SubscriptionKind::Subscription);
  CHECK(r.value->world.subscriptions[1].kind == SubscriptionKind::AzureReservation);
  CHECK(state_value(r.value->world, "/subscriptions/a/kind") == std::optional<std::string>("\"subscription\""));  // the default, unwritten
  const std::string exported = export_scenario(*r.value);
  CHECK(exported.find("\"kind\": \"azure_reservation\"") != std::string::npos);
  CHECK(exported.find("\"kind\": \"subscription\"") == std::string::npos);
  std::string bad = text;
  bad.replace(bad.find("azure_reservation"), 17, "reserved_instance");
  Result<Scenario> wrong = load_scenario(bad);
  REQUIRE(!wrong.ok());
  REQUIRE(wrong.issues.size() == 1);
  CHECK(wrong.issues[0].code == "invalid-value");
  CHECK(wrong.issues[0].pointer == "/world/subscriptions/1/kind");
  // The place of the bad value: its line, and its column (the opening quote) counted from that line's start.
  const std::size_t at = bad.find("\"reserved_instance\"");
  const std::size_t line_start = bad.rfind('\n', at) + 1;
  CHECK(wrong.issues[0].line == 1 + std::count(bad.begin(), bad.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
  CHECK(wrong.issues[0].column == at - line_start + 1);
  CHECK(wrong.issues[0].message.find("subscription, azure_reservation or software") != std::string::npos);
}
