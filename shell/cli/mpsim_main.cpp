// mpsim_main.cpp — the native command-line tool: the same core the page runs, for scenario authors and CI.
// Exit codes: 0 success, 1 the input has problems, 2 wrong usage or unreadable file.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "mpsim/compare.hpp"
#include "mpsim/enum_names.hpp"
#include "mpsim/gdap.hpp"
#include "mpsim/generate.hpp"
#include "mpsim/import.hpp"
#include "mpsim/json_reader.hpp"
#include "mpsim/rules.hpp"
#include "mpsim/perspectives.hpp"
#include "mpsim/run.hpp"
#include "mpsim/timeline.hpp"
#include "mpsim/scenario_io.hpp"
#include "mpsim/summary.hpp"
#include "mpsim/terminal_text.hpp"

namespace {

constexpr const char* kUsage = R"(mpsim — simulate Microsoft Partner Center CSP multi-partner rules

Usage:
  mpsim summary FILE          Load a scenario and print what it contains.
  mpsim validate FILE...      Check scenario files; list every problem with its JSON Pointer, line and column.
  mpsim run FILE [--json | --markdown] [--tz OFFSET] [--lang LANG]
                              Replay a scenario and print the decision log: every step, the rules that decided it and
                              what changed (text, JSON with --json, or with --markdown the report the app downloads).
  mpsim check FILE...         Replay scenarios and check their expectations; exit 0 only when all hold and no
                              invariant broke.
  mpsim compare FILE [--with ERA] [--as-of DATE] [--cloud china|global] [--against DATE] [--tz OFFSET] [--lang LANG]
                              Replay the events under two rule settings, A and B, and show, event by event, where the
                              decisions differ (with --tz, when each event happens).
                              A: the scenario's own era. --as-of DATE: A takes the rules in force on DATE (YYYY-MM-DD,
                              2016-01-01 to 2026-12-31) in the scenario's cloud; --cloud: in that cloud instead.
                              B: --with ERA (any era; a dated one on A's DATE), or --against DATE: A's rules on another
                              day. Default B: 21vianet <-> global_gdap, global_dap -> 21vianet, a dated era -> the other
                              cloud's. E.g. two days: --as-of 2023-06-01 --against 2026-06-01; two clouds on one day:
                              --as-of 2026-06-01 (--cloud global --with 21vianet_today).
  mpsim view FILE (--partner ID [--user ID] | --customer ID) [--after EVENT | --start] [--tz OFFSET] [--lang LANG]
                              What one party sees: a partner's customer list and what it may do for each, or a
                              customer's Partner relationships page; at the start, after EVENT, or at the end (with
                              --tz, the view first says at which moment).
  mpsim rules [--markdown]    List the rule catalogue (--markdown: docs/rules.md as generated).
  mpsim rules --as-of DATE [--cloud china|global]
                              List the rules in force on DATE (YYYY-MM-DD, 2016-01-01 to 2026-12-31) in that cloud
                              (default global), with the days each is in force and where its dates come from.
  mpsim actions [--markdown]  List the actions events may name (--markdown: docs/actions.md as generated).
  mpsim gdap [--markdown]     List the GDAP state machine's edges: from, to, who, action, rule and when (--markdown:
                              docs/gdap.md's generated section, a Mermaid state diagram and the edge table).
  mpsim export FILE [-o OUT]  Write FILE in canonical form (fixed member order, 2-space indent) to OUT or stdout.
  mpsim import PAYLOAD... [options] [-o OUT]
                              Build a scenario from Partner Center REST / Graph GDAP responses (JSON bodies, with or
                              without the HTTP headers). Options: --era E, --partner-id ID, --partner-name NAME,
                              --partner-type T, --region CODE, --customer ID (owner of subscription payloads), --title T.
                              Warnings go to stderr; exit 0 when a scenario was written, 1 when nothing was importable.
  mpsim gen [options] [-o OUT]
                              Generate a valid scenario deterministically. Options (defaults in brackets):
                              --seed N [1] --era 21vianet|global_dap|global_gdap [21vianet] --partners N [20]
                              --customers N [200] --subscriptions N [600] --events N [100]
  --tz OFFSET                 (run, view, compare) Show times at this offset from UTC instead of in UTC, e.g.
                              --tz +08:00 (China Standard Time), --tz -03:30, --tz UTC. Files and --json stay in UTC.
  --lang LANG                 (run, view, compare) The language of the texts: en (default) or zh-Hans (Simplified
                              Chinese: explanations, rule statements, headings, the scenario's own Chinese texts).
                              Ids, names, actions and JSON keys stay as written.
  mpsim --help                Show this text.
  mpsim --version             Show the version and the scenario format it reads.

Exit status: 0 when everything is valid, 1 when a file has problems, 2 for usage errors or unreadable files.
Scenario format: docs/scenario-format.md. The browser app runs the same engine (README.md).
)";

