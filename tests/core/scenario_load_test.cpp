// scenario_load_test.cpp — the scenario loader: the bundled example loads exactly, and each kind of defect
// is reported with its code, JSON Pointer and place, all at once, without throwing.
#include <doctest/doctest.h>

#include <functional>
#include <nlohmann/json.hpp>

#include "../test_support.hpp"
#include "mpsim/scenario_io.hpp"

using namespace core;
// ordered_json keeps the file's member order, so places in the dumped text follow the example's layout.
using json = nlohmann::ordered_json;
using test_support::all_issues;
using test_support::find_issue;

namespace {

const char* kExample = "web/scenarios/second-partner-joins.json";

json example_json() { return json::parse(test_support::read_text(kExample)); }

// Loads the example after `mutate`, expecting failure; returns the issues.
std::vector<Issue> issues_after(const std::function<void(json&)>& mutate) {
  json doc = example_json();
  mutate(doc);
  Result<Scenario> result;
  CHECK_NOTHROW(result = load_scenario(doc.dump(2)));
  CHECK_FALSE(result.ok());
  return result.issues;
}

// An issue with `code` must sit at `pointer`, with a place in the text and a message.
void check_issue(const std::vector<Issue>& issues, const std::string& code, const std::string& pointer) {
  CAPTURE(all_issues(issues));
  const auto it = std::find_if(issues.begin(), issues.end(), [&](const Issue& i) { return i.code == code && i.pointer == pointer; });
  REQUIRE(it != issues.end());
  const Issue* issue = &*it;
  CHECK(issue->line > 0);
  CHECK(issue->column > 0);
  CHECK(issue->severity == Severity::Error);
  CHECK_FALSE(issue->message.empty());
}

}  // namespace

TEST_CASE("the bundled example loads into the model field by field") {
  const Result<Scenario> result = load_scenario(test_support::read_text(kExample));
  CAPTURE(all_issues(result.issues));
  REQUIRE(result.ok());
  CHECK(result.issues.empty());
  const Scenario& s = *result.value;
  CHECK(s.format_version == 1);
  CHECK(s.metadata.title.en == "A second partner joins a 21Vianet customer");
  CHECK(s.metadata.era == Era::Vianet21);
  CHECK(s.metadata.cloud == Cloud::China);
  CHECK(s.world.clock == 1540803600);
  REQUIRE(s.world.partners.size() == 2);
  CHECK(s.world.partners[0].id == "contoso");
  CHECK(s.world.partners[0].type == PartnerType::DirectBill);
  REQUIRE(s.world.partners[0].users.size() == 2);
  CHECK(s.world.partners[0].users[0].partner_roles == std::vector{PartnerRole::GlobalAdmin, PartnerRole::AdminAgent});
  CHECK(s.world.partners[1].security_groups[1].members == std::vector<std::string>{"wang.fang"});
  REQUIRE(s.world.customers.size() == 1);
  CHECK(s.world.customers[0].users[0].customer_roles == std::vector{CustomerRole::GlobalAdmin});
  REQUIRE(s.world.subscriptions.size() == 2);
  const Subscription& e3 = s.world.subscriptions[0];
  CHECK(e3.partner_of_record == "contoso");
  CHECK(e3.quantity == 40);
  CHECK(e3.channel == Channel::Csp);
  CHECK(s.world.subscriptions[1].channel == Channel::Direct);
  CHECK(s.world.subscriptions[1].partner_of_record.empty());
  CHECK(s.world.subscriptions[1].billing_cycle == BillingCycle::Annual);
  CHECK(s.world.delegated_admin[0].services == std::vector<std::string>{"o365-e3"});
  CHECK(s.world.services[1].upgrades_to == std::vector<std::string>{"o365-e3"});
  REQUIRE(s.events.size() == 3);
  CHECK(s.events[2].actor == "northwind/chen.jing");
  CHECK(std::get<std::int64_t>(s.events[2].params.at("quantity")) == 30);
  CHECK(std::get<std::string>(s.events[2].params.at("subscription")) == "fab-e3");
  REQUIRE(s.events[0].lesson);
  CHECK(s.events[0].lesson->rule == "R-REL-2");
  REQUIRE(s.expectations.size() == 2);
  CHECK(s.expectations[1].decision == Decision::Rejected);
  CHECK(std::get<std::int64_t>(*s.expectations[0].state[1].equals) == 40);
}

