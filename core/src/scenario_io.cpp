// scenario_load.cpp — the scenario loader: one streaming pass over the text straight into the model.
// Each JSON object is described once by a field table (name, required, reader); the table drives
// reading, "did you mean" for unknown fields and missing-field checks. References between entities
// are resolved as they are read, or at the end when a file names something before defining it.
#include <cassert>
#include <algorithm>
#include <array>
#include <iterator>
#include <unordered_map>
#include <unordered_set>

#include "mpsim/actions.hpp"
#include "mpsim/enum_names.hpp"
#include "mpsim/json_writer.hpp"
#include "mpsim/scenario_io.hpp"

namespace core {
namespace {

// ---------------------------------------------------------------------------------------------
// Small text helpers

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[b.size()];
}

// The closest candidate within a typo's reach, or "".
template <class Range> std::string closest(std::string_view word, const Range& candidates) {
  std::string best;
  std::size_t best_distance = std::max<std::size_t>(2, word.size() / 3) + 1;
  for (const auto& candidate : candidates) {
    const std::string_view c(candidate);
    const std::size_t d = edit_distance(word, c);
    if (d < best_distance) {
      best_distance = d;
      best = std::string(c);
    }
  }
  return best;
}

std::string did_you_mean(const std::string& suggestion) {
  return suggestion.empty() ? "" : " Did you mean \"" + suggestion + "\"?";
}

std::string quoted(std::string_view s) {
  std::string out = "\"";
  for (const char c : s.substr(0, 80)) out += (static_cast<unsigned char>(c) < 0x20) ? '?' : c;
  if (s.size() > 80) out += "...";
  return out + "\"";
}

void append_pointer_segment(std::string& pointer, std::string_view segment) {
  pointer += '/';
  for (const char c : segment) {
    if (c == '~') pointer += "~0";
    else if (c == '/') pointer += "~1";
    else pointer += c;
  }
}

// Characters (code points) in valid UTF-8 text.
std::size_t utf8_length(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

bool is_id_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
         c == '.' || c == ':' || c == '@';
}

// ---------------------------------------------------------------------------------------------
// Where each id was defined, and the references still to check.

enum class Collection : std::uint8_t { Partners, Customers, Services, Subscriptions, Gdap, Invitations, Transfers, Events };
constexpr const char* kCollectionPointer[] = {"/world/partners/",      "/world/customers/",         "/world/services/",
                                              "/world/subscriptions/", "/world/gdap_relationships/", "/world/invitations/",
                                              "/world/transfers/",     "/events/"};
constexpr const char* kCollectionNoun[] = {"partner",           "customer", "service", "subscription",
                                           "GDAP relationship", "invitation", "transfer", "event"};

struct Definition {
  Collection collection;
  std::uint32_t index;
  TextPos pos;
};

// What a reference must point at.
enum class RefKind : std::uint8_t {
  Partner, IndirectProvider, IndirectReseller, Customer, Tenant, Service, Subscription, Gdap, Event,
  User,           // owner = tenant id
  SecurityGroup,  // owner = partner id
  Actor,          // "tenant/user" or "system"
};

struct PendingRef {
  RefKind kind;
  std::string id;
  std::string owner;
  TextPos pos;
  std::string pointer;
};

class Loader;
class Saver;

// One member of a JSON object: its name, whether it must be present, how to read its value into T, and how to
// write it back (writers omit optional members that hold their default, so exports stay short and diff cleanly).
template <class T> struct Field {
  std::string_view name;
  bool required;
  void (*read)(Loader&, T&);
  void (*write)(Saver&, const T&);
};

Cloud default_cloud(Era era) { return era == Era::Vianet21 ? Cloud::China : Cloud::Global; }

// Which members an object had, and where: for checks that look at several members together.
template <std::size_t N> struct Members {
  TextPos start;
  std::uint64_t bits = 0;
  std::array<std::string_view, N> names{};
  std::array<TextPos, N> at{};
  std::size_t index(std::string_view name) const {
    for (std::size_t i = 0; i < N; ++i)
      if (names[i] == name) return i;
    return N;  // a typo in our own table; the caller's asserts are the tests
  }
  bool has(std::string_view name) const {
    const std::size_t i = index(name);
    return i < N && ((bits >> i) & 1);
  }
  TextPos pos(std::string_view name) const {
    const std::size_t i = index(name);
    return i < N && ((bits >> i) & 1) ? at[i] : start;
  }
};

class Loader {
 public:
  Loader(std::string_view text, const JsonLimits& limits, std::size_t max_issues)
      : reader(text, limits), max_issues_(max_issues) {}

  JsonReader reader;
  Scenario scenario;
  std::string pointer;
  TextPos first_event_time;  // for the clock check, which can only run once the whole file is read
  std::optional<Timestamp> previous_event_time;  // events must be in time order

  // ---- issues
  void report(Severity severity, const char* code, std::string message, TextPos pos, std::string at_pointer) {
    if (issues_.size() >= max_issues_) {
      truncated_ = true;
      return;
    }
    Issue issue;
    issue.severity = severity;
    issue.code = code;
    issue.pointer = std::move(at_pointer);
    issue.line = pos.line;
    issue.column = reader.column_of(pos);
    issue.message = std::move(message);
    issues_.push_back(std::move(issue));
  }
  void error(const char* code, std::string message) { report(Severity::Error, code, std::move(message), reader.position(), pointer); }
  void error_at(TextPos pos, const char* code, std::string message) { report(Severity::Error, code, std::move(message), pos, pointer); }
  void warning_at(TextPos pos, const char* code, std::string message) { report(Severity::Warning, code, std::move(message), pos, pointer); }
  std::string where(TextPos pos) const {
    return "line " + std::to_string(pos.line) + ", column " + std::to_string(reader.column_of(pos));
  }

  // Position of the value about to be read (peek() first: position() alone describes the previous value).
  TextPos next_pos() {
    reader.peek();
    return reader.position();
  }

  // ---- JSON Pointer bookkeeping
  struct Segment {
    Loader& loader;
    std::size_t length;
    Segment(Loader& l, std::string_view name) : loader(l), length(l.pointer.size()) { append_pointer_segment(l.pointer, name); }
    Segment(Loader& l, std::size_t index) : loader(l), length(l.pointer.size()) { l.pointer += '/' + std::to_string(index); }
    ~Segment() { loader.pointer.resize(length); }
    Segment(const Segment&) = delete;
    Segment& operator=(const Segment&) = delete;
  };

  // ---- structure
  // Remembers the pointer where the reader first failed: by the time the failure is reported, the stack has unwound.
  void note_failure() {
    if (reader.failed() && !failure_pointer_) failure_pointer_ = pointer;
  }

  // Checks the next value's type; on a mismatch reports it and skips the value.
  bool expect(JsonType type, const char* what) {
    const JsonType actual = reader.peek();
    if (actual == type) return true;
    note_failure();
    if (actual != JsonType::Invalid) {
      error("wrong-type", std::string(what) + " must be " + json_type_name(type) + ", but it is " + json_type_name(actual) + ".");
      reader.skip_value();
    }
    return false;
  }

  // Objects and arrays come in three pieces (open, next, close) so that the incremental load can stop between
  // members or elements of the big collections and resume on the next call; object() and array() join the pieces.
  template <class T, std::size_t N> bool object_open(Members<N>& members, const Field<T> (&fields)[N], const char* what) {
    static_assert(N <= 64, "the seen-set is a 64-bit mask");
    if (!expect(JsonType::Object, what)) return false;
    members.start = reader.position();
    for (std::size_t i = 0; i < N; ++i) members.names[i] = fields[i].name;
    reader.begin_object();
    return true;
  }
  // The index of the next known member, with the pointer extended by its name (the caller reads its value, then
  // trims the pointer to `pointer_length`); N at the end. Unknown and repeated members are reported and skipped.
  template <class T, std::size_t N>
  std::size_t object_next(Members<N>& members, const Field<T> (&fields)[N], const char* what, std::size_t& pointer_length) {
    pointer_length = pointer.size();
    std::string_view key;
    while (reader.next_key(key)) {
      const TextPos key_pos = reader.key_position();
      std::size_t i = 0;
      while (i < N && fields[i].name != key) ++i;
      Segment segment(*this, key);
      if (i == N) {
        std::string message = "unknown field " + quoted(key) + " in " + what + "." + did_you_mean(closest(key, members.names));
        if (closest(key, members.names).empty()) {
          message += " Known fields:";
          for (std::size_t k = 0; k < N; ++k) message += (k ? ", " : " ") + std::string(fields[k].name);
          message += ".";
        }
        error_at(key_pos, "unknown-field", std::move(message));
        reader.skip_value();
        note_failure();
        continue;
      }
      if ((members.bits >> i) & 1) {
        error_at(key_pos, "duplicate-field", "field " + quoted(key) + " appears twice in " + what + "; the first is at " +
                                                 where(members.at[i]) + ". Keep one.");
        reader.skip_value();
        continue;
      }
      members.bits |= 1ull << i;
      members.at[i] = key_pos;
      segment.length = pointer.size();  // keep the member's name on the pointer for the caller
      return i;
    }
    note_failure();
    return N;
  }
  template <class T, std::size_t N, class Finish>
  void object_close(const Members<N>& members, const Field<T> (&fields)[N], const char* what, Finish&& finish) {
    if (reader.failed()) return;
    for (std::size_t i = 0; i < N; ++i)
      if (fields[i].required && !((members.bits >> i) & 1))
        error_at(members.start, "missing-field", std::string(what) + " needs the field \"" + std::string(fields[i].name) + "\".");
    finish(members);
  }

