"""Score the parser on made-up pages composed from a small grammar of how Chinese government
documents state a plan's facts (issue 23): the facts are known by construction.

    python benchmarks/variants.py --n 500 --seed 1            # accuracy per field and per form
    python benchmarks/variants.py --n 500 --seed 1 --show 3   # and up to 3 failing pages per form
    python benchmarks/variants.py --dump /tmp/variants        # write each page's text and facts

Real pages bring wording the rules never met, and fresh real pages are scarce; this tests the
*form space* instead. Each page draws one form on every axis (title kind and period, issuer,
document number, date, page shape and furniture, share sentence, script), all written here from
general knowledge of official documents (no stored page's wording), with region names drawn
from data/reference/divisions.csv. A page is scored exactly as benchmarks/real_pages.py scores a
real page (its `score_page`, on the same fact rows); a form's accuracy is over the fields its
axis governs. Seeded and deterministic.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from real_pages import parsed_facts, score_page  # noqa: E402

from sciplan_analysis.text.script import to_simplified  # noqa: E402

DIVISIONS = HERE.parent / "data" / "reference" / "divisions.csv"

# The fields an axis's form governs: its accuracy is over these facts of each page drawing it.
AXIS_FIELDS = {
    "title": ("title", "period"),
    "period": ("period", "title"),
    "issuer": ("issuer",),
    "number": ("doc_number",),
    "date": ("issue_date",),
    "shape": ("title", "doc_number", "issuer", "issue_date", "period", "target"),
    "lead": ("title", "issuer", "period"),
    "notice": ("title", "issuer", "doc_number", "period"),
    "tail": ("issuer", "issue_date", "target"),
    "furniture": ("title", "doc_number", "issuer", "issue_date", "period"),
    "share": ("target",),
    "subject": ("target",),
    "other share": ("target",),
    "script": ("title", "doc_number", "issuer", "issue_date", "period", "target", "cites"),
}

# Province abbreviations for document numbers (a city or county takes the first character of its
# short name, as many do).
PROVINCE_ABBR = {
    "北京": "京", "天津": "津", "河北": "冀", "山西": "晋", "内蒙古": "内", "辽宁": "辽", "吉林": "吉",
    "黑龙江": "黑", "上海": "沪", "江苏": "苏", "浙江": "浙", "安徽": "皖", "福建": "闽", "江西": "赣",
    "山东": "鲁", "河南": "豫", "湖北": "鄂", "湖南": "湘", "广东": "粤", "广西": "桂", "海南": "琼",
    "重庆": "渝", "四川": "川", "贵州": "黔", "云南": "云", "西藏": "藏", "陕西": "陕", "甘肃": "甘",
    "青海": "青", "宁夏": "宁", "新疆": "新",
}
CYCLES = ((2021, 2025, "四"), (2016, 2020, "三"), (2011, 2015, "二"))
NATIONAL = {  # the higher document a plan of each cycle implements (cited in its first sentence)
    2021: "全民科学素质行动规划纲要（2021—2035年）",
    2016: "全民科学素质行动计划纲要实施方案（2016—2020年）",
    2011: "全民科学素质行动计划纲要实施方案（2011—2015年）",
}
CN_DIGITS = "〇一二三四五六七八九"
# Grammar 2 adds forms written after the parser was fixed for grammar 1's misses (committed before the
# parser ever read a page of them): its first run is the first contact of the fixes with new forms.
GRAMMAR = 1


def pick(rng: random.Random, old: list, *tiers: list | tuple):
    """One of `old` forms; under grammar k (2, 3, 4), one of the forms grammar k added half of the
    time, else as grammar k - 1 (so a lower grammar draws as it always did)."""
    for level in range(len(tiers) + 1, 1, -1):
        if level <= GRAMMAR and tiers[level - 2] and rng.random() < 0.5:
            return rng.choice(tiers[level - 2])
    return rng.choice(old)
FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


@dataclass(frozen=True)
class Region:
    name: str   # 四川省, 浏阳市, 嘉定区
    short: str  # 四川, 浏阳
    level: str  # province, city, county …
    province: str

    @property
    def unit(self) -> str:
        """The level's one character as a plan says 全省 / 我市: 省, 市, 县, 区, 旗, 州."""
        if self.name.endswith("自治区"):
            return "区"
        return self.name[-1] if self.name[-1] in "省市县区旗州盟" else "市"

    @property
    def abbr(self) -> str:
        if self.level in ("province", "municipality"):
            return PROVINCE_ABBR.get(self.short, self.short[0])
        return self.short[0]


@dataclass
class Page:
    text: str
    facts: list[dict[str, str]]
    forms: dict[str, str] = field(default_factory=dict)


def regions(path: Path = DIVISIONS) -> list[Region]:
    """The regions a page may be of; not one whose name the scoring's simplification changes (乾县 → 干县:
    the comparison would fail whatever the parser read)."""
    with path.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(line for line in f if not line.startswith("#")))
    wanted = ("province", "municipality", "city", "prefecture", "county", "county_city", "district")
    return [Region(r["name"], r["short"] or r["name"], r["level"], r["province"])
            for r in rows if r["level"] in wanted and len(r["name"]) <= 12 and to_simplified(r["name"]) == r["name"]]


# -- numerals and dates --------------------------------------------------------------------------
SYLLABLES = ("xiàn", "shì", "zhì", "kē", "xué", "sù", "mín", "quán", "zhèng", "fǔ", "fā", "yìn", "gōng", "bàn")


def gloss(rng: random.Random, text: str) -> str:
    """Phonetic glosses after about one CJK character in six (縣(xiàn)), never inside a number."""
    out = []
    for ch in text:
        out.append(ch)
        if "\u4e00" <= ch <= "\u9fff" and rng.random() < 0.16:
            out.append(f"({rng.choice(SYLLABLES)})")
    return "".join(out)


def cn_small(n: int) -> str:
    """1 → 一, 10 → 十, 15 → 十五, 21 → 二十一, 30 → 三十."""
    if n < 10:
        return CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else CN_DIGITS[tens]) + "十" + (CN_DIGITS[ones] if ones else "")


def cn_year(year: int, zero: str) -> str:
    return "".join(zero if d == "0" else CN_DIGITS[int(d)] for d in str(year))


def cn_date(year: int, month: int, day: int, zero: str) -> str:
    """A date in Chinese numerals with this form of zero (二〇二一年八月五日)."""
    return f"{cn_year(year, zero)}年{cn_small(month)}月{cn_small(day)}日"


