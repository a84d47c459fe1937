// sign_in_support_test.cpp — a customer's user signing in (sign_in) and the provider's designated support contact
// (set_support_contact), with expected decisions worked out from the pages:
// - CN-SUSP (China-suspend-a-subscription.md): "When you suspend a customer's subscription, the customer's users are not
//   able to sign in or use services. Administrators can still sign in and access data." and "If a subscription is not
//   reactivated within sixty days, all data is deleted." -> R-SUB-1 in 21Vianet; the global pages are silent, so the
//   inference R-INF-12 decides there (and for cancelled or expired subscriptions everywhere).
// - indirect-provider-tasks (G21/G23): "Delegate customer support for specific subscriptions to the reseller | Select
//   the reseller from the Designated support contact list" -> R-IND-6; remove-a-relationship: removing a relationship
//   "Removes you from the list of available support contacts for your customer" -> R-REM-2.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "../scenario_steps.hpp"
#include "../test_support.hpp"
#include "mpsim/message.hpp"
#include "mpsim/perspectives.hpp"
#include "mpsim/run.hpp"
#include "mpsim/scenario_io.hpp"

using namespace core;
using test_support::event;
using test_support::rule_ids;
using test_support::run;

namespace {

// Fabrikam has one user of each customer role and five subscriptions from Contoso, one in each status sign-in tells
// apart; Tailspin is another customer of Contoso.
std::string sign_in_world(const std::string& era, const std::string& events) {
  return R"({"format_version": 1, "metadata": {"title": "t", "era": ")" + era + R"("},
  "world": {"clock": "2018-11-05T08:00:00Z",
    "services": [{"id": "e3", "name": "Office 365 E3"}],
    "partners": [{"id": "contoso", "name": "Contoso", "type": "direct_bill", "region": "CN", "users": [{"id": "li", "name": "Li Wei", "roles": ["global_admin", "admin_agent"]}]}],
    "customers": [
      {"id": "fabrikam", "name": "Fabrikam", "region": "CN", "users": [
        {"id": "ga", "roles": ["global_admin"]}, {"id": "ba", "roles": ["billing_admin"]}, {"id": "ua", "roles": ["user_admin"]},
        {"id": "ha", "roles": ["helpdesk_admin"]}, {"id": "ssa", "roles": ["service_support_admin"]},
        {"id": "reader", "roles": ["global_reader"]}, {"id": "plain", "roles": ["user"]}]},
      {"id": "tailspin", "name": "Tailspin", "region": "CN", "users": [{"id": "ga", "roles": ["global_admin"]}]}],
    "subscriptions": [
      {"id": "on", "customer": "fabrikam", "service": "e3", "partner_of_record": "contoso", "status": "active"},
      {"id": "off", "customer": "fabrikam", "service": "e3", "partner_of_record": "contoso", "status": "suspended", "suspended_at": "2018-11-01T00:00:00Z"},
      {"id": "gone", "customer": "fabrikam", "service": "e3", "partner_of_record": "contoso", "status": "deleted"},
      {"id": "ended", "customer": "fabrikam", "service": "e3", "partner_of_record": "contoso", "status": "cancelled"},
      {"id": "lapsed", "customer": "fabrikam", "service": "e3", "partner_of_record": "contoso", "status": "expired"}],
    "reseller_relationships": [{"partner": "contoso", "customer": "fabrikam"}, {"partner": "contoso", "customer": "tailspin"}]},
  "events": [)" + events + "]}";
}

std::string sign_in(const std::string& id, const std::string& user, const std::string& subscription) {
  return event(id, user, "sign_in", R"({"subscription": ")" + subscription + R"("})");
}

}  // namespace

