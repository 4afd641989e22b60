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
a row for every ordered pair, except where its settings hold a ``"rows"`` entry: beyond
`LARGE_CORPUS` plans the build keeps each plan's top-k sources and targets and the pairs above
a share, and writes every pair's count to one Parquet file (`counts_to_arrow`). `read_built`
gives every pair back from that file (or the kept rows to a caller that asks for them,
``some_pairs=True``); `complete_pairs` turns a count matrix into every pair.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

SETTINGS = "settings"
PLAN_KEYS = ("plan_id",)
PAIR_KEYS = ("plan_a", "plan_b")
DIRECTED_KEYS = ("source_plan", "target_plan")
ROWS = "rows"  # a settings entry that says which rows a table keeps, not how it was computed
EVERY_PAIR = "every_pair"  # in a "rows" entry: the file holding every pair's count
LARGE_CORPUS = 200  # plans; above this the all-pairs tables give way to their scalable forms
COUNTS_META = b"sciplan"  # the count matrix's Parquet metadata: layout and settings (JSON)


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
    """True for a directed count table that keeps only some pairs (its settings say which,
    ``"rows"``; beyond `LARGE_CORPUS` plans)."""
    return isinstance(settings_of(df).get(ROWS), Mapping)


def complete_pairs(counts: pd.DataFrame) -> pd.DataFrame:
    """Every ordered pair of a source × target count matrix (`reuse.reuse_counts`,
    `reuse.load_reuse_counts`; ``attrs["n_sentences"]`` per plan) as the table `reuse_tables`
    returns: source_plan, target_plan, n_sentences, n_reused, share, in plan order, source
    by source. share is NaN for a source without sentences. Holds n(n - 1) rows: 4 M at
    2,000 plans, 100 M at 10,000. Settings are kept, without a ``rows`` entry."""
    n = len(counts)
    ids = np.asarray([str(p) for p in counts.index], dtype=object)
    totals = pd.Series(counts.attrs["n_sentences"]).rename(index=str)
    if set(totals.index) != set(ids):
        missing = sorted(set(ids) - set(totals.index))[:5]
        raise KeyError(f"n_sentences lacks plan(s) {', '.join(missing)}")
    totals = totals.reindex(ids).to_numpy(dtype=np.int64)
    source = np.repeat(np.arange(n), n)
    target = np.tile(np.arange(n), n)
    off = source != target
    source, target = source[off], target[off]
    n_reused = np.asarray(counts.to_numpy(), dtype=np.int64)[source, target]
    n_sentences = totals[source]
    share = np.full(len(n_reused), np.nan)
    np.divide(n_reused, n_sentences, out=share, where=n_sentences > 0)
    out = pd.DataFrame({"source_plan": ids[source], "target_plan": ids[target],
                        "n_sentences": n_sentences, "n_reused": n_reused, "share": share})
    return record(out, {k: v for k, v in settings_of(counts).items() if k != ROWS})


def counts_to_arrow(counts: pd.DataFrame):
    """A source × target count matrix as one Arrow table, a row per source plan in plan
    order: source_plan, n_sentences, n_reused (a list of counts) and, in the sparse layout,
    target (a list of positions in that order, 0-based); the layout and settings in the
    schema's metadata (`COUNTS_META`). Dense: every count, n per row; sparse: only the non-zero
    ones; whichever holds fewer numbers (a sparse cell costs two)."""
    import pyarrow as pa

    matrix = np.asarray(counts.to_numpy())
    n = len(matrix)
    if matrix.size and matrix.max() > np.iinfo(np.int32).max:
        raise ValueError("reuse counts beyond int32")
    nonzero = int(np.count_nonzero(matrix))
    layout = "sparse" if 2 * nonzero < n * n else "dense"
    list_type = pa.large_list if n * n >= 2**31 else pa.list_
    offsets_type = np.int64 if n * n >= 2**31 else np.int32
    columns = {"source_plan": pa.array([str(p) for p in counts.index], pa.string()),
               "n_sentences": pa.array(pd.Series(counts.attrs["n_sentences"]).rename(index=str)
                                       .reindex([str(p) for p in counts.index])
                                       .to_numpy(dtype=np.int64))}
    array_of = pa.LargeListArray if list_type is pa.large_list else pa.ListArray
    if layout == "dense":
        offsets = np.arange(0, n * n + 1, n if n else 1, dtype=offsets_type)[: n + 1]
        columns["n_reused"] = array_of.from_arrays(
            offsets, pa.array(matrix.astype(np.int32).ravel()))
    else:
        rows, cols = np.nonzero(matrix)
        offsets = np.zeros(n + 1, dtype=offsets_type)
        np.cumsum(np.bincount(rows, minlength=n), out=offsets[1:])
        columns["target"] = array_of.from_arrays(offsets, pa.array(cols.astype(np.int32)))
        columns["n_reused"] = array_of.from_arrays(
            offsets, pa.array(matrix[rows, cols].astype(np.int32)))
    meta = {"layout": layout, "settings": settings_of(counts)}
    return pa.table(columns).replace_schema_metadata(
        {COUNTS_META: json.dumps(meta, ensure_ascii=False, default=str).encode()})


