"""What a notebook page shows, in one call each: its findings, a numbered figure, a clean table.

A notebook's first code cell calls `start(page, LANG)`: it sets the build's language, loads
the corpus and shows the page's findings (Markdown, each linking to its figure). `figure`
frames a chart with a computed title and a source note, exports it, and shows it as a numbered
``<figure>`` with an anchor, a caption and the finding as its ``alt`` text. `table` shows a
table without index, snake_case headers, NaN or long decimals; long tables become searchable
and sortable in the page (a script the page template embeds, no network).
"""

from __future__ import annotations

import base64
import re
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd
from matplotlib import pyplot as plt
from matplotlib.figure import Figure

from sciplan_analysis import labels
from sciplan_analysis.analysis import findings as fnd
from sciplan_analysis.errors import ChecksWarning, UnmappedUnitWarning
from sciplan_analysis.report import style
from sciplan_analysis.report.escape import html_text, markdown_text
from sciplan_analysis.tables import Corpus

SNAKE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)+$")
LONG_ROWS = 15  # tables with more rows are searchable and sortable
NOWRAP_CHARS = 14  # columns whose values are all this short are not wrapped


@dataclass
class _State:
    page: str = ""
    number: int = 0
    tables: fnd.Tables | None = None
    findings: list[fnd.Finding] = field(default_factory=list)
    # the findings the page's charts state (`findings.CHART_FINDINGS`), computed when a long table first needs the
    # plans they name (audit24 item 1: 山阳县, named by page 04's partners chart, was missing from its excerpts)
    chart_findings: list[fnd.Finding] | None = None
    lang: str | None = None
    figures: int = 0
    downloads: int = 0  # the page's table downloads so far: each its own file name


_state = _State()


def _display(obj: Any) -> None:
    from IPython.display import display

    display(obj)


PAIR_PAGES = ("05_", "06_")  # similarity and text reuse compare plans in pairs


def start(page: str, lang: str, corpus: Corpus | None = None,
          lead: Callable[[fnd.Tables], str] | None = None) -> Corpus:
    """Set the language, load the corpus and show the page's findings; return the corpus.
    `lead`: the end of the page's introduction that depends on the corpus (what the page shows
    of it, `pairwise.reuse_lead`), shown before the findings, as the introduction's last
    paragraph."""
    from IPython.display import Markdown

    from sciplan_analysis.corpus import load_corpus

    labels.set_language(lang)
    if corpus is None:
        with warnings.catch_warnings():
            # unit names the crosswalk lacks are the researcher's to map (`build` and `units
            # --unmapped` list them); on a reader's page the warning would show a file path
            warnings.simplefilter("ignore", UnmappedUnitWarning)
            # so are hand checks not applied (`build` names the file and line of each)
            warnings.simplefilter("ignore", ChecksWarning)
            corpus = load_corpus()
    labels.register_plans(corpus.plans)
    digits = re.match(r"\d+", page)
    _state.page, _state.number = page, int(digits.group(0)) if digits else 0
    _state.tables = fnd.Tables(corpus)
    _state.findings = fnd.page_findings(_state.tables, page, lang)
    _state.chart_findings, _state.lang = None, lang
    _state.figures = 0
    _state.downloads = 0
    if page.startswith(PAIR_PAGES) and len(corpus.plans) < 2:
        _display(Markdown(labels.text("corpus.needs_two_plans", lang, n=len(corpus.plans))))
    said = lead(_state.tables) if lead is not None else ""
    if said:
        _display(Markdown(markdown_text(said)))
    if _state.findings:
        _display(Markdown(findings_markdown(_state.findings, lang)))
    return corpus


def tables() -> fnd.Tables:
    """The page's corpus and derived tables (similarity, reuse), loaded once."""
    if _state.tables is None:
        raise RuntimeError("call page.start(page, LANG) first")
    return _state.tables


