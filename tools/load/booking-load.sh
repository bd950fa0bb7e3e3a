#!/usr/bin/env bash
# Load benchmark of booking (issue 14): POST /api/v1/referrals with a sessionId against the packaged jar on its
# embedded H2 file database, then a check in the database that no session is overbooked. Loopback only.
#
# Usage: tools/load/booking-load.sh [seconds] [connections]     (needs wrk, python3)
#   PAN_LOAD_JAVA_OPTS   extra JVM options for the service (none by default)
#   PAN_LOAD_WARMUP      seconds of warm-up (60)
#
# 1. starts the service in a temporary folder (users load: COUNSELLOR, plan: PLANNER);
# 2. uploads an illustrative 40-session problem (pan-examples.jar generate --sessions 40 --seed 42 --feasible)
#    whose venues and sessions are given 20,000 seats each, for next ISO week; solves it (5 s) and publishes it:
#    the sessions at venues that name a catalogue structure (the illustrative registry's) are sessions of an offer;
# 3. stores one diagnosis (examples/requests/esteban.json) and books, round robin over those sessions, with wrk:
#    a 60 s warm-up, then [seconds] measured (2 threads, [connections] connections);
# 4. stops the service and checks in its database (H2's shell from the jar): booked <= seats in every session,
#    and booked = the referrals holding a seat in it.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-30}
connections=${2:-16}
jar=$PWD/service/target/pan-service.jar
examples=$PWD/examples/target/pan-examples.jar
[ -f "$jar" ] && [ -f "$examples" ] || { echo "build first: mvn -B -ntp -o -q -pl service,examples -am package -DskipTests" >&2; exit 2; }
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }

. tools/load/service.sh
start_service 18081 "load:load-Ember-71-quiver:COUNSELLOR:Actiris,plan:load-Ember-71-quiver:PLANNER:CIN"
load="load:load-Ember-71-quiver"
plan="plan:load-Ember-71-quiver"

week=$(python3 -c "import datetime; y, w, _ = (datetime.date.today() + datetime.timedelta(days=7)).isocalendar(); print(f'{y}-W{w:02d}')")
java -jar "$examples" generate --sessions 40 --seed 42 --feasible 2>/dev/null | python3 -c "
import json, sys
p = json.load(sys.stdin)
for v in p['venues']: v['seats'] = 20000
for s in p['sessions']: s['participants'] = 20000
json.dump(p, sys.stdout)" > "$work/problem.json"
roster=$(curl -sf -u "$plan" -H 'Content-Type: application/json' --data-binary @"$work/problem.json" \
  "$url/api/v1/rosters?seconds=5&week=$week" | python3 -c "import json,sys; print(json.load(sys.stdin)['id'])")
for i in $(seq 1 120); do
  status=$(curl -sf -u "$plan" "$url/api/v1/rosters/$roster" | python3 -c "import json,sys; print(json.load(sys.stdin)['status'])")
  [ "$status" != SOLVING ] && break
  sleep 1
done
curl -sf -u "$plan" -X POST "$url/api/v1/rosters/$roster/publish" > /dev/null
curl -sf -u "$plan" "$url/api/v1/sessions?week=$week" | python3 -c "
import json, sys
for s in json.load(sys.stdin):
    if s['offerId']: print(s['id'], s['offerId'])" > "$work/sessions.txt"
diagnosis=$(curl -sf -u "$load" -H 'Content-Type: application/json' --data-binary @examples/requests/esteban.json \
  "$url/api/v1/diagnoses" | python3 -c "import json,sys; print(json.load(sys.stdin)['id'])")

export PAN_LOAD_SESSIONS="$work/sessions.txt" PAN_LOAD_DIAGNOSIS="$diagnosis"
export PAN_LOAD_AUTH="Basic $(printf '%s' "$load" | base64)"
echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== week $week: $(wc -l < "$work/sessions.txt") bookable sessions of 20,000 seats"
warmup=${PAN_LOAD_WARMUP:-60}
echo "== warm-up (${warmup} s, not measured)"
wrk -t2 -c"$connections" -d"${warmup}s" -s tools/load/post-booking.lua "$url/api/v1/referrals" | grep -E 'Requests/sec|errors'
cpu_ticks() { awk '{print $14 + $15}' "/proc/$server/stat"; }
echo "== POST /api/v1/referrals with sessionId: ${seconds} s, 2 threads, $connections connections"
before=$(cpu_ticks)
wrk -t2 -c"$connections" -d"${seconds}s" --latency -s tools/load/post-booking.lua "$url/api/v1/referrals" | tee "$work/last.txt"
after=$(cpu_ticks)
requests=$(grep -oE '[0-9]+ requests in' "$work/last.txt" | cut -d' ' -f1)
awk -v t=$((after - before)) -v hz="$(getconf CLK_TCK)" -v n="$requests" \
  'BEGIN { printf "service CPU per request: %.0f us\n", 1e6 * t / hz / n }'

rps=$(grep 'Requests/sec' "$work/last.txt" | awk '{print $2}')
# The same machine's baseline in the same minute (it is shared: throughput alone says little).
echo "== GET /actuator/health: 15 s, 2 threads, $connections connections (baseline)"
before=$(cpu_ticks)
wrk -t2 -c"$connections" -d15s --latency "$url/actuator/health" | tee "$work/health.txt" | grep -E 'Requests/sec|99%'
after=$(cpu_ticks)
hrequests=$(grep -oE '[0-9]+ requests in' "$work/health.txt" | cut -d' ' -f1)
health=$(grep 'Requests/sec' "$work/health.txt" | awk '{print $2}')
awk -v t=$((after - before)) -v hz="$(getconf CLK_TCK)" -v n="$hrequests" \
  'BEGIN { printf "service CPU per health request: %.0f us\n", 1e6 * t / hz / n }'
awk -v b="$rps" -v h="$health" 'BEGIN { printf "== booking %s/s, health %s/s: booking/health %.1f %%\n", b, h, 100 * b / h }'

# The check, in the database itself once the service has stopped.
kill $server; wait $server 2>/dev/null || true
(cd "$work" && unzip -q -j -o "$jar" 'BOOT-INF/lib/h2-*.jar' -d h2)
shell() { java -cp "$(ls "$work"/h2/h2-*.jar)" org.h2.tools.Shell -url "jdbc:h2:file:$work/data/pan;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE" -user pan -password '' -sql "$1"; }
echo "== check in the database"
shell "select count(*) as sessions, sum(booked) as booked, sum(seats) as seats, sum(case when booked > seats then 1 else 0 end) as overbooked from published_sessions where offer_id is not null"
shell "select count(*) as sessions_whose_count_differs from published_sessions s where s.booked <> (select count(*) from referrals r where r.session_id = s.id and r.status in ('SENT', 'ACCEPTED', 'SCHEDULED', 'ATTENDED', 'COMPLETED'))"
shell "select count(*) as referrals_with_a_session from referrals where session_id is not null"