DATE_FORMS = {
    "arabic": lambda y, m, d: f"{y}年{m}月{d}日",
    "arabic_padded": lambda y, m, d: f"{y}年{m:02d}月{d:02d}日",
    **{f"cn_{zero}": partial(cn_date, zero=zero) for zero in "〇○零O"},  # every zero form of a Chinese-numeral year
    "iso": lambda y, m, d: f"{y}-{m:02d}-{d:02d}",
    "dotted": lambda y, m, d: f"{y}.{m}.{d}",
    "pdf_spaced": lambda y, m, d: f"{y} 年 {m} 月 {d} 日",
    "fullwidth": lambda y, m, d: f"{y}年{m}月{d}日".translate(FULLWIDTH),
}
NEW_DATE_FORMS = {  # grammar 2
    "slash": lambda y, m, d: f"{y}/{m}/{d}",
    "with 印发": lambda y, m, d: f"{y}年{m}月{d}日印发",
    "cn + 公开 on its line": lambda y, m, d: cn_date(y, m, d, "〇") + "（此件公开发布）",
    "month only": lambda y, m, d: f"{y}年{m}月",
}

NUMBER_FORMS = {
    "〔〕": lambda org, y, n: f"{org}〔{y}〕{n}号",
    "[]": lambda org, y, n: f"{org}[{y}]{n}号",
    "【】": lambda org, y, n: f"{org}【{y}】{n}号",
    "（）": lambda org, y, n: f"{org}（{y}）{n}号",
    "()": lambda org, y, n: f"{org}({y}){n}号",
    "〔]": lambda org, y, n: f"{org}〔{y}]{n}号",
    "pdf_spaced": lambda org, y, n: f"{org} 〔 {y}〕{n} 号",
    "第N号": lambda org, y, n: f"{org}〔{y}〕第{n}号",
}
NEW_NUMBER_FORMS = {  # grammar 2
    "fullwidth digits": lambda org, y, n: f"{org}〔{y}〕{n}号".translate(FULLWIDTH),
    "space before 号": lambda org, y, n: f"{org}〔{y}〕{n} 号",
    "函": lambda org, y, n: f"{org[:-1]}函〔{y}〕{n}号",
}
NEWEST_NUMBER_FORMS = {  # grammar 4
    "〖〗": lambda org, y, n: f"{org}〖{y}〗{n}号",
    "﹝﹞": lambda org, y, n: f"{org}﹝{y}﹞{n}号",
}
NEWER_NUMBER_FORMS = {  # grammar 3
    "字": lambda org, y, n: f"{org[:-1]}字〔{y}〕{n}号",
    "ascii brackets spaced": lambda org, y, n: f"{org} [{y}] {n}号",
}


# -- the grammar -------------------------------------------------------------------------------
def title_of(rng: random.Random, region: Region, start: int, end: int, five: str
             ) -> tuple[str, str, str, str]:
    """(title, period fact, kind form, period form) of a plan of `region` for start–end."""
    kind = pick(rng, ["实施方案", "工作方案", "行动计划", "工作要点", "分工方案", "实施意见"],
                ["行动方案", "三年行动计划", "发展规划"], ["贯彻《纲要》实施方案"])
    period_form = pick(rng, ["（—）", "（-）", "(～)", "（年—年）", "（—）no 年", "inside", "十X五"],
                       ["（年至年）", "(-) ascii no 年", "inside 至"], [], [], ["（—）（试行）", "（—）（修订）"], [],
                       ["（—）（征求意见稿）"])
    dash = {"（—）": "—", "（-）": "-", "(～)": "～", "（年—年）": "年—", "（年至年）": "年至"}.get(period_form, "—")
    bracket = (f"({start}{dash}{end}年)" if period_form == "(～)" else f"（{start}—{end}）"
               if period_form == "（—）no 年" else f"({start}-{end})" if period_form == "(-) ascii no 年"
               else f"（{start}{dash}{end}年）")
    cores = {
        "实施方案": "全民科学素质行动规划纲要实施方案" if start >= 2021 else "全民科学素质行动计划纲要实施方案",
        "工作方案": "全民科学素质提升行动工作方案",
        "行动计划": "全民科学素质提升行动计划",
        "分工方案": "全民科学素质行动重点任务分工方案",
        "实施意见": "关于提升全民科学素质的实施意见",
        "行动方案": "全民科学素质提升行动方案",
        "三年行动计划": "全民科学素质提升三年行动计划",
        "发展规划": "全民科学素质发展规划",
        # grammar 3: a title naming the national outline it carries out, in 《》, then its own period
        "贯彻《纲要》实施方案": f"贯彻落实《{NATIONAL[start]}》实施方案",
    }
    if kind == "工作要点":  # a year's work points: one year, no period
        return f"{region.name}{start + 1}年全民科学素质工作要点", "∅", kind, "one year"
    core = cores[kind]
    if period_form in ("（—）（试行）", "（—）（修订）", "（—）（征求意见稿）"):  # a trial, revised or draft version, said
        # after the period (grammar 7: a draft for comment; with 贯彻《纲要》 its title nests 〈〉 when quoted)
        return f"{region.name}{core}（{start}—{end}年）{period_form[3:]}", f"{start}-{end}", kind, period_form
    if period_form == "inside":
        return f"{region.name}{start}—{end}年{core}", f"{start}-{end}", kind, period_form
    if period_form == "inside 至":
        return f"{region.name}{start}至{end}年{core}", f"{start}-{end}", kind, period_form
    if period_form == "十X五":  # a name, no years: the period is undecided (as the real pages' facts say), not
        # scored; the name still dates the plan's goals
        return f"{region.name}“十{five}五”{core}", "?", kind, period_form
    return f"{region.name}{core}{bracket}", f"{start}-{end}", kind, period_form


