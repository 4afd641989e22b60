"""What `add` would do with each file it is given: the plan's region, level, province, parent,
status and id, read from its title and issuer and the division table, and whether it repeats a
plan already in the corpus.

Nothing here writes. `plan_intakes(paths)` returns one `Intake` per file, in order; `add.py`
adds those whose `action` is "add" or "replace", and `--dry-run` prints them.

Sources (the `*_source` columns of plans.csv): `text` (read from the plan's own title or
issuer, or its 征求意见稿), `gazetteer` (from data/reference/divisions.csv, given the region),
`flag` (typed on the command line), `default` (final, when the text marks no draft).
"""

from __future__ import annotations

import hashlib
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from sciplan_analysis import reference_files
from sciplan_analysis.config import PROCESSED_DIR, RAW_DIR, STATUS_WORDS_FILE
from sciplan_analysis.corpus import cached_corpus, parse_manifest, read_manifest_table
from sciplan_analysis.errors import PlanError
from sciplan_analysis.parsing.parse import Reading, read_text
from sciplan_analysis.parsing.sources import SUPPORTED, extract_text, file_address, web_address
from sciplan_analysis.tables import Corpus
from sciplan_analysis.text.regions import Gazetteer, Region, find_region, gazetteer

FACTS = ("name_zh", "name_en", "admin_level", "province", "parent", "status")
# The *_source column of each fact (name_zh and name_en share one).
SOURCE_OF = {"name_zh": "name_source", "name_en": "name_source", "admin_level": "admin_level_source",
             "province": "province_source", "parent": "parent_source", "status": "status_source"}
SOURCE_COLUMNS = tuple(dict.fromkeys(SOURCE_OF.values()))
FRONT_CHARS = 400
FLAG_NAMES = {"source_url": "url"}  # a flag whose option is not its key's name (--url)
UNKNOWN = "unknown"  # a period that could not be read: matches no other  # 征求意见稿 counts in the title or the text's first characters


@dataclass
class Intake:
    """One file: the manifest row it would get, where each value came from, and what `add`
    does with it: "add", "replace" (a plan it repeats, with --replace), "skip" (a repeat) or
    "refuse" (its region cannot be decided, or it cannot be read)."""

    path: Path
    row: dict[str, str] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)
    action: str = "add"
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    region_code: str = ""
    period_start: int | None = None
    fingerprint: str = ""
    year: int | None = None  # the cycle's first year, else the issue year: for a second plan's id
    corpus: Corpus | None = None  # the parsed plan, once added
    reading: Reading | None = None  # the text as read here: `add` parses on from it, not again
    changes: list[str] = field(default_factory=list)  # fields a replacement changed

    @property
    def plan_id(self) -> str:
        return self.row.get("plan_id", "")


def plan_files(paths: list[str | Path]) -> list[Path]:
    """The plan files named: each file as given, and every .txt/.docx/.pdf/.html/.htm inside
    each folder (at any depth, hidden files left out), in name order."""
    files: list[Path] = []
    for given in map(Path, paths):
        if given.is_dir():
            found = sorted(p for p in given.rglob("*") if p.is_file()
                           and p.suffix.lower() in SUPPORTED
                           and not any(part.startswith(".") for part in p.relative_to(given).parts))
            if not found:
                raise PlanError(f"{given}: no plan files ({', '.join(SUPPORTED)}) in this folder")
            files.extend(found)
        elif given.is_file():
            files.append(given)
        else:
            raise PlanError(f"{given}: no such file or folder")
    return list(dict.fromkeys(files))


def text_fingerprint(text: str) -> str:
    """The same text whatever its spacing and line breaks."""
    return hashlib.sha256("".join(text.split()).encode("utf-8")).hexdigest()


def status_words(path: Path = STATUS_WORDS_FILE) -> list[tuple[str, str]]:
    """(word, status) pairs that mark a plan's status."""
    return [(r["word"], r["status"]) for r in reference_files.rows(path) if r.get("word")]


