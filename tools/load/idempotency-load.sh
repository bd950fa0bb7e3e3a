#!/usr/bin/env bash
# Load benchmark of the Idempotency-Key (issue 15): POST /api/v1/diagnoses over the benchmark mix without a key and
# with a new key per request, measured in turns in the same run, against the packaged jar on its embedded H2 file
# database; then retries (every request a retry of a stored one) and GET /actuator/health as the same run's
# baselines. Loopback only; bounded in time. Target: with a key >= 90 % of the throughput without.
#
# Usage: tools/load/idempotency-load.sh [seconds] [connections] [pairs]     (needs wrk)
#   PAN_LOAD_JAVA_OPTS   extra JVM options for the service (none by default)
#   PAN_LOAD_WARMUP      seconds of warm-up (180: under load the JIT compiler is still busy after 120 s)
#   PAN_LOAD_WITH        the keys of the runs with a key: new (random, as clients send; the default) or ordered (a
#                        control: the same keys in order, to see what random keys cost the key index)
#
# After the warm-up (the mix, without and with keys), [pairs] pairs (4) of [seconds] (20) each: without a key and
# with a new random key per request, in turns (ABBA), so that a drift of the shared machine's load falls on both
# alike; then [seconds] of
# retries (each mix line's key once stored, then replayed) and of health. Prints each run, the service's CPU time per
# request, and the ratio with / without, pair by pair and over all pairs; finally counts the keys and diagnoses stored.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-20}
connections=${2:-16}
pairs=${3:-4}
warmup=${PAN_LOAD_WARMUP:-180}
jar=$PWD/service/target/pan-service.jar
examples=$PWD/examples/target/pan-examples.jar
[ -f "$jar" ] && [ -f "$examples" ] || { echo "build first: mvn -B -ntp -o -q -pl service,examples -am package -DskipTests" >&2; exit 2; }
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }

. tools/load/service.sh
start_service 18082 "load:load-Ember-71-quiver:COUNSELLOR:Actiris"
java -jar "$examples" requests 1000 > "$work/mix.jsonl" 2>/dev/null

export PAN_LOAD_MIX="$work/mix.jsonl"
export PAN_LOAD_AUTH="Basic $(printf 'load:load-Ember-71-quiver' | base64)"
echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== warm-up ($warmup s, not measured)"
PAN_LOAD_KEYS=none PAN_LOAD_RUN=w0 wrk -t2 -c"$connections" -d"$((warmup / 2))s" -s tools/load/post-mix-keyed.lua "$url/api/v1/diagnoses" > /dev/null
PAN_LOAD_KEYS=new PAN_LOAD_RUN=w1 wrk -t2 -c"$connections" -d"$((warmup / 2))s" -s tools/load/post-mix-keyed.lua "$url/api/v1/diagnoses" > /dev/null

cpu_ticks() { awk '{print $14 + $15}' "/proc/$server/stat"; } # the service's user + system CPU time

run() { # name, keys mode, run id, then wrk arguments; prints wrk's report; leaves rps and cpu in files
  local name=$1 keys=$2 id=$3
  shift 3
  echo "== $name: ${seconds} s, 2 threads, $connections connections, load average $(cut -d' ' -f1 /proc/loadavg)"
  local before after requests
  before=$(cpu_ticks)
  PAN_LOAD_KEYS=$keys PAN_LOAD_RUN=$id wrk -t2 -c"$connections" -d"${seconds}s" --latency "$@" | tee "$work/last.txt"
  after=$(cpu_ticks)
  grep 'Requests/sec' "$work/last.txt" | awk '{print $2}' > "$work/rps.txt"
  requests=$(grep -oE '[0-9]+ requests in' "$work/last.txt" | cut -d' ' -f1)
  awk -v t=$((after - before)) -v hz="$(getconf CLK_TCK)" -v n="$requests" \
    'BEGIN { printf "%.0f\n", 1e6 * t / hz / n }' > "$work/cpu.txt"
  echo "service CPU per request: $(cat "$work/cpu.txt") us"
}

summary=()
total_without=0
total_with=0
without_run() {
  run "pair $p: without a key" none "p$p" -s tools/load/post-mix-keyed.lua "$url/api/v1/diagnoses"
  without=$(cat "$work/rps.txt"); without_cpu=$(cat "$work/cpu.txt")
}
with_run() {
  run "pair $p: a new key per request (${PAN_LOAD_WITH:-new})" "${PAN_LOAD_WITH:-new}" "p$p" -s tools/load/post-mix-keyed.lua "$url/api/v1/diagnoses"
  with=$(cat "$work/rps.txt"); with_cpu=$(cat "$work/cpu.txt")
}
for p in $(seq 1 "$pairs"); do
  # ABBA: odd pairs measure without a key first, even pairs with a key first, so that a trend of the machine (its
  # load, the JIT still compiling) favours neither
  if [ $((p % 2)) -eq 1 ]; then without_run; with_run; else with_run; without_run; fi
  summary+=("$(awk -v p="$p" -v a="$without" -v b="$with" -v ac="$without_cpu" -v bc="$with_cpu" \
    'BEGIN { printf "pair %d: without %.0f/s (%d us), with %.0f/s (%d us): %.1f %%", p, a, ac, b, bc, 100 * b / a }')")
  total_without=$(awk -v t="$total_without" -v a="$without" 'BEGIN { print t + a }')
  total_with=$(awk -v t="$total_with" -v b="$with" 'BEGIN { print t + b }')
done
# Retries: a first pass stores each line's key (not measured), then every request is a retry.
PAN_LOAD_KEYS=replay PAN_LOAD_RUN=r wrk -t1 -c1 -d5s -s tools/load/post-mix-keyed.lua "$url/api/v1/diagnoses" > /dev/null
run "retries (every request a stored key's retry)" replay r -s tools/load/post-mix-keyed.lua "$url/api/v1/diagnoses"
replay=$(cat "$work/rps.txt"); replay_cpu=$(cat "$work/cpu.txt")
run "GET /actuator/health" none h "$url/actuator/health"
health=$(cat "$work/rps.txt"); health_cpu=$(cat "$work/cpu.txt")

echo "== summary"
printf '%s\n' "${summary[@]}"
awk -v a="$total_without" -v b="$total_with" -v n="$pairs" \
  'BEGIN { printf "all pairs: without %.0f/s, with %.0f/s on average: with a key %.1f %% of without (target >= 90 %%)\n", a / n, b / n, 100 * b / a }'
echo "retries $replay/s ($replay_cpu us), health $health/s ($health_cpu us)"
echo "== load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
kill $server; wait $server 2>/dev/null || true
(cd "$work" && unzip -q -j -o "$jar" 'BOOT-INF/lib/h2-*.jar' -d h2)
echo "== check in the database: one key row per keyed request stored, none twice"
java -cp "$(ls "$work"/h2/h2-*.jar)" org.h2.tools.Shell -url "jdbc:h2:file:$work/data/pan;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE" \
  -user pan -password '' -sql "select count(*) as keys, count(distinct idem_key) as distinct_keys, (select count(*) from diagnoses) as diagnoses from idempotency_keys"
