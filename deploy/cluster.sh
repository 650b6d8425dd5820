#!/usr/bin/env bash
# A local SOT Courseware cluster on this machine: PostgreSQL, two (or more) app nodes on loopback ports and nginx in
# front with sticky sessions, each node's readiness watched. See deploy/README.md and docs/operations.md
# ("Several nodes").
#
#   deploy/cluster.sh start              PostgreSQL (a throwaway cluster by .ci/postgres), the nodes, nginx, the watcher;
#                                        returns when every node is ready and nginx answers
#   deploy/cluster.sh stop               stops all of it (the data stays for the next start)
#   deploy/cluster.sh destroy            stops all of it and deletes the cluster folder
#   deploy/cluster.sh status             what runs, and each node's readiness
#   deploy/cluster.sh restart-node NODE  takes NODE (n1, n2, ...) out of nginx, stops it gracefully, starts it, waits
#                                        until it is ready and puts it back
#   deploy/cluster.sh rolling-restart    restart-node for every node in turn (the way to upgrade: replace the jar first)
#   deploy/cluster.sh kill-node NODE     SIGKILL, as a crash would (nginx stops sending to it within about a second)
#
# Settings (environment):
#   SOT_CLUSTER_DIR         folder for everything (default ${TMPDIR:-/tmp}/sot-cluster): node data and logs, nginx's
#                           prefix, config, pid, logs and cache, PostgreSQL (unless SOT_CLUSTER_DATABASE_URL is set)
#   SOT_CLUSTER_PORT        nginx's port (default 8310)
#   SOT_CLUSTER_NODE_PORTS  the nodes' ports (default "8311 8312"); the nodes are called n1, n2, ... in this order
#   SOT_CLUSTER_PG_PORT     the port of the throwaway PostgreSQL (default 15490)
#   SOT_CLUSTER_DATABASE_URL, _USER, _PASSWORD   an existing PostgreSQL database to use instead of starting one
#   SOT_CLUSTER_JAR         the app (default target/sot-courseware.jar, built when missing)
#   SOT_CLUSTER_HEAP        each node's -Xmx (default 768m)
#   SOT_CLUSTER_NODE_ARGS   extra arguments for every node (e.g. --sot.load-test.students=200)
#   SOT_CLUSTER_JAVA_OPTS   extra JVM options for every node (e.g. -XX:TieredStopAtLevel=1 for a faster start in tests)
#   SOT_CLUSTER_TTL         seconds after which the watcher stops the whole cluster by itself (default: never)
#   SOT_CLUSTER_NGINX       the nginx binary (default: nginx on the PATH, else /usr/sbin/nginx); none: no balancer
set -euo pipefail
SELF="$(cd "$(dirname "$0")" && pwd)/$(basename "$0")"
cd "$(dirname "$0")/.."
ROOT=$PWD

DIR=$(mkdir -p "${SOT_CLUSTER_DIR:-${TMPDIR:-/tmp}/sot-cluster}" && cd "${SOT_CLUSTER_DIR:-${TMPDIR:-/tmp}/sot-cluster}" && pwd)
LB_PORT=${SOT_CLUSTER_PORT:-8310}
read -r -a PORTS <<< "${SOT_CLUSTER_NODE_PORTS:-8311 8312}"
PG_PORT=${SOT_CLUSTER_PG_PORT:-15490}
JAR=${SOT_CLUSTER_JAR:-target/sot-courseware.jar}
HEAP=${SOT_CLUSTER_HEAP:-768m}
NGINX_BIN=${SOT_CLUSTER_NGINX:-$(command -v nginx || echo /usr/sbin/nginx)}
NG="$DIR/nginx"
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
if [[ -z "${JAVA_HOME:-}" && -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]]; then JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java; fi

