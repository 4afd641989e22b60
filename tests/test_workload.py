"""Workload counts on a small hand-made corpus, and the basis flags on the real plans."""

from __future__ import annotations

import math
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
    assert table.iloc[:, 2].tolist().count("no units stated") == 1
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
    assert "no units stated" in labels["chongqing"] and "per group" in labels["shanwei"]
    # on one line (page 04's table) no space stands before a full-width bracket
    zh = list(wl.category_lead_table(corpus, lang="zh").columns)
    assert "重庆市（未列责任单位）" in zh and "汕尾市城区（按组分工）" in zh
    assert not [c for c in zh if " （" in c or "\n" in c]
    en = list(wl.category_lead_table(corpus, lang="en").columns)
    assert "Chongqing Municipality (no units stated)" in en
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
    assert "no units stated" in columns[2] and "units per group" in columns[1]
    assert "not stated" in {t.get_text() for t in ax.texts}  # the NaN column is marked
    bars = charts.draw_top_units(toy, n=3, lang="en", path=crosswalk)
    texts = {t.get_text() for a in bars.axes for t in a.texts}
    assert "no units stated" in texts


def test_the_units_charts_panel_titles_have_no_space_before_a_bracket(corpus: Corpus) -> None:
    """Page 04's per-plan units chart titles each panel on one line, as the table heads its
    columns: 重庆市（未列责任单位）, not 重庆市 （未列责任单位）."""
    import matplotlib.pyplot as plt

    from sciplan_analysis.report import charts

    fig = charts.draw_top_units(corpus, lang="zh")
    titles = [ax.get_title(loc="left") for ax in fig.axes if ax.get_title(loc="left")]
    plt.close(fig)
    assert "重庆市（未列责任单位）" in titles
    assert not [t for t in titles if " （" in t]
