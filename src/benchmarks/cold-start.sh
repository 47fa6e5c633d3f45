#!/usr/bin/env bash
# Cold start: time from launching a fresh JVM to the end of its first call, for the SDK (Stream
# sendMessage, Google Chat messagesCreate) and the hand-written OkHttp + Jackson floor of each
# (ColdStart$Baseline, ColdStart$BaselineGoogle), over plain HTTP and over HTTPS. Each case builds its
# client and makes one call against a loopback server started once, in its own JVM, before the
# measurements. Each case runs with the classpath its user would have: Stream on chatsdk-stream's
# runtime classpath (no Google jars), Google Chat on chatsdk-googlechat's.
#
#   src/benchmarks/cold-start.sh            # N=11 runs per case and scheme, medians
#   N=25 src/benchmarks/cold-start.sh       # more runs (capped at 100)
#   CDS=1 src/benchmarks/cold-start.sh      # also with an AppCDS archive per case (see docs/benchmarks.md)
#
# HTTPS: keytool makes a self-signed certificate for 127.0.0.1 (in a temporary folder); the server
# serves it and every client JVM (HTTP runs too, so both pay the same trust-store load) gets a copy
# of the JDK's cacerts with that certificate added as javax.net.ssl.trustStore: the default OkHttp
# TLS set-up with a trust store the size of the real one. Nothing leaves 127.0.0.1.
#
# A second table splits the Stream path into phases (new OkHttpClient, JSON mapper, first reader,
# first HS256 signature, MessagesApi class initialisation, rest of build, first call); a third
# counts the classes each case loads to the end of its first call, and sorts what the SDK loads
# beyond its floor by origin.
#
# Builds the modules first unless SKIP_BUILD=1. Uses only 127.0.0.1.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
N="${N:-11}"
if (( N < 1 || N > 100 )); then echo "N must be 1..100" >&2; exit 2; fi
build_classpaths

work="$(mktemp -d)"
# The probes as a jar: AppCDS archives only classes from jars (every variant uses the same classpath).
classes="$work/probes.jar"
jar cf "$classes" -C "$BENCH/target/classes" .
jar_of() { ls "$ROOT/src/$1/target/chatsdk-$1-"*.jar | grep -v -e sources -e javadoc | head -1; }
stream_cp="$classes:$(jar_of stream):$(cat "$ROOT/src/stream/target/runtime-classpath.txt")"
google_cp="$classes:$(jar_of googlechat):$(cat "$ROOT/src/googlechat/target/runtime-classpath.txt")"
bench_cp="$classes:$(cat "$BENCH/target/runtime-classpath.txt")"
java_home="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"

server_pids=()
cleanup() {
  exec 3>&- 4>&- 2>/dev/null || true    # closing a server's stdin makes it exit
  for pid in "${server_pids[@]}"; do
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill "$pid" 2>/dev/null || true
  done
  rm -rf "$work"
}
trap cleanup EXIT

# TLS material: server key + self-signed certificate for 127.0.0.1; cacerts + that certificate.
keytool -genkeypair -alias loopback -keyalg RSA -keysize 2048 -sigalg SHA256withRSA -validity 2 \
  -dname CN=127.0.0.1 -ext san=ip:127.0.0.1,dns:localhost -storetype PKCS12 \
  -keystore "$work/server.p12" -storepass changeit -keypass changeit >/dev/null 2>&1
keytool -exportcert -alias loopback -keystore "$work/server.p12" -storepass changeit -file "$work/server.crt" >/dev/null 2>&1
cp "$java_home/lib/security/cacerts" "$work/trust.p12"
chmod u+w "$work/trust.p12"
keytool -importcert -noprompt -alias chatsdk-loopback -file "$work/server.crt" -keystore "$work/trust.p12" \
  -storepass changeit >/dev/null 2>&1
TRUST=(-Djavax.net.ssl.trustStore="$work/trust.p12" -Djavax.net.ssl.trustStorePassword=changeit)

