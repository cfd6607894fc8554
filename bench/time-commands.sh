#!/usr/bin/env bash
# Whole-command timings of the darkflav CLI (JVM start included), best of N runs each.
# Usage: bench/time-commands.sh [N]   (run from anywhere; builds the CLI jar first if needed)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
ws=darkflav-histfactory/src/test/resources/workspaces
belle2=examples/belle2_knunu_combined/combined_likelihood.json
./darkflav --version >/dev/null
best() {
  local label="$1"; shift
  local bestms=""
  for _ in $(seq "$runs"); do
    local t0 t1 ms
    t0=$(date +%s%N); "$@" >/dev/null 2>&1 || true; t1=$(date +%s%N)
    ms=$(( (t1 - t0) / 1000000 ))
    if [ -z "$bestms" ] || [ "$ms" -lt "$bestms" ]; then bestms=$ms; fi
  done
  printf '%-48s %8d ms\n' "$label" "$bestms"
}
echo "darkflav whole-command timings, best of $runs ($(java -version 2>&1 | head -1); $(nproc) cores)"
best "fit belle2_knunu_combined" ./darkflav fit "$belle2" --json
best "hypotest belle2_knunu_combined (mu=1)" ./darkflav hypotest "$belle2" --mu 1 --json
best "significance belle2_knunu_combined" ./darkflav significance "$belle2" --json
best "limit belle2_knunu_combined" ./darkflav limit "$belle2" --json
best "hypotest atlas_sbottom_regionA (mu=1)" ./darkflav hypotest "$ws/atlas_sbottom_regionA/BkgOnly.json" \
  --patch "$ws/atlas_sbottom_regionA/patch.sbottom_1300_205_60.json" --mu 1 --json
best "limit atlas_sbottom_regionA" ./darkflav limit "$ws/atlas_sbottom_regionA/BkgOnly.json" \
  --patch "$ws/atlas_sbottom_regionA/patch.sbottom_1300_205_60.json" --json
best "fit synthetic_large" ./darkflav fit "$ws/synthetic_large/workspace.json" --json
if ./darkflav --help | grep -q '^ *reproduce'; then
  out=$(mktemp -d)
  best "reproduce" ./darkflav reproduce --out "$out/r"
  rm -rf "$out"
fi
