"""Workload counts on a small hand-made corpus, and the basis flags on the real plans."""

from __future__ import annotations

import math
import re
from pathlib import Path

import pandas as pd
import pytest

from sciplan_analysis.analysis import workload as wl
from sciplan_analysis.corpus import Corpus
from sciplan_analysis.parsing.units import apply_crosswalk
from sciplan_analysis.report import charts

CROSSWALK = """\
alias,unit,unit_en,unit_type,functions,note
县教委,教育部门,Education bureau,government_department,education,
县教体局,教育部门,Education bureau,government_department,education;sports,
区教育局,教育部门,Education bureau,government_department,education,
县农业农村局,农业农村部门,Agriculture bureau,government_department,agriculture,
县科协,科协,Science association,peoples_organisation,science_popularisation,
区科协,科协,Science association,peoples_organisation,science_popularisation,
团县委,共青团,Youth League,peoples_organisation,youth,
"""


def _a(plan: str, task: str, raw: str, role: str, source: str = "bracket") -> dict:
    return {"plan_id": plan, "task_id": task, "unit_raw": raw, "unit": None, "unit_en": None,
            "role": role, "source": source}


@pytest.fixture
def crosswalk(tmp_path: Path) -> Path:
    path = tmp_path / "unit_aliases.csv"
    path.write_text(CROSSWALK, encoding="utf-8")
    return path


@pytest.fixture
def toy(crosswalk: Path) -> Corpus:
    """p1: units per task; p2: units per group (table); p3: no units at all."""
    plans = [{"plan_id": p, "name_zh": p, "name_en": p, "status": s}
             for p, s in (("p1", "final"), ("p2", "draft"), ("p3", "fragment"))]
    groups = [
        {"plan_id": "p1", "group_id": "g1", "category": "youth", "category_en": "Youth"},
        {"plan_id": "p1", "group_id": "g2", "category": "farmers", "category_en": "Farmers"},
        {"plan_id": "p1", "group_id": "g3", "category": "implementation", "category_en": "Impl"},
        {"plan_id": "p2", "group_id": "g1", "category": "youth", "category_en": "Youth"},
        {"plan_id": "p2", "group_id": "g2", "category": "implementation", "category_en": "Impl"},
        {"plan_id": "p3", "group_id": "g1", "category": "youth", "category_en": "Youth"},
    ]
    tasks = [{"plan_id": p, "task_id": t, "group_id": g}
             for p, t, g in (("p1", "t1", "g1"), ("p1", "t2", "g1"), ("p1", "t3", "g2"),
                             ("p1", "t4", "g3"), ("p2", "t1", "g1"), ("p2", "t2", "g1"),
                             ("p2", "t3", "g2"), ("p3", "t1", "g1"))]
    assignments = [
        _a("p1", "t1", "县教委", "lead"), _a("p1", "t1", "县科协", "partner"),
        _a("p1", "t1", "团县委", "partner"),
        # co-leads; 县教体局 is the same canonical unit as the lead 县教委: counted once, as lead
        _a("p1", "t2", "县教委", "lead"), _a("p1", "t2", "县科协", "lead"),
        _a("p1", "t2", "县教体局", "partner"),
        _a("p1", "t3", "县农业农村局", "lead"), _a("p1", "t3", "县科协", "partner"),
        # p2: one table row for group g1, inherited by its two tasks
        _a("p2", "t1", "区教育局", "lead", "table"), _a("p2", "t1", "区科协", "partner", "table"),
        _a("p2", "t2", "区教育局", "lead", "table"), _a("p2", "t2", "区科协", "partner", "table"),
    ]
    corpus = Corpus.from_records({"plans": plans, "groups": groups, "tasks": tasks,
                                  "assignments": assignments})
    corpus.assignments = apply_crosswalk(corpus.assignments, crosswalk)
    return corpus


def test_assignment_basis_flags_table_and_missing_units(toy: Corpus) -> None:
    assert wl.assignment_basis(toy).to_dict() == {"p1": "task", "p2": "group table", "p3": "none"}


