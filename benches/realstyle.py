#!/usr/bin/env python3
"""Real-style recall and false alarms: what `factlint check` says on the
story clusters of fixtures/real-style/ (the tuning set) or, with
--untouched, fixtures/real-style-untouched/ (the held-out set, measured only
at the end of an issue).

    python3 benches/realstyle.py [--untouched] [-v] [CLUSTER...]

Each cluster has drafts/ and errors.txt (`draft | erroneous words | class |
why`). An error is found when a diagnostic's primary or related label
overlaps its words (the first occurrence in that draft). A diagnostic none of
whose labels overlaps a listed error is unexplained: a false alarm, or an
error the list does not name (read it with -v). Nothing is asserted.
"""
import json, os, re, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.environ.get("FACTLINT_BIN") or os.path.join(ROOT, "target", "release", "factlint")


def errors_of(cluster):
    out = []
    for line in open(os.path.join(cluster, "errors.txt"), encoding="utf-8"):
        if not line.strip() or line.startswith("#"):
            continue
        f = [x.strip() for x in line.rstrip("\n").split(" | ")]
        if len(f) < 3:
            continue
        draft, words, klass = f[0], f[1], f[2]
        text = open(os.path.join(cluster, "drafts", draft), encoding="utf-8").read()
        if words not in text:
            print(f"  (errors.txt: {words!r} not in {draft})")
            continue
        # Every occurrence of the words in that draft is the error: a wrong
        # figure repeated in a headline, its repeat and the body is one error,
        # caught where any copy is reported, and a diagnostic on any copy is
        # explained. Copies are matched ignoring case: a headline capitalises
        # its words (`$39.5 Billion` is the body's `$39.5 billion`).
        spans = []
        for m in re.finditer(re.escape(words), text, re.IGNORECASE):
            at = len(text[: m.start()].encode())
            spans.append((at, at + len(m.group(0).encode())))
        out.append((draft, tuple(spans), klass, words))
    return out


def labels(d):
    return [d] + d.get("related", [])


def overlaps(lab, e):
    draft, spans = e[0], e[1]
    if os.path.basename(lab["file"]) != draft:
        return False
    return any(lab["span"]["start"] < end and lab["span"]["end"] > start for start, end in spans)


def run(base, name, verbose):
    cluster = os.path.join(base, name)
    drafts = os.path.join(cluster, "drafts")
    p = subprocess.run([BIN, "check", "--no-config", "--format", "json", drafts], capture_output=True, text=True)
    diags = json.loads(p.stdout)["diagnostics"]
    errs = errors_of(cluster)
    found = [e for e in errs if any(overlaps(l, e) for d in diags for l in labels(d))]
    unexplained = [d for d in diags if not any(overlaps(l, e) for l in labels(d) for e in errs)]
    n_drafts = len([f for f in os.listdir(drafts) if f.endswith((".md", ".txt"))])
    print(f"{name}: {len(found)}/{len(errs)} errors found, {len(diags)} diagnostics, "
          f"{len(unexplained)} unexplained, {n_drafts} drafts")
    if verbose:
        for e in errs:
            print(f"    {'found' if e in found else 'MISS '} {e[2]:18} {e[0]}: {e[3]!r}")
        for d in unexplained:
            print(f"    unexplained {d['check']} {os.path.basename(d['file'])}:{d['span']['start']}: {d['message']}")
    return len(found), len(errs), len(unexplained), n_drafts


def main():
    args = sys.argv[1:]
    verbose = "-v" in args
    untouched = "--untouched" in args
    names = [a for a in args if not a.startswith("-")]
    base = os.path.join(ROOT, "fixtures", "real-style-untouched" if untouched else "real-style")
    names = names or sorted(n for n in os.listdir(base) if not n.startswith(".") and os.path.isdir(os.path.join(base, n)))
    t = [run(base, n, verbose) for n in names]
    f, e, u, d = (sum(x[i] for x in t) for i in range(4))
    label = "held-out" if untouched else "tuning"
    print(f"{label}: {f}/{e} errors found ({100 * f / max(e, 1):.0f}%), "
          f"{u} unexplained diagnostics over {d} drafts ({u / max(d, 1):.2f} per draft)")


if __name__ == "__main__":
    main()
