"""One plan text → the tables of the contract: normalise, segment, extract, classify."""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field, replace
from pathlib import Path

from sciplan_analysis.errors import ParseWarning, PlanError
from sciplan_analysis.parsing.assignments import (
    TableRow,
    dedupe_assignments,
    match_table_rows,
    parse_bracket,
    table_rows,
)
from sciplan_analysis.parsing.citations import citations, with_masks
from sciplan_analysis.parsing.classify import classify_group, classify_task
from sciplan_analysis.parsing.doctype import doc_type
from sciplan_analysis.parsing.english import (
    english_meta,
    english_record,
    english_targets,
    is_english,
)
from sciplan_analysis.parsing.instruments import plan_clauses
from sciplan_analysis.parsing.metadata import metadata
from sciplan_analysis.parsing.normalise import GLOSS, paragraphs
from sciplan_analysis.parsing.pagekind import PageKind, structure_kind, with_address
from sciplan_analysis.parsing.scholarly import scholarly_page
from sciplan_analysis.parsing.sections import plan_section
from sciplan_analysis.parsing.segment import Group, Structure, Task, part_kind, segment
from sciplan_analysis.parsing.sources import extract_text, repaired, unmarked
from sciplan_analysis.parsing.targets import (
    commitments,
    end_year,
    literacy_targets,
    own_region,
    reference_year,
    still_named,
    work_year,
)
from sciplan_analysis.tables import FACT_SOURCE_COLUMNS, PAGE_KINDS, TABLES, TASK_PARTS, Corpus
from sciplan_analysis.text.patterns import PERIOD
from sciplan_analysis.text.script import simplified

PLAN_FIELDS = ("name_zh", "name_en", "admin_level", "province", "parent", "status")


def parse_text(raw: str, plan_id: str, source: str = "<text>", **facts: object) -> Corpus:
    """Parse one plan's raw text into a one-plan `Corpus`.

    `facts` are the manifest's columns (name_zh, status, …); they win over what the text
    states. `source` names the file in errors and warnings.
    """
    records, problems = parse_records(raw, plan_id, source, **facts)
    return Corpus.from_records(records, problems)


@dataclass
class Reading:
    """A plan text read as far as its structure and the facts it states (title, issuer, dates,
    period), before any plan id or manifest fact is known: what `add`'s intake decides from,
    and where `parse_records` continues, so that a text added to the corpus is read once.

    `notes` are what was noticed so far, each with whether it is warned: a warning names the
    file (the `source` given to `parse_records`), a problem the plan."""

    raw: str
    structure: Structure
    table_units: dict[str, list[tuple[str, str]]]
    meta: dict
    notes: list[tuple[str, bool]] = field(default_factory=list)
    scholarly: bool = False  # a journal paper, an abstract or a research report (`parsing/scholarly.py`)
    page_kind: PageKind | None = None  # what kind of text the page is (`parsing/pagekind.py`)
    url: str | None = None  # the page's address, where known: its host may name its kind (`with_address`)


def read_text(raw: str, source: str = "<text>", url: str | None = None) -> Reading:
    """Normalise and segment a plan's text and read its front matter (see `Reading`). Lines
    in a broken encoding are repaired first (`sources.repaired`), and a text that is a page's
    markup is read as the page (`sources.unmarked`); offsets are into that text. `url` is the
    page's address, where known (the manifest's source_url): a host of data/reference/page_hosts.csv (or a
    sharing word leading a label or its first folder, page_host_words.csv) names the page's kind before its
    text's cues, and the front matter is read as that kind's
    (a copy's title by round twenty's rule)."""
    if not raw.strip():
        raise PlanError(f"{source}: the file is empty")
    raw = repaired(raw)  # mojibake lines (UTF-8 or GBK read as Latin-1) decoded again
    raw = unmarked(raw)  # a page's markup given as text: its visible text
    paras = paragraphs(raw)
    structure = segment(paras)
    notes: list[tuple[str, bool]] = []
    table_units = _table_units(structure, notes)
    if not structure.recognised:
        notes.append((f"no part (一、) or group (（一）) headings found; "
                      f"all {len(paras)} paragraphs are kept in segments with role 'other'", True))
        structure.roles = ["chrome" if role == "chrome" else "other" for role in structure.roles]
    # a scholarly page (a paper, an abstract) carries no document of its own: no title, issuer, date or
    # period, and every written work it names in 《》 is cited (round eighteen)
    scholarly = scholarly_page(structure.paragraphs)
    kind = with_address(structure_kind(structure, scholarly, raw), url)  # a copy's title: its own rule (round twenty)
    return Reading(raw, structure, table_units, _in_english(metadata(structure, scholarly, kind.kind, kind.source == "conflict"), raw, scholarly),
                   notes, scholarly, kind, url or None)