  template <class T, std::size_t N, class Finish>
  void object(T& out, const Field<T> (&fields)[N], const char* what, Finish&& finish) {
    Members<N> members;
    if (!object_open(members, fields, what)) return;
    std::size_t length = 0;
    for (std::size_t i; (i = object_next(members, fields, what, length)) < N;) {
      fields[i].read(*this, out);
      note_failure();
      pointer.resize(length);
    }
    object_close(members, fields, what, finish);
  }

  template <class T, std::size_t N> void object(T& out, const Field<T> (&fields)[N], const char* what) {
    object(out, fields, what, [](const Members<N>&) {});
  }

  bool array_open(const char* what) {
    if (!expect(JsonType::Array, what)) return false;
    reader.begin_array();
    return true;
  }
  // Reads one element with read_item(); false (and nothing read) at the end of the array.
  template <class ReadItem> bool array_next(std::size_t& index, ReadItem&& read_item) {
    if (!reader.next_element()) {
      note_failure();
      return false;
    }
    Segment segment(*this, index++);
    read_item();
    note_failure();
    return true;
  }
  template <class T, class ReadItem> void array(std::vector<T>& out, const char* what, ReadItem&& read_item) {
    if (!array_open(what)) return;
    std::size_t index = 0;
    while (array_next(index, [&] { read_item(out.emplace_back()); })) {
    }
  }

  // ---- scalars
  void text(std::string& out, const char* what) {
    if (expect(JsonType::String, what)) out = std::string(reader.read_string());
  }
  void id(std::string& out, const char* what) {
    if (!expect(JsonType::String, what)) return;
    const TextPos pos = reader.position();
    out = std::string(reader.read_string());
    if (out.empty() || out.size() > 128 || !std::all_of(out.begin(), out.end(), is_id_char))
      error_at(pos, "invalid-id", std::string(what) + " " + quoted(out) +
                                      " is not a valid id: use 1 to 128 letters, digits or the characters - _ . : @");
  }
  void boolean(bool& out, const char* what) {
    if (expect(JsonType::Bool, what)) out = reader.read_bool();
  }
  void integer(std::int64_t& out, const char* what, std::int64_t min, std::int64_t max) {
    if (!expect(JsonType::Number, what)) return;
    const TextPos pos = reader.position();
    const JsonNumber n = reader.read_number();
    if (reader.failed()) return;
    if (!n.is_integer) error_at(pos, "wrong-type", std::string(what) + " must be a whole number, not " + std::string(n.text) + ".");
    else if (!n.fits_int64 || n.integer < min || n.integer > max)
      error_at(pos, "number-out-of-range", std::string(what) + " is " + std::string(n.text.substr(0, 40)) +
                                               (n.text.size() > 40 ? "..." : "") + "; it must be between " +
                                               std::to_string(min) + " and " + std::to_string(max) + ".");
    else out = n.integer;
  }
  void time(std::optional<Timestamp>& out, const char* what) {
    if (!expect(JsonType::String, what)) return;
    const TextPos pos = reader.position();
    const std::string_view text = reader.read_string();
    if (const auto t = parse_timestamp(text)) out = *t;
    else error_at(pos, "invalid-time", std::string(what) + " " + quoted(text) +
                                           " is not a UTC time; write it like \"2018-10-29T09:00:00Z\".");
  }
  template <class E> void enumeration(E& out, const char* what) {
    if (!expect(JsonType::String, what)) return;
    const TextPos pos = reader.position();
    const std::string_view text = reader.read_string();
    if (const auto value = from_name<E>(text)) {
      out = *value;
      return;
    }
    const std::string word(text);
    error_at(pos, "invalid-value", quoted(word) + " is not " + EnumNames<E>::what + "; use " + joined_names<E>() + "." +
                                       did_you_mean(closest(word, EnumNames<E>::names)));
  }
  template <class E> void enumeration(std::optional<E>& out, const char* what) {
    E value{};
    const std::size_t before = issues_.size();
    enumeration(value, what);
    if (issues_.size() == before && !reader.failed()) out = value;
  }
  template <class E> void enumerations(std::vector<E>& out, const char* what) {
    array(out, what, [&](E& item) { enumeration(item, what); });
  }
  void texts(std::vector<std::string>& out, const char* what) {
    array(out, what, [&](std::string& item) { text(item, what); });
  }

  // ---- ids and references
  void define(Collection collection, const std::string& id_value, std::uint32_t index, TextPos pos) {
    if (id_value.empty()) return;
    auto& map = collection == Collection::Customers ? definitions_[static_cast<std::size_t>(Collection::Partners)]
                                                    : definitions_[static_cast<std::size_t>(collection)];
    const auto [it, inserted] = map.try_emplace(id_value, Definition{collection, index, pos});
    if (!inserted) {
      ambiguous_.insert(id_value);  // references to it would only repeat this problem
      const Definition& first = it->second;
      error_at(pos, "duplicate-id", "id " + quoted(id_value) + " is already used by the " +
                                        kCollectionNoun[static_cast<std::size_t>(first.collection)] + " at " +
                                         kCollectionPointer[static_cast<std::size_t>(first.collection)] +
                                        std::to_string(first.index) + "/id (" + where(first.pos) + "). Ids must be unique.");
    }
  }
  // Reads an id that names another entity and checks it (now, or at the end if not defined yet).
  void reference(std::string& out, RefKind kind, const char* what, std::string owner = {}) {
    const TextPos pos = next_pos();
    id(out, what);
    if (!out.empty()) check_reference(PendingRef{kind, out, std::move(owner), pos, pointer}, false);
  }
  void references(std::vector<std::string>& out, RefKind kind, const char* what, const std::string& owner = {}) {
    array(out, what, [&](std::string& item) { reference(item, kind, what, owner); });
  }
  void check_reference(PendingRef ref, bool at_end);
  void resolve_pending() {
    for (PendingRef& ref : pending_) check_reference(std::move(ref), true);
    pending_.clear();
  }

  Result<Scenario> finish() {
    if (reader.failed()) {
      const JsonError& e = reader.error();
      report(Severity::Error, e.code.c_str(), e.message, e.pos, failure_pointer_.value_or(pointer));
    }
    if (truncated_) {
      Issue more;
      more.code = "too-many-problems";
      more.message = "stopped listing problems after " + std::to_string(max_issues_) + "; fix these and load the file again.";
      issues_.push_back(std::move(more));
    }
    // File order reads best; problems without a place (line 0) go last.
    std::stable_sort(issues_.begin(), issues_.end(), [](const Issue& a, const Issue& b) {
      const auto key = [](const Issue& i) { return std::pair(i.line == 0 ? UINT32_MAX : i.line, i.column); };
      return key(a) < key(b);
    });
    Result<Scenario> result;
    result.issues = std::move(issues_);
    if (!has_errors(result.issues)) result.value = std::move(scenario);
    return result;
  }

 private:
  const Definition* find(RefKind kind, const std::string& id_value) const;
  const std::unordered_map<std::string, Definition>& map_for(RefKind kind) const;

