"""Labels in Chinese and English for every code the tables use, and the build's language.

Every label lives in one reference table: ``data/reference/labels.csv`` (kind, code, zh, en),
except the group categories, whose labels stay beside their keywords in
``data/reference/categories.csv`` (``label_zh``, ``category_en``). `label(kind, code)` reads
either; the thin helpers (`part_label`, `measure_label`, ...) call it.

One language per build: ``set_language("en")`` switches every label; Chinese
(`DEFAULT_LANGUAGE`) is the default. Every function taking ``lang`` reads ``None`` as "the
build's language" (`get_language`). Plan names come from the manifest (``data/raw/plans.csv``)
or from a corpus's plans table. No plotting here: analyses and the report both read these labels.
"""

from __future__ import annotations

import csv
import io
import string
from collections.abc import Iterable
from numbers import Integral
from pathlib import Path

import numpy as np
import pandas as pd

from sciplan_analysis import reference_files
from sciplan_analysis.config import CATEGORIES_FILE, LABELS_FILE, MANIFEST_NAME, RAW_DIR
from sciplan_analysis.reference_files import numbered_cells

LANGUAGES = ("zh", "en")
DEFAULT_LANGUAGE = "zh"
LABEL_COLUMNS = ("kind", "code", "zh", "en")
CATEGORY = "category"  # the kind whose labels come from categories.csv
# The kinds labels.csv may hold (see the file's header for what each is).
KINDS = (
    "common", "comparator", "target_kind", "part", "status", "admin_level", "measure",
    "unit_type", "role", "basis", "workload_status", "scope", "workload_value",
    "instrument_tool", "instrument_type", "doc_type", "page_kind", "region", "unit_source", "coded_by",
    "finding", "text", "column", "column_note", "sheet", "sheet_note",
)


class LabelError(ValueError):
    """The labels file is malformed, or a label was asked of an unknown kind."""


_state: dict[str, str] = {"lang": DEFAULT_LANGUAGE}
_registry: dict[str, dict[str, tuple[str, str]]] = {}  # kind -> {code: (zh, en)}
_plans: dict[str, tuple[str, str]] = {}
_order: list[str] = []  # plan ids in manifest order


# --------------------------------------------------------------------------- language


def set_language(lang: str) -> None:
    """Switch every label to ``"zh"`` (Chinese, the default) or ``"en"`` (English)."""
    if lang not in LANGUAGES:
        raise ValueError(f"language must be one of {LANGUAGES}, not {lang!r}")
    _state["lang"] = lang


def get_language() -> str:
    """The build's label language."""
    return str(_state["lang"])


def resolve(lang: str | None = None) -> str:
    """``lang``, or the build's language when it is None; an unknown language is an error."""
    lang = lang or get_language()
    if lang not in LANGUAGES:
        raise ValueError(f"language must be one of {LANGUAGES}, not {lang!r}")
    return lang


def is_zh(lang: str | None = None) -> bool:
    """True when ``lang`` (or the build's language) is Chinese."""
    return resolve(lang) == "zh"


def tr(zh: str, en: str, lang: str | None = None) -> str:
    """Pick the Chinese or English text (prose: titles, column headers) for ``lang``."""
    return zh if is_zh(lang) else en


# --------------------------------------------------------------------------- the registry


def read_labels(path: str | Path = LABELS_FILE) -> pd.DataFrame:
    """The labels file as a checked table (kind, code, zh, en), in file order.

    Lines starting with ``#`` and blank lines are comments. Raises `LabelError` naming the
    file and line for a missing column, a wrong number of fields, an empty cell, an unknown
    kind or a (kind, code) given twice.
    """
    path = Path(path)
    numbered = numbered_cells(path)
    if not numbered:
        raise LabelError(f"{path}: no header line (expected {', '.join(LABEL_COLUMNS)})")
    header_line, header = numbered[0]
    if tuple(header) != LABEL_COLUMNS:
        raise LabelError(f"{path}, line {header_line}: the header must be "
                         f"{','.join(LABEL_COLUMNS)}, not {','.join(header)}")
    rows: list[tuple[str, str, str, str]] = []
    seen: dict[tuple[str, str], int] = {}
    for n, cells in numbered[1:]:
        if len(cells) != len(header):
            raise LabelError(f"{path}, line {n}: {len(cells)} field(s), the header has "
                             f"{len(header)} (quote a cell that contains a comma)")
        row = dict(zip(header, cells, strict=True))
        for column in LABEL_COLUMNS:
            if not row[column]:
                raise LabelError(f"{path}, line {n}: empty {column}")
        kind, code = row["kind"], row["code"]
        if kind == CATEGORY:
            raise LabelError(f"{path}, line {n}: category labels live in {CATEGORIES_FILE.name} "
                             "(label_zh, category_en), beside their keywords")
        if kind not in KINDS:
            raise LabelError(f"{path}, line {n}: unknown kind {kind!r} "
                             f"(use one of {', '.join(KINDS)})")
        if (kind, code) in seen:
            raise LabelError(f"{path}, line {n}: {kind} {code!r} is already labelled on line "
                             f"{seen[kind, code]}")
        seen[kind, code] = n
        rows.append((kind, code, row["zh"], row["en"]))
    return pd.DataFrame(rows, columns=list(LABEL_COLUMNS))


