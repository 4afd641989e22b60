"""Plan pairs as the pages show them, whether the build kept every pair or only the top ones.

Up to `LARGE_CORPUS` plans the build writes a row per plan pair (similarity.csv, reuse.csv);
beyond, each plan's nearest plans (similarity_nearest.csv) and its top reuse pairs, with every
pair's count in reuse_counts.parquet. These views read either form, so a page draws the same
kind of chart from both without asking for the pairs the build did not keep: the kept pairs
of a scope (`pair_scores`), each plan's most similar plan (`nearest_scores`), the most alike
pairs (`top_pairs`), the parent–child reuse rows read from the count matrix
(`parent_pair_rows`), and the sentence pairs a page shows (`parent_passages`,
`parent_sentence_pairs`, between plans' texts only: `traced_pairs`). Nothing here computes a similarity or a reuse count.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from sciplan_analysis import labels
from sciplan_analysis.analysis import scope
from sciplan_analysis.analysis.result import ROWS, SETTINGS, settings_of
from sciplan_analysis.analysis.reuse import NO_SENTENCE_PAIRS, REUSE_COLUMNS, parent_pairs, passages
from sciplan_analysis.analysis.similarity import NEIGHBOUR_COLUMNS, SIMILARITY_COLUMNS

PAIR_COLUMNS = ["plan_a", "plan_b", "score"]


def is_nearest(table: pd.DataFrame) -> bool:
    """Whether a similarity table holds each plan's nearest plans (the build's form beyond
    `LARGE_CORPUS` plans) rather than every pair."""
    return "neighbour" in table.columns


def as_pairs(table: pd.DataFrame) -> pd.DataFrame:
    """A similarity table in the all-pairs form (plan_a, plan_b, scope, analyzer, score): every
    pair as it is, or, from a nearest-plans table, each kept pair once (a pair two plans both
    keep is one row; plan_a is the lesser id)."""
    if not is_nearest(table):
        return table
    missing = set(NEIGHBOUR_COLUMNS) - set(table.columns)
    if missing:
        raise ValueError(f"nearest-plans table lacks {sorted(missing)}")
    a, b = table["plan_id"].astype(str), table["neighbour"].astype(str)
    out = pd.DataFrame({"plan_a": np.where(a < b, a, b), "plan_b": np.where(a < b, b, a),
                        "scope": table["scope"], "analyzer": table["analyzer"],
                        "score": table["score"].astype(float)})
    out = out.drop_duplicates(["plan_a", "plan_b", "scope", "analyzer"], ignore_index=True)
    out.attrs = dict(table.attrs)
    return out[SIMILARITY_COLUMNS]


def pair_scores(table: pd.DataFrame, scope: str = "whole", analyzer: str = "word") -> pd.DataFrame:
    """The pairs of one scope and analyzer (plan_a, plan_b, score), most alike first."""
    pairs = as_pairs(table)
    sub = pairs[(pairs["scope"] == scope) & (pairs["analyzer"] == analyzer)]
    return sub[PAIR_COLUMNS].sort_values(["score", "plan_a", "plan_b"],
                                         ascending=[False, True, True], ignore_index=True)


def top_pairs(table: pd.DataFrame, n: int = 20, scope: str = "whole",
              analyzer: str = "word") -> pd.DataFrame:
    """The `n` most alike pairs of a scope: every pair's top is among the kept ones, since a
    pair of the top n is among each of its plans' nearest n."""
    return pair_scores(table, scope, analyzer).head(n)


def nearest_scores(table: pd.DataFrame, scope: str = "whole", analyzer: str = "word") -> pd.DataFrame:
    """Each plan's most similar plan in a scope: plan_id, neighbour, score (most alike first)."""
    pairs = pair_scores(table, scope, analyzer)
    both = pd.concat([
        pairs.rename(columns={"plan_a": "plan_id", "plan_b": "neighbour"}),
        pairs.rename(columns={"plan_b": "plan_id", "plan_a": "neighbour"}),
    ], ignore_index=True)
    best = both.sort_values(["score", "neighbour"], ascending=[False, True], kind="stable")
    best = best.drop_duplicates("plan_id")
    return best[["plan_id", "neighbour", "score"]].reset_index(drop=True)


def parent_pair_rows(counts: pd.DataFrame, plans: pd.DataFrame) -> pd.DataFrame:
    """The reuse rows of every parent–child pair, both ways (parent → child and child →
    parent), read from the count matrix `reuse.load_reuse_counts` gives (every ordered pair at
    any size, where reuse.csv beyond `LARGE_CORPUS` plans keeps only each plan's top pairs).
    Columns of reuse.csv: source_plan, target_plan, n_sentences (the source's), n_reused,
    share."""
    totals = counts.attrs["n_sentences"]
    rows = []
    for parent, child in parent_pairs(plans):
        for source, target in ((parent, child), (child, parent)):
            if source not in counts.index or target not in counts.columns:
                continue
            n, k = int(totals[source]), int(counts.at[source, target])
            rows.append((source, target, n, k, k / n if n else float("nan")))
    out = pd.DataFrame(rows, columns=REUSE_COLUMNS)
    out.attrs = {SETTINGS: {k: v for k, v in settings_of(counts).items() if k != ROWS}}
    return out


