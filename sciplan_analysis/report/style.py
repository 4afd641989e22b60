"""The look every chart shares: a CJK font, one colour per plan, and export to PNG and SVG.

The Noto Sans CJK SC font ships inside the `mplfonts` dependency, so Chinese renders on a
machine without any Chinese system font. It is registered with matplotlib the first time a
figure is made (`new_figure`), not on import. ``export(fig, name)`` writes
``reports/figures/<name>.png`` and ``.svg``.
"""

from __future__ import annotations

import importlib.util
import re
import zlib
from collections.abc import Iterable
from pathlib import Path

import matplotlib as mpl
import pandas as pd
from matplotlib import font_manager
from matplotlib import pyplot as plt
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from sciplan_analysis.config import figures_dir
from sciplan_analysis.labels import plan_order

FONT_FILE = "NotoSansCJKsc-Regular.otf"
DPI = 200

# Colour-blind-safe first (Okabe-Ito), then distinct extras for plans the manifest adds.
PALETTE: tuple[str, ...] = (
    "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00",
    "#56B4E9", "#8C564B", "#666666", "#B8860B", "#17BECF",
    "#7B68EE", "#2E8B57",
)
COMPARATOR_MARKERS: dict[str, str] = {">": "^", ">=": "D", "=": "o", "aim": "*"}
# Network nodes: one colour per unit type (parsing.units.UNIT_TYPES).
# The three sides of policy instruments (INSTRUMENTS.md), and clauses that name no means.
INSTRUMENT_TYPE_COLOURS: dict[str, str] = {
    "supply": "#0072B2", "environment": "#009E73", "demand": "#D55E00", "none": "#BBBBBB",
}
UNIT_TYPE_COLOURS: dict[str, str] = {
    "party_committee_department": "#D55E00",
    "government_department": "#0072B2",
    "peoples_organisation": "#009E73",
    "township_street": "#E69F00",
    "collective": "#999999",
    "other": "#CC79A7",
}
_font: dict[str, str | None] = {"name": None}


# --------------------------------------------------------------------------- font


def font_path() -> Path:
    """The CJK font file inside the installed `mplfonts` package."""
    spec = importlib.util.find_spec("mplfonts")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the `mplfonts` package is missing; install the project's dependencies")
    path = Path(next(iter(spec.submodule_search_locations))) / "fonts" / FONT_FILE
    if not path.exists():
        raise RuntimeError(f"{path}: the CJK font is missing from the mplfonts package")
    return path


def setup_fonts() -> str:
    """Register the CJK font with matplotlib and make it the default; return its family name."""
    path = str(font_path())
    if path not in {f.fname for f in font_manager.fontManager.ttflist}:
        font_manager.fontManager.addfont(path)
    name = font_manager.FontProperties(fname=path).get_name()
    sans = [name] + [f for f in mpl.rcParams["font.sans-serif"] if f != name]
    mpl.rcParams["font.family"] = "sans-serif"
    mpl.rcParams["font.sans-serif"] = sans
    mpl.rcParams["axes.unicode_minus"] = False
    mpl.rcParams["svg.hashsalt"] = "sciplan-analysis"  # stable ids: SVGs diff cleanly
    mpl.rcParams["figure.dpi"] = 100
    mpl.rcParams["axes.spines.top"] = False
    mpl.rcParams["axes.spines.right"] = False
    _font["name"] = name
    return name


def font_name() -> str:
    """The family name of the registered CJK font."""
    return _font["name"] or setup_fonts()


def plan_colour(plan_id: str) -> str:
    """The plan's fixed colour.

    Plans take palette slots in manifest order, so the five plans always look the same;
    a plan id the manifest does not know gets a colour from a checksum of its id, which is
    the same in every run and every notebook.
    """
    order = plan_order()
    if plan_id in order and order.index(plan_id) < len(PALETTE):
        return PALETTE[order.index(plan_id)]
    return PALETTE[zlib.crc32(plan_id.encode("utf-8")) % len(PALETTE)]


def plan_colours(plan_ids: Iterable[str]) -> dict[str, str]:
    """{plan_id: colour} for several plans."""
    return {p: plan_colour(p) for p in plan_ids}


# --------------------------------------------------------------------------- tables


def text_table(table: pd.DataFrame) -> pd.io.formats.style.Styler:
    """A table of sentences for display: no index, text aligned left (notebooks, HTML pages).

    Cells and column labels are HTML-escaped: plan text never becomes markup. A later
    ``.format(...)`` on some columns must pass ``escape="html"`` again for them.
    """
    return (table.style.hide(axis="index")
            .format(escape="html").format_index(escape="html", axis=1)
            .set_properties(**{"text-align": "left", "vertical-align": "top"})
            .set_table_styles([{"selector": "th", "props": [("text-align", "left")]}]))


# --------------------------------------------------------------------------- export


_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")


def export(fig: Figure, name: str, *, out_dir: str | Path | None = None) -> list[Path]:
    """Write ``<figures>/<name>.png`` (200 dpi) and ``<name>.svg``; return both paths."""
    if not _NAME.match(name):
        raise ValueError(f"figure name {name!r}: use letters, digits, '_', '-' and '.' only")
    folder = Path(out_dir) if out_dir is not None else figures_dir()
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / f"{name}.png", folder / f"{name}.svg"]
    fig.savefig(paths[0], dpi=DPI, bbox_inches="tight", metadata={"Software": None})
    fig.savefig(paths[1], bbox_inches="tight", metadata={"Date": None})
    return paths


def subplots(*args, **kwargs):
    """`plt.subplots` with the project's font and style set first; every chart starts here."""
    font_name()
    kwargs.setdefault("layout", "constrained")
    return plt.subplots(*args, **kwargs)


def new_figure(width: float = 8.0, height: float = 4.5) -> tuple[Figure, Axes]:
    """A figure with one axes, using the project's font and style."""
    return subplots(figsize=(width, height))
