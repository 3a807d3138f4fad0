#!/usr/bin/env python3
"""Pathological inputs of issue 11 (cases 5-8) at three sizes each: wall time
and peak memory of `factlint check`, and the growth from one size to the next.

Time must grow linearly with the input: doubling the size should about double
the time (a growth factor near 2; 4 would be quadratic). This is a benchmark,
not a test: it prints figures and never fails on them.

    cargo build --release
    python3 benches/hostile.py target/release/factlint [--scale 1.0]

Inputs are generated into a temporary folder and removed afterwards.
"""
import argparse
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time

# Every run extracts: no claims cache (src/cache.rs) read or written.
os.environ["FACTLINT_NO_CACHE"] = "1"


def one_file(text):
    return lambda d: open(os.path.join(d, "a.txt"), "w", encoding="utf-8").write(text)


def many_files(n, line):
    def make(d):
        for i in range(n):
            with open(os.path.join(d, f"d{i:06}.txt"), "w", encoding="utf-8") as f:
                f.write(line(i))
    return make


def distinct_names(n):
    rnd = random.Random(n)
    def line(i):
        name = "".join(rnd.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(7)).capitalize()
        return f"Acme chief executive Jo {name} said the plan was final.\n"
    return many_files(n, line)


def with_sheet(make):
    """The drafts `make` writes, with a story sheet found through factlint.yaml."""
    def write(d):
        make(d)
        with open(os.path.join(d, "factlint.yaml"), "w", encoding="utf-8") as f:
            f.write("rules: [sheet.yaml]\n")
        with open(os.path.join(d, "sheet.yaml"), "w", encoding="utf-8") as f:
            f.write("story: acme\nentities:\n  - {name: Acme, kind: org}\nquantities:\n"
                    "  - {id: acme_cuts, unit: people, subject: Acme, cues: [cut, jobs], fact: 1200}\n")
    return write


QUALS = ["about ", "more than ", "nearly ", "", "at least ", "almost "]

# (case, what, sizes, make(size) -> writer)
CASES = [
    ("5", "one sentence of N figures", [375, 750, 1500],
     lambda n: one_file("Acme cut " + " and ".join(["5 jobs"] * n))),
    ("5", "'$1.5 million and ' x N", [375, 750, 1500],
     lambda n: one_file("Acme raised " + "$1.5 million and " * n)),
    ("5", "'1,0' x N (no spaces)", [10000, 20000, 40000],
     lambda n: one_file("1,0" * n)),
    ("6", "N paragraphs in one file", [12500, 25000, 50000],
     lambda n: one_file("Acme cut 500 jobs.\n\n" * n)),
    ("6", "N attributed paragraphs", [12500, 25000, 50000],
     lambda n: one_file("Acme cut 500 jobs, CEO Andy Jassy said.\n\n" * n)),
    ("7", "N unclosed straight quotes", [12500, 25000, 50000],
     lambda n: one_file('"word ' * n)),
    ("7", "N open curly quotes after 'said'", [2000, 4000, 8000],
     lambda n: one_file("Andy Jassy said \u201cwe cut 5 jobs " * n)),
    ("7", "N pronoun-attributed quotes in one paragraph", [2000, 4000, 8000],
     lambda n: one_file("Health Minister Jane Doe spoke. " + "\u201cWe will trace every contact now,\u201d she said. " * n)),
    ("8", "N files with conflicting figures", [5000, 10000, 20000],
     lambda n: many_files(n, lambda i: f"Acme cut {500 + (i % 7) * 100} jobs in 2025.\n")),
    ("8", "N files, one key, drifting qualifiers", [8000, 16000, 32000],
     lambda n: many_files(n, lambda i: f"Acme cut {QUALS[i % 6]}500 jobs in 2025.\n")),
    ("8", "N files naming one CEO", [5000, 10000, 20000],
     lambda n: many_files(n, lambda i: "Acme cut 500 jobs, CEO Andy Jassy said.\n")),
    ("8", "N files naming distinct CEOs", [5000, 10000, 20000],
     distinct_names),
    ("15", "sheet: N paragraphs naming 3 organisations", [5000, 10000, 20000],
     lambda n: with_sheet(one_file("".join(
         f"Acme Corp will cut {1000 + i} jobs, Beta Industries and Gamma Holdings said.\n\n"
         for i in range(n))))),
    ("15", "sheet: one sentence of N figures and organisations", [1000, 2000, 4000],
     lambda n: with_sheet(one_file("Acme said it would cut " + ", ".join(
         f"{1000 + i} jobs at Org{i} Corp" for i in range(n)) + ".\n"))),
]


def run(binary, folder):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    p = subprocess.run([binary, "check", "--format", "json", folder],
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if p.returncode not in (0, 1):
        sys.exit(f"exit {p.returncode}: {p.stderr.decode(errors='replace')[:500]}")
    # ru_maxrss of children is the largest child so far (KB on Linux).
    return elapsed, max(after.ru_maxrss, before.ru_maxrss)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("binary")
    ap.add_argument("--scale", type=float, default=1.0, help="multiply every size")
    args = ap.parse_args()
    print(f"{'case':4} {'input':40} {'size':>8} {'bytes':>10} {'seconds':>8} {'growth':>6}")
    for case, what, sizes, make in CASES:
        prev = None
        for n in sizes:
            n = max(1, int(n * args.scale))
            d = tempfile.mkdtemp(prefix="factlint-hostile-bench-")
            try:
                make(n)(d)
                size = sum(os.path.getsize(os.path.join(d, f)) for f in os.listdir(d))
                secs, _ = run(args.binary, d)
            finally:
                shutil.rmtree(d, ignore_errors=True)
            growth = f"{secs / prev:.2f}" if prev else ""
            print(f"{case:4} {what:40} {n:>8} {size:>10} {secs:>8.3f} {growth:>6}", flush=True)
            prev = max(secs, 1e-3)


if __name__ == "__main__":
    main()
