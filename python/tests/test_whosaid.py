"""Tests of the whosaid Python package (run after `pip install ./python`)."""

import inspect
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import whosaid

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
SEED = SHARED / "data" / "seed" / "seed.jsonl"
DEV = SHARED / "data" / "polnear" / "dev.jsonl"

# Sentences with non-ASCII text before, inside and around the quotes: curly
# quotes, accents, emoji (outside the BMP), a skin-tone modifier, CJK.
NON_ASCII = [
    "\u201cWe are ready \U0001f389,\u201d said Mayor Jos\u00e9 \u00c1lvarez on Monday.",
    "\U0001f44d\U0001f3fd The minister, Zo\u00eb \u00c5ngstr\u00f6m, said the budget was "
    "balanced. \u201cIt is \U0001f600 done,\u201d she added.",
    '"\u6771\u4eac\u306f\u6e96\u5099\u304c\u3067\u304d\u3066\u3044\u308b \U0001f600," '
    "said Mayor Yuriko Koike on Friday.",
    "Caf\u00e9 owners \u2014 na\u00efve or not \u2014 were told. \u00abWe will stay open,\u00bb "
    "said Fran\u00e7ois M\u00fcller, who runs one. \u201cAlways.\u201d",
]


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def cli_binary():
    """The whosaid CLI: $WHOSAID_BIN, else a release build of this repo."""
    env = os.environ.get("WHOSAID_BIN")
    if env:
        return env
    dirs = [os.environ.get("CARGO_TARGET_DIR"), str(REPO / "target")]
    for d in filter(None, dirs):
        p = Path(d) / "release" / "whosaid"
        if p.is_file() and os.access(p, os.X_OK):
            return str(p)
    return shutil.which("whosaid")


def cli_rows(path, *args):
    exe = cli_binary()
    if exe is None:
        pytest.skip(
            "whosaid CLI not found: set WHOSAID_BIN or run cargo build --release"
        )
    out = subprocess.run(
        [exe, "extract", "--jsonl", "--format", "jsonl", "-q", *args, str(path)],
        check=True,
        capture_output=True,
    ).stdout
    return [json.loads(line) for line in out.decode("utf-8").splitlines()]


def need(path):
    if not path.is_file():
        pytest.skip(f"{path} not found (the shared data lives beside the repository)")


def assert_same_rows(ours, theirs):
    assert len(ours) == len(theirs)
    for a, b in zip(ours, theirs):
        assert list(a) == list(b), "column order differs from the CLI's JSONL"
        assert a == b


# --- parity with the CLI ------------------------------------------------------


@pytest.mark.parametrize(
    "cues,context", [("default", False), ("all", False), ("default", True)]
)
def test_seed_rows_equal_the_cli(cues, context):
    need(SEED)
    cli_args = ["--cues", cues] + (["--context"] if context else [])
    theirs = cli_rows(SEED, *cli_args)
    docs = read_jsonl(SEED)
    ours = []
    for d in docs:
        ours += whosaid.extract(d["text"], cues=cues, context=context, doc=d["id"])
    assert theirs, "the seed article has quotes"
    assert_same_rows(ours, theirs)
    # Without doc: the same rows minus the doc column.
    plain = whosaid.extract(docs[0]["text"], cues=cues, context=context)
    assert all("doc" not in r for r in plain)
    first = [{k: v for k, v in r.items() if k != "doc"} for r in theirs]
    assert_same_rows(plain, first[: len(plain)])


def test_dev_set_rows_equal_the_cli():
    need(DEV)
    theirs = cli_rows(DEV)
    docs = read_jsonl(DEV)
    per_doc = whosaid.extract_many(
        [d["text"] for d in docs], ids=[d["id"] for d in docs], threads=2
    )
    ours = [r for rows in per_doc for r in rows]
    assert len(ours) > 100
    assert_same_rows(ours, theirs)


def test_speakers_equal_the_cli():
    need(DEV)
    exe = cli_binary()
    if exe is None:
        pytest.skip(
            "whosaid CLI not found: set WHOSAID_BIN or run cargo build --release"
        )
    out = subprocess.run(
        [exe, "speakers", "--jsonl", "--format", "jsonl", "-q", str(DEV)],
        check=True,
        capture_output=True,
    ).stdout
    theirs = [json.loads(line) for line in out.decode("utf-8").splitlines()]
    docs = read_jsonl(DEV)
    per_doc = whosaid.extract_many(
        [d["text"] for d in docs], ids=[d["id"] for d in docs]
    )
    assert whosaid.speakers(per_doc) == theirs
    flat = [r for rows in per_doc for r in rows]
    assert whosaid.speakers(flat) == theirs
    assert list(theirs[0]) == whosaid.SPEAKER_COLUMNS


def test_version_is_the_root_crates():
    cargo = (REPO / "Cargo.toml").read_text(encoding="utf-8")
    m = re.search(r'^version = "([^"]+)"', cargo, re.M)
    assert m, "no version in the root Cargo.toml"
    assert whosaid.__version__ == m.group(1)


# --- extract_many -------------------------------------------------------------


