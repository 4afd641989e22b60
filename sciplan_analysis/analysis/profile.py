"""One plan against the corpus and its parent: the numbers of a plan's own page.

`plan_profiles(corpus, reuse, pairs)` computes what every plan's page shows, with the corpus-wide
counts made once (a 300-plan report makes 300 profiles): its targets beside the national outline's
and its parent's, the categories it has and lacks beside how many plans have them, its lead units
and their load, how much of its text recurs in its parent's plan and how much is its own, and its
policy-instrument mix beside the corpus's. Every share carries its count.

The reuse tables are those `build` wrote (`built_reuse`); they are never computed here, so a page
costs a lookup, not a pair computation. Beyond 200 plans `build` keeps no sentence pairs: the
plan's own share is then not known (None) and the page says so.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from sciplan_analysis.analysis import reuse as ru
from sciplan_analysis.analysis import scope
from sciplan_analysis.analysis import targets as tg
from sciplan_analysis.analysis.categories import not_stated_mask, tasks_with_category
from sciplan_analysis.analysis.pairwise import parent_pair_rows
from sciplan_analysis.analysis.result import (
    DIRECTED_KEYS,
    keeps_some_pairs,
    read_built,
    read_counts,
)
from sciplan_analysis.analysis.targets import BENCHMARKS_FILE
from sciplan_analysis.analysis.workload import unit_workload
from sciplan_analysis.tables import INSTRUMENT_TYPES, Corpus

TOP_LEADS = 10  # lead units shown on a plan's page, with every unit tied with the last
COMMON = 0.5  # a category "most peers have" is one at least half of the other plans have


@dataclass
class PlanProfile:
    """What one plan's page shows; tables are tidy, every share with its count."""

    plan_id: str
    facts: dict
    parent_id: str | None
    n_plans: int
    targets: pd.DataFrame  # year, comparator, value, national…, parent…, province… (see _targets)
    categories: pd.DataFrame  # category, category_en, tasks, has, known, plans_with, peers
    leads: pd.DataFrame  # unit, unit_en, led, partnered, plan_tasks, plans_leading, plans_with_units, units_leading (all the plan's lead units)
    parent_status: str | None = None  # final, draft, fragment: a fragment parent carries less
    reuse: dict = field(default_factory=dict)  # n_sentences, from_parent, own (counts or None), not_text
    # type, clauses, n_clauses, others_clauses, others_total, n_others: the plan beside the other whole
    # plans (audit22 item 15: never beside itself nor a fragment, whose lost parts bend the mix)
    instruments: pd.DataFrame = field(default_factory=pd.DataFrame)
    instruments_left_out: list = field(default_factory=list)  # texts (scope.LeftOut) the benchmark leaves out


def benchmarks(path: Path = BENCHMARKS_FILE) -> pd.DataFrame:
    """The national outline's literacy targets (year, comparator, value, source): the national
    rows of data/reference/benchmarks.csv that state a value (targets.benchmarks reads the file)."""
    table = tg.benchmarks(path)
    national = table[(table["level"] == "national") & table["value"].notna()]
    out = national[["year", "comparator", "value", "doc_number"]].rename(columns={"doc_number": "source"})
    return out.reset_index(drop=True)


def built_reuse(corpus: Corpus, processed_dir: str | Path | None = None
                ) -> tuple[pd.DataFrame | None, pd.DataFrame | None]:
    """(reuse, reuse_pairs) as `build` wrote them for this corpus, or None each when missing or
    stale (a page then says the text comparison is not available; nothing is computed)."""
    settings = ru.reuse_settings()
    shares = read_built("reuse", plan_ids=corpus.plan_ids, plan_columns=DIRECTED_KEYS,
                        settings=settings, processed_dir=processed_dir, some_pairs=True)
    pairs = read_built("reuse_pairs", plan_ids=corpus.plan_ids, plan_columns=DIRECTED_KEYS,
                       settings=settings, processed_dir=processed_dir)
    if shares is not None and keeps_some_pairs(shares):
        # beyond LARGE_CORPUS reuse.csv keeps each plan's top pairs: a child -> parent pair
        # missing from it is not "no reuse"; its count is read from every pair's count matrix
        counts = read_counts(ru.COUNTS_TABLE, plan_ids=corpus.plan_ids, settings=settings,
                             processed_dir=processed_dir)
        if counts is None:
            return None, None
        linked = parent_pair_rows(counts, corpus.plans)
        if len(linked):
            shares = pd.concat([linked, shares], ignore_index=True).drop_duplicates(
                list(DIRECTED_KEYS), ignore_index=True)
    return shares, pairs


