#!/usr/bin/env bash
# Throughput on real news text rather than the synthetic corpus: the texts
# of PolNeAR train (../shared, read at run time, never copied into the
# project), without their annotations, repeated to about 100 MB of JSONL
# ({"id","text"} per line), CSV to /dev/null. Each binary given is timed
# with `-j 1` and `-j 2`, interleaved, best of RUNS; prints seconds, MB/s
# (10^6 bytes of JSONL per second) and peak RSS.
#
#   scripts/bench_news.sh [SHARED=../shared] BIN [BIN ...]
#   env: RUNS (default 3), COPIES (default 25), CORPUS (default
#        /tmp/whosaid-polnear-text.jsonl)
#
# Real political news is slower per byte than the synthetic corpus: more
# names per sentence and longer reported-speech sentences. No assertions;
# compare builds in one sitting on an otherwise idle machine.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=../shared
if [ $# -gt 0 ] && [ -d "$1" ]; then
    SHARED=$1
    shift
fi
[ $# -gt 0 ] || { echo "usage: scripts/bench_news.sh [SHARED] BIN [BIN ...]" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench_news: needs GNU time (/usr/bin/time)" >&2; exit 2; }
RUNS=${RUNS:-3}
COPIES=${COPIES:-25}
CORPUS=${CORPUS:-/tmp/whosaid-polnear-text.jsonl}
TRAIN=$SHARED/data/polnear/train.jsonl
[ -s "$TRAIN" ] || { echo "bench_news: $TRAIN not found" >&2; exit 2; }
if [ ! -s "$CORPUS" ]; then
    python3 - "$TRAIN" "$CORPUS.tmp" "$COPIES" <<'EOF'
import json, sys
src, dst, copies = sys.argv[1], sys.argv[2], int(sys.argv[3])
docs = [json.loads(line) for line in open(src, encoding="utf-8")]
with open(dst, "w", encoding="utf-8") as out:
    for r in range(copies):
        for d in docs:
            out.write(json.dumps({"id": f"{d['id']}-{r}", "text": d["text"]}) + "\n")
EOF
    mv "$CORPUS.tmp" "$CORPUS"
fi
MB=$(python3 -c "import os,sys; print(os.path.getsize(sys.argv[1]) / 1e6)" "$CORPUS")
echo "corpus: $CORPUS ($MB MB)"
declare -A best rss
for _ in $(seq "$RUNS"); do
    for bin in "$@"; do
        for j in 1 2; do
            read -r s kb < <({ /usr/bin/time -f "%e %M" "$bin" extract -q -j "$j" --format csv "$CORPUS" > /dev/null; } 2>&1 | tail -1)
            key="$bin -j $j"
            if [ -z "${best[$key]:-}" ] || python3 -c "import sys; sys.exit(not $s < ${best[$key]})"; then
                best[$key]=$s
                rss[$key]=$kb
            fi
        done
    done
done
for bin in "$@"; do
    for j in 1 2; do
        key="$bin -j $j"
        python3 -c "import sys; s=float(sys.argv[2]); print(f'{sys.argv[1]}: {s:.2f} s, {float(sys.argv[3])/s:.1f} MB/s, peak RSS {int(sys.argv[4])//1024} MB')" \
            "$key" "${best[$key]}" "$MB" "${rss[$key]}"
    done
done
