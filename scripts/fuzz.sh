#!/usr/bin/env bash
# Fuzz whosaid with cargo-fuzz (libFuzzer).
#
#   scripts/fuzz.sh [TARGET] [RUNS] [extra libFuzzer flags...]
#
# TARGET: `extract` (default; fuzz/fuzz_targets/extract.rs: the pipeline on
# arbitrary text) or `html` (fuzz/fuzz_targets/html.rs: the HTML reader,
# then the pipeline on its text). RUNS defaults to 10000000.
#
# Inputs up to 64 KB, and 2 s each: large enough for quadratic behaviour
# to show as a timeout (a linear pass over 64 KB takes well under 10 ms),
# small enough to keep the executions per second up.
#
# cargo-fuzz needs a nightly compiler (-Zsanitizer, -Cpasses=sancov). When a
# nightly toolchain is installed it is used; otherwise the stable compiler is
# told to accept nightly flags with RUSTC_BOOTSTRAP=1, which works for this
# purpose but is unsupported by the Rust project.
#
# The corpus grows in fuzz/corpus/TARGET (git-ignored), seeded from
# tests/fuzz_corpus/ (tests/fuzz_corpus_html/ for html) and examples/;
# crashes and slow inputs land in fuzz/artifacts/TARGET. Minimise one with
# `cargo fuzz tmin -O TARGET <file>`, then add it to the seed folder so
# `cargo test` replays it (tests/properties.rs, tests/robustness.rs).
set -euo pipefail
cd "$(dirname "$0")/.."

target=extract
case "${1:-}" in
    extract|html) target=$1; shift ;;
esac
runs="${1:-10000000}"
shift || true

if ! command -v cargo-fuzz >/dev/null 2>&1; then
    cargo install cargo-fuzz
fi

toolchain=()
if rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
    toolchain=(+nightly)
else
    export RUSTC_BOOTSTRAP=1
fi

corpus=fuzz/corpus/$target
mkdir -p "$corpus"
if [ "$target" = html ]; then
    cp -n tests/fuzz_corpus_html/* "$corpus"/ 2>/dev/null || true
else
    cp -n tests/fuzz_corpus/* examples/*.txt "$corpus"/ 2>/dev/null || true
fi

# -s none: the code is safe Rust, so AddressSanitizer mostly costs speed.
# -fork/-ignore_*: keep going after a crash, timeout or OOM, saving each.
cd fuzz
exec cargo "${toolchain[@]}" fuzz run -O -s none "$target" "../$corpus" -- \
    -runs="$runs" -max_len=65536 -timeout=2 -rss_limit_mb=2048 \
    -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 "$@"