def _in_english(meta: dict, raw: str, scholarly: bool) -> dict:
    """The front matter with what an English page states (`parsing/english.py`, round twenty-six) where the
    Chinese reading found nothing: a Chinese page, or a scholarly one, is left as it was. Its document number, issue
    date and signing bodies (`english_record`: a pinyin number line, a law's note of promulgation, bodies over a date;
    round sixty-three) fill the fields the rest left empty; the bodies are the issuer where no lead names one."""
    if scholarly or not is_english(raw):
        return meta
    found = english_meta(raw)
    record = english_record(raw)  # its number, date and signers (round sixty-three)
    if "issuer" not in found and record.get("signers"):
        found["issuer"] = record["signers"]
    meta = dict(meta)
    for key in ("title", "issuer"):
        if found.get(key) and meta.get(key) in (None, ""):
            meta[key], meta[f"{key}_source"] = found[key], "text"
    for key in ("doc_number", "issue_date"):
        if record.get(key) and meta.get(key) in (None, ""):
            meta[key], meta[f"{key}_source"] = record[key], "text"
    if found.get("period") and meta.get("period_start") in (None, "") and meta.get("period_end") in (None, ""):
        meta["period_start"], meta["period_end"] = found["period"]
        meta["period_source"] = "text"
    return meta


def with_url(reading: Reading, url: str | None) -> Reading:
    """The reading of the same text with its address known (or not): the page's kind read again with it, and
    the front matter again where the kind changed (nothing else depends on the address)."""
    url = url or None
    if url == reading.url:
        return reading
    kind = with_address(structure_kind(reading.structure, reading.scholarly, reading.raw), url)
    # the kind and its deciding cue (a conflict between a lead and a signature reads the fields otherwise) unchanged
    meta = reading.meta if reading.page_kind is not None and (kind.kind, kind.source == "conflict") == (
        reading.page_kind.kind, reading.page_kind.source == "conflict") else \
        _in_english(metadata(reading.structure, reading.scholarly, kind.kind, kind.source == "conflict"), reading.raw,
                    reading.scholarly)
    return replace(reading, meta=meta, page_kind=kind, url=url)


def _page_kind(reading: Reading, given: object, source: str) -> tuple[str, str]:
    """(page_kind, page_kind_source): the manifest's page_kind if it gives one, else the kind read from the page."""
    if given not in (None, ""):
        if given not in PAGE_KINDS:
            raise PlanError(f"{source}: page_kind {given!r} is none of {', '.join(PAGE_KINDS)}")
        return str(given), "manifest"
    read = reading.page_kind or structure_kind(reading.structure, reading.scholarly, reading.raw)
    return read.kind, read.source


