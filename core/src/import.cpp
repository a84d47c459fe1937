// import.cpp — maps Partner Center and Graph payloads onto the world model (facts.md §3-4, sources/api/).
#include "mpsim/import.hpp"

#include "mpsim/entra_roles.hpp"

#include <algorithm>
#include <unordered_map>

#include "mpsim/enum_names.hpp"
#include "mpsim/json_value.hpp"
#include "mpsim/scenario_io.hpp"

namespace core {
namespace {

bool is_id_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' ||
         c == ':' || c == '@';
}

// Partner Center ids are GUIDs; anything else (offer ids, names) is made into a valid scenario id.
std::string as_id(std::string_view raw) {
  std::string id;
  for (const char c : raw.substr(0, 128)) id += is_id_char(c) ? c : '-';
  return id;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// The value of `name` in a URL's query string (case-insensitive name), or "".
std::string query_value(std::string_view url, std::string_view name) {
  const std::size_t q = url.find('?');
  if (q == std::string_view::npos) return {};
  std::string_view query = url.substr(q + 1);
  query = query.substr(0, query.find('#'));
  while (!query.empty()) {
    const std::size_t amp = query.find('&');
    const std::string_view pair = query.substr(0, amp);
    const std::size_t eq = pair.find('=');
    if (eq != std::string_view::npos && lower(pair.substr(0, eq)) == lower(name)) return std::string(pair.substr(eq + 1));
    if (amp == std::string_view::npos) break;
    query = query.substr(amp + 1);
  }
  return {};
}

// Blanks out an HTTP status or request line and the headers before the body, keeping line breaks so positions stay
// true. Returns the first line ("" when there was no preamble): a request line may name the customer.
std::string blank_http_preamble(std::string& text) {
  const std::string_view first(text.data(), std::min(text.find('\n'), text.size()));
  static const char* const kMethods[] = {"GET ", "POST ", "PATCH ", "PUT ", "DELETE "};
  const bool status_line = first.rfind("HTTP/", 0) == 0;
  const bool request_line = std::any_of(std::begin(kMethods), std::end(kMethods), [&](const char* m) { return first.rfind(m, 0) == 0; }) &&
                            first.find(" HTTP/") != std::string_view::npos;
  if (!status_line && !request_line) return {};
  std::size_t end = text.find("\n\n");
  const std::size_t crlf = text.find("\r\n\r\n");
  if (crlf != std::string::npos && (end == std::string::npos || crlf < end)) end = crlf;
  if (end == std::string::npos) return {};
  std::string line(first);
  for (std::size_t i = 0; i < end; ++i)
    if (text[i] != '\n' && text[i] != '\r') text[i] = ' ';
  return line;
}

// The tenant id in ".../customers/{id}/..." when it is a real id (documentation samples hold "<customer-tenant-id>").
std::string customer_in_path(std::string_view path) {
  const std::size_t at = path.find("/customers/");
  if (at == std::string_view::npos) return {};
  const std::string_view rest = path.substr(at + 11);
  const std::string id(rest.substr(0, rest.find_first_of("/? ")));
  return !id.empty() && std::all_of(id.begin(), id.end(), is_id_char) ? id : std::string();
}

class Importer {
 public:
  explicit Importer(const ImportOptions& options) : options_(options) {
    s_.metadata.era = options.era;
    s_.metadata.cloud = options.era == Era::Vianet21 ? Cloud::China : Cloud::Global;
    s_.metadata.title.en = options.title.empty() ? "Imported from Partner Center" : options.title;
    region_ = options.region.empty() ? (options.era == Era::Vianet21 ? "CN" : "US") : options.region;
  }

  void read_source(const ImportSource& source) {
    source_ = source.name;
    std::string text(source.text);
    const std::string preamble = blank_http_preamble(text);
    source_customer_ = customer_in_path(preamble);
    JsonLimits limits;
    limits.allow_trailing_commas = true;
    Result<JsonValue> parsed = parse_json_value(text, limits);
    for (Issue& issue : parsed.issues) add(std::move(issue));
    if (!parsed.ok()) return;
    if (!preamble.empty())
      warn(*parsed.value, "", "http-preamble-ignored", "the HTTP " + std::string(preamble.rfind("HTTP/", 0) == 0 ? "status" : "request") +
                                                          " line and headers before the JSON body were ignored");
    const std::size_t before = imported_;
    read_payload(*parsed.value, "");
    if (imported_ == before)
      add(Issue{Severity::Error, "unrecognized-payload", "", parsed.value->line, parsed.value->column,
                "nothing here looks like a Partner Center Customer, Subscription, PartnerRelationship or RelationshipRequest, "
                "or a Graph delegatedAdminRelationship; check that this is the JSON body of one of those responses",
                source_});
  }

  Result<Scenario> finish() {
    Result<Scenario> result;
    if (imported_ == 0) {
      result.issues = std::move(issues_);
      return result;
    }
    build_me();
    s_.world.clock = latest_time_ ? *latest_time_ : (options_.era == Era::GlobalGdap ? 1698796800 : 1540803600);
    s_.metadata.description.en = "Imported by mpsim import from " + std::to_string(sources_read_) + " payload" +
                              (sources_read_ == 1 ? "" : "s") + ". The importing partner is \"" + me_id() + "\".";
    // The model must be a valid scenario; checking it through the loader keeps the importer honest.
    Result<Scenario> check = load_scenario(export_scenario(s_));
    for (Issue& issue : check.issues) {
      issue.message = "internal: the imported scenario is not valid: " + issue.message;
      issues_.push_back(std::move(issue));
    }
    result.issues = std::move(issues_);
    if (check.ok()) result.value = std::move(s_);
    return result;
  }

  std::size_t sources_read_ = 0;

 private:
  // ---- issues
  void add(Issue issue) {
    issue.source = source_;
    issues_.push_back(std::move(issue));
  }
  void warn(const JsonValue& at, const std::string& pointer, const char* code, std::string message) {
    add(Issue{Severity::Warning, code, pointer, at.line, at.column, std::move(message), ""});
  }

  // ---- reading values leniently
  std::string text_of(const JsonValue& item, std::initializer_list<std::string_view> path) const {
    const JsonValue* v = item.path(path);
    return v && v->is_string() ? v->text : std::string();
  }
  std::optional<Timestamp> time_of(const JsonValue& item, std::string_view key, const std::string& pointer) {
    const JsonValue* v = item.get(key);
    if (!v || v->type == JsonType::Null) return std::nullopt;
    const std::optional<Timestamp> t = v->is_string() ? parse_timestamp_lenient(v->text) : std::nullopt;
    if (!t) {
      warn(*v, pointer + "/" + std::string(key), "unreadable-time", "\"" + v->text + "\" is not a date and time this importer reads; the field was left out");
      return std::nullopt;
    }
    if (!latest_time_ || *t > *latest_time_) latest_time_ = *t;
    return t;
  }

  // ---- dispatch
  static std::string object_type(const JsonValue& item) {
    const JsonValue* type = item.path({"attributes", "objectType"});
    return type && type->is_string() ? lower(type->text) : std::string();
  }

  void read_payload(const JsonValue& root, const std::string& pointer) {
    if (root.type != JsonType::Object) {
      warn(root, pointer, "unrecognized-payload", std::string("expected a JSON object, found ") + json_type_name(root.type));
      return;
    }
    ++sources_read_;
    if (const JsonValue* value = root.get("value"); value && value->type == JsonType::Array) {  // Graph collection
      for (std::size_t i = 0; i < value->items.size(); ++i) read_item(value->items[i], pointer + "/value/" + std::to_string(i));
      return;
    }
    if (const JsonValue* items = root.get("items"); items && items->type == JsonType::Array) {  // Partner Center collection
      if (const JsonValue* count = root.get("totalCount"); count && count->fits_int64 &&
                                                           count->integer != static_cast<std::int64_t>(items->items.size()))
        warn(*count, pointer + "/totalCount", "count-mismatch",
             "totalCount says " + count->text + " but the collection holds " + std::to_string(items->items.size()) +
                 " items; the items were imported (a paged response may have more pages)");
      for (std::size_t i = 0; i < items->items.size(); ++i) read_item(items->items[i], pointer + "/items/" + std::to_string(i));
      return;
    }
    read_item(root, pointer);
  }

  void read_item(const JsonValue& item, const std::string& pointer) {
    if (item.type != JsonType::Object) {
      warn(item, pointer, "skipped-item", "an item that is not an object was skipped");
      return;
    }
    const std::string type = object_type(item);
    if (type == "customer" || (type.empty() && item.get("companyProfile"))) read_customer(item, pointer);
    else if (type == "subscription" || (type.empty() && (item.get("offerId") || item.path({"links", "offer"})))) read_subscription(item, pointer);
    else if (type == "partnerrelationship" || (type.empty() && item.get("relationshipType"))) read_partner_relationship(item, pointer);
    else if (type == "relationshiprequest" || (type.empty() && item.get("url"))) read_relationship_request(item, pointer);
    else if (item.get("displayName") && (item.get("accessDetails") || item.get("duration"))) read_gdap(item, pointer);
    else
      warn(item, pointer, "skipped-item",
           "this item was skipped: its kind" + (type.empty() ? std::string() : " (objectType \"" + type + "\")") + " is not one mpsim imports");
  }

  // ---- entities
  // The customer with this tenant id, created on first sight; nullptr (with a warning) when the tenant is a partner
  // here: one tenant cannot be both in a scenario (R-MP-8: a CSP-transacting tenant cannot be another CSP's customer).
  Customer* customer_for(const std::string& id, const std::string& name, const JsonValue& at, const std::string& pointer) {
    if (const auto it = customer_index_.find(id); it != customer_index_.end()) {
      Customer& existing = s_.world.customers[it->second];
      if (existing.name == existing.id && !name.empty()) existing.name = name;
      return &existing;
    }
    if (partner_index_.count(id) || id == me_id()) {
      warn(at, pointer, "tenant-is-partner", "tenant " + id + " is a partner here, and a CSP partner's tenant cannot also be its customer (R-MP-8); this item was skipped");
      return nullptr;
    }
    customer_index_[id] = s_.world.customers.size();
    Customer c;
    c.id = id;
    c.name = name.empty() ? id : name;
    c.region = region_;
    c.users.push_back(User{"admin", "Customer admin", "", {}, {CustomerRole::GlobalAdmin}});
    s_.world.customers.push_back(std::move(c));
    return &s_.world.customers.back();
  }

  // The partner with this tenant id, created on first sight; nullptr (with a warning) when the tenant is a customer here.
  Partner* partner_for(const std::string& id, PartnerType type, const JsonValue* at = nullptr, const std::string& pointer = {}) {
    if (const auto it = partner_index_.find(id); it != partner_index_.end()) return &s_.world.partners[it->second];
    if (customer_index_.count(id)) {
      if (at) warn(*at, pointer, "tenant-is-partner", "tenant " + id + " is a customer here, and a customer tenant cannot also be a CSP partner (R-MP-8); this item was skipped");
      return nullptr;
    }
    partner_index_[id] = s_.world.partners.size();
    Partner p;
    p.id = id;
    p.name = id;
    p.type = type;
    p.region = region_;
    p.users.push_back(User{"admin", "Partner admin", "", {PartnerRole::GlobalAdmin, PartnerRole::AdminAgent}, {}});
    s_.world.partners.push_back(std::move(p));
    return &s_.world.partners.back();
  }

  void relate(const std::string& partner, const std::string& customer) {
    for (const ResellerRelationship& r : s_.world.reseller_relationships)
      if (r.partner == partner && r.customer == customer) return;
    s_.world.reseller_relationships.push_back(ResellerRelationship{partner, customer, std::nullopt});
  }

  void read_customer(const JsonValue& item, const std::string& pointer) {
    std::string id = text_of(item, {"id"});
    if (id.empty()) id = text_of(item, {"companyProfile", "tenantId"});
    if (id.empty()) {
      warn(item, pointer, "skipped-item", "a customer without \"id\" or \"companyProfile.tenantId\" was skipped");
      return;
    }
    id = as_id(id);
    std::string name = text_of(item, {"companyProfile", "companyName"});
    if (name.empty()) name = text_of(item, {"billingProfile", "companyName"});
    Customer* c = customer_for(id, name, item, pointer);
    if (!c) return;
    if (const std::string domain = text_of(item, {"companyProfile", "domain"}); !domain.empty()) c->domain = domain;
    if (const std::string country = text_of(item, {"billingProfile", "defaultAddress", "country"}); !country.empty()) c->region = country;
    if (const std::string user = text_of(item, {"userCredentials", "userName"}); !user.empty() && as_id(user) != "admin")
      c->users.front().id = as_id(user);
    ++imported_;

    // relationshipToPartner is absent from some list responses; a partner listing a customer resells to it.
    const JsonValue* relationship = item.get("relationshipToPartner");
    const std::string kind = relationship && relationship->is_string() ? lower(relationship->text) : "reseller";
    if (kind == "reseller") relate(me_id(), id);
    else if (kind != "none")
      warn(*relationship, pointer + "/relationshipToPartner", "not-a-reseller-relationship",
           "relationshipToPartner is \"" + relationship->text + "\"; no reseller relationship was recorded for it");
    // allowDelegatedAccess is only returned by get-by-id, never by list responses (facts.md §4.1).
    if (const JsonValue* dap = item.get("allowDelegatedAccess"); dap && dap->type == JsonType::Bool && dap->boolean) {
      const bool known = std::any_of(s_.world.delegated_admin.begin(), s_.world.delegated_admin.end(),
                                     [&](const DelegatedAdminGrant& g) { return g.partner == me_id() && g.customer == id; });
      if (!known) s_.world.delegated_admin.push_back(DelegatedAdminGrant{me_id(), id, {}, std::nullopt, std::nullopt, false});
    }
    // Only indirect providers set associatedPartnerId: the customer's indirect reseller (R-IND-3).
    if (const std::string reseller = text_of(item, {"associatedPartnerId"}); !reseller.empty()) {
      provider_evidence_ = true;
      const std::string reseller_id = as_id(reseller);
      Partner* r = partner_for(reseller_id, PartnerType::IndirectReseller, item.get("associatedPartnerId"), pointer + "/associatedPartnerId");
      if (!r) return;
      if (r->name == r->id) r->name = "Indirect reseller " + reseller_id.substr(0, 8);
      relate(reseller_id, id);
      add_partnership(me_id(), reseller_id);
    }
  }

  void add_partnership(const std::string& provider, const std::string& reseller) {
    for (const Partnership& p : s_.world.partnerships)
      if (p.provider == provider && p.reseller == reseller) return;
    s_.world.partnerships.push_back(Partnership{provider, reseller, std::nullopt});
  }

  void read_partner_relationship(const JsonValue& item, const std::string& pointer) {
    const std::string id = as_id(text_of(item, {"id"}));
    if (id.empty()) {
      warn(item, pointer, "skipped-item", "a partner relationship without \"id\" was skipped");
      return;
    }
    const std::string type = lower(text_of(item, {"relationshipType"}));
    const bool my_reseller = type == "is_indirect_cloud_solution_provider_of" || type == "isindirectcloudsolutionproviderof";
    const bool my_provider = type == "is_indirect_reseller_of" || type == "isindirectresellerof";
    if (!my_reseller && !my_provider) {
      warn(item, pointer + "/relationshipType", "skipped-item", "relationshipType \"" + type + "\" is not one mpsim imports");
      return;
    }
    Partner* p = partner_for(id, my_reseller ? PartnerType::IndirectReseller : PartnerType::IndirectProvider, &item, pointer);
    if (!p) return;
    if (const std::string name = text_of(item, {"name"}); !name.empty()) p->name = name;
    if (const std::string mpn = text_of(item, {"mpnId"}); !mpn.empty()) p->mpn_id = mpn;
    if (const std::string location = text_of(item, {"location"}); !location.empty()) p->region = location;
    ++imported_;
    if (const std::string state = text_of(item, {"state"}); !state.empty() && lower(state) != "active") {
      warn(*item.get("state"), pointer + "/state", "inactive-partnership", "the partnership's state is \"" + state + "\"; it was not recorded as a partnership");
      return;
    }
    if (my_reseller) {
      provider_evidence_ = true;
      add_partnership(me_id(), id);
    } else {
      reseller_evidence_ = true;
      add_partnership(id, me_id());
    }
  }

  void read_relationship_request(const JsonValue& item, const std::string& pointer) {
    const std::string url = text_of(item, {"url"});
    if (url.empty()) {
      warn(item, pointer, "skipped-item", "a relationship request without \"url\" was skipped");
      return;
    }
    const std::string partner = query_value(url, "partnerId");
    if (options_.partner_id.empty() && !partner.empty() && s_.world.partners.empty() && !me_fixed_) {
      url_partner_id_ = as_id(partner);
    }
    me_fixed_ = true;
    Invitation inv;
    inv.id = "reseller-invitation";
    for (int n = 2; std::any_of(s_.world.invitations.begin(), s_.world.invitations.end(), [&](const Invitation& i) { return i.id == inv.id; }); ++n)
      inv.id = "reseller-invitation-" + std::to_string(n);
    inv.kind = InvitationKind::ResellerRelationship;
    inv.partner = me_id();
    const std::string dap = lower(query_value(url, "DAP"));
    inv.include_dap = dap != "false";
    if (!inv.include_dap && options_.era == Era::Vianet21)
      warn(*item.get("url"), pointer + "/url", "era-mismatch",
           "this invitation carries DAP=false; the 21Vianet doc set documents no invitation without DAP (R-REL-8). Import with --era global_dap to simulate it as written");
    s_.world.invitations.push_back(std::move(inv));
    ++imported_;
  }

  void read_subscription(const JsonValue& item, const std::string& pointer) {
    const std::string id = as_id(text_of(item, {"id"}));
    if (id.empty()) {
      warn(item, pointer, "skipped-item", "a subscription without \"id\" was skipped");
      return;
    }
    const auto earlier = std::find_if(s_.world.subscriptions.begin(), s_.world.subscriptions.end(), [&](const Subscription& x) { return x.id == id; });
    if (earlier != s_.world.subscriptions.end()) {
      // The same subscription again (e.g. the response to a change): the later payload is the newer state.
      warn(item, pointer + "/id", "updated-item", "subscription " + id + " appeared in an earlier payload; this one's values replace it");
      s_.world.subscriptions.erase(earlier);
    }
    Subscription sub;
    sub.id = id;
    // The service: offerId, else the last segment of links.offer.uri.
    std::string offer = text_of(item, {"offerId"});
    if (offer.empty()) {
      const std::string uri = text_of(item, {"links", "offer", "uri"});
      offer = uri.substr(uri.find_last_of('/') == std::string::npos ? 0 : uri.find_last_of('/') + 1);
    }
    if (offer.empty()) {
      warn(item, pointer, "missing-offer", "the subscription names no offer (offerId or links.offer); it was given the service \"unknown-offer\"");
      offer = "unknown-offer";
    }
    sub.service = as_id(lower(offer));
    std::string offer_name = text_of(item, {"offerName"});
    if (offer_name.empty()) offer_name = text_of(item, {"friendlyName"});
    service_for(sub.service, offer_name.empty() ? "Offer " + offer : offer_name, lower(text_of(item, {"billingType"})) == "usage");

    // Which customer: the option, else its self link, else the request line it came with, else the only customer known,
    // else a placeholder.
    std::string customer = options_.customer_id;
    if (customer.empty()) customer = customer_in_path(text_of(item, {"links", "self", "uri"}));
    if (customer.empty()) customer = source_customer_;
    if (customer.empty() && s_.world.customers.size() == 1) customer = s_.world.customers.front().id;
    if (customer.empty()) {
      customer = "imported-customer";
      if (!warned_placeholder_customer_) {
        warned_placeholder_customer_ = true;
        warn(item, pointer, "unknown-customer",
             "a subscription payload does not say whose it is; subscriptions were given to the customer \"imported-customer\". Pass --customer ID to name it");
      }
    }
    customer = as_id(customer);
    if (!customer_for(customer, "", item, pointer)) return;
    relate(me_id(), customer);
    sub.customer = customer;
    sub.channel = Channel::Csp;
    sub.partner_of_record = me_id();

    if (const JsonValue* q = item.get("quantity")) {
      if (q->fits_int64 && q->integer >= 0 && q->integer <= 10'000'000) sub.quantity = q->integer;
      else warn(*q, pointer + "/quantity", "unreadable-value", "quantity " + q->text + " is not a seat count; 1 was used");
    }
    const std::string status = lower(text_of(item, {"status"}));
    if (status == "active" || status.empty()) sub.status = SubscriptionStatus::Active;
    else if (status == "suspended" || status == "disabled") sub.status = SubscriptionStatus::Suspended;
    else if (status == "deleted") sub.status = SubscriptionStatus::Deleted;
    else if (status == "expired") sub.status = SubscriptionStatus::Expired;
    else warn(*item.get("status"), pointer + "/status", "unreadable-value", "status \"" + status + "\" was imported as active");
    sub.start = time_of(item, "effectiveStartDate", pointer);
    if (!sub.start) sub.start = time_of(item, "creationDate", pointer);
    sub.end = time_of(item, "commitmentEndDate", pointer);
    if (sub.start && sub.end && *sub.end < *sub.start) {
      warn(*item.get("commitmentEndDate"), pointer + "/commitmentEndDate", "unreadable-value", "the commitment ends before the subscription starts; the end date was left out");
      sub.end.reset();
    }
    if (const JsonValue* renew = item.get("autoRenewEnabled"); renew && renew->type == JsonType::Bool) sub.auto_renew = renew->boolean;
    const std::string cycle = lower(text_of(item, {"billingCycle"}));
    if (cycle == "annual") sub.billing_cycle = BillingCycle::Annual;
    else if (cycle == "none" || cycle == "onetime" || cycle == "one_time") sub.billing_cycle = BillingCycle::None;
    // partnerId: the MPN id of the reseller of record in the two-tier model (R-IND-6).
    if (const std::string mpn = text_of(item, {"partnerId"}); !mpn.empty()) {
      provider_evidence_ = true;
      std::string reseller;
      for (const Partner& p : s_.world.partners)
        if (p.mpn_id == mpn && p.type == PartnerType::IndirectReseller) reseller = p.id;
      if (reseller.empty()) {
        reseller = as_id("mpn-" + mpn);
        Partner* r = partner_for(reseller, PartnerType::IndirectReseller);
        if (r) {
          r->name = "Reseller (MPN " + mpn + ")";
          r->mpn_id = mpn;
        } else {
          reseller.clear();
        }
      }
      if (!reseller.empty()) {
        sub.reseller_of_record = reseller;
        add_partnership(me_id(), reseller);
      }
    }
    s_.world.subscriptions.push_back(std::move(sub));
    ++imported_;
  }

  void service_for(const std::string& id, const std::string& name, bool usage) {
    for (const Service& s : s_.world.services)
      if (s.id == id) return;
    Service service;
    service.id = id;
    service.name = name;
    service.kind = usage ? ServiceKind::Usage : ServiceKind::License;
    s_.world.services.push_back(std::move(service));
  }

  void read_gdap(const JsonValue& item, const std::string& pointer) {
    GdapRelationship g;
    g.id = as_id(text_of(item, {"id"}));
    if (g.id.empty()) {
      warn(item, pointer, "skipped-item", "a GDAP relationship without \"id\" was skipped");
      return;
    }
    if (options_.era == Era::Vianet21 && !warned_gdap_era_) {
      warned_gdap_era_ = true;
      warn(item, pointer, "era-mismatch", "GDAP is absent from the 21Vianet doc set (R-INF-8); import with --era global_gdap, or set gdap_in_21vianet in the scenario, to simulate these relationships' rules");
    }
    g.partner = me_id();
    g.display_name = text_of(item, {"displayName"});
    if (g.display_name.empty()) g.display_name = g.id.substr(0, 50);
    std::size_t characters = 0, cut = g.display_name.size();
    for (std::size_t i = 0; i < g.display_name.size(); ++i)
      if ((static_cast<unsigned char>(g.display_name[i]) & 0xC0) != 0x80 && ++characters == 51) cut = i;
    if (cut < g.display_name.size()) {
      warn(*item.get("displayName"), pointer + "/displayName", "unreadable-value", "displayName is over 50 characters; it was shortened");
      g.display_name.resize(cut);
    }
    std::string customer = as_id(text_of(item, {"customer", "tenantId"}));
    if (customer.empty()) {
      warn(item, pointer + "/customer", "unknown-customer", "the relationship names no customer tenant (it may still be in \"created\"); it was given to \"imported-customer\"");
      customer = "imported-customer";
    }
    if (!customer_for(customer, text_of(item, {"customer", "displayName"}), item, pointer)) return;
    g.customer = customer;
    if (const std::string duration = text_of(item, {"duration"}); !duration.empty()) {
      const auto days = parse_duration_days(duration);
      if (days && *days >= 1 && *days <= 730) g.duration_days = *days;
      else warn(*item.get("duration"), pointer + "/duration", "unreadable-value", "duration \"" + duration + "\" is not P1D..P730D; 730 days were used");
    }
    if (const std::string status = text_of(item, {"status"}); !status.empty()) {
      if (const auto st = from_name<GdapStatus>(status)) g.status = *st;
      else warn(*item.get("status"), pointer + "/status", "unreadable-value", "status \"" + status + "\" is not a GDAP status; \"created\" was used");
    }
    if (const JsonValue* roles = item.path({"accessDetails", "unifiedRoles"}); roles && roles->type == JsonType::Array)
      for (const JsonValue& role : roles->items)
        if (const std::string id = text_of(role, {"roleDefinitionId"}); !id.empty()) {
          // Known built-in roles get their short id; others are kept and flagged (GDAP grants built-in roles only).
          if (const EntraRole* known = find_entra_role(id)) g.roles.emplace_back(known->id);
          else {
            warn(role, pointer + "/accessDetails/unifiedRoles", "unknown-role", "roleDefinitionId " + id + " is not a built-in Entra role mpsim knows (docs/gdap.md lists them); it was kept as is");
            g.roles.push_back(id);
          }
        }
    if (g.roles.empty()) {
      warn(item, pointer + "/accessDetails", "unreadable-value", "no roles in accessDetails.unifiedRoles; the relationship was imported with none");
    }
    const std::string extend = text_of(item, {"autoExtendDuration"});
    g.auto_extend = !extend.empty() && parse_duration_days(extend).value_or(0) > 0;
    g.created = time_of(item, "createdDateTime", pointer);
    g.activated = time_of(item, "activatedDateTime", pointer);
    g.end = time_of(item, "endDateTime", pointer);
    if (std::any_of(s_.world.gdap_relationships.begin(), s_.world.gdap_relationships.end(), [&](const GdapRelationship& x) { return x.id == g.id; })) {
      warn(item, pointer + "/id", "duplicate-item", "GDAP relationship " + g.id + " appeared before; this copy was skipped");
      return;
    }
    s_.world.gdap_relationships.push_back(std::move(g));
    ++imported_;
  }

  // ---- the importing partner
  std::string me_id() const {
    if (!options_.partner_id.empty()) return as_id(options_.partner_id);
    return url_partner_id_.empty() ? "my-partner" : url_partner_id_;
  }

  void build_me() {
    PartnerType type = PartnerType::DirectBill;
    if (options_.partner_type) type = *options_.partner_type;
    else if (provider_evidence_) type = PartnerType::IndirectProvider;
    else if (reseller_evidence_) type = PartnerType::IndirectReseller;
    if (options_.partner_type && provider_evidence_ && type != PartnerType::IndirectProvider)
      issues_.push_back(Issue{Severity::Warning, "partner-type-conflict", "", 0, 0,
                              "the payloads show indirect-provider data (associatedPartnerId, indirect resellers or a reseller of record), "
                              "but --partner-type says " + std::string(to_name(type)) + "; some relationships may not make sense",
                              ""});
    Partner& me = *partner_for(me_id(), type);  // customer_for refuses "me", so this tenant is never a customer
    me.type = type;
    me.name = options_.partner_name;
    if (me.security_groups.empty()) me.security_groups.push_back(SecurityGroup{"admin-agents", "Admin Agents", {"admin"}});
    // A reseller of record needs a provider as partner of record; a direct-bill importer cannot have one.
    if (type != PartnerType::IndirectProvider)
      for (Subscription& sub : s_.world.subscriptions) sub.reseller_of_record.clear();
    if (type != PartnerType::IndirectProvider)
      s_.world.partnerships.erase(std::remove_if(s_.world.partnerships.begin(), s_.world.partnerships.end(),
                                                 [&](const Partnership& p) { return p.provider == me.id; }),
                                  s_.world.partnerships.end());
    // Partners first in the file reads best: move "me" to the front.
    const auto it = std::find_if(s_.world.partners.begin(), s_.world.partners.end(), [&](const Partner& p) { return p.id == me.id; });
    std::rotate(s_.world.partners.begin(), it, it + 1);
  }

  ImportOptions options_;
  Scenario s_;
  std::string region_;
  std::string source_;
  std::string source_customer_;  // named by the current source's HTTP request line, if any
  std::vector<Issue> issues_;
  std::unordered_map<std::string, std::size_t> customer_index_, partner_index_;
  std::optional<Timestamp> latest_time_;
  std::string url_partner_id_;
  std::size_t imported_ = 0;
  bool provider_evidence_ = false, reseller_evidence_ = false, me_fixed_ = false;
  bool warned_placeholder_customer_ = false, warned_gdap_era_ = false;
};

}  // namespace

Result<Scenario> import_payloads(const std::vector<ImportSource>& sources, const ImportOptions& options) {
  // The relationship request URL names the importing partner; read it first so every other payload uses that id.
  std::vector<const ImportSource*> ordered;
  for (const ImportSource& s : sources)
    if (s.text.find("RelationshipRequest") != std::string_view::npos) ordered.push_back(&s);
  for (const ImportSource& s : sources)
    if (s.text.find("RelationshipRequest") == std::string_view::npos) ordered.push_back(&s);
  Importer importer(options);
  for (const ImportSource* source : ordered) importer.read_source(*source);
  return importer.finish();
}

}  // namespace core
