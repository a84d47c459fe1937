// json_value.cpp — builds a JsonValue tree with the pull reader (depth is bounded by the reader's limit).
#include "mpsim/json_value.hpp"

namespace core {
namespace {

bool equal_ignoring_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
    if (lower(a[i]) != lower(b[i])) return false;
  }
  return true;
}

struct TreeBuilder {
  JsonReader& reader;
  std::string pointer;
  std::vector<Issue> issues;
  std::string failure_pointer;
  bool failure_noted = false;

  // A container just closed: if it ended with a tolerated ",]" or ",}", say so at its pointer.
  void note_close(std::size_t commas_before) {
    if (reader.tolerated_commas().size() > commas_before) {
      const TextPos comma = reader.tolerated_commas().back();
      issues.push_back(Issue{Severity::Warning, "json-trailing-comma", pointer, comma.line, reader.column_of(comma),
                             "a trailing comma before the closing bracket was ignored (it is not valid JSON)", ""});
    }
    note_failure();
  }
  void note_failure() {
    if (reader.failed() && !failure_noted) {
      failure_noted = true;
      failure_pointer = pointer;
    }
  }

  void read(JsonValue& out) {
    out.type = reader.peek();
    note_failure();
    const TextPos pos = reader.position();
    out.line = pos.line;
    out.column = reader.column_of(pos);
    switch (out.type) {
      case JsonType::Null: reader.read_null(); break;
      case JsonType::Bool: out.boolean = reader.read_bool(); break;
      case JsonType::String: out.text = std::string(reader.read_string()); break;
      case JsonType::Number: {
        const JsonNumber n = reader.read_number();
        out.text = std::string(n.text);
        out.is_integer = n.is_integer;
        out.fits_int64 = n.fits_int64;
        out.integer = n.integer;
        break;
      }
      case JsonType::Object: {
        reader.begin_object();
        std::string_view key;
        std::size_t commas = reader.tolerated_commas().size();
        while (reader.next_key(key)) {
          out.members.push_back(JsonMember{std::string(key), JsonValue{}});
          const std::size_t length = pointer.size();
          pointer += '/';
          for (const char c : key) pointer += c == '~' ? std::string("~0") : c == '/' ? std::string("~1") : std::string(1, c);
          read(out.members.back().second);
          pointer.resize(length);
          commas = reader.tolerated_commas().size();
        }
        note_close(commas);
        break;
      }
      case JsonType::Array: {
        reader.begin_array();
        std::size_t commas = reader.tolerated_commas().size();
        while (reader.next_element()) {
          const std::size_t length = pointer.size();
          pointer += '/' + std::to_string(out.items.size());
          out.items.emplace_back();
          read(out.items.back());
          pointer.resize(length);
          commas = reader.tolerated_commas().size();
        }
        note_close(commas);
        break;
      }
      case JsonType::Invalid: break;
    }
    note_failure();
  }
};

}  // namespace

const JsonValue* JsonValue::get(std::string_view key) const {
  for (const auto& [name, value] : members)
    if (equal_ignoring_case(name, key)) return &value;
  return nullptr;
}

const JsonValue* JsonValue::path(std::initializer_list<std::string_view> keys) const {
  const JsonValue* at = this;
  for (const std::string_view key : keys) {
    at = at->get(key);
    if (!at) return nullptr;
  }
  return at;
}

Result<JsonValue> parse_json_value(std::string_view text, const JsonLimits& limits) {
  Result<JsonValue> result;
  JsonReader reader(text, limits);
  TreeBuilder builder{reader, {}, {}, {}, false};
  JsonValue root;
  if (!reader.failed()) builder.read(root);
  reader.finish();
  builder.note_failure();
  result.issues = std::move(builder.issues);
  if (reader.failed()) {
    const JsonError& e = reader.error();
    result.issues.push_back(Issue{Severity::Error, e.code, builder.failure_pointer, e.pos.line, reader.column_of(e.pos), e.message, ""});
    return result;
  }
  result.value = std::move(root);
  return result;
}

}  // namespace core
