// gdap.hpp — the GDAP relationship's state machine as one table of edges (Microsoft Graph's delegatedAdminRelationship,
// facts.md §3.6, with the R-GDAP rules): from which status, to which, who takes the edge, by which action, under which
// rule, and for the system's edges when they fall due. The GDAP handlers check their requests against it, the runner's
// invariant accepts exactly its edges, the timers fire its system edges, and docs/gdap.md's diagram is generated from it.
#pragma once
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "mpsim/model.hpp"

namespace core {

// Who takes an edge.
enum class GdapActor : std::uint8_t {
  PartnerUser,          // an admin agent of the relationship's partner (or of the indirect provider that created it)
  CustomerGlobalAdmin,  // a Global admin of the relationship's customer
  IndirectReseller,     // the reseller a provider created the relationship for, answering the provider's request
  System,               // nobody asks: it falls due (timers.hpp)
};

// When one of the system's edges falls due (Asked: a person takes it, when they ask).
enum class GdapWhen : std::uint8_t {
  Asked,
  AtOnce,                     // as soon as the relationship is in `from`
  AtOncePerPendingAssignment,  // as soon as an access assignment of it is pending, one by one
  ApprovalWindowAfterRequest,  // the approval window after it was locked for approval (R-GDAP-6)
  NoticesBeforeEnd,            // each expiry notice's days before the end date (R-GDAP-17)
  AtEnd,                       // at the end date
};

// A status, or none: an edge from none creates the relationship, an edge to none deletes it.
using GdapState = std::optional<GdapStatus>;

struct GdapEdge {
  GdapState from;
  GdapState to;
  GdapActor who;
  std::string_view action;  // the action table's name (actions.hpp)
  std::string_view rule;    // the rule that documents the edge (an R-INF rule where the target status is inferred)
  GdapWhen when;
  std::string_view what;    // a few words for the diagram
};

std::span<const GdapEdge> gdap_edges();
// The first edge from `from` to `to` taken by `action`, whoever takes it.
const GdapEdge* find_gdap_move(GdapState from, GdapState to, std::string_view action);
// Whether any edge goes from `from` to `to` (edits that keep the status are edges too).
bool gdap_transition_documented(GdapStatus from, GdapStatus to);
// Final statuses have no edge out (expired, terminated: R-GDAP-18).
bool gdap_status_final(GdapStatus status);

// Words for the docs and the CLI: "partner admin agent", "90 days after the request".
std::string gdap_actor_label(GdapActor who);
std::string gdap_when_label(GdapWhen when);

// docs/gdap.md's generated section, markers included: the state diagram (Mermaid stateDiagram-v2) and the edge table
// (a test fails when the committed section differs).
std::string gdap_markdown();

}  // namespace core
