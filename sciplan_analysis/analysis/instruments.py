"""Policy instruments across plans: which means each plan uses, and on whom.

The ``clauses`` table (written by the build; coded in `parsing.instruments` under
``INSTRUMENTS.md`` by a model learned from hand-coded clauses, reading the text and the rules'
code, `parsing.learned`) gives each clause a tool and a type; here the plans are compared on it:
type shares, tools × plans, and the tool × category matrix (the X–Y matrix of Chinese
policy-text research). Pure pandas: no plotting.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from sciplan_analysis import labels
from sciplan_analysis.analysis.result import record
from sciplan_analysis.errors import PlanError
from sciplan_analysis.parsing.checks import CHECKED, note_of
from sciplan_analysis.parsing.instruments import (
    NO_TITLE,
    RELIABILITY_FILE,
    TOOLS,
    TYPES,
    reliability,
)
from sciplan_analysis.tables import Corpus

__all__ = ["TOOLS", "TYPES", "categories_reached", "cell_clauses", "checked_text", "cue_text", "describe", "plan_lacking_most",
           "reliability_table", "review_counts", "tool_category_matrix", "tool_counts", "type_shares",
           "with_category", "with_review_text"]


def _plan_ids(corpus: Corpus) -> list[str]:
    return [str(p) for p in corpus.plans["plan_id"]]


def _clauses(corpus: Corpus, table: pd.DataFrame | None) -> pd.DataFrame:
    return corpus.clauses if table is None else table


def type_shares(corpus: Corpus, table: pd.DataFrame | None = None) -> pd.DataFrame:
    """Share (%) of supply / environment / demand / none clauses per plan: one row per plan
    (plan_id first), a column per type and ``n_clauses``; a plan without clauses is NA."""
    table = _clauses(corpus, table)
    counts = pd.crosstab(table["plan_id"], table["type"]).reindex(
        index=_plan_ids(corpus), columns=list(TYPES)).fillna(0)
    totals = counts.sum(axis=1)
    shares = counts.div(totals.where(totals > 0), axis=0) * 100
    shares["n_clauses"] = totals.astype(int)
    shares.columns.name = None
    out = shares.rename_axis("plan_id").reset_index()
    return record(out, value="percent of the plan's clauses", types=list(TYPES))


def tool_counts(corpus: Corpus, table: pd.DataFrame | None = None,
                share: bool = False) -> pd.DataFrame:
    """Clauses per tool (rows, scheme order) × plan (columns): a view for heatmaps; percent
    of the plan's clauses when `share`."""
    table = _clauses(corpus, table)
    plans = _plan_ids(corpus)
    m = pd.crosstab(table["tool"], table["plan_id"]).reindex(index=list(TOOLS), columns=plans)
    m = m.fillna(0).astype(int)
    if share:
        tot = m.sum(axis=0)
        m = m.div(tot.where(tot > 0), axis=1) * 100
    m.index.name, m.columns.name = "tool", "plan_id"
    return record(m, value="percent of clauses" if share else "clauses")


def review_counts(corpus: Corpus, table: pd.DataFrame | None = None) -> pd.DataFrame:
    """Per plan (plan_id first): its clauses, how many a researcher has checked by hand
    (``clauses.coded_by == "checked"``, `parsing.checks`), how many the rules read otherwise
    than the model's code (``clauses.review``: two readings disagree, the ones to check by hand
    first; a checked clause is never among them) and their share (%); a plan without clauses
    has NA shares."""
    table = _clauses(corpus, table)
    plans = _plan_ids(corpus)
    n = table.groupby("plan_id").size().reindex(plans, fill_value=0)
    flagged = table[table["review"].notna()].groupby("plan_id").size().reindex(plans, fill_value=0)
    checked = (table[table["coded_by"] == CHECKED] if "coded_by" in table else table.iloc[:0])
    checked = checked.groupby("plan_id").size().reindex(plans, fill_value=0)
    out = pd.DataFrame({"plan_id": plans, "n_clauses": n.to_numpy(dtype=int),
                        "checked": checked.to_numpy(dtype=int),
                        "to_review": flagged.to_numpy(dtype=int)})
    out["review_share"] = out["to_review"] / out["n_clauses"].where(out["n_clauses"] > 0) * 100
    return record(out, value="clauses checked by hand; clauses the rules read otherwise than the code")