def issuer_of(rng: random.Random, region: Region) -> tuple[list[str], str, str, str]:
    """(signature lines, issuer fact, document-number organ, form)."""
    name, a = region.name, region.abbr
    gov = "府" if rng.random() < 0.5 else "政"
    office = "办公厅" if region.level in ("province", "municipality") else "办公室"
    form = pick(rng, ["government", "office", "joint", "joint_offices", "kexie", "leading_group",
                      "leading_office", "department", "joint_departments"],
                ["joint_office_kexie", "linkage_office", "publicity_department", "outline_office"],
                ["three_departments_one_line", "party_government_run_together"],
                ["zone_committee", "city_general_office"], ["four_organs_one_line"])
    if form == "four_organs_one_line":  # 科协, 宣传部, 科技局, 教育局 spaced on one line
        bureau = "厅" if region.level == "province" else "局"
        organs = [f"{name}科学技术协会", f"中共{name}委宣传部", f"{name}科学技术{bureau}", f"{name}教育{bureau}"]
        return ["  ".join(organs)], "、".join(organs), f"{a}科协发", form
    if form == "zone_committee":  # a development zone's management committee
        organ = f"{name}高新技术产业开发区管理委员会"
        return [organ], organ, f"{a}高管发", form
    if form == "city_general_office":  # a city's office called 办公厅 (a county's stays 办公室)
        organ = f"{name}人民政府{'办公厅' if region.level in ('city', 'prefecture', 'province', 'municipality') else '办公室'}"
        return [organ], organ, f"{a}府办发", form
    if form == "three_departments_one_line":  # 某县科学技术协会 某县科学技术局 某县教育局
        bureau = "厅" if region.level == "province" else "局"
        organs = [f"{name}科学技术协会", f"{name}科学技术{bureau}", f"{name}教育{bureau}"]
        return ["  ".join(organs)], "、".join(organs), f"{a}科协发", form
    if form == "party_government_run_together":  # 中共某县委办公室某县人民政府办公室, no space
        office = "办公厅" if region.level in ("province", "municipality") else "办公室"
        party, organ = f"中共{name}委{office}", f"{name}人民政府{office}"
        return [party + organ], f"{party}、{organ}", f"{a}办发", form
    if form == "joint_office_kexie":  # a government's office and the 科协, a line each
        first, second = f"{name}人民政府{'办公厅' if region.level in ('province', 'municipality') else '办公室'}", \
            f"{name}科学技术协会"
        return [first, second], f"{first}、{second}", f"{a}{gov}办发", form
    if form == "linkage_office":
        organ = f"{name}科普工作联席会议办公室"
        return [organ], organ, f"{a}科联办", form
    if form == "publicity_department":
        organ = f"中共{name}委宣传部"
        return [organ], organ, f"{a}宣发", form
    if form == "outline_office":
        organ = f"{name}全民科学素质纲要实施工作办公室"
        return [organ], organ, f"{a}纲要办", form
    if form == "government":
        organ = f"{name}人民政府"
        return [organ], organ, f"{a}{gov}发", form
    if form == "office":
        organ = f"{name}人民政府{office}"
        return [organ], organ, f"{a}{gov}办发", form
    if form == "joint":
        party, organ = f"中共{name}委", f"{name}人民政府"
        lines = [f"{party}  {organ}"] if rng.random() < 0.5 else [party, organ]
        return lines, f"{party}、{organ}", f"{a}发", form
    if form == "joint_offices":
        party, organ = f"中共{name}委办公{office[-1]}", f"{name}人民政府{office}"
        lines = [f"{party}  {organ}"] if rng.random() < 0.5 else [party, organ]
        return lines, f"{party}、{organ}", f"{a}办发", form
    if form == "kexie":
        organ = f"{name}科学技术协会" if rng.random() < 0.5 else f"{name}科协"
        return [organ], organ, f"{a}科协发", form
    if form == "leading_group":
        organ = f"{name}全民科学素质工作领导小组"
        return [organ], organ, f"{a}科素组发", form
    if form == "leading_office":
        organ = f"{name}全民科学素质工作领导小组办公室"
        return [organ], organ, f"{a}科素办", form
    bureau = "厅" if region.level == "province" else "局"
    if form == "joint_departments":
        first, second = f"{name}科学技术协会", f"{name}教育{bureau}"
        lines = [f"{first}  {second}"] if rng.random() < 0.5 else [first, second]
        return lines, f"{first}、{second}", f"{a}科协发", form
    organ = f"{name}科学技术{bureau}"
    return [organ], organ, f"{a}科发", "department"


SUBJECTS = {
    "比例": "公民具备科学素质的比例",
    "全X比例": "全{u}公民具备科学素质的比例",
    "我X比例": "我{u}公民具备科学素质比例",
    "水平": "公民科学素质水平",
    "公民的比例": "具备科学素质公民的比例",
    "基本": "公民具备基本科学素质的比例",
}
NEW_SUBJECTS = {  # grammar 2
    "科学素养": "公民具备基本科学素养的比例",
    "达标率": "全{u}公民科学素质达标率",
    "具备科学素质的人口比例": "具备科学素质的人口比例",
}
SUBJECTS_7 = {  # grammar 7: the share without 比例, as a survey news subhead says it
    "具备科学素质的公民": "全{u}具备科学素质的公民",
}


