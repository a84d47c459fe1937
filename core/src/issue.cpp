// issue.cpp — helpers for Issue lists.
#include "mpsim/issue.hpp"

namespace core {

bool has_errors(const std::vector<Issue>& issues) {
  for (const Issue& issue : issues)
    if (issue.severity == Severity::Error) return true;
  return false;
}

std::string format_issue(const Issue& issue) {
  std::string out = issue.severity == Severity::Error ? "error" : "warning";
  out += " [" + issue.code + "]";
  if (issue.line > 0) out += " line " + std::to_string(issue.line) + ", column " + std::to_string(issue.column);
  out += " at " + (issue.pointer.empty() ? std::string("(document)") : issue.pointer);
  out += ": " + issue.message;
  return out;
}

}  // namespace core
