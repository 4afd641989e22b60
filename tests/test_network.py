"""The co-responsibility network on a toy corpus whose degrees and betweenness are known."""

from __future__ import annotations

from pathlib import Path

import matplotlib
import networkx as nx
import pytest

from sciplan_analysis.analysis import network as net
from sciplan_analysis.corpus import Corpus
from sciplan_analysis.parsing.units import apply_crosswalk
from sciplan_analysis.report import charts

matplotlib.use("Agg")

CROSSWALK = """\
alias,unit,unit_en,unit_type
a,A,Unit A,government_department
a2,A,Unit A,government_department
b,B,Unit B,peoples_organisation
c,C,Unit C,party_committee_department
d,D,Unit D,township_street
"""
# Plan x: A–B share 2 tasks, B–C 2, A–C 1, C–D 1 (t7 names A twice: no self-loop).
# Plan y: A–B share 1 task. Plan z names no units.
TASKS = {
    "x": {"t1": "a b", "t2": "a b", "t3": "b c", "t4": "b c", "t5": "a c", "t6": "c d",
          "t7": "a a2"},
    "y": {"t1": "a b"},
    "z": {},
}


@pytest.fixture
def toy(tmp_path: Path) -> tuple[Corpus, Path]:
    path = tmp_path / "unit_aliases.csv"
    path.write_text(CROSSWALK, encoding="utf-8")
    assignments = [
        {"plan_id": p, "task_id": t, "unit_raw": raw, "role": "lead" if i == 0 else "partner",
         "source": "bracket"}
        for p, tasks in TASKS.items() for t, units in tasks.items()
        for i, raw in enumerate(units.split())
    ]
    corpus = Corpus.from_records({
        "plans": [{"plan_id": p} for p in TASKS],
        "tasks": [{"plan_id": "z", "task_id": "t1"}]
        + [{"plan_id": p, "task_id": t} for p, tasks in TASKS.items() for t in tasks],
        "assignments": assignments,
    })
    corpus.assignments = apply_crosswalk(corpus.assignments, path)
    return corpus, path


def test_one_plan_degrees_weights_betweenness(toy: tuple[Corpus, Path]) -> None:
    corpus, path = toy
    graph = net.unit_network(corpus, "x", path)
    assert sorted(graph.nodes) == ["A", "B", "C", "D"]
    assert nx.number_of_selfloops(graph) == 0
    assert graph.number_of_edges() == 4
    assert graph.edges["A", "B"]["weight"] == 2
    assert graph.edges["B", "C"]["weight"] == 2
    assert graph.edges["A", "C"]["weight"] == 1
    assert graph.edges["C", "D"]["weight"] == 1
    m = net.network_metrics(graph).set_index("unit")
    assert m["degree"].to_dict() == {"A": 2, "B": 2, "C": 3, "D": 1}
    assert m["weighted_degree"].to_dict() == {"A": 3, "B": 4, "C": 4, "D": 1}
    # hops: only C lies between others (A–D, B–D), normalised by (n-1)(n-2)/2 = 3
    assert m.loc["C", "betweenness"] == pytest.approx(2 / 3)
    assert m.loc["B", "betweenness"] == 0
    # lengths 1/weight: A–C via B (0.5+0.5) ties the direct edge (1), so does A–B–C–D
    assert m.loc["B", "betweenness_weighted"] == pytest.approx(1 / 3)
    assert m.loc["C", "betweenness_weighted"] == pytest.approx(2 / 3)
    assert m.loc["A", "unit_type"] == "government_department"
    assert m.loc["A", "tasks"] == 4  # t1, t2, t5, t7 (t7 counted once)
    assert m.loc["A", "led"] == 4


def test_pooled_network_sums_weights_and_names_plans(toy: tuple[Corpus, Path]) -> None:
    corpus, path = toy
    pooled = net.unit_network(corpus, path=path)
    assert pooled.edges["A", "B"]["weight"] == 3
    assert pooled.edges["A", "B"]["plans"] == {"x": 2, "y": 1}
    edges = net.edge_table(pooled)
    assert edges.iloc[0][["unit_a", "unit_b", "weight"]].tolist() == ["A", "B", 3]
    assert edges.iloc[0]["plans"] == "x:2, y:1"
    assert pooled.nodes["A"]["plans"] == ["x", "y"]
    only_y = net.unit_network(corpus, "y", path)
    assert only_y.number_of_nodes() == 2 and only_y.edges["A", "B"]["weight"] == 1


def test_plan_without_units_has_an_empty_network(toy: tuple[Corpus, Path]) -> None:
    corpus, path = toy
    assert net.unit_network(corpus, "z", path).number_of_nodes() == 0
    assert net.network_metrics(net.unit_network(corpus, "z", path)).empty
    per_plan = net.plan_metrics(corpus, path)
    assert set(per_plan["plan_id"]) == {"x", "y"}
    with pytest.raises(KeyError, match="no plan"):
        net.unit_network(corpus, "nowhere", path)


def test_draw_network_runs_and_filters(toy: tuple[Corpus, Path]) -> None:
    corpus, path = toy
    graph = net.unit_network(corpus, path=path)
    fig = charts.draw_network(graph, min_weight=2, lang="en")
    texts = {t.get_text() for t in fig.axes[0].texts}
    assert {"Unit A", "Unit B", "Unit C"} <= texts and "Unit D" not in texts
    with pytest.raises(ValueError, match="layout"):
        charts.draw_network(graph, layout="hexagon")
