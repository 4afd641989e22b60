"""Co-responsibility network: canonical units linked when they share a task.

An edge's ``weight`` is the number of tasks the two units share (lead or partner), summed
over the plans chosen; ``plans`` on an edge says in which plans they meet. Units of a plan
whose units are assigned per group (Shanwei) share every task of a group, so that plan's
weights scale with group size; a plan that names no units (the Chongqing fragment) adds
nothing. Node attributes: unit_en, unit_type, led, partnered, tasks, plans.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import combinations
from pathlib import Path

import networkx as nx
import pandas as pd

from sciplan_analysis.analysis.result import record, tidy
from sciplan_analysis.analysis.workload import task_units
from sciplan_analysis.parsing.units import ALIASES_FILE
from sciplan_analysis.tables import Corpus

METRIC_COLUMNS = ["unit", "unit_en", "unit_type", "tasks", "led", "partnered", "degree",
                  "weighted_degree", "betweenness", "betweenness_weighted"]


def _select(corpus: Corpus, plans: str | Iterable[str] | None) -> list[str]:
    known = list(corpus.plans["plan_id"].astype(str))
    if plans is None:
        return known
    chosen = [plans] if isinstance(plans, str) else list(plans)
    unknown = [p for p in chosen if p not in known]
    if unknown:
        raise KeyError(f"no plan(s) {', '.join(unknown)}; known: {', '.join(known)}")
    return chosen


def unit_network(corpus: Corpus, plans: str | Iterable[str] | None = None,
                 path: Path = ALIASES_FILE) -> nx.Graph:
    """The co-responsibility graph of one plan (``plans="wuxi"``), several, or all (None)."""
    chosen = _select(corpus, plans)
    rows = task_units(corpus, path)
    rows = rows[rows["plan_id"].isin(chosen)]
    graph = nx.Graph(plans=chosen, crosswalk=str(path))
    for unit, r in rows.groupby("unit", sort=True):
        graph.add_node(
            unit, unit_en=r["unit_en"].iloc[0], unit_type=r["unit_type"].iloc[0],
            led=int((r["role"] == "lead").sum()), partnered=int((r["role"] == "partner").sum()),
            tasks=len(r), plans=sorted(set(r["plan_id"])),
        )
    for (plan_id, _task), r in rows.groupby(["plan_id", "task_id"], sort=False):
        for a, b in combinations(sorted(r["unit"]), 2):
            if graph.has_edge(a, b):
                edge = graph.edges[a, b]
                edge["weight"] += 1
                edge["plans"][plan_id] = edge["plans"].get(plan_id, 0) + 1
            else:
                graph.add_edge(a, b, weight=1, plans={plan_id: 1})
    for _a, _b, data in graph.edges(data=True):
        data["distance"] = 1.0 / data["weight"]
    return graph


def edge_table(graph: nx.Graph) -> pd.DataFrame:
    """One row per edge: unit_a, unit_b, weight, plans ('wuxi:3, lezhi:1'), heaviest first.

    The settings record the plans the graph pools (``graph.graph["plans"]``)."""
    rows = [{"unit_a": a, "unit_b": b, "weight": d["weight"],
             "plans": ", ".join(f"{p}:{n}" for p, n in d["plans"].items())}
            for a, b, d in graph.edges(data=True)]
    table = pd.DataFrame(rows, columns=["unit_a", "unit_b", "weight", "plans"])
    table = table.sort_values(["weight", "unit_a", "unit_b"], ascending=[False, True, True],
                              ignore_index=True)
    return record(table, _graph_settings(graph))


def _graph_settings(graph: nx.Graph) -> dict:
    return {k: graph.graph[k] for k in ("plans", "crosswalk") if k in graph.graph}


def network_metrics(graph: nx.Graph) -> pd.DataFrame:
    """Per unit: degree (partners), weighted_degree (shared-task links), betweenness.

    ``betweenness`` is normalised and counts hops; ``betweenness_weighted`` takes 1/weight
    as the length of an edge, so units that often work together are close.
    """
    if graph.number_of_nodes() == 0:
        return record(pd.DataFrame(columns=METRIC_COLUMNS), _graph_settings(graph))
    between = nx.betweenness_centrality(graph, normalized=True)
    between_w = nx.betweenness_centrality(graph, normalized=True, weight="distance")
    rows = [{
        "unit": n, "unit_en": d.get("unit_en"), "unit_type": d.get("unit_type"),
        "tasks": d.get("tasks", 0), "led": d.get("led", 0), "partnered": d.get("partnered", 0),
        "degree": graph.degree(n), "weighted_degree": graph.degree(n, weight="weight"),
        "betweenness": between[n], "betweenness_weighted": between_w[n],
    } for n, d in graph.nodes(data=True)]
    table = pd.DataFrame(rows, columns=METRIC_COLUMNS)
    table = table.sort_values(["weighted_degree", "unit"], ascending=[False, True],
                              ignore_index=True)
    return record(table, _graph_settings(graph), betweenness="normalised; weighted: 1/weight")


def plan_metrics(corpus: Corpus, path: Path = ALIASES_FILE) -> pd.DataFrame:
    """`network_metrics` of each plan's own network, stacked: one row per plan and unit,
    plan_id first."""
    frames = []
    for plan_id in corpus.plans["plan_id"].astype(str):
        table = network_metrics(unit_network(corpus, plan_id, path))
        if len(table):
            frames.append(table.assign(plan_id=plan_id))
    if not frames:
        return tidy(pd.DataFrame(columns=["plan_id", *METRIC_COLUMNS]), crosswalk=path)
    for frame in frames:  # concat compares attrs; the per-plan settings differ
        frame.attrs.clear()
    out = pd.concat(frames, ignore_index=True)
    return tidy(out[["plan_id", *METRIC_COLUMNS]], crosswalk=path,
                betweenness="normalised; weighted: 1/weight")