  std::size_t max_issues_;
  bool truncated_ = false;
  std::vector<Issue> issues_;
  // Partners and customers share one map (tenant ids are unique across both), indexed by Collection::Partners.
  std::array<std::unordered_map<std::string, Definition>, 8> definitions_;
  std::vector<PendingRef> pending_;
  std::unordered_set<std::string> ambiguous_;  // ids defined twice
  std::optional<std::string> failure_pointer_;
};

const std::unordered_map<std::string, Definition>& Loader::map_for(RefKind kind) const {
  switch (kind) {
    case RefKind::Service: return definitions_[static_cast<std::size_t>(Collection::Services)];
    case RefKind::Subscription: return definitions_[static_cast<std::size_t>(Collection::Subscriptions)];
    case RefKind::Gdap: return definitions_[static_cast<std::size_t>(Collection::Gdap)];
    case RefKind::Event: return definitions_[static_cast<std::size_t>(Collection::Events)];
    default: return definitions_[static_cast<std::size_t>(Collection::Partners)];
  }
}

const Definition* Loader::find(RefKind kind, const std::string& id_value) const {
  const auto& map = map_for(kind);
  const auto it = map.find(id_value);
  return it == map.end() ? nullptr : &it->second;
}

const User* find_user(const std::vector<User>& users, std::string_view id) {
  for (const User& u : users)
    if (u.id == id) return &u;
  return nullptr;
}

void Loader::check_reference(PendingRef ref, bool at_end) {
  const auto report_ref = [&](const char* code, std::string message) {
    report(Severity::Error, code, std::move(message), ref.pos, ref.pointer);
  };
  // Users, groups and actors are checked once every tenant is complete.
  const bool inside_tenant = ref.kind == RefKind::User || ref.kind == RefKind::SecurityGroup || ref.kind == RefKind::Actor;
  if (inside_tenant && !at_end) {
    pending_.push_back(std::move(ref));
    return;
  }
  std::string tenant_id = ref.owner;
  std::string member;
  if (ref.kind == RefKind::Actor) {
    if (ref.id == "system") return;
    const std::size_t slash = ref.id.find('/');
    if (slash == std::string::npos) {
      report_ref("invalid-actor", "actor " + quoted(ref.id) + " must be \"system\" or \"tenant-id/user-id\", e.g. \"contoso/alice\".");
      return;
    }
    tenant_id = ref.id.substr(0, slash);
    member = ref.id.substr(slash + 1);
  } else if (inside_tenant) {
    member = ref.id;
  }
  const std::string& wanted = inside_tenant ? tenant_id : ref.id;
  const Definition* def = find(inside_tenant ? RefKind::Tenant : ref.kind, wanted);
  if (!def) {
    if (!at_end) {
      pending_.push_back(std::move(ref));
      return;
    }
    const auto& map = map_for(inside_tenant ? RefKind::Tenant : ref.kind);
    std::string suggestion;
    if (map.size() <= 5000) {
      std::vector<std::string> ids;
      ids.reserve(map.size());
      for (const auto& entry : map) ids.push_back(entry.first);
      std::sort(ids.begin(), ids.end());  // deterministic suggestion
      suggestion = closest(wanted, ids);
    }
    const char* noun = "tenant (partner or customer)";
    switch (inside_tenant ? RefKind::Tenant : ref.kind) {
      case RefKind::Partner: noun = "partner"; break;
      case RefKind::IndirectProvider: noun = "indirect provider"; break;
      case RefKind::IndirectReseller: noun = "indirect reseller"; break;
      case RefKind::Customer: noun = "customer"; break;
      case RefKind::Service: noun = "service"; break;
      case RefKind::Subscription: noun = "subscription"; break;
      case RefKind::Gdap: noun = "GDAP relationship"; break;
      case RefKind::Event: noun = "event"; break;
      default: break;
    }
    report_ref("dangling-reference", std::string("no ") + noun + " has the id " + quoted(wanted) + "; define it first or fix the id." +
                                         did_you_mean(suggestion));
    return;
  }
  if (ambiguous_.count(wanted)) return;
  const bool is_partner = def->collection == Collection::Partners;
  const Partner* partner = is_partner ? &scenario.world.partners[def->index] : nullptr;
  const auto wrong_kind = [&](const char* needed) {
    const std::string label(is_partner ? partner_type_label(partner->type) : "customer");
    const std::string is = (label[0] == 'i' ? "an " : "a ") + label;
    report_ref("wrong-reference-kind", quoted(ref.id) + " is " + is + ", but " + needed + " is needed here.");
  };
  switch (ref.kind) {
    case RefKind::Partner: if (!is_partner) wrong_kind("a partner"); return;
    case RefKind::Customer: if (is_partner) wrong_kind("a customer"); return;
    case RefKind::IndirectProvider:
      if (!is_partner || partner->type != PartnerType::IndirectProvider) wrong_kind("an indirect provider");
      return;
    case RefKind::IndirectReseller:
      if (!is_partner || partner->type != PartnerType::IndirectReseller) wrong_kind("an indirect reseller");
      return;
    case RefKind::User:
    case RefKind::Actor: {
      const auto& users = is_partner ? partner->users : scenario.world.customers[def->index].users;
      if (!find_user(users, member)) {
        std::vector<std::string> ids;
        for (const User& u : users) ids.push_back(u.id);
        report_ref("dangling-reference", "tenant " + quoted(tenant_id) + " has no user " + quoted(member) + "." + did_you_mean(closest(member, ids)));
      }
      return;
    }
    case RefKind::SecurityGroup: {
      if (!is_partner) {
        wrong_kind("a partner (security groups live in partner tenants)");
        return;
      }
      std::vector<std::string> ids;
      for (const SecurityGroup& g : partner->security_groups) ids.push_back(g.id);
      if (std::find(ids.begin(), ids.end(), member) == ids.end())
        report_ref("dangling-reference", "partner " + quoted(tenant_id) + " has no security group " + quoted(member) + "." + did_you_mean(closest(member, ids)));
      return;
    }
    default: return;  // Tenant, Service, Subscription, Gdap, Event: existence was the check
  }
}

// ---------------------------------------------------------------------------------------------
// Writing: the canonical form is the field tables' member order, 2-space indentation and a final newline.

class Saver {
 public:
  JsonWriter out{true};