def parents(plans: pd.DataFrame) -> dict[str, str]:
    """{plan: its parent's plan} where the parent region has a plan in the corpus, chosen by
    the one rule of `reuse.parent_pairs` (the same cycle first, then a plan's text, then the
    latest by period)."""
    return {child: parent for parent, child in ru.parent_pairs(plans)}


def plan_profiles(
    corpus: Corpus,
    reuse: pd.DataFrame | None = None,
    pairs: pd.DataFrame | None = None,
    plan_ids: list[str] | None = None,
) -> dict[str, PlanProfile]:
    """A profile per plan (all, or `plan_ids`), the corpus-wide counts computed once."""
    plans = corpus.plans
    all_ids = corpus.plan_ids
    n_plans = len(all_ids)
    parent_of = parents(plans)
    status_of = dict(zip(plans["plan_id"], plans["status"], strict=True))
    kinds = scope.plan_kinds(plans)
    national = benchmarks()
    regional = tg.benchmarks()
    regional = regional[(regional["level"] != "national") & regional["value"].notna()]

    targets = corpus.targets[corpus.targets["kind"] == "target"]
    target_of = {p: t.drop(columns="plan_id") for p, t in targets.groupby("plan_id", sort=False)}

    tasks = tasks_with_category(corpus)
    counts = tasks.groupby(["plan_id", "category"]).size()
    names = tasks.drop_duplicates("category").set_index("category")["category_en"]
    plans_with = counts.reset_index().groupby("category")["plan_id"].nunique()
    unknown = not_stated_mask(corpus, list(plans_with.index))  # text lost: cannot say

    work = unit_workload(corpus)
    leading = work[work["led"] > 0].groupby("unit")["plan_id"].nunique()
    plans_with_units = work["plan_id"].nunique()
    work_of = {p: w for p, w in work.groupby("plan_id", sort=False)}

    clauses = corpus.clauses.groupby(["plan_id", "type"]).size()
    not_whole = scope.not_whole(corpus)  # a fragment, a news item …: in no plan's benchmark
    partial = {str(p) for p in not_whole}
    whole_ids = [p for p in all_ids if str(p) not in partial]
    whole_clauses = corpus.clauses[corpus.clauses["plan_id"].astype(str).isin(set(whole_ids))].groupby("type").size()

    n_sentences, from_pairs, reused_anywhere = _reuse_counts(reuse, pairs)

    out = {}
    for pid in plan_ids or all_ids:
        facts = plans.loc[plans["plan_id"] == pid].iloc[0].to_dict()
        parent = parent_of.get(pid)
        out[pid] = PlanProfile(
            plan_id=pid, facts=facts, parent_id=parent, n_plans=n_plans,
            parent_status=status_of.get(parent) if parent else None,
            targets=_targets(target_of.get(pid), target_of.get(parent) if parent else None, national,
                             _region_targets(regional, facts.get("parent")),
                             _region_targets(regional, facts.get("province"))
                             if facts.get("province") != facts.get("parent") else None),
            categories=_categories(pid, counts, plans_with, names, unknown),
            leads=_leads(work_of.get(pid), leading, plans_with_units),
            reuse=_reuse(pid, parent, n_sentences, from_pairs, reused_anywhere, reuse is not None,
                         scope.not_text([pid, parent] if parent else [], kinds)),
            instruments=_instruments(pid, clauses, whole_clauses,
                                     len(whole_ids) - (str(pid) not in partial), str(pid) not in partial),
            instruments_left_out=[p for p in not_whole if str(p) != str(pid)],
        )
    return out


