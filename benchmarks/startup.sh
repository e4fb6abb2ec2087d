#!/usr/bin/env bash
# Time to first report of the command line, as shipped (./cityframework assess FILE: the launcher,
# with its class data sharing archive and C1 for short runs), against a JVM that only parses and
# prints the same file (docs/performance.md). Needs hyperfine, framework-cli/target/cityframework.jar
# and benchmarks/target/benchmarks.jar
# (./mvnw -q -DskipTests package -pl framework-cli,benchmarks -am).
#
#   benchmarks/startup.sh [FILE] [ROUNDS]       defaults: examples/cities/riverton.json 10
#
# Each round runs every variant 3 times (after 1 warm-up run) with hyperfine; rounds alternate the
# variants so that a machine whose load changes treats them alike. The table gives, per variant, the
# median over rounds of hyperfine's median wall time and of its mean user+system CPU time (of the
# whole process tree: the launcher's shell and what it starts, too), and the ratio of each to the
# parse-only baseline given the same start-up flags: the launcher's runs against the baseline with
# a class data sharing archive of its own and C1 only (parse-cds), plain java -jar against plain
# java (parse). One run of the launcher before the rounds makes its archive if need be, and one
# run of the baseline makes the baseline's, so the rounds measure the runs after the first.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
file="${1:-examples/cities/riverton.json}"
rounds="${2:-10}"
cli=framework-cli/target/cityframework.jar
bench=benchmarks/target/benchmarks.jar
for jar in "$cli" "$bench"; do
  [[ -f "$jar" ]] || { echo "startup.sh: $jar is missing; build it first" >&2; exit 1; }
done
command -v hyperfine > /dev/null || { echo "startup.sh: hyperfine is missing" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
parse="java -cp $bench org.cityframework.benchmarks.ParseAndPrint $file"
# The launcher's first run after a build makes its archive (its output is the command's).
./cityframework assess "$file" > /dev/null
# The baseline's own archive, as the launcher makes its: the classes of one run.
java -XX:ArchiveClassesAtExit="$work/base.jsa" -XX:TieredStopAtLevel=1 -Xlog:disable \
  -cp "$bench" org.cityframework.benchmarks.ParseAndPrint "$file" > /dev/null
parse_cds="java -XX:SharedArchiveFile=$work/base.jsa -XX:TieredStopAtLevel=1 -Xlog:disable -cp $bench org.cityframework.benchmarks.ParseAndPrint $file"

names=(parse parse-cds cityframework version-only java-jar)
commands=(
  "$parse"
  "$parse_cds"
  "./cityframework assess $file"
  "./cityframework --version"
  "java -jar $cli assess $file"
)
args=()
for i in "${!names[@]}"; do
  args+=(-n "${names[$i]}" "${commands[$i]}")
done

echo "machine: $(nproc) cores; $(java -version 2>&1 | head -1); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for ((r = 1; r <= rounds; r++)); do
  # hyperfine's warnings about outliers are expected on a busy machine; its errors are shown.
  if ! hyperfine -N --style none --warmup 1 --runs 3 --export-csv "$work/round-$r.csv" "${args[@]}" \
    > /dev/null 2> "$work/hyperfine.err"; then
    cat "$work/hyperfine.err" >&2
    exit 1
  fi
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg); $rounds rounds of 3 runs"

# command,mean,stddev,median,user,system,min,max (seconds)
cat "$work"/round-*.csv | awk -F, -v order="${names[*]}" '
  $1 == "command" { next }
  { wall[$1] = wall[$1] " " $4; cpu[$1] = cpu[$1] " " ($5 + $6) }
  function median(list,   n, v, i, j, t) {
    n = split(list, v, " ")
    for (i = 2; i <= n; i++) for (j = i; j > 1 && v[j - 1] + 0 > v[j] + 0; j--) {
      t = v[j]; v[j] = v[j - 1]; v[j - 1] = t
    }
    return n % 2 ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
  }
  END {
    n = split(order, names, " ")
    # Each variant against the baseline with the same start-up flags.
    same["parse"] = "parse"; same["java-jar"] = "parse"
    same["parse-cds"] = "parse-cds"; same["cityframework"] = "parse-cds"; same["version-only"] = "parse-cds"
    printf "| %-14s | %9s | %9s | %-9s | %9s | %9s |\n", "variant", "wall (ms)", "x base", "base", "CPU (ms)", "x base"
    printf "|:%s|%s:|%s:|:%s|%s:|%s:|\n", "---------------", "----------", "----------", "----------", "----------", "----------"
    for (i = 1; i <= n; i++) {
      w = median(wall[names[i]]); c = median(cpu[names[i]])
      b = same[names[i]]; bw = median(wall[b]); bc = median(cpu[b])
      printf "| %-14s | %9.0f | %9.2f | %-9s | %9.0f | %9.2f |\n", names[i], 1000 * w, w / bw, b, 1000 * c, c / bc
    }
  }'
