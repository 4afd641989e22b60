"""The corpus: every plan's tables, loaded from the cache or parsed from `data/raw/`."""

from __future__ import annotations

import csv
import os
import pickle
import sys
import warnings
from pathlib import Path

from sciplan_analysis.config import (
    CACHE_NAME,
    MANIFEST_NAME,
    PACKAGE_DIR,
    PROCESSED_DIR,
    RAW_DIR,
    REFERENCE_DIR,
)
from sciplan_analysis.errors import PlanError
from sciplan_analysis.parsing.parse import parse_file, parse_file_records
from sciplan_analysis.parsing.units import apply_crosswalk, warn_unmapped
from sciplan_analysis.schema import validate_corpus
from sciplan_analysis.tables import TABLES, Corpus

CACHE_FORMAT = 1
MANIFEST_COLUMNS = ("plan_id", "file", "name_zh", "name_en", "admin_level", "province", "parent", "status")


# -- the manifest ----------------------------------------------------------------------------
def read_manifest(raw_dir: str | Path = RAW_DIR) -> list[dict[str, str]]:
    """Rows of `data/raw/plans.csv`, validated: columns, unique plan ids, files that exist."""
    raw_dir = Path(raw_dir)
    path = raw_dir / MANIFEST_NAME
    if not path.exists():
        raise PlanError(f"{path}: the manifest is missing (columns: {', '.join(MANIFEST_COLUMNS)})")
    with path.open(encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        missing = [c for c in MANIFEST_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise PlanError(f"{path}: missing column(s) {', '.join(missing)}")
        rows = [{k: (v or "").strip() for k, v in row.items()} for row in reader]
    seen: set[str] = set()
    for n, row in enumerate(rows, start=2):
        plan_id = row["plan_id"]
        if not plan_id:
            raise PlanError(f"{path}, line {n}: empty plan_id")
        if plan_id in seen:
            raise PlanError(f"{path}, line {n}: plan_id {plan_id!r} is listed twice")
        seen.add(plan_id)
        if not (raw_dir / row["file"]).is_file():
            raise PlanError(f"{path}, line {n}: file {row['file']!r} of plan {plan_id!r} is not in {raw_dir}")
    return rows


# -- parsing and the cache ---------------------------------------------------------------------
PARALLEL_FROM = 24  # plans; below this, starting worker processes costs more than it saves


def _parse_rows(raw_dir: Path, rows: list[dict[str, str]]) -> Corpus:
    records: dict[str, list[dict]] = {name: [] for name in TABLES}
    problems: list[str] = []
    for row in rows:
        facts = {k: (v or None) for k, v in row.items() if k != "plan_id"}
        plan_records, plan_problems = parse_file_records(raw_dir / row["file"], row["plan_id"], **facts)
        for name, rows_of_table in plan_records.items():
            records[name].extend(rows_of_table)
        problems.extend(plan_problems)
    return Corpus.from_records(records, problems)


def parse_manifest(
    raw_dir: str | Path = RAW_DIR, progress: bool = False, workers: int | None = None
) -> Corpus:
    """Parse every plan of the manifest (no cache), in parallel processes for large corpora."""
    raw_dir = Path(raw_dir)
    rows = read_manifest(raw_dir)
    workers = workers if workers is not None else (os.cpu_count() or 1)
    if workers <= 1 or len(rows) < PARALLEL_FROM:
        if progress:
            print(f"parsing {len(rows)} plans", file=sys.stderr)
        corpus = _parse_rows(raw_dir, rows)
    else:
        import concurrent.futures as cf

        size = max(1, len(rows) // (workers * 4))
        chunks = [rows[i : i + size] for i in range(0, len(rows), size)]
        parts: list[Corpus | None] = [None] * len(chunks)
        with cf.ProcessPoolExecutor(max_workers=workers) as pool:
            futures = {pool.submit(_parse_rows, raw_dir, chunk): n for n, chunk in enumerate(chunks)}
            done = 0
            for future in cf.as_completed(futures):
                parts[futures[future]] = future.result()
                done += len(chunks[futures[future]])
                if progress:
                    print(f"\rparsed {done}/{len(rows)} plans", end="", file=sys.stderr)
        if progress:
            print(file=sys.stderr)
        corpus = Corpus.concat([p for p in parts if p is not None])
    corpus.assignments = apply_crosswalk(corpus.assignments)
    return validate_corpus(corpus)


def _newest_input(raw_dir: Path) -> float:
    """Newest modification time of what the cache depends on: raw texts, reference data, code."""
    paths = [*raw_dir.iterdir(), *PACKAGE_DIR.rglob("*.py")]
    if REFERENCE_DIR.is_dir():
        paths.extend(REFERENCE_DIR.iterdir())
    return max(p.stat().st_mtime for p in paths if p.is_file())


def load_corpus(
    raw_dir: str | Path = RAW_DIR,
    processed_dir: str | Path = PROCESSED_DIR,
    refresh: bool = False,
) -> Corpus:
    """The corpus of every plan in the manifest.

    Reads `data/processed/corpus.pkl` when it is newer than the raw texts, the reference data
    and the code; otherwise parses `data/raw/` again and rewrites the cache.
    """
    raw_dir, processed_dir = Path(raw_dir), Path(processed_dir)
    cache = processed_dir / CACHE_NAME
    if not refresh and cache.exists() and cache.stat().st_mtime >= _newest_input(raw_dir):
        with cache.open("rb") as f:
            stored = pickle.load(f)
        if stored.get("format") == CACHE_FORMAT and stored.get("raw_dir") == str(raw_dir.resolve()):
            corpus = Corpus(**stored["tables"], problems=stored["problems"])
            _warn_unmapped(corpus)
            return corpus
    corpus = parse_manifest(raw_dir)
    try:
        processed_dir.mkdir(parents=True, exist_ok=True)
        with cache.open("wb") as f:
            pickle.dump(
                {"format": CACHE_FORMAT, "raw_dir": str(raw_dir.resolve()),
                 "tables": corpus.tables(), "problems": corpus.problems},
                f, protocol=pickle.HIGHEST_PROTOCOL,
            )
    except OSError as err:
        warnings.warn(f"could not write the cache {cache}: {err}", stacklevel=2)
    _warn_unmapped(corpus)
    return corpus


def _warn_unmapped(corpus: Corpus) -> None:
    warn_unmapped(corpus.assignments)


def load_plan(path: str | Path, **metadata: object) -> Corpus:
    """Parse any single plan text into a one-plan corpus; `metadata` are manifest facts
    (plan_id, name_zh, status, …)."""
    plan_id = metadata.pop("plan_id", None)
    corpus = parse_file(path, plan_id, **metadata)
    corpus.assignments = apply_crosswalk(corpus.assignments)
    return validate_corpus(corpus)
