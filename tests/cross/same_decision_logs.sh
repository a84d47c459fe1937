#!/usr/bin/env bash
# same_decision_logs.sh — the native mpsim and the WebAssembly one (under Node) must write byte-identical decision
# logs for the same scenario: every bundled scenario and a few large generated ones (all three eras).
#   same_decision_logs.sh NATIVE_MPSIM NODE_MPSIM_JS SOURCE_DIR
set -euo pipefail
native=$1 wasm=$2 source=$3
[ -x "$native" ] || { echo "the native build ($native) is missing: run the native preset first (scripts/test.sh does)"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
files=("$source"/web/scenarios/*.json)
for era in 21vianet global_dap global_gdap; do
  "$native" gen --era "$era" --seed 77 --customers 300 --subscriptions 900 --events 3000 -o "$work/gen-$era.json" >/dev/null
  files+=("$work/gen-$era.json")
done
compared=0
for f in "${files[@]}"; do
  "$native" run --json "$f" >"$work/native.json" || true
  node --no-experimental-fetch "$wasm" run --json "$f" >"$work/wasm.json" || true
  if ! cmp -s "$work/native.json" "$work/wasm.json"; then
    echo "decision logs differ for $f:"
    diff <(head -c 20000 "$work/native.json") <(head -c 20000 "$work/wasm.json") | head -20
    exit 1
  fi
  compared=$((compared + 1))
done
echo "native and wasm decision logs are byte-identical for $compared scenarios ($(wc -c <"$work/native.json") bytes in the last)"