def corpus():
    texts = list(NON_ASCII)
    if DEV.is_file():
        texts += [d["text"] for d in read_jsonl(DEV)[:30]]
    texts += ["", "No quotes here.", '"Unattributed," the note read.']
    return texts


@pytest.mark.parametrize("threads", [1, 2, None])
def test_extract_many_equals_extract_one_by_one(threads):
    texts = corpus()
    one_by_one = [whosaid.extract(t) for t in texts]
    assert sum(map(len, one_by_one)) >= 5
    assert whosaid.extract_many(texts, threads=threads) == one_by_one
    # Any iterable, e.g. a generator; same options as extract.
    gen = (t for t in texts)
    assert whosaid.extract_many(gen, threads=threads, cues="all", context=True) == [
        whosaid.extract(t, cues="all", context=True) for t in texts
    ]


def test_extract_many_keeps_input_order_over_many_documents():
    # Documents of very different lengths, so workers finish out of order.
    texts = [
        (NON_ASCII[i % len(NON_ASCII)] + " ") * (1 + (i * 7) % 40) if i % 3 else ""
        for i in range(600)
    ]
    ids = [f"d{i}" for i in range(len(texts))]
    want = [whosaid.extract(t, doc=d) for t, d in zip(texts, ids)]
    for threads in (1, 2, 3):
        assert whosaid.extract_many(iter(texts), ids=ids, threads=threads) == want


def test_extract_many_ids_add_the_doc_column():
    texts = NON_ASCII[:3]
    ids = ["a", 7, "c"]
    out = whosaid.extract_many(texts, ids=ids)
    for t, i, rows in zip(texts, ids, out):
        assert rows == whosaid.extract(t, doc=i)
        for r in rows:
            assert list(r)[0] == "doc" and r["doc"] == str(i)
    assert whosaid.extract_many([]) == []


# --- offsets ------------------------------------------------------------------


def assert_offsets_round_trip(text, rows):
    for r in rows:
        assert text[r["quote_start"] : r["quote_end"]] == r["quote"]
        if r["speaker_start"] is None:
            assert r["speaker_end"] is None and r["speaker_mention"] == ""
        else:
            assert text[r["speaker_start"] : r["speaker_end"]] == r["speaker_mention"]
        if r["cue_start"] is None:
            assert r["cue_end"] is None and r["cue"] == ""
        else:
            assert text[r["cue_start"] : r["cue_end"]] == r["cue"]


def test_offsets_are_str_indices_in_non_ascii_text():
    found = set()
    for text in NON_ASCII:
        rows = whosaid.extract(text, context=True)
        assert rows, text
        assert_offsets_round_trip(text, rows)
        for r in rows:
            assert r["quote"] in r["context"]
            found.add(r["speaker"])
    assert {
        "Jos\u00e9 \u00c1lvarez",
        "Zo\u00eb \u00c5ngstr\u00f6m",
        "Yuriko Koike",
    } <= found
    emoji = whosaid.extract(NON_ASCII[1])
    assert [r["quote"] for r in emoji][-1] == "It is \U0001f600 done,"


def test_lone_surrogates_become_replacement_characters():
    text = "\ud800 \udfff " + NON_ASCII[0] + " \udbff"
    rows = whosaid.extract(text)
    fixed = text.replace("\ud800", "\ufffd").replace("\udfff", "\ufffd")
    fixed = fixed.replace("\udbff", "\ufffd")
    assert len(fixed) == len(text)
    assert rows == whosaid.extract(fixed)
    assert rows and rows[0]["quote_start"] == 5
    assert_offsets_round_trip(text, rows)
    # A surrogate pair (two code points in a Python str) stays two.
    pair = "\ud83d\ude00" + NON_ASCII[0]
    rows = whosaid.extract(pair)
    assert rows[0]["quote_start"] == whosaid.extract(NON_ASCII[0])[0]["quote_start"] + 2


# --- bad input ----------------------------------------------------------------


@pytest.mark.parametrize("bad", [b"bytes", None, 3, ["a"]])
def test_extract_refuses_non_str(bad):
    with pytest.raises(TypeError, match=r"text must be str, not"):
        whosaid.extract(bad)


@pytest.mark.parametrize("bad", [b"bytes", None, 3.0])
def test_extract_many_names_the_bad_item(bad):
    with pytest.raises(TypeError, match=r"texts\[2\] must be str, not"):
        whosaid.extract_many(["a", "b", bad, "c"])


def test_extract_many_refuses_a_single_string_or_non_iterable():
    for bad in ("a text", b"bytes"):
        with pytest.raises(TypeError, match="iterable of str"):
            whosaid.extract_many(bad)
    with pytest.raises(TypeError, match="iterable"):
        whosaid.extract_many(42)


def test_bad_ids_cues_threads():
    with pytest.raises(ValueError, match="ids has 1 items but texts has 2"):
        whosaid.extract_many(["a", "b"], ids=["x"])
    with pytest.raises(TypeError, match=r"ids\[1\] must be str or int"):
        whosaid.extract_many(["a", "b"], ids=["x", None])
    with pytest.raises(ValueError, match="cues"):
        whosaid.extract("a", cues="thoughts")
    with pytest.raises(ValueError, match="threads"):
        whosaid.extract_many(["a"], threads=0)
    with pytest.raises(TypeError):
        whosaid.extract("a", "all")  # options are keyword-only


