#!/usr/bin/env bash
# CI entry point for fuzzing: builds every target with clang and
# -fsanitize=fuzzer,address,undefined, runs each for $FUZZ_SECONDS seconds
# (default 30), two at a time (FUZZ_JOBS: the machines have two cores),
# prints exec/s and executions per target, and exits non-zero on any crash,
# oracle failure, leak or sanitizer report.
# Needs (Debian 12): clang, libclang-rt-14-dev, libicu-dev, rapidjson-dev, pkg-config.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
seconds=${FUZZ_SECONDS:-30}
export FUZZ_JOBS=${FUZZ_JOBS:-2}
exec "$here/run.sh" "$seconds" "$@"
