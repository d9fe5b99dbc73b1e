#!/usr/bin/env bash
# End-to-end timing of `vaultlint:check` (every rule, the analysis, JSON and HTML) on generated
# vaults, side by side with markdownlint-cli2 on the same vault, in the same run.
#
# Usage: bench/e2e.sh [sizes...]                     default: 1000 10000
#        RUNS=5 bench/e2e.sh 1000 10000 100000
#
# Environment:
#   RUNS=3             cold runs of vaultlint per size and JVM setting (the median is reported)
#   JVMS="default c1 nofast"  settings to time: default = MAVEN_OPTS="-Xmx1g" (the goal's fastStart keeps
#                      C2 out of the check); c1 = MAVEN_OPTS="-Xmx1g -XX:TieredStopAtLevel=1";
#                      nofast = default with -Dvaultlint.fastStart=false (see docs/performance.md);
#                      daemon = default with -Dvaultlint.daemon=true: a first, untimed build starts the
#                      daemon, the bench waits for its warm-up, then every timed build is checked there
#                      (peak RSS and heap are then the build's, not the daemon's)
#   MARKDOWNLINT=0     skip markdownlint-cli2 (installed from npm into the work folder otherwise)
#   MDL_RUNS=3         runs of markdownlint-cli2 per size (the median is reported): its wall time varied
#                      from 23 to 36 s on the same 10k vault between bench runs, so one run is no basis
#   BENCH_DIR=dir      work folder (vaults, logs, results.md); default: a new temp folder
#   ISOLATED_REPO=1    install vaultlint into a private Maven repository under BENCH_DIR (hard links
#                      to ~/.m2 for everything else), so other builds sharing ~/.m2 cannot swap the
#                      plugin under the benchmark. Default 0: the usual ~/.m2.
#   MVN_ARGS=-o        extra Maven arguments (e.g. offline)
#
# Per size it reports: the median wall time of the whole `mvn` process (JVM and Maven start-up
# included), the engine time the goal logs (-Dvaultlint.timings), the peak RSS (GNU time) and the
# heap peak (logged by the goal), markdownlint-cli2's wall time on the same vault and the speed-up;
# then an incremental run: the note cache filled, one note edited, the engine time of the re-run.
# Needs: JDK 17, Maven, GNU time (/usr/bin/time, Debian package "time"); Node.js + npm for the comparison.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-3}
mdl_runs=${MDL_RUNS:-3}
jvms=(${JVMS:-default c1 nofast})
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
work=${BENCH_DIR:-$(mktemp -d /tmp/vaultlint-bench.XXXXXX)}
mkdir -p "$work"
mvn_args=(-B ${MVN_ARGS:-})
if [ "${ISOLATED_REPO:-0}" = 1 ]; then
  repo="$work/m2"
  if [ ! -d "$repo" ]; then
    cp -al "$HOME/.m2/repository" "$repo" 2>/dev/null || cp -a "$HOME/.m2/repository" "$repo"
    rm -rf "$repo/io/github/vaultlint" # never write through a hard link into the shared repository
  fi
  mvn_args+=("-Dmaven.repo.local=$repo")
fi
[ -x /usr/bin/time ] || { echo "needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 2; }

echo "building and installing vaultlint..." >&2
mvn "${mvn_args[@]}" -q install -DskipTests -Dinvoker.skip=true -pl rules,plugin,bench -am >/dev/null
version=$(sed -n '0,/<version>/s/.*<version>\(.*\)<\/version>.*/\1/p' pom.xml)
cp=$(mvn "${mvn_args[@]}" -q -f bench/pom.xml dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=runtime | sed "s/\x1b\[[0-9;]*m//g" | tail -1)
plugin="io.github.vaultlint:vaultlint-maven-plugin:$version:check"

mdl=""
if [ "${MARKDOWNLINT:-1}" = 1 ] && command -v npm >/dev/null; then
  mdl="$work/mdl/node_modules/.bin/markdownlint-cli2"
  if [ ! -x "$mdl" ]; then
    echo "installing markdownlint-cli2 from npm into $work/mdl..." >&2
    mkdir -p "$work/mdl" && (cd "$work/mdl" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund markdownlint-cli2@0.24.1 >/dev/null)
  fi
fi

median() { sort -n | awk '{a[NR]=$1} END {if (NR == 0) print 0; else if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
# Runs a command; prints "wall_seconds max_rss_kb" and keeps its output in $work/last.log.
timed() {
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >"$work/last.log" 2>&1 || true
  tail -1 "$work/time.txt" # GNU time may first note a non-zero exit status
}
opts_for() { case "$1" in c1) echo "-Xmx1g -XX:TieredStopAtLevel=1" ;; *) echo "-Xmx1g" ;; esac; }
fast_for() { case "$1" in nofast) echo false ;; *) echo true ;; esac; }
daemon_for() { case "$1" in daemon) echo true ;; *) echo false ;; esac; }
check() { # vault, cache true|false, jvm setting; run in the vault folder, as a notes repository without a pom would
  (cd "$1" && MAVEN_OPTS="$(opts_for "$3")" timed mvn "${mvn_args[@]}" "$plugin" -Dvaultlint.failOnSeverity=none \
      -Dvaultlint.timings=true -Dvaultlint.formats=json,html -Dvaultlint.cache="$2" -Dvaultlint.fastStart="$(fast_for "$3")" \
      -Dvaultlint.daemon="$(daemon_for "$3")" -Dvaultlint.daemonIdleSeconds=300)
}
engine_ms() { grep -o 'engine [0-9]* ms' "$work/last.log" | grep -o '[0-9]*' | sed -n 1p; }
heap_mb() { grep -o 'heap peak [0-9]* MB' "$work/last.log" | grep -o '[0-9]*' | sed -n 1p; }

