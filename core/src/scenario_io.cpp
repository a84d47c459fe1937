// scenario_io.cpp — the scenario format: one streaming pass over the text straight into the model, the canonical
// export, and entity_members. Each JSON object is described once by a field table: one row per member (its name,
// the model member it holds, its kind and presence). The rows drive reading, "did you mean" for unknown members,
// missing-member checks, writing and entity_members. References between entities are resolved as they are read,
// or at the end when a file names something before defining it.
#include <cassert>
#include <algorithm>
#include <array>
#include <iterator>
#include <span>
#include <type_traits>
#include <unordered_map>
#include <unordered_set>
#include <variant>

#include "mpsim/actions.hpp"
#include "mpsim/enum_names.hpp"
#include "mpsim/json_writer.hpp"
#include "mpsim/rules.hpp"
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

// Language tags as authors write them: "zh", "zh-CN", "zh_Hans", "ZH-HANS", "EN", "en-US". A tag means the known tag
// with its primary language (the part before '-' or '_', in any case); the country code and a few names mean Chinese.
// A longer word that is none of these is taken for a typo ("zhHans").
std::string closest_language(std::string_view tag, std::span<const std::string_view> known) {
  const auto primary = [](std::string_view t) {
    std::string out;
    for (const char c : t.substr(0, t.find_first_of("-_"))) out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return out;
  };
  constexpr std::pair<std::string_view, std::string_view> kAliases[] = {
      {"cn", "zh"}, {"chs", "zh"}, {"zho", "zh"}, {"chi", "zh"}, {"chinese", "zh"}, {"eng", "en"}, {"english", "en"}};
  std::string wanted = primary(tag);
  for (const auto& [alias, language] : kAliases)
    if (wanted == alias) wanted = language;
  for (const std::string_view k : known)
    if (primary(k) == wanted) return std::string(k);
  return wanted.size() <= 3 ? std::string() : closest(tag, known);  // another language's code: no guess; else a typo
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

// How a member may appear. Required: it must be present, and export always writes it. Explicit: it may be left out
// (the model's default applies), and export always writes it, so canonical files show it. Optional: it may be left
// out, and export leaves it out when it holds its default, so exports stay short and diff cleanly.
enum Presence : std::uint8_t { Required, Explicit, Optional };

// One member of a JSON object, described once: its name, its presence, and the reader and writer that the field
// makers below instantiate from the model member it holds. The loader, the canonical export and entity_members all
// walk the same rows, in the same order (the canonical order of members).
template <class T> struct Field {
  using Reader = void (*)(Loader&, T&, const Field&);
  using Writer = void (*)(Saver&, const T&, const Field&);  // writes "name": value, or nothing when left out
  using Validator = void (*)(Loader&, const T&, TextPos);   // gets where the value starts
  using Filler = void (*)(T&);

  std::string_view name{};
  Presence presence = Optional;
  Reader read = nullptr;
  Writer write = nullptr;
  std::string_view what{};        // the value in messages, e.g. "a partner id"
  std::string_view item_what{};   // lists: one element in messages
  Reader read_item = nullptr;     // lists of objects: reads one element, so the sliced load can stop between them
  RefKind ref = RefKind::Tenant;  // references: what the id must name
  std::int64_t min = 0, max = 0;  // whole numbers: the allowed range
  Validator validate = nullptr;   // a check beyond the kind's own
  Filler fill_default = nullptr;  // a default that depends on other members (otherwise: the model's default)

  constexpr Field checked_by(Validator check) const {
    Field f = *this;
    f.validate = check;
    return f;
  }
  constexpr Field defaults_by(Filler fill) const {
    Field f = *this;
    f.fill_default = fill;
    return f;
  }
};

Cloud default_cloud(Era era) { return era_cloud(era); }

// Which members an object had, and where: for checks that look at several members together.
struct MemberPlaces {
  TextPos start;
  std::uint64_t bits = 0;
  std::span<std::string_view> names;
  std::span<TextPos> at;
  std::size_t index(std::string_view name) const {
    for (std::size_t i = 0; i < names.size(); ++i)
      if (names[i] == name) return i;
    return names.size();  // a typo in our own table; the caller's asserts are the tests
  }
  bool has(std::string_view name) const {
    const std::size_t i = index(name);
    return i < names.size() && ((bits >> i) & 1);
  }
  TextPos pos(std::string_view name) const {
    const std::size_t i = index(name);
    return i < names.size() && ((bits >> i) & 1) ? at[i] : start;
  }
};

template <std::size_t N> struct Members : MemberPlaces {
  static_assert(N <= 64, "the seen-set is a 64-bit mask");
  std::array<std::string_view, N> name_slots{};
  std::array<TextPos, N> at_slots{};
  Members() {
    names = name_slots;
    at = at_slots;
  }
  Members(const Members&) = delete;
  Members& operator=(const Members&) = delete;
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
    ++reported_;
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
  bool expect(JsonType type, std::string_view what) {
    const JsonType actual = reader.peek();
    if (actual == type) return true;
    note_failure();
    if (actual != JsonType::Invalid) {
      error("wrong-type", std::string(what) + " must be " + json_type_name(type) + ", but it is " + json_type_name(actual) + ".");
      reader.skip_value();
    }
    return false;
  }

  // Reports a member that no row of the object's table names.
  using UnknownMember = void (Loader::*)(std::string_view, TextPos, std::string_view, std::span<const std::string_view>);

  // Objects and arrays come in three pieces (open, next, close) so that the incremental load can stop between
  // members or elements of the big collections and resume on the next call; object() and array() join the pieces.
  template <class T, std::size_t N> bool object_open(Members<N>& members, const Field<T> (&fields)[N], std::string_view what) {
    if (!expect(JsonType::Object, what)) return false;
    members.start = reader.position();
    for (std::size_t i = 0; i < N; ++i) members.names[i] = fields[i].name;
    reader.begin_object();
    return true;
  }
  // The index of the next known member, with the pointer extended by its name (the caller reads its value, then
  // trims the pointer to `pointer_length`); N at the end. Unknown and repeated members are reported and skipped.
  template <class T, std::size_t N>
  std::size_t object_next(Members<N>& members, const Field<T> (&fields)[N], std::string_view what, std::size_t& pointer_length,
                          UnknownMember unknown = &Loader::unknown_member) {
    pointer_length = pointer.size();
    std::string_view key;
    while (reader.next_key(key)) {
      const TextPos key_pos = reader.key_position();
      std::size_t i = 0;
      while (i < N && fields[i].name != key) ++i;
      Segment segment(*this, key);
      if (i == N) {
        (this->*unknown)(key, key_pos, what, members.names);
        reader.skip_value();
        note_failure();
        continue;
      }
      if ((members.bits >> i) & 1) {
        error_at(key_pos, "duplicate-field", "field " + quoted(key) + " appears twice in " + std::string(what) + "; the first is at " +
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
  // A member no table row names: "did you mean" the closest known name, or the list of known names.
  void unknown_member(std::string_view key, TextPos key_pos, std::string_view what, std::span<const std::string_view> known) {
    const std::string suggestion = closest(key, known);
    std::string message = "unknown field " + quoted(key) + " in " + std::string(what) + "." + did_you_mean(suggestion);
    if (suggestion.empty()) {
      message += " Known fields:";
      for (std::size_t k = 0; k < known.size(); ++k) message += (k ? ", " : " ") + std::string(known[k]);
      message += ".";
    }
    error_at(key_pos, "unknown-field", std::move(message));
  }
  // A language in a text's {"en": ..., "zh-Hans": ...}.
  void unknown_language(std::string_view key, TextPos key_pos, std::string_view what, std::span<const std::string_view> known) {
    assert(known.size() == 2);  // kTextFields: English, Simplified Chinese
    error_at(key_pos, "unknown-field", "unknown language " + quoted(key) + " in " + std::string(what) + ": write the English text as " +
                                           quoted(known[0]) + " and the Simplified Chinese one as " + quoted(known[1]) + "." +
                                           did_you_mean(closest_language(key, known)));
  }
  // Reads the value of one member by its row, then runs the row's own check on a value that was read without problems.
  template <class T> void read_member(const Field<T>& field, T& out) {
    const TextPos at = field.validate ? next_pos() : TextPos{};
    const std::size_t before = reported_;
    field.read(*this, out, field);
    if (field.validate && reported_ == before) field.validate(*this, out, at);
    note_failure();
  }
  template <class T, std::size_t N, class Finish>
  void object_close(T& out, const Members<N>& members, const Field<T> (&fields)[N], std::string_view what, Finish&& finish) {
    if (reader.failed()) return;
    for (std::size_t i = 0; i < N; ++i) {
      if ((members.bits >> i) & 1) continue;
      if (fields[i].presence == Required)
        error_at(members.start, "missing-field", std::string(what) + " needs the field \"" + std::string(fields[i].name) + "\".");
      else if (fields[i].fill_default)
        fields[i].fill_default(out);
    }
    finish(static_cast<const MemberPlaces&>(members));
  }

  template <class T, std::size_t N, class Finish>
  void object(T& out, const Field<T> (&fields)[N], std::string_view what, Finish&& finish, UnknownMember unknown = &Loader::unknown_member) {
    Members<N> members;
    if (!object_open(members, fields, what)) return;
    std::size_t length = 0;
    for (std::size_t i; (i = object_next(members, fields, what, length, unknown)) < N;) {
      read_member(fields[i], out);
      pointer.resize(length);
    }
    object_close(out, members, fields, what, finish);
  }

  template <class T, std::size_t N> void object(T& out, const Field<T> (&fields)[N], std::string_view what) {
    object(out, fields, what, [](const MemberPlaces&) {});
  }

  bool array_open(std::string_view what) {
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
  template <class T, class ReadItem> void array(std::vector<T>& out, std::string_view what, ReadItem&& read_item) {
    if (!array_open(what)) return;
    std::size_t index = 0;
    while (array_next(index, [&] { read_item(out.emplace_back()); })) {
    }
  }

  // ---- scalars
  void text(std::string& out, std::string_view what) {
    if (expect(JsonType::String, what)) out = std::string(reader.read_string());
  }
  void id(std::string& out, std::string_view what) {
    if (!expect(JsonType::String, what)) return;
    const TextPos pos = reader.position();
    out = std::string(reader.read_string());
    if (out.empty() || out.size() > 128 || !std::all_of(out.begin(), out.end(), is_id_char))
      error_at(pos, "invalid-id", std::string(what) + " " + quoted(out) +
                                      " is not a valid id: use 1 to 128 letters, digits or the characters - _ . : @");
  }
  // A rule id of the catalogue (docs/rules.md): an expectation naming another could never pass.
  void rule_id(std::string& out, std::string_view what) {
    if (!expect(JsonType::String, what)) return;
    const TextPos pos = reader.position();
    out = std::string(reader.read_string());
    if (find_rule(out)) return;
    std::vector<std::string_view> known;
    for (const Rule& r : rule_catalogue()) known.push_back(r.id);
    error_at(pos, "unknown-rule", quoted(out) + " is not a rule id of the catalogue (mpsim rules, docs/rules.md)." +
                                      did_you_mean(closest(out, known)));
  }
  void boolean(bool& out, std::string_view what) {
    if (expect(JsonType::Bool, what)) out = reader.read_bool();
  }
  void integer(std::int64_t& out, std::string_view what, std::int64_t min, std::int64_t max) {
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
  void time(std::optional<Timestamp>& out, std::string_view what) {
    if (!expect(JsonType::String, what)) return;
    const TextPos pos = reader.position();
    const std::string_view text = reader.read_string();
    if (const auto t = parse_timestamp(text)) out = *t;
    else error_at(pos, "invalid-time", std::string(what) + " " + quoted(text) +
                                           " is not a UTC time; write it like \"2018-10-29T09:00:00Z\".");
  }
  template <class E> void enumeration(E& out, std::string_view what) {
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
  void texts(std::vector<std::string>& out, std::string_view what) {
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
  void reference(std::string& out, RefKind kind, std::string_view what, std::string owner = {}) {
    const TextPos pos = next_pos();
    id(out, what);
    if (!out.empty()) check_reference(PendingRef{kind, out, std::move(owner), pos, pointer}, false);
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
  std::size_t reported_ = 0;  // problems found, listed or not
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
  // entity_members(…, MemberDefaults::Shown): members that hold their default are written too (absent values are not).
  bool with_defaults = false;

  // One value of each kind the model holds.
  void value(const std::string& text) { out.value(text); }
  void value(const std::vector<std::string>& texts) {
    out.begin_array();
    for (const std::string& t : texts) out.value(t);
    out.end_array();
  }
  void value(std::int64_t number) { out.value(number); }
  void value(std::int32_t number) { out.value(static_cast<std::int64_t>(number)); }
  void value(bool flag) { out.value(flag); }
  template <class E> requires std::is_enum_v<E> void value(E e) { out.value(to_name(e)); }
  template <class E> requires std::is_enum_v<E> void value(const std::vector<E>& values) {
    out.begin_array();
    for (const E v : values) out.value(to_name(v));
    out.end_array();
  }
  template <class V> void value(const std::optional<V>& v) {
    assert(v);  // an absent value is left out, never written
    value(*v);
  }
  void value(const ParamValue& param) {
    std::visit([&](const auto& v) { value(v); }, param);
  }
  void value(const std::map<std::string, std::string>& choices) {
    out.begin_object();
    for (const auto& [name, choice] : choices) {  // std::map: sorted names, a stable order
      out.key(name);
      out.value(choice);
    }
    out.end_object();
  }
  void value(const EventParams& params) {
    out.begin_object();
    for (const auto& [name, v] : params) {  // std::map: sorted names, a stable order
      out.key(name);
      value(v);
    }
    out.end_object();
  }
  void time(Timestamp t) { out.value(format_timestamp(t)); }

  template <class T, std::size_t N> void members(const T& value, const Field<T> (&fields)[N]) {
    out.begin_object();
    for (const Field<T>& field : fields) field.write(*this, value, field);
    out.end_object();
  }
};

// ---------------------------------------------------------------------------------------------
// Field makers. Each builds one row from the model member it holds: the member pointer gives the row's reader and
// writer, so a member's JSON name, kind, presence and message noun are written once, in its table.

template <class> struct MemberPointer;
template <class C, class V> struct MemberPointer<V C::*> {
  using Class = C;
  using Value = V;
};
template <auto M> using ClassOf = typename MemberPointer<decltype(M)>::Class;
template <auto M> using ValueOf = typename MemberPointer<decltype(M)>::Value;

// Lists and optional values hold items of the member's kind.
template <class V> struct Shape {
  static constexpr bool list = false, optional = false;
  using Item = V;
};
template <class V> struct Shape<std::vector<V>> {
  static constexpr bool list = true, optional = false;
  using Item = V;
};
template <class V> struct Shape<std::optional<V>> {
  static constexpr bool list = false, optional = true;
  using Item = V;
};

// A default-constructed entity: the model's defaults are the format's defaults.
template <class T> const T kModelDefault{};

template <auto M> bool left_out(const ClassOf<M>& x, const Field<ClassOf<M>>& f) {
  if (f.presence != Optional) return false;
  if (f.fill_default) {
    ClassOf<M> with_default = x;
    f.fill_default(with_default);
    return x.*M == with_default.*M;
  }
  return x.*M == kModelDefault<ClassOf<M>>.*M;
}

// Whether a writer leaves the member out: an absent value always, a default unless the saver shows defaults.
template <auto M> bool skipped(const Saver& S, const ClassOf<M>& x, const Field<ClassOf<M>>& f) {
  if constexpr (Shape<ValueOf<M>>::optional)
    if (!(x.*M)) return true;
  return !S.with_defaults && left_out<M>(x, f);
}

// ---- writers

template <auto M> void write_value(Saver& S, const ClassOf<M>& x, const Field<ClassOf<M>>& f) {
  if (skipped<M>(S, x, f)) return;
  S.out.key(f.name);
  S.value(x.*M);
}

template <auto M> void write_time(Saver& S, const ClassOf<M>& x, const Field<ClassOf<M>>& f) {
  if (skipped<M>(S, x, f)) return;
  S.out.key(f.name);
  if constexpr (Shape<ValueOf<M>>::optional) S.time(*(x.*M));
  else S.time(x.*M);
}

template <auto M, const auto& Fields> void write_object(Saver& S, const ClassOf<M>& x, const Field<ClassOf<M>>& f) {
  if (skipped<M>(S, x, f)) return;
  S.out.key(f.name);
  if constexpr (Shape<ValueOf<M>>::optional) S.members(*(x.*M), Fields);
  else S.members(x.*M, Fields);
}

template <auto M, const auto& Fields> void write_objects(Saver& S, const ClassOf<M>& x, const Field<ClassOf<M>>& f) {
  if (skipped<M>(S, x, f)) return;
  S.out.key(f.name);
  S.out.begin_array();
  for (const auto& item : x.*M) S.members(item, Fields);
  S.out.end_array();
}

// ---- readers

// Reads a member that is one value or a list of them, with `one(value, what)` for each value.
template <auto M, class ReadOne> void read_one_or_list(Loader& L, ClassOf<M>& x, const Field<ClassOf<M>>& f, ReadOne&& one) {
  if constexpr (Shape<ValueOf<M>>::list) L.array(x.*M, f.what, [&](auto& item) { one(item, f.item_what); });
  else one(x.*M, f.what);
}

template <auto M> void read_text(Loader& L, ClassOf<M>& x, const Field<ClassOf<M>>& f) {
  read_one_or_list<M>(L, x, f, [&](std::string& v, std::string_view what) { L.text(v, what); });
}

template <auto M> void read_rule_id(Loader& L, ClassOf<M>& x, const Field<ClassOf<M>>& f) {
  read_one_or_list<M>(L, x, f, [&](std::string& v, std::string_view what) { L.rule_id(v, what); });
}

template <auto M> void read_id(Loader& L, ClassOf<M>& x, const Field<ClassOf<M>>& f) {
  read_one_or_list<M>(L, x, f, [&](std::string& v, std::string_view what) { L.id(v, what); });
}

// A list whose presence matters: "result": [] expects an empty list, and leaving it out expects nothing.
template <auto M> void read_present_ids(Loader& L, ClassOf<M>& x, const Field<ClassOf<M>>& f) {
  L.array((x.*M).emplace(), f.what, [&](std::string& v) { L.id(v, f.item_what); });
}

template <auto M> void read_reference(Loader& L, ClassOf<M>& x, const Field<ClassOf<M>>& f) {
  read_one_or_list<M>(L, x, f, [&](std::string& v, std::string_view what) { L.reference(v, f.ref, what); });
}

template <auto M> void read_enumeration(Loader& L, ClassOf<M>& x, const Field<ClassOf<M>>& f) {
  using V = ValueOf<M>;
  if constexpr (Shape<V>::optional) {
    typename Shape<V>::Item value{};  // present, even when invalid: the checks that look at several members see it
    L.enumeration(value, f.what);
    x.*M = value;
  } else {
    read_one_or_list<M>(L, x, f, [&](auto& v, std::string_view what) { L.enumeration(v, what); });
  }
}

template <auto M> void read_integer(Loader& L, ClassOf<M>& x, const Field<ClassOf<M>>& f) {
  std::int64_t n = x.*M;
  L.integer(n, f.what, f.min, f.max);
  x.*M = static_cast<ValueOf<M>>(n);
}

template <auto M> void read_boolean(Loader& L, ClassOf<M>& x, const Field<ClassOf<M>>& f) {
  if constexpr (Shape<ValueOf<M>>::optional) {
    bool b = true;
    L.boolean(b, f.what);
    x.*M = b;
  } else {
    L.boolean(x.*M, f.what);
  }
}

template <auto M> void read_time(Loader& L, ClassOf<M>& x, const Field<ClassOf<M>>& f) {
  if constexpr (Shape<ValueOf<M>>::optional) {
    L.time(x.*M, f.what);
  } else {
    std::optional<Timestamp> t;
    L.time(t, f.what);
    if (t) x.*M = *t;
  }
}

void read_param(Loader& L, ParamValue& value);
void read_params(Loader& L, EventParams& params, std::string_view what);

template <auto M> void read_params_member(Loader& L, ClassOf<M>& x, const Field<ClassOf<M>>& f) {
  if constexpr (Shape<ValueOf<M>>::optional) read_param(L, (x.*M).emplace());
  else read_params(L, x.*M, f.what);
}

// Checks that run when an object was read, given where its members were: on the object itself (After(L, object, m))
// or, for a list, on its last element (After(L, list, m)).
template <class T> using AfterObject = void (*)(Loader&, T&, const MemberPlaces&);
template <class T> using AfterItem = void (*)(Loader&, std::vector<T>&, const MemberPlaces&);

template <auto M, const auto& Fields, auto After> void read_object(Loader& L, ClassOf<M>& x, const Field<ClassOf<M>>& f) {
  auto& value = [&]() -> auto& {
    if constexpr (Shape<ValueOf<M>>::optional) return (x.*M).emplace();
    else return x.*M;
  }();
  L.object(value, Fields, f.what, [&](const MemberPlaces& m) {
    if constexpr (!std::is_null_pointer_v<decltype(After)>) After(L, value, m);
  });
}

template <auto M, const auto& Fields, auto After> void read_item(Loader& L, ClassOf<M>& x, const Field<ClassOf<M>>& f) {
  auto& items = x.*M;
  L.object(items.emplace_back(), Fields, f.item_what, [&](const MemberPlaces& m) {
    if constexpr (!std::is_null_pointer_v<decltype(After)>) After(L, items, m);
  });
}

template <class T> void read_items(Loader& L, T& x, const Field<T>& f) {
  if (!L.array_open(f.what)) return;
  std::size_t index = 0;
  while (L.array_next(index, [&] { f.read_item(L, x, f); })) {
  }
}

// Users' ids are unique within their tenant.
template <auto M, const auto& Fields> void read_users(Loader& L, ClassOf<M>& x, const Field<ClassOf<M>>& f) {
  std::unordered_map<std::string, TextPos> seen;
  L.array(x.*M, f.what, [&](User& user) {
    const TextPos pos = L.next_pos();
    L.object(user, Fields, f.item_what);
    if (user.id.empty()) return;
    const auto [it, inserted] = seen.try_emplace(user.id, pos);
    if (!inserted)
      L.error_at(pos, "duplicate-id", "user id " + quoted(user.id) + " is used twice in this tenant; the first is at " + L.where(it->second) + ".");
  });
}

// ---- the makers: field::text<&Partner::name>("name", Required, "a partner name") and so on. `what` (the value in
// messages) defaults to the member's name; for lists, `item_what` (one element) defaults to `what`.

namespace field {

template <auto M>
constexpr Field<ClassOf<M>> row(std::string_view name, Presence presence, typename Field<ClassOf<M>>::Reader read,
                                typename Field<ClassOf<M>>::Writer write, std::string_view what, std::string_view item_what = {}) {
  const std::string_view w = what.empty() ? name : what;
  return {.name = name, .presence = presence, .read = read, .write = write, .what = w, .item_what = item_what.empty() ? w : item_what};
}

template <auto M> constexpr auto text(std::string_view name, Presence presence, std::string_view what = {}) {
  return row<M>(name, presence, read_text<M>, write_value<M>, what);
}
template <auto M> constexpr auto rule_id(std::string_view name, Presence presence, std::string_view what) {
  return row<M>(name, presence, read_rule_id<M>, write_value<M>, what);
}
template <auto M> constexpr auto id(std::string_view name, Presence presence, std::string_view what, std::string_view item_what = {}) {
  return row<M>(name, presence, read_id<M>, write_value<M>, what, item_what);
}
template <auto M> constexpr auto present_ids(std::string_view name, Presence presence, std::string_view what, std::string_view item_what) {
  return row<M>(name, presence, read_present_ids<M>, write_value<M>, what, item_what);
}
template <auto M> constexpr auto reference(std::string_view name, Presence presence, RefKind kind, std::string_view what = {}) {
  auto f = row<M>(name, presence, read_reference<M>, write_value<M>, what);
  f.ref = kind;
  return f;
}
template <auto M> constexpr auto enumeration(std::string_view name, Presence presence, std::string_view what = {}) {
  return row<M>(name, presence, read_enumeration<M>, write_value<M>,
                what.empty() ? std::string_view(EnumNames<typename Shape<ValueOf<M>>::Item>::what) : what);
}
template <auto M> constexpr auto integer(std::string_view name, Presence presence, std::int64_t min, std::int64_t max) {
  auto f = row<M>(name, presence, read_integer<M>, write_value<M>, {});
  f.min = min;
  f.max = max;
  return f;
}
template <auto M> constexpr auto boolean(std::string_view name, Presence presence) {
  return row<M>(name, presence, read_boolean<M>, write_value<M>, {});
}
template <auto M> constexpr auto time(std::string_view name, Presence presence) {
  return row<M>(name, presence, read_time<M>, write_time<M>, {});
}
// Event parameters, or one parameter-like value.
template <auto M> constexpr auto params(std::string_view name, Presence presence) {
  return row<M>(name, presence, read_params_member<M>, write_value<M>, {});
}
template <auto M, const auto& Fields, auto After = nullptr>
constexpr auto object(std::string_view name, Presence presence, std::string_view what = {}) {
  return row<M>(name, presence, read_object<M, Fields, After>, write_object<M, Fields>, what);
}
template <auto M, const auto& Fields, auto After = nullptr>
constexpr auto objects(std::string_view name, Presence presence, std::string_view what, std::string_view item_what) {
  auto f = row<M>(name, presence, read_items<ClassOf<M>>, write_objects<M, Fields>, what, item_what);
  f.read_item = read_item<M, Fields, After>;
  return f;
}
template <auto M, const auto& Fields> constexpr auto users(std::string_view name, Presence presence, std::string_view item_what) {
  return row<M>(name, presence, read_users<M, Fields>, write_objects<M, Fields>, {}, item_what);
}

}  // namespace field

// ---- texts in English and, optionally, Simplified Chinese: "text", or {"en": "text", "zh-Hans": "文本"}

void check_english_given(Loader& L, const LocalizedText& text, TextPos at) {
  if (text.en.empty())
    L.error_at(at, "invalid-value", "the English text (\"en\") is empty; it is required here, and the Chinese one (\"zh-Hans\") is optional.");
}

constexpr Field<LocalizedText> kTextFields[] = {
    field::text<&LocalizedText::en>("en", Required, "the English text (\"en\")"),
    field::text<&LocalizedText::zh_hans>("zh-Hans", Optional, "the Chinese text (\"zh-Hans\")"),
};
// Where the member itself is required, so is its English text.
constexpr Field<LocalizedText> kRequiredTextFields[] = {kTextFields[0].checked_by(check_english_given), kTextFields[1]};

template <auto M, const auto& Fields> void read_localized(Loader& L, ClassOf<M>& x, const Field<ClassOf<M>>& f) {
  LocalizedText& text = x.*M;
  switch (const JsonType type = L.reader.peek()) {
    case JsonType::String: L.text(text.en, f.what); return;
    case JsonType::Object: L.object(text, Fields, f.what, [](const MemberPlaces&) {}, &Loader::unknown_language); return;
    case JsonType::Invalid: return;
    default:
      L.error("wrong-type", std::string(f.what) + " must be a string, or an object like {\"en\": \"...\", \"zh-Hans\": \"...\"}, but it is " +
                                json_type_name(type) + ".");
      L.reader.skip_value();
  }
}

// A plain string when there is no Chinese text, so files without any write as they always did.
template <auto M> void write_localized(Saver& S, const ClassOf<M>& x, const Field<ClassOf<M>>& f) {
  if (skipped<M>(S, x, f)) return;
  const LocalizedText& text = x.*M;
  S.out.key(f.name);
  if (text.zh_hans.empty()) S.value(text.en);
  else S.members(text, kTextFields);
}

namespace field {

template <auto M> constexpr auto localized(std::string_view name, Presence presence, std::string_view what = {}) {
  return row<M>(name, presence, presence == Required ? read_localized<M, kRequiredTextFields> : read_localized<M, kTextFields>,
                write_localized<M>, what);
}

}  // namespace field

// ---------------------------------------------------------------------------------------------
// Checks that look at several members of one entity, run when it has been read.

void check_partner(Loader& L, const Partner& p, const MemberPlaces& m) {
  // Group members must be users of this partner; checked at the end with the other in-tenant references.
  for (std::size_t g = 0; g < p.security_groups.size(); ++g)
    for (std::size_t k = 0; k < p.security_groups[g].members.size(); ++k) {
      Loader::Segment a(L, "security_groups"), b(L, g), c(L, "members"), d(L, k);
      L.check_reference(PendingRef{RefKind::User, p.security_groups[g].members[k], p.id, m.pos("security_groups"), L.pointer}, false);
    }
}

void check_subscription(Loader& L, const Subscription& s, const MemberPlaces& m) {
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
  if (!s.support_contact.empty() && s.support_contact != s.reseller_of_record) {
    // The provider designates the subscription's own reseller (R-IND-6); set_support_contact refuses any other.
    Loader::Segment f(L, "support_contact");
    L.error_at(m.pos("support_contact"), "inconsistent-fields",
               "the designated support contact \"" + s.support_contact + "\" is not the subscription's reseller of record" +
                   (s.reseller_of_record.empty() ? std::string(" (it has none)") : " (\"" + s.reseller_of_record + "\")") +
                   "; set reseller_of_record to it or remove support_contact.");
  }
  if (s.suspended_at && s.status != SubscriptionStatus::Suspended) {
    Loader::Segment f(L, "suspended_at");
    L.error_at(m.pos("suspended_at"), "inconsistent-fields", "suspended_at is set but the status is \"" + std::string(to_name(s.status)) + "\"; remove it or set status to \"suspended\".");
  }
  // The 168-hour windows belong to new-commerce subscriptions only (R-SUB-4/5).
  for (const std::string_view member : {std::string_view("purchased"), std::string_view("seats_added")})
    if (!s.new_commerce && m.has(member)) {
      Loader::Segment f(L, member);
      L.error_at(m.pos(member), "inconsistent-fields", std::string(member) + " opens a new-commerce subscription's 168-hour window; set \"new_commerce\": true or remove it.");
    }
  if (s.purchased && s.seats_added && *s.seats_added < *s.purchased) {
    Loader::Segment f(L, "seats_added");
    L.error_at(m.pos("seats_added"), "invalid-range", "seats were added (" + format_timestamp(*s.seats_added) + ") before the subscription was purchased (" + format_timestamp(*s.purchased) + ").");
  }
}

void check_gdap(Loader& L, const GdapRelationship& g, const MemberPlaces& m) {
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

void check_invitation(Loader& L, const Invitation& i, const MemberPlaces& m) {
  if (i.kind == InvitationKind::Gdap && i.gdap_relationship.empty())
    L.error_at(m.start, "missing-field", "a GDAP invitation needs \"gdap_relationship\" (the link carries the relationship id).");
}

void check_transfer(Loader& L, const Transfer& t, const MemberPlaces& m) {
  if (!t.source_partner.empty() && t.source_partner == t.target_partner) {
    Loader::Segment f(L, "target_partner");
    L.error_at(m.pos("target_partner"), "inconsistent-fields", "a transfer moves subscriptions between two different partners; source and target are both " + quoted(t.source_partner) + ".");
  }
}

// An element of a collection with ids registers its id when it is complete, then gets its entity's checks.
template <class T, Collection C, void (*Check)(Loader&, const T&, const MemberPlaces&) = nullptr>
void defined(Loader& L, std::vector<T>& items, const MemberPlaces& m) {
  {
    Loader::Segment at_id(L, "id");
    L.define(C, items.back().id, static_cast<std::uint32_t>(items.size() - 1), m.pos("id"));
  }
  if constexpr (Check != nullptr) Check(L, items.back(), m);
}

// ---------------------------------------------------------------------------------------------
// Field tables, one per JSON object. Order here is the canonical order of members on export.

constexpr Field<User> kPartnerUserFields[] = {
    field::id<&User::id>("id", Required, "a user id"),
    field::text<&User::name>("name", Optional, "a user name"),
    field::text<&User::email>("email", Optional, "an email"),
    field::enumeration<&User::partner_roles>("roles", Optional, "a partner user's role"),
    // ---- facts.md §8 (s8)
    field::boolean<&User::mfa>("mfa", Optional),
};
constexpr Field<User> kCustomerUserFields[] = {
    field::id<&User::id>("id", Required, "a user id"),
    field::text<&User::name>("name", Optional, "a user name"),
    field::text<&User::email>("email", Optional, "an email"),
    field::enumeration<&User::customer_roles>("roles", Optional, "a customer user's role"),
};

constexpr Field<SecurityGroup> kSecurityGroupFields[] = {
    field::id<&SecurityGroup::id>("id", Required, "a security group id"),
    field::text<&SecurityGroup::name>("name", Optional, "a security group name"),
    // Members are users of the enclosing partner: check_partner checks them once the partner is read.
    field::id<&SecurityGroup::members>("members", Optional, "members", "a member (user id)"),
};

constexpr Field<Partner> kPartnerFields[] = {
    field::id<&Partner::id>("id", Required, "a partner id"),
    field::text<&Partner::name>("name", Required, "a partner name"),
    field::enumeration<&Partner::type>("type", Required),
    field::text<&Partner::region>("region", Required, "a region"),
    field::enumeration<&Partner::cloud>("cloud", Optional),
    field::text<&Partner::mpn_id>("mpn_id", Optional, "an MPN id"),
    field::users<&Partner::users, kPartnerUserFields>("users", Optional, "a partner user"),
    field::objects<&Partner::security_groups, kSecurityGroupFields>("security_groups", Optional, "security_groups", "a security group"),
    // ---- facts.md §8 (s8)
    field::enumeration<&Partner::authorization>("authorization", Optional),
    field::boolean<&Partner::pla_valid>("pla_valid", Optional),
};

constexpr Field<Customer> kCustomerFields[] = {
    field::id<&Customer::id>("id", Required, "a customer id"),
    field::text<&Customer::name>("name", Required, "a customer name"),
    field::text<&Customer::domain>("domain", Optional, "a domain"),
    field::text<&Customer::region>("region", Required, "a region"),
    field::enumeration<&Customer::cloud>("cloud", Optional),
    field::users<&Customer::users, kCustomerUserFields>("users", Optional, "a customer user"),
};

constexpr Field<Service> kServiceFields[] = {
    field::id<&Service::id>("id", Required, "a service id"),
    field::text<&Service::name>("name", Required, "a service name"),
    field::enumeration<&Service::kind>("kind", Optional),
    field::text<&Service::family>("family", Optional, "a service family"),
    field::text<&Service::includes>("includes", Optional, "an included capability"),
    field::reference<&Service::upgrades_to>("upgrades_to", Optional, RefKind::Service, "an upgrade target (service id)"),
};

constexpr Field<Subscription> kSubscriptionFields[] = {
    field::id<&Subscription::id>("id", Required, "a subscription id"),
    field::reference<&Subscription::customer>("customer", Required, RefKind::Customer),
    field::reference<&Subscription::service>("service", Required, RefKind::Service),
    field::enumeration<&Subscription::channel>("channel", Explicit),
    field::reference<&Subscription::partner_of_record>("partner_of_record", Optional, RefKind::Partner),
    field::reference<&Subscription::reseller_of_record>("reseller_of_record", Optional, RefKind::IndirectReseller),
    field::integer<&Subscription::quantity>("quantity", Explicit, 0, 10'000'000),
    field::enumeration<&Subscription::status>("status", Explicit),
    field::time<&Subscription::start>("start", Optional),
    field::time<&Subscription::end>("end", Optional),
    field::time<&Subscription::suspended_at>("suspended_at", Optional),
    field::enumeration<&Subscription::billing_cycle>("billing_cycle", Optional),
    field::boolean<&Subscription::auto_renew>("auto_renew", Optional),
    // ---- billing and add-ons (sub-fix)
    field::reference<&Subscription::parent>("parent", Optional, RefKind::Subscription),
    // ---- sign-in and support contacts
    field::reference<&Subscription::support_contact>("support_contact", Optional, RefKind::IndirectReseller),
    // ---- Azure reservations and software purchases (reserve)
    field::enumeration<&Subscription::kind>("kind", Optional),
    // ---- new commerce (s8)
    field::boolean<&Subscription::new_commerce>("new_commerce", Optional),
    field::time<&Subscription::purchased>("purchased", Optional),
    field::time<&Subscription::seats_added>("seats_added", Optional),
};

constexpr Field<ResellerRelationship> kResellerRelationshipFields[] = {
    field::reference<&ResellerRelationship::partner>("partner", Required, RefKind::Partner),
    field::reference<&ResellerRelationship::customer>("customer", Required, RefKind::Customer),
    field::time<&ResellerRelationship::since>("since", Optional),
    // ---- billing and transfers (sub-fix)
    field::time<&ResellerRelationship::customer_agreement>("customer_agreement", Optional),
};

constexpr Field<DelegatedAdminGrant> kDelegatedAdminFields[] = {
    field::reference<&DelegatedAdminGrant::partner>("partner", Required, RefKind::Partner),
    field::reference<&DelegatedAdminGrant::customer>("customer", Required, RefKind::Customer),
    field::reference<&DelegatedAdminGrant::services>("services", Optional, RefKind::Service, "a service id"),
    field::time<&DelegatedAdminGrant::since>("since", Optional),
    field::time<&DelegatedAdminGrant::last_used>("last_used", Optional),
    field::boolean<&DelegatedAdminGrant::flagged_inactive>("flagged_inactive", Optional),
};

constexpr Field<AccessAssignment> kAccessAssignmentFields[] = {
    field::id<&AccessAssignment::id>("id", Required, "an access assignment id"),
    // A group of the relationship's partner: check_gdap checks it once the relationship is read.
    field::id<&AccessAssignment::security_group>("security_group", Required, "security_group"),
    field::text<&AccessAssignment::roles>("roles", Required, "a role"),
    field::enumeration<&AccessAssignment::status>("status", Explicit),
};

constexpr Field<GdapRelationship> kGdapFields[] = {
    field::id<&GdapRelationship::id>("id", Required, "a GDAP relationship id"),
    field::reference<&GdapRelationship::partner>("partner", Required, RefKind::Partner),
    field::reference<&GdapRelationship::customer>("customer", Required, RefKind::Customer),
    field::text<&GdapRelationship::display_name>("display_name", Required),
    field::integer<&GdapRelationship::duration_days>("duration_days", Explicit, 1, 730),  // P1D..P2Y (R-GDAP-2)
    field::enumeration<&GdapRelationship::status>("status", Explicit),
    field::text<&GdapRelationship::roles>("roles", Required, "a role"),
    field::boolean<&GdapRelationship::auto_extend>("auto_extend", Explicit),
    field::reference<&GdapRelationship::indirect_provider>("indirect_provider", Optional, RefKind::IndirectProvider),
    field::time<&GdapRelationship::created>("created", Optional),
    field::time<&GdapRelationship::requested>("requested", Optional),
    field::time<&GdapRelationship::activated>("activated", Optional),
    field::time<&GdapRelationship::end>("end", Optional),
    field::integer<&GdapRelationship::notices_sent>("notices_sent", Optional, 0, 3),
    field::objects<&GdapRelationship::access_assignments, kAccessAssignmentFields>("access_assignments", Optional, "access_assignments",
                                                                                   "an access assignment"),
};

constexpr Field<Partnership> kPartnershipFields[] = {
    field::reference<&Partnership::provider>("provider", Required, RefKind::IndirectProvider),
    field::reference<&Partnership::reseller>("reseller", Required, RefKind::IndirectReseller),
    field::time<&Partnership::since>("since", Optional),
};

constexpr Field<Invitation> kInvitationFields[] = {
    field::id<&Invitation::id>("id", Required, "an invitation id"),
    field::enumeration<&Invitation::kind>("kind", Required),
    field::reference<&Invitation::partner>("partner", Required, RefKind::Partner),
    field::boolean<&Invitation::include_dap>("include_dap", Explicit),
    field::reference<&Invitation::gdap_relationship>("gdap_relationship", Optional, RefKind::Gdap),
    field::reference<&Invitation::provider>("provider", Optional, RefKind::IndirectProvider),
    field::reference<&Invitation::accepted_by>("accepted_by", Optional, RefKind::Tenant, "a tenant id"),
};

constexpr Field<Transfer> kTransferFields[] = {
    field::id<&Transfer::id>("id", Required, "a transfer id"),
    field::reference<&Transfer::customer>("customer", Required, RefKind::Customer),
    field::reference<&Transfer::source_partner>("source_partner", Required, RefKind::Partner),
    field::reference<&Transfer::target_partner>("target_partner", Required, RefKind::Partner),
    field::reference<&Transfer::subscriptions>("subscriptions", Optional, RefKind::Subscription, "a subscription id"),
    field::enumeration<&Transfer::status>("status", Explicit),
    field::time<&Transfer::created>("created", Optional),
};

// The world's lists are read an element at a time by the sliced load. The first noun is the list's in messages.
constexpr Field<World> kWorldFields[] = {
    field::time<&World::clock>("clock", Required),
    field::objects<&World::services, kServiceFields, defined<Service, Collection::Services>>("services", Optional, "service", "a service"),
    field::objects<&World::partners, kPartnerFields, defined<Partner, Collection::Partners, check_partner>>("partners", Optional, "partner",
                                                                                                          "a partner"),
    field::objects<&World::customers, kCustomerFields, defined<Customer, Collection::Customers>>("customers", Optional, "customer", "a customer"),
    field::objects<&World::subscriptions, kSubscriptionFields, defined<Subscription, Collection::Subscriptions, check_subscription>>(
        "subscriptions", Optional, "subscription", "a subscription"),
    field::objects<&World::reseller_relationships, kResellerRelationshipFields>("reseller_relationships", Optional, "a reseller relationship",
                                                                                "a reseller relationship"),
    field::objects<&World::delegated_admin, kDelegatedAdminFields>("delegated_admin", Optional, "a delegated admin grant",
                                                                   "a delegated admin grant"),
    field::objects<&World::gdap_relationships, kGdapFields, defined<GdapRelationship, Collection::Gdap, check_gdap>>(
        "gdap_relationships", Optional, "GDAP relationship", "a GDAP relationship"),
    field::objects<&World::partnerships, kPartnershipFields>("partnerships", Optional, "a provider-reseller partnership",
                                                             "a provider-reseller partnership"),
    field::objects<&World::invitations, kInvitationFields, defined<Invitation, Collection::Invitations, check_invitation>>(
        "invitations", Optional, "invitation", "an invitation"),
    field::objects<&World::transfers, kTransferFields, defined<Transfer, Collection::Transfers, check_transfer>>("transfers", Optional,
                                                                                                               "transfer", "a transfer"),
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

void read_params(Loader& L, EventParams& params, std::string_view what) {
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

// Events name an action of the engine's table, with that action's parameters of the right types. References inside
// parameters are not checked here: an earlier event may create what a later one names (the engine refuses otherwise).
void check_action(Loader& L, const Event& e, const MemberPlaces& m) {
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
    else if (spec->type == ParamType::Integer && spec->max > spec->min &&
             (std::get<std::int64_t>(value) < spec->min || std::get<std::int64_t>(value) > spec->max))
      L.error_at(m.pos("params"), "number-out-of-range", "parameter \"" + name + "\" of \"" + e.action + "\" is " +
                                                             std::to_string(std::get<std::int64_t>(value)) + "; it must be between " +
                                                             std::to_string(spec->min) + " and " + std::to_string(spec->max) + ".");
  }
}

void check_event(Loader& L, std::vector<Event>& events, const MemberPlaces& m) {
  const Event& e = events.back();
  {
    Loader::Segment at_id(L, "id");
    L.define(Collection::Events, e.id, static_cast<std::uint32_t>(events.size() - 1), m.pos("id"));
  }
  if (events.size() == 1 && e.time) L.first_event_time = m.pos("time");
  check_action(L, e, m);
  if (e.time && L.previous_event_time && *e.time < *L.previous_event_time) {
    Loader::Segment f(L, "time");
    L.error_at(m.pos("time"), "time-goes-backwards", "this event happens at " + format_timestamp(*e.time) +
                                                         ", before the previous event (" + format_timestamp(*L.previous_event_time) + "); events must be in time order.");
  }
  if (e.time) L.previous_event_time = e.time;
}

// "tenant/user" or "system", checked once every tenant is read.
void check_actor(Loader& L, const Event& e, TextPos at) {
  if (!e.actor.empty()) L.check_reference(PendingRef{RefKind::Actor, e.actor, {}, at, L.pointer}, false);
}

constexpr Field<Lesson> kLessonFields[] = {
    field::localized<&Lesson::text>("text", Required, "lesson text"),
    field::text<&Lesson::rule>("rule", Optional, "a rule id"),
};

constexpr Field<Event> kEventFields[] = {
    field::id<&Event::id>("id", Required, "an event id"),
    field::time<&Event::time>("time", Optional),
    field::text<&Event::actor>("actor", Required).checked_by(check_actor),
    field::id<&Event::action>("action", Required, "action"),
    field::params<&Event::params>("params", Optional),
    field::object<&Event::lesson, kLessonFields>("lesson", Optional, "a lesson"),
};

void check_state_path(Loader& L, const StateCheck& s, TextPos at) {
  if (!s.path.empty() && s.path[0] != '/')
    L.error_at(at, "invalid-value", "a state path starts with '/', like \"/subscriptions/sub-1/partner_of_record\".");
}

void check_state(Loader& L, std::vector<StateCheck>& checks, const MemberPlaces& m) {
  const StateCheck& s = checks.back();
  if (s.equals.has_value() == s.exists.has_value())
    L.error_at(m.start, "invalid-value", "a state check needs exactly one of \"equals\" or \"exists\".");
}

constexpr Field<StateCheck> kStateCheckFields[] = {
    field::text<&StateCheck::path>("path", Required).checked_by(check_state_path),
    field::params<&StateCheck::equals>("equals", Optional),
    field::boolean<&StateCheck::exists>("exists", Optional),
};

void check_expectation(Loader& L, std::vector<Expectation>& expectations, const MemberPlaces& m) {
  const Expectation& x = expectations.back();
  if (!x.decision && x.rules.empty() && x.state.empty() && !x.result)
    L.error_at(m.start, "empty-expectation", "an expectation needs at least one of \"decision\", \"rules\", \"state\" or \"result\" (after a list_partner_center event).");
}

constexpr Field<Expectation> kExpectationFields[] = {
    field::reference<&Expectation::after>("after", Required, RefKind::Event, "after (an event id)"),
    field::enumeration<&Expectation::decision>("decision", Optional),
    field::rule_id<&Expectation::rules>("rules", Optional, "a rule id"),
    field::objects<&Expectation::state, kStateCheckFields, check_state>("state", Optional, "state", "a state check"),
    field::present_ids<&Expectation::result>("result", Optional, "result (a list of ids)", "a listed id"),
    field::localized<&Expectation::note>("note", Optional),
};

// Without a "cloud", a scenario's tenants live in its era's cloud.
void cloud_of_era(Metadata& m) { m.cloud = default_cloud(m.era); }

void check_rules_as_of(Loader& L, const Metadata& m, TextPos at) {
  if (const std::string problem = check_rules_day(m.rules_as_of); !problem.empty()) L.error_at(at, "invalid-value", "rules_as_of: " + problem);
}

std::string option_names() {
  std::string out;
  for (const RuleOption& o : rule_options()) out += (out.empty() ? "" : ", ") + std::string(o.id);
  return out;
}

// metadata.rule_options: {"R-DAP-10": "2023-09-25", ...}, each id an option of rules.cpp and each choice one of its.
template <auto M> void read_rule_options(Loader& L, ClassOf<M>& x, const Field<ClassOf<M>>& f) {
  if (!L.expect(JsonType::Object, f.what)) return;
  L.reader.begin_object();
  std::string_view key;
  while (L.reader.next_key(key)) {
    const TextPos key_pos = L.reader.key_position();
    const std::string id(key);
    Loader::Segment segment(L, id);
    const RuleOption* option = find_rule_option(id);
    if (!option) {
      std::vector<std::string_view> ids;
      for (const RuleOption& o : rule_options()) ids.push_back(o.id);
      L.error_at(key_pos, "unknown-option", quoted(id) + " is not a rule option." + did_you_mean(closest(id, ids)) + " The options are " +
                                                option_names() + " (docs/rules.md, \"Rule options\").");
      L.reader.skip_value();
      continue;
    }
    if ((x.*M).count(id)) {
      L.error_at(key_pos, "duplicate-field", "rule option " + quoted(id) + " appears twice; keep one.");
      L.reader.skip_value();
      continue;
    }
    const TextPos at = L.next_pos();
    std::string choice;
    L.text(choice, "a rule option's choice");
    if (L.reader.failed()) return;
    if (std::find(option->choices.begin(), option->choices.end(), choice) == option->choices.end()) {
      std::string choices;
      for (const std::string_view c : option->choices) choices += (choices.empty() ? "\"" : ", \"") + std::string(c) + "\"";
      L.error_at(at, "invalid-value", quoted(choice) + " is not a choice of rule option " + id + "; use " + choices + " (default \"" +
                                          std::string(option->default_choice) + "\").");
      continue;
    }
    (x.*M).emplace(id, std::move(choice));
  }
}

// A dated era decides by its own cloud's rules, and only a dated era reads rules_as_of and rule_options.
void check_metadata(Loader& L, Metadata& m, const MemberPlaces& places) {
  if (!dated_era(m.era)) {
    for (const std::string_view member : {std::string_view("rules_as_of"), std::string_view("rule_options")})
      if (places.has(member)) {
        Loader::Segment segment(L, member);
        L.error_at(places.pos(member), "needs-dated-era",
                   std::string(member) + " applies to the dated eras only, but era is " + quoted(to_name(m.era)) +
                       ", a fixed rule pack; use era \"global_today\" or \"21vianet_today\", or leave " + std::string(member) + " out.");
      }
    return;
  }
  if (places.has("cloud") && m.cloud != era_cloud(m.era)) {
    Loader::Segment segment(L, "cloud");
    const Era fitting = m.cloud == Cloud::China ? Era::Vianet21Today : Era::GlobalToday;
    L.error_at(places.pos("cloud"), "invalid-value",
               "era " + quoted(to_name(m.era)) + " decides by the rules of the " + std::string(to_name(era_cloud(m.era))) + " cloud, but cloud is " +
                   quoted(to_name(m.cloud)) + "; use era " + quoted(to_name(fitting)) + " or leave cloud out.");
  }
}

constexpr Field<Metadata> kMetadataFields[] = {
    field::localized<&Metadata::title>("title", Required),
    field::localized<&Metadata::description>("description", Optional),
    field::enumeration<&Metadata::era>("era", Required),
    field::enumeration<&Metadata::cloud>("cloud", Optional).defaults_by(cloud_of_era),
    field::enumeration<&Metadata::difficulty>("difficulty", Optional),
    field::text<&Metadata::tags>("tags", Optional, "a tag"),
    field::boolean<&Metadata::gdap_in_21vianet>("gdap_in_21vianet", Optional),
    field::text<&Metadata::rules_as_of>("rules_as_of", Optional, "rules_as_of (a date)").checked_by(check_rules_as_of),
    field::row<&Metadata::rule_options>("rule_options", Optional, read_rule_options<&Metadata::rule_options>,
                                         write_value<&Metadata::rule_options>, "rule_options (an object)"),
};

void check_format_version(Loader& L, const Scenario& s, TextPos at) {
  if (s.format_version > kFormatVersion)
    L.error_at(at, "unsupported-version", "this file uses format version " + std::to_string(s.format_version) +
                                              ", written by a newer mpsim; this version reads format " + std::to_string(kFormatVersion) + ".");
  else if (s.format_version < 1)
    L.error_at(at, "unsupported-version", "format_version must be " + std::to_string(kFormatVersion) + ".");
}

// "events" and "expectations" are read an element at a time by the sliced load; "world" is walked member by member.
constexpr Field<Scenario> kScenarioFields[] = {
    field::text<&Scenario::schema>("$schema", Optional),
    field::integer<&Scenario::format_version>("format_version", Required, 0, INT32_MAX).checked_by(check_format_version),
    field::object<&Scenario::metadata, kMetadataFields, check_metadata>("metadata", Required),
    field::object<&Scenario::world, kWorldFields>("world", Required),
    field::objects<&Scenario::events, kEventFields, check_event>("events", Optional, "events", "an event"),
    field::objects<&Scenario::expectations, kExpectationFields, check_expectation>("expectations", Optional, "expectations", "an expectation"),
};

}  // namespace

// The incremental load walks the two outer objects (the scenario and its world) by hand, so that it can stop between
// elements of the lists whose rows read an element at a time (the world's lists, the events, the expectations);
// everything inside an element is read in one go by the same field tables as any other value.
struct ScenarioLoad::State {
  State(std::string_view text, const JsonLimits& limits, std::size_t max_issues) : L(text, limits, max_issues) {}
  enum class Stage { Start, ScenarioMembers, WorldMembers, WorldList, ScenarioList, Finish, Done };
  Loader L;
  Stage stage = Stage::Start;
  Members<std::size(kScenarioFields)> scenario_members;
  Members<std::size(kWorldFields)> world_members;
  std::size_t scenario_pointer = 0, world_pointer = 0;  // pointer lengths to return to after a member
  const Field<World>* world_list = nullptr;
  const Field<Scenario>* scenario_list = nullptr;
  std::size_t index = 0;
  std::optional<Result<Scenario>> result;

  // After a member of the scenario (or of the world) was read or skipped.
  void member_done(std::size_t pointer_length) {
    L.note_failure();
    L.pointer.resize(pointer_length);
  }

  void step() {
    constexpr std::size_t kScenarioN = std::size(kScenarioFields), kWorldN = std::size(kWorldFields);
    const auto nothing = [](const MemberPlaces&) {};
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
          L.object_close(L.scenario, scenario_members, kScenarioFields, "the scenario", nothing);
          L.reader.finish();
          stage = Stage::Finish;
          return;
        }
        const Field<Scenario>& row = kScenarioFields[i];
        if (row.name == "world") {
          if (L.object_open(world_members, kWorldFields, row.what)) stage = Stage::WorldMembers;
          else member_done(scenario_pointer);
        } else if (row.read_item) {
          index = 0;
          scenario_list = &row;
          if (L.array_open(row.what)) stage = Stage::ScenarioList;
          else member_done(scenario_pointer);
        } else {
          L.read_member(row, L.scenario);
          member_done(scenario_pointer);
        }
        return;
      }
      case Stage::WorldMembers: {
        const std::size_t i = L.object_next(world_members, kWorldFields, "world", world_pointer);
        if (i == kWorldN) {
          L.object_close(L.scenario.world, world_members, kWorldFields, "world", nothing);
          member_done(scenario_pointer);
          stage = Stage::ScenarioMembers;
          return;
        }
        const Field<World>& row = kWorldFields[i];
        if (row.read_item) {
          index = 0;
          world_list = &row;
          if (L.array_open(row.what)) stage = Stage::WorldList;
          else member_done(world_pointer);
        } else {
          L.read_member(row, L.scenario.world);
          member_done(world_pointer);
        }
        return;
      }
      case Stage::WorldList:
        if (!L.array_next(index, [&] { world_list->read_item(L, L.scenario.world, *world_list); })) {
          member_done(world_pointer);
          stage = Stage::WorldMembers;
        }
        return;
      case Stage::ScenarioList:
        if (!L.array_next(index, [&] { scenario_list->read_item(L, L.scenario, *scenario_list); })) {
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
template <class T, std::size_t N> MemberList members_of(const T& value, const Field<T> (&fields)[N], MemberDefaults defaults) {
  MemberList out;
  for (const Field<T>& field : fields) {
    Saver saver;
    saver.out = JsonWriter(false);
    saver.with_defaults = defaults == MemberDefaults::Shown;
    saver.out.begin_object();
    field.write(saver, value, field);
    saver.out.end_object();
    std::string text = saver.out.finish();  // {"name":value} or {} when the member is left out
    if (text.size() <= 2) continue;
    const std::size_t colon = text.find("\":") + 2;
    out.emplace_back(std::string(field.name), text.substr(colon, text.size() - colon - 1));
  }
  return out;
}
}  // namespace

MemberList entity_members(const Subscription& v, MemberDefaults d) { return members_of(v, kSubscriptionFields, d); }
MemberList entity_members(const Customer& v, MemberDefaults d) { return members_of(v, kCustomerFields, d); }
MemberList entity_members(const Partner& v, MemberDefaults d) { return members_of(v, kPartnerFields, d); }
MemberList entity_members(const ResellerRelationship& v, MemberDefaults d) { return members_of(v, kResellerRelationshipFields, d); }
MemberList entity_members(const DelegatedAdminGrant& v, MemberDefaults d) { return members_of(v, kDelegatedAdminFields, d); }
MemberList entity_members(const GdapRelationship& v, MemberDefaults d) { return members_of(v, kGdapFields, d); }
MemberList entity_members(const Partnership& v, MemberDefaults d) { return members_of(v, kPartnershipFields, d); }
MemberList entity_members(const Invitation& v, MemberDefaults d) { return members_of(v, kInvitationFields, d); }
MemberList entity_members(const Transfer& v, MemberDefaults d) { return members_of(v, kTransferFields, d); }

std::string param_json(const ParamValue& value) {
  Saver saver;
  saver.out = JsonWriter(false);
  saver.value(value);
  return saver.out.finish();
}

std::string export_scenario(const Scenario& scenario) {
  Saver saver;
  saver.members(scenario, kScenarioFields);
  return saver.out.finish();
}

}  // namespace core
