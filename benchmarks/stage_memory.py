"""Peak memory of each step of the `pipeline` stage, in one process (what `run.py` times).

    python benchmarks/stage_memory.py 2000 0.7

Prints, after each step, the wall time, the process's peak RSS so far (ru_maxrss) and its
current RSS: the step that raises the peak is the one to look at. `--trace` also reports
the largest allocation peak inside each step (tracemalloc; slower)."""

from __future__ import annotations

import argparse
import resource
import sys
import time
import warnings
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def _rss_mb() -> float:
    with open("/proc/self/statm") as f:
        import os

        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("distinct", type=float)
    parser.add_argument("--trace", action="store_true")
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    from run import _dirs

    from sciplan_analysis.analysis import reuse as ru
    from sciplan_analysis.analysis import similarity as sim
    from sciplan_analysis.corpus import load_corpus

    raw, processed = _dirs(args.n, args.distinct)
    if args.trace:
        import tracemalloc

        tracemalloc.start()
    state: dict = {}
    steps = [
        ("parse", lambda: state.update(corpus=load_corpus(raw, processed, refresh=True))),
        ("tokenize", lambda: state.update(space=sim.term_space(state["corpus"], "word",
                                                                progress=False))),
        ("nearest", lambda: state.update(near=sim.nearest_plans(
            state["corpus"], k=10, space=state.pop("space"), progress=False))),
        ("reuse", lambda: state.update(counts=ru.reuse_counts(state["corpus"], progress=False))),
    ]
    for name, step in steps:
        t0 = time.perf_counter()
        if args.trace:
            tracemalloc.reset_peak()
        step()
        traced = ""
        if args.trace:
            traced = f", traced peak {tracemalloc.get_traced_memory()[1] / 2**20:,.0f} MB"
        print(f"{name}: {time.perf_counter() - t0:.1f} s, peak RSS so far "
              f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MB, "
              f"RSS now {_rss_mb():,.0f} MB{traced}", flush=True)


if __name__ == "__main__":
    main()