def findings_markdown(found: list[fnd.Finding], lang: str | None = None,
                      link_pages: bool = False) -> str:
    """The findings as a Markdown list, each linking to its figure."""
    see = labels.text("findings.see", lang)
    head = labels.text("findings.heading", lang)
    lines = [f"**{markdown_text(head)}**", ""]
    for f in found:
        target = f.href if link_pages else f"#{f.anchor}"
        lines.append(f"- {markdown_text(f.sentence)} [{markdown_text(see)}]({target})")
    return "\n".join(lines)


def get_finding(fid: str) -> fnd.Finding | None:
    """A finding of this page (or any other) by id, in the build's language."""
    mine = next((f for f in _state.findings if f.id == fid), None)
    if mine is not None:
        return mine
    found = fnd.compute(tables(), [fid])
    return found[0] if found else None


def caption_of(name: str) -> str:
    """The caption of figure `name` (``text``, ``figure.<name>``), or of the longest
    prefix that has one; a prefix followed by a plan id uses the prefix's ``.plan`` caption
    with the plan named (``07_instrument_matrix_wuxi`` → 政策工具 × 任务类别（巫溪县）)."""
    known = labels.labels_of("text")
    parts = name.split("_")
    plans = set(labels.plan_order())
    for end in range(len(parts), 0, -1):
        code = "figure." + "_".join(parts[:end])
        rest = "_".join(parts[end:])
        if rest in plans and f"{code}.plan" in known:  # one plan's chart: its own caption
            return labels.text(f"{code}.plan", plan=labels.plan_label(rest))
        if code in known:
            return labels.label("text", code)
    return name


def figure(fig: Figure, name: str, *, finding: str | fnd.Finding | None = None,
           units: bool = False, note: bool = True) -> None:
    """Frame, export and show a chart as a numbered figure; return its HTML.

    `finding` is a finding's id, or a `Finding` computed for the chart's own parameters
    (one plan, another analyzer). The title is the finding's headline (else its sentence,
    else the caption); the caption
    comes from labels.csv (``text``, ``figure.<name>``); the ``alt`` text is the finding's
    sentence. `units` adds the caveat about plans assigning units per group. A chart that
    drew another form than its name says (beyond LARGE_CORPUS plans: the most alike pairs
    instead of the matrix) names that form in its figure label (``fig.set_label``), whose
    caption and file name are then used. Returns None, so the figure's HTML is not echoed as a cell's value.
    """
    from IPython.display import HTML

    if isinstance(finding, fnd.Finding):
        found: fnd.Finding | None = finding
    else:
        found = get_finding(finding) if finding else fnd.find(_state.findings, name)
    drawn = fig.get_label()
    form = drawn if drawn and f"figure.{drawn}" in labels.labels_of("text") else name
    caption = caption_of(form)
    title = (found.title or found.sentence) if found else caption
    source = fnd.source_note(tables().corpus, units=units) if note else ""
    box = style.frame_measured(fig, title, note=source)
    # the files are named as the form drawn: a histogram of nearest scores is no dendrogram
    # (audit23 item 11); the figure's anchor keeps `name`, which findings link to
    paths = style.export(fig, form, box=box)
    plt.close(fig)
    _state.figures += 1
    number = labels.text("figure.number", n=f"{_state.number}.{_state.figures}")
    # (a caption the title repeats is said once: c300's 5.2 and 6.1 read 每份规划…相似度。每份规划…相似度; audit24 item 2)
    alt = found.sentence if found else caption if title.strip() in ("", caption.strip()) else \
        labels.tr(f"{caption}。{title}", f"{caption}. {title}")
    data = base64.b64encode(paths[0].read_bytes()).decode("ascii")
    filed = f' data-file="{html_text(form)}"' if form != name else ""  # the index finds it by file
    markup = (
        f'<figure class="sp-figure" id="fig-{html_text(name)}" data-name="{html_text(name)}"{filed}>'
        f'<img src="data:image/png;base64,{data}" alt="{html_text(alt)}" '
        f'style="max-width:100%;height:auto">'
        f'<figcaption><b>{html_text(number)}</b> {html_text(caption)}</figcaption></figure>')
    _display(HTML(markup))


