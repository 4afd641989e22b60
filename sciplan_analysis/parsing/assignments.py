"""Who does each task: unit brackets (牵头单位：…；配合单位：…) read into lead and partner units,
a unit listed twice dropped, and the rows of a division-of-labour table (序号/工作任务/牵头单位/责任单位,
as in Shanwei's plan) matched to the groups or tasks they name."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from sciplan_analysis.parsing.normalise import Paragraph
from sciplan_analysis.text.brackets import CLOSERS, OPENERS, open_depth, split_outside
from sciplan_analysis.text.patterns import (
    LEAD_ROLES,
    UNIT_LABELS,
    cjk_key,
)

LABEL = re.compile("(" + "|".join(UNIT_LABELS) + r")\s*[：:]")
LEAD_LABELS = {label for label in UNIT_LABELS if label.startswith(LEAD_ROLES)}


def split_names(text: str) -> list[str]:
    """Split a list of unit names on 、，；。 outside brackets, so that collective names such as
    各乡镇（街道）人民政府（办事处） stay whole."""
    return [name.strip(" \t") for name in split_outside(text) if name.strip(" \t")]


def parse_bracket(bracket: str) -> list[tuple[str, str]]:
    """(unit_raw, role) pairs from a unit bracket such as
    ``（牵头单位：县教委。配合单位：县科技局、团县委）``, whatever its brackets and separators.

    A final closer is dropped only when it closes the bracket (or is stray), so an unclosed
    bracket ending in 各乡镇（街道）人民政府（办事处） keeps its last name whole.
    """
    inner = bracket
    if inner and inner[0] in OPENERS:
        inner = inner[1:]
    if inner and inner[-1] in CLOSERS and open_depth(inner[:-1]) == 0:
        inner = inner[:-1]
    labels = list(LABEL.finditer(inner))
    pairs: list[tuple[str, str]] = []
    for n, m in enumerate(labels):
        end = labels[n + 1].start() if n + 1 < len(labels) else len(inner)
        role = "lead" if m.group(1) in LEAD_LABELS else "partner"
        pairs.extend((name, role) for name in split_names(inner[m.end() : end]))
    return pairs


def dedupe_assignments(pairs: list[tuple[str, str]]) -> tuple[list[tuple[str, str]], list[str]]:
    """Drop a unit listed twice for one task (a lead also listed as partner keeps the lead)."""
    seen: dict[str, str] = {}
    dropped: list[str] = []
    for name, role in pairs:
        if name in seen:
            dropped.append(f"{name} ({role}, already {seen[name]})")
            continue
        seen[name] = role
    return list(seen.items()), dropped


# -- the division-of-labour table ------------------------------------------------------------------
@dataclass
class TableRow:
    number: str
    category: str
    item: str
    leads: list[str]
    partners: list[str]


def _column(header: list[str], words: tuple[str, ...]) -> int | None:
    """Position of the header cell holding one of `words`, counted from the row's end."""
    for i, cell in enumerate(header):
        if any(w in cell.replace(" ", "") for w in words):
            return len(header) - i
    return None


def table_rows(paras: list[Paragraph]) -> list[TableRow]:
    """Rows of a 序号/工作内容(工作任务)/牵头单位/责任单位 table.

    Columns are found from the header and counted from the row's end, because a merged
    category column (提升行动, 重点工程) may stand between the number and the item without a
    header of its own; that category carries down from the row above.
    """
    rows: list[TableRow] = []
    header: list[str] | None = None
    category = ""
    for para in paras:
        cells = para.table_cells or []
        if not cells:
            continue
        if header is None or any(c.replace(" ", "") == "序号" for c in cells):
            if any(c.replace(" ", "") == "序号" for c in cells):
                header = cells
            continue
        if not cells[0].isdigit():
            continue
        lead_at = _column(header, ("牵头",))
        partner_at = _column(header, ("责任", "配合", "参与", "协办"))
        item_at = _column(header, ("任务", "内容", "项目", "事项", "措施"))
        if lead_at is None or item_at is None or len(cells) < item_at + 1:
            continue
        item = cells[-item_at]
        lead = cells[-lead_at]
        partner = cells[-partner_at] if partner_at and partner_at != lead_at else ""
        middle = cells[1 : len(cells) - item_at]
        if middle and middle[0]:
            category = middle[0]
        rows.append(TableRow(cells[0], category, item, split_names(lead), split_names(partner)))
    return rows


def match_table_rows(rows: list[TableRow], items: list, key=lambda g: g.heading,
                     ratio: float = 0.6) -> dict[str, TableRow]:
    """Map table rows to the groups (or tasks) they name: best fuzzy match of the row's item
    against `key(item)`, at least `ratio` alike; each group or task takes one row."""
    matched: dict[str, TableRow] = {}
    keyed = [(getattr(item, "task_id", None) or item.group_id, cjk_key(key(item))) for item in items]
    exact: dict[str, list[str]] = {}  # key → item ids in order: the first free one is the best
    for item_id, item_key in keyed:
        exact.setdefault(item_key, []).append(item_id)
    for row in rows:
        row_key = cjk_key(row.item)
        # identical keys match with ratio 1.0 (below autojunk's 200 characters): no scan needed
        candidates = exact.get(row_key, ()) if len(row_key) < 200 else ()
        best = next((i for i in candidates if i not in matched), None)
        if best is not None:
            matched[best] = row
            continue
        best_ratio = 0.0
        matcher = difflib.SequenceMatcher(None, row_key)
        for item_id, item_key in keyed:
            if item_id in matched:
                continue
            matcher.set_seq2(item_key)
            # ratio() <= quick_ratio(): skip what cannot beat the best so far
            if matcher.real_quick_ratio() <= best_ratio or matcher.quick_ratio() <= best_ratio:
                continue
            r = matcher.ratio()
            if r > best_ratio:
                best, best_ratio = item_id, r
        if best is not None and best_ratio >= ratio:
            matched[best] = row
    return matched
