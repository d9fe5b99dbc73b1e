#!/bin/sh
# Link-resolution benchmark (issue 3): resolves every link of a generated vault.
# Usage: bench/link-resolution.sh [notes=10000] [linksPerNote=10] [rounds=15] [--broken N] [--full]
# --broken N breaks N random links, so the timing includes the did-you-mean searches.
# --full also times three whole linter runs on the same vault written to a temp folder.
# Run from the repository root. Needs JDK 17 and Maven; add -o to MVN_ARGS to stay offline.
set -eu
cd "$(dirname "$0")/.."
mvn -B -q ${MVN_ARGS:-} -f rules/pom.xml test-compile \
  org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -Xmx1g -cp "rules/target/classes:rules/target/test-classes:$(cat rules/target/bench-classpath.txt)" \
  io.github.vaultlint.bench.LinkResolutionBench "$@"
