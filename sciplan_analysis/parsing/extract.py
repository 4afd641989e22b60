"""Extract facts from segmented text: unit assignments, the division-of-labour table,
literacy targets and baselines, quantified commitments, the document's metadata (with the
source of each value) and the documents it cites."""

from __future__ import annotations

import bisect
import contextlib
import difflib
import re
from dataclasses import dataclass
from functools import lru_cache

import cn2an

from sciplan_analysis.parsing.normalise import DATE_LINE, DOC_NUMBER_LINE, Paragraph, bare_label
from sciplan_analysis.parsing.segment import Structure
from sciplan_analysis.text.brackets import CLOSERS, OPENERS, open_depth, split_outside
from sciplan_analysis.text.numerals import chinese_number, chinese_year, five_year_end, iso_date
from sciplan_analysis.text.patterns import (
    CJK_RANGE,
    CLAUSE,
    CN_DATE,
    CN_DIGIT,
    DAMAGED_DOC_NUMBER,
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
from sciplan_analysis.text.regions import is_region_name

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
# 科学素养 is an older name of the same share (具备基本科学素养的比例).
# 具备科学素质公民的比例, 公民科学素质水平/达标率 达到15%: the same share in other words.
# (基本具备科学素质, the 2024 survey's lower tier, is another measure: not the share)
LITERACY = re.compile(r"(?<!基本)具备(?:基本)?科学素[质养](?:的)?(?:公民|人口)?(?:的)?比例|科学素[质养](?:水平)?(?:的)?比例"
                      r"|科学素[质养](?:水平|达标率)(?=\s*(?:力争|争取|要|将)?\s*(?:达到|达|超过|提高到|提升到|提升至|不低于|突破)"
                      r"\s*(?:\d|百分之))")
# 百分之十五, 百分之十二点五: a share in Chinese numerals, read as 15%, 12.5%.
PERCENT_WORDS = re.compile("百分之([零〇一二三四五六七八九十百点]{1,8})")
VALUE = re.compile(
    r"(力争达到|力争超过|力争提高到|力争提升到|力争突破|力争|争取达到|争取|超过|超|突破|高于|不低于|达到|达|提高到|提升到|提升至"
    r"|提高至|增长到|增长至|增加到|上升到|上升至|增至|为)了?\s*(?:((?:19|20)\d{2})\s*年\s*的?\s*)?(\d+(?:\.\d+)?)\s*%(?:\s*(以上))?"
)
# A goal without a verb right after the share: 具备科学素质的比例：15%以上, …比例15%.
BARE_VALUE = re.compile(r"()\s*[：:]?\s*(?:((?:19|20)\d{2})\s*年\s*的?\s*)?(\d+(?:\.\d+)?)\s*%(?:\s*(以上))?")
# A goal a plan set, named without a verb: “十三五”规划确定的6.25%, 纲要提出的15%.
PLANNED_VALUE = re.compile(r"(?:规划|纲要|方案|计划)(?:所|中)?(?:确定|提出|设定|明确|确立|制定)的\s*(\d+(?:\.\d+)?)\s*%"
                           # a value set ahead: 目标值为12%, 预期值12% (预测值8.74%: only where its sentence names
                           # it a goal, 预测值8.74%…的发展目标; a forecast alone is no target, see FORECAST)
                           r"|(?:预测|预期|目标)值\s*(?:为|是)?\s*(\d+(?:\.\d+)?)\s*%")
# A forecast (比例预测值为16%, 预测将达到16%): no target, unless its sentence calls it a goal (目标).
FORECAST = re.compile(r"预测(?:值|数|结果)?\s*(?:显示|表明)?\s*(?:将|会)?\s*$")
# A rate of change (提升幅度为88.6%, 增幅达30%), not a share.
RATE = re.compile(r"(?:幅度|增幅|增速|增长率|涨幅)\s*(?:为|是|达到?|超过)?\s*$")
# The end of a range (8.23%—9.27%, 8%至9%): no single value.
RANGE_END = re.compile(r"\d\s*%\s*(?:[—–\-~～]|至|到)\s*$")
# A group named as the subject of a share (大学本科及以上人群, 18~29岁年龄段, 城镇居民, 男性公民), an
# occupational group (农民, 产业工人, 领导干部和公务员) or a count of regions (有16个省份的…): its share, not
# the share.
GROUP_SUBJECT = re.compile(r"人群|年龄段|岁|受教育|文化程度|学历|城镇居民|农村居民|男性|女性|本科|专科|高中|初中|小学"
                           r"|农民|工人|职工|干部|公务员|老年人|青少年|学生|教师|劳动者|妇女|省份|\d+个")
# A later clause whose value follows a bare name (…比例超10%：京沪超24%, …，上海和北京达到24%) states another
# subject's share; an adverb there (…，进一步提高到15%) goes on with the same share.
OTHER_SUBJECT = re.compile(r"\s*[\u4e00-\u9fff、和与及]{1,10}\s*")
ADVERBS = re.compile(r"\s*(?:进一步|努力|确保|稳步|逐步|将|要|并|再|持续|不断|有望|预计|计划|力争|争取|全部|均)+\s*")
# Shares of several groups (城镇和农村居民…分别达到, 这些国家…都超过了), not the share.
# (平均水平, 年均增长, 人均 are no 均 of groups)
GROUPS = re.compile(r"分别|都(?!市|会)|(?<![平年人])均(?!衡|等|值)")
# A share said to be reached already: 提高到了…, …提高到2020年的7.14%，超过了预期目标.
DONE = re.compile(r"(?:超过|完成|实现|达到|提高|提升|增长)了")
# 由6.2%提升到…, 从2015年的6.2%提高到…: the value the sentence starts from is a baseline.
# 由现在的10.56%: the baseline of "now" (the year before the plan's first).
# 由“十一五”末期的7.92%: a five-year period's end is the year (group 2, its numeral).
FROM_VALUE = re.compile(
    r"[由从]\s*(?:((?:19|20)\d{2})\s*年\s*的?\s*|" + FIVE_YEAR_END.pattern + r"期?\s*的?\s*"
    r"|(?:现在|目前|当前)的?\s*)?(\d+(?:\.\d+)?)\s*%")
# A sentence that looks ahead: a change in it is a goal, not one made.
FUTURE = re.compile(r"将|力争|预计|计划|目标|确保|争取|预期|有望|要求")
# 较2020年的10.56%提高了…, 比2010年的3.04%: the share a year had, a baseline.
# 比“十一五”末的3.9%: the same with a five-year period's end (group 2, its numeral); 较2010年(6.0%),
# 比2015年（8.2%）: the value in brackets after its year.
# 比兰州市“十二五”末的4.52%, 较我县2020年的8%: the region's own name may stand between (not 全国/全省: another
# region's share, an average).
OWN_REGION = r"(?:(?!全|各)[\u4e00-\u9fff]{1,6}?(?:省|市|县|区|州|旗|盟)|[我本][省市县区州旗盟])?"
COMPARED_VALUE = re.compile(r"[比较]\s*" + OWN_REGION + r"\s*(?:((?:19|20)\d{2})\s*年(?:末|底)?|" + FIVE_YEAR_END.pattern
                            + r"期?)\s*的?\s*[（(]?\s*(\d+(?:\.\d+)?)\s*%")
# A survey's result (调查结果显示，2022年…达12.93%): a value measured, a baseline.
SURVEY = re.compile(r"(?:调查|监测|测评)(?:结果)?(?:显示|表明|发现)|(?:调查|监测|测评)结果")
# …9.28%的目标, 超过4.75%的目标任务: a share named as a goal is a target, whatever its year.
GOAL_VALUE = re.compile(r"(\d+(?:\.\d+)?)\s*%\s*[”’\"']?\s*的?\s*(?:总|预期|发展|阶段|工作)?目标")
# A goal with its own year and no words naming a share (2025年16%的目标): see `literacy_targets`.
NEXT_GOAL = re.compile(r"((?:19|20)\d{2})\s*年\s*的?\s*(\d+(?:\.\d+)?)\s*%\s*的?\s*(?:总|预期|发展|阶段|工作)?目标")
YEAR = re.compile(r"(\d{4})\s*年")
TARGET_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
# …达到16.8%，比2020年增加了5.95% / 较2015年提高了4.36个百分点: a change made, so the share was reached.
# …达到11.12%，走在全国前列，比2015年的8.21%提高了… / …达到14.8%，比2020年增长16% (a growth in per cent, not
# in points): a change since an earlier year, later in the sentence.
CHANGED_SINCE = re.compile(r"[^。；]{0,20}?[比较]\s*(?:(?:19|20)\d{2}\s*年|上年|去年)[^，。；]{0,12}?"
                           r"(?:提高|提升|增长|增加|上升)(?:了|\s*\d+(?:\.\d+)?\s*%)")
# A sentence telling a state reached: a rank (居全省第二位, 位居全市前列, 排名第一), a comparison with an
# average (高于全省平均水平), a change over the year before (同比), a goal met (顺利完成…目标, 实现了).
REACHED = re.compile(r"居(?:全[国省市区县]|中部|西部|东部)?第|位居|排名|排在|名列|前列|平均水平|同比"
                     r"|(?:顺利|圆满|超额|如期)完成|完成了|实现了")
# A sentence that looks ahead: 到2025年, 到“十四五”末, 将, 力争 … (a 目标 it met, 完成…目标, looks back).
AHEAD = re.compile(r"到\s*(?:(?:19|20)\d{2}|“?十[一二三四五六七八九]五)|将|力争|预计|计划|确保|争取|预期|有望|要求")
# A value already reached: 已达到, 目前, 截至2020年.
PAST = re.compile(r"已经?|目前|当前|现已|截至|截止|比上|较上|以来")
# 比2020年提高5个百分点: a target relative to a baseline year, kept as such (kind "increase",
# value in percentage points); 较2006年提高了1.8个百分点 (了) is a change already made.
INCREASE = re.compile(r"[比较]\s*(?:((?:19|20)\d{2})\s*年|[“\"]?十[一二三四五六七八九]五[”\"]?(?:时期|期)?末?)"
                      r"(?:的?水平)?\s*(?:提高|提升|增长|增加|上升)(了)?\s*"
                      r"(\d+(?:\.\d+)?)\s*个?百分点(?:\s*(以上))?")
FULL_SENTENCE = re.compile("[^。！？!?\n]+")
# No share of the public, nor a rise in one, exceeds the whole (a page that lost its decimal points shows
# 5.47% as 547%).
MOST_PERCENT = 100.0
# The shares of several years in one sentence (2019年、2020年全区…比例分别为14.8%、18.1%; 到2025年和2035年…比例
# 分别达到15%和25%): each year its value, in order.
RESPECTIVE = re.compile(r"((?:(?:19|20)\d{2}\s*年?\s*[、和及与]\s*){1,4}(?:19|20)\d{2})\s*年(?P<subject>[^。；%]{0,40}?)比例"
                        r"分别(?:为|是|达到了?|达|超过)?\s*((?:\d+(?:\.\d+)?\s*%\s*[、和及与]\s*){1,4}\d+(?:\.\d+)?\s*%)")
# What a clause that goes on with the same share may hold before its value: time and 力争.
CONTINUATION = re.compile(f"{TARGET_YEAR.pattern}|{FIVE_YEAR_END.pattern}|到|至|力争|全部|比例|[，、\\s]")
COMPARATORS = {
    "超过": ">", "高于": ">", "不低于": ">=", "达到": "=", "达": "=", "提高到": "=",
    "提升到": "=", "提升至": "=", "提高至": "=", "增长到": "=", "增长至": "=", "增加到": "=", "上升到": "=",
    "上升至": "=", "增至": "=",
    "力争": "aim", "力争达到": "aim", "力争超过": "aim", "力争提高到": "aim", "力争提升到": "aim",
    "为": "=", "突破": ">", "力争突破": "aim", "": "=", "争取": "aim", "争取达到": "aim", "超": ">",
}


# A five-year period named without 末 (“十三五”期间…达到7.22%, 比“十三五”达到7.55%的预期目标值): the year of
# its end; not “十三五”以来 (since its start: the share is of now) nor a rise over it (比“十二五”提高…).
FIVE_YEAR = re.compile("[“\"‘']?十([一二三四五六七八九])五[”\"’']?\\s*(?:时期|期间|期)?"
                       "(?![”\"’'时期间]*\\s*(?:以来|末|提高|提升|增长))")


def _years(sentence: str) -> list[tuple[int, int, int]]:
    """(start, end, year) of every year a sentence names: 2025年, “十四五”末 (2025), “十三五”期间
    (2020)."""
    found = [(m.start(), m.end(), int(m.group(1))) for m in TARGET_YEAR.finditer(sentence)]
    found += [(m.start(), m.end(), five_year_end(m.group(1))) for m in FIVE_YEAR_END.finditer(sentence)]
    ends = {start for start, _, _ in found}
    found += [(m.start(), m.end(), five_year_end(m.group(1))) for m in FIVE_YEAR.finditer(sentence)
              if m.start() not in ends]
    return sorted(found)


def literacy_targets(text: str, reference: int | None, end: int | None = None,
                     dated: int | None = None, looking_back: bool = False) -> list[dict]:
    """Every stated share of citizens with science literacy: kind, year, value, comparator, quote.

    Each value after 具备科学素质的比例 in its clause (a sentence split at ；) counts, with the
    last year named before it in the sentence (2025年, “十四五”末). Target or baseline is read
    from the sentence: 由6.2%提升到10%以上 gives both, 已达到, 目前 or 当前 is a baseline, and
    otherwise a year before `reference` (the plan's first year, or its issue year) is a
    baseline. A value with no year of its own (由2020年的8.5%提升到15%以上, or a goal sentence
    after the one naming 到2025年) takes `end`, the plan's last year; with no year at all it
    is no target. …以上 is ``>=``. 比2020年提高5个百分点 is a target relative to a baseline
    year, kind ``increase`` (value in percentage points).

    A value measured (a survey's result, 调查结果显示…达到; 较2020年的10.56%) or of a year at or
    before `dated` (the year a page without a period is dated) is a baseline; a share named as
    a goal (9.28%的目标) is a target whatever its year; 力争 before the share makes it an aim.
    `looking_back`: the text stands under a heading that reviews the past (一、背景和意义, “十三五”
    工作回顾, 取得的成效): a share it states in a sentence looking nowhere ahead (到2025年, 力争,
    将 …) was reached (a baseline), unless named a goal.
    A forecast (预测值为16%) is no target unless its sentence names it a goal.
    """
    rows = []
    text = PERCENT_WORDS.sub(_percent, text.replace("％", "%")) if ("％" in text or "百分之" in text) else text
    if not LITERACY.search(text):
        # no clause names the share (most paragraphs): a clause's match is one of the whole text
        # (LITERACY looks only ahead, and only for what follows in the clause), and every row
        # below needs one
        return []
    named_before = False  # the sentence before named the share
    surveyed: list[int] | None = None  # the years an earlier sentence naming a survey's results names
    for sentence in FULL_SENTENCE.finditer(text):
        full = sentence.group(0)
        years = _years(full)
        # 通报了2022年…抽样调查结果。2022年，我省…比例达12.00%，较2020年提高1.83个百分点: on a page dated by
        # nothing (no period, no issue date), a sentence looking nowhere ahead after one naming a survey's
        # results tells that survey's result (of a year it names, when it names one)
        carried_survey = (surveyed is not None and reference is None and AHEAD.search(full) is None
                          and (not surveyed or all(y <= max(surveyed) for _, _, y in years)))
        if SURVEY.search(full):
            surveyed = [*(surveyed or []), *(y for _, _, y in years)]
        if named_before and not LITERACY.search(full):
            # …比例达到了14.8%。但距全省平均水平及2025年16%的目标还有不小距离: a goal with its year, in the
            # sentence right after the one naming the share, is that share's goal
            for m in NEXT_GOAL.finditer(full):
                rows.append({"kind": "target", "year": int(m.group(1)), "value": float(m.group(2)),
                             "comparator": "=", "quote": m.group(0)})
        named_before = LITERACY.search(full) is not None
        # the year of a 由2020年的8.5% baseline is no year of the value after it
        from_spans = [(base.start(), base.end()) for base in FROM_VALUE.finditer(full)]
        # …nor the year a rise is counted from (比2019年提高1.6个百分点，比“十二五”末提高…)
        from_spans += [(rise.start(), rise.end()) for rise in INCREASE.finditer(full)]
        target_years = [y for y in years if not any(a <= y[0] < b for a, b in from_spans)]
        for m in RESPECTIVE.finditer(full):
            if GROUP_SUBJECT.search(m.group("subject")) or not LITERACY.search(full, m.start("subject")):
                continue  # 城镇和农村居民…分别: groups' shares
            listed_years = [int(y) for y in re.findall(r"(?:19|20)\d{2}", m.group(1))]
            values = re.findall(r"\d+(?:\.\d+)?(?=\s*%)", m.group(3))
            if len(listed_years) != len(values):
                continue  # not one value a year: which is which is unknown
            for year, value in zip(listed_years, values, strict=True):
                ahead = AHEAD.search(full) is not None and not (reference is not None and year < reference)
                rows.append({"kind": "target" if ahead else "baseline", "year": year, "value": float(value),
                             "comparator": "=", "quote": m.group(0)})
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
            for m in COMPARED_VALUE.finditer(s, anchor.start()):  # 较2020年的10.56%, 比“十一五”末的3.9%
                year = int(m.group(1)) if m.group(1) else five_year_end(m.group(2))
                rows.append({"kind": "baseline", "year": year, "value": float(m.group(3)),
                             "comparator": "=", "quote": _quote(s, anchor.start(), m, years, base)})
            aim = "力争" in s[: anchor.start()] or "争取" in s[: anchor.start()]  # 力争2025年…比例达到15%
            survey = carried_survey or SURVEY.search(full, 0, base + anchor.start()) is not None
            goals = {m.start(1): m for m in GOAL_VALUE.finditer(s, anchor.start())}
            goals.update({m.start(m.lastindex): m for m in PLANNED_VALUE.finditer(s, anchor.start())})
            goals = {at: g for at, g in goals.items() if not RANGE_END.search(s, 0, at)}  # …8.23%—9.27%的目标
            forecast = "目标" not in full  # a 预测值 is a goal only in a sentence naming a goal
            goals = {at: g for at, g in goals.items() if not (forecast and g.group(0).startswith("预测"))}
            for m in FROM_VALUE.finditer(s, anchor.start()):
                # 由5.1%提升到…: the baseline is the year before the plan's first (or its own)
                year = (int(m.group(1)) if m.group(1) else five_year_end(m.group(2)) if m.group(2)
                        else (reference - 1 if reference else None))
                rows.append({"kind": "baseline", "year": year, "value": float(m.group(3)),
                             "comparator": "=", "quote": _quote(s, anchor.start(), m, years, base)})
            for m in INCREASE.finditer(s, anchor.start()):
                if m.group(2) or PAST.search(s[: m.start()]) or survey:
                    continue  # 提高了, or a survey's 比…提高: a change already made, no target
                year = _year_before(target_years, base + m.start()) or end
                if year is None or (reference is not None and year < reference):
                    continue  # 2020年…比2018年提高1.2个百分点: a change made before the plan
                aim_rise = re.search(r"(?:力争|争取)\s*$", s[: m.start()]) is not None
                rows.append({"kind": "increase", "year": year, "value": float(m.group(3)),
                             "comparator": "aim" if aim_rise else ">=" if m.group(4) else "=",
                             "quote": _quote(s, anchor.start(), m, years, base)})
            bare = BARE_VALUE.match(s, anchor.end())
            anchors = [a.start() for a in LITERACY.finditer(s, anchor.start())] or [anchor.start()]
            for m in [*VALUE.finditer(s, anchor.start()), *([bare] if bare else [])]:
                # the words naming the share nearest before the value are its own (a run of joined
                # lines may name it twice: …达12.93%…我国超三分之二省份公民科学素质水平超过10%)
                own = max((a for a in anchors if a < m.start()), default=anchor.start())
                subject = max(s.rfind("，", 0, own), s.rfind(",", 0, own)) + 1
                measured = survey or SURVEY.search(full, 0, base + own) is not None
                since = max(s.rfind(sep, own, m.start()) for sep in "，,：:；")
                if since > own and OTHER_SUBJECT.fullmatch(s[since + 1 : m.start()]) and not ADVERBS.fullmatch(
                        s[since + 1 : m.start()]):
                    continue  # …比例超10%：京沪超24% / …，上海和北京达到24%: another subject's share
                if GROUPS.search(s, own, m.start()) or GROUP_SUBJECT.search(s, subject, own):
                    continue  # 城镇和农村居民…比例分别达到15.94%和7.96%, 各国…比例都超过了10%, 大学本科及以上人群…: groups' shares
                if RATE.search(s, 0, m.start()) or RANGE_END.search(s, 0, m.start(3)):
                    continue  # 提升幅度为88.6%: a rate of change; 8.23%—9.27%: a range's end
                if forecast and FORECAST.search(s, 0, m.start()) and m.start(3) not in goals:
                    continue  # 比例预测值为16%: a forecast, no target
                year = int(m.group(2)) if m.group(2) else _year_before(target_years, base + m.start())
                # 从目前11.47%提升至16%: the 目前 of the value the sentence starts from is no past of this one
                before = FROM_VALUE.sub(lambda f: "_" * len(f.group(0)), s[: m.start()])
                past = bool(PAST.search(before)) and not m.group(1).startswith(("力争", "争取"))
                # 提高到了…, 由2015年的3.95%提高到2020年的7.14%，超过了…: a share reached, a baseline
                past = past or (m.group(1) != "" and s.startswith("了", m.end(1))) or (
                    m.group(2) is not None and DONE.search(full, base + m.end()) is not None) or (
                    CHANGED_SINCE.match(full, base + m.end()) is not None)
                # 由2015年的3.95%提高到2020年的7.14%。 on an undated page: both ends with their own
                # year, nothing looking ahead: a change reported, the share reached
                past = past or (reference is None and m.group(2) is not None and FUTURE.search(full) is None
                                and any((f.group(1) or f.group(2)) and f.end() <= m.start() for f in FROM_VALUE.finditer(s)))
                # a sentence that tells a state reached (居全省第二位, 位居前列, 高于全省平均水平, 同比增长,
                # 顺利完成…目标) and looks nowhere ahead: the share was reached, unless a plan's period
                # makes its year one still to come
                past = past or (REACHED.search(full) is not None and AHEAD.search(full) is None
                                and (reference is None or (year is not None and year < reference)))
                # under 背景/回顾/成效, in a sentence looking nowhere ahead: a share reached
                past = past or (looking_back and AHEAD.search(full) is None)
                if year is None and not past:
                    year = end  # no year stated: the plan's last year
                named_goal = m.start(3) in goals  # 超10%目标: a goal, its year perhaps unknown
                if year is None and not past and not named_goal and not (measured and COMPARATORS[m.group(1)] == "="):
                    continue  # a value with no time is no target (a survey's result is measured)
                comparator = COMPARATORS[m.group(1)]
                if m.group(4) and comparator != "aim":
                    comparator = ">="
                # 力争 before the share, or between it and the value (比例力争与全省同步达到15%)
                if (aim or re.search("力争|争取", s[anchor.end() : m.start()])) and comparator in ("=", ">="):
                    comparator = "aim"
                goal = goals.pop(m.start(3), None) is not None
                baseline = not goal and (
                    past or (measured and comparator == "=")
                    or (year is not None and reference is not None and year < reference)
                    or (year is not None and dated is not None and year <= dated and comparator == "="))
                rows.append({
                    "kind": "baseline" if baseline else "target", "year": year,
                    "value": float(m.group(3)), "comparator": comparator,
                    "quote": _quote(s, anchor.start(), m, years, base),
                })
            for m in goals.values():  # 预期9.28%的目标: a goal stated without a verb (its year may be unknown)
                year = _year_before(target_years, base + m.start()) or end
                rows.append({"kind": "target", "year": year, "value": float(m.group(m.lastindex)),
                             "comparator": "=", "quote": _quote(s, anchor.start(), m, years, base)})
    unique: dict[tuple, dict] = {}
    for row in rows:  # a fact stated twice (2015年…达到5.1%, 由5.1%提升到…) is one row
        if row["value"] > MOST_PERCENT:
            continue  # 547%, 311%: a share of the public above the whole is a damaged number (5.47%), no share
        unique.setdefault((row["kind"], row["year"], row["value"], row["comparator"]), row)
    return list(unique.values())


def _percent(m: re.Match) -> str:
    """百分之十五 → 15%; what is no numeral stays as written."""
    try:
        return f"{cn2an.cn2an(m.group(1), 'smart'):g}%"
    except ValueError:
        return m.group(0)


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
# A count in Chinese numerals listed after another count (建成5个科普馆和两个科普站, …、三所学校).
CN_LISTED = re.compile(r"[和、及与]([两二三四五六七八九十][一二三四五六七八九十百千]*)(万)?\s*("
                       + "|".join(MEASURES[:-1]) + r")(?!百分点|工作日|月|单位)")
# A count in Chinese numerals (建成两个科普基地, 新增十个示范点, 培训三百人次) after a verb that builds or counts:
# cn2an reads it. 一 (打造一支队伍, 一村一名) and 一批 are no count; a slogan (“两个一百年”, 坚持“四个全面”), an
# ordinal (第十四个) or 千人/万家 (no leading digit word) is none either.
CN_COUNT = re.compile(r"(?:建设|建成|创建|打造|培育|新建|建立|认定|命名|开展|举办|组织|培训|评选|新增|达到|设立|扶持|遴选)"
                      r"(?:[^，。；、“”\d]{0,4}?)(?<![第每])([两二三四五六七八九十][一二三四五六七八九十百千]*)(万)?\s*("
                      + "|".join(MEASURES[:-1]) + r")(?!百分点|工作日|月|单位)")


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
        counted: list[tuple[re.Match, float, int]] = []  # (match, value, where its number starts)
        for m in COMMITMENT.finditer(c):
            if YEAR.match(c, m.start()) or NOT_A_COMMITMENT.match(c, m.start(3)):
                continue
            counted.append((m, float(m.group(1)) * (10000 if m.group(2) else 1), m.start()))
        # a count after a verb that builds or counts, and one listed after a count (建成5个馆和两个站)
        cn_counts = list(CN_COUNT.finditer(c))
        if counted or cn_counts:
            cn_counts += [m for m in CN_LISTED.finditer(c) if not any(o.start(1) == m.start(1) for o in cn_counts)]
        for m in cn_counts:
            with contextlib.suppress(ValueError):  # not a numeral cn2an reads
                counted.append((m, float(cn2an.cn2an(m.group(1), "smart")) * (10000 if m.group(2) else 1), m.start(1)))
        counted.sort(key=lambda found: found[2])
        in_list = in_list or len(counted) > 1
        for m, value, at in counted:
            before = bisect.bisect_right(year_ends, clause.start() + at)
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
                item_start = c.rfind("、", 0, at) + 1
                item_end = c.find("、", m.end())
                item = c[item_start : item_end if item_end != -1 else len(c)].strip()
                quote = item if len(item) >= 4 else quote
            rows.append({"value": value, "measure": m.group(3), "year": year, "quote": quote})
    return rows


# -- metadata -------------------------------------------------------------------------------
# A notice's title: …关于印发/转发…通知 (or a notice that is the document: 关于成立…的通知), where a 通知 inside 《》 or 〈〉 (a forwarded notice) is not
# its end.
NOTICE = re.compile(r"^(?!为|根据|按照)(?:[^《》，。；\s]|[ \u3000](?=\S)){0,40}?关于(?:印发|转发|颁布|[^《》〈〉，。；\s]{2,40}?的)(?:《[^《》]{0,150}》|〈[^〈〉]{0,150}〉|[^《》〈〉]){0,80}?通知")
ISSUER_SUFFIXES = ("人民政府办公室", "人民政府办公厅", "人民政府", "国务院办公厅", "国务院", "委员会",
                   "办公室", "办公厅", "科学技术协会", "科协", "纲要办", "领导小组", "政府", "办事处",
                   "局", "厅", "部", "委")
# A department (某县科技局, 某省教育厅, 中国科协科普部, 某市卫生健康委员会, 某县文化广电旅游体育局):
# its field (1-10 characters) after the body.
DEPARTMENTS = ("局", "厅", "部")
# A committee: a party committee (中共某县委, 中共某市委员会) or a department (某市卫生健康委员会, 某市卫健委).
COMMITTEES = ("委员会", "委")
ISSUER = re.compile(f"^([{CJK_RANGE}]{{0,24}}?)(?:{'|'.join(ISSUER_SUFFIXES)})$")
# Words no organ's name holds: an "issuer" with one is page text or spam.
NOT_AN_ORGAN = re.compile(r"的|关于|印发|通知|点击|进入|欢迎|登录|网站|下载|浏览|转载|我们|你们|请|是|文件|栏目|专题|日电")
# What may stand before an organ's suffix: a region name (某省某市, 宁夏回族自治区; or a bare
# level, 省政府办公厅, to be completed from the title), a national body, and the body's core
# (人民政府, 科协, 全民科学素质纲要实施工作 …). Anything else (spam, a sentence) is no organ.
REGION_LEVELS = "自治区|自治州|自治县|地区|特区|省|市|州|盟|县|区|旗"
NATIONAL_BODIES = "中华人民共和国|国务院|中共中央|中央|中国科协|中国科学技术协会|中国|全国"
# Suffixes that name an organ on their own, with nothing before them.
SELF_STANDING = ("国务院", "国务院办公厅")
# A working body's core is its subject (全民科学素质, 科学素质纲要实施工作, 科普工作 …: the words in any
# of the orders real organs use) perhaps with its kind (领导小组, 联席会议), so 科学素质纲要实施工作联席会议
# and 全民科学素质行动计划纲要实施工作领导小组 are read as 全民科学素质工作联席会议 is.
WORK_SUBJECT = "(?:全民)?科学素质(?:行动)?(?:计划)?(?:纲要)?(?:实施)?(?:工作)?|纲要实施工作|科普(?:工作)?"
ORGAN_CORES = (f"人民政府|政府|党工委|党委|委|科学技术协会|科协|(?:{WORK_SUBJECT})(?:领导小组|联席会议)?"
               "|(?:工作)?联席会议")
# A township below the county (某镇, 某乡, 某街道, 某苏木): no division table lists them, so its
# name is taken on its shape; a county's name before it is checked. 各乡镇, 全镇 name no one.
TOWNSHIP = f"(?P<town>(?!各|全|本|我|该|有关|相关|所属|所在|乡镇|城镇|村镇|城乡)[{CJK_RANGE}]{{1,6}}?(?:镇|乡|街道|苏木))"
# Whose organ: the state, a region (named, to be checked against the division table) perhaps
# with a township, a township alone, or a bare level.
ORGAN_OWNER = (f"(?:中共)?(?:{NATIONAL_BODIES}|(?P<region>(?:[{CJK_RANGE}]{{1,8}}?(?:{REGION_LEVELS}))+){TOWNSHIP}?"
               f"|{TOWNSHIP.replace('?P<town>', '?P<township>')}|{REGION_LEVELS})")
ORGAN_PREFIX = re.compile(f"{ORGAN_OWNER}?(?:{ORGAN_CORES})*")
DEPARTMENT_PREFIX = re.compile(f"{ORGAN_OWNER}(?:{ORGAN_CORES})?[{CJK_RANGE}]{{1,10}}")
BARE_LEVEL = re.compile(f"^(?:{REGION_LEVELS})(?=人民政府|政府|委|科协|科学技术协会)")
# A news item or notice body naming the plan: 日前，某省人民政府办公厅印发了《…》; 现将《…》印发给
# 你们; 《…》已经…审议通过，现印发给你们.
LEAD_VERB = re.compile(r"(?:正式)?(?:印发了?|下发了?|出台了?|发布了?|颁布了?|印发的|发布的|出台的|下发的|颁布的"
                       r"|审议(?:并原则)?通过了?|(?:研究|讨论)通过了?|制定了?|制定的|编制了?|公布了?|推出了?)\s*《([^《》]{4,150})》")
# The same said the other way round: the 《…》 opens its clause and the verb follows (《X》近日正式印发,
# 《X》（以下简称《方案》）日前由某县政府办公室印发实施); 由 names the organ.
LEAD_AFTER = re.compile(r"《([^《》]{4,150})》(?:\s*[（(][^（）()《》]{0,30}(?:《[^《》]{1,20}》)?[^（）()《》]{0,5}[）)])?"
                        r"(?P<between>[^，。；：《》,]{0,30}?)(?:正式)?(?:印发|出台|发布|下发|颁布|出炉|公布)")
# A document still to come (省政府将出台《X》, 拟印发《X》, 正在制定《X》; 《X》将于近期印发): the page is not about
# it yet. (将 before 《X》 and its verb is 把: 现将《X》印发给你们 is issued.)
FUTURE_LEAD = re.compile(r"(?:即将|将要|将|拟|准备|正在|有望)(?:于)?[^，。；：《》\s]{0,6}?$")
FUTURE_BETWEEN = re.compile(r"将|拟|准备|正在|有望")
# …or a sentence that lists the work a time to come will see (我市今年将…；出台《X》，…; 下一步，…制定《X》): each
# document in its list is still to come, however far its verb stands from the 将.
FUTURE_SENTENCE = re.compile(r"(?:今年|明年|下一步|下一阶段|下半年|年内|今后)[，,]?[^。！？；《》]{0,12}?(?:还|也|仍)?(?:将|要|准备|拟)")
# A sentence recounting what came before (此前，国务院发布的《X》提出…; 2021年，某省印发《X》, a year and no day: not
# a news lead's 日前 or 12月6日) names an earlier document, not the page's; so does one recounting the work of a
# span of time (创建活动开展以来，…出台了《X》；成立了…; 近年来，某县先后制定了《X》): a report of what was done.
EARLIER = re.compile(r"此前|早前|之前|先前|早在|以来|年来")
# …but a news lead's time word after the span's 以来 (今年以来，…，日前，某县印发了《X》) opens a lead again.
SPAN_THEN_LEAD = re.compile(r"(?:以来|年来)[^。；！？]*?(?:日前|近日|近期|今日|(?<!\d)\d{1,2}月\d{1,2}日)")
# A document issued since (自《X》印发以来, 省政府印发《X》实施以来): the earlier document of a report, not a lead.
SINCE = re.compile(r"(?:\s*[（(][^（）()]{0,30}[）)])?[^，。；！？《》,]{0,8}?以来")
# A list of work done (…稳步提升。一是加强顶层设计。市政府发布《X》…; 其一，出台了《X》): a report on the work, not
# a lead naming the page's document.
ENUMERATED = re.compile(r"(?:^|[。；：，\s])(?:[一二三四五六七八九十]是|其[一二三四五][，,、])")
BARE_YEAR = re.compile(r"\s*(?:19|20)\d{2}\s*年(?!\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月|度|第)")
# A purpose or basis clause (为贯彻落实国务院印发的《X》, 根据…发布的《X》) names a higher document, not
# the plan; a lead after it in the same sentence (为…，某县印发了《Y》) still names the plan.
PURPOSE = re.compile(r"\s*(?:为了?|根据|按照|依据|遵照|贯彻|落实)")
# …贯彻落实国务院印发的《X》 (印发的: a document another issued) anywhere in the clause.
PURPOSE_WORD = re.compile(r"为了?|贯彻|落实|根据|按照|依据|遵照")
BODY_NOTICE = re.compile(r"现?将《([^《》]{4,150})》[^《》。]{0,20}?印发给你们|《([^《》]{4,150})》[^《》。]{0,60}?现予?印发(?:给你们)?")
# The same without 《》: 现将某市…实施方案印发给你们; 某市…实施方案已经市政府同意，现印发给你们.
PLAIN_NAME = r"([^《》〈〉，。；：\s]{4,80}?(?:方案|纲要|规划|计划|要点|意见|办法)(?:（[^（）]{4,20}）)?)"
BODY_PLAIN = re.compile(rf"(?:^|[：，])现将{PLAIN_NAME}印发给你们|(?:^|：){PLAIN_NAME}已经[^。《》]{{0,40}}?，现印发给你们")
# A notice's title a page wraps in 《》 on one of its first lines (《某省人民政府办公厅关于印发…的通知》,
# perhaps after its number or before it in brackets): the page's notice, read as if unwrapped. Further
# down, or inside a sentence, a 《…的通知》 is a document cited.
WRAPPED_NOTICE = re.compile(rf"^(?P<number>{DOC_NUMBER.pattern})?\s*《(?P<notice>(?:[^《》]|《[^《》]*》){{6,200}})》"
                            r"(?P<rest>\s*(?:[（(][^（）()]{4,30}[）)])?)\s*$")
WRAPPED_NOTICE_LINES = 3
# A notice that carries a plan: …关于印发《X》的通知, …关于颁布X的通知 (not 转发, not 成立).
CARRIER = re.compile(r"^[^《〈]*?关于(?:印发|颁布)")
# The short name a report gives a document (以下简称《实施方案》), never its title.
ABBREVIATION = re.compile(r"(?:实施|工作|行动|发展)?(?:方案|纲要|规划|意见|计划|办法|要点|通知)")
# A page explaining a plan (政策解读：《X》, 解读《X》) names it.
EXPLAINED = re.compile(r"解读\s*[：:]?\s*《([^《》]{4,150})》")
# …as a heading (政策解读：《X》, 十四五规划解读：《X》), not 解读《X》 inside a report's sentence.
EXPLAINED_HEAD_CHARS = 12
# A document number in brackets right after the lead's 《…》: 《…的通知》（沛政办发〔2012〕40号）.
LEAD_NUMBER = re.compile(r"\s*[（(]\s*([^（）()]{4,30})[）)]")
LEAD_CHARS = 3000  # a lead sentence stands in the page's first few thousand characters
TIME_WORDS = re.compile(r"(?:于|已经|已|联合)?(?:日前|近日|今日|近期|正式|\d{1,2}月)?(?:\d{1,2}日)?(?:日前|近日|正式)?$")
# A news item's dateline glued before a lead's subject (海南日报讯省政府办公厅…, …3月17日电记者…).
DATELINE = re.compile(r"^.*(?:讯|日电)")
# Time words glued before a lead's subject (近日某省政府办公厅印发…).
LEADING_TIME = re.compile(r"^(?:近日|日前|近期|今日|今天|昨日|目前|最近|日|于|经)+")
# Joint issuers in a lead: 科技部、中央宣传部和中国科协印发…
JOINT = re.compile(r"[、和与及]")
PLAN_WORDS = re.compile(r"方案|分工表|规划|纲要|计划|要点")
# A document-sharing site's extraction (文档简介: 1、[PAGE PAGE 18]Title + body run together): the
# title is the run up to a plan word that the title again or the body's first words follow.
OWN_NOTICE = re.compile(r"(?!.*(?:印发|转发))[^，。；：《》〈〉\s]{4,60}的(?:通知|决定|通报|批复|意见)")
OWN_NOTICE_LINES = 3
# The addressees a heading may run into once lines are joined (…的通报各市科协：): nothing, or 各…：.
ADDRESSEES = re.compile(r"(?:各[^，。；《》]{1,40}[：:])?")
DOC_SHARING_HEAD = re.compile(
    r"^1、\s*(?:PAGE\s*)*\d*\s*(?P<title>[^，。；：《》\s]{4,60}?(?:方案|纲要|规划|计划|要点|分工表))"
    r"(?=(?P=title)|为|根据|按照|(?:19|20)\d{2}年是|一、)")
# A document-sharing copy whose first line runs the title (its name closed by a bracketed period) straight
# into the body: 某省…实施方案（2016-2020年）科学素质是…. Not a notice's or a report's line (…）的通知, …）》印发).
GLUED_TITLE = re.compile(r"^(?P<title>[^，。；：《》\s]{4,60}?(?:方案|纲要|规划|计划|要点)[（(](?:19|20)\d{2}\s*[—–\-－~～至]+\s*"
                         r"(?:19|20)\d{2}\s*年?[）)])(?!的|》|印发|发布|出台|解读|全文|正式|近日|日前|已经|经)(?=\S{20})")
FILE_NAME = re.compile(r"\.(?:docx?|wps|pdf|xlsx?|ofd|txt)\s*$", re.IGNORECASE)
LEADING_DATE = re.compile(rf"^(?:{DATE.pattern}|{ISO_DATE.pattern}(?:\s*\d{{1,2}}：\d{{2}}(?:：\d{{2}})?)?)\s*")
# A month without its day: 2021年12月, 二〇二一年十二月 (an issue date of YYYY-MM).
MONTH = re.compile(rf"((?:19|20)\d{{2}}|[{CN_DIGIT}]{{4}})\s*年\s*(\d{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*月")
# A date line whose 月 and 日 a site stripped (2022年1221): four digits, a month and a day.
STRIPPED_DATE = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{2})(\d{2})")
NUMBER_AND_DATE = re.compile(rf"^({DOC_NUMBER.pattern})\s*(?:{DATE.pattern}|{CN_DATE.pattern})$")
# a number that lost its closing bracket (川府发[200733号), alone or before its date, on a line of its own
DAMAGED_NUMBER_LINE = re.compile(rf"^(?:{DAMAGED_DOC_NUMBER.pattern})\s*(?P<date>(?:{DATE.pattern}|{CN_DATE.pattern}))?$")
# A date in Chinese numerals before a title, its year perhaps cut short (一二年一月十二日).
LEADING_CN_DATE = re.compile(r"^[〇○零OoＯ0一二三四五六七八九]{2,4}\s*年\s*[一二三四五六七八九十]{1,3}\s*月"
                             r"\s*[一二三四五六七八九十]{1,3}\s*日\s*")
