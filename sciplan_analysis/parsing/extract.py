"""Extract facts from segmented text: unit assignments, the division-of-labour table,
literacy targets and baselines, quantified commitments, and the document's metadata."""

from __future__ import annotations

import bisect
import difflib
import re
from dataclasses import dataclass

from sciplan_analysis.parsing.normalise import DATE_LINE, DOC_NUMBER_LINE, Paragraph
from sciplan_analysis.parsing.segment import Structure
from sciplan_analysis.text.brackets import CLOSERS, OPENERS, open_depth, split_outside
from sciplan_analysis.text.patterns import CLAUSE, LEAD_ROLES, NON_CJK, SENTENCE, UNIT_LABELS

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


# -- the division-of-labour table ---------------------------------------------------------
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


def _key(text: str) -> str:
    return NON_CJK.sub("", text)


def match_table_rows(rows: list[TableRow], items: list, key=lambda g: g.heading,
                     ratio: float = 0.6) -> dict[str, TableRow]:
    """Map table rows to the groups (or tasks) they name: best fuzzy match of the row's item
    against `key(item)`, at least `ratio` alike; each group or task takes one row."""
    matched: dict[str, TableRow] = {}
    keyed = [(getattr(item, "task_id", None) or item.group_id, _key(key(item))) for item in items]
    exact: dict[str, list[str]] = {}  # key → item ids in order: the first free one is the best
    for item_id, item_key in keyed:
        exact.setdefault(item_key, []).append(item_id)
    for row in rows:
        row_key = _key(row.item)
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


# -- literacy targets and baselines -------------------------------------------------------
LITERACY = re.compile(r"具备(?:基本)?科学素质(?:的)?比例|科学素质(?:水平)?(?:的)?比例")
VALUE = re.compile(
    r"(力争达到|力争超过|力争|超过|高于|不低于|达到|达|提高到|提升到)\s*(\d+(?:\.\d+)?)\s*%"
)
YEAR = re.compile(r"(\d{4})\s*年")
COMPARATORS = {
    "超过": ">", "高于": ">", "不低于": ">=", "达到": "=", "达": "=", "提高到": "=",
    "提升到": "=", "力争": "aim", "力争达到": "aim", "力争超过": "aim",
}


def literacy_targets(text: str, period_start: int | None) -> list[dict]:
    """Every stated share of citizens with science literacy: year, value, comparator, quote.

    A year before the plan period is a baseline; the year is the last one named before the
    value in the same sentence ("到2025年，…比例超过18%，力争达到20%" gives two rows for 2025).
    """
    rows = []
    for sentence in SENTENCE.finditer(text):
        s = sentence.group(0)
        anchor = LITERACY.search(s)
        if not anchor:
            continue
        for m in VALUE.finditer(s, anchor.start()):
            years = [y for y in YEAR.finditer(s[: m.start()])]
            if not years:
                continue
            year = int(years[-1].group(1))
            first = min(years[-1].start(), anchor.start())
            clause_start = max(s.rfind("，", 0, first) + 1, 0)
            cutoff = period_start if period_start else 2021
            rows.append({
                "kind": "baseline" if year < cutoff else "target",
                "year": year,
                "value": float(m.group(2)),
                "comparator": COMPARATORS[m.group(1)],
                "quote": s[clause_start : m.end()].strip("，"),
            })
    return rows


# -- quantified commitments ---------------------------------------------------------------
# The measure words a commitment is counted in (人次 before 人: the longer word wins).
MEASURES = ("人次", "所", "个", "场", "人", "名", "家", "支", "%")
COMMITMENT = re.compile(
    r"(?<![\d.])(\d+(?:\.\d+)?)\s*(万)?\s*(" + "|".join(MEASURES) + r")(?!百分点|工作日|月|单位)"
)
NOT_A_COMMITMENT = re.compile(r"^(?:个百分点|个工作日|个月)")


def commitments(text: str) -> list[dict]:
    """Numbers with a measure word in a task: value, measure, year when stated, and the clause."""
    rows = []
    # (end, year) of every year named, so the last one before a number is a bisection away
    years = [(y.end(), int(y.group(1)), y.start()) for y in YEAR.finditer(text)]
    year_ends = [end for end, _, _ in years]
    stops = [i for i, ch in enumerate(text) if ch in "。；"]
    for clause in CLAUSE.finditer(text):
        c = clause.group(0)
        in_list = len(COMMITMENT.findall(c)) > 1
        for m in COMMITMENT.finditer(c):
            if YEAR.match(c, m.start()) or NOT_A_COMMITMENT.match(c, m.start(3)):
                continue
            value = float(m.group(1)) * (10000 if m.group(2) else 1)
            before = bisect.bisect_right(year_ends, clause.start() + m.start())
            _, year, year_start = years[before - 1] if before else (0, None, 0)
            # a year counts only when stated in the same sentence
            stop = bisect.bisect_left(stops, clause.start())
            sentence_start = stops[stop - 1] if stop else -1
            if (year is not None and year_start <= sentence_start
                    and str(year) not in text[sentence_start + 1 : clause.end()]):
                year = None
            # In a list of quantities (科技名村1个、市级科技小院1个) quote the item that holds the
            # number; elsewhere the whole clause (30%的中、小学校 is one item).
            quote = c.strip()
            if in_list:
                item_start = c.rfind("、", 0, m.start()) + 1
                item_end = c.find("、", m.end())
                item = c[item_start : item_end if item_end != -1 else len(c)].strip()
                quote = item if len(item) >= 4 else quote
            rows.append({"value": value, "measure": m.group(3), "year": year, "quote": quote})
    return rows


# -- metadata -------------------------------------------------------------------------------
PERIOD = re.compile(r"[（(](\d{4})\s*[—―─\-–－~～至]+\s*(\d{4})\s*年?[）)]")
NOTICE = re.compile(r"^\S{0,20}关于印发.{0,60}通知$")
ISSUER = re.compile(r"^\S{2,20}(?:人民政府办公室|人民政府办公厅|人民政府|委员会|办公室|科学技术协会|科协)$")


def metadata(structure: Structure) -> dict:
    """Title, document number, issuer, issue date and plan period, as stated in the front matter."""
    front = [p.text for p, role in zip(structure.paragraphs, structure.roles, strict=True) if role == "front"]
    meta: dict = {
        "title": None, "doc_number": None, "issuer": None, "issue_date": None,
        "period_start": None, "period_end": None,
    }
    for text in front:
        if DOC_NUMBER_LINE.match(text) and meta["doc_number"] is None:
            meta["doc_number"] = text
        elif DATE_LINE.match(text) and meta["issue_date"] is None:
            y, mo, d = (int(x) for x in re.findall(r"\d+", text))
            meta["issue_date"] = f"{y:04d}-{mo:02d}-{d:02d}"
        elif ISSUER.match(text) and meta["issuer"] is None:
            meta["issuer"] = text
    titles = [
        t for t in front
        if re.search(r"方案|分工表|规划|纲要", t) and len(t) <= 60 and not t.startswith(("关于", "《", "为", "根据"))
        and "通知" not in t and "印发" not in t
    ]
    if titles:
        meta["title"] = titles[-1]
    notice = next((t for t in front if NOTICE.match(t)), None)
    for source in (meta["title"], notice):
        if source and (m := PERIOD.search(source)):
            meta["period_start"], meta["period_end"] = int(m.group(1)), int(m.group(2))
            break
    if meta["issuer"] is None and notice and (m := re.match(r"^(\S{2,20}?)关于印发", notice)):
        meta["issuer"] = m.group(1)
    return meta
