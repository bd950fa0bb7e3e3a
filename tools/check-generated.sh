#!/usr/bin/env bash
# Checks that the generated files committed in the repository are what their generators produce (issue 12,
# item 8), so that nobody hand-edits a generated file or forgets to regenerate after editing a source:
#   - the default catalogue        <- tools/catalog/build_catalog.py (from the shared data sheet and its overlays)
#   - the rule base's message bundles messages_{fr,nl,en}.properties <- tools/messages/texts.py
#   - docs/rules.md                <- tools/rules/rules_md.py (from the DRL files)
# Each generator runs into a temporary folder; the committed copies are never touched. The script fails,
# naming each file that differs and the command that regenerates it. CI runs it before Maven (.ci/run).
#
#   tools/check-generated.sh
#
# Environment: PAN_SHARED_DATA, the folder holding communes.csv, epn.csv, partners.csv and contacts.csv
# (default: ../shared/data next to the checkout, as in the README).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

# The generated files, relative to the repository root.
catalog=rules/src/main/resources/be/brussels/pan/rules/catalog/default-catalog.json
rules=rules/src/main/resources/be/brussels/pan/rules
rules_md=docs/rules.md
data=${PAN_SHARED_DATA:-$root/../shared/data}

if ! command -v python3 >/dev/null 2>&1; then
  echo "check-generated: python3 is needed to run the generators" >&2
  exit 2
fi
if [ ! -f "$data/contacts.csv" ] || [ ! -f "$data/partners.csv" ]; then
  echo "check-generated: no data sheet at $data (set PAN_SHARED_DATA to the folder with partners.csv and contacts.csv)" >&2
  exit 2
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failed=0

# same COMMITTED GENERATED HOW-TO-REGENERATE
same() {
  if ! cmp -s "$1" "$2"; then
    echo "check-generated: $1 is not what its generator produces; regenerate it with: $3" >&2
    diff -u "$1" "$2" --label "$1 (committed)" --label "$1 (generated)" | head -n 30 >&2 || true
    failed=1
  fi
}

# 1. The default catalogue. Its self-check fails the build on its own when an input is inconsistent.
if python3 tools/catalog/build_catalog.py --data "$data" --out "$tmp/catalog.json" >"$tmp/catalog.log" 2>&1; then
  same "$catalog" "$tmp/catalog.json" "python3 tools/catalog/build_catalog.py --data $data --out $catalog"
else
  echo "check-generated: tools/catalog/build_catalog.py failed (its self-check names the problem):" >&2
  cat "$tmp/catalog.log" >&2
  failed=1
fi

# 2. The message bundles. texts.py writes next to itself (../../rules/…): run a copy in a scratch tree.
mkdir -p "$tmp/tree/tools/messages" "$tmp/tree/$rules" "$tmp/tree/tools/rules"
cp tools/messages/texts.py "$tmp/tree/tools/messages/"
python3 "$tmp/tree/tools/messages/texts.py"
for loc in fr nl en; do
  same "$rules/messages_$loc.properties" "$tmp/tree/$rules/messages_$loc.properties" "python3 tools/messages/texts.py"
done

# 3. docs/rules.md. rules_md.py reads the DRL and writes docs/rules.md relative to the working directory.
cp "$rules"/*.drl "$tmp/tree/$rules/"
cp tools/rules/rules_md.py tools/rules/policy-diff-*.md "$tmp/tree/tools/rules/"
(cd "$tmp/tree" && python3 tools/rules/rules_md.py)
same "$rules_md" "$tmp/tree/docs/rules.md" "python3 tools/rules/rules_md.py"

if [ "$failed" -ne 0 ]; then
  echo "check-generated: FAILED: commit the regenerated files with the sources they come from" >&2
  exit 1
fi
echo "check-generated: the catalogue, the message bundles and docs/rules.md are what their generators produce"
