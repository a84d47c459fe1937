// message_test.cpp — messages render in both languages from their templates: every formatter in English (strings
// worked out by hand, byte for byte) and in Chinese (with the Latin–Chinese spacing), the template table is sound,
// its check catches each kind of broken row, and the rows already in the table reproduce the engine's own text.
#include <doctest/doctest.h>

#include "../test_support.hpp"
#include "mpsim/engine.hpp"
#include "mpsim/enum_names.hpp"
#include "mpsim/message.hpp"
#include "mpsim/scenario_io.hpp"

using namespace core;

namespace {

constexpr Language kEn = Language::English;
constexpr Language kZh = Language::ChineseSimplified;

constexpr MessageTemplate kTestRows[] = {
    {"t.poss", "{who:poss} invitation", "{who:poss}邀请"},
    {"t.and", "keeps {items:and}.", "保留{items:and}。"},
    {"t.or", "use {items:or}", "使用{items:or}"},
    {"t.plain", "[{items}]", "【{items}】"},
    {"t.choice", "{roles:and} {roles:is|are} approved", "{roles:and}已获批准"},
    {"t.days", "{n} {n:day|days}", "{n} 天"},
    {"t.when", "deleted on {when:date} ({when})", "将于 {when:date} 删除（{when}）"},
    {"t.outer", "{inner}; then {status}.", "{inner}；然后{status}。"},
    {"t.inner", "{who} asked", "{who}提出请求"},
    {"t.braces", "{{x}} is {x}", "{{x}} 是{x}"},
};

std::string en(const Message& m) { return render(m, kEn, MessageCatalog(kTestRows)); }
std::string zh(const Message& m) { return render(m, kZh, MessageCatalog(kTestRows)); }

Message items(std::vector<Message> list) { return Message::list(std::move(list)); }

}  // namespace

TEST_CASE("possessives: 's, a lone apostrophe after s, 的 in Chinese") {
  CHECK(en(Message::of("t.poss", {{"who", "Contoso"}})) == "Contoso's invitation");
  CHECK(en(Message::of("t.poss", {{"who", "Northwind Partners"}})) == "Northwind Partners' invitation");
  CHECK(zh(Message::of("t.poss", {{"who", "Contoso"}})) == "Contoso 的邀请");
  CHECK(zh(Message::of("t.poss", {{"who", "世纪互联"}})) == "世纪互联的邀请");
}

TEST_CASE("lists join per language, without a comma before and/or") {
  CHECK(en(Message::of("t.and", {{"items", items({})}})) == "keeps .");
  CHECK(en(Message::of("t.and", {{"items", items({"E3"})}})) == "keeps E3.");
  CHECK(en(Message::of("t.and", {{"items", items({"E3", "EXO"})}})) == "keeps E3 and EXO.");
  CHECK(en(Message::of("t.and", {{"items", items({"E3", "EXO", "Teams"})}})) == "keeps E3, EXO and Teams.");
  CHECK(en(Message::of("t.or", {{"items", items({"Contoso", "Northwind", "Fabrikam"})}})) == "use Contoso, Northwind or Fabrikam");
  CHECK(en(Message::of("t.plain", {{"items", items({"a", "b"})}})) == "[a and b]");
  // Chinese: the enumeration comma, 和/或, and a space only where a Latin word meets a Chinese character.
  CHECK(zh(Message::of("t.and", {{"items", items({"E3", "EXO", "Teams"})}})) == "保留 E3、EXO 和 Teams。");
  CHECK(zh(Message::of("t.and", {{"items", items({"经销商关系", "订阅"})}})) == "保留经销商关系和订阅。");
  CHECK(zh(Message::of("t.or", {{"items", items({"Contoso", "世纪互联"})}})) == "使用 Contoso 或世纪互联");
  CHECK(zh(Message::of("t.plain", {{"items", items({"甲", "乙", "丙"})}})) == "【甲、乙和丙】");
  // A Latin name that ends with a closing parenthesis or a full stop, or an item that starts with an opening one, is
  // spaced from the hanzi beside it too, as Microsoft's zh-CN pages write "委派管理员权限 (DAP)".
  CHECK(zh(Message::of("t.or", {{"items", items({"Fabrikam Trading (Shanghai)", "世纪互联"})}})) == "使用 Fabrikam Trading (Shanghai) 或世纪互联");
  CHECK(zh(Message::of("t.or", {{"items", items({"Fabrikam Inc.", "世纪互联"})}})) == "使用 Fabrikam Inc. 或世纪互联");
  CHECK(zh(Message::of("t.and", {{"items", items({"委派管理员权限", "(DAP)"})}})) == "保留委派管理员权限和 (DAP)。");
}

