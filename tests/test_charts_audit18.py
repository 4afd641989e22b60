"""Charts mark drafts and fragments as the findings do (audit18 items 3, 4, 6 and 7): the unit
heatmaps' columns, the five-plan section heatmap's whole-plan row and pair names, chart 7.2's
title, and chart 1.1's axis counts. The five plans and made-up tables."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pytest

from sciplan_analysis import labels
from sciplan_analysis.report import charts


def _columns(fig, lang: str) -> list[str]:
    """The column labels as drawn; English ones wrap at spaces, so their lines are joined again."""
    said = [t.get_text() for t in fig.axes[0].get_xticklabels() if t.get_text()]
    return said if lang == "zh" else [" ".join(c.split()) for c in said]


@pytest.mark.parametrize(("lang", "draft", "group"), [
    ("zh", "成都市锦江区\n（征求意见稿）", "汕尾市城区\n（征求意见稿，按组分工）"),
    ("en", "Jinjiang District, Chengdu (a draft)", "Chengqu District, Shanwei (a draft, units per group)"),
])
@pytest.mark.parametrize("value", ["led", "partnered"])
def test_the_unit_heatmaps_name_drafts_in_their_columns(corpus, lang, draft, group, value):
    """Charts 4.2 and 4.3 read "成都市锦江区" and "汕尾市城区（按组分工）" while 5.1, 5.3 and 7.2 mark
    the same columns as drafts (4.2's darkest column, its title's top end, is 锦江区): a draft's
    column is named as one, in the bracket of its division of labour, on a line of its own; the
    fragment's column says why it is empty, once."""
    fig = charts.draw_workload_heatmap(corpus, value, None, lang)
    try:
        columns = _columns(fig, lang)
        assert draft in columns and group in columns, columns
        fragment = labels.tr("重庆市\n（残篇，未提及责任单位）",
                             "Chongqing Municipality (a fragment, no units stated)", lang)
        assert fragment in columns, columns
        assert all(c.count(labels.tr("（", "(", lang)) <= 1 for c in columns), columns
    finally:
        plt.close(fig)
