#!/usr/bin/env bash
# bench.sh — sets up, builds natively, and prints every benchmark figure with its target (figures also as JSON in
# build/bench/). Benchmarks measure; they never pass or fail. See bench/README.md for the latest recorded figures.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"

MPSIM_SKIP_BROWSER=1 bash scripts/setup.sh >/dev/null
cmake --preset native >/dev/null
cmake --build --preset native
mkdir -p build/bench

echo; echo "==> load: a generated ~50 MB scenario (mpsim gen --seed 1 --partners 1500 --customers 27000 --subscriptions 82000 --events 13000)"
build/native/shell/mpsim gen --seed 1 --partners 1500 --customers 27000 --subscriptions 82000 --events 13000 -o build/bench/load-50mb.json
build/native/bench/load_bench build/bench/load-50mb.json --json build/bench/load.json

echo; echo "==> peer: the engine against Cedar (@cedar-policy/cedar-wasm) on the same 100,000 authorization questions"
build/native/bench/cedar_queries --worlds 25 --queries 4000 --seed 11 -o build/bench/cedar-queries.json
node tests/cedar/differential.mjs build/bench/cedar-queries.json