start_server() { # name fd [keystore password]: sets port_<name>
  local name="$1" fd="$2"; shift 2
  mkfifo "$work/$name.stdin"
  java -Dsun.net.httpserver.nodelay=true -cp "$bench_cp" dev.chatsdk.benchmarks.LoopbackServer 0 1800 "$@" \
    < "$work/$name.stdin" > "$work/$name.out" &
  server_pids+=($!)
  eval "exec $fd> \"$work/$name.stdin\""
  local port=""
  for _ in $(seq 100); do
    port="$(sed -n 's/^LISTENING //p' "$work/$name.out")"
    [[ -n "$port" ]] && break
    sleep 0.1
  done
  [[ -n "$port" ]] || { echo "$name loopback server did not start" >&2; exit 1; }
  printf -v "port_$name" '%s' "$port"
}
start_server http 3
start_server https 4 "$work/server.p12" changeit
declare -A URLS=([http]="http://127.0.0.1:$port_http" [https]="https://127.0.0.1:$port_https")

median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else printf "%.1f\n", (a[NR/2]+a[NR/2+1])/2}'; }

# name|classpath|main class|floor case (for the ratio)
CASES=(
  "stream-sendMessage|$stream_cp|dev.chatsdk.benchmarks.ColdStart\$StreamSend|baseline-sendMessage"
  "baseline-sendMessage|$bench_cp|dev.chatsdk.benchmarks.ColdStart\$Baseline|"
  "google-messagesCreate|$google_cp|dev.chatsdk.benchmarks.ColdStart\$GoogleCreate|baseline-messagesCreate"
  "baseline-messagesCreate|$bench_cp|dev.chatsdk.benchmarks.ColdStart\$BaselineGoogle|"
)
VARIANTS=(default)
if [[ "${CDS:-0}" == 1 ]]; then
  VARIANTS+=(appcds)
  # One training run per case writes a dynamic AppCDS archive of the classes it loaded.
  for c in "${CASES[@]}"; do
    IFS='|' read -r name cp main _ <<<"$c"
    java "${TRUST[@]}" -XX:ArchiveClassesAtExit="$work/$name.jsa" -cp "$cp" "$main" "${URLS[https]}" \
      >/dev/null 2>>"$work/cds.err"
  done
fi

run_once() { # variant scheme name classpath main-class: appends "jvm→main build call launch→done process cpu"
  local variant="$1" scheme="$2" name="$3" cp="$4" main="$5" launch line exited main_ms build call end cpu
  local key="$variant-$scheme-$name" opts=("${TRUST[@]}")
  [[ "$variant" == appcds ]] && opts+=(-XX:SharedArchiveFile="$work/$name.jsa")
  launch="$(date +%s%3N)"
  line="$(/usr/bin/time -f '%U %S' -o "$work/cpu" java "${opts[@]}" -cp "$cp" "$main" "${URLS[$scheme]}" \
    2>> "$work/$key.err" | grep '^COLDSTART' || true)"
  exited="$(date +%s%3N)"
  if [[ -z "$line" ]]; then
    echo "$key produced no result:" >&2; cat "$work/$key.err" >&2; exit 1
  fi
  main_ms="$(sed 's/.* main=\([0-9]*\).*/\1/' <<<"$line")"
  build="$(sed 's/.* build=\([0-9.]*\).*/\1/' <<<"$line")"
  call="$(sed 's/.* call=\([0-9.]*\).*/\1/' <<<"$line")"
  end="$(sed 's/.* end=\([0-9]*\).*/\1/' <<<"$line")"
  cpu="$(awk '{printf "%d", ($1 + $2) * 1000}' "$work/cpu")"
  echo "$((main_ms - launch)) $build $call $((end - launch)) $((exited - launch)) $cpu" >> "$work/$key.txt"
}

# Round-robin, so a burst of load from elsewhere hits every case alike.
for _ in $(seq "$N"); do
  for variant in "${VARIANTS[@]}"; do
    for scheme in http https; do
      for c in "${CASES[@]}"; do
        IFS='|' read -r name cp main _ <<<"$c"
        run_once "$variant" "$scheme" "$name" "$cp" "$main"
      done
    done
  done
done