SIGNED = re.compile(rf"^(.{{2,30}}?)\s*(?:{DATE.pattern}|{CN_DATE.pattern})$")
# A signature glued into a one-line notice body: …请认真组织实施。某市人民政府2023年3月23日某市…方案
# (an organ and a date right after a sentence's end, the date not the start of a news lead).
GLUED_SIGNATURE = re.compile(
    rf"[。！.]\s*([{CJK_RANGE}]{{2,30}}?)\s*(?:[（(]此件[^（）()]{{0,8}}[）)])?\s*({DATE.pattern}|{CN_DATE.pattern})"
    r"(?!\s*[，,]?\s*(?:印发|发布|出台|下发|召开|举行))")
GLUED_BODY_CHARS = 60  # a line this long is a body, not a signature line
# The day a news lead starts with when it gives no year: 12月6日，某市印发…
LEAD_DAY = re.compile(r"(?<!\d)(\d{1,2})月(\d{1,2})日")
# A page's time stamp (2023-09-01 08:38:42, 2016/12/01 10:29) under its headline, perhaps run into it
# or into a 来源 by line joining: the page's date (a clock time marks it as the site's, not a document's).
STAMP = re.compile(r"(?<!\d)((?:19|20)?\d{2})\s*[-/]\s*(\d{1,2})\s*[-/]\s*(\d{1,2})\s*[0-2]?\d\s*[:：]\s*[0-5]\d")
STAMP_LINES = 4  # a stamp stands in the page's first lines
NEWS_LEAD = re.compile(rf"(?:{DATE.pattern}|(?<!\d)(\d{{1,2}})月(\d{{1,2}})日)[，,]?\s*\S{{2,30}}?印发")
SOURCES = ("manifest", "text", "label", "notice", "lead", "page")
# A short line holding a document number and no sentence: （青政办〔2011〕260号）, 文号 某府办函〔2023〕1号.
NUMBER_LINE_CHARS = 40
NOT_A_NUMBER_LINE = re.compile(r"[《》〈〉，。；]|关于|根据|按照")
# Where an organ's name may end on a signature line that names several.
ORGAN_END = re.compile("|".join(sorted(ISSUER_SUFFIXES, key=len, reverse=True)))
JOINT_LINE_CHARS = 80
METADATA = ("title", "doc_number", "issuer", "issue_date", "period_start", "period_end")


