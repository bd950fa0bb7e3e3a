#!/usr/bin/env bash
# Times importing a registry of 1,000 animators, 300 venues and 100 kits over HTTP (issue 13: at most 5 s),
# against the packaged jar on its embedded defaults (H2 file database, illustrative registry loaded at start).
#
# Usage: tools/registry/registry-load.sh [runs]     (default 5; needs python3 and curl)
#   PAN_LOAD_JAVA_OPTS   extra JVM options for the service (none by default)
#
# Each run imports three new files (venues, then kits, then animators, as a planner would: a kit names a venue),
# with ids of its own, so that every run creates 1,400 records with their audit; the time is that of the three
# POSTs together, as curl measures them (connect to last byte). One unmeasured run warms the service up first.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
jar=$PWD/service/target/pan-service.jar
[ -f "$jar" ] || { echo "build first: mvn -B -q -pl service -am package -DskipTests" >&2; exit 2; }

. tools/load/service.sh
start_service 18081 "plan:load-Ember-71-quiver:PLANNER:CIN"

import() { # run-prefix list expected-creations -> seconds
  curl -sS -o "$work/answer.json" -w '%{http_code} %{time_total}\n' -u plan:load-Ember-71-quiver \
    -H 'Content-Type: text/csv' --data-binary "@$work/$1/$2.csv" "$url/api/v1/registry/$2.csv" \
    | { read -r code seconds; [ "$code" = 200 ] || { echo "$2: HTTP $code $(cat "$work/answer.json")" >&2; exit 1; }
        # Every line must have created its record: an import that found them unchanged would measure nothing.
        grep -q "\"created\":$3," "$work/answer.json" || { echo "$2: $(cat "$work/answer.json")" >&2; exit 1; }
        echo "$seconds"; }
}

for run in $(seq 0 "$runs"); do
  python3 tools/registry/registry_csv.py "$work/r$run" "r$run" 300 100 1000
  v=$(import "r$run" venues 300); k=$(import "r$run" kits 100); a=$(import "r$run" animators 1000)
  total=$(python3 -c "print(f'{$v + $k + $a:.3f}')")
  if [ "$run" = 0 ]; then
    echo "warm-up: venues ${v}s kits ${k}s animators ${a}s total ${total}s"
  else
    echo "run $run: venues ${v}s kits ${k}s animators ${a}s total ${total}s"
  fi
done
ls -l "$work"/r1/*.csv | awk '{print "file " $NF ": " $5 " bytes"}'
