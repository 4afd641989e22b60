"""The charts and their style: CJK font, no missing glyphs, fixed plan colours, labels, export."""

from __future__ import annotations

import os
import subprocess
import sys
import warnings

import matplotlib as mpl
import pytest
from matplotlib import font_manager

from sciplan_analysis import config, labels
from sciplan_analysis.report import charts, style

CHINESE = "巫溪县 乐至县 重庆市 成都市锦江区 汕尾市城区 公民具备科学素质的比例 超过 力争 −5"


def test_font_ships_with_the_dependencies_and_is_registered():
    fig, _ = style.new_figure()  # the font is registered when the first figure is made
    style.plt.close(fig)
    path = style.font_path()
    assert path.is_file() and path.name == style.FONT_FILE
    assert str(path) in {f.fname for f in font_manager.fontManager.ttflist}
    assert mpl.rcParams["font.sans-serif"][0] == style.font_name() == "Noto Sans CJK SC"
    assert mpl.rcParams["axes.unicode_minus"] is False
    # the font matplotlib picks for the default family is the CJK one, not DejaVu
    found = font_manager.findfont(font_manager.FontProperties(family=["sans-serif"]))
    assert found == str(path)


def test_chinese_figure_saves_without_missing_glyph_warnings(tmp_path):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fig, ax = style.new_figure()
        ax.set_title(CHINESE)
        ax.set_xlabel("年份（%）≥ ＞")
        ax.plot([2020, 2025], [-6.9, 12])
        paths = style.export(fig, "chinese", out_dir=tmp_path)
        style.plt.close(fig)
    messages = [str(w.message) for w in caught]
    assert not [m for m in messages if "Glyph" in m or "missing from font" in m], messages
    assert [p.name for p in paths] == ["chinese.png", "chinese.svg"]


def test_export_writes_png_at_200_dpi_and_svg(tmp_path, monkeypatch):
    from PIL import Image

    monkeypatch.setenv(config.REPORTS_ENV, str(tmp_path))
    fig, ax = style.new_figure(4, 3)
    ax.bar(["甲", "乙"], [1, 2])
    png, svg = style.export(fig, "demo")
    style.plt.close(fig)
    assert png == tmp_path / "figures" / "demo.png" and png.stat().st_size > 1000
    assert svg == tmp_path / "figures" / "demo.svg"
    assert svg.read_text(encoding="utf-8").lstrip().startswith("<?xml")
    with Image.open(png) as image:
        dpi = image.info.get("dpi")
    assert dpi is not None and round(dpi[0]) == style.DPI


@pytest.mark.parametrize("framed", [False, True])
def test_export_crops_as_savefig_tight_does(tmp_path, framed):
    """export measures the tight box once for PNG and SVG; the PNG must equal what
    savefig(bbox_inches="tight") writes, for a chart laid out by frame() and for one that
    is not laid out yet (its constrained layout runs first)."""
    import numpy as np
    from PIL import Image

    def chart():
        fig, ax = style.new_figure(6, 3)
        ax.barh(["很长的单位名称一二三四五", "短"], [3, 5])
        ax.set_xlabel("任务数")
        if framed:
            style.frame(fig, "标题说明要点", note="来源：五份规划文本")
        return fig

    fig = chart()
    fig.savefig(tmp_path / "tight.png", dpi=style.DPI, bbox_inches="tight")
    style.plt.close(fig)
    fig = chart()
    png, _ = style.export(fig, "chart", out_dir=tmp_path)
    style.plt.close(fig)
    with Image.open(png) as ours, Image.open(tmp_path / "tight.png") as theirs:
        assert ours.size == theirs.size
        assert np.array_equal(np.asarray(ours.convert("RGB")), np.asarray(theirs.convert("RGB")))


def test_export_draws_a_framed_chart_once_per_file(tmp_path, monkeypatch):
    """A chart `frame` laid out is drawn once for the PNG and once for the SVG: savefig's
    extra draw before each file (it makes one whenever a figure has a layout engine, even
    the placeholder `frame` leaves) is skipped, and the placeholder is back afterwards."""
    from matplotlib.figure import Figure

    fig, ax = style.new_figure(6, 3)
    ax.barh(["很长的单位名称一二三四五", "短"], [3, 5])
    style.frame(fig, "标题说明要点", note="来源：五份规划文本")
    engine = fig.get_layout_engine()
    drawn = []
    original = Figure.draw

    def counting_draw(self, renderer):
        drawn.append(type(renderer).__name__)
        return original(self, renderer)

    monkeypatch.setattr(Figure, "draw", counting_draw)
    style.export(fig, "drawn", out_dir=tmp_path)
    style.plt.close(fig)
    assert drawn == ["RendererAgg", "MixedModeRenderer"]  # the PNG, then the SVG
    assert fig.get_layout_engine() is engine


