#!/usr/bin/env python3
"""What a story sheet changes on the real-style clusters: errors found and
unexplained diagnostics, without and with the cluster's sheet.

    python3 benches/sheets.py [--untouched] [-v] [CLUSTER...]

For every cluster of fixtures/real-style/ that has a sheet
rules/real-style/CLUSTER.yaml (or only the CLUSTERs named), runs

    factlint check --no-config --format json fixtures/real-style/C/drafts
    factlint check --no-config --format json --rules rules/real-style/C.yaml fixtures/real-style/C/drafts

and scores both runs the way benches/realstyle.py does: an error of
errors.txt is found when a diagnostic's primary or related label overlaps its
words in that draft; a diagnostic none of whose labels overlaps a listed
error is unexplained. A label pointing into the rules file never counts as
overlapping (it is where the sheet pinned a fact, not what the draft says).
-v lists, per cluster, the unexplained diagnostics the sheet adds (those the
run with the sheet gives and the run without does not, by check, draft,
place and message) and the errors the sheet finds or loses.
--untouched scores the held-out clusters (fixtures/real-style-untouched/)
with their sheets (rules/real-style-untouched/), measured only at the end of
an issue.
Run from anywhere after `cargo build --release` (FACTLINT_BIN overrides the
binary). Nothing is asserted.
"""
import json, os, subprocess, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import realstyle  # noqa: E402  (a script in this folder: errors_of, labels, overlaps, BIN, ROOT)

ROOT = realstyle.ROOT
BIN = realstyle.BIN
UNTOUCHED = "--untouched" in sys.argv[1:]
BASE = os.path.join(ROOT, "fixtures", "real-style-untouched" if UNTOUCHED else "real-style")
SHEETS = os.path.join(ROOT, "rules", "real-style-untouched" if UNTOUCHED else "real-style")


def diagnostics(drafts, sheet=None):
    cmd = [BIN, "check", "--no-config", "--format", "json"]
    if sheet:
        cmd += ["--rules", sheet]
    p = subprocess.run(cmd + [drafts], capture_output=True, text=True, cwd=ROOT)
    try:
        return json.loads(p.stdout)["diagnostics"]
    except (ValueError, KeyError):
        sys.exit(f"factlint gave no JSON for {drafts} (exit {p.returncode}):\n{p.stderr}")


def draft_labels(d, sheet):
    """The labels of a diagnostic that may overlap a draft's words: not those in the sheet."""
    if not sheet:
        return realstyle.labels(d)
    s = os.path.realpath(sheet)
    return [l for l in realstyle.labels(d) if os.path.realpath(os.path.join(ROOT, l["file"])) != s]


def score(diags, errs, sheet):
    hit = lambda d, e: any(realstyle.overlaps(l, e) for l in draft_labels(d, sheet))
    found = [e for e in errs if any(hit(d, e) for d in diags)]
    unexplained = [d for d in diags if not any(hit(d, e) for e in errs)]
    by = {e: sorted({d["check"] for d in diags if hit(d, e)}) for e in found}
    return found, unexplained, by


def key(d):
    return (d["check"], os.path.basename(d["file"]), d["span"]["start"], d["message"])


def run(name):
    cluster = os.path.join(BASE, name)
    drafts = os.path.join(cluster, "drafts")
    sheet = os.path.join(SHEETS, name + ".yaml")
    errs = realstyle.errors_of(cluster)
    f0, u0, _ = score(diagnostics(drafts), errs, None)
    f1, u1, by = score(diagnostics(drafts, sheet), errs, sheet)
    before = {key(d) for d in u0}
    added = [d for d in u1 if key(d) not in before]
    return dict(name=name, errs=errs, f0=f0, u0=u0, f1=f1, u1=u1, added=added, by=by)


def main():
    args = sys.argv[1:]
    verbose = "-v" in args
    names = [a for a in args if not a.startswith("-")]
    if not names:
        names = sorted(n for n in os.listdir(BASE)
                       if os.path.isdir(os.path.join(BASE, n)) and os.path.isfile(os.path.join(SHEETS, n + ".yaml")))
    rows = [run(n) for n in names]
    w = max([len(r["name"]) for r in rows] + [7])
    print(f"{'cluster':{w}}  {'errors':>6}  {'found':>11}  {'unexplained':>11}  {'added':>5}")
    print(f"{'':{w}}  {'':>6}  {'no / sheet':>11}  {'no / sheet':>11}  {'':>5}")
    t = [0] * 6
    for r in rows:
        v = [len(r["errs"]), len(r["f0"]), len(r["f1"]), len(r["u0"]), len(r["u1"]), len(r["added"])]
        t = [a + b for a, b in zip(t, v)]
        print(f"{r['name']:{w}}  {v[0]:>6}  {v[1]:>5} / {v[2]:<3}  {v[3]:>5} / {v[4]:<3}  {v[5]:>5}")
    print(f"{'total':{w}}  {t[0]:>6}  {t[1]:>5} / {t[2]:<3}  {t[3]:>5} / {t[4]:<3}  {t[5]:>5}")
    if verbose:
        for r in rows:
            print(f"\n{r['name']}:")
            for e in r["errs"]:
                a, b = e in r["f0"], e in r["f1"]
                if a != b:
                    how = f" (by {', '.join(r['by'][e])})" if b else ""
                    print(f"    {'now found' if b else 'LOST     '} {e[2]:18} {e[0]}: {e[3]!r}{how}")
            for d in r["added"]:
                print(f"    added {d['check']} {os.path.basename(d['file'])}:{d['span']['line']}: {d['message']}")


if __name__ == "__main__":
    main()
