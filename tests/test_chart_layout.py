"""Chart layout that reads at any size (audit14 items 8, 9, 12): labels off the reference lines,
axes that stop at their scale's end, notes beside (never under) the labels, colour scales set
by whole plans, bars ordered by what their title speaks of. Made-up tables and corpora, drawn
light: no corpus is parsed."""

from __future__ import annotations

from types import SimpleNamespace

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest

from sciplan_analysis import labels
from sciplan_analysis.report import charts


@pytest.fixture(autouse=True)
def _plan_names_restored():
    """The made-up plans' names (p00 → 甲00县) leave the label registry as they found it, so a
    later test naming p00 by its id does not read this file's names."""
    labels.plan_label("")  # load the manifest's names first
    saved = dict(labels._plans)
    yield
    labels._plans.clear()
    labels._plans.update(saved)


def _corpus(n: int, targets: list[tuple]) -> SimpleNamespace:
    """A corpus of `n` made-up plans (甲01 …) with `targets` rows (plan, kind, year, value)."""
    plans = pd.DataFrame({"plan_id": [f"p{i:02d}" for i in range(n)],
                          "name_zh": [f"甲{i:02d}县" for i in range(n)],
                          "name_en": [f"Jia {i:02d}" for i in range(n)],
                          "status": "final"})
    rows = pd.DataFrame(targets, columns=["plan_id", "kind", "year", "value"])
    rows["comparator"] = ">"
    rows["quote"] = "超过"
    labels.register_plans(plans)
    return SimpleNamespace(plans=plans, targets=rows)


def _struck(fig, text_start: str, value: float) -> bool:
    """Whether the label starting `text_start` is crossed by a horizontal line at `value`."""
    fig.canvas.draw()
    ax = fig.axes[0]
    label = next(t for t in ax.texts if t.get_text().startswith(text_start))
    box = label.get_window_extent()
    y = ax.transData.transform((0, value))[1]
    return box.y0 <= y <= box.y1


@pytest.mark.parametrize("n", [5, 20])
def test_a_target_on_the_national_line_is_labelled_off_it(n):
    """Chart 2.1: the one plan aiming at 2035's 25% (the national outline's line) has its label
    below the dotted line, not struck through by it, with few plans (a label per mark) and
    with many (the highest and lowest named)."""
    rows = [(f"p{i:02d}", "target", 2025, 11 + i % 8) for i in range(n)]
    rows.append(("p01", "target", 2035, 25.0))
    fig = charts.targets_chart(_corpus(n, rows), lang="zh")
    start = "超过 25%" if n <= 12 else "甲01县 25%"
    assert not _struck(fig, start, 25.0)
    plt.close(fig)


def test_off_the_line_moves_only_labels_near_a_line():
    assert charts._off_the_line(18.0, 15.0, 30.0) == -3.0  # clear of it: centred
    assert charts._off_the_line(12.0, None, 30.0) == -3.0  # no line that year
    assert charts._off_the_line(25.0, 25.0, 30.0) == -13.0  # on it: below
    assert charts._off_the_line(15.5, 15.0, 30.0) == 5.0  # just over it: above


def _prose(lang: str) -> str:
    import json
    from pathlib import Path

    cells = json.loads((Path(__file__).resolve().parents[1] / "notebooks" / "02_targets.ipynb")
                       .read_text(encoding="utf-8"))["cells"]
    return "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown"
                     and f"lang-{lang}" in c.get("metadata", {}).get("tags", []))


@pytest.mark.parametrize(("lang", "both", "false_at_scale"), [
    ("zh", ("每份规划一种颜色", "每年最高和最低的目标标为红色"), "颜色区分规划"),
    ("en", ("each plan has a colour of its own", "highest and lowest targets are red"),
     "colour is the plan"),
])
def test_page_02_says_what_the_targets_colours_are_at_any_size(lang, both, false_at_scale):
    """Page 02's note under chart 2.1 held only for few plans (颜色区分规划: at 33 plans one
    colour, red extremes); it now says both forms, and the chart draws them so."""
    text = _prose(lang)
    assert all(part in text for part in both) and false_at_scale not in text
    for n, colours in ((5, 5), (20, 2)):  # a colour per plan; one colour and the red extremes
        rows = [(f"p{i:02d}", "target", 2025, 10 + i % 9) for i in range(n)]
        fig = charts.targets_chart(_corpus(n, rows), lang=lang)
        from matplotlib.collections import PathCollection

        faces = {tuple(np.round(c.get_facecolor()[0], 3)) for c in fig.axes[0].collections
                 if isinstance(c, PathCollection)}
        assert len(faces) == colours, (n, faces)
        plt.close(fig)


def test_build_names_the_folder_it_parses(tmp_path, monkeypatch, capsys):
    """`build` printed "parsing data/raw/ …" whatever SCIPLAN_RAW_DIR said: it names the folder
    it reads."""
    from sciplan_analysis import cli
    from sciplan_analysis import corpus as corpus_module

    raw = tmp_path / "elsewhere"
    raw.mkdir()

    class Stop(Exception):
        pass

    def stop(*_args, **_kwargs):
        raise Stop

    monkeypatch.setattr(cli, "RAW_DIR", raw)
    monkeypatch.setattr(corpus_module, "load_corpus", stop)
    with pytest.raises(Stop):
        cli._build(SimpleNamespace(out=tmp_path / "out"))
    said = capsys.readouterr().err
    assert f"parsing {raw.as_posix()}/ …" in said and "data/raw" not in said
    monkeypatch.chdir(tmp_path)
    with pytest.raises(Stop):
        cli._build(SimpleNamespace(out=tmp_path / "out"))
    assert "parsing elsewhere/ …" in capsys.readouterr().err