def parse_records(
    raw: str | Reading, plan_id: str, source: str = "<text>", **facts: object
) -> tuple[dict[str, list[dict]], list[str]]:
    """The rows of every table for one plan, as lists of dicts, and the problems noticed.

    `raw` is the plan's text, or the `Reading` of it that `read_text` made (not read again)."""
    url = facts.get("source_url") or None
    reading = with_url(raw, url) if isinstance(raw, Reading) else read_text(raw, source, url)
    raw, structure, table_units = reading.raw, reading.structure, reading.table_units
    problems: list[str] = []
    for note, warned in reading.notes:
        if warned:
            note = f"{source}: {note}"
            warnings.warn(note, ParseWarning, stacklevel=2)
        problems.append(f"{plan_id}: {note}")

    plan = {"plan_id": plan_id, **{k: facts.get(k) for k in PLAN_FIELDS}, **reading.meta}
    for key in ("title", "period_start", "period_end", "issue_date", "doc_number", "issuer"):
        if facts.get(key) not in (None, ""):
            plan[key] = facts[key]
            plan[f"{key.removesuffix('_start').removesuffix('_end')}_source"] = "manifest"
    for column in FACT_SOURCE_COLUMNS:  # where the manifest's facts came from (`add` says)
        fact = "name_zh" if column == "name_source" else column.removesuffix("_source")
        plan[column] = facts.get(column) or ("manifest" if facts.get(fact) else None)
    plan["n_chars"] = sum(map(len, raw.split()))  # non-whitespace characters
    plan["file"] = facts.get("file") or source
    plan["source_url"] = url  # where the page was saved from (never fetched)
    plan["doc_type"], plan["doc_type_source"] = doc_type(plan.get("title"))
    plan["page_kind"], plan["page_kind_source"] = _page_kind(reading, facts.get("page_kind"), source)

    records: dict[str, list[dict]] = {name: [] for name in TABLES}
    records["plans"].append(plan)

    for n, (para, role) in enumerate(zip(structure.paragraphs, structure.roles, strict=True), start=1):
        records["segments"].append({
            "plan_id": plan_id, "seg_id": n, "role": role, "part": structure.parts[n - 1],
            "group_id": structure.group_of[n - 1], "task_id": structure.task_of[n - 1],
            "text": para.shown, "start": para.start, "end": para.end,
        })

    for group in structure.groups:
        category = classify_group(group.heading, group.part)
        records["groups"].append({
            "plan_id": plan_id, "group_id": group.group_id, "part": group.part,
            "ordinal": group.ordinal, "heading": group.shown_heading or group.heading,
            "category": category.category, "category_en": category.category_en,
        })
        for task in group.tasks:
            task_category, category_source = classify_task(task.title, category, group.part)
            records["tasks"].append({
                "plan_id": plan_id, "task_id": task.task_id, "group_id": group.group_id,
                "ordinal": task.ordinal, "title": task.shown_title or task.title, "text": task.shown,
                "n_chars": len(task.text), "category": task_category.category,
                "category_en": task_category.category_en, "category_source": category_source,
            })
            pairs = [pair for bracket in task.brackets for pair in parse_bracket(bracket)]
            pairs, dropped = dedupe_assignments(pairs)
            if dropped:
                problems.append(f"{plan_id}: task {task.task_id} names a unit twice: {'; '.join(dropped)}")
            source_kind = "bracket"
            if not pairs and task.task_id in table_units:
                # a task's own bracket is more specific than the table
                pairs, source_kind = table_units[task.task_id], "table"
            records["assignments"].extend(
                {"plan_id": plan_id, "task_id": task.task_id, "unit_raw": name, "unit": name,
                 "unit_en": None, "role": role, "source": source_kind}
                for name, role in pairs
            )
            records["commitments"].extend(
                {"plan_id": plan_id, "task_id": task.task_id, **c} for c in commitments(task.text)
            )

    spans: dict[str, tuple[int, int]] = {}
    for para, task_id in zip(structure.paragraphs, structure.task_of, strict=True):
        if task_id is not None:
            start, end = spans.get(task_id, (para.start, para.end))
            spans[task_id] = (min(start, para.start), max(end, para.end))
    # clauses are coded and aligned on the simplified copy (same length: offsets hold)
    # each task's section kind, from its group heading or part (round 10: the section rows)
    group_of = {g.group_id: g for g in structure.groups}
    kinds = {t.task_id: plan_section(group_of[t.group_id].part if t.group_id in group_of else None,
                                     group_of[t.group_id].heading if t.group_id in group_of else None)
             for t in structure.tasks}
    records["clauses"] = plan_clauses(
        plan_id, [(t.task_id, t.text) for t in structure.tasks], spans, simplified(raw),
        sections=kinds, page_kind=plan["page_kind"])

    texts = [p.text for p, role in zip(structure.paragraphs, structure.roles, strict=True)
             if role not in ("table", "chrome")]
    records["citations"].extend(
        {"plan_id": plan_id, **c}
        for c in with_masks(citations(texts, plan.get("title"), plan.get("admin_level"), reading.scholarly,
                                      plan.get("doc_number")),
                            simplified(GLOSS.sub("", raw)))
    )
    body = [(p.text, part == "background")
            for p, role, part in zip(structure.paragraphs, structure.roles, structure.parts, strict=True)
            if role != "table"]
    stated: set[tuple] = set()
    dated = _dated(plan, records["citations"])
    named = False  # the paragraph before ended naming the share (a goal may follow it: `still_named`)
    # the region a page reports on from its headline or lead (the nation's shares there are not its own)
    region = own_region([p.text for p, role in zip(structure.paragraphs, structure.roles, strict=True)
                         if role not in ("table", "chrome")])
    # a news item whose headline and lead name no document (survey or event news) reports results: a share of a
    # year it states flatly, looking nowhere ahead, was reached (round twenty-two)
    reported = plan.get("page_kind") == "news" and plan.get("title") in (None, "")
    for text, looking_back in body:
        rows, named = literacy_targets(text, reference_year(plan), end_year(plan), dated, looking_back,
                                       named, region, reported), still_named(text, named, region)
        for t in rows:
            # the same target stated twice (in the goals and again in a later part, in a headline
            # and in its lead) is one target: the first place it is stated is kept
            if (key := (t["kind"], t["year"], t["value"], t["comparator"])) not in stated:
                stated.add(key)
                records["targets"].append({"plan_id": plan_id, **t})
    if not reading.scholarly and is_english(raw):  # a page in English: its shares as English writes them
        for t in english_targets(raw):
            if (key := (t["kind"], t["year"], t["value"], t["comparator"])) not in stated:
                stated.add(key)
                records["targets"].append({"plan_id": plan_id, **t})
    records["targets"] = _damaged_years(records["targets"], [text for text, _ in body])
    # a tense vote: a share stated once as reached (a survey's result, 已达到) and once with no mark of
    # time (a headline: 2022年…比例达12.93%) was reached; a goal's words (超过, 力争) keep it a goal
    records["targets"] = [t for t in records["targets"] if not (
        t["kind"] == "target" and t["comparator"] == "=" and t["year"] is not None
        and ("baseline", t["year"], t["value"], "=") in stated)]
    # a goal stated twice, once hedged (力争, 争取: aim) and once flatly (a headline's 达28%左右, 要把…提高到5%以上
    # over a body's 争取…达到28%左右, 力争使…提高到5%以上): one fact, the hedged one (the body's words, and the less
    # confident; docs/fact_conventions.md, round thirteen)
    aims = {(t["year"], t["value"]) for t in records["targets"] if t["kind"] == "target" and t["comparator"] == "aim"}
    records["targets"] = [t for t in records["targets"] if not (
        t["kind"] == "target" and t["comparator"] in ("=", ">=", ">") and (t["year"], t["value"]) in aims)]
    # a share reached told as a bound with no year (a headline's 比例超10%) that a value the page states
    # exactly meets (2020年…达到10.56%) is that fact told coarser: one fact, the exact one
    exact = [t["value"] for t in records["targets"] if t["kind"] == "baseline" and t["comparator"] == "="]
    records["targets"] = [t for t in records["targets"] if not (
        t["kind"] == "baseline" and t["year"] is None and t["comparator"] in (">", ">=")
        and any(v > t["value"] or (v == t["value"] and t["comparator"] == ">=") for v in exact))]
    return records, problems


