"""Benchmarks: wall time, CPU time and peak memory of each stage, for corpora of N plans.

    python benchmarks/run.py                       # what `make bench` runs (see --help)
    python benchmarks/run.py --sizes 5,50 --distinct 0.7 --repeat 3 --no-report

N = 5 is the real corpus in data/raw/; larger N are synthetic corpora written by
`make_corpus.py` into benchmarks/out/d<PCT>/<N>/ (kept between runs), one per novelty
setting (`--distinct`: the share of distinct paragraphs, 0.15 as recombination gives at
2,000 plans and 0.70). From `--big` plans on (10,000) only the one-process `pipeline`, the
`floor`, `load` and the peer's similarity run (`--big-stages`). Every stage runs in its own
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
  timed from interpreter start-up (``python -c``), so imports are included; in the same run
  and interleaved with it, ``python -c "import pandas"`` (row ``import pandas``);
- pipeline: end to end in one process, as `build` computes it beyond 200 plans: parse
  (``load_corpus(refresh=True)``), `nearest_plans` (tokenizing included) and `reuse_counts`;
- floor: jieba alone (its default dictionary, ``jieba.lcut``) on every distinct body
  paragraph, after its start-up: the least any jieba-based tool must spend;
- peer_sim, peer_reuse: `peer.py`, the script a researcher writes today (jieba on each whole
  plan + TfidfVectorizer + cosine_similarity; MinHash LSH + rapidfuzz), same process
  conditions; stopped after `--peer-timeout` seconds. Their results are compared with the
  library's (`agreement`: Spearman rho of the whole-plan pair scores, reuse shares).
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
STAGES = ("parse", "tokenize", "similarity", "sections", "reuse", "load", "pipeline", "floor",
          "peer_sim", "peer_reuse")
BIG_STAGES = ("pipeline", "floor", "load", "peer_sim")
END_TO_END = ("parse", "tokenize", "similarity", "sections", "reuse")
TIDY_MAX = 50
BIG = 10_000
COLUMNS = ["distinct", "n_plans", "stage", "method", "wall_s", "wall_median_s", "cpu_s",
           "peak_rss_mb", "runs", "detail"]
DISTINCT = (0.15, 0.70)


# -- the child: one stage, measured from inside ------------------------------------------------
def _dirs(n: int, distinct: float) -> tuple[Path, Path]:
    if n == 5:
        return ROOT / "data" / "raw", OUT / "real" / "processed"
    raw = OUT / f"d{round(distinct * 100)}" / str(n)
    return raw, raw / "processed"


def _cached(n: int, distinct: float):
    from sciplan_analysis.corpus import load_corpus

    raw, processed = _dirs(n, distinct)
    return load_corpus(raw, processed)


def _save(path: Path, **arrays) -> None:
    import numpy as np

    np.savez(path, **arrays)


def run_stage(stage: str, n: int, tidy_max: int, distinct: float) -> dict:
    """Run one stage in this process; return what was measured and a short detail."""
    import warnings

    warnings.simplefilter("ignore")
    raw, processed = _dirs(n, distinct)
    prepared = None
    if stage not in ("parse", "pipeline", "peer_sim", "peer_reuse"):
        prepared = _cached(n, distinct)
    detail = ""
    method = ""
    keep: dict = {}  # results saved (after the clock stops) for the agreement check
    if stage == "floor":
        import logging

        import jieba

        from sciplan_analysis.analysis.similarity import body_segments

        texts = list(dict.fromkeys(body_segments(prepared)["text"].tolist()))
        logging.getLogger("jieba").setLevel(logging.WARNING)
        jieba.initialize()
    if stage.startswith("peer"):
        sys.path.insert(0, str(HERE))
        import peer

        ids, plan_texts = peer.read_plans(raw)
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
            ta = time.perf_counter()
            space = term_space(prepared, analyzer, progress=False)
            m = similarity_matrix(prepared, "whole", analyzer, space=space)
            shapes.append(f"{analyzer}: {space.counts.shape[1]} terms, {m.shape[0]}x{m.shape[1]}, "
                          f"{time.perf_counter() - ta:.2f} s")
            if analyzer == "word":
                keep["whole_word"] = m.to_numpy()
        method = "term_space + similarity_matrix(whole), word+char"
        detail = "; ".join(shapes)
    elif stage == "sections":
        from sciplan_analysis.analysis import similarity as sim

        if n <= tidy_max:
            table = sim.similarity_table(prepared, ("word",))
            method = "similarity_table(word)"
            detail = f"rows={len(table)} scopes={table['scope'].nunique()}"
        else:
            near = sim.nearest_plans(prepared, k=10, analyzer="word", progress=False)
            method = "nearest_plans(k=10, word)"
            detail = f"rows={len(near)} scopes={near['scope'].nunique()}"
    elif stage == "reuse":
        from sciplan_analysis.analysis import reuse as ru

        if n <= tidy_max:
            shares, pairs = ru.reuse_tables(prepared)
            method = "reuse_tables"
            detail = f"pairs={len(pairs)} reused={int(shares['n_reused'].sum())}"
            ids = prepared.plan_ids
            wide = shares.pivot(index="source_plan", columns="target_plan", values="n_reused")
            keep["reuse"] = wide.reindex(index=ids, columns=ids).fillna(0).to_numpy()
            keep["n_sentences"] = (shares.groupby("source_plan")["n_sentences"].first()
                                   .reindex(ids).to_numpy())
        else:
            counts = ru.reuse_counts(prepared, progress=False)
            method = "reuse_counts"
            n_sent = int(counts.attrs["n_sentences"].sum())
            detail = (f"sentences={n_sent} distinct={counts.attrs['n_keys']} "
                      f"reused={int(counts.to_numpy().sum())}")
            keep["reuse"] = counts.to_numpy()
            keep["n_sentences"] = counts.attrs["n_sentences"].to_numpy()
    elif stage == "pipeline":
        from sciplan_analysis.analysis import reuse as ru
        from sciplan_analysis.analysis import similarity as sim
        from sciplan_analysis.corpus import load_corpus

        parts = []
        tp = time.perf_counter()
        corpus = load_corpus(raw, processed, refresh=True)
        parts.append(f"parse {time.perf_counter() - tp:.1f} s")
        tp = time.perf_counter()
        space = sim.term_space(corpus, "word")
        parts.append(f"tokenize {time.perf_counter() - tp:.1f} s")
        tp = time.perf_counter()
        near = sim.nearest_plans(corpus, k=10, space=space)
        parts.append(f"nearest {time.perf_counter() - tp:.1f} s")
        del space  # as in `build`, whose nearest_plans makes the term space and lets it go
        tp = time.perf_counter()
        counts = ru.reuse_counts(corpus)
        parts.append(f"reuse {time.perf_counter() - tp:.1f} s")
        method = "parse + nearest_plans(k=10, word) + reuse_counts, one process"
        detail = f"{'; '.join(parts)}; rows={len(near)} reused={int(counts.to_numpy().sum())}"
    elif stage == "floor":
        chars = sum(len(t) for t in texts)
        words = sum(len(jieba.lcut(t)) for t in texts)
        method = "jieba.lcut on each distinct body paragraph"
        detail = f"paragraphs={len(texts)} chars={chars} words={words}"
    elif stage == "peer_sim":
        m = peer.similarity(plan_texts)
        method = "peer: jieba.lcut per plan + TfidfVectorizer + cosine_similarity"
        detail = f"{m.shape[0]}x{m.shape[1]}"
        keep["whole_word"] = m
    elif stage == "peer_reuse":
        counts, n_sent = peer.reuse(plan_texts)
        method = "peer: MinHash LSH (datasketch) + rapidfuzz on candidates"
        detail = f"sentences={int(n_sent.sum())} reused={int(counts.sum())}"
        keep["reuse"] = counts
        keep["n_sentences"] = n_sent
    else:
        raise ValueError(stage)
    t1, c1 = time.perf_counter(), os.times()
    cpu = (c1.user - c0.user) + (c1.system - c0.system)
    cpu += (c1.children_user - c0.children_user) + (c1.children_system - c0.children_system)
    self_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    child_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if keep:
        _save(processed.parent / f"result-{stage}.npz", **keep)
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


def _run_child(args: list[str], timeout: float | None = None) -> tuple[dict, float, float]:
    """Run a child Python; return its JSON, its wall time from the parent and sampled peak RSS.
    A child still running after `timeout` seconds is killed: TimeoutError."""
    env = {**os.environ, "PYTHONHASHSEED": "0", "SCIPLAN_PROGRESS": "0"}
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
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        sampler.join()
        raise TimeoutError(f"{' '.join(args)}: stopped after {timeout:.0f} s") from None
    wall = time.perf_counter() - t0
    sampler.join()
    if proc.returncode:
        raise RuntimeError(f"{' '.join(args)} failed:\n{err[-3000:]}")
    return json.loads(out.strip().splitlines()[-1]), wall, peak[0]


def ensure_corpus(n: int, distinct: float) -> None:
    """Generate the synthetic corpus of n plans unless it is already there."""
    raw, _ = _dirs(n, distinct)
    if n == 5 or (raw / "plans.csv").exists():
        return
    print(f"generating {n} synthetic plans into {raw} …", file=sys.stderr)
    subprocess.run([sys.executable, str(HERE / "make_corpus.py"), str(n), str(raw),
                    "--distinct", str(distinct)], check=True, cwd=ROOT, stdout=subprocess.DEVNULL)


PANDAS_SNIPPET = """
import os, resource, json, sys
import pandas
t = os.times()
print(json.dumps({"cpu_s": t.user + t.system,
                  "self_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "modules": len(sys.modules)}))
"""


def _load_runs(raw: Path, processed: Path, repeat: int) -> tuple[list[dict], list[dict]]:
    """`load` and `import pandas`, each in a fresh interpreter, interleaved run by run."""
    if not (processed / "cache" / "manifest.json").exists():
        _cached_in_child(raw, processed)
    snippet = LOAD_SNIPPET.format(raw=str(raw), processed=str(processed), n=_n_plans(raw))
    loads, pandas_runs = [], []
    for _ in range(repeat):
        for runs, code, method in ((loads, snippet, "python -c 'load_corpus()'"),
                                   (pandas_runs, PANDAS_SNIPPET, "python -c 'import pandas'")):
            res, wall, sampled = _run_child(["-c", code])
            res |= {"wall_s": wall, "method": method, "detail": f"modules={res.pop('modules')}",
                    "worker_rss_mb": 0.0, "peak_rss_mb": max(res["self_rss_mb"], sampled)}
            runs.append(res)
    return loads, pandas_runs


def _cached_in_child(raw: Path, processed: Path) -> None:
    code = ("import warnings; warnings.simplefilter('ignore'); from sciplan_analysis.corpus "
            f"import load_corpus; load_corpus({str(raw)!r}, {str(processed)!r})")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def _row(distinct: float, n: int, stage: str, runs: list[dict], repeat: int) -> dict:
    best = min(runs, key=lambda r: r["wall_s"])
    return {"distinct": distinct if n != 5 else None, "n_plans": n, "stage": stage,
            "method": best["method"], "wall_s": round(best["wall_s"], 3),
            "wall_median_s": round(statistics.median(r["wall_s"] for r in runs), 3),
            "cpu_s": round(best["cpu_s"], 3), "peak_rss_mb": round(best["peak_rss_mb"], 1),
            "runs": repeat, "detail": best["detail"]}


def measure(n: int, stage: str, repeat: int, tidy_max: int, distinct: float,
            timeout: float | None = None) -> list[dict]:
    """Run a stage `repeat` times in fresh processes: rows with the best and median wall time
    and the rest of the best run (load: also `import pandas`, interleaved)."""
    raw, processed = _dirs(n, distinct)
    if stage == "load":
        loads, pandas_runs = _load_runs(raw, processed, repeat)
        return [_row(distinct, n, "load", loads, repeat),
                _row(distinct, n, "import pandas", pandas_runs, repeat)]
    runs = []
    for _ in range(repeat if not stage.startswith("peer") else 1):
        try:
            res, _, sampled = _run_child([__file__, "--child", stage, str(n),
                                          "--tidy-max", str(tidy_max), "--distinct", str(distinct)],
                                         timeout=timeout if stage.startswith("peer") else None)
        except TimeoutError as err:
            return [{"distinct": distinct if n != 5 else None, "n_plans": n, "stage": stage,
                     "method": "stopped", "wall_s": None, "wall_median_s": None, "cpu_s": None,
                     "peak_rss_mb": None, "runs": 1, "detail": f"> {timeout:.0f} s: {err}"[:120]}]
        res["peak_rss_mb"] = max(res["self_rss_mb"], sampled)
        runs.append(res)
    return [_row(distinct, n, stage, runs, len(runs))]


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
            return {"distinct": None, "n_plans": 5, "stage": "make report",
                    "method": "make report (failed)",
                    "wall_s": round(wall, 3), "wall_median_s": round(wall, 3), "cpu_s": None,
                    "peak_rss_mb": None, "runs": k + 1, "detail": proc.stderr.strip()[-200:]}
        if k:  # the first run warms the environment and the caches
            walls.append(wall)
            cpus.append((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime))
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    best = min(range(len(walls)), key=walls.__getitem__)
    return {"distinct": None, "n_plans": 5, "stage": "make report",
            "method": "make report (warm)",
            "wall_s": round(walls[best], 3), "wall_median_s": round(statistics.median(walls), 3),
            "cpu_s": round(cpus[best], 3), "peak_rss_mb": round(peak, 1), "runs": repeat,
            "detail": "peak RSS: largest single process so far"}


def _fmt(v, digits: int = 2) -> str:
    return "-" if v is None or v == "" else f"{float(v):,.{digits}f}"


def print_table(rows: list[dict]) -> None:
    print("| novelty | N | stage | wall s | median | CPU s | peak MB | method / detail |")
    print("|---|---:|---|---:|---:|---:|---:|---|")
    for r in rows:
        d = "real" if r["n_plans"] == 5 else f"{float(r['distinct']):.0%}"
        print(f"| {d} | {r['n_plans']:,} | {r['stage']} | {_fmt(r['wall_s'])} | "
              f"{_fmt(r['wall_median_s'])} | {_fmt(r['cpu_s'])} | {_fmt(r['peak_rss_mb'], 0)} | "
              f"{r['method']}: {r['detail']} |")


def _key(r: dict) -> tuple:
    d = r.get("distinct")
    return (None if d in (None, "") else round(float(d), 2), int(r["n_plans"]), r["stage"])


def summarise(rows: list[dict]) -> list[str]:
    """End to end per novelty and N, growth 500 -> 2000, peer ratios, the floor multiple,
    load against import pandas."""
    lines = []
    by = {_key(r): r for r in rows}

    def wall(d, n, s):
        r = by.get((d, n, s))
        return None if r is None or r["wall_s"] in (None, "") else float(r["wall_s"])

    settings = sorted({k[0] for k in by if k[0] is not None})
    for d in [None, *settings]:
        for n in sorted({k[1] for k in by if k[0] == d}):
            tag = "real" if d is None else f"{d:.0%} distinct"
            parts = [wall(d, n, s) for s in END_TO_END]
            pipe = wall(d, n, "pipeline")
            floor = wall(d, n, "floor")
            if all(v is not None for v in parts):
                lines.append(f"{tag}, N={n}: sum of the five stages {sum(parts):.1f} s")
            if pipe is not None:
                peak = by[(d, n, "pipeline")]["peak_rss_mb"]
                cpu = by[(d, n, "pipeline")]["cpu_s"]
                lines.append(f"{tag}, N={n}: pipeline (one process) {pipe:.1f} s wall, "
                             f"{float(cpu):.1f} s CPU, peak {float(peak):.0f} MB"
                             + (f", {pipe / floor:.1f} x the jieba floor ({floor:.1f} s)"
                                if floor else ""))
            for lib, peer_stage, label in (("similarity", "peer_sim", "similarity"),
                                           ("reuse", "peer_reuse", "reuse")):
                a, b = wall(d, n, lib), wall(d, n, peer_stage)
                if a is not None and b is not None:
                    lines.append(f"{tag}, N={n}: {label} library / peer = {a / b:.2f} "
                                 f"({a:.1f} s / {b:.1f} s)")
            load, pandas_ = wall(d, n, "load"), wall(d, n, "import pandas")
            if load is not None and pandas_ is not None:
                lines.append(f"{tag}, N={n}: load {load:.3f} s = {load / pandas_:.2f} x "
                             f"import pandas ({pandas_:.3f} s)")
            agree = by.get((d, n, "agreement"))
            if agree is not None:
                lines.append(f"{tag}, N={n}: agreement with the peer: {agree['detail']}")
        for s in (*END_TO_END, "pipeline"):
            a, b = wall(d, 500, s), wall(d, 2000, s)
            if a and b:
                lines.append(f"{d:.0%} distinct: {s}: 2000/500 wall ratio {b / a:.2f} "
                             "(linear = 4.00)")
    return lines


def agreement(n: int, distinct: float) -> dict | None:
    """Compare the library's results with the peer's (both saved by their stages)."""
    import numpy as np
    from scipy.stats import spearmanr

    raw, processed = _dirs(n, distinct)
    folder = processed.parent
    out = []
    try:
        lib = np.load(folder / "result-similarity.npz")["whole_word"]
        peer_m = np.load(folder / "result-peer_sim.npz")["whole_word"]
        if lib.shape == peer_m.shape and len(lib) > 2:
            i, j = np.triu_indices(len(lib), k=1)
            out.append(f"whole-plan pair scores Spearman rho {spearmanr(lib[i, j], peer_m[i, j]).statistic:.3f} "
                       f"({len(i):,} pairs)")
    except (OSError, KeyError):
        pass
    try:
        lib_r = np.load(folder / "result-reuse.npz")
        peer_r = np.load(folder / "result-peer_reuse.npz")
        a = lib_r["reuse"] / np.maximum(lib_r["n_sentences"], 1)[:, None]
        b = peer_r["reuse"] / np.maximum(peer_r["n_sentences"], 1)[:, None]
        off = ~np.eye(len(a), dtype=bool)
        rho = spearmanr(a[off], b[off]).statistic if len(a) > 2 else float("nan")
        out.append(f"reuse shares (ordered pairs) Spearman rho {rho:.3f}, mean share library "
                   f"{a[off].mean():.3f} vs peer {b[off].mean():.3f}, mean |difference| "
                   f"{np.abs(a[off] - b[off]).mean():.3f}")
    except (OSError, KeyError):
        pass
    if not out:
        return None
    return {"distinct": distinct if n != 5 else None, "n_plans": n, "stage": "agreement",
            "method": "library vs peer", "wall_s": None, "wall_median_s": None, "cpu_s": None,
            "peak_rss_mb": None, "runs": 0, "detail": "; ".join(out)}


def _merge_previous(path: Path, rows: list[dict]) -> list[dict]:
    """This run's rows, plus those of earlier runs for (novelty, N, stage) not measured now."""
    if not path.exists():
        return rows
    with path.open(encoding="utf-8", newline="") as f:
        old = list(csv.DictReader(f))
    fresh = {_key(r) for r in rows}
    kept = []
    for r in old:
        if set(r) != set(COLUMNS) or _key(r) in fresh:
            continue
        r["n_plans"], r["runs"] = int(r["n_plans"]), int(r["runs"])
        r["distinct"] = float(r["distinct"]) if r["distinct"] not in ("", None) else None
        for key in ("wall_s", "wall_median_s", "cpu_s", "peak_rss_mb"):
            r[key] = float(r[key]) if r[key] not in ("", None) else None
        kept.append(r)
    order = {s: i for i, s in enumerate([*STAGES, "import pandas", "agreement", "make report"])}
    return sorted(kept + rows, key=lambda r: (r["stage"] == "make report",
                                              r["distinct"] if r["distinct"] is not None else -1,
                                              r["n_plans"], order.get(r["stage"], 99)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="5,50,500,2000,10000",
                        help="comma-separated N (5 = the real plans)")
    parser.add_argument("--distinct", default=",".join(str(d) for d in DISTINCT),
                        help="novelty settings: shares of distinct paragraphs")
    parser.add_argument("--stages", default=",".join(STAGES))
    parser.add_argument("--big", type=int, default=BIG, help="from this N on, only --big-stages")
    parser.add_argument("--big-stages", default=",".join(BIG_STAGES))
    parser.add_argument("--repeat", type=int, default=1, help="runs per stage (best and median)")
    parser.add_argument("--load-repeat", type=int, default=7, help="runs of load / import pandas")
    parser.add_argument("--peer-timeout", type=float, default=900.0,
                        help="seconds after which a peer stage is stopped")
    parser.add_argument("--tidy-max", type=int, default=TIDY_MAX,
                        help="largest N for the tidy all-pairs tables")
    parser.add_argument("--no-report", action="store_true", help="do not time `make report`")
    parser.add_argument("--csv", type=Path, default=OUT / "results.csv",
                        help="results; rows of earlier runs for other (N, stage) are kept")
    parser.add_argument("--child", nargs=2, metavar=("STAGE", "N"), help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child:
        print(json.dumps(run_stage(args.child[0], int(args.child[1]), args.tidy_max,
                                   float(args.distinct))))
        return
    sizes = [int(s) for s in args.sizes.split(",") if s]
    settings = [float(d) for d in args.distinct.split(",") if d]
    rows: list[dict] = []
    for n in sizes:
        for distinct in settings if n != 5 else settings[:1]:
            ensure_corpus(n, distinct)
            stages = args.big_stages if n >= args.big else args.stages
            for stage in [s for s in stages.split(",") if s]:
                print(f"{distinct:.0%} N={n} {stage} …", file=sys.stderr, flush=True)
                repeat = args.load_repeat if stage == "load" else args.repeat
                rows.extend(measure(n, stage, repeat, args.tidy_max, distinct,
                                    args.peer_timeout))
            agree = agreement(n, distinct)
            if agree:
                rows.append(agree)
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
