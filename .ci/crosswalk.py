#!/usr/bin/env python3
"""Checks that every trigger-lexicon entry's PLOVER type is the one the CAMEO-to-PLOVER crosswalk gives its CAMEO code
(the longest prefix of the code that the crosswalk lists). Prints each disagreement and a summary; exit 1 if any.
usage: crosswalk.py CAMEO2PLOVER.txt triggers.LANG.tsv..."""
import re
import sys

def main():
    cw = {}
    for line in open(sys.argv[1], encoding='utf-8'):
        m = re.match(r'^(\d+):\s*([A-Z]+)', line)
        if m:
            cw[m.group(1)] = m.group(2)
    bad = n = 0
    for path in sys.argv[2:]:
        for k, line in enumerate(open(path, encoding='utf-8'), 1):
            f = line.rstrip('\n').split('\t')
            if len(f) != 8 or line.startswith(('#', '@')):
                continue
            n += 1
            code = f[4]
            while code and code not in cw:
                code = code[:-1]
            if not code or cw[code] != f[2]:
                bad += 1
                print(f'{path}:{k}: {f[0]} {f[2]} CAMEO {f[4]} -> crosswalk {cw.get(code, "none")}')
    print(f'crosswalk: {n - bad}/{n} lexicon entries agree with the CAMEO-to-PLOVER table')
    return 1 if bad else 0

if __name__ == '__main__':
    sys.exit(main())
