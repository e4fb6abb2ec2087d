#!/usr/bin/env bash
# The cohort's rate against assess --batch on the same file (docs/performance.md, docs/cohort.md):
# `cityframework cohort FILE` against `cityframework assess --batch FILE`, both with -Xmx256m,
# the same threads, output to /dev/null, in turn (batch, cohort, batch, cohort, ...).
# Needs GNU time as /usr/bin/time and framework-cli/target/cityframework.jar.
#
#   benchmarks/cohort.sh N [ROUNDS] [THREADS]      defaults: ROUNDS 3, THREADS 2
#
# N profiles are generated once (generate N --seed 1) into benchmarks/target/batch-N.jsonl, the
# file batch.sh uses. Prints per run the wall time, the CPU time (user + sys) and the peak RSS of
# the whole process, then the median rate of cohort as a share of the median rate of the batch.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
count="${1:?usage: benchmarks/cohort.sh N [ROUNDS] [THREADS]}"
rounds="${2:-3}"
threads="${3:-2}"
cli="${CLI_JAR:-framework-cli/target/cityframework.jar}"
[[ -f "$cli" ]] || { echo "cohort.sh: $cli is missing; build it first" >&2; exit 1; }
[[ -x /usr/bin/time ]] || { echo "cohort.sh: /usr/bin/time is missing (apt-get install time)" >&2; exit 1; }
mkdir -p benchmarks/target
file="benchmarks/target/batch-$count.jsonl"
if [[ ! -s "$file" ]]; then
  echo "generating $count profiles into $file ..."
  java -jar "$cli" generate "$count" --seed 1 --output "$file.partial" 2> /dev/null
  mv "$file.partial" "$file"
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

run() { # NAME ROUND COMMAND...; appends "NAME wall cpu rss_kb" to $work/runs
  local name="$1" round="$2"
  shift 2
  /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$@" > /dev/null 2> "$work/stderr" || {
    cat "$work/stderr" >&2
    exit 1
  }
  read -r wall user sys rss < "$work/time"
  local cpu
  cpu="$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.1f", u + s }')"
  printf '%-7s round %d: %8.1f s wall %8s s CPU %8d KB peak RSS\n' "$name" "$round" "$wall" "$cpu" "$rss"
  echo "$name $wall $cpu $rss" >> "$work/runs"
}

for ((r = 1; r <= rounds; r++)); do
  run batch "$r" java -Xmx256m -jar "$cli" assess --batch "$file" --threads "$threads" --output /dev/null
  run cohort "$r" java -Xmx256m -jar "$cli" cohort "$file" --threads "$threads" --output /dev/null
done
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
b="$(awk '$1 == "batch" { print $2 }' "$work/runs" | median)"
c="$(awk '$1 == "cohort" { print $2 }' "$work/runs" | median)"
awk -v b="$b" -v c="$c" -v n="$count" 'BEGIN {
  printf "median wall: batch %.1f s (%.0f profiles/s), cohort %.1f s (%.0f profiles/s); cohort rate / batch rate = %.2f\n", b, n / b, c, n / c, b / c
}'
