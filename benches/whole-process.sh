#!/usr/bin/env bash
# Whole-process benchmark (SPEC section 8): `factlint check` with every
# built-in check and the shipped rule set over a generated corpus, as a user
# runs it. Prints MB/s of article text and peak memory.
#
#   bash benches/whole-process.sh [MEGABYTES] [RUNS]
#
# The corpus is every shipped draft (fixtures/), copied with numbered names
# until it holds MEGABYTES (default 20) of text, in a temporary directory that
# is removed afterwards. Nothing is asserted: read the figures.
set -euo pipefail
cd "$(dirname "$0")/.."
mb="${1:-20}"
runs="${2:-5}"
# Every run extracts every draft: no claims cache (src/cache.rs) read or written.
export FACTLINT_NO_CACHE=1

cargo build --release --quiet
bin="${CARGO_TARGET_DIR:-$PWD/target}/release/factlint"
corpus="$(mktemp -d)"
trap 'rm -rf "$corpus"' EXIT

mapfile -t drafts < <(find fixtures -type f \( -name '*.txt' -o -name '*.md' \) \
  -not -path 'fixtures/cli/*' -not -path 'fixtures/rules/*' | sort)
target=$((mb * 1000 * 1000))
bytes=0
n=0
while [ "$bytes" -lt "$target" ]; do
  for f in "${drafts[@]}"; do
    ext="${f##*.}"
    cp "$f" "$corpus/$(printf '%06d' "$n").$ext"
    bytes=$((bytes + $(wc -c < "$f")))
    n=$((n + 1))
  done
done
echo "corpus: $n drafts, $bytes bytes, $(nproc) cores"

times=()
for _ in $(seq "$runs"); do
  start=$(date +%s.%N)
  "$bin" check "$corpus" --rules rules/amazon-2025.yaml --no-config --format json > /dev/null || true
  end=$(date +%s.%N)
  times+=("$(echo "$end - $start" | bc -l)")
done
median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
echo "check, all checks + rule set: median $(printf '%.3f' "$median") s over $runs runs," \
  "$(echo "$bytes / $median / 1000000" | bc -l | xargs printf '%.1f') MB/s"

if command -v /usr/bin/time > /dev/null; then
  /usr/bin/time -f "peak memory: %M KiB" \
    "$bin" check "$corpus" --rules rules/amazon-2025.yaml --no-config --format json > /dev/null || true
fi