def checked_text(checked: object, of: object, lang: str | None = None) -> str:
    """How many of a plan's clauses were checked by hand, the count beside the share:
    '12/140 条（9%）' / '12/140 (9%)'; 未提及 / not stated for a plan without clauses."""
    if pd.isna(of) or not of:
        return labels.not_stated(lang)
    return labels.text("instruments.checks.count", lang, checked=int(checked), of=int(of),
                       share=int(checked) / int(of) * 100)


# The prefixes the coder (`parsing.instruments`) writes before a clause's text in its cue, where
# no cue word decided the code: each read as its label (``text``, ``instruments.cue.<code>``).
CUE_FORMS = (
    (re.compile(r"programme title: (?P<text>.*)", re.S), "programme"),
    (re.compile(r"aim: (?P<text>.*)", re.S), "aim"),
    (re.compile(r"structure: (?P<text>.*)", re.S), "structure"),
    (re.compile(r"section (?P<section>[a-z_]+): (?P<text>.*)", re.S), "section"),
    (re.compile(r"role (?P<role>[a-z_]+) \((?P<row>[^)]*)\): (?P<text>.*)", re.S), "role"),
)


def cue_text(cue: object, lang: str | None = None) -> str:
    """A clause's cue (``clauses.cue``, as the coder wrote it) in readers' words: a cue word
    stays as written (开展…活动 → 讲座 too); a prefix the coder writes where no cue word decided
    (``programme title:``, ``aim:``, ``structure:``, ``section goals:``, ``role news (id):``)
    becomes its label, the row's id left out; an empty cue (no cue word found: the clause is
    coded no means named) reads 未找到表示手段的词 / no word naming a means. The table keeps
    the coder's value."""
    if not isinstance(cue, str) or not cue.strip():
        return labels.text("instruments.cue.none", lang)
    for pattern, code in CUE_FORMS:
        m = pattern.fullmatch(cue)
        if m is None:
            continue
        parts = m.groupdict()
        values = {"text": parts["text"]}
        if "section" in parts:
            values["section"] = _cue_word("section", parts["section"], lang)
        if "role" in parts:
            values["role"] = _cue_word("role", parts["role"], lang)
        return labels.text(f"instruments.cue.{code}", lang, **values)
    return cue


def _cue_word(kind: str, code: str, lang: str | None) -> str:
    """A section kind's or a clause role's label in a cue; an unknown code (a kind added to
    the coder without its label) reads as itself."""
    key = f"instruments.cue.{kind}.{code}"
    return labels.text(key, lang) if key in labels.labels_of("text") else code


def with_review_text(clauses: pd.DataFrame, lang: str | None = None) -> pd.DataFrame:
    """The clauses with ``review`` as a reader sees it: the rules' tool where it differs from the
    code (its label), else empty; where the table has ``coded_by``, it reads 学得的模型 / learned
    model or 人工核对 / checked by hand, and a checked clause's cue is the
    researcher's note in readers' words (人工核对：<note>), not the ``checked:`` marker; any
    other cue reads as `cue_text` gives it."""
    out = clauses.copy()
    checked = (out["coded_by"] == CHECKED) if "coded_by" in out else pd.Series(False, index=out.index)
    if "cue" in out:
        out["cue"] = out["cue"].where(checked, out["cue"].map(lambda cue: cue_text(cue, lang)))
    out["review"] = out["review"].map(
        lambda v: labels.label("instrument_tool", v, lang) if isinstance(v, str) else "")
    if "coded_by" in out:
        checked = out["coded_by"] == CHECKED
        if "cue" in out and checked.any():
            out.loc[checked, "cue"] = out.loc[checked, "cue"].map(
                lambda cue: labels.text("instruments.checks.cue", lang, note=note_of(str(cue)))
                if note_of(str(cue)) else labels.label("coded_by", CHECKED, lang))
        out["coded_by"] = out["coded_by"].map(
            lambda v: labels.label("coded_by", v, lang) if isinstance(v, str) else "")
    return out


def with_category(corpus: Corpus, table: pd.DataFrame | None = None) -> pd.DataFrame:
    """The clauses with their task's category (tasks.category: the task's own where it names
    a population or project, else its group's)."""
    table = _clauses(corpus, table)
    cats = corpus.tasks[["plan_id", "task_id", "category"]]
    return table.merge(cats, on=["plan_id", "task_id"], how="left")


