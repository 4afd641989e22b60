"""Labels in Chinese and English for every code the tables use, and the build's language.

One language per build: ``set_language("en")`` switches every label; Chinese is the default.
Plan names come from the manifest (``data/raw/plans.csv``) or from a corpus's plans table.
No plotting here: analyses and the report both read these labels.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping

import numpy as np
import pandas as pd

from sciplan_analysis.config import CATEGORIES_FILE, MANIFEST_NAME, RAW_DIR

LANGUAGES = ("zh", "en")
DEFAULT_LANGUAGE = "zh"

# Label vocabularies: (Chinese, English) for every code the tables use.
COMPARATOR_LABELS: dict[str, tuple[str, str]] = {
    ">": ("超过", "exceeds"),
    ">=": ("不低于", "at least"),
    "=": ("达到", "reaches"),
    "aim": ("力争", "strives for"),
}
KIND_LABELS: dict[str, tuple[str, str]] = {
    "target": ("目标", "target"),
    "baseline": ("基线", "baseline"),
}
PART_LABELS: dict[str, tuple[str, str]] = {
    "background": ("背景", "Background"),
    "goals": ("总体要求与目标", "Aims and targets"),
    "actions": ("提升行动", "Actions"),
    "projects": ("重点工程", "Projects"),
    "implementation": ("组织实施", "Implementation"),
    "other": ("其他", "Other"),
}
STATUS_LABELS: dict[str, tuple[str, str]] = {
    "final": ("正式文本", "final"),
    "draft": ("征求意见稿", "draft for comment"),
    "fragment": ("残篇", "fragment"),
}
LEVEL_LABELS: dict[str, tuple[str, str]] = {
    "county": ("县", "county"),
    "district": ("区", "district"),
    "municipality": ("直辖市", "municipality"),
    "city": ("地级市", "city"),
    "province": ("省", "province"),
}
MEASURE_LABELS: dict[str, tuple[str, str]] = {
    "所": ("所", "institutions (所)"),
    "个": ("个", "items (个)"),
    "场": ("场", "events (场)"),
    "人": ("人", "people (人)"),
    "名": ("名", "people (名)"),
    "人次": ("人次", "person-times (人次)"),
    "%": ("%", "percent (%)"),
}
NOT_STATED: tuple[str, str] = ("未提及", "not stated")

_state: dict[str, str] = {"lang": DEFAULT_LANGUAGE}
_categories: dict[str, tuple[str, str]] = {}
_plans: dict[str, tuple[str, str]] = {}
_order: list[str] = []  # plan ids in manifest order


# --------------------------------------------------------------------------- language


def set_language(lang: str) -> None:
    """Switch every label to ``"zh"`` (Chinese, the default) or ``"en"`` (English)."""
    if lang not in LANGUAGES:
        raise ValueError(f"language must be one of {LANGUAGES}, not {lang!r}")
    _state["lang"] = lang


def get_language() -> str:
    """The current label language."""
    return str(_state["lang"])


def _lang(lang: str | None) -> str:
    lang = lang or get_language()
    if lang not in LANGUAGES:
        raise ValueError(f"language must be one of {LANGUAGES}, not {lang!r}")
    return lang


def tr(zh: str, en: str, lang: str | None = None) -> str:
    """Pick the Chinese or English text for the current (or given) language."""
    return zh if _lang(lang) == "zh" else en


def _pick(labels: Mapping[str, tuple[str, str]], code: object, lang: str | None) -> str:
    if code is None or (isinstance(code, float) and np.isnan(code)):
        return tr(*NOT_STATED, lang=lang)
    pair = labels.get(str(code))
    if pair is None:
        return str(code)
    return pair[0] if _lang(lang) == "zh" else pair[1]


def category_labels() -> dict[str, tuple[str, str]]:
    """{category: (Chinese, English)} in the order of data/reference/categories.csv."""
    if not _categories:
        path = CATEGORIES_FILE
        if path.exists():
            with path.open(encoding="utf-8-sig", newline="") as fh:
                lines = [line for line in fh if not line.lstrip().startswith("#")]
            for row in csv.DictReader(lines):
                code = (row.get("category") or "").strip()
                if code:
                    _categories[code] = ((row.get("label_zh") or code).strip(),
                                         (row.get("category_en") or code).strip())
    return _categories


def category_order() -> list[str]:
    """Category codes in the reference order (the populations first, then the projects)."""
    return list(category_labels())


def category_label(category: str, lang: str | None = None) -> str:
    """Chinese or English label of a group category code (from data/reference/categories.csv)."""
    return _pick(category_labels(), category, lang)


def comparator_label(comparator: str, lang: str | None = None) -> str:
    """超过 / 不低于 / 达到 / 力争, or their English."""
    return _pick(COMPARATOR_LABELS, comparator, lang)


def kind_label(kind: str, lang: str | None = None) -> str:
    """目标 / 基线 (target / baseline)."""
    return _pick(KIND_LABELS, kind, lang)


def part_label(part: str, lang: str | None = None) -> str:
    """Label of a part kind (actions, projects, ...)."""
    return _pick(PART_LABELS, part, lang)


def status_label(status: str, lang: str | None = None) -> str:
    """Label of a text status (final, draft, fragment)."""
    return _pick(STATUS_LABELS, status, lang)


def level_label(level: str, lang: str | None = None) -> str:
    """Label of an administrative level."""
    return _pick(LEVEL_LABELS, level, lang)


def measure_label(measure: str, lang: str | None = None) -> str:
    """Label of a commitment's measure word (所, 个, 场, 人, 人次, %)."""
    return _pick(MEASURE_LABELS, measure, lang)


def not_stated(lang: str | None = None) -> str:
    """未提及 / not stated: what a chart or table shows where a text says nothing."""
    return tr(*NOT_STATED, lang=lang)


# --------------------------------------------------------------------------- plans


def _manifest() -> None:
    """Load plan order and names from data/raw/plans.csv once."""
    if _order:
        return
    path = RAW_DIR / MANIFEST_NAME
    if not path.exists():
        return
    with path.open(encoding="utf-8-sig", newline="") as fh:
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


def plan_label(plan_id: str, lang: str | None = None) -> str:
    """A plan's region name in the current language (the id when the name is unknown)."""
    _manifest()
    pair = _plans.get(plan_id)
    if pair is None:
        return plan_id
    return pair[0] if _lang(lang) == "zh" else pair[1]


def plan_labels(plan_ids: Iterable[str], lang: str | None = None) -> list[str]:
    """Labels of several plans."""
    return [plan_label(p, lang) for p in plan_ids]


def plan_order() -> list[str]:
    """Plan ids in manifest order (their colour slots in charts)."""
    _manifest()
    return list(_order)
