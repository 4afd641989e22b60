"""Audit 22, helper k5: one label for what the fragment lost (item 8), the charts' cosmetic items
(17, 18, 19, 26), the workbook guide's example (21), page 01's character counts (22), the national
outline's column on plan pages (24), the units only one plan names (25) and the benchmark's copy
read (27)."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402
from matplotlib.patches import Rectangle  # noqa: E402

from sciplan_analysis import labels  # noqa: E402
from sciplan_analysis.analysis import findings as F  # noqa: E402
from sciplan_analysis.report import charts, plan_page  # noqa: E402

LANGS = ("zh", "en")


def _texts(fig) -> list[str]:
    """Every text drawn in a figure (axes, legends, figure texts), unwrapped."""
    out = [t.get_text() for ax in fig.axes for t in ax.texts] + [t.get_text() for t in fig.texts]
    for ax in fig.axes:
        if ax.get_legend():
            out += [t.get_text() for t in ax.get_legend().get_texts()]
    plt.close(fig)
    return [t.replace("\n", "" if "\n" in t and not t.isascii() else " ") for t in out]


# --------------------------------------------------------------------------- item 8


@pytest.mark.parametrize("lang", LANGS)
def test_the_fragments_lost_parts_read_one_label_in_every_chart(five_plans, five_pair_tables, lang):
    """The fragment's lost parts read 现存文本未见 / "not in the text as we have it", as the findings
    say it, in charts 2.3, 2.4, 3.1, 3.2, 4.2, 5.4 and 7.4; never 未提及 / "not stated" or
    文本缺失（残篇） (audit22 item 8)."""
    labels.register_plans(five_plans.plans)
    word, old = labels.unsaid(lang), labels.not_stated(lang)
    assert word == labels.tr("现存文本未见", "not in the text as we have it", lang)
    figures = {
        "2.3": charts.commitments_chart(five_plans, lang),
        "2.4": charts.specificity_chart(five_plans, lang),
        "3.1": charts.category_bars(five_plans, lang=lang),
        "3.2": charts.category_heatmap(five_plans, lang=lang),
        "4.2": charts.draw_workload_heatmap(five_plans, "led", lang=lang),
        "5.4": charts.section_heatmap(five_pair_tables[0], lang=lang, corpus=five_plans),
        "7.4": charts.instrument_matrix_heatmap(five_plans, "chongqing", lang),
    }
    for name, fig in figures.items():
        drawn = [t.strip() for t in _texts(fig)]
        assert word in drawn, name
        assert old not in drawn and "文本缺失（残篇）" not in drawn and "lost (a fragment)" not in drawn, name


@pytest.mark.parametrize("lang", LANGS)
def test_the_source_note_names_the_label_the_charts_draw(five_plans, lang):
    note = F.source_note(five_plans, lang)
    said = labels.tr("“现存文本未见”", '"not in the text as we have it"', lang)
    assert said in note and labels.tr("“未提及”", '"not stated"', lang) not in note


@pytest.mark.parametrize(("lang", "leads", "target", "never"), [
    ("zh", "现存文本未见牵头单位。", "现存文本未见公民具备科学素质比例的目标。", ("本规划没有写明牵头单位", "未提及")),
    ("en", "The text as we have it names no lead units.",
     "The text as we have it states no target for the share of citizens with science literacy.",
     ("The plan names no lead units", "not stated")),
])
def test_chongqings_plan_page_says_what_its_text_lacks_as_the_findings_do(five_plans, lang, leads, target,
                                                                          never):
    page = plan_page.plan_pages(five_plans, lang)["chongqing"]
    assert leads in page and target in page
    assert labels.unsaid(lang) in page  # its title, document number … in the facts table
    # 未提及手段 / "No means named" is an instrument type, not a silence
    rest = page.replace("未提及手段", "")
    assert not [w for w in never if w in rest]
    wuxi = plan_page.plan_pages(five_plans, lang)["wuxi"]
    assert labels.unsaid(lang) not in wuxi  # a whole plan's silence stays 未提及


# --------------------------------------------------------------------------- item 17


def test_chart_2_3_draws_the_fragments_columns_at_zero_with_their_word_only(five_plans):
    """The fragment's hatched 'not stated' bars stood about 0.2 high and read as a value."""
    fig = charts.commitments_chart(five_plans, "zh")
    ax = fig.axes[0]
    bars = [p for p in ax.patches if isinstance(p, Rectangle)]
    assert not [p for p in bars if p.get_hatch()]
    assert all(p.get_height() == 0 for p in bars if p.get_facecolor()[:3] == matplotlib.colors.to_rgb(
        charts.style.plan_colour("chongqing")))
    marks = [t for t in ax.texts if t.get_text() == "现存文本未见"]
    assert len(marks) == 7  # one per measure word
    assert all(t.get_position()[1] < 0.1 for t in marks)
    plt.close(fig)


