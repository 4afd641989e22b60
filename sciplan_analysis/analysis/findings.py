"""The report's findings: one sentence each, with its numbers, computed from the tables.

Each finding function takes the corpus (and, where it needs them, the similarity and reuse
tables the build wrote) and returns a `Finding`: an id, the sentence in the build's language
(templates in ``data/reference/labels.csv``, kind ``finding``), the values it states, a short
headline for its chart, and the chart (``figure``, the exported name) and page that show it.
A finding the data cannot support (no plan with targets, a single plan) is None, never a
sentence with blanks. Pure pandas: no plotting.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from sciplan_analysis import labels
from sciplan_analysis.analysis import categories, overview, targets, workload
from sciplan_analysis.analysis import reuse as ru
from sciplan_analysis.analysis import similarity as sim
from sciplan_analysis.tables import Corpus

__all__ = ["INDEX", "PAGES", "Finding", "Tables", "compute", "index_findings", "page_findings",
           "source_note"]


@dataclass(frozen=True)
class Finding:
    """One finding: `sentence` states it, `values` hold its numbers, `figure` shows it."""

    id: str
    sentence: str
    values: dict[str, Any]
    figure: str
    page: str
    title: str = ""

    @property
    def anchor(self) -> str:
        """The HTML id of the figure on its page."""
        return f"fig-{self.figure}"

    @property
    def href(self) -> str:
        """Link from the index to the figure that shows the finding."""
        return f"{self.page}.html#{self.anchor}"


@dataclass
class Tables:
    """The derived tables some findings need; loaded from data/processed/ on first use."""

    corpus: Corpus
    similarity: pd.DataFrame | None = None
    reuse: pd.DataFrame | None = None
    pairs: pd.DataFrame | None = None
    _cache: dict[str, Any] = field(default_factory=dict)

    def get_similarity(self) -> pd.DataFrame:
        if self.similarity is None:
            self.similarity = sim.load_similarity(self.corpus)
        return self.similarity

    def get_reuse(self) -> tuple[pd.DataFrame, pd.DataFrame]:
        if self.reuse is None or self.pairs is None:
            self.reuse, self.pairs = ru.load_reuse(self.corpus)
        return self.reuse, self.pairs


def _t(code: str, lang: str | None, **values: Any) -> str:
    return labels.label("finding", code, lang).format(**values)


def _plan(plan_id: str, lang: str | None) -> str:
    return labels.plan_label(str(plan_id), lang)


def _join(items: Iterable[str], lang: str | None) -> str:
    """Items joined for a sentence; English names hold commas ("Jinjiang District, Chengdu"),
    so English lists use "and" and semicolons."""
    items = list(items)
    if labels.is_zh(lang):
        return "、".join(items)
    return " and ".join(items) if len(items) <= 2 else "; ".join(items[:-1]) + "; and " + items[-1]


def _finding(fid: str, lang: str | None, figure: str, page: str, values: dict[str, Any],
             code: str | None = None, title_code: str | None = None) -> Finding:
    sentence = _t(code or fid, lang, **values)
    title = _t(title_code, lang, **values) if title_code else ""
    return Finding(fid, sentence, values, figure, page, title)


def _statuses(corpus: Corpus) -> pd.Series:
    return corpus.plans.set_index("plan_id")["status"].astype(str)


# --------------------------------------------------------------------------- 01 overview


def length(tables: Tables, lang: str | None = None) -> Finding | None:
    """The shortest and the longest text, and the range of task counts."""
    corpus = tables.corpus
    facts = overview.plan_facts(corpus).set_index("plan_id")
    chars = pd.to_numeric(facts["n_chars"], errors="coerce").dropna()
    tasks = overview.structure_counts(corpus).set_index("plan_id")["tasks"].astype(float)
    if len(chars) < 2:
        return None
    short, long_ = chars.idxmin(), chars.idxmax()
    values = {"short": _plan(short, lang), "short_chars": int(chars[short]),
              "short_status": labels.status_label(facts["status"].get(short), lang),
              "long": _plan(long_, lang), "long_chars": int(chars[long_]),
              "min_tasks": int(tasks.min()), "max_tasks": int(tasks.max())}
    return _finding("length", lang, "01_structure", "01_corpus_overview", values,
                    title_code="length.title")


def completeness(tables: Tables, lang: str | None = None) -> Finding | None:
    """How many texts are final, and which are a fragment or a draft."""
    status = _statuses(tables.corpus)
    fragments = [p for p, s in status.items() if s == "fragment"]
    drafts = [p for p, s in status.items() if s == "draft"]
    if not fragments or not drafts:
        return None
    values = {"n_final": int((status == "final").sum()), "n_plans": len(status),
              "fragments": _join((_plan(p, lang) for p in fragments), lang),
              "drafts": _join((_plan(p, lang) for p in drafts), lang)}
    return _finding("completeness", lang, "01_structure", "01_corpus_overview", values)


# --------------------------------------------------------------------------- 02 targets


def quantified(tables: Tables, lang: str | None = None) -> Finding | None:
    """The plan with most quantified commitments per task, against the next."""
    spec = targets.specificity(tables.corpus).set_index("plan_id")["per_task"].astype(float)
    spec = spec.dropna().sort_values(ascending=False)
    if len(spec) < 2 or spec.iloc[1] <= 0:
        return None
    values = {"top": _plan(spec.index[0], lang), "top_value": float(spec.iloc[0]),
              "second": _plan(spec.index[1], lang), "second_value": float(spec.iloc[1]),
              "ratio": float(spec.iloc[0] / spec.iloc[1]), "top_id": spec.index[0]}
    return _finding("quantified", lang, "02_specificity", "02_targets", values,
                    title_code="quantified.title")


def horizon(tables: Tables, lang: str | None = None) -> Finding | None:
    """Which plans alone set a target for the latest year any plan names."""
    tg = targets.literacy_targets(tables.corpus)
    tg = tg[(tg["kind"] == "target")].dropna(subset=["year", "value"])
    if tg.empty:
        return None
    years = tg["year"].astype(int)
    latest = int(years.max())
    ahead = tg[years == latest]
    others = tg[years < latest]
    plans = list(dict.fromkeys(ahead["plan_id"].astype(str)))
    if others.empty:
        return None
    values = {"plans": _join((_plan(p, lang) for p in plans), lang), "year": latest,
              "value": float(ahead["value"].iloc[0]), "other_year": int(others["year"].max()),
              "plan_ids": plans}
    code = "horizon.one" if len(plans) == 1 else "horizon.many"
    return _finding("horizon", lang, "02_targets", "02_targets", values, code=code,
                    title_code="horizon.title")


def target_range(tables: Tables, lang: str | None = None) -> Finding | None:
    """The spread of the targets for the year most plans name (the highest value per plan)."""
    tg = targets.literacy_targets(tables.corpus)
    tg = tg[tg["kind"] == "target"].dropna(subset=["year", "value"])
    if tg.empty:
        return None
    year = int(tg.groupby("year")["plan_id"].nunique().sort_values(kind="stable").index[-1])
    best = tg[tg["year"] == year].groupby("plan_id")["value"].min().astype(float)
    if len(best) < 2:
        return None
    values = {"year": year, "low": _plan(best.idxmin(), lang), "low_value": best.min(),
              "high": _plan(best.idxmax(), lang), "high_value": best.max(), "n": len(best)}
    return _finding("range", lang, "02_targets", "02_targets", values)


# --------------------------------------------------------------------------- 03 categories


def _complete_zeros(tables: Tables) -> pd.DataFrame:
    matrix = categories.category_matrix(tables.corpus, "tasks")
    return matrix.loc[[c for c in matrix.index if c != "other"]]


def left_out(tables: Tables, lang: str | None = None, limit: int = 4) -> Finding | None:
    """Categories at least one complete plan leaves out (0 tasks where its text is whole)."""
    matrix = _complete_zeros(tables)
    gaps = matrix.eq(0)
    rows = gaps[gaps.any(axis=1)]
    if rows.empty:
        return None
    has = matrix.gt(0)
    order = has.loc[rows.index].sum(axis=1).sort_values(kind="stable")
    items = []
    for category in order.index[:limit]:
        with_it = [p for p in matrix.columns if has.at[category, p]]
        without = [p for p in matrix.columns if gaps.at[category, p]]
        name = labels.category_label(category, lang)
        if len(with_it) <= len(without):
            items.append(_t("left_out.only", lang, category=name,
                            plans=_join((_plan(p, lang) for p in with_it), lang)))
        else:
            items.append(_t("left_out.missing", lang, category=name,
                            plans=_join((_plan(p, lang) for p in without), lang)))
    values = {"n": len(rows), "items": _join(items, lang), "categories": list(rows.index)}
    return _finding("left_out", lang, "03_category_bars", "03_task_categories", values,
                    title_code="left_out.title")


def covered(tables: Tables, lang: str | None = None, limit: int = 5) -> Finding | None:
    """Categories every complete plan addresses."""
    matrix = _complete_zeros(tables)
    everywhere = [c for c in matrix.index if (matrix.loc[c].dropna() > 0).all()
                  and matrix.loc[c].notna().sum() > 1]
    if not everywhere:
        return None
    values = {"n": len(everywhere), "categories": everywhere,
              "items": _join((labels.category_label(c, lang) for c in everywhere[:limit]), lang)}
    return _finding("covered", lang, "03_category_heatmap", "03_task_categories", values)


# --------------------------------------------------------------------------- 04 workload


def lead(tables: Tables, lang: str | None = None) -> Finding | None:
    """How concentrated the lead role is on the busiest unit, plan by plan."""
    conc = workload.lead_concentration(tables.corpus).dropna(subset=["top_share"])
    if len(conc) < 2:
        return None
    conc = conc.set_index("plan_id")
    high, low = conc["top_share"].astype(float).idxmax(), conc["top_share"].astype(float).idxmin()
    units = set(conc["top_unit"].astype(str))
    unit_col = "top_unit" if labels.is_zh(lang) else "top_unit_en"
    values = {"unit": str(conc.at[high, unit_col]), "high": _plan(high, lang),
              "high_share": float(conc.at[high, "top_share"]), "low": _plan(low, lang),
              "low_share": float(conc.at[low, "top_share"])}
    code = "lead.same" if len(units) == 1 else "lead.mixed"
    return _finding("lead", lang, "04_top_units", "04_unit_workload", values, code=code,
                    title_code="lead.title")


def lead_units(tables: Tables, lang: str | None = None) -> Finding | None:
    """The range of the number of distinct lead units, and plans that name none."""
    conc = workload.lead_concentration(tables.corpus).set_index("plan_id")
    n = pd.to_numeric(conc["lead_units"], errors="coerce")
    known = n.dropna()
    none = [p for p in n.index if pd.isna(n[p])]
    if len(known) < 2 or not none:
        return None
    values = {"low": _plan(known.idxmin(), lang), "low_n": int(known.min()),
              "high": _plan(known.idxmax(), lang), "high_n": int(known.max()),
              "none": _join((_plan(p, lang) for p in none), lang)}
    return _finding("lead_units", lang, "04_unit_lead_heatmap", "04_unit_workload", values)


# --------------------------------------------------------------------------- 05 similarity


def similar(tables: Tables, lang: str | None = None, analyzer: str = "word") -> Finding | None:
    """The most alike pair on whole texts, and on the sections both plans have."""
    table = tables.get_similarity()
    table = table[table["analyzer"] == analyzer]
    whole = table[table["scope"] == "whole"].sort_values("score", ascending=False)
    shared = table[table["scope"] == "shared"].sort_values("score", ascending=False)
    if whole.empty or shared.empty:
        return None
    w, s = whole.iloc[0], shared.iloc[0]
    values = {"a": _plan(w.plan_a, lang), "b": _plan(w.plan_b, lang), "score": float(w.score),
              "c": _plan(s.plan_a, lang), "d": _plan(s.plan_b, lang), "shared": float(s.score)}
    return _finding("similar", lang, "similarity_whole", "05_similarity", values,
                    title_code="similar.title")


def similar_low(tables: Tables, lang: str | None = None, analyzer: str = "word") -> Finding | None:
    """The least alike pair on whole texts."""
    table = tables.get_similarity()
    whole = table[(table["analyzer"] == analyzer) & (table["scope"] == "whole")]
    if len(whole) < 2:
        return None
    w = whole.sort_values("score").iloc[0]
    values = {"a": _plan(w.plan_a, lang), "b": _plan(w.plan_b, lang), "score": float(w.score)}
    return _finding("similar_low", lang, "similarity_whole", "05_similarity", values)


# --------------------------------------------------------------------------- 06 reuse


def reuse(tables: Tables, lang: str | None = None) -> Finding | None:
    """How much of a parent plan recurs in its child's, against the next pair."""
    shares, _pairs = tables.get_reuse()
    check, _ = ru.parent_child_check(shares, tables.get_similarity(), tables.corpus.plans)
    if check.empty:
        return None
    row = check.sort_values("share", ascending=False).iloc[0]
    other = str(row.best_other or "")
    src, _, tgt = other.partition("→")
    values = {"parent": _plan(row.parent, lang), "child": _plan(row.child, lang),
              "share": float(row.share), "other_share": float(row.best_other_share),
              "other": f"{_plan(src, lang)} → {_plan(tgt, lang)}", "ratio": float(row.ratio),
              "n_reused": int(row.n_reused), "n_sentences": int(row.n_sentences)}
    return _finding("reuse", lang, "reuse_matrix", "06_text_reuse", values,
                    title_code="reuse.title")


