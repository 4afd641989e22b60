"""Draw the second, third, fourth or fifth hand-coding sample of clauses for the instrument coder.

    python benchmarks/instruments_sample.py               # writes tests/data/instruments_validation_2.csv
    python benchmarks/instruments_sample.py --sample 3    # writes tests/data/instruments_validation_3.csv
    python benchmarks/instruments_sample.py --sample 4    # writes tests/data/instruments_validation_4.csv
    python benchmarks/instruments_sample.py --sample 5    # writes tests/data/instruments_validation_5.csv

The second: a seeded random draw (seed 24) of 160 clauses of the five plans that are not in the
first sample (tests/data/instrument_validation.csv, matched by plan, task and clause number, and
by text so no clause is coded twice). The third (--sample 3, or --third as before): 150 clauses
(seed 27) that are in neither the first nor the second sample, matched the same way. The fourth
(--sample 4): 100 clauses (seed 28) in none of the first three. The fifth (--sample 5): every
clause in none of the first four (no random draw, so no seed; 29 is used only if --n asks for
fewer). Only the clause's place and text are written: the coder's tool is left out on purpose, so the hand coding that fills the columns
tool, type and reading is done without seeing it. Refuses to overwrite a sample that has been
coded.
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
THIRD = ROOT / "tests" / "data" / "instruments_validation_3.csv"
FOURTH = ROOT / "tests" / "data" / "instruments_validation_4.csv"
FIFTH = ROOT / "tests" / "data" / "instruments_validation_5.csv"
# each drawn sample: its size (None: every clause left), seed, file, and the samples it excludes (all before it)
SAMPLES = {
    2: (160, 24, SECOND, [FIRST]),
    3: (150, 27, THIRD, [FIRST, SECOND]),
    4: (100, 28, FOURTH, [FIRST, SECOND, THIRD]),
    5: (None, 29, FIFTH, [FIRST, SECOND, THIRD, FOURTH]),
}
KEY = ["plan_id", "task_id", "clause_no"]


def draw(clauses: pd.DataFrame, taken: pd.DataFrame, n: int | None, seed: int) -> pd.DataFrame:
    """n clauses not in the samples already taken (one frame with their place and text; matched
    by key or by text), drawn at random, sorted by place; n None takes every clause left (the
    seed unused)."""
    keys_taken = set(map(tuple, taken[KEY].astype(str).to_numpy()))
    keys = clauses[KEY].astype(str).apply(tuple, axis=1)
    pool = clauses[~keys.isin(keys_taken) & ~clauses["text"].isin(set(taken["text"]))]
    if n is None:
        picked = pool
    elif len(pool) < n:
        raise ValueError(f"only {len(pool)} clauses outside the samples taken; asked for {n}")
    else:
        picked = pool.sample(n=n, random_state=seed)
    return picked.sort_values(KEY, key=lambda s: s.astype(str))[KEY + ["text"]].reset_index(drop=True)


def read_sample(path: Path) -> pd.DataFrame:
    """A sample's place and text (never its hand codes: the draw needs only what it excludes)."""
    return pd.read_csv(path, dtype={"task_id": str})[KEY + ["text"]]


def read_taken(paths: list[Path]) -> pd.DataFrame:
    """The place and text of every clause in the samples at these paths, in one frame."""
    return pd.concat([read_sample(path) for path in paths], ignore_index=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, choices=sorted(SAMPLES), default=2,
                        help="which sample to draw: 2 (160 clauses, seed 24), 3 (150, seed 27, from the clauses "
                             "in neither the first nor the second), 4 (100, seed 28, from those in none of the three) "
                             "or 5 (every clause in none of the four)")
    parser.add_argument("--third", action="store_true", help="the same as --sample 3")
    parser.add_argument("--n", type=int, default=None, help="clauses to draw (default the sample's size; the fifth's is every clause left)")
    parser.add_argument("--seed", type=int, default=None, help="default the sample's seed")
    parser.add_argument("--out", type=Path, default=None, help="default the sample's file")
    args = parser.parse_args()
    size, default_seed, default_out, excluded = SAMPLES[3 if args.third else args.sample]
    n = args.n if args.n is not None else size
    seed = args.seed if args.seed is not None else default_seed
    out = args.out if args.out is not None else default_out
    if out.exists() and "tool" in pd.read_csv(out, nrows=0).columns:
        raise SystemExit(f"{out} is already coded by hand; not overwriting it")
    corpus = load_corpus()
    sample = draw(corpus.clauses[KEY + ["text"]], read_taken(excluded), n, seed)
    sample.to_csv(out, index=False)
    print(f"{len(sample)} clauses ({sample.groupby('plan_id').size().to_dict()}) -> {out}")


if __name__ == "__main__":
    main()
