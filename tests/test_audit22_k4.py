"""Audit 22, items 9, 10, 12 and 20: the pages read at 300 plans (long tables as an excerpt
that says where every row is, page 05's term tables a row per word, plan-column heatmaps a
distribution), and an English build labels the plans' Chinese words as quoted."""

from __future__ import annotations

import pandas as pd
import pytest
from matplotlib import pyplot as plt

from sciplan_analysis import labels
from sciplan_analysis.analysis import distinct as own
from sciplan_analysis.analysis import findings as fnd
from sciplan_analysis.analysis import similarity as sim
from sciplan_analysis.report import charts, page


@pytest.fixture
def five(corpus):
    labels.register_plans(corpus.plans)
    return corpus


def _legend_texts(fig) -> list[str]:
    return [t.get_text() for ax in fig.axes if ax.get_legend() for t in ax.get_legend().get_texts()]


# ---------------------------------------------------------------- item 20: heatmaps at scale


@pytest.mark.parametrize("draw", [
    lambda c, lang: charts.category_heatmap(c, lang=lang),
    lambda c, lang: charts.draw_workload_heatmap(c, "led", lang=lang),
    lambda c, lang: charts.draw_workload_heatmap(c, "partnered", lang=lang),
    lambda c, lang: charts.instrument_tool_heatmap(c, lang=lang),
], ids=["3.2", "4.2", "4.3", "7.2"])
def test_plan_heatmaps_become_distributions_beyond_named_columns(five, monkeypatch, draw):
    """Beyond MAX_NAMED plans (300 in the audit) a column per plan carries no name: the chart
    is a distribution per row, a dot per plan, the highest whole plan named (never the
    fragment); up to it, the heatmap stays (checked at 5 plans with the bound lowered to 4)."""
    fig = draw(five, "zh")
    assert fig.axes[0].images, "five plans under the bound: still a heatmap"
    assert not any("每点一份规划" in t for t in _legend_texts(fig))
    plt.close(fig)
    monkeypatch.setattr(charts, "MAX_NAMED", 4)
    fig = draw(five, "zh")
    ax = fig.axes[0]
    assert not ax.images, "a heatmap of unnamed columns"
    assert any("每点一份规划（共 5 份）" in t for t in _legend_texts(fig))
    named = [t.get_text() for t in ax.texts] + [a.get_text() for a in ax.texts]
    assert not any(labels.plan_label("chongqing", "zh") in t and "残篇" not in t for t in named)
    plt.close(fig)


# ---------------------------------------------------------------- item 9: long tables


def test_excerpt_keeps_the_named_plans_and_the_ends(five):
    tasks = five.tasks[["plan_id", "task_id", "category", "title"]]
    whole, none = page.excerpt(tasks, 5, [("lezhi",)])
    assert len(whole) == len(tasks) and none == []  # the five plans: every row
    shown, plans = page.excerpt(tasks, 300, [("wuxi", "jinjiang", "lezhi"), ("lezhi",)], limit=80)
    assert plans[0] == "lezhi"  # the finding naming fewest plans first
    lezhi = tasks[tasks["plan_id"] == "lezhi"]
    assert set(lezhi.index) <= set(shown.index)
    assert len(shown) <= 80
    assert list(shown.index[:page.EXCERPT_ENDS]) == list(tasks.index[:page.EXCERPT_ENDS])
    assert list(shown.index[-page.EXCERPT_ENDS:]) == list(tasks.index[-page.EXCERPT_ENDS:])
    assert list(shown.index) == sorted(shown.index, key=list(tasks.index).index)  # table order


def test_an_excerpt_names_at_most_ten_plans(five, monkeypatch):
    """c300 page 02: a benchmark finding names 158 plans; the note listed 91 of them."""
    facts = five.plans[["plan_id", "name_zh"]]
    many = pd.concat([facts] * 40, ignore_index=True)  # 200 rows, 40 a plan
    monkeypatch.setattr(page, "EXCERPT_NAMED", 2)
    monkeypatch.setattr(page, "EXCERPT_ENDS", 0)
    shown, plans = page.excerpt(many, 300, [("wuxi", "lezhi", "jinjiang", "shanwei")], limit=150)
    assert plans == ["wuxi", "lezhi"] and len(shown) == 80


