#!/usr/bin/env bash
# Load benchmark of sign-in throttling (issue 15): a password-guessing client hammers one user's password while
# legitimate users (the victim among them, with her right password) call the API, against the packaged jar on its
# embedded H2 file database. Loopback only; bounded in time.
#
# Usage: tools/load/auth-load.sh [seconds] [connections]     (needs wrk, python3)
#   PAN_LOAD_JAVA_OPTS      extra JVM options for the service (none by default)
#   PAN_LOAD_NO_THROTTLE=1  the same run with the back-off out of the way (a million free failures per key): "before"
#   PAN_LOAD_GUESSERS       the guesser's connections (2)
#
# 1. starts the service with server.forward-headers-strategy=native, so that the guesser can claim an address of
#    its own (X-Forwarded-For: 203.0.113.66, trusted from loopback as from a proxy); the legitimate users call from
#    loopback itself;
# 2. warm-up, 30 s: the legitimate users alone (they sign in, so their (user, address) pairs are known, and the JIT
#    compiles the path);
# 3. baseline, [seconds]: the legitimate users alone (2 threads, [connections] connections, GET /pages/me);
# 4. attack, [seconds]: the same, and at the same time the guesser (1 thread, PAN_LOAD_GUESSERS connections), a new
#    wrong password for "victim" at every request, as fast as the answers come;
# 5. prints the guesses checked (401) and refused unchecked (429), the checked guesses per second after the 10th
#    failure, the legitimate p99 with and without the attack, the auth.* metrics, and the load average.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
connections=${2:-8}
guessers=${PAN_LOAD_GUESSERS:-2}
jar=$PWD/service/target/pan-service.jar
[ -f "$jar" ] || { echo "build first: mvn -B -ntp -o -q -pl service -am package -DskipTests" >&2; exit 2; }
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }

work=$(mktemp -d)
port=18082
pw=Orchid-73-lantern-quay
users="victim:$pw:COUNSELLOR:Actiris,ana:$pw:COUNSELLOR:Actiris,bob:$pw:SOCIAL_WORKER:CPAS Molenbeek,"
users+="carla:$pw:PLANNER:CIN,boss:$pw:ADMIN:CIN"
options=(--server.port=$port --server.forward-headers-strategy=native)
if [ "${PAN_LOAD_NO_THROTTLE:-}" = 1 ]; then
  options+=(--pan.security.throttle.free-failures.pair=1000000 --pan.security.throttle.free-failures.user=1000000
            --pan.security.throttle.free-failures.address=1000000)
fi
(cd "$work" && PAN_BOOTSTRAP_USERS="$users" exec java ${PAN_LOAD_JAVA_OPTS:-} -jar "$jar" "${options[@]}" \
  > "$work/server.log" 2>&1) &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true; rm -rf "$work"' EXIT
url=http://127.0.0.1:$port
for i in $(seq 1 240); do
  curl -sf "$url/actuator/health/readiness" >/dev/null && break
  sleep 0.5
done
auth() { printf 'Basic %s' "$(printf '%s' "$1" | base64 -w0)"; }
export PAN_LEGIT_AUTH="$(auth "victim:$pw")|$(auth "ana:$pw")|$(auth "bob:$pw")|$(auth "carla:$pw")"
export PAN_GUESS_USER=victim PAN_GUESS_ADDRESS=203.0.113.66

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== throttle: $([ "${PAN_LOAD_NO_THROTTLE:-}" = 1 ] && echo 'out of the way (PAN_LOAD_NO_THROTTLE=1)' || echo 'the defaults (application.yml)')"
echo "== warm-up (30 s, legitimate users only, not measured)"
wrk -t2 -c"$connections" -d30s -s tools/load/legit-users.lua "$url" | grep -E 'Requests/sec|legitimate'
echo "== baseline: legitimate users alone, ${seconds} s, 2 threads, $connections connections"
wrk -t2 -c"$connections" -d"${seconds}s" --latency -s tools/load/legit-users.lua "$url" | tee "$work/alone.txt" \
  | grep -E 'Requests/sec|  99%|  50%|legitimate'
echo "== attack: the same, with the guesser (1 thread, $guessers connections) against victim, ${seconds} s"
wrk -t1 -c"$guessers" -d"${seconds}s" -s tools/load/guess-password.lua "$url" > "$work/guess.txt" &
guesser=$!
wrk -t2 -c"$connections" -d"${seconds}s" --latency -s tools/load/legit-users.lua "$url" | tee "$work/legit.txt" \
  | grep -E 'Requests/sec|  99%|  50%|legitimate'
wait $guesser
grep -E 'Requests/sec|guesser' "$work/guess.txt"
python3 - "$work/guess.txt" "$seconds" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
seconds = int(sys.argv[2])
times = sorted(int(t) for t in re.search(r"checked at seconds(.*)", text).group(1).split())
print(f"== guesses checked: {len(times)} in {seconds} s ({len(times) / seconds:.2f}/s over the run)")
if len(times) > 10:
    after = times[9]
    rate = (len(times) - 10) / max(1, seconds - after)
    print(f"== after the 10th failure (at {after} s): {len(times) - 10} more checked in {seconds - after} s: {rate:.3f} guesses/s")
else:
    print("== fewer than 11 guesses checked: after the 10th failure, 0 guesses/s")
PY
echo "== auth metrics"
curl -sf -u "boss:$pw" "$url/metrics" | python3 -c "
import json, sys
m = json.load(sys.stdin)
for name, v in sorted(m['meters'].items()):
    if name.startswith('auth.'): print(f'{name}: {v[\"count\"]}')
for name, v in sorted(m['gauges'].items()):
    if name.startswith('auth.'): print(f'{name} (now): {v}')"
echo "== load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
