"""`python -m sciplan_analysis build` end to end on a corpus: wall and CPU time, peak memory,
where each goes, and what it writes.

    python benchmarks/build_scale.py 2000 0.7            # corpus benchmarks/out/d70/2000
    python benchmarks/build_scale.py 5                    # the real plans (data/raw/)
    python benchmarks/build_scale.py 10000 0.7 --raw /tmp/d70/10000 --json out.json

The build runs as the user runs it, in a fresh process (``$SCIPLAN_RAW_DIR`` the corpus,
``$SCIPLAN_PROCESSED_DIR`` and ``--out`` a scratch folder, so parse included: it always
re-parses). Its stderr is read line by line as it comes, each line stamped with the time
since start; the lines the build prints as each step ends (the quality table after parsing,
"similarity: done", "reuse: done", a line per table written, the workbook's) divide the run
into phases. From 500 plans a second process writes the corpus tables' CSVs and the workbook
while the pair tables are computed (`export.WRITER_FROM`): its lines come among the others,
so the phases after reuse are the derived tables' files and the wait for the workbook, and
`beside_s` says when the second process had written the corpus tables (CSV and sheets). The RSS of the build and its worker processes together is sampled every 50 ms:
the peak per phase and overall. CPU time is the build's and its workers' (RUSAGE_CHILDREN).
Then every file written is listed with its size, and reuse.csv's rows per plan.
Wrap the run in `flock /tmp/heavy.lock` on a shared machine.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from run import ROOT, _dirs, _tree_rss_mb  # noqa: E402  (benchmarks/ is not a package)

# what ends each phase: the first (or last) line matching, in this order; a phase absent from
# a run (the nearest plans and reuse up to 200 plans, computed before the first table line)
# is skipped
PHASES = (
    ("parse", re.compile(r"^\s*plan_id\s+parts"), "first"),
    ("quality table and notes (up to 200 plans: the pair tables too)",
     re.compile(r"^  (similarity: each|\w+\s+[\d,]+ rows →)"), "first"),
    ("nearest plans", re.compile(r"^  similarity: done"), "first"),
    ("reuse", re.compile(r"^  reuse: done"), "first"),
    ("CSV and Parquet", re.compile(r"^  \w+\s+[\d,× ]+(rows )?(\(\w+\) )?→ "), "last"),
    ("workbook", re.compile(r"^  workbook\s+\d+ sheets"), "first"),
    ("end", re.compile(r"^built in"), "first"),
)


def run_build(raw: Path, out: Path) -> dict:
    """Run the build; return its lines (time, RSS MiB, text), samples, wall and CPU."""
    env = {**os.environ, "SCIPLAN_RAW_DIR": str(raw), "SCIPLAN_PROCESSED_DIR": str(out),
           "SCIPLAN_PROGRESS": "0", "PYTHONHASHSEED": "0"}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "sciplan_analysis", "build", "--out", str(out)],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True, errors="replace")
    samples: list[tuple[float, float]] = []

    def sample() -> None:
        while proc.poll() is None:
            samples.append((time.perf_counter() - t0, _tree_rss_mb(proc.pid)))
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    lines = []
    for line in proc.stderr:
        lines.append((time.perf_counter() - t0, line.rstrip("\n")))
    proc.wait()
    wall = time.perf_counter() - t0
    sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode:
        tail = "\n".join(text[:300] for _, text in lines[-30:])
        raise RuntimeError(f"build failed ({proc.returncode}):\n{tail}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"lines": lines, "samples": samples, "wall": wall, "cpu": cpu}


def phases(run: dict) -> list[dict]:
    """Each phase's end, seconds and peak RSS, from the lines' times and the RSS samples."""
    out, start = [], 0.0
    lines = run["lines"]
    for name, pattern, which in PHASES:
        hits = [t for t, text in lines if t >= start and pattern.search(text)]
        if not hits:
            continue
        hit = hits[0] if which == "first" else hits[-1]
        peak = max((rss for t, rss in run["samples"] if start <= t <= hit), default=0.0)
        out.append({"phase": name, "s": round(hit - start, 1), "peak_mb": round(peak)})
        start = hit
    return out


BESIDE = re.compile(r"^  workbook: (?!similarity_nearest |reuse |settings |saved )\w+ ")  # corpus
# sheets (not the derived tables', not the line of the workbook saved)


def beside(run: dict) -> float | None:
    """When the second process had written the last corpus table's sheet (None: one process)."""
    times = [t for t, text in run["lines"] if BESIDE.search(text)]
    beside_line = any("beside the computing" in text for _, text in run["lines"])
    return round(max(times), 1) if times and beside_line else None


