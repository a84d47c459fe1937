// gdap.cpp — the GDAP edge table and what is derived from it for the docs.
#include "mpsim/gdap.hpp"

#include "mpsim/enum_names.hpp"
#include "mpsim/timers.hpp"

namespace core {
namespace {

using S = GdapStatus;
using A = GdapActor;
using W = GdapWhen;
constexpr GdapState kNone = std::nullopt;

// facts.md §3.6. Edits that keep the status are edges too (one per rule that allows them), so that every change of a
// relationship is one of these rows.
constexpr GdapEdge kEdges[] = {
    {kNone, S::Created, A::PartnerUser, "create_gdap_relationship", "R-GDAP-1", W::Asked, "request"},
    {kNone, S::Active, A::PartnerUser, "create_customer", "R-DAP-8", W::Asked, "default GDAP of a new customer"},
    {S::Created, S::Created, A::PartnerUser, "update_gdap_relationship", "R-GDAP-3", W::Asked, "edit name, duration, roles"},
    {S::Created, S::Created, A::PartnerUser, "update_gdap_relationship", "R-GDAP-14", W::Asked, "auto-extend on or off"},
    {S::Created, kNone, A::PartnerUser, "delete_gdap_relationship", "R-GDAP-3", W::Asked, "delete"},
    {S::Created, S::ApprovalPending, A::PartnerUser, "lock_gdap_for_approval", "R-GDAP-4", W::Asked, "lock for approval"},
    {S::ApprovalPending, S::Approved, A::CustomerGlobalAdmin, "approve_gdap_relationship", "R-GDAP-5", W::Asked, "approve all"},
    {S::ApprovalPending, S::Approved, A::IndirectReseller, "approve_gdap_relationship", "R-GDAP-9", W::Asked, "reseller approves"},
    {S::ApprovalPending, S::Terminated, A::IndirectReseller, "reject_gdap_relationship", "R-INF-10", W::Asked, "reseller rejects"},
    {S::ApprovalPending, S::Expired, A::System, "expire_gdap_request", "R-INF-9", W::ApprovalWindowAfterRequest, "unanswered"},
    {S::Approved, S::Activating, A::System, "advance_gdap_status", "R-GDAP-7", W::AtOnce, "provisioning"},
    {S::Activating, S::Active, A::System, "advance_gdap_status", "R-GDAP-7", W::AtOnce, "provisioned"},
    {S::Active, S::Active, A::PartnerUser, "update_gdap_relationship", "R-GDAP-14", W::Asked, "auto-extend on or off"},
    {S::Active, S::Active, A::PartnerUser, "update_gdap_relationship", "R-GDAP-16", W::Asked, "remove Global Administrator"},
    {S::Active, S::Active, A::PartnerUser, "create_access_assignment", "R-GDAP-10", W::Asked, "assign to a security group"},
    {S::Active, S::Active, A::System, "activate_access_assignment", "R-GDAP-10", W::AtOncePerPendingAssignment, "assignment active"},
    {S::Active, S::Active, A::System, "send_gdap_expiry_notice", "R-GDAP-17", W::NoticesBeforeEnd, "expiry notice"},
    {S::Active, S::Active, A::System, "gdap_end_reached", "R-GDAP-15", W::AtEnd, "auto-extends"},
    {S::Active, S::Expiring, A::System, "gdap_end_reached", "R-GDAP-15", W::AtEnd, "no auto-extend"},
    {S::Active, S::TerminationRequested, A::PartnerUser, "terminate_gdap_relationship", "R-GDAP-19", W::Asked, "terminate"},
    {S::Active, S::TerminationRequested, A::CustomerGlobalAdmin, "terminate_gdap_relationship", "R-GDAP-19", W::Asked, "remove roles"},
    {S::TerminationRequested, S::Terminating, A::System, "advance_gdap_status", "R-GDAP-19", W::AtOnce, "deprovisioning"},
    {S::Terminating, S::Terminated, A::System, "advance_gdap_status", "R-GDAP-19", W::AtOnce, "deprovisioned"},
    {S::Expiring, S::Expired, A::System, "advance_gdap_status", "R-GDAP-15", W::AtOnce, "expired"},
};

// A person asks for every edge but the system's, and the system's edges are the timed ones.
static_assert([] {
  for (const GdapEdge& e : kEdges)
    if ((e.who == A::System) != (e.when != W::Asked)) return false;
  return true;
}(), "the system takes exactly the timed edges");

std::string state_name(GdapState s) { return s ? std::string(to_name(*s)) : std::string(); }

}  // namespace

std::span<const GdapEdge> gdap_edges() { return kEdges; }

std::string gdap_actor_label(GdapActor who) {
  switch (who) {
    case A::PartnerUser: return "partner admin agent";
    case A::CustomerGlobalAdmin: return "customer Global admin";
    case A::IndirectReseller: return "indirect reseller";
    case A::System: return "system";
  }
  return "";
}

std::string gdap_when_label(GdapWhen when) {
  switch (when) {
    case W::Asked: return "when asked";
    case W::AtOnce: return "at once";
    case W::AtOncePerPendingAssignment: return "at once, per pending assignment";
    case W::ApprovalWindowAfterRequest: return std::to_string(duration(Duration::GdapApprovalWindow) / kSecondsPerDay) + " days after the request";
    case W::NoticesBeforeEnd: {
      std::string days;
      for (std::int32_t n = 0; n < kGdapNotices; ++n)
        days += (n == 0 ? "" : n + 1 == kGdapNotices ? " and " : ", ") + std::to_string(gdap_notice_days(n));
      return days + " days before the end";
    }
    case W::AtEnd: return "at the end date";
  }
  return "";
}

const GdapEdge* find_gdap_move(GdapState from, GdapState to, std::string_view action) {
  for (const GdapEdge& e : kEdges)
    if (e.from == from && e.to == to && e.action == action) return &e;
  return nullptr;
}

bool gdap_transition_documented(GdapStatus from, GdapStatus to) {
  for (const GdapEdge& e : kEdges)
    if (e.from == from && e.to == to) return true;
  return false;
}

bool gdap_status_final(GdapStatus status) {
  for (const GdapEdge& e : kEdges)
    if (e.from == status) return false;
  return true;
}

std::string gdap_markdown() {
  std::string out =
      "<!-- BEGIN generated by `mpsim gdap --markdown` from the edge table (core/src/gdap.cpp); a test fails when it differs -->\n"
      "```mermaid\nstateDiagram-v2\n";
  for (const GdapEdge& e : kEdges) {
    const std::string from = e.from ? state_name(e.from) : "[*]", to = e.to ? state_name(e.to) : "[*]";
    out += "    " + from + " --> " + to + " : " + std::string(e.action) + " (" + (e.who == A::System ? gdap_when_label(e.when) : gdap_actor_label(e.who)) + ", " +
           std::string(e.rule) + ")\n";
  }
  for (std::size_t s = 0; s < EnumNames<GdapStatus>::names.size(); ++s)
    if (gdap_status_final(static_cast<GdapStatus>(s)))
      out += "    note right of " + std::string(EnumNames<GdapStatus>::names[s]) + " : final, R-GDAP-18\n";
  out += "```\n\n| from | to | what | who | action | rule | when |\n| --- | --- | --- | --- | --- | --- | --- |\n";
  for (const GdapEdge& e : kEdges)
    out += "| " + (e.from ? "`" + state_name(e.from) + "`" : std::string("(new)")) + " | " + (e.to ? "`" + state_name(e.to) + "`" : std::string("(deleted)")) +
           " | " + std::string(e.what) + " | " + gdap_actor_label(e.who) + " | `" + std::string(e.action) + "` | " + std::string(e.rule) + " | " +
           gdap_when_label(e.when) + " |\n";
  out += "<!-- END generated by `mpsim gdap --markdown` -->\n";
  return out;
}

}  // namespace core