  void text(const char* key, const std::string& value) {
    out.key(key);
    out.value(value);
  }
  void text_if(const char* key, const std::string& value) {
    if (!value.empty()) text(key, value);
  }
  void texts(const char* key, const std::vector<std::string>& values) {
    out.key(key);
    out.begin_array();
    for (const std::string& v : values) out.value(v);
    out.end_array();
  }
  void texts_if(const char* key, const std::vector<std::string>& values) {
    if (!values.empty()) texts(key, values);
  }
  void integer(const char* key, std::int64_t value) {
    out.key(key);
    out.value(value);
  }
  void boolean(const char* key, bool value) {
    out.key(key);
    out.value(value);
  }
  void boolean_if(const char* key, bool value, bool default_value) {
    if (value != default_value) boolean(key, value);
  }
  void time(const char* key, Timestamp t) {
    out.key(key);
    out.value(format_timestamp(t));
  }
  void time_if(const char* key, const std::optional<Timestamp>& t) {
    if (t) time(key, *t);
  }
  template <class E> void enumeration(const char* key, E value) {
    out.key(key);
    out.value(to_name(value));
  }
  template <class E> void enumeration_if(const char* key, E value, E default_value) {
    if (value != default_value) enumeration(key, value);
  }
  template <class E> void enumeration_if(const char* key, const std::optional<E>& value) {
    if (value) enumeration(key, *value);
  }
  template <class E> void enumerations_if(const char* key, const std::vector<E>& values) {
    if (values.empty()) return;
    out.key(key);
    out.begin_array();
    for (const E v : values) out.value(to_name(v));
    out.end_array();
  }
  void param_value(const ParamValue& value) {
    if (const auto* s = std::get_if<std::string>(&value)) out.value(*s);
    else if (const auto* n = std::get_if<std::int64_t>(&value)) out.value(*n);
    else if (const auto* b = std::get_if<bool>(&value)) out.value(*b);
    else {
      out.begin_array();
      for (const std::string& item : std::get<std::vector<std::string>>(value)) out.value(item);
      out.end_array();
    }
  }
  void param(const char* key, const ParamValue& value) {
    out.key(key);
    param_value(value);
  }
  void params_if(const char* key, const EventParams& params) {
    if (params.empty()) return;
    out.key(key);
    out.begin_object();
    for (const auto& [name, value] : params) {  // std::map: sorted names, a stable order
      out.key(name);
      param_value(value);
    }
    out.end_object();
  }
  template <class T, std::size_t N> void members(const T& value, const Field<T> (&fields)[N]) {
    out.begin_object();
    for (const Field<T>& field : fields) field.write(*this, value);
    out.end_object();
  }
  template <class T, std::size_t N> void object(const char* key, const T& value, const Field<T> (&fields)[N]) {
    out.key(key);
    members(value, fields);
  }
  template <class T, std::size_t N> void objects_if(const char* key, const std::vector<T>& values, const Field<T> (&fields)[N]) {
    if (values.empty()) return;
    out.key(key);
    out.begin_array();
    for (const T& v : values) members(v, fields);
    out.end_array();
  }
};

// ---------------------------------------------------------------------------------------------
// Field tables, one per JSON object. Order here is the canonical order of members on export.

const Field<User> kPartnerUserFields[] = {
    {"id", true, [](Loader& L, User& u) { L.id(u.id, "a user id"); },
     [](Saver& S, const User& x) { S.text("id", x.id); }},
    {"name", false, [](Loader& L, User& u) { L.text(u.name, "a user name"); },
     [](Saver& S, const User& x) { S.text_if("name", x.name); }},
    {"email", false, [](Loader& L, User& u) { L.text(u.email, "an email"); },
     [](Saver& S, const User& x) { S.text_if("email", x.email); }},
    {"roles", false, [](Loader& L, User& u) { L.enumerations(u.partner_roles, "a partner user's role"); },
     [](Saver& S, const User& x) { S.enumerations_if("roles", x.partner_roles); }},
};
const Field<User> kCustomerUserFields[] = {
    {"id", true, [](Loader& L, User& u) { L.id(u.id, "a user id"); },
     [](Saver& S, const User& x) { S.text("id", x.id); }},
    {"name", false, [](Loader& L, User& u) { L.text(u.name, "a user name"); },
     [](Saver& S, const User& x) { S.text_if("name", x.name); }},
    {"email", false, [](Loader& L, User& u) { L.text(u.email, "an email"); },
     [](Saver& S, const User& x) { S.text_if("email", x.email); }},
    {"roles", false, [](Loader& L, User& u) { L.enumerations(u.customer_roles, "a customer user's role"); },
     [](Saver& S, const User& x) { S.enumerations_if("roles", x.customer_roles); }},
};

// Users are checked for unique ids within their tenant.
void read_users(Loader& L, std::vector<User>& users, bool partner_tenant) {
  std::unordered_map<std::string, TextPos> seen;
  L.array(users, "users", [&](User& user) {
    const TextPos pos = L.next_pos();
    if (partner_tenant) L.object(user, kPartnerUserFields, "a partner user");
    else L.object(user, kCustomerUserFields, "a customer user");
    if (user.id.empty()) return;
    const auto [it, inserted] = seen.try_emplace(user.id, pos);
    if (!inserted)
      L.error_at(pos, "duplicate-id", "user id " + quoted(user.id) + " is used twice in this tenant; the first is at " + L.where(it->second) + ".");
  });
}

const Field<SecurityGroup> kSecurityGroupFields[] = {
    {"id", true, [](Loader& L, SecurityGroup& g) { L.id(g.id, "a security group id"); },
     [](Saver& S, const SecurityGroup& x) { S.text("id", x.id); }},
    {"name", false, [](Loader& L, SecurityGroup& g) { L.text(g.name, "a security group name"); },
     [](Saver& S, const SecurityGroup& x) { S.text_if("name", x.name); }},
    {"members", false, [](Loader& L, SecurityGroup& g) {
       // Members are users of the enclosing partner; the loader records the owner before reading groups.
       L.array(g.members, "members", [&](std::string& m) { L.id(m, "a member (user id)"); });
     },
     [](Saver& S, const SecurityGroup& x) { S.texts_if("members", x.members); }},
};

const Field<Partner> kPartnerFields[] = {
    {"id", true, [](Loader& L, Partner& p) { L.id(p.id, "a partner id"); },
     [](Saver& S, const Partner& x) { S.text("id", x.id); }},
    {"name", true, [](Loader& L, Partner& p) { L.text(p.name, "a partner name"); },
     [](Saver& S, const Partner& x) { S.text("name", x.name); }},
    {"type", true, [](Loader& L, Partner& p) { L.enumeration(p.type, "a partner type"); },
     [](Saver& S, const Partner& x) { S.enumeration("type", x.type); }},
    {"region", true, [](Loader& L, Partner& p) { L.text(p.region, "a region"); },
     [](Saver& S, const Partner& x) { S.text("region", x.region); }},
    {"cloud", false, [](Loader& L, Partner& p) { L.enumeration(p.cloud, "a cloud"); },
     [](Saver& S, const Partner& x) { S.enumeration_if("cloud", x.cloud); }},
    {"mpn_id", false, [](Loader& L, Partner& p) { L.text(p.mpn_id, "an MPN id"); },
     [](Saver& S, const Partner& x) { S.text_if("mpn_id", x.mpn_id); }},
    {"users", false, [](Loader& L, Partner& p) { read_users(L, p.users, true); },
     [](Saver& S, const Partner& x) { S.objects_if("users", x.users, kPartnerUserFields); }},
    {"security_groups", false, [](Loader& L, Partner& p) {
       L.array(p.security_groups, "security_groups", [&](SecurityGroup& g) { L.object(g, kSecurityGroupFields, "a security group"); });
     },
     [](Saver& S, const Partner& x) { S.objects_if("security_groups", x.security_groups, kSecurityGroupFields); }},
};

const Field<Customer> kCustomerFields[] = {
    {"id", true, [](Loader& L, Customer& c) { L.id(c.id, "a customer id"); },
     [](Saver& S, const Customer& x) { S.text("id", x.id); }},
    {"name", true, [](Loader& L, Customer& c) { L.text(c.name, "a customer name"); },
     [](Saver& S, const Customer& x) { S.text("name", x.name); }},
    {"domain", false, [](Loader& L, Customer& c) { L.text(c.domain, "a domain"); },
     [](Saver& S, const Customer& x) { S.text_if("domain", x.domain); }},
    {"region", true, [](Loader& L, Customer& c) { L.text(c.region, "a region"); },
     [](Saver& S, const Customer& x) { S.text("region", x.region); }},
    {"cloud", false, [](Loader& L, Customer& c) { L.enumeration(c.cloud, "a cloud"); },
     [](Saver& S, const Customer& x) { S.enumeration_if("cloud", x.cloud); }},
    {"users", false, [](Loader& L, Customer& c) { read_users(L, c.users, false); },
     [](Saver& S, const Customer& x) { S.objects_if("users", x.users, kCustomerUserFields); }},
};

const Field<Service> kServiceFields[] = {
    {"id", true, [](Loader& L, Service& s) { L.id(s.id, "a service id"); },
     [](Saver& S, const Service& x) { S.text("id", x.id); }},
    {"name", true, [](Loader& L, Service& s) { L.text(s.name, "a service name"); },
     [](Saver& S, const Service& x) { S.text("name", x.name); }},
    {"kind", false, [](Loader& L, Service& s) { L.enumeration(s.kind, "a service kind"); },
     [](Saver& S, const Service& x) { S.enumeration_if("kind", x.kind, ServiceKind::License); }},
    {"family", false, [](Loader& L, Service& s) { L.text(s.family, "a service family"); },
     [](Saver& S, const Service& x) { S.text_if("family", x.family); }},
    {"includes", false, [](Loader& L, Service& s) { L.texts(s.includes, "an included capability"); },
     [](Saver& S, const Service& x) { S.texts_if("includes", x.includes); }},
    {"upgrades_to", false, [](Loader& L, Service& s) { L.references(s.upgrades_to, RefKind::Service, "an upgrade target (service id)"); },
     [](Saver& S, const Service& x) { S.texts_if("upgrades_to", x.upgrades_to); }},
};

const Field<Subscription> kSubscriptionFields[] = {
    {"id", true, [](Loader& L, Subscription& s) { L.id(s.id, "a subscription id"); },
     [](Saver& S, const Subscription& x) { S.text("id", x.id); }},
    {"customer", true, [](Loader& L, Subscription& s) { L.reference(s.customer, RefKind::Customer, "customer"); },
     [](Saver& S, const Subscription& x) { S.text("customer", x.customer); }},
    {"service", true, [](Loader& L, Subscription& s) { L.reference(s.service, RefKind::Service, "service"); },
     [](Saver& S, const Subscription& x) { S.text("service", x.service); }},
    {"channel", false, [](Loader& L, Subscription& s) { L.enumeration(s.channel, "a channel"); },
     [](Saver& S, const Subscription& x) { S.enumeration("channel", x.channel); }},
    {"partner_of_record", false, [](Loader& L, Subscription& s) { L.reference(s.partner_of_record, RefKind::Partner, "partner_of_record"); },
     [](Saver& S, const Subscription& x) { S.text_if("partner_of_record", x.partner_of_record); }},
    {"reseller_of_record", false, [](Loader& L, Subscription& s) { L.reference(s.reseller_of_record, RefKind::IndirectReseller, "reseller_of_record"); },
     [](Saver& S, const Subscription& x) { S.text_if("reseller_of_record", x.reseller_of_record); }},
    {"quantity", false, [](Loader& L, Subscription& s) { L.integer(s.quantity, "quantity", 0, 10'000'000); },
     [](Saver& S, const Subscription& x) { S.integer("quantity", x.quantity); }},
    {"status", false, [](Loader& L, Subscription& s) { L.enumeration(s.status, "a subscription status"); },
     [](Saver& S, const Subscription& x) { S.enumeration("status", x.status); }},
    {"start", false, [](Loader& L, Subscription& s) { L.time(s.start, "start"); },
     [](Saver& S, const Subscription& x) { S.time_if("start", x.start); }},
    {"end", false, [](Loader& L, Subscription& s) { L.time(s.end, "end"); },
     [](Saver& S, const Subscription& x) { S.time_if("end", x.end); }},
    {"suspended_at", false, [](Loader& L, Subscription& s) { L.time(s.suspended_at, "suspended_at"); },
     [](Saver& S, const Subscription& x) { S.time_if("suspended_at", x.suspended_at); }},
    {"billing_cycle", false, [](Loader& L, Subscription& s) { L.enumeration(s.billing_cycle, "a billing cycle"); },
     [](Saver& S, const Subscription& x) { S.enumeration_if("billing_cycle", x.billing_cycle, BillingCycle::Monthly); }},
    {"auto_renew", false, [](Loader& L, Subscription& s) { L.boolean(s.auto_renew, "auto_renew"); },
     [](Saver& S, const Subscription& x) { S.boolean_if("auto_renew", x.auto_renew, true); }},
};

const Field<ResellerRelationship> kResellerRelationshipFields[] = {
    {"partner", true, [](Loader& L, ResellerRelationship& r) { L.reference(r.partner, RefKind::Partner, "partner"); },
     [](Saver& S, const ResellerRelationship& x) { S.text("partner", x.partner); }},
    {"customer", true, [](Loader& L, ResellerRelationship& r) { L.reference(r.customer, RefKind::Customer, "customer"); },
     [](Saver& S, const ResellerRelationship& x) { S.text("customer", x.customer); }},
    {"since", false, [](Loader& L, ResellerRelationship& r) { L.time(r.since, "since"); },
     [](Saver& S, const ResellerRelationship& x) { S.time_if("since", x.since); }},
};

const Field<DelegatedAdminGrant> kDelegatedAdminFields[] = {
    {"partner", true, [](Loader& L, DelegatedAdminGrant& g) { L.reference(g.partner, RefKind::Partner, "partner"); },
     [](Saver& S, const DelegatedAdminGrant& x) { S.text("partner", x.partner); }},
    {"customer", true, [](Loader& L, DelegatedAdminGrant& g) { L.reference(g.customer, RefKind::Customer, "customer"); },
     [](Saver& S, const DelegatedAdminGrant& x) { S.text("customer", x.customer); }},
    {"services", false, [](Loader& L, DelegatedAdminGrant& g) { L.references(g.services, RefKind::Service, "a service id"); },
     [](Saver& S, const DelegatedAdminGrant& x) { S.texts_if("services", x.services); }},
    {"since", false, [](Loader& L, DelegatedAdminGrant& g) { L.time(g.since, "since"); },
     [](Saver& S, const DelegatedAdminGrant& x) { S.time_if("since", x.since); }},
    {"last_used", false, [](Loader& L, DelegatedAdminGrant& g) { L.time(g.last_used, "last_used"); },
     [](Saver& S, const DelegatedAdminGrant& x) { S.time_if("last_used", x.last_used); }},
    {"flagged_inactive", false, [](Loader& L, DelegatedAdminGrant& g) { L.boolean(g.flagged_inactive, "flagged_inactive"); },
     [](Saver& S, const DelegatedAdminGrant& x) { S.boolean_if("flagged_inactive", x.flagged_inactive, false); }},
};

const Field<AccessAssignment> kAccessAssignmentFields[] = {
    {"id", true, [](Loader& L, AccessAssignment& a) { L.id(a.id, "an access assignment id"); },
     [](Saver& S, const AccessAssignment& x) { S.text("id", x.id); }},
    {"security_group", true, [](Loader& L, AccessAssignment& a) { L.id(a.security_group, "security_group"); },
     [](Saver& S, const AccessAssignment& x) { S.text("security_group", x.security_group); }},
    {"roles", true, [](Loader& L, AccessAssignment& a) { L.texts(a.roles, "a role"); },
     [](Saver& S, const AccessAssignment& x) { S.texts("roles", x.roles); }},
    {"status", false, [](Loader& L, AccessAssignment& a) { L.enumeration(a.status, "an access assignment status"); },
     [](Saver& S, const AccessAssignment& x) { S.enumeration("status", x.status); }},
};

const Field<GdapRelationship> kGdapFields[] = {
    {"id", true, [](Loader& L, GdapRelationship& g) { L.id(g.id, "a GDAP relationship id"); },
     [](Saver& S, const GdapRelationship& x) { S.text("id", x.id); }},
    {"partner", true, [](Loader& L, GdapRelationship& g) { L.reference(g.partner, RefKind::Partner, "partner"); },
     [](Saver& S, const GdapRelationship& x) { S.text("partner", x.partner); }},
    {"customer", true, [](Loader& L, GdapRelationship& g) { L.reference(g.customer, RefKind::Customer, "customer"); },
     [](Saver& S, const GdapRelationship& x) { S.text("customer", x.customer); }},
    {"display_name", true, [](Loader& L, GdapRelationship& g) { L.text(g.display_name, "display_name"); },
     [](Saver& S, const GdapRelationship& x) { S.text("display_name", x.display_name); }},
    {"duration_days", false, [](Loader& L, GdapRelationship& g) {
       std::int64_t days = g.duration_days;
       L.integer(days, "duration_days", 1, 730);  // P1D..P2Y (R-GDAP-2)
       g.duration_days = static_cast<std::int32_t>(days);
     },
     [](Saver& S, const GdapRelationship& x) { S.integer("duration_days", x.duration_days); }},
    {"status", false, [](Loader& L, GdapRelationship& g) { L.enumeration(g.status, "a GDAP status"); },
     [](Saver& S, const GdapRelationship& x) { S.enumeration("status", x.status); }},
    {"roles", true, [](Loader& L, GdapRelationship& g) { L.texts(g.roles, "a role"); },
     [](Saver& S, const GdapRelationship& x) { S.texts("roles", x.roles); }},
    {"auto_extend", false, [](Loader& L, GdapRelationship& g) { L.boolean(g.auto_extend, "auto_extend"); },
     [](Saver& S, const GdapRelationship& x) { S.boolean("auto_extend", x.auto_extend); }},
    {"indirect_provider", false, [](Loader& L, GdapRelationship& g) { L.reference(g.indirect_provider, RefKind::IndirectProvider, "indirect_provider"); },
     [](Saver& S, const GdapRelationship& x) { S.text_if("indirect_provider", x.indirect_provider); }},
    {"created", false, [](Loader& L, GdapRelationship& g) { L.time(g.created, "created"); },
     [](Saver& S, const GdapRelationship& x) { S.time_if("created", x.created); }},
    {"requested", false, [](Loader& L, GdapRelationship& g) { L.time(g.requested, "requested"); },
     [](Saver& S, const GdapRelationship& x) { S.time_if("requested", x.requested); }},
    {"activated", false, [](Loader& L, GdapRelationship& g) { L.time(g.activated, "activated"); },
     [](Saver& S, const GdapRelationship& x) { S.time_if("activated", x.activated); }},
    {"end", false, [](Loader& L, GdapRelationship& g) { L.time(g.end, "end"); },
     [](Saver& S, const GdapRelationship& x) { S.time_if("end", x.end); }},
    {"notices_sent", false, [](Loader& L, GdapRelationship& g) {
       std::int64_t n = g.notices_sent;
       L.integer(n, "notices_sent", 0, 3);
       g.notices_sent = static_cast<std::int32_t>(n);
     },
     [](Saver& S, const GdapRelationship& x) { if (x.notices_sent) S.integer("notices_sent", x.notices_sent); }},
    {"access_assignments", false, [](Loader& L, GdapRelationship& g) {
       L.array(g.access_assignments, "access_assignments", [&](AccessAssignment& a) { L.object(a, kAccessAssignmentFields, "an access assignment"); });
     },
     [](Saver& S, const GdapRelationship& x) { S.objects_if("access_assignments", x.access_assignments, kAccessAssignmentFields); }},
};

const Field<Partnership> kPartnershipFields[] = {
    {"provider", true, [](Loader& L, Partnership& p) { L.reference(p.provider, RefKind::IndirectProvider, "provider"); },
     [](Saver& S, const Partnership& x) { S.text("provider", x.provider); }},
    {"reseller", true, [](Loader& L, Partnership& p) { L.reference(p.reseller, RefKind::IndirectReseller, "reseller"); },
     [](Saver& S, const Partnership& x) { S.text("reseller", x.reseller); }},
    {"since", false, [](Loader& L, Partnership& p) { L.time(p.since, "since"); },
     [](Saver& S, const Partnership& x) { S.time_if("since", x.since); }},
};

const Field<Invitation> kInvitationFields[] = {
    {"id", true, [](Loader& L, Invitation& i) { L.id(i.id, "an invitation id"); },
     [](Saver& S, const Invitation& x) { S.text("id", x.id); }},
    {"kind", true, [](Loader& L, Invitation& i) { L.enumeration(i.kind, "an invitation kind"); },
     [](Saver& S, const Invitation& x) { S.enumeration("kind", x.kind); }},
    {"partner", true, [](Loader& L, Invitation& i) { L.reference(i.partner, RefKind::Partner, "partner"); },
     [](Saver& S, const Invitation& x) { S.text("partner", x.partner); }},
    {"include_dap", false, [](Loader& L, Invitation& i) { L.boolean(i.include_dap, "include_dap"); },
     [](Saver& S, const Invitation& x) { S.boolean("include_dap", x.include_dap); }},
    {"gdap_relationship", false, [](Loader& L, Invitation& i) { L.reference(i.gdap_relationship, RefKind::Gdap, "gdap_relationship"); },
     [](Saver& S, const Invitation& x) { S.text_if("gdap_relationship", x.gdap_relationship); }},
    {"provider", false, [](Loader& L, Invitation& i) { L.reference(i.provider, RefKind::IndirectProvider, "provider"); },
     [](Saver& S, const Invitation& x) { S.text_if("provider", x.provider); }},
    {"accepted_by", false, [](Loader& L, Invitation& i) { L.references(i.accepted_by, RefKind::Tenant, "a tenant id"); },
     [](Saver& S, const Invitation& x) { S.texts_if("accepted_by", x.accepted_by); }},
};

const Field<Transfer> kTransferFields[] = {
    {"id", true, [](Loader& L, Transfer& t) { L.id(t.id, "a transfer id"); },
     [](Saver& S, const Transfer& x) { S.text("id", x.id); }},
    {"customer", true, [](Loader& L, Transfer& t) { L.reference(t.customer, RefKind::Customer, "customer"); },
     [](Saver& S, const Transfer& x) { S.text("customer", x.customer); }},
    {"source_partner", true, [](Loader& L, Transfer& t) { L.reference(t.source_partner, RefKind::Partner, "source_partner"); },
     [](Saver& S, const Transfer& x) { S.text("source_partner", x.source_partner); }},
    {"target_partner", true, [](Loader& L, Transfer& t) { L.reference(t.target_partner, RefKind::Partner, "target_partner"); },
     [](Saver& S, const Transfer& x) { S.text("target_partner", x.target_partner); }},
    {"subscriptions", false, [](Loader& L, Transfer& t) { L.references(t.subscriptions, RefKind::Subscription, "a subscription id"); },
     [](Saver& S, const Transfer& x) { S.texts_if("subscriptions", x.subscriptions); }},
    {"status", false, [](Loader& L, Transfer& t) { L.enumeration(t.status, "a transfer status"); },
     [](Saver& S, const Transfer& x) { S.enumeration("status", x.status); }},
    {"created", false, [](Loader& L, Transfer& t) { L.time(t.created, "created"); },
     [](Saver& S, const Transfer& x) { S.time_if("created", x.created); }},
};

// One element of a collection with ids: each entity registers its id as it completes.
template <class T, std::size_t N>
void collection_item(Loader& L, std::vector<T>& items, Collection collection, const Field<T> (&fields)[N], const char* what,
                     void (*check)(Loader&, const T&, const Members<N>&) = nullptr) {
  T& item = items.emplace_back();
  L.object(item, fields, what, [&](const Members<N>& members) {
    {
      Loader::Segment at_id(L, "id");
      L.define(collection, item.id, static_cast<std::uint32_t>(items.size() - 1), members.pos("id"));
    }
    if (check) check(L, item, members);
  });
}

template <class T, std::size_t N> void plain_item(Loader& L, std::vector<T>& items, const Field<T> (&fields)[N], const char* what) {
  L.object(items.emplace_back(), fields, what);
}

template <std::size_t N> void check_partner(Loader& L, const Partner& p, const Members<N>& m) {
  // Group members must be users of this partner; checked at the end with the other in-tenant references.
  for (std::size_t g = 0; g < p.security_groups.size(); ++g)
    for (std::size_t k = 0; k < p.security_groups[g].members.size(); ++k) {
      Loader::Segment a(L, "security_groups"), b(L, g), c(L, "members"), d(L, k);
      L.check_reference(PendingRef{RefKind::User, p.security_groups[g].members[k], p.id, m.pos("security_groups"), L.pointer}, false);
    }
}

template <std::size_t N> void check_subscription(Loader& L, const Subscription& s, const Members<N>& m) {
  if (s.channel == Channel::Csp && s.partner_of_record.empty())
    L.error_at(m.start, "missing-field", "a CSP subscription needs \"partner_of_record\" (the partner that sold it).");
  if (s.channel != Channel::Csp && s.channel != Channel::Advisor && !s.partner_of_record.empty()) {
    Loader::Segment f(L, "partner_of_record");
    L.error_at(m.pos("partner_of_record"), "inconsistent-fields",
               "a subscription bought through channel \"" + std::string(to_name(s.channel)) +
                   "\" has no partner of record; remove partner_of_record or set channel to \"csp\".");
  }
  if (!s.reseller_of_record.empty() && s.channel != Channel::Csp) {
    Loader::Segment f(L, "reseller_of_record");
    L.error_at(m.pos("reseller_of_record"), "inconsistent-fields", "only CSP subscriptions have a reseller of record.");
  } else if (!s.reseller_of_record.empty() && !s.partner_of_record.empty()) {
    // Two-tier: the provider sells and names the reseller (R-IND-6), so the partner of record is a provider.
    Loader::Segment f(L, "partner_of_record");
    L.check_reference(PendingRef{RefKind::IndirectProvider, s.partner_of_record, {}, m.pos("partner_of_record"), L.pointer}, false);
  }
  if (s.start && s.end && *s.end < *s.start) {
    Loader::Segment f(L, "end");
    L.error_at(m.pos("end"), "invalid-range", "the subscription ends (" + format_timestamp(*s.end) + ") before it starts (" + format_timestamp(*s.start) + ").");
  }
  if (s.suspended_at && s.status != SubscriptionStatus::Suspended) {
    Loader::Segment f(L, "suspended_at");
    L.error_at(m.pos("suspended_at"), "inconsistent-fields", "suspended_at is set but the status is \"" + std::string(to_name(s.status)) + "\"; remove it or set status to \"suspended\".");
  }
}

template <std::size_t N> void check_gdap(Loader& L, const GdapRelationship& g, const Members<N>& m) {
  const std::size_t characters = utf8_length(g.display_name);  // Graph's limit counts characters, not bytes
  if (characters > 50) {
    Loader::Segment f(L, "display_name");
    L.error_at(m.pos("display_name"), "value-too-long", "a GDAP display name has at most 50 characters (R-GDAP-2); this one has " + std::to_string(characters) + ".");
  }
  for (std::size_t i = 0; i < g.access_assignments.size(); ++i) {
    Loader::Segment a(L, "access_assignments"), b(L, i), c(L, "security_group");
    L.check_reference(PendingRef{RefKind::SecurityGroup, g.access_assignments[i].security_group, g.partner, m.pos("access_assignments"), L.pointer}, false);
  }
}

template <std::size_t N> void check_invitation(Loader& L, const Invitation& i, const Members<N>& m) {
  if (i.kind == InvitationKind::Gdap && i.gdap_relationship.empty())
    L.error_at(m.start, "missing-field", "a GDAP invitation needs \"gdap_relationship\" (the link carries the relationship id).");
}

template <std::size_t N> void check_transfer(Loader& L, const Transfer& t, const Members<N>& m) {
  if (!t.source_partner.empty() && t.source_partner == t.target_partner) {
    Loader::Segment f(L, "target_partner");
    L.error_at(m.pos("target_partner"), "inconsistent-fields", "a transfer moves subscriptions between two different partners; source and target are both " + quoted(t.source_partner) + ".");
  }
}

// The world's lists, read one element at a time by both the one-pass load and the incremental one.
struct WorldList {
  std::string_view field;
  const char* noun;  // in "… must be an array"
  void (*read_item)(Loader&, World&);
};
const WorldList kWorldLists[] = {
    {"services", "service", [](Loader& L, World& w) { collection_item(L, w.services, Collection::Services, kServiceFields, "a service"); }},
    {"partners", "partner", [](Loader& L, World& w) { collection_item(L, w.partners, Collection::Partners, kPartnerFields, "a partner", check_partner); }},
    {"customers", "customer", [](Loader& L, World& w) { collection_item(L, w.customers, Collection::Customers, kCustomerFields, "a customer"); }},
    {"subscriptions", "subscription", [](Loader& L, World& w) { collection_item(L, w.subscriptions, Collection::Subscriptions, kSubscriptionFields, "a subscription", check_subscription); }},
    {"reseller_relationships", "a reseller relationship", [](Loader& L, World& w) { plain_item(L, w.reseller_relationships, kResellerRelationshipFields, "a reseller relationship"); }},
    {"delegated_admin", "a delegated admin grant", [](Loader& L, World& w) { plain_item(L, w.delegated_admin, kDelegatedAdminFields, "a delegated admin grant"); }},
    {"gdap_relationships", "GDAP relationship", [](Loader& L, World& w) { collection_item(L, w.gdap_relationships, Collection::Gdap, kGdapFields, "a GDAP relationship", check_gdap); }},
    {"partnerships", "a provider-reseller partnership", [](Loader& L, World& w) { plain_item(L, w.partnerships, kPartnershipFields, "a provider-reseller partnership"); }},
    {"invitations", "invitation", [](Loader& L, World& w) { collection_item(L, w.invitations, Collection::Invitations, kInvitationFields, "an invitation", check_invitation); }},
    {"transfers", "transfer", [](Loader& L, World& w) { collection_item(L, w.transfers, Collection::Transfers, kTransferFields, "a transfer", check_transfer); }},
};

const WorldList* find_world_list(std::string_view field) {
  for (const WorldList& list : kWorldLists)
    if (list.field == field) return &list;
  return nullptr;
}

void read_world_list(Loader& L, World& w, std::string_view field) {
  const WorldList& list = *find_world_list(field);
  if (!L.array_open(list.noun)) return;
  std::size_t index = 0;
  while (L.array_next(index, [&] { list.read_item(L, w); })) {
  }
}

const Field<World> kWorldFields[] = {
    {"clock", true, [](Loader& L, World& w) {
       std::optional<Timestamp> t;
       L.time(t, "clock");
       if (t) w.clock = *t;
     },
     [](Saver& S, const World& x) { S.time("clock", x.clock); }},
    {"services", false, [](Loader& L, World& w) { read_world_list(L, w, "services"); },
     [](Saver& S, const World& x) { S.objects_if("services", x.services, kServiceFields); }},
    {"partners", false, [](Loader& L, World& w) { read_world_list(L, w, "partners"); },
     [](Saver& S, const World& x) { S.objects_if("partners", x.partners, kPartnerFields); }},
    {"customers", false, [](Loader& L, World& w) { read_world_list(L, w, "customers"); },
     [](Saver& S, const World& x) { S.objects_if("customers", x.customers, kCustomerFields); }},
    {"subscriptions", false, [](Loader& L, World& w) { read_world_list(L, w, "subscriptions"); },
     [](Saver& S, const World& x) { S.objects_if("subscriptions", x.subscriptions, kSubscriptionFields); }},
    {"reseller_relationships", false, [](Loader& L, World& w) { read_world_list(L, w, "reseller_relationships"); },
     [](Saver& S, const World& x) { S.objects_if("reseller_relationships", x.reseller_relationships, kResellerRelationshipFields); }},
    {"delegated_admin", false, [](Loader& L, World& w) { read_world_list(L, w, "delegated_admin"); },
     [](Saver& S, const World& x) { S.objects_if("delegated_admin", x.delegated_admin, kDelegatedAdminFields); }},
    {"gdap_relationships", false, [](Loader& L, World& w) { read_world_list(L, w, "gdap_relationships"); },
     [](Saver& S, const World& x) { S.objects_if("gdap_relationships", x.gdap_relationships, kGdapFields); }},
    {"partnerships", false, [](Loader& L, World& w) { read_world_list(L, w, "partnerships"); },
     [](Saver& S, const World& x) { S.objects_if("partnerships", x.partnerships, kPartnershipFields); }},
    {"invitations", false, [](Loader& L, World& w) { read_world_list(L, w, "invitations"); },
     [](Saver& S, const World& x) { S.objects_if("invitations", x.invitations, kInvitationFields); }},
    {"transfers", false, [](Loader& L, World& w) { read_world_list(L, w, "transfers"); },
     [](Saver& S, const World& x) { S.objects_if("transfers", x.transfers, kTransferFields); }},
};

// ---- events and expectations

void read_param(Loader& L, ParamValue& value) {
  switch (L.reader.peek()) {
    case JsonType::String: value = std::string(L.reader.read_string()); return;
    case JsonType::Bool: value = L.reader.read_bool(); return;
    case JsonType::Number: {
      std::int64_t n = 0;
      L.integer(n, "a parameter", INT64_MIN, INT64_MAX);
      value = n;
      return;
    }
    case JsonType::Array: {
      std::vector<std::string> list;
      L.texts(list, "an element of a parameter list");
      value = std::move(list);
      return;
    }
    case JsonType::Invalid: return;
    default:
      L.error("wrong-type", "a parameter must be a string, a whole number, true/false or a list of strings.");
      L.reader.skip_value();
  }
}

void read_params(Loader& L, EventParams& params, const char* what) {
  if (!L.expect(JsonType::Object, what)) return;
  L.reader.begin_object();
  std::string_view key;
  while (L.reader.next_key(key)) {
    const TextPos key_pos = L.reader.key_position();
    std::string name(key);
    Loader::Segment segment(L, name);
    const auto [it, inserted] = params.try_emplace(name);
    if (!inserted) {
      L.error_at(key_pos, "duplicate-field", "parameter " + quoted(name) + " appears twice; keep one.");
      L.reader.skip_value();
      continue;
    }
    read_param(L, it->second);
  }
}

const Field<Lesson> kLessonFields[] = {
    {"text", true, [](Loader& L, Lesson& l) { L.text(l.text, "lesson text"); },
     [](Saver& S, const Lesson& x) { S.text("text", x.text); }},
    {"rule", false, [](Loader& L, Lesson& l) { L.text(l.rule, "a rule id"); },
     [](Saver& S, const Lesson& x) { S.text_if("rule", x.rule); }},
};

const Field<Event> kEventFields[] = {
    {"id", true, [](Loader& L, Event& e) { L.id(e.id, "an event id"); },
     [](Saver& S, const Event& x) { S.text("id", x.id); }},
    {"time", false, [](Loader& L, Event& e) { L.time(e.time, "time"); },
     [](Saver& S, const Event& x) { S.time_if("time", x.time); }},
    {"actor", true, [](Loader& L, Event& e) {
       const TextPos pos = L.next_pos();
       L.text(e.actor, "actor");
       if (!e.actor.empty()) L.check_reference(PendingRef{RefKind::Actor, e.actor, {}, pos, L.pointer}, false);
     },
     [](Saver& S, const Event& x) { S.text("actor", x.actor); }},
    {"action", true, [](Loader& L, Event& e) { L.id(e.action, "action"); },
     [](Saver& S, const Event& x) { S.text("action", x.action); }},
    {"params", false, [](Loader& L, Event& e) { read_params(L, e.params, "params"); },
     [](Saver& S, const Event& x) { S.params_if("params", x.params); }},
    {"lesson", false, [](Loader& L, Event& e) {
       e.lesson.emplace();
       L.object(*e.lesson, kLessonFields, "a lesson");
     },
     [](Saver& S, const Event& x) { if (x.lesson) S.object("lesson", *x.lesson, kLessonFields); }},
};

const Field<StateCheck> kStateCheckFields[] = {
    {"path", true, [](Loader& L, StateCheck& s) {
       const TextPos pos = L.next_pos();
       L.text(s.path, "path");
       if (!s.path.empty() && s.path[0] != '/')
         L.error_at(pos, "invalid-value", "a state path starts with '/', like \"/subscriptions/sub-1/partner_of_record\".");
     },
     [](Saver& S, const StateCheck& x) { S.text("path", x.path); }},
    {"equals", false, [](Loader& L, StateCheck& s) {
       s.equals.emplace();
       read_param(L, *s.equals);
     },
     [](Saver& S, const StateCheck& x) { if (x.equals) S.param("equals", *x.equals); }},
    {"exists", false, [](Loader& L, StateCheck& s) {
       bool b = true;
       L.boolean(b, "exists");
       s.exists = b;
     },
     [](Saver& S, const StateCheck& x) { if (x.exists) S.boolean("exists", *x.exists); }},
};

const Field<Expectation> kExpectationFields[] = {
    {"after", true, [](Loader& L, Expectation& x) { L.reference(x.after, RefKind::Event, "after (an event id)"); },
     [](Saver& S, const Expectation& x) { S.text("after", x.after); }},
    {"decision", false, [](Loader& L, Expectation& x) {
       Decision d = Decision::Applied;
       L.enumeration(d, "a decision");
       x.decision = d;
     },
     [](Saver& S, const Expectation& x) { S.enumeration_if("decision", x.decision); }},
    {"rules", false, [](Loader& L, Expectation& x) { L.texts(x.rules, "a rule id"); },
     [](Saver& S, const Expectation& x) { S.texts_if("rules", x.rules); }},
    {"state", false, [](Loader& L, Expectation& x) {
       L.array(x.state, "state", [&](StateCheck& s) {
         L.object(s, kStateCheckFields, "a state check", [&](const Members<3>& m) {
           if (s.equals.has_value() == s.exists.has_value())
             L.error_at(m.start, "invalid-value", "a state check needs exactly one of \"equals\" or \"exists\".");
         });
       });
     },
     [](Saver& S, const Expectation& x) { S.objects_if("state", x.state, kStateCheckFields); }},
    {"note", false, [](Loader& L, Expectation& x) { L.text(x.note, "note"); },
     [](Saver& S, const Expectation& x) { S.text_if("note", x.note); }},
};

const Field<Metadata> kMetadataFields[] = {
    {"title", true, [](Loader& L, Metadata& m) { L.text(m.title, "title"); },
     [](Saver& S, const Metadata& x) { S.text("title", x.title); }},
    {"description", false, [](Loader& L, Metadata& m) { L.text(m.description, "description"); },
     [](Saver& S, const Metadata& x) { S.text_if("description", x.description); }},
    {"era", true, [](Loader& L, Metadata& m) { L.enumeration(m.era, "an era"); },
     [](Saver& S, const Metadata& x) { S.enumeration("era", x.era); }},
    {"cloud", false, [](Loader& L, Metadata& m) { L.enumeration(m.cloud, "a cloud"); },
     [](Saver& S, const Metadata& x) { S.enumeration_if("cloud", x.cloud, default_cloud(x.era)); }},
    {"difficulty", false, [](Loader& L, Metadata& m) { L.enumeration(m.difficulty, "a difficulty"); },
     [](Saver& S, const Metadata& x) { S.enumeration_if("difficulty", x.difficulty, Difficulty::Beginner); }},
    {"tags", false, [](Loader& L, Metadata& m) { L.texts(m.tags, "a tag"); },
     [](Saver& S, const Metadata& x) { S.texts_if("tags", x.tags); }},
    {"gdap_in_21vianet", false, [](Loader& L, Metadata& m) { L.boolean(m.gdap_in_21vianet, "gdap_in_21vianet"); },
     [](Saver& S, const Metadata& x) { S.boolean_if("gdap_in_21vianet", x.gdap_in_21vianet, false); }},
};

// Events name an action of the engine's table, with that action's parameters of the right types. References inside
// parameters are not checked here: an earlier event may create what a later one names (the engine refuses otherwise).
template <std::size_t N> void check_action(Loader& L, const Event& e, const Members<N>& m) {
  if (e.action.empty()) return;
  const ActionSpec* action = find_action(e.action);
  if (!action) {
    std::vector<std::string> names;
    for (const ActionSpec& a : action_catalogue()) names.emplace_back(a.name);
    Loader::Segment f(L, "action");
    L.error_at(m.pos("action"), "unknown-action", "\"" + e.action + "\" is not an action mpsim simulates." + did_you_mean(closest(e.action, names)) +
                                                      " The actions are listed in docs/scenario-format.md.");
    return;
  }
  if (action->actor == ActorKind::System && e.actor != "system") {
    Loader::Segment f(L, "actor");
    L.error_at(m.pos("actor"), "invalid-actor", "\"" + e.action + "\" happens by itself as time passes; its actor is \"system\".");
  }
  for (const ParamSpec& spec : action->params)
    if (spec.required && !e.params.count(std::string(spec.name))) {
      Loader::Segment f(L, "params");
      L.error_at(e.params.empty() ? m.start : m.pos("params"), "missing-param", "\"" + e.action + "\" needs the parameter \"" + std::string(spec.name) + "\" (" + std::string(spec.meaning) + ").");
    }
  for (const auto& [name, value] : e.params) {
    const ParamSpec* spec = nullptr;
    for (const ParamSpec& p : action->params)
      if (p.name == name) spec = &p;
    Loader::Segment f(L, "params"), g(L, name);
    if (!spec) {
      std::vector<std::string> names;
      for (const ParamSpec& p : action->params) names.emplace_back(p.name);
      std::string known;
      for (const std::string& n : names) known += (known.empty() ? "" : ", ") + n;
      L.error_at(m.pos("params"), "unknown-param", "\"" + e.action + "\" has no parameter \"" + name + "\"." + did_you_mean(closest(name, names)) +
                                                       " Its parameters: " + (known.empty() ? std::string("none") : known) + ".");
      continue;
    }
    bool ok = false;
    switch (spec->type) {
      case ParamType::Id: ok = std::holds_alternative<std::string>(value); break;
      case ParamType::Text: ok = std::holds_alternative<std::string>(value); break;
      case ParamType::Time: ok = std::holds_alternative<std::string>(value) && parse_timestamp(std::get<std::string>(value)).has_value(); break;
      case ParamType::Integer: ok = std::holds_alternative<std::int64_t>(value); break;
      case ParamType::Boolean: ok = std::holds_alternative<bool>(value); break;
      case ParamType::IdList: ok = std::holds_alternative<std::vector<std::string>>(value); break;
    }
    static const char* const kTypeNames[] = {"an id (string)", "a list of ids", "a whole number", "true or false", "a string", "a UTC time like \"2018-10-29T09:00:00Z\""};
    if (!ok)
      L.error_at(m.pos("params"), "wrong-type", "parameter \"" + name + "\" of \"" + e.action + "\" must be " + kTypeNames[static_cast<int>(spec->type)] + ".");
  }
}

void read_event(Loader& L, Scenario& s) {
  Event& e = s.events.emplace_back();
  L.object(e, kEventFields, "an event", [&](const Members<6>& m) {
    {
      Loader::Segment at_id(L, "id");
      L.define(Collection::Events, e.id, static_cast<std::uint32_t>(s.events.size() - 1), m.pos("id"));
    }
    if (s.events.size() == 1 && e.time) L.first_event_time = m.pos("time");
    check_action(L, e, m);
    if (e.time && L.previous_event_time && *e.time < *L.previous_event_time) {
      Loader::Segment f(L, "time");
      L.error_at(m.pos("time"), "time-goes-backwards", "this event happens at " + format_timestamp(*e.time) +
                                                           ", before the previous event (" + format_timestamp(*L.previous_event_time) + "); events must be in time order.");
    }
    if (e.time) L.previous_event_time = e.time;
  });
}

const Field<Scenario> kScenarioFields[] = {
    {"$schema", false, [](Loader& L, Scenario& s) { L.text(s.schema, "$schema"); },
     [](Saver& S, const Scenario& x) { S.text_if("$schema", x.schema); }},
    {"format_version", true, [](Loader& L, Scenario& s) {
       const TextPos pos = L.next_pos();
       L.integer(s.format_version, "format_version", 0, INT32_MAX);
       if (s.format_version > kFormatVersion)
         L.error_at(pos, "unsupported-version", "this file uses format version " + std::to_string(s.format_version) +
                                                    ", written by a newer mpsim; this version reads format " + std::to_string(kFormatVersion) + ".");
       else if (s.format_version < 1)
         L.error_at(pos, "unsupported-version", "format_version must be " + std::to_string(kFormatVersion) + ".");
     },
     [](Saver& S, const Scenario& x) { S.integer("format_version", x.format_version); }},
    {"metadata", true, [](Loader& L, Scenario& s) {
       L.object(s.metadata, kMetadataFields, "metadata", [&](const Members<7>& m) {
         if (!m.has("cloud")) s.metadata.cloud = default_cloud(s.metadata.era);
       });
     },
     [](Saver& S, const Scenario& x) { S.object("metadata", x.metadata, kMetadataFields); }},
    {"world", true, [](Loader& L, Scenario& s) { L.object(s.world, kWorldFields, "world"); },
     [](Saver& S, const Scenario& x) { S.object("world", x.world, kWorldFields); }},
    {"events", false, [](Loader& L, Scenario& s) {
       if (!L.array_open("events")) return;
       std::size_t index = 0;
       while (L.array_next(index, [&] { read_event(L, s); })) {
       }
     },
     [](Saver& S, const Scenario& x) { S.objects_if("events", x.events, kEventFields); }},
    {"expectations", false, [](Loader& L, Scenario& s) {
       L.array(s.expectations, "expectations", [&](Expectation& x) {
         L.object(x, kExpectationFields, "an expectation", [&](const Members<5>& m) {
           if (!x.decision && x.rules.empty() && x.state.empty())
             L.error_at(m.start, "empty-expectation", "an expectation needs at least one of \"decision\", \"rules\" or \"state\".");
         });
       });
     },
     [](Saver& S, const Scenario& x) { S.objects_if("expectations", x.expectations, kExpectationFields); }},
};

}  // namespace

