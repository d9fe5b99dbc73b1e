#!/usr/bin/env bash
# JMH benchmarks for the hot paths (parse, resolve, render) on a generated 10k-note vault.
# Usage: bench/jmh.sh [jmh args...]   e.g. bench/jmh.sh -p notes=1000 EngineBenchmarks.parseAll
# Environment: MVN_ARGS (e.g. -o), MAVEN_REPO (a private local repository, optional).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn_args=(-B ${MVN_ARGS:-})
[ -n "${MAVEN_REPO:-}" ] && mvn_args+=("-Dmaven.repo.local=$MAVEN_REPO")
mvn "${mvn_args[@]}" -q -pl rules,bench -am install -DskipTests >/dev/null
cp=$(mvn "${mvn_args[@]}" -q -f bench/pom.xml dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=runtime | sed "s/\x1b\[[0-9;]*m//g" | tail -1)
exec java -cp "bench/target/classes:$cp" org.openjdk.jmh.Main "${@:-EngineBenchmarks}"
