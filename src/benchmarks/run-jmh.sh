#!/usr/bin/env bash
# Runs the JMH benchmarks of this module.
#
#   src/benchmarks/run-jmh.sh                     # every benchmark, default options
#   src/benchmarks/run-jmh.sh CallBenchmark       # benchmarks whose name matches a regexp
#   JMH_OPTS="-f 2 -wi 5 -i 10 -prof gc" src/benchmarks/run-jmh.sh JsonBenchmark
#   src/benchmarks/run-jmh.sh -l                  # list the benchmarks
#
# Default options (sized for a shared 2-core machine): one fork, 3 x 1 s warm-up, 5 x 1 s
# measurement, GC profiler (gc.alloc.rate.norm = bytes allocated per operation); results also go
# to src/benchmarks/target/jmh-result.json. Builds the modules first unless SKIP_BUILD=1.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
build_classpaths
JMH_OPTS="${JMH_OPTS:--f 1 -wi 3 -w 1s -i 5 -r 1s -prof gc -rf json -rff $BENCH/target/jmh-result.json}"
# shellcheck disable=SC2086
exec java -cp "$(bench_classpath)" org.openjdk.jmh.Main $JMH_OPTS "$@"
