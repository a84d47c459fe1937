// subscriptions_test.cpp — who may change whose subscription, and what an upgrade needs, with expected rules and texts
// worked out from the China pages: the multi-partner note (CN-RR: "cannot remove seats, order add-ons, transition or
// migrate the subscriptions, or change the Partner of Record"), R-MP-7's inference for everything else, and the
// upgrade page's conditions (CN-UPG: "The customer can't already have subscriptions that include the additional
// services", bought "from another reseller or another channel").
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "../scenario_steps.hpp"
#include "../test_support.hpp"
#include "mpsim/message.hpp"
#include "mpsim/run.hpp"
#include "mpsim/scenario_io.hpp"

using namespace core;
using test_support::event;
using test_support::rule_ids;
using test_support::run;

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

using test_support::event;
using test_support::rule_ids;
using test_support::run;

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

// ---- transfers of Azure items (R-XFER-1) and the Microsoft Customer Agreement's state
// The prerequisites, global-2023/transfer-azure-subscriptions-under-azure-plan.md: "The future CSP partner establishes a
// relationship with the customer and purchases an Azure plan before the transition starts. The customer signs a
// Microsoft Customer Agreement with the future CSP partner." Roles: "Appropriate roles: Admin agent".

namespace {

// Contoso sold Fabrikam an Azure subscription (fab-azure) and Microsoft 365 (fab-m365); Northwind has a relationship
// with Fabrikam. `northwind_relationship` is the members after partner and customer; `extra_subscriptions` spliced in.
std::string global_world(const std::string& era, const std::string& northwind_relationship, const std::string& extra_subscriptions,
                         const std::string& events) {
  return R"({"format_version": 1, "metadata": {"title": "t", "era": ")" + era + R"("},
  "world": {"clock": "2024-05-06T08:00:00Z",
    "services": [{"id": "m365", "name": "Microsoft 365 E3", "family": "office365"}, {"id": "azure-plan", "name": "Azure plan", "kind": "usage", "family": "azure"}],
    "partners": [
      {"id": "contoso", "name": "Contoso", "type": "direct_bill", "region": "US", "users": [{"id": "li", "name": "Li Wei", "roles": ["admin_agent"]}]},
      {"id": "northwind", "name": "Northwind", "type": "direct_bill", "region": "US",
       "users": [{"id": "kim", "name": "Kim", "roles": ["admin_agent"]}, {"id": "zoe", "name": "Zoe", "roles": ["sales_agent"]}]},
      {"id": "tailwind", "name": "Tailwind", "type": "direct_bill", "region": "US", "users": [{"id": "raj", "name": "Raj", "roles": ["admin_agent"]}]}],
    "customers": [{"id": "fabrikam", "name": "Fabrikam", "region": "US", "users": [{"id": "ga", "name": "GA", "roles": ["global_admin"]}]}],
    "subscriptions": [
      {"id": "fab-azure", "customer": "fabrikam", "service": "azure-plan", "channel": "csp", "partner_of_record": "contoso"},
      {"id": "fab-m365", "customer": "fabrikam", "service": "m365", "channel": "csp", "partner_of_record": "contoso"})" +
         extra_subscriptions + R"(],
    "reseller_relationships": [{"partner": "contoso", "customer": "fabrikam"}, {"partner": "northwind", "customer": "fabrikam")" +
         northwind_relationship + R"(}]},
  "events": [)" + events + "]}";
}

const std::string kNorthwindPlan = R"(, {"id": "nw-plan", "customer": "fabrikam", "service": "azure-plan", "channel": "csp", "partner_of_record": "northwind"})";
const std::string kAgreement = R"(, "customer_agreement": "2024-05-01T00:00:00Z")";

std::string request(const std::string& actor, const std::string& subscription) {
  return event("x", actor, "create_transfer",
               R"({"customer": "fabrikam", "source_partner": "contoso", "subscriptions": [")" + subscription + R"("], "transfer": "t1"})");
}

}  // namespace

