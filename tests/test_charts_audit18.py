"""Charts mark drafts and fragments as the findings do (audit18 items 3, 4, 6 and 7): the unit
heatmaps' columns, the five-plan section heatmap's whole-plan row and pair names, chart 7.2's
title, and chart 1.1's axis counts. The five plans and made-up tables."""

from __future__ import annotations

import re

import matplotlib.pyplot as plt
import pytest

from sciplan_analysis import labels
from sciplan_analysis.report import charts


def _columns(fig, lang: str) -> list[str]:
    """The column labels as drawn; English ones wrap at spaces, so their lines are joined again."""
    said = [t.get_text() for t in fig.axes[0].get_xticklabels() if t.get_text()]
    return said if lang == "zh" else [" ".join(c.split()) for c in said]


@pytest.mark.parametrize(("lang", "draft", "group"), [
    ("zh", "成都市锦江区\n（征求意见稿）", "汕尾市城区\n（征求意见稿，\n按组分工）"),
    ("en", "Jinjiang District, Chengdu (a draft)", "Chengqu District, Shanwei (a draft, units per group)"),
])
@pytest.mark.parametrize("value", ["led", "partnered"])
def test_the_unit_heatmaps_name_drafts_in_their_columns(corpus, lang, draft, group, value):
    """Charts 4.2 and 4.3 read "成都市锦江区" and "汕尾市城区（按组分工）" while 5.1, 5.3 and 7.2 mark
    the same columns as drafts (4.2's darkest column, its title's top end, is 锦江区): a draft's
    column is named as one, in the bracket of its division of labour, on a line of its own; the
    fragment's column says why it is empty, once; among many plans each reads on one line
    (汕尾市城区（征求意见稿，按组分工）)."""
    fig = charts.draw_workload_heatmap(corpus, value, None, lang)
    try:
        columns = _columns(fig, lang)
        assert draft in columns and group in columns, columns
        fragment = labels.tr("重庆市\n（残篇，\n现存文本未见责任单位）",
                             "Chongqing Municipality (a fragment, no units in the text as we have it)", lang)
        assert fragment in columns, columns
        assert all(c.count(labels.tr("（", "(", lang)) <= 1 for c in columns), columns
        fig.canvas.draw()  # a long Chinese bracket breaks after its "，": neighbours never run together
        boxes = sorted((t.get_window_extent() for t in fig.axes[0].get_xticklabels() if t.get_text()),
                       key=lambda b: b.x0)
        assert all(a.x1 < b.x0 for a, b in zip(boxes, boxes[1:], strict=False)), columns
    finally:
        plt.close(fig)
    assert charts._one_line(group) == labels.tr("汕尾市城区（征求意见稿，按组分工）",
                                                "Chengqu District, Shanwei (a draft, units per group)", lang)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_five_plan_section_heatmap_sets_the_fragments_pairs_apart(corpus, five_pair_tables, lang):
    """Five-plan chart 5.4: the whole-plan row ran from 0.45, the Chongqing pairs, beside a finding
    saying "0.58 to 0.69 between whole plans", and its columns named neither the fragment nor
    the drafts. The fragment's pairs are hollow cells in that row, a note says why, and every
    pair is named as `scope.marked` names its plans."""
    from matplotlib.patches import Rectangle

    from sciplan_analysis.analysis import similarity as sim

    labels.register_plans(corpus.plans)
    table = five_pair_tables[0]
    sections = sim.section_table(table)
    fig = charts.section_heatmap(table, lang=lang, corpus=corpus)
    try:
        ax = fig.axes[0]
        columns = [" ".join(t.get_text().split()) for t in ax.get_xticklabels() if t.get_text()]
        fragment = labels.tr("重庆市（残篇）", "Chongqing Municipality (a fragment)", lang)
        draft = labels.tr("汕尾市城区（征求意见稿）", "Chengqu District, Shanwei (a draft)", lang)
        assert sum(fragment in c for c in columns) == 4, columns
        assert any(draft in c and fragment not in c for c in columns), columns
        whole = list(sections.columns).index("whole")
        hollow = [p for p in ax.patches if isinstance(p, Rectangle) and p.get_facecolor()[:3] == (1, 1, 1)
                  and abs(p.get_y() + p.get_height() / 2 - whole) < 0.01]
        shown = sorted(round(p.get_x() + p.get_width() / 2) for p in hollow)
        assert shown == [j for j, pair in enumerate(sections.index) if "chongqing" in str(pair)]
        notes = " ".join(t.get_text().replace("\n", "") for t in fig.texts)
        cells = labels.text("chart.sections.apart.cells", lang).replace(" ", "")
        assert cells in notes.replace(" ", ""), notes
    finally:
        plt.close(fig)


