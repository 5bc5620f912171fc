#!/usr/bin/env bash
# Write whosaid's output on the reference inputs into OUTDIR, one file per
# (input, --cues, format), so two builds can be compared byte for byte:
#
#   scripts/output_digest.sh BINARY OUTDIR [SHARED=../shared]
#   diff -r OUTDIR_BEFORE OUTDIR_AFTER
#
# Inputs: PolNeAR train and dev, the seed article, the example article, the
# construction suite and annotated articles (tests/suite/) and a
# 16 MB synthetic corpus (examples/gen_corpus.rs, seed 1; built with the
# current tree, so generate it once and keep CORPUS fixed across builds via
# SYNTH=path).
set -euo pipefail
BIN=$1
OUT=$2
SHARED=${3:-../shared}
cd "$(dirname "$0")/.."
mkdir -p "$OUT"
SYNTH=${SYNTH:-/tmp/whosaid-digest-synth-16MB.jsonl}
if [ ! -s "$SYNTH" ]; then
    cargo run --release --quiet --example gen_corpus -- 16 "$SYNTH.tmp" 1 && mv "$SYNTH.tmp" "$SYNTH"
fi
inputs=("$SHARED/data/polnear/train.jsonl" "$SHARED/data/polnear/dev.jsonl"
        "$SHARED/data/seed/seed.jsonl" "$SYNTH" examples/article.txt
        tests/suite/constructions.jsonl tests/suite/articles.jsonl)
for f in "${inputs[@]}"; do
    name=$(basename "$f")
    for cues in default all; do
        for fmt in csv jsonl; do
            "$BIN" extract -q --cues "$cues" --format "$fmt" --context "$f" \
                > "$OUT/$name.$cues.$fmt"
        done
    done
    "$BIN" speakers -q "$f" > "$OUT/$name.speakers.csv"
done
( cd "$OUT" && sha256sum ./* ) > "$OUT.sha256"
echo "output_digest: $(ls "$OUT" | wc -l) files in $OUT"