constexpr const char* kVersion = "mpsim 0.1.0 (scenario format 1)";

// Reads a whole file, a pipe or a device, never more than the loader's size limit plus one byte (so /dev/zero or an
// endless pipe is refused after 256 MiB, and a larger regular file before it is read). Returns 0, or the exit status
// with a message: 1 when the input is too large (a problem of the input), 2 when it cannot be read (with the reason).
int read_file(const std::string& path, std::string& text, std::string& error) {
  const std::uint64_t limit = core::JsonLimits{}.max_bytes;
  const auto too_large = [&] {
    error = path + ": the file is larger than " + std::to_string(limit / (1024 * 1024)) +
            " MiB, the limit; split the scenario or remove unused entities.";
    return 1;
  };
  const auto failed = [&](const char* doing) {
    error = std::string(doing) + " " + path + ": " + std::strerror(errno);
    return 2;
  };
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return failed("cannot open");
  struct Closer {
    int fd;
    ~Closer() { ::close(fd); }
  } closer{fd};
  struct stat info {};
  if (::fstat(fd, &info) != 0) return failed("cannot read");
  if (S_ISDIR(info.st_mode)) {
    error = "cannot read " + path + ": it is a directory; name a scenario file in it.";
    return 2;
  }
  if (S_ISREG(info.st_mode) && static_cast<std::uint64_t>(info.st_size) > limit) return too_large();
  text.clear();
  if (S_ISREG(info.st_mode)) text.reserve(static_cast<std::size_t>(info.st_size) + 1);
  char chunk[64 * 1024];
  for (;;) {
    if (text.size() > limit) return too_large();
    const std::size_t want = static_cast<std::size_t>(std::min<std::uint64_t>(sizeof chunk, limit + 1 - text.size()));
    const ssize_t n = ::read(fd, chunk, want);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return failed("cannot read");
    if (n == 0) return 0;
    if (text.size() + static_cast<std::size_t>(n) > text.capacity())  // doubling, but never past the limit + 1
      text.reserve(static_cast<std::size_t>(std::min<std::uint64_t>(limit + 1, std::max<std::uint64_t>(text.capacity() * 2, 1 << 20))));
    text.append(chunk, static_cast<std::size_t>(n));
  }
}

void print_issues(const std::string& path, const std::vector<core::Issue>& issues) {
  for (const core::Issue& issue : issues) std::cout << core::terminal_safe(path + ": " + core::format_issue(issue)) << "\n";
}