def test_export_refuses_unsafe_names(tmp_path):
    fig, _ = style.new_figure()
    with pytest.raises(ValueError):
        style.export(fig, "../escape", out_dir=tmp_path)
    style.plt.close(fig)


def test_reports_dir_follows_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv(config.REPORTS_ENV, str(tmp_path))
    assert config.figures_dir() == tmp_path / "figures"
    monkeypatch.delenv(config.REPORTS_ENV)
    assert config.reports_dir().name == "reports"


def test_plan_colours_take_the_manifest_palette_slots():
    order = labels.plan_order()
    assert order[:5] == ["wuxi", "lezhi", "chongqing", "jinjiang", "shanwei"]
    # the fixed slot, not a colour compared with itself: a plan's colour is its manifest place
    for slot, plan_id in enumerate(order[: len(style.PALETTE)]):
        assert style.plan_colour(plan_id) == style.PALETTE[slot]
    assert len(set(style.plan_colours(order[:5]).values())) == 5


# The colour a plan the manifest does not know gets: a CRC-32 of its id (zlib.crc32(b"newcounty")
# % 12 == 4), written out so that a colour drawn from hash() or from the order of asking fails.
UNKNOWN_PLAN_COLOUR = ("newcounty", "#E69F00")


def test_unknown_plan_colour_is_the_same_in_every_process():
    plan_id, colour = UNKNOWN_PLAN_COLOUR
    assert style.plan_colour(plan_id) == colour
    code = ("from sciplan_analysis.report import style; "
            f"print(hash({plan_id!r}), style.plan_colour({plan_id!r}))")
    # another process with another str hash than this one (its hash printed to prove it)
    seed = "2" if os.environ.get("PYTHONHASHSEED") == "1" else "1"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env={**os.environ, "PYTHONHASHSEED": seed}, check=True)
    their_hash, their_colour = out.stdout.split()
    assert int(their_hash) != hash(plan_id) and their_colour == colour


def test_labels_switch_language():
    try:
        assert labels.get_language() == "zh"
        assert labels.plan_label("wuxi") == "巫溪县"
        assert labels.category_label("youth") == "青少年"
        assert labels.comparator_label(">") == "超过" and labels.comparator_label("aim") == "力争"
        assert labels.not_stated() == "未提及"
        labels.set_language("en")
        assert labels.plan_label("wuxi") == "Wuxi County"
        assert labels.category_label("youth") == "Youth"
        assert labels.comparator_label(">=") == "at least"
        assert labels.tr("年份", "Year") == "Year"
        assert labels.plan_label("wuxi", lang="zh") == "巫溪县"  # per-call override
    finally:
        labels.set_language("zh")
    with pytest.raises(ValueError):
        labels.set_language("fr")
    assert labels.category_label("unknown_code") == "unknown_code"
    assert labels.comparator_label(None) == "未提及"


def test_register_plans_names_new_plans():
    import pandas as pd

    labels.register_plans(pd.DataFrame({"plan_id": ["newtown"], "name_zh": ["新镇"],
                                      "name_en": ["New Town"]}))
    assert labels.plan_label("newtown") == "新镇"
    assert labels.plan_label("newtown", lang="en") == "New Town"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_heatmap_and_grouped_bars_show_not_stated(lang, tmp_path, recwarn):
    import numpy as np
    import pandas as pd

    table = pd.DataFrame({"wuxi": [1.0, 2.0], "chongqing": [np.nan, 3.0]}, index=["青少年", "农民"])
    for fig in (charts.heatmap(table, lang=lang), charts.grouped_bars(table, lang=lang)):
        texts = [t.get_text() for ax in fig.axes for t in ax.texts]
        assert labels.not_stated(lang) in texts
        style.export(fig, f"check_{lang}", out_dir=tmp_path)
        style.plt.close(fig)
    assert not [w for w in recwarn if "Glyph" in str(w.message)]


def test_heatmap_missing_label_replaces_not_stated():
    import numpy as np
    import pandas as pd

    matrix = pd.DataFrame([[np.nan, 0.5], [0.2, np.nan]], index=["a", "b"], columns=["a", "b"])
    fig = charts.heatmap(matrix, missing="—")
    texts = [t.get_text() for ax in fig.axes for t in ax.texts]
    assert texts.count("—") == 2 and labels.not_stated() not in texts
    style.plt.close(fig)


# --------------------------------------------------------------------------- similarity, reuse

PLANS = ["wuxi", "lezhi", "chongqing"]


def _similarity_table():
    import pandas as pd

    rows = [("wuxi", "lezhi", "whole", "word", 0.8), ("wuxi", "chongqing", "whole", "word", 0.5),
            ("lezhi", "chongqing", "whole", "word", 0.4),
            ("wuxi", "lezhi", "shared", "word", 0.7), ("wuxi", "chongqing", "shared", "word", 0.9),
            ("wuxi", "lezhi", "part:projects", "word", 0.6),
            ("wuxi", "lezhi", "category:youth", "word", 0.3)]
    return pd.DataFrame(rows, columns=["plan_a", "plan_b", "scope", "analyzer", "score"])