TEST_CASE("defaults: cloud follows the era, optional fields take documented values") {
  const char* text = R"({"format_version": 1, "metadata": {"title": "t", "era": "global_gdap"},
    "world": {"clock": "2023-11-01T00:00:00Z",
      "services": [{"id": "m365", "name": "Microsoft 365 E3"}],
      "partners": [{"id": "p", "name": "P", "type": "direct_bill", "region": "US"}],
      "customers": [{"id": "c", "name": "C", "region": "US"}],
      "subscriptions": [{"id": "s", "customer": "c", "service": "m365", "partner_of_record": "p"}]}})";
  const Result<Scenario> result = load_scenario(text);
  CAPTURE(all_issues(result.issues));
  REQUIRE(result.ok());
  CHECK(result.value->metadata.cloud == Cloud::Global);
  const Subscription& s = result.value->world.subscriptions[0];
  CHECK(s.channel == Channel::Csp);
  CHECK(s.status == SubscriptionStatus::Active);
  CHECK(s.quantity == 1);
  CHECK(s.auto_renew);
  CHECK(result.value->events.empty());
}

TEST_CASE("each defect is reported with its code and pointer") {
  SUBCASE("unknown field, with a suggestion") {
    const auto issues = issues_after([](json& d) { d["world"]["partners"][0]["nmae"] = "x"; });
    check_issue(issues, "unknown-field", "/world/partners/0/nmae");
    CHECK(find_issue(issues, "unknown-field")->message.find("Did you mean \"name\"?") != std::string::npos);
  }
  SUBCASE("missing required field") {
    const auto issues = issues_after([](json& d) { d["world"]["customers"][0].erase("region"); });
    check_issue(issues, "missing-field", "/world/customers/0");
    CHECK(find_issue(issues, "missing-field")->message.find("\"region\"") != std::string::npos);
  }
  SUBCASE("wrong type") {
    check_issue(issues_after([](json& d) { d["world"]["subscriptions"][0]["quantity"] = "40"; }), "wrong-type",
                "/world/subscriptions/0/quantity");
  }
  SUBCASE("fraction where a whole number is needed") {
    check_issue(issues_after([](json& d) { d["world"]["subscriptions"][0]["quantity"] = 2.5; }), "wrong-type",
                "/world/subscriptions/0/quantity");
  }
  SUBCASE("number out of range") {
    check_issue(issues_after([](json& d) { d["world"]["subscriptions"][0]["quantity"] = -1; }), "number-out-of-range",
                "/world/subscriptions/0/quantity");
  }
  SUBCASE("unknown enum value, with a suggestion") {
    const auto issues = issues_after([](json& d) { d["world"]["partners"][1]["type"] = "indirect_resseller"; });
    check_issue(issues, "invalid-value", "/world/partners/1/type");
    CHECK(find_issue(issues, "invalid-value")->message.find("Did you mean \"indirect_reseller\"?") != std::string::npos);
  }
  SUBCASE("duplicate id names both places") {
    const auto issues = issues_after([](json& d) { d["world"]["subscriptions"][1]["id"] = "fab-e3"; });
    check_issue(issues, "duplicate-id", "/world/subscriptions/1/id");
    CHECK(find_issue(issues, "duplicate-id")->message.find("/world/subscriptions/0/id") != std::string::npos);
  }
  SUBCASE("tenant ids are unique across partners and customers") {
    check_issue(issues_after([](json& d) { d["world"]["customers"][0]["id"] = "contoso"; }), "duplicate-id",
                "/world/customers/0/id");
  }
  SUBCASE("dangling reference names the missing id") {
    const auto issues = issues_after([](json& d) { d["world"]["subscriptions"][0]["service"] = "o365-e5"; });
    check_issue(issues, "dangling-reference", "/world/subscriptions/0/service");
    CHECK(find_issue(issues, "dangling-reference")->message.find("\"o365-e5\"") != std::string::npos);
  }
  SUBCASE("a reference to the wrong kind of tenant") {
    check_issue(issues_after([](json& d) { d["world"]["reseller_relationships"][0]["customer"] = "northwind"; }),
                "wrong-reference-kind", "/world/reseller_relationships/0/customer");
  }
  SUBCASE("reseller of record must be an indirect reseller") {
    check_issue(issues_after([](json& d) { d["world"]["subscriptions"][0]["reseller_of_record"] = "northwind"; }),
                "wrong-reference-kind", "/world/subscriptions/0/reseller_of_record");
  }
  SUBCASE("actor must be a user of the tenant") {
    check_issue(issues_after([](json& d) { d["events"][1]["actor"] = "fabrikam/nobody"; }), "dangling-reference", "/events/1/actor");
  }
  SUBCASE("actor must have the tenant/user form") {
    check_issue(issues_after([](json& d) { d["events"][1]["actor"] = "liu.yang"; }), "invalid-actor", "/events/1/actor");
  }
  SUBCASE("security group members must be users of the partner") {
    check_issue(issues_after([](json& d) { d["world"]["partners"][0]["security_groups"][0]["members"][0] = "ghost"; }),
                "dangling-reference", "/world/partners/0/security_groups/0/members/0");
  }
  SUBCASE("expectation after an unknown event") {
    check_issue(issues_after([](json& d) { d["expectations"][0]["after"] = "acept"; }), "dangling-reference", "/expectations/0/after");
  }
  SUBCASE("events in time order") {
    check_issue(issues_after([](json& d) { d["events"][2]["time"] = "2018-10-01T00:00:00Z"; }), "time-goes-backwards", "/events/2/time");
  }
  SUBCASE("invalid time") {
    check_issue(issues_after([](json& d) { d["world"]["clock"] = "29/10/2018"; }), "invalid-time", "/world/clock");
  }
  SUBCASE("invalid id characters") {
    check_issue(issues_after([](json& d) { d["world"]["services"][0]["id"] = "office 365"; }), "invalid-id", "/world/services/0/id");
  }
  SUBCASE("newer format version") {
    check_issue(issues_after([](json& d) { d["format_version"] = 2; }), "unsupported-version", "/format_version");
  }
  SUBCASE("CSP subscription without a partner of record") {
    check_issue(issues_after([](json& d) { d["world"]["subscriptions"][0].erase("partner_of_record"); }), "missing-field",
                "/world/subscriptions/0");
  }
  SUBCASE("direct subscription with a partner of record") {
    check_issue(issues_after([](json& d) { d["world"]["subscriptions"][1]["partner_of_record"] = "contoso"; }),
                "inconsistent-fields", "/world/subscriptions/1/partner_of_record");
  }
  SUBCASE("subscription ending before it starts") {
    check_issue(issues_after([](json& d) { d["world"]["subscriptions"][0]["end"] = "2017-01-01T00:00:00Z"; }), "invalid-range",
                "/world/subscriptions/0/end");
  }
  SUBCASE("GDAP display name over 50 characters") {
    check_issue(issues_after([](json& d) {
                  d["metadata"]["era"] = "global_gdap";
                  d["world"]["gdap_relationships"] = json::array({{{"id", "g1"}, {"partner", "contoso"}, {"customer", "fabrikam"},
                                                                   {"display_name", std::string(51, 'x')}, {"roles", {"Global Reader"}}}});
                }),
                "value-too-long", "/world/gdap_relationships/0/display_name");
  }
  SUBCASE("GDAP duration outside P1D..P730D") {
    check_issue(issues_after([](json& d) {
                  d["world"]["gdap_relationships"] = json::array({{{"id", "g1"}, {"partner", "contoso"}, {"customer", "fabrikam"},
                                                                   {"display_name", "ops"}, {"duration_days", 731}, {"roles", {"x"}}}});
                }),
                "number-out-of-range", "/world/gdap_relationships/0/duration_days");
  }
  SUBCASE("empty expectation") {
    const std::vector<Issue> issues = issues_after([](json& d) { d["expectations"][0] = {{"after", "accept"}}; });
    check_issue(issues, "empty-expectation", "/expectations/0");
    // The message names every member that would do, "result" included (an expectation may hold only that).
    const Issue* issue = test_support::find_issue(issues, "empty-expectation");
    REQUIRE(issue != nullptr);
    CHECK(issue->message.find("\"result\"") != std::string::npos);
  }
  SUBCASE("state check needs exactly one of equals/exists") {
    check_issue(issues_after([](json& d) { d["expectations"][0]["state"][0]["exists"] = true; }), "invalid-value",
                "/expectations/0/state/0");
  }
  SUBCASE("a duplicate member names the first") {
    std::string text = example_json().dump(2);
    const std::string needle = "\"title\":";
    text.insert(text.find(needle), "\"title\": \"again\",\n    ");
    const Result<Scenario> result = load_scenario(text);
    CHECK_FALSE(result.ok());
    check_issue(result.issues, "duplicate-field", "/metadata/title");
  }
}

