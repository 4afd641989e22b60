"""The readers' workbook tells what a plan does not state (未提及) from what the project did not
record (未记录): a page's address is no plan's statement (audit13b item 11)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from sciplan_analysis import labels
from sciplan_analysis.report import export


@pytest.mark.parametrize(("lang", "word"), [("zh", "未记录"), ("en", "not recorded")])
def test_a_missing_address_reads_not_recorded_and_a_silent_plan_not_stated(corpus, lang, word):
    plans = corpus.plans.copy()
    plans["source_url"] = ["https://www.example.gov.cn/a.html", "", None, None, None][: len(plans)]
    sheet = export.reader_tables(replace(corpus, plans=plans), lang)["plans"]
    assert labels.label("common", "not_recorded", lang) == word
    assert list(sheet["source_url"]) == ["https://www.example.gov.cn/a.html"] + [word] * (len(plans) - 1)
    assert labels.not_stated(lang) not in set(sheet["source_url"])
    # what the plan's text leaves out still reads as its page reads it: 重庆市's document number and
    # date, not in the text as we have it (a fragment: audit22 item 8)
    chongqing = sheet[sheet["region"] == labels.plan_label("chongqing", lang)].iloc[0]
    assert chongqing["doc_number"] == chongqing["issue_date"] == labels.unsaid(lang)
    assert set(export.RECORDED_COLUMNS) <= set(sheet.columns)


def test_the_address_note_says_what_not_recorded_means():
    assert "未记录" in labels.label("column_note", "source_url", "zh")
    assert "not recorded" in labels.label("column_note", "source_url", "en")
