#!/usr/bin/env bash
# Saves what a factlint binary prints for every fixture folder, so a change
# meant to be invisible (speed, memory) can be shown byte-identical:
#
#   bash benches/same-output.sh OLD_BINARY /tmp/before
#   bash benches/same-output.sh NEW_BINARY /tmp/after
#   diff -r /tmp/before /tmp/after
#
# With a third argument, every run reads and fills that claims cache folder
# instead of running without one: run it twice (cold, then warm) and compare
# both with a run without the cache.
#
# For each folder (fixtures/*/, fixtures/checks/*/*/*, fixtures/real-style/*/drafts):
# `check --format json`, `check --format sarif`, `claims --format json`,
# `claims` (the table), each with its exit code; for fixtures/amazon-2025 also
# with the story sheet. Runs from the repository root (SARIF URIs are relative
# to the working directory).
set -uo pipefail
cd "$(dirname "$0")/.."
bin="$(realpath "$1")"
out="$2"
if [ -n "${3:-}" ]; then
  # Every run reads and fills this cache (claims and automatic keys).
  # (one folder per fixture folder, so no run's pack evicts another's).
  unset FACTLINT_NO_CACHE
  cache="$(realpath -m "$3")"
else
  # Every run extracts every draft: no claims cache (src/cache.rs) read or written.
  export FACTLINT_NO_CACHE=1
fi
mkdir -p "$out"
folders=()
for d in fixtures/*/ fixtures/checks/*/*/* fixtures/real-style/*/drafts; do
  # The held-out set is never run on while working on the code.
  case "$d" in fixtures/real-style-untouched*) continue ;; esac
  [ -d "$d" ] && folders+=("${d%/}")
done
run() { # name, args...
  local name="$1"
  shift
  if [ -n "${cache:-}" ]; then
    export FACTLINT_CACHE_DIR="$cache/$n"
  fi
  COLUMNS=100 "$bin" "$@" > "$out/$name.out" 2> "$out/$name.err"
  echo "$?" > "$out/$name.code"
}
for d in "${folders[@]}"; do
  n="${d//\//_}"
  run "$n.check.json" check "$d" --format json
  run "$n.check.sarif" check "$d" --format sarif
  run "$n.claims.json" claims "$d" --format json
  run "$n.claims.table" claims "$d"
done
n=amazon.rules
run amazon.rules.check.json check fixtures/amazon-2025 --rules rules/amazon-2025.yaml --format json
run amazon.rules.check.sarif check fixtures/amazon-2025 --rules rules/amazon-2025.yaml --format sarif
run amazon.rules.claims.json claims fixtures/amazon-2025 --rules rules/amazon-2025.yaml --format json
echo "${#folders[@]} folders written to $out"
