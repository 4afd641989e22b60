"""Like with like: which plans may take a most/least place on a measure, and how to say so.

The one rule of the report, kept here and nowhere else: only a plan whose text is a whole plan
ranks on a measure computed over a whole plan (its length, its share of own text, its mix of
instruments, its likeness to another whole plan). A text is not a whole plan when

- it is a fragment (``plans.status == "fragment"``): half a plan is short, and unlike any whole
  one, for what it lost;
- its page is not the plan's own text (``plans.page_kind``, `parsing/pagekind.py`, or the
  manifest's ``page_kind`` column): a news item, a scholarly paper or a work report tells of a
  plan in its own words and at its own length, so "the longest plan" or "the least reuse" would
  compare it, unlike with unlike, with plans;
- its kind could not be told (``unknown``): most such pages are not the document (of the 58
  pages the kind rules left unknown on the hand-kinded sets, 12 were official documents and 46
  news, papers, reports, copies and others; docs/parser_rounds.md), so a ranking naming one is
  not a claim a careful analyst would sign. A researcher who knows the page is the plan says so
  in the manifest (``page_kind`` = ``document``) and it ranks.

A copy on a sharing or template site (``copy``) ranks: where it holds a plan it holds the whole
plan's text, as far as a length or a mix can tell, and the doubt is whether it was edited, as a
draft's is whether it is final; so it is named as a copy wherever it takes a most/least place,
as a draft is named as a draft (`marked`). A corpus without the column (an old cache or
snapshot), or a plan with no kind, is read as documents: only the fragment rule applies.

`whole_plans` and `whole_plan_pairs` leave the others out and record whom they left out and
why (`LeftOut`); `note` says so in the finding's sentence, each plan with its reason in readers'
words (重庆市残篇只有半份规划 / X读自新闻报道，不是规划原文). A measure computed on the
sections every compared plan has (the "shared sections" similarity) may include a fragment, and
says that instead (`shared_note`), naming each such plan of the pair with its reason. Drafts and
copies keep their place but are named as such (`marked`); a page that is not the plan's text is
named with its kind wherever a finding names it (`marked`, and `named` for the findings that
rank nothing: 巫溪县（读自新闻报道））; in a shared-sections comparison, whose note names each
fragment and page with why, a pair names them plainly and marks a draft (`beside_note`).
`whole_plans` lists a left-out plan whether or not it has a value: a fragment's missing value
(no commitment stated) never takes it out of a ranking unsaid.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from sciplan_analysis import labels
from sciplan_analysis.tables import Corpus

FRAGMENT = "fragment"
DRAFT = "draft"
DOCUMENT = "document"
COPY = "copy"
# The kinds of page whose text may be a whole plan's (the others tell of a plan, or may): a
# fragment among them is still left out by its status.
RANKED_KINDS = (DOCUMENT, COPY)
# Why a plan was left out, in the order a sentence names them: a fragment (its status), or its
# page's kind.
REASONS = (FRAGMENT, "news", "paper", "report", "unknown")
# The kinds of page that tell of a plan (or may) rather than hold its text.
NOT_TEXT = REASONS[1:]


class LeftOut(str):
    """A plan id left out of a ranking, with `reason` (one of `REASONS`). It is the id for
    every caller that lists, compares or joins ids; `note` reads the reason."""

    reason: str

    def __new__(cls, plan_id: str, reason: str = FRAGMENT) -> LeftOut:
        made = super().__new__(cls, plan_id)
        made.reason = reason
        return made

    def __getnewargs__(self) -> tuple[str, str]:  # type: ignore[override]
        return str(self), self.reason


@dataclass(frozen=True)
class Scoped:
    """A measure restricted to the plans it may rank: `values` kept, `left_out` the plans
    dropped (`LeftOut`: id and reason, in manifest order), and the `rule` that chose them."""

    values: pd.Series
    left_out: list[str] = field(default_factory=list)
    rule: str = "whole_plans"


def statuses(corpus: Corpus) -> pd.Series:
    """plan_id → status, as text."""
    return corpus.plans.set_index("plan_id")["status"].astype(str)


def page_kinds(corpus: Corpus) -> pd.Series:
    """plan_id → page kind, as text: ``document`` where the corpus has no such column (an old
    cache or snapshot) or the plan has no kind."""
    return plan_kinds(corpus.plans)


def plan_kinds(plans: pd.DataFrame) -> pd.Series:
    """`page_kinds` of a plans table."""
    plans = plans.set_index("plan_id")
    if "page_kind" not in plans.columns:
        return pd.Series(DOCUMENT, index=plans.index, dtype=object)
    return plans["page_kind"].map(lambda k: k if isinstance(k, str) and k else DOCUMENT)


def kind_of(plan_id: str, corpus: Corpus) -> str:
    """The plan's page kind as the rule reads it: ``document`` where none is given, ``unknown``
    for a kind it does not know."""
    kind = page_kinds(corpus).get(plan_id, DOCUMENT)
    return kind if kind in RANKED_KINDS or kind in NOT_TEXT else "unknown"


def fragments(corpus: Corpus) -> list[str]:
    """The plan ids whose text is a fragment, in manifest order."""
    return [p for p, s in statuses(corpus).items() if s == FRAGMENT]


def reasons(corpus: Corpus) -> dict[str, str]:
    """plan_id → why its text is not a whole plan (`REASONS`), for the plans that may not rank
    on a whole-plan measure, in manifest order. The page's kind comes first (a news item that
    holds part of a plan is a news item), then a fragment's status."""
    status, kinds = statuses(corpus), page_kinds(corpus)
    out: dict[str, str] = {}
    for plan_id in status.index:
        kind = kinds.get(plan_id, DOCUMENT)
        if kind not in RANKED_KINDS:
            out[plan_id] = kind if kind in NOT_TEXT else "unknown"
        elif status[plan_id] == FRAGMENT:
            out[plan_id] = FRAGMENT
    return out