def _read_categories(path: Path = CATEGORIES_FILE) -> dict[str, tuple[str, str]]:
    """{category: (label_zh, category_en)} in the order of categories.csv."""
    out: dict[str, tuple[str, str]] = {}
    if not path.exists():
        return out
    for row in reference_files.rows(path):
        code = row.get("category", "")
        if code:
            out[code] = (row.get("label_zh") or code, row.get("category_en") or code)
    return out


def _kinds() -> dict[str, dict[str, tuple[str, str]]]:
    if not _registry:
        table = read_labels(LABELS_FILE)
        loaded: dict[str, dict[str, tuple[str, str]]] = {kind: {} for kind in KINDS}
        for kind, code, zh, en in table.itertuples(index=False):
            loaded[kind][code] = (zh, en)
        loaded[CATEGORY] = _read_categories()
        _registry.update(loaded)
    return _registry


def reload() -> None:
    """Forget the labels read so far; the next label re-reads the reference files."""
    _registry.clear()


def labels_of(kind: str) -> dict[str, tuple[str, str]]:
    """{code: (Chinese, English)} of one kind, in the reference file's order."""
    kinds = _kinds()
    if kind not in kinds:
        raise LabelError(f"unknown label kind {kind!r} (known: {', '.join(kinds)})")
    return dict(kinds[kind])


def codes(kind: str) -> list[str]:
    """The codes of one kind, in the reference file's order."""
    return list(labels_of(kind))


def label(kind: str, code: object, lang: str | None = None) -> str:
    """The label of ``code`` of ``kind`` in ``lang`` (None: the build's language).

    A missing code (None, NaN) reads 'not stated'; a code the registry does not know is
    returned as it is, so a new value shows up rather than disappearing.
    """
    pairs = labels_of(kind)
    if code is None or code is pd.NA or (isinstance(code, float) and np.isnan(code)):
        return not_stated(lang)
    pair = pairs.get(str(code))
    if pair is None:
        return str(code)
    return pair[0] if is_zh(lang) else pair[1]


def text(code: str, lang: str | None = None, **values: object) -> str:
    """A sentence of the report (kind ``text``) in ``lang``, its ``{placeholders}`` filled."""
    template = label("text", code, lang)
    return fill(template, **values) if values else template


def count(n: object) -> str:
    """A count as readers see it: thousands separated from 1,000 on (4,471; 2,823/3,838), in
    both languages, as the charts, findings, pages and workbook all write it (the one rule:
    `fill` and `report.numbers.count_text` write counts with it)."""
    return f"{int(n):,}"  # type: ignore[call-overload]


_FORMATTER = string.Formatter()


def fill(template: str, **values: object) -> str:
    """A template filled (`str.format`), every whole number in a bare placeholder ({n}, {of};
    never one with its own format, {share:.0f}) written as `count` writes it, so "2154/4471"
    never stands beside "0/4,471". A year ({year}, {other_year}) is a date, not a count: 2025."""
    shown = dict(values)
    for _, field, spec, conversion in _FORMATTER.parse(template):
        if field is None or spec or conversion or field not in shown or "year" in field:
            continue
        value = shown[field]
        if isinstance(value, Integral) and not isinstance(value, bool):
            shown[field] = count(value)
    return template.format(**shown)


def not_stated(lang: str | None = None) -> str:
    """未提及 / not stated: what a chart or table shows where a text says nothing."""
    zh, en = _kinds()["common"]["not_stated"]
    return zh if is_zh(lang) else en