def is_issuer(text: str) -> bool:
    """Whether `text` is an organ's name (人民政府, 办公厅/办公室, 纲要办, 科协 … of any level):
    a body suffix after a real region's name (the division table), a national body or a body's
    core, and no word of page text or spam. See `issuer_problem`."""
    return issuer_problem(text) is None


def issuer_problem(text: str) -> str | None:
    """Why `text` is no organ's name: ``implausible`` (no organ's shape: spam, page text) or
    ``unknown region`` (an organ's shape, but the region it names is in no division table:
    欢乐谷市人民政府); None for an organ."""
    m = ISSUER.match(text)
    if not m or NOT_AN_ORGAN.search(m.group(1)):
        return "implausible"
    if not m.group(1):
        return None if text in SELF_STANDING else "implausible"  # 科协, 办公室 alone name no one
    if re.fullmatch("(?:人民)?政府|党工?委", m.group(1)):
        return "implausible"  # 政府办公厅 names no one: whose government?
    if text.endswith(COMMITTEES):
        # a party committee (中共某县委, 某县委, 某镇党委: a region before it) or a department's
        # committee (某市卫生健康委员会, 某市卫健委: a field after the region)
        core = re.sub("党工?$", "", m.group(1))
        shape = ORGAN_PREFIX.fullmatch(core) if core else None
        shape = shape or DEPARTMENT_PREFIX.fullmatch(m.group(1))
        if shape is None:
            return "implausible"
    elif text.endswith(DEPARTMENTS) and not text.endswith(("办公厅", "国务院办公厅")):
        # a department: a region or national body, then its field (科技, 教育, 科普 …); a
        # ministry (科技部, 教育部) is its field alone
        shape = DEPARTMENT_PREFIX.fullmatch(m.group(1))
        if shape is None:
            return None if text.endswith("部") and 2 <= len(text) <= 5 else "implausible"
    else:
        shape = ORGAN_PREFIX.fullmatch(m.group(1))
        if shape is None:
            return "implausible"
    region = shape.group("region")
    if region is not None and re.fullmatch(REGION_LEVELS, region):
        return None  # 自治区人民政府: a bare level (自治 + 区 is no region's name), completed from the title
    return None if region is None or is_region_name(region) else "unknown region"


