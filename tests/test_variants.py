"""Invariants the document-variant generator (benchmarks/variants.py) exposed, as cheap property
tests: a fact written in any ordinary form of Chinese official documents is read as in its
plainest form. Made-up values only; a few dozen examples each, milliseconds per example."""

from __future__ import annotations

import datetime as dt
import warnings

import pytest
from hypothesis import Phase, given, settings
from hypothesis import strategies as st

from sciplan_analysis.parsing.extract import date_of, doc_number, literacy_targets
from sciplan_analysis.parsing.parse import parse_text

CN_DIGITS = "〇一二三四五六七八九"
# A test marked xfail fails on every run: it is not shrunk (seconds), the first failing example
# is enough.
NO_SHRINK = (Phase.explicit, Phase.reuse, Phase.generate)
ZEROS = ("〇", "○", "零", "O")
# Issuing organs' number prefixes: a province's, a city's or county's, a 科协's, a joint office's.
ORGS = st.sampled_from(["川府发", "冀政办发", "浏政办发", "南科协发", "甬办发", "某县科素组发"])
BRACKETS = st.sampled_from([("〔", "〕"), ("[", "]"), ("【", "】"), ("（", "）"), ("(", ")"), ("〔", "]"),
                            ("［", "］")])


def cn_small(n: int) -> str:
    """1 → 一, 10 → 十, 21 → 二十一 (a month or a day as documents write it)."""
    tens, ones = divmod(n, 10)
    if not tens:
        return CN_DIGITS[n]
    return ("" if tens == 1 else CN_DIGITS[tens]) + "十" + (CN_DIGITS[ones] if ones else "")


@settings(max_examples=50, deadline=None)
@given(ORGS, st.integers(2000, 2030), st.integers(1, 300), BRACKETS,
       st.sampled_from(["", " "]), st.booleans())
def test_a_document_number_in_any_bracket_spacing_or_with_di_is_read_one_way(org, year, n, brackets, space, di):
    """〔2021〕12号, [2021]12号, 【2021】, （2021）, a mismatched 〔2021], PDF spaces (川府发 〔 2021〕12 号)
    and 第12号 are all org〔year〕N号."""
    opening, closing = brackets
    written = f"{org}{space}{opening}{space}{year}{closing}{'第' if di else ''}{n}{space}号"
    assert doc_number(f"文号：{written}") == f"{org}〔{year}〕{n}号"


@settings(max_examples=50, deadline=None)
@given(st.dates(), st.sampled_from(ZEROS), st.sampled_from(["", " "]))
def test_a_chinese_numeral_date_is_its_arabic_date(day, zero, space):
    """二〇二一年八月五日 in every zero form (〇 ○ 零 O) is 2021年8月5日, as are its PDF-spaced and
    zero-padded Arabic forms."""
    if not 1990 <= day.year <= 2049:
        return
    year = "".join(zero if d == "0" else CN_DIGITS[int(d)] for d in str(day.year))
    chinese = f"{year}年{cn_small(day.month)}月{cn_small(day.day)}日"
    arabic = f"{day.year}{space}年{space}{day.month}{space}月{space}{day.day}{space}日"
    padded = f"{day.year}年{day.month:02d}月{day.day:02d}日"
    assert date_of(chinese) == date_of(arabic) == date_of(padded) == day.isoformat()


def _notice(date: str) -> str:
    """A made-up notice body without heading, signed by an organ on `date`, then its plan."""
    return ("各乡镇人民政府，县政府各部门：\n现将《临江县全民科学素质行动实施方案（2021—2025年）》印发给你们，"
            f"请认真组织实施。\n临江县科学技术局\n{date}\n临江县全民科学素质行动实施方案（2021—2025年）\n"
            "一、总体要求\n到2025年，全县公民具备科学素质的比例达到15%。\n")


@pytest.mark.xfail(strict=True, reason="issue 23: a signature dated 2021-08-05 or 2021.8.5 is not read yet")
@settings(max_examples=20, deadline=None, phases=NO_SHRINK)
@given(st.dates(min_value=dt.date(2011, 1, 1), max_value=dt.date(2030, 12, 31)),
       st.sampled_from(["{y}年{m}月{d}日", "{y}年{m:02d}月{d:02d}日", "{y}-{m:02d}-{d:02d}", "{y}.{m}.{d}",
                        "{y}/{m}/{d}", "{y} 年 {m} 月 {d} 日"]))
def test_a_signature_date_in_any_written_form_is_the_issue_date(day, form):
    """The date under the signing organ is the issue date however it is written."""
    text = _notice(form.format(y=day.year, m=day.month, d=day.day))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        plan = parse_text(text, "variant").plans.iloc[0]
    assert plan["issue_date"] == day.isoformat()
    assert plan["title"] == "临江县全民科学素质行动实施方案（2021—2025年）"


SUBJECTS = st.sampled_from(["公民具备科学素质的比例", "全市公民具备科学素质的比例", "我县公民具备科学素质比例",
                            "具备科学素质公民的比例", "公民具备基本科学素质的比例", "公民科学素质水平"])


@pytest.mark.xfail(strict=True, reason="issue 23: 科学素质水平 before 由, and 在…的基础上, are not read yet")
@settings(max_examples=40, deadline=None, phases=NO_SHRINK)
@given(SUBJECTS, st.sampled_from(["由2020年的{x}%提高到{y}%", "由2020年的{x}%提升到{y}%",
                                  "在2020年{x}%的基础上提高到{y}%", "从2020年的{x}%提高到{y}%"]),
       st.decimals(3, 12, places=2), st.integers(13, 30))
def test_a_baseline_and_target_in_one_sentence_whatever_the_subject_and_link(subject, link, x, y):
    """由2020年的X%提高到Y% names a baseline (2020, X) and a target (the plan's end year, Y), whatever
    words name the share and however the two are linked."""
    sentence = f"到2025年，{subject}{link.format(x=x, y=y)}，科普服务能力显著增强。"
    found = {(t["kind"], t["year"], t["value"], t["comparator"]) for t in literacy_targets(sentence, 2021, 2025)}
    assert found == {("baseline", 2020, float(x), "="), ("target", 2025, float(y), "=")}
