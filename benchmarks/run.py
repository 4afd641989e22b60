"""Benchmarks: wall time, CPU time and peak memory of each stage, for corpora of N plans.

    python benchmarks/run.py                       # N = 5, 50, 500, 2000 and `make report`
    python benchmarks/run.py --sizes 5,50 --repeat 3 --no-report

N = 5 is the real corpus in data/raw/; larger N are synthetic corpora written by
`make_corpus.py` into benchmarks/out/<N>/ (kept between runs). Every stage runs in its own
fresh Python process, so its peak memory is its own: the child measures wall and CPU time
(its worker processes included) around the stage and its peak RSS (ru_maxrss); while it
runs, the parent also samples the RSS of the child and its workers together, and the larger
of the two is reported. The table is printed and written to benchmarks/out/results.csv.

Stages (each in a fresh process, inputs from the cached corpus of the parse stage):

- parse: ``load_corpus(raw, processed, refresh=True)``: every plan into the tables, cache written;
- tokenize: jieba words and character n-grams of every body paragraph (jieba start-up included);
- similarity: TF-IDF and the whole-plan matrix, word and char analyzers (`term_space`,
  `similarity_matrix`);
- sections: every part and category scope, word analyzer: the tidy `similarity_table` up to
  `--tidy-max` plans, beyond that `nearest_plans` (10 neighbours per plan and scope);
- reuse: text-reuse alignment: `reuse_tables` (tidy aligned pairs) up to `--tidy-max` plans,
  beyond that `reuse_counts` (the plan × plan reuse counts without the pair rows);
- load: a fresh process importing the library and reading the cached corpus (``load_corpus``),
  timed from interpreter start-up (``python -c``), so imports are included.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
STAGES = ("parse", "tokenize", "similarity", "sections", "reuse", "load")
END_TO_END = ("parse", "tokenize", "similarity", "sections", "reuse")
TIDY_MAX = 50
COLUMNS = ["n_plans", "stage", "method", "wall_s", "wall_median_s", "cpu_s", "peak_rss_mb",
           "runs", "detail"]


# -- the child: one stage, measured from inside ------------------------------------------------
def _dirs(n: int) -> tuple[Path, Path]:
    raw = ROOT / "data" / "raw" if n == 5 else OUT / str(n)
    return raw, OUT / str(n) / "processed"


def _cached(n: int):
    from sciplan_analysis.corpus import load_corpus

    raw, processed = _dirs(n)
    return load_corpus(raw, processed)


def run_stage(stage: str, n: int, tidy_max: int) -> dict:
    """Run one stage in this process; return what was measured and a short detail."""
    import warnings

    warnings.simplefilter("ignore")
    raw, processed = _dirs(n)
    prepared = None
    if stage != "parse":
        prepared = _cached(n)
    detail = ""
    method = ""
    t0, c0 = time.perf_counter(), os.times()
    if stage == "parse":
        from sciplan_analysis.corpus import load_corpus

        corpus = load_corpus(raw, processed, refresh=True)
        method = "load_corpus(refresh=True)"
        detail = f"segments={len(corpus.segments)} tasks={len(corpus.tasks)}"
    elif stage == "tokenize":
        from sciplan_analysis.analysis.similarity import body_segments
        from sciplan_analysis.text.tokens import char_ngrams, tokenize

        texts = body_segments(prepared)["text"].tolist()
        words = sum(len(tokenize(t)) for t in texts)
        chars = sum(len(char_ngrams(t)) for t in texts)
        method = "tokenize + char_ngrams"
        detail = f"paragraphs={len(texts)} distinct={len(set(texts))} words={words} ngrams={chars}"
    elif stage == "similarity":
        from sciplan_analysis.analysis.similarity import similarity_matrix, term_space

        shapes = []
        for analyzer in ("word", "char"):
            space = term_space(prepared, analyzer)
            m = similarity_matrix(prepared, "whole", analyzer, space=space)
            shapes.append(f"{analyzer}: {space.counts.shape[1]} terms, {m.shape[0]}x{m.shape[1]}")
        method = "term_space + similarity_matrix(whole), word+char"
        detail = "; ".join(shapes)
    elif stage == "sections":
        from sciplan_analysis.analysis import similarity as sim

        if n <= tidy_max:
            table = sim.similarity_table(prepared, ("word",))
            method = "similarity_table(word)"
            detail = f"rows={len(table)} scopes={table['scope'].nunique()}"
        else:
            near = sim.nearest_plans(prepared, k=10, analyzer="word")
            method = "nearest_plans(k=10, word)"
            detail = f"rows={len(near)} scopes={near['scope'].nunique()}"
    elif stage == "reuse":
        from sciplan_analysis.analysis import reuse as ru

        if n <= tidy_max:
            shares, pairs = ru.reuse_tables(prepared)
            method = "reuse_tables"
            detail = f"pairs={len(pairs)} reused={int(shares['n_reused'].sum())}"
        else:
            counts = ru.reuse_counts(prepared)
            method = "reuse_counts"
            n_sent = int(counts.attrs["n_sentences"].sum())
            detail = (f"sentences={n_sent} distinct={counts.attrs['n_keys']} "
                      f"reused={int(counts.to_numpy().sum())}")
    else:
        raise ValueError(stage)
    t1, c1 = time.perf_counter(), os.times()
    cpu = (c1.user - c0.user) + (c1.system - c0.system)
    cpu += (c1.children_user - c0.children_user) + (c1.children_system - c0.children_system)
    self_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    child_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {"wall_s": t1 - t0, "cpu_s": cpu, "self_rss_mb": self_kb / 1024,
            "worker_rss_mb": child_kb / 1024, "method": method, "detail": detail}


LOAD_SNIPPET = """
import os, resource, sys, time, json, warnings
warnings.simplefilter("ignore")
from sciplan_analysis.corpus import load_corpus
corpus = load_corpus({raw!r}, {processed!r})
assert len(corpus.plans) == {n}
t = os.times()
print(json.dumps({{"cpu_s": t.user + t.system,
                  "self_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "modules": len(sys.modules)}}))
"""


# -- the parent --------------------------------------------------------------------------------
def _tree_rss_mb(pid: int) -> float:
    """RSS of a process and its descendants, from /proc (0 when it is gone)."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/statm") as f:
                total += int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    todo.extend(int(c) for c in f.read().split())
        except (OSError, ValueError):
            continue
    return total / 2**20


def _run_child(args: list[str]) -> tuple[dict, float, float]:
    """Run a child Python; return its JSON, its wall time from the parent and sampled peak RSS."""
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, *args], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = [0.0]

    def sample() -> None:
        while proc.poll() is None:
            peak[0] = max(peak[0], _tree_rss_mb(proc.pid))
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    wall = time.perf_counter() - t0
    sampler.join()
    if proc.returncode:
        raise RuntimeError(f"{' '.join(args)} failed:\n{err[-3000:]}")
    return json.loads(out.strip().splitlines()[-1]), wall, peak[0]


def ensure_corpus(n: int) -> None:
    """Generate the synthetic corpus of n plans unless it is already there."""
    raw, _ = _dirs(n)
    if n == 5 or (raw / "plans.csv").exists():
        return
    print(f"generating {n} synthetic plans into {raw} …", file=sys.stderr)
    subprocess.run([sys.executable, str(HERE / "make_corpus.py"), str(n), str(raw)], check=True,
                   cwd=ROOT, stdout=subprocess.DEVNULL)


def measure(n: int, stage: str, repeat: int, tidy_max: int) -> dict:
    """Run a stage `repeat` times in fresh processes; best and median wall, the rest of the best."""
    raw, processed = _dirs(n)
    runs = []
    for _ in range(repeat):
        if stage == "load":
            cache = processed / "corpus.pkl"
            os.utime(cache)  # newer than every input, so load_corpus reads it
            snippet = LOAD_SNIPPET.format(raw=str(raw), processed=str(processed), n=_n_plans(raw))
            res, wall, sampled = _run_child(["-c", snippet])
            res |= {"wall_s": wall, "method": "python -c 'load_corpus()'",
                    "detail": f"modules={res.pop('modules')}", "worker_rss_mb": 0.0}
        else:
            res, _, sampled = _run_child([__file__, "--child", stage, str(n),
                                          "--tidy-max", str(tidy_max)])
        res["peak_rss_mb"] = max(res["self_rss_mb"], sampled)
        runs.append(res)
    best = min(runs, key=lambda r: r["wall_s"])
    return {"n_plans": n, "stage": stage, "method": best["method"],
            "wall_s": round(best["wall_s"], 3),
            "wall_median_s": round(statistics.median(r["wall_s"] for r in runs), 3),
            "cpu_s": round(best["cpu_s"], 3), "peak_rss_mb": round(best["peak_rss_mb"], 1),
            "runs": repeat, "detail": best["detail"]}


def _n_plans(raw: Path) -> int:
    with (raw / "plans.csv").open(encoding="utf-8-sig") as f:
        return sum(1 for _ in f) - 1


def measure_report(repeat: int) -> dict:
    """`make report` on the real corpus, the environment warm (run once untimed first)."""
    walls, cpus = [], []
    for k in range(repeat + 1):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        proc = subprocess.run(["make", "-s", "report"], cwd=ROOT, capture_output=True, text=True)
        wall = time.perf_counter() - t0
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if proc.returncode:
            return {"n_plans": 5, "stage": "make report", "method": "make report (failed)",
                    "wall_s": round(wall, 3), "wall_median_s": round(wall, 3), "cpu_s": None,
                    "peak_rss_mb": None, "runs": k + 1, "detail": proc.stderr.strip()[-200:]}
        if k:  # the first run warms the environment and the caches
            walls.append(wall)
            cpus.append((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime))
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    best = min(range(len(walls)), key=walls.__getitem__)
    return {"n_plans": 5, "stage": "make report", "method": "make report (warm)",
            "wall_s": round(walls[best], 3), "wall_median_s": round(statistics.median(walls), 3),
            "cpu_s": round(cpus[best], 3), "peak_rss_mb": round(peak, 1), "runs": repeat,
            "detail": "peak RSS: largest single process so far"}


def print_table(rows: list[dict]) -> None:
    widths = {"n_plans": 7, "stage": 11, "wall_s": 8, "wall_median_s": 8, "cpu_s": 8,
              "peak_rss_mb": 9}
    head = ["N", "stage", "wall s", "median", "cpu s", "peak MB", "method / detail"]
    print("  ".join(h.rjust(w) if i != 1 else h.ljust(w)
                    for i, (h, w) in enumerate(zip(head, [*widths.values(), 0], strict=True))))
    for r in rows:
        cells = [str(r["n_plans"]).rjust(7), r["stage"].ljust(11)]
        for key in ("wall_s", "wall_median_s", "cpu_s", "peak_rss_mb"):
            v = r[key]
            cells.append(("-" if v is None else f"{v:.2f}" if key != "peak_rss_mb" else f"{v:.0f}")
                         .rjust(widths[key]))
        cells.append(f"{r['method']}  {r['detail']}")
        print("  ".join(cells))


def summarise(rows: list[dict]) -> list[str]:
    """End-to-end totals per N and the 500 → 2000 growth ratio of each stage."""
    lines = []
    by = {(r["n_plans"], r["stage"]): r for r in rows}
    for n in sorted({r["n_plans"] for r in rows}):
        stages = [by[(n, s)] for s in END_TO_END if (n, s) in by]
        if len(stages) == len(END_TO_END):
            wall = sum(r["wall_s"] for r in stages)
            peak = max(r["peak_rss_mb"] for r in stages)
            lines.append(f"N={n}: end to end (parse+tokenize+similarity+sections+reuse) "
                         f"{wall:.1f} s wall, peak {peak:.0f} MB")
    if any(n == 500 for n, _ in by) and any(n == 2000 for n, _ in by):
        for s in STAGES:
            if (500, s) in by and (2000, s) in by:
                a, b = by[(500, s)]["wall_s"], by[(2000, s)]["wall_s"]
                lines.append(f"{s}: 2000/500 wall ratio {b / a:.2f} (linear = 4.00)")
    return lines


def _merge_previous(path: Path, rows: list[dict]) -> list[dict]:
    """This run's rows, plus those of earlier runs for (N, stage) not measured now."""
    if not path.exists():
        return rows
    with path.open(encoding="utf-8", newline="") as f:
        old = list(csv.DictReader(f))
    fresh = {(r["n_plans"], r["stage"]) for r in rows}
    kept = []
    for r in old:
        if (int(r["n_plans"]), r["stage"]) in fresh or set(r) != set(COLUMNS):
            continue
        for key in ("n_plans", "runs"):
            r[key] = int(r[key])
        for key in ("wall_s", "wall_median_s", "cpu_s", "peak_rss_mb"):
            r[key] = float(r[key]) if r[key] not in ("", None) else None
        kept.append(r)
    order = {s: i for i, s in enumerate([*STAGES, "make report"])}
    return sorted(kept + rows, key=lambda r: (r["stage"] == "make report", r["n_plans"],
                                              order.get(r["stage"], 99)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="5,50,500,2000", help="comma-separated N (5 = real)")
    parser.add_argument("--stages", default=",".join(STAGES))
    parser.add_argument("--repeat", type=int, default=1, help="runs per stage (best and median)")
    parser.add_argument("--tidy-max", type=int, default=TIDY_MAX,
                        help="largest N for the tidy all-pairs tables")
    parser.add_argument("--no-report", action="store_true", help="do not time `make report`")
    parser.add_argument("--csv", type=Path, default=OUT / "results.csv",
                        help="results; rows of earlier runs for other (N, stage) are kept")
    parser.add_argument("--child", nargs=2, metavar=("STAGE", "N"), help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child:
        print(json.dumps(run_stage(args.child[0], int(args.child[1]), args.tidy_max)))
        return
    sizes = [int(s) for s in args.sizes.split(",") if s]
    stages = [s for s in args.stages.split(",") if s]
    rows: list[dict] = []
    for n in sizes:
        ensure_corpus(n)
        for stage in stages:
            print(f"N={n} {stage} …", file=sys.stderr, flush=True)
            rows.append(measure(n, stage, args.repeat, args.tidy_max))
    if not args.no_report:
        print("make report …", file=sys.stderr, flush=True)
        rows.append(measure_report(args.repeat))
    rows = _merge_previous(args.csv, rows)
    args.csv.parent.mkdir(parents=True, exist_ok=True)
    with args.csv.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    print(f"# {time.strftime('%Y-%m-%d')}, nproc={os.cpu_count()}, written to {args.csv}")
    print_table(rows)
    for line in summarise(rows):
        print(line)


if __name__ == "__main__":
    main()
