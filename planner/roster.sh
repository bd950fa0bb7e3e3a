#!/bin/sh
# Runs the planner CLI (RosterCli) from the source tree, e.g.  planner/roster.sh generate --size S --seed 1
# (Re)builds the module and its runtime classpath when they are missing or older than the sources. Maven's own
# output goes to stderr so that stdout carries only the command's JSON or CSV.
set -e
here=$(cd "$(dirname "$0")" && pwd)
cp="$here/target/runtime-classpath.txt"
if [ ! -f "$cp" ] || [ ! -d "$here/target/classes" ] \
    || [ -n "$(find "$here/src/main" "$here/pom.xml" -newer "$cp" | head -1)" ]; then
  (cd "$here/.." && mvn -B -q -pl planner -am compile dependency:build-classpath \
      -Dmdep.outputFile="$cp" -Dmdep.includeScope=runtime) >&2
  touch "$cp"
fi
exec java -cp "$here/target/classes:$(cat "$cp")" be.brussels.pan.roster.cli.RosterCli "$@"
