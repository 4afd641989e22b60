"""The corpus: every plan's tables, loaded from the cache or parsed from `data/raw/`."""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import json
import os
import secrets
import shutil
import sys
import warnings
from dataclasses import replace
from pathlib import Path

from sciplan_analysis import storage
from sciplan_analysis.config import (
    ALIASES_FILE,
    CACHE_DIR_NAME,
    CACHE_MANIFEST,
    CATEGORIES_FILE,
    CLAUSE_ROLES_FILE,
    COPY_FURNITURE_FILE,
    DIVISION_CHANGES_FILE,
    DIVISIONS_FILE,
    DOC_TYPES_FILE,
    ENGLISH_WORDS_FILE,
    INSTRUMENTS_FILE,
    LEGACY_CACHE_NAME,
    MANIFEST_NAME,
    MODEL_FILE,
    PACKAGE_DIR,
    PAGE_CUES_FILE,
    PAGE_HOST_WORDS_FILE,
    PAGE_HOSTS_FILE,
    PAGE_LABELS_FILE,
    PAPER_CUES_FILE,
    PARTS_FILE,
    PROCESSED_DIR,
    RAW_DIR,
    REFERENCE_DIR,
    SECTION_KINDS_FILE,
    SHARE_OTHERS_FILE,
    VARIANTS_FILE,
)
from sciplan_analysis.errors import PlanError
from sciplan_analysis.parsing import checks as hand_checks
from sciplan_analysis.parsing.units import apply_crosswalk, warn_unmapped
from sciplan_analysis.tables import COLUMNS, FACT_SOURCE_COLUMNS, TABLES, Corpus

CACHE_FORMAT = 4  # 1 was corpus.pkl, 2 Parquet tables; 3: Arrow IPC files (LZ4 frames); 4: checksums
TABLE_SUFFIX = ".arrow"
CACHE_LOCK = ".lock"
TABLES_PREFIX = "tables-"
SNAPSHOT_CHECKS = "instrument_checks.csv"  # a snapshot's copy of the checks file its build applied


class CacheWarning(UserWarning):
    """The cache could not be read or written; the corpus was parsed from data/raw/ instead."""

MANIFEST_COLUMNS = ("plan_id", "file", "name_zh", "name_en", "admin_level", "province", "parent", "status")
# Optional manifest columns: where `add` took each fact from (empty: typed by hand).
MANIFEST_SOURCES = FACT_SOURCE_COLUMNS
# …and what kind of text a plan's file is, where a researcher knows better than the cues (plans.page_kind:
# document, news, paper, report, copy, unknown; empty: read from the page), and the address a page was saved
# from (plans.source_url: `add` fills it from a saved page or --url; never fetched; its host may name the kind).
MANIFEST_OPTIONAL = ("page_kind", "source_url")


# -- the manifest ----------------------------------------------------------------------------
def read_manifest_table(raw_dir: str | Path = RAW_DIR) -> tuple[list[str], list[dict[str, str]]]:
    """The manifest's columns (with any a researcher added) and its validated rows."""
    raw_dir = Path(raw_dir)
    path = raw_dir / MANIFEST_NAME
    text, _ = read_manifest_text(raw_dir)
    with io.StringIO(text, newline="") as f:
        reader = csv.DictReader(f)
        fieldnames = list(reader.fieldnames or [])
        missing = [c for c in MANIFEST_COLUMNS if c not in fieldnames]
        if missing:
            raise PlanError(f"{path}: missing column(s) {', '.join(missing)}")
        rows = []
        for row in reader:
            if None in row:
                raise PlanError(f"{path}, line {reader.line_num}: more fields than the header has columns")
            rows.append({k: (v or "").strip() for k, v in row.items()})
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
    return fieldnames, rows