def _one_digit_apart(a: int, b: int) -> bool:
    """Whether two years differ in one digit only (2003 and 2023: a conversion broke one)."""
    return a != b and sum(x != y for x, y in zip(str(a), str(b), strict=True)) == 1


def _damaged_years(rows: list[dict], texts: list[str]) -> list[dict]:
    """A precise share (a value with decimals) stated twice as reached, flatly or measured, with
    two years one digit apart (2023年…为27.68% in a headline, 2003年…为27.68% in a survey's sentence
    that names 2023: a conversion broke a digit) is one fact, a baseline of the year the page names
    more often (docs/fact_conventions.md, holdout29; round twelve)."""
    page = "".join(texts)
    drop: set[int] = set()
    for i, a in enumerate(rows):
        for j, b in enumerate(rows):
            if (i < j and i not in drop and j not in drop and a["value"] == b["value"] and a["value"] % 1
                    and a["comparator"] == b["comparator"] == "=" and "baseline" in (a["kind"], b["kind"])
                    and a["kind"] in ("baseline", "target") and b["kind"] in ("baseline", "target")
                    and a["year"] is not None and b["year"] is not None
                    and _one_digit_apart(int(a["year"]), int(b["year"]))):
                year = max((int(a["year"]), int(b["year"])), key=lambda y: page.count(f"{y}年"))
                kept, gone = (a, j) if a["kind"] == "baseline" else (b, i)
                kept["year"] = year
                drop.add(gone)
    return [row for n, row in enumerate(rows) if n not in drop]


def _dated(plan: dict, cited: list[dict]) -> int | None:
    """The year a page without a period is dated: its issue (or publication) year, else the
    latest first year of a period it cites (a page cannot predate what it cites); a share of
    that year or before is a baseline. None for a plan with a period."""
    if plan.get("period_start") not in (None, ""):
        return None
    year = reference_year(plan)
    if year is not None and year == work_year(plan):
        # a plan of one year's work: dated by its issue, else it was written in the year before the
        # one it plans (its own year's shares are its goals)
        date = str(plan.get("issue_date") or "")
        return int(date[:4]) if date[:4].isdigit() else year - 1
    if year is not None:
        return year
    starts = [int(m.group(1)) for c in cited if (m := PERIOD.search(c["title"]))]
    return max(starts, default=None)