out="$work/results.md"
{
  echo "| notes | MB | JVM | vaultlint wall (median of $runs) | engine ms | peak RSS MB | heap peak MB | markdownlint-cli2 wall | speed-up | incremental engine ms |"
  echo "|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|"
} | tee "$out"
for n in "${sizes[@]}"; do
  vault="$work/vault-$n"
  [ -d "$vault" ] || java -cp "bench/target/classes:$cp" io.github.vaultlint.bench.VaultGenerator "$vault" "$n" 42 5 >&2
  mb=$(find "$vault" -name '*.md' -not -path '*/target/*' -print0 | du -cb --files0-from=- | tail -1 | awk '{printf "%.0f", $1 / 1048576}')
  mdl_wall="-"
  if [ -n "$mdl" ]; then
    rm -rf "$vault/target"
    mdl_walls=()
    for _ in $(seq "$mdl_runs"); do
      read -r w _ < <(cd "$vault" && timed "$mdl" "**/*.md")
      mdl_walls+=("$w")
    done
    mdl_wall=$(printf '%s\n' "${mdl_walls[@]}" | median)
    echo "markdownlint-cli2 on $n notes: ${mdl_wall}s (median of ${mdl_walls[*]})" >&2
  fi
  for jvm in "${jvms[@]}"; do
    walls=(); engines=(); rss=0; heap=0
    daemon_pid=""
    if [ "$jvm" = daemon ]; then
      # An untimed build starts the daemon; its warm-up (a few checks of this vault) ends before timing.
      rm -rf "$vault/target"
      check "$vault" false "$jvm" >/dev/null
      daemon_pid=$(sed -n 's/.*started the vaultlint daemon (pid \([0-9]*\), log \([^)]*\)).*/\1/p' "$work/last.log" | sed -n 1p)
      daemon_log=$(sed -n 's/.*started the vaultlint daemon (pid \([0-9]*\), log \([^)]*\)).*/\2/p' "$work/last.log" | sed -n 1p)
      [ -n "$daemon_pid" ] || { echo "the first build did not start a daemon; see $work/last.log" >&2; exit 1; }
      for _ in $(seq 240); do grep -q "warmed up on $vault" "$daemon_log" 2>/dev/null && break; sleep 0.5; done
      echo "daemon $daemon_pid: $(grep "warmed up on $vault" "$daemon_log" | tail -1)" >&2
    fi
    served() { [ "$jvm" != daemon ] || grep -q "checked in the vaultlint daemon" "$work/last.log" || echo "warning: a build was not checked in the daemon" >&2; }
    for _ in $(seq "$runs"); do
      rm -rf "$vault/target"
      read -r wall kb < <(check "$vault" false "$jvm")
      grep -q "BUILD SUCCESS" "$work/last.log" || { echo "vaultlint failed on $n notes; see $work/last.log" >&2; cat "$work/last.log" >&2; exit 1; }
      served
      walls+=("$wall"); engines+=("$(engine_ms)")
      [ "$kb" -gt "$rss" ] && rss=$kb
      h=$(heap_mb); [ "$h" -gt "$heap" ] && heap=$h
    done
    wall=$(printf '%s\n' "${walls[@]}" | median); engine=$(printf '%s\n' "${engines[@]}" | median)
    speed="-"
    [ "$mdl_wall" != "-" ] && speed=$(awk -v a="$mdl_wall" -v b="$wall" 'BEGIN {printf "%.1fx", a / b}')
    # Incremental: fill the cache, change one note, re-run.
    rm -rf "$vault/target"
    check "$vault" true "$jvm" >/dev/null
    victim=$(find "$vault/Interviews" -name '*.md' | sort | sed -n 1p) # not head: it would break the pipe under pipefail
    topic=$(find "$vault/Topics" -name '*.md' | sort | sed -n 1p)
    cp "$victim" "$work/victim.bak"
    printf '\n- an edit for the incremental run [[%s]]\n' "$(basename "$topic" .md)" >>"$victim"
    check "$vault" true "$jvm" >/dev/null
    incremental=$(engine_ms)
    served
    grep -qE "notes reused, 1 parsed|results reused for [0-9]+ of [0-9]+ notes, 1 computed" "$work/last.log" || echo "warning: the incremental run did not reuse the cache as expected" >&2
    cp "$work/victim.bak" "$victim"
    [ -z "$daemon_pid" ] || kill "$daemon_pid" 2>/dev/null || true
    echo "| $n | $mb | $jvm | ${wall}s | $engine | $((rss / 1024)) | $heap | ${mdl_wall}s | $speed | $incremental |" | tee -a "$out"
  done
done
{
  echo
  echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), $(free -g | awk '/Mem/ {print $2}') GB RAM,"
  echo "$(java -version 2>&1 | sed -n 1p), $(mvn -v 2>/dev/null | sed -n 1p | sed 's/\x1b\[[0-9;]*m//g'), load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%F)."
} | tee -a "$out"
echo "results in $out" >&2
