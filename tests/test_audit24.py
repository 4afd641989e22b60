"""Audit 24: a long table's excerpt among many plans holds the plans the page's chart findings name too (c300 page 04's
excerpts left out 山阳县, named by its partners chart; page 02's left out 云明县, named by its measures chart)."""

from __future__ import annotations

from sciplan_analysis import labels


def test_an_excerpt_holds_a_plan_only_a_chart_finding_names(five_plans, monkeypatch, displayed):
    from sciplan_analysis.analysis import findings as fnd
    from sciplan_analysis.report import page

    labels.set_language("zh")
    monkeypatch.setattr(page, "EXCERPT_PLANS", 3)
    monkeypatch.setattr(page, "EXCERPT_ROWS", 60)
    monkeypatch.setattr(page, "EXCERPT_ENDS", 2)
    monkeypatch.setattr(page._state, "tables", fnd.Tables(five_plans))
    monkeypatch.setattr(page._state, "page", "04_unit_workload")
    monkeypatch.setattr(page._state, "lang", "zh")
    monkeypatch.setattr(page._state, "chart_findings", None)
    # the page's opening finding names Wuxi; a finding its charts state names Shanwei
    monkeypatch.setattr(page._state, "findings", [fnd.Finding("x", "最高的是巫溪县", {}, "f", "04", plans=("wuxi",))])
    monkeypatch.setattr(fnd, "CHART_FINDINGS", {"04_unit_workload": ("y",)})
    monkeypatch.setattr(fnd, "compute", lambda tables, ids, lang=None: [
        fnd.Finding("y", f"配合最多的是{labels.plan_label('shanwei')}", {}, "f", "04", plans=("shanwei",))] if ids else [])
    tasks = five_plans.tasks[["plan_id", "task_id", "category", "title"]]
    page.table(tasks, long=True, sheet="tasks")
    note = displayed[0]
    assert "本页发现提到的 2 份规划" in note
    assert "巫溪县" in note and labels.plan_label("shanwei") in note


def test_a_page_among_few_plans_computes_no_chart_findings(five_plans, monkeypatch):
    """Among few plans every row is shown, so the chart findings are not computed for the table."""
    from sciplan_analysis.analysis import findings as fnd
    from sciplan_analysis.report import page

    monkeypatch.setattr(page, "_display", lambda obj: None)
    monkeypatch.setattr(page._state, "tables", fnd.Tables(five_plans))
    monkeypatch.setattr(page._state, "chart_findings", None)
    monkeypatch.setattr(page._state, "findings", [])

    def refuse(*args, **kwargs):
        raise AssertionError("computed")

    monkeypatch.setattr(fnd, "compute", refuse)
    page.table(five_plans.tasks[["plan_id", "title"]], long=True)
    assert page._state.chart_findings is None


def test_chart_2_1_says_a_baseline_is_one_not_a_reached_target(five_plans):
    """en5 chart 2.1 labelled Wuxi's 2020 baseline 'reaches 6.9%', a target's words."""
    import matplotlib.pyplot as plt

    from sciplan_analysis.report import charts

    for lang, said, not_said in (("en", "baseline 6.9%", "reaches 6.9%"), ("zh", "基线 6.9%", "达到 6.9%")):
        labels.set_language(lang)
        fig = charts.targets_chart(five_plans, lang)
        texts = [t.get_text() for ax in fig.axes for t in ax.texts]
        plt.close(fig)
        assert said in texts and not_said not in texts
    labels.set_language("zh")


def test_a_figure_whose_title_is_its_caption_says_it_once_in_its_alt_text(five_plans, monkeypatch, tmp_path, displayed):
    """c300's 5.2 and 6.1 had the alt text 每份规划与其最相似规划的全文相似度。每份规划与其最相似规划的全文相似度."""
    from matplotlib import pyplot as plt

    from sciplan_analysis.analysis import findings as fnd
    from sciplan_analysis.report import page, style

    monkeypatch.setattr(style, "figures_dir", lambda: tmp_path)
    labels.set_language("zh")
    monkeypatch.setattr(page._state, "tables", fnd.Tables(five_plans))
    monkeypatch.setattr(page._state, "findings", [])
    caption = page.caption_of("similarity_nearest")
    fig, ax = plt.subplots()
    ax.plot([0, 1])
    fig.suptitle(caption)
    page.figure(fig, "similarity_nearest", note=False)
    alt = displayed[0].split('alt="')[1].split('"')[0]
    assert alt.count(caption) == 1
