#!/usr/bin/env bash
# Runs the CLI on each hostile input of DIR (made by make-inputs.py) under -Xmx256m and prints a
# Markdown row per input: the command, its size, the worst wall time, CPU time (user + system) and
# peak RSS of RUNS runs, the
# exit code and the first line it printed (docs/fuzzing.md, "Hostile input").
# usage: benchmarks/hostile/measure.sh JAR DIR [RUNS]   (from the repository's root)
set -uo pipefail
jar="$(realpath "$1")"; dir="$2"; runs="${3:-2}"
city="$(realpath examples/cities/riverton.json)"
cd "$dir"
java -jar "$jar" assess -f json "$city" > reference-assessment.json
python3 - <<'PY'
text = open('reference-assessment.json').read()
start = text.index('"score"', text.index('"overall"'))
open('diff-nan-score.yaml', 'w').write(text[:start] + '"score": .nan' + text[text.index(',', start):])
PY
for f in $(ls | grep -v -E '^reference-|\.out$'); do
  case "$f" in
    *.jsonl) command=(assess --batch "$f") ;;
    tailoring-*) command=(assess "$city" --tailoring "$f") ;;
    diff-*) command=(diff reference-assessment.json "$f") ;;
    *) command=(validate "$f") ;;
  esac
  worst=0; cpu=0; peak=0
  for _ in $(seq "$runs"); do
    /usr/bin/time -f '%e %U %S %M' -o time.out timeout 300 java -Xmx256m -jar "$jar" "${command[@]}" \
      > stdout.out 2> stderr.out
    code=$?
    read -r seconds user system kilobytes < <(tail -1 time.out)
    worst=$(python3 -c "print(max($worst, $seconds))")
    cpu=$(python3 -c "print(round(max($cpu, $user + $system), 2))")
    peak=$(( kilobytes > peak ? kilobytes : peak ))
  done
  first=$(cat stderr.out stdout.out | head -1 | cut -c1-150 | sed 's/|/\\|/g')
  echo "| \`${command[0]} $f\` | $(stat -c %s "$f") | $worst s | $cpu s | $((peak / 1024)) MB | $code | $first |"
done
rm -f time.out stdout.out stderr.out