// The incremental load walks the two outer objects (the scenario and its world) by hand, so that it can stop between
// elements of the big lists (the world's lists and the events); everything inside an element is read in one go by the
// same field tables as any other value.
struct ScenarioLoad::State {
  State(std::string_view text, const JsonLimits& limits, std::size_t max_issues) : L(text, limits, max_issues) {}
  enum class Stage { Start, ScenarioMembers, WorldMembers, WorldList, Events, Finish, Done };
  Loader L;
  Stage stage = Stage::Start;
  Members<std::size(kScenarioFields)> scenario_members;
  Members<std::size(kWorldFields)> world_members;
  std::size_t scenario_pointer = 0, world_pointer = 0;  // pointer lengths to return to after a member
  const WorldList* list = nullptr;
  std::size_t index = 0;
  std::optional<Result<Scenario>> result;

  // After a member of the scenario (or of the world) was read or skipped.
  void member_done(std::size_t pointer_length) {
    L.note_failure();
    L.pointer.resize(pointer_length);
  }

  void step() {
    constexpr std::size_t kScenarioN = std::size(kScenarioFields), kWorldN = std::size(kWorldFields);
    const auto nothing = [](const auto&) {};
    switch (stage) {
      case Stage::Start:
        if (!L.reader.failed() && L.reader.peek() == JsonType::Object) {
          L.object_open(scenario_members, kScenarioFields, "the scenario");
          stage = Stage::ScenarioMembers;
          return;
        }
        if (!L.reader.failed())
          L.error("wrong-type", std::string("a scenario file holds one JSON object, but this one holds ") + json_type_name(L.reader.peek()) + ".");
        stage = Stage::Finish;
        return;
      case Stage::ScenarioMembers: {
        const std::size_t i = L.object_next(scenario_members, kScenarioFields, "the scenario", scenario_pointer);
        if (i == kScenarioN) {
          L.object_close(scenario_members, kScenarioFields, "the scenario", nothing);
          L.reader.finish();
          stage = Stage::Finish;
        } else if (kScenarioFields[i].name == "world") {
          if (L.object_open(world_members, kWorldFields, "world")) stage = Stage::WorldMembers;
          else member_done(scenario_pointer);
        } else if (kScenarioFields[i].name == "events") {
          index = 0;
          if (L.array_open("events")) stage = Stage::Events;
          else member_done(scenario_pointer);
        } else {
          kScenarioFields[i].read(L, L.scenario);
          member_done(scenario_pointer);
        }
        return;
      }
      case Stage::WorldMembers: {
        const std::size_t i = L.object_next(world_members, kWorldFields, "world", world_pointer);
        if (i == kWorldN) {
          L.object_close(world_members, kWorldFields, "world", nothing);
          member_done(scenario_pointer);
          stage = Stage::ScenarioMembers;
        } else if ((list = find_world_list(kWorldFields[i].name))) {
          index = 0;
          if (L.array_open(list->noun)) stage = Stage::WorldList;
          else member_done(world_pointer);
        } else {
          kWorldFields[i].read(L, L.scenario.world);
          member_done(world_pointer);
        }
        return;
      }
      case Stage::WorldList:
        if (!L.array_next(index, [&] { list->read_item(L, L.scenario.world); })) {
          member_done(world_pointer);
          stage = Stage::WorldMembers;
        }
        return;
      case Stage::Events:
        if (!L.array_next(index, [&] { read_event(L, L.scenario); })) {
          member_done(scenario_pointer);
          stage = Stage::ScenarioMembers;
        }
        return;
      case Stage::Finish:
        if (!L.reader.failed()) {
          L.resolve_pending();
          const Scenario& s = L.scenario;
          if (!s.events.empty() && s.events.front().time && *s.events.front().time < s.world.clock) {
            Loader::Segment a(L, "events"), b(L, std::size_t{0}), c(L, "time");
            L.report(Severity::Error, "time-goes-backwards",
                     "the first event happens at " + format_timestamp(*s.events.front().time) + ", before the world's clock (" +
                         format_timestamp(s.world.clock) + "); move the clock back or the event forward.",
                     L.first_event_time, L.pointer);
          }
        }
        result = L.finish();
        stage = Stage::Done;
        return;
      case Stage::Done: return;
    }
  }
};

