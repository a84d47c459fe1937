// subscriptions_test.cpp — who may change whose subscription, and what an upgrade needs, with expected rules and texts
// worked out from the China pages: the multi-partner note (CN-RR: "cannot remove seats, order add-ons, transition or
// migrate the subscriptions, or change the Partner of Record"), R-MP-7's inference for everything else, and the
// upgrade page's conditions (CN-UPG: "The customer can't already have subscriptions that include the additional
// services", bought "from another reseller or another channel").
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "../test_support.hpp"
#include "mpsim/message.hpp"
#include "mpsim/run.hpp"
#include "mpsim/scenario_io.hpp"

using namespace core;

namespace {

// A 21Vianet world: Contoso sold Fabrikam Business Premium (20 seats) and holds DAP for it; Northwind is Fabrikam's
// second partner. `extra_subscriptions` and `events` are JSON array members spliced in.
std::string china_world(const std::string& extra_subscriptions, const std::string& events) {
  return R"({"format_version": 1, "metadata": {"title": "t", "era": "21vianet"},
  "world": {"clock": "2018-11-05T08:00:00Z",
    "services": [
      {"id": "bp", "name": "Office 365 Business Premium", "family": "office365", "includes": ["exchange", "sharepoint", "office-apps"], "upgrades_to": ["e3"]},
      {"id": "e3", "name": "Office 365 E3", "family": "office365", "includes": ["exchange", "sharepoint", "office-apps", "archiving"]},
      {"id": "eoa", "name": "Exchange Online Archiving", "family": "office365", "includes": ["archiving"]},
      {"id": "exo", "name": "Exchange Online Plan 1", "family": "office365", "includes": ["exchange"]}],
    "partners": [
      {"id": "contoso", "name": "Contoso", "type": "direct_bill", "region": "CN", "users": [{"id": "li", "name": "Li Wei", "roles": ["admin_agent"]}]},
      {"id": "northwind", "name": "Northwind", "type": "direct_bill", "region": "CN", "users": [{"id": "chen", "name": "Chen Jing", "roles": ["admin_agent"]}]},
      {"id": "tailspin", "name": "Tailspin", "type": "direct_bill", "region": "CN", "users": [{"id": "ma", "name": "Ma Jun", "roles": ["admin_agent"]}]}],
    "customers": [{"id": "fabrikam", "name": "Fabrikam", "region": "CN", "users": [{"id": "ga", "name": "Liu Yang", "roles": ["global_admin"]}]}],
    "subscriptions": [
      {"id": "fab-bp", "customer": "fabrikam", "service": "bp", "channel": "csp", "partner_of_record": "contoso", "quantity": 20}
      )" + extra_subscriptions + R"(],
    "reseller_relationships": [{"partner": "contoso", "customer": "fabrikam"}, {"partner": "northwind", "customer": "fabrikam"}],
    "delegated_admin": [{"partner": "contoso", "customer": "fabrikam", "services": ["bp"]}]},
  "events": [)" + events + "]}";
}

std::string event(const std::string& id, const std::string& actor, const std::string& action, const std::string& params) {
  return R"({"id": ")" + id + R"(", "actor": ")" + actor + R"(", "action": ")" + action + R"(", "params": )" + params + "}";
}

RunLog run(const std::string& text) {
  Result<Scenario> r = load_scenario(text);
  REQUIRE_MESSAGE(r.ok(), test_support::all_issues(r.issues));
  return run_scenario(*r.value);
}

std::vector<std::string> rule_ids(const StepResult& r) {
  std::vector<std::string> ids;
  for (const DecidingRule& d : r.rules) ids.push_back(d.id);
  return ids;
}

}  // namespace

TEST_CASE("another partner's subscription: suspending, cancelling and reactivating cite R-MP-7; removing seats and upgrading cite R-MP-6") {
  // Northwind has a reseller relationship with Fabrikam (R-MP-1: joining gave it no say), is not billed for Contoso's
  // subscription (R-MP-5), and then: suspend/cancel/reactivate are not in CN-RR's list, so the inference R-MP-7
  // decides; removing seats and upgrading (a transition) are in the list, so R-MP-6 decides.
  const RunLog log = run(china_world(R"(, {"id": "fab-bp-off", "customer": "fabrikam", "service": "exo", "channel": "csp", "partner_of_record": "contoso", "status": "suspended"})",
                                     event("s", "northwind/chen", "suspend_subscription", R"({"subscription": "fab-bp"})") + "," +
                                         event("c", "northwind/chen", "cancel_subscription", R"({"subscription": "fab-bp"})") + "," +
                                         event("r", "northwind/chen", "reactivate_subscription", R"({"subscription": "fab-bp-off"})") + "," +
                                         event("q", "northwind/chen", "change_quantity", R"({"subscription": "fab-bp", "quantity": 10})") + "," +
                                         event("u", "northwind/chen", "upgrade_subscription", R"({"subscription": "fab-bp", "to": "e3"})")));
  REQUIRE(log.entries.size() == 5);
  for (const LogEntry& e : log.entries) CHECK(e.result.decision == Decision::Rejected);
  const std::vector<std::string> not_in_cn_rr{"R-MP-1", "R-MP-5", "R-MP-7"}, in_cn_rr{"R-MP-1", "R-MP-6"};
  CHECK(rule_ids(log.entries[0].result) == not_in_cn_rr);
  CHECK(rule_ids(log.entries[1].result) == not_in_cn_rr);
  CHECK(rule_ids(log.entries[2].result) == not_in_cn_rr);
  CHECK(rule_ids(log.entries[3].result) == in_cn_rr);
  CHECK(rule_ids(log.entries[4].result) == in_cn_rr);
}

