// enum_names.hpp — the JSON spelling of every model enum, in one table per enum, and beside it the label people read
// in each language. The loader, the exporter, the CLI and the UI all read these tables, so a name is written once.
#pragma once
#include <array>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "mpsim/language.hpp"
#include "mpsim/message.hpp"
#include "mpsim/model.hpp"
#include "mpsim/scenario.hpp"

namespace core {

template <class E> struct EnumNames;  // specialised below: `static constexpr std::array names` in enum order, plus `what`

#define MPSIM_ENUM_NAMES(E, WHAT, ...)                                              \
  template <> struct EnumNames<E> {                                                 \
    static constexpr const char* what = WHAT;                                       \
    static constexpr std::array<std::string_view, std::initializer_list<const char*>{__VA_ARGS__}.size()> names{__VA_ARGS__}; \
  };

MPSIM_ENUM_NAMES(Era, "an era", "21vianet", "global_dap", "global_gdap", "global_today", "21vianet_today")
MPSIM_ENUM_NAMES(Cloud, "a cloud", "china", "global")
MPSIM_ENUM_NAMES(PartnerType, "a partner type", "direct_bill", "indirect_provider", "indirect_reseller")
MPSIM_ENUM_NAMES(PartnerRole, "a partner role", "admin_agent", "sales_agent", "helpdesk_agent", "global_admin",
                 "billing_admin", "user_management_admin")
MPSIM_ENUM_NAMES(CustomerRole, "a customer role", "global_admin", "billing_admin", "user_admin", "helpdesk_admin",
                 "service_support_admin", "global_reader", "user", "delegated_admin_relationship_admin")
MPSIM_ENUM_NAMES(PartnerAuthorization, "a partner authorization status", "authorized", "restricted", "suspended", "revoked",
                 "deauthorized_from_por")
MPSIM_ENUM_NAMES(ServiceKind, "a service kind", "license", "usage")
MPSIM_ENUM_NAMES(Channel, "a channel", "csp", "direct", "advisor", "ea", "open", "other")
MPSIM_ENUM_NAMES(SubscriptionStatus, "a subscription status", "active", "suspended", "cancelled", "deleted", "expired")
MPSIM_ENUM_NAMES(BillingCycle, "a billing cycle", "monthly", "annual", "none")
MPSIM_ENUM_NAMES(SubscriptionKind, "a subscription kind", "subscription", "azure_reservation", "software")
MPSIM_ENUM_NAMES(GdapStatus, "a GDAP status", "created", "approvalPending", "approved", "activating", "active",
                 "expiring", "expired", "terminationRequested", "terminating", "terminated")
MPSIM_ENUM_NAMES(AccessAssignmentStatus, "an access assignment status", "pending", "active", "deleting", "deleted", "error")
MPSIM_ENUM_NAMES(InvitationKind, "an invitation kind", "reseller_relationship", "indirect_partnership", "gdap")
MPSIM_ENUM_NAMES(TransferStatus, "a transfer status", "pending", "accepted", "rejected", "expired", "cancelled")
MPSIM_ENUM_NAMES(Difficulty, "a difficulty", "beginner", "intermediate", "advanced")
MPSIM_ENUM_NAMES(Decision, "a decision", "applied", "rejected")
#undef MPSIM_ENUM_NAMES

template <class E> constexpr std::string_view to_name(E value) {
  return EnumNames<E>::names[static_cast<std::size_t>(value)];
}

template <class E> std::optional<E> from_name(std::string_view name) {
  const auto& names = EnumNames<E>::names;
  for (std::size_t i = 0; i < names.size(); ++i)
    if (names[i] == name) return static_cast<E>(i);
  return std::nullopt;
}

// "a, b or c" — for messages that list the allowed values.
template <class E> std::string joined_names() {
  std::string out;
  const auto& names = EnumNames<E>::names;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += i + 1 == names.size() ? " or " : ", ";
    out += names[i];
  }
  return out;
}

// What people read for a value, in English and Simplified Chinese (enum_names.cpp; the terms of docs/glossary.md).
// English labels read mid-sentence ("direct-bill partner", "approval pending"); an era's label is its full name.
struct EnumLabel {
  std::string_view english;
  std::string_view chinese;
};

// One label per value, in enum order; every enum above has its table.
template <class E> std::span<const EnumLabel> enum_labels();
template <> std::span<const EnumLabel> enum_labels<Era>();
template <> std::span<const EnumLabel> enum_labels<Cloud>();
template <> std::span<const EnumLabel> enum_labels<PartnerType>();
template <> std::span<const EnumLabel> enum_labels<PartnerRole>();
template <> std::span<const EnumLabel> enum_labels<CustomerRole>();
template <> std::span<const EnumLabel> enum_labels<PartnerAuthorization>();
template <> std::span<const EnumLabel> enum_labels<ServiceKind>();
template <> std::span<const EnumLabel> enum_labels<Channel>();
template <> std::span<const EnumLabel> enum_labels<SubscriptionStatus>();
template <> std::span<const EnumLabel> enum_labels<BillingCycle>();
template <> std::span<const EnumLabel> enum_labels<SubscriptionKind>();
template <> std::span<const EnumLabel> enum_labels<GdapStatus>();
template <> std::span<const EnumLabel> enum_labels<AccessAssignmentStatus>();
template <> std::span<const EnumLabel> enum_labels<InvitationKind>();
template <> std::span<const EnumLabel> enum_labels<TransferStatus>();
template <> std::span<const EnumLabel> enum_labels<Difficulty>();
template <> std::span<const EnumLabel> enum_labels<Decision>();

template <class E> std::string_view label(E value, Language language) {
  const EnumLabel& l = enum_labels<E>()[static_cast<std::size_t>(value)];
  return language == Language::English ? l.english : l.chinese;
}

// An era's short name for narrow columns (the gallery): "21Vianet", "Global, GDAP" / "世纪互联", "全球 GDAP".
std::string_view short_label(Era era, Language language);

// A value as a message argument, shown by its label in either language.
template <class E> Message label_message(E value) {
  return Message::both(std::string(label(value, Language::English)), std::string(label(value, Language::ChineseSimplified)));
}
// A value as a message argument that English shows by its JSON name, as the engine's explanations have always written
// it ("s1 is already cancelled", "through the csp channel"), and Chinese by its label.
template <class E> Message name_message(E value) {
  return Message::both(std::string(to_name(value)), std::string(label(value, Language::ChineseSimplified)));
}

// The English labels under the names the explanations and reports already use.
inline std::string_view partner_type_label(PartnerType type) { return label(type, Language::English); }
inline std::string_view era_label(Era era) { return label(era, Language::English); }

}  // namespace core
