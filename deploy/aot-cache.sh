#!/usr/bin/env bash
# Build a JDK AOT cache for SOT Courseware (JDK 25+, JEP 483/514/515) and show how to start with it.
#
#   deploy/aot-cache.sh [JAR] [DIR]
#
# 1. extracts JAR (default target/sot-courseware.jar) into DIR (default target/aot-app): the AOT cache needs
#    the application on a plain class path, not inside the executable jar;
# 2. runs the app once on 127.0.0.1 as a training run (a throwaway data directory, demo data on), waits until
#    it is ready, asks for a few pages, then lets AOT_TRAINING_STUDENTS simulated students (default 20, 0 for none)
#    take the whole student journey once through the load test's driver (load/run.sh: sign-in, dashboard, lessons,
#    the quiz, a case), so that what a seminar room does first is loaded and profiled too; then stops it: the JVM
#    writes DIR/app.aot when it exits;
# 3. prints the command that starts the app with the cache.
#
# The cache belongs to one JDK build and one jar: build it again after every upgrade of either (the JVM
# warns and starts without it if they differ). docs/operations.md, "Faster start-up with an AOT cache".
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${1:-target/sot-courseware.jar}
DIR=${2:-target/aot-app}
PORT=${AOT_TRAINING_PORT:-8197}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
[[ -f "$JAR" ]] || { echo "No jar at $JAR: build it first (./mvnw -DskipTests package)" >&2; exit 1; }
major=$("$JAVA" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}' | cut -d. -f1)
(( major >= 25 )) || { echo "An AOT cache with -XX:AOTCacheOutput needs JDK 25 or newer; $JAVA is $major" >&2; exit 1; }

rm -rf "$DIR" && mkdir -p "$DIR"
"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$DIR" >/dev/null
APP="$DIR/$(basename "$JAR")"
CONTENT=${SOT_CONTENT_ROOT:-$PWD/content}
DATA=$(mktemp -d "${TMPDIR:-/tmp}/sot-aot-training.XXXXXX")
trap 'rm -rf "$DATA"' EXIT

echo "Training run on 127.0.0.1:$PORT (log: $DIR/training.log)"
STUDENTS=${AOT_TRAINING_STUDENTS:-20}
SOT_CONTENT_ROOT="$CONTENT" "$JAVA" -XX:AOTCacheOutput="$DIR/app.aot" -Xlog:aot=error -jar "$APP" \
  --server.address=127.0.0.1 --server.port="$PORT" --sot.data-dir="$DATA" --sot.load-test.students="$STUDENTS" \
  >"$DIR/training.log" 2>&1 &
pid=$!
deadline=$((SECONDS + 300))
until [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/login" || true)" == 200 ]]; do
  if ! kill -0 "$pid" 2>/dev/null || (( SECONDS > deadline )); then
    echo "The training run did not become ready; see $DIR/training.log" >&2; kill "$pid" 2>/dev/null || true; exit 1
  fi
  sleep 0.5
done
for path in /login / /modules/foundations /verify /VAADIN/build/; do
  curl -s -o /dev/null "http://127.0.0.1:$PORT$path" || true
done
if (( STUDENTS > 0 )); then
  echo "Training journeys: $STUDENTS students, once each (log: $DIR/training-load.log)"
  load/run.sh --url "http://127.0.0.1:$PORT/" --users "$STUDENTS" --stress --rounds 1 --no-heap --out "$DIR/training-load" \
    >"$DIR/training-load.log" 2>&1 || echo "The training journeys reported errors (see $DIR/training-load.log); the cache is written anyway" >&2
fi
kill -TERM "$pid"
wait "$pid" || true
[[ -f "$DIR/app.aot" ]] || { echo "No cache was written; see $DIR/training.log" >&2; exit 1; }
echo "AOT cache: $DIR/app.aot ($(du -h "$DIR/app.aot" | cut -f1))"
echo "Start with:  $JAVA -XX:AOTCache=$DIR/app.aot -jar $APP"
