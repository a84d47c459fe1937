// scenario_io.hpp — reading scenario files (streaming, all problems at once) and writing them canonically.
#pragma once
#include <string>
#include <string_view>

#include "mpsim/issue.hpp"
#include "mpsim/json_reader.hpp"
#include "mpsim/scenario.hpp"

namespace core {

// Parses and validates a scenario document in one pass over the text.
// Never throws. On any error the Result has no value and lists every problem found (with pointer, line, column);
// warnings may accompany a value. Stops recording after `max_issues` problems.
Result<Scenario> load_scenario(std::string_view json_text, const JsonLimits& limits = {}, std::size_t max_issues = 500);

// The canonical JSON text of a scenario (its events included): members in a fixed order, 2-space indentation,
// a final newline, optional members left out when they hold their default. load_scenario(export_scenario(s)) == s,
// and exporting a loaded canonical file reproduces it byte for byte.
std::string export_scenario(const Scenario& scenario);

}  // namespace core