def joint_organs(text: str, most: int = 4) -> list[str]:
    """The organs of a signature line that names two or three (中共某市委办公厅 某市人民政府办公厅,
    its spaces perhaps gone), in order; [] when the line is not such a list. At most `most`
    organs, so the search stays small."""
    if most < 2 or len(text) > JOINT_LINE_CHARS or NOT_AN_ORGAN.search(text):
        return []
    for end in (m.end() for m in ORGAN_END.finditer(text)):
        head, rest = text[:end].strip(), text[end:].strip(" 、")
        if rest and is_issuer(head) and level_of(rest) is not None:  # 中国科协科普部 is one organ
            # the rest split further first: 某县教育局某县财政局 is two organs, not one
            tail = joint_organs(rest, most - 1) or ([rest] if is_issuer(rest) else [])
            if tail:
                return [head, *tail]
    return []


def with_region(issuer: str, title: str | None) -> str:
    """An issuer named by its level alone (省政府办公厅, 市人民政府办公室) with the region the
    title names at that level (贵州省…方案 → 贵州省政府办公厅); unchanged otherwise."""
    if "、" in issuer:  # joint organs (省委办公厅、省政府办公厅): each completed, or none is
        parts = issuer.split("、")
        done = [with_region(part, title) for part in parts]
        # a bare organ the rule cannot complete (省科技厅 beside 省科协) leaves all as written:
        # never a mix of completed and bare names for one joint issuer
        stuck = any(p == d and re.match(f"(?:{REGION_LEVELS})(?!场)", p)
                    for p, d in zip(parts, done, strict=True))
        return issuer if stuck else "、".join(done)
    level = BARE_LEVEL.match(issuer)
    if not level or not title:
        return issuer
    region = re.match(f"^[{CJK_RANGE}]{{1,8}}?{level.group(0)}", title)
    return region.group(0) + issuer[len(level.group(0)):] if region else issuer


