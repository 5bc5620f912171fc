#!/usr/bin/env python3
"""Throughput of whosaid.extract_many against the CLI on the same texts.

    python python/bench.py [--data PATH] [--bin PATH] [--threads 1,2] [--repeat 5]

Reads the `text` field of every line of PolNeAR train
(../shared/data/polnear/train.jsonl from the repository root by default),
writes those texts as a JSONL of {"id", "text"} to a temporary file, and
for each thread count N times:
  - python: whosaid.extract_many(texts, threads=N), rows built as dicts
    (the texts are already in memory: reading the file is not timed);
  - cli:    whosaid extract --jsonl --format jsonl -q -j N FILE > /dev/null
    (a whole process: start, reading and parsing the JSONL, writing rows).
Prints documents/s and MB/s (MB = 10^6 bytes of UTF-8 text) of the best of
--repeat runs each (python and cli alternating), and python as a percentage
of the CLI's throughput, and the least CPU time (user + system) of a run.
"""

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# The script's folder holds the source package whosaid/ without its native
# part: import the installed package instead.
sys.path = [p for p in sys.path if Path(p or ".").resolve() != REPO / "python"]

import whosaid  # noqa: E402


def find_cli(given):
    if given:
        return given
    for d in filter(None, [os.environ.get("CARGO_TARGET_DIR"), str(REPO / "target")]):
        p = Path(d) / "release" / "whosaid"
        if p.is_file():
            return str(p)
    return shutil.which("whosaid")


def cpu_seconds():
    """CPU time (user + system) of this process and of its waited-for children."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def best_of(repeat, *fns):
    """The best wall and CPU time of each of `fns` over `repeat` rounds, run
    alternately so that a busy neighbour on a shared machine slows both alike."""
    wall = [float("inf")] * len(fns)
    cpu = [float("inf")] * len(fns)
    for _ in range(repeat):
        for i, fn in enumerate(fns):
            t0, c0 = time.perf_counter(), cpu_seconds()
            fn()
            wall[i] = min(wall[i], time.perf_counter() - t0)
            cpu[i] = min(cpu[i], cpu_seconds() - c0)
    return wall, cpu


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--data", default=str(REPO.parent / "shared/data/polnear/train.jsonl")
    )
    ap.add_argument("--bin", help="the whosaid CLI (default: a release build)")
    ap.add_argument("--threads", default="1,2", help="comma-separated counts")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()

    with open(args.data, encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f if line.strip()]
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    cli = find_cli(args.bin)
    if cli is None:
        sys.exit("bench: whosaid CLI not found; pass --bin or cargo build --release")
    print(f"whosaid {whosaid.__version__}; {len(texts)} documents, {mb:.2f} MB of text")
    print(f"cli: {cli}")

    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8") as tmp:
        for i, t in enumerate(texts):
            tmp.write(json.dumps({"id": str(i), "text": t}) + "\n")
        tmp.flush()
        rows = sum(map(len, whosaid.extract_many(texts)))
        print(f"{rows} rows\n")
        print(f"{'threads':>7} {'what':>6} {'docs/s':>8} {'MB/s':>6} {'vs cli':>7} {'CPU s':>6}")
        for n in [int(x) for x in args.threads.split(",")]:
            cmd = [cli, "extract", "--jsonl", "--format", "jsonl", "-q", "-j", str(n)]
            cmd.append(tmp.name)

            def run_py():
                whosaid.extract_many(texts, threads=n)

            def run_cli():
                subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)

            (py, cl), (py_cpu, cl_cpu) = best_of(args.repeat, run_py, run_cli)
            for what, t, c in [("python", py, py_cpu), ("cli", cl, cl_cpu)]:
                ratio = f"{100 * cl / t:6.0f}%" if what == "python" else ""
                print(
                    f"{n:>7} {what:>6} {len(texts) / t:8.0f} {mb / t:6.1f} {ratio:>7} {c:6.2f}"
                )


if __name__ == "__main__":
    main()
