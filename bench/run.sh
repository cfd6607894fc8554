#!/usr/bin/env bash
# Builds and runs the JMH benchmarks from the repository root. Extra arguments go to JMH,
# e.g. bench/run.sh LikelihoodBenchmark.valueAndGradient -p workspace=belle2_knunu_combined
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${JAVA_HOME:-}" ] && [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
  export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
fi
mvn -B -q -Pbench -DskipTests package -pl bench -am
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
"$java" -version 2>&1 | head -1
exec "$java" -Ddarkflav.root="$PWD" -jar bench/target/benchmarks.jar "$@"
