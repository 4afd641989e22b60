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
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

SETTINGS = "settings"
PLAN_KEYS = ("plan_id",)
PAIR_KEYS = ("plan_a", "plan_b")
DIRECTED_KEYS = ("source_plan", "target_plan")


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


def read_built(
    name: str,
    *,
    plan_ids: Sequence[str],
    plan_columns: Sequence[str],
    settings: Mapping[str, Any],
    processed_dir: str | Path | None = None,
) -> pd.DataFrame | None:
    """The table `name` as the build wrote it (``<name>.parquet``, else ``.csv``), or None.

    None when the file is missing, older than the cached corpus (the texts changed since the
    build), covers other plans than `plan_ids` (its `plan_columns` name them), or was
    computed with other `settings` (``<name>_settings.json``). The caller then computes it.
    """
    from sciplan_analysis.config import CACHE_DIR_NAME, CACHE_MANIFEST, PROCESSED_DIR

    folder = Path(processed_dir) if processed_dir is not None else PROCESSED_DIR
    parquet, csv = folder / f"{name}.parquet", folder / f"{name}.csv"
    path = parquet if parquet.exists() else csv
    settings_path = folder / f"{name}_settings.json"
    if not path.exists() or not settings_path.exists():
        return None
    cache = folder / CACHE_DIR_NAME / CACHE_MANIFEST
    if cache.exists() and cache.stat().st_mtime > path.stat().st_mtime:
        return None
    try:
        stored = json.loads(settings_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if stored != json.loads(json.dumps(_plain(dict(settings)), default=str)):
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
    if found != set(plan_ids):
        return None
    return record(df, stored)
