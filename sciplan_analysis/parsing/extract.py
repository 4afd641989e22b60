"""Extract facts from segmented text: unit assignments, the division-of-labour table,
literacy targets and baselines, quantified commitments, the document's metadata (with the
source of each value) and the documents it cites."""

from __future__ import annotations

import bisect
import difflib
import re
from dataclasses import dataclass

from sciplan_analysis.parsing.normalise import DATE_LINE, DOC_NUMBER_LINE, Paragraph
from sciplan_analysis.parsing.segment import Structure
from sciplan_analysis.text.brackets import CLOSERS, OPENERS, open_depth, split_outside
from sciplan_analysis.text.numerals import five_year_end, iso_date
from sciplan_analysis.text.patterns import (
    CJK_RANGE,
    CLAUSE,
    CN_DATE,
    DATE,
    DOC_NUMBER,
    FIVE_YEAR_END,
    ISO_DATE,
    LEAD_ROLES,
    NON_CJK,
    PERIOD,
    SENTENCE,
    UNIT_LABELS,
)
from sciplan_analysis.text.reference import labels_of, page_labels

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
LITERACY = re.compile(r"具备(?:基本)?科学素质(?:的)?(?:公民|人口)?比例|科学素质(?:水平)?(?:的)?比例")
VALUE = re.compile(
    r"(力争达到|力争超过|力争提高到|力争提升到|力争|超过|高于|不低于|达到|达|提高到|提升到|提升至"
    r"|提高至|增长到|增加到|上升到)\s*(?:((?:19|20)\d{2})\s*年\s*的?\s*)?(\d+(?:\.\d+)?)\s*%(?:\s*(以上))?"
)
# 由6.2%提升到…, 从2015年的6.2%提高到…: the value the sentence starts from is a baseline.
FROM_VALUE = re.compile(r"[由从]\s*(?:((?:19|20)\d{2})\s*年\s*的?\s*)?(\d+(?:\.\d+)?)\s*%")
YEAR = re.compile(r"(\d{4})\s*年")
TARGET_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
# A value already reached: 已达到, 目前, 截至2020年.
PAST = re.compile(r"已经?|目前|现已|截至|截止|比上|较上")
FULL_SENTENCE = re.compile("[^。！？!?\n]+")
# What a clause that goes on with the same share may hold before its value: time and 力争.
CONTINUATION = re.compile(f"{TARGET_YEAR.pattern}|{FIVE_YEAR_END.pattern}|到|至|力争|全部|比例|[，、\\s]")
COMPARATORS = {
    "超过": ">", "高于": ">", "不低于": ">=", "达到": "=", "达": "=", "提高到": "=",
    "提升到": "=", "提升至": "=", "提高至": "=", "增长到": "=", "增加到": "=", "上升到": "=",
    "力争": "aim", "力争达到": "aim", "力争超过": "aim", "力争提高到": "aim", "力争提升到": "aim",
}


def _years(sentence: str) -> list[tuple[int, int, int]]:
    """(start, end, year) of every year a sentence names: 2025年, “十四五”末 (2025)."""
    found = [(m.start(), m.end(), int(m.group(1))) for m in TARGET_YEAR.finditer(sentence)]
    found += [(m.start(), m.end(), five_year_end(m.group(1))) for m in FIVE_YEAR_END.finditer(sentence)]
    return sorted(found)


def literacy_targets(text: str, reference: int | None) -> list[dict]:
    """Every stated share of citizens with science literacy: kind, year, value, comparator, quote.

    Each value after 具备科学素质的比例 in its clause (a sentence split at ；) counts, with the
    last year named before it in the sentence (2025年, “十四五”末). Target or baseline is read
    from the sentence: 由6.2%提升到10%以上 gives both, 已达到 or 目前 is a baseline, and
    otherwise a year before `reference` (the plan's first year, or its issue year) is a
    baseline; with no reference and no year, a value is a target. …以上 is ``>=``.
    """
    rows = []
    for sentence in FULL_SENTENCE.finditer(text):
        full = sentence.group(0)
        years = _years(full)
        named = False  # an earlier clause of the sentence named the share
        for clause in SENTENCE.finditer(full):
            s, base = clause.group(0), clause.start()
            anchor = LITERACY.search(s)
            if anchor:
                named = True
            elif named and (v := VALUE.search(s)) and len(CONTINUATION.sub("", s[: v.start()])) <= 2:
                anchor = re.match("", s)  # "…比例超过15%；到2035年力争达到25%": the same share
            if not anchor:
                continue
            for m in FROM_VALUE.finditer(s, anchor.start()):
                # 由5.1%提升到…: the baseline is the year before the plan's first (or its own)
                year = int(m.group(1)) if m.group(1) else (reference - 1 if reference else None)
                rows.append({"kind": "baseline", "year": year, "value": float(m.group(2)),
                             "comparator": "=", "quote": _quote(s, anchor.start(), m, years, base)})
            for m in VALUE.finditer(s, anchor.start()):
                year = int(m.group(2)) if m.group(2) else _year_before(years, base + m.start())
                past = bool(PAST.search(s[: m.start()])) and not m.group(1).startswith("力争")
                if year is None and not past:
                    continue  # a value with no time is no target
                comparator = COMPARATORS[m.group(1)]
                if m.group(4) and comparator != "aim":
                    comparator = ">="
                baseline = past or (year is not None and reference is not None and year < reference)
                rows.append({
                    "kind": "baseline" if baseline else "target", "year": year,
                    "value": float(m.group(3)), "comparator": comparator,
                    "quote": _quote(s, anchor.start(), m, years, base),
                })
    unique: dict[tuple, dict] = {}
    for row in rows:  # a fact stated twice (2015年…达到5.1%, 由5.1%提升到…) is one row
        unique.setdefault((row["kind"], row["year"], row["value"], row["comparator"]), row)
    return list(unique.values())


