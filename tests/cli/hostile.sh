#!/usr/bin/env bash
# hostile.sh — the command line against hostile inputs and places (issue #19): each check runs mpsim, then asserts its
# exit status AND what it said, so a right message with a wrong status (or the reverse) fails.
# Usage: hostile.sh MPSIM SOURCE_DIR GROUP   (GROUP: input, messages, output, numbers, terminal)
set -u
mpsim=$1
source_dir=$2
group=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0

# expect STATUS REGEX COMMAND...: COMMAND exits with STATUS and its stdout+stderr match the extended REGEX.
expect() {
  local want=$1 pattern=$2
  shift 2
  local output status
  output=$("$@" 2>&1)
  status=$?
  if [ "$status" -ne "$want" ]; then
    echo "FAIL: $* exited $status, expected $want. Output:"; printf '%s\n' "$output" | head -c 2000; echo
    failures=$((failures + 1))
  elif [ -n "$pattern" ] && ! printf '%s' "$output" | grep -Eq -- "$pattern"; then
    echo "FAIL: $* did not say /$pattern/. Output:"; printf '%s\n' "$output" | head -c 2000; echo
    failures=$((failures + 1))
  else
    echo "ok: $*"
  fi
}

example="$source_dir/web/scenarios/second-partner-joins.json"

case $group in
input)
  # Item 8: the size limit applies while reading. A memory ceiling of 1 GiB: reading /dev/zero to the end (the old
  # behaviour) dies against it, while stopping at 256 MiB + 1 byte fits. A sparse 300 MiB file is refused from its size
  # before any of it is read, so 100 MiB of address space is enough.
  expect 1 "larger than 256 MiB" bash -c 'ulimit -v 1048576; exec timeout 120 "$0" validate /dev/zero' "$mpsim"
  truncate -s 300M "$work/sparse.json"
  expect 1 "sparse.json: the file is larger than 256 MiB" bash -c 'ulimit -v 102400; exec timeout 60 "$0" validate "$1"' "$mpsim" "$work/sparse.json"
  # An endless pipe: mpsim stops reading, so the writer ends too (the old mpsim read until memory ran out).
  expect 1 "larger than 256 MiB" bash -c 'ulimit -v 1048576; yes | timeout 120 "$0" validate /dev/stdin' "$mpsim"
  # A pipe that ends is read whole, like a file.
  expect 0 "/dev/stdin: valid" bash -c '"$0" validate /dev/stdin < "$1"' "$mpsim" "$example"
  expect 0 "/dev/stdin: valid" bash -c 'cat "$1" | "$0" validate /dev/stdin' "$mpsim" "$example"
  ;;
messages)
  # Item 11: a directory, a read error and a missing file say why, with exit 2 (not "the file may be truncated", 1).
  expect 2 "cannot read $work: it is a directory" "$mpsim" validate "$work"
  expect 2 "cannot read /proc/self/mem: Input/output error" "$mpsim" summary /proc/self/mem
  expect 2 "cannot open $work/missing.json: No such file or directory" "$mpsim" run "$work/missing.json"
  # CR-only line endings: the problem is on line 25 (as with LF, cli_validate_invalid_message), not on line 1.
  tr '\n' '\r' < "$source_dir/tests/fixtures/invalid/unknown-partner-field.json" > "$work/cr-only.json"
  expect 1 "line 25, column 9 at /world/partners/0/nmae: unknown field" "$mpsim" validate "$work/cr-only.json"
  # validate refuses an expectation naming a rule the catalogue lacks (check always failed it), with its place.
  sed '296s/"R-MP-6"/"R-MP-66"/' "$example" > "$work/unknown-rule.json"
  expect 1 'line 296, column 9 at /expectations/1/rules/0: "R-MP-66" is not a rule id' "$mpsim" validate "$work/unknown-rule.json"
  ;;