def tool_category_matrix(corpus: Corpus, table: pd.DataFrame | None = None,
                         plan_id: str | None = None, whole: bool = False) -> pd.DataFrame:
    """Clauses per tool (rows) × category (columns), for one plan or (None) the corpus.

    A column is NA, not 0, where the plan has no task of that category (the plan lacks the
    category, so nothing can be said of its tools there); ``attrs['absent']`` lists them.
    With `whole` (and no `plan_id`), the corpus's whole plans only: the texts that are no whole
    plan (`scope.reasons`: a fragment, a news item …) are left out of the pooled counts and
    listed in ``attrs['left_out']`` (`scope.LeftOut`), as a pooled claim ("funding gathers in
    Implementation and safeguards") is a claim about plans, and half a plan that kept only its
    implementation part would push every tool there (audit22 item 4: the Chongqing fragment
    gave 6 of the 11 incentives clauses found there).
    """
    from sciplan_analysis.analysis import scope

    coded = with_category(corpus, table)
    order = labels.category_order()
    present_all = set(coded["category"].dropna())
    categories = [c for c in order if c in present_all] + sorted(present_all - set(order))
    left_out: list[str] = []
    if plan_id is not None:
        if plan_id not in set(_plan_ids(corpus)):
            raise PlanError(f"plan {plan_id!r} is not in the corpus (its plans: "
                            f"{', '.join(_plan_ids(corpus)[:10])}{' …' if len(corpus.plans) > 10 else ''})")
        coded = coded[coded["plan_id"] == plan_id]
    elif whole:
        left_out = scope.not_whole(corpus)
        coded = coded[~coded["plan_id"].astype(str).isin({str(p) for p in left_out})]
    m = pd.crosstab(coded["tool"], coded["category"]).reindex(index=list(TOOLS), columns=categories)
    m = m.fillna(0).astype("Int64")
    absent = [c for c in categories if c not in set(coded["category"].dropna())]
    for c in absent:
        m[c] = pd.array([pd.NA] * len(m), dtype="Int64")
    m.index.name, m.columns.name = "tool", "category"
    m.attrs["absent"] = absent
    m.attrs["left_out"] = left_out
    return record(m, plan_id=plan_id or ("whole plans" if whole else "corpus"), value="clauses",
                  NA="the plan has no task of this category")


def plan_lacking_most(corpus: Corpus, table: pd.DataFrame | None = None) -> str | None:
    """The plan whose clauses reach the fewest of the corpus's categories (the first in the
    plans table on a tie): the one plan whose tool × category matrix shows most gaps, which
    page 07 draws unless a plan is named. None for a corpus without plans."""
    reached = categories_reached(corpus, table)
    return str(reached.idxmin()) if len(reached) else None


def categories_reached(corpus: Corpus, table: pd.DataFrame | None = None) -> pd.Series:
    """Per plan (in the plans table's order), how many categories its clauses reach: the
    count `plan_lacking_most` ranks by, so a finding can say which plans tie with it."""
    coded = with_category(corpus, table).dropna(subset=["category"])
    return coded.groupby("plan_id")["category"].nunique().reindex(_plan_ids(corpus)).fillna(0).astype(int)


def cell_clauses(corpus: Corpus, table: pd.DataFrame | None = None, tool: str | None = None,
                 category: str | None = None, plan_id: str | None = None) -> pd.DataFrame:
    """The clauses behind a cell of the matrices above (None = any), plan_id first."""
    coded = with_category(corpus, table)
    keep = pd.Series(True, index=coded.index)
    if tool is not None:
        keep &= coded["tool"] == tool
    if category is not None:
        keep &= coded["category"] == category
    if plan_id is not None:
        keep &= coded["plan_id"] == plan_id
    return record(coded[keep].reset_index(drop=True), tool=tool, category=category,
                  plan_id=plan_id)