def _year_before(years: list[tuple[int, int, int]], pos: int) -> int | None:
    """The last year named before `pos` in the sentence."""
    before = [y for start, _, y in years if start < pos]
    return before[-1] if before else None


def _quote(s: str, anchor: int, m: re.Match, years: list[tuple[int, int, int]], base: int) -> str:
    """The clause of a value: from the comma before the year (or the anchor) to the value."""
    inside = [start - base for start, _, _ in years if base <= start < base + m.start()]
    first = min(inside[-1], anchor) if inside else anchor
    clause_start = max(s.rfind("，", 0, first) + 1, 0)
    return s[clause_start : m.end()].strip("，")


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
NOTICE = re.compile(r"^(?!为|根据|按照)[^《》，。；\s]{0,40}?关于(?:印发|转发|颁布).{0,80}?通知")
ISSUER_SUFFIXES = ("人民政府办公室", "人民政府办公厅", "人民政府", "国务院办公厅", "国务院", "委员会",
                   "办公室", "办公厅", "科学技术协会", "科协", "纲要办", "领导小组")
ISSUER = re.compile(f"^([{CJK_RANGE}]{{0,24}}?)(?:{'|'.join(ISSUER_SUFFIXES)})$")
# Words no organ's name holds: an "issuer" with one is page text or spam.
NOT_AN_ORGAN = re.compile(r"的|关于|印发|通知|点击|进入|欢迎|登录|网站|下载|浏览|转载|我们|你们|请|是")
PLAN_WORDS = re.compile(r"方案|分工表|规划|纲要|计划")
FILE_NAME = re.compile(r"\.(?:docx?|wps|pdf|xlsx?|ofd|txt)\s*$", re.IGNORECASE)
LEADING_DATE = re.compile(rf"^(?:{DATE.pattern}|{ISO_DATE.pattern}(?:\s*\d{{1,2}}：\d{{2}}(?:：\d{{2}})?)?)\s*")
SIGNED = re.compile(rf"^(.{{2,30}}?)\s*(?:{DATE.pattern}|{CN_DATE.pattern})$")
NEWS_LEAD = re.compile(rf"(?:{DATE.pattern}|(?<!\d)(\d{{1,2}})月(\d{{1,2}})日)[，,]?\s*\S{{2,30}}?印发")
SOURCES = ("manifest", "text", "label", "notice", "page")
METADATA = ("title", "doc_number", "issuer", "issue_date", "period_start", "period_end")


def is_issuer(text: str) -> bool:
    """Whether `text` is an organ's name (人民政府, 办公厅/办公室, 纲要办, 科协 … of any level)."""
    m = ISSUER.match(text)
    return bool(m) and not NOT_AN_ORGAN.search(m.group(1))


def doc_number(text: str) -> str | None:
    """The first document number in `text`, written the one way: 国发〔2021〕9号."""
    m = DOC_NUMBER.search(text)
    if not m:
        return None
    org = re.split(r"通知|的|文件|文号|字号", m.group(1))[-1][-6:]
    return f"{org}〔{m.group(2)}〕{int(m.group(3))}号" if org else None


def date_of(text: str) -> str | None:
    """The first date in `text` (Arabic or Chinese numerals, or 2022-05-16) as YYYY-MM-DD."""
    for pattern in (DATE, CN_DATE, ISO_DATE):
        for m in pattern.finditer(text):
            if (date := iso_date(m)) is not None:
                return date
    return None