TEST_CASE("all problems are reported at once, in file order") {
  const auto issues = issues_after([](json& d) {
    d["world"]["partners"][0]["nmae"] = "x";
    d["world"]["subscriptions"][0]["customer"] = "fabrikan";
    d["events"][1]["actor"] = "fabrikam/nobody";
  });
  CAPTURE(all_issues(issues));
  REQUIRE(issues.size() == 3);
  CHECK(issues[0].code == "unknown-field");
  CHECK(issues[1].code == "dangling-reference");
  CHECK(issues[2].code == "dangling-reference");
  CHECK(issues[0].line < issues[1].line);
  CHECK(issues[1].line < issues[2].line);
}

TEST_CASE("references may precede their definitions") {
  // Hand-written files do not always put partners before subscriptions.
  const char* text = R"({"world": {"subscriptions": [{"id": "s", "customer": "c", "service": "x", "partner_of_record": "p"}],
      "customers": [{"id": "c", "name": "C", "region": "CN"}], "services": [{"id": "x", "name": "X"}],
      "partners": [{"id": "p", "name": "P", "type": "direct_bill", "region": "CN"}], "clock": "2018-01-01T00:00:00Z"},
    "metadata": {"era": "21vianet", "title": "out of order"}, "format_version": 1})";
  const Result<Scenario> result = load_scenario(text);
  CAPTURE(all_issues(result.issues));
  CHECK(result.ok());
}