TEST_CASE("a choice by count picks the English form; Chinese needs none") {
  CHECK(en(Message::of("t.choice", {{"roles", items({"Global Reader"})}})) == "Global Reader is approved");
  CHECK(en(Message::of("t.choice", {{"roles", items({"Global Reader", "User Administrator"})}})) ==
        "Global Reader and User Administrator are approved");
  CHECK(zh(Message::of("t.choice", {{"roles", items({"Global Reader", "User Administrator"})}})) ==
        "Global Reader 和 User Administrator 已获批准");
  CHECK(en(Message::of("t.days", {{"n", 1}})) == "1 day");
  CHECK(en(Message::of("t.days", {{"n", 60}})) == "60 days");
  CHECK(zh(Message::of("t.days", {{"n", 60}})) == "60 天");
}

TEST_CASE("times, numbers, words in both languages, nested messages and literal braces") {
  const Timestamp t = *parse_timestamp("2018-11-02T08:00:00Z");
  CHECK(en(Message::of("t.when", {{"when", Message::time(t)}})) == "deleted on 2018-11-02 (2018-11-02T08:00:00Z)");
  CHECK(zh(Message::of("t.when", {{"when", Message::time(t)}})) == "将于 2018-11-02 删除（2018-11-02T08:00:00Z）");
  const Message step = Message::of("t.outer", {{"inner", Message::of("t.inner", {{"who", "Li Wei"}})},
                                                {"status", Message::both("suspended", "已暂停")}});
  CHECK(en(step) == "Li Wei asked; then suspended.");
  CHECK(zh(step) == "Li Wei 提出请求；然后已暂停。");
  CHECK(en(Message::of("t.braces", {{"x", 10000}})) == "{x} is 10000");
  CHECK(zh(Message::of("t.braces", {{"x", 10000}})) == "{x} 是 10000");
  CHECK(en(Message("as written")) == "as written");
  CHECK(zh(Message("as written")) == "as written");
}

TEST_CASE("a missing argument or an unknown key shows in the text instead of vanishing") {
  CHECK(en(Message::of("t.inner")) == "{who} asked");
  CHECK(en(Message::of("t.nowhere", {{"who", "x"}})) == "{t.nowhere}");
}

TEST_CASE("messages are values: equal when built alike") {
  const Message a = Message::of("t.and", {{"items", items({"E3", 2})}});
  CHECK(a == Message::of("t.and", {{"items", items({"E3", 2})}}));
  CHECK_FALSE(a == Message::of("t.and", {{"items", items({"E3", 3})}}));
  CHECK_FALSE(a == Message::of("t.or", {{"items", items({"E3", 2})}}));
}

TEST_CASE("the template table is sound: every row has its Chinese, with the same placeholders") {
  const std::vector<std::string> problems = check_message_templates(message_templates());
  std::string all;
  for (const std::string& p : problems) all += p + "\n";
  CHECK_MESSAGE(problems.empty(), all);
  CHECK(check_message_templates(kTestRows).empty());
}