TEST_CASE("21Vianet: a suspended subscription keeps its users out and lets every customer admin role in (R-SUB-1)") {
  // The page's "Administrators": the five admin roles; Global Reader administers nothing and a plain user is a user.
  const RunLog log = run(sign_in_world("21vianet", sign_in("plain-on", "fabrikam/plain", "on") + "," + sign_in("plain-off", "fabrikam/plain", "off") + "," +
                                                       sign_in("reader-off", "fabrikam/reader", "off") + "," + sign_in("ga-off", "fabrikam/ga", "off") + "," +
                                                       sign_in("ba-off", "fabrikam/ba", "off") + "," + sign_in("ua-off", "fabrikam/ua", "off") + "," +
                                                       sign_in("ha-off", "fabrikam/ha", "off") + "," + sign_in("ssa-off", "fabrikam/ssa", "off")));
  REQUIRE(log.entries.size() == 8);
  const std::vector<std::string> sub1{"R-SUB-1"}, inferred{"R-INF-12"};
  CHECK(log.entries[0].result.decision == Decision::Applied);  // an active subscription: the user signs in
  CHECK(rule_ids(log.entries[0].result) == inferred);
  CHECK(log.entries[1].result.decision == Decision::Rejected);
  CHECK(rule_ids(log.entries[1].result) == sub1);
  CHECK(log.entries[2].result.decision == Decision::Rejected);
  CHECK(rule_ids(log.entries[2].result) == sub1);
  for (std::size_t i = 3; i < 8; ++i) {
    CAPTURE(log.entries[i].event.id);
    CHECK(log.entries[i].result.decision == Decision::Applied);
    CHECK(rule_ids(log.entries[i].result) == sub1);
  }
  CHECK(render(log.entries[1].result.rules[0].explanation, Language::English) ==
        "off is suspended: the customer's users cannot sign in or use Office 365 E3; only administrators can, and fabrikam/plain (Fabrikam) has no admin role (user).");
  CHECK(render(log.entries[3].result.rules[0].explanation, Language::English) ==
        "off is suspended, but administrators can still sign in and access data: fabrikam/ga (Fabrikam) holds global_admin.");
  // Signing in changes nothing in the world.
  CHECK(log.final_world.subscriptions == run(sign_in_world("21vianet", "")).final_world.subscriptions);
}

TEST_CASE("after the data is deleted, or once a subscription is cancelled or expired, no one signs in, admins included") {
  for (const std::string era : {"21vianet", "global_dap", "global_gdap"}) {
    CAPTURE(era);
    const RunLog log = run(sign_in_world(era, sign_in("gone", "fabrikam/ga", "gone") + "," + sign_in("ended", "fabrikam/ga", "ended") + "," +
                                                  sign_in("lapsed", "fabrikam/ga", "lapsed")));
    REQUIRE(log.entries.size() == 3);
    for (const LogEntry& e : log.entries) CHECK(e.result.decision == Decision::Rejected);
    // Deletion is the 21Vianet page's ("all data is deleted"); the global pages say nothing, so the inference decides.
    CHECK(rule_ids(log.entries[0].result) == std::vector<std::string>{era == "21vianet" ? "R-SUB-1" : "R-INF-12"});
    CHECK(rule_ids(log.entries[1].result) == std::vector<std::string>{"R-INF-12"});
    CHECK(rule_ids(log.entries[2].result) == std::vector<std::string>{"R-INF-12"});
  }
}

TEST_CASE("global eras: the pages are silent, so the inference R-INF-12 decides a suspended subscription the 21Vianet way") {
  for (const std::string era : {"global_dap", "global_gdap"}) {
    CAPTURE(era);
    const RunLog log = run(sign_in_world(era, sign_in("plain-on", "fabrikam/plain", "on") + "," + sign_in("plain-off", "fabrikam/plain", "off") + "," +
                                                  sign_in("ha-off", "fabrikam/ha", "off")));
    REQUIRE(log.entries.size() == 3);
    CHECK(log.entries[0].result.decision == Decision::Applied);
    CHECK(log.entries[1].result.decision == Decision::Rejected);
    CHECK(log.entries[2].result.decision == Decision::Applied);
    for (const LogEntry& e : log.entries) CHECK(rule_ids(e.result) == std::vector<std::string>{"R-INF-12"});
  }
}

