#!/usr/bin/env bash
# An instance killed under load (issue 16): starts the two-instance cluster (cluster.sh), runs a mixed load through
# HAProxy (wrk, Debian's package: diagnoses, referrals and their transitions, kill-load.lua) with a roster solve on
# each instance, SIGKILLs instance 2 half-way, and prints:
#   - the requests and the errors the balancer's clients saw, and when the errors happened;
#   - the recovery time: from the kill until HAProxy marks the instance DOWN, and until the last error;
#   - whether every acknowledged write is there (read back through HAProxy, the survivor), and the dead instance's
#     roster status after the heartbeat timeout.
# Exits 1 when an acknowledged write is missing.
#
# Usage: tools/cluster/kill-under-load.sh [seconds] [connections]     (default 20 s, 6 connections)
# Needs the packaged jars (mvn -B -q package -DskipTests: service and examples), haproxy, wrk and curl, and root for
# the database (see cluster.sh). Loopback only. Stops the cluster at the end; its logs stay in service/target/cluster-kill.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-20}
connections=${2:-6}
examples=$PWD/examples/target/pan-examples.jar
[ -f "$examples" ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 2; }
command -v wrk >/dev/null 2>&1 || { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk; } >&2
export PAN_CLUSTER_DIR=${PAN_CLUSTER_DIR:-$PWD/service/target/cluster-kill}
read -r lb port1 port2 stats <<< "${PAN_CLUSTER_PORTS:-18080 18081 18082 18089}"
export PAN_CLUSTER_PORTS="$lb $port1 $port2 $stats"
out=$PAN_CLUSTER_DIR/run
password=load-Ember-71-quiver
trap 'tools/cluster/cluster.sh stop || true; [ -n "${poller:-}" ] && kill "$poller" 2>/dev/null || true' EXIT

tools/cluster/cluster.sh start
mkdir -p "$out"
rm -f "$out"/*

# A roster on each instance: a long solve on the one to be killed, a short one on the other.
java -jar "$examples" generate --size M --seed 42 > "$out/problem.json"
roster() { curl -sf -u "planner:$password" -H 'Content-Type: application/json' --data @"$out/problem.json" \
  "http://127.0.0.1:$1/api/v1/rosters?seconds=$2" | sed 's/.*"id":"\([0-9a-f-]*\)".*/\1/'; }
dying=$(roster "$port2" 120)
surviving=$(roster "$port1" 2)

# HAProxy's view of instance 2, every 100 ms.
(while true; do
   echo "$(date +%s.%N) $(curl -s --max-time 1 "http://127.0.0.1:$stats/stats;csv" | awk -F, '$1=="instances" && $2=="pan2" {print $18}')"
   sleep 0.1
 done > "$out/pan2-states") &
poller=$!

auth() { echo "Basic $(printf '%s' "$1:$password" | base64 -w0)"; }
PAN_AUTH_COUNSELLOR=$(auth counsellor) PAN_AUTH_PARTNER=$(auth partner) PAN_DIAGNOSIS=$PWD/examples/requests/esteban.json \
  PAN_KILL_ACKS=$out/acks wrk -t "$connections" -c "$connections" -d "${seconds}s" --timeout 30s \
  -s tools/cluster/kill-load.lua "http://127.0.0.1:$lb" > "$out/wrk.txt" 2>&1 &
load=$!
sleep $((seconds / 2))
# The kill itself, not cluster.sh kill: starting a script takes a few hundred milliseconds on a loaded machine, and
# the time taken here is the kill's.
victim=$(cat "$PAN_CLUSTER_DIR/pan2.pid")
kill -KILL "$victim"
killed=$(date +%s.%N)
wait "$load"
kill "$poller" 2>/dev/null || true
poller=

