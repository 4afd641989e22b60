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
from pathlib import Path

from sciplan_analysis import storage
from sciplan_analysis.config import MANIFEST_NAME, PROCESSED_DIR, RAW_DIR
from sciplan_analysis.corpus import read_manifest_table, read_manifest_text, rebuild_cache
from sciplan_analysis.errors import PlanError
from sciplan_analysis.intake import Intake, plan_intakes
from sciplan_analysis.parsing.parse import Reading, parse_records
from sciplan_analysis.parsing.sources import SUPPORTED, extract_text, web_address
from sciplan_analysis.parsing.units import apply_crosswalk
from sciplan_analysis.tables import Corpus

PLAN_ID = re.compile(r"[a-z][a-z0-9_-]{0,39}")  # matched with fullmatch: no trailing newline
STATUSES = ("final", "draft", "fragment")
CONTROL = re.compile(r"[\x00-\x1f\x7f]")
# Names Windows reserves for devices (con.txt is the console there): refused everywhere, so a
# corpus made on one system opens on every other.
RESERVED_IDS = frozenset(["con", "prn", "aux", "nul", *(f"com{n}" for n in range(10)),
                          *(f"lpt{n}" for n in range(10))])
FIELDS = ("name_zh", "name_en", "admin_level", "province", "parent", "status")


class PlanAddedError(PlanError):
    """The plan was added (its files and manifest row are in place) but a later step failed."""

    def __init__(self, message: str, corpus: Corpus) -> None:
        super().__init__(message)
        self.corpus = corpus