def labelled_fields(text: str) -> dict[str, str]:
    """The labelled fields of a chrome line (索引号：… 发布机构：… 发文日期：…), by kind."""
    labels = labels_of("doc_number", "issue_date", "published", "issuer", "title", "field", "nav")
    spots = sorted(
        {m.start(): (m.start(), m.end(), lab) for lab in labels
         for m in re.finditer(re.escape(lab) + r"\s*[：:]", text)}.values()
    )
    kept, end = [], -1
    for start, stop, lab in spots:  # 发文日期 wins over 日期 at the same place
        if start >= end:
            kept.append((start, stop, lab))
            end = stop
    fields: dict[str, str] = {}
    kinds = page_labels()
    for n, (_, stop, lab) in enumerate(kept):
        value = text[stop : kept[n + 1][0] if n + 1 < len(kept) else len(text)].strip(" ：:")
        fields.setdefault(kinds[lab], value)
    return fields


def clean_title(text: str) -> str:
    """A title without site labels and a leading date (2022-05-16 某县…)."""
    for label in labels_of("prefix", "title"):
        if text.startswith(label):
            text = text[len(label):].lstrip("：: ")
    return LEADING_DATE.sub("", text).strip()


def _is_title(text: str) -> bool:
    return bool(
        PLAN_WORDS.search(text) and len(text) <= 60 and not text.startswith(("关于", "《", "为", "根据"))
        and "通知" not in text and "印发" not in text and not FILE_NAME.search(text)
    )


def metadata(structure: Structure) -> dict:
    """Title, document number, issuer, issue date and plan period, and where each came from.

    Read from the front matter (the whole text where no structure was found) and from the site
    chrome of a web page. Sources: ``text`` (a line of the document: its title, a document
    number or signature line), ``notice`` (the notice's first line), ``label`` (a labelled
    field: 文号：, 成文日期：, 发布机构：), ``page`` (the page's publication date, a news lead).
    The document's own statement wins over the notice, the notice over labels, labels over
    the page.
    """
    paras, roles = structure.paragraphs, structure.roles
    front_roles = ("front",) if structure.recognised else ("front", "other")
    front = [p.text for p, r in zip(paras, roles, strict=True) if r in front_roles]
    chrome = [p.text for p, r in zip(paras, roles, strict=True) if r == "chrome"]
    found: dict[str, dict[str, object]] = {key: {} for key in ("title", "doc_number", "issuer", "issue_date", "period")}

    def put(key: str, source: str, value: object) -> None:
        if value not in (None, "") and source not in found[key]:
            found[key][source] = value

    for text in chrome:
        fields = labelled_fields(text)
        put("doc_number", "label", doc_number(fields.get("doc_number", "")))
        put("issue_date", "label", date_of(fields.get("issue_date", "")))
        put("issue_date", "page", date_of(fields.get("published", "")))
        issuer = fields.get("issuer", "").split()[0] if fields.get("issuer", "").split() else ""
        if is_issuer(issuer):
            put("issuer", "label", issuer)
        put("title", "label", clean_title(fields.get("title", "")) or None)
    notice = next((t for t in front if NOTICE.match(t)), None)
    signers: list[tuple[bool, str]] = []  # (followed by a date, organ) in text order
    body = [p.text for p, r in zip(paras, roles, strict=True) if r not in ("chrome", "table")]
    tail = body[-3:] if structure.recognised else []  # a signature after the plan's body
    lines = front + tail  # built once: inside the loop it made the step quadratic
    for n, text in enumerate(lines):
        if DOC_NUMBER_LINE.match(text) or (DOC_NUMBER.fullmatch(text) and len(text) <= 30):
            put("doc_number", "text", doc_number(text))
        elif DATE_LINE.match(text) or CN_DATE.fullmatch(text):
            put("issue_date", "text", date_of(text))
        elif is_issuer(text) or is_issuer(text.removesuffix("文件")):
            text = text.removesuffix("文件")  # a red-header document: 某县人民政府文件
            following = lines[n + 1] if n + 1 < len(lines) else ""
            signers.append((bool(DATE.fullmatch(following) or CN_DATE.fullmatch(following)), text))
        elif (m := SIGNED.match(text)) and is_issuer(m.group(1).strip()):
            signers.append((True, m.group(1).strip()))
            put("issue_date", "text", date_of(text))
        elif (m := NEWS_LEAD.search(text)) and m.start() < 20:
            put("issue_date", "page", date_of(text))
    if signers:  # a signature line followed by a date, else the first organ line
        put("issuer", "text", next((t for signed, t in signers if signed), signers[0][1]))
    if notice:
        after = notice.split("通知", 1)[1].lstrip(" （(") if "通知" in notice else ""
        if DOC_NUMBER.match(after):
            put("doc_number", "notice", doc_number(after))
        if (m := re.match(r"^(\S{2,30}?)关于", notice)) and is_issuer(m.group(1)):
            put("issuer", "notice", m.group(1))
    titles = [clean_title(t) for t in front]
    titles = [t for t in titles if _is_title(t)]
    if titles:
        put("title", "text", titles[-1])
    elif notice:
        put("title", "notice", notice[: notice.index("通知") + 2] if "通知" in notice else notice)
    for source in ("text", "notice", "label"):
        title = found["title"].get(source)
        if isinstance(title, str) and (m := PERIOD.search(title)) and 0 < int(m.group(2)) - int(m.group(1)) <= 20:
            put("period", source, (int(m.group(1)), int(m.group(2))))
    for key in ("title", "issuer"):  # as written (traditional script kept)
        for source, value in found[key].items():
            found[key][source] = _as_written(str(value), paras)
    meta: dict = {}
    for key, values in found.items():
        source = next((s for s in SOURCES if s in values), None)
        value = values.get(source) if source else None
        if key == "period":
            meta["period_start"], meta["period_end"] = value if value else (None, None)
        else:
            meta[key] = value
        meta[f"{key}_source"] = source
    return meta


