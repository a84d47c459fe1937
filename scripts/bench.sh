#!/usr/bin/env bash
# bench.sh — sets up, builds natively and for the web, then runs every benchmark (bench/run.mjs) and prints one table:
# each figure with the baseline measured in the same run and its target. All figures also go to build/bench/results.json.
# Benchmarks measure; they never pass or fail. The latest table is in docs/performance.md.
#   scripts/bench.sh [--quick]      (--quick: smaller worlds, a minute or two, for trying changes out)
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"

bash scripts/setup.sh >/dev/null
# Only what the benchmarks run (the test suites are scripts/test.sh's), so that a fresh clone gets to the figures sooner.
cmake --preset native >/dev/null
cmake --build --preset native --target mpsim load_bench engine_bench cedar_queries
cmake --preset web >/dev/null
NODE_PATH=/usr/share/nodejs cmake --build --preset web --target site minimal_imgui load_bench engine_bench cedar_queries
node bench/run.mjs "$@"
