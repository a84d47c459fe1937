// message.cpp — rendering messages from the template table in either language, and checking that table.
#include "mpsim/message.hpp"

#include <algorithm>
#include <set>
#include <unordered_set>

namespace core {

bool Message::Template::operator==(const Template&) const = default;
bool Message::List::operator==(const List&) const = default;
bool Message::operator==(const Message&) const = default;

Message Message::of(std::string_view key) { return of(key, {}); }

Message Message::of(std::string_view key, std::vector<MessageArg> args) {
  Message m;
  m.value = Template{key, std::move(args)};
  return m;
}

Message Message::both(std::string english, std::string chinese) {
  Message m;
  m.value = Both{std::move(english), std::move(chinese)};
  return m;
}

Message Message::list(std::vector<Message> items) {
  Message m;
  m.value = List{std::move(items)};
  return m;
}

Message Message::time(Timestamp at) {
  Message m;
  m.value = Time{at};
  return m;
}

MessageCatalog::MessageCatalog(std::span<const MessageTemplate> rows) {
  for (const MessageTemplate& row : rows) by_key_.emplace(row.key, &row);
}

const MessageCatalog& MessageCatalog::builtin() {
  static const MessageCatalog catalog(message_templates());
  return catalog;
}

const MessageTemplate* MessageCatalog::find(std::string_view key) const {
  const auto it = by_key_.find(key);
  return it == by_key_.end() ? nullptr : it->second;
}

namespace {

// ---- a template's text as literal runs and placeholders

struct Piece {
  std::string_view text;  // literal text, or the whole placeholder "{name:format}" when it is one
  bool placeholder = false;
  std::string_view name, format;
};

// Splits a template into pieces; `error` gets the first malformed brace, and that brace is kept as text.
std::vector<Piece> pieces_of(std::string_view text, std::string* error = nullptr) {
  std::vector<Piece> out;
  std::size_t run = 0;  // start of the current literal run
  const auto flush = [&](std::size_t end) {
    if (end > run) out.push_back(Piece{text.substr(run, end - run), false, {}, {}});
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if ((c == '{' || c == '}') && i + 1 < text.size() && text[i + 1] == c) {  // "{{" or "}}": one literal brace
      flush(i + 1);
      run = i + 2;
      ++i;
      continue;
    }
    if (c == '}') {
      if (error && error->empty()) *error = "a '}' closes no placeholder";
      continue;
    }
    if (c != '{') continue;
    const std::size_t close = text.find_first_of("{}", i + 1);
    if (close == std::string_view::npos || text[close] != '}') {
      if (error && error->empty()) *error = "a '{' is not closed";
      continue;
    }
    const std::string_view inside = text.substr(i + 1, close - i - 1);
    const std::size_t colon = inside.find(':');
    Piece p{text.substr(i, close - i + 1), true, inside.substr(0, colon),
            colon == std::string_view::npos ? std::string_view() : inside.substr(colon + 1)};
    if (p.name.empty()) {
      if (error && error->empty()) *error = "a placeholder has no name";
      continue;
    }
    flush(i);
    out.push_back(p);
    run = close + 1;
    i = close;
  }
  flush(text.size());
  return out;
}

// "x|y": the two alternatives of a choice; false when the format is not one.
bool choice_of(std::string_view format, std::string_view& one, std::string_view& other) {
  const std::size_t bar = format.find('|');
  if (bar == std::string_view::npos) return false;
  one = format.substr(0, bar);
  other = format.substr(bar + 1);
  return true;
}

bool known_format(std::string_view format) {
  std::string_view one, other;
  if (choice_of(format, one, other)) return other.find('|') == std::string_view::npos;
  return format.empty() || format == "and" || format == "or" || format == "poss" || format == "date" || format == "time";
}

// ---- where Latin meets Chinese

char32_t first_code_point(std::string_view s) {
  if (s.empty()) return 0;
  const auto b = static_cast<unsigned char>(s[0]);
  const int extra = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : b >= 0xC0 ? 1 : 0;
  if (static_cast<std::size_t>(extra) >= s.size()) return b;
  char32_t c = extra == 0 ? b : b & (0x3F >> extra);
  for (int k = 1; k <= extra; ++k) c = (c << 6) | (static_cast<unsigned char>(s[static_cast<std::size_t>(k)]) & 0x3F);
  return c;
}

char32_t last_code_point(std::string_view s) {
  if (s.empty()) return 0;
  std::size_t start = s.size() - 1;  // back over continuation bytes (10xxxxxx) to the lead byte
  while (start > 0 && s.size() - start < 4 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
  return first_code_point(s.substr(start));
}

bool is_han(char32_t c) {
  return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x323AF);
}

bool is_latin_or_digit(char32_t c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7);
}

// A Latin name may end with a closing parenthesis or a full stop ("Fabrikam Trading (Shanghai)", "Fabrikam Inc.") and
// an argument may start with an opening one ("(Plan 1)"): the space goes there too, as in "委派管理员权限 (DAP)".
bool ends_latin(char32_t c) { return is_latin_or_digit(c) || c == ')' || c == '.' || c == '%'; }
bool starts_latin(char32_t c) { return is_latin_or_digit(c) || c == '('; }

// Builds a rendered text; in Chinese, a space goes where a Latin letter or digit meets a Chinese character.
class Writer {
 public:
  explicit Writer(Language language) : language_(language) {}
  void add(std::string_view piece) {
    if (language_ == Language::ChineseSimplified && !out_.empty() && !piece.empty()) {
      const char32_t before = last_code_point(out_), after = first_code_point(piece);
      if ((is_han(before) && starts_latin(after)) || (ends_latin(before) && is_han(after))) out_ += ' ';
    }
    out_ += piece;
  }
  std::string take() { return std::move(out_); }