say() { printf '%s\n' "$*" >&2; }
node_name() { echo "n$(( $1 + 1 ))"; }
node_dir() { echo "$DIR/$(node_name "$1")"; }
alive() { [[ -f "$1" ]] && kill -0 "$(cat "$1")" 2>/dev/null; }
ready() { curl -fsS -m 2 -o /dev/null "http://127.0.0.1:${PORTS[$1]}/actuator/health/readiness" 2>/dev/null; }
# The watcher's view of a node: out at once when it refuses connections or says it is not ready (503), or while it
# is drained; out after three probes in a row without an answer within 5 s (a node slowed down by load is not taken
# out at the first slow answer, which would move its users to another node and cost them their sessions).
node_up() {
  local i=$1 d code rc fails; d=$(node_dir "$i")
  if [[ -f "$d/drain" ]]; then rm -f "$d/up"; return 1; fi
  code=$(curl -sS -m 5 -o /dev/null -w '%{http_code}' "http://127.0.0.1:${PORTS[$i]}/actuator/health/readiness" 2>/dev/null) && rc=0 || rc=$?
  if [[ $rc -eq 0 && $code == 200 ]]; then
    echo 0 > "$d/probe-fails"; touch "$d/up"; return 0
  fi
  if [[ $rc -eq 28 ]]; then   # no answer in time
    fails=$(( $(cat "$d/probe-fails" 2>/dev/null || echo 0) + 1 )); echo "$fails" > "$d/probe-fails"
    if (( fails < 3 )) && [[ -f "$d/up" ]]; then return 0; fi
  fi
  rm -f "$d/up"; return 1
}
have_nginx() { [[ -x "$NGINX_BIN" ]]; }
index_of() { local i; for i in "${!PORTS[@]}"; do [[ "$(node_name "$i")" == "$1" ]] && { echo "$i"; return 0; }; done; say "No node called $1 (nodes: $(for i in "${!PORTS[@]}"; do printf '%s ' "$(node_name "$i")"; done))"; exit 2; }

database() {
  if [[ -n "${SOT_CLUSTER_DATABASE_URL:-}" ]]; then
    DB_URL=$SOT_CLUSTER_DATABASE_URL; DB_USER=${SOT_CLUSTER_DATABASE_USER:-}; DB_PASSWORD=${SOT_CLUSTER_DATABASE_PASSWORD:-}
    return
  fi
  local env; env=$(SOT_PG_DIR="$DIR/postgres" .ci/postgres start "$PG_PORT")
  eval "$env"
  DB_USER=$SOT_TEST_POSTGRES_USER; DB_PASSWORD=$SOT_TEST_POSTGRES_PASSWORD
  local psql; psql="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)/psql"
  if ! PGPASSWORD=$DB_PASSWORD "$psql" -X -q -h 127.0.0.1 -p "$PG_PORT" -U "$DB_USER" -d postgres -tAc \
      "select 1 from pg_database where datname = 'sot_cluster'" | grep -q 1; then
    PGPASSWORD=$DB_PASSWORD "$psql" -X -q -h 127.0.0.1 -p "$PG_PORT" -U "$DB_USER" -d postgres -c "create database sot_cluster"
  fi
  DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/sot_cluster"
}

# Every node must encrypt second-factor secrets with the same key: made once for the cluster.
secret_key() {
  [[ -f "$DIR/secret-key" ]] || (umask 077 && head -c 32 /dev/urandom | base64 > "$DIR/secret-key")
  cat "$DIR/secret-key"
}

# Each node runs the jar extracted into its own folder (Spring Boot's efficient layout: classes load from plain jars
# instead of jars nested in the executable one, which makes a cold start about 1.4 s shorter on two cores;
# docs/performance.md, "Start-up"). Extracted again only when the jar changed (size or time), while that node is
# stopped, so a rolling upgrade never swaps classes under a running node.
extracted_app() {
  local d=$1 stamp; stamp=$(stat -c '%s %Y' "$JAR")
  if [[ "$(cat "$d/app/stamp" 2>/dev/null)" != "$stamp" ]]; then
    rm -rf "$d/app.new"
    "$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$d/app.new" >/dev/null
    echo "$stamp" > "$d/app.new/stamp"
    rm -rf "$d/app" && mv "$d/app.new" "$d/app"
  fi
  echo "$d/app/$(basename "$JAR")"
}

