#!/usr/bin/env bash
# fuzz/run.sh SECONDS [TARGET...]
# Builds every target (fuzz/build.sh), then runs each libFuzzer binary for
# SECONDS on a temporary copy of its seed corpus (the committed corpus does
# not grow), one after the other. Prints executions per second and total
# executions per target; exits non-zero on any crash, oracle failure, leak,
# timeout, out-of-memory or sanitizer report. Reproducers and logs of
# findings are kept in fuzz/artifacts/.
# Targets run FUZZ_JOBS at a time (default 1, so that their exec/s figures
# are comparable; CI runs two, one per core).
# Env: FUZZ_OUT (binaries, default fuzz/out); FUZZ_CXX (clang++); FUZZ_JOBS.
set -uo pipefail

seconds=${1:?usage: fuzz/run.sh SECONDS [TARGET...]}
shift
here=$(cd "$(dirname "$0")" && pwd)
out=${FUZZ_OUT:-$here/out}
artifacts=$here/artifacts
# REPLAY_CXX empty: run.sh needs only the libFuzzer binaries, not the replays.
REPLAY_CXX="" "$here/build.sh" "$@" || { echo "run.sh: build failed" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$artifacts"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}

jobs=${FUZZ_JOBS:-1}

# run_one NAME CORPUS DICT: fuzzes one target; writes its summary line to
# $work/NAME.summary and, on a finding, marks it in $work/NAME.failed.
run_one() {
  local name=$1 corpus=$2 dict=$3
  mkdir -p "$work/$name"
  cp "$here/corpus/$corpus/"* "$work/$name/"
  local log=$work/$name.log start end status execs rate cov finding line
  start=$(date +%s.%N)
  "$out/$name" "$work/$name" \
    -max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 \
    -dict="$here/$dict" -print_final_stats=1 \
    -artifact_prefix="$artifacts/$name-" >"$log" 2>&1
  status=$?
  end=$(date +%s.%N)
  execs=$(sed -n 's/^stat::number_of_executed_units: *\([0-9]*\).*/\1/p' "$log" | tail -n 1)
  execs=${execs:-0}
  rate=$(awk -v n="$execs" -v a="$start" -v b="$end" 'BEGIN { t = b - a; printf "%d", (t > 0 ? n / t : 0) }')
  cov=$(grep -oE 'cov: [0-9]+ ft: [0-9]+ corp: [0-9]+' "$log" | tail -n 1)
  finding=""
  if [ "$status" -ne 0 ]; then finding="exit status $status"; fi
  if grep -qE 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error:|SUMMARY: |fuzz oracle failed|json_differential: .* says' "$log"; then
    finding="${finding:+$finding, }sanitizer/oracle report"
  fi
  line=$(printf '%-18s %10s exec/s %12s execs  %s' "$name" "$rate" "$execs" "${cov:-}")
  if [ -n "$finding" ]; then
    cp "$log" "$artifacts/$name.log"
    line="$line  FINDING ($finding): see $artifacts/$name.log"
    touch "$work/$name.failed"
    grep -E 'fuzz oracle failed|ERROR:|runtime error:|SUMMARY:|Test unit written|json_differential:' "$log" | head -n 20
  fi
  echo "$line" >"$work/$name.summary"
}

wanted=" $* "
names=()
while read -r name source corpus dict lib flags; do
  case "$name" in ''|'#'*) continue ;; esac
  if [ $# -gt 0 ] && [[ "$wanted" != *" $name "* ]]; then continue; fi
  echo "run.sh: $name for ${seconds}s"
  while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do wait -n; done
  run_one "$name" "$corpus" "$dict" &
  names+=("$name")
done <"$here/targets.txt"
wait

failed=()
summary=()
for name in "${names[@]}"; do
  summary+=("$(cat "$work/$name.summary" 2>/dev/null || echo "$name: no summary")")
  [ -e "$work/$name.failed" ] && failed+=("$name")
done

echo
echo "run.sh: ${seconds}s per target"
printf '%s\n' "${summary[@]}"
if [ ${#failed[@]} -gt 0 ]; then
  echo "run.sh: findings in: ${failed[*]}"
  exit 1
fi
[ ${#summary[@]} -gt 0 ] || { echo "run.sh: no target ran" >&2; exit 2; }
echo "run.sh: no findings"