def read_manifest_text(raw_dir: str | Path = RAW_DIR) -> tuple[str, str]:
    """The manifest's text and encoding: UTF-8 (with or without a BOM) or GB18030/GBK, which
    Excel writes on a Chinese Windows; anything else is refused with a PlanError."""
    raw_dir = Path(raw_dir)
    path = raw_dir / MANIFEST_NAME
    if raw_dir.exists() and not raw_dir.is_dir():
        raise PlanError(f"{raw_dir}: is a file, not the folder of the plans")
    if not path.exists():
        raise PlanError(f"{path}: the manifest is missing (columns: {', '.join(MANIFEST_COLUMNS)})")
    if not path.is_file():
        raise PlanError(f"{path}: is a folder, not the manifest (a CSV file)")
    try:
        data = path.read_bytes()
    except OSError as err:
        raise PlanError(f"{path}: cannot read the manifest ({err.strerror or err})") from err
    try:
        return data.decode("utf-8-sig"), "utf-8-sig"
    except UnicodeDecodeError:
        pass
    from sciplan_analysis.parsing.sources import PLAUSIBLE_SHARE, common_share

    with contextlib.suppress(UnicodeDecodeError):
        text = data.decode("gb18030")
        if common_share(text) >= PLAUSIBLE_SHARE:  # Big5 or random bytes read as rare characters
            return text, "gb18030"
    raise PlanError(f"{path}: the manifest is neither UTF-8 nor GB18030/GBK Chinese text; save "
                    "it as CSV UTF-8 and try again")


def read_manifest(raw_dir: str | Path = RAW_DIR) -> list[dict[str, str]]:
    """Rows of `data/raw/plans.csv`, validated: columns, unique plan ids, files that exist."""
    return read_manifest_table(raw_dir)[1]


# -- parsing and the cache ---------------------------------------------------------------------
PARALLEL_FROM = 24  # plans; below this, starting worker processes costs more than it saves


Parsed = dict[str, tuple[dict[str, list[dict]], list[str]]]  # plan_id → (rows, problems)


def _parse_rows(raw_dir: Path, rows: list[dict[str, str]], parsed: Parsed | None = None) -> Corpus:
    from sciplan_analysis.parsing import (
        parse,  # the parser only when parsing: a cached load skips it
    )

    records: dict[str, list[dict]] = {name: [] for name in TABLES}
    problems: list[str] = []
    for row in rows:
        facts = {k: (row.get(k) or None) for k in MANIFEST_COLUMNS + MANIFEST_SOURCES + MANIFEST_OPTIONAL
                 if k != "plan_id"}
        if parsed and row["plan_id"] in parsed:  # parsed already (by `add`): not again
            plan_records, plan_problems = parsed[row["plan_id"]]
        else:
            plan_records, plan_problems = parse.parse_file_records(
                raw_dir / row["file"], row["plan_id"], **facts)
        for name, rows_of_table in plan_records.items():
            records[name].extend(rows_of_table)
        problems.extend(plan_problems)
    return Corpus.from_records(records, problems)


