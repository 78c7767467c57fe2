#!/usr/bin/env python3
"""Compares `herodotus eval` output with score.py output on the same predictions: every metric within 0.005."""
import re, sys

def metrics(path):
    out = {}
    for line in open(path, encoding='utf-8'):
        m = re.match(r'^([^:=][^:]*): (\S+)', line.strip())
        if m:
            try:
                out[m.group(1)] = float(m.group(2))
            except ValueError:
                pass
    return out

ours, ref = metrics(sys.argv[1]), metrics(sys.argv[2])
bad = [k for k in ref if k not in ours or abs(ours[k] - ref[k]) > 0.005]
print(f"agreement with score.py on {sys.argv[3]}: {len(ref) - len(bad)}/{len(ref)} metrics within 0.005" + (f"; differ: {bad}" if bad else ""))
sys.exit(1 if bad else 0)
