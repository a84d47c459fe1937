// test_support.hpp — small helpers shared by the suites: reading fixtures and finding issues by code.
#pragma once
#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "mpsim/issue.hpp"

namespace test_support {

// MPSIM_SOURCE_DIR is set by tests/CMakeLists.txt; under Node the wasm build reads the real disk (NODERAWFS).
inline std::string source_path(const std::string& relative) { return std::string(MPSIM_SOURCE_DIR) + "/" + relative; }

inline std::string read_text(const std::string& relative) {
  std::ifstream in(source_path(relative), std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

inline const core::Issue* find_issue(const std::vector<core::Issue>& issues, const std::string& code) {
  const auto it = std::find_if(issues.begin(), issues.end(), [&](const core::Issue& i) { return i.code == code; });
  return it == issues.end() ? nullptr : &*it;
}

inline std::string all_issues(const std::vector<core::Issue>& issues) {
  std::string out;
  for (const core::Issue& i : issues) out += core::format_issue(i) + "\n";
  return out;
}

}  // namespace test_support