def own_text(tables: Tables, lang: str | None = None) -> Finding | None:
    """The plan with the least and the most text of its own."""
    _shares, pairs = tables.get_reuse()
    own = ru.own_text(tables.corpus, pairs).set_index("plan_id")["own_share"].astype(float)
    own = own.dropna()
    if len(own) < 2:
        return None
    values = {"plan": _plan(own.idxmin(), lang), "share": float(own.min()),
              "top": _plan(own.idxmax(), lang), "top_share": float(own.max())}
    return _finding("own_text", lang, "reuse_own_text", "06_text_reuse", values,
                    title_code="own_text.title")


# --------------------------------------------------------------------------- 07 instruments


def _type_extremes(tables: Tables, column: str) -> dict[str, Any] | None:
    from sciplan_analysis.analysis.instruments import type_shares

    shares = type_shares(tables.corpus).set_index("plan_id")[column].astype(float).dropna()
    if len(shares) < 2:
        return None
    return {"high": _plan(shares.idxmax(), "zh"), "high_id": shares.idxmax(),
            "high_share": float(shares.max()), "low_id": shares.idxmin(),
            "low_share": float(shares.min())}


def demand(tables: Tables, lang: str | None = None) -> Finding | None:
    """The plans leaning most and least on demand-side instruments."""
    values = _type_extremes(tables, "demand")
    if values is None:
        return None
    values.update(high=_plan(values["high_id"], lang), low=_plan(values["low_id"], lang))
    return _finding("demand", lang, "07_instrument_types", "07_policy_instruments", values,
                    title_code="demand.title")


