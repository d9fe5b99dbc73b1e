#!/usr/bin/env bash
# JMH benchmarks for the hot paths (parse, resolve, render) on a generated 10k-note vault.
# Usage: bench/jmh.sh [jmh args...]   e.g. bench/jmh.sh -p notes=1000 EngineBenchmarks.parseAll
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl bench -am install -DskipTests >/dev/null
cp=$(mvn -B -q -f bench/pom.xml dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=runtime)
exec java -cp "bench/target/classes:$cp" org.openjdk.jmh.Main "${@:-EngineBenchmarks}"