 private:
  Language language_;
  std::string out_;
};

// ---- rendering

class Renderer {
 public:
  Renderer(Language language, const MessageCatalog& catalog) : language_(language), catalog_(catalog) {}

  std::string value(const Message& m) const {
    if (const auto* s = std::get_if<std::string>(&m.value)) return *s;
    if (const auto* n = std::get_if<std::int64_t>(&m.value)) return std::to_string(*n);
    if (const auto* b = std::get_if<Message::Both>(&m.value)) return english() ? b->english : b->chinese;
    if (const auto* l = std::get_if<Message::List>(&m.value)) return joined(*l, "and");
    if (const auto* t = std::get_if<Message::Time>(&m.value)) return format_timestamp(t->at);
    return filled(std::get<Message::Template>(m.value));
  }

 private:
  bool english() const { return language_ == Language::English; }

  // "A, B and C" / "A、B和C"; `how` is "and" or "or".
  std::string joined(const Message::List& list, std::string_view how) const {
    const std::string_view last = english() ? (how == "or" ? " or " : " and ") : (how == "or" ? "或" : "和");
    const std::string_view between = english() ? ", " : "、";
    Writer out(language_);
    for (std::size_t i = 0; i < list.items.size(); ++i) {
      if (i > 0) out.add(i + 1 == list.items.size() ? last : between);
      out.add(value(list.items[i]));
    }
    return out.take();
  }

  std::string formatted(const Message& arg, std::string_view format) const {
    std::string_view one, other;
    if (choice_of(format, one, other)) {
      std::int64_t count = 1;
      if (const auto* l = std::get_if<Message::List>(&arg.value)) count = static_cast<std::int64_t>(l->items.size());
      if (const auto* n = std::get_if<std::int64_t>(&arg.value)) count = *n;
      return std::string(count == 1 ? one : other);
    }
    if (format == "and" || format == "or")
      if (const auto* l = std::get_if<Message::List>(&arg.value)) return joined(*l, format);
    if (format == "date" || format == "time")
      if (const auto* t = std::get_if<Message::Time>(&arg.value)) return format == "date" ? format_date(t->at) : format_timestamp(t->at);
    std::string text = value(arg);
    if (format == "poss") {
      if (!english()) {
        Writer out(language_);
        out.add(text);
        out.add("的");
        return out.take();
      }
      text += !text.empty() && text.back() == 's' ? "'" : "'s";
    }
    return text;
  }

  std::string filled(const Message::Template& t) const {
    const MessageTemplate* row = catalog_.find(t.key);
    if (!row) return "{" + std::string(t.key) + "}";
    Writer out(language_);
    for (const Piece& piece : pieces_of(english() ? row->english : row->chinese)) {
      if (!piece.placeholder) {
        out.add(piece.text);
        continue;
      }
      const auto arg = std::find_if(t.args.begin(), t.args.end(), [&](const MessageArg& a) { return a.name == piece.name; });
      out.add(arg == t.args.end() ? std::string(piece.text) : formatted(arg->value, piece.format));
    }
    return out.take();
  }

  Language language_;
  const MessageCatalog& catalog_;
};

}  // namespace

std::string render(const Message& message, Language language, const MessageCatalog& catalog) {
  return Renderer(language, catalog).value(message);
}

std::vector<std::string> check_message_templates(std::span<const MessageTemplate> rows) {
  std::vector<std::string> problems;
  std::unordered_set<std::string_view> keys;
  for (const MessageTemplate& row : rows) {
    const std::string where = "row \"" + std::string(row.key) + "\"";
    if (row.key.empty()) problems.push_back("a row has no key (English: \"" + std::string(row.english) + "\")");
    else if (!keys.insert(row.key).second) problems.push_back(where + ": the key is used by an earlier row");
    if (row.english.empty()) problems.push_back(where + " has no English text");
    if (row.chinese.empty()) {
      problems.push_back(where + " lacks its Chinese text");
      continue;
    }
    // Placeholder names in each language (formatters may differ: Chinese needs no "is|are").
    std::set<std::string_view> names[2];
    bool has_han = false, has_letters = false;
    const std::string_view texts[2] = {row.english, row.chinese};
    const char* const languages[2] = {"English", "Chinese"};
    for (int l = 0; l < 2; ++l) {
      std::string error;
      for (const Piece& piece : pieces_of(texts[l], &error)) {
        if (piece.placeholder) {
          names[l].insert(piece.name);
          if (!known_format(piece.format))
            problems.push_back(where + ": {" + std::string(piece.name) + ":" + std::string(piece.format) + "} in the " + languages[l] +
                               " text has an unknown formatter (known: and, or, poss, date, time, one|other)");
          continue;
        }
        if (l == 0) continue;
        for (std::size_t i = 0; i < piece.text.size(); ++i) {
          const char c = piece.text[i];
          has_letters |= (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
          has_han |= is_han(first_code_point(piece.text.substr(i)));
        }
      }
      if (!error.empty()) problems.push_back(where + ": in the " + languages[l] + " text, " + error + " (write {{ or }} for a literal brace)");
    }
    for (int l = 0; l < 2; ++l)
      for (const std::string_view name : names[l])
        if (!names[1 - l].count(name))
          problems.push_back(where + ": {" + std::string(name) + "} is in the " + languages[l] + " text but not in the " + languages[1 - l] + " text");
    if (has_letters && !has_han) problems.push_back(where + ": the Chinese text has no Chinese in it");
  }
  return problems;
}

}  // namespace core
