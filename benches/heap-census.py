#!/usr/bin/env python3
"""Where a factlint run's memory is at its peak, from a massif profile.

    valgrind --tool=massif --threshold=0.2 --massif-out-file=OUT \\
        target/release/factlint check --no-config --no-cache --format json CORPUS
    python3 benches/heap-census.py OUT [SNAPSHOT] [--under FUNCTION]

Reads the peak snapshot (or snapshot number SNAPSHOT) of a massif output
file and adds up the live heap bytes by the innermost frame that is
factlint's own code (allocator, standard library, rayon and hashbrown frames
skipped), largest first: which stage's data is alive at the peak. With
`--under FUNCTION`, the bytes under that frame are split by the two frames
inside it (what that function allocated them with). Massif's `extra` (the
allocator's bookkeeping, about 16 bytes a block) is printed beside the total:
it is resident memory too. Standard library only.
"""

import argparse
import collections
import re
import sys

SKIP = re.compile(
    r"^(alloc::|core::|std::|rayon|hashbrown|__rust|<alloc|<core|<std|<hashbrown|"
    r"<rayon|malloc|realloc|calloc|memchr|0x)"
)
NODE = re.compile(r"^( *)n(\d+): (\d+) (.*)$")


def frame(desc):
    """The function name of a massif tree line."""
    m = re.search(r"0x[0-9A-F]+: (.*?) \((?:in|[^)]*:\d+)", desc)
    return m.group(1) if m else desc


def snapshots(lines):
    out, cur = [], None
    for i, line in enumerate(lines):
        if line.startswith("snapshot="):
            cur = {"line": i, "n": int(line.split("=")[1])}
            out.append(cur)
        elif cur is not None and "=" in line:
            key, _, value = line.partition("=")
            cur[key] = value
    return out


def leaves(lines, start):
    """(stack of function names from the allocation outwards, bytes) per leaf."""
    i = start
    while not lines[i].startswith("heap_tree="):
        i += 1
    stack = []
    for line in lines[i + 1 :]:
        if line.startswith("snapshot=") or line.startswith("#"):
            break
        m = NODE.match(line)
        if not m:
            continue
        depth, children, size = len(m.group(1)), int(m.group(2)), int(m.group(3))
        stack = stack[:depth] + [frame(m.group(4))]
        if children == 0:
            yield stack[1:], size


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("massif_out")
    ap.add_argument("snapshot", nargs="?", type=int)
    ap.add_argument("--under")
    ap.add_argument("--top", type=int, default=20)
    a = ap.parse_args()
    lines = open(a.massif_out, encoding="utf-8").read().split("\n")
    snaps = snapshots(lines)
    if a.snapshot is None:
        snap = next(s for s in snaps if s.get("heap_tree") == "peak")
    else:
        snap = next(s for s in snaps if s["n"] == a.snapshot)
    heap, extra = int(snap["mem_heap_B"]), int(snap["mem_heap_extra_B"])
    print(f"snapshot {snap['n']}: heap {heap / 1e6:.1f} MB, allocator bookkeeping {extra / 1e6:.1f} MB")
    by = collections.Counter()
    for stack, size in leaves(lines, snap["line"]):
        if a.under:
            k = next((i for i, f in enumerate(stack) if a.under in f), None)
            if k is None:
                continue
            by[" <- ".join(f[:60] for f in stack[max(0, k - 2) : k]) or "(itself)"] += size
        else:
            own = next((f for f in stack if not SKIP.match(f)), stack[-1] if stack else "?")
            by[own] += size
    for name, size in by.most_common(a.top):
        print(f"{size / 1e6:8.2f} MB {100 * size / heap:5.1f}%  {name[:140]}")


if __name__ == "__main__":
    sys.exit(main())
