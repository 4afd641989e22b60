"""Audit 23, helper k8: at scale, the distribution charts' plans at 0 seen and counted (item 3),
the wide plan-column tables of pages 02-04 given a row per category (item 4), and chart 2.4's
gap label clear of the bars (item 8)."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from sciplan_analysis.report import charts  # noqa: E402

LANGS = ("zh", "en")


def _many(n: int = 300) -> pd.DataFrame:
    """Three rows of task counts over `n` plans: 65 zeros, 1 zero, none."""
    rng = np.random.default_rng(1)
    cols = [f"p{i:04d}" for i in range(n)]
    rows = {}
    for row, zeros in (("青少年", 65), ("农民", 1), ("组织实施与保障", 0)):
        v = rng.integers(1, 6, n).astype(float)
        v[:zeros] = 0
        rows[row] = v
    return pd.DataFrame(rows, index=cols).T


# --------------------------------------------------------------------------- item 3


@pytest.mark.parametrize("lang", LANGS)
def test_a_spread_charts_plans_at_zero_are_whole_dots_and_counted(lang):
    """The scale starts below 0: a plan at 0 is a whole dot right of the axis line, not half
    hidden under it; each row with plans at 0 says how many, left of its 0, inside the axes, and
    a row with none says nothing (audit23 item 3: 65 plans without a youth task drawn on the spine)."""
    fig = charts.spread_chart(_many(), lang=lang)
    ax = fig.axes[0]
    fig.draw_without_rendering()
    renderer = fig.canvas.get_renderer()
    start, _end = ax.get_xlim()
    assert start < 0
    # a dot at 0 (radius about 2 points) stands clear of the axis line
    left = ax.get_window_extent(renderer).x0
    zero = ax.transData.transform((0, 0))[0]
    assert zero - left > 3 * fig.dpi / 72
    said = {t.get_text(): t for t in ax.texts if t.get_text().startswith("0")}
    want = {"zh": ["0：65 份", "0：1 份"], "en": ["0: 65 plans", "0: 1 plan"]}[lang]
    assert sorted(said) == sorted(want)
    for text in said.values():  # inside the axes, left of the dots at 0
        box = text.get_window_extent(renderer)
        assert box.x0 >= left and box.x1 < zero
    plt.close(fig)