# --------------------------------------------------------------------------- tables


def header(column: object, lang: str | None = None) -> str:
    """A column header for readers: its label (kind ``column``), never snake_case."""
    text = str(column)
    pairs = labels.labels_of("column")
    if text in pairs:
        return labels.label("column", text, lang)
    if SNAKE.match(text) or text.islower() and "_" not in text and text.isascii():
        return text.replace("_", " ").capitalize()
    return text


def _cell(value: Any, decimals: int, lang: str | None, years: bool = False) -> Any:
    """One cell as text: 'not stated' for a missing value; a float with `decimals` places; a
    whole number as the findings and charts write a count (`labels.count`: 7,049, 11,426; page
    01 once wrote 11426 beside the findings' 11,426: audit22 item 22), except in a column of
    years (`years`: 2025, never 2,025), where a number stays bare below 10,000."""
    if value is None or value is pd.NA or (isinstance(value, float) and np.isnan(value)):
        return labels.not_stated(lang)
    if isinstance(value, bool | np.bool_):
        return value
    if isinstance(value, float | np.floating):
        if decimals or not float(value).is_integer():
            return f"{value:,.{max(decimals, 1)}f}"
        value = int(value)
    if isinstance(value, int | np.integer):
        return str(int(value)) if years and abs(value) < 10_000 else labels.count(value)
    return value


# Words in a column's header that say it holds years (年份, 规划期, "Year"): their numbers stay bare
# (not 年 alone: 青少年 is a category).
YEAR_WORDS = ("年份", "起始年", "结束年", "规划期", "year", "period")


def _is_year_column(name: object) -> bool:
    return any(w in str(name).lower() for w in YEAR_WORDS)


def _places(col: pd.Series, decimals: int) -> int:
    """The decimals of a column: `decimals` when any of its values has a fraction, else 0,
    so a column of percents reads 20.0 beside 45.1 (never 20), and a count column 175."""
    numbers = [v for v in col if isinstance(v, float | np.floating) and not np.isnan(v)]
    return decimals if any(not float(v).is_integer() for v in numbers) else 0


PLAN_COLUMNS = ("plan_id", "plan", "source_plan", "target_plan", "plan_a", "plan_b", "parent",
                "child")
# Columns holding codes, and the label kind that names them.
CODE_COLUMNS = {"unit_type": "unit_type", "assignment_basis": "basis", "role": "role",
                "status": "status", "category": "category", "admin_level": "admin_level",
                "kind": "target_kind", "comparator": "comparator", "measure": "measure"}
# Pairs of columns holding one value in each language: the build keeps one.
BILINGUAL = (("unit", "unit_en"), ("top_unit", "top_unit_en"), ("name_zh", "name_en"),
             ("category", "category_en"))