TEST_CASE("a transfer of an Azure item needs the future partner's Azure plan and the customer's agreement with it") {
  struct Case {
    const char* what;
    std::string relationship, subscriptions;
    std::vector<std::string> rules;
  };
  const Case cases[] = {
      {"neither", "", "", {"R-XFER-1", "R-XFER-1"}},
      {"agreement only", kAgreement, "", {"R-XFER-1"}},
      {"plan only", "", kNorthwindPlan, {"R-XFER-1"}},
      // A suspended Azure subscription is no plan to move into.
      {"suspended plan", kAgreement, R"(, {"id": "nw-plan", "customer": "fabrikam", "service": "azure-plan", "channel": "csp", "partner_of_record": "northwind", "status": "suspended"})", {"R-XFER-1"}},
      // Contoso's Azure plan is not Northwind's.
      {"another partner's plan", kAgreement, R"(, {"id": "c-plan", "customer": "fabrikam", "service": "azure-plan", "channel": "csp", "partner_of_record": "contoso"})", {"R-XFER-1"}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.what);
    const RunLog log = run(global_world("global_gdap", c.relationship, c.subscriptions, request("northwind/kim", "fab-azure")));
    REQUIRE(log.entries.size() == 1);
    CHECK(log.entries[0].result.decision == Decision::Rejected);
    CHECK(rule_ids(log.entries[0].result) == c.rules);
    CHECK(log.final_world.transfers.empty());
  }
  const RunLog both = run(global_world("global_gdap", kAgreement, kNorthwindPlan, request("northwind/kim", "fab-azure")));
  CHECK(both.entries[0].result.decision == Decision::Applied);
  CHECK(rule_ids(both.entries[0].result) == std::vector<std::string>{"R-XFER-1", "R-XFER-1", "R-XFER-2"});
  REQUIRE(both.final_world.transfers.size() == 1);
  CHECK(render(both.entries[0].result.rules[1].explanation, Language::English) ==
        "Northwind has an Azure plan for Fabrikam (nw-plan), and Fabrikam accepted the Microsoft Customer Agreement with it on 2024-05-01.");
  // Microsoft 365 is no Azure item: the relationship is enough.
  const RunLog m365 = run(global_world("global_gdap", "", "", request("northwind/kim", "fab-m365")));
  CHECK(m365.entries[0].result.decision == Decision::Applied);
}

TEST_CASE("the refusal of an Azure transfer says what is missing, in English and Chinese") {
  const RunLog log = run(global_world("global_gdap", "", "", request("northwind/kim", "fab-azure")));
  REQUIRE(log.entries[0].result.rules.size() == 2);
  const Message& agreement = log.entries[0].result.rules[0].explanation;
  const Message& plan = log.entries[0].result.rules[1].explanation;
  CHECK(render(agreement, Language::English) ==
        "Fabrikam has not accepted the Microsoft Customer Agreement with Northwind, and fab-azure is an Azure item: the customer signs it with the "
        "future partner before the transfer.");
  CHECK(render(plan, Language::ChineseSimplified) ==
        "Northwind 没有为 Fabrikam 购买 Azure 计划，而 fab-azure 是 Azure 项目：新合作伙伴须在转移开始前购买 Azure 计划。");
}

TEST_CASE("creating a transfer: admin agents only in the GDAP era (2023 page), sales agents too in the DAP era (2021 page)") {
  const RunLog gdap = run(global_world("global_gdap", "", "", request("northwind/zoe", "fab-m365")));
  CHECK(gdap.entries[0].result.decision == Decision::Rejected);
  CHECK(rule_ids(gdap.entries[0].result) == std::vector<std::string>{"R-ROLE-1"});
  CHECK(render(gdap.entries[0].result.rules[0].explanation, Language::English) ==
        "Zoe (Northwind) holds sales agent; in the GDAP era only admin agents (and global admins) create transfer requests.");
  const RunLog dap = run(global_world("global_dap", "", "", request("northwind/zoe", "fab-m365")));
  CHECK(dap.entries[0].result.decision == Decision::Applied);
}

