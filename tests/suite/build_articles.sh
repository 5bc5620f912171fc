#!/usr/bin/env bash
# Build tests/suite/articles.jsonl from the hand-written articles: annotate.py
# (../shared/eval) turns each articles/<style>-<n>.txt + .spec.json into a gold
# line with exact offsets; the post-processing step names the document
# suite/<style>-<n>, adds a doc-level `style` (the part of the name before the
# first '-') and carries each spec quote's `role` into the gold quote
# (annotate.py keeps only the common fields).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
eval_dir="${WHOSAID_EVAL:-$here/../../../shared/eval}"
out="$here/articles.jsonl"
tmp="$(mktemp)"
trap 'rm -f "$tmp"' EXIT
post='
import json, sys
txt, eval_dir = sys.argv[1], sys.argv[2]
sys.path.insert(0, eval_dir)
from annotate import find
d = json.loads(sys.stdin.read())
name = d["id"].split("/", 1)[1]
d["style"] = name.split("-")[0]
spec = json.load(open(txt[:-4] + ".spec.json", encoding="utf-8"))
roles = {}
for q in spec["quotes"]:
    s, _ = find(d["text"], q["quote"], nth=q.get("nth", 0))
    if q.get("role"):
        roles[s] = q["role"]
for q in d["quotes"]:
    if q["start"] in roles:
        q["role"] = roles[q["start"]]
print(json.dumps(d, ensure_ascii=False, sort_keys=True))
'
for txt in "$here"/articles/*.txt; do
  name="$(basename "$txt" .txt)"
  python3 "$eval_dir/annotate.py" "suite/$name" "$txt" "${txt%.txt}.spec.json" |
    python3 -c "$post" "$txt" "$eval_dir" >> "$tmp"
done
mv "$tmp" "$out"
trap - EXIT
echo "$(wc -l < "$out") documents -> $out" >&2
