"""What a hand check costs the next command: `check ID TOOL`, then the next load, before and after
hand checks became a layer over the parsed tables (issue 24).

    python benchmarks/check_speed.py                      # 5 plans and 300 synthetic plans
    python benchmarks/check_speed.py --sizes 5 --rounds 3 --before e4ac8bd

Two checkouts run side by side in the same run: `--before` (a git revision, default the commit
this change started from, when the checks file was part of the cache's key and applied while
each plan was parsed) and this checkout (the checks applied by every load over the cached
tables). Each is copied into its own scratch folder (its package and data/reference/, so that
each writes its own data/reference/instrument_checks.csv, the file its cache is keyed on and
its load applies; the repository's file is never written) under benchmarks/out/check_speed/.

For each corpus (N = 5: data/raw/; larger N: the synthetic corpus of `make_corpus.py` in
benchmarks/out/d<PCT>/<N>/, as run.py makes it) and each checkout: the cache is written first
(a load, not timed), then `--rounds` times: `python -m sciplan_analysis check ID TOOL` writes
one row (a new clause each round, of another plan), then a fresh process loads the corpus
(``load_corpus``), as the next `check` list, build or report page would. Each is a fresh
interpreter, timed by the parent from start to exit (imports included). Printed: the median
and the largest of the rounds, and whether each load re-parsed (the cache's manifest
rewritten) and applied the check (the clause is coded_by checked).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out" / "check_speed"
BEFORE = "e4ac8bd"  # the commit issue 24's check layer started from

PICK = """
import json, sys, warnings
warnings.simplefilter("ignore")
from sciplan_analysis.corpus import load_corpus
c = load_corpus({raw!r}, {processed!r}).clauses
c = c[c["start"].notna()].drop_duplicates("plan_id")
print(json.dumps([f"{{p}}:{{t}}/{{n}}" for p, t, n in zip(c["plan_id"], c["task_id"], c["clause_no"])]))
"""

LOAD = """
import json, sys, warnings
warnings.simplefilter("ignore")
from sciplan_analysis.corpus import load_corpus
c = load_corpus({raw!r}, {processed!r}).clauses
ids = [f"{{p}}:{{t}}/{{n}}" for p, t, n in zip(c["plan_id"], c["task_id"], c["clause_no"])]
checked = {{i for i, by in zip(ids, c["coded_by"]) if by == "checked"}}
print(json.dumps(sorted(checked)))
"""


def checkout(rev: str | None, folder: Path) -> Path:
    """The package and data/reference/ of `rev` (None: this checkout, as it is on disk) in
    `folder`, whose data/reference/instrument_checks.csv is then the one the copy reads."""
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    if rev is None:
        shutil.copytree(ROOT / "sciplan_analysis", folder / "sciplan_analysis",
                        ignore=shutil.ignore_patterns("__pycache__"))
        shutil.copytree(ROOT / "data" / "reference", folder / "data" / "reference",
                        ignore=shutil.ignore_patterns(".*"))
    else:
        archive = subprocess.run(["git", "archive", rev, "sciplan_analysis", "data/reference"],
                                 cwd=ROOT, check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
    return folder


def run(root: Path, args: list[str]) -> tuple[float, subprocess.CompletedProcess]:
    """A fresh interpreter with the checkout `root` first on sys.path, timed from start to exit."""
    env = {**os.environ, "PYTHONPATH": str(root)}
    env.pop("SCIPLAN_RAW_DIR", None)
    env.pop("SCIPLAN_PROCESSED_DIR", None)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, *args], cwd=root, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(args)[:200]} failed in {root}:\n{done.stderr[-3000:]}")
    return wall, done


def corpus_dir(n: int, distinct: float) -> Path:
    if n == 5:
        return ROOT / "data" / "raw"
    raw = HERE / "out" / f"d{round(distinct * 100)}" / str(n)
    if not (raw / "plans.csv").exists():
        print(f"generating {n} synthetic plans into {raw} …", file=sys.stderr)
        subprocess.run([sys.executable, str(HERE / "make_corpus.py"), str(n), str(raw), "--distinct",
                        str(distinct)], check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    return raw


def measure(name: str, root: Path, raw: Path, processed: Path, ids: list[str], rounds: int) -> list[dict]:
    manifest = processed / "cache" / "manifest.json"
    out = []
    for k in range(rounds):
        cid = ids[k % len(ids)]
        before = manifest.stat().st_mtime_ns
        check_s, done = run(root, ["-m", "sciplan_analysis", "check", cid, "planning", "--note",
                                   f"round {k}", "--raw-dir", str(raw), "--processed-dir", str(processed)])
        parsed_by_check = "parsing" in done.stderr
        load_s, done = run(root, ["-c", LOAD.format(raw=str(raw), processed=str(processed))])
        checked = json.loads(done.stdout)
        row = {"checkout": name, "round": k + 1, "check_s": check_s, "load_s": load_s,
               "total_s": check_s + load_s, "reparsed": parsed_by_check or manifest.stat().st_mtime_ns != before,
               "applied": cid in checked, "n_checked": len(checked)}
        print(f"  {name:<7} round {k + 1}: check {check_s:6.2f} s, next load {load_s:6.2f} s"
              f"{'  (re-parsed)' if row['reparsed'] else ''}{'' if row['applied'] else '  NOT APPLIED'}",
              file=sys.stderr)
        out.append(row)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="5,300", help="corpus sizes (5: data/raw/)")
    parser.add_argument("--distinct", type=float, default=0.15, help="novelty of synthetic corpora")
    parser.add_argument("--rounds", type=int, default=3, help="check + load rounds per checkout")
    parser.add_argument("--before", default=BEFORE, help="the git revision to compare with")
    args = parser.parse_args()
    roots = {"before": checkout(args.before, OUT / "before"), "after": checkout(None, OUT / "after")}
    results = []
    for n in (int(s) for s in args.sizes.split(",")):
        raw = corpus_dir(n, args.distinct)
        for name, root in roots.items():
            processed = OUT / f"{name}-{n}" / "processed"
            shutil.rmtree(processed.parent, ignore_errors=True)
            print(f"{n} plans, {name}: writing the cache …", file=sys.stderr)
            setup_s, done = run(root, ["-c", PICK.format(raw=str(raw), processed=str(processed))])
            ids = json.loads(done.stdout)
            print(f"  {name:<7} first load (parse, cache written) {setup_s:6.1f} s", file=sys.stderr)
            results += [{"n_plans": n, "parse_s": setup_s, **r}
                        for r in measure(name, root, raw, processed, ids, args.rounds)]
    print("\n| plans | checkout | first load (parse) | `check` (median, max) | next load (median, max) | "
          "check + load (median) | re-parsed |")
    print("|---|---|---|---|---|---|---|")
    for n in dict.fromkeys(r["n_plans"] for r in results):
        for name in roots:
            mine = [r for r in results if r["n_plans"] == n and r["checkout"] == name]
            med = {k: statistics.median(r[k] for r in mine) for k in ("check_s", "load_s", "total_s")}
            top = {k: max(r[k] for r in mine) for k in ("check_s", "load_s")}
            label = f"{name} ({args.before})" if name == "before" else "after (this checkout)"
            print(f"| {n} | {label} | {mine[0]['parse_s']:.1f} s | {med['check_s']:.2f} s ({top['check_s']:.2f}) | "
                  f"{med['load_s']:.2f} s ({top['load_s']:.2f}) | {med['total_s']:.2f} s | "
                  f"{sum(r['reparsed'] for r in mine)}/{len(mine)} |")
            assert all(r["applied"] for r in mine), f"{name}: a check was not applied by the next load"
    (OUT / "results.json").write_text(json.dumps(results, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