output)
  # Item 9: export -o writes regular files only, atomically, and says when it could not write.
  ln -s "$work/elsewhere.json" "$work/link.json"
  expect 2 "not writing $work/link.json: it is a symbolic link; -o writes regular files only" "$mpsim" export "$example" -o "$work/link.json"
  [ -L "$work/link.json" ] && [ ! -e "$work/elsewhere.json" ] || { echo "FAIL: the symbolic link was replaced or followed"; failures=$((failures + 1)); }
  mkfifo "$work/fifo"
  expect 2 "not writing $work/fifo: it is a FIFO" "$mpsim" export "$example" -o "$work/fifo"
  [ -p "$work/fifo" ] || { echo "FAIL: the FIFO was replaced"; failures=$((failures + 1)); }
  # A device node of our own (never a real one such as /dev/null: an mpsim with this defect, run as root, replaces it).
  if mknod "$work/null" c 1 3 2>/dev/null; then
    expect 2 "not writing $work/null: it is a device" "$mpsim" export "$example" -o "$work/null"
    [ -c "$work/null" ] || { echo "FAIL: the device node was replaced"; failures=$((failures + 1)); }
  else
    echo "skipped: the device check needs mknod (root)"
  fi
  # A regular file is replaced by the canonical text, and nothing else is left beside it.
  mkdir "$work/out"
  echo old > "$work/out/scenario.json"
  expect 0 "" "$mpsim" export "$example" -o "$work/out/scenario.json"
  expect 0 "second-partner-joins.json: valid|scenario.json: valid" "$mpsim" validate "$work/out/scenario.json"
  [ "$(ls "$work/out")" = "scenario.json" ] || { echo "FAIL: left beside the output: $(ls "$work/out")"; failures=$((failures + 1)); }
  # A write that fails half-way (a 1 KiB file size limit, SIGXFSZ ignored so that write() reports EFBIG): exit 2 with the
  # reason, the old file untouched, and no temporary file left.
  expect 2 "cannot write $work/out/scenario.json: File too large" bash -c 'trap "" XFSZ; ulimit -f 1; exec "$0" export "$1" -o "$2"' "$mpsim" "$example" "$work/out/scenario.json"
  [ "$(ls "$work/out")" = "scenario.json" ] || { echo "FAIL: left beside the output after a failed write: $(ls "$work/out")"; failures=$((failures + 1)); }
  cmp -s "$work/out/scenario.json" <("$mpsim" export "$example") || { echo "FAIL: the failed write changed the old file"; failures=$((failures + 1)); }
  # stdout on a full disk, for export and for the other commands that print.
  expect 2 "cannot write the output: No space left on device" bash -c 'exec "$0" export "$1" > /dev/full' "$mpsim" "$example"
  expect 2 "cannot write the output: No space left on device" bash -c 'exec "$0" run "$1" > /dev/full' "$mpsim" "$example"
  expect 2 "cannot write the output: No space left on device" bash -c 'exec "$0" gen --customers 5 --partners 3 --subscriptions 5 --events 5 > /dev/full' "$mpsim"
  ;;
numbers)
  # Item 10: a count of 20 digits (beyond 64 bits) is refused with the range, not an abort (exit 134).
  expect 2 "--customers takes a whole number from 0 to 10000000, not '99999999999999999999'" "$mpsim" gen --customers 99999999999999999999
  expect 2 "--seed takes a whole number, not '18446744073709551616'" "$mpsim" gen --seed 18446744073709551616
  # advance_clock's days beyond the format's range: refused by validate with the parameter's pointer.
  for days in -9223372036854775808 9223372036854775807 3000000; do
    sed "260s/\"days\": 61/\"days\": $days/" "$source_dir/web/scenarios/cn-suspension-60-days.json" > "$work/days.json"
    expect 1 "at /events/[0-9]+/params/days: parameter \"days\" of \"advance_clock\" is $days; it must be between 0 and 2932896" "$mpsim" validate "$work/days.json"
  done
  ;;
terminal)
  # Item 12: control characters from scenario text reach the terminal as visible escapes. The title (line 6) gets an
  # OSC that retitles the window, a screen clear and U+202E; the partner name (line 59) a C1 CSI (U+009B) and U+2066.
  sed -e '6s/"en": "A second/"en": "\\u001b]0;pwned\\u0007\\u001b[2J\\u202eA second/' \
      -e '59s/"name": "Contoso/"name": "\\u009b31mContoso\\u2066/' "$example" > "$work/escapes.json"
  raw_controls() { LC_ALL=C grep -c $'[\x01-\x08\x0b-\x1f\x7f]\|\xc2[\x80-\x9f]\|\xe2\x80[\xaa-\xae]\|\xe2\x81[\xa6-\xa9]' || true; }
  for command in "summary" "run" "run --markdown" "view --customer fabrikam" "compare" "check" "run --json"; do
    # shellcheck disable=SC2086
    out=$("$mpsim" $command "$work/escapes.json" 2>&1)
    status=$?
    count=$(printf '%s' "$out" | raw_controls)
    if [ "$count" != "0" ]; then
      echo "FAIL: mpsim $command wrote $count line(s) with raw control characters"; failures=$((failures + 1))
    elif { [ "$command" = "summary" ] || [ "$command" = "run" ]; } && ! printf '%s' "$out" | grep -qF '\x1b]0;pwned\x07\x1b[2J\u202eA second'; then
      echo "FAIL: mpsim $command does not show the title's escapes"; printf '%s\n' "$out" | head -5; failures=$((failures + 1))
    elif [ "$command" = "run --markdown" ] && ! printf '%s' "$out" | grep -qF '# \x1b\]0;pwned\x07\x1b\[2J\u202eA second'; then
      echo "FAIL: mpsim $command does not show the title's escapes"; printf '%s\n' "$out" | head -5; failures=$((failures + 1))
    elif [ "$command" = "view --customer fabrikam" ] && ! printf '%s' "$out" | grep -qF '\u009b31mContoso\u2066 Cloud Services'; then
      echo "FAIL: mpsim view does not show the partner name's escapes"; printf '%s\n' "$out" | head -5; failures=$((failures + 1))
    elif [ "$command" = "run --json" ] && ! printf '%s' "$out" | grep -qF '\u009b31mContoso'; then
      echo "FAIL: mpsim run --json does not escape U+009B"; failures=$((failures + 1))
    elif [ "$status" -ne 0 ]; then
      echo "FAIL: mpsim $command exited $status"; failures=$((failures + 1))
    else
      echo "ok: mpsim $command"
    fi
  done
  ;;
*)
  echo "unknown group $group"; exit 2 ;;
esac

if [ "$failures" -ne 0 ]; then
  echo "$failures check(s) failed"
  exit 1
fi
echo "all checks passed"