NESTED = re.compile(r"[（(][^）)]*[（(]")  # a bracket opened inside another


@pytest.mark.parametrize(("lang", "said"), [
    ("zh", "，其中乐至县、成都市锦江区（征求意见稿）、汕尾市城区（征求意见稿）的教育培训与之并列"),
    ("en", ", tied with Education and training in Lezhi County; Jinjiang District, Chengdu (a draft); "
           "and Chengqu District, Shanwei (a draft)"),
])
def test_chart_7_2s_title_names_a_draft_among_the_tied_plans(five_tables, monkeypatch, lang, said):
    """Chart 7.2's title read "Public services leads in 22 of 32 whole plans (tied with Education and
    training in Chengqu District, Shanwei; …)", the draft unmarked inside the tie's bracket: the
    plans tying are named as `scope.marked` names them, in a clause after a comma, so that a
    draft's mark never nests in a bracket. The sentence under the chart names them alike."""
    from sciplan_analysis.analysis import findings as F
    from sciplan_analysis.analysis import instruments
    from tests.test_ends_tied import _tool_counts

    made = _tool_counts({"wuxi": {"services": 30, "education": 5}, "lezhi": {"services": 10, "education": 10},
                         "chongqing": {"services": 1}, "jinjiang": {"services": 10, "education": 10},
                         "shanwei": {"services": 12, "education": 12}})
    monkeypatch.setattr(instruments, "tool_counts", lambda corpus: made)
    found = F.tools(five_tables, lang)
    assert found.title.endswith(said), found.title
    assert not NESTED.search(found.title), found.title
    # the sentence names them alike (audit19: its bracket left the drafts unmarked), and in Chinese
    # says whose share follows the tie: 公共服务占条款的比例
    assert said + labels.tr("：公共服务占条款的比例从", ": from", lang) in found.sentence, found.sentence
    assert not NESTED.search(found.sentence.split("从")[0]), found.sentence


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_chart_1_1s_axis_counts_carry_thousands_separators(corpus, lang):
    """Chart 1.1's axis read "2000 4000 …" beside bar labels "12,074": its ticks are written as
    `labels.count` writes a count (4,000), whole numbers only."""
    fig = charts.structure_chart(corpus, lang)
    try:
        fig.canvas.draw()
        ticks = [[t.get_text() for t in ax.get_xticklabels() if t.get_text()] for ax in fig.axes[:3]]
        assert any("," in t for t in ticks[0]), ticks
        assert all(re.fullmatch(r"\d{1,3}(,\d{3})*", t) for panel in ticks for t in panel), ticks
        for ax in fig.axes[:3]:  # "8,00010,00012,000" once separated: the ticks stand apart
            boxes = sorted((t.get_window_extent() for t in ax.get_xticklabels() if t.get_text()),
                           key=lambda b: b.x0)
            assert all(a.x1 < b.x0 for a, b in zip(boxes, boxes[1:], strict=False)), ticks
    finally:
        plt.close(fig)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_hatched_cells_two_line_label_fits_its_cells_height(corpus, five_pair_tables, lang):
    """audit19 item 3: in the five-plan English chart 5.4 the hatched cells' two-line labels ("not
    / stated", "none in / one plan") filled their cells' height, and stacked cells read as one
    text. Every label is laid out within its cell's height."""
    labels.register_plans(corpus.plans)
    fig = charts.section_heatmap(five_pair_tables[0], lang=lang, corpus=corpus)
    ax = fig.axes[0]
    fig.draw_without_rendering()
    renderer = fig.canvas.get_renderer()
    rows = len(ax.get_yticks())
    tall = ax.get_window_extent(renderer).height / rows
    two_line = [t for t in ax.texts if "\n" in t.get_text()]
    assert lang == "zh" or two_line  # English wraps "not stated" in a narrow cell
    for t in two_line:
        assert t.get_window_extent(renderer).height <= tall, t.get_text()
    plt.close(fig)