TEST_CASE("the table check names each kind of broken row") {
  constexpr MessageTemplate broken[] = {
      {"no.chinese", "there is no customer \"{id}\".", ""},
      {"other.names", "{partner} sold {subscription}.", "{partner}销售了{id}。"},
      {"bad.format", "{who:possessive} link", "{who:poss}链接"},
      {"stray.brace", "{who} holds {roles", "{who}的角色：{roles}"},
      {"still.english", "{who} asked", "{who} asked"},
      {"no.chinese", "again", "再次"},
      {"", "keyless", "无键"},
  };
  const std::vector<std::string> expected = {
      "row \"no.chinese\" lacks its Chinese text",
      "row \"other.names\": {subscription} is in the English text but not in the Chinese text",
      "row \"other.names\": {id} is in the Chinese text but not in the English text",
      "row \"bad.format\": {who:possessive} in the English text has an unknown formatter (known: and, or, poss, date, time, one|other)",
      "row \"stray.brace\": in the English text, a '{' is not closed (write {{ or }} for a literal brace)",
      "row \"stray.brace\": {roles} is in the Chinese text but not in the English text",
      "row \"still.english\": the Chinese text has no Chinese in it",
      "row \"no.chinese\": the key is used by an earlier row",
      "a row has no key (English: \"keyless\")",
  };
  CHECK(check_message_templates(broken) == expected);
}

TEST_CASE("enum values as arguments: labels, or the JSON name English explanations use") {
  const MessageCatalog catalog(kTestRows);
  const Message m = Message::of("t.outer", {{"inner", "x"}, {"status", name_message(GdapStatus::ApprovalPending)}});
  CHECK(render(m, kEn, catalog) == "x; then approvalPending.");
  CHECK(render(m, kZh, catalog) == "x；然后等待批准。");
  const Message l = Message::of("t.outer", {{"inner", "x"}, {"status", label_message(GdapStatus::ApprovalPending)}});
  CHECK(render(l, kEn, catalog) == "x; then approval pending.");
}

TEST_CASE("the table's rows reproduce, in English, the explanations the engine writes today") {
  Result<Scenario> loaded = load_scenario(test_support::read_text("web/scenarios/cn-partner-center-basics.json"));
  REQUIRE(loaded.ok());
  const Scenario& scenario = *loaded.value;
  const Message sun_li = Message::of("actor.user", {{"user", "Sun Li"}, {"tenant", "Contoso Cloud Services"}});

  // A help desk agent may not buy subscriptions (R-ROLE-1).
  Event order;
  order.actor = "contoso/sun.li";
  order.action = "order_subscription";
  order.params = {{"customer", std::string("fabrikam")}, {"service", std::string("o365-e3")}, {"subscription", std::string("new")}};
  const StepResult refused = step(scenario, scenario.world, order);
  REQUIRE(refused.rules.size() == 1);
  CHECK(refused.rules[0].id == "R-ROLE-1");
  const Message why = Message::of("role.only_managers", {{"actor", sun_li},
                                                         {"roles", Message::list({label_message(PartnerRole::HelpdeskAgent)})},
                                                         {"task", Message::of("task.manage_subscriptions")}});
  CHECK(render(why, kEn) == render(refused.rules[0].explanation, kEn));
  CHECK(render(why, kZh) == "Sun Li（Contoso Cloud Services）的角色：支持人员代理；只有管理员代理、销售代理和全局管理员才能管理订阅。");
  const Message summary = Message::of("step.summary", {{"actor", sun_li}, {"action", Message::both("Buy a subscription for a customer", "为客户购买订阅")},
                                                       {"decision", name_message(Decision::Rejected)}});
  CHECK(render(summary, kEn) == render(refused.summary, kEn));
  CHECK(render(summary, kZh) == render(refused.summary, kZh));
  CHECK(render(summary, kZh) == "Sun Li（Contoso Cloud Services）：为客户购买订阅 — 已拒绝");

  // A subscription that does not exist (R-INF-1).
  Event resize;
  resize.actor = "contoso/zhang.min";
  resize.action = "change_quantity";
  resize.params = {{"subscription", std::string("nope")}, {"quantity", std::int64_t{3}}};
  const StepResult missing = step(scenario, scenario.world, resize);
  REQUIRE(missing.rules.size() == 1);
  CHECK(missing.rules[0].id == "R-INF-1");
  CHECK(render(Message::of("inf.no_subscription", {{"id", "nope"}}), kEn) == render(missing.rules[0].explanation, kEn));
  CHECK(render(Message::of("inf.no_subscription", {{"id", "nope"}}), kZh) == "不存在订阅“nope”。");
}