def parse_manifest(
    raw_dir: str | Path = RAW_DIR, progress: bool | None = None, workers: int | None = None,
    parsed: Parsed | None = None, *, checks: bool = True,
) -> Corpus:
    """Parse every plan of the manifest (no cache), in parallel processes for large corpora.

    `progress`: a progress bar on stderr (default: when stderr is a terminal and the corpus
    is parsed in worker processes). `parsed`: plans parsed already (plan_id → the rows and
    problems of `parse_records` on the text of the plan's file), used as they are. The hand
    checks file is applied to the clauses once the plans are parsed (`with_checks`; stale rows
    among the problems, not warned); `checks=False` gives the parser's codes only (the model's), as the cache
    holds them."""
    from sciplan_analysis import schema
    from sciplan_analysis.progress import progress_bar

    raw_dir = Path(raw_dir)
    rows = read_manifest(raw_dir)
    workers = workers if workers is not None else (os.cpu_count() or 1)
    if workers <= 1 or len(rows) < PARALLEL_FROM:
        if progress:
            print(f"parsing {len(rows)} plans", file=sys.stderr)
        corpus = _parse_rows(raw_dir, rows, parsed)
    else:
        import concurrent.futures as cf

        # chunks of at most 50 plans, so that the bar moves on large corpora
        size = max(1, min(50, len(rows) // (workers * 4)))
        chunks = [rows[i : i + size] for i in range(0, len(rows), size)]
        parts: list[Corpus | None] = [None] * len(chunks)
        with cf.ProcessPoolExecutor(max_workers=workers) as pool, \
                progress_bar(len(rows), "parse", "plan", progress) as bar:
            futures = {pool.submit(_parse_rows, raw_dir, chunk,
                                   {r["plan_id"]: parsed[r["plan_id"]] for r in chunk
                                    if parsed and r["plan_id"] in parsed}): n
                       for n, chunk in enumerate(chunks)}
            for future in cf.as_completed(futures):
                parts[futures[future]] = future.result()
                bar.update(len(chunks[futures[future]]))
        corpus = Corpus.concat([p for p in parts if p is not None])
    corpus.assignments = apply_crosswalk(corpus.assignments)
    if checks:
        corpus = with_checks(corpus)
    return schema.validate_corpus(corpus)


def with_checks(corpus: Corpus, checks: str | Path | hand_checks.Checks | None = None) -> Corpus:
    """`corpus` with the hand checks applied to its clauses (`parsing.checks.apply_checks`: one
    merge over the whole table): `checks` is a checks file (default `CHECKS_FILE`, looked up
    when called) or its rows. The rows of its plans that match no clause are its problems (any
    such problem it held before is dropped: applying the same file twice gives the same corpus);
    rows of plans it does not hold are left to `parsing.checks.warn_unapplied`. The corpus
    given is not changed. A malformed file is a `ChecksError` naming its line."""
    if not isinstance(checks, hand_checks.Checks):
        checks = hand_checks.load_checks(checks)
    clauses, stale = hand_checks.apply_checks(corpus.clauses, checks, corpus.plans["plan_id"])
    problems = [p for p in corpus.problems if not hand_checks.is_stale(p)] + stale
    if clauses is corpus.clauses and problems == corpus.problems:
        return corpus
    return replace(corpus, clauses=clauses, problems=problems)


def cache_dir(processed_dir: str | Path = PROCESSED_DIR) -> Path:
    """The folder of the corpus cache: `data/processed/cache/`."""
    return Path(processed_dir) / CACHE_DIR_NAME


def _file_entry(path: Path, content: bool) -> list[object]:
    stat = path.stat()
    entry: list[object] = [stat.st_size, stat.st_mtime_ns]
    if content:
        entry.append(hashlib.sha256(path.read_bytes()).hexdigest())
    return entry


# the layers above the corpus (they import it, never the other way): editing them cannot
# change a parse, so it does not make the cache stale
ABOVE_PARSING = ("analysis", "report")


# the reference files the parser reads (tests/test_cache.py checks it opens no other): the
# others (labels, stopwords, the boilerplate list, the jieba dictionary) are read above the
# corpus, so editing them cannot change a parse and does not make the cache stale; nor can the
# hand checks file, applied over the parsed tables on every load (`with_checks`)
PARSER_REFERENCE = tuple(sorted(f.name for f in (
    CATEGORIES_FILE, ALIASES_FILE, PARTS_FILE, PAGE_LABELS_FILE, PAPER_CUES_FILE, PAGE_CUES_FILE, COPY_FURNITURE_FILE,
    PAGE_HOSTS_FILE, PAGE_HOST_WORDS_FILE, SHARE_OTHERS_FILE, ENGLISH_WORDS_FILE,
    INSTRUMENTS_FILE, CLAUSE_ROLES_FILE,
    SECTION_KINDS_FILE, DOC_TYPES_FILE, VARIANTS_FILE, DIVISIONS_FILE, DIVISION_CHANGES_FILE,
    MODEL_FILE)))


def input_fingerprint(raw_dir: str | Path = RAW_DIR) -> dict[str, list[object]]:
    """What the cache depends on: size, mtime and SHA-256 of every raw text (hidden files
    excepted), of every file the manifest lists elsewhere and of the reference files the
    parser reads (`PARSER_REFERENCE`), size and mtime of the library's code below the
    analysis and report layers."""
    raw_dir = Path(raw_dir)
    inputs: dict[str, list[object]] = {}
    if raw_dir.is_dir():
        for path in sorted(raw_dir.iterdir()):
            if path.is_file() and not path.name.startswith("."):
                inputs[f"raw/{path.name}"] = _file_entry(path, True)
    for name in _listed_elsewhere(raw_dir):  # a manifest file outside data/raw/ counts too
        inputs[f"file/{name}"] = _file_entry(raw_dir / name, True)
    for name in PARSER_REFERENCE:
        path = REFERENCE_DIR / name
        if path.is_file():
            inputs[f"reference/{name}"] = _file_entry(path, True)
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        name = path.relative_to(PACKAGE_DIR).as_posix()
        if name.split("/")[0] not in ABOVE_PARSING:
            inputs[f"code/{name}"] = _file_entry(path, False)
    return inputs


def _listed_elsewhere(raw_dir: Path) -> list[str]:
    """The manifest's files that are not top-level files of `raw_dir` (../other/plan.txt,
    sub/plan.txt, an absolute path), as written; none when the manifest cannot be read (the
    parse that follows says why)."""
    try:
        rows = read_manifest(raw_dir)
    except (PlanError, OSError, csv.Error):
        return []
    top = raw_dir.resolve()
    return sorted({row["file"] for row in rows if (raw_dir / row["file"]).resolve().parent != top})


def _package_version() -> str:
    from sciplan_analysis import __version__

    return __version__


def _digest(manifest: dict) -> str:
    """SHA-256 of the manifest's content (all but its own digest), in a canonical form."""
    body = {k: v for k, v in manifest.items() if k != "sha256"}
    canonical = json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _read_cache(folder: Path, raw_dir: Path, inputs: dict[str, list[object]], *,
                package: str | None = None) -> Corpus | None:
    """The cached corpus if the cache is current; None if stale. Raises if it is unreadable.

    The manifest carries the SHA-256 of its own content and of every table file; a file whose
    bytes do not match is damaged (a flipped bit once loaded altered text, or crashed the
    Arrow reader), and is never handed to the reader."""
    for attempt in range(3):  # a writer may replace the tables between our two reads
        try:
            manifest = json.loads((folder / CACHE_MANIFEST).read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        if not isinstance(manifest, dict) or manifest.get("format") != CACHE_FORMAT:
            version = manifest.get("format") if isinstance(manifest, dict) else None
            raise ValueError(f"cache format {version!r}, this library reads format {CACHE_FORMAT}")
        if manifest.get("sha256") != _digest(manifest):
            raise ValueError(f"{CACHE_MANIFEST} does not match its checksum (damaged)")
        if (manifest.get("package_version") != (package or _package_version())
                or manifest.get("raw_dir") != str(raw_dir.resolve())
                or manifest.get("inputs") != inputs):
            return None
        tables_dir = folder / str(manifest["tables"])
        if tables_dir.parent != folder or not tables_dir.name.startswith(TABLES_PREFIX):
            raise ValueError(f"cache tables folder {manifest['tables']!r} is not in {folder}")
        checksums = manifest.get("checksums")
        if not isinstance(checksums, dict) or set(checksums) != set(TABLES):
            raise ValueError("the cache manifest lists no checksum for some tables")
        try:
            tables = {name: _read_table(tables_dir / f"{name}{TABLE_SUFFIX}", checksums[name])
                      for name in TABLES}
        except FileNotFoundError:
            if attempt == 2:
                raise
            continue
        for name, df in tables.items():
            if list(df.columns) != COLUMNS[name]:
                raise ValueError(f"cache table {name} has columns {list(df.columns)}")
        problems = manifest.get("problems", [])
        if not isinstance(problems, list):
            raise ValueError("cache problems are not a list")
        return Corpus(**tables, problems=[str(p) for p in problems])
    return None


def _read_table(path: Path, sha256: str | None = None):
    """One cached table: an Arrow IPC file (data only: reading it cannot run code), read into
    memory (not memory-mapped: a file replaced or damaged later cannot touch a loaded corpus)
    and checked against its SHA-256 before Arrow parses a byte of it.
    Arrow IPC rather than Parquet: pandas has already imported the Arrow IPC reader, while
    `pyarrow.parquet` (datasets, file systems, TLS) costs more to import than the read."""
    import pyarrow as pa
    from pyarrow import ipc

    data = path.read_bytes()
    if sha256 is not None and hashlib.sha256(data).hexdigest() != sha256:
        raise ValueError(f"cache table {path.name} does not match its checksum (damaged)")
    table = ipc.open_file(pa.BufferReader(data)).read_all()
    return table.to_pandas(use_threads=False)


def _write_table(path: Path, df) -> None:
    import pyarrow as pa
    from pyarrow import ipc

    table = pa.Table.from_pandas(df, preserve_index=False)
    options = ipc.IpcWriteOptions(compression="lz4")
    with pa.OSFile(str(path), "wb") as f, ipc.new_file(f, table.schema, options=options) as w:
        w.write_table(table)


def _write_cache(folder: Path, raw_dir: Path, inputs: dict[str, list[object]], corpus: Corpus) -> None:
    """Write the tables into a new hidden folder, rename it into place, then point the JSON
    manifest at it (atomically). Old table folders are removed (the previous one is kept for
    readers that are still on it)."""
    with storage.folder_lock(folder, CACHE_LOCK):
        storage.remove_leftovers(folder)
        token = secrets.token_hex(8)
        staging = folder / f"{storage.TMP_PREFIX}{token}"
        staging.mkdir()
        checksums = {}
        for name, df in corpus.tables().items():
            path = staging / f"{name}{TABLE_SUFFIX}"
            _write_table(path, df)
            storage.fsync_file(path)
            checksums[name] = hashlib.sha256(path.read_bytes()).hexdigest()
        storage.fsync_dir(staging)
        tables_dir = folder / f"{TABLES_PREFIX}{token}"
        os.replace(staging, tables_dir)
        storage.fsync_dir(folder)
        previous = None
        with contextlib.suppress(OSError, ValueError, AttributeError):
            previous = json.loads((folder / CACHE_MANIFEST).read_text(encoding="utf-8")).get("tables")
        manifest = {
            "format": CACHE_FORMAT, "package_version": _package_version(),
            "raw_dir": str(raw_dir.resolve()), "tables": tables_dir.name,
            # a hand check not applied is a problem of a load, not of the parse (`with_checks`)
            "problems": [p for p in corpus.problems if not hand_checks.is_stale(p)],
            "inputs": inputs, "checksums": checksums,
        }
        manifest["sha256"] = _digest(manifest)
        storage.write_text(folder / CACHE_MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
        for old in folder.glob(f"{TABLES_PREFIX}*"):
            if old.name not in (tables_dir.name, previous):
                shutil.rmtree(old, ignore_errors=True)
    legacy = folder.parent / LEGACY_CACHE_NAME  # the old executable cache format: never read, removed
    legacy.unlink(missing_ok=True)


def cached_corpus(raw_dir: str | Path = RAW_DIR, processed_dir: str | Path = PROCESSED_DIR) -> Corpus | None:
    """The cached corpus when it is fresh, else None; never parses or writes (for readers, such
    as `add`'s duplicate check, that must not touch data/processed/ before their commit). As
    the cache holds it: the parser's codes (the model's), no hand check applied (`with_checks` applies them)."""
    raw_dir = Path(raw_dir)
    try:
        return _read_cache(cache_dir(processed_dir), raw_dir, input_fingerprint(raw_dir))
    except Exception:  # noqa: BLE001 - a damaged cache is simply not used here
        return None


def load_corpus(
    raw_dir: str | Path = RAW_DIR,
    processed_dir: str | Path = PROCESSED_DIR,
    refresh: bool = False,
    *,
    checks: str | Path | None = None,
) -> Corpus:
    """The corpus of every plan in the manifest.

    Reads the cache in `data/processed/cache/` (Arrow IPC tables and a JSON manifest) when it was
    built from the same raw texts, reference data the parser reads, code and library version;
    otherwise, or when the cache is unreadable (with a warning), parses `data/raw/` again and
    rewrites it. Then applies the hand checks file (`checks`, default `CHECKS_FILE`) to the
    clauses (`with_checks`): the cache holds the parser's codes, so a check written re-parses
    nothing; rows not applied are warned about (`ChecksWarning`). A `processed_dir` that is one
    build's snapshot gives the corpus as that build saw it (`read_snapshot`, with the checks
    that build applied), whatever `data/raw/` and the checks file hold now.
    """
    raw_dir, processed_dir = Path(raw_dir), Path(processed_dir)
    if storage.is_snapshot(processed_dir):
        corpus = read_snapshot(processed_dir)
        _warn_on_load(corpus)
        return corpus
    hand = hand_checks.load_checks(checks)  # a malformed file stops us before any parse
    folder = cache_dir(processed_dir)
    inputs = input_fingerprint(raw_dir)  # before parsing: a change while we parse makes it stale
    if not refresh:
        try:
            corpus = _read_cache(folder, raw_dir, inputs)
        except Exception as err:  # noqa: BLE001 - any damage to the cache means: rebuild it
            warnings.warn(f"the cache in {folder} is unreadable ({type(err).__name__}: {err}); "
                          "parsing data/raw/ again", CacheWarning, stacklevel=2)
            corpus = None
        if corpus is not None:
            corpus = with_checks(corpus, hand)
            _warn_on_load(corpus, hand)
            return corpus
    try:
        corpus = rebuild_cache(raw_dir, processed_dir, inputs=inputs)
    except CacheWriteError as err:
        warnings.warn(str(err), CacheWarning, stacklevel=2)
        corpus = err.corpus
    corpus = with_checks(corpus, hand)
    _warn_on_load(corpus, hand)
    return corpus


class CacheWriteError(PlanError):
    """The corpus was parsed but its cache could not be written; `corpus` holds it."""

    def __init__(self, message: str, corpus: Corpus) -> None:
        super().__init__(message)
        self.corpus = corpus


def rebuild_cache(
    raw_dir: str | Path = RAW_DIR, processed_dir: str | Path = PROCESSED_DIR, *,
    parsed: Parsed | None = None, inputs: dict[str, list[object]] | None = None,
) -> Corpus:
    """Parse the manifest (but the plans in `parsed`) and write the cache; return the corpus as
    the cache holds it (the parser's codes: `with_checks` applies the hand checks). Raises
    `CacheWriteError` (with the corpus) when the cache cannot be written, so a caller never
    says "rebuilt" of a cache that was not."""
    raw_dir, processed_dir = Path(raw_dir), Path(processed_dir)
    folder = cache_dir(processed_dir)
    inputs = inputs if inputs is not None else input_fingerprint(raw_dir)
    corpus = parse_manifest(raw_dir, parsed=parsed, checks=False)
    try:
        _write_cache(folder, raw_dir, inputs, corpus)
    except (OSError, PlanError) as err:
        raise CacheWriteError(f"could not write the cache {folder}: {err}", corpus) from err
    if len(corpus.plans) >= PARALLEL_FROM:
        del corpus  # nothing else holds it: its memory is freed before the read
        corpus = _reread(folder, raw_dir, inputs)
    return corpus


def write_snapshot_corpus(corpus: Corpus, snapshot: str | Path, raw_dir: str | Path = RAW_DIR,
                          *, cached_in: str | Path | None = None,
                          checks: str | Path | None = None) -> None:
    """Store `corpus` in a snapshot being built (its own cache folder), for `read_snapshot`,
    with a copy of the hand checks file its load applied (`checks`, default `CHECKS_FILE`):
    `read_snapshot` applies that copy, so the snapshot gives the corpus as its build saw it.
    `cached_in`: a processed folder whose cache was just written from `corpus` (the build's):
    when that cache is current, its files (the parser's codes) are linked into the snapshot
    (`_link_cache`) instead of written again (at 10,000 plans ~10 s). Otherwise `corpus`'s
    tables are written as they are (applying the same checks again changes nothing)."""
    raw_dir = Path(raw_dir)
    inputs = input_fingerprint(raw_dir)
    folder = cache_dir(snapshot)
    if cached_in is None or not _link_cache(cache_dir(cached_in), folder, raw_dir, inputs):
        _write_cache(folder, raw_dir, inputs, corpus)
    source = Path(hand_checks.CHECKS_FILE if checks is None else checks)
    if source.is_file():
        storage.write_bytes(folder / SNAPSHOT_CHECKS, source.read_bytes())


def _link_cache(source: Path, target: Path, raw_dir: Path, inputs: dict[str, list[object]]) -> bool:
    """Copy the cache in `source` to the empty folder `target` by hard links (cache files are
    never changed in place, only replaced), if it is current for `inputs` (what `_read_cache`
    checks first; the tables' checksums are checked when the snapshot is read). False, and
    nothing written, when it is not current or links cannot be made (another file system)."""
    with storage.folder_lock(source, CACHE_LOCK):
        try:
            manifest = json.loads((source / CACHE_MANIFEST).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return False
        if (not isinstance(manifest, dict) or manifest.get("format") != CACHE_FORMAT
                or manifest.get("sha256") != _digest(manifest)
                or manifest.get("package_version") != _package_version()
                or manifest.get("raw_dir") != str(raw_dir.resolve())
                or manifest.get("inputs") != inputs):
            return False
        tables = source / str(manifest.get("tables"))
        if tables.parent != source or not tables.name.startswith(TABLES_PREFIX):
            return False
        target.mkdir(parents=True, exist_ok=True)
        staging = target / f"{storage.TMP_PREFIX}{secrets.token_hex(8)}"
        staging.mkdir()
        try:
            for name in TABLES:
                os.link(tables / f"{name}{TABLE_SUFFIX}", staging / f"{name}{TABLE_SUFFIX}")
        except OSError:
            shutil.rmtree(staging, ignore_errors=True)
            return False
        storage.fsync_dir(staging)
        os.replace(staging, target / tables.name)
        storage.fsync_dir(target)
        storage.write_text(target / CACHE_MANIFEST, json.dumps(manifest, ensure_ascii=False,
                                                              indent=1))
    return True


def read_snapshot(snapshot: str | Path) -> Corpus:
    """The corpus a build stored in its snapshot, as it was then (its inputs are not compared
    with data/raw/ now: a report reads one build from start to end), with the hand checks that
    build applied (its copy of the checks file, `SNAPSHOT_CHECKS`; a snapshot written before
    checks were a layer holds them in its tables). A damaged one is a PlanError: the snapshot
    is never rewritten, a new build replaces it."""
    folder = cache_dir(snapshot)
    try:
        manifest = json.loads((folder / CACHE_MANIFEST).read_text(encoding="utf-8"))
        corpus = _read_cache(folder, Path(manifest["raw_dir"]), manifest["inputs"],
                             package=manifest["package_version"])
    except Exception as err:  # noqa: BLE001 - any damage: the same advice
        raise PlanError(f"the corpus of snapshot {snapshot} is unreadable ({type(err).__name__}: "
                        f"{err}); run `python -m sciplan_analysis build`") from err
    if corpus is None:
        raise PlanError(f"snapshot {snapshot} holds no corpus; run `python -m sciplan_analysis build`")
    applied = folder / SNAPSHOT_CHECKS
    return with_checks(corpus, applied) if applied.is_file() else corpus


def _reread(folder: Path, raw_dir: Path, inputs: dict[str, list[object]]) -> Corpus:
    """The corpus just written to the cache, read back from it. Parsed in worker processes,
    it came back from them piece by piece among short-lived objects, which leaves the heap
    fragmented (at 10,000 plans, GBs more than a cached load holds). The cache holds the same
    tables (its round trip is exact) and reading them packs them together, once the freed
    pages went back to the system. Parses again if the cache changed meanwhile."""
    _return_free_memory()
    reread = _read_cache(folder, raw_dir, inputs)
    return reread if reread is not None else parse_manifest(raw_dir, checks=False)


def _return_free_memory() -> None:
    """Give the allocator's free pages back to the system (glibc's malloc_trim; elsewhere a
    no-op): Python keeps freed small objects' pages in the process otherwise."""
    import contextlib
    import ctypes
    import gc

    gc.collect()
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)


def _warn_on_load(corpus: Corpus, checks: hand_checks.Checks | None = None) -> None:
    """Warn about unit names the crosswalk lacks and about hand checks the corpus did not apply
    (`parsing.checks.warn_unapplied`): the stale ones among its problems (`with_checks`) and,
    with `checks` (the rows applied), those naming a plan it does not hold (not for a snapshot:
    its build warned of them)."""
    warn_unmapped(corpus.assignments)
    hand_checks.warn_unapplied(corpus.plans["plan_id"], corpus.problems, checks)


def load_plan(path: str | Path, **metadata: object) -> Corpus:
    """Parse any single plan text into a one-plan corpus; `metadata` are manifest facts
    (plan_id, name_zh, status, …). The hand checks of its plan id are applied (`with_checks`:
    stale ones among its problems, rows of other plans ignored)."""
    plan_id = metadata.pop("plan_id", None)
    from sciplan_analysis import schema
    from sciplan_analysis.parsing import parse

    corpus = parse.parse_file(path, plan_id, **metadata)
    corpus.assignments = apply_crosswalk(corpus.assignments)
    return schema.validate_corpus(with_checks(corpus))