TEST_CASE("only a user of the subscription's own customer signs in with it; a partner's staff use AOBO instead") {
  const RunLog log = run(sign_in_world("21vianet", sign_in("other-customer", "tailspin/ga", "on") + "," + sign_in("partner", "contoso/li", "on") + "," +
                                                       sign_in("missing", "fabrikam/ga", "nope")));
  REQUIRE(log.entries.size() == 3);
  for (const LogEntry& e : log.entries) CHECK(e.result.decision == Decision::Rejected);
  CHECK(rule_ids(log.entries[0].result) == std::vector<std::string>{"R-INF-5"});
  CHECK(rule_ids(log.entries[1].result) == std::vector<std::string>{"R-INF-5"});
  CHECK(rule_ids(log.entries[2].result) == std::vector<std::string>{"R-INF-1"});
}

namespace {

// Global (GDAP): Adatum (indirect provider) sold fab-e3 with Litware as reseller of record and fab-bp with Proseware;
// Litware and Contoso (direct bill) have reseller relationships with Fabrikam, Proseware has none. `subscriptions_extra`
// is spliced into the subscriptions array.
std::string support_world(const std::string& events, const std::string& subscriptions_extra = "") {
  return R"({"format_version": 1, "metadata": {"title": "t", "era": "global_gdap"},
  "world": {"clock": "2024-03-04T09:00:00Z",
    "services": [{"id": "e3", "name": "Microsoft 365 E3"}, {"id": "bp", "name": "Microsoft 365 Business Premium"}],
    "partners": [
      {"id": "adatum", "name": "Adatum", "type": "indirect_provider", "region": "US", "users": [{"id": "sam", "roles": ["admin_agent"]}, {"id": "dana", "roles": ["helpdesk_agent"]}]},
      {"id": "litware", "name": "Litware", "type": "indirect_reseller", "region": "US", "users": [{"id": "ana", "roles": ["global_admin", "admin_agent"]}]},
      {"id": "proseware", "name": "Proseware", "type": "indirect_reseller", "region": "US", "users": [{"id": "ben", "roles": ["admin_agent"]}]},
      {"id": "contoso", "name": "Contoso", "type": "direct_bill", "region": "US", "users": [{"id": "li", "roles": ["global_admin", "admin_agent"]}]}],
    "customers": [{"id": "fabrikam", "name": "Fabrikam", "region": "US", "users": [{"id": "jo", "roles": ["global_admin"]}]}],
    "subscriptions": [
      {"id": "fab-e3", "customer": "fabrikam", "service": "e3", "partner_of_record": "adatum", "reseller_of_record": "litware"},
      {"id": "fab-bp", "customer": "fabrikam", "service": "bp", "partner_of_record": "adatum", "reseller_of_record": "proseware"},
      {"id": "fab-own", "customer": "fabrikam", "service": "e3", "partner_of_record": "contoso"})" + subscriptions_extra + R"(],
    "reseller_relationships": [{"partner": "adatum", "customer": "fabrikam"}, {"partner": "litware", "customer": "fabrikam"}, {"partner": "contoso", "customer": "fabrikam"}],
    "partnerships": [{"provider": "adatum", "reseller": "litware"}, {"provider": "adatum", "reseller": "proseware"}]},
  "events": [)" + events + "]}";
}

std::string designate(const std::string& id, const std::string& actor, const std::string& subscription, const std::string& reseller) {
  return event(id, actor, "set_support_contact",
               reseller.empty() ? R"({"subscription": ")" + subscription + R"("})" : R"({"subscription": ")" + subscription + R"(", "reseller": ")" + reseller + R"("})");
}

const Subscription& subscription(const World& w, const std::string& id) {
  for (const Subscription& s : w.subscriptions)
    if (s.id == id) return s;
  FAIL("no subscription " << id);
  return w.subscriptions.front();
}

}  // namespace

