#!/usr/bin/env bash
# Batch throughput of the command line against the parse-only baseline on the same file
# (docs/performance.md): `cityframework assess --batch FILE` against ParseLines, which reads the
# same JSON Lines file line by line and parses each line into a Jackson tree, nothing more.
# Needs GNU time as /usr/bin/time (on Debian: apt-get install time),
# framework-cli/target/cityframework.jar and benchmarks/target/benchmarks.jar
# (./mvnw -q -DskipTests package -pl framework-cli,benchmarks -am).
#
#   benchmarks/batch.sh N [ROUNDS] [THREADS]       defaults: ROUNDS 1; THREADS: see below
#   CLI_JAR=other/cityframework.jar benchmarks/batch.sh N     another build of the command line, for A/B
#
# N profiles are generated once (generate N --seed 1) into benchmarks/target/batch-N.jsonl and
# kept for later runs. Each round runs the baseline, then the batch with -Xmx256m, its summaries
# written to benchmarks/target/batch-N.out.jsonl, each under /usr/bin/time -v. Both use the same
# number of threads, THREADS, by default the batch's default (one worker per processor), and the
# same -Xmx256m, so that the ratio compares like with like. The table gives, per program and round, the wall time and
# rate of the whole process (JVM start-up included), the rate the program reports itself (start-up
# left out), the CPU time and the peak RSS; then the batch's rate as a share of the baseline's, by
# the median over rounds.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
count="${1:?usage: benchmarks/batch.sh N [ROUNDS] [THREADS]}"
rounds="${2:-1}"
threads="${3:-$(nproc)}"
cli="${CLI_JAR:-framework-cli/target/cityframework.jar}"
bench=benchmarks/target/benchmarks.jar
for jar in "$cli" "$bench"; do
  [[ -f "$jar" ]] || { echo "batch.sh: $jar is missing; build it first" >&2; exit 1; }
done
[[ -x /usr/bin/time ]] || { echo "batch.sh: /usr/bin/time is missing (apt-get install time)" >&2; exit 1; }

file="benchmarks/target/batch-$count.jsonl"
out="benchmarks/target/batch-$count.out.jsonl"
if [[ ! -s "$file" ]]; then
  echo "generating $count profiles into $file ..."
  java -jar "$cli" generate "$count" --seed 1 --output "$file.partial" 2> /dev/null
  mv "$file.partial" "$file"
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

parse=(java -Xmx256m -cp "$bench" org.cityframework.benchmarks.ParseLines "$file" "$threads")
batch=(java -Xmx256m -jar "$cli" assess --batch "$file" --threads "$threads")

# GNU time's report: wall clock as [h:]m:ss.ss, CPU in seconds, peak RSS in KB.
measure() { # NAME ROUND STDOUT COMMAND...; prints "NAME ROUND wall_s cpu_s rss_kb own_rate"
  local name="$1" round="$2" stdout="$3"
  shift 3
  /usr/bin/time -v -o "$work/time" "$@" > "$stdout" 2> "$work/stderr" || {
    cat "$work/stderr" >&2
    exit 1
  }
  local own # the rate the program reports, on its last line of standard output or error
  own="$({ tail -n 1 "$stdout"; cat "$work/stderr"; } | grep -o '[0-9]* profiles/s' | tail -1 | cut -d' ' -f1)"
  awk -v name="$name" -v round="$round" -v own="${own:-0}" -F': ' '
    /Elapsed \(wall clock\)/ {
      n = split($2, t, ":"); wall = 0
      for (i = 1; i <= n; i++) wall = wall * 60 + t[i]
    }
    /User time/ { cpu += $2 }
    /System time/ { cpu += $2 }
    /Maximum resident set size/ { rss = $2 }
    END { print name, round, wall, cpu, rss, own }' "$work/time"
}

echo "machine: $(nproc) cores; $(java -version 2>&1 | head -1); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "file: $file ($count profiles, $(du -h "$file" | cut -f1))"
for ((r = 1; r <= rounds; r++)); do
  measure parse "$r" "$work/parsed" "${parse[@]}" >> "$work/results"
  measure batch "$r" "$out" "${batch[@]}" >> "$work/results"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg); $rounds round(s)"

awk -v count="$count" '
  function median(list,   n, v, i, j, t) {
    n = split(list, v, " ")
    for (i = 2; i <= n; i++) for (j = i; j > 1 && v[j - 1] + 0 > v[j] + 0; j--) {
      t = v[j]; v[j] = v[j - 1]; v[j - 1] = t
    }
    return n % 2 ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
  }
  {
    printf "| %-5s | %5d | %8.1f | %12.0f | %12.0f | %7.1f | %8.0f |\n", $1, $2, $3, count / $3, $6, $4, $5 / 1024
    rate[$1] = rate[$1] " " count / $3; own[$1] = own[$1] " " $6
  }
  BEGIN {
    printf "| %-5s | %5s | %8s | %12s | %12s | %7s | %8s |\n", "run", "round", "wall (s)", "profiles/s", "own rate", "CPU (s)", "RSS (MB)"
    print "|:------|------:|---------:|-------------:|-------------:|--------:|---------:|"
  }
  END {
    p = median(rate["parse"]); b = median(rate["batch"])
    po = median(own["parse"]); bo = median(own["batch"])
    printf "batch / parse: %.3f by wall time (%.0f against %.0f profiles/s); %.3f by the rates the programs report (%.0f against %.0f)\n", b / p, b, p, bo / po, bo, po
  }' "$work/results"