def has_sentence_pairs(pairs: pd.DataFrame) -> bool:
    """Whether a reuse_pairs table holds the sentence pairs (up to `LARGE_CORPUS` plans), or
    stands for those the build did not keep (beyond: it is empty and its settings say so)."""
    return pairs.attrs.get(SETTINGS, {}).get(ROWS) != NO_SENTENCE_PAIRS


def parent_passages(pairs: pd.DataFrame, plans: pd.DataFrame) -> pd.DataFrame:
    """`reuse.passages` of the parent → child pairs only: the runs a page shows side by side,
    without tracing runs through the sentence pairs of every other pair of plans."""
    linked = set(parent_pairs(plans, texts_only=True))
    keep = [(s, t) in linked for s, t in zip(pairs["source_plan"], pairs["target_plan"], strict=True)]
    return passages(pairs[keep])


def traced_pairs(plans: pd.DataFrame) -> tuple[list[tuple[str, str]], list[str]]:
    """The (parent, child) pairs a page traces passage by passage, and the pages of a parent–child
    link left out because they are not a plan's text (`scope.LeftOut`, with the page's kind as
    reason): a news item, a paper, a report or a page of unknown kind is never a reuse parent or
    child."""
    kept = parent_pairs(plans, texts_only=True)
    kinds = scope.plan_kinds(plans)
    linked = {p for pair in parent_pairs(plans) if pair not in kept for p in pair}
    return kept, scope.not_text([p for p in plans["plan_id"] if p in linked], kinds)


def reuse_lead(plans: pd.DataFrame, pairs: pd.DataFrame, lang: str | None = None) -> str:
    """The sentence of page 06's introduction that says what the page shows: the reuse shares
    always; what plans carry over from their parent's plan where a parent is in the corpus; the
    passages side by side and the own-text shares where the build kept the sentence pairs
    (audit22 item 11: the 300-plan page promised passages and shares it left out)."""
    parents = bool(parent_pairs(plans))
    traced = has_sentence_pairs(pairs)
    code = "reuse.lead" + (".parents" if parents else "") + (".traced" if traced else "")
    return labels.text(code, lang)


def parent_sentence_pairs(pairs: pd.DataFrame, plans: pd.DataFrame, limit: int) -> pd.DataFrame:
    """The sentence pairs a page lists: all of them up to `limit` rows; beyond, those between
    a child and its parent's plan (the workbook holds every pair)."""
    if len(pairs) <= limit:
        return pairs
    linked = {frozenset(p) for p in parent_pairs(plans, texts_only=True)}
    keep = [frozenset((s, t)) in linked
            for s, t in zip(pairs["source_plan"], pairs["target_plan"], strict=True)]
    return pairs[keep].head(limit)


def rank_in_counts(counts: pd.DataFrame, source: str, target: str) -> tuple[int, pd.Series | None]:
    """The rank (1 = the highest share) of the ordered pair source → target among every
    ordered pair of the count matrix, and the next row of that ranking (reuse.csv's columns),
    as sorting a reuse table of every pair by share (stable, in plan order) gives them; no
    row of every pair is made (a share per pair, as floats)."""
    ids = [str(p) for p in counts.index]
    n = len(ids)
    totals = pd.Series(counts.attrs["n_sentences"]).rename(index=str).reindex(ids)
    totals = totals.to_numpy(dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        share = counts.to_numpy(dtype=float) / totals[:, None]
    share[totals == 0] = np.nan
    keep = ~np.eye(n, dtype=bool)
    flat = share[keep]  # the off-diagonal pairs, source by source: the reuse table's order
    i, j = ids.index(source), ids.index(target)
    pos = i * (n - 1) + (j if j < i else j - 1)
    value = flat[pos]
    rank = int(np.count_nonzero(flat > value) + np.count_nonzero(flat[:pos] == value)) + 1
    ties = np.flatnonzero(flat[pos + 1:] == value)
    if ties.size:
        nxt = pos + 1 + int(ties[0])
    else:
        lower = np.where(flat < value, flat, -np.inf)
        if not np.isfinite(lower).any():
            return rank, None
        nxt = int(np.flatnonzero(lower == lower.max())[0])
    s, t = divmod(nxt, n - 1)
    t = t if t < s else t + 1
    k = int(counts.iat[s, t])
    return rank, pd.Series({"source_plan": ids[s], "target_plan": ids[t],
                            "n_sentences": int(totals[s]), "n_reused": k, "share": flat[nxt]})
