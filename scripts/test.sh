#!/usr/bin/env bash
# test.sh — sets everything up, builds native and web, and runs every test: the core's doctest suites natively and
# under Node, the mpsim command-line checks, and the browser end-to-end tests in headless Chromium.
# Exits non-zero when anything fails. .ci/run calls this.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"

bash scripts/setup.sh
export NODE_PATH=/usr/share/nodejs
jobs=$(nproc 2>/dev/null || echo 2)

echo; echo "==> native build and tests"
cmake --preset native >/dev/null
cmake --build --preset native -j "$jobs"
ctest --preset native -j "$jobs"

echo; echo "==> web build, core tests under Node, browser end-to-end tests"
cmake --preset web >/dev/null
cmake --build --preset web -j "$jobs"
ctest --preset web

echo; echo "==> fuzzing: each libFuzzer harness for a short run (ASan + UBSan; scripts/fuzz.sh runs the long one)"
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j "$jobs"
ctest --preset fuzz

echo; echo "==> all tests passed"