def clean(df: pd.DataFrame, *, decimals: int = 2, lang: str | None = None,
          keep_index: bool | None = None) -> pd.DataFrame:
    """A table for readers: a named index becomes a column, plan ids read as region names,
    a column pair (unit, unit_en) keeps the build's language, headers are labels, missing
    values read 'not stated', floats are rounded to `decimals`; everything as text."""
    out = df.copy()
    zh = labels.is_zh(lang)
    for a, b in BILINGUAL:
        if a in out.columns and b in out.columns:
            if not zh:
                out[a] = out[b].where(out[b].notna(), out[a])
            out = out.drop(columns=b)
    for col in PLAN_COLUMNS:
        if col in out.columns:
            out[col] = out[col].map(lambda p: labels.plan_label(str(p), lang)
                                    if isinstance(p, str) else p)
    order = set(labels.plan_order())
    out.columns = [labels.plan_label(c, lang) if isinstance(c, str) and c in order else c
                   for c in out.columns]
    for col, kind in CODE_COLUMNS.items():
        if col == "unit_type" and col in out.columns:  # NA: a name the crosswalk lacks, 未映射
            out[col] = out[col].map(lambda v: labels.unit_type_label(None if pd.isna(v) else v, lang))
        elif col in out.columns:
            out[col] = out[col].map(lambda v, k=kind: labels.label(k, v, lang))
    if "plan_id" in out.columns:
        out = out.rename(columns={"plan_id": "region"})
    if keep_index is None:
        names = [n for n in out.index.names if n is not None]
        keep_index = bool(names) and names != ["plan_id"]
    if keep_index:
        out = out.reset_index()
        out.columns = [("" if c == "index" else c) for c in out.columns]
    if isinstance(out.columns, pd.MultiIndex):
        out.columns = [" · ".join(str(x) for x in c if str(x)) for c in out.columns]
    out.columns = [header(c, lang) for c in out.columns]

    def shown(col: pd.Series) -> pd.Series:
        places = _places(col, decimals)
        years = _is_year_column(col.name)
        return col.map(lambda v: _cell(v, places, lang, years))

    return out.astype(object).apply(shown)


def table_html(df: pd.DataFrame, *, decimals: int = 2, long: bool | None = None,
               lang: str | None = None, keep_index: bool | None = None) -> str:
    """The table as escaped HTML (text left-aligned, wrapped); long ones searchable."""
    shown = clean(df, decimals=decimals, lang=lang, keep_index=keep_index)
    long = len(shown) > LONG_ROWS if long is None else long
    classes = "sp-table sp-long" if long else "sp-table"
    search = html_text(labels.text("table.search", lang))
    styler = (shown.style.hide(axis="index").format(escape="html")
              .format_index(escape="html", axis=1)
              .set_table_attributes(f'class="{classes}" data-search="{search}"'))
    # short columns (regions, ids, numbers) keep each value on one line, so a wide text
    # column beside them cannot squeeze a region's name to one character per line
    short = [c for c in shown.columns
             if shown[c].astype(str).str.len().max() <= NOWRAP_CHARS and len(str(c)) <= 16]
    if short:
        styler = styler.set_properties(subset=short, **{"white-space": "nowrap"})
    return styler.to_html()


EXCERPT_PLANS = 50  # beyond this many plans a long table shows an excerpt on its page
EXCERPT_ROWS = 100  # rows an excerpt holds at most (audit22 item 9: 11,048 task rows, 5.6 MB)
EXCERPT_ENDS = 10  # rows from the table's start and end an excerpt always holds
EXCERPT_NAMED = 10  # plans named in the findings whose rows an excerpt holds at most


def _plan_column(df: pd.DataFrame) -> pd.Series | None:
    """The column (or named index) of `df` holding each row's plan, as a plan id or its
    readers' name; None where no column does."""
    ids = set(labels.plan_order())
    names = {labels.plan_label(p): p for p in ids} | {labels.plan_label(p, "en"): p for p in ids} \
        | {labels.plan_label(p, "zh"): p for p in ids}
    frame = df.reset_index() if any(n is not None for n in df.index.names) else df
    for col in frame.columns:
        values = frame[col]
        if values.dtype != object:
            continue
        known = values.map(lambda v: v if v in ids else names.get(v) if isinstance(v, str) else None)
        if len(values) and known.notna().mean() > 0.9:
            return pd.Series(known.to_numpy(), index=df.index)
    return None


