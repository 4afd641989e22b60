"""Every chart of the report, drawn from the analyses' tables.

Chart primitives (`heatmap`, `grouped_bars`) and one function per chart the notebooks show.
They take a corpus or a table, never compute what an analysis module already does, and
label everything in the build's language (`sciplan_analysis.labels`).
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import matplotlib as mpl
import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch, Rectangle
from matplotlib.ticker import FuncFormatter, MaxNLocator
from matplotlib.transforms import ScaledTranslation

from sciplan_analysis import labels
from sciplan_analysis.analysis import findings as fnd
from sciplan_analysis.analysis import instruments as instrument_analysis
from sciplan_analysis.analysis import pairwise
from sciplan_analysis.analysis import reuse as reuse_analysis
from sciplan_analysis.analysis import scope as plan_scope
from sciplan_analysis.analysis import similarity as sim
from sciplan_analysis.analysis.categories import category_matrix
from sciplan_analysis.analysis.overview import plan_facts, structure_counts
from sciplan_analysis.analysis.result import keeps_some_pairs
from sciplan_analysis.analysis.targets import (
    benchmarks,
    commitments_by_measure,
    comparator_order,
    extreme_targets,
    literacy_targets,
    plan_benchmarks,
    plans_without_targets,
    specificity,
)
from sciplan_analysis.analysis.workload import (
    BASIS_NONE,
    assignment_basis,
    collective_names,
    most_led,
    none_label,
    one_line,
    plan_axis_labels,
    pooled_leads,
    top_units,
    unit_name,
    unit_names,
    unit_workload,
    workload_rows,
)
from sciplan_analysis.analysis.workload import silent as workload_silent
from sciplan_analysis.config import ALIASES_FILE
from sciplan_analysis.parsing.units import UNIT_TYPES
from sciplan_analysis.report import style
from sciplan_analysis.report.numbers import count_text
from sciplan_analysis.tables import Corpus

if TYPE_CHECKING:  # networkx is imported by the network charts only (0.2 s a kernel)
    import networkx as nx

WIDE = 8  # a heatmap with more columns than this gets narrower cells and slanted labels
CELL_FONT = 11  # points: cell numbers stay legible when a wide figure is shrunk to the page
NUMBERED_COLUMNS = 2 * style.MANY_PLANS  # a heatmap with more columns shows colour alone
MAX_NAMED = 80  # a heatmap axis with more entries than this is not labelled one by one


def _wrap_label(text: object, width: int = 14) -> str:
    """A column label wrapped line by line (its own line breaks kept)."""
    return "\n".join(textwrap.fill(line, width, break_long_words=False) or line
                     for line in str(text).split("\n"))


def _one_line(text: object) -> str:
    """A column label on one line: a bracketed note follows its name as written (重庆市（残篇，
    未提及责任单位）, "Chongqing Municipality (a fragment, …)"); other lines join with a dash."""
    lines = str(text).split("\n")
    out = lines[0]
    for line in lines[1:]:  # a bracket broken after its "，" (（征求意见稿，\n按组分工）) joins again
        out += line if line.startswith("（") or out.endswith("，") else " " + line if line.startswith("(") \
            else "–" + line
    return out


def heatmap(
    matrix: pd.DataFrame,
    *,
    title: str = "",
    fmt: str = "{:.0f}",
    cmap: str = "Blues",
    colorbar_label: str = "",
    lang: str | None = None,
    missing: str | None = None,
    vmin: float = 0.0,
    vmax: float | None = None,
    counts: pd.DataFrame | None = None,
    colour_title: str | None = None,
    missing_cells: pd.DataFrame | None = None,
    extend: str = "neither",
    silence: str | None = None,
) -> Figure:
    """A labelled heatmap of a matrix; NaN cells are hatched grey and read 'not stated'
    (or `missing`, e.g. "—" for the diagonal of a plan × plan matrix). The colours run from
    `vmin` to `vmax` (default: the largest value) (`vmin` above 0 spreads scores that all lie high, such as
    similarities, over the whole scale). Cells hold their numbers up to
    `NUMBERED_COLUMNS` columns; beyond, colour alone (the page's table has the numbers), and
    the title is `colour_title` where given (a title saying what the cells' numbers are would
    promise numbers the chart does not show).
    `counts` (text of the matrix's shape, e.g. "25/180") is written under each share, smaller:
    the count beside every share. `missing_cells` (text of the matrix's shape) says, cell by
    cell, why an empty cell is empty (无此类 where a whole plan has none, 未提及 where a
    fragment lost it), instead of one `missing` for all. `extend` ("max"): an arrow on the
    colour bar for cells beyond `vmax` (a scale set by some columns only). `silence`: the word
    of an empty cell where `missing` is not given (default 未提及 / "not stated"; 现存文本未见 where
    every empty cell is a fragment's lost part, `lost_label`); among many plans, hatching alone
    says it, and the colour bar's label names it."""
    values = matrix.astype(float).to_numpy()
    n_rows, n_cols = matrix.shape
    wide = n_cols > WIDE
    crowded = style.many_plans(n_cols)  # cells narrow, numbers and labels smaller
    row_height = 0.3 if style.many_plans(n_rows) else 0.45 if wide else 0.38
    named_cols, named_rows = n_cols <= MAX_NAMED, n_rows <= MAX_NAMED
    # slanted names run right past the last column: a colour bar at the right stood beyond them,
    # far from the cells (five-plan chart 5.4); it stands under the cells, in height of its own
    bar_below = wide and named_cols
    height = max(3.0, row_height * n_rows + 1.6 + (0.8 if bar_below else 0))  # subplots caps at MAX_INCHES
    width = max(5.0, (0.42 if crowded else 0.8 if wide else 1.25) * n_cols + 3.0)
    cell_font = CELL_FONT if not crowded else max(5.5, CELL_FONT - 0.2 * (n_cols - style.MANY_PLANS))
    numbers = n_cols <= NUMBERED_COLUMNS  # beyond, cells too small to hold a legible number
    fig, ax = style.new_figure(width, height)
    masked = np.ma.masked_invalid(values)
    colormap = mpl.colormaps[cmap].with_extremes(bad="#eeeeee")
    finite = values[np.isfinite(values)]
    if vmax is None:
        vmax = float(finite.max()) if finite.size and finite.max() > 0 else 1.0
    vmin = min(vmin, vmax)
    image = ax.imshow(masked, aspect="auto", cmap=colormap, vmin=vmin, vmax=vmax)
    # long column labels (English region names) wrap instead of running into each other
    if not named_cols:  # beyond MAX_NAMED a name per column cannot be read: the count
        ax.set_xticks([])
        ax.set_xlabel(labels.tr(f"{n_cols} 列（按聚类排序）", f"{n_cols} columns (in clustering order)",
                                lang))
    elif wide:  # many columns: one slanted line each, so neighbours cannot run together
        ax.set_xticks(range(len(matrix.columns)),
                      [_one_line(c) for c in matrix.columns],
                      rotation=45, ha="left", rotation_mode="anchor")
    else:
        ax.set_xticks(range(len(matrix.columns)), [_wrap_label(c) for c in matrix.columns])
    if named_rows:
        ax.set_yticks(range(len(matrix.index)), [str(i) for i in matrix.index])
    else:
        ax.set_yticks([])
        ax.set_ylabel(labels.tr(f"{n_rows} 行", f"{n_rows} rows", lang))
    ax.tick_params(axis="x", top=True, labeltop=True, bottom=False, labelbottom=False,
                   labelsize=style.label_size(n_cols))
    ax.tick_params(axis="y", labelsize=style.label_size(n_rows))
    for spine in ax.spines.values():
        spine.set_visible(False)
    small = missing if missing is not None else silence if silence is not None else labels.not_stated(lang)
    for i in range(values.shape[0]):
        for j in range(values.shape[1]):
            v = values[i, j]
            if np.isnan(v):
                ax.add_patch(Rectangle((j - 0.5, i - 0.5), 1, 1, fill=False,
                                                   hatch="///", edgecolor="#bbbbbb", lw=0))
                why = small if missing_cells is None else str(missing_cells.iat[i, j]) or small
                if numbers and not (crowded and missing is None):  # hatching alone says it
                    # on two lines at most (the English "not in the text / as we have it")
                    ax.text(j, i, textwrap.fill(why, max(8, len(why) // 2 + 1)) if wide else why, ha="center",
                            va="center", fontsize=cell_font - 3, color="#777777",
                            linespacing=0.9)
            elif numbers:
                dark = v > vmin + 0.6 * (vmax - vmin)
                count = counts.iat[i, j] if counts is not None else None
                below = isinstance(count, str) and count != ""
                ax.text(j, i - (0.14 if below else 0), fmt.format(v), ha="center", va="center",
                        fontsize=cell_font, color="white" if dark else "#222222")
                if below:
                    ax.text(j, i + 0.24, count, ha="center", va="center",
                            fontsize=max(5.0, cell_font - 3.5),
                            color="white" if dark else "#444444")
    if bar_below:
        bar = fig.colorbar(image, ax=ax, location="bottom", shrink=min(0.6, 6 / n_cols + 0.2),
                           aspect=30, pad=0.03, extend=extend)
    else:
        bar = fig.colorbar(image, ax=ax, shrink=0.8 if n_rows < 40 else 0.4, extend=extend)
    if colorbar_label:
        bar.set_label(colorbar_label + ("" if missing is not None or not crowded or
                                        not np.isnan(values).any()
                                        else labels.tr(f"（斜线：{small}）", f" (hatched: {small})",
                                                       lang)))
    title = title if numbers or colour_title is None else colour_title
    if title:
        ax.set_title(title, loc="left")
    if numbers:
        _fit_cells(fig, ax, n_cols, values.shape[0])
    return fig


CELL_GAP = 0.25  # of a heatmap cell's width: kept clear between a cell's number and the next one's


def _fit_cells(fig: Figure, ax, n_cols: int, n_rows: int = 0) -> None:
    """Every cell's number within its cell, never running into the next (long English row
    labels took a 15-column matrix's width: 779565507… read as one number): the chart is laid
    out and measured; where the widest number does not fit, the figure widens (up to
    `style.MAX_INCHES`), and what still does not fit is set smaller, to the cell. A label on two
    lines (a hatched cell's "not stated" in English) is set smaller where it is taller than its
    cell, so stacked cells' labels never read as one (audit19: five-plan chart 5.4 in English)."""
    texts = [t for t in ax.texts if t.get_text()]
    if not texts or not n_cols:
        return
    for attempt in range(2):
        fig.draw_without_rendering()
        renderer = fig.canvas.get_renderer()
        cell = ax.get_window_extent(renderer).width / n_cols * (1 - CELL_GAP)
        widest = max(t.get_window_extent(renderer).width for t in texts)
        if widest <= cell:
            break
        width, height = fig.get_size_inches()
        if attempt == 0 and width < style.MAX_INCHES:  # widen: the cells take what is added
            more = n_cols * (widest - cell) / (1 - CELL_GAP) / fig.dpi * 1.25
            fig.set_size_inches(min(style.MAX_INCHES, width + more), height)
            continue
        for t in texts:  # still too narrow: the numbers to the cell
            t.set_fontsize(max(4.0, t.get_fontsize() * cell / widest))
        break
    if not n_rows:
        return
    fig.draw_without_rendering()
    renderer = fig.canvas.get_renderer()
    tall = ax.get_window_extent(renderer).height / n_rows * (1 - CELL_GAP)
    for t in texts:
        if "\n" in t.get_text() and (h := t.get_window_extent(renderer).height) > tall:
            t.set_fontsize(max(4.0, t.get_fontsize() * tall / h))


def grouped_bars(
    table: pd.DataFrame,
    *,
    title: str = "",
    ylabel: str = "",
    horizontal: bool = False,
    lang: str | None = None,
    missing: str | None = None,
    zero: str | None = None,
    name: Callable[[str], str] | None = None,
    ranks: Sequence[str] | None = None,
) -> Figure:
    """Grouped bars: one group per row of ``table``, one bar per column (a plan id), plan colours.
    Among many plans, a spread chart (`spread_chart`, which `name` and `ranks` are for).

    A NaN cell (the text does not cover this: a plan with no data, a section a fragment
    lost) is no bar at all: its word alone (`missing`, default 未提及 / "not stated"), upright
    from the axis in the plan's colour, never a bar of any height (a hatched strip 0.2 high
    read as a value: audit22 item 17); a true zero (a complete text that has none) is a short
    solid tick with its 0, and, with `zero`, the legend says what a zero means.
    """
    if style.many_plans(table.shape[1]):
        return spread_chart(table, title=title, xlabel=ylabel, lang=lang, missing=missing,
                            name=name, ranks=ranks)
    n_rows, n_cols = table.shape
    width = 0.8 / max(n_cols, 1)
    if horizontal:
        size = (8.5, min(16.0, max(4.0, 0.22 * n_rows * max(n_cols, 1) + 1.5)))
    else:
        size = (min(15.0, max(7.0, 0.75 * n_rows + 3.0)), 5.0)
    fig, ax = style.new_figure(*size)
    positions = np.arange(n_rows)
    values = table.astype(float)
    finite = values.to_numpy()[np.isfinite(values.to_numpy())]
    top = float(finite.max()) if finite.size and finite.max() > 0 else 1.0
    missing = labels.not_stated(lang) if missing is None else missing
    # the 'not stated' mark is its word alone, standing on the axis: any bar, however thin,
    # would read as data
    any_zero = False
    for k, plan_id in enumerate(table.columns):
        offs = positions - 0.4 + width * (k + 0.5)
        column = values[plan_id].to_numpy()
        colour = style.plan_colour(str(plan_id))
        label = labels.plan_label(str(plan_id), lang)
        shown = np.nan_to_num(column, nan=0.0)
        if horizontal:
            ax.barh(offs, shown, height=width * 0.95, color=colour, label=label)
        else:
            ax.bar(offs, shown, width=width * 0.95, color=colour, label=label)
        for pos, v in zip(offs, column, strict=True):
            if np.isnan(v):
                if horizontal:
                    ax.text(top * 0.01, pos, missing, va="center", ha="left", color=colour,
                            fontsize=8)
                else:
                    ax.text(pos, top * 0.01, missing, ha="center", va="bottom", color=colour,
                            fontsize=8, rotation=90)
            elif v == 0:
                any_zero = True
                if horizontal:
                    ax.plot([0, 0], [pos - width * 0.4, pos + width * 0.4], color=colour, lw=3)
                else:
                    ax.plot([pos - width * 0.4, pos + width * 0.4], [0, 0], color=colour, lw=3)
                    ax.text(pos, top * 0.01, "0", ha="center", va="bottom", color=colour,
                            fontsize=8)
    ticks = [str(i) for i in table.index]
    if horizontal:
        ax.set_yticks(positions, ticks)
        ax.invert_yaxis()
        ax.set_xlabel(ylabel)
        ax.grid(axis="x", color="#dddddd", lw=0.6)
    else:
        ax.set_xticks(positions, ticks, rotation=35, ha="right", rotation_mode="anchor")
        ax.set_ylabel(ylabel)
        ax.grid(axis="y", color="#dddddd", lw=0.6)
    ax.set_axisbelow(True)
    handles = plan_legend_handles([str(p) for p in table.columns], lang, name)
    if any_zero and zero:
        handles.append(Line2D([], [], color="#777777", lw=3, label=zero))
    # anchored to the axes (not the figure), so it stays below the title the report puts
    # above the chart, whatever the title's length
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False,
              fontsize=9, borderaxespad=0)
    if title:
        ax.set_title(title, loc="left")
    return fig


NOTE_AT = 1.08  # the spread chart's counts start this far along, in units of its scale's end
STRIP_HALF = 0.22  # half a spread chart's row strip (its box), in rows: dots and box lie within
JITTER = 0.15  # how far a dot strays up or down from its row, in rows (its mark's edge within the strip)
LABEL_RISE = 2.5  # points between a row's strip and the highest's label above it


RASTER_DOTS = 2000  # columns of a spread chart beyond which its dots are an image in the SVG


def spread_chart(table: pd.DataFrame, *, title: str = "", xlabel: str = "",
                 lang: str | None = None, missing: str | None = None,
                 name: Callable[[str], str] | None = None,
                 dots: tuple[str, str] | None = None,
                 why: pd.DataFrame | None = None, upper: float | None = None,
                 ranks: Sequence[str] | None = None,
                 hollow: tuple[pd.DataFrame, str] | None = None,
                 count_missing: bool = True) -> Figure:
    """Many plans: one row per row of `table` (a category, a measure), each plan a grey dot,
    a box over the middle half, the plan with the highest value named; plans without a value
    are counted at the row's end. No per-plan legend. The columns may be other things than
    plans (plan pairs): `name` names one, `dots` gives the legend's dot and box entries.
    `ranks` (default every column) are the columns that may take the highest place: a fragment
    is drawn but never named the highest on a whole-plan measure. A highest value others share
    is said as a tie (`top_label`): the one named
    with how many tie (成都市锦江区（征求意见稿）等 3 份), or, where most share it, none named.
    `why` (the shape of `table`: for each empty cell, the reader's words for why it is empty)
    splits the count by reason, one line each in the order the reasons first appear in it
    (chart 5.4: 无此类 5/528 apart from 未提及 31/528); a cell it leaves blank counts as `missing`.
    `upper`: where the measure's scale ends (1.0 for a similarity; default the largest value):
    the axis line and its ticks stop there, never past it; the counts stand in a band to its
    right. A named plan's label stands above its row's strip (never over the dots and box it
    describes), reading leftwards from its mark in the right part of the scale, and never into
    the counts' column (`_fit_labels`). `hollow` (a mask of the table's shape, and its legend
    entry): dots drawn hollow, outside the box and never named the highest (chart 5.4's 全文
    row: the pairs with a fragment, outside the whole plans' range the finding states).
    `count_missing` False: no counts (a table of each plan's nearest pairs lacks the others for
    being far, not for lacking anything). Beyond `RASTER_DOTS` columns the dots are drawn as an
    image inside the SVG (44,850 plan pairs a row would write a vector file of 100 MB)."""
    values = table.astype(float)
    apart = hollow[0].reindex_like(values).fillna(False).astype(bool) if hollow is not None \
        else pd.DataFrame(False, index=values.index, columns=values.columns)
    # a column that may not rank (a fragment on a whole-plan measure) is drawn hollow too, outside
    # the box: its dot beyond the highest whole plan's reads as no plan's place (chart 3.1)
    unranked = [c for c in values.columns if ranks is not None and c not in set(ranks)]
    apart[unranked] = True
    n_rows, n_cols = values.shape
    raster = n_cols > RASTER_DOTS
    fig, ax = style.new_figure(9.0, max(3.5, 0.55 * n_rows + 1.6))
    missing = labels.not_stated(lang) if missing is None else missing
    rng = np.random.default_rng(0)  # the same jitter in every build
    named, counted = [], []  # the highest's labels and the counts, kept apart once laid out
    zeros = []  # each row's count of plans at 0, left of its 0 (audit23 item 3)
    pairs = name is not None and dots is not None
    finite = values.to_numpy()[np.isfinite(values.to_numpy())]
    top = float(finite.max()) if finite.size and finite.max() > 0 else 1.0
    right = upper if upper is not None else top  # the scale ends here
    for y, (_row, series) in enumerate(values.iterrows()):
        off = series[apart.iloc[y].to_numpy()].dropna()
        if len(off):
            ax.scatter(off.to_numpy(), y + rng.uniform(-JITTER, JITTER, len(off)), s=12,
                       facecolor="white", edgecolor="#555555", linewidths=0.8, zorder=2,
                       rasterized=raster)
        known = series[~apart.iloc[y].to_numpy()].dropna()
        if len(known):
            low, mid, high = np.percentile(known.to_numpy(), [25, 50, 75])
            ax.barh([y], [high - low], left=[low], height=2 * STRIP_HALF, color="#dde6f0",
                    edgecolor="#8899aa", zorder=1)
            ax.plot([mid, mid], [y - STRIP_HALF, y + STRIP_HALF], color="#333333", lw=1.2, zorder=1)
            ax.scatter(known.to_numpy(), y + rng.uniform(-JITTER, JITTER, len(known)), s=12,
                       color="#555555", alpha=0.7, zorder=2, linewidths=0, rasterized=raster)
            eligible = known if ranks is None else known[known.index.isin(list(ranks))]
            if len(eligible):
                best = eligible.idxmax()
                shown = top_label(best, eligible, name or (lambda p: labels.plan_label(str(p), lang)),
                                  pairs=name is not None and dots is not None, lang=lang)
                leftward = eligible[best] > 0.6 * right  # a label in the right part reads leftwards, inside
                # above the row's strip, in the gap to the row above, from its red dot: never over
                # the dots and box it describes (audit20 item 4: "Synthetic 3 – Synthetic 17 and
                # 21 other pairs" hid the 0.4–0.7 dots)
                named.append((y, ax.annotate(
                    shown, (eligible[best], y - STRIP_HALF), xytext=(-4 if leftward else 4, LABEL_RISE),
                    ha="right" if leftward else "left", va="bottom", textcoords="offset points",
                    fontsize=7, color=style.EXTREME_COLOUR,
                    bbox={"facecolor": "white", "edgecolor": "none", "alpha": 0.75, "pad": 0.1})))
                ax.scatter([eligible[best]], [y], s=18, color=style.EXTREME_COLOUR, zorder=3)
            at_zero = int(np.isclose(known.to_numpy(), 0.0, rtol=0, atol=1e-12).sum())
            if at_zero:  # a clump at 0 can be neither seen whole nor counted: its count beside it
                zeros.append(ax.annotate(
                    zero_label(at_zero, lang, pairs=pairs), (0, y), xytext=(-ZERO_GAP, 0),
                    textcoords="offset points", ha="right", va="center", fontsize=7, color="#555555"))
        gone = int(series.isna().sum()) if count_missing else 0
        if gone and why is not None:
            reasons = why.iloc[y][series.isna().to_numpy()].replace("", missing)
            said = "\n".join(f"{reason} {labels.count(k)}/{labels.count(n_cols)}" for reason, k in
                              reasons.value_counts(sort=False).reindex(reasons.unique()).items())
            counted.append((y, ax.text(right * NOTE_AT, y, said, va="center", fontsize=7, color="#777777")))
        elif gone:
            of = f"{labels.count(gone)}/{labels.count(n_cols)}"
            counted.append((y, ax.text(right * NOTE_AT, y, labels.tr(f"{missing}：{of}", f"{missing}: {of}", lang),
                                       va="center", fontsize=7, color="#777777")))
    ax.set_yticks(range(n_rows), [str(i) for i in values.index])
    ax.tick_params(axis="y", labelsize=style.label_size(n_rows))
    # top to bottom; above the first row, room for its label (which stands above its strip)
    ax.set_ylim(n_rows - 0.5, -0.5 - (1 - 2 * STRIP_HALF) * bool(named))
    # the counts stand in a band right of the scale's end, which the axis line and ticks stop at
    # the scale starts a little below 0, so a plan at 0 is a whole dot clear of the axis line
    # (audit23 item 3: 65 plans half hidden under it), with room for the rows' counts at 0
    ax.set_xlim(-right * ZERO_ROOM, right * (1.35 if count_missing and values.isna().any().any() else 1.05))
    ax.set_xticks([t for t in ax.get_xticks() if 0 <= t <= right + 1e-9])
    ax.spines["bottom"].set_bounds(0, right)
    ax.set_xlabel(xlabel)
    ax.grid(axis="x", color="#dddddd", lw=0.6)
    ax.set_axisbelow(True)
    dot, box = dots or (labels.tr(f"每点一份规划（共 {n_cols} 份）", f"a dot per plan ({n_cols} plans)",
                                  lang),
                        labels.tr("中间一半的规划", "the middle half of plans", lang))
    handles = [Line2D([], [], ls="none", marker="o", color="#555555", ms=4, label=dot),
               Patch(facecolor="#dde6f0", edgecolor="#8899aa", label=box),
               Line2D([], [], ls="none", marker="o", color=style.EXTREME_COLOUR, ms=4,
                      label=labels.tr("完整规划中的最高者（标名）", "the highest whole plan (named)", lang)
                      if ranks is not None and set(values.columns) - set(ranks) else
                      labels.tr("最高者（标名）", "the highest (named)", lang))]
    if hollow is not None and apart.drop(columns=unranked).to_numpy().any():
        handles.append(Line2D([], [], ls="none", marker="o", markerfacecolor="white",
                              color="#555555", ms=4, label=_legend_wrap(hollow[1])))
    shown_apart = [c for c in unranked if values[c].notna().any()]
    if shown_apart:  # hollow: 重庆市（残篇），不参与排序
        who = (name or (lambda p: labels.plan_label(str(p), lang)))
        handles.append(Line2D([], [], ls="none", marker="o", markerfacecolor="white", color="#555555",
                              ms=4, label=_legend_wrap(labels.text("chart.spread.apart", lang, plans=(
                                  "、" if labels.is_zh(lang) else " and ").join(who(c) for c in shown_apart)))))
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False,
              fontsize=8, borderaxespad=0)
    if title:
        ax.set_title(title, loc="left")
    _fit_zeros(fig, ax, zeros)
    _fit_labels(fig, ax, named, counted)
    _fit_zeros(fig, ax, zeros)  # the counts' room may have stretched the scale
    return fig


ZERO_ROOM = 0.03  # the spread chart's scale starts this far below 0, in units of its scale's end
ZERO_GAP = 5  # points between a row's count at 0 and the 0 its dots stand on


def zero_label(k: int, lang: str | None, *, pairs: bool = False) -> str:
    """How many plans (or plan pairs) of a spread chart's row stand at 0: 0：65 份 / 0: 65 plans."""
    unit = labels.tr("对", "pairs", lang) if pairs else labels.tr("份", "plans", lang)
    if k == 1 and not labels.is_zh(lang):
        unit = unit[:-1]
    return labels.tr(f"0：{labels.count(k)} {unit}", f"0: {labels.count(k)} {unit}", lang)


def _fit_zeros(fig: Figure, ax, zeros: list) -> None:
    """The spread chart's scale started far enough below 0 that each row's count at 0
    (`zero_label`, written leftwards from 0) stands inside the axes, clear of the axis line."""
    if not zeros:
        return
    fig.draw_without_rendering()
    renderer = fig.canvas.get_renderer()
    frame = ax.get_window_extent(renderer)
    need = max(t.get_window_extent(renderer).width for t in zeros) + (ZERO_GAP + 3) * fig.dpi / 72
    share = min(0.4, need / frame.width)  # of the axes' width, left of 0
    start, end = ax.get_xlim()
    if -start / (end - start) < share:
        ax.set_xlim(-share * end / (1 - share), end)


LEGEND_WRAP = 34  # characters per line of a spread chart's longer legend entries (English)


def _legend_wrap(text: str) -> str:
    """A long legend entry on lines of `LEGEND_WRAP` characters, a bracket never broken inside
    ("(a fragment)" stays whole)."""
    kept = re.sub(r"\([^()]*\)", lambda m: m.group(0).replace(" ", "\u00a0"), text)
    return _wrap_label(kept, LEGEND_WRAP).replace("\u00a0", " ")


LABEL_PAD = 6.0  # pixels (at 100 dpi) kept clear between a spread chart's label and the axis or a count


def _fit_labels(fig: Figure, ax, named: list, counted: list) -> None:
    """Each highest's label, above its row's strip, within the scale: clear of the axis line on
    its left and of the counts' column on its right (an English pair's name crossed both,
    audit17 item 9), and of the row above (audit20 item 4: labels stood over the dots): the
    chart is laid out and each label measured; one that does not fit reads the other way from
    its dot, else on two lines where the gap between rows holds them, else smaller."""
    if not named and not counted:
        return
    fig.draw_without_rendering()
    renderer = fig.canvas.get_renderer()
    frame = ax.get_window_extent(renderer)
    boxes = [t.get_window_extent(renderer) for _row, t in counted]
    if boxes and max(b.x1 for b in boxes) > frame.x1 - LABEL_PAD:
        # a count running past the axes' end ran under the legend: the scale shrinks to make room
        start, end = ax.get_xlim()
        room = [frame.width - LABEL_PAD - b.width for b in boxes]
        stretch = max((b.x0 - frame.x0) / r if r > 0 else 3.0 for b, r in zip(boxes, room, strict=True))
        ax.set_xlim(start, start + (end - start) * min(3.0, stretch))
        fig.draw_without_rendering()
        frame = ax.get_window_extent(renderer)
    # the counts' column, in every row: a label above a row never reaches into it either
    stops = [t.get_window_extent(renderer).x0 for _row, t in counted]
    bounds = (frame.x0 + LABEL_PAD, min([frame.x1, *stops]) - LABEL_PAD)
    for _y, label in named:  # across: one line, or two, else two lines smaller
        text = label.get_text()
        for shown in (text, _two_lines(text)):
            label.set_text(shown)
            best = max((False, True), key=lambda leftward: _room(label, leftward, bounds, renderer))
            if _room(label, best, bounds, renderer) >= 0:
                break
        else:
            width = label.get_window_extent(renderer).width
            short = -_room(label, best, bounds, renderer)
            label.set_fontsize(max(5.0, label.get_fontsize() * (width - short) / width))
            _room(label, best, bounds, renderer)
    if not named:
        return
    # down: each label in the gap between its row's strip and the row above; where the tallest
    # (on two lines) does not fit, the rows part further (the figure grows, up to MAX_INCHES),
    # and what still does not fit is set smaller
    for attempt in range(2):
        pitch = abs(ax.transData.transform((0, 1))[1] - ax.transData.transform((0, 0))[1])
        tall = pitch * (1 - 2 * STRIP_HALF) - 2 * LABEL_RISE * fig.dpi / 72
        highest = max(label.get_window_extent(renderer).height for _y, label in named)
        if highest <= tall:
            return
        width, height = fig.get_size_inches()
        if attempt == 0 and height < style.MAX_INCHES:
            rows = frame.height / pitch
            more = rows * (highest - tall) / (1 - 2 * STRIP_HALF) / fig.dpi * 1.1
            fig.set_size_inches(width, min(style.MAX_INCHES, height + more))
            fig.draw_without_rendering()
            frame = ax.get_window_extent(renderer)
            continue
    for _y, label in named:
        if (h := label.get_window_extent(renderer).height) > tall:
            label.set_fontsize(max(4.0, label.get_fontsize() * tall / h))


def _room(label, leftward: bool, bounds: tuple[float, float], renderer) -> float:
    """A spread chart's label set to read leftwards (or rightwards) from its dot: how far, in
    pixels, it stays within `bounds` (below 0: by how much it crosses one)."""
    label.set_horizontalalignment("right" if leftward else "left")
    label.xyann = (-4 if leftward else 4, label.xyann[1])
    box = label.get_window_extent(renderer)
    return min(box.x0 - bounds[0], bounds[1] - box.x1)


def _two_lines(text: str) -> str:
    """A label broken once, nearest its middle: between two names (after "A –", before "and
    4 other pairs") where it can, else at a space (or, in Chinese, after the dash)."""
    cuts = [i for i, ch in enumerate(text) if ch == " " and (text[i - 1] == "–" or text[i + 1:i + 5] == "and ")] \
        or [i for i, ch in enumerate(text) if ch == " " or (ch == "–" and " " not in text)]
    if not cuts:
        return text
    i = min(cuts, key=lambda k: abs(k - len(text) / 2))
    return text[:i].rstrip() + "\n" + text[i + 1:].lstrip() if text[i] == " " else text[:i + 1] + "\n" + text[i + 1:]


def top_label(best: str, values: pd.Series, name: Callable[[str], str], *, pairs: bool = False,
              lang: str | None = None) -> str:
    """The label of a spread chart's highest dot: its plan (or pair) by `name`, and where others
    have the same value (the chart shows no figure: equal values, not equal at two decimals) how
    many in all, as chart 2.1 says it (乐至县等 3 份); where more than half of
    the row's values share it, no name: 并列最高：20/32 份 (a pair chart says 对 / pairs)."""
    values = values.astype(float)
    tied = int(np.isclose(values, values[best], rtol=0, atol=1e-9).sum())
    unit = labels.tr("对", " pairs", lang) if pairs else labels.tr("份", " plans", lang)
    n, of, others = labels.count(tied), labels.count(len(values)), labels.count(tied - 1)  # 13,162
    if tied > 1 and 2 * tied > len(values):
        return labels.tr(f"并列最高：{n}/{of} {unit}", f"tied highest: {n} of {of}{unit}", lang)
    if tied > 1:
        return labels.tr(f"{name(best)}等 {n} {unit}", f"{name(best)} and {others} other"
                         f"{unit if tied > 2 else unit[:-1]}", lang)
    return name(best)


END_BARS = 20  # beyond MAX_NAMED plans a ranked bar chart shows this many at each end


def ends(table: pd.DataFrame) -> tuple[pd.DataFrame, int]:
    """A ranked table of one row per plan, cut to its first and last `END_BARS` rows when it
    has more than `MAX_NAMED` (a bar per plan among 300 cannot be named); and how many rows
    were left out between them (0: all shown). `mark_gap` draws where they were."""
    if len(table) <= MAX_NAMED:
        return table, 0
    return pd.concat([table.iloc[:END_BARS], table.iloc[-END_BARS:]]), len(table) - 2 * END_BARS


def legend_below(ax, handles: list | None = None, ncols: int = 2) -> None:
    """A legend under the axis title, where it covers no bar or figure beside one. Placed from
    the axes, 0.55 inch down (a figure legend follows the figure's edge, which the export's
    crop moves onto the source note the report puts there)."""
    below = ax.transAxes + ScaledTranslation(0, -0.55, ax.figure.dpi_scale_trans)
    ax.legend(**({"handles": handles} if handles is not None else {}), loc="upper left",
              bbox_to_anchor=(0, 0), bbox_transform=below, ncols=ncols, frameon=False, fontsize=8,
              borderaxespad=0)


def bar_rows(n: int, hidden: int) -> np.ndarray:
    """The rows of a ranked bar chart's `n` bars: one after another, or, where `hidden` plans
    between its two ends are left out (`ends`), an empty row between the first and last
    `END_BARS`, which `mark_gap(..., spaced=True)` writes in (audit23 item 8: in the 0.2 rows
    between two bars its label covered half the last top bar)."""
    rows = np.arange(n, dtype=float)
    if hidden:
        rows[END_BARS:] += 1
    return rows


def mark_gap(ax, hidden: int, lang: str | None = None, *, spaced: bool = False) -> None:
    """Between the first and last `END_BARS` bars of a cut ranking: a dashed line and the
    number of plans not drawn; `spaced`: in the empty row `bar_rows` leaves there (else on the
    line between the two bars, where the label covers part of each)."""
    if not hidden:
        return
    at = END_BARS if spaced else END_BARS - 0.5
    ax.axhline(at, color="#999999", lw=0.8, ls="--")
    ax.text(0.5, at, labels.tr(f"…… 中间 {hidden} 份规划未画出 ……",
                                           f"… {hidden} plans in between not drawn …", lang),
            transform=ax.get_yaxis_transform(), ha="center", va="center", fontsize=7,
            color="#555555", bbox={"facecolor": "white", "edgecolor": "none", "pad": 1})


def rank_apart(table: pd.DataFrame, corpus: Corpus, by: str) -> tuple[pd.DataFrame, int, int]:
    """A table of one row per plan (indexed by plan id) ranked by `by`, highest first, its
    whole plans cut to both ends (`ends`), and the texts that are no whole plan (a fragment, a
    page that is no plan's text: `scope.reasons`) after them, unranked; with how many rows were
    left out and how many stand apart (`draw_apart` marks them as chart 6.2 does)."""
    apart = table.index.astype(str).isin(set(plan_scope.reasons(corpus)))
    whole, hidden = ends(table[~apart].sort_values(by, ascending=False, kind="stable"))
    return pd.concat([whole, table[apart]]), hidden, int(apart.sum())


def draw_apart(ax, bars, n_apart: int, *, grey: bool = True) -> None:
    """The last `n_apart` of a ranked bar chart's `bars` drawn apart: below a dotted line and
    hatched (grey, as chart 6.2; or, `grey` False, over their colours, which tell the parts of a
    stacked bar)."""
    if not n_apart:
        return
    for bar in list(bars)[len(bars) - n_apart:]:
        if grey:
            bar.set(facecolor="#eeeeee", hatch="///", edgecolor="#999999", linewidth=0.6)
        else:  # a light hatch: the bar's numbers stay legible
            bar.set(hatch="//", edgecolor=(1, 1, 1, 0.45), linewidth=0)
    first = list(bars)[len(bars) - n_apart]  # above the first bar apart (rows may skip a gap: `bar_rows`)
    ax.axhline(first.get_y() + first.get_height() / 2 - 0.5, color="#999999", lw=0.8, ls=":")


def apart_note(fig: Figure, corpus: Corpus, ids: Sequence[str], code: str, lang: str | None) -> None:
    """The line under a ranked chart saying why the plans `ids` stand apart, unranked."""
    if not len(ids):
        return
    out = [item for item in plan_scope.not_whole(corpus) if str(item) in {str(p) for p in ids}]
    fig.text(0.01, -0.02, labels.text(code, lang, why=plan_scope.why(out, lang)),
             fontsize=8, color="#555555", ha="left", va="top", wrap=True)


def too_many_columns(n_plans: int) -> bool:
    """Whether a heatmap of one column per plan gives way to a distribution (`plan_spread`):
    beyond `MAX_NAMED` plans its columns carry no names, so the plans a title names cannot be
    found in it (audit22 item 20: 300 unlabelled columns, 4,811 px wide)."""
    return n_plans > MAX_NAMED


def plan_spread(matrix: pd.DataFrame, corpus: Corpus, *, title: str, xlabel: str,
                lang: str | None = None, missing: str | None = None) -> Figure:
    """A plan-column heatmap's rows (categories, units, tools × plan ids) as a distribution
    among many plans (`spread_chart`): a dot per plan, the middle half boxed, the highest whole
    plan named (a fragment drawn hollow, never named: `_ranked_plans`), the plans without a
    value counted at the row's end."""
    return spread_chart(matrix, title=title, xlabel=xlabel, lang=lang, missing=missing,
                        **_ranked_plans(corpus, lang))


def cluster_columns(matrix: pd.DataFrame) -> pd.DataFrame:
    """Columns (plans) reordered by clustering of their profiles (`similarity.profile_order`),
    so alike plans sit side by side, among many plans; few columns keep their order (a chart
    form: `style.many_plans`)."""
    if not style.many_plans(len(matrix.columns)):
        return matrix
    return matrix.loc[:, sim.profile_order(matrix)]


def plan_legend_handles(plan_ids: Sequence[str], lang: str | None = None,
                        name: Callable[[str], str] | None = None) -> list:
    """Legend handles: a coloured square per plan, named by `name` where given (a draft as a
    draft, `scope.marked`, as the plan axes name it), else by its plain name."""
    return [Patch(color=style.plan_colour(p), label=name(p) if name else labels.plan_label(p, lang))
            for p in plan_ids]



# --------------------------------------------------------------------------- categories


def category_heatmap(corpus: Corpus, value: str = "share", lang: str | None = None) -> Figure:
    """Heatmap of the category × plan matrix (share of task text by default). The colour scale
    is set by whole plans: a fragment's single part (its 组织实施与保障 is all its task text) or
    a page that is no plan's text would stretch it and leave every whole plan pale; a cell
    beyond takes the darkest colour, and the colour bar says so (an arrow and its label)."""
    tr = labels.tr
    if too_many_columns(len(corpus.plans)):  # a distribution per category (audit22 item 20)
        spread = category_matrix(corpus, value)
        spread = spread.loc[[c for c in spread.index if c != "other"]]
        spread.index = [labels.category_label(c, lang) for c in spread.index]
        axis = {"share": tr("占任务文本的比例（%）", "share of task text (%)", lang),
                "tasks": tr("任务数", "tasks", lang)}.get(value, tr("组数", "groups", lang))
        return plan_spread(spread, corpus, lang=lang, xlabel=axis, missing=lost_label(corpus, lang),
                           title=tr(f"各规划各类别的{axis}（每点一份规划）",
                                    f"Each plan's {axis} by category (a dot per plan)", lang))
    matrix = cluster_columns(category_matrix(corpus, value))
    vmax, stretched = plan_scope.whole_plan_scale(matrix, corpus)
    shown = matrix.copy()
    shown.index = [labels.category_label(c, lang) for c in matrix.index]
    # drafts and the fragment marked, as on charts 4.2, 5.1 and 7.2 (audit20 item 5)
    shown.columns = [marked_column(str(p), corpus, lang) for p in matrix.columns]
    counts = None
    if value == "share":
        title = tr("各类别占任务文本的比例（%；下方：字数/任务文本字数）",
                   "Share of task text by category (%; below: its characters / all task characters)", lang)
        fmt, bar = "{:.0f}%", tr("占比（%）", "share (%)", lang)
        chars = category_matrix(corpus, "chars").reindex(index=matrix.index, columns=matrix.columns)
        counts = count_text(chars, chars.sum(axis=0))
    else:
        title = tr("各类别的任务数", "Tasks per category", lang) if value == "tasks" else tr(
            "各类别的组数", "Groups per category", lang)
        fmt, bar = "{:.0f}", tr("数量", "count", lang)
    if stretched:
        bar += tr("；色阶按完整规划，超出者取最深色", "; scale set by whole plans, any beyond darkest",
                  lang)
    # an empty cell is a category in a part the text lost (a fragment's, a page's that is not the
    # plan: `category_matrix`), read as chart 3.1 and the source note read it (audit22 item 8)
    return heatmap(shown, title=title, fmt=fmt, colorbar_label=bar, lang=lang, counts=counts,
                   vmax=vmax, silence=lost_label(corpus, lang), extend="max" if stretched else "neither",
                   colour_title=tr("各类别占任务文本的比例", "Share of task text by category", lang)
                   if value == "share" else None)


def category_bars(corpus: Corpus, value: str = "tasks", lang: str | None = None) -> Figure:
    """Grouped bars: one group per category, one bar per plan (plan colours)."""
    tr = labels.tr
    matrix = category_matrix(corpus, value)
    matrix = matrix.loc[[c for c in matrix.index if c != "other"]]
    matrix.index = [labels.category_label(c, lang) for c in matrix.index]
    ylabel = {"tasks": tr("任务数", "Tasks", lang), "groups": tr("组数", "Groups", lang),
              "share": tr("占任务文本（%）", "Share of task text (%)", lang)}[value]
    return grouped_bars(matrix, ylabel=ylabel, lang=lang,
                        title=tr("各规划在各类别上的任务", "Tasks by category and plan", lang),
                        missing=lost_label(corpus, lang), zero=labels.text("chart.zero", lang),
                        **_ranked_plans(corpus, lang))


def _ranked_plans(corpus: Corpus, lang: str | None) -> dict:
    """A plan spread chart's `name` and `ranks`: the highest is a whole plan (a fragment or a
    page that is no plan's text is drawn, never named the highest: `scope`), named as a draft
    where it is one (`scope.marked`)."""
    partial = plan_scope.reasons(corpus)
    return {"name": lambda p: plan_scope.marked(p, corpus, lang),
            "ranks": [p for p in corpus.plans["plan_id"].astype(str) if p not in partial]}


def lost_label(corpus: Corpus, lang: str | None = None) -> str:
    """What an empty cell of a chart says where the text is not a whole plan's: a fragment's lost
    part reads 现存文本未见 / "not in the text as we have it", as the findings, the source note,
    the plan pages and every chart say it (audit22 item 8); where a page that is no plan's text
    leaves something unmentioned (`scope.reasons`), the label says that too
    (现存文本未见（残篇或非规划原文）, 现存文本未见（非规划原文）)."""
    why = set(plan_scope.reasons(corpus).values())
    if why <= {plan_scope.FRAGMENT}:
        return labels.text("chart.lost", lang)
    return labels.text("chart.lost.mixed" if plan_scope.FRAGMENT in why else "chart.lost.kind", lang)


# --------------------------------------------------------------------------- overview


def structure_chart(corpus: Corpus, lang: str | None = None) -> Figure:
    """Three panels, one bar per plan: length in characters, groups, tasks."""
    tr = labels.tr
    facts = plan_facts(corpus).set_index("plan_id")
    counts = structure_counts(corpus).set_index("plan_id")
    n_apart = 0
    if style.many_plans(len(facts)):  # ranked by length; a text that is no whole plan drawn apart
        facts, hidden, n_apart = rank_apart(facts, corpus, "n_chars")
    else:
        facts, hidden = ends(facts)
    counts = counts.reindex(facts.index)
    panels = [
        (facts["n_chars"].astype(float), tr("字数", "Characters", lang), "{:,.0f}"),
        (counts["groups"].astype(float), tr("组（二级标题）", "Groups (second-level headings)", lang), "{:.0f}"),
        (counts["tasks"].astype(float), tr("任务", "Tasks", lang), "{:.0f}"),
    ]
    fig, axes = style.subplots(1, 3, figsize=(10, (0.3 if style.many_plans(len(facts)) else 0.45)
                                              * len(facts) + 1.8), layout="constrained", sharey=True)
    names = [plan_scope.marked(str(p), corpus, lang) for p in facts.index]  # 汕尾市城区（征求意见稿）
    colours = style.bar_colours(facts.index)
    ys = bar_rows(len(names), hidden)  # a row of its own for the gap's label
    for ax, (values, title, fmt) in zip(axes, panels, strict=True):
        draw_apart(ax, ax.barh(ys, values.fillna(0), color=colours), n_apart)
        for y, v in zip(ys, values, strict=True):
            ax.text(0 if pd.isna(v) else v, y, " " + (labels.not_stated(lang) if pd.isna(v)
                                                      else fmt.format(v)),
                    va="center", fontsize=8 if len(facts) <= style.MANY_PLANS else 6)
        ax.set_title(title, loc="left", fontsize=10)
        ax.tick_params(axis="y", labelsize=style.label_size(len(facts)))
        top = values.max()
        ax.set_xlim(0, (top if pd.notna(top) and top > 0 else 1) * 1.3)
        ax.tick_params(axis="x", labelsize=8)
        # the axis's counts as its bars' labels write them (`labels.count`: 4,000, never 4000),
        # whole numbers only (a count of groups has no tick at 2.5), few enough never to run together
        ax.xaxis.set_major_locator(MaxNLocator(nbins=4, integer=True))  # "12,000" is wide
        ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _pos: labels.count(x)))
        mark_gap(ax, hidden, lang, spaced=True)
    axes[0].set_yticks(ys, names)
    axes[0].invert_yaxis()
    apart_note(fig, corpus, facts.index[len(names) - n_apart:], "chart.own_text.apart", lang)
    fig.suptitle(tr("各规划的篇幅与结构", "Length and structure of each plan", lang),
                 x=0.01, ha="left")
    return fig


# --------------------------------------------------------------------------- targets


def targets_chart(corpus: Corpus, lang: str | None = None) -> Figure:
    """Baselines and targets of every plan on one chart.

    Year on x, percent of citizens with science literacy on y; colour is the plan, the
    marker is the comparator (超过 / 不低于 / 达到 / 力争), hollow markers are baselines.
    Plans that state nothing are listed under the chart as 'not stated'.
    """
    tr = labels.tr
    targets = literacy_targets(corpus).dropna(subset=["year", "value"])
    targets = targets[targets["kind"] != "increase"]  # points above a baseline, not a share
    fig, ax = style.new_figure(8.5, 5.2)
    labels.register_plans(corpus.plans)
    plan_ids = list(corpus.plans["plan_id"].astype(str))
    shown = [p for p in plan_ids if p in set(targets["plan_id"])]
    many = style.many_plans(len(shown))
    # each year's points spread evenly about the year, among the plans with a point that year (by
    # a plan's place among all, 乐至县's lone 2035 target stood at 2034.5 and read as earlier:
    # audit20 item 10); a plan's points of one year share its place
    by_year = {int(y): [p for p in shown if p in set(targets.loc[targets["year"] == y, "plan_id"])]
               for y in targets["year"].unique()}
    spread = min(0.12, 1.2 / max([1, *map(len, by_year.values())]))
    place = {(p, y): (j - (len(ids) - 1) / 2) * spread for y, ids in by_year.items()
             for j, p in enumerate(ids)}
    national = benchmarks()
    national = national[(national["level"] == "national") & national["value"].notna()]
    # a national mark far beyond every plan's years (2035, where the plans stop at 2027) is said
    # at the axis' edge, not drawn where it lies: half the plot stood empty (audit22 item 19)
    beyond = _beyond_plans(national["year"], targets["year"])
    on_axis = national[beyond == 0]
    national_at = {int(y): float(v) for y, v in zip(on_axis["year"], on_axis["value"], strict=True)}
    span = max(5.0, 1.2 * max([0.0, *targets["value"].astype(float), *national["value"].astype(float)]))
    # among many plans only each year's highest and lowest target are named: a plan's figure is
    # the one it commits to (its lowest for the year, as the findings read 超过18%、力争20%), every
    # plan at an end drawn in red and the tie said in one label (成都市锦江区（征求意见稿）等 4 份 18%)
    named = extreme_targets(targets, corpus, shown, lang) if many else {}
    for pid in shown:
        mine = targets[targets["plan_id"] == pid]
        colour = style.ONE_COLOUR if many else style.plan_colour(pid)
        xs = mine["year"].astype(float) + [place[pid, int(y)] for y in mine["year"]]
        # among many plans in one colour, dashed lines joining each plan's points would run into
        # one another (巫溪县's 6.9%→12% and 乐至县's 13%→25% read as one line from 2020 to 2035):
        # only a plan with a named (red) point keeps its line
        if not many or any(key[0] == pid for key in named):
            ax.plot(xs, mine["value"], color=colour, lw=1 if not many else 0.5, ls="--",
                    alpha=0.6 if not many else 0.3, zorder=1)
        for x, t in zip(xs, mine.itertuples(index=False), strict=True):
            baseline = t.kind == "baseline"
            extreme = t.kind == "target" and (pid, t.year, float(t.value)) in named
            mark = style.EXTREME_COLOUR if extreme else colour
            ax.scatter([x], [t.value], s=(90 if t.comparator == "aim" else 60) * (0.5 if many else 1),
                       marker=style.COMPARATOR_MARKERS.get(t.comparator, "o"),
                       facecolor="white" if baseline else mark, edgecolor=mark,
                       linewidth=1.6 if not many else 1.0, zorder=3, alpha=1 if not many or extreme else 0.7)
            # a label beside the national dotted line goes below (or above) it, never through it
            rise = _off_the_line(float(t.value), national_at.get(int(t.year)), span)
            if not many:
                # a baseline is a level reached, not a promise: said so, not with a target's comparator ("reaches 6.9%"
                # read as a target; audit24 item 4)
                said = tr("基线", "baseline", lang) if baseline else labels.comparator_label(t.comparator, lang)
                ax.annotate(f"{said} {t.value:g}%", (x, t.value),
                            xytext=(7, rise), textcoords="offset points",
                            fontsize=8, color=colour)
    for b in on_axis.itertuples(index=False):
        ax.hlines(b.value, b.year - 0.9, b.year + 0.9, color="#333333", lw=1.4, ls=":", zorder=2)
        if not many:  # among many plans the line is named in the legend, clear of the points
            ax.annotate(tr(f"国家纲要 {b.value:g}%", f"national {b.value:g}%", lang),
                        (b.year - 0.9, b.value), xytext=(-3, 0), textcoords="offset points",
                        fontsize=8, color="#333333", ha="right", va="center")
    for b, side in zip(national.itertuples(index=False), beyond, strict=True):
        if side:
            _beyond_axis_mark(ax, int(b.year), float(b.value), side, lang)
    ax.set_xlabel(tr("年份", "Year", lang))
    ax.set_ylabel(tr("具备科学素质的公民比例（%）", "Citizens with science literacy (%)", lang))
    ax.set_title(tr("公民科学素质比例：基线与目标（点线为国家纲要的目标）",
                    "Science literacy: baselines and targets (dotted: the national outline's)",
                    lang), loc="left")
    if len(targets):
        years = pd.concat([targets["year"].astype(float), on_axis["year"].astype(float)])
        ax.set_xlim(years.min() - 1.5, years.max() + 2.5)
        top = max([float(targets["value"].max()), *national["value"].astype(float)])
        ax.set_ylim(0, max(5.0, top * 1.2))
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.grid(axis="y", color="#dddddd", lw=0.6)
    # the ends are of committed figures (`extreme_targets`): where a plan also strives for more
    # the same year (超过18%、力争20%), the higher star is no end, and the legend says why
    stated = targets[targets["kind"] == "target"]
    striving = bool(len(stated)) and bool(stated.groupby(["plan_id", "year"]).size().gt(1).any())
    extremes_said = (tr("各年承诺的最高与最低（标名；力争值不计）",
                        "each year's highest and lowest committed figure (named; 'strives for' not counted)",
                        lang) if striving else
                     tr("各年最高与最低（标名）", "each year's highest and lowest (named)", lang))
    # among many plans the colours as patches: a filled circle is the marker of 达到 / "reaches"
    handles = plan_legend_handles(shown, lang, lambda p: plan_scope.marked(p, corpus, lang)) if not many else [
        Patch(color=style.ONE_COLOUR, label=labels.tr(f"{len(shown)} 份规划", f"{len(shown)} plans", lang)),
        Patch(color=style.EXTREME_COLOUR, label=extremes_said)]
    comparators = [c for c in comparator_order() if c in set(targets["comparator"])]
    handles += [Line2D([], [], ls="none", marker=style.COMPARATOR_MARKERS[c], color="#444444",
                       label=labels.comparator_label(c, lang)) for c in comparators]
    if (targets["kind"] == "baseline").any():
        based = [p for p in shown if p in set(targets.loc[targets["kind"] == "baseline", "plan_id"])]
        # among many plans a baseline dot carries no name: the legend says whose it is
        said = "" if not many else _after(labels.text(
            "chart.targets.baseline" + (".one" if len(based) == 1 else ""), lang, n=len(based),
            plan=plan_scope.marked(based[0], corpus, lang)), lang)
        handles += [Line2D([], [], ls="none", marker="o", markerfacecolor="white",
                           color="#444444", label=tr("空心：基线", "hollow: baseline", lang) + said)]
    if many and len(on_axis):
        handles.append(Line2D([], [], color="#333333", lw=1.4, ls=":", label=tr(
            "点线：国家纲要 " + "、".join(f"{int(y)} 年 {v:g}%" for y, v in zip(on_axis["year"], on_axis["value"],
                                                                          strict=True)),
            "dotted: national outline, " + ", ".join(f"{v:g}% by {int(y)}" for y, v in zip(
                on_axis["year"], on_axis["value"], strict=True)), lang)))
    legend = ax.legend(handles=handles, frameon=False, fontsize=8, loc="upper left", ncol=2)
    if many and named:
        _place_extremes(fig, ax, targets, named, lang, legend)
    missing = plans_without_targets(corpus)
    if missing and many and len(missing) > style.MAX_LEGEND:
        fig.text(0.01, -0.02, tr(f"另有 {len(missing)}/{len(plan_ids)} 份规划未提及目标",
                                 f"No target stated in {len(missing)} of {len(plan_ids)} plans", lang),
                 fontsize=9, color="#555555", ha="left", va="top")
    elif missing:
        zh = labels.is_zh(lang)
        # each named as the rest of the report names it (`scope.marked`: 重庆市（残篇）, "Chongqing
        # Municipality (a fragment)"), a page that is no plan's text with its kind: a news item
        # that states no target is not a final plan that states none
        # a fragment's silence is of its text as we have it (as the benchmark finding says it,
        # audit20 item 1), a whole plan's that it states none
        partial = plan_scope.reasons(corpus)
        parts = []
        for ids, head in (([p for p in missing if p not in partial], tr("未提及目标", "No target stated", lang)),
                          ([p for p in missing if p in partial],
                           tr("现存文本未见目标", "No target in the text as we have it", lang))):
            said = [plan_scope.marked(p, corpus, lang) for p in ids]
            if said:
                names = ("、" if zh else "; " if any("," in n for n in said) else ", ").join(said)
                parts.append(f"{head}{'：' if zh else ': '}{names}")
        fig.text(0.01, -0.02, ("；" if zh else ". ").join(parts), fontsize=9, color="#555555",
                 ha="left", va="top")
    return fig


BEYOND_YEARS = 3  # a national mark more years than this past every plan's is said at the axis' edge


def _beyond_plans(national_years: pd.Series, plan_years: pd.Series) -> np.ndarray:
    """Per national mark of chart 2.1: 1 where its year lies more than `BEYOND_YEARS` after every
    plan's point, -1 where as far before, 0 where it is drawn on the axis (always 0 with no
    plan's point)."""
    years = national_years.astype(float).to_numpy()
    if not len(plan_years):
        return np.zeros(len(years), dtype=int)
    first, last = float(plan_years.min()), float(plan_years.max())
    return np.where(years > last + BEYOND_YEARS, 1, np.where(years < first - BEYOND_YEARS, -1, 0))


def _beyond_axis_mark(ax, year: int, value: float, side: int, lang: str | None) -> None:
    """A national mark past the axis' end (`side` 1) or before its start (-1): a dotted stub at
    that edge at its height, and its year and figure with an arrow pointing out of the plot."""
    edge = (0.93, 1.0) if side > 0 else (0.0, 0.07)
    ax.plot(edge, (value, value), color="#333333", lw=1.4, ls=":", zorder=2,
            transform=ax.get_yaxis_transform(), clip_on=False)
    words = labels.tr(f"国家纲要 {year} 年 {value:g}%", f"national {value:g}% by {year}", lang)
    ax.annotate(f"{words} →" if side > 0 else f"← {words}", (1.0 if side > 0 else 0.0, value),
                xycoords=ax.get_yaxis_transform(), xytext=(0, 3), textcoords="offset points",
                ha="right" if side > 0 else "left", va="bottom", fontsize=8, color="#333333")


EXTREME_RISE = 5.0  # points between a year's highest (lowest) marker and its label above (below)


def _place_extremes(fig: Figure, ax, targets: pd.DataFrame, named: dict, lang: str | None,
                    legend=None) -> None:
    """Chart 2.1 among many plans: each year's highest label centred above that year's points
    and its lowest below them, never beside the markers where it ran into the next year's (山阳县
    6% overprinted by 丰新县等 2 份 6%) or across its own tie (audit22 item 19); a label that
    would touch a point, a dotted line, the legend or a label already placed moves further out."""
    stated = targets[targets["kind"] == "target"]
    zh = labels.is_zh(lang)
    placed = []
    for (_pid, year, value), said in sorted(named.items(), key=lambda kv: (kv[0][1], -kv[0][2])):
        if not said:
            continue
        committed = stated[stated["year"] == year].groupby("plan_id")["value"].min().astype(float)
        up = value >= committed.max()
        points = targets.loc[targets["year"] == year, "value"].astype(float)
        placed.append((up, ax.annotate(
            f"{said}{' ' if zh else ' at '}{value:g}%", (year, points.max() if up else points.min()),
            xytext=(0, EXTREME_RISE if up else -EXTREME_RISE), textcoords="offset points",
            ha="center", va="bottom" if up else "top", fontsize=8, color=style.EXTREME_COLOUR,
            zorder=4)))
    if not placed:
        return
    fig.draw_without_rendering()
    renderer = fig.canvas.get_renderer()
    dots = np.vstack([c.get_offsets() for c in ax.collections if len(c.get_offsets())] or [np.empty((0, 2))])
    dots = ax.transData.transform(dots) if len(dots) else dots
    pad = 3.0 * fig.dpi / 72
    walls = [line.get_window_extent(renderer) for line in ax.lines if line.get_linestyle() == ":"]
    walls += [c.get_window_extent(renderer) for c in ax.collections if not len(c.get_offsets())]
    if legend is not None:
        walls.append(legend.get_window_extent(renderer))
    done = []
    for up, label in placed:
        for _ in range(40):
            box = label.get_window_extent(renderer)
            hit = [b for b in [*walls, *done] if box.overlaps(b)]
            near = dots[(dots[:, 0] > box.x0 - pad) & (dots[:, 0] < box.x1 + pad)
                        & (dots[:, 1] > box.y0 - pad) & (dots[:, 1] < box.y1 + pad)] if len(dots) else dots
            if not hit and not len(near):
                break
            # past the furthest thing it touches, in its own direction
            tops = [b.y1 for b in hit] + list(near[:, 1] + pad)
            bottoms = [b.y0 for b in hit] + list(near[:, 1] - pad)
            step = (max(tops) - box.y0 if up else box.y1 - min(bottoms)) + 1
            label.xyann = (0, label.xyann[1] + (step if up else -step) * 72 / fig.dpi)
        done.append(label.get_window_extent(renderer))


LINE_CLEARANCE = 0.04  # of the targets chart's value range: a label this near a dotted line moves off it


def _off_the_line(value: float, line: float | None, span: float) -> float:
    """Vertical offset in points of a target's label on the targets chart, which starts just
    right of its marker, along the national outline's dotted line for the same year: a label
    whose value lies on or just under the line goes below it, just over it above it, so the
    line never strikes it through (乐至县 25% on the 2035 line); any other stays centred.
    `span`: the chart's value axis (0 to it)."""
    if line is None or abs(value - line) > LINE_CLEARANCE * span:
        return -3.0
    return -13.0 if value <= line else 5.0


def benchmark_chart(corpus: Corpus, year: int = 2025, lang: str | None = None) -> Figure:
    """Each plan's target for `year`, ranked by ambition, against the national outline's
    line and, where its figure was read, the plan's own province's (a diamond). A plan that is
    itself its column's region (the fragment 重庆市 beside 重庆市's document) reads "重庆市本级 15%" /
    "Chongqing's own 15%", and the diamond's legend names its own document only when such a row
    is drawn."""
    tr = labels.tr
    table = plan_benchmarks(corpus, year)
    table = table.sort_values(["target", "plan_id"], ascending=[True, True], na_position="first")
    national = table["national"].dropna()
    silent = 0
    if len(table) > MAX_NAMED:  # cut to both ends of the plans stating a target; the rest counted
        silent = int(table["target"].isna().sum())
        table = table.dropna(subset=["target"])
    table, hidden = ends(table)
    fig, ax = style.new_figure(8.5, (0.35 if style.many_plans(len(table)) else 0.55) * len(table) + 1.8)
    names = [plan_scope.marked(str(p), corpus, lang) for p in table["plan_id"]]  # a draft at an end
    ys = np.arange(len(table))
    ax.barh(ys, table["target"].fillna(0), color=style.bar_colours(table["plan_id"]), height=0.55)
    ax.tick_params(axis="y", labelsize=style.label_size(len(table)))
    top = max([15.0, *table["target"].dropna(), *table["province_value"].dropna(), *national])
    # The figures stand in two columns right of the bars, one line a row: a plan's own target,
    # then its province's ("重庆市 15%"). Written beside the bars they stacked two to a row and
    # ran into the diamonds and each other at 33 plans (audit19, chart 2.2).
    value_x, region_x = top * 1.17, top * 1.21
    shown_parent = shown_own = False
    partial = plan_scope.reasons(corpus)
    # a plan that is itself its column's region (the fragment 重庆市 beside 重庆市's document):
    # the diamond is its own document's target, not a province's above it (audit21 item 7)
    own_name = corpus.plans.set_index("plan_id")["name_zh"] if "name_zh" in corpus.plans \
        else pd.Series(dtype=object)
    for y, row in zip(ys, table.itertuples(index=False), strict=True):
        if pd.isna(row.target):  # a fragment's silence is of its text as we have it (audit20 item 1)
            ax.text(0.2, y, tr("现存文本未见", "not in the text as we have it", lang) if row.plan_id in partial
                    else labels.not_stated(lang), va="center", fontsize=9, color="#555555")
        else:
            ax.text(value_x, y, f"{row.target:g}%", va="center", ha="right", fontsize=9)
        if not isinstance(row.province_region, str):
            continue
        region = labels.label("region", row.province_region, lang)
        itself = own_name.get(row.plan_id) == row.province_region
        if itself:  # 重庆市本级 / Chongqing's own
            region = tr(f"{region}本级", f"{region}'s own", lang)
        if pd.notna(row.province_value):
            shown_parent = True
            shown_own = shown_own or itself
            ax.plot([row.province_value], [y], marker="D", color="#333333", ms=6, ls="none")
            ax.text(region_x, y, f"{region} {row.province_value:g}%", va="center", fontsize=8,
                    color="#333333")
        else:
            ax.text(region_x, y, tr(f"{region}：未读到", f"{region}: not read", lang), va="center",
                    fontsize=8, color="#777777")
    head = len(table) - 0.35
    ax.text(value_x, head, tr("目标", "target", lang), ha="right", va="bottom", fontsize=8,
            color="#555555")
    if table["province_region"].map(lambda r: isinstance(r, str)).any():
        ax.text(region_x, head, tr("所在省（市）", "province / municipality", lang), va="bottom", fontsize=8,
                color="#555555")
    handles = []
    if len(national):
        value = float(national.iloc[0])
        ax.axvline(value, color="#111111", lw=1.4, ls="--")
        handles.append(Line2D([], [], color="#111111", lw=1.4, ls="--",
                              label=tr(f"国家纲要：{year} 年超过 {value:g}%（国发〔2021〕9号）",
                                       f"national outline: over {value:g}% by {year}", lang)))
    if shown_parent:
        handles.append(Line2D([], [], color="#333333", marker="D", ls="none",
                              label=tr("所在省（市）或本级文件的目标", "the province's or its own document's target",
                                       lang) if shown_own
                              else tr("所在省（市）的目标", "the province's target", lang)))
    ax.set_yticks(ys, names)
    mark_gap(ax, hidden, lang)
    ax.set_xlim(0, top * 1.5)
    ax.set_xticks([t for t in ax.get_xticks() if 0 <= t <= top * 1.05])  # no scale under the columns
    ax.spines["bottom"].set_bounds(0, ax.get_xticks()[-1])
    ax.set_ylim(-0.7, len(table) + 0.2)
    ax.set_xlabel(tr(f"{year} 年具备科学素质的公民比例目标（%）",
                     f"Target share of citizens with science literacy in {year} (%)", lang)
                  + (tr(f"；另有 {silent} 份规划未提及", f"; {silent} more plans state none", lang)
                     if silent else ""))
    ax.set_title(tr(f"{year} 年目标：由高到低", f"{year} targets, most ambitious first", lang),
                 loc="left")
    ax.grid(axis="x", color="#dddddd", lw=0.6)
    ax.set_axisbelow(True)
    legend_below(ax, handles, ncols=2)  # inside the chart it covered the bottom rows' figures
    return fig


def commitments_chart(corpus: Corpus, lang: str | None = None) -> Figure:
    """Grouped bars: quantified commitments per measure word, one bar per plan."""
    tr = labels.tr
    table = commitments_by_measure(corpus)
    table.index = [labels.measure_label(m, lang) for m in table.index]
    # an empty column is a fragment's (or a page's that is not the plan) silence: a whole plan
    # stating none has 0s. It reads as the source note and the findings say it (audit22 item 8)
    return grouped_bars(
        table, lang=lang, ylabel=tr("量化承诺数", "Quantified commitments", lang),
        title=tr("按计量单位统计的量化承诺", "Quantified commitments by measure", lang),
        missing=lost_label(corpus, lang), **_ranked_plans(corpus, lang))


def specificity_chart(corpus: Corpus, lang: str | None = None) -> Figure:
    """Two panels: commitments per task and per 10,000 characters, one bar per plan."""
    tr = labels.tr
    spec = specificity(corpus).set_index("plan_id")
    many = style.many_plans(len(spec))
    n_apart = 0
    if many:  # ranked; a text that is no whole plan drawn apart, as on the other ranked charts
        spec, hidden, n_apart = rank_apart(spec, corpus, "per_task")
    else:
        spec, hidden = ends(spec)
    fig, axes = style.subplots(1, 2, figsize=(9, max(4.0, 0.3 * len(spec) + 1.5)),
                               layout="constrained")
    panels = [("per_task", tr("每项任务的量化承诺", "Commitments per task", lang)),
              ("per_10k_chars", tr("每万字任务文本的量化承诺", "Commitments per 10,000 characters",
                                   lang))]
    names = [plan_scope.marked(str(p), corpus, lang) for p in spec.index]  # 成都市锦江区（征求意见稿）
    partial = set(plan_scope.reasons(corpus))
    ys = bar_rows(len(names), hidden)  # a row of its own for the gap's label
    for ax, (col, title) in zip(axes, panels, strict=True):
        values = spec[col].astype(float)
        draw_apart(ax, ax.barh(ys, values.fillna(0),
                               color=style.bar_colours(spec.index)), n_apart)
        ax.set_yticks(ys, names)
        ax.tick_params(axis="y", labelsize=style.label_size(len(spec)))
        for y, plan, v in zip(ys, spec.index, values, strict=True):
            # NA: a fragment's (or a page's that is not the plan) silence, or a plan without tasks
            silence = labels.unsaid(lang) if plan in partial else labels.not_stated(lang)
            text = silence if np.isnan(v) else f"{v:.2f}" if col == "per_task" else f"{v:.1f}"
            ax.text(0 if np.isnan(v) else v, y, f" {text}", va="center", fontsize=8,
                    color="#777777" if np.isnan(v) else "#222222")
        ax.invert_yaxis()
        mark_gap(ax, hidden, lang, spaced=True)
        ax.set_title(title, loc="left", fontsize=10)
        finite = values.dropna()
        ax.set_xlim(0, (finite.max() if len(finite) and finite.max() > 0 else 1) * 1.25)
    apart_note(fig, corpus, spec.index[len(names) - n_apart:], "chart.apart.line", lang)  # may have no bar
    fig.suptitle(tr("具体程度：每项任务、每万字的量化承诺", "How specific: commitments per task and per 10,000 characters",
                    lang), x=0.01, ha="left")
    return fig


# --------------------------------------------------------------------------- workload


def _unit_axis(work: pd.DataFrame, units: Sequence[str], lang: str | None) -> list[str]:
    """Units as a chart's axis names them (`workload.unit_name`): a name the crosswalk lacks
    as written and marked, in both languages, never "None"."""
    facts = work.drop_duplicates("unit").set_index("unit")
    return [unit_name(u, facts.at[u, "unit_en"], pd.notna(facts.at[u, "unit_type"]), lang)
            if u in facts.index else str(u) for u in units]


def _collective_note(work: pd.DataFrame, left: Sequence[str], lang: str | None) -> str:
    """A line under a unit chart's title leaving collective names out (不含集体称谓 N 个：…), not a
    bracket: the names hold brackets of their own (相关部门（单位）, "Member units (collectively)"),
    which would nest; "" for none."""
    if not left:
        return ""
    sep = "、" if labels.is_zh(lang) else ", "
    return "\n" + labels.text("chart.workload.collective", lang, n=len(left),
                               units=sep.join(_unit_axis(work, list(left), lang))).strip()


def _after(bracket: str, lang: str | None) -> str:
    """A bracket said after a title: a space before it in English (labels.csv drops a leading
    one), none before a full-width bracket."""
    return bracket.strip() if labels.is_zh(lang) else " " + bracket.strip()


def draw_workload_heatmap(corpus: Corpus, value: str = "led", top: int | None = 25,
                          lang: str | None = None, path: Path = ALIASES_FILE) -> Figure:
    """Heatmap of canonical units × plans for one count (``led`` or ``partnered``, …).

    Rows are the `top` units by the pooled count drawn (`workload.workload_rows`: none whose
    count is 0 everywhere; the lead chart without collective names, which its title counts),
    columns in clustering order (`cluster_columns`). A name the crosswalk lacks is marked
    (`workload.unit_name`). A plan naming no units is a hatched 'not stated' column; every plan
    whose basis is not 'task' says so in its column label.
    """
    matrix, left = workload_rows(corpus, value, top, path)
    work = unit_workload(corpus, path)
    name = labels.label("workload_value", value, lang)
    title = labels.text("chart.workload.title", lang, n=len(matrix), value=name)
    title += _collective_note(work, left, lang)
    if too_many_columns(len(matrix.columns)):  # a distribution per unit (audit22 item 20)
        matrix.index = _unit_axis(work, list(matrix.index), lang)
        return plan_spread(matrix, corpus, title=title, xlabel=name, lang=lang)
    matrix = cluster_columns(matrix)
    axis = plan_axis_labels(corpus, lang)
    plan_ids = [str(p) for p in matrix.columns]
    matrix.columns = [_marked_axis(p, axis[p], corpus, lang) for p in matrix.columns]
    matrix.index = _unit_axis(work, list(matrix.index), lang)
    # an empty column: a fragment naming no units reads 现存文本未见, as its column label and the
    # findings say it; a whole plan naming none 未提及 (audit22 item 8)
    quiet = set(workload_silent(corpus))
    why = pd.DataFrame([[labels.unsaid(lang) if p in quiet else "" for p in plan_ids]] * len(matrix),
                       index=matrix.index, columns=matrix.columns)
    return heatmap(matrix, title=title, colorbar_label=name, lang=lang, missing_cells=why,
                   silence=labels.unsaid(lang) if quiet else None)


def workload_heatmap_note(corpus: Corpus, lang: str | None = None, path: Path = ALIASES_FILE) -> str:
    """The line page 04's lead and partner charts need beside their intro: where they are drawn
    as unit × plan matrices and a text names no units, its hatched column is that text (现存文本未见
    责任单位); "" where no such column is drawn (among many plans the charts are distributions,
    audit23 item 5)."""
    matrix = workload_rows(corpus, "led", None, path)[0]
    if too_many_columns(matrix.shape[1]) or not workload_silent(corpus):
        return ""
    return labels.text("chart.workload.hatched", lang)


def lead_heatmap_finding(corpus: Corpus, lang: str | None = None,
                         path: Path = ALIASES_FILE) -> fnd.Finding | None:
    """What page 04's lead heatmap shows, as its title and alt text: the unit leading most tasks
    in the most plans (each column's darkest cell; `workload.most_led`, the table's rule, a tie
    counted for each tied unit and said), of the plans naming units, and the texts that name
    none (a fragment's silence 未提及). Not the number of lead units per plan, which the chart
    does not draw (the table above gives it)."""
    work = unit_workload(corpus, path)
    tops = most_led(work)
    naming = int(tops["plan_id"].nunique())
    if naming < 2:
        return None
    plans_of = tops.groupby("unit")["plan_id"].nunique().sort_values(ascending=False, kind="stable")
    best = plans_of[plans_of == plans_of.iloc[0]].index.sort_values()
    unit = ("、" if labels.is_zh(lang) else " and ").join(_unit_axis(work, list(best), lang))
    k = int(plans_of.iloc[0])
    tied = tops[tops["unit"].isin(best)]
    tied_plans = set(tied.loc[tied["plan_id"].map(tops.groupby("plan_id").size()).gt(1), "plan_id"])
    tied = len(tied_plans)
    # the unit tying with it, named where the same one ties in every such plan (2 份与科技部门并列)
    others = tops[tops["plan_id"].isin(tied_plans) & ~tops["unit"].isin(best)]
    kinds = {tuple(g["unit"]) for _, g in others.groupby("plan_id")}
    tie_units = list(next(iter(kinds))) if len(kinds) == 1 and others["plan_id"].nunique() == tied else []
    if tie_units:
        names = _unit_axis(work, tie_units, lang)
        tie_text = labels.text("chart.lead_heatmap.tied.unit", lang, n=tied, units=(
            "、".join(names) if labels.is_zh(lang) else " and ".join(f"the {u}" for u in names)))
    else:
        tie_text = labels.text("chart.lead_heatmap.tied", lang, n=tied) if tied else ""
    if tie_text and not labels.is_zh(lang):
        tie_text = " " + tie_text.strip()  # "units (tied", never "units(tied"
    basis = assignment_basis(corpus)
    silent = plan_scope.reasons(corpus)
    none = [p for p, b in basis.items() if b == BASIS_NONE or p not in set(tops["plan_id"])]
    whole = [p for p in none if p not in silent]
    said = [labels.label("finding", code, lang).format(
                plans=("、" if labels.is_zh(lang) else " and ").join(
                    plan_scope.marked(p, corpus, lang) for p in ps))
            for code, ps in (("lead_units.none", [p for p in whole if basis.get(p) == BASIS_NONE]),
                             ("lead_units.no_lead", [p for p in whole if basis.get(p) != BASIS_NONE]),
                             ("lead_units.silent", [p for p in none if p in silent])) if ps]
    values = {"unit": unit, "k": k, "naming": naming,
              "tied": tie_text,
              "none": ("；" if labels.is_zh(lang) else "; ").join(said)}
    # the words chosen by the form drawn: among many plans a distribution per unit, no columns
    # (audit23 item 5: c300's alt text spoke of each column's darkest cell)
    spread = too_many_columns(workload_rows(corpus, "led", None, path)[0].shape[1])
    sentence = labels.text("chart.lead_heatmap.sentence" + (".spread" if spread else "")
                           + (".none" if said else ""), lang, **values)
    title = labels.text("chart.lead_heatmap.title", lang, **values)
    return fnd.Finding("lead_heatmap", sentence, {"k": k, "naming": naming}, "04_unit_lead_heatmap",
                       "04_unit_workload", title=title, plans=tuple(none))


def top_units_finding(tables: fnd.Tables, lang: str | None = None,
                      path: Path = ALIASES_FILE) -> fnd.Finding | None:
    """What chart 4.1 shows, as its title and alt text: up to `style.MANY_PLANS` plans, its
    panels of each plan's units, the page's lead finding (`findings.lead`: the unit leading most
    tasks, 24/33 项); among more, its one panel counts plans, so the title does: the unit leading
    in most plans (32/32 份), the next unit beside it, ties said."""
    corpus = tables.corpus
    basis = assignment_basis(corpus)
    if not style.many_plans(len(basis)):
        found = fnd.compute(tables, ["lead"], lang)
        return found[0] if found else None
    work = unit_workload(corpus, path)
    pooled, naming = pooled_leads(work)
    if pooled.empty or naming < 2:
        return None
    first = pooled[pooled["leads"] == pooled["leads"].iloc[0]]
    rest = pooled[pooled["leads"] < pooled["leads"].iloc[0]]
    unit = fnd.unit_words(_unit_axis(work, list(first.index), lang), lang, first_article=False)
    if len(first) > 1:
        unit = labels.text("unit.tied", lang, units=unit)
    values = {"unit": unit, "k": int(first["leads"].iloc[0]), "naming": naming,
              "next": "", "next_k": 0}
    code = "chart.top_units.sentence"
    if not rest.empty:
        nxt = rest[rest["leads"] == rest["leads"].iloc[0]]
        values["next"] = fnd.unit_words(_unit_axis(work, list(nxt.index), lang), lang,
                                         first_article=False)
        if len(nxt) > 1:
            values["next"] = labels.text("unit.tied", lang, units=values["next"])
        values["next_k"] = int(nxt["leads"].iloc[0])
        code += ".next"
    return fnd.Finding("lead_plans", labels.text(code, lang, **values),
                       {"k": values["k"], "naming": naming}, "04_top_units", "04_unit_workload",
                       title=labels.text("chart.top_units.title", lang, **values))


def draw_top_units(corpus: Corpus, n: int = 8, lang: str | None = None,
                   path: Path = ALIASES_FILE) -> Figure:
    """One panel per plan: its `n` busiest units, tasks led (solid) and as partner (light).

    A plan naming no units gets no empty panel: a line under the panels names it with why
    (重庆市（残篇，现存文本未见责任单位）), and the panels fill their grid (four in two columns; the
    fragment's empty panel stood alone in a third, audit22 item 26); a group-table plan says so
    in its title. A panel's axis note is wrapped to its own column (乐至县's ran under its
    neighbour). A name the crosswalk lacks is marked (`workload.unit_name`); bars stand at
    their own positions, so two units of one label could never become one bar.
    """


    basis = assignment_basis(corpus)
    if style.many_plans(len(basis)):
        return _pooled_units(corpus, 2 * n, lang, path)
    axis = plan_axis_labels(corpus, lang)
    work = unit_workload(corpus, path)
    left = collective_names(work, list(dict.fromkeys(work["unit"])))
    top = top_units(corpus, n + len(left), path=path)  # n units once collective names are out
    top = top[~top["unit"].isin(left)].groupby("plan_id", sort=False).head(n)
    drawn = {p: b for p, b in basis.items() if b != BASIS_NONE and (top["plan_id"] == p).any()}
    empty = [p for p, _b in basis.items() if p not in drawn]
    cols, rows = _panel_grid(len(drawn))
    fig, axes = style.subplots(rows + bool(empty), cols,
                               figsize=(4.6 * cols, 0.33 * n * rows + 1.6 * rows + 0.5 * bool(empty)),
                               layout="constrained", squeeze=False,
                               gridspec_kw={"height_ratios": [1] * rows + [0.12] * bool(empty)})
    if empty:  # one line for the texts naming no units, across the figure, under the panels
        grid = axes[-1, 0].get_gridspec()
        for ax in axes[-1]:
            ax.remove()
        strip = fig.add_subplot(grid[-1, :])
        strip.set_axis_off()
        said = []
        for plan_id in empty:
            title, none = _panel_title(plan_id, axis[plan_id], corpus, lang), none_label(corpus, plan_id, lang)
            said.append(title if none in title else labels.tr(f"{title}：{none}", f"{title}: {none}", lang))
        strip.text(0, 0.5, labels.tr("；", "; ", lang).join(said), ha="left", va="center",
                   transform=strip.transAxes, color="#555555", fontsize=9)
        axes = axes[:-1]
    xmax = float(top["total"].max()) * 1.05 if len(top) else 1.0
    for ax, (plan_id, _b) in zip(axes.flat, drawn.items(), strict=False):
        ax.set_title(_panel_title(plan_id, axis[plan_id], corpus, lang), loc="left", fontsize=9)
        w = top[top["plan_id"] == plan_id]
        names = unit_names(w, lang)
        y = np.arange(len(names))
        colour = style.plan_colour(plan_id)
        ax.barh(y, w["led"], color=colour, label=labels.role_label("lead", lang))
        ax.barh(y, w["partnered"], left=w["led"], color=colour, alpha=0.35,
                label=labels.role_label("partner", lang))
        ax.set_yticks(y, names)
        ax.invert_yaxis()
        ax.set_xlim(0, xmax)
        ax.tick_params(axis="y", labelsize=8)
        mine = [u for u in left if ((work["plan_id"] == plan_id) & (work["unit"] == u)).any()]
        tasks = int(w["plan_tasks"].iloc[0])
        if mine:  # no nested bracket: 任务数（共 33 项）；不计集体称谓“相关部门（单位）”
            quoted = ("、" if labels.is_zh(lang) else ", ").join(
                labels.tr(f"“{u}”", f'"{u}"', lang) for u in _unit_axis(work, mine, lang))
            xlabel = labels.text("chart.top_units.panel.collective", lang, n=tasks, units=quoted)
        else:
            xlabel = labels.tr(f"任务数（共 {tasks} 项）", f"tasks (of {tasks})", lang)
        ax.set_xlabel(_panel_note(xlabel, lang), fontsize=8)
        ax.legend(frameon=False, fontsize=7, loc="lower right")
    for ax in list(axes.flat)[len(drawn):]:
        ax.set_axis_off()
    return fig


def _panel_grid(n: int) -> tuple[int, int]:
    """Columns and rows of chart 4.1's `n` panels: up to three columns, the fewest rows, then
    the fewest empty places (four panels two by two, five three and two)."""
    if n <= 0:
        return 1, 0
    cols = min(range(1, min(3, n) + 1), key=lambda c: (-(-n // c), -(-n // c) * c - n))
    return cols, -(-n // cols)


PANEL_NOTE = {"zh": 22, "en": 46}  # characters a line of chart 4.1's axis note holds in its column


def _panel_note(text: str, lang: str | None) -> str:
    """A chart 4.1 axis note on lines its panel's column holds: broken after its "；" / "; " and
    then, in English, at spaces, never inside a quoted name ("Member units (collectively)")."""
    zh = labels.is_zh(lang)
    width = PANEL_NOTE["zh" if zh else "en"]
    if len(text) <= width:
        return text
    if not zh:
        text = re.sub(r'"[^"]*"', lambda m: m.group(0).replace(" ", "\u00a0"), text)
    parts = text.split("；") if zh else text.split("; ")
    parts = [p + ("；" if zh else ";") for p in parts[:-1]] + parts[-1:]
    lines = [line for part in parts for line in (
        [part] if zh else textwrap.wrap(part, width, break_long_words=False, break_on_hyphens=False))]
    return "\n".join(lines).replace("\u00a0", " ")


def _panel_title(plan_id: str, axis: str, corpus: Corpus, lang: str | None) -> str:
    """A chart 4.1 panel's title: the plan's axis label on one line, a draft named as one in the
    same bracket (成都市锦江区（征求意见稿）, 汕尾市城区（征求意见稿，按组分工）); a label that
    says why already (重庆市（残篇，未提及责任单位）) as it is."""
    title, mark = one_line(axis), plan_scope.marked(plan_id, corpus, lang)
    name = labels.plan_label(plan_id, lang)
    if mark == name or title.startswith(mark[:-1]):
        return title
    if title == name:
        return mark
    rest = title[len(name):].strip()  # （按组分工） / (units per group)
    return mark[:-1] + ("，" if labels.is_zh(lang) else ", ") + rest[1:]


ZH_BRACKET_LINE = 8  # characters: a longer Chinese bracket under a heatmap column breaks after its "，"


def _marked_axis(plan_id: str, axis: str, corpus: Corpus, lang: str | None) -> str:
    """A unit heatmap's column (charts 4.2 and 4.3): `_panel_title`'s one bracket, a draft named
    as one beside its division of labour (汕尾市城区（征求意见稿，按组分工）), the bracket on a line
    of its own as `marked_column` sets the similarity charts' columns (成都市锦江区\n（征求意见稿）)."""
    title, name = _panel_title(plan_id, axis, corpus, lang), labels.plan_label(plan_id, lang)
    if title == name or not title.startswith(name):
        return title
    bracket = title[len(name):].lstrip()
    if labels.is_zh(lang) and len(bracket) > ZH_BRACKET_LINE:  # no space to wrap at: two
        bracket = bracket.replace("，", "，\n", 1)  # long brackets side by side ran together
    return name + "\n" + bracket


def _pooled_units(corpus: Corpus, n: int, lang: str | None, path: Path) -> Figure:
    """Many plans: one panel, the `n` units that lead tasks in the most plans: plans in which
    each leads (solid) and plans in which it is only a partner (light), of the plans naming units.
    One bar per unit at its own position (two names alike never merge into one bar); a name the
    crosswalk lacks is marked (`workload.unit_name`); a collective name is no unit and is left
    out, said in the title. Each bar's label says what it counts (牵头 10/32: the plans where the
    unit leads, the dark part, not the bar's length). A cut inside a tie is said (另有 2 个单位同为
    10/32 份), never a tied unit dropped without a word. Its caption says it counts plans (the
    figure's label, ``04_top_units_plans``)."""
    work = unit_workload(corpus, path)
    pooled, naming = pooled_leads(work)  # plans, not tasks (`workload.pooled_leads`)
    beyond = pooled.iloc[n:]
    pooled = pooled.head(n)
    fig, ax = style.new_figure(8.5, 0.3 * len(pooled) + 1.6)
    fig.set_label("04_top_units_plans")
    names = _unit_axis(work, list(pooled.index), lang)
    y = np.arange(len(names))
    ax.barh(y, pooled["leads"], color=style.ONE_COLOUR, label=labels.role_label("lead", lang))
    ax.barh(y, pooled["partners"], left=pooled["leads"], color=style.ONE_COLOUR, alpha=0.35,
            label=labels.tr("只作配合", "partner only", lang))
    for i, a in enumerate(pooled["leads"]):  # by the dark segment it counts, not the bar's end
        inside = a >= naming * 0.3
        ax.text(a - naming * 0.01 if inside else a + naming * 0.01, i,
                labels.text("chart.top_units.bar", lang, k=a, n=naming), va="center", fontsize=8,
                ha="right" if inside else "left", color="white" if inside else "#222222")
    ax.set_yticks(y, names)
    ax.invert_yaxis()
    ax.set_xlim(0, naming * 1.22)  # room for the label after a full bar
    ax.tick_params(axis="y", labelsize=8)
    ax.set_xlabel(labels.tr(f"规划数（共 {naming} 份列明单位的规划）",
                            f"plans (of the {naming} naming units)", lang))
    title = labels.tr(f"在最多规划中牵头的 {len(pooled)} 个单位",
                      f"The {len(pooled)} units leading in most plans", lang)
    if len(pooled) and len(beyond):
        last = int(pooled["leads"].iloc[-1])
        more = int((beyond["leads"] == last).sum())
        if more:
            title += _after(labels.text("chart.top_units.cut_tie", lang, m=more, k=last, n=naming), lang)
    left = collective_names(work, list(dict.fromkeys(work["unit"])))
    title += _collective_note(work, [u for u in left if (work.loc[work["unit"] == u, "led"] > 0).any()], lang)
    ax.set_title(title, loc="left")
    ax.legend(frameon=False, fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1.0),
              borderaxespad=0)  # beside the bars, never over their counts
    ax.grid(axis="x", color="#dddddd", lw=0.6)
    ax.set_axisbelow(True)
    return fig


# --------------------------------------------------------------------------- network


def _circle_layout(graph: nx.Graph) -> dict:
    """Units on a circle, grouped by unit type, the busiest first within each type."""
    import networkx as nx

    order = sorted(graph.nodes, key=lambda n: (
        UNIT_TYPES.index(graph.nodes[n]["unit_type"]) if graph.nodes[n].get("unit_type") in UNIT_TYPES
        else len(UNIT_TYPES), -graph.nodes[n].get("tasks", 0), n))
    ordered = nx.Graph()
    ordered.add_nodes_from(order)
    return nx.circular_layout(ordered)


def draw_network(graph: nx.Graph, *, min_weight: int = 1, label_top: int | None = None,
                 layout: str = "circle", lang: str | None = None, title: str = "", seed: int = 7,
                 width: float = 10.0, height: float = 10.0) -> Figure:
    """Draw the network: node size by tasks, colour by unit type, edge width by weight.

    Edges lighter than ``min_weight`` are hidden and units left without an edge are dropped;
    ``label_top`` labels only the units with the highest weighted degree. ``layout`` is
    "circle" (units round a circle grouped by type; every label legible) or "spring".
    """

    import networkx as nx

    if layout not in {"circle", "spring"}:
        raise ValueError(f"layout must be 'circle' or 'spring', not {layout!r}")
    shown = nx.Graph()
    shown.add_nodes_from(graph.nodes(data=True))
    shown.add_edges_from((a, b, d) for a, b, d in graph.edges(data=True) if d["weight"] >= min_weight)
    if min_weight > 1:
        shown.remove_nodes_from([n for n in list(shown) if shown.degree(n) == 0])
    fig, ax = style.new_figure(width, height)
    ax.set_axis_off()
    if shown.number_of_nodes() == 0:
        ax.text(0.5, 0.5, labels.not_stated(lang), ha="center", va="center", transform=ax.transAxes)
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
    colours = [style.UNIT_TYPE_COLOURS.get(str(d.get("unit_type")), "#333333") for _n, d in shown.nodes(data=True)]
    nx.draw_networkx_nodes(shown, pos, ax=ax, node_size=sizes, node_color=colours, alpha=0.9,
                           linewidths=0.5, edgecolors="white")
    strength = dict(shown.degree(weight="weight"))
    keep = sorted(strength, key=lambda n: (-strength[n], n))[:label_top] if label_top else list(shown)
    for n in keep:
        text = n if labels.is_zh(lang) else str(shown.nodes[n].get("unit_en") or n)
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
    handles = [Patch(color=style.UNIT_TYPE_COLOURS[t], label=labels.unit_type_label(t, lang))
               for t in UNIT_TYPES if t in present]
    ax.legend(handles=handles, frameon=False, fontsize=8, loc="lower left")
    if title:
        ax.set_title(title, loc="left")
    return fig


def _grey(share: float) -> str:
    """A grey that darkens with an edge's share of the heaviest weight."""
    level = int(200 - 150 * max(0.0, min(1.0, share)))
    return f"#{level:02x}{level:02x}{level:02x}"


def network_matrix(graph: nx.Graph, top: int = 15, lang: str | None = None) -> Figure:
    """The co-responsibility network as a matrix a reader can read: the `top` units by
    shared tasks (weighted degree), each cell the number of tasks two units share."""
    strength = dict(graph.degree(weight="weight"))
    units = sorted(strength, key=lambda n: (-strength[n], n))[:top]
    matrix = pd.DataFrame(
        [[graph[a][b]["weight"] if graph.has_edge(a, b) else 0 for b in units] for a in units],
        index=units, columns=units, dtype=float)
    for u in units:
        matrix.loc[u, u] = np.nan
    names = [_node_name(graph, u, lang) for u in units]
    matrix.index, matrix.columns = names, names
    fig = heatmap(matrix, missing="—", lang=lang, cmap="Purples",
                  title=labels.tr(f"共同承担任务最多的 {len(units)} 个单位：两两共同承担的任务数",
                                  f"The {len(units)} units sharing most tasks: tasks each pair shares",
                                  lang),
                  colorbar_label=labels.tr("共同任务数", "tasks shared", lang))
    return fig


def unit_pairs(graph: nx.Graph, n: int = 20, lang: str | None = None) -> pd.DataFrame:
    """The `n` unit pairs sharing most tasks, unit names in the build's language."""
    from sciplan_analysis.analysis.network import edge_table

    edges = edge_table(graph).sort_values("weight", ascending=False).head(n)
    for col in ("unit_a", "unit_b"):
        edges[col] = [_node_name(graph, u, lang) for u in edges[col]]
    return edges[["unit_a", "unit_b", "weight"]].reset_index(drop=True)


def _node_name(graph: nx.Graph, unit: str, lang: str | None) -> str:
    """A unit of the network as page 04 names it (`workload.unit_name`): a name the crosswalk
    lacks (no unit type) as written and marked, in both languages."""
    node = graph.nodes[unit]
    return unit_name(unit, node.get("unit_en"), node.get("unit_type") in UNIT_TYPES, lang)


# --------------------------------------------------------------------------- similarity


def _plan_labelled(matrix: pd.DataFrame, lang: str | None, corpus: Corpus | None = None) -> pd.DataFrame:
    """A plan × plan matrix with region names on both axes; with `corpus`, a draft or a
    fragment named as one (`scope.marked`: 重庆市（残篇）)."""
    out = matrix.copy()
    if corpus is None:
        out.index = labels.plan_labels([str(p) for p in matrix.index], lang)
        out.columns = labels.plan_labels([str(p) for p in matrix.columns], lang)
        return out
    out.index = [plan_scope.marked(str(p), corpus, lang) for p in matrix.index]
    out.columns = [marked_column(str(p), corpus, lang) for p in matrix.columns]
    return out


def marked_column(plan_id: str, corpus: Corpus, lang: str | None) -> str:
    """A heatmap column's plan, named as `scope.marked` names it, its mark on a line of its own
    (成都市锦江区\n（征求意见稿）: a Chinese name has no space to wrap at, and two marked names
    side by side ran together); a wide heatmap sets it on one line again (`_one_line`)."""
    name, mark = labels.plan_label(plan_id, lang), plan_scope.marked(plan_id, corpus, lang)
    return name if mark == name else name + "\n" + mark[len(name):].lstrip()


SIMILARITY_TOP = 25  # pairs in the chart of the most alike pairs (the build kept only the nearest)


def _pair_name(pair: str, lang: str | None, corpus: Corpus | None = None) -> str:
    """'wuxi–chongqing' as the readers' names of both plans; with `corpus`, a draft or a
    fragment named as one (`scope.marked`: 汕尾市城区（征求意见稿）)."""
    ids = pair.split("–")
    if corpus is not None:
        return " – ".join(plan_scope.marked(p, corpus, lang) for p in ids)
    return " – ".join(labels.plan_labels(ids, lang))


def similarity_heatmap(table: pd.DataFrame, scope: str = "whole", analyzer: str = "word",
                       order: Sequence[str] | None = None, lang: str | None = None,
                       corpus: Corpus | None = None) -> Figure:
    """Plan × plan cosine similarity of one scope of a tidy similarity table; with `corpus`,
    drafts and fragments are named as such on both axes (`scope.marked`).

    Plans are in `order` (default: the clustering order of the whole-plan matrix, so alike
    plans sit side by side); a pair without a score (no shared section) reads 'not stated'.
    The colours span the scores of the pairs (the diagonal, a plan against itself, does not
    stretch the scale). From a table of each plan's nearest plans (the build's form beyond
    `LARGE_CORPUS` plans) it draws the most alike pairs instead (`top_pairs_chart`).
    """
    if pairwise.is_nearest(table):
        return top_pairs_chart(table, scope, analyzer, lang=lang)
    matrix = sim.to_matrix(table, scope, analyzer)
    if order is None:
        order = sim.cluster_order(sim.to_matrix(table, "whole", analyzer))
    shown = [p for p in order if p in matrix.index]
    matrix = matrix.loc[shown, shown]
    values = matrix.to_numpy(dtype=float).copy()
    np.fill_diagonal(values, np.nan)
    pairs = values[np.isfinite(values)]
    low = np.floor(10 * pairs.min()) / 10 if pairs.size else 0.0
    high = float(pairs.max()) if pairs.size else 1.0
    title = labels.text("chart.similarity", lang, scope=sim.scope_label(scope, lang))
    return heatmap(_plan_labelled(matrix, lang, corpus), fmt="{:.2f}", title=title, lang=lang,
                   vmin=low, vmax=high,
                   colorbar_label=labels.tr("用词相似度", "similarity of wording", lang))


def similarity_whole_lead(table: pd.DataFrame, lang: str | None = None) -> str:
    """The line before page 05's whole-text charts, saying what they draw: the clustered
    heatmap and dendrogram where every pair is at hand; beyond, the most alike pairs and each
    plan's nearest score (audit22 item 16: the 300-plan page said "ordered by clustering"
    above a bar chart of 25 pairs)."""
    if pairwise.is_nearest(table):
        return labels.text("similarity.whole.nearest", lang, n=SIMILARITY_TOP)
    return labels.text("similarity.whole.clustered", lang)


def top_pairs_chart(table: pd.DataFrame, scope: str = "whole", analyzer: str = "word",
                    n: int = SIMILARITY_TOP, lang: str | None = None) -> Figure:
    """The `n` most alike plan pairs of a scope, ranked: the readable form when plans are
    too many for a plan × plan matrix (it reads a nearest-plans table or every pair)."""
    top = pairwise.top_pairs(table, n, scope, analyzer)
    names = [f"{labels.plan_label(a, lang)} – {labels.plan_label(b, lang)}"
             for a, b in zip(top["plan_a"], top["plan_b"], strict=True)]
    fig, ax = style.new_figure(8, max(3.0, 0.28 * len(top) + 1.4))
    fig.set_label("similarity_top_pairs")  # the page captions it as what it draws
    ax.barh(names, top["score"].astype(float), color=style.ONE_COLOUR)
    for y, v in enumerate(top["score"].astype(float)):
        ax.text(v + 0.005, y, f"{v:.2f}", va="center", fontsize=7, color="#222222")
    ax.invert_yaxis()
    ax.tick_params(axis="y", labelsize=style.label_size(len(top)))
    ax.set_xlim(0, 1.08 * float(top["score"].max()) if len(top) else 1)
    ax.set_xlabel(labels.tr("用词相似度", "similarity of wording", lang))
    ax.set_title(labels.tr(f"{sim.scope_label(scope, lang)}：最相似的 {len(top)} 对规划",
                           f"{sim.scope_label(scope, lang)}: the {len(top)} most alike pairs",
                           lang), loc="left")
    return fig


def similarity_dendrogram(table: pd.DataFrame, analyzer: str = "word",
                          lang: str | None = None, corpus: Corpus | None = None) -> Figure:
    """Average-linkage clustering of the plans on 1 − whole-plan similarity; from a table of
    nearest plans, how alike each plan is to its most similar one (`nearest_chart`). With
    `corpus`, a draft or a fragment is named as one under its leaf (`marked_column`: the mark
    on a line of its own, or after the name on one line among many plans)."""
    from scipy.cluster import hierarchy  # imported when used: pages without it load faster

    if pairwise.is_nearest(table):
        return nearest_chart(table, analyzer, lang)
    matrix = sim.to_matrix(table, "whole", analyzer)
    many = style.many_plans(len(matrix))
    fig, ax = style.new_figure(max(6.0, 0.22 * len(matrix)) if many else 6, 3.5)
    if len(matrix) < 2:
        ax.set_axis_off()
        ax.text(0.5, 0.5, labels.not_stated(lang), ha="center", va="center",
                transform=ax.transAxes)
        return fig
    names = labels.plan_labels(matrix.index, lang) if corpus is None else \
        [marked_column(str(p), corpus, lang) for p in matrix.index]
    hierarchy.dendrogram(sim.linkage(matrix), labels=names,
                         ax=ax, color_threshold=0, above_threshold_color="#555555",
                         leaf_font_size=style.label_size(len(matrix)), leaf_rotation=0)
    # plan names under their leaves: upright and wrapped (English names run into each other on
    # one line), or, among many plans, turned on end; a name is never broken inside a word
    ticks = [t.get_text() for t in ax.get_xticklabels()]
    if many:
        ax.set_xticks(ax.get_xticks(), [_one_line(t) for t in ticks], rotation=90)
    else:
        ax.set_xticks(ax.get_xticks(), [_unbroken_brackets(t, DENDROGRAM_WRAP) for t in ticks],
                      linespacing=1.0)
    ax.set_ylabel(labels.tr("距离（1 − 相似度）", "distance (1 − similarity)", lang))
    ax.set_title(labels.tr("按全文用词相似度聚类", "Clustering by whole-text similarity of wording",
                           lang), loc="left")
    return fig


DENDROGRAM_WRAP = 11  # characters per line of a plan name under a dendrogram leaf


def _unbroken_brackets(text: str, width: int) -> str:
    """`_wrap_label`, a bracket never broken inside ("(a fragment)" stays whole under a leaf)."""
    kept = re.sub(r"\([^()]*\)", lambda m: m.group(0).replace(" ", "\u00a0"), text)
    return _wrap_label(kept, width).replace("\u00a0", " ")


def dendrogram_finding(table: pd.DataFrame, corpus: Corpus, analyzer: str = "word",
                       lang: str | None = None) -> fnd.Finding | None:
    """What the dendrogram shows, as its title and alt text: the order in which plans join
    (the earlier, the more alike) and the plan (or the two groups) joining last, at what
    distance, never a pair's score (the heatmap shows those). A plan is named with its status
    (（残篇）, （征求意见稿）), and in the title its name never breaks across lines. None from
    a table of nearest plans (the chart then shows each plan's nearest score)."""
    from scipy.cluster import hierarchy

    if pairwise.is_nearest(table):
        return None
    matrix = sim.to_matrix(table, "whole", analyzer)
    if len(matrix) < 3:
        return None
    link = sim.linkage(matrix)
    root = hierarchy.to_tree(link)
    left, right = root.get_left().pre_order(), root.get_right().pre_order()
    distance = float(link[-1, 2])
    if min(len(left), len(right)) == 1:
        alone = matrix.index[(left if len(left) == 1 else right)[0]]
        last = plan_scope.marked(alone, corpus, lang)
        unbroken = last if labels.is_zh(lang) else last.replace(" ", "\u00a0")
        title = labels.text("chart.dendrogram.title", lang, last=unbroken)
        sentence = labels.text("chart.dendrogram.sentence", lang, last=last, distance=distance)
        plans: tuple[str, ...] = (str(alone),)
    else:
        sizes = sorted((len(left), len(right)))
        title = labels.text("chart.dendrogram.title.groups", lang, distance=distance)
        sentence = labels.text("chart.dendrogram.sentence.groups", lang, distance=distance,
                               n_small=sizes[0], n_large=sizes[1])
        plans = ()
    return fnd.Finding("similarity_dendrogram", sentence, {"distance": distance},
                       "similarity_dendrogram", "05_similarity", title=title, plans=plans)


def nearest_chart(table: pd.DataFrame, analyzer: str = "word", lang: str | None = None) -> Figure:
    """How alike each plan is to its most similar plan (whole texts): a histogram of the
    plans, the most and the least alike named."""
    best = pairwise.nearest_scores(table, "whole", analyzer)
    fig, ax = style.new_figure(8, 3.8)
    fig.set_label("similarity_nearest")  # the page captions it as what it draws
    scores = best["score"].astype(float).to_numpy()
    ax.hist(scores, bins=min(30, max(5, len(scores) // 8)), color=style.ONE_COLOUR)
    for row in (best.iloc[0], best.iloc[-1]) if len(best) else ():
        ax.axvline(row.score, color=style.EXTREME_COLOUR, lw=1)
        ax.annotate(f"{labels.plan_label(row.plan_id, lang)} – {labels.plan_label(row.neighbour, lang)}"
                    f" {row.score:.2f}", (row.score, ax.get_ylim()[1] * 0.92), fontsize=7,
                    color=style.EXTREME_COLOUR, rotation=90, ha="right", va="top")
    ax.set_xlabel(labels.tr("与最相似规划的用词相似度", "similarity of wording to its most alike plan",
                            lang))
    ax.set_ylabel(labels.tr("规划数", "plans", lang))
    ax.set_title(labels.tr(f"每份规划与其最相似规划的相似度（共 {len(best)} 份）",
                           f"How alike each plan is to its nearest plan ({len(best)} plans)",
                           lang), loc="left")
    return fig


def section_heatmap(table: pd.DataFrame, analyzer: str = "word", lang: str | None = None,
                    corpus: Corpus | None = None) -> Figure:
    """Scopes (rows: whole, shared, each part and category) × plan pairs (columns) of cosine
    similarity. A pair lacking a section reads why (`sim.section_gaps`): 无此类 / "none in one
    plan" where a whole plan of the pair has none, 未提及 / "not stated" where the plan lacking
    it is a fragment or a page that is no plan's text (`corpus` tells which; without it every
    gap reads 'not stated'), and a line under the chart says so. Among many plans the pairs are
    too many for columns: a row per scope, a dot per pair (`spread_chart`); from a table of
    nearest plans, the pairs it kept; the pairs lacking a section are counted at the row's end
    split the same way (无此类 13/528, 未提及 12/528), or alike without `corpus`; from a table of
    nearest plans no pair is counted (a pair it lacks was not kept, not lacking the section):
    `sim.section_pairs` gives every pair where that is affordable."""
    nearest = pairwise.is_nearest(table)
    pairs_table = pairwise.as_pairs(table)
    sections = sim.section_table(pairs_table, analyzer)
    title = labels.tr("分章节相似度（两份规划都有的章节）",
                      "Section-level similarity (sections both plans have)", lang)
    n_plans = len(set(pairs_table["plan_a"]) | set(pairs_table["plan_b"]))
    lost = set(plan_scope.reasons(corpus)) if corpus is not None else set(
        p for pair in sections.index for p in str(pair).split("–"))
    # a pair missing from a table of nearest plans was not kept, not lacking the section: no gaps
    # are told there (audit22 item 2: 无此类 22,883/25,001 on the whole-text row)
    gaps = sim.section_gaps(sections, lost) if not nearest else \
        pd.DataFrame("", index=sections.index, columns=sections.columns)
    said = {sim.GAP_NONE: labels.text("chart.gap.none", lang), sim.GAP_NOT_STATED: labels.unsaid(lang)}
    kinds = [k for k in (sim.GAP_NONE, sim.GAP_NOT_STATED) if (gaps == k).to_numpy().any()]
    rows = [sim.scope_label(c, lang) for c in sections.columns]
    # the 全文 row, as its finding reads it: whole plans only; a pair with a fragment (or a page
    # that is no plan's text) is drawn hollow there, and a line under the chart says so
    partial = set(plan_scope.reasons(corpus)) if corpus is not None else set()
    with_partial = [bool(set(str(p).split("–")) & partial) for p in sections.index]
    apart = pd.DataFrame(False, index=sections.index, columns=sections.columns)
    if "whole" in apart.columns:
        apart["whole"] = with_partial
    if nearest or style.many_plans(n_plans):
        n = labels.count(len(sections))
        kept = labels.tr(f"每点一对规划（各规划最相似的规划之间，共 {n} 对）",
                         f"a dot per plan pair (among each plan's nearest, {n} pairs)", lang) \
            if nearest else labels.tr(f"每点一对规划（共 {n} 对）", f"a dot per plan pair ({n} pairs)",
                                      lang)
        # the pairs lacking a section, counted as the five-plan cells read: 无此类 apart from 未提及
        # (without the corpus, which tells a whole plan from a fragment, counted alike)
        fig = spread_chart(sections.T.set_axis(rows, axis=0), title=title, lang=lang,
                           xlabel=labels.tr("用词相似度", "similarity of wording", lang),
                           missing=labels.tr("缺此章节的对", "pairs lacking it", lang),
                           name=lambda p: _pair_name(p, lang, corpus),  # a draft at the top named
                           dots=(kept, labels.tr("中间一半的规划对", "the middle half of pairs",
                                                 lang)),
                           why=gaps.replace(said).T.set_axis(rows, axis=0) if corpus is not None else None,
                           count_missing=not nearest,
                           upper=1.0,  # a similarity of wording runs 0 to 1
                           hollow=(apart.T.set_axis(rows, axis=0),
                                   labels.text("chart.sections.apart", lang)) if apart.any().any() else None)
        lead = "chart.gap.note.counted"
        kinds = kinds if corpus is not None else []
    else:
        pairs = [_pair_name(p, lang, corpus) for p in sections.index]  # 重庆市（残篇） – 巫溪县
        shown = sections.set_axis(pairs, axis=0).set_axis(rows, axis=1)
        why = gaps.replace(said).set_axis(pairs, axis=0).set_axis(rows, axis=1)
        fig = heatmap(shown.T, fmt="{:.2f}", lang=lang, title=title, missing_cells=why.T,
                      colorbar_label=labels.tr("用词相似度", "similarity of wording", lang))
        _hollow_cells(fig.axes[0], apart.T.to_numpy())
        _section_groups(fig.axes[0], list(sections.columns), lang)
        lead = "chart.gap.note"
    note = [labels.text(lead, lang)] + [labels.text(f"chart.gap.note.{k}", lang) for k in kinds] \
        if kinds else []
    if apart.to_numpy().any():  # the hollow dots, or the five-plan heatmap's hollow cells
        note.append(labels.text("chart.sections.apart.note" if lead == "chart.gap.note.counted"
                                else "chart.sections.apart.cells", lang))
    if note:  # wrapped within the chart's width (matplotlib's wrap ran a line to the image's edge,
        # and never broke a Chinese line: the 33-plan note stretched the image to 14 inches)
        fig.text(0.01, -0.02, style._wrap(("" if labels.is_zh(lang) else " ").join(note),
                                          0.9 * fig.get_size_inches()[0], 8),
                 fontsize=8, color="#555555", ha="left", va="top")
    return fig


def _section_groups(ax, scopes: Sequence[str], lang: str | None) -> None:
    """Chart 5.4's rows in their groups (the whole text, the parts, the categories: the order
    `sim.section_table` gives): a white rule between groups and each group's name at the right
    (audit22 item 18: parts and categories read as one interleaved list)."""
    kinds = ["whole" if s in ("whole", "shared") else s.partition(":")[0] for s in scopes]
    names = {"part": labels.tr("章节", "parts", lang), "category": labels.tr("类别", "categories", lang)}
    start = 0
    for i in range(1, len(kinds) + 1):
        if i < len(kinds) and kinds[i] == kinds[start]:
            continue
        if start:
            ax.axhline(start - 0.5, color="white", lw=3)
        if kinds[start] in names and i - start > 1:
            ax.annotate(names[kinds[start]], xy=(1.0, (start + i - 1) / 2), xycoords=("axes fraction", "data"),
                        xytext=(6, 0), textcoords="offset points", rotation=270, va="center", ha="left",
                        fontsize=9, color="#555555", gid="section-group")  # not a cell's text
            ax.plot([1.0, 1.0], [start - 0.4, i - 0.6], transform=ax.get_yaxis_transform(), color="#999999",
                    lw=1, clip_on=False)
        start = i


def _hollow_cells(ax, hollow: np.ndarray) -> None:
    """Cells of a drawn `heatmap` (`hollow` True, of the matrix's shape) drawn hollow: white inside
    a frame of the cell's colour, the number dark on it, as the 33-plan chart draws a fragment's
    pair as a hollow dot (chart 5.4's whole-plan row: the pairs with a fragment, which the
    finding's range of whole plans leaves out)."""
    image = ax.images[0]
    values = image.get_array()
    for i, j in zip(*np.nonzero(hollow), strict=True):
        colour = image.cmap(image.norm(values[i, j]))
        ax.add_patch(Rectangle((j - 0.42, i - 0.42), 0.84, 0.84, facecolor="white", edgecolor=colour,
                               lw=2.5, zorder=2))
        for text in ax.texts:
            if tuple(np.round(text.get_position(), 6)) == (j, i):
                text.set_color("#222222")
                text.set_zorder(3)


# --------------------------------------------------------------------------- text reuse


def reuse_heatmap(reuse: pd.DataFrame, lang: str | None = None, corpus: Corpus | None = None) -> Figure:
    """Source (rows) × target (columns) share of sentences that recur, in percent; the
    diagonal (a plan against itself) reads —. With `corpus`, drafts and the fragment are named
    as such on both axes (`_plan_labelled`), as the similarity heatmaps name them."""
    if keeps_some_pairs(reuse):  # beyond LARGE_CORPUS plans: the pairs that share most
        return reuse_top_chart(reuse, lang=lang)
    matrix = reuse_analysis.reuse_matrix(reuse) * 100
    if style.many_plans(len(matrix)):  # the plans that share most first, rows and columns alike
        order = (matrix.mean(axis=1) + matrix.mean(axis=0)).sort_values(ascending=False).index
        matrix = matrix.loc[order, order]
    wide = {col: reuse.pivot(index="source_plan", columns="target_plan", values=col)
            .reindex(index=matrix.index, columns=matrix.columns) for col in ("n_reused", "n_sentences")}
    return heatmap(_plan_labelled(matrix, lang, corpus), fmt="{:.0f}%", cmap="Oranges", missing="—",
                   lang=lang, counts=count_text(wide["n_reused"], wide["n_sentences"]),
                   title=labels.tr("行规划的句子在列规划中重现的比例（下方：重现句数/全部句数）",
                                   "Share of the row plan's sentences that recur in the column plan "
                                   "(below: sentences recurring / all its sentences)", lang),
                   colour_title=labels.tr("行规划的句子在列规划中重现的比例",
                                          "Share of the row plan's sentences that recur in the column plan",
                                          lang),
                   colorbar_label=labels.tr("句子占比（%）", "share of sentences (%)", lang))


def reuse_top_chart(reuse: pd.DataFrame, n: int = reuse_analysis.TOP_K,
                    lang: str | None = None) -> Figure:
    """The `n` ordered pairs whose source's sentences recur most in the target, ranked, each
    with its count: the form of the reuse matrix when plans are too many for one. Exact from
    the build's top pairs: each plan's `TOP_K` targets are kept, so are the top `TOP_K` of all."""
    top = reuse.sort_values(["share", "n_reused"], ascending=False, kind="stable").head(n)
    names = [f"{labels.plan_label(s, lang)} → {labels.plan_label(t, lang)}"
             for s, t in zip(top["source_plan"], top["target_plan"], strict=True)]
    shares = 100 * top["share"].astype(float).to_numpy()
    fig, ax = style.new_figure(8, max(3.0, 0.32 * len(top) + 1.4))
    fig.set_label("reuse_top")  # the page captions it as what it draws
    ax.barh(names, shares, color=style.ONE_COLOUR)
    for y, (v, k, of) in enumerate(zip(shares, top["n_reused"], top["n_sentences"], strict=True)):
        ax.text(v + 1, y, f"{v:.0f}%（{int(k)}/{int(of)}）" if labels.is_zh(lang)
                else f"{v:.0f}% ({int(k)}/{int(of)})", va="center", fontsize=7)
    ax.invert_yaxis()
    ax.set_xlim(0, 115)
    ax.tick_params(axis="y", labelsize=style.label_size(len(top)))
    ax.set_xlabel(labels.tr("来源规划的句子在目标规划中重现的比例（%）",
                            "share of the source plan's sentences that recur in the target (%)",
                            lang))
    ax.set_title(labels.tr(f"句子重现比例最高的 {len(top)} 对规划（来源 → 目标）",
                           f"The {len(top)} pairs with the most reuse (source → target)", lang),
                 loc="left")
    return fig


def own_text_chart(own: pd.DataFrame, lang: str | None = None, corpus: Corpus | None = None) -> Figure:
    """One bar per plan: the share of its sentences found in no other plan (`reuse.own_text`);
    a plan without sentences reads 'not stated'. With `corpus`, a plan whose text is not a whole
    plan (a fragment, a page that is no plan's text: `scope.reasons`) is drawn apart, below the
    whole plans and a dotted line, as a hatched grey bar named with its mark (重庆市（残篇）),
    and a note under the chart says it is not ranked, so it never reads as the least; a draft
    is named as a draft (`scope.marked`), as on the other charts."""
    partial = set(plan_scope.reasons(corpus)) if corpus is not None else set()
    apart = own["plan_id"].astype(str).isin(partial)
    whole, left = own[~apart], own[apart]
    if style.many_plans(len(own)):  # ranked
        whole = whole.sort_values("own_share", ascending=False, kind="stable")
    whole, hidden = ends(whole)
    own = pd.concat([whole, left])
    fig, ax = style.new_figure(7, max(3.5, 0.3 * len(own) + 1.5))
    values = (own["own_share"].astype(float) * 100).to_numpy()
    ids = own["plan_id"].astype(str).tolist()
    names = [plan_scope.marked(p, corpus, lang) for p in ids] if corpus is not None \
        else labels.plan_labels(ids, lang)
    ys = bar_rows(len(own), hidden)  # a row of its own for the gap's label
    drawn = np.nan_to_num(values, nan=0.0)
    n_whole = len(whole)
    ax.barh(ys[:n_whole], drawn[:n_whole], color=style.bar_colours(whole["plan_id"]))
    if len(left):  # drawn apart: hatched grey, under a dotted line
        ax.barh(ys[n_whole:], drawn[n_whole:], color="#eeeeee", hatch="///", edgecolor="#999999",
                lw=0.6)
        if n_whole:
            ax.axhline(ys[n_whole] - 0.5, color="#999999", lw=0.8, ls=":")
        drawn_apart = set(left["plan_id"].astype(str))
        out = [item for item in plan_scope.not_whole(corpus) if str(item) in drawn_apart]
        fig.text(0.01, -0.02, labels.text("chart.own_text.apart", lang, why=plan_scope.why(out, lang)),
                 fontsize=8, color="#555555", ha="left", va="top", wrap=True)
    ax.set_yticks(ys, names)
    ax.tick_params(axis="y", labelsize=style.label_size(len(own)))
    ax.invert_yaxis()
    mark_gap(ax, hidden, lang, spaced=True)
    ax.set_xlim(0, 118)
    ax.set_xticks(range(0, 101, 20))
    ax.set_xlabel(labels.tr("本规划独有句子占比（%）；括号内：独有句数/全部句数",
                            "sentences found in no other plan (%); in brackets: own sentences / all sentences", lang))
    ax.set_title(labels.tr("各规划的自有文本", "Each plan's own text", lang), loc="left")
    n_own = (own["n_sentences"] - own["n_reused_anywhere"]).to_numpy()
    for y, v, k, of in zip(ys, values, n_own, own["n_sentences"], strict=True):
        text = labels.not_stated(lang) if np.isnan(v) else labels.tr(
            f"{v:.0f}%（{int(k)}/{int(of)} 句）", f"{v:.0f}% ({int(k)}/{int(of)})", lang)
        ax.text(0 if np.isnan(v) else v + 1, y, f" {text}" if np.isnan(v) else text,
                va="center", fontsize=9, color="#777777" if np.isnan(v) else "#222222")
    return fig


# --------------------------------------------------------------------------- policy instruments


RANKED_BY = "demand"  # chart 7.1 among many plans: the side its title (the demand finding) ranks


def instrument_type_bars(corpus: Corpus, lang: str | None = None) -> Figure:
    """One stacked bar per plan: the share of its clauses on the supply, environment and
    demand side, and of clauses that name no means; a plan without clauses reads not stated.
    Among many plans the bars are ranked by `RANKED_BY` (the demand side, what the chart's
    title speaks of: 泉宁县 leaning most on it sits first), and the subtitle says so."""
    shares = instrument_analysis.type_shares(corpus).set_index("plan_id")
    many = style.many_plans(len(shares))
    n_apart = 0
    if many:  # ranked by the side the title names; a text that is no whole plan drawn apart
        shares, hidden, n_apart = rank_apart(shares, corpus, RANKED_BY)
    else:
        shares, hidden = ends(shares)
    fig, ax = style.new_figure(8, (0.35 if many else 0.55) * len(shares) + 1.8)
    names = [plan_scope.marked(str(p), corpus, lang) for p in shares.index]  # 重庆市（残篇）
    ys = bar_rows(len(names), hidden)  # a row of its own for the gap's label
    left = np.zeros(len(shares))
    totals = shares["n_clauses"].astype(float).to_numpy()
    narrow: dict[int, list[str]] = {y: [] for y in range(len(shares))}
    for kind in instrument_analysis.TYPES:
        values = np.nan_to_num(shares[kind].astype(float).to_numpy(), nan=0.0)
        draw_apart(ax, ax.barh(ys, values, left=left,
                               color=style.INSTRUMENT_TYPE_COLOURS[kind],
                               label=labels.label("instrument_type", kind, lang)), n_apart, grey=False)
        for i, (x0, v, of) in enumerate(zip(left, values, totals, strict=True)):
            y = ys[i]
            if v >= 6:  # the share and, under it, its clauses over the plan's (n/N)
                colour = "white" if kind != "none" else "#333333"
                ax.text(x0 + v / 2, y - 0.13, f"{v:.0f}%", ha="center", va="center",
                        fontsize=8 if not many else 6.5, color=colour)
                ax.text(x0 + v / 2, y + 0.2, f"{round(v * of / 100)}/{int(of)}", ha="center",
                        va="center", fontsize=6.5 if not many else 5.5, color=colour)
            elif v > 0:  # too narrow to write in: said right of the bar, with its count
                narrow[i].append(labels.tr(f"{labels.label('instrument_type', kind, lang)} "
                                           f"{v:.0f}%（{round(v * of / 100)}/{int(of)}）",
                                           f"{labels.label('instrument_type', kind, lang)} "
                                           f"{v:.0f}% ({round(v * of / 100)}/{int(of)})", lang))
        left += values
    for i, said in narrow.items():  # a share under 6% has its count too (audit19: 7.1 had none)
        if said:
            ax.text(101, ys[i], labels.tr("；", "; ", lang).join(said), va="center",
                    fontsize=7 if not many else 6, color="#444444")
    for y, n in zip(ys, shares["n_clauses"], strict=True):
        if not n:
            ax.text(1, y, labels.not_stated(lang), va="center", fontsize=8, color="#777777")
    ax.set_yticks(ys, names)
    ax.invert_yaxis()
    mark_gap(ax, hidden, lang, spaced=True)
    apart_note(fig, corpus, shares.index[len(names) - n_apart:], "chart.ranked.apart", lang)
    ax.tick_params(axis="y", labelsize=style.label_size(len(shares)))
    ax.set_xlim(0, 100)
    ax.set_xlabel(labels.tr("占条款的比例（%）", "share of clauses (%)", lang))
    side = labels.label("instrument_type", RANKED_BY, lang)
    ax.set_title(labels.tr("各规划的政策工具类型（%；下方：条款数/全部条款"
                           + (f"；按{side}占比由高到低排列" if many else "") + "）",
                           "Side of policy each plan acts on (%; below: its clauses / all clauses"
                           + (f"; most {side} first" if many else "") + ")", lang),
                 loc="left")
    # under the chart: at the top right it covered the title in English, and beside the bars
    # it would cover the narrow shares written there
    legend_below(ax, ncols=4)
    return fig


def unused_tools(corpus: Corpus, clauses: pd.DataFrame | None = None) -> list[str]:
    """The tools no plan uses (no clause in any plan: a row of zeros on charts 7.2 and 7.3),
    in scheme order: left out of both charts, and their notes name them (audit21 item 9).
    `clauses`: `tool_counts(corpus)` where the caller has it already."""
    clauses = instrument_analysis.tool_counts(corpus) if clauses is None else clauses
    return [t for t in clauses.index if t != "none" and not clauses.loc[t].sum()]


def _unused_note(unused: Sequence[str], lang: str | None) -> str:
    """未画出：政府购买（各规划均无此类条款）。 / Not drawn: Procurement (no clause in any plan)."""
    if not unused:
        return ""
    names = ("、" if labels.is_zh(lang) else ", ").join(labels.label("instrument_tool", t, lang)
                                                       for t in unused)
    return labels.tr(f"未画出：{names}（各规划均无此类条款）。",
                     f"Not drawn: {names} (no clause in any plan).", lang)


def _chart_note(fig: Figure, note: Sequence[str], lang: str | None) -> None:
    """The line under a heatmap saying what it sets apart or leaves out, wrapped to its width."""
    note = [n for n in note if n]
    if note:
        fig.text(0.01, -0.02, style._wrap(("" if labels.is_zh(lang) else " ").join(note),
                                          0.9 * fig.get_size_inches()[0], 8),
                 fontsize=8, color="#555555", ha="left", va="top")


def instrument_tool_heatmap(corpus: Corpus, lang: str | None = None) -> Figure:
    """Tools (rows) × plans (columns): percent of each plan's clauses that use the tool. One
    rule at every plan count (audit20 item 9, audit21 item 9): a text that is no whole plan (a
    fragment, a page that is no plan's text: `scope.reasons`) stands apart after the whole plans,
    right of a dotted line, and a note says why; a tool no plan uses (a row of zeros) is not
    drawn, and the note names it; and the note says that "no means named" (未提及手段) is no tool
    and is not compared (the title, the tools finding, says which tool leads). Among many plans
    the whole plans' columns stand in the order of a clustering of their tool mix
    (`cluster_columns`), which the subtitle says; among few, in the plans' order."""
    tr = labels.tr
    shares = instrument_analysis.tool_counts(corpus, share=True)
    clauses = instrument_analysis.tool_counts(corpus)
    many = style.many_plans(len(shares.columns))
    unused = unused_tools(corpus, clauses)
    used = [t for t in shares.index if t not in unused]
    partial = set(plan_scope.reasons(corpus))
    if too_many_columns(len(shares.columns)):  # a distribution per tool (audit22 item 20)
        spread = shares.loc[used]
        spread.index = [labels.label("instrument_tool", t, lang) for t in spread.index]
        fig = plan_spread(spread, corpus, lang=lang,
                          xlabel=tr("占条款的比例（%）", "share of clauses (%)", lang),
                          title=tr("各规划的政策工具构成（占条款的比例；每点一份规划）",
                                   "Policy tools in each plan (share of its clauses; a dot per plan)", lang))
        none = labels.label("instrument_tool", "none", lang)
        _chart_note(fig, [tr(f"{none}不是工具，不参与比较。", f"\"{none}\" is not a tool and is not compared.",
                             lang) if "none" in used else "", _unused_note(unused, lang)], lang)
        return fig
    apart = [p for p in shares.columns if str(p) in partial]
    whole = cluster_columns(shares.loc[used, [p for p in shares.columns if p not in apart]])
    matrix = shares.loc[used, [*whole.columns, *apart]]
    clauses = clauses.reindex(index=matrix.index, columns=matrix.columns)
    counts = count_text(clauses, clauses.sum(axis=0))
    matrix.index = [labels.label("instrument_tool", t, lang) for t in matrix.index]
    matrix.columns = [marked_column(str(p), corpus, lang) for p in matrix.columns]  # 重庆市（残篇）
    order = tr("；工具构成相近的规划排在一起", "; plans ordered so that alike tool mixes stand together", lang) \
        if many else ""
    fig = heatmap(matrix, fmt="{:.0f}%", cmap="Purples", counts=counts,
                  lang=lang, colorbar_label=tr("占条款的比例（%）", "share of clauses (%)", lang),
                  title=tr(f"各规划的政策工具构成（占条款 %；下方：条款数/全部条款{order}）",
                           f"Policy tools in each plan (% of its clauses; below: its clauses / all clauses{order})",
                           lang),
                  colour_title=tr(f"各规划的政策工具构成（占条款的比例{order}）",
                                  f"Policy tools in each plan (share of its clauses{order})", lang))
    note = []
    if apart and len(apart) < len(matrix.columns):
        fig.axes[0].axvline(len(matrix.columns) - len(apart) - 0.5, color="#333333", lw=1.4, ls=":")
        out = [item for item in plan_scope.not_whole(corpus) if str(item) in {str(p) for p in apart}]
        why = plan_scope.why(out, lang)
        note.append(tr(f"虚线右侧：{why}，单独画出，" + ("不参与排列。" if many else "不与整份规划比较。"),
                       f"Right of the dotted line: {why}; drawn apart, "
                       + ("not in that order." if many else "not compared with the whole plans."), lang))
    if "none" in used:
        none = labels.label("instrument_tool", "none", lang)
        note.append(tr(f"{none}不是工具，不参与比较。", f"\"{none}\" is not a tool and is not compared.", lang))
    note.append(_unused_note(unused, lang))
    _chart_note(fig, note, lang)
    return fig


def instrument_matrix_heatmap(corpus: Corpus, plan_id: str | None = None,
                              lang: str | None = None) -> Figure:
    """The X–Y matrix: clauses per tool (rows) × category (columns), for one plan or the
    corpus's whole plans (a fragment, a news item … is not pooled: it would bend the totals the
    tool–category finding reads, audit22 item 4; the note names it, and its own panel shows it).
    A category the plan does not have is hatched and says so, never a 0. A tool no plan
    uses is left out and named in a note, as on chart 7.2 (`unused_tools`, audit21 item 9).
    Counts have thousands separators (1,666 as the finding writes it, audit23 item 9)."""
    matrix = instrument_analysis.tool_category_matrix(corpus, plan_id=plan_id, whole=plan_id is None)
    left_out = list(matrix.attrs.get("left_out", []))
    unused = unused_tools(corpus)
    matrix = matrix.loc[[t for t in matrix.index if t != "none" and t not in unused]]
    matrix.index = [labels.label("instrument_tool", t, lang) for t in matrix.index]
    matrix.columns = [labels.category_label(c, lang) for c in matrix.columns]
    whose = ((labels.tr("完整规划合计", "whole plans together", lang) if left_out
              else labels.tr("全部规划", "all plans", lang)) if plan_id is None
             else plan_scope.marked(plan_id, corpus, lang))
    # a fragment's empty categories are in the parts it lost, and a news item's (a paper's …)
    # are those it does not mention: 未提及, as the source note and the other charts mark a
    # lost section, rather than "none here"
    lost = plan_id is not None and plan_id in plan_scope.reasons(corpus)
    fig = heatmap(matrix.astype(float), fmt="{:,.0f}", cmap="Greens", lang=lang,
                  missing=labels.unsaid(lang) if lost
                  else labels.text("instruments.matrix.none_mark", lang),
                  colorbar_label=labels.tr("条款数", "clauses", lang),
                  title=labels.tr(f"政策工具 × 类别：{whose}", f"Policy tools × categories: {whose}",
                                  lang))
    _chart_note(fig, [plan_scope.pooled_note(left_out, lang), _unused_note(unused, lang)], lang)
    if plan_id is None and left_out:  # captioned as drawn: the whole plans, not all (audit23 item 2)
        fig.set_label("07_instrument_matrix_whole")
    return fig


def reuse_table(reuse: pd.DataFrame, n: int = 8, lang: str | None = None) -> pd.DataFrame:
    """The pairs with the highest reuse share, for readers: source, target, the sentences
    that recur over the source's sentences ("47/88") and the share in percent."""
    tr = labels.tr
    top = reuse.sort_values("share", ascending=False, kind="stable").head(n)
    return pd.DataFrame({
        tr("来源规划", "Source plan", lang): labels.plan_labels(top["source_plan"], lang),
        tr("目标规划", "Target plan", lang): labels.plan_labels(top["target_plan"], lang),
        tr("重现的句子", "Sentences that recur", lang):
            [f"{int(a)}/{int(b)}" for a, b in zip(top["n_reused"], top["n_sentences"], strict=True)],
        tr("句子占比（%）", "Share of sentences (%)", lang): (100 * top["share"].astype(float)).round(1),
    })


def own_text_table(own: pd.DataFrame, lang: str | None = None) -> pd.DataFrame:
    """`reuse.own_text` for readers: own sentences over all ("105/184") and the percent."""
    tr = labels.tr
    n_own = own["n_sentences"] - own["n_reused_anywhere"]
    return pd.DataFrame({
        tr("地区", "Region", lang): labels.plan_labels(own["plan_id"], lang),
        tr("自有句子", "Own sentences", lang):
            [f"{int(a)}/{int(b)}" for a, b in zip(n_own, own["n_sentences"], strict=True)],
        tr("自有句子占比（%）", "Own sentences (%)", lang):
            (100 * own["own_share"].astype(float)).round(1),
    })
