// long_line_bench.cpp — reading text that is one long line (issue #19 items 2 and 7), against a baseline measured in the
// same run: `mpsim import` of a minified Partner Center customer list (what the API returns) against the same payload
// pretty-printed, at 1,000 / 2,000 / 4,000 customers; and loading a one-line scenario with 500 problems against the
// same scenario with none (the same size). Locating a value or a problem must not rescan the line, so each pair should
// take about the same time. Prints the median of the repetitions and the spread (min–max), in seconds.
// Usage: long_line_bench [--runs N] [--scenario-mib M]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "mpsim/generate.hpp"
#include "mpsim/import.hpp"
#include "mpsim/scenario_io.hpp"

namespace {

struct Figure {
  double median, min, max;
};

template <class F> Figure measure(int runs, F&& f) {
  std::vector<double> seconds;
  for (int i = 0; i < runs; ++i) {
    const auto start = std::chrono::steady_clock::now();
    f();
    seconds.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  }
  std::sort(seconds.begin(), seconds.end());
  return {seconds[seconds.size() / 2], seconds.front(), seconds.back()};
}

std::string customer_list(int customers, bool pretty) {
  const char* nl = pretty ? "\n" : "";
  const char* in = pretty ? "    " : "";
  std::string out = std::string("{") + nl + in + "\"totalCount\": " + std::to_string(customers) + "," + nl + in + "\"items\": [";
  for (int i = 0; i < customers; ++i) {
    char id[40];
    std::snprintf(id, sizeof id, "%08x-6b2d-4ee5-9e92-%012x", i, i * 7919);
    out += std::string(i ? "," : "") + nl + in + in + "{" + nl;
    out += std::string(in) + in + in + "\"id\": \"" + id + "\"," + nl;
    out += std::string(in) + in + in + "\"companyProfile\": {" + nl + in + in + in + in + "\"tenantId\": \"" + id + "\"," + nl;
    out += std::string(in) + in + in + in + "\"domain\": \"Customer" + std::to_string(i) + ".onmicrosoft.com\"," + nl;
    out += std::string(in) + in + in + in + "\"companyName\": \"Customer " + std::to_string(i) + "\"," + nl;
    out += std::string(in) + in + in + in + "\"attributes\": {\"objectType\": \"CustomerCompanyProfile\"}" + nl + in + in + in + "}," + nl;
    out += std::string(in) + in + in + "\"relationshipToPartner\": \"reseller\"," + nl;
    out += std::string(in) + in + in + "\"links\": {\"self\": {\"uri\": \"/customers/" + id + "\", \"method\": \"GET\", \"headers\": []}}," + nl;
    out += std::string(in) + in + in + "\"attributes\": {\"objectType\": \"Customer\"}" + nl + in + in + "}";
  }
  out += std::string(nl) + in + "]," + nl + in + "\"attributes\": {\"objectType\": \"Collection\"}" + nl + "}" + nl;
  return out;
}

// The canonical export with its line breaks and indentation taken out (white space outside strings only).
std::string one_line(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      out += c;
      if (c == '\\') out += text[++i];
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
      out += c;
    } else if (c != '\n' && c != ' ') {
      out += c;
    }
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  int runs = 5;
  std::size_t scenario_mib = 20;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string flag = argv[i];
    if (flag == "--runs") runs = std::max(1, std::atoi(argv[i + 1]));
    else if (flag == "--scenario-mib") scenario_mib = static_cast<std::size_t>(std::max(1, std::atoi(argv[i + 1])));
  }
  std::printf("long_line_bench: median of %d runs (min-max), seconds\n\n", runs);
  std::printf("mpsim import of a Partner Center customer list (1 payload)\n");
  std::printf("%10s %10s %24s %10s %24s\n", "customers", "bytes", "minified (one line)", "", "pretty-printed (baseline)");
  for (const int customers : {1000, 2000, 4000}) {
    const std::string minified = customer_list(customers, false), pretty = customer_list(customers, true);
    std::size_t imported = 0;
    const auto import_of = [&](const std::string& text) {
      const core::Result<core::Scenario> r = core::import_payloads({core::ImportSource{"customers.json", text}}, {});
      imported = r.ok() ? r.value->world.customers.size() : 0;
    };
    const Figure a = measure(runs, [&] { import_of(minified); });
    const std::size_t imported_minified = imported;
    const Figure b = measure(runs, [&] { import_of(pretty); });
    std::printf("%10d %10zu %10.3f (%.3f-%.3f) %10s %10.3f (%.3f-%.3f)%s\n", customers, minified.size(), a.median, a.min, a.max, "",
                b.median, b.min, b.max, imported_minified == static_cast<std::size_t>(customers) && imported == imported_minified ? "" : "  (import failed!)");
  }

  // A generated scenario of about scenario_mib MiB on one line; the problems: 500 subscriptions' "quantity" misspelt.
  core::GenerateOptions options;
  options.customers = 2000 * scenario_mib;
  options.subscriptions = 6000 * scenario_mib;
  options.events = 0;
  const std::string valid = one_line(core::export_scenario(core::generate_scenario(options)));
  // Every k-th of the subscriptions' "quantity" members, k chosen so that 500 are misspelt along the line.
  std::vector<std::size_t> places;
  for (std::size_t at = valid.find("\"quantity\":"); at != std::string::npos; at = valid.find("\"quantity\":", at + 1)) places.push_back(at);
  std::string broken = valid;
  const std::size_t every = std::max<std::size_t>(1, places.size() / 500);
  for (std::size_t i = 0; i < places.size() && i / every < 500; i += every) broken.replace(places[i], 10, "\"quantitx\"");
  std::size_t issues_valid = 0, issues_broken = 0;
  const Figure v = measure(runs, [&] { issues_valid = core::load_scenario(valid).issues.size(); });
  const Figure p = measure(runs, [&] { issues_broken = core::load_scenario(broken).issues.size(); });
  std::printf("\nmpsim validate of a one-line scenario of %.1f MiB\n", static_cast<double>(valid.size()) / (1024 * 1024));
  std::printf("%-32s %10.3f (%.3f-%.3f)  %zu problems\n", "valid (baseline)", v.median, v.min, v.max, issues_valid);
  std::printf("%-32s %10.3f (%.3f-%.3f)  %zu problems\n", "misspelt fields along the line", p.median, p.min, p.max, issues_broken);
  return 0;
}