def committed_targets(own: pd.DataFrame) -> pd.DataFrame:
    """One target per year, by the report's one rule (`targets.plan_benchmarks`): the lowest
    value the plan commits to (超过18%、力争20% counts as 18), an aim only where it states
    nothing firmer."""
    rows = own.dropna(subset=["year", "value"]).assign(
        _aim=lambda t: t["comparator"].eq("aim")).sort_values(["year", "_aim", "value"])
    return rows.drop_duplicates("year", keep="first").drop(columns="_aim")


def _region_targets(regional: pd.DataFrame, region: object) -> pd.DataFrame | None:
    """A region's targets read from the document it issued (benchmarks.csv), by year."""
    if not isinstance(region, str) or not region:
        return None
    rows = regional[regional["region"] == region]
    return None if rows.empty else rows.set_index("year")


def _targets(own: pd.DataFrame | None, parent: pd.DataFrame | None, national: pd.DataFrame,
             parent_doc: pd.DataFrame | None = None,
             province_doc: pd.DataFrame | None = None) -> pd.DataFrame:
    """The plan's targets by year beside the national outline's, its parent's and its
    province's. The parent's comes from the parent's plan in the corpus where that text states
    it, else from the parent's own document (benchmarks.csv: a fragment in the corpus that
    lost its goals part does not make the parent's target "not stated"); `parent_source` and
    `province_source` name the document (None: the plan in the corpus)."""
    columns = ["year", "comparator", "value", "national", "national_comparator",
               "parent_value", "parent_comparator", "parent_source",
               "province_value", "province_comparator", "province_source"]
    if own is None or own.empty:
        return pd.DataFrame(columns=columns)
    rows = committed_targets(own)
    line = national.set_index("year")
    theirs = (committed_targets(parent).set_index("year")
              if parent is not None and not parent.empty else pd.DataFrame())
    out = []
    for r in rows.itertuples():
        year = int(r.year)
        row = {"year": year, "comparator": r.comparator, "value": float(r.value),
               "national": line["value"].get(year),
               "national_comparator": line["comparator"].get(year)}
        if year in theirs.index:
            row.update(parent_value=float(theirs.at[year, "value"]),
                       parent_comparator=theirs.at[year, "comparator"], parent_source=None)
        elif parent_doc is not None and year in parent_doc.index:
            row.update(parent_value=float(parent_doc.at[year, "value"]),
                       parent_comparator=parent_doc.at[year, "comparator"],
                       parent_source=parent_doc.at[year, "doc_number"])
        if province_doc is not None and year in province_doc.index:
            row.update(province_value=float(province_doc.at[year, "value"]),
                       province_comparator=province_doc.at[year, "comparator"],
                       province_source=province_doc.at[year, "doc_number"])
        out.append(row)
    return pd.DataFrame(out, columns=columns)


def _categories(pid: str, counts: pd.Series, plans_with: pd.Series, names: pd.Series,
                unknown: pd.DataFrame) -> pd.DataFrame:
    """Each category: the plan's tasks in it, whether its text can say (`known`: False where
    the part it lives in is lost, as in a fragment), and of the other plans whose text can
    say, how many have it (`plans_with` of `peers`): a lost section is never counted as a
    plan lacking the category."""
    mine = counts.xs(pid, level="plan_id") if pid in counts.index.get_level_values(0) else pd.Series(dtype=int)
    rows = []
    for category, n_with in plans_with.items():
        tasks = int(mine.get(category, 0))
        lost = unknown.loc[category].drop(pid) if category in unknown.index else pd.Series(dtype=bool)
        rows.append({"category": category, "category_en": names.get(category, category),
                     "tasks": tasks, "has": tasks > 0,
                     "known": tasks > 0 or not bool(unknown.at[category, pid]),
                     "plans_with": int(n_with) - (tasks > 0),  # the other plans that have it
                     "peers": len(unknown.columns) - 1 - int(lost.sum())})
    out = pd.DataFrame(rows, columns=["category", "category_en", "tasks", "has", "known",
                                      "plans_with", "peers"])
    return out.sort_values(["has", "plans_with"], ascending=[False, False], kind="stable").reset_index(drop=True)