def _table_units(structure: Structure, notes: list[tuple[str, bool]]) -> dict[str, list[tuple[str, str]]]:
    """Units from a division-of-labour table, by task id (what it notices goes to `notes`).

    A row names a group (by its heading: each task of the group inherits the row) or else a
    task (by its title). Where the text has no tasks at all, the table is the plan: each row
    becomes a task, in a group per category cell.
    """
    table = [i for i, p in enumerate(structure.paragraphs) if p.is_table]
    rows = table_rows([structure.paragraphs[i] for i in table])
    if not rows:
        return {}
    units: dict[str, list[tuple[str, str]]] = {}

    def pairs_of(row: TableRow) -> list[tuple[str, str]]:
        pairs, dropped = dedupe_assignments(
            [(u, "lead") for u in row.leads] + [(u, "partner") for u in row.partners]
        )
        if dropped:
            notes.append((f"table row {row.number} names a unit twice: {'; '.join(dropped)}", False))
        return pairs

    if not structure.tasks:
        _rows_as_tasks(structure, table, rows)
        for task, row in zip(structure.tasks, rows, strict=True):
            units[task.task_id] = pairs_of(row)
        return units

    # A row names a group where its item is the group's heading; otherwise a task by title.
    candidates = [g for g in structure.groups if g.part in TASK_PARTS]
    by_group = match_table_rows(rows, candidates)
    rest = [r for r in rows if r not in by_group.values()]
    by_task = match_table_rows(rest, structure.tasks, key=lambda t: t.title, ratio=0.75)
    for row in rest:
        if row not in by_task.values():
            notes.append((f"table row {row.number} ({row.item}) matches no task or group heading", True))
    for task in structure.tasks:
        if task.task_id in by_task:
            units[task.task_id] = pairs_of(by_task[task.task_id])
    groups = {g.group_id: g for g in structure.groups}
    for group_id, row in by_group.items():
        pairs = pairs_of(row)
        for task in groups[group_id].tasks:
            units.setdefault(task.task_id, pairs)
    return units


def _rows_as_tasks(structure: Structure, table: list[int], rows: list[TableRow]) -> None:
    """Make each table row a task (the plan is its table). Rows with a category cell are
    grouped by it; a row without one is a group of its own, titled by its item, so that it can
    be classified (实施青少年科学素质提升行动 → youth)."""
    enclosing = structure.part_headings[-1][1] if structure.part_headings else "other"
    by_number = {p.table_cells[0]: i for i, p in ((i, structure.paragraphs[i]) for i in table)
                 if p.table_cells}
    groups: dict[str, Group] = {}
    for row in rows:
        heading = row.category or row.item
        group = groups.get(heading)
        if group is None:
            n = len(groups) + 1
            kind = part_kind(heading)
            if kind not in TASK_PARTS:
                kind = enclosing if enclosing in TASK_PARTS else "actions"
            group = Group(f"T.{n}", kind, 0, n, heading)
            groups[heading] = group
            structure.groups.append(group)
        task = Task(f"{group.group_id}.{len(group.tasks) + 1}", group.group_id,
                    len(group.tasks) + 1, row.item, paragraphs=[row.item])
        group.tasks.append(task)
        i = by_number.get(row.number)
        if i is not None:
            structure.roles[i] = "task"
            structure.parts[i] = group.part
            structure.group_of[i] = group.group_id
            structure.task_of[i] = task.task_id
    structure.recognised = True


def parse_file(path: str | Path, plan_id: str | None = None, **facts: object) -> Corpus:
    """Parse one plan file (see `parse_text`); plan_id defaults to the file's stem."""
    return Corpus.from_records(*parse_file_records(path, plan_id, **facts))


def parse_file_records(
    path: str | Path, plan_id: str | None = None, **facts: object
) -> tuple[dict[str, list[dict]], list[str]]:
    """Rows and problems of one plan file (see `parse_records`)."""
    path = Path(path)
    raw = extract_text(path)
    facts.setdefault("file", path.name)
    return parse_records(raw, plan_id or path.stem, source=str(path), **facts)