# A party committee and a government (or their offices) run together with no mark between: 某市委市政府,
# 中共某县委某县人民政府, 某区委办公室区政府办公室, and by their level alone (省委办公厅省政府办公厅, 市委市政府).
RUN_TOGETHER = re.compile(f"((?:中共)?[{CJK_RANGE}]{{0,12}}?[省市县区州旗盟]委(?:办公[厅室])?)"
                          f"([{CJK_RANGE}]{{0,12}}?[省市县区州旗盟](?:人民)?政府(?:办公[厅室])?)$")


def _subject(before: str) -> str | None:
    """The organ that is the subject of a lead verb, from the text before it: the last clause,
    without time words (日前, 25日, 正式), its longest plausible trailing organ name."""
    clause = re.split(r"[，,。；：:！？\s]", before)[-1]
    clause = TIME_WORDS.sub("", clause)[-80:]  # organs' names are short: the scan stays linear
    if (joint := clause.rfind("会同")) > 0 and (first := _subject(clause[:joint])) is not None:
        return first  # 某省科协会同有关部门制定了…: the organ that leads (会同县 stays a county's name)
    parts = JOINT.split(clause)
    if len(parts) > 1 and all(is_issuer(p) for p in parts):
        return "、".join(parts)  # joint issuers, each an organ
    run = re.search(f"[{CJK_RANGE}]+$", clause)
    if not run:
        return None
    name = LEADING_TIME.sub("", DATELINE.sub("", run.group(0)[-40:]))
    for together in RUN_TOGETHER.finditer(name):  # 某市委市政府: two organs run together, listed with 、
        party, government = together.group(1), together.group(2)
        if together.start() > 0 and BARE_LEVEL.match(party.removeprefix("中共")):
            continue  # a bare level cut from a longer name is no organ
        if is_issuer(party) and is_issuer(government):
            if (level := BARE_LEVEL.match(government)) and (
                    owner := re.match(f"^(?:中共)?([{CJK_RANGE}]{{1,8}}?{level.group(0)})委", party)):
                government = owner.group(1) + government[len(level.group(0)):]  # 某省委办公厅省政府办公厅
            return f"{party}、{government}"
    if issuer_problem(name) == "unknown region":
        return None  # 太阳城县人民政府办公室: no organ, and 阳城县… cut from it is none either
    for i in range(len(name) - 1):
        # a bare level (市人民政府办公厅) only as the whole name: cut from a longer name it is no organ
        if is_issuer(name[i:]) and (i == 0 or not BARE_LEVEL.match(name[i:])):
            return name[i:]
    return None


def _subject_problem(before: str) -> str:
    """Why the text before a lead verb names no organ: ``unknown region`` when a trailing
    name has an organ's shape but its region is in no division table, else ``implausible``."""
    run = re.search(f"[{CJK_RANGE}]+$", TIME_WORDS.sub("", re.split(r"[，,。；：:！？\s]", before)[-1]))
    name = LEADING_TIME.sub("", DATELINE.sub("", run.group(0)[-40:])) if run else ""
    return "unknown region" if name and issuer_problem(name) == "unknown region" else "implausible"


def carried(title: str) -> str:
    """The plan a notice carries (关于印发《X》的通知, 关于颁布X的通知 → X): the notice is only
    the plan's carrier. A notice that forwards another (关于转发…) or is itself the document
    (关于成立…的通知) is returned unchanged."""
    if not CARRIER.search(title):
        return title
    inner = _inner_title(title)
    return inner if inner != title and DOCUMENT_WORDS.search(inner) else title


def _inner_title(title: str) -> str:
    """The document a notice's title names (关于印发X的通知 → X), or the title itself."""
    inner = re.sub(r"^.*?关于(?:印发|转发|颁布)|的?通知$", "", title).strip("〈〉<>《》")
    # 关于印发《关于贯彻落实…的实施方案》的通知: a document in 《》 may itself start with 关于
    bracketed = f"《{inner}》" in title and not inner.endswith("通知")
    return inner if inner and inner != title and (bracketed or not inner.startswith("关于")) else title


@dataclass
class Lead:
    """What a news lead or notice body says of the plan: its title, issuer and number;
    `rejected`: why a subject that was named is no organ (``implausible``, ``unknown region``),
    empty when none was or it is one."""

    title: str | None = None
    issuer: str | None = None
    rejected: str = ""
    number: str | None = None


def lead(texts: list[str]) -> Lead:
    """The plan a news lead or notice body in `texts` (the first LEAD_CHARS characters)
    names: the 《…》 of the sentence (or the name before 印发给你们), the organ that issues it
    and a document number in brackets after it. A headline whose subject is no organ (某县印发
    《X》) gives the title; a later lead naming the same X may give its organ."""
    seen = 0
    found: Lead | None = None
    for text in texts:
        if seen > LEAD_CHARS:
            break
        seen += len(text)
        body = _body_lead(text) if found is None else None
        for m, closed, subject in _named(text):
            if found is None and body is not None and body[0] < m.start():
                return body[1]  # 解读：《X》 or 现将《X》印发给你们 before a lead: the first naming decides
            clause_start = max(text.rfind(stop, 0, m.start()) for stop in "。；！？，") + 1
            attributive = re.search(r"的\s*《", m.group(0)) is not None
            if PURPOSE.match(text, clause_start, m.start()) or (
                    attributive and PURPOSE_WORD.search(text, clause_start, m.start())):
                continue  # 为贯彻落实国务院印发的《X》: the document the plan follows
            sentence_start = max(text.rfind(stop, 0, m.start()) for stop in "。；！？") + 1
            # 此前，国务院发布的《X》…; 2021年，某省印发《X》; 一是…，某市政府发布《X》
            earlier = [e for e in EARLIER.finditer(text, sentence_start, m.start())
                       if not SPAN_THEN_LEAD.match(text, e.start(), m.start())]
            if (earlier or SINCE.match(text, closed) or BARE_YEAR.match(text, sentence_start)
                    or BARE_YEAR.match(text, clause_start) or ENUMERATED.search(text, 0, m.start())):
                continue  # 此前，国务院发布的《X》…; 2021年，某省印发《X》: a page recounting earlier documents
            title = _inner_title(m.group(1))
            if not DOCUMENT_WORDS.search(title) or ABBREVIATION.fullmatch(title):
                continue  # 出台《实施方案》: the short name a report gives, not the title
            if found is not None and not _near_same(title, found.title or ""):
                continue  # another document
            number = LEAD_NUMBER.match(text, closed)
            number = doc_number(number.group(1)) if number else None
            if found is None:
                named = subject is None and bool(re.search(f"[{CJK_RANGE}]{{2}}$", text[: m.start()]))
                found = Lead(title, subject, _subject_problem(text[: m.start()]) if named else "", number)
            else:
                found.number = found.number or number
                if subject is not None and found.issuer is None:
                    found.issuer, found.rejected = subject, ""
            if found.issuer is not None:
                return found
        if found is None and body is not None:
            return body[1]
    return found or Lead()