def not_text(plan_ids: Iterable[str], kinds: pd.Series) -> list[LeftOut]:
    """Of `plan_ids`, the pages that are not a plan's text (`kinds`: `plan_kinds`), each with its kind
    as reason (``unknown`` for a kind the rule does not know): such a page is never a reuse parent or
    child."""
    return [LeftOut(p, kinds[p] if kinds[p] in NOT_TEXT else "unknown")
            for p in plan_ids if kinds[p] not in RANKED_KINDS]


def not_whole(corpus: Corpus) -> list[LeftOut]:
    """The plans whose text is not a whole plan, each with its reason, in manifest order."""
    return [LeftOut(p, r) for p, r in reasons(corpus).items()]


def whole_plans(values: pd.Series, corpus: Corpus) -> Scoped:
    """`values` (indexed by plan_id) without the plans whose text is not a whole plan and
    without missing values: the plans that may take a most/least place on a whole-plan measure.
    Every plan of `values` whose text is not a whole plan is in `left_out`, its value missing
    or not (a fragment's silence, NA, is not a plan vanishing from the ranking unsaid)."""
    out = not_whole(corpus)
    present = values.dropna()
    dropped = [p for p in out if p in values.index]
    kept = present[[p not in set(out) for p in present.index]]
    return Scoped(kept, dropped, "whole_plans")


def whole_plan_pairs(table: pd.DataFrame, corpus: Corpus,
                     columns: Iterable[str] = ("plan_a", "plan_b")) -> tuple[pd.DataFrame, list[str]]:
    """The rows of a pair table (`columns` name the two plans) in which both plans are whole,
    and the plans (`LeftOut`) whose pairs were left out."""
    cols = list(columns)
    out = not_whole(corpus)
    hit = table[cols].isin(set(out)).any(axis=1)
    named = set(table.loc[hit, cols].to_numpy().ravel())
    return table[~hit], [p for p in out if p in named]


def whole_plan_scale(matrix: pd.DataFrame, corpus: Corpus) -> tuple[float | None, bool]:
    """The top of a plan-column heatmap's colour scale, from whole plans only (the columns of
    texts `reasons` leaves out of whole-plan measures do not set it: a fragment's single part,
    all its task text, would leave every whole plan pale), and whether a cell of those texts
    lies beyond it; (None, False) where no text is left out or no whole plan has a value above 0
    (the heatmap's own scale then)."""
    left_out = set(reasons(corpus))
    whole = matrix[[c for c in matrix.columns if c not in left_out]].to_numpy(dtype=float)
    whole = whole[np.isfinite(whole)]
    if not left_out or not whole.size or whole.max() <= 0:
        return None, False
    top = float(whole.max())
    every = matrix.to_numpy(dtype=float)
    return top, bool((every[np.isfinite(every)] > top).any())


def _join(names: list[str], lang: str | None) -> str:
    return "、".join(names) if labels.is_zh(lang) else " and ".join(names)


def note(left_out: Iterable[str], lang: str | None = None) -> str:
    """The clause a finding adds when it left plans out ("" when none were), each named with
    why: （重庆市残篇只有半份规划，不参与排序） / " (the Chongqing fragment, half a plan, is not
    ranked)"; with a news item beside it, （重庆市残篇只有半份规划；某县读自新闻报道，不是规划
    原文，均不参与排序）. A plain id (not a `LeftOut`) is taken for a fragment, as before."""
    ids = list(left_out)
    if not ids:
        return ""
    text = labels.text("scope.left_out" + (".many" if len(ids) > 1 else ""), lang,
                       why=why(ids, lang))
    return text if labels.is_zh(lang) else " " + text