def outputs(out: Path, n_plans: int) -> dict:
    """Every file written (cache excepted) with its size in MB; reuse.csv's rows per plan.
    The build writes into a snapshot of `out` (out/snapshots/<name>/, named by out/CURRENT)."""
    from sciplan_analysis.storage import current_snapshot

    out = current_snapshot(out) or out
    files = {p.name: round(p.stat().st_size / 1e6, 1) for p in sorted(out.iterdir())
             if p.is_file() and not p.name.startswith(".")}
    rows = None
    if (out / "reuse.csv").exists():
        with open(out / "reuse.csv", encoding="utf-8-sig") as f:
            rows = sum(1 for _ in f) - 1
    return {"files_mb": files, "total_mb": round(sum(files.values()), 1),
            "reuse_rows": rows, "reuse_rows_per_plan": round(rows / n_plans, 1) if rows else None}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="plans (5: the real corpus)")
    parser.add_argument("distinct", type=float, nargs="?", default=0.7, help="novelty, e.g. 0.7")
    parser.add_argument("--raw", type=Path, help="the corpus folder (default: run.py's)")
    parser.add_argument("--out", type=Path, help="scratch output folder")
    parser.add_argument("--keep", action="store_true", help="keep the output folder")
    parser.add_argument("--json", type=Path, help="also write the result here")
    args = parser.parse_args()
    raw = args.raw or _dirs(args.n, args.distinct)[0]
    out = args.out or Path("/tmp/sciplan_build_scale") / f"d{round(args.distinct * 100)}" / str(args.n)
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    print(f"build: corpus {raw}, output {out}", file=sys.stderr)
    run = run_build(raw, out)
    peak = max((rss for _, rss in run["samples"]), default=0.0)
    result = {"n": args.n, "distinct": args.distinct if args.n != 5 else None,
              "wall_s": round(run["wall"], 1), "cpu_s": round(run["cpu"], 1),
              "peak_mb": round(peak), "phases": phases(run), "beside_s": beside(run),
              **outputs(out, args.n), "lines": [[round(t, 1), text] for t, text in run["lines"]]}
    pct = "real" if args.n == 5 else f"{round(args.distinct * 100)}%"
    where = "; ".join(f"{p['phase']} {p['s']:.1f} s ({p['peak_mb']:,} MB)"
                      for p in result["phases"] if p["phase"] != "end")
    if result["beside_s"] is not None:
        where += (f"; corpus tables' CSVs and sheets written beside the computing by "
                  f"{result['beside_s']:.0f} s")
    print(json.dumps({k: v for k, v in result.items() if k != "lines"}, ensure_ascii=False,
                     indent=1))
    print(f"| {pct} | {args.n:,} | build | {result['wall_s']:.1f} | {result['cpu_s']:.1f} | "
          f"{result['peak_mb']:,} | {where}; reuse.csv {result['reuse_rows']:,} rows "
          f"({result['reuse_rows_per_plan']} per plan), {result['files_mb'].get('reuse.csv')} MB; "
          f"outputs {result['total_mb']:,} MB |")
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1))
    if not args.keep:
        shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    main()
