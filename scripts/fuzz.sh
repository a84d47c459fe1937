#!/usr/bin/env bash
# fuzz.sh — the long fuzzing run (once per release): builds the fuzz preset and runs each harness for SECONDS
# (default 3600: one CPU-hour each), one after the other, keeping each corpus in build/fuzz/long/. Prints libFuzzer's
# final statistics per harness (executions, coverage features, corpus size); any crash is saved as
# build/fuzz/long/crash-<harness>-* and makes the script fail. Record the figures in docs/reliability.md.
#   scripts/fuzz.sh [SECONDS]
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"
seconds=${1:-3600}
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
out="build/fuzz/long"
mkdir -p "$out"
status=0
for harness in load import engine; do
  corpus="$out/corpus-$harness"
  mkdir -p "$corpus"
  if [ "$harness" = import ]; then cp tests/fixtures/import/* "$corpus/"; else cp web/scenarios/*.json tests/fixtures/valid/* tests/fixtures/invalid/*.json "$corpus/"; fi
  echo "==> fuzz_$harness for $seconds s"
  if ! "build/fuzz/tests/fuzz/fuzz_$harness" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=3072 -print_final_stats=1 \
       -artifact_prefix="$out/crash-$harness-" "$corpus" 2>"$out/fuzz_$harness.log"; then
    status=1
  fi
  grep -E "^stat::|^#[0-9]+.*(DONE|pulse)" "$out/fuzz_$harness.log" | tail -8
  grep -E "cov: [0-9]+" -o "$out/fuzz_$harness.log" | tail -1
  echo "    corpus: $(ls "$corpus" | wc -l) inputs; crashes: $(ls "$out" | grep -c "^crash-$harness-" || true)"
done
exit $status
