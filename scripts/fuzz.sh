#!/usr/bin/env bash
# fuzz.sh — the long fuzzing run (once per release): builds the fuzz preset and runs each harness until it has used
# CPU_SECONDS of CPU time (default 3600: one CPU-hour each), keeping each corpus in build/fuzz/long/. The budget is CPU
# time, not wall time, so running the harnesses side by side (--parallel) on a busy machine still gives each its
# full hour. Prints libFuzzer's final statistics per harness (executions, coverage, corpus size) and the CPU seconds
# used; any crash is saved as build/fuzz/long/crash-<harness>-* and makes the script fail. Record the figures in
# docs/reliability.md.
#   scripts/fuzz.sh [--parallel] [CPU_SECONDS [HARNESS...]]     (harnesses: load import engine glyphs; default all four)
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"
parallel=0
if [ "${1:-}" = --parallel ]; then parallel=1; shift; fi
cpu_budget=${1:-3600}
shift || true
harnesses=("$@")
[ ${#harnesses[@]} -gt 0 ] || harnesses=(load import engine glyphs)
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target "${harnesses[@]/#/fuzz_}"
out="build/fuzz/long"
mkdir -p "$out"
ticks=$(getconf CLK_TCK)

# CPU seconds (user + system) used so far by process $1, or nothing once it has gone.
cpu_seconds() {
  local stat
  stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 0
  # Fields 14 and 15 are utime and stime; strip "pid (comm) " first, since comm may hold spaces.
  stat=${stat#*) }
  awk -v t="$ticks" '{ printf "%d", ($12 + $13) / t }' <<<"$stat"
}

# Runs one harness until its CPU budget is spent, then interrupts it (libFuzzer prints its final statistics on SIGINT).
run_harness() {
  local harness=$1 corpus="$out/corpus-$1" log="$out/fuzz_$1.log"
  mkdir -p "$corpus"
  if [ "$harness" = import ]; then cp tests/fixtures/import/* "$corpus/"; else cp web/scenarios/*.json tests/fixtures/valid/* tests/fixtures/invalid/*.json "$corpus/"; fi
  # The timeout is wall time: generous, so that a harness starved of CPU on a busy machine is not reported as hung.
  "build/fuzz/tests/fuzz/fuzz_$harness" -timeout=120 -rss_limit_mb=3072 -print_final_stats=1 \
    -artifact_prefix="$out/crash-$harness-" "$corpus" 2>"$log" &
  local pid=$! used=0
  while kill -0 "$pid" 2>/dev/null; do
    used=$(cpu_seconds "$pid")
    if [ -n "$used" ] && [ "$used" -ge "$cpu_budget" ]; then kill -INT "$pid"; break; fi
    sleep 5
  done
  local status=0
  wait "$pid" || status=$?
  # 130 is the exit after our SIGINT; anything else non-zero is a crash, leak, timeout or out-of-memory.
  echo "$used" >"$out/fuzz_$harness.cpu"
  [ "$status" -eq 0 ] || [ "$status" -eq 130 ] || [ "$status" -eq 72 ]
}

report() {
  local harness=$1
  echo "==> fuzz_$harness: $(cat "$out/fuzz_$harness.cpu" 2>/dev/null || echo '?') CPU seconds"
  grep -E "^stat::" "$out/fuzz_$harness.log" | tail -8
  grep -E "cov: [0-9]+" -o "$out/fuzz_$harness.log" | tail -1
  # Slow units are inputs that took over 10 s of wall time (on a busy machine, often a starved harness): listed, not failures.
  echo "    corpus: $(ls "$out/corpus-$harness" | wc -l) inputs; crashes: $(ls "$out" | grep "^crash-$harness-" | grep -vc "slow-unit" || true);" \
       "slow units: $(ls "$out" | grep -c "^crash-$harness-slow-unit" || true)"
}

status=0
if [ "$parallel" = 1 ]; then
  pids=()
  for harness in "${harnesses[@]}"; do run_harness "$harness" & pids+=($!); done
  for pid in "${pids[@]}"; do wait "$pid" || status=1; done
else
  for harness in "${harnesses[@]}"; do run_harness "$harness" || status=1; done
fi
for harness in "${harnesses[@]}"; do report "$harness"; done
exit $status
