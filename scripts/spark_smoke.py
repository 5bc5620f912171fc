#!/usr/bin/env python3
"""Run the Spark recipe of docs/spark.md for real, on a local PySpark.

    python3 scripts/spark_smoke.py [--binary PATH] [--docs N] [--partitions P]

Optional test, not part of default CI. It needs Java 17+ on PATH (or
JAVA_HOME) and network access the first time: it creates a virtual
environment in ${WHOSAID_SPARK_VENV:-/tmp/whosaid-spark-venv}, installs
pyspark there (${WHOSAID_PYSPARK:-pyspark}) and re-runs itself with it.
Without --binary it builds whosaid with `cargo build --release` (honouring
CARGO_TARGET_DIR).

What it checks:
  1. a generated JSON Lines corpus (examples/article.txt plus documents
     written here; deterministic) goes DataFrame -> toJSON -> RDD.pipe(whosaid)
     -> DataFrame on local[2], and the records equal a direct run of the
     binary on the same lines: the whole output in order (partitions are
     collected in order), per-document order, and the rows sorted by
     (doc, quote_id); the --keep-field provenance columns come through and
     restore input order; every offset gives back its text;
  2. failed documents: a plain pipe ignores exit 1, checkCode=True raises on
     it, the safe wrapper of docs/spark.md keeps the good records, returns
     the failures as data and still raises on a fatal error (exit 2);
  3. outside Spark: records only on stdout, errors and the summary only on
     stderr; and streaming: the rows of a batch arrive while stdin is still
     open (a full batch of 512 documents, then a paused partial batch).

Exit 0 when everything holds, 1 with a summary of the differences, 2 when
the setup (Java, venv, build) is missing.
"""

import argparse
import collections
import json
import os
import random
import shlex
import shutil
import subprocess
import sys
import threading
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VENV = os.environ.get("WHOSAID_SPARK_VENV", "/tmp/whosaid-spark-venv")

# --- the recipe (kept identical to docs/spark.md) ---------------------------

# One process per partition; Spark already runs one task per core.
WHOSAID_ARGS = ["extract", "--jsonl", "--format", "jsonl", "-q", "-j", "1"]

# Exit 1 (some documents failed) keeps the partition's other records and
# appends the failures as JSON lines {"source","line","reason"}; exit 2
# (usage or fatal error) still fails the task, through checkCode=True.
SAFE = (
    'e=$(mktemp) || exit 2; "$0" "$@" --errors "$e"; rc=$?; '
    'cat "$e"; rm -f "$e"; [ "$rc" -le 1 ] || exit "$rc"'
)

QUOTE_SCHEMA = (
    "doc STRING, quote_id INT, kind STRING, quote STRING, speaker STRING, "
    "speaker_mention STRING, speaker_kind STRING, cue STRING, "
    "quote_start INT, quote_end INT, speaker_start INT, speaker_end INT, "
    "cue_start INT, cue_end INT, paragraph INT, sentence INT, "
    "confidence DOUBLE, method STRING"
)
COLUMNS = [c.split()[0] for c in QUOTE_SCHEMA.split(", ")]
ERROR_SCHEMA = "source STRING, line LONG, reason STRING"

KEEP = ["seq", "outlet", "published"]  # provenance carried by --keep-field


def pipe_command(exe, extra=(), safe=True):
    args = [exe, *WHOSAID_ARGS, *extra]
    return shlex.join(["sh", "-c", SAFE, *args] if safe else args)


# --- setup -------------------------------------------------------------------


def fail_setup(msg):
    print(f"spark_smoke: setup: {msg}", file=sys.stderr)
    sys.exit(2)


def ensure_venv(argv):
    """Re-run this script with the venv's python, creating it if needed."""
    if os.environ.get("WHOSAID_SPARK_SMOKE_IN_VENV") == "1":
        return
    py = os.path.join(VENV, "bin", "python")
    if not os.path.exists(py):
        print(f"spark_smoke: creating venv {VENV}", flush=True)
        r = subprocess.run([sys.executable, "-m", "venv", VENV])
        if r.returncode:
            fail_setup(f"cannot create venv {VENV}")
    if subprocess.run([py, "-c", "import pyspark"], capture_output=True).returncode:
        spec = os.environ.get("WHOSAID_PYSPARK", "pyspark")
        print(f"spark_smoke: pip install {spec} into {VENV}", flush=True)
        r = subprocess.run([py, "-m", "pip", "install", "-q", spec])
        if r.returncode:
            fail_setup("pip install pyspark failed")
    env = dict(os.environ, WHOSAID_SPARK_SMOKE_IN_VENV="1")
    os.execve(py, [py, os.path.abspath(__file__), *argv], env)


