#!/usr/bin/env bash
# Footprint: sizes of the SDK jars and of the runtime classpath a user gets with Maven, Stream-only
# (chatsdk-stream) versus Google Chat (chatsdk-googlechat). Checks DESIGN.md §1: a Stream-only user
# must not get Google Auth Library. Exits 1 when a Stream-only classpath holds any com.google.auth jar.
#
#   src/benchmarks/footprint.sh             # builds first unless SKIP_BUILD=1; prints Markdown tables
set -euo pipefail
. "$(dirname "$0")/lib.sh"
build_classpaths

jar_of() { ls "$ROOT/src/$1/target/chatsdk-$1-"*.jar | grep -v -e sources -e javadoc | head -1; }
size() { stat -c %s "$1"; }
kib() { awk -v b="$1" 'BEGIN {printf "%.1f", b / 1024}'; }
mib() { awk -v b="$1" 'BEGIN {printf "%.2f", b / 1048576}'; }

# One path per line: the module's own jar, then its runtime dependencies as Maven resolved them.
classpath_of() {
  { jar_of "$1"; tr ':' '\n' < "$ROOT/src/$1/target/runtime-classpath.txt"; } | grep -v '^$'
}

echo "footprint ($(date -u +%FT%TZ))"
echo
echo "| jar | bytes | KiB |"
echo "|---|---:|---:|"
for m in core stream googlechat; do
  j="$(jar_of "$m")"
  echo "| $(basename "$j") | $(size "$j") | $(kib "$(size "$j")") |"
done

echo
echo "| runtime classpath | jars | MiB |"
echo "|---|---:|---:|"
for m in stream googlechat; do
  total=0; n=0
  while read -r p; do total=$((total + $(size "$p"))); n=$((n + 1)); done < <(classpath_of "$m")
  echo "| chatsdk-$m user | $n | $(mib "$total") |"
done

echo
echo "A Stream-only user's runtime classpath:"
echo
echo "| jar | KiB |"
echo "|---|---:|"
while read -r p; do
  echo "| $(basename "$p") | $(kib "$(size "$p")") |"
done < <(classpath_of stream)

echo
echo "Jars a Google Chat user gets on top of a Stream-only user's classpath:"
echo
echo "| jar | KiB |"
echo "|---|---:|"
extra=0
while read -r p; do
  extra=$((extra + $(size "$p")))
  echo "| $(basename "$p") | $(kib "$(size "$p")") |"
done < <(comm -13 <(classpath_of stream | sort) <(classpath_of googlechat | sort) | grep -v chatsdk-googlechat)
echo "| **total** | **$(kib "$extra")** |"

echo
if classpath_of stream | grep -q '/com/google/auth/'; then
  echo "FAIL: the Stream-only runtime classpath contains Google Auth Library:"
  classpath_of stream | grep '/com/google/auth/'
  exit 1
fi
echo "OK: no Google Auth Library (com.google.auth) jar on the Stream-only runtime classpath."