TEST_CASE("exact line and column of a problem") {
  const char* text = "{\n  \"format_version\": 1,\n  \"metadata\": {\"title\": \"t\", \"era\": \"2018\"},\n  \"world\": {\"clock\": \"2018-01-01T00:00:00Z\"}\n}\n";
  const Result<Scenario> result = load_scenario(text);
  REQUIRE(result.issues.size() == 1);
  CHECK(result.issues[0].code == "invalid-value");
  CHECK(result.issues[0].pointer == "/metadata/era");
  CHECK(result.issues[0].line == 3);
  CHECK(result.issues[0].column == 37);
}

TEST_CASE("syntax errors stop loading with one clear issue") {
  const Result<Scenario> result = load_scenario("{\"format_version\": 1,\n \"metadata\": {\"title\": \"t\",}\n}");
  REQUIRE_FALSE(result.ok());
  REQUIRE(result.issues.size() == 1);
  CHECK(result.issues[0].code == "json-syntax");
  CHECK(result.issues[0].pointer == "/metadata");
  CHECK(result.issues[0].line == 2);
}

TEST_CASE("not an object, empty text, and hostile nesting") {
  CHECK(load_scenario("[]").issues.at(0).code == "wrong-type");
  CHECK(load_scenario("").issues.at(0).code == "json-syntax");
  CHECK(load_scenario("{\"a\":" + std::string(100000, '[')).issues.back().code == "json-too-deep");
}