TEST_CASE("the explanations of another partner's refused suspension, in English and in Chinese") {
  const RunLog log = run(china_world("", event("s", "northwind/chen", "suspend_subscription", R"({"subscription": "fab-bp"})")));
  REQUIRE(log.entries.size() == 1);
  const std::vector<DecidingRule>& rules = log.entries[0].result.rules;
  REQUIRE(rules.size() == 3);
  CHECK(render(rules[2].explanation, Language::English) == "Northwind cannot suspend fab-bp: Contoso sold it. A partner manages only the subscriptions it sold.");
  CHECK(render(rules[2].explanation, Language::ChineseSimplified) == "Northwind 不能暂停 fab-bp：它由 Contoso 销售。合作伙伴只能管理自己销售的订阅。");
  CHECK(render(rules[1].explanation, Language::ChineseSimplified) == "Northwind 不接收 fab-bp 的帐单；计费仍归 Contoso。");
}

TEST_CASE("an upgrade is refused while another subscription includes a service the upgrade adds, whoever sold it and through whatever channel") {
  // E3 adds "archiving" to Business Premium; Exchange Online Archiving includes it.
  const std::string upgrade = event("u", "contoso/li", "upgrade_subscription", R"({"subscription": "fab-bp", "to": "e3"})");
  const char* const overlapping[] = {
      R"(, {"id": "x", "customer": "fabrikam", "service": "eoa", "channel": "direct"})",    // from 21Vianet directly
      R"(, {"id": "x", "customer": "fabrikam", "service": "eoa", "channel": "advisor"})",   // through the Advisor program
      R"(, {"id": "x", "customer": "fabrikam", "service": "eoa", "channel": "csp", "partner_of_record": "northwind"})",  // another reseller
      R"(, {"id": "x", "customer": "fabrikam", "service": "eoa", "channel": "csp", "partner_of_record": "contoso"})",    // the same reseller
      R"(, {"id": "x", "customer": "fabrikam", "service": "eoa", "channel": "direct", "status": "suspended"})",  // suspended still counts
  };
  for (const char* extra : overlapping) {
    CAPTURE(extra);
    const RunLog log = run(china_world(extra, upgrade));
    REQUIRE(log.entries.size() == 1);
    CHECK(log.entries[0].result.decision == Decision::Rejected);
    CHECK(rule_ids(log.entries[0].result) == std::vector<std::string>{"R-MC-4"});
    CHECK(log.final_world.subscriptions[0].service == "bp");
  }
  // A subscription that includes only what Business Premium already has (Exchange) adds nothing the upgrade brings,
  // and a cancelled one is gone: both upgrades go through.
  const char* const harmless[] = {
      R"(, {"id": "x", "customer": "fabrikam", "service": "exo", "channel": "direct"})",
      R"(, {"id": "x", "customer": "fabrikam", "service": "eoa", "channel": "direct", "status": "cancelled"})",
  };
  for (const char* extra : harmless) {
    CAPTURE(extra);
    const RunLog log = run(china_world(extra, upgrade));
    REQUIRE(log.entries.size() == 1);
    CHECK(log.entries[0].result.decision == Decision::Applied);
    CHECK(log.final_world.subscriptions[0].service == "e3");
  }
}

TEST_CASE("the refusal of an upgrade over an overlapping subscription says what overlaps and where it came from") {
  const RunLog log = run(china_world(R"(, {"id": "x", "customer": "fabrikam", "service": "eoa", "channel": "csp", "partner_of_record": "northwind"})",
                                     event("u", "contoso/li", "upgrade_subscription", R"({"subscription": "fab-bp", "to": "e3"})")));
  REQUIRE(log.entries.size() == 1);
  REQUIRE(log.entries[0].result.rules.size() == 1);
  const Message& why = log.entries[0].result.rules[0].explanation;
  CHECK(render(why, Language::English) ==
        "the customer already has x (Exchange Online Archiving, bought from Northwind), which includes archiving, a service the upgrade to Office 365 E3 "
        "adds; it must cancel that one before upgrading.");
  CHECK(render(why, Language::ChineseSimplified) ==
        "客户已有 x（Exchange Online Archiving，从 Northwind 处购买），其中包含升级到 Office 365 E3 会添加的服务：archiving；必须先取消该订阅，才能升级。");
}
