// mpsim_main.cpp — the native command-line tool: the same core the page runs, for scenario authors and CI.
// Exit codes: 0 success, 1 the input has problems, 2 wrong usage or unreadable file.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "mpsim/enum_names.hpp"
#include "mpsim/scenario_io.hpp"
#include "mpsim/summary.hpp"

namespace {

constexpr const char* kUsage = R"(mpsim — simulate Microsoft Partner Center CSP multi-partner rules

Usage:
  mpsim summary FILE          Load a scenario and print what it contains.
  mpsim validate FILE...      Check scenario files; list every problem with its JSON Pointer, line and column.
  mpsim export FILE [-o OUT]  Write FILE in canonical form (fixed member order, 2-space indent) to OUT or stdout.
  mpsim --help                Show this text.
  mpsim --version             Show the version and the scenario format it reads.

Exit status: 0 when everything is valid, 1 when a file has problems, 2 for usage errors or unreadable files.
Scenario format: docs/scenario-format.md. The browser app runs the same engine (README.md).
)";

constexpr const char* kVersion = "mpsim 0.1.0 (scenario format 1)";

// Reads a whole file; a message on failure instead of the text.
bool read_file(const std::string& path, std::string& text, std::string& error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = "cannot open " + path;
    return false;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) {
    error = "cannot read " + path;
    return false;
  }
  text = std::move(buffer).str();
  return true;
}

void print_issues(const std::string& path, const std::vector<core::Issue>& issues) {
  for (const core::Issue& issue : issues) std::cout << path << ": " << core::format_issue(issue) << "\n";
}

int command_summary(const std::vector<std::string>& args) {
  if (args.size() != 1) {
    std::cerr << "mpsim summary takes one FILE.\n\n" << kUsage;
    return 2;
  }
  std::string text, error;
  if (!read_file(args[0], text, error)) {
    std::cerr << "mpsim: " << error << "\n";
    return 2;
  }
  const core::Result<core::Scenario> loaded = core::load_scenario(text);
  print_issues(args[0], loaded.issues);
  if (!loaded.ok()) {
    std::cout << args[0] << ": not loaded (" << loaded.issues.size() << " problem" << (loaded.issues.size() == 1 ? "" : "s") << ")\n";
    return 1;
  }
  const core::Scenario& scenario = *loaded.value;
  const core::ScenarioSummary s = core::summarize(scenario);
  std::cout << "Scenario:      " << s.title << "\n"
            << "Era:           " << core::to_name(s.era) << " — " << core::era_label(s.era) << "\n"
            << "Clock:         " << core::format_timestamp(scenario.world.clock) << "\n"
            << "Partners:      " << s.partners << " (" << s.direct_bill << " direct-bill, " << s.indirect_providers
            << " indirect providers, " << s.indirect_resellers << " indirect resellers)\n"
            << "Customers:     " << s.customers << " (" << s.multi_partner_customers << " with several partners)\n"
            << "Services:      " << s.services << "\n"
            << "Subscriptions: " << s.subscriptions << " (" << s.active_subscriptions << " active)\n"
            << "Relationships: " << s.reseller_relationships << " reseller, " << s.delegated_admin << " DAP, "
            << s.gdap_relationships << " GDAP, " << s.partnerships << " provider-reseller\n"
            << "Invitations:   " << s.invitations << "\n"
            << "Transfers:     " << s.transfers << "\n"
            << "Events:        " << s.events << "\n"
            << "Expectations:  " << s.expectations << "\n";
  return 0;
}

int command_validate(const std::vector<std::string>& args) {
  if (args.empty()) {
    std::cerr << "mpsim validate takes one or more FILEs.\n\n" << kUsage;
    return 2;
  }
  int status = 0;
  for (const std::string& path : args) {
    std::string text, error;
    if (!read_file(path, text, error)) {
      std::cerr << "mpsim: " << error << "\n";
      status = 2;
      continue;
    }
    const core::Result<core::Scenario> loaded = core::load_scenario(text);
    print_issues(path, loaded.issues);
    if (loaded.ok()) {
      std::cout << path << ": valid\n";
    } else {
      std::cout << path << ": invalid (" << loaded.issues.size() << " problem" << (loaded.issues.size() == 1 ? "" : "s") << ")\n";
      if (status == 0) status = 1;
    }
  }
  return status;
}

int command_export(const std::vector<std::string>& args) {
  std::string input, output;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "-o" && i + 1 < args.size()) output = args[++i];
    else if (input.empty() && args[i] != "-o") input = args[i];
    else {
      std::cerr << "mpsim export takes FILE and optionally -o OUT.\n\n" << kUsage;
      return 2;
    }
  }
  if (input.empty()) {
    std::cerr << "mpsim export takes FILE and optionally -o OUT.\n\n" << kUsage;
    return 2;
  }
  std::string text, error;
  if (!read_file(input, text, error)) {
    std::cerr << "mpsim: " << error << "\n";
    return 2;
  }
  const core::Result<core::Scenario> loaded = core::load_scenario(text);
  if (!loaded.ok()) {
    for (const core::Issue& issue : loaded.issues) std::cerr << input << ": " << core::format_issue(issue) << "\n";
    std::cerr << input << ": not exported (" << loaded.issues.size() << " problems)\n";
    return 1;
  }
  const std::string canonical = core::export_scenario(*loaded.value);
  if (output.empty()) {
    std::cout << canonical;
    return 0;
  }
  // Write next to the target, then rename: an interrupted export never leaves a half-written file.
  const std::string temporary = output + ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out << canonical;
    if (!out.flush()) {
      std::cerr << "mpsim: cannot write " << temporary << "\n";
      return 2;
    }
  }
  if (std::rename(temporary.c_str(), output.c_str()) != 0) {
    std::cerr << "mpsim: cannot replace " << output << "\n";
    std::remove(temporary.c_str());
    return 2;
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  const std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) {
    std::cerr << kUsage;
    return 2;
  }
  const std::string& command = args[0];
  const std::vector<std::string> rest(args.begin() + 1, args.end());
  if (command == "--help" || command == "-h" || command == "help") {
    std::cout << kUsage;
    return 0;
  }
  if (command == "--version") {
    std::cout << kVersion << "\n";
    return 0;
  }
  if (command == "summary") return command_summary(rest);
  if (command == "validate") return command_validate(rest);
  if (command == "export") return command_export(rest);
  std::cerr << "mpsim: unknown command '" << command << "'.\n\n" << kUsage;
  return 2;
}
