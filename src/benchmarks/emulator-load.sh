#!/usr/bin/env bash
# SDK calls against the in-process ChatEmulator, with no system property set (as a user's test suite
# runs it): p50/p90/p99 of sequential calls, then calls/s with 32 threads. See docs/benchmarks.md.
#
#   src/benchmarks/emulator-load.sh                 # 5000 sequential calls per case, 32 threads, 10 s
#   src/benchmarks/emulator-load.sh 20000 64 20     # calls, threads, seconds
#
# Builds the modules first unless SKIP_BUILD=1. Uses only 127.0.0.1.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
build_classpaths
java -cp "$(bench_classpath)" dev.chatsdk.benchmarks.EmulatorLoad "$@"
