"""Add a plan to the corpus: store its original and its text in data/raw/, add the manifest row,
rebuild the cache.

Every check comes first (id, status, file type, readable text, a parse, the crosswalk, the
manifest, file names); then, under the lock of data/raw/, the files are written (each to a
temporary file renamed into place) and the manifest row last: that rename is the commit. A
failure or a `kill -9` before it leaves every plan and the manifest as they were; a failure
after it (rebuilding the cache) raises `PlanAddedError`, which says the plan was added.
"""

from __future__ import annotations

import csv
import io
import re
import warnings
from pathlib import Path

from sciplan_analysis import storage
from sciplan_analysis.config import MANIFEST_NAME, PROCESSED_DIR, RAW_DIR
from sciplan_analysis.corpus import load_corpus, read_manifest_table
from sciplan_analysis.errors import PlanError
from sciplan_analysis.intake import Intake, plan_intakes
from sciplan_analysis.parsing.parse import parse_text
from sciplan_analysis.parsing.sources import SUPPORTED, extract_text
from sciplan_analysis.parsing.units import apply_crosswalk
from sciplan_analysis.tables import Corpus

PLAN_ID = re.compile(r"[a-z][a-z0-9_-]{0,39}")  # matched with fullmatch: no trailing newline
STATUSES = ("final", "draft", "fragment")
CONTROL = re.compile(r"[\x00-\x1f\x7f]")


class PlanAddedError(PlanError):
    """The plan was added (its files and manifest row are in place) but a later step failed."""

    def __init__(self, message: str, corpus: Corpus) -> None:
        super().__init__(message)
        self.corpus = corpus
        self.intakes: list[Intake] = []  # from `add_plans`: every file and what became of it


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
    sources: dict[str, str] | None = None,
    rebuild: bool = True,
) -> Corpus:
    """Add the plan in `path` (.txt, .docx, text .pdf or a saved web page .html/.htm) and return
    its parsed one-plan corpus; a non-.txt original is kept beside the text read from it.

    `sources` are the manifest's `*_source` columns (name_source: text, gazetteer, flag, …);
    `rebuild=False` leaves the cache to the caller (`add_plans` rebuilds it once)."""
    path, raw_dir = Path(path), Path(raw_dir)
    if not PLAN_ID.fullmatch(plan_id):
        raise PlanError(f"plan id {plan_id!r}: use lower-case letters, digits, - or _ (e.g. wuxi)")
    if status not in STATUSES:
        raise PlanError(f"status {status!r}: use one of {', '.join(STATUSES)}")
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise PlanError(f"{path}: unknown file type {path.suffix or '(none)'}; use one of {', '.join(SUPPORTED)}")
    row = {
        "plan_id": plan_id, "file": f"{plan_id}.txt", "name_zh": name_zh, "name_en": name_en,
        "admin_level": admin_level, "province": province, "parent": parent, "status": status,
        **(sources or {}),
    }
    for key, value in row.items():
        if CONTROL.search(value):
            raise PlanError(f"{key} {value!r}: control characters (newline, tab, …) are not allowed")
    if not path.is_file():
        raise PlanError(f"{path}: no such file")
    original = path.read_bytes()  # in memory: the source may be the plan's own raw file
    text = extract_text(path)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        facts = {k: v or None for k, v in row.items() if k != "plan_id"}
        parsed = parse_text(text, plan_id, source=str(path), **facts)
    parsed.assignments = apply_crosswalk(parsed.assignments)  # a broken crosswalk stops us here
    targets = {row["file"]: original if suffix == ".txt" else text.encode("utf-8")}
    if suffix != ".txt":
        targets[f"{plan_id}{suffix}"] = original

    manifest = raw_dir / MANIFEST_NAME
    with storage.folder_lock(raw_dir):
        storage.remove_leftovers(raw_dir)
        fieldnames, rows = read_manifest_table(raw_dir)
        own = next((r for r in rows if r["plan_id"] == plan_id), None)
        if own and not replace:
            raise PlanError(f"plan id {plan_id!r} is already in {manifest}; use --replace to replace it")
        _check_names(raw_dir, rows, plan_id, targets, own)
        fieldnames += [key for key in row if key not in fieldnames]  # *_source on an old manifest
        content = _manifest_bytes(manifest, fieldnames, rows, row, own)
        before = {name: (raw_dir / name).read_bytes() if (raw_dir / name).is_file() else None
                  for name in targets}
        written: list[Path] = []
        try:
            for name in sorted(targets, key=lambda n: n == row["file"]):  # the text last
                storage.write_bytes(raw_dir / name, targets[name])
                written.append(raw_dir / name)
            storage.write_bytes(manifest, content)  # the commit
        except OSError as err:
            _undo(written, before)
            raise PlanError(f"adding {plan_id} failed before its manifest row was written: {err}; "
                            f"{raw_dir} and {MANIFEST_NAME} are as they were") from err
        if not rebuild:
            return parsed
        try:
            load_corpus(raw_dir, processed_dir, refresh=True)
        except Exception as err:
            files = ", ".join(p.name for p in written)
            raise PlanAddedError(
                f"{plan_id} WAS added ({files} and its row in {manifest}), but rebuilding the "
                f"cache failed: {err}. Fix that and run `python -m sciplan_analysis build`; "
                "do not add the plan again.", parsed) from err
    return parsed


