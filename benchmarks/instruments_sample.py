"""Draw the second hand-coding sample of clauses for the instrument coder.

    python benchmarks/instruments_sample.py            # writes tests/data/instruments_validation_2.csv

A seeded random draw (seed 24) of 160 clauses of the five plans that are not in the first
sample (tests/data/instrument_validation.csv, matched by plan, task and clause number, and by
text so no clause is coded twice). Only the clause's place and text are written: the coder's
tool is left out on purpose, so the hand coding that fills the columns tool, type and reading
is done without seeing it. Refuses to overwrite a sample that has been coded.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's library, not an installed one

import pandas as pd  # noqa: E402

from sciplan_analysis import load_corpus  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
FIRST = ROOT / "tests" / "data" / "instrument_validation.csv"
SECOND = ROOT / "tests" / "data" / "instruments_validation_2.csv"
KEY = ["plan_id", "task_id", "clause_no"]


def draw(clauses: pd.DataFrame, first: pd.DataFrame, n: int, seed: int) -> pd.DataFrame:
    """n clauses not in the first sample (by key or text), drawn at random, sorted by place."""
    taken = set(map(tuple, first[KEY].astype(str).to_numpy()))
    keys = clauses[KEY].astype(str).apply(tuple, axis=1)
    pool = clauses[~keys.isin(taken) & ~clauses["text"].isin(set(first["text"]))]
    if len(pool) < n:
        raise ValueError(f"only {len(pool)} clauses outside the first sample; asked for {n}")
    picked = pool.sample(n=n, random_state=seed)
    return picked.sort_values(KEY, key=lambda s: s.astype(str))[KEY + ["text"]].reset_index(drop=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=160)
    parser.add_argument("--seed", type=int, default=24)
    parser.add_argument("--out", type=Path, default=SECOND)
    args = parser.parse_args()
    if args.out.exists() and "tool" in pd.read_csv(args.out, nrows=0).columns:
        raise SystemExit(f"{args.out} is already coded by hand; not overwriting it")
    corpus = load_corpus()
    sample = draw(corpus.clauses, pd.read_csv(FIRST, dtype={"task_id": str}), args.n, args.seed)
    sample.to_csv(args.out, index=False)
    print(f"{len(sample)} clauses ({sample.groupby('plan_id').size().to_dict()}) -> {args.out}")


if __name__ == "__main__":
    main()
