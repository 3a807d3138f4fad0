#!/usr/bin/env python3
"""A deterministic archive-sized corpus of drafts for whole-process benchmarks.

    python3 benches/gen_corpus.py OUT MB [--seed N]

Writes about MB megabytes (10^6 bytes) of drafts under OUT (which must not
exist or be empty) as OUT/story-NNNNN/draft-K.txt|.md, every file 2-10 KB.
Each story is one of the shipped stories (fixtures/amazon-2025 and
fixtures/real-style/*/drafts) retold: its drafts' paragraphs, recombined to a
random length, with

- the capitalised names (organisations, people, places: any capitalised word
  run the story's drafts repeat) replaced by synthetic names drawn from a
  shared pool, so different stories share some organisations and people and
  the cross-draft index holds groups of many drafts;
- the figures (not years, not small numbers that may be days) scaled by one
  factor per story, so the drafts of a story agree and disagree as the
  originals do, and the values differ from story to story.

Same arguments, same bytes: seeded, inputs read in sorted order, no hash
ordering. Standard library only.
"""

import argparse
import os
import random
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
SYLLABLES = (
    "ar bel cor dan el fen gor hal in jor kel lor mar nor or pel quin ras "
    "sel tor ul ven wil xan yor zel bra cre dri fro gla pri stra tre vo ka"
).split()
# Capitalised words that are not names of anything a story varies.
KEEP = set(
    """The A An In On At For And But Or Of To As By From With This That These
    Those It Its He She They We I His Her Their Our Monday Tuesday Wednesday
    Thursday Friday Saturday Sunday January February March April May June July
    August September October November December Jan Feb Mar Apr Jun Jul Aug
    Sep Sept Oct Nov Dec Also Read More Updated Mr Mrs Ms Dr After Before
    When While According Last Next First Second Third New However Meanwhile
    Here There What Why How Who Under Over About Some All Most Many Each
    Every If Not No Yes So Then Now Today Yesterday Tomorrow""".split()
)
NAME = re.compile(r"\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*\b")
NUMBER = re.compile(r"(?<![\w.:])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\w:])")


def stories():
    """[(story, [(ext, text)])] in sorted order."""
    dirs = [os.path.join(ROOT, "fixtures", "amazon-2025")]
    real = os.path.join(ROOT, "fixtures", "real-style")
    for name in sorted(os.listdir(real)):
        d = os.path.join(real, name, "drafts")
        if os.path.isdir(d):
            dirs.append(d)
    out = []
    for d in dirs:
        drafts = []
        for f in sorted(os.listdir(d)):
            ext = f.rsplit(".", 1)[-1]
            if ext in ("txt", "md"):
                with open(os.path.join(d, f), encoding="utf-8") as fh:
                    drafts.append((ext, fh.read()))
        if drafts:
            out.append((os.path.relpath(d, ROOT), drafts))
    return out


def story_names(drafts):
    """Capitalised word runs a story uses at least twice, longest first."""
    counts = {}
    for _, text in drafts:
        for m in NAME.finditer(text):
            words = [w for w in re.split(r"[ -]", m.group(0))]
            if all(w in KEEP for w in words):
                continue
            counts[m.group(0)] = counts.get(m.group(0), 0) + 1
    names = [n for n, c in counts.items() if c >= 2]
    return sorted(names, key=lambda n: (-len(n), n))


def synthetic(rng):
    word = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3)))
    return word.capitalize()


def name_pool(rng, size):
    pool, seen = [], set()
    while len(pool) < size:
        n = synthetic(rng)
        if n not in seen and n not in KEEP:
            seen.add(n)
            pool.append(n)
    return pool


def scale_numbers(text, factor):
    def sub(m):
        whole, frac = m.group(1), m.group(2) or ""
        plain = whole.replace(",", "")
        value = float(plain + frac)
        if frac == "" and len(plain) == 4 and 1900 <= value <= 2100:
            return m.group(0)  # a year
        if frac == "" and value <= 31:
            return m.group(0)  # may be a day of the month
        new = value * factor
        if frac:
            return f"{new:.{len(frac) - 1}f}"
        new = max(1, round(new))
        return f"{new:,}" if "," in whole else str(new)

    return NUMBER.sub(sub, text)


def retell(rng, drafts, names, pool):
    """The drafts of one story with names and figures varied."""
    mapping = {}
    for n in names:
        mapping[n] = " ".join(rng.choice(pool) for _ in n.split(" "))
    pattern = (
        re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b")
        if names
        else None
    )
    factor = rng.choice([0.5, 0.75, 1.25, 1.5, 2, 2.5, 3, 4])
    paragraphs = []
    for _, text in drafts:
        if pattern:
            text = pattern.sub(lambda m: mapping[m.group(0)], text)
        text = scale_numbers(text, factor)
        paragraphs.append([p for p in text.split("\n\n") if p.strip()])
    out = []
    for i, (ext, _) in enumerate(drafts):
        target = rng.randint(2000, 10000)
        parts, size, j = [], 0, i
        while size < target:
            own = paragraphs[j % len(paragraphs)]
            for p in own:
                if size + len(p.encode()) + 2 > 9900 and size >= 2000:
                    break
                parts.append(p)
                size += len(p.encode()) + 2
                if size >= target:
                    break
            else:
                j += 1
                continue
            break
        out.append((ext, "\n\n".join(parts) + "\n"))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("mb", type=float)
    ap.add_argument("--seed", type=int, default=19)
    args = ap.parse_args()
    if os.path.exists(args.out) and os.listdir(args.out):
        sys.exit(f"error: {args.out} is not empty")
    rng = random.Random(args.seed)
    seeds = [(s, d, story_names(d)) for s, d in stories()]
    pool = name_pool(rng, 3000)
    target = int(args.mb * 1_000_000)
    total = files = n = 0
    while total < target:
        _, drafts, names = seeds[n % len(seeds)]
        folder = os.path.join(args.out, f"story-{n:05d}")
        os.makedirs(folder)
        for k, (ext, text) in enumerate(retell(rng, drafts, names, pool)):
            data = text.encode("utf-8")
            with open(os.path.join(folder, f"draft-{k}.{ext}"), "wb") as fh:
                fh.write(data)
            total += len(data)
            files += 1
        n += 1
    print(f"{args.out}: {files} drafts in {n} stories, {total} bytes")


if __name__ == "__main__":
    main()