def share_of(rng: random.Random, region: Region, start: int, end: int, five: str, dated: bool
             ) -> tuple[str, list[str], str, str, str | None]:
    """(goal sentence, target facts, share form, subject form, a looking-back sentence or None) of
    a plan; `dated`: its title gives its period (else every goal names its year)."""
    base = start - 1
    subject_form = pick(rng, list(SUBJECTS), list(NEW_SUBJECTS), [], [], [], [], list(SUBJECTS_7))
    s = {**SUBJECTS, **NEW_SUBJECTS, **SUBJECTS_7}[subject_form].format(u=region.unit)
    y = rng.choice([10, 12, 12.5, 13, 15, 15.5, 16, 18, 20, 25])
    x = round(rng.uniform(3.0, y - 1.5), 2)
    ys, xs = f"{y:g}", f"{x:.2f}"
    form = pick(rng, ["达到", "以上", "力争", "不低于", "超过", "两步", "十X五末", "十X五期末", "提升至", "由…提高到",
                      "由…提升到…以上", "从…提升至…以上", "在…的基础上", "比…提高N个百分点", "百分之",
                      "回顾_达到", "回顾_已达", "回顾_为", "回顾_截至", "回顾_由…提高到…的"],
                ["力争…以上", "稳步提升至", "确保达到", "左右", "由X%增长到", "提高N个百分点以上", "回顾_调查显示",
                 "回顾_较…提高了"],
                ["高于全国…的目标", "由…提高到2025年的", "达到Y%，比…提高N个百分点", "百分之…以上", "回顾_位居",
                 "回顾_第十一次调查"],
                ["full-width share", "由X提高到Y% (no first %)", "从…上升至", "回顾_year after subject"],
                ["达到Y%，力争达到Z%", "回顾_调查…比…提高"],
                ["将达到", "要达到…以上", "回顾_目前为"],
                ["回顾_数据显示", "回顾_超额完成任务指标", "回顾_完成指标任务", "在…的基础上 first"])
    t = lambda c, v=ys, yr=end: f"target:{yr}:{float(v):g}:{c}"  # noqa: E731
    b = f"baseline:{base}:{float(xs):g}:="
    back = None
    if form == "达到":
        goal, facts = f"到{end}年，{s}达到{ys}%", [t("=")]
    elif form == "以上":
        goal, facts = f"到{end}年，{s}达到{ys}%以上", [t(">=")]
    elif form == "力争":
        goal, facts = f"到{end}年，{s}力争达到{ys}%", [t("aim")]
    elif form == "不低于":
        goal, facts = f"到{end}年，{s}不低于{ys}%", [t(">=")]
    elif form == "超过":
        goal, facts = f"到{end}年，{s}超过{ys}%", [t(">")]
    elif form == "两步":  # a goal for the period's end and one for a later year
        later = rng.choice([25, 28, 30])
        goal = f"到{end}年，{s}达到{ys}%；到{end + 10}年，{s}达到{later}%"
        facts = [t("="), f"target:{end + 10}:{later}:="]
    elif form == "十X五末":
        goal, facts = f"“十{five}五”末，{s}达到{ys}%", [t("=")]
    elif form == "十X五期末":
        goal, facts = f"到十{five}五期末，{s}达到{ys}%", [t("=")]
    elif form == "提升至":
        goal, facts = f"到{end}年，{s}提升至{ys}%", [t("=")]
    elif form == "在…的基础上":
        goal, facts = f"到{end}年，{s}在{base}年{xs}%的基础上提高到{ys}%", [b, t("=")]
    elif form == "由…提高到":
        goal, facts = f"{s}由{base}年的{xs}%提高到{ys}%", [b, t("=")]
    elif form == "由…提升到…以上":
        goal, facts = f"{s}由{base}年的{xs}%提升到{ys}%以上", [b, t(">=")]
    elif form == "从…提升至…以上":
        # a baseline without its year: the year before the plan's first (undecided without a period)
        goal = f"到{end}年，{s}从{xs}%提升至{ys}%以上"
        facts = [b if dated else f"baseline:?:{float(xs):g}:=", t(">=")]
    elif form == "在…的基础上 first":  # grammar 7: the baseline before the words naming the share
        earlier = rng.choice([f"{base}年", f"“十{CN_DIGITS[CN_DIGITS.index(five) - 1]}五”末"])
        goal, facts = f"在{earlier}{xs}%的基础上，到{end}年，{s}达到{ys}%", [b, t("=")]
    elif form == "比…提高N个百分点":
        n = rng.choice([2, 3, 4, 5])
        goal, facts = f"到{end}年，{s}比{base}年提高{n}个百分点", [f"increase:{end}:{n}:="]
    elif form == "力争…以上":
        goal, facts = f"到{end}年，{s}力争达到{ys}%以上", [t("aim")]
    elif form == "稳步提升至":
        goal, facts = f"到{end}年，{s}稳步提升至{ys}%", [t("=")]
    elif form == "确保达到":
        goal, facts = f"到{end}年，{s}确保达到{ys}%", [t("=")]
    elif form == "左右":
        goal, facts = f"到{end}年，{s}达到{ys}%左右", [t("=")]
    elif form == "由X%增长到":
        goal = f"到{end}年，{s}由{xs}%增长到{ys}%"
        facts = [b if dated else f"baseline:?:{float(xs):g}:=", t("=")]
    elif form == "提高N个百分点以上":
        n = rng.choice([2, 3, 4, 5])
        goal, facts = f"到{end}年，{s}比{base}年提高{n}个百分点以上", [f"increase:{end}:{n}:>="]
    elif form == "将达到":
        goal, facts = f"到{end}年，{s}将达到{ys}%", [t("=")]
    elif form == "要达到…以上":
        goal, facts = f"到{end}年，{s}要达到{ys}%以上", [t(">=")]
    elif form == "达到Y%，力争达到Z%":  # a floor and an aim above it
        aim = y + 1
        goal = f"到{end}年，{s}达到{ys}%，力争达到{aim:g}%"
        facts = [t("="), t("aim", aim)]
    elif form == "full-width share":
        goal, facts = f"到{end}年，{s}达到{ys}％".translate(FULLWIDTH), [t("=")]
    elif form == "由X提高到Y% (no first %)":  # the first value's % left out, as a writer may
        goal, facts = f"{s}由{base}年的{xs}提高到{ys}%", [b, t("=")]
    elif form == "从…上升至":
        goal, facts = f"到{end}年，{s}从{base}年的{xs}%上升至{ys}%", [b, t("=")]
    elif form == "高于全国…的目标":  # the nation's goal beside the share's: a stated goal too (as the real
        # pages' facts count it: every share a page states)
        national = {2025: 15, 2020: 10, 2015: 5}[end]
        goal = f"到{end}年，{s}达到{ys}%，高于全国{national}%的目标"
        facts = [t("=")] if float(national) == float(y) else [t("="), t("=", national)]
    elif form == "由…提高到2025年的":
        goal, facts = f"{s}由{base}年的{xs}%提高到{end}年的{ys}%", [b, t("=")]
    elif form == "达到Y%，比…提高N个百分点":
        n = round(y - x, 1)
        goal = f"到{end}年，{s}达到{ys}%，比{base}年提高{n:g}个百分点"
        facts = [t("="), f"increase:{end}:{n:g}:="]
    elif form == "百分之…以上":
        y = rng.choice([10, 12, 15, 18, 20])
        goal, facts = f"到{end}年，{s}达到百分之{cn_small(y)}以上", [t(">=", y)]
    elif form == "百分之":
        y = rng.choice([10, 12, 15, 18, 20])
        goal, facts = f"到{end}年，{s}达到百分之{cn_small(y)}", [t("=", y)]
    else:  # a share reached, told under a heading that looks back (or in a news item)
        goal, facts = f"到{end}年，{s}达到{ys}%", [t("=")]
        if form == "回顾_达到":
            back = f"{base}年，{s}达到{xs}%，科普基础设施不断完善"
            facts.append(b)
        elif form == "回顾_已达":  # no year stated: any year is right
            back = f"经过五年努力，{s}已达{xs}%，科普工作体系日益健全"
            facts.append(f"baseline:?:{float(xs):g}:=")
        elif form == "回顾_为":
            back = f"{base}年，全{region.unit}{s.removeprefix('全' + region.unit)}为{xs}%"
            facts.append(b)
        elif form == "回顾_调查显示":
            back = f"{base}年公民科学素质抽样调查结果显示，全{region.unit}{s.removeprefix('全' + region.unit)}为{xs}%"
            facts.append(b)
        elif form == "回顾_较…提高了":
            x0 = round(rng.uniform(1.5, x - 0.5), 2)
            back = f"{base}年，{s}达到{xs}%，较{base - 5}年的{x0:.2f}%提高了{x - x0:.2f}个百分点"
            facts += [f"baseline:{base - 5}:{x0:g}:=", b]
        elif form == "回顾_目前为":  # now: no year stated, any year is right
            back = f"目前，{s}为{xs}%，与全国平均水平相当"
            facts.append(f"baseline:?:{float(xs):g}:=")
        elif form == "回顾_调查…比…提高":  # a survey's result and its rise since the survey before: no goal
            back = (f"第十一次中国公民科学素质抽样调查结果显示，{base}年{s}为{xs}%，比{base - 5}年提高"
                    f"{rng.choice([2, 3, 4])}个百分点")
            facts.append(b)
        elif form == "回顾_year after subject":
            back = f"我{region.unit}{s.removeprefix('全' + region.unit)}{base}年达到{xs}%"
            facts.append(b)
        elif form == "回顾_位居":
            back = f"{base}年，{s}为{xs}%，位居全省第{cn_small(rng.randint(2, 9))}位"
            facts.append(b)
        elif form == "回顾_第十一次调查":
            back = f"第十一次中国公民科学素质抽样调查显示，{base}年{s}达到{xs}%"
            facts.append(b)
        elif form == "回顾_数据显示":  # grammar 7: a survey's figure told after 数据显示
            back = f"数据显示，{base}年{s}达到{xs}%"
            facts.append(b)
        elif form in ("回顾_超额完成任务指标", "回顾_完成指标任务"):  # grammar 7: a task figure set from above,
            # met (a goal; its year is not said, so any year is right, as the real pages' facts write it)
            x0 = round(rng.uniform(1.5, x - 0.5), 2)
            task = (f"超额完成了上级下达的{x0:.2f}%的任务指标" if form == "回顾_超额完成任务指标"
                    else f"完成了{x0:.2f}%的指标任务")
            back = f"{base}年，{s}达到{xs}%，{task}"
            facts += [b, f"target:?:{x0:g}:="]
        elif form == "回顾_截至":
            back = f"截至{base}年底，{s}达到{xs}%"
            facts.append(b)
        else:  # both ends of the last period, reached
            x0 = round(rng.uniform(1.5, x - 0.5), 2)
            back = f"{s}由{base - 5}年的{x0:.2f}%提高到{base}年的{xs}%"
            facts += [f"baseline:{base - 5}:{x0:g}:=", b]
    if not dated and not goal.startswith(("到", "“", "在")):
        goal = f"到{end}年，{goal}"  # a plan without a period states its goal's year
    return goal, facts, form, subject_form, back