def excerpt(df: pd.DataFrame, n_plans: int, named: list[tuple[str, ...]] | None = None,
            limit: int = EXCERPT_ROWS) -> tuple[pd.DataFrame, list[str]]:
    """The rows of a long table a page shows among many plans (more than `EXCERPT_PLANS`), and
    the plans it shows in full. Up to `EXCERPT_PLANS` plans, or up to `limit` rows, the whole
    table (and no plans: nothing left out). Beyond, the first and last `EXCERPT_ENDS` rows and
    every row of the plans the page's findings name (`named`: each finding's plans; the
    findings naming fewest first, so a plan named as an extreme comes before the 158 plans a
    benchmark finding counts), plan by plan while they fit in `limit`, at most `EXCERPT_NAMED`
    plans (a note naming 91 plans reads no better than the table); in the table's order."""
    if n_plans <= EXCERPT_PLANS or len(df) <= limit:
        return df, []
    position = pd.Series(range(len(df)), index=df.index)
    keep = set(range(EXCERPT_ENDS)) | set(range(len(df) - EXCERPT_ENDS, len(df)))
    plans = _plan_column(df)
    shown: list[str] = []
    if plans is not None:
        for group in sorted(named or [], key=len):
            for plan in group:
                if plan in shown:
                    continue
                if len(shown) == EXCERPT_NAMED:
                    break
                rows = set(position[(plans == plan).to_numpy()])
                if not rows:  # a plan named but with no row here is not among those shown
                    continue
                if len(keep | rows) > limit:
                    break
                keep |= rows
                shown.append(plan)
    return df.iloc[sorted(keep)], shown


def sentence_plans(sentence: str, plan_ids, lang: str | None = None) -> tuple[str, ...]:
    """The plans a finding's sentence names, in the order it names them: an excerpt holds
    these, not the head of the finding's `plans` (a benchmark finding counts 158 plans and names
    five; c300's excerpts listed the first ids of that list as "named", audit23 item 1). A name
    found only inside a longer plan name the sentence holds is not counted."""
    found: list[tuple[int, int, str]] = []
    for pid in dict.fromkeys(plan_ids):
        names = {labels.plan_label(pid, lang), labels.plan_label(pid, lang, full=True)}
        spans = [(m.start(), m.end()) for name in names if name
                 for m in re.finditer(re.escape(name), sentence)]
        if spans:
            start, end = min(spans)
            found.append((start, end, str(pid)))
    kept = [f for f in found
            if not any(o is not f and o[0] <= f[0] and f[1] <= o[1] and o[1] - o[0] > f[1] - f[0]
                       for o in found)]
    return tuple(pid for _, _, pid in sorted(kept))


def excerpt_note(n_rows: int, shown_rows: int, plans: list[str], sheet: str | None,
                 lang: str | None = None, named: int | None = None) -> str:
    """What an excerpt leaves out and where the whole table is, in readers' words: 本表共 11,048
    行，这里列出其中 95 行：本页发现提到的 2 份规划（…）的全部行，以及表的开头和末尾各 10 行。全部行见工作簿
    “任务”表。 `sheet`: the code of the readers' workbook sheet holding every row; without one, the
    whole table is a download beside the note (`table`). `named`: how many plans the findings
    name in all; where the excerpt holds fewer, the note says they are some of them."""
    sep = "、" if labels.is_zh(lang) else ", "
    some = plans and named is not None and named > len(plans)
    which = labels.text("table.excerpt.plans.some" if some else "table.excerpt.plans" if plans
                        else "table.excerpt.ends", lang, n_named=named,
                        k=len(plans), plans=sep.join(labels.plan_label(p, lang) for p in plans),
                        ends=EXCERPT_ENDS)
    where = (labels.text("table.excerpt.sheet", lang, sheet=labels.label("sheet", sheet, lang))
             if sheet else labels.text("table.excerpt.download", lang))
    return labels.text("table.excerpt", lang, n=f"{n_rows:,}", shown=f"{shown_rows:,}", which=which,
                       where=where)


