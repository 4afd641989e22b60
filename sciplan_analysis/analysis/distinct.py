"""What each plan has that the others lack: its own tasks and its distinctive words.

A task is the plan's own when none of its sentences recurs nearly verbatim in another plan
(the reuse pairs, score at or above the reuse threshold) and its title has no near match
among the other plans' task titles (rapidfuzz ratio below `title_threshold`). Distinctive
words leave out place names (every plan's region, province and parent, with and without
市/县/区/省, and the names in ``data/reference/place_names.txt``), which would otherwise
top every list (重庆, 巫溪, 锦江) and say nothing about content.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
from rapidfuzz import fuzz

from sciplan_analysis import labels
from sciplan_analysis.analysis import similarity as sim
from sciplan_analysis.analysis.categories import task_categories
from sciplan_analysis.analysis.result import tidy
from sciplan_analysis.config import REFERENCE_DIR
from sciplan_analysis.reference_files import numbered_lines
from sciplan_analysis.tables import Corpus

PLACE_NAMES_FILE = REFERENCE_DIR / "place_names.txt"
FRAGMENTS_FILE = REFERENCE_DIR / "term_fragments.txt"  # pieces the tokenizer cuts off a word
TITLE_THRESHOLD = 80.0  # rapidfuzz ratio of two task titles at or above which they match
_SUFFIX = re.compile(r"(?:省|市|县|区|自治州|州|镇|乡|街道)$")
_SPLIT = re.compile(r"(?<=[省市县区])")


def place_names(corpus: Corpus, path: str | Path = PLACE_NAMES_FILE) -> set[str]:
    """Place names to leave out of distinctive words: the plans' regions, provinces and
    parents, each part (成都市锦江区 → 成都市, 锦江区) with and without its suffix, and the
    names listed in `path` (one a line)."""
    names: set[str] = set()
    for col in ("name_zh", "province", "parent"):
        for value in corpus.plans.get(col, pd.Series(dtype=object)).dropna().astype(str):
            for part in [value, *(p for p in _SPLIT.split(value) if p)]:
                names.add(part)
                stem = _SUFFIX.sub("", part)
                if len(stem) >= 2:
                    names.add(stem)
    if Path(path).is_file():
        names |= {line.strip() for _, line in numbered_lines(path)}
    return {n for n in names if n}


def distinctive_terms(corpus: Corpus, n: int = 12, analyzer: str = "word", *,
                      boilerplate: bool = True) -> pd.DataFrame:
    """`similarity.distinctive_terms` without place names (a term holding one is left out) and
    without the pieces the tokenizer cuts off a longer word (``term_fragments.txt``: 建圈 of
    建圈强链), ranked again 1..n per plan."""
    places = place_names(corpus)
    pieces = {line.strip() for _, line in numbered_lines(FRAGMENTS_FILE)} if FRAGMENTS_FILE.is_file() else set()
    wide = sim.distinctive_terms(corpus, n * 4, analyzer, boilerplate=boilerplate)
    keep = ~wide["term"].map(lambda t: t in pieces or any(p in t or t in p for p in places))
    out = wide[keep].groupby("plan_id", sort=False).head(n).copy()
    out["rank"] = out.groupby("plan_id", sort=False).cumcount() + 1
    return tidy(out.reset_index(drop=True), analyzer=analyzer, boilerplate_removed=boilerplate,
                places_removed=len(places))


def own_tasks(corpus: Corpus, pairs: pd.DataFrame,
              title_threshold: float = TITLE_THRESHOLD) -> pd.DataFrame:
    """The tasks no other plan has a near match for (module doc): plan_id, task_id,
    category, title, best_title_match (the closest other plan's title score, 0-100)."""
    tasks = task_categories(corpus)
    seg = corpus.segments.dropna(subset=["task_id"])[["plan_id", "seg_id", "task_id"]]
    reused = pairs[pairs["source_plan"] != pairs["target_plan"]][["source_plan", "source_seg_id"]]
    reused = reused.rename(columns={"source_plan": "plan_id", "source_seg_id": "seg_id"})
    reused = reused.merge(seg, on=["plan_id", "seg_id"])[["plan_id", "task_id"]].drop_duplicates()
    shared = set(map(tuple, reused.to_numpy()))
    titles = tasks[["plan_id", "title"]].astype(str)
    rows = []
    for t in tasks.itertuples(index=False):
        if (t.plan_id, t.task_id) in shared:
            continue
        others = titles[titles["plan_id"] != t.plan_id]["title"]
        best = max((fuzz.ratio(str(t.title), o) for o in others), default=0.0)
        if best >= title_threshold:
            continue
        rows.append({"plan_id": t.plan_id, "task_id": t.task_id, "category": t.category,
                     "title": t.title, "best_title_match": round(float(best), 1)})
    out = pd.DataFrame(rows, columns=["plan_id", "task_id", "category", "title",
                                      "best_title_match"])
    return tidy(out, title_threshold=title_threshold)


def own_tasks_table(own: pd.DataFrame, corpus: Corpus, lang: str | None = None) -> pd.DataFrame:
    """`own_tasks` for readers, one row per plan and category: how many of the plan's tasks
    of that category are its own ("2/5"), and their titles."""
    tr = labels.tr
    tasks = task_categories(corpus)
    total = tasks.groupby(["plan_id", "category"]).size()
    rows = []
    order = {p: i for i, p in enumerate(corpus.plan_ids)}
    cats = {c: i for i, c in enumerate(labels.category_order())}
    for (pid, cat), g in own.groupby(["plan_id", "category"], sort=False):
        rows.append({"_p": order.get(pid, 0), "_c": cats.get(cat, 99),
                     tr("地区", "Region", lang): labels.plan_label(pid, lang),
                     tr("类别", "Category", lang): labels.category_label(cat, lang),
                     tr("自有任务 / 该类别任务", "Own tasks / tasks of the category", lang):
                         f"{len(g)}/{int(total.get((pid, cat), len(g)))}",
                     tr("自有任务（编号和标题）", "Its own tasks (number and title, in Chinese as written)", lang):
                         "；".join(f"{t} {title}" for t, title in zip(g["task_id"], g["title"],
                                                                     strict=True))})
    if not rows:
        return pd.DataFrame()
    return pd.DataFrame(rows).sort_values(["_p", "_c"]).drop(columns=["_p", "_c"])