def describe(corpus: Corpus, table: pd.DataFrame | None = None,
             lang: str | None = None) -> list[str]:
    """What stands out, said plainly: computed sentences for a notebook's narrative.

    Each plan's leading type of instrument and its share; the plan that leans most on the
    demand side; the most used tool in the corpus; the categories the fragment cannot speak to.
    """
    table = _clauses(corpus, table)
    zh = labels.is_zh(lang)
    shares = type_shares(corpus, table).set_index("plan_id")
    means = [t for t in TYPES if t != "none"]
    lines = []
    for plan_id, row in shares.iterrows():
        name = labels.plan_label(plan_id, lang)
        if not row["n_clauses"]:
            lines.append(f"{name}：{labels.not_stated(lang)}" if zh else f"{name}: {labels.not_stated(lang)}")
            continue
        top = max(means, key=lambda t: (row[t], -means.index(t)))
        kind = labels.label("instrument_type", top, lang)
        lines.append(
            f"{name}的{int(row['n_clauses'])}个条款中，{kind}工具占{row[top]:.0f}%，"
            f"未提及手段的占{row['none']:.0f}%。" if zh else
            f"{name}: {row[top]:.0f}% of its {int(row['n_clauses'])} clauses use {kind} "
            f"instruments; {row['none']:.0f}% name no means.")
    demand = shares["demand"].dropna()
    if len(demand) > 1:
        pid = demand.idxmax()
        name = labels.plan_label(pid, lang)
        lines.append(f"需求型工具占比最高的是{name}（{demand[pid]:.0f}%，其余规划中位数"
                     f"{demand.drop(pid).median():.0f}%）。" if zh else
                     f"{name} leans most on the demand side ({demand[pid]:.0f}% of its clauses; "
                     f"median of the others {demand.drop(pid).median():.0f}%).")
    counts = tool_counts(corpus, table).drop(index="none", errors="ignore").sum(axis=1)
    if counts.sum():
        tool = counts.idxmax()
        share = counts[tool] / len(table) * 100
        lines.append(f"全部规划中最常用的工具是{labels.label('instrument_tool', tool, lang)}"
                     f"（占全部条款的{share:.0f}%）。" if zh else
                     f"Across the plans the most used tool is "
                     f"{labels.label('instrument_tool', tool, lang).lower()} ({share:.0f}% of all clauses).")
    return lines


# --------------------------------------------------------------------------- how far to trust it


def _agreement(right: object, of: object, lang: str | None) -> str:
    """'118/147 条（80%）' / '118/147 (80%)', or 未测 / not measured where nothing was measured."""
    if pd.isna(of) or pd.isna(right) or not of:
        return labels.text("instruments.reliability.not_measured", lang)
    share = int(right) / int(of) * 100
    return labels.text("instruments.reliability.agreement", lang, right=int(right), of=int(of),
                       share=share)


def reliability_table(doc_types: Iterable[object], lang: str | None = None,
                      path: Path = RELIABILITY_FILE,
                      titles: Iterable[object] | None = None) -> pd.DataFrame:
    """How far the code can be trusted on each kind of document in a corpus, for readers.

    One row per `plans.doc_type` present (`parsing.instruments.reliability`): the kind's label
    (a title naming no kind reads 未能判断 / not determined; with `titles`, a plan without one,
    such as a fragment, reads 无标题 and gets every measured kind pooled, since its kind is
    unknown), how many plans, the kinds of other
    real plans it was measured on, and the hand-coded clauses of those plans the code read alike
    (the learned model's, each set read by a model that had not learned from it: the reliability
    file's type_right and tool_right), as counts beside shares (118/147 条（80%）), then the tool on the
    clauses the hand codes a means only (means_tool_right: the clauses a plan's tool shares are made
    of, which the code reads less well than the titles and aims around them); 未测 / not measured
    where no plan of that kind was measured, never NaN. Page 07 shows it beside the tool shares.
    """
    if titles is not None:  # a plan without a title (a fragment) is of no known kind
        doc_types = [NO_TITLE if pd.isna(t) or not str(t).strip() else d
                     for d, t in zip(doc_types, titles, strict=True)]
    rel = reliability(doc_types, path)
    sep = "、" if labels.is_zh(lang) else ", "
    rows = []
    for r in rel.itertuples(index=False):
        kinds = [k for k in str(r.kinds).split("|") if k]
        rows.append({
            "doc_type": labels.label("doc_type", r.doc_type or "unknown", lang),
            "n_plans": int(r.plans),
            "measured_on": (labels.text("instruments.reliability.kind.all", lang)
                            if r.doc_type == NO_TITLE and kinds else
                            sep.join(labels.text(f"instruments.reliability.kind.{k}", lang)
                                     for k in kinds))
            or labels.text("instruments.reliability.not_measured", lang),
            "type_agreement": _agreement(r.type_right, r.clauses, lang),
            "tool_agreement": _agreement(r.tool_right, r.clauses, lang),
            "means_tool_agreement": _agreement(r.means_tool_right, r.means_clauses, lang),
        })
    columns = ["doc_type", "n_plans", "measured_on", "type_agreement", "tool_agreement", "means_tool_agreement"]
    return record(pd.DataFrame(rows, columns=columns), value="clauses the code read alike, the model not fitted on them")