TEST_CASE("the issue list is capped") {
  std::string partners;
  for (int i = 0; i < 50; ++i) partners += std::string(i ? "," : "") + "{\"bad\": 1}";
  const std::string text = "{\"format_version\": 1, \"metadata\": {\"title\": \"t\", \"era\": \"21vianet\"}, "
                           "\"world\": {\"clock\": \"2018-01-01T00:00:00Z\", \"partners\": [" + partners + "]}}";
  const Result<Scenario> result = load_scenario(text, {}, 20);
  CHECK(result.issues.size() == 21);
  CHECK(result.issues.back().code == "too-many-problems");
}

TEST_CASE("a GDAP display name's limit counts characters, not bytes") {
  std::string fifty;
  for (int i = 0; i < 50; ++i) fifty += "支";  // 3 bytes each in UTF-8
  const auto with_name = [](const std::string& name) {
    json doc = example_json();
    doc["world"]["gdap_relationships"] = json::array({{{"id", "g1"}, {"partner", "contoso"}, {"customer", "fabrikam"},
                                                       {"display_name", name}, {"roles", {"Global Reader"}}}});
    return load_scenario(doc.dump(2));
  };
  const Result<Scenario> ok = with_name(fifty);
  CAPTURE(all_issues(ok.issues));
  CHECK(ok.ok());
  const Result<Scenario> long_one = with_name(fifty + "x");
  REQUIRE_FALSE(long_one.ok());
  CHECK(long_one.issues[0].code == "value-too-long");
  CHECK(long_one.issues[0].message.find("this one has 51") != std::string::npos);
}

TEST_CASE("a file over the size limit is refused before reading") {
  JsonLimits limits;
  limits.max_bytes = 1024;
  const Result<Scenario> result = load_scenario(test_support::read_text(kExample), limits);
  REQUIRE(result.issues.size() == 1);
  CHECK(result.issues[0].code == "file-too-large");
  CHECK(result.issues[0].line == 1);
}

TEST_CASE("an expectation naming a rule the catalogue lacks is refused where it is written, whatever the line endings") {
  // second-partner-joins.json line 296 is `        "R-MP-6"` (eight spaces), the first rule of the second expectation.
  std::string text = test_support::read_text(kExample);
  const std::size_t at = text.find("\n        \"R-MP-6\"\n");
  REQUIRE(at != std::string::npos);
  text.replace(at + 9, 8, "\"R-MP-66\"");
  for (const char* ending : {"\n", "\r\n", "\r"}) {
    CAPTURE(std::string(ending) == "\r" ? "CR" : std::string(ending) == "\n" ? "LF" : "CRLF");
    std::string converted;
    for (const char c : text) c == '\n' ? converted += ending : converted += c;
    const Result<Scenario> result = load_scenario(converted);
    REQUIRE(result.issues.size() == 1);
    CHECK(result.issues[0].code == "unknown-rule");
    CHECK(result.issues[0].pointer == "/expectations/1/rules/0");
    CHECK(result.issues[0].line == 296);
    CHECK(result.issues[0].column == 9);
    CHECK(result.issues[0].message.find("Did you mean \"R-MP-6\"?") != std::string::npos);
  }
}
