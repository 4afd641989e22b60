"""Charts at 33 plans in English read as the Chinese do (audit17 items 1, 2, 8, 9, 10, 12, 14):
numbers and labels never run together or over a title, a fragment is drawn apart or marked
where plans are ranked, a draft at an end is named as one. Made-up tables and corpora, drawn
light, and the five plans."""

from __future__ import annotations

import itertools

import matplotlib.pyplot as plt
import networkx as nx
import numpy as np
import pytest

from sciplan_analysis.report import charts

UNITS = ["Association for Science and Technology", "Science and technology bureau", "Education bureau",
         "Townships and streets", "Health bureau", "Propaganda department", "Communist Youth League",
         "Culture and tourism bureau", "Emergency management bureau", "Women's Federation",
         "Human resources and social security bureau", "Market regulation bureau",
         "Agriculture and rural affairs bureau", "Organisation department",
         "Economy and information technology bureau"]


def _network(n_units: int = 15) -> nx.Graph:
    """Units with long English names sharing hundreds of tasks (three-digit cells), as 33 plans do."""
    graph = nx.Graph()
    rng = np.random.default_rng(1)
    for i, name in enumerate(UNITS[:n_units]):
        graph.add_node(f"u{i}", unit_en=name, unit_zh=f"单位{i}", unit_type="government_department")
    for i, j in itertools.combinations(range(n_units), 2):
        graph.add_edge(f"u{i}", f"u{j}", weight=int(rng.integers(100, 800)))
    return graph


def _boxes(fig, texts):
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    return [t.get_window_extent(renderer) for t in texts]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_shared_task_matrix_keeps_each_number_in_its_cell(lang):
    """Chart 4.4 at 33 plans in English: the long row labels took the width and the 15 columns'
    three-digit numbers ran together ("779565507314…"); each number now stands apart from its
    neighbours (the figure widens, and what still does not fit is set smaller)."""
    fig = charts.network_matrix(_network(), lang=lang)
    try:
        ax = fig.axes[0]
        cells = [t for t in ax.texts if t.get_text().isdigit()]
        assert len(cells) == 15 * 14
        boxes = _boxes(fig, cells)
        rows: dict[float, list] = {}
        for t, box in zip(cells, boxes, strict=True):
            rows.setdefault(round(t.get_position()[1], 2), []).append(box)
        em = cells[0].get_fontsize() * fig.dpi / 72  # a gap a reader sees: a third of the type's size
        for row in rows.values():
            row.sort(key=lambda b: b.x0)
            gaps = [b.x0 - a.x1 for a, b in itertools.pairwise(row)]
            assert min(gaps) > em / 3, gaps
    finally:
        plt.close(fig)
