#!/usr/bin/env bash
# Two instances of the packaged service on one PostgreSQL database, behind HAProxy, all on loopback (issue 16).
#
# Usage: tools/cluster/cluster.sh start|stop|status|kill N|restart N
#   start      a fresh database (dropped and created again), instance 1 then instance 2 (profile postgres), HAProxy;
#              returns once HAProxy sees both instances ready
#   stop       HAProxy, then both instances (SIGTERM: a graceful shutdown), and waits for them
#   status     each process, each instance's readiness, HAProxy's view of each server
#   kill N     SIGKILL of instance N (1 or 2): a crash
#   restart N  starts instance N again on the same database
#
# Environment (all optional):
#   PAN_CLUSTER_DIR      where the logs, pid files and the generated haproxy.cfg go (service/target/cluster)
#   PAN_CLUSTER_PORTS    "BALANCER INSTANCE1 INSTANCE2 STATS" (18080 18081 18082 18089), loopback only
#   PAN_CLUSTER_USERS    PAN_BOOTSTRAP_USERS of both instances (admin, counsellor, partner of epn-13, planner, all
#                        with the password load-Ember-71-quiver)
#   PAN_CLUSTER_ARGS     more arguments of both instances, after the defaults below (--pan.x=y overrides them)
#   PAN_CLUSTER_JAVA_OPTS JVM options of both instances
#   PAN_CLUSTER_DB       the database and role created on the local server (pan_cluster); needs root (su postgres),
#                        as .ci/postgres.sh. Or PAN_CLUSTER_DB_URL/_USER/_PASSWORD: an existing database, used as is
#   PAN_CLUSTER_JAR      the jar (service/target/pan-service.jar)
# HAProxy is Debian's package: installed here when missing (as root), and run as a plain process with the
# configuration generated from haproxy.cfg.in, not as the system service.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
dir=${PAN_CLUSTER_DIR:-$root/service/target/cluster}
read -r lb_port port1 port2 stats_port <<< "${PAN_CLUSTER_PORTS:-18080 18081 18082 18089}"
jar=${PAN_CLUSTER_JAR:-$root/service/target/pan-service.jar}
db=${PAN_CLUSTER_DB:-pan_cluster}
password=load-Ember-71-quiver
users=${PAN_CLUSTER_USERS:-admin:$password:ADMIN:CIN,counsellor:$password:COUNSELLOR:Actiris,partner:$password:PARTNER:epn-13,planner:$password:PLANNER:CIN}
# Short periods, so that a test sees the jobs run and a dead instance's solve failed within seconds. A property that
# PAN_CLUSTER_ARGS sets too is left out here (Spring would join both values with a comma).
defaults=()
for arg in --spring.profiles.active=postgres \
    --pan.referrals.expiry-initial-delay=PT2S --pan.referrals.expiry-interval=PT2S \
    --pan.jobs.referral-expiry.lock-at-least-for=PT1.8S --pan.jobs.referral-expiry.lock-at-most-for=PT1.8S \
    --pan.rosters.heartbeat-interval=PT2S --pan.rosters.heartbeat-timeout=PT6S --pan.rosters.sweep-interval=PT2S; do
  [[ " ${PAN_CLUSTER_ARGS:-} " == *" ${arg%%=*}="* ]] || defaults+=("$arg")
done
java_bin=${JAVA_HOME:+$JAVA_HOME/bin/}java

log() { echo "cluster: $*" >&2; }
port_of() { if [ "$1" = 1 ]; then echo "$port1"; else echo "$port2"; fi; }
alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }
ready() { curl -sf -o /dev/null --max-time 2 "http://127.0.0.1:$1/actuator/health/readiness"; }

ensure_haproxy() {
  command -v haproxy >/dev/null 2>&1 && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    log "installing haproxy (Debian's package)"
    apt-get update -q >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q haproxy >&2
  fi
  command -v haproxy >/dev/null 2>&1 || { log "haproxy is missing: apt-get install haproxy"; return 1; }
}

fresh_database() {
  if [ -n "${PAN_CLUSTER_DB_URL:-}" ]; then
    printf 'PAN_DB_URL=%q\nPAN_DB_USER=%q\nPAN_DB_PASSWORD=%q\n' "$PAN_CLUSTER_DB_URL" "${PAN_CLUSTER_DB_USER:-}" \
      "${PAN_CLUSTER_DB_PASSWORD:-}" > "$dir/db.env"
    return 0
  fi
  [[ "$db" =~ ^[a-z_][a-z0-9_]*$ ]] || { log "PAN_CLUSTER_DB: a plain lower-case name"; return 1; }
  [ "$db" != pan_test ] || { log "pan_test is the tests' database: choose another name"; return 1; }
  local secret psql=(su postgres -c)
  secret="cluster-$(date +%s)-$RANDOM"
  "${psql[@]}" "psql -qtAc \"drop database if exists $db with (force)\"" >&2
  "${psql[@]}" "psql -qtAc \"drop role if exists $db\"" >&2
  "${psql[@]}" "psql -qtAc \"create role $db login password '$secret'\"" >&2
  "${psql[@]}" "psql -qtAc \"create database $db owner $db\"" >&2
  printf 'PAN_DB_URL=%q\nPAN_DB_USER=%q\nPAN_DB_PASSWORD=%q\n' "jdbc:postgresql://localhost:5432/$db" "$db" "$secret" \
    > "$dir/db.env"
}

