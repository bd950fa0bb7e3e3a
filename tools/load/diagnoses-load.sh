#!/usr/bin/env bash
# Load benchmark of POST /api/v1/diagnoses (with persistence, on the embedded H2 file database) against the
# packaged jar, and of GET /actuator/health in the same run for comparison. Loopback only; bounded in time.
# Usage: tools/load/diagnoses-load.sh [seconds] [connections]     (needs wrk: apt-get install wrk)
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-30}
connections=${2:-16}
jar=service/target/pan-service.jar
[ -f "$jar" ] || { echo "build first: mvn -B -q install -DskipTests" >&2; exit 2; }
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }

work=$(mktemp -d)
port=18080
jar=$PWD/$jar
# The server runs in a temporary folder: its H2 file database (./data) is created there.
(cd "$work" && PAN_BOOTSTRAP_USERS="load:load-test-pass:COUNSELLOR:Actiris" \
  exec java -jar "$jar" --server.port=$port > "$work/server.log" 2>&1) &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT

for i in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null && break
  sleep 0.5
done

export PAN_LOAD_BODY="$PWD/examples/requests/esteban.json"
export PAN_LOAD_AUTH="Basic $(printf 'load:load-test-pass' | base64)"
echo "== warm-up (10 s)"
wrk -t2 -c"$connections" -d10s -s tools/load/post-diagnosis.lua "http://127.0.0.1:$port/api/v1/diagnoses" > /dev/null
echo "== POST /api/v1/diagnoses: ${seconds} s, 2 threads, $connections connections"
wrk -t2 -c"$connections" -d"${seconds}s" --latency -s tools/load/post-diagnosis.lua "http://127.0.0.1:$port/api/v1/diagnoses"
echo "== GET /actuator/health: ${seconds} s, 2 threads, $connections connections"
wrk -t2 -c"$connections" -d"${seconds}s" --latency "http://127.0.0.1:$port/actuator/health"
rm -rf "$work"