NEAR_SAME = 0.9  # a headline and its lead may name one document with a word changed (推动/推进)


def _near_same(title: str, other: str) -> bool:
    """Whether two names are one document's: the same without their periods, or, for names of
    ten characters or more, at least NEAR_SAME alike (a site's headline rewords a character)."""
    a, b = _key(PERIOD.sub("", title)), _key(PERIOD.sub("", other))
    if a == b:
        return True
    return min(len(a), len(b)) >= 10 and difflib.SequenceMatcher(None, a, b).ratio() >= NEAR_SAME


def _body_lead(text: str) -> tuple[int, Lead] | None:
    """Where in `text` a notice body (现将《X》印发给你们, 现将某市…方案印发给你们) or an
    explaining heading (解读：《X》) names the plan, and the plan it names; None when none does."""
    named: list[tuple[int, Lead]] = []
    if (m := BODY_NOTICE.search(text)) and DOCUMENT_WORDS.search(m.group(1) or m.group(2)):
        named.append((m.start(), Lead(_inner_title(m.group(1) or m.group(2)))))
    if m := BODY_PLAIN.search(text):
        named.append((m.start(), Lead(m.group(1) or m.group(2))))
    if ((m := EXPLAINED.search(text)) and DOCUMENT_WORDS.search(m.group(1))
            and m.start() <= EXPLAINED_HEAD_CHARS and not re.search("[，。；,]", text[: m.start()])):
        named.append((m.start(), Lead(_inner_title(m.group(1)))))
    return min(named, key=lambda n: n[0]) if named else None


def _named(text: str) -> list[tuple[re.Match, int, str | None]]:
    """The documents a lead names in `text`, in order: each match (its group 1 the 《…》), where
    its 《…》 closes, and the organ that issues it (the subject before the verb, or 由 an organ
    when the verb follows the 《…》; None when none is named)."""
    verbs = list(LEAD_VERB.finditer(text))
    found = [(m, m.end(), _subject(text[: m.start()])) for m in verbs if not FUTURE_LEAD.search(text, 0, m.start())
             and not FUTURE_SENTENCE.search(text, max(text.rfind(stop, 0, m.start()) for stop in "。！？") + 1, m.start())]
    for m in LEAD_AFTER.finditer(text):
        if any(m.start() == other.end() - len(other.group(1)) - 2 for other in verbs):
            continue  # 印发《X》印发: named once
        if FUTURE_BETWEEN.search(m.group("between")):
            continue  # 《X》将于近期印发: not issued yet
        by = re.search("由(.+)$", m.group("between"))
        subject = _subject(by.group(1)) if by else _subject(text[: m.start()].removesuffix("将"))
        found.append((m, m.start() + len(m.group(1)) + 2, subject))
    return sorted(found, key=lambda named: named[0].start())


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


def month_of(text: str) -> str | None:
    """YYYY-MM from a line that is only a month (2021年12月, 二〇二一年十二月), else None."""
    m = MONTH.fullmatch(text.strip())
    if not m:
        return None
    year = int(m.group(1)) if m.group(1).isdigit() and m.group(1).isascii() else chinese_year(m.group(1))
    month = chinese_number(m.group(2))
    return f"{year:04d}-{month:02d}" if 1900 <= year <= 2099 and 1 <= month <= 12 else None


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


BULLET = re.compile("[•·▪●◆■]")
BULLETED_LABEL = re.compile(f"{BULLET.pattern}\\s*\\S{{1,6}}\\s*[：:]")
WHOLE_TEXT_HEADING = re.compile(r"《([^《》]{4,150})》\s*[（(]?(?:全文|原文|正文)?[）)]?")
WHOLE_TEXT_RUN = re.compile(r"《([^《》]{4,150})》\s*[（(]?(?:全文|原文|正文)[）)]?")  # …, the text run on
LOST_AT_END = re.compile("[?？\ufffd]+$")
BARE_LABEL_LINES = 60  # labels stand in the page's first lines (a site's field list)
BARE_VALUE_CHARS = 80  # a value longer than this is body text


LIST_ITEM = re.compile(r"[•·▪●◆■]|^\s*-\s*")
BRACKETED_LABEL = re.compile(r"[\[【［]\s*([^\[\]【】［］]{2,8}?)\s*[\]】］]")


def bare_label_fields(structure: Structure) -> list[tuple[str, str]]:
    """(kind, value) of labels standing on lines of their own without a colon, each followed
    by its value on the next line (中文名 / 发文字号 / 成文日期 then the value: an encyclopedia's or
    a site's field list once its layout is gone). Only the page's first lines are read."""
    lines = [line.text for para, role in zip(structure.paragraphs, structure.roles, strict=True)
             if role != "table" for line in para.lines][:BARE_LABEL_LINES]
    # a bulleted list (• [ 成文日期 ] • 2022-05-11, perhaps run into one line) is one item a line, a
    # bracketed label ([ 发文字号 ], 【成文日期】) its label
    items = [item.strip() for line in lines for item in LIST_ITEM.split(line)]
    lines = [m.group(1) if (m := BRACKETED_LABEL.fullmatch(item)) else item for item in items if item]
    kinds = page_labels()
    wanted = {lab: kinds[lab] for lab in labels_of("doc_number", "issue_date", "issuer", "title")}
    found = []
    for n, text in enumerate(lines[:-1]):
        kind = wanted.get(text.replace(" ", ""))
        value = lines[n + 1].strip()
        if kind and value and len(value) <= BARE_VALUE_CHARS and value.replace(" ", "") not in kinds:
            found.append((kind, value))
    return found


@lru_cache(maxsize=1)
def labelled_number() -> re.Pattern:
    """A document number right after its label, with or without a colon (文号凯府办函〔2023〕1号,
    as a site's field list reads once its spaces are gone)."""
    labels = "|".join(map(re.escape, labels_of("doc_number")))
    return re.compile(f"(?:{labels})[：:]?\\s*({DOC_NUMBER.pattern})")


@lru_cache(maxsize=1)
def trailing_furniture() -> re.Pattern:
    """What a page glues after a headline once its lines are joined: a date or time (2022-05-06,
    2022年5月6日 10:20) at the end or before a labelled field, or a labelled field (来源：…,
    发布时间：…, 浏览次数：…). Found by its shape and the page labels, never by site."""
    labels = "|".join(map(re.escape, labels_of("doc_number", "issue_date", "published", "issuer", "field")))
    when = rf"(?:{ISO_DATE.pattern}|{DATE.pattern})(?:\s*\d{{1,2}}[:：]\d{{2}}(?:[:：]\d{{2}})?)?"
    return re.compile(rf"\s*(?:{when}\s*(?:[【\[（(]?\s*(?:{labels})\s*[：:]|$)|[【\[（(]?\s*(?:{labels})\s*[：:]|【)")


# A site's name glued before a headline (某县人民政府网 某县…方案, 某某日报 …): a short run ending
# as a site's or paper's name does, with a title after it.
SITE_PREFIX = re.compile(f"^[{CJK_RANGE}]{{2,12}}?(?:政府网|门户网站|网站|新闻网|日报|晚报|融媒体中心)\\s*(?=\\S{{8}})")
# A site's tag before a headline (【省科技厅】关于…的通知, [政策文件]某县…方案); a keyword or abstract
# line (【关键词】…) is none.
LEADING_TAG = re.compile(r"^[【\[]([^【】\[\]]{1,12})[】\]]\s*(?=\S{8})")
NOT_A_TAG = ("关键词", "关键字", "摘要", "内容摘要", "导读", "标题")
# A breadcrumb (首页 > 政务公开 > 政策文件 > X): its parts split by > » ＞ ›.
CRUMB = re.compile(r"\s*(?:>>?|»|＞|›|→)\s*")


def clean_title(text: str) -> str:
    """A title without site labels, a leading date (2022-05-16 某县…, 二〇一二年一月十二日…) and
    the page furniture glued after it (…方案2022-05-06来源：某市日报)."""
    for label in labels_of("prefix", "title"):
        if text.startswith(label):
            text = text[len(label):].lstrip("：: ")
    text = SITE_PREFIX.sub("", LEADING_CN_DATE.sub("", LEADING_DATE.sub("", text)).strip())
    if (tag := LEADING_TAG.match(text)) and tag.group(1) not in NOT_A_TAG:
        text = text[tag.end():]  # 【省科技厅】关于…的通知: a site's tag
    if (m := trailing_furniture().search(text, 4)) is not None:
        text = text[: m.start()].strip()
    return text


# How a document's name ends: its kind (方案, 纲要, 要点 …), then perhaps bracketed parts
# (（2021—2025年）, （试行）, （征求意见稿）). A headline that reports one (…方案正式实施, …方案出炉)
# does not end so: it is no title.
TITLE_END = re.compile(r"(?:方案|分工表|规划|纲要|计划|要点|意见|办法|细则|安排)\s*(?:[（(][^（）()]{1,20}[）)]\s*)*$")


# A headline reports a plan (某县发布…方案, 解读《…》); it is not the plan's title.
HEADLINE = re.compile(r"发布|出台|下发|印发|解读|获悉|审议通过|召开|举行|举办")


def _is_title(text: str) -> bool:
    return bool(
        PLAN_WORDS.search(text) and TITLE_END.search(text) and len(text) <= 60 and not re.search("[。，；]", text)
        and not text.startswith(("关于", "《", "为", "根据", "[", "【", "〔"))  # [关键词]…, 【摘要】…
        and "通知" not in text and not HEADLINE.search(text) and not FILE_NAME.search(text)
        and not is_issuer(text) and not DOC_NUMBER.search(text)
    )


