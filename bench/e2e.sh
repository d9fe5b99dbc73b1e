#!/usr/bin/env bash
# End-to-end timing of `vaultlint:check` (every rule, the analysis and all outputs) on generated
# vaults, side by side with markdownlint-cli2 on the same vault.
#
# Usage: bench/e2e.sh [sizes...]          default: 1000 10000
#        RUNS=5 bench/e2e.sh 1000 10000 100000
#        MARKDOWNLINT=0 bench/e2e.sh ...   skip the markdownlint-cli2 comparison
# Needs: JDK 17, Maven, GNU time (/usr/bin/time, Debian package "time") for peak RSS, and for the
# comparison Node.js + npm (markdownlint-cli2 is installed from npm into a temp folder).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
runs=${RUNS:-3}
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
work=${BENCH_DIR:-$(mktemp -d /tmp/vaultlint-bench.XXXXXX)}
version=$(mvn -B -q help:evaluate -Dexpression=project.version -DforceStdout 2>/dev/null || echo 0.1.0-SNAPSHOT)

mvn -B -q install -DskipTests -Dinvoker.skip=true >/dev/null
cp=$(mvn -B -q -f bench/pom.xml dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=runtime)

if [ "${MARKDOWNLINT:-1}" = 1 ] && command -v npm >/dev/null; then
  mdl="$work/mdl"
  if [ ! -x "$mdl/node_modules/.bin/markdownlint-cli2" ]; then
    mkdir -p "$mdl" && (cd "$mdl" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund markdownlint-cli2@0.24.1 >/dev/null)
  fi
fi

median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
timed() { # prints "wall_seconds max_rss_kb" for the command
  local out; out=$(mktemp)
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f "%e %M" -o "$out" "$@" >"$out.log" 2>&1 || true
    cat "$out"
  else
    local s e; s=$(date +%s.%N); "$@" >"$out.log" 2>&1 || true; e=$(date +%s.%N)
    echo "$(echo "$e - $s" | bc) 0"
  fi
  cp "$out.log" "$work/last.log"; rm -f "$out" "$out.log"
}

echo "| notes | MB | vaultlint wall (median of $runs) | engine ms | peak RSS MB | markdownlint-cli2 wall | speed-up |"
echo "|---:|---:|---:|---:|---:|---:|---:|"
for n in "${sizes[@]}"; do
  vault="$work/vault-$n"
  [ -d "$vault" ] || java -cp "bench/target/classes:$cp" io.github.vaultlint.bench.VaultGenerator "$vault" "$n" 42 5 >/dev/null
  mb=$(du -sm --exclude=target "$vault" | cut -f1)
  walls=(); engines=(); rss=0
  for _ in $(seq "$runs"); do
    rm -rf "$vault/target"
    read -r wall kb < <(timed mvn -B -o -Dvaultlint.cache=false io.github.vaultlint:vaultlint-maven-plugin:"$version":check \
        -Dvaultlint.vault="$vault" -Dvaultlint.failOnSeverity=none -Dvaultlint.timings=true -Dvaultlint.formats=json,html)
    walls+=("$wall"); [ "$kb" -gt "$rss" ] && rss=$kb
    engines+=("$(grep -o 'engine [0-9]* ms' "$work/last.log" | grep -o '[0-9]*' | head -1 || echo 0)")
  done
  wall=$(printf '%s\n' "${walls[@]}" | median); engine=$(printf '%s\n' "${engines[@]}" | median)
  mdl_wall="-"; speed="-"
  if [ -n "${mdl:-}" ] && [ -x "$mdl/node_modules/.bin/markdownlint-cli2" ]; then
    read -r mdl_wall _ < <(cd "$vault" && timed "$mdl/node_modules/.bin/markdownlint-cli2" "**/*.md")
    speed=$(awk -v a="$mdl_wall" -v b="$wall" 'BEGIN {printf "%.1fx", a / b}')
  fi
  echo "| $n | $mb | ${wall}s | $engine | $((rss / 1024)) | ${mdl_wall}s | $speed |"
done
echo
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, $(java -version 2>&1 | head -1), $(date -u +%F)"