col() { cut -d' ' -f"$2" "$work/$1.txt" | median; }
colmin() { cut -d' ' -f"$2" "$work/$1.txt" | sort -n | head -1; }
echo "cold start, median of N=$N fresh JVMs per case, run round-robin ($(java -version 2>&1 | head -1), nproc=$(nproc), load average $(cut -d' ' -f1-3 /proc/loadavg) at the end, $(date -u +%FT%TZ))"
for variant in "${VARIANTS[@]}"; do
  for scheme in http https; do
    echo
    echo "$scheme, $( [[ $variant == appcds ]] && echo "with an AppCDS archive per case" || echo "default JVM flags"):"
    echo
    echo "| case | JVM launch → main | build client | first call | launch → first call done (min) | vs floor | whole process | CPU (user+sys) |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|"
    for c in "${CASES[@]}"; do
      IFS='|' read -r name _ _ floor <<<"$c"
      key="$variant-$scheme-$name"
      ratio="—"
      if [[ -n "$floor" ]]; then
        ratio="$(awk -v a="$(col "$key" 4)" -v b="$(col "$variant-$scheme-$floor" 4)" 'BEGIN {printf "%.2f×", a / b}')"
      fi
      printf '| %s | %s ms | %s ms | %s ms | %s ms (%s) | %s | %s ms | %s ms |\n' "$name" "$(col "$key" 1)" \
        "$(col "$key" 2)" "$(col "$key" 3)" "$(col "$key" 4)" "$(colmin "$key" 4)" "$ratio" "$(col "$key" 5)" \
        "$(col "$key" 6)"
    done
  done
done
url="${URLS[http]}"

# Where a Stream client's cold build goes, phase by phase (ColdStart.StreamParts).
: > "$work/parts.txt"
for _ in $(seq "$N"); do
  java "${TRUST[@]}" -cp "$stream_cp" 'dev.chatsdk.benchmarks.ColdStart$StreamParts' "$url" 2>> "$work/parts.err" \
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

# What each case loads to the end of its first call (-Xlog:class+load; the count does not depend on
# load), and what the SDK loads that its floor does not, by origin.
origin_of() { # class names on stdin -> origin, one per line
  awk '{o = "JDK and other"
        if ($1 ~ /^dev\.chatsdk\.core\./) o = "chatsdk-core"
        else if ($1 ~ /^dev\.chatsdk\.(stream|googlechat)\.(model|params)\./ || $1 ~ /Params$/) o = "params and models"
        else if ($1 ~ /^dev\.chatsdk\.(stream|googlechat)\./) o = "backend (client, auth, API class)"
        else if ($1 ~ /^org\.slf4j\./) o = "SLF4J"
        else if ($1 ~ /^com\.google\./) o = "Guava and Google Auth Library"
        print o}'
}
echo
echo "Loaded classes to the end of the first call (-Xlog:class+load, one JVM per case):"
echo
echo "| case | http | https | over the floor (http): by origin |"
echo "|---|---:|---:|---|"
for c in "${CASES[@]}"; do
  IFS='|' read -r name cp main floor <<<"$c"
  for scheme in http https; do
    java "${TRUST[@]}" -Xlog:class+load=info:file="$work/$name-$scheme.classes.log":none -cp "$cp" "$main" "${URLS[$scheme]}" \
      >/dev/null 2>>"$work/classes.err"
    # "java.lang.Object source: ..." -> the class name; generated classes (lambdas, lambda forms)
    # lose their addresses, so the same one compares equal across JVMs (comm pairs repeats).
    sed -E 's/ .*//; s/\/0x[0-9a-f]+$//; s/\$\$Lambda\$[0-9]+$/$$Lambda/' \
      "$work/$name-$scheme.classes.log" | sort > "$work/$name-$scheme.classes"
  done
done
for c in "${CASES[@]}"; do
  IFS='|' read -r name _ _ floor <<<"$c"
  extra="—"
  if [[ -n "$floor" ]]; then
    extra="$(comm -23 "$work/$name-http.classes" "$work/$floor-http.classes" | origin_of | sort | uniq -c \
      | sort -rn | awk '{n = $1; $1 = ""; printf "%s%s +%d", sep, substr($0, 2), n; sep = ", "}')"
    extra="$extra, only in the floor −$(comm -13 "$work/$name-http.classes" "$work/$floor-http.classes" | wc -l)"
  fi
  echo "| $name | $(wc -l < "$work/$name-http.classes") | $(wc -l < "$work/$name-https.classes") | $extra |"
done
