// import.hpp — builds a scenario from real Partner Center REST and Microsoft Graph GDAP payloads.
// Payloads are messy (odd timestamps, counts that disagree with their items, fields missing from list responses,
// key case that varies, trailing commas, pasted HTTP headers): everything importable is imported, and each
// problem becomes a warning with its source, JSON Pointer, line and column rather than failing the whole input.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mpsim/issue.hpp"
#include "mpsim/scenario.hpp"

namespace core {

struct ImportSource {
  std::string name;       // file name, used in messages
  std::string_view text;  // the payload: a JSON body, optionally preceded by an HTTP status line and headers
};

struct ImportOptions {
  Era era = Era::Vianet21;
  // The partner whose API calls produced the payloads ("me"). Its type is inferred when not given: payloads that
  // only an indirect provider receives (associatedPartnerId, its indirect resellers) make it an indirect provider.
  std::string partner_id;  // default: the partnerId of a relationship-request URL, else "my-partner"
  std::string partner_name = "Importing partner";
  std::optional<PartnerType> partner_type;
  std::string region;       // default: CN in the 21vianet era, else US
  std::string customer_id;  // customer that subscription payloads belong to (their JSON does not say)
  std::string title;        // default: "Imported from Partner Center"
};

// Recognised payloads: Customer and Customer collections; Subscription and Subscription collections;
// PartnerRelationship collections (indirect resellers or providers); the RelationshipRequest URL object;
// Graph delegatedAdminRelationship and collections of them ({"value": [...]}).
// The result has a scenario when at least one input held something importable; its issues carry `source`.
Result<Scenario> import_payloads(const std::vector<ImportSource>& sources, const ImportOptions& options = {});

}  // namespace core