def test_unit_workload_counts(toy: Corpus, crosswalk: Path) -> None:
    work = wl.unit_workload(toy, crosswalk).set_index(["plan_id", "unit"])
    p1 = work.loc["p1"]
    assert p1.loc["教育部门", ["led", "partnered", "total"]].tolist() == [2, 0, 2]
    assert p1.loc["科协", ["led", "partnered", "total"]].tolist() == [1, 2, 3]
    assert p1.loc["共青团", ["led", "partnered", "total"]].tolist() == [0, 1, 1]
    assert p1.loc["农业农村部门", ["led", "partnered", "total"]].tolist() == [1, 0, 1]
    assert (p1["plan_tasks"] == 4).all()
    assert p1.loc["科协", "share_total"] == pytest.approx(3 / 4)
    assert p1.loc["教育部门", "share_led"] == pytest.approx(2 / 4)
    assert p1.loc["教育部门", "lead_credit"] == pytest.approx(1.5)
    assert p1.loc["科协", "lead_credit"] == pytest.approx(0.5)
    assert p1.loc["科协", "unit_type"] == "peoples_organisation"
    assert work.loc[("p2", "教育部门"), ["led", "partnered", "plan_tasks"]].tolist() == [2, 0, 3]
    assert set(work.loc["p2"].index) == {"教育部门", "科协"}
    assert "p3" not in work.index.get_level_values("plan_id")
    assert (work.loc["p2", "assignment_basis"] == "group table").all()


def test_matrix_shows_missing_units_as_nan_not_zero(toy: Corpus, crosswalk: Path) -> None:
    m = wl.workload_matrix(toy, "total", crosswalk)
    assert list(m.columns) == ["p1", "p2", "p3"]
    assert m["p3"].isna().all()
    assert m.loc["共青团", "p2"] == 0
    assert m.loc["科协", "p2"] == 2
    assert m.index[0] == "科协"  # largest pooled total first
    led = wl.workload_matrix(toy, "led", crosswalk)
    assert led.loc["教育部门"].tolist()[:2] == [2, 2]
    with pytest.raises(ValueError, match="value must be"):
        wl.workload_matrix(toy, "unit", crosswalk)


def test_lead_concentration(toy: Corpus, crosswalk: Path) -> None:
    c = wl.lead_concentration(toy, crosswalk).set_index("plan_id")
    # p1 lead credit: 教育 1.5, 农业 1, 科协 0.5 over 3 tasks with a lead
    assert c.loc["p1", "top_unit"] == "教育部门"
    assert c.loc["p1", "top_share"] == pytest.approx(0.5)
    assert c.loc["p1", "hhi"] == pytest.approx(0.5**2 + (1 / 3) ** 2 + (1 / 6) ** 2)
    assert c.loc["p1", "tasks_with_lead"] == 3
    assert c.loc["p1", "lead_units"] == 3
    assert c.loc["p2", "hhi"] == pytest.approx(1.0)
    assert c.loc["p2", "effective_leads"] == pytest.approx(1.0)
    assert math.isnan(c.loc["p3", "hhi"]) and pd.isna(c.loc["p3", "top_unit"])


def test_single_plan_units_and_top_units(toy: Corpus, crosswalk: Path) -> None:
    only = wl.single_plan_units(toy, crosswalk)
    assert sorted(only["unit"]) == ["共青团", "农业农村部门"]
    assert set(only["plan_id"]) == {"p1"}
    top = wl.top_units(toy, n=1, path=crosswalk)
    assert top[["plan_id", "unit"]].values.tolist() == [["p1", "科协"], ["p2", "教育部门"]]


def test_category_leads_statuses(toy: Corpus, crosswalk: Path) -> None:
    long = wl.category_leads(toy, crosswalk).set_index(["plan_id", "category"])
    assert long.loc[("p1", "youth"), ["lead_unit", "lead_tasks", "n_tasks", "status"]].tolist() \
        == ["教育部门", 2, 2, "ok"]
    assert long.loc[("p1", "farmers"), "lead_unit"] == "农业农村部门"
    assert long.loc[("p1", "implementation"), "status"] == wl.NO_LEAD
    assert long.loc[("p2", "farmers"), "status"] == wl.NO_GROUP
    assert long.loc[("p3", "youth"), "status"] == wl.NO_UNITS
    table = wl.category_lead_table(toy, lang="en", path=crosswalk)
    assert table.shape[1] == 3
    # p3 is a fragment: its silence on units is "not in the text as we have it" (现存文本未见) in
    # every cell, as its header and the findings say (audit22 item 8), never "no units stated"
    # (未列单位), which a whole plan naming none reads
    assert table.iloc[:, 2].tolist() == ["not in the text as we have it"] * 3
    assert table.columns[2] == "p3 (a fragment, no units in the text as we have it)"
    whole = _copy_status(toy, "p3", "final")
    assert wl.category_lead_table(whole, lang="en", path=crosswalk).iloc[:, 2].tolist().count(
        "no units stated") == 1
    assert "Education bureau (2/2)" in table.iloc[:, 0].tolist()