def _download(df: pd.DataFrame, decimals: int, keep_index: bool | None, lang: str | None) -> str:
    """A link holding the whole table as a CSV file (UTF-8 with BOM, as the build's CSV files;
    formula-like cells neutralised), for a table the page shows in part and no workbook sheet holds."""
    from sciplan_analysis.report.escape import neutralise_frame

    data = neutralise_frame(clean(df, decimals=decimals, lang=lang, keep_index=keep_index))
    text = "\ufeff" + data.to_csv(index=False)
    href = "data:text/csv;charset=utf-8;base64," + base64.b64encode(text.encode("utf-8")).decode("ascii")
    # numbered by the page's downloads, not its figures: two tables between two figures had
    # one name (c300 page 01, audit23 item 10)
    _state.downloads += 1
    name = f"{_state.page or 'table'}-table{_state.downloads}.csv"
    return (f'<p><a download="{html_text(name)}" href="{href}">'
            f'{html_text(labels.text("table.excerpt.link", lang))}</a></p>')


def _page_findings_all(n_plans: int) -> list[fnd.Finding]:
    """The findings opening the page and those its charts state: the plans an excerpt keeps. Computed only
    among many plans (an excerpt is made only there)."""
    if n_plans <= EXCERPT_PLANS or _state.tables is None:
        return _state.findings
    if _state.chart_findings is None:
        _state.chart_findings = fnd.compute(_state.tables, fnd.CHART_FINDINGS.get(_state.page, ()), _state.lang)
    return [*_state.findings, *_state.chart_findings]


def table(df: pd.DataFrame, *, decimals: int = 2, long: bool | None = None,
          keep_index: bool | None = None, sheet: str | None = None) -> None:
    """Show a table for readers (see `table_html`). Among many plans a long table shows an
    excerpt (`excerpt`), a note saying so and where every row is: the readers' workbook's
    `sheet` (a sheet code, labels.csv ``sheet``), else a CSV download of the whole table."""
    from IPython.display import HTML, Markdown

    if df.empty:
        _display(Markdown(markdown_text(labels.text("table.empty"))))
        return
    if df.attrs.get("note"):  # a table given a row per category among many plans (`wide`): why
        _display(Markdown(markdown_text(str(df.attrs["note"]))))
    n_plans = len(_state.tables.corpus.plans) if _state.tables is not None else 0
    ids = _state.tables.corpus.plans["plan_id"] if _state.tables is not None else []
    named = [sentence_plans(f.sentence, list(f.plans) + list(ids)) for f in _page_findings_all(n_plans)]
    shown, plans = excerpt(df, n_plans, named)
    if len(shown) < len(df):
        in_table = _plan_column(df)
        n_named = len({p for group in named for p in group
                       if in_table is not None and (in_table == p).any()})
        _display(Markdown(markdown_text(excerpt_note(len(df), len(shown), plans, sheet,
                                                     named=n_named))))
        if sheet is None:
            _display(HTML(_download(df, decimals, keep_index, None)))
        long = True  # searchable, as the whole table would be
    _display(HTML(table_html(shown, decimals=decimals, long=long, keep_index=keep_index)))


def say(text: str) -> None:
    """Show a computed sentence (plan text escaped) as Markdown; an empty one shows nothing (a
    note that does not apply to this corpus: `sim.fragment_sections_note` without a fragment)."""
    from IPython.display import Markdown

    if not text:
        return
    _display(Markdown(markdown_text(text)))


def cell_heading(tool: str, category: str, n: int, lang: str | None = None) -> str:
    """Which cell of the tool × category matrix a list of clauses is, in readers' words
    ("资金投入 × 组织实施与保障：14 条条款"): the page's parameters are codes a reader never sees."""
    return labels.text("instruments.cell", lang, tool=labels.label("instrument_tool", tool, lang),
                       category=labels.category_label(category, lang), n=n)


def _tool_word(tool: str, lang: str | None) -> str:
    """A tool's label inside a sentence: as labels.csv has it in Chinese, its first letter
    lowered in English (Education and training → education and training)."""
    word = labels.label("instrument_tool", tool, lang)
    if labels.is_zh(lang) or len(word) < 2 or not word[1].islower():
        return word
    return word[0].lower() + word[1:]


