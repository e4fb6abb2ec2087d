#!/usr/bin/env python3
"""Writes one input per class of hostile input (docs/fuzzing.md, "Hostile input") into DIR.

usage: benchmarks/hostile/make-inputs.py DIR   (from the repository's root)
The assessment document that diff compares against is made by measure.sh with the jar.
"""
import json
import os
import sys

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
HEAD = '{"schemaVersion":"1.0","assessedOn":"2026-03-31","country":"GB","name":"X"'
YAML_HEAD = 'schemaVersion: "1.0"\nassessedOn: 2026-03-31\ncountry: GB\nname: X\n'


def write(name, data):
    with open(os.path.join(out, name), 'wb' if isinstance(data, bytes) else 'w') as f:
        f.write(data)


unknown = HEAD + ''.join(',"k%d":1' % i for i in range(490000)) + '}'
write('unknown-properties.json', unknown)
write('unknown-keys.yaml', YAML_HEAD + ''.join('k%d: 1\n' % i for i in range(480000)))
riverton = json.dumps(json.load(open('examples/cities/riverton.json')), separators=(',', ':'))
write('batch-bad-middle.jsonl', riverton + '\n' + unknown + '\n' + riverton + '\n')
write('long-scalar.yaml', YAML_HEAD.replace('name: X', 'name: ' + 'a' * 9_000_000))
write('comment-line.yaml', '#' + 'a' * 9_900_000 + '\n' + YAML_HEAD)
write('long-string.json', HEAD.replace('"X"', '"' + 'a' * 9_000_000 + '"') + '}')
write('long-key.json', HEAD + ',"' + 'k' * 1_000_000 + '":1}')
write('long-number.json', HEAD + ',"population":' + '9' * 100000 + '}')
write('huge-exponent.json', HEAD + ',"population":1e999999999}')
write('nan.yaml', YAML_HEAD + 'funding:\n  budgetLines:\n    - year: 2025\n      amount: .nan\n')
write('over-size.json', HEAD + ',"x":"' + 'a' * 11_000_000 + '"}')
write('deep-nesting.json', HEAD + ',"x":' + '[' * 100000 + ']' * 100000 + '}')
write('many-tokens.json', HEAD + ',"x":[' + ','.join(['1'] * 2_000_000) + ']}')
laughs, previous = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n', 'a'
for level in range(1, 10):
    name = chr(ord('a') + level)
    laughs += name + ': &' + name + ' [' + ','.join(['*' + previous] * 9) + ']\n'
    previous = name
write('billion-laughs.yaml', laughs)
write('invalid-utf8.json', HEAD.replace('"X"', '"X\xc0\xaf"').encode('latin-1') + b'}')
write('lone-surrogate.json', HEAD.replace('"X"', '"X\\ud800"') + '}')
write('plus-year.json', HEAD.replace('2026-03-31', '+12026-03-31') + '}')
write('invisible-name.json', HEAD.replace('"X"', '"\\u00a0\\u2003"') + '}')
write('tailoring-unknown-properties.json',
      '{"schemaVersion":"1.0"' + ''.join(',"k%d":1' % i for i in range(490000)) + '}')
write('tailoring-long-scalar.yaml', 'schemaVersion: "1.0"\ndisabled: [' + 'a' * 9_000_000 + ']\n')
