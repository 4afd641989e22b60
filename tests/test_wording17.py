"""audit17 item 14's wording (session 15, brief J1): counts from 1,000 with separators by one rule,
"in neither A nor B", a plural unit mid-sentence without "the", the dendrogram's sentence and the
workbook guide without stacked brackets. Each test failed before its change."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from sciplan_analysis import labels
from sciplan_analysis.analysis import findings as F
from sciplan_analysis.analysis import instruments
from sciplan_analysis.report.numbers import count_text


def test_counts_from_a_thousand_carry_separators_everywhere_but_years():
    """Plan pages read "2154 of 4471" and page 07's trust table "2823/3838 clauses" beside
    "0/4,471" elsewhere: every whole number in a bare placeholder is written by `labels.count`."""
    assert labels.text("plan.count.clauses", "en", k=np.int64(2154), n=4471, pct=48.2) == "2,154 of 4,471 (48%)"
    assert labels.text("plan.count.clauses", "zh", k=2154, n=4471, pct=48.2) == "2,154/4,471 条（48%）"
    assert instruments._agreement(2823, 3838, "zh") == "2,823/3,838 条（74%）"
    assert instruments._agreement(2823, 3838, "en") == "2,823/3,838 clauses (74%)"
    assert labels.fill("{year} {other_year} {n} {share:.0f} {total:,}", year=2025, other_year=2035, n=1000,
                       share=1234.0, total=7359) == "2025 2035 1,000 1234 7,359"
    assert labels.fill("{n} {flag}", n=999, flag=True) == "999 True"
    counts = count_text(pd.DataFrame({"a": [2154]}), pd.Series({"a": 4471}))
    assert counts.iat[0, 0] == f"{labels.count(2154)}/{labels.count(4471)}" == "2,154/4,471"
    assert F._t("left_out.missing.count", "en", category="Youth", n=1200, of=3000) == \
        "Youth (not in 1,200 of 3,000 plans)"


def test_a_category_left_out_by_two_plans_reads_in_neither(five_tables):
    """"Public science campaigns (not in Jinjiang District, Chengdu and Chengqu District, Shanwei)":
    two names holding commas joined by "and" read as a list of four, and "not in A and B" as not
    in the pair together."""
    en = F.left_out(five_tables, "en").sentence
    assert "Public science campaigns (in neither Jinjiang District, Chengdu nor Chengqu District, Shanwei)" in en, en
    assert "(not in Jinjiang District, Chengdu)" in en  # one plan: as it was
    zh = F.left_out(five_tables, "zh").sentence
    assert "节庆/群众性科普活动（成都市锦江区、汕尾市城区没有此类任务）" in zh, zh
    assert F._t("left_out.missing.many", "en", category="Youth", plans="A, B and C", a="A", b="C") == \
        "Youth (in none of A, B and C)"


def test_a_plural_unit_mid_sentence_takes_no_article_and_no_capital(five_tables):
    """"followed by the Townships and streets" (page 04, 4.3's alt text)."""
    en = F.partners(five_tables, "en")
    assert en.sentence.startswith("Most frequent partner: the Science and technology bureau, on 77 tasks"), en.sentence
    assert en.sentence.endswith("followed by townships and streets, with 70."), en.sentence
    assert en.title.startswith("Most tasks as partner: the Science and technology bureau, 77 tasks")
    assert F.unit_words(["Education bureau", "Townships and streets"], "en") == \
        "the Education bureau and townships and streets"
    assert F.the_unit("Member units (collectively)", "en") == "member units (collectively)"
    assert F.partners(five_tables, "zh").sentence.endswith("其次是乡镇（街道），70 项。")
    pairs = F.unit_pairs(five_tables, "en").sentence
    assert pairs.startswith("The two units sharing most tasks are the Association for Science and Technology "
                            "and the Science and technology bureau: 96 tasks"), pairs


@pytest.mark.parametrize("code", ["chart.dendrogram.title", "chart.dendrogram.sentence",
                                  "chart.dendrogram.title.groups", "chart.dendrogram.sentence.groups"])
def test_the_dendrogram_says_two_plans_join_sooner(code):
    """The title read "the earlier plans join, the more alike", the alt text "the earlier two plans
    join, the more alike their wording": one wording, about two plans."""
    text = labels.label("text", code, "en")
    assert "the sooner two plans join, the more alike" in text and "earlier" not in text, text


def test_the_workbook_guide_stacks_no_brackets():
    """The English guide's clause line ended "…(the rules or a hand check) (behind the tool × category
    matrices)", 70 words in one sentence."""
    for lang in ("zh", "en"):
        note = labels.label("sheet_note", "clauses", lang)
        assert ") (" not in note and "）（" not in note, note
    en = labels.label("sheet_note", "clauses", "en")
    assert en.startswith("The data behind the tool × category matrices, one row per clause")
    assert max(len(s.split()) for s in en.split(". ")) < 45, en