def add_plan(
    path: str | Path,
    plan_id: str,
    name_zh: str | None = None,
    name_en: str | None = None,
    admin_level: str | None = None,
    province: str | None = None,
    parent: str | None = None,
    status: str | None = None,
    replace: bool = False,
    raw_dir: str | Path = RAW_DIR,
    processed_dir: str | Path = PROCESSED_DIR,
    changes: list[str] | None = None,
    sources: dict[str, str] | None = None,
    rebuild: bool = True,
    parsed_rows: dict[str, tuple[dict, list[str]]] | None = None,
    reading: Reading | None = None,
    source_url: str | None = None,
) -> Corpus:
    """Add the plan in `path` (.txt, .docx, text .pdf or a saved web page .html/.htm) and return
    its parsed one-plan corpus; a non-.txt original is kept beside the text read from it.

    A field left as None keeps the replaced row's value (`replace`), or is empty for a new
    plan (status: final); name_zh is needed for a new plan. `changes`, if given, receives a
    line for each field a replacement changes ("status: draft → final"). `sources` are the
    manifest's `*_source` columns (name_source: text, gazetteer, flag, …); `rebuild=False`
    leaves the cache to the caller, and `parsed_rows`, if given, receives the plan's parsed
    rows for that rebuild (`add_plans` rebuilds once, parsing no plan twice). `reading` is the
    file's text as the intake read it (`read_text`): parsing goes on from it when the file
    still holds that text, so the plan is read once. `source_url` is the address the page was saved
    from (the manifest's source_url: its host may name the page's kind; None keeps a replaced row's)."""
    path, raw_dir = Path(path), Path(raw_dir)
    if not PLAN_ID.fullmatch(plan_id):
        raise PlanError(f"plan id {plan_id!r}: use lower-case letters, digits, - or _ (e.g. wuxi)")
    if plan_id in RESERVED_IDS:
        raise PlanError(f"plan id {plan_id!r} is a device name on Windows ({plan_id}.txt cannot "
                        "be a file there); choose another")
    if status is not None and status not in STATUSES:
        raise PlanError(f"status {status!r}: use one of {', '.join(STATUSES)}")
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise PlanError(f"{path}: unknown file type {path.suffix or '(none)'}; use one of {', '.join(SUPPORTED)}")
    given = dict(zip(FIELDS, (name_zh, name_en, admin_level, province, parent, status), strict=True))
    if source_url is not None and web_address(source_url) != source_url.strip():
        raise PlanError(f"source address {source_url!r}: give the page's http:// or https:// address")
    for key, value in {**given, **(sources or {})}.items():
        if value is not None and CONTROL.search(value):
            raise PlanError(f"{key} {value!r}: control characters (newline, tab, …) are not allowed")
    if not path.is_file():
        raise PlanError(f"{path}: no such file" if not path.exists() else f"{path}: is a folder, not a plan file")
    original = path.read_bytes()  # in memory: the source may be the plan's own raw file
    text = extract_text(path)
    stored = original if suffix == ".txt" else text.encode("utf-8")

    manifest = raw_dir / MANIFEST_NAME
    if raw_dir.exists() and not raw_dir.is_dir():
        raise PlanError(f"{raw_dir}: is a file, not the folder of the plans")
    with storage.folder_lock(raw_dir):
        storage.remove_leftovers(raw_dir)
        fieldnames, rows = read_manifest_table(raw_dir)
        _, encoding = read_manifest_text(raw_dir)
        storage.writable_target(manifest)  # refuse a read-only manifest before writing anything
        own = next((r for r in rows if r["plan_id"] == plan_id), None)
        if own and not replace:
            raise PlanError(f"plan id {plan_id!r} is already in {manifest}; use --replace to replace it")
        row = {**_row(plan_id, given, own), **(sources or {})}
        if source_url:
            row["source_url"] = source_url.strip()
        if changes is not None and own:
            changes.extend(f"{key}: {own.get(key) or '(empty)'} → {row[key] or '(empty)'}"
                           for key in FIELDS if (own.get(key) or "") != row[key])
        targets = {row["file"]: stored}
        if suffix != ".txt":
            targets[f"{plan_id}{suffix}"] = original
        _check_names(raw_dir, rows, plan_id, targets, own)
        _check_duplicate(raw_dir, rows, plan_id, stored)
        # parsed once, here: the cache rebuild below takes these rows as they are
        facts = {k: v or None for k, v in row.items() if k != "plan_id"}
        read = reading if reading is not None and reading.raw == text else text
        records, problems = parse_records(read, plan_id, source=str(raw_dir / row["file"]), **facts)
        parsed = Corpus.from_records(records, problems)
        parsed.assignments = apply_crosswalk(parsed.assignments)  # a broken crosswalk stops us here
        fieldnames += [key for key in row if key not in fieldnames]  # *_source on an old manifest
        content = _manifest_bytes(manifest, fieldnames, rows, row, own, encoding)
        before = {name: (raw_dir / name).read_bytes() if (raw_dir / name).is_file() else None
                  for name in targets}
        written: list[Path] = []
        try:
            for name in sorted(targets, key=lambda n: n == row["file"]):  # the text last
                storage.write_bytes(raw_dir / name, targets[name])
                written.append(raw_dir / name)
            storage.write_bytes(manifest, content)  # the commit
        except (OSError, PlanError) as err:
            _undo(written, before)
            reason = f"{err.strerror} ({err.filename})" if isinstance(err, OSError) and err.strerror else err
            raise PlanError(f"adding {plan_id} failed before its manifest row was written: {reason}; "
                            f"{raw_dir} and {MANIFEST_NAME} are as they were") from err
        if parsed_rows is not None:
            parsed_rows[plan_id] = (records, problems)
        if not rebuild:
            return parsed
        try:
            rebuild_cache(raw_dir, processed_dir, parsed={plan_id: (records, problems)})
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
    parsed_rows: dict[str, tuple[dict, list[str]]] = {}
    for intake in intakes:
        if intake.action not in ("add", "replace"):
            continue
        replacing = intake.action == "replace"
        # a replacement keeps every field no flag gives; a new plan takes what was inferred
        fields = {key: (intake.row.get(key) or None)
                  if not replacing or (flags or {}).get(key) else None for key in FIELDS}
        try:
            intake.corpus = add_plan(
                intake.path, intake.plan_id, **fields, replace=replacing, raw_dir=raw_dir,
                processed_dir=processed_dir, changes=intake.changes,
                sources=_flagged(intake.sources) if replacing else intake.sources,
                rebuild=False, parsed_rows=parsed_rows, reading=intake.reading,
                source_url=intake.row.get("source_url") or None,
            )
            added.append(intake)
        except PlanError as err:
            intake.action = "refuse"
            intake.problems.append(str(err))
        intake.reading = None  # parsed (or refused): its structure is not kept for the rest
    if added:
        try:  # each plan was parsed once, by add_plan: the rebuild takes its rows
            rebuild_cache(raw_dir, processed_dir, parsed=parsed_rows)
        except Exception as err:
            ids = ", ".join(i.plan_id for i in added)
            error = PlanAddedError(
                f"{ids} WAS added (files and rows in {Path(raw_dir) / MANIFEST_NAME}), but "
                f"rebuilding the cache failed: {err}. Fix that and run `python -m "
                "sciplan_analysis build`; do not add the plans again.", added[-1].corpus)
            error.intakes = intakes
            raise error from err
    return intakes