down=$(awk -v k="$killed" '$1 > k && $2 ~ /^DOWN/ {print $1; exit}' "$out/pan2-states")
last_error=$(awk '$1=="error" {print $2}' "$out/acks" | sort -n | tail -1)
errors=$(grep -c '^error' "$out/acks" || true)
in_window=$(awk -v k="$killed" -v d="${down:-0}" '$1=="error" && $2 >= k && $2 <= d + 1 {n++} END {print n+0}' "$out/acks")
grep -E '^wrk:|Requests/sec|Latency' "$out/wrk.txt" || true
echo "kill: instance 2 at $(date -u -d "@$killed" +%H:%M:%S.%N | cut -c1-12) UTC, in the middle of ${seconds} s of load on $connections connections"
echo "errors seen by the clients: $errors ($in_window of them between the kill and 1 s after HAProxy's DOWN)"
awk '$1=="error"' "$out/acks" | sort -k2 -n | awk -v k="$killed" '{printf "  %+.3f s  %s\n", $2 - k, substr($0, index($0, $3))}'
[ -n "$down" ] && echo "recovery: HAProxy marked instance 2 DOWN $(awk -v a="$down" -v b="$killed" 'BEGIN {printf "%.2f", a - b}') s after the kill" \
  || echo "recovery: HAProxy did not mark instance 2 DOWN"
[ -n "$last_error" ] && echo "recovery: last error $(awk -v a="$last_error" -v b="$killed" 'BEGIN {printf "%.2f", a - b}') s after the kill" \
  || echo "recovery: no error"

# The dead instance's roster: not SOLVING for ever (cluster.sh: heartbeat-timeout PT6S, a sweep every 2 s).
for _ in $(seq 1 120); do
  status=$(curl -s -u "planner:$password" "http://127.0.0.1:$lb/api/v1/rosters/$dying" | grep -o '"status":"[A-Z_]*"' | head -1 | cut -d'"' -f4)
  [ "$status" != SOLVING ] && break
  sleep 0.5
done
echo "roster solving on the killed instance: ${status:-?} when seen, $(awk -v a="$(date +%s.%N)" -v b="$killed" 'BEGIN {printf "%.1f", a - b}') s after the kill"
marked=$(grep -m1 'marked FAILED' "$PAN_CLUSTER_DIR/pan1.log" | cut -c1-23 || true)
[ -n "$marked" ] && echo "  instance 1 marked it FAILED $(awk -v a="$(date -u -d "${marked}Z" +%s.%N)" -v b="$killed" 'BEGIN {printf "%.1f", a - b}') s after the kill (its log)"
echo "roster solving on the survivor: $(curl -s -u "planner:$password" "http://127.0.0.1:$lb/api/v1/rosters/$surviving" | grep -o '"status":"[A-Z_]*"' | head -1 | cut -d'"' -f4)"

# Every acknowledged write, read back through HAProxy (only the survivor is left).
missing=0
checked=0
while read -r kind what state; do
  case "$kind" in
    diagnosis)
      code=$(curl -s -o /dev/null -w '%{http_code}' -u "counsellor:$password" "http://127.0.0.1:$lb$what")
      [ "$code" = 200 ] || { echo "missing: diagnosis $what ($code)"; missing=$((missing + 1)); }
      checked=$((checked + 1)) ;;
    referral) echo "$what $state" >> "$out/referral-acks" ;;
  esac
done < "$out/acks"
order="SENT ACCEPTED SCHEDULED ATTENDED COMPLETED"
rank() { local i=0; for s in $order; do [ "$s" = "$1" ] && { echo $i; return; }; i=$((i + 1)); done; echo -1; }
if [ -f "$out/referral-acks" ]; then
  # The last acknowledged state of each referral (the lines are in the order they were acknowledged).
  awk '{last[$1] = $2} END {for (r in last) print r, last[r]}' "$out/referral-acks" > "$out/referral-last"
  while read -r id state; do
    now=$(curl -s -u "counsellor:$password" "http://127.0.0.1:$lb/api/v1/referrals/$id" | grep -o '"status":"[A-Z_]*"' | head -1 | cut -d'"' -f4)
    [ "$(rank "${now:-none}")" -ge "$(rank "$state")" ] || { echo "missing: referral $id is ${now:-missing}, acknowledged $state"; missing=$((missing + 1)); }
    checked=$((checked + 1))
  done < "$out/referral-last"
fi
echo "acknowledged writes checked: $checked (diagnoses, and referrals in their last acknowledged state); missing: $missing"

[ "$missing" = 0 ]