def infer(path: Path, flags: dict[str, str] | None = None, table: Gazetteer | None = None) -> Intake:
    """Read one file and infer its manifest facts; flags (name_zh, status, …) win."""
    flags = {k: v for k, v in (flags or {}).items() if v}
    table = table or gazetteer()
    intake = Intake(Path(path))
    try:
        url = page_url(path, flags)
        text = extract_text(path)
        intake.reading = read_text(text, str(path), url)
        plan = intake.reading.meta
    except PlanError as err:
        intake.action, intake.problems = "refuse", [str(err)]
        return intake
    intake.fingerprint = text_fingerprint(text)
    title, issuer = _text(plan.get("title")), _text(plan.get("issuer"))
    intake.period_start = _number(plan.get("period_start"))
    issue_year = int(str(plan["issue_date"])[:4]) if _text(plan.get("issue_date")) else None
    intake.notes.append(f"title: {title or '(none found)'}; issuer: {issuer or '(none found)'}")

    if flags.get("name_zh"):
        found = find_region(flags["name_zh"], table=table)
        name_source = "flag"
    else:
        found = find_region(issuer, title, table=table)
        name_source = "text"
    region = found.region
    if found.note:
        intake.notes.append(found.note)
    if region is None and not flags.get("name_zh"):
        intake.action = "refuse"
        intake.problems.append(f"region not decided from the title and issuer: {found.problem}; "
                               "name it with --name-zh")
    elif region is None:  # a name the table does not know: the flags are taken as they are
        intake.notes.append(f"{flags['name_zh']}: not in the division table ({found.problem})")
    facts = _facts(region, name_source)
    facts["status"] = _status(title, text)
    for key, value in flags.items():
        if key in FACTS:
            facts[key] = (value, "flag")
    intake.row = {key: value for key, (value, _) in facts.items()}
    intake.sources = {SOURCE_OF[key]: source for key, (value, source) in facts.items()
                      if value and key != "name_en"}
    intake.region_code = region.code if region else ""
    intake.row["plan_id"] = flags.get("plan_id", "")
    if url:
        intake.row["source_url"] = url
        intake.notes.append(f"address: {url} ({'--url' if flags.get('source_url') else 'from the saved page'})")
    intake.year = intake.period_start or issue_year
    return intake


def page_url(path: str | Path, flags: dict[str, str] | None = None) -> str | None:
    """The address a plan file came from: the --url flag's (refused unless an http(s) address), else the one a
    saved page states (`sources.file_address`: its saved-from comment, canonical link or og:url); never fetched."""
    given = (flags or {}).get("source_url")
    if given:
        url = web_address(given)
        if url is None:
            raise PlanError(f"--url {given!r}: give the page's http:// or https:// address")
        return url
    return file_address(path)


def _text(value: object) -> str:
    return "" if pd.isna(value) else str(value)


def _number(value: object) -> int | None:
    return None if pd.isna(value) else int(value)


def _facts(region: Region | None, name_source: str) -> dict[str, tuple[str, str]]:
    if region is None:
        return {key: ("", "") for key in FACTS if key != "status"}
    return {
        "name_zh": (region.plan_name, name_source), "name_en": (region.name_en, "gazetteer"),
        "admin_level": (region.level, "gazetteer"), "province": (region.province, "gazetteer"),
        "parent": (region.parent if region.level not in ("municipality", "province") else "",
                   "gazetteer"),
    }


def _status(title: str, text: str) -> tuple[str, str]:
    front = title + text[:FRONT_CHARS]
    for word, status in status_words():
        if word in front:
            return status, "text"
    return "final", "default"


def plan_intakes(
    paths: list[str | Path],
    flags: dict[str, str] | None = None,
    replace: bool = False,
    raw_dir: str | Path = RAW_DIR,
    processed_dir: str | Path = PROCESSED_DIR,
) -> list[Intake]:
    """What `add` does with each file: facts inferred, duplicates of the corpus (and of files
    earlier in the list) found, plan ids chosen. Flags are for one file only."""
    files = plan_files(paths)
    given = {k for k, v in (flags or {}).items() if v}
    if given and len(files) > 1:
        names = sorted(FLAG_NAMES.get(k, k.replace('_', '-')) for k in given)
        raise PlanError(f"--{', --'.join(names)} {'describes' if len(names) == 1 else 'describe'} one "
                        f"plan, but {len(files)} files were given; add that file alone")
    table = gazetteer()
    existing = _existing_plans(Path(raw_dir), Path(processed_dir), table)
    plan_id = (flags or {}).get("plan_id")
    if replace and plan_id and plan_id in {k.plan_id for k in existing}:
        return [_replacing(files[0], flags or {})]  # a plan named by its id: its facts are kept
    intakes = [infer(path, flags, table) for path in files]
    for intake in intakes:
        if intake.action == "refuse":
            continue
        _settle(intake, existing, replace, table)
        if intake.action in ("add", "replace"):
            existing.append(_Known(intake.plan_id, intake.region_code,
                                   intake.period_start, intake.fingerprint, str(intake.path)))
    return intakes


