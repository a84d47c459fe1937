// expectations_test.cpp — what the runner says when an expectation does not hold, in English (the sentences the
// decision logs have always printed) and in Simplified Chinese (docs/glossary.md: 预期, 决定性规则, 已执行/已拒绝).
// The expected sentences are written by hand from the templates' wording, not read from the engine.
#include <doctest/doctest.h>

#include "../scenario_steps.hpp"
#include "mpsim/run.hpp"

using namespace core;

namespace {

constexpr Timestamp kT = 1'540'800'000;  // 2018-10-29T08:00:00Z

// A 21Vianet world: partner p1 (its admin p1/admin) with a reseller link, and customer c (its Global admin c/ga).
Scenario link_world() {
  Scenario s;
  s.metadata.era = Era::Vianet21;
  s.world.clock = kT;
  Partner p;
  p.id = "p1";
  p.name = "Partner p1";
  p.region = "CN";
  p.users.push_back(User{"admin", "Admin", "", {PartnerRole::GlobalAdmin, PartnerRole::AdminAgent}, {}});
  s.world.partners.push_back(p);
  s.world.customers.push_back(test_support::customer_with_global_admin("Customer c", "CN"));
  s.world.invitations.push_back(Invitation{"p1-link", InvitationKind::ResellerRelationship, "p1", true, {}, {}, {}});
  Event accept;
  accept.id = "accept";
  accept.time = kT;
  accept.actor = "c/ga";
  accept.action = "accept_reseller_invitation";
  accept.params = {{"invitation", std::string("p1-link")}};
  s.events.push_back(accept);
  return s;
}

std::vector<std::string> rendered(const ExpectationOutcome& o, Language language) {
  std::vector<std::string> out;
  for (const Message& f : o.failures) out.push_back(render(f, language));
  return out;
}

}  // namespace

TEST_CASE("a failing expectation says what did not hold, in English and in Chinese") {
  // c accepts p1's link: applied, and the relationship p1 / c exists. Every check below claims the opposite.
  Scenario s = link_world();
  Expectation x;
  x.after = "accept";
  x.decision = Decision::Rejected;
  x.rules = {"R-MC-2"};
  x.state = {StateCheck{"/subscriptions/nope", std::nullopt, true},
             StateCheck{"/reseller_relationships/p1/c", std::nullopt, false},
             StateCheck{"/customers/c/name", ParamValue(std::string("X")), std::nullopt},
             StateCheck{"/customers/zz/name", ParamValue(std::int64_t{3}), std::nullopt}};
  s.expectations.push_back(x);
  const RunLog log = run_scenario(s);
  REQUIRE(log.expectations.size() == 1);
  const ExpectationOutcome& o = log.expectations[0];
  CHECK_FALSE(o.passed);
  CHECK(rendered(o, Language::English) == std::vector<std::string>{
                                             "expected the request to be rejected, but it was applied",
                                             "expected R-MC-2 among the deciding rules",
                                             "/subscriptions/nope does not exist",
                                             "/reseller_relationships/p1/c exists",
                                             "/customers/c/name is \"Customer c\", expected \"X\"",
                                             "/customers/zz/name does not exist (expected 3)",
                                         });
  CHECK(rendered(o, Language::ChineseSimplified) == std::vector<std::string>{
                                                       "预期请求已拒绝，但实际已执行",
                                                       "预期决定性规则中有 R-MC-2",
                                                       "/subscriptions/nope 不存在",
                                                       "/reseller_relationships/p1/c 存在",
                                                       "/customers/c/name 为\"Customer c\"，预期为\"X\"",
                                                       "/customers/zz/name 不存在（预期为 3）",
                                                   });
  // The decision logs show them in the language asked for.
  const std::string zh = decision_log_text(s, log, Language::ChineseSimplified);
  CHECK(zh.find("       预期请求已拒绝，但实际已执行\n") != std::string::npos);
  CHECK(decision_log_json(s, log, Language::ChineseSimplified).find("\"预期请求已拒绝，但实际已执行\",") != std::string::npos);
  CHECK(decision_log_markdown(s, log, Language::ChineseSimplified).find("**失败**; 预期请求已拒绝，但实际已执行; ") != std::string::npos);
}

TEST_CASE("the Markdown report keeps scenario text inert: no raw HTML, no links, no headings through a CR") {
  Scenario s;
  s.metadata.era = Era::Vianet21;
  s.world.clock = kT;
  s.metadata.title.en = "Evil <img src=x onerror=alert(1)>\r# Owned [click](javascript:alert(1))";
  s.metadata.description.en = "<script>alert(1)</script>\n[x]: javascript:alert(2) \\| done";
  const RunLog log = run_scenario(s);
  // Written by hand: each of | * _ ` [ ] < > \ gets a backslash before it, and CR and LF become spaces.
  CHECK(decision_log_markdown(s, log, Language::English) ==
        "# Evil \\<img src=x onerror=alert(1)\\> # Owned \\[click\\](javascript:alert(1))\n\n"
        "*Partner Center operated by 21Vianet (2016-2018 doc set)* — replayed by mpsim. Rules come from the documentation "
        "of that era; this report claims no legal or contractual authority.\n\n"
        "\\<script\\>alert(1)\\</script\\> \\[x\\]: javascript:alert(2) \\\\\\| done\n\n"
        "## Decisions\n");
}