def no_means(tables: Tables, lang: str | None = None) -> Finding | None:
    """The plans with most and fewest clauses that name no means."""
    values = _type_extremes(tables, "none")
    if values is None:
        return None
    values.update(high=_plan(values["high_id"], lang), low=_plan(values["low_id"], lang))
    return _finding("no_means", lang, "07_instrument_types", "07_policy_instruments", values)


# --------------------------------------------------------------------------- selections

FINDERS: dict[str, Callable[..., Finding | None]] = {
    "length": length, "completeness": completeness, "quantified": quantified,
    "horizon": horizon, "range": target_range, "left_out": left_out, "covered": covered,
    "lead": lead, "lead_units": lead_units, "similar": similar, "similar_low": similar_low,
    "reuse": reuse, "own_text": own_text, "demand": demand, "no_means": no_means,
}
# The index's findings, in reading order, and each page's own.
INDEX = ("completeness", "quantified", "horizon", "left_out", "lead", "reuse", "similar")
PAGES: dict[str, tuple[str, ...]] = {
    "01_corpus_overview": ("completeness", "length"),
    "02_targets": ("quantified", "horizon", "range"),
    "03_task_categories": ("left_out", "covered"),
    "04_unit_workload": ("lead", "lead_units"),
    "05_similarity": ("similar", "similar_low"),
    "06_text_reuse": ("reuse", "own_text"),
    "07_policy_instruments": ("demand", "no_means"),
}


