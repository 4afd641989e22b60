"""The plotting helpers: CJK font, no missing glyphs, stable plan colours, labels, export."""

from __future__ import annotations

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


def test_plan_colours_fixed_distinct_and_stable():
    ids = ["wuxi", "lezhi", "chongqing", "jinjiang", "shanwei"]
    colours = style.plan_colours(ids)
    assert len(set(colours.values())) == 5  # the manifest's plans never share a colour
    assert colours == style.plan_colours(list(reversed(ids)))  # order of asking does not matter
    assert colours["wuxi"] == style.PALETTE[0]  # manifest order gives the slots
    # a plan the manifest does not know still gets a colour, the same every time
    assert style.plan_colour("newcounty") == style.plan_colour("newcounty")
    assert style.plan_colour("newcounty") in style.PALETTE


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
