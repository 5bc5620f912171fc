#!/usr/bin/env python3
"""Issue #12 suite report: run a whosaid binary over the construction suite
and the suite articles (tests/suite/) and print, per construction and per
style, direct-quote P/R/F1, attribution accuracy and end-to-end F1 (with
--canonical also the exact canonical-name end-to-end F1), using the shared
scorer's own functions (../shared/eval/score.py).

Per-construction figures: a document's gold quotes of other constructions are
marked optional for that row, so predictions on them count neither way (the
scorer's own rule). Per-style figures take whole documents.

Usage: scripts/suite_report.py BINARY [--canonical] [--show-errors N] [--gold FILE]...
  default gold files: tests/suite/constructions.jsonl constructions_blind.jsonl
  constructions_blind2.jsonl articles.jsonl hard_cases.jsonl hard_cases2.jsonl
  hard_cases3.jsonl hard_cases4.jsonl hard_cases5.jsonl constructions_blind3.jsonl
  tests/suite/hard_cases.jsonl
"""
import argparse
import copy
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "..", "shared", "eval"))
import score  # noqa: E402  the shared scorer: matching and attribution rules live there only


def run_binary(binary, gold):
    """Predictions in the common format, keeping the extra row fields
    (speaker_mention, method, speaker_role) for the error listing."""
    with tempfile.TemporaryDirectory() as tmp:
        inp, out = os.path.join(tmp, "docs.jsonl"), os.path.join(tmp, "rows.jsonl")
        with open(inp, "w", encoding="utf-8") as f:
            for d in gold.values():
                f.write(json.dumps({"id": d["id"], "text": d["text"]}, ensure_ascii=False) + "\n")
        r = subprocess.run([binary, "extract", "--format", "jsonl", "-q", "-o", out, inp],
                           capture_output=True, text=True)
        if r.returncode != 0:
            sys.exit(f"{binary} failed ({r.returncode}): {r.stderr[-2000:]}")
        pred = {i: {"id": i, "quotes": []} for i in gold}
        with open(out, encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    continue
                row = json.loads(line)
                num = lambda k: None if row.get(k) in (None, "") else int(row[k])  # noqa: E731
                q = {"start": num("quote_start"), "end": num("quote_end"), "kind": row.get("kind") or None,
                     "speaker": row.get("speaker") or None, "speaker_start": num("speaker_start"),
                     "speaker_end": num("speaker_end"), "cue": row.get("cue") or None,
                     "mention": row.get("speaker_mention"), "method": row.get("method")}
                if "speaker_role" in row:
                    q["speaker_role"] = row["speaker_role"]
                pred[row["doc"]]["quotes"].append(q)
    return pred


def restrict(gold, pred, keep):
    """Gold/pred subsets for one group: `keep(doc, quote)` says which gold
    quotes belong to it; the other quotes of a document that has any become
    optional (ignored either way)."""
    gs, ps = {}, {}
    for i, d in gold.items():
        qs = [q for q in d["quotes"] if not q.get("optional")]
        if not any(keep(d, q) for q in qs):
            continue
        d2 = copy.deepcopy(d)
        for q in d2["quotes"]:
            if not keep(d2, q):
                q["optional"] = True
        gs[i], ps[i] = d2, pred[i]
    return gs, ps


def norm_role(r):
    r = re.sub(r"[^\w\s'’-]", " ", (r or "").lower())
    r = re.sub(r"^\s*(the|a|an)\s+", "", r)
    return " ".join(r.split())


def matches(gold, pred, kind):
    """(doc, gold quote, matched prediction or None) for the gold quotes of
    `kind` that are not optional; the best prediction by the scorer's
    normalised-span Jaccard (>= 0.5)."""
    out = []
    for i, d in gold.items():
        t = d["text"]
        for g in d["quotes"]:
            if g.get("optional") or not score.kind_ok(g, kind):
                continue
            gn = score.norm_span(t, g["start"], g["end"])
            best, bj = None, 0.5
            for p in pred[i]["quotes"]:
                if p["start"] is None or (kind and p.get("kind") and not score.kind_ok(p, kind)):
                    continue
                j = score.jaccard(gn, score.norm_span(t, p["start"], p["end"]))
                if j >= bj:
                    best, bj = p, j
            out.append((d, g, best))
    return out


def figures(gold, pred, kind, canonical):
    c, _ = score.score(gold, pred, kind, False)
    p, r, f = score.prf(c["lenient"], c["pred"], c["gold"])
    row = {"gold": c["gold"], "pred": c["pred"], "p": p, "r": r, "f": f,
           "attr": c["attr_right"] / c["attributable"] if c["attributable"] else float("nan"),
           "e2e": score.prf(c["e2e"], c["pred"], c["gold"])[2]}
    if canonical:
        cc, _ = score.score(gold, pred, kind, True)
        row["canon"] = score.prf(cc["e2e"], cc["pred"], cc["gold"])[2]
    roles = [(g, p) for _, g, p in matches(gold, pred, kind) if g.get("role") and p is not None]
    if roles and any("speaker_role" in p for _, p in roles):
        row["role"] = sum(norm_role(g["role"]) == norm_role(p.get("speaker_role")) for g, p in roles) / len(roles)
    return row


def fmt(v):
    return "  -  " if v != v else f"{v:.3f}"


def table(title, rows, canonical, has_role):
    head = f"{title:26s} {'gold':>5s} {'pred':>5s} {'P':>6s} {'R':>6s} {'F1':>6s} {'attr':>6s} {'e2eF1':>6s}"
    if canonical:
        head += f" {'canonF1':>7s}"
    if has_role:
        head += f" {'role':>6s}"
    print(head)
    for name, r in rows:
        line = (f"{name:26s} {r['gold']:5d} {r['pred']:5d} {fmt(r['p']):>6s} {fmt(r['r']):>6s} {fmt(r['f']):>6s} "
                f"{fmt(r['attr']):>6s} {fmt(r['e2e']):>6s}")
        if canonical:
            line += f" {fmt(r['canon']):>7s}"
        if has_role:
            line += f" {fmt(r['role']) if 'role' in r else '  -  ':>6s}"
        print(line)
    print()


def errors(gold, pred, kind, canonical, n):
    """Wrong-speaker rows (matched quote, speaker wrong) and the count of missed quotes."""
    wrong, missed = [], 0
    for d, g, p in matches(gold, pred, kind):
        if p is None:
            missed += 1
        elif g.get("speaker") and not score.speaker_right(d["text"], g, p, d["text"], canonical):
            wrong.append((d, g, p))
    return wrong[:n], len(wrong), missed


def report(path, binary, canonical, show):
    gold = score.load(path)
    pred = run_binary(binary, gold)
    has_role = any("speaker_role" in q for d in pred.values() for q in d["quotes"])
    name = os.path.relpath(path, ROOT)
    nq = sum(1 for d in gold.values() for q in d["quotes"] if not q.get("optional"))
    print(f"== {name}: {len(gold)} documents, {nq} gold quotes")
    overall = [(k or "all kinds", figures(gold, pred, k, canonical)) for k in ("direct", "quoted", "indirect", None)
               if any(score.kind_ok(q, k) and not q.get("optional") for d in gold.values() for q in d["quotes"])]
    table("overall (by gold kind)", overall, canonical, has_role)
    groups = []
    cons = sorted({q["construction"] for d in gold.values() for q in d["quotes"]
                   if q.get("construction") and not q.get("optional")})
    for cid in cons:
        groups.append((cid, *restrict(gold, pred, lambda d, q, cid=cid: q.get("construction") == cid)))
    if cons:
        table("construction (direct)", [(c, figures(g, p, "direct", canonical)) for c, g, p in groups
                                        if any(q.get("kind") == "direct" for d in g.values() for q in d["quotes"])],
              canonical, has_role)
    styles = sorted({d.get("style") for d in gold.values() if d.get("style")})
    srows = []
    for st in styles:
        g, p = restrict(gold, pred, lambda d, q, st=st: d.get("style") == st)
        srows.append((st, figures(g, p, "direct", canonical)))
    table("style (direct)", srows, canonical, has_role)
    if not has_role:
        print("speaker_role: not in output\n")
    if show:
        units = groups if cons else [(st, *restrict(gold, pred, lambda d, q, st=st: d.get("style") == st)) for st in styles]
        for gname, g, p in units:
            rows, nwrong, missed = errors(g, p, None, canonical, show)
            if not rows and not missed:
                continue
            print(f"-- {gname}: {nwrong} wrong speaker, {missed} missed (all kinds)")
            for d, gq, pq in rows:
                snippet = d["text"][gq["start"]:gq["end"]][:40].replace("\n", " ")
                print(f"   {d['id']}: gold {gq['speaker']!r} | pred {pq.get('speaker')!r} "
                      f"mention {pq.get('mention')!r} method {pq.get('method')} | {snippet!r}")
        print()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("binary")
    ap.add_argument("--canonical", action="store_true", help="also the exact canonical-name end-to-end F1")
    ap.add_argument("--show-errors", type=int, default=0, metavar="N", help="list up to N wrong-speaker rows per group")
    ap.add_argument("--gold", action="append", help="gold file (repeatable)")
    a = ap.parse_args()
    golds = a.gold or [os.path.join(ROOT, "tests", "suite", f) for f in ("constructions.jsonl", "constructions_blind.jsonl", "constructions_blind2.jsonl", "articles.jsonl", "hard_cases.jsonl", "hard_cases2.jsonl", "hard_cases3.jsonl", "hard_cases4.jsonl", "hard_cases5.jsonl", "constructions_blind3.jsonl")]
    for path in golds:
        if os.path.exists(path):
            report(path, a.binary, a.canonical, a.show_errors)
        else:
            print(f"== {path}: missing, skipped\n")


if __name__ == "__main__":
    main()