int command_summary(const std::vector<std::string>& args) {
  if (args.size() != 1) {
    std::cerr << "mpsim summary takes one FILE.\n\n" << kUsage;
    return 2;
  }
  std::string text, error;
  if (const int failed = read_file(args[0], text, error)) {
    std::cerr << "mpsim: " << error << "\n";
    return failed;
  }
  const core::Result<core::Scenario> loaded = core::load_scenario(text);
  print_issues(args[0], loaded.issues);
  if (!loaded.ok()) {
    std::cout << args[0] << ": not loaded (" << loaded.issues.size() << " problem" << (loaded.issues.size() == 1 ? "" : "s") << ")\n";
    return 1;
  }
  const core::Scenario& scenario = *loaded.value;
  const core::ScenarioSummary s = core::summarize(scenario);
  std::cout << "Scenario:      " << core::terminal_safe(s.title.en) << "\n"
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
    if (const int failed = read_file(path, text, error)) {
      std::cerr << "mpsim: " << error << "\n";
      status = std::max(status, failed);
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

// Writes text to `path` (stdout when empty; main() reports a failed stdout). A file is written to a new temporary file
// beside it and renamed over it, so an interrupted write never leaves half a file; the temporary file goes on any
// failure. Only regular files are replaced: a symbolic link, a FIFO, a device or a directory is refused, not turned into
// a regular file (or, through the link, made to write somewhere else).
int write_output(const std::string& path, const std::string& text) {
  if (path.empty()) {
    std::cout << text;
    return 0;
  }
  struct stat existing {};
  if (::lstat(path.c_str(), &existing) == 0 && !S_ISREG(existing.st_mode)) {
    const char* kind = S_ISLNK(existing.st_mode) ? "a symbolic link" : S_ISDIR(existing.st_mode) ? "a directory"
                       : S_ISFIFO(existing.st_mode)                  ? "a FIFO (named pipe)"
                       : S_ISCHR(existing.st_mode) || S_ISBLK(existing.st_mode) ? "a device"
                                                                                : "not a regular file";
    std::cerr << "mpsim: not writing " << path << ": it is " << kind
              << "; -o writes regular files only (name the file itself, or write to stdout and redirect).\n";
    return 2;
  }
  std::string temporary = path + ".XXXXXX";
  const int fd = ::mkstemp(temporary.data());
  if (fd < 0) {
    std::cerr << "mpsim: cannot write beside " << path << ": " << std::strerror(errno) << "\n";
    return 2;
  }
  const auto fail = [&](const char* doing) {
    std::cerr << "mpsim: cannot " << doing << " " << path << ": " << std::strerror(errno) << "\n";
    ::close(fd);
    ::unlink(temporary.c_str());
    return 2;
  };
  const mode_t mask = ::umask(0);  // mkstemp creates 0600; a written file gets the usual 0666 less the umask
  ::umask(mask);
  if (::fchmod(fd, 0666 & ~mask) != 0) return fail("write");
  for (std::size_t done = 0; done < text.size();) {
    const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return fail("write");
    done += static_cast<std::size_t>(n);
  }
  if (::fsync(fd) != 0) return fail("write");
  if (::close(fd) != 0) {
    std::cerr << "mpsim: cannot write " << path << ": " << std::strerror(errno) << "\n";
    ::unlink(temporary.c_str());
    return 2;
  }
  if (::rename(temporary.c_str(), path.c_str()) != 0) {
    std::cerr << "mpsim: cannot replace " << path << ": " << std::strerror(errno) << "\n";
    ::unlink(temporary.c_str());
    return 2;
  }
  return 0;
}

// Parses an option whose value names an enum member ("--era global_gdap"); prints what is allowed otherwise.
template <class E, class Out> bool parse_enum_option(const char* command, const std::string& flag, const std::string& value, Out& out) {
  const auto parsed = core::from_name<E>(value);
  if (!parsed) {
    std::cerr << "mpsim " << command << ": " << flag << " takes " << core::joined_names<E>() << ", not '" << value << "'.\n";
    return false;
  }
  out = *parsed;
  return true;
}

// Parses a whole non-negative number no larger than `max`; false for anything else.
bool parse_count(const std::string& text, std::uint64_t max, std::uint64_t& out) {
  if (text.empty() || text.find_first_not_of("0123456789") != std::string::npos) return false;
  // from_chars reports a number beyond 64 bits (std::stoull threw, and the uncaught exception aborted mpsim gen).
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), out);
  return error == std::errc() && end == text.data() + text.size() && out <= max;
}