def _flagged(sources: dict[str, str]) -> dict[str, str]:
    """The sources of the fields a flag gave (a replacement keeps the others' sources)."""
    return {key: value for key, value in sources.items() if value == "flag"}


def _row(plan_id: str, given: dict[str, str | None], own: dict[str, str] | None) -> dict[str, str]:
    """The manifest row: each field as given, else as the replaced row had it (a new plan:
    empty, status final)."""
    if own is None and not given["name_zh"]:
        raise PlanError(f"plan {plan_id!r} is new: give its name (--name-zh, e.g. 巫溪县)")
    row = {"plan_id": plan_id, "file": f"{plan_id}.txt"}
    for key, value in given.items():
        kept = (own or {}).get(key) or ("final" if key == "status" else "")
        row[key] = value.strip() if value is not None else kept
    return row


def _check_duplicate(raw_dir: Path, rows: list[dict[str, str]], plan_id: str, stored: bytes) -> None:
    """Refuse a text that another plan of the manifest already holds, byte for byte."""
    for other in rows:
        path = raw_dir / other["file"]
        if other["plan_id"] == plan_id or not path.is_file() or path.stat().st_size != len(stored):
            continue
        if path.read_bytes() == stored:
            raise PlanError(f"this text is already in the corpus as plan {other['plan_id']!r} "
                            f"({path}); the same plan added twice would be counted twice")


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
        if target.is_dir():
            raise PlanError(f"{target} is a folder; move it away or choose another --plan-id")
        if own is None and target.exists() and target.read_bytes() != content:
            raise PlanError(f"{target} exists but no plan in {MANIFEST_NAME} lists it; move it "
                            "away or choose another --plan-id")


def _manifest_bytes(
    manifest: Path, fieldnames: list[str], rows: list[dict[str, str]], row: dict[str, str],
    own: dict[str, str] | None, encoding: str = "utf-8-sig",
) -> bytes:
    """The new manifest, in the file's own encoding (UTF-8, or GB18030 as Excel saves it on a
    Chinese Windows): a new row appended to the file's bytes as they are; a replaced row
    rewritten in place. Columns a researcher added are kept (empty for a new row); a manifest
    without the `*_source` columns is rewritten once with them (its rows keep their values)."""
    codec = "utf-8" if encoding.startswith("utf-8") else encoding
    old = manifest.read_bytes()
    newline = "\r\n" if b"\r\n" in old else "\n"
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=fieldnames, restval="", lineterminator=newline)
    header = next(csv.reader(old.decode(codec, errors="replace").lstrip("\ufeff")
                             .splitlines()[:1]), [])
    if own is None and header == fieldnames:
        writer.writerow(row)
        if old and not old.endswith(b"\n"):
            old += newline.encode()
        return old + buffer.getvalue().encode(codec)
    writer.writeheader()
    writer.writerows([{**r, **row} if r is own else r for r in rows]
                     + ([row] if own is None else []))
    bom = "\ufeff" if old.startswith(b"\xef\xbb\xbf") else ""
    return (bom + buffer.getvalue()).encode(codec)