def addressees(region: Region) -> str:
    """The line a notice is addressed to, by the issuer's level."""
    u = region.unit
    if region.level == "province":
        return f"各市（州）人民政府，{u}政府各部门、各直属机构："
    if region.level in ("city", "prefecture", "municipality"):
        return f"各县（市、区）人民政府，{u}政府各部门："
    if region.level == "district":
        return f"各街道办事处、镇人民政府，{u}政府各部门："
    if u == "旗":
        return "各苏木乡镇人民政府，旗直各部门："
    return f"各乡镇人民政府，{u}政府各部门："


# Other shares a plan's goals state beside the share (coverage, funding, growth, an average): none is
# the share of citizens with science literacy, so none may be read as it.
DISTRACTORS = {
    "none": "",
    "funding growth": "科普经费投入年均增长10%以上。",
    "coverage": "中小学科技辅导员培训覆盖率达到90%。",
    "another ratio + average": "全{u}科普示范社区（村）比例达到30%以上，公民具备科学素质的比例力争超过全省平均水平。",
    "coverage + growth": "农村实用技术培训覆盖率提高到85%，科普场馆年接待量增长20%。",
}


def plan_body(rng: random.Random, region: Region, title: str, start: int, goal: str,
              back: str | None, distractor: str) -> list[str]:
    """The plan: its title, an opening that cites the national document, parts and goals (with
    perhaps another share that is not the share)."""
    u = region.unit
    distractor = DISTRACTORS[distractor].format(u=u)
    national = NATIONAL[start]
    lines = [title,
             f"为深入贯彻落实《{national}》，进一步提升全{u}公民科学素质，结合我{u}实际，制定本方案。"]
    if back:
        heading = rng.choice(["一、工作回顾", "一、发展基础", "一、“十三五”工作成效" if start >= 2021 else "一、主要成效"])
        lines += [heading, f"近年来，全{u}科普工作取得明显成效。{back}。", "二、总体要求"]
    else:
        lines += ["一、总体要求"]
    lines += ["（一）指导思想",
              "坚持以习近平新时代中国特色社会主义思想为指导，把科学普及放在与科技创新同等重要的位置。",
              "（二）主要目标",
              f"{goal}，科普公共服务能力显著增强，为经济社会发展提供有力支撑。{distractor}",
              f"{'三' if back else '二'}、重点任务",
              "（一）青少年科学素质提升行动。将弘扬科学精神贯穿于教育全过程。"
              f"（牵头单位：{region.short}教育局、{region.short}科协）",
              "（二）农民科学素质提升行动。开展农民教育培训，提高农民文明生活、科学生产能力。",
              f"{'四' if back else '三'}、保障措施",
              "各有关单位要加强组织领导，将全民科学素质工作纳入年度工作计划，确保各项任务落实。"]
    return lines


