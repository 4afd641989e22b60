"""Charts that agree with each other: a CJK font, one colour per plan, bilingual labels, export.

Importing this module registers the Noto Sans CJK SC font that ships inside the `mplfonts`
dependency, so Chinese renders on a machine without any Chinese system font. Labels are
Chinese by default; ``set_language("en")`` (or ``lang="en"`` on any label function) switches
them to English. ``export(fig, name)`` writes ``reports/figures/<name>.png`` and ``.svg``.
"""

from __future__ import annotations

import csv
import importlib.util
import os
import re
import zlib
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

import matplotlib as mpl
import numpy as np
import pandas as pd
from matplotlib import font_manager
from matplotlib import pyplot as plt
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Patch, Rectangle

from sciplan_analysis.corpus import PROJECT_DIR, RAW_DIR, REFERENCE_DIR

FONT_FILE = "NotoSansCJKsc-Regular.otf"
REPORTS_ENV = "SCIPLAN_REPORTS_DIR"
LANGUAGES = ("zh", "en")
DPI = 200

# Colour-blind-safe first (Okabe-Ito), then distinct extras for plans the manifest adds.
PALETTE: tuple[str, ...] = (
    "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00",
    "#56B4E9", "#8C564B", "#666666", "#B8860B", "#17BECF",
    "#7B68EE", "#2E8B57",
)

# Label vocabularies: (Chinese, English) for every code the tables use.
COMPARATOR_LABELS: dict[str, tuple[str, str]] = {
    ">": ("超过", "exceeds"),
    ">=": ("不低于", "at least"),
    "=": ("达到", "reaches"),
    "aim": ("力争", "strives for"),
}
COMPARATOR_MARKERS: dict[str, str] = {">": "^", ">=": "D", "=": "o", "aim": "*"}
KIND_LABELS: dict[str, tuple[str, str]] = {
    "target": ("目标", "target"),
    "baseline": ("基线", "baseline"),
}
PART_LABELS: dict[str, tuple[str, str]] = {
    "background": ("背景", "Background"),
    "goals": ("总体要求与目标", "Aims and targets"),
    "actions": ("提升行动", "Actions"),
    "projects": ("重点工程", "Projects"),
    "implementation": ("组织实施", "Implementation"),
    "other": ("其他", "Other"),
}
STATUS_LABELS: dict[str, tuple[str, str]] = {
    "final": ("正式文本", "final"),
    "draft": ("征求意见稿", "draft for comment"),
    "fragment": ("残篇", "fragment"),
}
LEVEL_LABELS: dict[str, tuple[str, str]] = {
    "county": ("县", "county"),
    "district": ("区", "district"),
    "municipality": ("直辖市", "municipality"),
    "city": ("地级市", "city"),
    "province": ("省", "province"),
}
MEASURE_LABELS: dict[str, tuple[str, str]] = {
    "所": ("所", "institutions (所)"),
    "个": ("个", "items (个)"),
    "场": ("场", "events (场)"),
    "人": ("人", "people (人)"),
    "名": ("名", "people (名)"),
    "人次": ("人次", "person-times (人次)"),
    "%": ("%", "percent (%)"),
}
NOT_STATED: tuple[str, str] = ("未提及", "not stated")

_state: dict[str, object] = {"lang": "zh", "font": None}
_categories: dict[str, tuple[str, str]] = {}
_plans: dict[str, tuple[str, str]] = {}
_order: list[str] = []  # plan ids in manifest order: their colour slots


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
    _state["font"] = name
    return name


def font_name() -> str:
    """The family name of the registered CJK font."""
    return str(_state["font"] or setup_fonts())


# --------------------------------------------------------------------------- language


def set_language(lang: str) -> None:
    """Switch every label to ``"zh"`` (Chinese, the default) or ``"en"`` (English)."""
    if lang not in LANGUAGES:
        raise ValueError(f"language must be one of {LANGUAGES}, not {lang!r}")
    _state["lang"] = lang


def get_language() -> str:
    """The current label language."""
    return str(_state["lang"])


def _lang(lang: str | None) -> str:
    lang = lang or get_language()
    if lang not in LANGUAGES:
        raise ValueError(f"language must be one of {LANGUAGES}, not {lang!r}")
    return lang


def tr(zh: str, en: str, lang: str | None = None) -> str:
    """Pick the Chinese or English text for the current (or given) language."""
    return zh if _lang(lang) == "zh" else en


def _pick(labels: Mapping[str, tuple[str, str]], code: object, lang: str | None) -> str:
    if code is None or (isinstance(code, float) and np.isnan(code)):
        return tr(*NOT_STATED, lang=lang)
    pair = labels.get(str(code))
    if pair is None:
        return str(code)
    return pair[0] if _lang(lang) == "zh" else pair[1]


def category_labels() -> dict[str, tuple[str, str]]:
    """{category: (Chinese, English)} in the order of data/reference/categories.csv."""
    if not _categories:
        path = REFERENCE_DIR / "categories.csv"
        if path.exists():
            with path.open(encoding="utf-8-sig", newline="") as fh:
                lines = [line for line in fh if not line.lstrip().startswith("#")]
            for row in csv.DictReader(lines):
                code = (row.get("category") or "").strip()
                if code:
                    _categories[code] = ((row.get("label_zh") or code).strip(),
                                         (row.get("category_en") or code).strip())
    return _categories