int command_gen(const std::vector<std::string>& args) {
  core::GenerateOptions options;
  std::string output;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& flag = args[i];
    if (i + 1 >= args.size()) {
      std::cerr << "mpsim gen: " << flag << " needs a value.\n";
      return 2;
    }
    const std::string& value = args[++i];
    std::uint64_t n = 0;
    const auto count = [&](std::size_t& field, std::uint64_t max) {
      if (!parse_count(value, max, n)) {
        std::cerr << "mpsim gen: " << flag << " takes a whole number from 0 to " << max << ", not '" << value << "'.\n";
        return false;
      }
      field = static_cast<std::size_t>(n);
      return true;
    };
    if (flag == "-o") output = value;
    else if (flag == "--seed") {
      if (!parse_count(value, UINT64_MAX, n)) {
        std::cerr << "mpsim gen: --seed takes a whole number, not '" << value << "'.\n";
        return 2;
      }
      options.seed = n;
    } else if (flag == "--era") {
      if (!parse_enum_option<core::Era>("gen", flag, value, options.era)) return 2;
    } else if (flag == "--partners") { if (!count(options.partners, 100'000)) return 2; }
    else if (flag == "--customers") { if (!count(options.customers, 10'000'000)) return 2; }
    else if (flag == "--subscriptions") { if (!count(options.subscriptions, 50'000'000)) return 2; }
    else if (flag == "--events") { if (!count(options.events, 50'000'000)) return 2; }
    else {
      std::cerr << "mpsim gen: unknown option " << flag << ".\n\n" << kUsage;
      return 2;
    }
  }
  return write_output(output, core::export_scenario(core::generate_scenario(options)));
}

int command_import(const std::vector<std::string>& args) {
  core::ImportOptions options;
  std::string output;
  std::vector<std::string> files;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg.rfind("-", 0) != 0) {
      files.push_back(arg);
      continue;
    }
    if (i + 1 >= args.size()) {
      std::cerr << "mpsim import: " << arg << " needs a value.\n";
      return 2;
    }
    const std::string& value = args[++i];
    if (arg == "-o") output = value;
    else if (arg == "--era") {
      if (!parse_enum_option<core::Era>("import", arg, value, options.era)) return 2;
    } else if (arg == "--partner-type") {
      if (!parse_enum_option<core::PartnerType>("import", arg, value, options.partner_type)) return 2;
    } else if (arg == "--partner-id") options.partner_id = value;
    else if (arg == "--partner-name") options.partner_name = value;
    else if (arg == "--region") options.region = value;
    else if (arg == "--customer") options.customer_id = value;
    else if (arg == "--title") options.title = value;
    else {
      std::cerr << "mpsim import: unknown option " << arg << ".\n\n" << kUsage;
      return 2;
    }
  }
  if (files.empty()) {
    std::cerr << "mpsim import takes one or more payload files.\n\n" << kUsage;
    return 2;
  }
  std::vector<std::string> texts(files.size());
  std::vector<core::ImportSource> sources;
  for (std::size_t i = 0; i < files.size(); ++i) {
    std::string error;
    if (const int failed = read_file(files[i], texts[i], error)) {
      std::cerr << "mpsim: " << error << "\n";
      return failed;
    }
    sources.push_back(core::ImportSource{files[i], texts[i]});
  }
  const core::Result<core::Scenario> imported = core::import_payloads(sources, options);
  for (const core::Issue& issue : imported.issues)
    std::cerr << (issue.source.empty() ? std::string("import") : issue.source) << ": " << core::format_issue(issue) << "\n";
  if (!imported.ok()) {
    std::cerr << "mpsim import: nothing importable was found.\n";
    return 1;
  }
  const core::ScenarioSummary s = core::summarize(*imported.value);
  std::cerr << "imported " << s.partners << " partners, " << s.customers << " customers, " << s.subscriptions << " subscriptions, "
            << s.gdap_relationships << " GDAP relationships, " << s.invitations << " invitations (" << imported.issues.size()
            << " warnings)\n";
  return write_output(output, core::export_scenario(*imported.value));
}

// --tz OFFSET of run, view and compare: minutes east of UTC; false (with a message) when it is no offset.
bool parse_tz_option(const char* command, const std::string& value, std::optional<int>& out) {
  const std::optional<int> offset = core::parse_utc_offset(value);
  if (!offset) {
    std::cerr << "mpsim " << command << ": --tz takes an offset from UTC such as +08:00, -03:30 or UTC, not '" << value << "'.\n";
    return false;
  }
  out = offset;
  return true;
}

// --lang LANG of run, view and compare; false (with a message) when it is no language mpsim speaks.
bool parse_lang_option(const char* command, const std::string& value, core::Language& out) {
  if (value == "en") out = core::Language::English;
  else if (value == "zh-Hans") out = core::Language::ChineseSimplified;
  else {
    std::cerr << "mpsim " << command << ": --lang takes en or zh-Hans, not '" << value << "'.\n";
    return false;
  }
  return true;
}

// The UTC timestamps in a text shown at the fixed offset --tz gave (unchanged without --tz).
std::string at_offset(const std::string& text, const std::optional<int>& offset) {
  if (!offset) return text;
  return core::localize_timestamps(text, [&](core::Timestamp) { return *offset; });
}

