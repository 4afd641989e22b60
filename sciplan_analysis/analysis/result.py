"""The one shape every analysis returns: a tidy table, its keys first, its settings attached.

A *tidy* result has one row per thing and a plain RangeIndex. Its key columns come first:
``plan_id`` for a result per plan (or per plan and unit, category, term...), ``plan_a`` and
``plan_b`` for an unordered plan pair (similarity), ``source_plan`` and ``target_plan`` for an
ordered one (text reuse: a share of the source's sentences recurring in the target).

Its settings (the parameters it was computed with) travel with it in
``df.attrs["settings"]``, a dict of JSON-friendly values; `report.export` writes them beside
the table as ``<table>_settings.json``. Wide *views* for charts (category × plan matrices and
the like) record their settings the same way; labelled display tables (``*_table(..., lang)``)
are a separate layer that reads the tidy results.

A directed count table (reuse.csv: source_plan, target_plan, n_sentences, n_reused, share) has
a row for every ordered pair, except where its settings say ``"rows": SOME_PAIRS``: beyond 200
plans the build keeps only the pairs with at least one reused sentence, and an absent pair has
none. `complete_pairs` gives such a table back with every pair; `read_built` hands it only to a
caller that says it can read it (``some_pairs=True``).
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

SETTINGS = "settings"
PLAN_KEYS = ("plan_id",)
PAIR_KEYS = ("plan_a", "plan_b")
DIRECTED_KEYS = ("source_plan", "target_plan")
ROWS = "rows"  # a settings entry that says which rows a table keeps, not how it was computed
SOME_PAIRS = "ordered pairs with at least one reused sentence; absent pairs have none"


def _plain(value: Any) -> Any:
    """A JSON-friendly copy: paths as strings, tuples and sets as lists, mappings as dicts."""
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (set, frozenset)):
        return sorted(_plain(v) for v in value)
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def record(df: pd.DataFrame, settings: Mapping[str, Any] | None = None, **more: Any) -> pd.DataFrame:
    """Attach the settings a result was computed with (``df.attrs["settings"]``); return `df`."""
    df.attrs[SETTINGS] = _plain({**(settings or {}), **more})
    return df


def tidy(
    df: pd.DataFrame,
    settings: Mapping[str, Any] | None = None,
    *,
    keys: Sequence[str] = PLAN_KEYS,
    **more: Any,
) -> pd.DataFrame:
    """The tidy form of a result: `keys` moved out of the index (if there) to the first
    columns, a fresh RangeIndex, and its settings recorded."""
    keys = list(keys)
    index_names = [n for n in df.index.names if n is not None]
    if index_names and set(index_names) <= set(keys):
        df = df.reset_index()
    else:
        df = df.reset_index(drop=True)
    missing = [k for k in keys if k not in df.columns]
    if missing:
        raise KeyError(f"result lacks key column(s) {', '.join(missing)}")
    df = df[keys + [c for c in df.columns if c not in keys]]
    return record(df, settings, **more)


def settings_of(df: pd.DataFrame) -> dict[str, Any]:
    """The settings recorded on a result (empty when none were)."""
    return dict(df.attrs.get(SETTINGS, {}))


def describe_settings(df: pd.DataFrame) -> str:
    """The settings recorded on a result, as one readable line."""
    s = settings_of(df)
    return "; ".join(f"{k}={v}" for k, v in s.items()) if s else "(no settings recorded)"


def keeps_some_pairs(df: pd.DataFrame) -> bool:
    """True for a directed count table that keeps only the pairs with a count (`SOME_PAIRS`)."""
    return settings_of(df).get(ROWS) == SOME_PAIRS


def complete_pairs(
    df: pd.DataFrame, plan_ids: Sequence[str], n_sentences: Mapping[str, int] | pd.Series
) -> pd.DataFrame:
    """A directed count table with a row for every ordered pair of `plan_ids`, in plan order
    (source_plan, target_plan, n_sentences, n_reused, share, as `reuse_tables` returns them).

    A pair absent from `df` has n_reused 0 of its source's `n_sentences` (a plan's sentences,
    as `reuse.sentences(corpus).groupby("plan_id").size()` counts them; needed for the
    sources that have no row) and share 0, or NaN when the source has no sentences. Pairs in
    `df` keep their values. Settings are kept, without the ``rows`` entry. Holds n² rows:
    for a few thousand plans at most (100 M rows at 10,000).
    """
    keys = list(DIRECTED_KEYS)
    ids = [str(p) for p in plan_ids]
    out = pd.DataFrame(list(itertools.permutations(ids, 2)), columns=keys)
    kept = df[keys + ["n_sentences", "n_reused"]].astype({k: str for k in keys})
    out = out.merge(kept, how="left", on=keys, validate="one_to_one")
    totals = pd.Series(n_sentences, dtype="float64").rename(index=str)
    out["n_sentences"] = out["n_sentences"].fillna(out["source_plan"].map(totals))
    if out["n_sentences"].isna().any():
        missing = out.loc[out.n_sentences.isna(), "source_plan"].unique()[:5]
        raise KeyError(f"n_sentences lacks plan(s) {', '.join(missing)}")
    out = out.astype({"n_sentences": "int64"})
    out["n_reused"] = out["n_reused"].fillna(0).astype("int64")
    out["share"] = out.n_reused / out.n_sentences.where(out.n_sentences > 0)
    settings = {k: v for k, v in settings_of(df).items() if k != ROWS}
    return record(out, settings)


def read_built(
    name: str,
    *,
    plan_ids: Sequence[str],
    plan_columns: Sequence[str],
    settings: Mapping[str, Any],
    processed_dir: str | Path | None = None,
    some_pairs: bool = False,
) -> pd.DataFrame | None:
    """The table `name` as the build wrote it (``<name>.parquet``, else ``.csv``), or None.

    None when the file is missing, older than the cached corpus (the texts changed since the
    build), covers other plans than `plan_ids` (its `plan_columns` name them), or was
    computed with other `settings` (``<name>_settings.json``). The caller then computes it.

    A table whose settings say it keeps only some pairs (``"rows": SOME_PAIRS``: reuse.csv
    beyond 200 plans) is None unless `some_pairs` (the caller reads an absent pair as zero,
    e.g. with `complete_pairs`); it may name fewer plans than `plan_ids` (a plan that shares
    no sentence has no row). The ``rows`` entry is not compared with `settings` and stays in
    the settings of the table returned.
    """
    from sciplan_analysis import storage
    from sciplan_analysis.config import CACHE_DIR_NAME, CACHE_MANIFEST, PROCESSED_DIR
    from sciplan_analysis.errors import PlanError

    given = Path(processed_dir) if processed_dir is not None else PROCESSED_DIR
    try:
        folder = storage.processed_tables(given)  # the current snapshot of the build
    except PlanError:
        return None
    parquet, csv = folder / f"{name}.parquet", folder / f"{name}.csv"
    path = parquet if parquet.exists() else csv
    settings_path = folder / f"{name}_settings.json"
    if not path.exists() or not settings_path.exists():
        return None
    cache = given / CACHE_DIR_NAME / CACHE_MANIFEST  # the corpus loaded from `given`
    if cache.exists() and cache.stat().st_mtime > path.stat().st_mtime:
        return None
    try:
        stored = json.loads(settings_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(stored, dict):
        return None
    partial = stored.get(ROWS) == SOME_PAIRS
    if partial and not some_pairs:
        return None
    expected = {k: v for k, v in dict(settings).items() if k != ROWS}
    if {k: v for k, v in stored.items() if k != ROWS} != json.loads(
            json.dumps(_plain(expected), default=str)):
        return None
    try:
        if path.suffix == ".parquet":
            df = pd.read_parquet(path)
        else:
            df = pd.read_csv(path, encoding="utf-8-sig", dtype={c: str for c in plan_columns})
    except (OSError, ValueError, ImportError):
        return None
    if any(c not in df.columns for c in plan_columns):
        return None
    found = set().union(*(set(df[c].astype(str)) for c in plan_columns))
    if found != set(plan_ids) and not (partial and found <= set(plan_ids)):
        return None
    return record(df, stored)