ScenarioLoad::ScenarioLoad(std::string_view json_text, const JsonLimits& limits, std::size_t max_issues)
    : state_(std::make_unique<State>(json_text, limits, max_issues)) {}
ScenarioLoad::~ScenarioLoad() = default;
ScenarioLoad::ScenarioLoad(ScenarioLoad&&) noexcept = default;
ScenarioLoad& ScenarioLoad::operator=(ScenarioLoad&&) noexcept = default;

bool ScenarioLoad::advance(std::size_t steps) {
  for (std::size_t i = 0; i < steps && state_->stage != State::Stage::Done; ++i) state_->step();
  return done();
}
bool ScenarioLoad::done() const { return state_->stage == State::Stage::Done; }
std::uint64_t ScenarioLoad::bytes_read() const { return done() ? bytes_total() : state_->L.reader.position().offset; }
std::uint64_t ScenarioLoad::bytes_total() const { return state_->L.reader.bytes(); }
Result<Scenario> ScenarioLoad::take_result() {
  assert(done() && state_->result);
  return std::move(*state_->result);
}

Result<Scenario> load_scenario(std::string_view json_text, const JsonLimits& limits, std::size_t max_issues) {
  ScenarioLoad load(json_text, limits, max_issues);
  load.advance(SIZE_MAX);
  return load.take_result();
}