def pooled_note(left_out: Iterable[str], lang: str | None = None) -> str:
    """The sentence a count pooled over the whole plans adds for the texts it left out, each named
    with why: 重庆市残篇只有半份规划，不计入合计。 / "The Chongqing Municipality fragment, half a plan,
    is not counted in these totals." ("" when none were left out): a pooled claim (tools ×
    categories) is a claim about plans, which half a plan would bend (audit22 item 4)."""
    ids = list(left_out)
    if not ids:
        return ""
    text = labels.text("scope.pooled" + (".many" if len(ids) > 1 else ""), lang, why=why(ids, lang))
    return text if labels.is_zh(lang) else text[:1].upper() + text[1:]


def why(left_out: Iterable[str], lang: str | None = None) -> str:
    """Each plan with why its text is not a whole plan, grouped by reason in `REASONS`
    order: 重庆市残篇只有半份规划；巫溪县读自新闻报道，不是规划原文. A plain id is a fragment."""
    by_reason: dict[str, list[str]] = {}
    for p in left_out:
        by_reason.setdefault(getattr(p, "reason", FRAGMENT), []).append(labels.plan_label(str(p), lang))
    clauses = []
    for reason in REASONS:
        names = by_reason.get(reason)
        if names:
            code = f"scope.why.{reason}" + (".many" if len(names) > 1 else "")
            clauses.append(labels.text(code, lang, plans=_join(names, lang)))
    return ("；" if labels.is_zh(lang) else "; ").join(clauses)


def trace_note(left_out: Iterable[str], lang: str | None = None) -> str:
    """The sentence a passage trace adds for the pages of a parent–child link it does not set
    side by side, each with why (不与上级规划逐段对照的文本：巫溪县读自新闻报道，不是规划原文。);
    "" when none were left out."""
    ids = list(left_out)
    return labels.text("scope.trace", lang, why=why(ids, lang)) if ids else ""


def shared_note(corpus: Corpus, lang: str | None = None, among: Iterable[str] | None = None,
                inner: bool = False) -> str:
    """The clause of a comparison made on the sections both plans have, when a plan whose
    text is not a whole plan takes part in it: of `among` (the pair compared; default every
    plan), those that would not rank on a whole-plan measure, each named. Fragments alone:
    （只比两份都有的章节，重庆市残篇因此可以参与）; a news item, a paper, a report or a page of
    unknown kind with its reason: （只比两份都有的章节，巫溪县读自新闻报道，不是规划原文，也参与比较）.
    With `inner`, the clause to stand inside the bracket of the figures it follows, no bracket of
    its own and nothing the sentence already says: 重庆市残篇在此可以参与 (（0.81；重庆市残篇在此可以参与）)."""
    out = not_whole(corpus)
    if among is not None:
        pair = {str(p) for p in among}
        out = [p for p in out if str(p) in pair]
    if not out:
        return ""
    if all(p.reason == FRAGMENT for p in out):
        names = _join([labels.plan_label(p, lang) for p in out], lang)
        text = labels.text("scope.shared" + (".in" if inner else ""), lang, plans=names)
    else:
        text = labels.text("scope.shared.kind" + (".many" if len(out) > 1 else "") + (".in" if inner else ""),
                           lang, why=why(out, lang))
    return text if labels.is_zh(lang) or inner else " " + text


def kind_word(plan_id: str, corpus: Corpus, lang: str | None = None) -> str:
    """读自新闻报道 / "read from a news report" (and for a paper, a report, a page of unknown
    kind) for a page that is not the plan's text; "" for a document or a copy."""
    kind = kind_of(plan_id, corpus)
    return labels.text(f"scope.kind.{kind}", lang) if kind in NOT_TEXT else ""


def named(plan_id: str, corpus: Corpus, lang: str | None = None) -> str:
    """The plan's name, with its page's kind when the page is not the plan's text
    (巫溪县（读自新闻报道） / "Wuxi County (read from a news report)"), for a finding that
    names plans without ranking them on a whole-plan measure (targets, units, categories):
    what it says of such a plan is what the page says. A document or a copy: the name alone."""
    name = labels.plan_label(str(plan_id), lang)
    word = kind_word(plan_id, corpus, lang)
    return labels.text("scope.as", lang, plan=name, kind=word) if word else name


