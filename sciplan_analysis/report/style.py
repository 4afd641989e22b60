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
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path

import matplotlib as mpl
import numpy as np
import pandas as pd
from matplotlib import font_manager
from matplotlib import pyplot as plt
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.layout_engine import PlaceHolderLayoutEngine
from matplotlib.transforms import Bbox, TransformedBbox

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

# A chart's form follows the number of plans: up to MANY_PLANS, one mark per plan in the plan's
# colour; beyond it, ranked bars in one colour, distributions and groups, no per-plan legend.
MANY_PLANS = 12
MAX_LEGEND = 10  # no legend lists more entries than this (tests check every chart)
ONE_COLOUR = "#4C78A8"  # the bars of a chart with many plans
EXTREME_COLOUR = "#C0392B"  # the labelled extremes (and a plan's own mark) among many


def many_plans(n: int) -> bool:
    """Whether `n` plans are too many for one coloured mark each."""
    return n > MANY_PLANS


def label_size(n: int, base: float = 10.0) -> float:
    """Tick-label size for `n` labels on one axis: `base` up to MANY_PLANS, then smaller
    (never below 6 pt) so that 33 or 60 names stay apart."""
    if n <= MANY_PLANS:
        return base
    return max(6.0, base - 0.12 * (n - MANY_PLANS))


def bar_colours(plan_ids: Iterable[str]) -> list[str]:
    """Each plan's colour when they are few; one colour when they are many."""
    ids = [str(p) for p in plan_ids]
    return [plan_colour(p) for p in ids] if not many_plans(len(ids)) else [ONE_COLOUR] * len(ids)
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
_font: dict = {"name": None, "settings": {}}


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
    settings = {
        "font.family": ["sans-serif"],
        "font.sans-serif": sans,
        "axes.unicode_minus": False,
        "svg.hashsalt": "sciplan-analysis",  # stable ids: SVGs diff cleanly
        "figure.dpi": 100,
        "axes.spines.top": False,
        "axes.spines.right": False,
    }
    mpl.rcParams.update(settings)
    _font.update(name=name, settings=settings)
    return name


def font_name() -> str:
    """The family name of the registered CJK font; the font and style are set again when the
    settings were reset since (`plt.rcdefaults()`, or the clean slate a kernel gives each
    report notebook after the first, `report.slate`)."""
    settings = _font["settings"]
    if _font["name"] is None or any(mpl.rcParams[k] != v for k, v in settings.items()):
        return setup_fonts()
    return _font["name"]


def plan_colour(plan_id: str) -> str:
    """The plan's fixed colour.

    Plans take palette slots in manifest order, so the same plans always look the same;
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


def export(fig: Figure, name: str, *, out_dir: str | Path | None = None,
           box: Bbox | None = None) -> list[Path]:
    """Write ``<figures>/<name>.png`` (200 dpi) and ``<name>.svg``; return both paths.
    `box`: the figure's tight box in inches when known (`frame_measured` returns it), so it
    is not measured again."""
    if not _NAME.match(name):
        raise ValueError(f"figure name {name!r}: use letters, digits, '_', '-' and '.' only")
    folder = Path(out_dir) if out_dir is not None else figures_dir()
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / f"{name}.png", folder / f"{name}.svg"]
    # The tight box is measured once for both files: `bbox_inches="tight"` would draw the
    # whole figure once more per file just to measure it. A chart that `frame` did not lay out
    # and freeze is laid out first, or the box would be that of the unarranged chart.
    engine = fig.get_layout_engine()
    if box is None:
        if engine is not None and not isinstance(engine, PlaceHolderLayoutEngine):
            fig.draw_without_rendering()
        box = fig.get_tightbbox(fig.canvas.get_renderer())
    box = box.padded(mpl.rcParams["savefig.pad_inches"])
    # `savefig` draws a figure that has a layout engine once more before drawing it into the
    # file, even when the engine is the placeholder `frame` leaves: a chart laid out already
    # is saved without one (two full draws fewer per chart, the files byte for byte the same).
    frozen = engine is None or isinstance(engine, PlaceHolderLayoutEngine)
    with _no_layout_engine(fig) if frozen else nullcontext():
        fig.savefig(paths[0], dpi=DPI, bbox_inches=box, metadata={"Software": None})
        fig.savefig(paths[1], bbox_inches=box, metadata={"Date": None})
    return paths


@contextmanager
def _no_layout_engine(fig: Figure) -> Iterator[None]:
    """The figure without its layout engine for the block, then with it again."""
    engine = fig.get_layout_engine()
    with mpl.rc_context({"figure.autolayout": False, "figure.constrained_layout.use": False}):
        fig.set_layout_engine(None)  # with neither rcParam set: no engine at all
    try:
        yield
    finally:
        if engine is not None:
            fig.set_layout_engine(engine)


MAX_INCHES = 24.0  # the longest side of any chart: a bar per plan among 300 stays one image


def subplots(*args, **kwargs):
    """`plt.subplots` with the project's font and style set first; every chart starts here.
    No side is longer than `MAX_INCHES` (a chart sized by its number of plans would grow to
    100 inches, and its image to hundreds of megabytes, at 300 plans)."""
    font_name()
    kwargs.setdefault("layout", "constrained")
    if "figsize" in kwargs:
        kwargs["figsize"] = tuple(min(MAX_INCHES, float(x)) for x in kwargs["figsize"])
    return plt.subplots(*args, **kwargs)


def new_figure(width: float = 8.0, height: float = 4.5) -> tuple[Figure, Axes]:
    """A figure with one axes, using the project's font and style."""
    return subplots(figsize=(width, height))