def unsaid(lang: str | None = None) -> str:
    """现存文本未见 / not in the text as we have it: what a chart or table shows where a text that
    is not a whole plan (a fragment's lost part, a page that is not the plan itself) says nothing,
    as the findings say it (`findings.unsaid`); a whole plan's silence is `not_stated`."""
    zh, en = _kinds()["common"]["unsaid"]
    return zh if is_zh(lang) else en


def category_labels() -> dict[str, tuple[str, str]]:
    """{category: (Chinese, English)} in the order of data/reference/categories.csv."""
    return labels_of(CATEGORY)


def category_order() -> list[str]:
    """Category codes in the reference order (the populations first, then the projects)."""
    return codes(CATEGORY)


def category_label(category: str, lang: str | None = None) -> str:
    """Chinese or English label of a group category code (from data/reference/categories.csv)."""
    return label(CATEGORY, category, lang)


def comparator_label(comparator: str, lang: str | None = None) -> str:
    """超过 / 不低于 / 达到 / 力争, or their English."""
    return label("comparator", comparator, lang)


def kind_label(kind: str, lang: str | None = None) -> str:
    """目标 / 基线 (target / baseline): the kind of a targets row."""
    return label("target_kind", kind, lang)


def part_label(part: str, lang: str | None = None) -> str:
    """Label of a part kind (actions, projects, ...)."""
    return label("part", part, lang)


def status_label(status: str, lang: str | None = None) -> str:
    """Label of a text status (final, draft, fragment)."""
    return label("status", status, lang)


def level_label(level: str, lang: str | None = None) -> str:
    """Label of an administrative level."""
    return label("admin_level", level, lang)


def measure_label(measure: str, lang: str | None = None) -> str:
    """Label of a commitment's measure word (所, 个, 场, 人, 名, 人次, %, 家, 支)."""
    return label("measure", measure, lang)


def role_label(role: str, lang: str | None = None) -> str:
    """牵头 / 配合 (lead / partner)."""
    return label("role", role, lang)


def unit_type_label(unit_type: str, lang: str | None = None) -> str:
    """Label of a unit type; a unit the crosswalk does not map reads 未映射 / unmapped."""
    if unit_type is None or str(unit_type) not in labels_of("unit_type"):
        return label("unit_type", "unmapped", lang)
    return label("unit_type", unit_type, lang)


# --------------------------------------------------------------------------- plans


def _manifest() -> None:
    """Load plan order and names from data/raw/plans.csv once."""
    if _order:
        return
    path = RAW_DIR / MANIFEST_NAME
    if not path.exists():
        return
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:  # saved by Excel on a Chinese Windows (corpus.py refuses worse)
        text = data.decode("gb18030", errors="replace")
    with io.StringIO(text, newline="") as fh:
        for row in csv.DictReader(fh):
            pid = (row.get("plan_id") or "").strip()
            if pid and pid not in _plans:
                _order.append(pid)
                _plans[pid] = ((row.get("name_zh") or pid).strip(), (row.get("name_en") or pid).strip())


def register_plans(plans: pd.DataFrame) -> None:
    """Learn plan names from a corpus's plans table (colours stay those of `plan_colour`)."""
    _manifest()
    for row in plans.itertuples(index=False):
        pid = str(row.plan_id)
        zh = getattr(row, "name_zh", None)
        en = getattr(row, "name_en", None)
        _plans[pid] = (str(zh) if isinstance(zh, str) and zh else pid,
                       str(en) if isinstance(en, str) and en else pid)


# A region name longer than this (a manifest typo, a title pasted as a name) is cut with …
# in labels, so a chart keeps its size; tables that list the plans show it in full.
LABEL_CHARS = {"zh": 20, "en": 40}


def plan_label(plan_id: str, lang: str | None = None, full: bool = False) -> str:
    """A plan's region name in the current language (the id when the name is unknown); a name
    over `LABEL_CHARS` is shortened with … unless `full`."""
    _manifest()
    pair = _plans.get(plan_id)
    if pair is None:
        return plan_id
    name = pair[0] if is_zh(lang) else pair[1]
    limit = LABEL_CHARS["zh" if is_zh(lang) else "en"]
    return name if full or len(name) <= limit else name[: limit - 1] + "…"


def plan_labels(plan_ids: Iterable[str], lang: str | None = None, full: bool = False) -> list[str]:
    """Labels of several plans."""
    return [plan_label(p, lang, full) for p in plan_ids]


def plan_order() -> list[str]:
    """Plan ids in manifest order (their colour slots in charts)."""
    _manifest()
    return list(_order)
