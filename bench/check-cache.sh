#!/usr/bin/env bash
# Checks the launcher's start-up cache, in a fresh cache folder (never the user's): every output is the
# same with the cache, without it (DARKFLAV_NO_CACHE=1) and on JDK 17 without it; a cache made for
# another build of the jar or another JDK is never used (each gets its own file) and a rebuilt jar gets a
# new one, the old one deleted. Usage: bench/check-cache.sh [JDK17_HOME]   (CI runs it)
set -euo pipefail
cd "$(dirname "$0")/.."
jdk17="${1:-/usr/lib/jvm/java-17-openjdk-amd64}"
ws=darkflav-histfactory/src/test/resources/workspaces/atlas_sbottom_regionA
belle2=examples/belle2_knunu_combined/combined_likelihood.json
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
export DARKFLAV_CACHE_DIR="$scratch/cache"
unset DARKFLAV_NO_CACHE
status=0
fail() { echo "check-cache: FAIL: $*"; status=1; }

commands=(
  "inspect $belle2"
  "fit $belle2 --json"
  "hypotest $ws/BkgOnly.json --patch $ws/patch.sbottom_1300_205_60.json --mu 1 --json"
  "limit $belle2 --json"
  "hypotest bench/workspaces/belle2_ita_paper_x_2GeV.json --mu 1 --calculator toys --toys 500 --seed 2 --json"
)
run_all() { # $1: output folder; the environment says how to run
  mkdir -p "$1"
  local i=0 c
  for c in "${commands[@]}"; do
    # shellcheck disable=SC2086
    ./darkflav $c >"$1/$i.out" 2>"$1/$i.err" || fail "darkflav $c exited $? ($(head -c 300 "$1/$i.err"))"
    i=$((i + 1))
  done
}
same() { # two output folders
  local i
  for i in "${!commands[@]}"; do
    cmp -s "$1/$i.out" "$2/$i.out" || fail "outputs differ ($1 vs $2): darkflav ${commands[$i]}"
  done
}

./darkflav --version >/dev/null # builds if needed and makes the cache of this JDK
caches="$(ls "$DARKFLAV_CACHE_DIR" | grep -c -E '\.(aot|cds)$' || true)"
[ "$caches" = 1 ] || fail "expected one cache file after the first run, found $caches"
run_all "$scratch/cached"
DARKFLAV_NO_CACHE=1 run_all "$scratch/plain"
same "$scratch/cached" "$scratch/plain"

if [ -x "$jdk17/bin/java" ]; then
  JAVA_HOME="$jdk17" DARKFLAV_NO_CACHE=1 run_all "$scratch/jdk17-plain"
  same "$scratch/cached" "$scratch/jdk17-plain"
  JAVA_HOME="$jdk17" run_all "$scratch/jdk17-cached"
  same "$scratch/cached" "$scratch/jdk17-cached"
  caches="$(ls "$DARKFLAV_CACHE_DIR" | grep -c -E '\.(aot|cds)$' || true)"
  [ "$caches" = 2 ] || fail "expected a second cache file for JDK 17, found $caches"
else
  echo "check-cache: no JDK 17 at $jdk17; skipping its checks"
fi

# a rebuilt jar (here: the same bytes with a new time, which the JVM would refuse a cache for) gets a
# new cache; the old one of this checkout and JDK is deleted
before="$(ls "$DARKFLAV_CACHE_DIR")"
touch darkflav-cli/target/darkflav.jar
./darkflav --version >/dev/null
after="$(ls "$DARKFLAV_CACHE_DIR")"
[ "$before" != "$after" ] || fail "the cache was not renewed for a rebuilt jar"
[ "$(echo "$after" | grep -c -E '\.(aot|cds)$')" = "$(echo "$before" | grep -c -E '\.(aot|cds)$')" ] \
  || fail "the old cache of the rebuilt jar was not deleted: $after"
run_all "$scratch/renewed"
same "$scratch/cached" "$scratch/renewed"

[ "$status" = 0 ] && echo "check-cache: outputs identical with and without the start-up cache (JDK 25$([ -x "$jdk17/bin/java" ] && echo ' and 17')), one cache per build and JDK, renewed after a rebuild"
exit "$status"