namespace {
template <class T, std::size_t N> MemberList members_of(const T& value, const Field<T> (&fields)[N]) {
  MemberList out;
  for (const Field<T>& field : fields) {
    Saver saver;
    saver.out = JsonWriter(false);
    saver.out.begin_object();
    field.write(saver, value);
    saver.out.end_object();
    std::string text = saver.out.finish();  // {"name":value} or {} when the member is left out
    if (text.size() <= 2) continue;
    const std::size_t colon = text.find("\":") + 2;
    out.emplace_back(std::string(field.name), text.substr(colon, text.size() - colon - 1));
  }
  return out;
}
}  // namespace

MemberList entity_members(const Subscription& v) { return members_of(v, kSubscriptionFields); }
MemberList entity_members(const Customer& v) { return members_of(v, kCustomerFields); }
MemberList entity_members(const Partner& v) { return members_of(v, kPartnerFields); }
MemberList entity_members(const ResellerRelationship& v) { return members_of(v, kResellerRelationshipFields); }
MemberList entity_members(const DelegatedAdminGrant& v) { return members_of(v, kDelegatedAdminFields); }
MemberList entity_members(const GdapRelationship& v) { return members_of(v, kGdapFields); }
MemberList entity_members(const Partnership& v) { return members_of(v, kPartnershipFields); }
MemberList entity_members(const Invitation& v) { return members_of(v, kInvitationFields); }
MemberList entity_members(const Transfer& v) { return members_of(v, kTransferFields); }

std::string param_json(const ParamValue& value) {
  Saver saver;
  saver.out = JsonWriter(false);
  saver.param_value(value);
  return saver.out.finish();
}

std::string export_scenario(const Scenario& scenario) {
  Saver saver;
  saver.members(scenario, kScenarioFields);
  return saver.out.finish();
}

}  // namespace core
