#!/usr/bin/env python3
"""Quality gate: run whosaid over the seed, PolNeAR dev and the project's
own attribution suite (tests/suite/, gold named `repo:…`) with the shared
scorer and fail when any measure falls below the floor stored in
quality_floor.json (a ratchet: raise the floor when quality improves; never
lower it without saying why in the commit).

Usage: quality_gate.py BINARY SHARED_DIR FLOOR_JSON [--print]
  --print  show the measured figures in the floor file's shape (to update it).
"""
import json
import os
import subprocess
import sys


ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def gold_path(shared, gold):
    """`repo:PATH` is the project's own gold (tests/suite/), else shared/data."""
    if gold.startswith("repo:"):
        return os.path.join(ROOT, gold[len("repo:"):])
    return os.path.join(shared, "data", gold)


def measure(binary, shared, gold, flags):
    pred = "/tmp/whosaid-gate-pred.jsonl"
    cmd = [sys.executable, os.path.join(shared, "eval", "run_whosaid.py"), binary,
           gold_path(shared, gold), pred, "--score", *flags, "--json"]
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"gate: scoring {gold} {flags} failed:\n{r.stderr[-2000:]}")
    res = json.loads(r.stdout.strip().splitlines()[-1])
    return {
        "precision": res["lenient"]["p"],
        "recall": res["lenient"]["r"],
        "f1": res["lenient"]["f"],
        "attribution": res["attribution_accuracy"],
        "e2e_f1": res["end_to_end"]["f"],
    }


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    binary, shared, floor_path = sys.argv[1:4]
    with open(floor_path, encoding="utf-8") as f:
        floor = json.load(f)
    failed = False
    shown = {}
    for name, spec in floor.items():
        got = measure(binary, shared, spec["gold"], spec.get("flags", []))
        shown[name] = {"gold": spec["gold"], "flags": spec.get("flags", []),
                       "min": {k: round(got[k] - 0.005, 3) for k in spec["min"]}}
        for measure_name, minimum in spec["min"].items():
            value = got[measure_name]
            ok = value + 1e-9 >= minimum
            failed |= not ok
            print(f"{'ok  ' if ok else 'FAIL'} {name:28s} {measure_name:12s} {value:.3f} (floor {minimum:.3f})")
    if "--print" in sys.argv:
        print(json.dumps(shown, indent=2))
    if failed:
        sys.exit("gate: quality below the floor in quality_floor.json")


if __name__ == "__main__":
    main()
