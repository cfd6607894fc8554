#!/usr/bin/env bash
# Whole-command timings of the darkflav CLI through ./darkflav (JVM start included): the median of N runs
# (default 5) of each command, as a Markdown table with the ratio to a bare `java -version` of the JDK the
# launcher runs, measured in the same run (absolute times drift on a shared machine; the ratios less so).
# The same commands for pyhf are timed where `python3 -c "import pyhf"` works. Then bench/check-cache.sh
# checks that the outputs are the same with and without the start-up cache.
# Usage: bench/time-commands.sh [N]   (run from anywhere; builds the CLI jar and the caches first if needed)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
ws=darkflav-histfactory/src/test/resources/workspaces
sbottom="$ws/atlas_sbottom_regionA/BkgOnly.json"
sbottom_patch="$ws/atlas_sbottom_regionA/patch.sbottom_1300_205_60.json"
belle2=examples/belle2_knunu_combined/combined_likelihood.json
ita12=bench/workspaces/belle2_ita_paper_x_2GeV.json
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

# build, create the start-up caches of both command profiles, and find the JVM the launcher runs
./darkflav --version >/dev/null
./darkflav reproduce --help >/dev/null
java="$(DARKFLAV_SHOW_JVM=1 ./darkflav --version 2>&1 >/dev/null | sed -n 's/^darkflav: \([^ ]*\) .*/\1/p')"

# median wall time in seconds of $runs runs of a command (its output discarded)
median() {
  local t0 t1 times=()
  for _ in $(seq "$runs"); do
    t0=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true
    t1=$(date +%s%N)
    times+=("$(( (t1 - t0) / 1000000 ))")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{ t[NR] = $1 } END { m = NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2; printf "%.3f", m / 1000 }'
}

pyhf_ok=false
if python3 -c "import pyhf" >/dev/null 2>&1; then pyhf_ok=true; fi

# pyhf equivalents: the pyhf CLI where it has the command, else a one-line script on pyhf's API
pyhf_limit() {
  python3 -c 'import json, sys, pyhf
ws = pyhf.Workspace(json.load(open(sys.argv[1])))
m = ws.model(patches=[json.load(open(p)) for p in sys.argv[2:]])
print(pyhf.infer.intervals.upper_limits.toms748_scan(ws.data(m), m, 0, m.config.suggested_bounds()[m.config.poi_index][1], level=0.05))' "$@"
}
pyhf_toys() {
  python3 -c 'import json, sys, pyhf
ws = pyhf.Workspace(json.load(open(sys.argv[1])))
m = ws.model()
print(pyhf.infer.hypotest(1.0, ws.data(m), m, calctype="toybased", ntoys=10000, return_expected_set=True))' "$@"
}

rows=()
bare="$(median "$java" -version)"
row() { # label, pyhf command (or -), then the darkflav arguments
  local label="$1" pyhf="$2" t ratio p="–"
  shift 2
  t="$(median ./darkflav "$@")"
  ratio="$(awk -v a="$t" -v b="$bare" 'BEGIN { printf "%.1f", a / b }')"
  if $pyhf_ok && [ "$pyhf" != - ]; then p="$(median bash -c "$pyhf")"; fi
  rows+=("| $label | $t | $ratio | $p |")
}

row "\`--version\`" - --version
row "inspect sbottom A" "pyhf inspect $sbottom" inspect "$sbottom"
row "inspect Belle II" "pyhf inspect $belle2" inspect "$belle2"
row "fit sbottom A + patch" "pyhf fit $sbottom -p $sbottom_patch" fit "$sbottom" --patch "$sbottom_patch" --json
row "fit Belle II" "pyhf fit $belle2" fit "$belle2" --json
row "hypotest sbottom A + patch (μ = 1)" "pyhf cls $sbottom -p $sbottom_patch" \
  hypotest "$sbottom" --patch "$sbottom_patch" --mu 1 --json
row "hypotest Belle II (μ = 1)" "pyhf cls $belle2" hypotest "$belle2" --mu 1 --json
row "limit sbottom A + patch (95 %)" "$(declare -f pyhf_limit); pyhf_limit $sbottom $sbottom_patch" \
  limit "$sbottom" --patch "$sbottom_patch" --json
row "limit Belle II (95 %)" "$(declare -f pyhf_limit); pyhf_limit $belle2" limit "$belle2" --json
row "hypotest 12-bin paper model, 10⁴ toys" "$(declare -f pyhf_toys); pyhf_toys $ita12" \
  hypotest "$ita12" --mu 1 --calculator toys --toys 10000 --seed 1 --json
row "reproduce" - reproduce --out "$scratch/reproduce"

cpu="$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -n 1)"
[ -n "$cpu" ] || cpu="$(sysctl -n machdep.cpu.brand_string 2>/dev/null || uname -m)"
echo "darkflav whole-command timings: median of $runs runs, wall seconds, JVM start included"
echo "commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet 2>/dev/null || echo ' (modified)');" \
  "$("$java" -version 2>&1 | sed -n 2p); $cpu, $(getconf _NPROCESSORS_ONLN) cores; load $(cut -d ' ' -f 1-3 /proc/loadavg 2>/dev/null || uptime)"
$pyhf_ok && echo "pyhf $(python3 -c 'import pyhf; print(pyhf.__version__)'), numpy backend, scipy optimizer" \
  || echo "pyhf not importable: its column is empty"
echo
echo "| command | darkflav (s) | × \`java -version\` | pyhf (s) |"
echo "|---|---|---|---|"
echo "| bare \`java -version\` | $bare | 1.0 | – |"
printf '%s\n' "${rows[@]}"

# the start-up cache must not change any result (checked in a fresh cache folder)
echo
bench/check-cache.sh
