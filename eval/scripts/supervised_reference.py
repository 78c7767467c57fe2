#!/usr/bin/env python3
"""A supervised reference for an ACLED file's event_type: how well a bag-of-words classifier does when it is trained,
by 5-fold cross-validation, on the very notes and labels it is scored on.

This is no bound: a better model could do better. It shows how far the notes' words alone determine the file's coding.
A rule coder, which may not be tuned to the gold, can hardly be expected to beat a model fit to the gold's own labels.
Needs numpy. Usage: supervised_reference.py ACLED.csv [FIELD]   (FIELD: event_type by default)
"""
import collections
import csv
import random
import re
import sys

import numpy as np


def tokens(text):
    w = re.findall(r"[a-z]+", text.lower())
    return w + [a + "_" + b for a, b in zip(w, w[1:])]


def main(path, field="event_type", folds=5, lam=1e-4, steps=300):
    rows = [r for r in csv.DictReader(open(path, encoding="utf-8", errors="replace")) if (r.get("notes") or "").strip()]
    docs = [tokens(r["notes"]) for r in rows]
    labels = [r[field] for r in rows]
    classes = sorted(set(labels))
    y = np.array([classes.index(c) for c in labels])
    order = list(range(len(rows)))
    random.Random(1).shuffle(order)
    parts = [order[i::folds] for i in range(folds)]
    nb_ok = lr_ok = 0
    for k in range(folds):
        test = parts[k]
        train = [i for j in range(folds) if j != k for i in parts[j]]
        df = collections.Counter()
        for i in train:
            df.update(set(docs[i]))
        vocab = {t: j for j, t in enumerate(t for t, c in df.items() if c >= 2)}

        def matrix(ids):
            x = np.zeros((len(ids), len(vocab)), dtype=np.float32)
            for a, i in enumerate(ids):
                for t in docs[i]:
                    j = vocab.get(t)
                    if j is not None:
                        x[a, j] = 1.0
            return x

        xtr, xte, ytr, yte = matrix(train), matrix(test), y[train], y[test]
        c = len(classes)
        counts = np.stack([xtr[ytr == k2].sum(0) for k2 in range(c)]) + 1.0
        logp = np.log(counts / counts.sum(1, keepdims=True))
        prior = np.log(np.bincount(ytr, minlength=c) / len(ytr))
        nb_ok += int(((xte @ logp.T + prior).argmax(1) == yte).sum())
        # L2-regularised logistic regression, Adam, full batch
        target = np.eye(c, dtype=np.float32)[ytr]
        w = np.zeros((xtr.shape[1], c), np.float32)
        b = np.zeros(c, np.float32)
        m = np.zeros_like(w)
        v = np.zeros_like(w)
        for it in range(1, steps + 1):
            z = xtr @ w + b
            z -= z.max(1, keepdims=True)
            p = np.exp(z)
            p /= p.sum(1, keepdims=True)
            g = (p - target) / len(ytr)
            gw = xtr.T @ g + lam * w
            m = 0.9 * m + 0.1 * gw
            v = 0.999 * v + 0.001 * gw * gw
            w -= 0.05 * (m / (1 - 0.9 ** it)) / (np.sqrt(v / (1 - 0.999 ** it)) + 1e-8)
            b -= 0.5 * g.sum(0)
        lr_ok += int(((xte @ w + b).argmax(1) == yte).sum())
    n = len(rows)
    majority = collections.Counter(labels).most_common(1)[0][1] / n
    print(f"{path.split('/')[-1]} {field}: {n} notes, {folds}-fold cross-validation on the file's own labels:"
          f" naive Bayes {nb_ok / n:.3f}, logistic regression {lr_ok / n:.3f} (majority class {majority:.3f})")


if __name__ == "__main__":
    main(*sys.argv[1:3])