def counts_from_arrow(table) -> pd.DataFrame:
    """The count matrix back from `counts_to_arrow`'s table (int64, plan × plan,
    ``attrs["n_sentences"]`` and settings)."""
    meta = json.loads((table.schema.metadata or {})[COUNTS_META])
    ids = [str(p) for p in table.column("source_plan").to_pylist()]
    n = len(ids)
    values = table.column("n_reused").combine_chunks()
    matrix = np.zeros((n, n), dtype=np.int64)
    if meta["layout"] == "dense":
        matrix[:] = values.flatten().to_numpy().reshape(n, n) if n else matrix
    else:
        lengths = values.value_lengths().to_numpy(zero_copy_only=False)
        rows = np.repeat(np.arange(n), lengths)
        cols = table.column("target").combine_chunks().flatten().to_numpy()
        matrix[rows, cols] = values.flatten().to_numpy()
    out = pd.DataFrame(matrix, index=pd.Index(ids, name="source_plan"),
                       columns=pd.Index(ids, name="target_plan"))
    out.attrs["n_sentences"] = pd.Series(
        table.column("n_sentences").to_numpy(), index=pd.Index(ids, name="plan_id"))
    return record(out, meta["settings"])


def _built_folder(processed_dir: str | Path | None) -> tuple[Path, Path] | None:
    """The processed folder named (default data/processed/) and where its build's tables are
    (its current snapshot), or None when its snapshot pointer cannot be read."""
    from sciplan_analysis import storage
    from sciplan_analysis.config import PROCESSED_DIR
    from sciplan_analysis.errors import PlanError

    given = Path(processed_dir) if processed_dir is not None else PROCESSED_DIR
    try:
        return given, storage.processed_tables(given)
    except PlanError:
        return None


def _built_settings(folder: Path, name: str, path: Path,
                    cache_root: Path) -> dict[str, Any] | None:
    """The settings the build recorded for table `name` (``<name>_settings.json``), or None
    when the file `path` or its settings are missing, unreadable, or older than the corpus
    cached under `cache_root` (the processed folder the caller named: the texts changed since
    the build)."""
    from sciplan_analysis.config import CACHE_DIR_NAME, CACHE_MANIFEST

    settings_path = folder / f"{name}_settings.json"
    if not path.exists() or not settings_path.exists():
        return None
    cache = cache_root / CACHE_DIR_NAME / CACHE_MANIFEST
    if cache.exists() and cache.stat().st_mtime > path.stat().st_mtime:
        return None
    try:
        stored = json.loads(settings_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return stored if isinstance(stored, dict) else None


def _same_settings(stored: Mapping[str, Any], expected: Mapping[str, Any]) -> bool:
    """The one comparison of settings: as JSON, the ``rows`` entry left out of both."""
    def plain(values: Mapping[str, Any]) -> Any:
        return json.loads(json.dumps(_plain({k: v for k, v in dict(values).items() if k != ROWS}),
                                     default=str))

    return plain(stored) == plain(expected)


def read_counts(
    name: str, *, plan_ids: Sequence[str], settings: Mapping[str, Any],
    processed_dir: str | Path | None = None,
) -> pd.DataFrame | None:
    """The count matrix the build wrote as ``<name>.parquet`` (`counts_to_arrow`), or None
    when it is missing, older than the cached corpus, covers other plans than `plan_ids` or
    was computed with other `settings` (the caller then computes it)."""
    where = _built_folder(processed_dir)
    if where is None:
        return None
    given, folder = where
    path = folder / f"{name}.parquet"
    stored = _built_settings(folder, name, path, cache_root=given)
    if stored is None or not _same_settings(stored, settings):
        return None
    try:
        import pyarrow.parquet as pq

        counts = counts_from_arrow(pq.read_table(path))
    except (OSError, ValueError, KeyError, ImportError):
        return None
    if list(counts.index) != [str(p) for p in plan_ids]:
        return None
    return record(counts, stored)


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

    A table whose settings say it keeps only some pairs (a ``"rows"`` entry: reuse.csv beyond
    `LARGE_CORPUS` plans) comes back with every pair, from the count matrix its ``rows``
    entry names (`complete_pairs`; n(n - 1) rows), unless `some_pairs`: then its kept rows
    (which may name fewer plans than `plan_ids`), the ``rows`` entry in their settings.
    """
    where = _built_folder(processed_dir)
    if where is None:
        return None
    given, folder = where
    parquet, csv = folder / f"{name}.parquet", folder / f"{name}.csv"
    path = parquet if parquet.exists() else csv
    stored = _built_settings(folder, name, path, cache_root=given)
    if stored is None or not _same_settings(stored, settings):
        return None
    rows = stored.get(ROWS)
    if rows is not None and not isinstance(rows, Mapping):
        return None  # an older build's form of the kept rows: computed again
    partial = rows is not None
    if partial and not some_pairs:
        counts = read_counts(str(rows.get(EVERY_PAIR, "")), plan_ids=plan_ids,
                             settings=settings, processed_dir=given)
        return None if counts is None else complete_pairs(counts)
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