def _as_written(value: str, paras: list[Paragraph]) -> str:
    """`value`, read from a simplified copy, as the text writes it."""
    for para in paras:
        if para.written is not None and (at := para.text.find(value)) != -1:
            return para.written[at : at + len(value)]
    return value


def reference_year(plan: dict) -> int | None:
    """The year a plan starts from: its period's first year, else its issue year."""
    if plan.get("period_start") not in (None, ""):
        return int(plan["period_start"])
    date = plan.get("issue_date")
    return int(str(date)[:4]) if date and str(date)[:4].isdigit() else None


# -- citations ------------------------------------------------------------------------------
CITED = re.compile(r"《([^《》]{4,150})》\s*(?:[（(]([^（）()]{4,40})[）)])?")
DOCUMENT_WORDS = re.compile(r"通知|纲要|方案|规划|意见|决定|办法|条例|法|计划|要点|分工")
PARENT_WORDS = re.compile(r"纲要|方案|规划|分工表")
LEVELS = ("national", "province", "city", "county")
ADMIN_LEVELS = {"national": 0, "province": 1, "municipality": 1, "city": 2, "county": 3,
                "district": 3}
MUNICIPALITIES = ("北京市", "天津市", "上海市", "重庆市")
NATIONAL = re.compile(r"^(?:国务院|中共中央|中国科协|中国科学技术协会|全国|科技部|中宣部|中华人民共和国|国家)")
PLACE = re.compile(f"^[{CJK_RANGE}]{{1,10}}?(省|自治区|市|自治州|州|盟|县|区|旗)")


def level_of(name: str) -> str | None:
    """national / province / city / county of an issuer or a plan's name, when it can be told."""
    name = re.sub(r"^[〈<《]", "", name)
    if NATIONAL.match(name) or name.startswith("全民科学素质行动"):
        return "national"
    if name.startswith(MUNICIPALITIES):
        return "province"
    m = PLACE.match(name)
    if not m:
        return None
    return {"省": "province", "自治区": "province", "市": "city", "自治州": "city", "州": "city",
            "盟": "city", "县": "county", "区": "county", "旗": "county"}[m.group(1)]


def citations(texts: list[str], own_title: str | None, admin_level: str | None) -> list[dict]:
    """Documents a plan cites: 《…》 with its document number where one follows, the issuer's
    level when it can be told, and whether it is a parent plan (a 纲要/方案/规划 of science
    literacy issued at a higher level than the plan's own)."""
    own = NON_CJK.sub("", PERIOD.sub("", own_title or ""))
    own_rank = ADMIN_LEVELS.get(admin_level or "")
    if own_rank is None and own_title:
        own_rank = ADMIN_LEVELS.get(level_of(own_title) or "")
    rows: dict[tuple[str, str | None], dict] = {}
    for text in texts:
        for m in CITED.finditer(text):
            title = m.group(1).strip()
            if not DOCUMENT_WORDS.search(title):
                continue
            subject = re.sub(r"^.*?关于(?:印发|转发)?|的?通知$", "", title)
            if own and NON_CJK.sub("", PERIOD.sub("", subject)) == own:
                continue  # the plan itself, named in its notice
            issuer = title.split("关于", 1)[0] if "关于" in title else ""
            level = level_of(issuer) if issuer else None
            if level is None:
                level = level_of(subject)
            parent = bool(
                "科学素质" in subject and PARENT_WORDS.search(subject) and level is not None
                and (own_rank is None or LEVELS.index(level) < own_rank)
            )
            number = doc_number(m.group(2)) if m.group(2) else None
            rows.setdefault((title, number), {"title": title, "doc_number": number,
                                              "issuer_level": level, "is_parent": parent})
    return list(rows.values())