def furniture(rng: random.Random, region: Region, published: str, fields: dict[str, str]) -> tuple[
        list[str], list[str], str]:
    """(lines before, lines after, form) of a site's page furniture."""
    form = rng.choice(["none", "breadcrumb", "source_time", "labelled", "buttons", "all"])
    site = f"{region.name}人民政府门户网站" if rng.random() < 0.7 else f"{region.name}科协网"
    before: list[str] = []
    if form in ("breadcrumb", "all"):
        before.append(rng.choice(["首页 > 政务公开 > 政策文件", "您当前的位置：首页>信息公开>通知公告",
                                  "当前位置：首页 » 政府信息公开 » 规范性文件"]))
    if form == "labelled" or (form == "all" and fields):
        idx = f"{rng.randint(10, 99)}{rng.randint(100000, 999999)}/{published[:4]}-{rng.randint(1, 999):05d}"
        before.append(f"索引号：{idx}  主题分类：科技、教育")
        for label, value in fields.items():
            before.append(f"{label}：{value}")
    if GRAMMAR >= 4 and form == "source_time" and rng.random() < 0.5:  # fields in brackets on one line
        before.append(f"【发布时间：{published}】【来源：{site}】【字号：大 中 小】")
        form = "bracketed fields"
    elif form in ("source_time", "all"):
        before.append(f"来源：{site}  发布时间：{published} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}")
    if form in ("buttons", "all"):
        before.append("【字体：大 中 小】  【打印】  【关闭】")
    after = []
    if form != "none":
        after = rng.sample(["扫一扫在手机打开当前页", "分享到：", "【打印本页】 【关闭窗口】",
                            f"主办单位：{region.name}人民政府办公室  网站标识码：{rng.randint(1000000000, 9999999999)}"], 2)
        if GRAMMAR >= 5 and rng.random() < 0.5:  # the page's keywords
            before.append(rng.choice(["关键词：科普 全民科学素质 方案", "标签：科学素质；科普；实施方案"]))
            form += "+keywords"
        if GRAMMAR >= 4 and rng.random() < 0.5:  # a footer and a view count
            after += [f"版权所有：{region.name}人民政府  ICP备{rng.randint(10000000, 99999999)}号",
                      f"浏览次数：{rng.randint(10, 9999)}"]
            form += "+footer"
        if GRAMMAR >= 3 and rng.random() < 0.5:  # the site's links to its neighbours
            after += [f"上一篇：{region.name}召开科普工作会议", f"下一篇：关于开展{int(published[:4]) + 1}年科技活动周的通知"]
            form += "+prev/next"
    return before, after, form