def test_max_doc_bytes_counts_utf8_bytes():
    assert whosaid.extract("\u00e9" * 5, max_doc_bytes=10) == []
    with pytest.raises(ValueError, match=r"text is 12 bytes .*max_doc_bytes \(10\)"):
        whosaid.extract("\u00e9" * 6, max_doc_bytes=10)
    with pytest.raises(ValueError, match=r"texts\[1\] is 11 bytes"):
        whosaid.extract_many(["short", "x" * 11], max_doc_bytes=10)
    sig = inspect.signature(whosaid.extract)
    assert sig.parameters["max_doc_bytes"].default == whosaid.DEFAULT_MAX_DOC_BYTES
    assert whosaid.DEFAULT_MAX_DOC_BYTES == 64 * 1024 * 1024


def test_help_explains_each_argument():
    for fn, args in [
        (whosaid.extract, ["text", "cues", "context", "doc", "max_doc_bytes"]),
        (
            whosaid.extract_many,
            ["texts", "ids", "threads", "cues", "context", "max_doc_bytes"],
        ),
        (whosaid.extract_frame, ["df", "text_col", "id_col", "keep"]),
        (whosaid.speakers, ["rows"]),
    ]:
        doc = inspect.getdoc(fn)
        assert list(inspect.signature(fn).parameters)[: len(args)] == args
        for a in args:
            assert re.search(rf"^\s+{a}\b.*:", doc, re.M), (fn.__name__, a)


# --- speakers -----------------------------------------------------------------


def test_speakers_counts_documents_and_first_last():
    a = '"We will win," Mayor Ana Ruiz said. "Twice," Ruiz added.'
    b = "Ana Ruiz said the budget was balanced."
    c = '"No," said Tom Okafor.'
    per_doc = whosaid.extract_many([a, b, c, a], ids=["a", "b", "c", "d"])
    table = whosaid.speakers(per_doc)
    assert [r["speaker"] for r in table] == ["Ana Ruiz", "Tom Okafor"]
    ruiz = table[0]
    assert (ruiz["quotes"], ruiz["direct"], ruiz["indirect"]) == (5, 4, 1)
    assert (ruiz["documents"], ruiz["first_doc"], ruiz["last_doc"]) == (3, "a", "d")
    # Without ids a document is named by its index.
    unnamed = whosaid.speakers(whosaid.extract_many([a, b, c, a]))
    assert (unnamed[0]["first_doc"], unnamed[0]["last_doc"]) == ("0", "3")
    with pytest.raises(ValueError, match='no "doc"'):
        whosaid.speakers(whosaid.extract(a))
    assert whosaid.speakers([]) == []


# --- pandas -------------------------------------------------------------------


def test_extract_frame_without_pandas_names_pandas(monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)  # import pandas fails
    with pytest.raises(ImportError, match="pandas"):
        whosaid.extract_frame(object())


def test_extract_frame():
    pd = pytest.importorskip("pandas", reason="pandas not installed")
    df = pd.DataFrame(
        {
            "id": ["x", "y", "z"],
            "body": [NON_ASCII[1], "No quotes.", NON_ASCII[0]],
            "outlet": ["A", "B", "C"],
            "year": [2021, 2022, 2023],
        },
        index=[10, 20, 30],
    )
    frame = whosaid.extract_frame(df, text_col="body", id_col="id", keep=["outlet", "year"])
    expected = whosaid.extract(NON_ASCII[1], doc="x") + whosaid.extract(
        NON_ASCII[0], doc="z"
    )
    assert list(frame.columns) == whosaid.COLUMNS + ["outlet", "year"]
    assert len(frame) == len(expected)
    for rec, row in zip(frame.to_dict("records"), expected):
        for k, v in row.items():
            assert (None if pd.isna(rec[k]) else rec[k]) == v, k
    assert list(frame["outlet"]) == ["A"] * 2 + ["C"]
    assert list(frame["year"]) == [2021] * 2 + [2023]
    assert str(frame["speaker_start"].dtype) == "Int64"
    for _, r in frame.iterrows():
        text = df.loc[df["id"] == r["doc"], "body"].iloc[0]
        assert text[r["quote_start"] : r["quote_end"]] == r["quote"]
    # Without id_col, doc is the index label; context adds its column.
    frame = whosaid.extract_frame(df, text_col="body", context=True)
    assert list(frame["doc"].unique()) == [10, 30]
    assert list(frame.columns) == whosaid.COLUMNS + ["context"]
    with pytest.raises(ValueError, match="clashes"):
        whosaid.extract_frame(df, text_col="body", keep=["speaker"])
    with pytest.raises(KeyError, match="nope"):
        whosaid.extract_frame(df, text_col="nope")
    empty = whosaid.extract_frame(df.iloc[1:2], text_col="body")
    assert len(empty) == 0 and list(empty.columns) == whosaid.COLUMNS