def test_real_plans_are_flagged(corpus: Corpus) -> None:
    basis = wl.assignment_basis(corpus)
    assert basis["shanwei"] == "group table"
    assert basis["chongqing"] == "none"
    assert (basis.drop(["shanwei", "chongqing"]) == "task").all()
    m = wl.workload_matrix(corpus, "led")
    assert m["chongqing"].isna().all()
    assert m.drop(columns="chongqing").notna().all().all()
    labels = wl.plan_axis_labels(corpus, "en")
    assert "no units in the text as we have it" in labels["chongqing"] and "per group" in labels["shanwei"]
    # on one line (page 04's table) no space stands before a full-width bracket
    zh = list(wl.category_lead_table(corpus, lang="zh").columns)
    assert "重庆市（残篇，现存文本未见责任单位）" in zh and "汕尾市城区（按组分工）" in zh  # a fragment: 现存文本未见
    assert not [c for c in zh if " （" in c or "\n" in c]
    en = list(wl.category_lead_table(corpus, lang="en").columns)
    assert "Chongqing Municipality (a fragment, no units in the text as we have it)" in en
    # every (task, canonical unit) pair is counted exactly once
    work = wl.unit_workload(corpus)
    pairs = corpus.assignments.drop_duplicates(["plan_id", "task_id", "unit"])
    assert work["total"].sum() == len(pairs)


