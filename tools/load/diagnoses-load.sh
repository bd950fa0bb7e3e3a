#!/usr/bin/env bash
# Load benchmark of POST /api/v1/diagnoses (stored on the embedded H2 file database) against the packaged
# jar, with GET /actuator/health measured in the same run for comparison. Loopback only; bounded in time.
#
# Usage: tools/load/diagnoses-load.sh [seconds] [connections]     (needs wrk: apt-get install wrk)
#   PAN_LOAD_JAVA_OPTS   extra JVM options for the service (none by default)
#
# Three measured runs of [seconds] each, after a 120 s warm-up (under this load the JIT compiler is still
# busy after 100 s; measuring earlier measures the compiler):
#   1. the benchmark mix: 1,000 different requests (`pan-examples.jar requests 1000`, the engine's JMH mix),
#      a third with the four answers only, a third with a profile, a third with the extended answers;
#   2. one heavy request repeated: examples/requests/esteban.json (every section; a ~13 KB response);
#   3. GET /actuator/health.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-30}
connections=${2:-16}
jar=$PWD/service/target/pan-service.jar
examples=$PWD/examples/target/pan-examples.jar
[ -f "$jar" ] && [ -f "$examples" ] || { echo "build first: mvn -B -q install -DskipTests" >&2; exit 2; }
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }

# The server runs in a temporary folder: its H2 file database (./data) is created there.
. tools/load/service.sh
start_service 18080 "load:load-Ember-71-quiver:COUNSELLOR:Actiris"
java -jar "$examples" requests 1000 > "$work/mix.jsonl" 2>/dev/null

export PAN_LOAD_MIX="$work/mix.jsonl"
export PAN_LOAD_BODY="$PWD/examples/requests/esteban.json"
export PAN_LOAD_AUTH="Basic $(printf 'load:load-Ember-71-quiver' | base64)"
echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== warm-up (120 s, not measured)"
wrk -t2 -c"$connections" -d60s -s tools/load/post-mix.lua "$url/api/v1/diagnoses" > /dev/null
wrk -t2 -c"$connections" -d40s -s tools/load/post-diagnosis.lua "$url/api/v1/diagnoses" > /dev/null
wrk -t2 -c"$connections" -d20s "$url/actuator/health" > /dev/null

cpu_ticks() { awk '{print $14 + $15}' "/proc/$server/stat"; } # the service's user + system CPU time

run() { # name, then wrk arguments; prints wrk's report and the service's CPU time per request
  echo "== $1: ${seconds} s, 2 threads, $connections connections"
  shift
  local before after requests
  before=$(cpu_ticks)
  wrk -t2 -c"$connections" -d"${seconds}s" --latency "$@" | tee "$work/last.txt"
  after=$(cpu_ticks)
  grep 'Requests/sec' "$work/last.txt" | awk '{print $2}' > "$work/rps.txt"
  requests=$(grep -oE '[0-9]+ requests in' "$work/last.txt" | cut -d' ' -f1)
  # Less noisy than throughput on a shared machine: the service's CPU per request (wrk's own CPU excluded).
  awk -v t=$((after - before)) -v hz="$(getconf CLK_TCK)" -v n="$requests" \
    'BEGIN { printf "service CPU per request: %.0f us\n", 1e6 * t / hz / n }' | tee "$work/cpu.txt"
}
run "POST /api/v1/diagnoses, the benchmark mix" -s tools/load/post-mix.lua "$url/api/v1/diagnoses"
mix=$(cat "$work/rps.txt"); mix_cpu=$(grep -oE '[0-9]+ us' "$work/cpu.txt")
run "POST /api/v1/diagnoses, esteban.json repeated" -s tools/load/post-diagnosis.lua "$url/api/v1/diagnoses"
heavy=$(cat "$work/rps.txt"); heavy_cpu=$(grep -oE '[0-9]+ us' "$work/cpu.txt")
run "GET /actuator/health" "$url/actuator/health"
health=$(cat "$work/rps.txt"); health_cpu=$(grep -oE '[0-9]+ us' "$work/cpu.txt")
stored=$(curl -s -o /dev/null -w '%{http_code}' "$url/actuator/health")
echo "== summary: mix $mix/s, esteban $heavy/s, health $health/s (health status $stored)"
echo "== service CPU per request: mix $mix_cpu, esteban $heavy_cpu, health $health_cpu"
awk -v m="$mix" -v e="$heavy" -v h="$health" \
  'BEGIN { printf "== POST/health: mix %.1f %%, esteban %.1f %%\n", 100 * m / h, 100 * e / h }'
