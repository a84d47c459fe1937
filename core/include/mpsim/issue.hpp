// issue.hpp — problems found in user input, reported as data (never thrown).
// Every Issue says where (JSON Pointer, line, column), what (a stable code), and what to do (message).
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace core {

enum class Severity : std::uint8_t { Error, Warning };

struct Issue {
  Severity severity = Severity::Error;
  std::string code;      // stable, kebab-case (e.g. "unknown-field"); documented in docs/scenario-format.md
  std::string pointer;   // RFC 6901 JSON Pointer of the offending value ("" = whole document)
  std::uint32_t line = 0;    // 1-based; 0 when not tied to a place in the text
  std::uint32_t column = 0;  // 1-based, counted in Unicode code points
  std::string message;   // one or two sentences a person can act on
  std::string source;    // the input it concerns when several are read together (mpsim import); else ""
};

// The value of a fallible operation, or the reasons it has none. Warnings may accompany a value.
template <class T>
struct Result {
  std::optional<T> value;
  std::vector<Issue> issues;
  bool ok() const { return value.has_value(); }
};

bool has_errors(const std::vector<Issue>& issues);
// "line 3, column 7, /world/partners/0/id: message" — the one-line form used by the CLI and the Problems panel.
std::string format_issue(const Issue& issue);

}  // namespace core