start_node() {
  local i=$1 d app; d=$(node_dir "$i")
  mkdir -p "$d"
  if alive "$d/pid"; then say "$(node_name "$i") already runs (pid $(cat "$d/pid"))"; return; fi
  app=$(extracted_app "$d")
  # shellcheck disable=SC2086
  SOT_SECRET_KEY=$(secret_key) SPRING_DATASOURCE_URL=$DB_URL SPRING_DATASOURCE_USERNAME=$DB_USER SPRING_DATASOURCE_PASSWORD=$DB_PASSWORD \
    setsid nohup "$JAVA" "-Xmx$HEAP" -XX:+ExitOnOutOfMemoryError ${SOT_CLUSTER_JAVA_OPTS:-} -jar "$app" \
      --server.address=127.0.0.1 --server.port="${PORTS[$i]}" \
      --sot.data-dir="$d/data" --sot.content.root="$ROOT/content" --sot.backup.dir="$DIR/backups" \
      --server.forward-headers-strategy=native \
      --sot.certificates.public-url="http://localhost:$LB_PORT" --sot.mail.public-url="http://localhost:$LB_PORT" \
      --spring.datasource.hikari.data-source-properties.ApplicationName="sot-courseware $(node_name "$i")" \
      ${SOT_CLUSTER_NODE_ARGS:-} > "$d/app.log" 2>&1 < /dev/null &
  echo $! > "$d/pid"
  say "$(node_name "$i") starting on 127.0.0.1:${PORTS[$i]} (pid $!, log $d/app.log)"
}

stop_node() {
  local i=$1 d pid; d=$(node_dir "$i")
  alive "$d/pid" || { rm -f "$d/pid"; return 0; }
  pid=$(cat "$d/pid")
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  if kill -0 "$pid" 2>/dev/null; then say "$(node_name "$i") did not stop in 30 s: SIGKILL"; kill -KILL "$pid" 2>/dev/null || true; fi
  rm -f "$d/pid"
}

wait_ready() {
  local i=$1 limit=${2:-240} d; d=$(node_dir "$i")
  for _ in $(seq 1 $((limit * 2))); do
    if ready "$i"; then return 0; fi
    if ! alive "$d/pid"; then say "$(node_name "$i") stopped while starting; the end of its log:"; tail -n 30 "$d/app.log" >&2; return 1; fi
    sleep 0.5
  done
  say "$(node_name "$i") not ready after ${limit} s"; return 1
}

# The upstreams nginx reads: a node is in while it is ready and not being drained (deploy/nginx/sot-courseware.conf).
write_upstreams() {
  local up=() i j name f="$NG/conf/sot-upstreams.conf"
  for i in "${!PORTS[@]}"; do
    if node_up "$i"; then up[i]=""; else up[i]=" down"; fi
  done
  {
    echo "# written by deploy/cluster.sh $(date -u +%FT%TZ); a node marked down is not ready or is being restarted"
    echo "upstream sot_all {"; echo "    least_conn;"
    for i in "${!PORTS[@]}"; do echo "    server 127.0.0.1:${PORTS[$i]} max_fails=1 fail_timeout=5s${up[i]};"; done
    echo "}"
    for i in "${!PORTS[@]}"; do
      name=$(node_name "$i")
      echo "upstream sot_$name {"
      echo "    server 127.0.0.1:${PORTS[$i]} max_fails=1 fail_timeout=5s${up[i]};"
      for j in "${!PORTS[@]}"; do [[ $j == "$i" ]] || echo "    server 127.0.0.1:${PORTS[$j]} max_fails=1 fail_timeout=5s backup${up[j]};"; done
      echo "}"
    done
    echo "map \$cookie_sot_node \$sot_upstream {"; echo "    default sot_all;"
    for i in "${!PORTS[@]}"; do echo "    $(node_name "$i") sot_$(node_name "$i");"; done
    echo "}"
    echo "map \$upstream_addr \$sot_served_node {"; echo "    default \"\";"
    for i in "${!PORTS[@]}"; do echo "    \"~(^|, )127\\.0\\.0\\.1:${PORTS[$i]}\$\" $(node_name "$i");"; done
    echo "}"
  } > "$f.new"
  # nginx refuses a group whose every server is down; keep them listed then (its own passive checks still apply)
  if ! grep -q 'fail_timeout=5s;' "$f.new"; then sed -i 's/ down;/;/' "$f.new"; fi
  if [[ -f "$f" ]] && cmp -s <(grep -v '^#' "$f") <(grep -v '^#' "$f.new"); then rm -f "$f.new"; return 1; fi
  mv "$f.new" "$f"
  return 0
}

