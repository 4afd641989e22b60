"""`reuse_counts` against its exhaustive reference on a benchmark corpus.

    python benchmarks/check_reuse.py 500 0.7        # corpus benchmarks/out/d70/500

The reference scores every pair of distinct sentences (``reuse_counts(exhaustive=True)``,
length-compatible pairs only, which is exact); it is computed once per corpus and kept in
benchmarks/out/d<PCT>/<N>/reuse-exhaustive.npz. Printed: the near-identical pairs the
candidate step found (recall), and how the count matrices agree: cells equal, the sum of
reused counts, the largest difference.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import warnings
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("distinct", type=float)
    parser.add_argument("--options", default="{}", help="JSON keyword arguments of reuse_counts")
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    from run import _dirs

    from sciplan_analysis.analysis import reuse as ru
    from sciplan_analysis.corpus import load_corpus

    raw, processed = _dirs(args.n, args.distinct)
    corpus = load_corpus(raw, processed)
    ref_path = processed.parent / "reuse-exhaustive.npz"
    if ref_path.exists():
        ref = np.load(ref_path)["counts"]
    else:
        t0 = time.perf_counter()
        ref = ru.reuse_counts(corpus, exhaustive=True, progress=False).to_numpy()
        print(f"exhaustive: {time.perf_counter() - t0:.1f} s", flush=True)
        np.savez(ref_path, counts=ref)
    options = json.loads(args.options)
    t0 = time.perf_counter()
    fast = ru.reuse_counts(corpus, progress=False, **options)
    wall = time.perf_counter() - t0
    got = fast.to_numpy()
    off = ~np.eye(len(ref), dtype=bool)
    equal = (got == ref)[off]
    print(json.dumps({
        "n": args.n, "distinct": args.distinct, "options": options, "wall_s": round(wall, 1),
        "cells": int(off.sum()), "cells_equal": int(equal.sum()),
        "cells_equal_share": float(equal.mean()),
        "reused_fast": int(got[off].sum()), "reused_exhaustive": int(ref[off].sum()),
        "recall": float(got[off].sum() / max(ref[off].sum(), 1)),
        "over": int(np.clip(got - ref, 0, None)[off].sum()),
        "max_abs_diff": int(np.abs(got - ref)[off].max()) if off.any() else 0,
        "settings": fast.attrs.get("settings", {}),
    }))


if __name__ == "__main__":
    main()