def add_plans(
    paths: list[str | Path],
    flags: dict[str, str] | None = None,
    replace: bool = False,
    dry_run: bool = False,
    raw_dir: str | Path = RAW_DIR,
    processed_dir: str | Path = PROCESSED_DIR,
) -> list[Intake]:
    """Add every plan file in `paths` (files and folders), its facts inferred where no flag
    gives them (see `intake`); repeats are skipped (replaced with `replace`), files whose region
    cannot be decided are refused. Each plan is added as `add_plan` adds one (atomic, locked);
    the cache is rebuilt once at the end. `dry_run` decides everything and writes nothing.

    Returns the intakes, each with its final action ("add", "replace", "skip", "refuse") and,
    for those added, `corpus` (the parsed plan). Raises `PlanAddedError` when plans were added
    but the cache rebuild failed."""
    intakes = plan_intakes(paths, flags, replace, raw_dir, processed_dir)
    if dry_run:
        return intakes
    added: list[Intake] = []
    for intake in intakes:
        if intake.action not in ("add", "replace"):
            continue
        row = intake.row
        try:
            intake.corpus = add_plan(
                intake.path, row["plan_id"], row["name_zh"], name_en=row["name_en"],
                admin_level=row["admin_level"], province=row["province"], parent=row["parent"],
                status=row["status"], replace=intake.action == "replace", raw_dir=raw_dir,
                processed_dir=processed_dir, sources=intake.sources, rebuild=False,
            )
            added.append(intake)
        except PlanError as err:
            intake.action = "refuse"
            intake.problems.append(str(err))
    if added:
        try:
            load_corpus(raw_dir, processed_dir, refresh=True)
        except Exception as err:
            ids = ", ".join(i.plan_id for i in added)
            error = PlanAddedError(
                f"{ids} WAS added (files and rows in {Path(raw_dir) / MANIFEST_NAME}), but "
                f"rebuilding the cache failed: {err}. Fix that and run `python -m "
                "sciplan_analysis build`; do not add the plans again.", added[-1].corpus)
            error.intakes = intakes
            raise error from err
    return intakes


def _undo(written: list[Path], before: dict[str, bytes | None]) -> None:
    """Put back what the files held before (best effort: the disk may be full)."""
    for path in written:
        try:
            if before[path.name] is None:
                path.unlink(missing_ok=True)
            else:
                storage.write_bytes(path, before[path.name] or b"")
        except OSError:
            pass


def _check_names(
    raw_dir: Path, rows: list[dict[str, str]], plan_id: str, targets: dict[str, bytes],
    own: dict[str, str] | None,
) -> None:
    """Refuse to write over another plan's file, or over a file the manifest does not list."""
    others = {r["file"].casefold(): r["plan_id"] for r in rows if r["plan_id"] != plan_id}
    for name, content in targets.items():
        other = others.get(name.casefold())
        if other:
            raise PlanError(f"{raw_dir / name} is the file of plan {other!r} in {MANIFEST_NAME}; "
                            "choose another --plan-id")
        target = raw_dir / name
        if own is None and target.exists() and target.read_bytes() != content:
            raise PlanError(f"{target} exists but no plan in {MANIFEST_NAME} lists it; move it "
                            "away or choose another --plan-id")


def _manifest_bytes(
    manifest: Path, fieldnames: list[str], rows: list[dict[str, str]], row: dict[str, str],
    own: dict[str, str] | None,
) -> bytes:
    """The new manifest: a new row appended to the file's bytes as they are; a replaced row
    rewritten in place. Columns a researcher added are kept (empty for a new row); a manifest
    without the `*_source` columns is rewritten once with them (its rows keep their values)."""
    old = manifest.read_bytes()
    newline = "\r\n" if b"\r\n" in old else "\n"
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=fieldnames, restval="", lineterminator=newline)
    header = next(csv.reader(old.decode("utf-8-sig").splitlines()[:1]), [])
    if own is None and header == fieldnames:
        writer.writerow(row)
        if old and not old.endswith(b"\n"):
            old += newline.encode()
        return old + buffer.getvalue().encode("utf-8")
    writer.writeheader()
    writer.writerows([{**r, **row} if r is own else r for r in rows]
                     + ([row] if own is None else []))
    bom = "\ufeff" if old.startswith(b"\xef\xbb\xbf") else ""
    return (bom + buffer.getvalue()).encode("utf-8")

