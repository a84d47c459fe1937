// fuzz_load.cpp — libFuzzer harness for the scenario loader: any bytes are either refused with located problems or
// loaded; a loaded scenario exports canonically and loads back equal, and its canonical text is a fixed point.
#include <cstdint>
#include <string_view>

#include "mpsim/scenario_io.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const core::Result<core::Scenario> loaded = core::load_scenario(text);
  if (!loaded.ok()) {
    for (const core::Issue& issue : loaded.issues)
      if (issue.message.empty() || (issue.severity == core::Severity::Error && issue.code.empty())) __builtin_trap();
    return 0;
  }
  const std::string exported = core::export_scenario(*loaded.value);
  const core::Result<core::Scenario> again = core::load_scenario(exported);
  if (!again.ok() || !(*again.value == *loaded.value)) __builtin_trap();  // the round trip must be exact
  if (core::export_scenario(*again.value) != exported) __builtin_trap();
  return 0;
}