nginx_reload() { alive "$NG/nginx.pid" && kill -HUP "$(cat "$NG/nginx.pid")"; }

start_nginx() {
  if ! have_nginx; then say "No nginx at $NGINX_BIN: the nodes run without a balancer (apt-get install nginx)"; return; fi
  if alive "$NG/nginx.pid"; then return; fi
  mkdir -p "$NG/conf" "$NG/logs" "$NG/cache" "$NG/temp"
  sed -e "s|@LISTEN@|127.0.0.1:$LB_PORT|" -e "s|@CACHE_DIR@|$NG/cache|" deploy/nginx/sot-courseware.conf > "$NG/conf/sot-courseware.conf"
  cat > "$NG/conf/nginx.conf" <<EOF
# the local cluster's own nginx (deploy/cluster.sh): its own prefix, pid, logs and temp folders, never the system service
worker_processes 1;
pid $NG/nginx.pid;
error_log $NG/logs/error.log warn;
events { worker_connections 4096; }
http {
    include /etc/nginx/mime.types;
    access_log $NG/logs/access.log;
    client_body_temp_path $NG/temp/body;
    proxy_temp_path $NG/temp/proxy;
    fastcgi_temp_path $NG/temp/fastcgi;
    uwsgi_temp_path $NG/temp/uwsgi;
    scgi_temp_path $NG/temp/scgi;
    include $NG/conf/sot-upstreams.conf;
    include $NG/conf/sot-courseware.conf;
}
EOF
  write_upstreams || true
  "$NGINX_BIN" -p "$NG" -c "$NG/conf/nginx.conf" -t -q -g "daemon off;" 2>&1 | grep -v 'could not open error log file' >&2 || true
  setsid nohup "$NGINX_BIN" -p "$NG" -c "$NG/conf/nginx.conf" -g "daemon off;" > "$NG/logs/stdout.log" 2>&1 < /dev/null &
  echo $! > "$NG/nginx.pid"
  for _ in $(seq 1 20); do curl -fsS -m 1 -o /dev/null "http://127.0.0.1:$LB_PORT/nginx-health" 2>/dev/null && break; sleep 0.25; done
  say "nginx on 127.0.0.1:$LB_PORT (pid $(cat "$NG/nginx.pid"), logs $NG/logs)"
}

# Every second: each node's readiness into the upstreams file, nginx reloaded when it changed. Stops with nginx,
# and stops the whole cluster after SOT_CLUSTER_TTL seconds when that is set.
watch_loop() {
  local started=$SECONDS
  while alive "$NG/nginx.pid"; do
    if write_upstreams; then nginx_reload || true; echo "$(date -u +%T) $(grep -c ' down;' "$NG/conf/sot-upstreams.conf" || true) down" >> "$NG/logs/watch.log"; fi
    if [[ -n "${SOT_CLUSTER_TTL:-}" ]] && (( SECONDS - started > SOT_CLUSTER_TTL )); then
      echo "$(date -u +%T) SOT_CLUSTER_TTL reached: stopping the cluster" >> "$NG/logs/watch.log"
      rm -f "$DIR/watch.pid"
      "$SELF" stop >> "$NG/logs/watch.log" 2>&1 || true
      return
    fi
    sleep 1
  done
}

start_watch() {
  have_nginx || return 0
  alive "$DIR/watch.pid" && return 0
  setsid nohup "$SELF" _watch > /dev/null 2>&1 < /dev/null &
  echo $! > "$DIR/watch.pid"
}

