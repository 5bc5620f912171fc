#!/usr/bin/env python3
"""Run the `mapPartitions` recipe of docs/spark.md (section 8) on a local PySpark.

    python python/spark_check.py [--master local[2]] [--docs 1600] [--partitions 3]

Optional, not part of CI: needs Java 17+, pyspark and the whosaid package
installed in the running Python (pip install ./python pyspark). It builds the
corpus of scripts/spark_smoke.py, runs the recipe, and checks that the rows
equal whosaid.extract_many on the same texts (in order, with the kept
columns), and with --cli PATH also `whosaid extract --format jsonl` on the
same lines. Exit 0 when all hold, 1 otherwise.
"""

import argparse
import importlib.util
import json
import os
import subprocess
import sys
import time
from itertools import islice
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# The script's folder holds the source package whosaid/ without its native
# part: import the installed package instead.
sys.path = [p for p in sys.path if Path(p or ".").resolve() != REPO / "python"]

import whosaid  # noqa: E402


def load_smoke():
    """scripts/spark_smoke.py, for its corpus and QUOTE_SCHEMA (section 4)."""
    path = REPO / "scripts" / "spark_smoke.py"
    spec = importlib.util.spec_from_file_location("spark_smoke", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


SMOKE = load_smoke()
QUOTE_SCHEMA = SMOKE.QUOTE_SCHEMA

# --- the recipe (kept identical to docs/spark.md, section 8) ------------------

KEEP = ["seq", "outlet", "published"]  # provenance columns
BATCH = 512  # documents per extract_many call: bounds the memory of a task


def extract_partition(rows):
    """One partition's documents in, one tuple per attribution out."""
    import whosaid  # on the executor

    rows = iter(rows)
    while True:
        batch = list(islice(rows, BATCH))
        if not batch:
            return
        per_doc = whosaid.extract_many(
            [r.text for r in batch], ids=[r.id for r in batch], threads=1
        )
        for r, quotes in zip(batch, per_doc):
            kept = tuple(r[k] for k in KEEP)
            for q in quotes:
                yield tuple(q[c] for c in whosaid.COLUMNS) + kept


# ------------------------------------------------------------------------------


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--master", default="local[2]")
    ap.add_argument("--docs", type=int, default=1600)
    ap.add_argument("--partitions", type=int, default=3)
    ap.add_argument("--cli", help="also compare with this whosaid binary")
    args = ap.parse_args()

    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    t0 = time.time()
    spark = (
        SparkSession.builder.master(args.master)
        .appName("whosaid-python-spark-check")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    print(f"spark_check: Spark {spark.version} on {args.master}, whosaid {whosaid.__version__}")

    corpus = SMOKE.make_corpus(args.docs)
    docs = spark.createDataFrame(
        spark.sparkContext.parallelize(corpus, args.partitions),
        "id STRING, seq LONG, outlet STRING, published STRING, text STRING",
    )
    quotes = spark.createDataFrame(
        docs.where("text IS NOT NULL")
        .select("id", "text", *KEEP)
        .rdd.mapPartitions(extract_partition),
        QUOTE_SCHEMA + ", seq LONG, outlet STRING, published STRING",
    )
    got = [r.asDict() for r in quotes.collect()]
    print(f"spark_check: {len(got)} rows from {args.partitions} partitions in {time.time() - t0:.1f}s")

    problems = []
    texts = [d["text"] for d in corpus]
    direct = whosaid.extract_many(texts, ids=[d["id"] for d in corpus])
    want = [
        {**r, **{k: d[k] for k in KEEP}} for d, rows in zip(corpus, direct) for r in rows
    ]
    if got != want:
        problems.append("Spark rows != extract_many rows (in order, with kept columns)")
    if len(got) < args.docs:
        problems.append(f"too few rows for the corpus ({len(got)})")
    by_id = {d["id"]: d["text"] for d in corpus}
    if not all(by_id[r["doc"]][r["quote_start"] : r["quote_end"]] == r["quote"] for r in got):
        problems.append("an offset does not give back its quote")
    if quotes.orderBy("seq", "quote_id").collect() != quotes.collect():
        problems.append("(seq, quote_id) does not restore input order")
    if args.cli:
        lines = "".join(json.dumps({"id": d["id"], "text": d["text"]}) + "\n" for d in corpus)
        out = subprocess.run(
            [args.cli, "extract", "--jsonl", "--format", "jsonl", "-q"],
            input=lines.encode("utf-8"),
            capture_output=True,
            check=True,
        ).stdout
        cli = [json.loads(line) for line in out.decode("utf-8").splitlines()]
        if [{k: r[k] for k in whosaid.COLUMNS} for r in got] != cli:
            problems.append("Spark rows != whosaid extract --format jsonl")
    spark.stop()
    for p in problems:
        print(f"spark_check: FAIL {p}")
    print("spark_check: " + ("FAILED" if problems else "all checks passed"))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
