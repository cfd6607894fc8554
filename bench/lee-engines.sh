#!/usr/bin/env bash
# Look-elsewhere throughput of the execution engines: the same toys on local threads and on an embedded
# Spark (local[T]), whole runs of 'darkflav lee' (JVM and Spark start-up excluded from wall_s), and a check
# that both give the same JSON apart from engine, threads, wall_s and fits_per_s.
# Usage: bench/lee-engines.sh [TOYS_ITA] [TOYS_FULL] [THREADS]   (defaults 2000 200 2; builds what it needs,
# the first time downloading Spark, ~230 MB)
set -euo pipefail
cd "$(dirname "$0")/.."
toys_ita="${1:-2000}"
toys_full="${2:-200}"
threads="${3:-2}"
if [ -z "${JAVA_HOME:-}" ] && [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
  export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
fi
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mvn -B -q -Pspark -pl darkflav-spark -am -DskipTests package dependency:build-classpath \
  -Dmdep.outputFile="$tmp/cp" -Dmdep.includeScope=provided
# Spark's own jars, as a cluster provides them; darkflav comes from the shaded jar
spark_cp="$(tr ':' '\n' < "$tmp/cp" | grep -v '/darkflav' | paste -sd:)"
opts=(-XX:+UseParallelGC -Xss4m)
"$java" -version 2>&1 | head -1
printf '%-12s %-6s %6s %9s %10s\n' analysis engine toys wall_s fits_per_s
for spec in "belle2-ita:$toys_ita" "belle2-full:$toys_full"; do
  analysis="${spec%%:*}"; toys="${spec##*:}"
  study=(lee --analysis "$analysis" --masses 0:4.6:0.05 --toys "$toys" --seed 1 --json -q)
  "$java" "${opts[@]}" -jar darkflav-cli/target/darkflav.jar "${study[@]}" --threads "$threads" > "$tmp/local.json"
  "$java" "${opts[@]}" -cp "$spark_cp:darkflav-spark/target/darkflav-spark.jar" org.darkflav.cli.Main "${study[@]}" \
    --engine spark --master "local[$threads]" > "$tmp/spark.json" 2> "$tmp/spark.err"
  python3 - "$tmp/local.json" "$tmp/spark.json" "$analysis" "$toys" <<'PY'
import json, sys
runs = [json.load(open(f)) for f in sys.argv[1:3]]
for r in runs:
    print(f"{sys.argv[3]:12s} {r['engine']:6s} {sys.argv[4]:>6s} {r['wall_s']:9.1f} {r['fits_per_s']:10.0f}")
for r in runs:
    for k in ("engine", "threads", "wall_s", "fits_per_s"):
        r.pop(k)
print("  same result on both engines:", runs[0] == runs[1])
PY
done