def compose(rng: random.Random, places: list[Region], script) -> Page:
    """One made-up page and its facts."""
    region = rng.choice(places)
    start, end, five = rng.choice(CYCLES)
    title, period, title_form, period_form = title_of(rng, region, start, end, five)
    signature, issuer, org, issuer_form = issuer_of(rng, region)
    year = start if rng.random() < 0.6 else start + 1
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    date_form = pick(rng, list(DATE_FORMS), list(NEW_DATE_FORMS), ["organ and date on one line", "indented"])
    date_text = {**DATE_FORMS, **NEW_DATE_FORMS}.get(date_form, DATE_FORMS["arabic"])(year, month, day)
    if date_form == "indented":  # a PDF's right-aligned signature
        signature = [" " * 24 + line for line in signature]
        date_text = " " * 26 + date_text
    elif date_form == "organ and date on one line":
        signature = [*signature[:-1], f"{signature[-1]}    {date_text}"]
        date_text = ""
    date_fact = f"{year}-{month:02d}" if date_form == "month only" else f"{year}-{month:02d}-{day:02d}"
    number_form = pick(rng, list(NUMBER_FORMS), list(NEW_NUMBER_FORMS), list(NEWER_NUMBER_FORMS),
                       list(NEWEST_NUMBER_FORMS))
    if rng.random() < 0.2 and region.level not in ("province", "municipality"):
        org = region.short + org[1:]  # the region's whole short name before its kind: 黔东南州府办发
        number_form += " long prefix"
    n = rng.randint(1, 60)
    base_form = number_form.removesuffix(" long prefix")
    if base_form in ("函", "字"):
        org = org[:-1] + base_form  # 某府办函: a letter's number; 某科协字
    written = {**NUMBER_FORMS, **NEW_NUMBER_FORMS, **NEWER_NUMBER_FORMS, **NEWEST_NUMBER_FORMS}[base_form]
    number_text = written(org, year, n)
    # the number as the page writes it, its year's brackets as 〔〕 (第 kept, as the fact conventions write it: round 42)
    number_fact = f"{org}〔{year}〕第{n}号" if base_form == "第N号" else f"{org}〔{year}〕{n}号"
    goal, targets, share_form, subject_form, back = share_of(rng, region, start, end, five, period != "∅")
    other_share = rng.choice(["none", "none", *DISTRACTORS])
    body = plan_body(rng, region, title, start, goal, back, other_share)
    published = f"{year}-{month:02d}-{min(day + rng.randint(1, 3), 28):02d}"
    # a title holding 《X》 (贯彻落实《纲要》实施方案) is quoted with 〈X〉 inside 《》; either is its title
    quoted_title = title.replace("《", "〈").replace("》", "〉")
    shape = pick(rng, ["notice_plan", "notice_only", "notice_body", "news_lead", "news_reprint"],
                 ["wechat", "pdf", "news_source", "news_after"], ["attachment", "headline names it"],
                 ["meeting news", "plan signed at its end"], ["notice with contact and sidebar"],
                 ["purpose-clause lead", "short-name headline", "interpretation"], ["decision news"])
    facts = {"title": "|".join(dict.fromkeys([title, quoted_title])), "period": period, "issuer": issuer}
    lead_form = notice_form = tail_form = "-"
    if shape in ("notice_plan", "notice_only", "wechat", "pdf", "attachment", "notice with contact and sidebar"):
        prefix, number_first = rng.random() < 0.4, rng.random() < 0.3
        quoted = rng.random() < 0.4  # 关于印发《X》的通知
        named = f"《{quoted_title}》" if quoted else title
        notice = f"{issuer.replace('、', '')}关于印发{named}的通知" if prefix else f"关于印发{named}的通知"
        notice_form = (f"{'organ+' if prefix else ''}{'《title》' if quoted else 'title'}"
                       f"{'<number' if number_first else '>number'}")
        notice_lines = [notice]
        if rng.random() < 0.25:  # a long title wrapped over two lines (PDF, print layout)
            cut = rng.randint(8, len(notice) - 6)
            notice_lines = [notice[:cut], notice[cut:]]
            notice_form += " wrapped"
        head = [number_text, *notice_lines] if number_first else [*notice_lines, number_text]
        if shape == "wechat":  # an account's article: its byline under the title
            head = [*notice_lines, f"原创 {region.short}科协 {region.name}科协 {published} 08:30", number_text]
        tail_form = rng.choice(["none", "公开", "版记", "公开+版记"])
        disclosure = [rng.choice(["（此件公开发布）", "（此件主动公开）"])] if "公开" in tail_form else []
        lines = [*head, addressees(region),
                 f"现将《{quoted_title}》印发给你们，请结合实际，认真贯彻执行。", *signature, date_text, *disclosure]
        if shape in ("notice_plan", "wechat"):
            lines += body
        elif shape == "notice with contact and sidebar":  # a contact line, the plan, then the site's list
            other = f"{region.province}全民科学素质行动规划纲要实施方案（{start}—{end}年）"
            lines += [f"（联系人：王某某，联系电话：0{rng.randint(100, 999)}-{rng.randint(1000000, 9999999)}）", *body,
                      "相关文件：", f"《{other}》", f"《关于开展{int(published[:4]) + 1}年全国科普日活动的通知》"]
        elif shape == "attachment":  # the plan as the notice's attachment
            lines += [rng.choice(["附件", "附件：", "附件1"]), *body]
        elif shape == "pdf":  # page markers between the pages of a PDF's text
            cut = rng.randint(3, len(body) - 2)
            lines = [*lines[:3], "— 1 —", *lines[3:], *body[:cut], "— 2 —", *body[cut:], "— 3 —"]
        else:
            targets = []  # a notice alone states no share
        if "版记" in tail_form:  # the print record: copied to, and the office's printing date
            office = "办公厅" if region.level in ("province", "municipality") else "办公室"
            printed = DATE_FORMS["arabic"](year, month, min(day + 2, 28))
            lines += [f"抄送：{region.name}委办公{office[-1]}，{region.name}人大常委会办公{office[-1]}。",
                      f"{region.name}人民政府{office}          {printed}印发"]
        facts |= {"doc_number": number_fact, "issue_date": date_fact}
        fields = {"发文机关": issuer, "文号": number_text, "成文日期": date_fact}
    elif shape == "plan signed at its end":  # the plan alone, its organs and date after its body
        lines = [*body, *signature, date_text]
        facts |= {"issue_date": date_fact}
        fields = {}
    elif shape == "notice_body":
        lines = [addressees(region),
                 f"现将《{quoted_title}》印发给你们，请认真组织实施。", *signature, date_text, *body]
        facts |= {"issue_date": date_fact}
        fields = {}
    else:
        # grammar 7: verbs of documents passed or handed down, not issued
        verb = pick(rng, ["印发", "下发", "出台", "发布", "制定"], [], [], [], [], [], ["下达", "审议通过", "研究通过", "审定"])
        when = rng.choice(["日前", "近日", f"{month}月{day}日", "近期"])
        lead_form = verb
        headline = f"{region.name}{rng.choice(['印发', '出台'])}全民科学素质提升行动方案"
        if shape == "headline names it":  # the headline names the document in 《》 too
            headline = f"{region.name}{rng.choice(['印发', '出台'])}《{quoted_title}》"
        subject = issuer
        if issuer_form in ("government", "office") and rng.random() < 0.4:
            # a bare organ (市政府办公室): its region is the plan's
            subject = issuer.removeprefix(region.name).replace("人民政府", rng.choice(["人民政府", "政府"]))
            subject = region.unit + subject
            bare = region.name + subject[1:]
            facts["issuer"] = "|".join(dict.fromkeys([issuer, bare]))
            lead_form += "+bare organ"
        lead = f"{when}，{subject}{verb}了《{quoted_title}》（以下简称《方案》）。"
        if shape == "meeting news":  # a meeting first; the plan named as issued (印发的《X》)
            headline = f"{region.name}召开全民科学素质工作推进会"
            lead = (f"{month}月{day}日，{region.name}召开全民科学素质工作推进会。会议指出，{subject}{when}{verb}的"
                    f"《{quoted_title}》（以下简称《方案》）明确了今后一个时期的工作任务。")
        if shape == "news_source":  # the reporter's source first
            lead = f"记者{when}从{region.name}科协获悉，{subject}{verb}了《{quoted_title}》（以下简称《方案》）。"
        elif shape == "news_after":  # the document first, its organ after 由
            lead = f"《{quoted_title}》（以下简称《方案》）{when}由{subject}{verb}。"
        elif shape == "purpose-clause lead":  # the higher document first, in a purpose clause
            lead = (f"为贯彻落实国务院印发的《{NATIONAL[start]}》，{when}，{subject}{verb}了《{quoted_title}》"
                    "（以下简称《方案》）。")
        elif shape == "short-name headline":  # the headline names it by its short name only
            headline = f"{region.name}{rng.choice(['印发', '出台'])}《实施方案》"
        elif shape == "interpretation":  # an explanation of the plan: its drafter is not its issuer
            headline = f"《{quoted_title}》政策解读"
            lead = f"一、出台背景\n为贯彻落实《{NATIONAL[start]}》，结合我{region.unit}实际，制定《方案》。\n二、主要目标\n"
            facts["issuer"] = "?"  # the page shows its issuer only as the plan's drafter, if at all
            if back:
                lead += f"据统计，{back}。"
            lead += f"{goal}。"
            back = None
        elif shape == "decision news":  # grammar 7: news of a decision the organ made (作出《…的决定》) honouring
            # those who carried out the plan; the decision is the page's document, the plan a citation
            decision = f"关于表彰{region.name}{year}年度全民科学素质工作先进集体和先进个人的决定"
            verb = rng.choice(["作出", "作出了", "做出"])
            lead_form = verb
            headline = f"{region.name}表彰全民科学素质工作先进集体和先进个人"
            lead = (f"{when}，{subject}{verb}《{decision}》，{rng.randint(5, 30)}个集体和{rng.randint(5, 60)}名个人"
                    f"受到表彰。据悉，自《{quoted_title}》实施以来，全{region.unit}科普工作取得明显成效。")
            facts |= {"title": decision, "period": "∅"}
            targets, back = [], None
        if back:  # a news item recalls the share reached before it tells the goal
            lead += f"据介绍，{back}。"
        if shape not in ("interpretation", "decision news"):
            lead += f"《方案》提出，{goal}。"
        lines = [headline, lead]
        if shape in ("news_reprint", "news_after", "headline names it"):
            lines += ["全文如下：", *body]
        facts |= {"issue_date": "?"}
        fields = {}
    before, after, furniture_form = furniture(rng, region, published, fields)
    text = "\n".join(line for line in [*before, *lines, *after] if line) + "\n"
    rows = [{"field": k, "value": v} for k, v in facts.items()]
    rows += [{"field": "target", "value": t} for t in targets]
    if shape in ("notice_plan", "notice_body", "news_reprint", "wechat", "pdf", "news_after", "attachment",
                 "headline names it", "plan signed at its end", "notice with contact and sidebar"):
        rows.append({"field": "cites", "value": NATIONAL[start]})
    if shape == "decision news":
        rows.append({"field": "cites", "value": quoted_title})
    # (a region whose name does not come back from traditional script as written, 乾县 → 干县, stays
    # simplified: the scoring compares in simplified script)
    traditional = rng.random() < 0.15 and to_simplified(script(region.name)) == region.name
    glossed = False
    if traditional:
        text = script(text)
        if GRAMMAR >= 3 and rng.random() < 0.5:  # a converting site's phonetic glosses: 縣(xiàn)
            text, glossed = gloss(rng, text), True
    forms = {"title": title_form, "period": period_form, "issuer": issuer_form,
             "number": number_form if "doc_number" in facts else "-", "date": date_form
             if facts.get("issue_date", "?") != "?" else "-", "shape": shape, "notice": notice_form, "tail": tail_form, "lead": lead_form, "furniture": furniture_form,
             "share": share_form, "subject": subject_form,
             "other share": other_share if shape in ("notice_plan", "notice_body", "news_reprint", "wechat", "pdf",
                                                     "news_after", "attachment", "headline names it",
                                                     "plan signed at its end",
                                                     "notice with contact and sidebar") else "-", "script": "glossed" if glossed else "traditional" if traditional else "simplified"}
    return Page(text, rows, forms)