def category_order() -> list[str]:
    """Category codes in the reference order (the populations first, then the projects)."""
    return list(category_labels())


def category_label(category: str, lang: str | None = None) -> str:
    """Chinese or English label of a group category code (from data/reference/categories.csv)."""
    return _pick(category_labels(), category, lang)


def comparator_label(comparator: str, lang: str | None = None) -> str:
    """超过 / 不低于 / 达到 / 力争, or their English."""
    return _pick(COMPARATOR_LABELS, comparator, lang)


def kind_label(kind: str, lang: str | None = None) -> str:
    """目标 / 基线 (target / baseline)."""
    return _pick(KIND_LABELS, kind, lang)


def part_label(part: str, lang: str | None = None) -> str:
    """Label of a part kind (actions, projects, ...)."""
    return _pick(PART_LABELS, part, lang)


def status_label(status: str, lang: str | None = None) -> str:
    """Label of a text status (final, draft, fragment)."""
    return _pick(STATUS_LABELS, status, lang)


def level_label(level: str, lang: str | None = None) -> str:
    """Label of an administrative level."""
    return _pick(LEVEL_LABELS, level, lang)


def measure_label(measure: str, lang: str | None = None) -> str:
    """Label of a commitment's measure word (所, 个, 场, 人, 人次, %)."""
    return _pick(MEASURE_LABELS, measure, lang)


def not_stated(lang: str | None = None) -> str:
    """未提及 / not stated: what a chart or table shows where a text says nothing."""
    return tr(*NOT_STATED, lang=lang)


# --------------------------------------------------------------------------- plans


def _manifest() -> None:
    """Load plan order and names from data/raw/plans.csv once."""
    if _order:
        return
    path = RAW_DIR / "plans.csv"
    if not path.exists():
        return
    with path.open(encoding="utf-8-sig", newline="") as fh:
        for row in csv.DictReader(fh):
            pid = (row.get("plan_id") or "").strip()
            if pid and pid not in _plans:
                _order.append(pid)
                _plans[pid] = ((row.get("name_zh") or pid).strip(), (row.get("name_en") or pid).strip())


def register_plans(plans: pd.DataFrame) -> None:
    """Learn plan names from a corpus's plans table (colours stay those of `plan_colour`)."""
    _manifest()
    for row in plans.itertuples(index=False):
        pid = str(row.plan_id)
        zh = getattr(row, "name_zh", None)
        en = getattr(row, "name_en", None)
        _plans[pid] = (str(zh) if isinstance(zh, str) and zh else pid,
                       str(en) if isinstance(en, str) and en else pid)


def plan_label(plan_id: str, lang: str | None = None) -> str:
    """A plan's region name in the current language (the id when the name is unknown)."""
    _manifest()
    pair = _plans.get(plan_id)
    if pair is None:
        return plan_id
    return pair[0] if _lang(lang) == "zh" else pair[1]


def plan_labels(plan_ids: Iterable[str], lang: str | None = None) -> list[str]:
    """Labels of several plans."""
    return [plan_label(p, lang) for p in plan_ids]


def plan_colour(plan_id: str) -> str:
    """The plan's fixed colour.

    Plans take palette slots in manifest order, so the five plans always look the same;
    a plan id the manifest does not know gets a colour from a checksum of its id, which is
    the same in every run and every notebook.
    """
    _manifest()
    if plan_id in _order and _order.index(plan_id) < len(PALETTE):
        return PALETTE[_order.index(plan_id)]
    return PALETTE[zlib.crc32(plan_id.encode("utf-8")) % len(PALETTE)]


def plan_colours(plan_ids: Iterable[str]) -> dict[str, str]:
    """{plan_id: colour} for several plans."""
    return {p: plan_colour(p) for p in plan_ids}


# --------------------------------------------------------------------------- tables


def text_table(table: pd.DataFrame) -> pd.io.formats.style.Styler:
    """A table of sentences for display: no index, text aligned left (notebooks, HTML pages)."""
    return (table.style.hide(axis="index")
            .set_properties(**{"text-align": "left", "vertical-align": "top"})
            .set_table_styles([{"selector": "th", "props": [("text-align", "left")]}]))


# --------------------------------------------------------------------------- export


def reports_dir() -> Path:
    """Where reports go: $SCIPLAN_REPORTS_DIR, or reports/ in the project."""
    env = os.environ.get(REPORTS_ENV)
    return Path(env) if env else PROJECT_DIR / "reports"


def figures_dir(base: Path | None = None) -> Path:
    """The figures folder of the reports folder."""
    return (base or reports_dir()) / "figures"


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


# --------------------------------------------------------------------------- charts


def new_figure(width: float = 8.0, height: float = 4.5) -> tuple[Figure, Axes]:
    """A figure with one axes, using the project's font and style."""
    font_name()
    fig, ax = plt.subplots(figsize=(width, height), layout="constrained")
    return fig, ax


