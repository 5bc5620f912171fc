#!/usr/bin/env python3
"""Precision of whosaid's rows per cue verb and per cue class, on a gold file.

A row counts as right when it matches a gold quote (the shared scorer's
lenient match: character Jaccard >= 0.5 after its normalisation, one to
one, greedily). Use it on PolNeAR train or your own annotated articles to
decide whether a verb or a frame earns its place in data/cues.tsv.

Usage: scripts/cue_precision.py BINARY GOLD.jsonl [--cues default|all] [--min N] [--lemmas a,b,c]
"""
import argparse
import collections
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "..", "shared", "eval"))
import score  # noqa: E402  the shared scorer's normalisation and overlap


def rows(name):
    """The rows of data/NAME (tab-separated), without comments and header."""
    with open(os.path.join(ROOT, "data", name), encoding="utf-8") as f:
        lines = [line for line in f if not line.startswith("#") and line.strip()]
    return [line.rstrip("\n").split("\t") for line in lines[1:]]


def lexicon():
    """Inflected form -> (lemma, class), and phrase -> (phrase, class)."""
    forms = {}
    for cols in rows("cues.tsv"):
        for form in cols[2].split():
            forms.setdefault(form, (cols[0], cols[1]))
    for cols in rows("cue_phrases.tsv"):
        forms.setdefault(cols[0], (cols[0], cols[1]))
    return forms


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("gold")
    ap.add_argument("--cues", default="default")
    ap.add_argument("--min", type=int, default=1, help="only lemmas with at least N rows")
    ap.add_argument("--lemmas", default="", help="comma-separated lemmas to list (default: all)")
    a = ap.parse_args()
    forms = lexicon()
    gold = [json.loads(line) for line in open(a.gold, encoding="utf-8")]
    inp = "".join(json.dumps({"id": i, "text": d["text"]}) + "\n" for i, d in enumerate(gold))
    out = subprocess.run([a.binary, "extract", "--jsonl", "--format", "jsonl", "-q", "--cues", a.cues],
                         input=inp, capture_output=True, text=True, check=True).stdout
    rows = collections.defaultdict(list)
    for line in out.splitlines():
        r = json.loads(line)
        rows[int(r["doc"])].append(r)
    by_lemma = collections.Counter()
    right_lemma = collections.Counter()
    by_class = collections.Counter()
    right_class = collections.Counter()
    for i, d in enumerate(gold):
        t = d["text"]
        gn = [score.norm_span(t, g["start"], g["end"]) for g in d["quotes"]]
        preds = rows.get(i, [])
        pn = [score.norm_span(t, p["quote_start"], p["quote_end"]) for p in preds]
        pairs = sorted(((score.jaccard(g, p), gi, pi) for gi, g in enumerate(gn) for pi, p in enumerate(pn)),
                       reverse=True)
        used_g, used_p = set(), set()
        for jac, gi, pi in pairs:
            if jac < 0.5:
                break
            if gi in used_g or pi in used_p:
                continue
            used_g.add(gi)
            used_p.add(pi)
        for pi, p in enumerate(preds):
            cue = p["cue"].lower()
            lemma, cls = forms.get(cue) or forms.get(cue.split(" ")[0], (cue or "(none)", "-"))
            by_lemma[lemma] += 1
            by_class[cls] += 1
            if pi in used_p:
                right_lemma[lemma] += 1
                right_class[cls] += 1
    print(f"{'class':<12} {'rows':>6} {'precision':>9}")
    for c, n in by_class.most_common():
        print(f"{c:<12} {n:>6} {right_class[c] / n:>9.3f}")
    want = set(filter(None, a.lemmas.split(",")))
    print(f"\n{'lemma':<24} {'rows':>6} {'precision':>9}")
    for lem, n in by_lemma.most_common():
        if n >= a.min and (not want or lem in want):
            print(f"{lem:<24} {n:>6} {right_lemma[lem] / n:>9.3f}")


if __name__ == "__main__":
    main()