def test_charts_mark_group_table_and_missing_units(toy: Corpus, crosswalk: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    fig = charts.draw_workload_heatmap(toy, "led", top=None, lang="en", path=crosswalk)
    ax = fig.axes[0]
    columns = [" ".join(t.get_text().split()) for t in ax.get_xticklabels()]  # labels may wrap
    assert "no units in the text as we have it" in columns[2] and "units per group" in columns[1]
    # the fragment's NaN column is marked as its header says (audit22 item 8)
    assert "not in the text as we have it" in {" ".join(t.get_text().split()) for t in ax.texts}
    bars = charts.draw_top_units(toy, n=3, lang="en", path=crosswalk)
    texts = {t.get_text() for a in bars.axes for t in a.texts}
    # p3, a fragment: said on the line under the panels, not in an empty panel (audit22 item 26)
    assert [t for t in texts if "no units in the text as we have it" in t]


def test_the_units_charts_panel_titles_have_no_space_before_a_bracket(corpus: Corpus) -> None:
    """Page 04's per-plan units chart titles each panel on one line, as the table heads its
    columns: 重庆市（残篇，现存文本未见责任单位）, not 重庆市 （残篇，现存文本未见责任单位）."""
    import matplotlib.pyplot as plt

    from sciplan_analysis.report import charts

    fig = charts.draw_top_units(corpus, lang="zh")
    titles = [ax.get_title(loc="left") for ax in fig.axes if ax.get_title(loc="left")]
    said = [t.get_text() for ax in fig.axes for t in ax.texts]  # the line under the panels (audit22 item 26)
    plt.close(fig)
    assert "重庆市（残篇，现存文本未见责任单位）" in said  # a fragment: 未提及, as the findings say
    assert not [t for t in titles if " （" in t]


# --------------------------------------------------------------------------- page 04 at scale (audit14)


def _copy_status(corpus: Corpus, plan_id: str, status: str) -> Corpus:
    """`corpus` with one plan's status changed (a copy)."""
    import copy

    out = copy.copy(corpus)
    out.plans = corpus.plans.assign(status=corpus.plans["status"].mask(corpus.plans["plan_id"] == plan_id, status))
    return out


def _corpus(assignments: list[dict], tasks: dict[str, int], crosswalk: Path,
            statuses: dict[str, str] | None = None) -> Corpus:
    """Plans of `tasks` (plan: number of tasks, one group each), final unless `statuses` says."""
    statuses = statuses or {}
    plans = [{"plan_id": p, "name_zh": p, "name_en": p, "status": statuses.get(p, "final")}
             for p in tasks]
    groups = [{"plan_id": p, "group_id": "g1", "category": "youth", "category_en": "Youth"}
              for p in tasks]
    rows = [{"plan_id": p, "task_id": f"t{i}", "group_id": "g1"}
            for p, n in tasks.items() for i in range(1, n + 1)]
    corpus = Corpus.from_records({"plans": plans, "groups": groups, "tasks": rows,
                                  "assignments": assignments})
    corpus.assignments = apply_crosswalk(corpus.assignments, crosswalk)
    return corpus


@pytest.fixture
def split(crosswalk: Path) -> Corpus:
    """a: 教育部门 leads 3 tasks, each co-led (credit 1/2 + 1/2 + 1/3), 农业农村部门 leads 2
    alone (credit 2): the count and the split credit disagree. b: 教育部门 and 科协 lead one
    task each (a tie)."""
    a = [_a("a", t, raw, "lead") for t, raws in (("t1", ("县教委", "县科协")), ("t2", ("县教委", "团县委")),
                                                ("t3", ("县教委", "县科协", "团县委"))) for raw in raws]
    a += [_a("a", "t4", "县农业农村局", "lead"), _a("a", "t5", "县农业农村局", "lead")]
    a += [_a("b", "t1", "县教委", "lead"), _a("b", "t2", "县科协", "lead")]
    return _corpus(a, {"a": 5, "b": 2}, crosswalk)


def test_the_unit_leading_most_is_picked_by_the_count_the_table_prints(split: Corpus, crosswalk: Path):
    """Page 04's table picked by split credit (农业农村部门, 2.0 of 5) and printed that unit's plain
    count (2/5), against its own definition and the finding: one rule, the count printed."""
    from sciplan_analysis import labels
    from sciplan_analysis.analysis import findings as F

    labels.register_plans(split.plans)
    conc = wl.lead_concentration(split, crosswalk).set_index("plan_id")
    assert conc.loc["a", "top_unit"] == "教育部门" and conc.loc["a", "top_tasks_led"] == 3
    assert conc.loc["a", "top_share"] == pytest.approx((1 / 2 + 1 / 2 + 1 / 3) / 5)  # its own credit share
    assert conc.loc["b", "top_unit"] == "教育部门、科协" and conc.loc["b", "top_tied"] == 2
    table = wl.lead_table(split, "zh", crosswalk).set_index("地区")
    assert table.loc["a", "牵头最多的单位"] == "教育部门"
    assert table.loc["a", "其牵头的任务"] == "3/5" and table.loc["a", "牵头份额（按份计，%）"] == 27
    assert table.loc["b", "牵头最多的单位"] == "教育部门、科协（并列）"  # a tie named as one
    assert table.loc["b", "牵头份额（按份计，%）"] == "50、50"
    en = wl.lead_table(split, "en", crosswalk).set_index("Region")
    assert en.loc["b", "Unit leading the most tasks"] == "Education bureau / Science association, tied"
    # the finding names the same unit, and the plan where it ties
    found = F.lead(F.Tables(split), "zh")
    assert found.sentence.startswith("在每份列出责任单位的规划中，牵头任务最多的都是教育部门（b的科协与之并列）：")
    assert "3/5" in found.sentence


def test_a_name_the_crosswalk_lacks_keeps_its_name_marked_and_is_never_merged(crosswalk: Path):
    """Unmapped names had unit_en NA: "None" on English pages, several drawn as one bar."""
    import matplotlib.pyplot as plt

    from sciplan_analysis.analysis import findings as F
    from sciplan_analysis.report import charts

    a = [_a("a", "t1", "县新设局", "lead"), _a("a", "t2", "县另设办", "lead"),
         _a("a", "t3", "县教委", "lead"), _a("a", "t3", "县新设局", "partner"), _a("b", "t1", "县新设局", "lead"),
         _a("b", "t2", "县另设办", "partner"), _a("b", "t2", "县科协", "lead")]
    corpus = _corpus(a, {"a": 3, "b": 2}, crosswalk)
    work = wl.unit_workload(corpus, crosswalk)
    assert work["unit_en"].notna().all()
    assert set(wl.unit_names(work, "en")) >= {"县新设局 (unmatched name)", "县另设办 (unmatched name)"}
    assert "县新设局（未对应规范单位）" in wl.unit_names(work, "zh") and "教育部门" in wl.unit_names(work, "zh")
    fig = charts._pooled_units(corpus, 10, "en", crosswalk)
    ax = fig.axes[0]
    names = [t.get_text() for t in ax.get_yticklabels()]
    assert len(ax.patches) == 2 * len(names) == 2 * len(set(names)) == 2 * 4  # a bar per unit
    assert "None" not in names and "县另设办 (unmatched name)" in names
    assert ax.get_title(loc="left") == "The 4 units leading in most plans"
    plt.close(fig)
    assert wl.unmapped(corpus, crosswalk) == ["县新设局", "县另设办"]  # the busiest first
    note = wl.unmapped_note(corpus, "zh", crosswalk)
    assert note.startswith("有 2 个单位名称未对应到规范单位") and "县新设局（未对应规范单位）" in note
    assert "单位工作量" in note  # where the workbook lists them
    # the example's own bracket stands in quotes, never inside another bracket (audit19, page 04)
    assert "，如“县新设局（未对应规范单位）”，" in note and not re.search(r"（[^）]*（", note), note
    en = wl.unmapped_note(corpus, "en", crosswalk)
    # in English no Chinese example (a name the English build cannot gloss, audit20 item 6), no jargon
    assert "县新设局" not in en and 'marked "unmatched name"' in en and "crosswalk" not in en, en
    assert not re.search(r"\([^)]*\(", en), en
    assert wl.unmapped_note(_corpus([_a("a", "t1", "县教委", "lead")], {"a": 1}, crosswalk),
                            "zh", crosswalk) == ""
    cells = wl.category_lead_table(corpus, "zh", crosswalk).to_numpy().ravel().tolist()
    assert any("未对应规范单位" in str(c) for c in cells)
    assert "None" not in " ".join(map(str, wl.unit_tasks(corpus, "en", crosswalk).to_numpy().ravel()))
    assert note == F.workload.unmapped_note(corpus, "zh", crosswalk)


def test_the_lead_chart_draws_units_that_lead_and_no_collective(crosswalk: Path):
    """Chart 4.2 (tasks led) had rows empty for every plan and a collective name (其他成员单位)."""
    import matplotlib.pyplot as plt

    from sciplan_analysis.report import charts

    path = crosswalk.parent / "with_collective.csv"
    path.write_text(CROSSWALK + "各成员单位,成员单位,Member units (collectively),collective,collective,\n",
                    encoding="utf-8")
    a = [_a("a", "t1", "县教委", "lead"), _a("a", "t1", "团县委", "partner"),
         _a("a", "t2", "各成员单位", "lead"), _a("b", "t1", "县科协", "lead")]
    corpus = _corpus(a, {"a": 2, "b": 1}, path)
    matrix, left = wl.workload_rows(corpus, "led", None, path)
    assert set(matrix.index) == {"教育部门", "科协"} and left == ["成员单位"]
    partners, _ = wl.workload_rows(corpus, "partnered", None, path)
    assert list(partners.index) == ["共青团"]  # the partner chart: units partnering
    fig = charts.draw_workload_heatmap(corpus, "led", None, "zh", path)
    title = fig.axes[0].get_title(loc="left")
    assert title.startswith("牵头任务数最多的 2 个单位") and "不含集体称谓 1 个：成员单位" in title
    plt.close(fig)


def test_a_fragments_silence_on_units_is_not_stated_and_chart_titles_say_what_they_draw(crosswalk: Path):
    """重庆市（残篇）没有列出责任单位 → 未提及 (a whole plan naming none: 没有列出); chart 4.2's
    title counted lead units, which it does not draw: it says which unit leads most, where."""
    from sciplan_analysis import labels
    from sciplan_analysis.analysis import findings as F
    from sciplan_analysis.report import charts

    a = [_a("a", "t1", "县教委", "lead"), _a("a", "t2", "县教委", "lead"), _a("a", "t3", "县科协", "lead"),
         _a("b", "t1", "县科协", "lead"), _a("b", "t2", "县教委", "lead"), _a("b", "t3", "县教委", "lead")]
    corpus = _corpus(a, {"a": 3, "b": 3, "frag": 2, "none": 2}, crosswalk, {"frag": "fragment"})
    labels.register_plans(corpus.plans)
    found = F.lead_units(F.Tables(corpus), "zh")
    # the fragment's silence as the benchmark finding says it (audit21 item 1)
    assert found.sentence.endswith("；none没有列出责任单位；frag（残篇）现存文本未见责任单位。"), found.sentence
    assert "没有列出责任单位" not in found.sentence.split("；")[-1]
    en = F.lead_units(F.Tables(corpus), "en")
    assert en.sentence.endswith("; for frag (a fragment), the text as we have it states no responsible units."), \
        en.sentence
    chart = charts.lead_heatmap_finding(corpus, "zh", crosswalk)
    assert chart.title == "教育部门在 2/2 份规划中牵头的任务最多"
    assert "frag（残篇）现存文本未见责任单位" in chart.sentence and "牵头单位从" not in chart.title


COLLECTIVE_ROW = "各成员单位,成员单位,Member units (collectively),collective,collective,\n"


def test_no_unit_chart_ranks_a_collective_name(crosswalk: Path):
    """audit15 item 7: 其他成员单位 drew as a unit in the partner heatmap (4.3) and in the
    per-plan and pooled charts 4.1; as in 4.2, each leaves it out and says so."""
    import matplotlib.pyplot as plt

    path = crosswalk.parent / "with_collective.csv"
    path.write_text(CROSSWALK + COLLECTIVE_ROW, encoding="utf-8")
    a = [_a("a", "t1", "县教委", "lead"), _a("a", "t1", "各成员单位", "partner"),
         _a("a", "t2", "各成员单位", "lead"), _a("a", "t2", "团县委", "partner"),
         _a("b", "t1", "县科协", "lead"), _a("b", "t1", "各成员单位", "partner")]
    corpus = _corpus(a, {"a": 2, "b": 1}, path)
    partners, left = wl.workload_rows(corpus, "partnered", None, path)
    assert list(partners.index) == ["共青团"] and left == ["成员单位"]
    title = charts.draw_workload_heatmap(corpus, "partnered", None, "zh", path).axes[0].get_title(loc="left")
    assert "不含集体称谓 1 个：成员单位" in title
    fig = charts.draw_top_units(corpus, n=3, lang="en", path=path)
    names = [t.get_text() for ax in fig.axes for t in ax.get_yticklabels()]
    assert names and not [n for n in names if "Member units" in n]
    assert any(ax.get_xlabel().replace("\n", " ") == "tasks (of 2); collective names not counted: "
               "\"Member units (collectively)\"" for ax in fig.axes)  # on lines its column holds (audit22 item 26)  # said where it was left out, no bracket nesting the name's own
    fig = charts._pooled_units(corpus, 10, "zh", path)
    assert "成员单位" not in [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert "不含集体称谓 1 个：成员单位" in fig.axes[0].get_title(loc="left")
    plt.close("all")


def test_the_pooled_lead_chart_says_a_tie_at_its_cut_and_what_each_label_counts(crosswalk: Path):
    """audit15 items 2c and 11: chart 4.1 cut at 16 units inside a four-way tie at 10/32 without
    a word, and printed 10/32 (plans where the unit leads) at the end of the whole bar, where it
    read as the bar's length."""
    import matplotlib.pyplot as plt

    # 科协 leads in both plans; 教育部门, 共青团 and 农业农村部门 lead in one each (a three-way tie)
    a = [_a("a", "t1", "县科协", "lead"), _a("b", "t1", "县科协", "lead"),
         _a("a", "t2", "县教委", "lead"), _a("b", "t2", "团县委", "lead"), _a("a", "t3", "县农业农村局", "lead"),
         _a("b", "t3", "县教委", "partner")]
    corpus = _corpus(a, {"a": 3, "b": 3}, crosswalk)
    fig = charts._pooled_units(corpus, 2, "zh", crosswalk)
    ax = fig.axes[0]
    assert ax.get_title(loc="left") == "在最多规划中牵头的 2 个单位（另有 2 个单位同为 1/2 份，未画出）"
    texts = [t.get_text() for t in ax.texts]
    assert texts == ["牵头 2/2", "牵头 1/2"]  # 教育部门's bar runs to 2 plans: its label says 牵头 1/2
    en = charts._pooled_units(corpus, 2, "en", crosswalk).axes[0]
    assert en.get_title(loc="left").endswith(" (2 more at 1/2, not shown)")
    assert [t.get_text() for t in en.texts] == ["leads in 2/2", "leads in 1/2"]
    whole = charts._pooled_units(corpus, 4, "zh", crosswalk).axes[0]
    assert whole.get_title(loc="left") == "在最多规划中牵头的 4 个单位"  # no cut inside a tie
    plt.close("all")


def test_pooled_leads_counts_plans_and_leaves_collective_names_out(crosswalk: Path):
    """Chart 4.1 among many plans counts plans, not tasks: per unit, the plans it leads in and
    those it only partners in, most leads first, then most partners, then name; a collective
    name (各成员单位) is no unit (`collective_names`) and a unit leading nowhere is not listed."""
    path = crosswalk.parent / "with_collective.csv"
    path.write_text(CROSSWALK + COLLECTIVE_ROW, encoding="utf-8")
    a = [_a("a", "t1", "县科协", "lead"), _a("b", "t1", "县科协", "lead"),
         _a("a", "t2", "县教委", "lead"), _a("b", "t2", "团县委", "lead"), _a("a", "t3", "县农业农村局", "lead"),
         _a("b", "t3", "县教委", "partner"), _a("a", "t4", "各成员单位", "lead"),
         _a("a", "t4", "县文旅委", "partner")]
    corpus = _corpus(a, {"a": 4, "b": 3}, path)
    work = wl.unit_workload(corpus, path)
    assert wl.collective_names(work, list(dict.fromkeys(work["unit"]))) == ["成员单位"]
    assert wl.collective_names(work, ["科协", "教育部门"]) == []
    pooled, naming = wl.pooled_leads(work)
    assert naming == 2
    assert pooled.index.tolist() == ["科协", "教育部门", *sorted(["共青团", "农业农村部门"])]
    assert pooled["leads"].tolist() == [2, 1, 1, 1] and pooled["partners"].tolist() == [0, 1, 0, 0]


def test_a_plan_page_marks_a_name_the_crosswalk_lacks(crosswalk: Path):
    """audit15 item 8: plan pages listed 县科工信局 unmarked under a note saying names were merged."""
    from sciplan_analysis.analysis.profile import plan_profiles
    from sciplan_analysis.report import plan_page

    a = [_a("a", "t1", "县新设局", "lead"), _a("a", "t2", "县教委", "lead"), _a("b", "t1", "县科协", "lead")]
    corpus = _corpus(a, {"a": 2, "b": 1}, crosswalk)
    profiles = plan_profiles(corpus)
    zh = plan_page._leads(profiles["a"], "zh", crosswalk)
    assert "县新设局（未对应规范单位）" in zh and "未对应规范单位”的名称对照表未收" in zh
    assert "教育部门" in zh and "教育部门（" not in zh
    en = plan_page._leads(profiles["a"], "en", crosswalk)
    assert "县新设局 (unmatched name)" in en and "except those marked" in en
    assert "except those marked" not in plan_page._leads(profiles["b"], "en", crosswalk)


def test_chart_4_1s_english_sentence_gives_each_tied_unit_its_article(crosswalk: Path):
    """audit15 item 10: "next comes the Human resources and social security bureau and
    Organisation department, tied"; and "is the A and B and C, tied" once three units tied."""
    from sciplan_analysis.analysis import findings as F

    plans = {f"p{i:02d}": 2 for i in range(13)}  # many plans: chart 4.1 counts plans
    a = [_a(p, "t1", "县科协", "lead") for p in plans] + [_a(p, "t2", "县教委", "lead") for p in plans]
    a += [_a(p, "t1", raw, "lead") for p in list(plans)[:6] for raw in ("团县委", "县农业农村局")]
    corpus = _corpus(a, plans, crosswalk)
    found = charts.top_units_finding(F.Tables(corpus), "en", crosswalk)
    assert found.sentence == (
        "Leading tasks in most plans: the Education bureau and the Science association, tied, in 13 "
        "of the 13 plans naming units; followed by the Youth League and the Agriculture bureau, tied, "
        "in 6 of 13.")
    assert found.title == "Leading tasks in 13 of 13 plans: the Education bureau and the Science association, tied"
    zh = charts.top_units_finding(F.Tables(corpus), "zh", crosswalk)
    assert zh.sentence.startswith("在最多规划中牵头的单位是教育部门、科协（并列）：13/13 份")
    lead = F.lead(F.Tables(corpus), "en")  # the tie after "tasks", a space before its bracket
    assert "than any other unit (in 13 of them, as many as another unit)" in lead.sentence


def test_page_04_single_plan_units_table_reads_unmapped_and_marks_the_name(crosswalk: Path):
    """audit17 item 3: the table "units only one plan names" read 未提及 / not stated as the unit
    type of a name the crosswalk lacks (the workbook says 未映射 / unmapped) and showed the bare
    name in Chinese, without the mark page 04's paragraph promises."""
    from sciplan_analysis.report import page

    a = [_a("a", "t1", "县新设局", "lead"), _a("a", "t2", "县教委", "lead"), _a("b", "t1", "县教委", "lead")]
    corpus = _corpus(a, {"a": 2, "b": 1}, crosswalk)
    only = wl.single_plan_units(corpus, crosswalk)
    assert only["unit"].tolist() == ["县新设局（未对应规范单位）"]
    assert only["unit_en"].tolist() == ["县新设局 (unmatched name)"]
    for lang, unmapped, name in (("zh", "未映射", "县新设局（未对应规范单位）"),
                                 ("en", "unmapped", "县新设局 (unmatched name)")):
        shown = page.clean(only, lang=lang)
        cells = shown.to_numpy().ravel().tolist()
        assert unmapped in cells and name in cells, cells
        assert "未提及" not in cells and "not stated" not in cells


def _depth(text: str) -> int:
    """The deepest nesting of brackets (full-width or not) in `text`."""
    depth = deepest = 0
    for ch in text:
        depth += ch in "（(" and 1 or -(ch in "）)")
        deepest = max(deepest, depth)
    return deepest


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_collective_name_with_a_bracket_nests_in_no_chart_text(crosswalk: Path, lang):
    """audit17 item 10: chart 4.3's subtitle read "（不含集体称谓 2 个：成员单位、相关部门（单位））" and
    chart 4.1's axis "任务数（共 36 项；不计集体称谓“相关部门（单位）”）": the left-out names hold a
    bracket of their own. The note is now a line of its own, the axis's count a closed bracket."""
    import matplotlib.pyplot as plt

    from sciplan_analysis.report import charts

    path = crosswalk.parent / "with_collective.csv"
    path.write_text(CROSSWALK + "相关部门,相关部门（单位）,Relevant departments (collectively),collective,collective,\n",
                    encoding="utf-8")
    a = [_a("a", "t1", "县教委", "lead"), _a("a", "t1", "相关部门", "partner"),
         _a("a", "t2", "相关部门", "lead"), _a("a", "t2", "团县委", "partner"),
         _a("b", "t1", "县科协", "lead"), _a("b", "t1", "相关部门", "partner")]
    corpus = _corpus(a, {"a": 2, "b": 1}, path)
    said = []
    for value in ("led", "partnered"):
        fig = charts.draw_workload_heatmap(corpus, value, None, lang, path)
        said.append(fig.axes[0].get_title(loc="left"))
        plt.close(fig)
    fig = charts.draw_top_units(corpus, n=3, lang=lang, path=path)
    said += [ax.get_xlabel() for ax in fig.axes if ax.get_xlabel()]
    fig2 = charts._pooled_units(corpus, 10, lang, path)
    said.append(fig2.axes[0].get_title(loc="left"))
    plt.close("all")
    assert all(("相关部门（单位）" if lang == "zh" else "Relevant departments (collectively)") in t for t in said), said
    assert [_depth(t) for t in said] == [1] * len(said), said
