#!/usr/bin/env bash
# End-to-end throughput and peak memory of `whosaid extract` on a synthetic
# JSONL corpus (src/synth.rs), CSV output to /dev/null.
#
# Usage: scripts/bench_e2e.sh [SIZE_MB=256] [RSS_SIZE_MB=1024]
#   env: RUNS (hyperfine runs per setting, default 3), SEED (default 1),
#        CARGO_TARGET_DIR (default /tmp/target-bench), CORPUS_DIR (default /tmp)
#
# Needs GNU time (/usr/bin/time -v) and hyperfine; on Debian/Ubuntu:
#   apt-get update && apt-get install -y time hyperfine
# Without hyperfine the script times single /usr/bin/time runs instead.
#
# MB/s are decimal megabytes (10^6 bytes) of JSONL input per wall-clock second.
set -euo pipefail

SIZE_MB=${1:-256}
RSS_SIZE_MB=${2:-1024}
RUNS=${RUNS:-3}
SEED=${SEED:-1}
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-/tmp/target-bench}
CORPUS_DIR=${CORPUS_DIR:-/tmp}
cd "$(dirname "$0")/.."

[ -x /usr/bin/time ] || { echo "bench_e2e: /usr/bin/time missing: apt-get install -y time" >&2; exit 1; }

cargo build --release --quiet --bin whosaid --example gen_corpus
BIN=$CARGO_TARGET_DIR/release/whosaid
GEN=$CARGO_TARGET_DIR/release/examples/gen_corpus
NPROC=$(nproc)

corpus() { # SIZE_MB -> path (generated once per size and seed)
    local f="$CORPUS_DIR/whosaid-synth-$1MB-seed$SEED.jsonl"
    if [ ! -s "$f" ]; then
        "$GEN" "$1" "$f.tmp" "$SEED" >&2 && mv "$f.tmp" "$f"
    fi
    echo "$f"
}

# Prints "<wall s> <max_rss_kb> <cpu s>" for one run of whosaid with -j $2 on $1.
timed() {
    local log
    log=$(mktemp)
    /usr/bin/time -v "$BIN" extract -q -j "$2" "$1" > /dev/null 2> "$log"
    awk -F': ' '
        /Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i] }
        /Maximum resident set size/ { rss = $2 }
        /User time \(seconds\)|System time \(seconds\)/ { cpu += $2 }
        END { printf "%.3f %d %.3f\n", s, rss, cpu }' "$log"
    rm -f "$log"
}

# Best-of-RUNS wall seconds with hyperfine (or one timed run without it).
wall() {
    if command -v hyperfine > /dev/null; then
        local json
        json=$(mktemp)
        hyperfine --style none --runs "$RUNS" --export-json "$json" \
            "$BIN extract -q -j $2 $1 > /dev/null" > /dev/null 2>&1
        python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"][0]; print("%.3f %.3f" % (min(r["times"]), r["mean"]))' "$json"
        rm -f "$json"
    else
        local t
        t=$(timed "$1" "$2")
        t=${t%% *}
        echo "$t $t"
    fi
}

CORPUS=$(corpus "$SIZE_MB")
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
BYTES=$(stat -c %s "$CORPUS")
declare -A ROW
for j in 1 "$NPROC"; do
    read -r best mean < <(wall "$CORPUS" "$j")
    read -r _ rss cpu < <(timed "$CORPUS" "$j")
    ROW[$j]="$best $mean $rss $cpu"
done

BIG=$(corpus "$RSS_SIZE_MB")
BIG_BYTES=$(stat -c %s "$BIG")
read -r big_s big_rss big_cpu < <(timed "$BIG" "$NPROC")

mbps() { awk -v b="$1" -v s="$2" 'BEGIN { printf "%.1f", b / 1e6 / s }'; }
echo
echo "load average before: $LOAD_BEFORE; after: $(cut -d' ' -f1-3 /proc/loadavg) (other processes skew wall-clock figures)"
echo "whosaid $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src data || echo '+dirty'), $(date -u +%Y-%m-%dT%H:%MZ), nproc $NPROC"
printf '%-26s %8s %8s %8s %10s %8s %12s %11s\n' "run" "input MB" "best s" "mean s" "MB/s(best)" "CPU s" "MB/CPU-s" "peak RSS MB"
for j in 1 "$NPROC"; do
    read -r best mean rss cpu <<< "${ROW[$j]}"
    printf '%-26s %8.1f %8.2f %8.2f %10s %8.2f %12s %11.1f\n' "-j $j, $SIZE_MB MB corpus" \
        "$(awk -v b="$BYTES" 'BEGIN{print b/1e6}')" "$best" "$mean" "$(mbps "$BYTES" "$best")" \
        "$cpu" "$(mbps "$BYTES" "$cpu")" "$(awk -v k="$rss" 'BEGIN{print k/1024}')"
done
printf '%-26s %8.1f %8.2f %8s %10s %8.2f %12s %11.1f\n' "-j $NPROC, $RSS_SIZE_MB MB corpus" \
    "$(awk -v b="$BIG_BYTES" 'BEGIN{print b/1e6}')" "$big_s" "-" "$(mbps "$BIG_BYTES" "$big_s")" \
    "$big_cpu" "$(mbps "$BIG_BYTES" "$big_cpu")" "$(awk -v k="$big_rss" 'BEGIN{print k/1024}')"
read -r best1 _ <<< "${ROW[1]}"
read -r bestn _ <<< "${ROW[$NPROC]}"
echo "scaling -j $NPROC / -j 1: $(awk -v a="$best1" -v b="$bestn" 'BEGIN { printf "%.2fx", a / b }')"
