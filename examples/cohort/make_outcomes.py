#!/usr/bin/env python3
"""Makes examples/cohort/outcomes.csv: synthetic outcome indicators for the 40 generated cities of
profiles.jsonl, with one planted relation and two without any (README.md in this folder).

Reads the per-city CSV of `cityframework assess --batch profiles.jsonl --format csv` (its line and
score columns) on standard input, and each city's name and country from the profiles file given as
the argument (the report's CSV shows names made safe for a terminal, the outcomes table needs them
as the profiles give them); writes the outcomes table on standard output.
Standard library only; the same input gives the same output (random.Random(21), Python 3.11).

  resident satisfaction = 1 + 0.1 x overall score + Gaussian noise (sd 0.4), on a 0-10 scale:
                          the planted relation, rising with the overall capacity score
  life satisfaction     = 6.5 + Gaussian noise (sd 1.0): pure noise, no relation to any score
  safety                = 60 + Gaussian noise (sd 10): pure noise, blank (missing) for every
                          seventh city
"""
import csv
import json
import random
import sys


def main():
    rng = random.Random(21)
    with open(sys.argv[1], encoding="utf-8") as profiles:
        cities = [json.loads(line) for line in profiles]
    rows = list(csv.DictReader(sys.stdin))
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["city", "country", "resident satisfaction", "life satisfaction", "safety"])
    for i, row in enumerate(rows, start=1):
        city = cities[int(row["line"]) - 1]
        score = float(row["score"]) if row["score"] else None
        resident = 1 + 0.1 * score + rng.gauss(0, 0.4) if score is not None else None
        life = 6.5 + rng.gauss(0, 1.0)
        safety = 60 + rng.gauss(0, 10)
        out.writerow(
            [
                city["name"],
                city["country"],
                "" if resident is None else f"{min(10.0, max(0.0, resident)):.2f}",
                f"{min(10.0, max(0.0, life)):.2f}",
                "" if i % 7 == 0 else f"{safety:.1f}",
            ]
        )


if __name__ == "__main__":
    main()
