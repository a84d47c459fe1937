// fuzz_import.cpp — libFuzzer harness for the Partner Center / Graph payload importer: any bytes give either problems
// or a scenario that the loader accepts (the importer must only build valid scenarios).
#include <cstdint>
#include <string_view>

#include "mpsim/import.hpp"
#include "mpsim/scenario_io.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  for (const core::Era era : {core::Era::Vianet21, core::Era::GlobalGdap}) {
    core::ImportOptions options;
    options.era = era;
    const core::Result<core::Scenario> imported = core::import_payloads({core::ImportSource{"fuzz.json", text}}, options);
    if (!imported.ok()) continue;
    if (!core::load_scenario(core::export_scenario(*imported.value)).ok()) __builtin_trap();
  }
  return 0;
}