cmd_start() {
  [[ -f "$JAR" ]] || { say "Building $JAR"; ./mvnw -q -B -ntp -DskipTests package; }
  database
  local i
  for i in "${!PORTS[@]}"; do start_node "$i"; done
  start_nginx
  start_watch
  for i in "${!PORTS[@]}"; do wait_ready "$i"; done
  if have_nginx; then write_upstreams && nginx_reload || true; fi
  say "Cluster ready: $(have_nginx && echo "http://127.0.0.1:$LB_PORT/ (nginx) and ")nodes on ports ${PORTS[*]} ($DIR)"
}

cmd_stop() {
  local i
  if alive "$DIR/watch.pid"; then kill "$(cat "$DIR/watch.pid")" 2>/dev/null || true; fi
  rm -f "$DIR/watch.pid"
  if alive "$NG/nginx.pid"; then kill -QUIT "$(cat "$NG/nginx.pid")" 2>/dev/null || true; fi
  for i in "${!PORTS[@]}"; do stop_node "$i" & done
  wait
  for _ in $(seq 1 20); do alive "$NG/nginx.pid" || break; sleep 0.25; done
  if alive "$NG/nginx.pid"; then kill -KILL "$(cat "$NG/nginx.pid")" 2>/dev/null || true; fi
  rm -f "$NG/nginx.pid"
  if [[ -z "${SOT_CLUSTER_DATABASE_URL:-}" && -d "$DIR/postgres" ]]; then SOT_PG_DIR="$DIR/postgres" .ci/postgres stop >/dev/null 2>&1 || true; fi
  say "Cluster stopped ($DIR)"
}

cmd_status() {
  local i d rc=0
  for i in "${!PORTS[@]}"; do
    d=$(node_dir "$i")
    if alive "$d/pid"; then
      if ready "$i"; then say "$(node_name "$i") 127.0.0.1:${PORTS[$i]} pid $(cat "$d/pid") ready$([[ -f "$d/drain" ]] && echo ", draining")"
      else say "$(node_name "$i") 127.0.0.1:${PORTS[$i]} pid $(cat "$d/pid") NOT ready"; rc=1; fi
    else say "$(node_name "$i") 127.0.0.1:${PORTS[$i]} stopped"; rc=1; fi
  done
  if alive "$NG/nginx.pid"; then say "nginx 127.0.0.1:$LB_PORT pid $(cat "$NG/nginx.pid")"; else say "nginx stopped"; have_nginx && rc=1; fi
  alive "$DIR/watch.pid" && say "watcher pid $(cat "$DIR/watch.pid")"
  return $rc
}

cmd_restart_node() {
  local i; i=$(index_of "$1")
  database
  local d; d=$(node_dir "$i")
  touch "$d/drain"
  if have_nginx; then write_upstreams && nginx_reload || true; sleep 2; fi   # new requests go elsewhere; in-flight ones finish
  say "$1: stopping"
  stop_node "$i"
  start_node "$i"
  wait_ready "$i"
  rm -f "$d/drain"
  if have_nginx; then write_upstreams && nginx_reload || true; fi
  say "$1: ready again"
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  destroy) cmd_stop; rm -rf "$DIR"; say "removed $DIR" ;;
  status) cmd_status ;;
  restart-node) [[ -n "${2:-}" ]] || { say "usage: deploy/cluster.sh restart-node NODE"; exit 2; }; cmd_restart_node "$2" ;;
  rolling-restart) for i in "${!PORTS[@]}"; do cmd_restart_node "$(node_name "$i")"; done ;;
  kill-node) [[ -n "${2:-}" ]] || { say "usage: deploy/cluster.sh kill-node NODE"; exit 2; }
             i=$(index_of "$2"); d=$(node_dir "$i"); alive "$d/pid" && kill -KILL "$(cat "$d/pid")"; rm -f "$d/pid"; say "$2 killed" ;;
  _watch) watch_loop ;;
  *) sed -n '2,30p' "$SELF" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
esac
