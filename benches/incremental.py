#!/usr/bin/env python3
"""Incremental runs: what the claims cache saves, as whole processes.

    python3 benches/incremental.py BINARY CORPUS [--runs N] [--command check|claims]

CORPUS is a folder of drafts (benches/gen_corpus.py makes one). It is copied
to a temporary folder, so one of its drafts can be changed, and each round
times, as whole processes (wall, CPU = user + system, peak RSS, by wait4):

- `--no-cache`: every draft extracted, nothing written (the reference);
- cold: an empty cache, every draft extracted and its entry written;
- warm: the same drafts again, every draft read from the cache;
- one changed: one draft edited (a sentence with a new figure appended),
  so that draft alone is extracted again.

It prints medians over the rounds, each run's time as a share of the cold
run's, and the cache's size on disk. The output of every cached run is
compared with the `--no-cache` run of the same drafts: a difference stops the
script. Nothing else is asserted: read the figures. Standard library only.
"""

import argparse
import os
import shutil
import statistics
import subprocess
import tempfile
import time


def measure(cmd, cwd):
    """(wall s, CPU s, peak RSS KiB, stdout bytes) of one whole process."""
    start = time.perf_counter()
    p = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    out = p.stdout.read()
    _, _, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - start
    return wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss, out


def disk_size(folder):
    """(bytes, files) under folder."""
    total, files = 0, 0
    for d, _, fs in os.walk(folder):
        for f in fs:
            total += os.path.getsize(os.path.join(d, f))
            files += 1
    return total, files


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("corpus")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--command", default="check", choices=["check", "claims"])
    a = ap.parse_args()
    binary = os.path.abspath(a.binary)
    work = tempfile.mkdtemp(prefix="factlint-incremental-")
    try:
        drafts = os.path.join(work, "drafts")
        shutil.copytree(a.corpus, drafts)
        cache = os.path.join(work, "cache")
        size, files = disk_size(drafts)
        changed = sorted(
            os.path.join(d, f) for d, _, fs in os.walk(drafts) for f in fs
        )[files // 2]
        base = [binary, a.command, "drafts", "--format", "json", "--no-config"]
        # The flags alone decide: no cache variable from the caller's shell.
        for var in ["FACTLINT_NO_CACHE", "FACTLINT_CACHE_DIR"]:
            os.environ.pop(var, None)
        kinds = ["no cache", "cold", "warm", "one changed"]
        results = {k: [] for k in kinds}
        cache_size = (0, 0)
        for r in range(a.runs):
            shutil.rmtree(cache, ignore_errors=True)
            ref = measure(base + ["--no-cache"], work)
            results["no cache"].append(ref)
            for kind in ["cold", "warm"]:
                got = measure(base + ["--cache-dir", cache], work)
                if got[3] != ref[3]:
                    raise SystemExit(f"{kind} run printed another output than --no-cache")
                results[kind].append(got)
            cache_size = disk_size(cache)
            with open(changed, "a", encoding="utf-8") as f:
                f.write(f"\nThe company said it would hire {1200 + 17 * r} more staff.\n")
            got = measure(base + ["--cache-dir", cache], work)
            ref_changed = measure(base + ["--no-cache"], work)
            if got[3] != ref_changed[3]:
                raise SystemExit("the run after one change printed another output than --no-cache")
            results["one changed"].append(got)
        print(
            f"\n{a.command} over {a.corpus}: {files} files, {size / 1e6:.1f} MB, "
            f"{os.cpu_count()} cores, medians of {a.runs} rounds"
        )
        print(f"cache on disk after the cold run: {cache_size[0] / 1e6:.1f} MB in {cache_size[1]} files")
        print(f"{'run':<14} {'wall s':>8} {'CPU s':>8} {'peak RSS MB':>12} {'wall / cold':>12} {'CPU / cold':>11}")
        cold_wall = statistics.median(x[0] for x in results["cold"])
        cold_cpu = statistics.median(x[1] for x in results["cold"])
        for k in kinds:
            wall = statistics.median(x[0] for x in results[k])
            cpu = statistics.median(x[1] for x in results[k])
            rss = max(x[2] for x in results[k]) / 1024
            print(
                f"{k:<14} {wall:>8.2f} {cpu:>8.2f} {rss:>12.0f} "
                f"{100 * wall / cold_wall:>11.0f}% {100 * cpu / cold_cpu:>10.0f}%"
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