def instrument_coding_text(lang: str | None = None) -> str:
    """Page 07's paragraph on how clauses are coded, its tools named by their labels
    (labels.csv, ``instrument_tool``), grouped by type as the scheme groups them, so the
    paragraph names each tool as the charts, findings, workbook and scheme page do."""
    from sciplan_analysis.tables import INSTRUMENT_TOOLS

    sep = "、" if labels.is_zh(lang) else ", "
    by_type = {kind: sep.join(_tool_word(t, lang) for t, k in INSTRUMENT_TOOLS.items() if k == kind)
               for kind in ("supply", "environment", "demand")}
    sides = {f"{kind}_side": labels.label("instrument_type", kind, lang)
             for kind in ("supply", "environment", "demand")}
    if not labels.is_zh(lang):  # the sentence opens on the supply side
        sides["supply_side"] = sides["supply_side"][:1].upper() + sides["supply_side"][1:]
    return labels.text("instruments.coding", lang, **by_type, **sides,
                       none=_tool_word("none", lang),
                       services=_tool_word("services", lang),
                       n=sum(1 for t in INSTRUMENT_TOOLS if t != "none"))


def instrument_coding(lang: str | None = None) -> None:
    """Show page 07's coding paragraph (`instrument_coding_text`) with its link to the
    scheme's page."""
    from IPython.display import Markdown

    from sciplan_analysis.report.notebooks import SCHEME_PAGE

    link = markdown_text(labels.text("instruments.coding.link", lang))
    stop = "。" if labels.is_zh(lang) else "."
    space = "" if labels.is_zh(lang) else " "
    _display(Markdown(f"{markdown_text(instrument_coding_text(lang))}{space}[{link}]({SCHEME_PAGE})"
                      f"{stop}"))


def matrix_note(corpus: Corpus, plan_id: str, lang: str | None = None) -> str:
    """What a hatched cell of one plan's tool × category matrix means, as the chart marks it
    (`charts.instrument_matrix_heatmap`): for a fragment, 现存文本未见 because its text lost that
    part; for a page that is not the plan's text (news, a paper …), 现存文本未见 because it does not
    mention the category; for a whole plan's text, 无此类: the plan has no task of it. Never 0."""
    from sciplan_analysis.analysis import scope

    why = scope.reasons(corpus).get(plan_id)
    if why is not None:
        return labels.text("instruments.matrix.lost" if why == scope.FRAGMENT
                           else "instruments.matrix.unsaid", lang, mark=labels.unsaid(lang))
    return labels.text("instruments.matrix.none", lang, mark=labels.text("instruments.matrix.none_mark",
                                                                         lang))


def instrument_review(corpus: Corpus) -> None:
    """Page 07's note on which codes to check by hand first (where the rules read another tool
    than the model's code, ``clauses.review``), how many clauses were checked by hand (`parsing.checks`), then each
    plan's clauses checked and to check, a count beside the share."""
    from sciplan_analysis.analysis.instruments import checked_text, review_counts

    say(labels.text("instruments.review.note"))
    counts = review_counts(corpus)
    checked, of = int(counts["checked"].sum()), int(counts["n_clauses"].sum())
    # none checked yet is said so (尚无条款经人工核对), never as a count done (已人工核对 0/4471)
    say(labels.text("instruments.checks.note" + ("" if checked else ".none"), checked=f"{checked:,}",
                    of=f"{of:,}"))
    counts["checked"] = [checked_text(c, n) for c, n in zip(counts["checked"], counts["n_clauses"],
                                                            strict=True)]
    table(counts, decimals=1)


def instrument_reliability(corpus: Corpus) -> None:
    """Page 07's note on how far the coding can be trusted for the corpus's kinds of document:
    a sentence saying what was measured, then the table (`analysis.instruments.reliability_table`:
    counts beside shares, 未测 / not measured where no plan of a kind was checked)."""
    from sciplan_analysis.analysis.instruments import reliability_table

    say(labels.text("instruments.reliability.note"))
    table(reliability_table(corpus.plans["doc_type"], titles=corpus.plans["title"]))