# --------------------------------------------------------------------------- item 18


def test_chart_5_4_groups_the_parts_then_the_categories(five_plans, five_pair_tables):
    """Rows followed internal keys: Actions, Background, Aims and targets, Implementation,
    Projects, Leading cadres … with no separator. Now the parts in a plan's order, then the
    categories in page 03's order, a rule between the groups and each group named."""
    from sciplan_analysis.analysis import similarity as sim

    sections = sim.section_table(five_pair_tables[0])
    scopes = list(sections.columns)
    kinds = [s.partition(":")[0] if ":" in s else s for s in scopes]
    assert kinds[:2] == ["whole", "shared"]
    first_category = kinds.index("category")
    assert set(kinds[2:first_category]) == {"part"} and set(kinds[first_category:]) == {"category"}
    assert scopes[2:first_category] == [f"part:{p}" for p in
                                        ("background", "goals", "actions", "projects", "implementation")]
    order = labels.category_order()
    cats = [s.partition(":")[2] for s in scopes[first_category:]]
    assert cats == sorted(cats, key=order.index)
    fig = charts.section_heatmap(five_pair_tables[0], lang="zh", corpus=five_plans)
    ax = fig.axes[0]
    rules = [ln.get_ydata()[0] for ln in ax.lines if ln.get_color() == "white"]
    assert rules == [1.5, first_category - 0.5]
    assert {"章节", "类别"} <= {t.get_text() for t in ax.texts}
    plt.close(fig)


# --------------------------------------------------------------------------- item 21


@pytest.mark.parametrize("lang", LANGS)
def test_the_workbook_guides_examples_are_this_builds_numbers(five_plans, lang):
    """The instrument types note's "(43.0 and 37, of 87)" was fixed text matching no plan of any
    build; each example is now read from the build's own sheet."""
    from sciplan_analysis.report.export import reader_tables, readme_sheet

    tables = reader_tables(five_plans, lang)
    notes = {row[0]: row[1] for row in readme_sheet(five_plans, tables, lang) if len(row) > 1}
    types = notes[labels.label("sheet", "instrument_types", lang)]
    assert "43.0" not in types and "87" not in types
    first = tables["instrument_types"].iloc[0]
    assert f"{first['supply']:.1f}" in types and f"{int(first['n_supply'])}" in types
    assert str(int(first["n_clauses"])) in types
    counts = notes[labels.label("sheet", "category_share_counts", lang)]
    assert "954/7,059" in counts and "14%" in counts  # 巫溪县's 青少年, the sheet's first count
    # another build (the plans' order changed): another example, its own
    other = five_plans.__class__(**{**five_plans.__dict__,
                                    "plans": five_plans.plans.iloc[::-1].reset_index(drop=True)})
    again = {row[0]: row[1] for row in readme_sheet(other, reader_tables(other, lang), lang) if len(row) > 1}
    assert again[labels.label("sheet", "instrument_types", lang)] != types


# --------------------------------------------------------------------------- item 22


@pytest.mark.parametrize("lang", LANGS)
def test_page_01s_plans_table_writes_counts_as_the_findings_do(five_plans, lang):
    """The plans table wrote 11426 where the findings and charts write 11,426; years stay bare."""
    from sciplan_analysis.analysis import overview
    from sciplan_analysis.report.page import clean

    shown = clean(overview.plans_table(five_plans, lang), lang=lang)
    chars = shown[labels.tr("字数", "Characters", lang)].tolist()
    assert "11,426" in chars and "7,049" in chars and "11426" not in chars
    targets = clean(five_plans.targets, lang=lang)
    assert "2025" in targets[labels.label("column", "year", lang)].tolist()
    # the fragment's period and date: not in the text as we have it, as its plan page says
    period = shown[labels.text("plan.period", lang)].tolist()
    assert period[list(five_plans.plans["plan_id"]).index("chongqing")] == labels.unsaid(lang)
    assert period[list(five_plans.plans["plan_id"]).index("lezhi")] == labels.not_stated(lang)
