// entra_roles.hpp — built-in Microsoft Entra roles as GDAP grants them: a short id used in scenarios ("global-reader"),
// the documented display name, and the role template ID Graph uses (accessDetails.unifiedRoles[].roleDefinitionId).
#pragma once
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "mpsim/message.hpp"

namespace core {

struct EntraRole {
  std::string_view id;           // "global-reader"
  std::string_view name;         // "Global Reader"
  std::string_view chinese_name; // "全局读取者"
  std::string_view template_id;  // "f2ef992c-3afb-46b9-b7cf-a126ee74c451"
  bool customer_side = false;    // a role of the customer's own users that a partner cannot request through GDAP (R-GDAP-26)
};

std::span<const EntraRole> entra_roles();
// By short id, template ID or display name (the last two ignoring case); nullptr when it is not a built-in role.
const EntraRole* find_entra_role(std::string_view text);
// The role's display name in an explanation, in the language it is shown in ("Global Reader" / "全局读取者").
Message entra_role_name(const EntraRole& role);

constexpr std::string_view kGlobalAdministratorRole = "global-administrator";
// Whether `role` (in any form find_entra_role reads) is Global Administrator, or `roles` include it.
bool is_global_admin_role(std::string_view role);
bool has_global_admin_role(const std::vector<std::string>& roles);

}  // namespace core