def test_a_long_table_among_many_plans_is_an_excerpt_pointing_to_its_sheet(five, monkeypatch, displayed):
    """Page 01's task table at 300 plans had 11,048 rows (5.6 MB): beyond EXCERPT_PLANS plans
    the page shows an excerpt, says how many rows the table has and which workbook sheet holds
    them; a table no sheet holds comes with a download of every row."""
    monkeypatch.setattr(page, "EXCERPT_PLANS", 3)
    monkeypatch.setattr(page, "EXCERPT_ROWS", 60)
    labels.set_language("zh")
    monkeypatch.setattr(page._state, "tables", fnd.Tables(five))
    monkeypatch.setattr(page._state, "findings", [fnd.Finding("x", "乐至县最多", {}, "f", "01", plans=("lezhi",))])
    tasks = five.tasks[["plan_id", "task_id", "category", "title"]]
    page.table(tasks, long=True, sheet="tasks")
    note, html = displayed
    assert f"本表共 {len(tasks)} 行" in note and "“任务”表" in note and "乐至县" in note
    assert html.count("<tr") - 1 <= 60
    displayed.clear()
    page.table(tasks, long=True)
    assert "全部行可下载" in displayed[0] and 'download="' in displayed[1] and "data:text/csv" in displayed[1]
    displayed.clear()
    monkeypatch.setattr(page, "EXCERPT_PLANS", 50)  # five plans: the whole table, no note
    page.table(tasks, long=True, sheet="tasks")
    assert len(displayed) == 1 and displayed[0].count("<tr") - 1 == len(tasks)


# ---------------------------------------------------------------- item 10: page 05's terms


def test_term_tables_give_a_row_per_word_among_many_plans(five):
    distinct = own.distinctive_terms(five, 12, "word")
    few = sim.distinctive_terms_table(distinct, "zh")
    assert len(few.columns) == 5  # a column per plan up to TERM_COLUMNS
    many = sim.distinctive_terms_table(distinct, "zh", n_plans=300)
    assert len(many.columns) == 4 and len(many) <= sim.TERM_ROWS
    assert many.iloc[0, 1].endswith("/300")
    shared = sim.shared_terms(five, 25)
    assert sim.shared_terms_table(shared, "zh") is shared
    wide = shared.copy()
    for k in range(sim.TERM_COLUMNS):  # more plan columns than TERM_COLUMNS
        wide[f"p{k}"] = wide["wuxi"]
    summary = sim.shared_terms_table(wide, "en")
    assert list(summary.columns) == ["Term (in Chinese, as written)", "Lowest (‰)", "Median (‰)",
                                     "Highest (‰)", "Plan using it most"]
    assert (summary["Lowest (‰)"] <= summary["Highest (‰)"]).all()


def test_plan_pages_list_the_plans_distinctive_words(five):
    from sciplan_analysis.report.plan_page import plan_pages

    pages = plan_pages(five, "en")
    assert "Words distinctive of this plan" in pages["lezhi"]
    assert "quoted as written in Chinese" in pages["lezhi"]


# ---------------------------------------------------------------- item 12: one language


def test_english_headers_say_the_plans_words_are_quoted_in_chinese(five):
    shown = page.clean(five.tasks[["plan_id", "task_id", "title"]].head(3), lang="en")
    assert "Title (in Chinese, as written)" in shown.columns
    assert page.header("issuer", "en") == "Issuer (in Chinese, as written)"
    assert page.header("title", "zh") == "标题"


def test_distinctive_words_drop_place_nicknames_and_split_ngrams(five):
    """濯锦 (Jinjiang's name for itself) is a place word; 不少 (of 不少于) and 建圈 / 强链 (of
    建圈强链), pieces the tokenizer cuts off a word, are left out (term_fragments.txt)."""
    terms = own.distinctive_terms(five, 12, "word")
    words = set(terms["term"])
    assert not {"濯锦", "不少", "建圈", "强链"} & words
    assert not any("濯锦" in w for w in words)
    assert len(terms[terms["plan_id"] == "jinjiang"]) == 12  # ranked again to 12
