// model.hpp — the simulated world as plain value types: tenants, users, services, subscriptions and
// every relationship between partners and customers that the rules talk about.
// Vocabulary follows ../shared/product.md and domain/facts.md; JSON names are in enum_names.hpp.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "mpsim/time.hpp"

namespace core {

// Rule packs. Every rule names the eras it belongs to.
// The first three are fixed rule packs (each rule's `eras`); the last two follow the rules in force in their cloud on
// each event's date (or on metadata.rules_as_of), as rules.hpp's RuleValidity records them.
enum class Era : std::uint8_t { Vianet21, GlobalDap, GlobalGdap, GlobalToday, Vianet21Today };
enum class Cloud : std::uint8_t { China, Global };
enum class PartnerType : std::uint8_t { DirectBill, IndirectProvider, IndirectReseller };

// Partner Center roles (CN-ROLES): agent roles decide what a user may do for customers; admin roles manage the partner's own account.
enum class PartnerRole : std::uint8_t { AdminAgent, SalesAgent, HelpdeskAgent, GlobalAdmin, BillingAdmin, UserManagementAdmin };
// Customer directory roles relevant to the rules (accepting invitations needs GlobalAdmin).
// DelegatedAdminRelationshipAdmin: "Customer Delegated Admin Relationship Administrator", a customer-side Entra role that
// accepts, views and terminates GDAP relationships (~2026-04, R-GDAP-26).
enum class CustomerRole : std::uint8_t { GlobalAdmin, BillingAdmin, UserAdmin, HelpdeskAdmin, ServiceSupportAdmin, GlobalReader, User, DelegatedAdminRelationshipAdmin };
// A partner's CSP authorization (facts.md §8.4): Authorized; Restricted, Suspended, Revoked (the enforcement steps after a
// failed yearly check, R-AUTH-3; Suspended also R-AUTH-5/6); DeauthorizedFromPor (an indirect reseller that missed the
// revenue floor can no longer be named partner of record, R-AUTH-1).
enum class PartnerAuthorization : std::uint8_t { Authorized, Restricted, Suspended, Revoked, DeauthorizedFromPor };

enum class ServiceKind : std::uint8_t { License, Usage };
// Where a subscription was bought: through CSP, directly (from 21Vianet or Microsoft), through the Advisor program, EA, Open, or another channel.
enum class Channel : std::uint8_t { Csp, Direct, Advisor, Ea, Open, Other };
enum class SubscriptionStatus : std::uint8_t { Active, Suspended, Cancelled, Deleted, Expired };
enum class BillingCycle : std::uint8_t { Monthly, Annual, None };
// What a subscription entry is: a subscription (seats or an Azure plan), an Azure reservation (a reserved instance),
// or a software purchase. Reservations and software are cancelled, not suspended, before a relationship is removed
// (R-REM-1); reservations stay with their partner when an Azure plan moves (R-XFER-4).
enum class SubscriptionKind : std::uint8_t { Subscription, AzureReservation, Software };

// Graph delegatedAdminRelationship.status (facts.md §3.1).
enum class GdapStatus : std::uint8_t {
  Created, ApprovalPending, Approved, Activating, Active, Expiring, Expired, TerminationRequested, Terminating, Terminated
};
enum class AccessAssignmentStatus : std::uint8_t { Pending, Active, Deleting, Deleted, Error };
enum class InvitationKind : std::uint8_t { ResellerRelationship, IndirectPartnership, Gdap };
enum class TransferStatus : std::uint8_t { Pending, Accepted, Rejected, Expired, Cancelled };

struct User {
  std::string id;  // unique within its tenant
  std::string name;
  std::string email;
  std::vector<PartnerRole> partner_roles;    // for users of partner tenants
  std::vector<CustomerRole> customer_roles;  // for users of customer tenants
  // ---- facts.md §8 (s8)
  // Whether the user's sign-in carries a multifactor authentication claim (R-MFA-1/2); true unless the scenario says not.
  bool mfa = true;
  bool operator==(const User&) const = default;
};

// A security group in a partner tenant (DAP's Admin Agents / Helpdesk Agents, or a GDAP access group).
struct SecurityGroup {
  std::string id;
  std::string name;
  std::vector<std::string> members;  // user ids of the same tenant
  bool operator==(const SecurityGroup&) const = default;
};

struct Partner {
  std::string id;  // tenant id; unique across partners and customers
  std::string name;
  PartnerType type = PartnerType::DirectBill;
  std::string region;  // ISO 3166 country/market code, e.g. "CN"
  std::optional<Cloud> cloud;  // absent: the scenario's cloud
  std::string mpn_id;
  std::vector<User> users;
  std::vector<SecurityGroup> security_groups;
  // ---- facts.md §8 (s8)
  PartnerAuthorization authorization = PartnerAuthorization::Authorized;
  // Whether its PLA ID (formerly MPN ID, `mpn_id`) is a valid partner location account that Partner Center recognises
  // (the validation API's isValidPartnerIdOnRecord, R-POR-3).
  bool pla_valid = true;
  bool operator==(const Partner&) const = default;
};

struct Customer {
  std::string id;  // tenant id
  std::string name;
  std::string domain;
  std::string region;
  std::optional<Cloud> cloud;  // absent: the scenario's cloud
  std::vector<User> users;
  bool operator==(const Customer&) const = default;
};

// An offer as the catalogue knows it (e.g. "Office 365 E3").
struct Service {
  std::string id;
  std::string name;
  ServiceKind kind = ServiceKind::License;
  std::string family;                     // e.g. "office365", "azure", "dynamics"
  std::vector<std::string> includes;      // capabilities it contains (overlap checks, R-MC-4)
  std::vector<std::string> upgrades_to;   // service ids reachable by upgrade (CN-UPG)
  bool operator==(const Service&) const = default;
};

struct Subscription {
  std::string id;
  std::string customer;
  std::string service;
  Channel channel = Channel::Csp;
  std::string partner_of_record;   // the selling partner (empty for non-CSP channels)
  std::string reseller_of_record;  // indirect reseller named by the provider (Subscription.partnerId), optional
  std::int64_t quantity = 1;
  SubscriptionStatus status = SubscriptionStatus::Active;
  std::optional<Timestamp> start;
  std::optional<Timestamp> end;
  std::optional<Timestamp> suspended_at;  // drives the 60-day data deletion (R-SUB-1)
  BillingCycle billing_cycle = BillingCycle::Monthly;
  bool auto_renew = true;
  // ---- billing and add-ons (sub-fix)
  std::string parent;  // an add-on's base subscription (parentSubscriptionId); empty for a subscription of its own
  // ---- sign-in and support contacts
  // The "Designated support contact" the provider chose for this subscription: its reseller of record, who then handles
  // the customer's support requests for it (R-IND-6); empty: none designated, the seller answers.
  std::string support_contact;
  // ---- Azure reservations and software purchases (reserve)
  SubscriptionKind kind = SubscriptionKind::Subscription;
  // ---- new commerce (s8, facts.md §8.8)
  // A new-commerce (NCE) subscription: cancelled with a refund only within 7 days of purchase (R-SUB-4), seats reduced
  // only within 7 days of purchase or of the last seat addition (R-SUB-5), billed while suspended (R-SUB-6), cancelled
  // rather than suspended before the relationship is removed (R-REM-5).
  bool new_commerce = false;
  std::optional<Timestamp> purchased;    // purchase (or renewal): opens the 168-hour window; absent: `start`
  std::optional<Timestamp> seats_added;  // the last time seats were added: opens a new 168-hour reduction window
  bool operator==(const Subscription&) const = default;
};

struct ResellerRelationship {
  std::string partner;
  std::string customer;
  std::optional<Timestamp> since;
  // ---- billing and transfers (sub-fix)
  // When the partner attested that the customer accepted the Microsoft Customer Agreement with it
  // (confirm_customer_agreement; global eras). Azure items move to a partner only with it (R-XFER-1).
  std::optional<Timestamp> customer_agreement;
  bool operator==(const ResellerRelationship&) const = default;
};

// DAP: the customer lets a partner administer on its behalf; per service where the era says so.
struct DelegatedAdminGrant {
  std::string partner;
  std::string customer;
  std::vector<std::string> services;  // empty = the whole tenant (global eras)
  std::optional<Timestamp> since;
  std::optional<Timestamp> last_used;  // the partner's last sign-in to the tenant with it (R-DAP-7)
  bool flagged_inactive = false;       // no sign-in for over 90 days: flagged for removal (R-DAP-7)
  bool operator==(const DelegatedAdminGrant&) const = default;
};

struct AccessAssignment {
  std::string id;
  std::string security_group;  // in the relationship's partner tenant
  std::vector<std::string> roles;
  AccessAssignmentStatus status = AccessAssignmentStatus::Pending;
  bool operator==(const AccessAssignment&) const = default;
};

struct GdapRelationship {
  std::string id;
  std::string partner;
  std::string customer;
  std::string display_name;  // unique per partner, at most 50 characters
  std::int32_t duration_days = 730;
  GdapStatus status = GdapStatus::Created;
  std::vector<std::string> roles;  // Entra role template ids or names
  bool auto_extend = false;        // autoExtendDuration P180D
  std::string indirect_provider;   // set when a provider created it for a reseller (resellerDelegatedAdminRelationship)
  std::optional<Timestamp> created;
  std::optional<Timestamp> requested;  // locked for approval: the customer has 90 days from here (R-GDAP-6)
  std::optional<Timestamp> activated;
  std::optional<Timestamp> end;
  std::int32_t notices_sent = 0;       // expiry notices sent of the three (30, 7 and 1 day before, R-GDAP-17)
  std::vector<AccessAssignment> access_assignments;
  bool operator==(const GdapRelationship&) const = default;
};

// Provider–reseller partnership (R-IND-1).
struct Partnership {
  std::string provider;
  std::string reseller;
  std::optional<Timestamp> since;
  bool operator==(const Partnership&) const = default;
};

struct Invitation {
  std::string id;
  InvitationKind kind = InvitationKind::ResellerRelationship;
  std::string partner;       // who issued it
  bool include_dap = true;   // reseller invitations: with or without DAP (R-REL-8)
  std::string gdap_relationship;  // for GDAP links: the relationship id (single use)
  std::string provider;      // an indirect reseller's link: the provider that also gets the relationship (R-IND-4)
  std::vector<std::string> accepted_by;  // customer (or reseller) tenant ids that accepted it
  bool operator==(const Invitation&) const = default;
};

struct Transfer {
  std::string id;
  std::string customer;
  std::string source_partner;
  std::string target_partner;
  std::vector<std::string> subscriptions;
  TransferStatus status = TransferStatus::Pending;
  std::optional<Timestamp> created;
  bool operator==(const Transfer&) const = default;
};

struct World {
  Timestamp clock = 0;
  std::vector<Service> services;
  std::vector<Partner> partners;
  std::vector<Customer> customers;
  std::vector<Subscription> subscriptions;
  std::vector<ResellerRelationship> reseller_relationships;
  std::vector<DelegatedAdminGrant> delegated_admin;
  std::vector<GdapRelationship> gdap_relationships;
  std::vector<Partnership> partnerships;
  std::vector<Invitation> invitations;
  std::vector<Transfer> transfers;
  bool operator==(const World&) const = default;
};

}  // namespace core