def field_of(miss: str) -> str:
    """The field a miss of `score_page` is about: title, …, target, cites."""
    head = miss.split(":")[0].split()[0]
    return {"citation": "cites"}.get(head, head)


def field_totals(facts: list[dict[str, str]], meta: dict[str, str], targets: list[tuple]) -> dict[str, int]:
    """How many facts of each field `score_page` counts on a page (its own rules, by field)."""
    totals: dict[str, int] = defaultdict(int)
    for key in ("title", "doc_number", "issuer", "issue_date", "period"):
        values = [f["value"] for f in facts if f["field"] == key]
        if values and values[0] == "?":
            continue
        if values or meta[key]:
            totals[key] += 1
    wanted = [f["value"].split(":") for f in facts if f["field"] == "target"]
    totals["target"] += len(wanted) + sum(
        not any(t[0] == w[0] and t[2] == float(w[2]) for w in wanted) for t in targets)
    totals["cites"] += sum(f["field"] == "cites" for f in facts)
    return totals


def pages(n: int, seed: int) -> list[Page]:
    """`n` made-up pages, the same for the same seed."""
    import opencc

    to_traditional = opencc.OpenCC("s2t").convert
    rng = random.Random(seed)
    places = regions()
    return [compose(rng, places, to_traditional) for _ in range(n)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=500, help="pages to compose")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--show", type=int, default=0, metavar="K", help="failing pages shown per form")
    parser.add_argument("--dump", type=Path, help="write each page's text and facts into this folder")
    parser.add_argument("--grammar", type=int, default=1, choices=(1, 2, 3, 4, 5, 6, 7),
                        help="2: half of each axis's draws from the forms added after grammar 1's fixes; "
                             "3: half from those added after grammar 2's; 4: after grammar 3's; 5: after 4's; "
                             "6: after 5's; 7: holdout20's classes (decisions made, task figures met, the "
                             "share without 比例) and the generator's leftovers")
    args = parser.parse_args()
    global GRAMMAR
    GRAMMAR = args.grammar
    made = pages(args.n, args.seed)
    parsed_facts(made[0].text, "warm-up")  # the first parse loads reference tables: not a page's time
    by_field: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_form: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # facts right, total, pages ok, pages
    failing: dict[tuple[str, str], list[tuple[int, list[str]]]] = defaultdict(list)
    slowest = (0.0, -1)
    all_right = all_total = perfect = 0
    for i, page in enumerate(made):
        try:
            meta, targets, cites, seconds = parsed_facts(page.text, f"variant_{i}")
        except Exception as e:  # noqa: BLE001 - a crash is a result to report, not to stop on
            print(f"page {i} crashed: {type(e).__name__}: {e}")
            continue
        slowest = max(slowest, (seconds, i))
        right, total, misses = score_page(page.facts, meta, targets, cites)
        all_right, all_total, perfect = all_right + right, all_total + total, perfect + (not misses)
        totals = field_totals(page.facts, meta, targets)
        assert sum(totals.values()) == total, (i, totals, total)
        missed: dict[str, list[str]] = defaultdict(list)
        for miss in misses:
            missed[field_of(miss)].append(miss)
        for key, count in totals.items():
            by_field[key][0] += count - len(missed[key])
            by_field[key][1] += count
        for axis, form in page.forms.items():
            if form == "-":
                continue
            governed = AXIS_FIELDS[axis]
            wrong = [m for key in governed for m in missed[key]]
            cell = by_form[axis, form]
            cell[0] += sum(totals[key] for key in governed) - len(wrong)
            cell[1] += sum(totals[key] for key in governed)
            cell[2] += not wrong
            cell[3] += 1
            if wrong:
                failing[axis, form].append((i, wrong))
        if args.dump:
            args.dump.mkdir(parents=True, exist_ok=True)
            (args.dump / f"{i:04d}.txt").write_text(page.text, encoding="utf-8")
            (args.dump / f"{i:04d}.facts").write_text(
                "\n".join(f"{f['field']},{f['value']}" for f in page.facts) + "\n"
                + "\n".join(f"# {a}={f}" for a, f in page.forms.items()) + "\n"
                + "".join(f"# miss: {m}\n" for m in misses), encoding="utf-8")
    share = all_right / all_total if all_total else 0.0
    print(f"variants --n {args.n} --seed {args.seed} --grammar {args.grammar}: {all_right}/{all_total} facts right ({share:.1%}), "
          f"{perfect}/{len(made)} pages all right; slowest page {slowest[1]} {slowest[0]:.3f} s")
    print("by field: " + ", ".join(f"{k} {r}/{t} ({r / t if t else 1:.0%})" for k, (r, t) in sorted(by_field.items())))
    print("by form (facts of the fields the axis governs; pages all right on those fields):")
    for (axis, form), (r, t, ok, count) in sorted(by_form.items()):
        flag = "" if r == t else "  <"
        print(f"  {axis:9} {form:18} {r:4}/{t:<4} ({r / t if t else 1:6.1%})  pages {ok}/{count}{flag}")
        for i, wrong in failing[axis, form][: args.show]:
            print(f"      page {i}: " + "; ".join(wrong))
            if args.show:
                excerpt = made[i].text.replace("\n", " ⏎ ")
                print(f"        {excerpt[:300]}")


if __name__ == "__main__":
    start = time.perf_counter()
    try:
        main()
        print(f"({time.perf_counter() - start:.1f} s)")
    except BrokenPipeError:  # the output piped into head
        sys.stderr.close()