# --------------------------------------------------------------------------- framing


def _wrap(text: str, width_in: float, size: float) -> str:
    """Wrap `text` to the figure's width (CJK characters count double): Chinese between any two
    characters, Latin words only at spaces, so mixed text (an English note quoting 县教育局, a
    Chinese title with "24/33") never breaks a word in half; closing punctuation never opens a
    line (`NO_LINE_START`). A word longer than a line is cut, as textwrap does."""
    per_line = max(20, int(width_in * 72 / size * 1.9))  # in half-width units
    lines: list[str] = []
    line, used = "", 0
    for token in _tokens(text):
        w = _width(token)
        if token == " ":  # a space stays at the end of its line, never opens one
            line, used = line + " ", used + 1
            continue
        if used + w > per_line and line.strip() and token[0] not in NO_LINE_START:
            lines.append(line)
            line, used = "", 0
        while w > per_line and not line:  # a word longer than a line
            cut, used_cut = "", 0
            for ch in token:
                if used_cut + _width(ch) > per_line and cut:
                    break
                cut, used_cut = cut + ch, used_cut + _width(ch)
            lines.append(cut)
            token = token[len(cut):]
            w = _width(token)
        line, used = line + token, used + w
    return "\n".join([*lines, line]) or text


def _width(text: str) -> int:
    """Half-width units of `text`: a CJK character or full-width sign counts 2."""
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)


def _tokens(text: str) -> list[str]:
    """`text` as the units a line may break between: each CJK character or full-width sign,
    each run of other non-space characters (a Latin word, a number, "24/33"), each space."""
    return re.findall(r" |[\u2e80-\uffff]|[^ \u2e80-\uffff]+", text)


# Closing punctuation never opens a line (Chinese typesetting): it stays at the end of the
# line before, a character past the width.
NO_LINE_START = set("，。；：、？！）》」』】〕,.;:?!)%")


def frame(fig: Figure, title: str, *, subtitle: str = "", note: str = "") -> Figure:
    """Put a title that states the point above the chart (its own title then reads as the
    subtitle defining the measure) and a note with source and caveats under it."""
    frame_measured(fig, title, subtitle=subtitle, note=note)
    return fig


def frame_measured(fig: Figure, title: str, *, subtitle: str = "", note: str = "") -> Bbox:
    """`frame` the chart and return its tight box in inches, as `fig.get_tightbbox` would
    measure it again (for `export`): the box of the laid-out chart joined with those of the
    texts added, the same numbers in the same operations, without walking every artist of
    the chart once more."""
    font_name()
    fig.draw_without_rendering()  # lay the chart out, then freeze it so the texts stay where put
    fig.set_layout_engine("none")
    renderer = fig.canvas.get_renderer()
    box = fig.get_tightbbox(renderer)  # inches
    w, h = fig.get_size_inches()
    x = box.x0 / w
    y = box.y1 + 0.1
    added = []
    if subtitle:
        sub = fig.text(x, y / h, _wrap(subtitle, box.width, 10), fontsize=10,
                       color="#444444", va="bottom", ha="left")
        y = sub.get_window_extent(renderer).y1 / fig.dpi + 0.06
        added.append(sub)
    added.append(fig.text(x, y / h, _wrap(title, box.width, 14), fontsize=14, va="bottom",
                          ha="left", color="#111111"))
    if note:
        added.append(fig.text(x, (box.y0 - 0.12) / h, _wrap(note, box.width, 8), fontsize=8,
                              color="#666666", va="top", ha="left", linespacing=1.4))
    inches = fig.dpi_scale_trans.inverted()
    boxes = [b for b in (t.get_tightbbox(renderer) for t in added)  # as get_tightbbox keeps them
             if np.isfinite(b.width) and np.isfinite(b.height) and (b.width or b.height)]
    return Bbox.union([box, *(TransformedBbox(b, inches) for b in boxes)])