start_instance() {
  local n=$1 port
  port=$(port_of "$n")
  alive "$dir/pan$n.pid" && { log "instance $n already runs"; return 0; }
  mkdir -p "$dir/pan$n"
  # shellcheck disable=SC1091
  (set -a; . "$dir/db.env"; set +a; cd "$dir/pan$n" && PAN_BOOTSTRAP_USERS="$users" exec setsid "$java_bin" \
    ${PAN_CLUSTER_JAVA_OPTS:-} -jar "$jar" "${defaults[@]}" --server.port="$port" --server.address=127.0.0.1 \
    ${PAN_CLUSTER_ARGS:-} < /dev/null >> "$dir/pan$n.log" 2>&1) &
  echo $! > "$dir/pan$n.pid"
  log "instance $n: pid $(cat "$dir/pan$n.pid"), port $port, log $dir/pan$n.log"
}

await_ready() {
  local n=$1 port
  port=$(port_of "$n")
  for _ in $(seq 1 360); do
    ready "$port" && return 0
    alive "$dir/pan$n.pid" || { log "instance $n died; why, from its log:"
      grep -E '^(Caused by|Description|Reason|Action)|ERROR|APPLICATION FAILED' "$dir/pan$n.log" | tail -8 >&2; return 1; }
    sleep 0.5
  done
  log "instance $n not ready in 180 s; log: $dir/pan$n.log"
  return 1
}

# HAProxy's state of server panN: UP, DOWN, "UP 1/2" (going down)...
server_state() {
  curl -sf --max-time 2 "http://127.0.0.1:$stats_port/stats;csv" | awk -F, -v s="pan$1" '$1=="instances" && $2==s {print $18}'
}

start_haproxy() {
  sed -e "s/@LB_PORT@/$lb_port/" -e "s/@PORT1@/$port1/" -e "s/@PORT2@/$port2/" -e "s/@STATS_PORT@/$stats_port/" \
    "$root/tools/cluster/haproxy.cfg.in" > "$dir/haproxy.cfg"
  haproxy -c -q -f "$dir/haproxy.cfg" >&2
  (exec setsid haproxy -db -f "$dir/haproxy.cfg" < /dev/null >> "$dir/haproxy.log" 2>&1) &
  echo $! > "$dir/haproxy.pid"
  for _ in $(seq 1 100); do
    [ "$(server_state 1)" = UP ] && [ "$(server_state 2)" = UP ] && return 0
    alive "$dir/haproxy.pid" || { log "haproxy died: $dir/haproxy.log"; tail -5 "$dir/haproxy.log" >&2; return 1; }
    sleep 0.1
  done
  log "haproxy does not see both instances UP in 10 s"
  return 1
}

stop_pid() {   # stop_pid FILE SIGNAL: signals the process, waits up to 60 s (a graceful shutdown drains)
  local file=$1 signal=$2 pid
  [ -f "$file" ] || return 0
  pid=$(cat "$file")
  if kill -0 "$pid" 2>/dev/null; then
    kill "-$signal" "$pid" 2>/dev/null || true
    for _ in $(seq 1 600); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && { log "pid $pid still runs after 60 s: SIGKILL"; kill -KILL "$pid" 2>/dev/null || true; }
  fi
  rm -f "$file"
}

stop_all() {
  stop_pid "$dir/haproxy.pid" TERM
  stop_pid "$dir/pan1.pid" TERM &
  stop_pid "$dir/pan2.pid" TERM &
  wait
}

case "${1:-}" in
  start)
    [ -f "$jar" ] || { log "no $jar: build first (mvn -B -q package -DskipTests, or install)"; exit 2; }
    ensure_haproxy
    mkdir -p "$dir"
    stop_all
    rm -f "$dir"/*.log
    fresh_database
    # One after the other: the first migrates the empty database and writes the bootstrap users; the second then
    # finds both done. (Flyway's lock would serialise the migrations anyway; this keeps the logs readable.)
    start_instance 1; await_ready 1
    start_instance 2; await_ready 2
    start_haproxy
    log "balancer http://127.0.0.1:$lb_port, instances :$port1 :$port2, stats http://127.0.0.1:$stats_port/stats"
    ;;
  stop)
    stop_all
    ;;
  status)
    for n in 1 2; do
      p=$(port_of "$n")
      if alive "$dir/pan$n.pid"; then s="pid $(cat "$dir/pan$n.pid")"; else s="not running"; fi
      if ready "$p"; then r=ready; else r="not ready"; fi
      echo "instance $n: $s, port $p, $r, haproxy: $(server_state "$n" 2>/dev/null || echo '?')"
    done
    if alive "$dir/haproxy.pid"; then echo "haproxy: pid $(cat "$dir/haproxy.pid"), port $lb_port"; else echo "haproxy: not running"; fi
    ;;
  kill)
    n=${2:?kill N: 1 or 2}
    alive "$dir/pan$n.pid" || { log "instance $n does not run"; exit 1; }
    kill -KILL "$(cat "$dir/pan$n.pid")"
    log "instance $n killed (SIGKILL) at $(date -u +%H:%M:%S.%N | cut -c1-12)"
    ;;
  restart)
    n=${2:?restart N: 1 or 2}
    stop_pid "$dir/pan$n.pid" TERM
    start_instance "$n"; await_ready "$n"
    ;;
  *)
    sed -n '2,13p' "$0" >&2
    exit 2
    ;;
esac
