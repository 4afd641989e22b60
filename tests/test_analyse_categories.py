"""The category × plan matrix on a hand-made corpus: counts, shares and 'not stated'."""

from __future__ import annotations

import pytest
from handmade import sample_corpus

from sciplan_analysis.analysis import categories as ac
from sciplan_analysis.report import charts, style


@pytest.fixture()
def corpus():
    return sample_corpus()


def test_home_parts(corpus):
    home = ac.category_home_parts(corpus)
    assert home["youth"] == "actions" and home["infrastructure"] == "projects"


def test_task_matrix_counts_zero_and_not_stated(corpus):
    m = ac.category_matrix(corpus, "tasks")
    assert list(m.columns) == ["alpha", "beta", "gamma"]
    assert m.index[0] == "youth"  # reference order: populations first
    assert m.loc["youth", "alpha"] == 2
    assert m.loc["infrastructure", "beta"] == 1
    # gamma has an actions part but no farmers group: a real gap, 0
    assert m.loc["farmers", "gamma"] == 0
    # beta is a fragment without the actions part: unknown, not 0
    assert m[["beta"]].loc[["youth", "farmers", "informatization"]].isna().all().all()


def test_share_matrix_sums_to_100(corpus):
    m = ac.category_matrix(corpus, "share")
    assert m["alpha"].sum() == pytest.approx(100.0)
    assert m.loc["youth", "alpha"] == pytest.approx(40.0)  # 400 of 1000 task characters
    assert m["beta"].sum() == pytest.approx(100.0)  # NaN cells skipped


def test_groups_matrix_and_bad_value(corpus):
    assert ac.category_matrix(corpus, "groups").loc["youth", "gamma"] == 1
    with pytest.raises(ValueError):
        ac.category_matrix(corpus, "words")


def test_coverage_table(corpus):
    cov = ac.coverage(corpus, lang="en").set_index("Region")
    assert cov.loc["Gamma District", "Populations: left out"] == "Farmers"
    assert "Youth" in cov.loc["Beta City", "Populations: not in the text as we have it"]
    assert cov.loc["Alpha County", "Populations: left out"] == "—"


def test_labelled_matrix_shows_not_stated(corpus):
    table = ac.labelled(ac.category_matrix(corpus, "tasks"), lang="zh")
    assert table.loc["青少年", "乙市"] == "现存文本未见"  # a lost part (audit22 item 8)
    assert table.loc["青少年", "甲县"] == 2


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_category_charts_draw(corpus, lang, recwarn):
    for fig in (charts.category_heatmap(corpus, lang=lang), charts.category_bars(corpus, lang=lang)):
        fig.canvas.draw()
        style.plt.close(fig)
    assert not [w for w in recwarn if "Glyph" in str(w.message)]
