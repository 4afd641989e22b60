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
from matplotlib.figure import Figure

from sciplan_analysis.corpus import Corpus
from sciplan_analysis.units import ALIASES_FILE, UNIT_TYPES, unit_type_label
from sciplan_analysis.workload import task_units

METRIC_COLUMNS = ["unit", "unit_en", "unit_type", "tasks", "led", "partnered", "degree",
                  "weighted_degree", "betweenness", "betweenness_weighted"]
TYPE_COLOURS: dict[str, str] = {
    "party_committee_department": "#D55E00",
    "government_department": "#0072B2",
    "peoples_organisation": "#009E73",
    "township_street": "#E69F00",
    "collective": "#999999",
    "other": "#CC79A7",
}


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
    graph = nx.Graph(plans=chosen)
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
    """One row per edge: unit_a, unit_b, weight, plans ('wuxi:3, lezhi:1'), heaviest first."""
    rows = [{"unit_a": a, "unit_b": b, "weight": d["weight"],
             "plans": ", ".join(f"{p}:{n}" for p, n in d["plans"].items())}
            for a, b, d in graph.edges(data=True)]
    table = pd.DataFrame(rows, columns=["unit_a", "unit_b", "weight", "plans"])
    return table.sort_values(["weight", "unit_a", "unit_b"], ascending=[False, True, True],
                             ignore_index=True)


def network_metrics(graph: nx.Graph) -> pd.DataFrame:
    """Per unit: degree (partners), weighted_degree (shared-task links), betweenness.

    ``betweenness`` is normalised and counts hops; ``betweenness_weighted`` takes 1/weight
    as the length of an edge, so units that often work together are close.
    """
    if graph.number_of_nodes() == 0:
        return pd.DataFrame(columns=METRIC_COLUMNS)
    between = nx.betweenness_centrality(graph, normalized=True)
    between_w = nx.betweenness_centrality(graph, normalized=True, weight="distance")
    rows = [{
        "unit": n, "unit_en": d.get("unit_en"), "unit_type": d.get("unit_type"),
        "tasks": d.get("tasks", 0), "led": d.get("led", 0), "partnered": d.get("partnered", 0),
        "degree": graph.degree(n), "weighted_degree": graph.degree(n, weight="weight"),
        "betweenness": between[n], "betweenness_weighted": between_w[n],
    } for n, d in graph.nodes(data=True)]
    table = pd.DataFrame(rows, columns=METRIC_COLUMNS)
    return table.sort_values(["weighted_degree", "unit"], ascending=[False, True],
                             ignore_index=True)


def plan_metrics(corpus: Corpus, path: Path = ALIASES_FILE) -> pd.DataFrame:
    """`network_metrics` of each plan's own network, stacked with a plan_id column."""
    frames = []
    for plan_id in corpus.plans["plan_id"].astype(str):
        table = network_metrics(unit_network(corpus, plan_id, path))
        if len(table):
            frames.append(table.assign(plan_id=plan_id))
    if not frames:
        return pd.DataFrame(columns=["plan_id", *METRIC_COLUMNS])
    out = pd.concat(frames, ignore_index=True)
    return out[["plan_id", *METRIC_COLUMNS]]


def _circle_layout(graph: nx.Graph) -> dict:
    """Units on a circle, grouped by unit type, the busiest first within each type."""
    order = sorted(graph.nodes, key=lambda n: (
        UNIT_TYPES.index(graph.nodes[n]["unit_type"]) if graph.nodes[n].get("unit_type") in UNIT_TYPES
        else len(UNIT_TYPES), -graph.nodes[n].get("tasks", 0), n))
    ordered = nx.Graph()
    ordered.add_nodes_from(order)
    return nx.circular_layout(ordered)


def draw_network(graph: nx.Graph, *, min_weight: int = 1, label_top: int | None = None,
                 layout: str = "circle", lang: str = "zh", title: str = "", seed: int = 7,
                 width: float = 10.0, height: float = 10.0) -> Figure:
    """Draw the network: node size by tasks, colour by unit type, edge width by weight.

    Edges lighter than ``min_weight`` are hidden and units left without an edge are dropped;
    ``label_top`` labels only the units with the highest weighted degree. ``layout`` is
    "circle" (units round a circle grouped by type; every label legible) or "spring".
    """
    from sciplan_analysis import plot

    if layout not in {"circle", "spring"}:
        raise ValueError(f"layout must be 'circle' or 'spring', not {layout!r}")
    shown = nx.Graph()
    shown.add_nodes_from(graph.nodes(data=True))
    shown.add_edges_from((a, b, d) for a, b, d in graph.edges(data=True) if d["weight"] >= min_weight)
    if min_weight > 1:
        shown.remove_nodes_from([n for n in list(shown) if shown.degree(n) == 0])
    fig, ax = plot.new_figure(width, height)
    ax.set_axis_off()
    if shown.number_of_nodes() == 0:
        ax.text(0.5, 0.5, plot.not_stated(lang), ha="center", va="center", transform=ax.transAxes)
        return fig
    if layout == "circle":
        pos = _circle_layout(shown)
    else:
        k = 1.6 / max(1, shown.number_of_nodes()) ** 0.5
        pos = nx.spring_layout(shown, weight="weight", seed=seed, k=k)
    edges = sorted(shown.edges(data=True), key=lambda e: e[2]["weight"])
    weights = [d["weight"] for _a, _b, d in edges]
    top_w = max(weights) if weights else 1
    nx.draw_networkx_edges(shown, pos, ax=ax, edgelist=[(a, b) for a, b, _d in edges],
                           width=[0.3 + 6.0 * w / top_w for w in weights],
                           alpha=0.45, edge_color=[_grey(w / top_w) for w in weights])
    sizes = [40 + 18 * d.get("tasks", 1) for _n, d in shown.nodes(data=True)]
    colours = [TYPE_COLOURS.get(str(d.get("unit_type")), "#333333") for _n, d in shown.nodes(data=True)]
    nx.draw_networkx_nodes(shown, pos, ax=ax, node_size=sizes, node_color=colours, alpha=0.9,
                           linewidths=0.5, edgecolors="white")
    strength = dict(shown.degree(weight="weight"))
    keep = sorted(strength, key=lambda n: (-strength[n], n))[:label_top] if label_top else list(shown)
    for n in keep:
        text = n if lang == "zh" else str(shown.nodes[n].get("unit_en") or n)
        x, y = pos[n]
        if layout == "circle":
            ax.text(x * 1.08, y * 1.08, text, fontsize=8, ha="left" if x >= 0 else "right",
                    va="center", rotation_mode="anchor")
        else:
            ax.text(x, y, text, fontsize=8, ha="center", va="center")
    if layout == "circle":
        ax.set_xlim(-1.6, 1.6)
        ax.set_ylim(-1.25, 1.25)
    present = {str(d.get("unit_type")) for _n, d in shown.nodes(data=True)}
    handles = [plot.Patch(color=TYPE_COLOURS[t], label=unit_type_label(t, lang))
               for t in UNIT_TYPES if t in present]
    ax.legend(handles=handles, frameon=False, fontsize=8, loc="lower left")
    if title:
        ax.set_title(title, loc="left")
    return fig


def _grey(share: float) -> str:
    """A grey that darkens with an edge's share of the heaviest weight."""
    level = int(200 - 150 * max(0.0, min(1.0, share)))
    return f"#{level:02x}{level:02x}{level:02x}"