def _spread_table(n_cols: int = 40, seed: int = 3) -> pd.DataFrame:
    """Rows of made-up similarities (0–1), many at 1.00, and a few cells empty."""
    rng = np.random.default_rng(seed)
    table = pd.DataFrame(rng.uniform(0.2, 1.0, (6, n_cols)), index=[f"章节{i}" for i in range(6)],
                         columns=[f"p{j:02d}" for j in range(n_cols)])
    table.iloc[1:4, :5] = 1.0
    table.iloc[2:, -3:] = np.nan
    return table


def test_the_section_spread_stops_at_one_and_keeps_labels_off_the_counts():
    """Chart 5.4 among many plans: the axis ran to 1.3 on a 0–1 scale, and the named pairs'
    labels ran into the counts of pairs lacking a section. The ticks and the axis line stop at
    1.0, the counts stand right of it, and no label overlaps a count."""
    fig = charts.spread_chart(_spread_table(), lang="zh", upper=1.0,
                              missing="缺此章节的对", name=lambda p: f"{p}–{p}")
    fig.canvas.draw()
    ax = fig.axes[0]
    assert max(ax.get_xticks()) == pytest.approx(1.0)
    assert ax.spines["bottom"].get_bounds() == (0, 1.0)
    texts = [t for t in ax.texts if "/" in t.get_text()]
    named = [t for t in ax.texts if "–" in t.get_text()]
    assert texts and named
    for count in texts:
        assert count.get_position()[0] > 1.0  # right of the scale's end
        box = count.get_window_extent()
        for label in named:
            assert not box.overlaps(label.get_window_extent()), (count.get_text(), label.get_text())
    plt.close(fig)


@pytest.mark.parametrize(("lang", "said"), [("zh", "未提及：3/40"), ("en", "not stated: 3/40")])
def test_the_spread_count_uses_the_languages_colon(lang, said):
    """Chart 2.3 read 未提及: 1/33 with an ASCII colon in Chinese text."""
    fig = charts.spread_chart(_spread_table(), lang=lang)
    assert said in [t.get_text() for t in fig.axes[0].texts]
    plt.close(fig)


def test_the_category_heatmaps_scale_is_set_by_whole_plans(monkeypatch):
    """Chart 3.2 ran 0–30 because of the fragment's one part (all its task text in 组织实施与保障),
    leaving every whole plan pale below 10: the scale tops at the whole plans' highest share,
    the fragment's cell takes the darkest colour and the colour bar says so."""
    from sciplan_analysis.analysis import scope

    n = 14
    rng = np.random.default_rng(1)
    shares = pd.DataFrame(rng.uniform(0, 20, (3, n)), index=["youth", "farmers", "implementation"],
                          columns=[f"p{i:02d}" for i in range(n)])
    shares.iloc[:2, 0] = np.nan
    shares.iloc[2, 0] = 30.0  # the fragment: one part, a third of its task text
    chars = shares.fillna(0) * 10
    corpus = _corpus(n, [])
    monkeypatch.setattr(charts, "category_matrix",
                        lambda _c, value="share": shares.copy() if value == "share" else chars.copy())
    monkeypatch.setattr(scope, "reasons", lambda _c: {"p00": scope.FRAGMENT})
    fig = charts.category_heatmap(corpus, lang="zh")
    image = fig.axes[0].images[0]
    assert image.norm.vmax == pytest.approx(float(shares.iloc[:, 1:].max().max()))
    bar = fig.axes[1]
    assert "色阶按完整规划" in (bar.get_ylabel() or bar.get_xlabel()) and image.colorbar.extend == "max"
    plt.close(fig)
    monkeypatch.setattr(scope, "reasons", lambda _c: {})  # every text whole: its own scale
    fig = charts.category_heatmap(corpus, lang="zh")
    assert fig.axes[0].images[0].norm.vmax == pytest.approx(30.0)
    assert fig.axes[0].images[0].colorbar.extend == "neither"
    assert "色阶" not in (fig.axes[1].get_ylabel() + fig.axes[1].get_xlabel())
    plt.close(fig)


def test_the_instrument_type_bars_are_ranked_by_the_side_their_title_names(monkeypatch):
    """Chart 7.1's title (the demand finding) names the plan leaning most on demand-side
    instruments, but among many plans the bars were ranked by the supply side (that plan sat
    27th): they are ranked by the demand side, first to last, and the subtitle says so."""
    from sciplan_analysis.analysis import instruments

    n = 14
    rng = np.random.default_rng(5)
    supply = rng.uniform(30, 60, n)
    demand = rng.uniform(10, 35, n)
    none = np.full(n, 5.0)
    table = pd.DataFrame({"plan_id": [f"p{i:02d}" for i in range(n)], "supply": supply,
                          "environment": 100 - supply - demand - none, "demand": demand,
                          "none": none, "n_clauses": 100})
    corpus = _corpus(n, [])
    monkeypatch.setattr(instruments, "type_shares", lambda _c: table.copy())
    fig = charts.instrument_type_bars(corpus, lang="zh")
    ax = fig.axes[0]
    shown = [t.get_text() for t in ax.get_yticklabels()]
    expected = [labels.plan_label(p, "zh") for p in table.sort_values("demand", ascending=False)["plan_id"]]
    assert shown == expected
    assert "按需求型占比由高到低排列" in ax.get_title(loc="left")
    plt.close(fig)