// Loads a scenario file for run/check; prints its problems and returns nullopt when it cannot be loaded.
std::optional<core::Scenario> load_for_run(const std::string& path, int& status) {
  std::string text, error;
  if (const int failed = read_file(path, text, error)) {
    std::cerr << "mpsim: " << error << "\n";
    status = std::max(status, failed);
    return std::nullopt;
  }
  core::Result<core::Scenario> loaded = core::load_scenario(text);
  print_issues(path, loaded.issues);
  if (!loaded.ok()) {
    std::cout << path << ": not loaded (" << loaded.issues.size() << " problems)\n";
    status = std::max(status, 1);
    return std::nullopt;
  }
  return std::move(loaded.value);
}

int command_run(const std::vector<std::string>& args) {
  bool json = false, markdown = false;
  std::string path;
  std::optional<int> tz;
  core::Language language = core::Language::English;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--json") json = true;
    else if (a == "--markdown") markdown = true;
    else if (a == "--tz" && i + 1 < args.size()) {
      if (!parse_tz_option("run", args[++i], tz)) return 2;
    } else if (a == "--lang" && i + 1 < args.size()) {
      if (!parse_lang_option("run", args[++i], language)) return 2;
    } else if (path.empty() && a.rfind("--", 0) != 0) path = a;
    else {
      std::cerr << "mpsim run takes one FILE and optionally --json or --markdown, --tz OFFSET and --lang LANG.\n\n" << kUsage;
      return 2;
    }
  }
  if (path.empty()) {
    std::cerr << "mpsim run takes one FILE.\n\n" << kUsage;
    return 2;
  }
  if (json && markdown) {
    std::cerr << "mpsim run: --json and --markdown are two forms of the log; choose one.\n";
    return 2;
  }
  if (json && tz) {
    std::cerr << "mpsim run: the JSON log keeps its times in UTC (for programs); --tz is for the text log.\n";
    return 2;
  }
  int status = 0;
  const auto scenario = load_for_run(path, status);
  if (!scenario) return status;
  const core::RunLog log = core::run_scenario(*scenario);
  if (json) std::cout << core::decision_log_json(*scenario, log, language);
  else if (markdown) std::cout << core::terminal_safe(at_offset(core::decision_log_markdown(*scenario, log, language), tz));
  else std::cout << core::terminal_safe(at_offset(core::decision_log_text(*scenario, log, language), tz));
  return log.violation_count() == 0 ? 0 : 1;
}

int command_compare(const std::vector<std::string>& args) {
  std::string path;
  core::ComparisonRequest request;
  std::optional<int> tz;
  core::Language language = core::Language::English;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--with" && i + 1 < args.size()) {
      const std::string& with = args[++i];
      request.with = core::from_name<core::Era>(with);
      if (!request.with) {
        std::cerr << "mpsim compare: \"" << with << "\" is not an era; use 21vianet, global_dap, global_gdap, global_today or 21vianet_today.\n";
        return 2;
      }
    } else if (args[i] == "--cloud" && i + 1 < args.size()) {
      const std::string& cloud = args[++i];
      request.cloud = core::from_name<core::Cloud>(cloud);
      if (!request.cloud) {
        std::cerr << "mpsim compare --cloud: \"" << cloud << "\" is not a cloud; use china or global.\n";
        return 2;
      }
    } else if (args[i] == "--as-of" && i + 1 < args.size()) request.as_of = args[++i];
    else if (args[i] == "--against" && i + 1 < args.size()) request.against = args[++i];
    else if (args[i] == "--tz" && i + 1 < args.size()) {
      if (!parse_tz_option("compare", args[++i], tz)) return 2;
    } else if (args[i] == "--lang" && i + 1 < args.size()) {
      if (!parse_lang_option("compare", args[++i], language)) return 2;
    } else if (path.empty() && args[i].rfind("--", 0) != 0) path = args[i];
    else {
      std::cerr << "mpsim compare takes one FILE and optionally --with ERA, --as-of DATE, --cloud CLOUD, --against DATE, --tz OFFSET and "
                   "--lang LANG.\n\n"
                << kUsage;
      return 2;
    }
  }
  if (path.empty()) {
    std::cerr << "mpsim compare takes one FILE.\n\n" << kUsage;
    return 2;
  }
  int status = 0;
  const auto scenario = load_for_run(path, status);
  if (!scenario) return status;
  const core::ComparisonSides sides = core::comparison_sides(scenario->metadata, request);
  if (!sides.error.empty()) {
    std::cerr << "mpsim compare " << sides.error << "\n";
    return 2;
  }
  std::cout << core::terminal_safe(core::comparison_text(*scenario, core::compare_settings(*scenario, sides.a, sides.b), tz, language));
  return 0;
}

