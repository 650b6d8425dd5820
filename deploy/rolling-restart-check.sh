#!/usr/bin/env bash
# Proves a rolling restart of a running local cluster (deploy/cluster.sh start) fails no request: while
# `deploy/cluster.sh rolling-restart` restarts every node in turn, PROBES loops (default 4) ask nginx for pages
# without pause (the login page, which opens a new session on a node, a page of the app that sends a visitor
# without a session to sign in, and a file of the hashed bundle), and every answer is counted. A request fails
# when curl gets no answer or the status is not 200 (or 302 for the sign-in redirect). Prints the counts and exits
# 1 when any request failed.
#
#   deploy/rolling-restart-check.sh            same settings (environment) as deploy/cluster.sh
set -euo pipefail
cd "$(dirname "$0")/.."
LB_PORT=${SOT_CLUSTER_PORT:-8310}
PROBES=${PROBES:-4}
OUT=$(mktemp -d "${TMPDIR:-/tmp}/sot-rolling.XXXXXX")
BASE="http://127.0.0.1:$LB_PORT"

deploy/cluster.sh status >/dev/null 2>&1 || { echo "The cluster is not running or not ready: deploy/cluster.sh start" >&2; exit 1; }
bundle=$(curl -fsS "$BASE/login" | grep -o 'VAADIN/build/[^"]*\.js' | head -1)
[[ -n "$bundle" ]] || { echo "No bundle file found in the login page" >&2; exit 1; }

probe() {
  local n=$1 paths=("login" "" "$bundle") i=0
  while [[ ! -f "$OUT/stop" ]]; do
    local path=${paths[$((i % 3))]}
    # each request a new visitor (no cookies): nginx chooses among the nodes it considers up
    code=$(curl -s -o /dev/null -m 10 -w '%{http_code}' "$BASE/$path" || true)
    echo "$(date +%s.%N) /$path $code" >> "$OUT/probe-$n.log"
    i=$((i + 1))
  done
}

for n in $(seq 1 "$PROBES"); do probe "$n" & done
started=$(date +%s)
deploy/cluster.sh rolling-restart
touch "$OUT/stop"
wait
seconds=$(( $(date +%s) - started ))

total=$(cat "$OUT"/probe-*.log | wc -l)
failed=$(cat "$OUT"/probe-*.log | awk '$3 != "200" && !($3 == "302")' | wc -l)
echo "Rolling restart of every node took ${seconds} s; ${total} requests through nginx, ${failed} failed (details: $OUT)"
if (( failed > 0 )); then
  cat "$OUT"/probe-*.log | awk '$3 != "200" && !($3 == "302")' | head -20
  exit 1
fi