def compute(corpus: Corpus | Tables, ids: Iterable[str], lang: str | None = None) -> list[Finding]:
    """The findings `ids` (keys of `FINDERS`) that the data supports, in the order asked."""
    tables = corpus if isinstance(corpus, Tables) else Tables(corpus)
    out = []
    for fid in ids:
        if fid not in FINDERS:
            raise KeyError(f"no finding {fid!r} (known: {', '.join(FINDERS)})")
        found = FINDERS[fid](tables, lang)
        if found is not None:
            out.append(found)
    return out


def index_findings(corpus: Corpus | Tables, lang: str | None = None) -> list[Finding]:
    """The findings that open the report's index."""
    return compute(corpus, INDEX, lang)


def page_findings(corpus: Corpus | Tables, page: str, lang: str | None = None) -> list[Finding]:
    """The two or three findings that open a notebook page (its file stem)."""
    return compute(corpus, PAGES.get(page, ()), lang)


def find(found: Iterable[Finding], figure: str) -> Finding | None:
    """The first finding that points to `figure`."""
    return next((f for f in found if f.figure == figure), None)


# --------------------------------------------------------------------------- notes


def source_note(corpus: Corpus, lang: str | None = None, *, units: bool = False) -> str:
    """Source and caveats under a chart: the texts, the fragment, the drafts (and, with
    `units`, the plans assigning units per group or naming none)."""
    status = _statuses(corpus)
    parts = [labels.text("note.source", lang, n=len(status))]
    fragments = [_plan(p, lang) for p, s in status.items() if s == "fragment"]
    drafts = [_plan(p, lang) for p, s in status.items() if s == "draft"]
    if fragments:
        parts.append(labels.text("note.fragment", lang, plans=_join(fragments, lang)))
    if drafts:
        parts.append(labels.text("note.draft", lang, plans=_join(drafts, lang)))
    if units:
        basis = workload.assignment_basis(corpus)
        group = [_plan(p, lang) for p, b in basis.items() if b == workload.BASIS_GROUP]
        if group:
            parts.append(labels.text("note.group_table", lang, plans=_join(group, lang)))
    return (" " if not labels.is_zh(lang) else "").join(parts)
