#!/usr/bin/env python3
"""Planted-error recall: how many single planted errors `factlint check` finds.

    python3 benches/plant.py                # every list but the held-out ones
    python3 benches/plant.py bt-2023        # one list
    python3 benches/plant.py --untouched    # the held-out lists (rsu-*), totals only
    python3 benches/plant.py -v --untouched # the same with each plant, at the end of an issue

Each list in benches/plants/NAME.txt plants errors in a consistent cluster
(fixtures/amazon-2025 for amazon-2025, fixtures/real-style/NAME/drafts for
rs-NAME, fixtures/real-style-untouched/NAME/drafts for rsu-NAME — the held-out
set, measured only at the end of an issue — fixtures/zero-config/NAME otherwise),
one at a time: `file | old words | new words`. For each plant the cluster is
copied to a temporary directory, the first occurrence of the old words is
replaced, and `factlint check --no-config --format json` runs. A plant is
found when a diagnostic that the unplanted cluster does not give points (as
primary or related label) at the planted words. Nothing is asserted: read the
figures. Many plants cannot be found by design (a figure stated once, open
bounds that still agree, different periods); the list says what was tried.
"""
import json, os, shutil, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.environ.get("FACTLINT_BIN") or os.path.join(ROOT, "target", "release", "factlint")


def diagnostics(path):
    p = subprocess.run([BIN, "check", "--no-config", "--format", "json", path],
                       capture_output=True, text=True)
    return json.loads(p.stdout)["diagnostics"]


def key(d):
    return (d["check"], os.path.basename(d["file"]), d["span"]["start"], d["message"])


def cluster_of(name):
    """The draft folder a plant list belongs to."""
    if name == "amazon-2025":
        return os.path.join(ROOT, "fixtures", name)
    if name.startswith("rsu-"):
        return os.path.join(ROOT, "fixtures", "real-style-untouched", name[4:], "drafts")
    if name.startswith("rs-"):
        return os.path.join(ROOT, "fixtures", "real-style", name[3:], "drafts")
    return os.path.join(ROOT, "fixtures", "zero-config", name)


def run(name, verbose=True):
    cluster = cluster_of(name)
    plants = [l.rstrip("\n").split(" | ") for l in open(os.path.join(ROOT, "benches", "plants", name + ".txt"))
              if l.strip() and not l.startswith("#")]
    base = {key(d) for d in diagnostics(cluster)}
    found = 0
    for f, old, new in plants:
        tmp = tempfile.mkdtemp()
        try:
            # Drafts only: a `.factlint_cache/` a run left there is no draft.
            for n in os.listdir(cluster):
                if os.path.isfile(os.path.join(cluster, n)):
                    shutil.copy(os.path.join(cluster, n), tmp)
            path = os.path.join(tmp, f)
            text = open(path, encoding="utf-8").read()
            if old not in text:
                if verbose:
                    print(f"  skip  {f}: {old!r} not found")
                continue
            at = len(text[: text.index(old)].encode())
            text = text.replace(old, new, 1)
            open(path, "w", encoding="utf-8").write(text)
            end = at + len(new.encode())
            def points_here(d):
                for lab in [d] + d.get("related", []):
                    if os.path.basename(lab["file"]) == f and lab["span"]["start"] <= end + 5 and lab["span"]["end"] >= at - 5:
                        return True
                return False
            hits = [d for d in diagnostics(tmp) if key(d) not in base and points_here(d)]
            found += bool(hits)
            what = "; ".join(d["check"] for d in hits) or "-"
            if verbose:
                print(f"  {'found' if hits else 'miss '} {f}: {old!r} -> {new!r}  [{what}]")
        finally:
            shutil.rmtree(tmp)
    print(f"{name}: {found}/{len(plants)} planted errors found")
    return found, len(plants)


def main():
    if not os.path.exists(BIN):
        subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    args = sys.argv[1:]
    # The held-out clusters print totals only: their plants are not read
    # while tuning (`-v` prints them, at the end of an issue).
    verbose = "-v" in args
    args = [a for a in args if a != "-v"]
    lists = sorted(n[:-4] for n in os.listdir(os.path.join(ROOT, "benches", "plants")))
    if args == ["--untouched"]:
        names = [n for n in lists if n.startswith("rsu-")]
    else:
        names = args or [n for n in lists if not n.startswith("rsu-")]
    total = {n: run(n, verbose or not n.startswith("rsu-")) for n in names}
    groups = [("seed and zero-config", lambda n: not n.startswith("rs")),
              ("real-style (tuning)", lambda n: n.startswith("rs-")),
              ("real-style-untouched (held out)", lambda n: n.startswith("rsu-"))]
    for label, member in groups:
        part = [t for n, t in total.items() if member(n)]
        if part:
            f, n = sum(t[0] for t in part), sum(t[1] for t in part)
            print(f"{label}: {f}/{n} planted errors found ({100 * f / max(n, 1):.0f}%)")
    f, n = sum(t[0] for t in total.values()), sum(t[1] for t in total.values())
    print(f"all: {f}/{n} planted errors found ({100 * f / max(n, 1):.0f}%)")


if __name__ == "__main__":
    main()