TEST_CASE("the provider that sold a subscription designates its reseller of record as support contact, and clears it (R-IND-6)") {
  const RunLog log = run(support_world(designate("set", "adatum/sam", "fab-e3", "litware") + "," + designate("again", "adatum/sam", "fab-e3", "litware") + "," +
                                       designate("clear", "adatum/sam", "fab-e3", "")));
  REQUIRE(log.entries.size() == 3);
  for (const LogEntry& e : log.entries) {
    CHECK(e.result.decision == Decision::Applied);
    CHECK(rule_ids(e.result) == std::vector<std::string>{"R-IND-6"});
  }
  // Setting it changes fab-e3's support contact and nothing else of it; naming it again changes nothing.
  REQUIRE(log.entries[0].result.diff.size() == 1);
  const Subscription& after = std::get<Subscription>(*log.entries[0].result.diff[0].after);
  CHECK(after.support_contact == "litware");
  CHECK(after.partner_of_record == "adatum");
  CHECK(after.reseller_of_record == "litware");
  CHECK(log.entries[1].result.diff.empty());
  CHECK(render(log.entries[0].result.rules[0].explanation, Language::English) ==
        "Adatum designates its reseller Litware as the support contact of fab-e3: Litware handles Fabrikam's support requests for it.");
  CHECK(subscription(log.final_world, "fab-e3").support_contact.empty());
}

TEST_CASE("no one else designates a support contact, and only the reseller of record still working with the customer can be one") {
  const RunLog log = run(support_world(designate("reseller", "litware/ana", "fab-e3", "litware") + "," +      // the reseller itself
                                       designate("other", "contoso/li", "fab-e3", "litware") + "," +          // a partner that did not sell it
                                       designate("helpdesk", "adatum/dana", "fab-e3", "litware") + "," +      // a role that manages no subscriptions
                                       designate("not-of-record", "adatum/sam", "fab-e3", "proseware") + "," +  // the provider's other reseller
                                       designate("no-relationship", "adatum/sam", "fab-bp", "proseware") + "," +  // of record, but not the customer's partner
                                       designate("direct-bill", "contoso/li", "fab-own", "litware") + "," +     // a direct-bill seller has no reseller
                                       designate("customer", "fabrikam/jo", "fab-e3", "litware")));
  REQUIRE(log.entries.size() == 7);
  for (const LogEntry& e : log.entries) CHECK(e.result.decision == Decision::Rejected);
  CHECK(rule_ids(log.entries[0].result) == std::vector<std::string>{"R-IND-6"});
  CHECK(rule_ids(log.entries[1].result) == std::vector<std::string>{"R-MP-1", "R-MP-5", "R-MP-7"});
  CHECK(rule_ids(log.entries[2].result) == std::vector<std::string>{"R-ROLE-1"});
  CHECK(rule_ids(log.entries[3].result) == std::vector<std::string>{"R-IND-6"});
  CHECK(rule_ids(log.entries[4].result) == std::vector<std::string>{"R-REM-2"});
  CHECK(rule_ids(log.entries[5].result) == std::vector<std::string>{"R-IND-6"});
  // A customer cannot change its CSP subscriptions: R-SUB-2 is 21Vianet's, decided in the GDAP era by R-GDAP-20; the
  // customer has given Adatum no DAP, so the note that removing DAP leaves the subscription with its partner follows
  // (R-DAP-4), as for every change a customer asks of a CSP subscription.
  CHECK(rule_ids(log.entries[6].result) == std::vector<std::string>{"R-GDAP-20", "R-DAP-4"});
  for (const Subscription& s : log.final_world.subscriptions) CHECK(s.support_contact.empty());
}