def _texts(fig):
    return [t.get_text() for ax in fig.axes for t in ax.texts]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_similarity_heatmap(lang):
    table = _similarity_table()
    fig = charts.similarity_heatmap(table, "shared", lang=lang)
    assert len(fig.axes) == 2  # the matrix and its colour bar
    ax = fig.axes[0]
    assert labels.label("scope", "shared", lang) in ax.get_title(loc="left")
    ticks = [t.get_text() for t in ax.get_yticklabels()]
    assert sorted(ticks) == sorted(labels.plan_labels(PLANS, lang))
    # lezhi–chongqing share no section: both cells read 'not stated', never 0
    assert _texts(fig).count(labels.not_stated(lang)) == 2
    assert fig.axes[1].get_ylabel() == labels.tr("用词相似度", "similarity of wording", lang)
    style.plt.close(fig)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_similarity_dendrogram_and_sections(lang):
    table = _similarity_table()
    fig = charts.similarity_dendrogram(table, lang=lang)
    ax = fig.axes[0]
    # wrapped under their leaves (English names ran into each other), never broken inside a word
    assert sorted(t.get_text().replace("\n", " ") for t in ax.get_xticklabels()) == sorted(
        labels.plan_labels(PLANS, lang))
    assert ax.get_title(loc="left") == labels.tr("按全文用词相似度聚类",
                                                 "Clustering by whole-text similarity of wording", lang)
    style.plt.close(fig)
    fig = charts.section_heatmap(table, lang=lang)
    rows = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert rows == [labels.label("scope", "whole", lang), labels.label("scope", "shared", lang),
                    labels.part_label("projects", lang), labels.category_label("youth", lang)]
    assert len(fig.axes[0].get_xticklabels()) == 3  # one column per plan pair
    # 3 pairs × 4 scopes = 12 cells, 7 scored: 5 read 现存文本未见 (no corpus: none is known whole)
    assert [t.replace("\n", " ") for t in _texts(fig)].count(labels.unsaid(lang)) == 5
    style.plt.close(fig)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_reuse_heatmap_and_own_text(lang):
    import itertools

    import numpy as np
    import pandas as pd

    reuse = pd.DataFrame([(a, b, 10, 2, 0.2) for a, b in itertools.permutations(PLANS, 2)],
                         columns=["source_plan", "target_plan", "n_sentences", "n_reused", "share"])
    fig = charts.reuse_heatmap(reuse, lang=lang)
    texts = _texts(fig)
    assert texts.count("—") == 3 and texts.count("20%") == 6  # diagonal empty, shares in percent
    assert labels.not_stated(lang) not in texts
    assert fig.axes[0].get_title(loc="left").startswith(labels.tr("行规划", "Share of the row plan", lang))
    style.plt.close(fig)
    own = pd.DataFrame({"plan_id": PLANS, "n_sentences": [10, 10, 0],
                        "n_reused_anywhere": [5, 0, 0], "own_share": [0.5, 1.0, np.nan]})
    fig = charts.own_text_chart(own, lang=lang)
    texts = [t.strip() for t in _texts(fig)]
    assert texts == (["50%（5/10 句）", "100%（10/10 句）"] if lang == "zh" else ["50% (5/10)", "100% (10/10)"]) \
        + [labels.not_stated(lang)]  # a count beside every share
    assert [t.get_text() for t in fig.axes[0].get_yticklabels()] == labels.plan_labels(PLANS, lang)
    style.plt.close(fig)


def test_charts_set_the_cjk_font_before_drawing(tmp_path, recwarn):
    table = _similarity_table()
    for fig in (charts.similarity_heatmap(table, lang="zh"), charts.section_heatmap(table, lang="zh")):
        style.export(fig, "cjk", out_dir=tmp_path)
        style.plt.close(fig)
    assert mpl.rcParams["font.sans-serif"][0] == style.font_name()
    assert not [w for w in recwarn if "Glyph" in str(w.message)]


def test_a_target_on_the_national_line_is_labelled_below_it(corpus):
    """乐至县's 2035 target equals the national 25%: its label went through the dotted line
    and the line's own label; it now sits below, and the title calls the line dotted."""
    fig = charts.targets_chart(corpus, "zh")
    ax = fig.axes[0]
    on_line = [t for t in ax.texts if t.get_text() == "达到 25%"]
    off_line = [t for t in ax.texts if t.get_text() == "超过 12%"]
    assert on_line and on_line[0].xyann[1] < off_line[0].xyann[1]
    assert "点线为国家纲要的目标" in ax.get_title(loc="left")
    style.plt.close(fig)