int command_check(const std::vector<std::string>& args) {
  if (args.empty()) {
    std::cerr << "mpsim check takes one or more FILEs.\n\n" << kUsage;
    return 2;
  }
  int status = 0;
  std::size_t passed = 0, failed = 0;
  for (const std::string& path : args) {
    const auto scenario = load_for_run(path, status);
    if (!scenario) {
      ++failed;
      continue;
    }
    const core::RunLog log = core::run_scenario(*scenario);
    for (const core::ExpectationOutcome& o : log.expectations) {
      const core::Expectation& x = scenario->expectations[o.expectation];
      std::cout << core::terminal_safe(path + ": " + (o.passed ? "pass" : "FAIL") + " after " + x.after + (x.note.en.empty() ? "" : " — " + x.note.en)) << "\n";
      for (const core::Message& f : o.failures) std::cout << "    " << core::terminal_safe(core::render(f, core::Language::English)) << "\n";
      (o.passed ? passed : failed) += 1;
    }
    for (const core::LogEntry& e : log.entries)
      for (const core::Violation& v : e.violations) {
        std::cout << core::terminal_safe(path + ": INVARIANT " + std::string(v.rule) + " broken at " + e.event.id + ": " + v.message) << "\n";
        ++failed;
      }
  }
  std::cout << passed << " passed, " << failed << " failed\n";
  if (failed > 0) status = std::max(status, 1);
  return status;
}

int command_view(const std::vector<std::string>& args) {
  std::string path, partner, customer, user, after, tz_text, lang_text;
  bool at_start = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    const auto value = [&](std::string& out) {
      if (i + 1 >= args.size()) return false;
      out = args[++i];
      return true;
    };
    bool ok = true;
    if (a == "--partner") ok = value(partner);
    else if (a == "--customer") ok = value(customer);
    else if (a == "--user") ok = value(user);
    else if (a == "--after") ok = value(after);
    else if (a == "--tz") ok = value(tz_text);
    else if (a == "--lang") ok = value(lang_text);
    else if (a == "--start") at_start = true;
    else if (path.empty() && a.rfind("--", 0) != 0) path = a;
    else ok = false;
    if (!ok) {
      std::cerr << "mpsim view: unexpected '" << a << "'.\n\n" << kUsage;
      return 2;
    }
  }
  if (path.empty() || partner.empty() == customer.empty()) {
    std::cerr << "mpsim view takes FILE and one of --partner ID or --customer ID.\n\n" << kUsage;
    return 2;
  }
  std::optional<int> tz;
  if (!tz_text.empty() && !parse_tz_option("view", tz_text, tz)) return 2;
  core::Language language = core::Language::English;
  if (!lang_text.empty() && !parse_lang_option("view", lang_text, language)) return 2;
  int status = 0;
  auto scenario = load_for_run(path, status);
  if (!scenario) return status;
  core::Timeline timeline(std::move(*scenario));
  if (at_start) timeline.seek(0);
  if (!after.empty()) {
    const auto position = timeline.position_after(after);
    if (!position) {
      std::cerr << "mpsim view: no event \"" << after << "\" in " << path << ".\n";
      return 2;
    }
    timeline.seek(*position);
  }
  if (tz)
    std::cout << core::render(core::Message::of("view.seen_at", {{"time", core::format_local_time(timeline.world().clock, *tz)},
                                                                  {"when", !after.empty() ? core::Message::of("view.after_event", {{"event", after}})
                                                                           : core::Message::of(timeline.position() == 0 ? "view.at_start" : "view.at_end")}}),
                              language)
              << "\n\n";
  if (!partner.empty()) {
    const auto view = core::partner_view(timeline.scenario(), timeline.world(), timeline.index(), partner, user);
    if (!view) {
      std::cerr << "mpsim view: no partner \"" << partner << "\".\n";
      return 2;
    }
    std::cout << core::terminal_safe(at_offset(core::partner_view_text(timeline.world(), *view, language), tz));
  } else {
    const auto view = core::customer_view(timeline.world(), timeline.index(), customer);
    if (!view) {
      std::cerr << "mpsim view: no customer \"" << customer << "\".\n";
      return 2;
    }
    std::cout << core::terminal_safe(at_offset(core::customer_view_text(timeline.world(), *view, language), tz));
  }
  return 0;
}