def find_binary(path):
    if path:
        if not os.access(path, os.X_OK):
            fail_setup(f"{path} is not an executable")
        return os.path.abspath(path)
    print("spark_smoke: cargo build --release", flush=True)
    r = subprocess.run(["cargo", "build", "--release", "-q"], cwd=REPO)
    if r.returncode:
        fail_setup("cargo build --release failed")
    meta = subprocess.run(
        ["cargo", "metadata", "--format-version", "1", "--no-deps"],
        cwd=REPO, capture_output=True, text=True, check=True,
    )
    return os.path.join(json.loads(meta.stdout)["target_directory"], "release", "whosaid")


def check_java():
    java = shutil.which("java") or (
        os.path.join(os.environ["JAVA_HOME"], "bin", "java") if os.environ.get("JAVA_HOME") else None
    )
    if not java:
        fail_setup("java not found (Spark needs Java 17+)")
    r = subprocess.run([java, "-version"], capture_output=True, text=True)
    return (r.stderr or r.stdout).splitlines()[0]


# --- corpus ------------------------------------------------------------------

NAMES = ["Ruth Calloway", "Peter Novak", "Maria Delgado", "Samuel Okafor", "Ingrid Berg",
         "José Álvarez", "Chen Wei", "Anna Kowalski", "David Levine", "Fatima Haddad"]
TITLES = ["Sen.", "Gov.", "Mayor", "Dr.", "Rep."]
ORGS = ["city council", "transport agency", "school board", "hospital", "union"]
QUOTES = ["We will not give up on this city", "The numbers speak for themselves",
          "Nobody saw this coming", "It is a hope, not a plan",
          "We owe the voters an answer", "This is only the beginning",
          "I have seen this before", "The bridge is safe"]
CLAUSES = ["the budget would be balanced by June", "the plan was too expensive",
           "talks would resume next week", "the school would stay open",
           "the vote had been postponed", "prices would rise again"]
FRAGS = ["a disaster", "dead on arrival", "long overdue", "a fair deal"]
PLAIN = ["The meeting lasted three hours.", "Traffic was light on Monday.",
         "The report runs to 40 pages.", "Rain is expected later this week.",
         "Tickets go on sale in March."]
OUTLETS = ["Harbor Times", "Valley Post", "Metro Daily"]


def sentence(rng):
    n, t, q = rng.choice(NAMES), rng.choice(TITLES), rng.choice(QUOTES)
    c, f, o = rng.choice(CLAUSES), rng.choice(FRAGS), rng.choice(ORGS)
    last = n.split()[-1]
    return rng.choice([
        f'"{q}," {n} said.',
        f'"{q}," said {t} {n}.',
        f'{t} {n} said, "{q}."',
        f"“{q},” {last} told reporters. “{rng.choice(QUOTES)}.”",
        f"{n} said that {c}.",
        f"{t} {n} told reporters on Tuesday that {c}.",
        f"According to {n}, {c}.",
        f'{n} said the proposal was "{f}."',
        f'"{q}," a spokesman for the {o} said.',
        f'{n} spoke first. "{q}," she said. "{rng.choice(QUOTES)}."',
        f"{c[0].upper()}{c[1:]}, {last} said.",
        f"«{q}», {n} said. 😀 Then {last} left.",
        rng.choice(PLAIN),
    ])


def make_corpus(n_docs):
    rng = random.Random(6)
    with open(os.path.join(REPO, "examples", "article.txt"), encoding="utf-8") as f:
        docs = [("article", f.read())]
    for i in range(1, n_docs):
        kind = i % 50
        if kind == 7:
            text = ""  # an empty document
        elif kind == 13:
            text = " ".join(rng.choice(PLAIN) for _ in range(4))  # no quotes
        else:
            paras = [" ".join(sentence(rng) for _ in range(rng.randint(1, 3)))
                     for _ in range(rng.randint(1, 5))]
            text = ("\r\n" if kind == 21 else "\n\n").join(paras)
        docs.append((f"doc-{i:05d}", text))
    return [
        {"id": d, "seq": i, "outlet": OUTLETS[i % 3],
         "published": None if i % 11 == 0 else f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}",
         "text": t}
        for i, (d, t) in enumerate(docs)
    ]


# --- checks ------------------------------------------------------------------

problems = []


