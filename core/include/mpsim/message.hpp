// message.hpp — a text the engine shows, kept as a template key and named arguments rather than as a string, so that
// it renders in either language after the fact (the user may switch language while reading a decision).
//
// The templates are one table, message_templates() (core/src/message_templates.cpp): each row is a key, its English
// and its Simplified Chinese, with placeholders `{name}` or `{name:formatter}` (`{{` and `}}` are literal braces).
// Formatters:
//   (none)  the argument as it is; a list is joined with "and"
//   and/or  a list joined per language: "A, B and C" / "A、B和C", "A, B or C" / "A、B或C"
//   poss    possessive: "Contoso's", "Northwind Partners'" / "Contoso 的"
//   date    a time as its date, "2018-11-02"; time: the whole timestamp, "2018-11-02T08:00:00Z"
//   x|y     a choice by count (a list's length or a number): x when it is 1, else y ("is|are", "day|days");
//           the argument itself is not shown
// English renders byte for byte as the engine's strings were built before templates. In Chinese the renderer puts a
// space between a Latin letter or digit and a Chinese character where an argument meets the text around it, as
// Microsoft's zh-CN pages write them (docs/glossary.md), so templates write "{customer}的订阅" and get "Contoso 的订阅".
#pragma once
#include <concepts>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <variant>
#include <vector>

#include "mpsim/language.hpp"
#include "mpsim/time.hpp"

namespace core {

struct MessageArg;

struct Message {
  // A row of the template table, filled in by name.
  struct Template {
    std::string_view key;
    std::vector<MessageArg> args;
    bool operator==(const Template&) const;
  };
  // A word the caller has in both languages (an enum label, a role's display name).
  struct Both {
    std::string english, chinese;
    bool operator==(const Both&) const = default;
  };
  // Items joined by the placeholder's formatter.
  struct List {
    std::vector<Message> items;
    bool operator==(const List&) const;
  };
  struct Time {
    Timestamp at = 0;
    bool operator==(const Time&) const = default;
  };

  // A literal, the same in every language (a name from the scenario, an id), or one of the kinds above.
  std::variant<std::string, std::int64_t, Both, List, Time, Template> value;

  Message() = default;
  Message(std::string text) : value(std::move(text)) {}
  Message(std::string_view text) : value(std::string(text)) {}
  Message(const char* text) : value(std::string(text)) {}
  template <std::integral N>
    requires(!std::same_as<N, bool>)
  Message(N number) : value(static_cast<std::int64_t>(number)) {}

  static Message of(std::string_view key, std::vector<MessageArg> args = {});
  static Message both(std::string english, std::string chinese);
  static Message list(std::vector<Message> items);
  static Message time(Timestamp at);

  bool operator==(const Message&) const;
};

struct MessageArg {
  std::string_view name;
  Message value;
  bool operator==(const MessageArg&) const = default;
};

// One row of the template table.
struct MessageTemplate {
  std::string_view key;
  std::string_view english;
  std::string_view chinese;
};

// The one table of templates (core/src/message_templates.cpp).
std::span<const MessageTemplate> message_templates();

// Rows looked up by key; builtin() holds message_templates().
class MessageCatalog {
 public:
  explicit MessageCatalog(std::span<const MessageTemplate> rows);
  static const MessageCatalog& builtin();
  const MessageTemplate* find(std::string_view key) const;

 private:
  std::unordered_map<std::string_view, const MessageTemplate*> by_key_;
};

// The message in `language`. A key the catalog lacks renders as "{key}" and a missing argument as "{name}", so that
// the mistake shows (the table check and the tests keep both from happening).
std::string render(const Message& message, Language language, const MessageCatalog& catalog = MessageCatalog::builtin());

// What is wrong with a template table, one sentence per problem: an empty or repeated key, a row without its
// English or its Chinese text, Chinese text that is still English, a stray brace, an unknown formatter, or
// placeholders that differ between the two languages. Empty when the table is sound.
std::vector<std::string> check_message_templates(std::span<const MessageTemplate> rows);

}  // namespace core