def heatmap(
    matrix: pd.DataFrame,
    *,
    title: str = "",
    fmt: str = "{:.0f}",
    cmap: str = "Blues",
    colorbar_label: str = "",
    lang: str | None = None,
    missing: str | None = None,
) -> Figure:
    """A labelled heatmap of a matrix; NaN cells are hatched grey and read 'not stated'
    (or `missing`, e.g. "—" for the diagonal of a plan × plan matrix)."""
    values = matrix.astype(float).to_numpy()
    height = max(3.0, 0.38 * len(matrix.index) + 1.6)
    width = max(5.0, 1.25 * len(matrix.columns) + 3.0)
    fig, ax = new_figure(width, height)
    masked = np.ma.masked_invalid(values)
    colormap = mpl.colormaps[cmap].with_extremes(bad="#eeeeee")
    finite = values[np.isfinite(values)]
    vmax = float(finite.max()) if finite.size and finite.max() > 0 else 1.0
    image = ax.imshow(masked, aspect="auto", cmap=colormap, vmin=0, vmax=vmax)
    ax.set_xticks(range(len(matrix.columns)), [str(c) for c in matrix.columns])
    ax.set_yticks(range(len(matrix.index)), [str(i) for i in matrix.index])
    ax.tick_params(axis="x", top=True, labeltop=True, bottom=False, labelbottom=False)
    for spine in ax.spines.values():
        spine.set_visible(False)
    small = not_stated(lang) if missing is None else missing
    for i in range(values.shape[0]):
        for j in range(values.shape[1]):
            v = values[i, j]
            if np.isnan(v):
                ax.add_patch(Rectangle((j - 0.5, i - 0.5), 1, 1, fill=False,
                                                   hatch="///", edgecolor="#bbbbbb", lw=0))
                ax.text(j, i, small, ha="center", va="center", fontsize=7, color="#777777")
            else:
                dark = v > 0.6 * vmax
                ax.text(j, i, fmt.format(v), ha="center", va="center", fontsize=8,
                        color="white" if dark else "#222222")
    bar = fig.colorbar(image, ax=ax, shrink=0.8)
    if colorbar_label:
        bar.set_label(colorbar_label)
    if title:
        ax.set_title(title, loc="left")
    return fig


def grouped_bars(
    table: pd.DataFrame,
    *,
    title: str = "",
    ylabel: str = "",
    horizontal: bool = False,
    lang: str | None = None,
) -> Figure:
    """Grouped bars: one group per row of ``table``, one bar per column (a plan id), plan colours.

    NaN cells (the text does not cover this) get no bar but a small grey 'not stated' label
    in the bar's place, so they are never mistaken for zeros.
    """
    n_rows, n_cols = table.shape
    width = 0.8 / max(n_cols, 1)
    if horizontal:
        size = (8.5, min(16.0, max(4.0, 0.22 * n_rows * max(n_cols, 1) + 1.5)))
    else:
        size = (min(15.0, max(7.0, 0.75 * n_rows + 3.0)), 5.0)
    fig, ax = new_figure(*size)
    positions = np.arange(n_rows)
    values = table.astype(float)
    finite = values.to_numpy()[np.isfinite(values.to_numpy())]
    top = float(finite.max()) if finite.size and finite.max() > 0 else 1.0
    missing = not_stated(lang)
    for k, plan_id in enumerate(table.columns):
        offs = positions - 0.4 + width * (k + 0.5)
        column = values[plan_id].to_numpy()
        shown = np.nan_to_num(column, nan=0.0)
        colour = plan_colour(str(plan_id))
        label = plan_label(str(plan_id), lang)
        if horizontal:
            ax.barh(offs, shown, height=width * 0.95, color=colour, label=label)
        else:
            ax.bar(offs, shown, width=width * 0.95, color=colour, label=label)
        for pos, v in zip(offs, column, strict=True):
            if not np.isnan(v):
                continue
            if horizontal:
                ax.text(top * 0.01, pos, missing, va="center", ha="left", color="#888888",
                        fontsize=6)
            else:
                ax.text(pos, top * 0.01, missing, ha="center", va="bottom", color="#888888",
                        fontsize=6, rotation=90)
    labels = [str(i) for i in table.index]
    if horizontal:
        ax.set_yticks(positions, labels)
        ax.invert_yaxis()
        ax.set_xlabel(ylabel)
        ax.grid(axis="x", color="#dddddd", lw=0.6)
    else:
        ax.set_xticks(positions, labels, rotation=35, ha="right", rotation_mode="anchor")
        ax.set_ylabel(ylabel)
        ax.grid(axis="y", color="#dddddd", lw=0.6)
    ax.set_axisbelow(True)
    fig.legend(handles=plan_legend_handles([str(p) for p in table.columns], lang),
               loc="outside right upper", frameon=False, fontsize=9)
    if title:
        ax.set_title(title, loc="left")
    return fig


def plan_legend_handles(plan_ids: Sequence[str], lang: str | None = None) -> list:
    """Legend handles: a coloured square per plan."""
    return [Patch(color=plan_colour(p), label=plan_label(p, lang)) for p in plan_ids]


setup_fonts()