def metadata(structure: Structure) -> dict:
    """Title, document number, issuer, issue date and plan period, and where each came from.

    Read from the front matter (the whole text where no structure was found) and from the site
    chrome of a web page. Sources: ``text`` (a line of the document: its title, a document
    number or signature line), ``notice`` (the notice's first line), ``label`` (a labelled
    field: 文号：, 成文日期：, 发布机构：), ``lead`` (a news lead or notice body naming the plan
    in 《》 and its issuer), ``page`` (the page's publication date, a news lead's date).
    The document's own statement wins over the notice, the notice over labels, labels over
    the lead, the lead over the page. An issuer must look like an organ (`is_issuer`); one
    that was named but does not leaves ``issuer_source = "implausible"`` and no issuer.
    A document number that lost its closing bracket is repaired only where a date of its year
    confirms it; else ``doc_number_source = "damaged"`` and no number.
    """
    paras, roles = structure.paragraphs, structure.roles
    front_roles = ("front",) if structure.recognised else ("front", "other")
    front = [p.text for p, r in zip(paras, roles, strict=True) if r in front_roles]
    chrome = [p.text for p, r in zip(paras, roles, strict=True) if r == "chrome"]
    found: dict[str, dict[str, object]] = {key: {} for key in ("title", "doc_number", "issuer", "issue_date", "period")}
    rejected = ""  # why an issuer that was named (a label, a lead's subject) is no organ
    rejected_number = ""  # why a number that was shown is not given (its bracket lost, no date confirming it)
    repaired_number = None  # a number given with its lost bracket put back (its year confirmed by the date)

    def put(key: str, source: str, value: object) -> None:
        if value not in (None, "") and source not in found[key]:
            found[key][source] = value

    # a site's field list, or an encyclopedia's bulleted one in the text (•中文名：… •颁布时间：…)
    listed = [BULLET.sub(" ", t) for t in front if len(BULLETED_LABEL.findall(t)) >= 2]
    for text in chrome + listed:
        fields = {kind: value.strip() for kind, value in labelled_fields(text).items()}
        put("doc_number", "label", doc_number(fields.get("doc_number", "")))
        put("issue_date", "label", date_of(fields.get("issue_date", "")))
        put("issue_date", "page", date_of(fields.get("published", "")))
        issuer = fields.get("issuer", "").split()[0] if fields.get("issuer", "").split() else ""
        if is_issuer(issuer):
            put("issuer", "label", issuer)
        elif issuer:
            rejected = rejected or issuer_problem(issuer) or "implausible"
        put("title", "label", carried(clean_title(fields.get("title", ""))) or None)
        crumbs = CRUMB.split(text)
        if len(crumbs) >= 3 and _is_title(last := clean_title(crumbs[-1])):
            put("title", "label", last)  # 首页 > 政策文件 > X: the page's own name ends its breadcrumb
    for kind, value in bare_label_fields(structure):  # 发文字号 on a line, its value on the next
        if kind == "doc_number":
            put("doc_number", "label", doc_number(value))
        elif kind == "issue_date":
            put("issue_date", "label", date_of(value))
        elif kind == "issuer" and is_issuer(value):
            put("issuer", "label", value)
        elif kind == "title" and not is_issuer(value) and DOCUMENT_WORDS.search(value):
            put("title", "label", carried(clean_title(value)))
    notice = next((t for t in (_unwrapped(t) if n < WRAPPED_NOTICE_LINES else t for n, t in enumerate(front))
                   if NOTICE.match(t)), None)
    # a notice that is the document, titled without 关于 (开展…工作的通知), on one of the first lines
    own_notice = None if notice else _own_notice(front)
    put("title", "notice", own_notice)
    put("issuer", "notice", _heading_organ(own_notice) if own_notice else None)  # 某市科协关于…的意见
    signers: list[tuple[bool, str]] = []  # (followed by a date, organ) in text order
    signed_dates: list[str | None] = []  # the date under each organ line that signs, in text order
    lead_days: list[tuple[int, int]] = []  # (month, day) of a news lead that gives no year
    damaged: list[tuple[str, str, str]] = []  # (organ, year, serial) of a number that lost its bracket
    months: list[str] = []  # lines that are only a month (二〇二一年十二月)
    body = [p.text for p, r in zip(paras, roles, strict=True) if r not in ("chrome", "table")]
    tail = body[-3:] if structure.recognised else []  # a signature after the plan's body
    # built once (inside the loop it made the step quadratic), without characters a conversion
    # lost at a line's end (2022年1月20日????)
    lines = [LOST_AT_END.sub("", t) for t in front + tail]
    for n, text in enumerate(lines):
        if n < min(STAMP_LINES, len(front)) and (stamp := STAMP.search(text)):
            year = stamp.group(1) if len(stamp.group(1)) == 4 else f"20{stamp.group(1)}"  # 23-09-07 10:29
            put("issue_date", "page", date_of(f"{year}-{stamp.group(2)}-{stamp.group(3)}"))
        if (m := labelled_number().search(text)) and n < len(front):
            put("doc_number", "label", doc_number(m.group(1)))  # 文号 某府办函〔2023〕1号 (no colon)
        if DOC_NUMBER_LINE.match(text) or (DOC_NUMBER.fullmatch(text) and len(text) <= 30):
            put("doc_number", "text", doc_number(text))
        elif (m := NUMBER_AND_DATE.match(text)) and len(text) <= 40:  # 川办发〔2011〕99号 二○一一年…
            put("doc_number", "text", doc_number(m.group(1)))
            put("issue_date", "text", date_of(text[m.end(1):]))
        elif (m := DOC_NUMBER.match(text)) and NOTICE.match(text[m.end():].lstrip()):
            put("doc_number", "text", doc_number(m.group(0)))  # 国发〔2021〕9号国务院关于印发…的通知…
        elif len(text) <= NUMBER_LINE_CHARS and DOC_NUMBER.search(text) and not NOT_A_NUMBER_LINE.search(text):
            put("doc_number", "text", doc_number(text))  # （青政办〔2011〕260号）, 文号 某府办函〔2023〕1号
        elif (m := DAMAGED_NUMBER_LINE.match(text)) and n < len(front):
            damaged.append((m.group(1), m.group(2), m.group(3)))
            put("issue_date", "text", date_of(m.group("date") or ""))
        elif DATE_LINE.match(text) or CN_DATE.fullmatch(text):
            put("issue_date", "text", date_of(text))
        elif (m := STRIPPED_DATE.fullmatch(text)) and (date := iso_date(m)) is not None:
            put("issue_date", "text", date)  # 2022年1221: a site stripped 月 and 日
        elif (month := month_of(text)) is not None:
            months.append(month)
        elif n > 0 and bare_label(lines[n - 1]):
            pass  # a field's value under its label (发文机关 / 某省人民政府办公厅): the label's, no signature
        elif organs := joint_organs(text):  # 中共某市委办公厅 某市人民政府办公厅
            following = lines[n + 1] if n + 1 < len(lines) else ""
            signers.append((_signature_date(following, put), "、".join(organs)))
            signed_dates.append(date_of(following) or month_of(following) or digits_date(following)
                                if signers[-1][0] else None)
        elif is_issuer(text) or is_issuer(text.removesuffix("文件")):
            text = text.removesuffix("文件")  # a red-header document: 某县人民政府文件
            following = lines[n + 1] if n + 1 < len(lines) else ""
            signers.append((_signature_date(following, put), text))
            signed_dates.append(date_of(following) or month_of(following) or digits_date(following)
                                if signers[-1][0] else None)
        elif (m := SIGNED.match(text)) and (is_issuer(m.group(1).strip()) or joint_organs(m.group(1))):
            signers.append((True, "、".join(joint_organs(m.group(1))) or m.group(1).strip()))
            put("issue_date", "text", date_of(text))
        elif (m := NEWS_LEAD.search(text)) and m.start() < 20:
            put("issue_date", "page", date_of(text))
            if (day := LEAD_DAY.match(text, m.start())) and date_of(text[: day.end()]) is None:
                lead_days.append((int(day.group(1)), int(day.group(2))))  # 12月6日，某市印发…: no year
        if len(text) > GLUED_BODY_CHARS and "印发给你们" in text:
            glued = next((g for g in GLUED_SIGNATURE.finditer(text) if is_issuer(g.group(1))), None)
            if glued:
                signers.append((True, glued.group(1)))
                put("issue_date", "text", date_of(glued.group(2)))
    # the date under an organ that signs (…某厅 / 2022年4月28日) is the document's, not a date line above
    # it (a page's date under its headline)
    signed = next((d for d in signed_dates if d), None)
    if signed and found["issue_date"].get("text") not in (None, signed):
        found["issue_date"]["text"] = signed
    # a news lead's day (12月6日，某市委、市政府印发了…) in the year of the page's date
    published = found["issue_date"].get("page")
    if lead_days and isinstance(published, str) and len(published) == 10:
        month, day = lead_days[0]
        year = int(published[:4]) - (1 if (month, day) > (int(published[5:7]), int(published[8:10])) else 0)
        put("issue_date", "lead", f"{year:04d}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else None)
    if months and "text" not in found["issue_date"]:
        put("issue_date", "text", months[0])  # only a month is given: YYYY-MM
    dated = str(found["issue_date"].get("text") or "")
    if damaged:
        organ, year, serial = damaged[0]
        # 川府发[200733号 over 二○○七年六月十五日: the year is four digits and the date confirms it, so the
        # serial is the rest; unconfirmed, a guess (a digit may be lost too), so no number
        if dated.startswith(year) and (org := doc_number(f"{organ}〔{year}〕{serial}号")):
            put("doc_number", "text", org)
            repaired_number = org  # said as `repaired` if it is the number chosen
        rejected_number = "damaged"
    if any(signed for signed, _ in signers):  # a signature line followed by a date
        put("issuer", "text", next(t for signed, t in signers if signed))
    notice_title = None
    if notice:
        heading = NOTICE.match(notice)
        notice_title = clean_title(heading.group(0))
        after = notice[heading.end():].lstrip(" （(")
        if DOC_NUMBER.match(after):
            put("doc_number", "notice", doc_number(after))
        if (m := DOC_NUMBER.match(notice)) and m.end() < heading.end():
            put("doc_number", "notice", doc_number(m.group(0)))  # 国发〔2021〕9号国务院关于印发…的通知
            notice_title = clean_title(notice[m.end() : heading.end()])
        if (m := re.match(r"^(\S{2,30}?)关于", notice_title)) and is_issuer(m.group(1)):
            put("issuer", "notice", m.group(1))
        elif organs := joint_organs(notice_title.split("关于", 1)[0]):
            put("issuer", "notice", "、".join(organs))  # 科技部 中央宣传部 中国科协关于举办…的通知
    # 《X》全文 on a line of its own is the document's heading
    titles = [clean_title(m.group(1) if (m := WHOLE_TEXT_HEADING.fullmatch(t) or WHOLE_TEXT_RUN.match(t)
                                         or DOC_SHARING_HEAD.match(t) or (n == 0 and GLUED_TITLE.match(t))) else t)
              for n, t in enumerate(front)]
    titles = [_explained(t) for t in titles]  # 某县…实施方案政策解读: the plan it explains
    # a heading a site marks as its own section (政策解读：《X》) names the page's document too
    named_lead = lead(_before_byline([p.text for p, r in zip(paras, roles, strict=True)
                                      if r in front_roles or (r == "chrome" and _explains(p.text))]))
    lead_title, lead_issuer, lead_rejected = named_lead.title, named_lead.issuer, named_lead.rejected
    put("doc_number", "lead", named_lead.number)
    shown = set(titles)  # the document the notice or lead names, shown as its own line
    named = [t for t in (_inner_title(notice_title) if notice_title else None, lead_title) if t in shown]
    titles = [t for t in titles if _is_title(t)]
    if titles:
        put("title", "text", titles[-1])
        put("issuer", "text", _heading_organ(titles[-1]))  # 某省人民政府关于贯彻《…》的实施意见
    elif named:
        put("title", "text", named[0])  # 关于印发《某某工作要点》的通知 … 某某工作要点
    elif notice_title:
        put("title", "notice", carried(notice_title))  # 关于印发《X》的通知: the plan is X
    else:
        # 对…建议的答复 over its number, 对…第114号提案的答复 (a reply to a deputy's proposal): a document of
        # another kind; the organ its heading opens with (某县人民政府对…) is its issuer
        other = _numbered_heading(front) or _reply_heading(front)
        put("title", "text", other)
        put("issuer", "text", _heading_organ(other) if other else None)
    put("title", "lead", lead_title)
    put("issuer", "lead", lead_issuer)
    if lead_title and not lead_issuer:
        put("issuer", "lead", _heading_organ(lead_title))  # 《中国科协关于命名…的决定》发布: the organ its title opens with
    if "notice" in found["issuer"] and found["issuer"].get("label") not in (None, found["issuer"]["notice"]):
        # the organ a notice's own title names (某州人民政府关于印发…) over a site's 发布机构 (the office that
        # put the page up: 某州人民政府办公室)
        found["issuer"]["label"] = found["issuer"]["notice"]
    if signers and (found["title"] or found["doc_number"]):
        # an organ line without a date (a red header: 某县人民政府文件) names the issuer of a page that
        # shows a document; alone over text (an encyclopedia entry on the organ) it names no one
        put("issuer", "text", signers[0][1])
    rejected = rejected or lead_rejected
    chosen = next((str(found["title"][s]) for s in SOURCES if s in found["title"]), "")
    if lead_title and chosen and not _same_document(lead_title, chosen):
        found["doc_number"].pop("lead", None)  # 中国科协下发了《…意见》（科协发普字〔2005〕32号）: another document's
        found["issuer"].pop("lead", None)
    for source in ("text", "notice", "label", "lead"):
        title = found["title"].get(source)
        if not isinstance(title, str) or not _same_document(title, chosen):
            continue  # a news lead naming another document (国务院颁布了《纲要》) gives no period
        if ((m := PERIOD.search(title)) and 0 < int(m.group(2)) - int(m.group(1)) <= 20
                and not title.startswith("度", m.end())):  # 2016-2020年度全国科普示范县: years of something else
            put("period", source, (int(m.group(1)), int(m.group(2))))
    title = next((found["title"][s] for s in SOURCES if s in found["title"]), None)
    for source, value in found["issuer"].items():  # 省政府办公厅 → 贵州省政府办公厅
        found["issuer"][source] = with_region(str(value), str(title) if title else None)
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
    if meta["doc_number"] is None and rejected_number:
        meta["doc_number_source"] = rejected_number
    elif repaired_number is not None and meta["doc_number"] == repaired_number:
        meta["doc_number_source"] = "repaired"  # not the text as written: a reader can check it
    if meta["issuer"] is None and rejected:
        # named, but no organ's name (spam, page text) or a region no division table knows
        meta["issuer_source"] = rejected
    return meta


# A signature's date in other forms: 2022.03.01, 2022/3/1, 2022-3-1 (after an organ line only:
# elsewhere such a line is a page's publication time), （2022年3月1日印发）.
NOTED_DATE = re.compile(rf"^[（(]?\s*(?:{DATE.pattern}|{CN_DATE.pattern})\s*(?:印发|发布|签发|公布)?\s*[）)]?$")


# A document of a kind other than a plan (a reply, a report, a decision): named by a heading over its number.
OTHER_KIND = re.compile(r"(?:答复|复函|批复|决定|通报|报告|意见|办法|规定|细则)$")
NUMBERED_HEADING_LINES = 3  # the heading stands in the page's first lines, its number within two after it


# A news report's byline closing its last paragraph ((记者 陈某), （通讯员 王某 李某）) or an editor's line: the
# report ends there, and what follows is the site's list of other stories.
BYLINE = re.compile(r"[（(]\s*(?:记者|通讯员|特约记者|实习记者|编辑|责编|责任编辑)[：:\s]*[^（）()]{1,20}[）)]\s*$"
                    r"|^\s*(?:责任编辑|责编)\s*[：:]")


def _before_byline(texts: list[str]) -> list[str]:
    """The paragraphs of a news page up to the byline that ends its report (a later paragraph names
    another story's document: 中共中央印发《…条例》 in the sidebar); all of them when none."""
    # the byline closes a sentence of the report (…的任务。（记者 陈某）), not a line under a headline
    end = next((n for n, t in enumerate(texts) if (m := BYLINE.search(t)) and "。" in t[: m.start()]), None)
    return texts if end is None else texts[: end + 1]


def _unwrapped(text: str) -> str:
    """A notice's title wrapped in 《》 on a line of its own (黑政办发〔2011〕61号《…关于印发…的通知》)
    without its 《》, so it is read as the page's notice; any other line unchanged."""
    m = WRAPPED_NOTICE.match(text)
    if not m or not (heading := NOTICE.match(m.group("notice"))) or heading.end() != len(m.group("notice")):
        return text
    return f"{m.group('number') or ''}{m.group('notice')}{m.group('rest')}"


def _numbered_heading(front: list[str]) -> str | None:
    """The heading of a document of another kind (对…代表建议的答复, 关于…情况的报告): one of the first
    lines, no sentence, ending as such a document does, with a document number on one of the two
    lines after it; None when there is none."""
    for n, text in enumerate(front[:NUMBERED_HEADING_LINES]):
        heading = clean_title(text)
        if (len(heading) <= 60 and OTHER_KIND.search(heading) and not re.search("[。，；：:]", heading)
                and not DOC_NUMBER.search(heading)
                and any(DOC_NUMBER.fullmatch(t.strip("（）() ")) for t in front[n + 1 : n + 3])):
            return heading
    return None


# A reply to a deputy's or a CPPCC member's proposal (对县政协第12号提案的答复, 关于市人大代表建议的答复函):
# its heading names it, with or without a document number, perhaps run into the names it answers (…的答复
# 某某委员：).
REPLY = re.compile(r"(?:对|关于)[^，。；：:《》]{2,60}?(?:提案|建议|议案)(?:办理情况)?的(?:答复函|答复|复函)"
                   r"(?=(?:[^，。；《》：:]{1,40}[：:])?$)")


def _reply_heading(front: list[str]) -> str | None:
    """The heading of a reply to a proposal, on one of the first lines; None when there is none."""
    for text in front[:NUMBERED_HEADING_LINES]:
        heading = clean_title(text)
        if len(heading) <= 120 and (m := REPLY.search(heading)):
            return heading[: m.end()]
    return None


def _heading_organ(heading: str) -> str | None:
    """The organ a heading opens with, before its 关于 or 对 (某县人民政府对…的答复); None when none."""
    for m in re.finditer("关于|对", heading):
        if m.start() >= 2 and is_issuer(head := heading[: m.start()]):
            return head
    return None


def _own_notice(front: list[str]) -> str | None:
    """A heading on one of the first lines that is itself the document (开展…工作的通知, 关于命名…的决定),
    perhaps run into its addressees (…的通报各市科协：); None when there is none."""
    for text in front[:OWN_NOTICE_LINES]:
        if (m := OWN_NOTICE.match(text)) and ADDRESSEES.fullmatch(text, m.end()):
            return m.group(0)
    return None


# The heading of a page explaining a plan, the plan's name before the word (某县…实施方案政策解读,
# 《某市…方案》解读, 关于某市…计划的解读); a heading that opens with 解读 is EXPLAINED's.
EXPLAINED_TAIL = re.compile(r"(?:关于)?《?(?P<name>[^《》，。；：:]{4,60}?)》?\s*的?\s*(?:政策)?(?:解读|图解)")


def _explained(heading: str) -> str:
    """The plan an explaining heading names (X政策解读 → X), or the heading unchanged."""
    m = EXPLAINED_TAIL.fullmatch(heading)
    return m.group("name") if m and _is_title(m.group("name")) else heading


def _explains(text: str) -> bool:
    """Whether `text` opens as a heading explaining a document (政策解读：《X》)."""
    m = EXPLAINED.search(text, 0, EXPLAINED_HEAD_CHARS + 160)
    return m is not None and m.start() <= EXPLAINED_HEAD_CHARS


def _signature_date(following: str, put) -> bool:
    """Whether the line after an organ line is its date (then the issue date unless the date
    line itself gives it): 2022年3月1日, 二〇二二年三月一日, 2021年12月, 2022.03.01, （2022年3月1日印发）."""
    if DATE.fullmatch(following) or CN_DATE.fullmatch(following) or MONTH.fullmatch(following):
        return True
    if ISO_DATE.fullmatch(following) or NOTED_DATE.match(following):
        put("issue_date", "text", date_of(following))
        return True
    if (date := digits_date(following)) is not None:
        put("issue_date", "text", date)  # 2022314: a site stripped 年, 月 and 日
        return True
    return False


def digits_date(text: str) -> str | None:
    """YYYY-MM-DD from a line of seven or eight digits a site stripped of 年, 月 and 日 (2022314,
    20221221), when only one reading is a real date (2022111 is none); None otherwise."""
    m = re.fullmatch(r"\s*((?:19|20)\d{2})(\d{3,4})\s*", text)
    if not m:
        return None
    readings = set()
    for cut in (1, 2):
        month, day = m.group(2)[:cut], m.group(2)[cut:]
        if 1 <= len(day) <= 2 and 1 <= int(month) <= 12 and 1 <= int(day) <= 31:
            readings.add(f"{m.group(1)}-{int(month):02d}-{int(day):02d}")
    return readings.pop() if len(readings) == 1 else None


def _same_document(title: str, chosen: str) -> bool:
    """Whether `title` names the document `chosen` names: the same name without its period,
    or a notice carrying it (关于印发X（2021—2025年）的通知 carries X)."""
    name, own = _key(PERIOD.sub("", carried(title))), _key(PERIOD.sub("", chosen))
    return bool(name) and (name == own or (bool(own) and (own in name or name in own)))


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


def end_year(plan: dict) -> int | None:
    """The plan's last year (its period's end), the year of a target that names none."""
    end = plan.get("period_end")
    return None if end in (None, "") or end != end else int(end)


# -- citations ------------------------------------------------------------------------------
CITED = re.compile(r"《([^《》]{4,150})》\s*(?:[（(]([^（）()]{4,40})[）)])?")
DOCUMENT_WORDS = re.compile(r"通知|纲要|方案|规划|意见|决定|办法|条例|法|计划|要点|分工|基准|标准")
PARENT_WORDS = re.compile(r"纲要|方案|规划|分工表")
LEVELS = ("national", "province", "city", "county")
ADMIN_LEVELS = {"national": 0, "province": 1, "municipality": 1, "city": 2, "prefecture": 2,
                "county": 3, "county_city": 3, "district": 3}
MUNICIPALITIES = ("北京市", "天津市", "上海市", "重庆市")
NATIONAL = re.compile(r"^(?:国务院|中共中央|中央|中国科协|中国科学技术协会|全国|科技部|中宣部|中华人民共和国|国家)")
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