TEST_CASE("a suspended subscription gets no new support contact; a transfer drops the old provider's designation") {
  const RunLog log = run(support_world(event("suspend", "adatum/sam", "suspend_subscription", R"({"subscription": "fab-e3"})") + "," +
                                       designate("suspended", "adatum/sam", "fab-e3", "litware")));
  REQUIRE(log.entries.size() == 2);
  CHECK(log.entries[0].result.decision == Decision::Applied);
  CHECK(log.entries[1].result.decision == Decision::Rejected);
  CHECK(rule_ids(log.entries[1].result) == std::vector<std::string>{"R-INF-2"});
  // fab-x, with Litware designated, moves from Adatum to Contoso: Contoso has no reseller there, so Litware is no
  // longer its reseller of record and cannot stay its designated support contact.
  std::string world = support_world(event("accept", "adatum/sam", "accept_transfer", R"({"transfer": "t1"})"),
                                    R"(, {"id": "fab-x", "customer": "fabrikam", "service": "bp", "partner_of_record": "adatum", "reseller_of_record": "litware", "support_contact": "litware"})");
  world.replace(world.find(R"("partnerships")"), 0, R"("transfers": [{"id": "t1", "customer": "fabrikam", "source_partner": "adatum", "target_partner": "contoso", "subscriptions": ["fab-x"]}], )");
  const RunLog moved = run(world);
  REQUIRE(moved.entries.size() == 1);
  CHECK(moved.entries[0].result.decision == Decision::Applied);
  CHECK(subscription(moved.final_world, "fab-x").partner_of_record == "contoso");
  CHECK(subscription(moved.final_world, "fab-x").reseller_of_record.empty());
  CHECK(subscription(moved.final_world, "fab-x").support_contact.empty());
}

TEST_CASE("support_contact: read, exported and checked against the reseller of record; files without it load unchanged") {
  const std::string with = support_world("", R"(, {"id": "fab-x", "customer": "fabrikam", "service": "bp", "partner_of_record": "adatum", "reseller_of_record": "litware", "support_contact": "litware"})");
  const Result<Scenario> loaded = load_scenario(with);
  REQUIRE_MESSAGE(loaded.ok(), test_support::all_issues(loaded.issues));
  CHECK(subscription(loaded.value->world, "fab-x").support_contact == "litware");
  CHECK(subscription(loaded.value->world, "fab-e3").support_contact.empty());
  CHECK(export_scenario(*loaded.value).find(R"("support_contact": "litware")") != std::string::npos);
  // Naming Proseware, which is not fab-e3's reseller of record, is an inconsistency the loader points at.
  const Result<Scenario> bad = load_scenario(support_world("", R"(, {"id": "fab-y", "customer": "fabrikam", "service": "bp", "partner_of_record": "adatum", "reseller_of_record": "litware", "support_contact": "proseware"})"));
  CHECK_FALSE(bad.ok());
  const Issue* issue = test_support::find_issue(bad.issues, "inconsistent-fields");
  REQUIRE(issue != nullptr);
  CHECK(issue->pointer == "/world/subscriptions/3/support_contact");
  CHECK(issue->line == 13);  // the spliced subscription shares fab-own's line, the 13th of support_world's text
}

TEST_CASE("the reseller's Partner Center shows the subscriptions it is the designated support contact for") {
  const Result<Scenario> loaded = load_scenario(support_world(designate("set", "adatum/sam", "fab-e3", "litware")));
  REQUIRE(loaded.ok());
  const RunLog log = run_scenario(*loaded.value);
  const WorldIndex index(log.final_world, loaded.value->metadata);
  const auto litware = partner_view(*loaded.value, log.final_world, index, "litware");
  REQUIRE(litware);
  REQUIRE(litware->customers.size() == 1);
  CHECK(litware->customers[0].reseller_subscriptions == std::vector<std::string>{"fab-e3"});
  CHECK(litware->customers[0].support_contact_subscriptions == std::vector<std::string>{"fab-e3"});
  CHECK(partner_view_text(log.final_world, *litware, Language::English).find("    designated support contact: fab-e3\n") != std::string::npos);
  // Proseware is fab-bp's reseller of record, but nobody designated it.
  const auto proseware = partner_view(*loaded.value, log.final_world, index, "proseware");
  REQUIRE(proseware);
  REQUIRE(proseware->customers.size() == 1);
  CHECK(proseware->customers[0].support_contact_subscriptions.empty());
}
