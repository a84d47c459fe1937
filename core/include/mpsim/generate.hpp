// generate.hpp — deterministic worlds and timelines of any size, for benchmarks, property tests and demos.
// The same options always give the same scenario (a seeded splitmix64; no clock, no global state).
#pragma once
#include <cstddef>
#include <cstdint>

#include "mpsim/scenario.hpp"

namespace core {

struct GenerateOptions {
  std::uint64_t seed = 1;
  Era era = Era::Vianet21;
  std::size_t partners = 20;
  std::size_t customers = 200;
  std::size_t subscriptions = 600;
  std::size_t events = 100;
  // Adds the awkward cases a round trip must survive: Unicode and escapes in names, unset optional fields.
  bool awkward_text = false;
};

// A valid scenario with a realistic mix: most customers with one partner and some with several; indirect providers
// owning their resellers' customer relationships; subscriptions from CSP and other channels in every status; DAP per
// service (21Vianet) or per tenant; GDAP relationships in every state in the GDAP era.
Scenario generate_scenario(const GenerateOptions& options);

}  // namespace core
