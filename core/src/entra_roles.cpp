// entra_roles.cpp — the built-in Microsoft Entra roles GDAP relationships grant: those the least-privilege guide
// (../shared/domain/sources/global-2023/gdap-least-privileged-roles-by-task.md) names, with the template IDs of
// Microsoft's "Microsoft Entra built-in roles" reference (permissions-reference.md; Power BI Administrator is now
// called Fabric Administrator there, Azure AD joined device local administrator is Microsoft Entra Joined Device
// Local Administrator). GDAP supports built-in roles only, no custom roles (facts.md §2.7). The Chinese names are those of the
// zh-CN admin pages (docs/glossary.md, "Microsoft Entra roles"): product names stay English, Administrator is 管理员,
// Reader is 读取者.
#include "mpsim/entra_roles.hpp"

#include <algorithm>
#include <cctype>

namespace core {
namespace {

constexpr EntraRole kRoles[] = {
    {"application-administrator", "Application Administrator", "应用程序管理员", "9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3"},
    {"attack-simulation-administrator", "Attack Simulation Administrator", "攻击模拟管理员", "c430b396-e693-46cc-96f3-db01bf8bb62a"},
    {"authentication-administrator", "Authentication Administrator", "身份验证管理员", "c4e39bd9-1100-46d3-8c65-fb160da0071f"},
    {"azure-devops-administrator", "Azure DevOps Administrator", "Azure DevOps 管理员", "e3973bdf-4987-49ae-837a-ba8e231c7286"},
    {"azure-information-protection-administrator", "Azure Information Protection Administrator", "Azure 信息保护管理员", "7495fdc4-34c4-4d15-a289-98788ce399fd"},
    {"billing-administrator", "Billing Administrator", "计费管理员", "b0f54661-2d74-4c50-afa3-1ec803f12efe"},
    {"cloud-application-administrator", "Cloud Application Administrator", "云应用程序管理员", "158c047a-c907-4556-b7ef-446551a6b5f7"},
    {"cloud-device-administrator", "Cloud Device Administrator", "云设备管理员", "7698a772-787b-4ac8-901f-60d6b08affd2"},
    {"compliance-administrator", "Compliance Administrator", "合规性管理员", "17315797-102d-40b4-93e0-432062caca18"},
    {"conditional-access-administrator", "Conditional Access Administrator", "条件访问管理员", "b1be1c3e-b65d-4f19-8427-f6fa0d97feb9"},
    // Customer-side (~2026-04, R-GDAP-26): template ID from the CIPP commit of sources/global-2026/; not in the January 2026
    // permissions reference. No zh-CN page names it yet: the Chinese follows this table's pattern (docs/glossary.md).
    {"customer-delegated-admin-relationship-administrator", "Customer Delegated Admin Relationship Administrator", "客户委派管理员关系管理员", "fc8ad4e2-40e4-4724-8317-bcda7503ecbf", true},
    {"desktop-analytics-administrator", "Desktop Analytics Administrator", "桌面分析管理员", "38a96431-2bdf-4b4c-8b6e-5d3d8abac1a4"},
    {"directory-readers", "Directory Readers", "目录读取者", "88d8e3e3-8f55-4a1e-953a-9b9898b8876b"},
    {"directory-writers", "Directory Writers", "目录写入者", "9360feb5-f418-4baa-8175-e2a00bac4301"},
    {"domain-name-administrator", "Domain Name Administrator", "域名管理员", "8329153b-31d0-4727-b945-745eb3bc5f31"},
    {"dynamics-365-administrator", "Dynamics 365 Administrator", "Dynamics 365 管理员", "44367163-eba1-44c3-98af-f5787879f96a"},
    {"exchange-administrator", "Exchange Administrator", "Exchange 管理员", "29232cdf-9323-42fd-ade2-1d097af3e4de"},
    {"exchange-recipient-administrator", "Exchange Recipient Administrator", "Exchange 收件人管理员", "31392ffb-586c-42d1-9346-e59415a2cc4e"},
    {"external-identity-provider-administrator", "External Identity Provider Administrator", "外部标识提供者管理员", "be2f45a1-457d-42af-a067-6ec1fa63bc45"},
    {"fabric-administrator", "Fabric Administrator", "Fabric 管理员", "a9ea8996-122f-4c74-9520-8edcd192826c"},
    {"global-administrator", "Global Administrator", "全局管理员", "62e90394-69f5-4237-9190-012177145e10"},
    {"global-reader", "Global Reader", "全局读取者", "f2ef992c-3afb-46b9-b7cf-a126ee74c451"},
    {"groups-administrator", "Groups Administrator", "组管理员", "fdd7a751-b60b-444a-984c-02652fe8fa1c"},
    {"helpdesk-administrator", "Helpdesk Administrator", "支持管理员", "729827e3-9c14-49f7-bb1b-9608f156bbb8"},
    {"hybrid-identity-administrator", "Hybrid Identity Administrator", "混合标识管理员", "8ac3fc64-6eca-42ea-9e69-59f4c7b60eb2"},
    {"insights-administrator", "Insights Administrator", "见解管理员", "eb1f4a8d-243a-41f0-9fbd-c7cdf6c5ef7c"},
    {"intune-administrator", "Intune Administrator", "Intune 管理员", "3a2c62db-5318-420d-8d74-23affee5d9d5"},
    {"license-administrator", "License Administrator", "许可证管理员", "4d6ac14f-3453-41d0-bef9-a3e0c569773a"},
    {"message-center-privacy-reader", "Message Center Privacy Reader", "消息中心隐私读取者", "ac16e43d-7b2d-40e0-ac05-243ff356ab5b"},
    {"message-center-reader", "Message Center Reader", "消息中心读取者", "790c1fb9-7f7d-4f88-86a1-ef1f95c05c1b"},
    {"microsoft-entra-joined-device-local-administrator", "Microsoft Entra Joined Device Local Administrator", "Microsoft Entra 加入设备本地管理员", "9f06204d-73c1-4d4c-880a-6edb90606fd8"},
    {"network-administrator", "Network Administrator", "网络管理员", "d37c8bed-0711-4417-ba38-b4abe66ce4c2"},
    {"office-apps-administrator", "Office Apps Administrator", "Office 应用管理员", "2b745bdf-0803-4d80-aa65-822c4493daac"},
    {"password-administrator", "Password Administrator", "密码管理员", "966707d0-3269-4727-9be2-8c3a10f19b9d"},
    {"power-platform-administrator", "Power Platform Administrator", "Power Platform 管理员", "11648597-926c-4cf3-9c36-bcebb0ba8dcc"},
    {"printer-administrator", "Printer Administrator", "打印机管理员", "644ef478-e28f-4e28-b9dc-3fdde9aa0b1f"},
    {"privileged-authentication-administrator", "Privileged Authentication Administrator", "特权身份验证管理员", "7be44c8a-adaf-4e2a-84d6-ab2649e08a13"},
    {"privileged-role-administrator", "Privileged Role Administrator", "特权角色管理员", "e8611ab8-c189-46e8-94e1-60213ab1f814"},
    {"reports-reader", "Reports Reader", "报告读取者", "4a5d8f65-41da-4de4-8968-e035b65339cf"},
    {"search-administrator", "Search Administrator", "搜索管理员", "0964bb5e-9bdb-4d7b-ac29-58e794862a40"},
    {"security-administrator", "Security Administrator", "安全管理员", "194ae4cb-b126-40b2-bd5b-6091b380977d"},
    {"security-reader", "Security Reader", "安全读取者", "5d6b6bb7-de71-4623-b4af-96380a352509"},
    {"service-support-administrator", "Service Support Administrator", "服务支持管理员", "f023fd81-a637-4b56-95fd-791ac0226033"},
    {"sharepoint-administrator", "SharePoint Administrator", "SharePoint 管理员", "f28a1f50-f6e7-4571-818b-6a12f2af6b6c"},
    {"skype-for-business-administrator", "Skype for Business Administrator", "Skype for Business 管理员", "75941009-915a-4869-abe7-691bff18279e"},
    {"teams-administrator", "Teams Administrator", "Teams 管理员", "69091246-20e8-4a56-aa4d-066075b2a7a8"},
    {"teams-communications-administrator", "Teams Communications Administrator", "Teams 通信管理员", "baf37b3a-610e-45da-9e62-d9d1e5e8914b"},
    {"teams-devices-administrator", "Teams Devices Administrator", "Teams 设备管理员", "3d762c5a-1b6c-493f-843e-55a3b42923d4"},
    {"user-administrator", "User Administrator", "用户管理员", "fe930be7-5e62-47db-91af-98c3a49a38b1"},
    {"windows-365-administrator", "Windows 365 Administrator", "Windows 365 管理员", "11451d60-acb2-45eb-a7d6-43d0f0125c13"},
};

bool same_ignoring_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

}  // namespace

std::span<const EntraRole> entra_roles() { return kRoles; }

Message entra_role_name(const EntraRole& role) { return Message::both(std::string(role.name), std::string(role.chinese_name)); }

const EntraRole* find_entra_role(std::string_view text) {
  for (const EntraRole& r : kRoles)
    if (r.id == text || same_ignoring_case(r.template_id, text) || same_ignoring_case(r.name, text)) return &r;
  return nullptr;
}

bool is_global_admin_role(std::string_view role) {
  const EntraRole* r = find_entra_role(role);
  return r && r->id == kGlobalAdministratorRole;
}

bool has_global_admin_role(const std::vector<std::string>& roles) { return std::any_of(roles.begin(), roles.end(), is_global_admin_role); }

}  // namespace core
