"""Add a plan to the corpus: store its original and its text in data/raw/, append the manifest
row, rebuild the cache. A failed add leaves the manifest and data/raw/ as they were."""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
import tempfile
import warnings
from pathlib import Path

from sciplan_analysis.config import MANIFEST_NAME, PROCESSED_DIR, RAW_DIR
from sciplan_analysis.corpus import MANIFEST_COLUMNS, load_corpus, read_manifest
from sciplan_analysis.errors import PlanError
from sciplan_analysis.parsing.parse import parse_text
from sciplan_analysis.parsing.sources import SUPPORTED, extract_text
from sciplan_analysis.tables import Corpus

PLAN_ID = re.compile(r"^[a-z][a-z0-9_-]{0,39}$")
STATUSES = ("final", "draft", "fragment")


def add_plan(
    path: str | Path,
    plan_id: str,
    name_zh: str,
    name_en: str = "",
    admin_level: str = "",
    province: str = "",
    parent: str = "",
    status: str = "final",
    replace: bool = False,
    raw_dir: str | Path = RAW_DIR,
    processed_dir: str | Path = PROCESSED_DIR,
) -> Corpus:
    """Add the plan in `path` (.txt, .docx or text .pdf) and return its parsed one-plan corpus."""
    path, raw_dir = Path(path), Path(raw_dir)
    if not PLAN_ID.match(plan_id):
        raise PlanError(f"plan id {plan_id!r}: use lower-case letters, digits, - or _ (e.g. wuxi)")
    if status not in STATUSES:
        raise PlanError(f"status {status!r}: use one of {', '.join(STATUSES)}")
    if path.suffix.lower() not in SUPPORTED:
        raise PlanError(f"{path}: unknown file type {path.suffix or '(none)'}; use one of {', '.join(SUPPORTED)}")
    rows = read_manifest(raw_dir)
    existing = [r for r in rows if r["plan_id"] == plan_id]
    if existing and not replace:
        raise PlanError(f"plan id {plan_id!r} is already in {raw_dir / MANIFEST_NAME}; use --replace to replace it")

    text = extract_text(path)
    row = {
        "plan_id": plan_id, "file": f"{plan_id}.txt", "name_zh": name_zh, "name_en": name_en,
        "admin_level": admin_level, "province": province, "parent": parent, "status": status,
    }
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parsed = parse_text(text, plan_id, source=str(path), **{k: v or None for k, v in row.items() if k != "plan_id"})

    written: list[Path] = []
    backups: dict[Path, bytes] = {}
    try:
        text_path = raw_dir / row["file"]
        if text_path.exists():
            backups[text_path] = text_path.read_bytes()
        if path.suffix.lower() == ".txt":
            shutil.copyfile(path, text_path)  # the original is the text: keep its bytes
        else:
            original = raw_dir / f"{plan_id}{path.suffix.lower()}"
            if original.exists():
                backups[original] = original.read_bytes()
            shutil.copyfile(path, original)
            written.append(original)
            text_path.write_text(text, encoding="utf-8")
        written.append(text_path)
        new_rows = [r for r in rows if r["plan_id"] != plan_id] + [row]
        _write_manifest(raw_dir / MANIFEST_NAME, new_rows)
    except BaseException:
        for p in written:
            if p in backups:
                p.write_bytes(backups[p])
            elif p.exists():
                p.unlink()
        raise
    load_corpus(raw_dir, processed_dir, refresh=True)
    return parsed


def _write_manifest(path: Path, rows: list[dict[str, str]]) -> None:
    """Write the manifest through a temporary file, so it is never left half-written."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(MANIFEST_COLUMNS), extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".plans-", suffix=".csv")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
        f.write(buffer.getvalue())
    os.replace(tmp, path)
