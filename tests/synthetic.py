"""A synthetic corpus of any size for the tests that a report reads at 1, 5 and 33 plans: the
five real plans plus plans recombined from their groups by `benchmarks/make_corpus.py`
(renamed regions, each a county of Chongqing or a district of Chengdu, so that child → parent
pairs exist wherever the parent's plan is in the corpus)."""

from __future__ import annotations

import csv
import importlib.util
import shutil
from pathlib import Path

from sciplan_analysis.corpus import RAW_DIR

MAKE_CORPUS = Path(__file__).resolve().parent.parent / "benchmarks" / "make_corpus.py"
PARENTS = (("重庆市", "重庆市"), ("四川省", "成都市"))  # (province, parent), taken in turn


def _make_corpus():
    spec = importlib.util.spec_from_file_location("make_corpus", MAKE_CORPUS)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def synthetic_raw(folder: Path, n_plans: int, seed: int = 2026, parsed=None) -> Path:
    """A raw folder of `n_plans` plans (>= 5): the real five, then synthetic ones. `parsed`: the
    five plans parsed already (the session's `corpus`), which the synthetic ones recombine."""
    raw = folder / "raw"
    shutil.copytree(RAW_DIR, raw, ignore=shutil.ignore_patterns("*.docx", "*.pdf", ".*"))
    if n_plans <= 5:
        return raw
    made = folder / "made"
    _make_corpus().build(n_plans - 5, made, seed=seed, distinct=None, real=parsed)
    with (made / "plans.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    with (raw / "plans.csv").open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        fieldnames, real = list(reader.fieldnames or []), list(reader)
    for k, row in enumerate(rows):
        shutil.copy(made / row["file"], raw / row["file"])
        row["province"], row["parent"] = PARENTS[k % len(PARENTS)]
    with (raw / "plans.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=fieldnames, restval="")
        writer.writeheader()
        writer.writerows(real + rows)
    return raw