def _replacing(path: Path, flags: dict[str, str]) -> Intake:
    """A new text for the plan `--plan-id` names (with --replace): nothing is inferred, the
    flags given change their fields and every other field is kept as the manifest has it."""
    row = {key: value for key, value in flags.items() if value}
    sources = {SOURCE_OF[key]: "flag" for key in row if key in SOURCE_OF}
    url = page_url(path, flags)
    if url:
        row["source_url"] = url
    return Intake(Path(path), row=row, sources=sources, action="replace",
                  notes=[f"replaces plan {row['plan_id']}; fields not given are kept"])


@dataclass
class _Known:
    """A plan already in the corpus, or earlier in this intake."""

    plan_id: str
    region: str  # division code ("" when the table does not know the name)
    period_start: int | None | str  # UNKNOWN when the corpus could not be read
    fingerprint: str
    where: str


def _existing_plans(raw_dir: Path, processed_dir: Path, table: Gazetteer) -> list[_Known]:
    """The manifest's plans, from the cache when fresh, else parsed (nothing is written before
    the add's commit). A corpus that does not parse (a plan broken by hand) or a text that does
    not read leaves only what can be known: such a plan is never taken as a repeat."""
    _, rows = read_manifest_table(raw_dir)
    periods: dict[str, int | None] = {}
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            corpus = cached_corpus(raw_dir, processed_dir) or parse_manifest(raw_dir)
        plans = corpus.plans
        periods = {p: _number(s) for p, s in zip(plans["plan_id"], plans["period_start"], strict=True)}
    except PlanError:
        pass
    known = []
    for row in rows:
        name = row["name_zh"]
        region = find_region(name, table=table).region if name else None
        try:
            fingerprint = text_fingerprint(extract_text(raw_dir / row["file"]))
        except PlanError:
            fingerprint = ""
        known.append(_Known(row["plan_id"], region.code if region else "",
                            periods.get(row["plan_id"], UNKNOWN), fingerprint,
                            f"plan {row['plan_id']}"))
    return known


def _settle(intake: Intake, known: list[_Known], replace: bool, table: Gazetteer) -> None:
    """Duplicates and the plan id."""
    region = intake.region_code
    same_text = next((k for k in known if k.fingerprint == intake.fingerprint), None)
    same_cycle = next((k for k in known if region and k.region == region
                       and k.period_start == intake.period_start), None)
    repeat = same_text or same_cycle
    if repeat:
        why = ("the same text as" if repeat is same_text else
               f"the same region and period ({intake.period_start or 'period not stated'}) as")
        if replace and repeat.where.startswith("plan "):
            intake.action = "replace"
            intake.row["plan_id"] = intake.plan_id or repeat.plan_id
            intake.notes.append(f"{why} {repeat.where}: replaces it (--replace)")
        else:
            intake.action = "skip"
            intake.row["plan_id"] = repeat.plan_id if not intake.plan_id else intake.plan_id
            intake.problems.append(f"{why} {repeat.where}; skipped (use --replace to replace it)")
        return
    if intake.plan_id:
        if replace and intake.plan_id in {k.plan_id for k in known}:
            intake.action = "replace"
        return
    taken = {k.plan_id for k in known}
    same_region = [k for k in known if region and k.region == region]
    code = intake.region_code
    if same_region:
        base = f"{same_region[0].plan_id}-{intake.year or len(same_region) + 1}"
    else:
        base = table.region(code).pinyin if code else ""
        if not base:
            intake.action = "refuse"
            intake.problems.append(f"no plan id for {intake.row['name_zh']}: give --plan-id")
            return
        if base in taken and table.region(code).parent_code:
            base = f"{table.region(table.region(code).parent_code).pinyin}-{base}"
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    intake.row["plan_id"] = candidate
