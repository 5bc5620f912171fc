#!/usr/bin/env bash
# Per-document cost against document length (issue #15): one document of
# 1, 4, 16 and 64 MB for each of three input kinds, timed with
# `whosaid extract -q -j 1 FILE > /dev/null`, best of RUNS; prints seconds,
# seconds per MB and peak RSS (MB, and as a multiple of the document's size).
# Linear cost shows as a flat s/MB column (the goal: within 1.5x).
#
#   scripts/bench_linear.sh [BIN] [SIZES="1 4 16 64"] [RUNS=3] [TIMEOUT=600]
#
# Kinds: `article` (examples/article.txt repeated, paragraphs kept, as one
# document), `runon` (one sentence of words and no punctuation),
# `openers` (a paragraph of unclosed curly openers each followed by a cue:
# “Ana said “Ana said …) and `coordinated` (one sentence of coordinated
# cues whose subjects cannot be found, "or says and said oMlwill n, …",
# from a fuzzer's slow input). Inputs are generated once into $BENCH_DIR
# (default /tmp/whosaid-bench-linear). A run past TIMEOUT prints "timeout".
# No assertions: timings on a shared machine are noisy; compare builds in
# one sitting.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${1:-target/release/whosaid}
SIZES=${2:-"1 4 16 64"}
RUNS=${3:-3}
LIMIT=${4:-600}
DIR=${BENCH_DIR:-/tmp/whosaid-bench-linear}
mkdir -p "$DIR"
if [ ! -x /usr/bin/time ]; then
    echo "bench_linear: needs GNU time (/usr/bin/time; apt-get install time)" >&2
    exit 2
fi

# make KIND MB: write $DIR/KIND_MB.txt (exactly MB*10^6 bytes, cut at a
# character boundary) unless it exists.
make() {
    local kind=$1 mb=$2 out="$DIR/$1_$2.txt"
    [ -s "$out" ] && return
    python3 - "$kind" "$mb" "$out" examples/article.txt <<'PY'
import sys
kind, mb, out, article = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
n = mb * 1000 * 1000
if kind == "article":
    unit = open(article, encoding="utf-8").read().strip() + "\n\n"
elif kind == "runon":
    unit = ("the council met on monday and the governor said that the bridge would "
            "open in may while engineers inspected cables and reporters asked "
            "questions about cost ")
elif kind == "coordinated":
    unit = "or says and said oMlwill n, "
else:
    unit = "\u201cAna said "
data = (unit * (n // len(unit.encode()) + 1)).encode()[:n]
open(out, "wb").write(data.decode("utf-8", "ignore").encode())
PY
}

printf '%-8s %5s %9s %8s %8s %6s\n' kind MB seconds s/MB RSS_MB xSize
for kind in article runon openers coordinated; do
    for mb in $SIZES; do
        make "$kind" "$mb"
        f="$DIR/${kind}_$mb.txt"
        best="" rss=""
        for _ in $(seq "$RUNS"); do
            if ! out=$( { /usr/bin/time -f '%e %M' timeout "$LIMIT" "$BIN" extract -q -j 1 "$f" > /dev/null; } 2>&1 | tail -1 ); then
                best=timeout
                break
            fi
            read -r t m <<< "$out"
            if [ -z "$best" ] || awk -v a="$t" -v b="$best" 'BEGIN{exit !(a<b)}'; then
                best=$t
            fi
            rss=$m
        done
        if [ "$best" = timeout ]; then
            printf '%-8s %5s %9s\n' "$kind" "$mb" "timeout>${LIMIT}s"
            break
        fi
        awk -v k="$kind" -v mb="$mb" -v t="$best" -v r="$rss" 'BEGIN{
            printf "%-8s %5d %9.2f %8.3f %8.0f %6.1f\n", k, mb, t, t/mb, r/1024, r/1024/mb }'
    done
done
