# Shared by the measurement scripts in this folder; source it, do not run it.
# Sets ROOT (repository root) and BENCH (this module) and offers build_classpaths.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BENCH="$ROOT/src/benchmarks"
# Extra Maven flags, for example MVN_FLAGS=-o once dependencies are downloaded.
MVN_FLAGS="${MVN_FLAGS:-}"

# Builds the SDK modules and this module from the working tree (no install: nothing in ~/.m2 is
# touched) and writes every module's runtime classpath to <module>/target/runtime-classpath.txt.
# SKIP_BUILD=1 reuses the files of an earlier run.
build_classpaths() {
  if [[ "${SKIP_BUILD:-0}" == 1 && -s "$BENCH/target/runtime-classpath.txt" ]]; then
    return
  fi
  echo "building (mvn package, tests skipped) ..." >&2
  # shellcheck disable=SC2086
  mvn -B -q $MVN_FLAGS -f "$ROOT/pom.xml" -pl src/benchmarks -am -DskipTests package \
    org.apache.maven.plugins:maven-dependency-plugin:3.9.0:build-classpath \
    -Dmdep.outputFile=target/runtime-classpath.txt -DincludeScope=runtime >&2
}

# The classpath of the benchmarks module: its classes plus its runtime dependencies.
bench_classpath() {
  echo "$BENCH/target/classes:$(cat "$BENCH/target/runtime-classpath.txt")"
}
