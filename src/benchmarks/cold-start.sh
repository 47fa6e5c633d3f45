#!/usr/bin/env bash
# Cold start: time from launching a fresh JVM to the end of its first call, for the SDK (Stream
# sendMessage, Google Chat messagesCreate) and the hand-written OkHttp + Jackson floor. Each case
# builds its client and makes one call against a loopback server started once, in its own JVM,
# before the measurements. Each case runs with the classpath its user would have: Stream on
# chatsdk-stream's runtime classpath (no Google jars), Google Chat on chatsdk-googlechat's.
#
#   src/benchmarks/cold-start.sh            # N=10 runs per case, medians
#   N=25 src/benchmarks/cold-start.sh       # more runs (capped at 100)
#
# A second table splits the Stream path into phases (new OkHttpClient, JSON mapper, first reader,
# first HS256 signature, MessagesApi class initialisation, rest of build, first call).
#
# Builds the modules first unless SKIP_BUILD=1. Uses only 127.0.0.1.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
N="${N:-10}"
if (( N < 1 || N > 100 )); then echo "N must be 1..100" >&2; exit 2; fi
build_classpaths

classes="$BENCH/target/classes"
jar_of() { ls "$ROOT/src/$1/target/chatsdk-$1-"*.jar | grep -v -e sources -e javadoc | head -1; }
stream_cp="$classes:$(jar_of stream):$(cat "$ROOT/src/stream/target/runtime-classpath.txt")"
google_cp="$classes:$(jar_of googlechat):$(cat "$ROOT/src/googlechat/target/runtime-classpath.txt")"
bench_cp="$(bench_classpath)"

work="$(mktemp -d)"
server_pid=""
cleanup() {
  exec 3>&- 2>/dev/null || true          # closing the server's stdin makes it exit
  if [[ -n "$server_pid" ]]; then
    for _ in $(seq 50); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
    kill "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
mkfifo "$work/stdin"
java -Dsun.net.httpserver.nodelay=true -cp "$bench_cp" dev.chatsdk.benchmarks.LoopbackServer 0 900 \
  < "$work/stdin" > "$work/server.out" &
server_pid=$!
exec 3> "$work/stdin"
port=""
for _ in $(seq 100); do
  port="$(sed -n 's/^LISTENING //p' "$work/server.out")"
  [[ -n "$port" ]] && break
  sleep 0.1
done
[[ -n "$port" ]] || { echo "loopback server did not start" >&2; exit 1; }
url="http://127.0.0.1:$port"

median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else printf "%.1f\n", (a[NR/2]+a[NR/2+1])/2}'; }

CASES=(
  "stream-sendMessage|$stream_cp|dev.chatsdk.benchmarks.ColdStart\$StreamSend"
  "google-messagesCreate|$google_cp|dev.chatsdk.benchmarks.ColdStart\$GoogleCreate"
  "baseline-sendMessage|$bench_cp|dev.chatsdk.benchmarks.ColdStart\$Baseline"
)

run_once() { # name classpath main-class: appends "jvm→main build call launch→done process" to $work/<name>.txt
  local name="$1" cp="$2" main="$3" launch line exited main_ms build call end
  launch="$(date +%s%3N)"
  line="$(java -cp "$cp" "$main" "$url" 2>> "$work/$name.err" | grep '^COLDSTART' || true)"
  exited="$(date +%s%3N)"
  if [[ -z "$line" ]]; then
    echo "$name produced no result:" >&2; cat "$work/$name.err" >&2; exit 1
  fi
  main_ms="$(sed 's/.* main=\([0-9]*\).*/\1/' <<<"$line")"
  build="$(sed 's/.* build=\([0-9.]*\).*/\1/' <<<"$line")"
  call="$(sed 's/.* call=\([0-9.]*\).*/\1/' <<<"$line")"
  end="$(sed 's/.* end=\([0-9]*\).*/\1/' <<<"$line")"
  echo "$((main_ms - launch)) $build $call $((end - launch)) $((exited - launch))" >> "$work/$name.txt"
}

# Round-robin, so a burst of load from elsewhere hits every case alike.
for _ in $(seq "$N"); do
  for c in "${CASES[@]}"; do
    IFS='|' read -r name cp main <<<"$c"
    run_once "$name" "$cp" "$main"
  done
done

col() { cut -d' ' -f"$2" "$work/$1.txt" | median; }
colmin() { cut -d' ' -f"$2" "$work/$1.txt" | sort -n | head -1; }
echo "cold start, median of N=$N fresh JVMs per case, run round-robin ($(java -version 2>&1 | head -1), nproc=$(nproc), $(date -u +%FT%TZ))"
echo
echo "| case | JVM launch → main | build client | first call | launch → first call done (min) | whole process |"
echo "|---|---:|---:|---:|---:|---:|"
for c in "${CASES[@]}"; do
  IFS='|' read -r name _ <<<"$c"
  printf '| %s | %s ms | %s ms | %s ms | %s ms (%s) | %s ms |\n' "$name" "$(col "$name" 1)" "$(col "$name" 2)" \
    "$(col "$name" 3)" "$(col "$name" 4)" "$(colmin "$name" 4)" "$(col "$name" 5)"
done

# Where a Stream client's cold build goes, phase by phase (ColdStart.StreamParts).
: > "$work/parts.txt"
for _ in $(seq "$N"); do
  java -cp "$stream_cp" 'dev.chatsdk.benchmarks.ColdStart$StreamParts' "$url" 2>> "$work/parts.err" \
    | sed -n 's/^PARTS //p' >> "$work/parts.txt"
done
echo
echo "Stream cold path by phase, median of N=$N fresh JVMs (ms):"
echo
phases="okhttp mapper reader jwt messagesApiInit build call"
echo "| $(sed 's/ / | /g' <<<"$phases") |"
echo "|$(for _ in $phases; do printf -- '---:|'; done)"
row="|"
for p in $phases; do
  row="$row $(sed -n "s/.*$p=\([0-9.]*\).*/\1/p" "$work/parts.txt" | median) |"
done
echo "$row"