def _leads(work: pd.DataFrame | None, leading: pd.Series, plans_with_units: int) -> pd.DataFrame:
    columns = ["unit", "unit_en", "led", "partnered", "plan_tasks", "plans_leading", "plans_with_units",
               "units_leading"]
    if work is None or work.empty:
        return pd.DataFrame(columns=columns)
    ranked = work[work["led"] > 0].sort_values(["led", "total", "unit"], ascending=[False, False, True])
    # the first TOP_LEADS units and every unit leading as many tasks as the last of them: a
    # cut inside a tie would show some of the units leading k tasks as if they led more
    cut = ranked["led"].iloc[min(TOP_LEADS, len(ranked)) - 1] if len(ranked) else 0
    top = ranked[ranked["led"] >= cut]  # sorted by led: the first TOP_LEADS and their tie
    return pd.DataFrame({
        "unit": top["unit"].to_list(), "unit_en": top["unit_en"].to_list(),
        "led": top["led"].astype(int).to_list(), "partnered": top["partnered"].astype(int).to_list(),
        "plan_tasks": top["plan_tasks"].astype(int).to_list(),
        "plans_leading": [int(leading.get(u, 0)) for u in top["unit"]],
        "plans_with_units": plans_with_units,
        "units_leading": len(ranked),  # every unit leading a task in the plan, listed or not
    }, columns=columns)


def _reuse_counts(reuse: pd.DataFrame | None, pairs: pd.DataFrame | None
                  ) -> tuple[dict[str, int], dict[tuple[str, str], int], dict[str, int] | None]:
    if reuse is None:
        return {}, {}, None
    n_sentences = dict(zip(reuse["source_plan"], reuse["n_sentences"].astype(int), strict=True))
    reused = {(s, t): int(k) for s, t, k in zip(reuse["source_plan"], reuse["target_plan"],
                                                 reuse["n_reused"], strict=True)}
    anywhere = (None if pairs is None else
                pairs.groupby("source_plan")["source_sent"].nunique().astype(int).to_dict())
    return n_sentences, reused, anywhere


def _reuse(pid: str, parent: str | None, n_sentences: dict[str, int],
           reused: dict[tuple[str, str], int], anywhere: dict[str, int] | None,
           available: bool, not_text: list[scope.LeftOut] | None = None) -> dict:
    """Counts of the plan's sentences: in all, found in its parent's plan, found in no other
    plan. None where it cannot be said (no reuse table, parent not in the corpus, no pairs) or
    must not be (`not_text`: the plan's or its parent's page is not a plan's text)."""
    if not available:
        return {"available": False}
    n = n_sentences.get(pid)  # a plan missing from a partial table shares no sentence
    from_parent = None
    if parent is not None and n and not not_text:
        from_parent = reused.get((pid, parent), 0)
    own = None if anywhere is None or not n else n - anywhere.get(pid, 0)
    return {"available": True, "n_sentences": n, "from_parent": from_parent, "own": own,
            "not_text": list(not_text or [])}


def _instruments(pid: str, clauses: pd.Series, whole_clauses: pd.Series, n_others: int,
                 whole: bool) -> pd.DataFrame:
    """The plan's clauses by type beside those of the other whole plans (`whole_clauses`: every
    whole plan's, from which a whole plan's own are taken out; `n_others` of them)."""
    mine = clauses.xs(pid, level="plan_id") if pid in clauses.index.get_level_values(0) else pd.Series(dtype=int)
    others = [int(whole_clauses.get(t, 0)) - (int(mine.get(t, 0)) if whole else 0) for t in INSTRUMENT_TYPES]
    return pd.DataFrame({
        "type": list(INSTRUMENT_TYPES),
        "clauses": [int(mine.get(t, 0)) for t in INSTRUMENT_TYPES],
        "n_clauses": int(mine.sum()),
        "others_clauses": others,
        "others_total": sum(others),
        "n_others": n_others,
    })
