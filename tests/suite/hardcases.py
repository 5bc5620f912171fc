"""What the hard-case scripts share (hard_cases.py, hard_cases2.py,
hard_cases3.py): the helpers a case is written with (T, Q, case), the
build that turns the cases into gold with exact offsets (annotate.py's
`find`, from ../shared/eval or WHOSAID_EVAL), and the script's main (write
the JSONL, and without -q print every span for checking).

A script makes one `Cases`, registers its cases with `cases.case(...)`
and ends with `cases.main()`.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.environ.get("WHOSAID_EVAL", os.path.join(HERE, "..", "..", "..", "shared", "eval")))
from annotate import find  # noqa: E402


def T(*paras):
    """A text of paragraphs, separated by blank lines."""
    return "\n\n".join(paras)


def Q(quote, kind, speaker, mention, cue, nth=0, m=None, c=None, note=None, opt=False):
    """One gold quote: `m`/`c` are unique context strings holding the mention/cue."""
    return dict(quote=quote, kind=kind, speaker=speaker, mention=mention, cue=cue, nth=nth,
                m=m, c=c, note=note, opt=opt)


def locate(text, needle, ctx, near):
    """Span of needle: inside the unique context string ctx if given, else the occurrence nearest `near`."""
    if needle is None:
        return None, None
    if ctx is not None:
        assert text.count(ctx) == 1, f"context not unique or missing: {ctx!r} ({text.count(ctx)})"
        cs, ce = find(text, ctx)
        i = text.index(needle, cs)
        assert i + len(needle) <= ce, f"{needle!r} not inside {ctx!r}"
        return i, i + len(needle)
    return find(text, needle, near=near)


class Cases:
    """The cases of one script: ids are `<prefix>/<case id>`, written to `out`."""

    def __init__(self, prefix, out):
        self.prefix = prefix
        self.out = os.path.join(HERE, out)
        self.cases = []

    def case(self, cid, cat, text, *quotes):
        self.cases.append((cid, cat, text, list(quotes)))

    def build(self):
        docs = []
        seen = set()
        for cid, cat, text, quotes in self.cases:
            assert cid not in seen, cid
            seen.add(cid)
            rows = []
            for q in quotes:
                assert text.count(q["quote"]) >= 1, f"{cid}: quote not found: {q['quote']!r}"
                s, e = find(text, q["quote"], nth=q["nth"])
                try:
                    ms, me = locate(text, q["mention"], q["m"], s)
                    cs, ce = locate(text, q["cue"], q["c"], s)
                except (AssertionError, ValueError, SystemExit) as err:
                    raise SystemExit(f"{cid}: {q['quote'][:40]!r}: {err}")
                rows.append({"start": s, "end": e, "kind": q["kind"], "speaker": q["speaker"],
                             "speaker_start": ms, "speaker_end": me, "cue": q["cue"],
                             "cue_start": cs, "cue_end": ce, "note": q["note"], "optional": bool(q["opt"])})
            rows.sort(key=lambda r: r["start"])
            docs.append({"id": f"{self.prefix}/{cid}", "text": text, "canonical": True, "category": cat,
                         "style": cat, "quotes": rows})
        return docs

    def main(self):
        docs = self.build()
        with open(self.out, "w", encoding="utf-8") as f:
            for d in docs:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
        if "-q" in sys.argv:
            return
        for d in docs:
            t = d["text"]
            print(f"== {d['id']} [{d['category']}] {len(t.split())} words")
            for r in d["quotes"]:
                m = t[r["speaker_start"]:r["speaker_end"]] if r["speaker_start"] is not None else None
                c = t[r["cue_start"]:r["cue_end"]] if r["cue_start"] is not None else None
                mctx = (t[max(0, r["speaker_start"] - 12):r["speaker_start"]] + "[" + m + "]"
                        + t[r["speaker_end"]:r["speaker_end"] + 12]).replace("\n", "/") if m else None
                cctx = (t[max(0, r["cue_start"] - 12):r["cue_start"]] + "[" + c + "]"
                        + t[r["cue_end"]:r["cue_end"] + 12]).replace("\n", "/") if c else None
                opt = " (optional)" if r["optional"] else ""
                print(f"  {r['kind']:8} {t[r['start']:r['end']]!r}{opt}")
                print(f"           speaker={r['speaker']!r} mention={mctx!r} cue={cctx!r}")
                print(f"           before={t[max(0, r['start'] - 3):r['start']]!r} after={t[r['end']:r['end'] + 3]!r}")