int command_rules(const std::vector<std::string>& args) {
  if (!args.empty() && args[0] == "--markdown") {
    std::cout << core::rules_markdown();
    return 0;
  }
  if (!args.empty() && args[0] == "--as-of") {
    if (args.size() != 2 && !(args.size() == 4 && args[2] == "--cloud")) {
      std::cerr << "mpsim rules --as-of takes a DATE and optionally --cloud china|global.\n\n" << kUsage;
      return 2;
    }
    if (const std::string problem = core::check_rules_day(args[1]); !problem.empty()) {
      std::cerr << "mpsim rules --as-of: " << problem << "\n";
      return 2;
    }
    core::Cloud cloud = core::Cloud::Global;
    if (args.size() == 4) {
      const auto named = core::from_name<core::Cloud>(args[3]);
      if (!named) {
        std::cerr << "mpsim rules --cloud: \"" << args[3] << "\" is not a cloud; use china or global.\n";
        return 2;
      }
      cloud = *named;
    }
    for (const core::Rule* r : core::rules_in_force(cloud, args[1])) {
      const core::RuleValidity& v = r->valid;
      std::cout << r->id << (r->inferred ? " (inferred)" : "") << "  " << r->statement << "\n    " << r->source->title << "\n    in force "
                << (v.from.empty() ? std::string("since the first document") : "from " + std::string(v.from))
                << (v.until.empty() ? std::string() : " until " + std::string(v.until)) << (v.date_source.empty() ? std::string() : " (" + std::string(v.date_source) + ")")
                << "\n";
    }
    return 0;
  }
  for (const core::Rule& r : core::rule_catalogue())
    std::cout << r.id << (r.inferred ? " (inferred)" : "") << "  " << r.statement << "\n    " << r.source->title << "\n";
  return 0;
}

int command_gdap(const std::vector<std::string>& args) {
  if (!args.empty() && args[0] == "--markdown") {
    std::cout << core::gdap_markdown();
    return 0;
  }
  const auto state = [](const core::GdapState& s) { return s ? std::string(core::to_name(*s)) : std::string("(none)"); };
  for (const core::GdapEdge& e : core::gdap_edges())
    std::cout << state(e.from) << " -> " << state(e.to) << "  " << e.action << "  " << core::gdap_actor_label(e.who) << ", "
              << core::gdap_when_label(e.when) << "  " << e.rule << "\n";
  return 0;
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
  if (const int failed = read_file(input, text, error)) {
    std::cerr << "mpsim: " << error << "\n";
    return failed;
  }
  const core::Result<core::Scenario> loaded = core::load_scenario(text);
  if (!loaded.ok()) {
    for (const core::Issue& issue : loaded.issues) std::cerr << input << ": " << core::format_issue(issue) << "\n";
    std::cerr << input << ": not exported (" << loaded.issues.size() << " problems)\n";
    return 1;
  }
  return write_output(output, core::export_scenario(*loaded.value));
}

}  // namespace

int run_command(const std::vector<std::string>& args);

// Runs the command, then makes sure what it printed reached stdout: a full disk or a closed pipe is an error (exit 2),
// not a silent success.
int main(int argc, char** argv) {
  const int status = run_command(std::vector<std::string>(argv + 1, argv + argc));
  std::cout.flush();
  if (!std::cout || std::fflush(stdout) != 0 || std::ferror(stdout)) {
    const int error = errno;
    std::cerr << "mpsim: cannot write the output: " << (error ? std::strerror(error) : "write error") << "\n";
    return 2;
  }
  return status;
}

int run_command(const std::vector<std::string>& args) {
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
  if (command == "gen") return command_gen(rest);
  if (command == "import") return command_import(rest);
  if (command == "run") return command_run(rest);
  if (command == "check") return command_check(rest);
  if (command == "compare") return command_compare(rest);
  if (command == "rules") return command_rules(rest);
  if (command == "gdap") return command_gdap(rest);
  if (command == "view") return command_view(rest);
  if (command == "actions") {
    if (!rest.empty() && rest[0] == "--markdown") std::cout << core::actions_markdown();
    else
      for (const core::ActionSpec& a : core::action_catalogue()) std::cout << a.name << "  " << a.label << "\n";
    return 0;
  }
  std::cerr << "mpsim: unknown command '" << command << "'.\n\n" << kUsage;
  return 2;
}
