// enum_labels_test.cpp — every value of every model enum has a label people can read in English and in Simplified
// Chinese: none empty, none shared by two values of the same enum, none in Chinese that is still the English (acronyms
// such as CSP excepted), and the labels the explanations already used keep their English.
#include <doctest/doctest.h>

#include <set>
#include <tuple>

#include "mpsim/enum_names.hpp"

using namespace core;

namespace {

bool is_acronym(std::string_view text) {
  for (const char c : text)
    if (!(c >= 'A' && c <= 'Z')) return false;
  return !text.empty();
}

template <class E> void check_labels() {
  const std::string_view what = EnumNames<E>::what;
  CAPTURE(what);
  REQUIRE(enum_labels<E>().size() == EnumNames<E>::names.size());
  std::set<std::string_view> english, chinese;
  for (std::size_t i = 0; i < EnumNames<E>::names.size(); ++i) {
    const E value = static_cast<E>(i);
    const std::string_view name = to_name(value), en = label(value, Language::English), zh = label(value, Language::ChineseSimplified);
    CAPTURE(name);
    CHECK_FALSE(en.empty());
    CHECK_FALSE(zh.empty());
    CHECK_MESSAGE(english.insert(en).second, "two values share the English label " << en);
    CHECK_MESSAGE(chinese.insert(zh).second, "two values share the Chinese label " << zh);
    CHECK_MESSAGE((zh != en || is_acronym(en)), "the Chinese label is still English: " << zh);
  }
}

template <class... E> void check_all(std::tuple<E...>*) { (check_labels<E>(), ...); }

}  // namespace

TEST_CASE("every enum value has an English and a Simplified Chinese label") {
  using AllEnums = std::tuple<Era, Cloud, PartnerType, PartnerRole, CustomerRole, ServiceKind, Channel, SubscriptionStatus, BillingCycle, SubscriptionKind,
                              GdapStatus, AccessAssignmentStatus, InvitationKind, TransferStatus, Difficulty, Decision>;
  check_all(static_cast<AllEnums*>(nullptr));
}

TEST_CASE("eras also have short labels for narrow columns, distinct in each language") {
  std::set<std::string_view> seen;
  for (const Era era : {Era::Vianet21, Era::GlobalDap, Era::GlobalGdap})
    for (const Language language : {Language::English, Language::ChineseSimplified}) {
      const std::string_view text = short_label(era, language);
      CHECK_FALSE(text.empty());
      CHECK_MESSAGE(seen.insert(text).second, text);
    }
  CHECK(short_label(Era::Vianet21, Language::ChineseSimplified) == "世纪互联");
}

TEST_CASE("labels say what the glossary says") {
  CHECK(label(PartnerType::DirectBill, Language::ChineseSimplified) == "直接计费合作伙伴");
  CHECK(label(PartnerRole::HelpdeskAgent, Language::ChineseSimplified) == "支持人员代理");
  CHECK(label(GdapStatus::ApprovalPending, Language::English) == "approval pending");
  CHECK(label(GdapStatus::ApprovalPending, Language::ChineseSimplified) == "等待批准");
  CHECK(label(SubscriptionStatus::Suspended, Language::ChineseSimplified) == "已暂停");
  CHECK(label(Era::Vianet21, Language::ChineseSimplified) == "由世纪互联运营的合作伙伴中心（2016–2018 年文档）");
  // The English the explanations, reports and the CLI already print.
  CHECK(partner_type_label(PartnerType::IndirectProvider) == "indirect provider");
  CHECK(era_label(Era::GlobalGdap) == "Global Partner Center, GDAP (2023 on)");
  CHECK(label(PartnerRole::HelpdeskAgent, Language::English) == "help desk agent");
}
