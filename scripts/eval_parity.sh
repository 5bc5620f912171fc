#!/usr/bin/env bash
# Parity of `whosaid eval` with the reference scorer ../shared/eval/score.py:
# on the PolNeAR dev set and the seed article, predictions are made once with
# run_whosaid.py (the reference pipeline), then both scorers read the same
# gold and prediction files for every kind filter (all, direct, mixed,
# indirect, quoted), with and without --canonical. Their --json outputs must
# be the same bytes.
#
# Usage: scripts/eval_parity.sh BINARY SHARED_DIR
# Exit code: 0 all equal, 1 some differ (both outputs are shown), 2 usage.
set -euo pipefail

if [ $# -ne 2 ]; then
    echo "usage: $0 BINARY SHARED_DIR" >&2
    exit 2
fi
bin=$1
shared=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

failed=0
for gold in polnear/dev.jsonl seed/seed.jsonl; do
    gold_path="$shared/data/$gold"
    pred="$tmp/pred.jsonl"
    python3 "$shared/eval/run_whosaid.py" "$bin" "$gold_path" "$pred" 2>/dev/null
    for kind in all direct mixed indirect quoted; do
        for canonical in "" --canonical; do
            flags=()
            [ "$kind" = all ] || flags+=(--kind "$kind")
            [ -z "$canonical" ] || flags+=("$canonical")
            py=$(python3 "$shared/eval/score.py" "$gold_path" "$pred" "${flags[@]}" --json)
            rs=$("$bin" eval --gold "$gold_path" --pred "$pred" "${flags[@]}" --json) || rs="(whosaid eval failed)"
            label=$(printf '%-18s %-8s %-11s' "$gold" "$kind" "${canonical:-}")
            if [ "$py" = "$rs" ]; then
                echo "same   $label"
            else
                failed=1
                echo "DIFFER $label"
                echo "  score.py:     $py"
                echo "  whosaid eval: $rs"
            fi
        done
    done
done
if [ "$failed" -ne 0 ]; then
    echo "eval_parity: whosaid eval and score.py disagree" >&2
    exit 1
fi
echo "eval_parity: whosaid eval gives score.py's numbers"