def check(ok, what):
    print(f"  {'ok  ' if ok else 'FAIL'} {what}", flush=True)
    if not ok:
        problems.append(what)
    return ok


def run_direct(binary, lines, extra=()):
    return subprocess.run(
        [binary, *WHOSAID_ARGS, *extra], input="".join(l + "\n" for l in lines),
        capture_output=True, text=True,
    )


def show_diff(a, b, label_a, label_b, limit=5):
    shown = 0
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y and shown < limit:
            print(f"    first difference at record {i}:\n      {label_a}: {x}\n      {label_b}: {y}")
            shown += 1
    if len(a) != len(b):
        print(f"    {label_a}: {len(a)} records, {label_b}: {len(b)} records")
    ca, cb = collections.Counter(a), collections.Counter(b)
    only_a, only_b = ca - cb, cb - ca
    print(f"    as multisets: {sum(only_a.values())} only in {label_a}, "
          f"{sum(only_b.values())} only in {label_b}")


def per_doc(records):
    by = collections.OrderedDict()
    for r in records:
        by.setdefault(r["doc"], []).append(r)
    return by


def spark_checks(binary, n_docs, partitions, master):
    from pyspark import SparkFiles
    from pyspark.sql import SparkSession
    from pyspark.sql import functions as F

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    t0 = time.time()
    spark = (SparkSession.builder.master(master).appName("whosaid-spark-smoke")
             .config("spark.ui.enabled", "false")
             .config("spark.ui.showConsoleProgress", "false")
             .getOrCreate())
    sc = spark.sparkContext
    sc.setLogLevel("ERROR")
    # The same as `spark-submit --files /path/to/whosaid`.
    sc.addFile(binary)
    local = master == "local" or master.startswith("local[")
    exe = SparkFiles.get("whosaid") if local else "./whosaid"
    print(f"spark_smoke: Spark {spark.version} on {master} started in {time.time() - t0:.1f}s; "
          f"binary on executors: {exe}", flush=True)

    # 1. DataFrame -> JSON Lines -> pipe -> DataFrame, against a direct run.
    print(f"[1] corpus of {n_docs} documents in {partitions} partitions", flush=True)
    rows = make_corpus(n_docs)
    docs = spark.createDataFrame(
        sc.parallelize(rows, partitions),
        "id STRING, seq LONG, outlet STRING, published STRING, text STRING")
    lines = (docs.where("text IS NOT NULL")
             .select(F.to_json(F.struct("id", "text", *KEEP)).alias("json"))
             .rdd.map(lambda r: r.json))
    keep_args = ["--keep-field", ",".join(KEEP)]

    t1 = time.time()
    out = lines.pipe(pipe_command(exe, keep_args), checkCode=True)
    out.cache()  # parsed twice below (quotes and errors): pipe only once
    spark_lines = out.collect()
    t_pipe = time.time() - t1
    print(f"  pipe: {len(spark_lines)} lines from {out.getNumPartitions()} partitions "
          f"in {t_pipe:.1f}s", flush=True)

    input_lines = lines.collect()
    t2 = time.time()
    direct = run_direct(binary, input_lines, keep_args)
    t_direct = time.time() - t2
    check(direct.returncode == 0, f"direct run exits 0 (got {direct.returncode})")
    direct_lines = direct.stdout.splitlines()
    print(f"  direct: {len(direct_lines)} lines in {t_direct:.2f}s", flush=True)

    quotes_spark = [l for l in spark_lines if l.startswith('{"doc":')]
    check(len(quotes_spark) == len(spark_lines), "every pipe output line is a quote record")
    if not check(quotes_spark == direct_lines,
                 "Spark output == direct output, byte for byte and in order"):
        show_diff(quotes_spark, direct_lines, "spark", "direct")
    check(len(direct_lines) > 3 * n_docs // 2, f"the corpus yields many records ({len(direct_lines)})")

    recs_spark = [json.loads(l) for l in quotes_spark]
    recs_direct = [json.loads(l) for l in direct_lines]
    ps, pd = per_doc(recs_spark), per_doc(recs_direct)
    check(set(ps) == set(pd), f"same documents with quotes ({len(ps)})")
    bad = [d for d in pd if ps.get(d) != pd[d]]
    check(not bad, f"per-document record lists equal, in order (differ: {bad[:3]})")
    check(all([r["quote_id"] for r in v] == list(range(1, len(v) + 1)) for v in ps.values()),
          "quote_id runs 1..n within each document in the Spark output")

    texts = {r["id"]: r["text"] for r in rows}
    offs = all(
        texts[r["doc"]][r["quote_start"]:r["quote_end"]] == r["quote"]
        and (r["speaker_start"] is None
             or texts[r["doc"]][r["speaker_start"]:r["speaker_end"]] == r["speaker_mention"])
        and (r["cue_start"] is None or texts[r["doc"]][r["cue_start"]:r["cue_end"]] == r["cue"])
        for r in recs_spark)
    check(offs, "text[start:end] gives back quote, speaker_mention and cue (character offsets)")

    schema = QUOTE_SCHEMA + ", seq LONG, outlet STRING, published STRING"
    quotes = spark.read.schema(schema).json(out).where("doc IS NOT NULL")
    check(quotes.columns == COLUMNS + KEEP, "DataFrame columns: the 18 output columns, then --keep-field")
    by_key = sorted(quotes.collect(), key=lambda r: (r.doc, r.quote_id))
    exp_key = sorted(recs_direct, key=lambda r: (r["doc"], r["quote_id"]))
    same = [r.asDict() for r in by_key] == exp_key
    if not check(same, "DataFrame rows sorted by (doc, quote_id) == direct records sorted the same way"):
        show_diff([json.dumps(r.asDict(), sort_keys=True) for r in by_key],
                  [json.dumps(r, sort_keys=True) for r in exp_key], "spark", "direct")
    sub = (quotes.join(docs.select("id", "text"), quotes.doc == docs.id)
           .where("substring(text, quote_start + 1, quote_end - quote_start) != quote"))
    check(sub.count() == 0, "in Spark SQL too: substring(text, quote_start + 1, len) == quote")
    check(all('"published"' not in l for l, r in zip(input_lines, rows) if r["published"] is None),
          "to_json leaves null fields out of the JSON lines")
    in_order = [r.asDict() for r in quotes.orderBy("seq", "quote_id").collect()]
    check(in_order == recs_direct, "orderBy(seq, quote_id) restores the direct run's order")
    prov = {r["id"]: (r["seq"], r["outlet"], r["published"]) for r in rows}
    check(all((r["seq"], r["outlet"], r["published"]) == prov[r["doc"]] for r in recs_spark),
          "--keep-field carries seq/outlet/published (null stays null) into every row")
    joined = quotes.drop(*KEEP).join(docs.drop("text"), quotes.doc == docs.id, "left")
    check(joined.where("id IS NULL").count() == 0 and joined.count() == len(recs_direct),
          "joining the rows back to the input on doc == id matches every row once")

    # 2. Failed documents.
    print("[2] failed documents (the whosaid errors printed below come from the executors' "
          "stderr: expected)",
          flush=True)
    good = [json.dumps({"id": "g1", "text": '"It is safe," Ann Lee said.'}),
            json.dumps({"id": "g2", "text": '"It is not," Bob Smith said.'})]
    mixed = sc.parallelize([good[0], "not json", json.dumps({"id": "no-text"}), good[1]], 1)

    plain = mixed.pipe(pipe_command(exe, safe=False)).collect()
    check([json.loads(l)["doc"] for l in plain] == ["g1", "g2"],
          "plain pipe (checkCode=False): exit 1 is ignored, the good records come back")

    sc.setLogLevel("OFF")  # the expected task failures below
    try:
        mixed.pipe(pipe_command(exe, safe=False), checkCode=True).collect()
        raised = ""
    except Exception as e:  # Py4J/Python exception carrying the worker's error
        raised = str(e)
    check("PIPE_FUNCTION_EXITED" in raised and "error code 1" in raised,
          "plain pipe with checkCode=True: exit 1 raises PIPE_FUNCTION_EXITED and fails the job")

    safe_out = mixed.pipe(pipe_command(exe), checkCode=True)
    safe_out.cache()
    q = spark.read.schema(QUOTE_SCHEMA).json(safe_out).where("doc IS NOT NULL")
    errs = spark.read.schema(ERROR_SCHEMA).json(safe_out).where("reason IS NOT NULL")
    check([r.doc for r in q.collect()] == ["g1", "g2"],
          "safe wrapper: exit 1 does not fail the task, the good records come back")
    e = [(r.source, r.line, r.reason.split(":")[0]) for r in errs.collect()]
    check(e == [("<stdin>", 2, "malformed JSON"), ("<stdin>", 3, 'no field "text"')],
          f"safe wrapper: failures come back as rows (source, line, reason): {e}")

    # A fatal error (exit 2): --keep-field may not reuse an output column. The
    # process exits without reading its input, so PySpark's feeding thread also
    # prints a BrokenPipeError traceback: expected.
    try:
        mixed.pipe(pipe_command(exe, ["--keep-field", "doc"]), checkCode=True).collect()
        raised = ""
    except Exception as e:
        raised = str(e)
    check("error code 2" in raised, "safe wrapper: a fatal error (exit 2) still fails the job")
    sc.setLogLevel("ERROR")
    spark.stop()
    return t_pipe, t_direct


def stdout_stderr_check(binary):
    print("[3] stdout carries records only, stderr the logs", flush=True)
    lines = [json.dumps({"id": "a", "text": '"It is safe," Ann Lee said.'}), "{broken",
             json.dumps({"id": "a", "text": '"It rained," Bob Smith said.'})]
    r = subprocess.run([binary, "extract", "--jsonl", "--format", "jsonl", "-j", "1"],
                       input="\n".join(lines) + "\n", capture_output=True, text=True)
    out = r.stdout.splitlines()
    check(r.returncode == 1, f"exit code 1 when a document failed (got {r.returncode})")
    check(len(out) >= 2 and all(list(json.loads(l))[:len(COLUMNS)] == COLUMNS for l in out),
          f"all {len(out)} stdout lines are records with the 18 columns in order")
    err = r.stderr
    check("error: <stdin>:2" in err and "duplicate document id" in err
          and "3 documents:" in err and '"doc"' not in err,
          "stderr has the error (<stdin>:2), the duplicate-id warning and the summary, no records")


def streaming_check(binary, pause):
    print("[4] streaming: rows of a batch arrive while stdin is still open", flush=True)
    p = subprocess.Popen([binary, *WHOSAID_ARGS], stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, bufsize=1)
    got = []
    reader = threading.Thread(target=lambda: got.extend(iter(p.stdout.readline, "")), daemon=True)
    reader.start()
    err = []
    threading.Thread(target=lambda: err.append(p.stderr.read()), daemon=True).start()

    def feed(first, n):
        for i in range(first, first + n):  # one record per document
            p.stdin.write(json.dumps({"id": f"s{i:04d}", "text": f'"We will build it," Mayor Ann Lee said on day {i}.'}) + "\n")
        p.stdin.flush()

    def wait_for(n):
        end = time.time() + pause
        while len(got) < n and time.time() < end:
            time.sleep(0.01)
        return len(got)

    t = time.time()
    feed(0, 512)  # exactly one full batch (BATCH_DOCS)
    n1 = wait_for(512)
    t1 = time.time() - t
    feed(512, 7)  # a partial batch, then the input pauses
    t = time.time()
    n2 = wait_for(519)
    t2 = time.time() - t
    p.stdin.close()
    p.wait()
    reader.join()
    check(n1 == 512, f"after one full batch of 512 documents, stdin open: {n1}/512 rows ({t1:.2f}s)")
    check(n2 == 519, f"after a paused partial batch of 7 more, stdin open: {n2}/519 rows ({t2:.2f}s)")
    docs = [json.loads(l)["doc"] for l in got]
    check(docs == [f"s{i:04d}" for i in range(519)] and p.returncode == 0,
          "all rows, in input order, exit 0")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--binary", help="whosaid binary (default: cargo build --release)")
    ap.add_argument("--docs", type=int, default=1600, help="corpus size (default 1600)")
    ap.add_argument("--partitions", type=int, default=3, help="partitions (default 3)")
    ap.add_argument("--master", default="local[2]", help="Spark master (default local[2])")
    ap.add_argument("--pause", type=float, default=5.0,
                    help="seconds to wait for streamed rows (default 5)")
    args = ap.parse_args()
    ensure_venv(sys.argv[1:])
    t0 = time.time()
    java = check_java()
    binary = find_binary(args.binary)
    try:
        import pyspark
    except ImportError:
        fail_setup(f"pyspark is not importable from {sys.executable}")
    print(f"spark_smoke: {java}; pyspark {pyspark.__version__}; python {sys.version.split()[0]}; "
          f"binary {binary}", flush=True)
    t_pipe, t_direct = spark_checks(binary, args.docs, args.partitions, args.master)
    stdout_stderr_check(binary)
    streaming_check(binary, args.pause)
    total = time.time() - t0
    print(f"spark_smoke: pipe {t_pipe:.1f}s, direct {t_direct:.2f}s, total {total:.1f}s")
    if problems:
        print(f"spark_smoke: FAILED, {len(problems)} check(s):")
        for p in problems:
            print(f"  - {p}")
        return 1
    print("spark_smoke: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