def marked(plan_id: str, corpus: Corpus, lang: str | None = None) -> str:
    """The plan's name, with （征求意见稿） / " (draft)" or （残篇） when its text is not final,
    （文库或模板转载） / " (a sharing-site or template copy)" when its page is a copy, and
    （读自新闻报道） / " (read from a news report)" (a paper, a report, a page of unknown kind)
    when its page is not the plan's text, in one bracket (汕尾市城区（征求意见稿，文库或模板转载）,
    巫溪县（残篇，读自新闻报道）): for a plan named at the top or bottom of a ranking, or in any
    finding that names drafts and fragments so."""
    name = labels.plan_label(str(plan_id), lang)
    status = statuses(corpus).get(plan_id)
    code = f"scope.{status}" if status in (DRAFT, FRAGMENT) else "scope"
    kind = kind_of(plan_id, corpus)
    if kind in NOT_TEXT:
        return labels.text(f"{code}.as", lang, plan=name, kind=kind_word(plan_id, corpus, lang))
    if kind == COPY:
        code += ".copy"  # one bracket: 汕尾市城区（征求意见稿，文库或模板转载）
    return name if code == "scope" else labels.text(code, lang, plan=name)


def at_end(plan_id: str, values: pd.Series, corpus: Corpus, lang: str | None = None,
           decimals: int | None = None, shown: str | None = None) -> str:
    """`marked`, for a plan named at the top or bottom of a ranking of `values` (one per plan),
    with the plans that share its value exactly (or as shown, with `decimals`: `tied_with`): up
    to two named (巫溪县、乐至县（并列）), more counted (和华区（另有 22 份与之并列）). A tie is said
    as a tie, never as if one plan alone were the most or least. Plans whose values differ and
    only show the same figure (2/36 = 0.056 and 2/34 = 0.059, both 0.06) are not tied: they are
    said to show the same figure (`shown`, the figure as the sentence writes it; by default the
    value at `decimals`): 乐至县、长南县（同为 0.06）."""
    name = marked(plan_id, corpus, lang)
    others = tied_with(plan_id, values, decimals)
    if not others:
        return name
    code = "scope.tied"
    if any(values[p] != values[plan_id] for p in others):
        code = "scope.tied.shown"
        shown = shown if shown is not None else f"{float(values[plan_id]):.{decimals}f}"
    if len(others) > 2:
        return labels.text(code, lang, plan=name, n=len(others), value=shown)
    names = [name, *(marked(p, corpus, lang) for p in others)]
    joined = "、".join(names) if labels.is_zh(lang) else (
        " and ".join(names) if len(names) == 2 else f"{names[0]}, {names[1]} and {names[2]}")
    return labels.text(code + ".named", lang, plans=joined, value=shown)


def tied_with(plan_id: str, values: pd.Series, decimals: int | None = None) -> list[str]:
    """The other plans (or pairs: any index) of `values` sharing `plan_id`'s value, in the order
    of `values`; with `decimals`, the value as shown (rounded once to that many places), so two
    plans a reader sees at 0.02 tie whatever their third decimal. [] for a missing value."""
    value = values.get(plan_id)
    if value is None or pd.isna(value):
        return []
    shown = values.astype(float).round(decimals) if decimals is not None else values
    return [str(p) for p in values.index[shown == shown[plan_id]] if p != plan_id]


def at_end_short(plan_id: str, values: pd.Series, corpus: Corpus, lang: str | None = None,
                 decimals: int | None = None) -> str:
    """A chart's label for the plan at the top or bottom of `values`: `marked`, and where others
    share its value, how many share it in all (成都市锦江区（征求意见稿）等 4 份 / "Jinjiang District,
    Chengdu (a draft) and 3 more"): a label names one plan and says the tie."""
    name = marked(plan_id, corpus, lang)
    others = tied_with(plan_id, values, decimals)
    return labels.text("scope.tied.short", lang, plan=name, n=len(others) + 1,
                       k=len(others)) if others else name


def beside_note(plan_id: str, corpus: Corpus, lang: str | None = None) -> str:
    """The plan's name in a comparison on the sections both plans have, whose clause
    (`shared_note`) names each fragment and each page that is no plan's text with why: such a
    plan by its name alone (a draft's with （征求意见稿）), any other as `marked` names it, so a
    draft or a copy at the top or bottom of that ranking is named as one, and nothing is said
    twice: 巫溪县与重庆市（0.82）（只比两份都有的章节，重庆市残篇因此可以参与）."""
    if str(plan_id) not in reasons(corpus):
        return marked(plan_id, corpus, lang)
    name = labels.plan_label(str(plan_id), lang)
    return labels.text("scope.draft", lang, plan=name) if statuses(corpus).get(plan_id) == DRAFT else name
