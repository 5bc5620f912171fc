#!/usr/bin/env bash
# Browser test of `whosaid view`: renders the seed article and a small
# corpus (the seed, the example article and a hostile document holding
# <script> and </mark>), loads each page in headless Chromium and checks
# the DOM the browser built: one quote element per extracted row, one
# side-list entry per speaker, the inline script ran, and the hostile text
# stayed text. With --screenshot PATH it also saves a 1280x900 screenshot
# of the corpus page.
#
# Usage: scripts/view_browser_test.sh WHOSAID SHARED_DIR [--screenshot PATH]
set -euo pipefail
bin=$(realpath "$1")
shared=$2
shot=""
if [ "${3:-}" = "--screenshot" ]; then shot=$(realpath -m "$4"); fi
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

fail() { echo "view browser test: FAIL: $*" >&2; exit 1; }

# The DOM after Chromium loaded the page and ran its script.
dom() {
    timeout 120 chromium --headless --no-sandbox --disable-gpu --dump-dom "file://$1" 2>/dev/null
}

# check PAGE.html INPUT...: quote elements and speakers as extracted.
check() {
    local page=$1; shift
    local rows dom quotes
    rows=$("$bin" extract -q --format jsonl "$@" | wc -l)
    dom=$(dom "$page")
    grep -q 'data-ready="1"' <<<"$dom" || fail "$page: the inline script did not run"
    quotes=$(grep -o 'data-quote-id="' <<<"$dom" | wc -l)
    [ "$quotes" -eq "$rows" ] || fail "$page: $quotes quote elements, $rows rows extracted"
    # Per document: side-list entries = distinct speakers of its quotes.
    printf '%s' "$dom" > "$tmp/dom.html"
    python3 - "$tmp/dom.html" <<'PY' || fail "$page: speakers list does not match the quotes"
import re, sys
dom = open(sys.argv[1], encoding="utf-8").read()
sections = re.findall(r'<section class="doc".*?</section>', dom, re.S)
assert sections, "no documents"
for s in sections:
    marks = set(re.findall(r'<mark [^>]*data-speaker="([^"]*)"[^>]*data-quote-id=', s))
    listed = re.findall(r'<button type="button" data-speaker="([^"]*)"', s)
    assert len(listed) == len(set(listed)), listed
    assert set(listed) == marks, (sorted(listed), sorted(marks))
print(f"{len(sections)} documents, speakers match", file=sys.stderr)
PY
    echo "view browser test: $(basename "$page"): $quotes quotes" >&2
}

seed="$shared/data/seed/seed.jsonl"
"$bin" view -q "$seed" -o "$tmp/seed.html"
check "$tmp/seed.html" "$seed"

mkdir "$tmp/corpus"
cp "$seed" "$tmp/corpus/1-seed.jsonl"
cp "$root/examples/article.txt" "$tmp/corpus/2-article.txt"
printf '%s\n' '"Close the </mark> tag and <script>document.title=\"pwned\"</script> now," said Ana Ruiz.' \
    > "$tmp/corpus/3-hostile.txt"
# Relative paths, so document ids read corpus/2-article.txt.
(cd "$tmp" && "$bin" view -q corpus -o corpus.html)
(cd "$tmp" && check "$tmp/corpus.html" corpus)
dom=$(dom "$tmp/corpus.html")
[ "$(grep -o '<script' <<<"$dom" | wc -l)" -eq 1 ] || fail "a document's <script> became an element"
grep -q '&lt;script&gt;document.title' <<<"$dom" || fail "the hostile text is not shown as text"
grep -q '<title>whosaid view</title>' <<<"$dom" || fail "the title changed"
grep -q '<section class="index">' <<<"$dom" || fail "a corpus has no index"
[ "$(grep -o '<svg' <<<"$dom" | wc -l)" -eq 2 ] || fail "the index should hold two charts"

if [ -n "$shot" ]; then
    timeout 120 chromium --headless --no-sandbox --disable-gpu --hide-scrollbars \
        --screenshot="$shot" --window-size=1280,900 "file://$tmp/corpus.html" 2>/dev/null
    echo "view browser test: screenshot in $shot" >&2
fi
echo "view browser test: ok"
