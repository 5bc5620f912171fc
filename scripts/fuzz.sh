#!/usr/bin/env bash
# Fuzz `whosaid::extract` with cargo-fuzz (libFuzzer); see fuzz/fuzz_targets/extract.rs.
#
#   scripts/fuzz.sh [RUNS] [extra libFuzzer flags...]    (default RUNS: 10000000)
#
# cargo-fuzz needs a nightly compiler (-Zsanitizer, -Cpasses=sancov). When a
# nightly toolchain is installed it is used; otherwise the stable compiler is
# told to accept nightly flags with RUSTC_BOOTSTRAP=1, which works for this
# purpose but is unsupported by the Rust project.
#
# The corpus grows in fuzz/corpus/extract (git-ignored), seeded from
# tests/fuzz_corpus/ and examples/; crashes land in fuzz/artifacts/extract.
# Minimise one with `cargo fuzz tmin -O extract <file>`, then add it to
# tests/fuzz_corpus/ so `cargo test` replays it (tests/properties.rs).
set -euo pipefail
cd "$(dirname "$0")/.."

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

corpus=fuzz/corpus/extract
mkdir -p "$corpus"
cp -n tests/fuzz_corpus/* examples/*.txt "$corpus"/ 2>/dev/null || true

# -s none: the code is safe Rust, so AddressSanitizer mostly costs speed.
# -fork/-ignore_crashes: keep going after a crash, saving each one.
cd fuzz
exec cargo "${toolchain[@]}" fuzz run -O -s none extract "../$corpus" -- \
    -runs="$runs" -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
    -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 "$@"