TEST_CASE("confirm_customer_agreement records the acceptance on the partner's relationship, once") {
  const RunLog log = run(global_world("global_gdap", "", "",
                                      R"({"id": "a", "time": "2024-05-06T09:00:00Z", "actor": "northwind/kim", "action": "confirm_customer_agreement", "params": {"customer": "fabrikam"}},
                                         {"id": "b", "time": "2024-05-07T09:00:00Z", "actor": "northwind/kim", "action": "confirm_customer_agreement", "params": {"customer": "fabrikam"}},
                                         {"id": "c", "time": "2024-05-07T10:00:00Z", "actor": "tailwind/raj", "action": "confirm_customer_agreement", "params": {"customer": "fabrikam"}})"));
  REQUIRE(log.entries.size() == 3);
  CHECK(log.entries[0].result.decision == Decision::Applied);
  CHECK(log.entries[1].result.decision == Decision::Applied);
  CHECK(log.entries[2].result.decision == Decision::Rejected);
  CHECK(rule_ids(log.entries[2].result) == std::vector<std::string>{"R-REL-3"});
  // 2024-05-06T09:00:00Z: the first attestation stays; Contoso's relationship has none; Tailwind got no relationship.
  REQUIRE(log.final_world.reseller_relationships.size() == 2);
  CHECK(!log.final_world.reseller_relationships[0].customer_agreement.has_value());
  CHECK(log.final_world.reseller_relationships[1].customer_agreement == std::optional<Timestamp>(1714986000));
  CHECK(state_value(log.final_world, "/reseller_relationships/northwind/fabrikam/customer_agreement") == std::optional<std::string>("\"2024-05-06T09:00:00Z\""));
}

TEST_CASE("customer_agreement in a file: a time, or a precise error") {
  const std::string text = "{\"format_version\": 1, \"metadata\": {\"title\": \"t\", \"era\": \"global_gdap\"},\n"
                           "\"world\": {\"clock\": \"2024-05-06T08:00:00Z\", \"partners\": [{\"id\": \"p\", \"name\": \"P\", \"type\": \"direct_bill\", \"region\": \"US\"}], \"customers\": [{\"id\": \"c\", \"name\": \"C\", \"region\": \"US\"}],\n"
                           "\"reseller_relationships\": [{\"partner\": \"p\", \"customer\": \"c\",\n"
                           "  \"customer_agreement\": VALUE}]}}";
  auto with = [&](const std::string& value) {
    std::string t = text;
    t.replace(t.find("VALUE"), 5, value);
    return load_scenario(t);
  };
  const Result<Scenario> good = with("\"2024-05-01T00:00:00Z\"");
  REQUIRE(good.ok());
  CHECK(good.value->world.reseller_relationships[0].customer_agreement == std::optional<Timestamp>(1714521600));
  struct Bad {
    const char* value;
    const char* code;
  };
  for (const Bad& bad : {Bad{"5", "wrong-type"}, Bad{"true", "wrong-type"}, Bad{"\"2024-02-30T00:00:00Z\"", "invalid-time"}, Bad{"\"yesterday\"", "invalid-time"}}) {
    CAPTURE(bad.value);
    const Result<Scenario> r = with(bad.value);
    CHECK(!r.ok());
    const Issue* issue = test_support::find_issue(r.issues, bad.code);
    REQUIRE(issue != nullptr);
    CHECK(issue->pointer == "/world/reseller_relationships/0/customer_agreement");
    CHECK(issue->line == 4);
    CHECK(issue->column == 25);  // the value after `  "customer_agreement": `
    CHECK(!issue->message.empty());
  }
  // A file without it loads as before: no acceptance recorded.
  const Result<Scenario> old = load_scenario(text.substr(0, text.find(",\n  \"customer_agreement\"")) + "}]}}");
  REQUIRE_MESSAGE(old.ok(), test_support::all_issues(old.issues));
  CHECK(!old.value->world.reseller_relationships[0].customer_agreement.has_value());
}

// ---- add-ons (R-MP-6: "You also cannot ... order add-ons" for subscriptions you did not sell)

TEST_CASE("only the partner that sold a subscription orders add-ons for it; the add-on names its parent") {
  const std::string add_on = R"({"subscription": "fab-bp", "service": "eoa", "add_on": "fab-eoa", "quantity": 5})";
  const RunLog log = run(china_world("", event("n", "northwind/chen", "order_add_on", add_on) + "," + event("c", "contoso/li", "order_add_on", add_on)));
  REQUIRE(log.entries.size() == 2);
  CHECK(log.entries[0].result.decision == Decision::Rejected);
  CHECK(rule_ids(log.entries[0].result) == std::vector<std::string>{"R-MP-1", "R-MP-6"});
  CHECK(render(log.entries[0].result.rules[1].explanation, Language::ChineseSimplified) ==
        "Northwind 不能为 fab-bp 订购加载项：它由 Contoso 销售；未销售订阅的合作伙伴不能为其订购加载项。");
  CHECK(log.entries[1].result.decision == Decision::Applied);
  CHECK(rule_ids(log.entries[1].result) == std::vector<std::string>{"R-MP-6"});
  REQUIRE(log.final_world.subscriptions.size() == 2);
  const Subscription& a = log.final_world.subscriptions[1];
  CHECK(a.id == "fab-eoa");
  CHECK(a.parent == "fab-bp");
  CHECK(a.partner_of_record == "contoso");  // billed by the seller of the base (R-MP-5)
  CHECK(a.quantity == 5);
  CHECK(state_value(log.final_world, "/subscriptions/fab-eoa/parent") == std::optional<std::string>("\"fab-bp\""));
}

TEST_CASE("parent in a file: a subscription id, or a precise error") {
  const std::string text = "{\"format_version\": 1, \"metadata\": {\"title\": \"t\", \"era\": \"21vianet\"},\n"
                           "\"world\": {\"clock\": \"2018-11-05T08:00:00Z\", \"services\": [{\"id\": \"s\", \"name\": \"S\"}],\n"
                           "\"customers\": [{\"id\": \"c\", \"name\": \"C\", \"region\": \"CN\"}],\n"
                           "\"subscriptions\": [{\"id\": \"base\", \"customer\": \"c\", \"service\": \"s\", \"channel\": \"direct\"},\n"
                           "  {\"id\": \"addon\", \"customer\": \"c\", \"service\": \"s\", \"channel\": \"direct\", \"parent\": VALUE}]}}";
  auto with = [&](const std::string& value) {
    std::string t = text;
    t.replace(t.find("VALUE"), 5, value);
    return load_scenario(t);
  };
  const Result<Scenario> good = with("\"base\"");
  REQUIRE_MESSAGE(good.ok(), test_support::all_issues(good.issues));
  CHECK(good.value->world.subscriptions[1].parent == "base");
  CHECK(good.value->world.subscriptions[0].parent.empty());
  struct Bad {
    const char* value;
    const char* code;
  };
  for (const Bad& bad : {Bad{"\"nope\"", "dangling-reference"}, Bad{"7", "wrong-type"}}) {
    CAPTURE(bad.value);
    const Result<Scenario> r = with(bad.value);
    CHECK(!r.ok());
    const Issue* issue = test_support::find_issue(r.issues, bad.code);
    REQUIRE(issue != nullptr);
    CHECK(issue->pointer == "/world/subscriptions/1/parent");
    CHECK(issue->line == 5);
    CHECK(issue->column == 83);  // the value after `  {"id": "addon", ..., "parent": `
  }
}

// ---- billing (R-MP-5: only the original reseller is billed; R-XFER-4: billing moves with an accepted transfer)

TEST_CASE("the billed partner of a subscription: its seller, null for other channels, the target after a transfer") {
  const RunLog log = run(global_world("global_gdap", kAgreement, kNorthwindPlan + R"(, {"id": "direct", "customer": "fabrikam", "service": "m365", "channel": "direct"})",
                                      request("northwind/kim", "fab-azure") + "," +
                                          event("a", "contoso/li", "accept_transfer", R"({"transfer": "t1"})")));
  REQUIRE(log.entries.size() == 2);
  REQUIRE(log.entries[1].result.decision == Decision::Applied);
  CHECK(state_value(log.final_world, "/subscriptions/fab-m365/billed_partner") == std::optional<std::string>("\"contoso\""));
  CHECK(state_value(log.final_world, "/subscriptions/fab-azure/billed_partner") == std::optional<std::string>("\"northwind\""));
  CHECK(state_value(log.final_world, "/subscriptions/direct/billed_partner") == std::optional<std::string>("null"));
  CHECK(!state_value(log.final_world, "/subscriptions/none/billed_partner").has_value());
}
