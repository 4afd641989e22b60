"""Like with like: which plans may take a most/least place on a measure, and how to say so.

The one rule of the report, kept here and nowhere else: a plan whose text is a fragment
(``plans.status == "fragment"``) never ranks on a measure computed over a whole plan
(its length, its share of own text, its mix of instruments, its likeness to another whole
plan). `whole_plans` and `whole_plan_pairs` leave it out and record whom they left out;
`note` says so in the finding's sentence. A measure computed on the sections every compared
plan has (the "shared sections" similarity) may include it, and says that instead
(`shared_note`). Drafts keep their place but are named as drafts (`marked`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import pandas as pd

from sciplan_analysis import labels
from sciplan_analysis.tables import Corpus

FRAGMENT = "fragment"
DRAFT = "draft"


@dataclass(frozen=True)
class Scoped:
    """A measure restricted to the plans it may rank: `values` kept, `left_out` the plan
    ids of fragments dropped (in manifest order), and the `rule` that chose them."""

    values: pd.Series
    left_out: list[str] = field(default_factory=list)
    rule: str = "whole_plans"


def statuses(corpus: Corpus) -> pd.Series:
    """plan_id → status, as text."""
    return corpus.plans.set_index("plan_id")["status"].astype(str)


def fragments(corpus: Corpus) -> list[str]:
    """The plan ids whose text is a fragment, in manifest order."""
    return [p for p, s in statuses(corpus).items() if s == FRAGMENT]


def whole_plans(values: pd.Series, corpus: Corpus) -> Scoped:
    """`values` (indexed by plan_id) without the fragments and without missing values:
    the plans that may take a most/least place on a whole-plan measure."""
    frag = set(fragments(corpus))
    present = values.dropna()
    dropped = [p for p in fragments(corpus) if p in present.index]
    kept = present[[p not in frag for p in present.index]]
    return Scoped(kept, dropped, "whole_plans")


def whole_plan_pairs(table: pd.DataFrame, corpus: Corpus,
                     columns: Iterable[str] = ("plan_a", "plan_b")) -> tuple[pd.DataFrame, list[str]]:
    """The rows of a pair table (`columns` name the two plans) in which no plan is a
    fragment, and the fragments whose pairs were left out."""
    cols = list(columns)
    frag = set(fragments(corpus))
    hit = table[cols].isin(frag).any(axis=1)
    named = set(table.loc[hit, cols].to_numpy().ravel())
    return table[~hit], [p for p in fragments(corpus) if p in named]


def note(left_out: Iterable[str], lang: str | None = None) -> str:
    """The clause a finding adds when it left fragments out ("" when none were):
    （不含残篇重庆市） / " (leaving out the Chongqing fragment)"."""
    ids = list(left_out)
    if not ids:
        return ""
    names = [labels.plan_label(p, lang) for p in ids]
    joined = "、".join(names) if labels.is_zh(lang) else " and ".join(names)
    text = labels.text("scope.left_out", lang, plans=joined)
    return text if labels.is_zh(lang) else " " + text


def shared_note(corpus: Corpus, lang: str | None = None) -> str:
    """The clause of a comparison made on the sections both plans have, when a fragment
    takes part in it."""
    ids = fragments(corpus)
    if not ids:
        return ""
    names = "、".join(labels.plan_label(p, lang) for p in ids) if labels.is_zh(lang) else \
        " and ".join(labels.plan_label(p, lang) for p in ids)
    text = labels.text("scope.shared", lang, plans=names)
    return text if labels.is_zh(lang) else " " + text


def marked(plan_id: str, corpus: Corpus, lang: str | None = None) -> str:
    """The plan's name, with （征求意见稿） / " (draft)" or （残篇） when its text is not final:
    for a plan named at the top or bottom of a ranking."""
    name = labels.plan_label(str(plan_id), lang)
    status = statuses(corpus).get(plan_id)
    if status in (DRAFT, FRAGMENT):
        return labels.text(f"scope.{status}", lang, plan=name)
    return name
