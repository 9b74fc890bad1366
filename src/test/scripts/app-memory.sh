#!/usr/bin/env bash
# Heap of the packaged application with and without a large corpus, as a user runs it (issue 14 item 1;
# the figures are in docs/performance.md, "Memory in the running application").
#
# Usage: src/test/scripts/app-memory.sh [tokens] [port] [work dir]
#   tokens    size of the generated inflected corpus (default 10000000)
#   port      the application's port (default 8106)
#   work dir  where the corpus folder, the data directory and the reports go (default /tmp/siyaq-app-memory)
# Needs JAVA_HOME (JDK 25) and the jar (./mvnw -q -DskipTests package). Steps:
#   1. writes the benchmark's inflected corpus as text files (LoadTest -Dload.prepare), once per size;
#   2. starts the jar on an empty corpora folder (the bundled corpus only), waits until it answers,
#      runs a full GC twice and records GC.heap_info and GC.class_histogram: "without";
#   3. starts it on a fresh data directory with the corpus folder, waits until the corpus answers,
#      then lets the background work of opening end (the word table), records the same: "ingested";
#   4. restarts it on that data directory (the corpus reopened from H2), records the same: "reopened".
# Each report is <work dir>/<state>.heap and <state>.histogram; a summary line per state is printed.
# Environment: JAR (default: the jar in target/), HEAP (-Xmx, default 3g), SETTLE (seconds before the
# GCs, default 20), STATES (default "without ingested reopened"; "without reopened" reuses the data
# directory of an earlier run when it holds the corpus).
# Byte counts do not depend on the machine's load, so this can run on a busy machine.
set -euo pipefail
TOKENS=${1:-10000000}
PORT=${2:-8106}
WORK=${3:-/tmp/siyaq-app-memory}
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
JAVA=${JAVA_HOME:?set JAVA_HOME to a JDK 25}/bin/java
JCMD=$JAVA_HOME/bin/jcmd
JAR=${JAR:-$(ls "$ROOT"/target/siyaq-*.jar | grep -v original | head -1)}
STATES=${STATES:-without ingested reopened}
HEAP=${HEAP:-3g}
mkdir -p "$WORK"

CORPUS="$WORK/corpus-$TOKENS"
if [ ! -f "$CORPUS/synthetic/corpus.json" ]; then
  (cd "$ROOT" && ./mvnw -B -ntp -q -Ploadtest process-test-classes -Dload.prepare="$CORPUS" -Dload.tokens="$TOKENS")
fi

PID=
stop() { if [ -n "$PID" ]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; PID=; fi; }
trap stop EXIT

# start <data dir> <corpora dir>
start() {
  SIYAQ_DATA="$1" SIYAQ_CORPORA="$2" "$JAVA" -Xmx"$HEAP" -jar "$JAR" --server.port="$PORT" >"$WORK/app.log" 2>&1 &
  PID=$!
}

# wait_for <path> : until GET answers 200 (the corpus is indexed and open)
wait_for() {
  for _ in $(seq 1 3600); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT$1")" = 200 ]; then return 0; fi
    sleep 1
  done
  echo "gave up waiting for $1" >&2; return 1
}

# record <state> <tokens of the corpus, 0 for none>
record() {
  sleep "${SETTLE:-20}"   # the word table is built in the background when a corpus opens
  "$JCMD" "$PID" GC.run >/dev/null
  "$JCMD" "$PID" GC.run >/dev/null
  "$JCMD" "$PID" GC.heap_info >"$WORK/$1.heap"
  "$JCMD" "$PID" GC.class_histogram >"$WORK/$1.histogram"
  USED=$(grep -o 'used [0-9]*K' "$WORK/$1.heap" | head -1 | grep -o '[0-9]*')
  echo "$1 used_heap_kb=$USED" | tee -a "$WORK/summary.txt"
}

rm -f "$WORK/summary.txt"
EMPTY="$WORK/no-corpora"; mkdir -p "$EMPTY"
echo "jar $JAR, -Xmx$HEAP, $TOKENS tokens" | tee -a "$WORK/summary.txt"

for STATE in $STATES; do
  case $STATE in
    without)
      rm -rf "$WORK/data-without"
      start "$WORK/data-without" "$EMPTY"
      wait_for /api/corpora/bundled ;;
    ingested)
      rm -rf "$WORK/data"
      STARTED=$(date +%s)
      start "$WORK/data" "$CORPUS"
      wait_for /api/corpora/synthetic
      echo "ingested: $(( $(date +%s) - STARTED )) s from the JVM's start to the corpus answering (load $(cut -d' ' -f1-3 /proc/loadavg))" | tee -a "$WORK/summary.txt"
      grep -h "indexing\|indexed\|Opened" "$WORK/app.log" | tail -3 || true ;;
    reopened)
      STARTED=$(date +%s)
      start "$WORK/data" "$CORPUS"
      wait_for /api/corpora/synthetic
      echo "reopened: $(( $(date +%s) - STARTED )) s from the JVM's start to the corpus answering" | tee -a "$WORK/summary.txt" ;;
  esac
  record "$STATE"
  stop
done

awk -v n="$TOKENS" '
  /^without/ { split($2, a, "="); base = a[2] }
  /^(ingested|reopened) used_heap_kb=/ && base != "" { split($2, a, "="); printf "%s: %.2f bytes a token above the app without the corpus\n", $1, (a[2] - base) * 1024 / n }
' "$WORK/summary.txt" | tee -a "$WORK/summary.txt"
