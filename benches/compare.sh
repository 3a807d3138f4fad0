#!/usr/bin/env bash
# factlint side by side with the linter a newsroom would run instead, and
# with the floors of reading the bytes at all (issue 19, BENCHMARKS.md).
#
#   bash benches/compare.sh [MB...] [--runs N]     (default: 10 MB, 5 runs)
#
# For each size: generates the corpus (benches/gen_corpus.py, seeded, in a
# scratch folder) and times, as whole processes, interleaved run by run:
#   check --format json                  (built-in checks)
#   check --format json --rules rules/amazon-2025.yaml
#   claims --format json
#   textlint + textlint-rule-prh         (installed with npm into the scratch
#                                         folder, never into the repository;
#                                         a small prh rule file written there)
#   grep -rcE over the corpus, and cat of every file (the floors)
# and prints medians of wall time, MB/s, CPU seconds (user + system of the
# process and its children) and peak RSS, with each tool's time relative to
# factlint check. Nothing is asserted: read the figures.
#
# SCRATCH (default: $TMPDIR/factlint-bench) keeps the corpora and the npm
# install between runs; FACTLINT (default: the release build) picks the binary.
# Without node/npm the textlint row is left out.
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$PWD"
runs=5
sizes=()
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    *) sizes+=("$1"); shift ;;
  esac
done
[ ${#sizes[@]} -gt 0 ] || sizes=(10)
scratch="${SCRATCH:-${TMPDIR:-/tmp}/factlint-bench}"
# Every run extracts every draft: no claims cache (src/cache.rs) read or written.
export FACTLINT_NO_CACHE=1
mkdir -p "$scratch"

if [ -z "${FACTLINT:-}" ]; then
  cargo build --release --quiet
  FACTLINT="${CARGO_TARGET_DIR:-$repo/target}/release/factlint"
fi

textlint=""
if command -v npm > /dev/null; then
  if [ ! -x "$scratch/textlint/node_modules/.bin/textlint" ]; then
    echo "installing textlint and textlint-rule-prh into $scratch/textlint" >&2
    npm install --prefix "$scratch/textlint" --no-audit --no-fund \
      textlint textlint-rule-prh > "$scratch/npm.log" 2>&1
  fi
  textlint="$scratch/textlint/node_modules/.bin/textlint"
  # A prh rule file as a desk would keep: house spellings of names and units.
  cat > "$scratch/prh.yml" << 'YAML'
version: 1
rules:
  - expected: per cent
    pattern: percent
  - expected: chief executive
    pattern: /\bCEO\b/
  - expected: billion
    pattern: /\bbn\b/
  - expected: million
    pattern: /\bmn\b/
  - expected: JavaScript
    pattern: javascript
  - expected: e-mail
    pattern: email
  - expected: Wi-Fi
    pattern: wifi
  - expected: website
    pattern: web site
  - expected: U.S.
    pattern: /\bUS\b/
  - expected: health care
    pattern: healthcare
YAML
  printf '{"rules": {"prh": {"rulePaths": ["%s"]}}}\n' "$scratch/prh.yml" > "$scratch/textlintrc.json"
fi

for mb in "${sizes[@]}"; do
  corpus="$scratch/corpus-$mb"
  if [ ! -f "$corpus.done" ]; then
    rm -rf "$corpus"
    python3 benches/gen_corpus.py "$corpus" "$mb"
    touch "$corpus.done"
  fi
  FACTLINT="$FACTLINT" TEXTLINT="$textlint" SCRATCH="$scratch" CORPUS="$corpus" RUNS="$runs" \
    python3 - << 'PY'
import os, resource, statistics, subprocess, time

env = os.environ
corpus, runs = env["CORPUS"], int(env["RUNS"])
bin_, textlint, scratch = env["FACTLINT"], env["TEXTLINT"], env["SCRATCH"]
size = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(corpus) for f in fs)
files = sum(len(fs) for _, _, fs in os.walk(corpus))
tools = [
    ("factlint check", [bin_, "check", corpus, "--format", "json"]),
    ("factlint check --rules", [bin_, "check", corpus, "--format", "json",
                                "--rules", "rules/amazon-2025.yaml"]),
    ("factlint claims", [bin_, "claims", corpus, "--format", "json"]),
]
if textlint:
    tools.append(("textlint + prh", [textlint, "--config", f"{scratch}/textlintrc.json",
                                     "--format", "json", f"{corpus}/**/*.{{txt,md}}"]))
tools += [
    ("grep -rcE", ["grep", "-rcE", r"[0-9]+(\.[0-9]+)?", corpus]),
    ("cat", ["sh", "-c", 'find "$0" -type f -exec cat {} + > /dev/null', corpus]),
]

def measure(cmd):
    """(wall s, CPU s, peak RSS KiB) of one whole process and its children."""
    start = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, _, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - start
    return wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss

results = {name: [] for name, _ in tools}
for _ in range(runs):  # interleaved: every tool once per round
    for name, cmd in tools:
        results[name].append(measure(cmd))

print(f"\ncorpus {corpus}: {files} files, {size / 1e6:.1f} MB, {os.cpu_count()} cores, "
      f"medians of {runs} interleaved runs")
print(f"{'tool':<24} {'wall s':>8} {'MB/s':>8} {'CPU s':>8} {'peak RSS MB':>12} {'time / check':>13}")
base = statistics.median(w for w, _, _ in results["factlint check"])
for name, _ in tools:
    wall = statistics.median(r[0] for r in results[name])
    cpu = statistics.median(r[1] for r in results[name])
    rss = max(r[2] for r in results[name]) / 1024
    print(f"{name:<24} {wall:>8.2f} {size / 1e6 / wall:>8.1f} {cpu:>8.2f} {rss:>12.0f} {wall / base:>12.2f}x")
PY
done
