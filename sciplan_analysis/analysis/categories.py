"""Which populations and which projects each plan addresses: the category × plan matrix.

One counting rule, everywhere in the report: categories are counted by task
(`tasks.category`, the task's own category where its title names one, else its group's),
and a plan "has" a category when it has a task in it. Where a group heading and one of its
tasks disagree (巫溪县 4.4.4 加强专职科普队伍建设 is a talent task inside a grassroots group),
the task wins (`counting_rule`, said once on the page in readers' words; `rule_exceptions` lists
the tasks concerned).

A cell is NA ("not stated") rather than 0 where the plan's text cannot tell us: the text
has none of the part where that category lives in the other plans (a fragment without
its actions part says nothing about youth), or the text is a fragment and the category
may have been in the lost half, or the page is not the plan's text (a news item, a paper, a
report or a page of unknown kind, `scope.reasons`: a news item that names no youth task says
nothing of the plan's). A 0 is a real gap in a text that has the part.
"""

from __future__ import annotations

import pandas as pd

from sciplan_analysis import labels
from sciplan_analysis.analysis import scope, wide
from sciplan_analysis.analysis.result import record, tidy
from sciplan_analysis.tables import Corpus

VALUES = ("tasks", "share", "groups")


def _plan_ids(corpus: Corpus) -> list[str]:
    labels.register_plans(corpus.plans)
    return [str(p) for p in corpus.plans["plan_id"]]


def _ordered(categories: set[str]) -> list[str]:
    order = labels.category_order()
    return [c for c in order if c in categories] + sorted(c for c in categories if c not in order)


def category_home_parts(corpus: Corpus) -> pd.Series:
    """For each category, the part (actions, projects, implementation...) its tasks mostly
    sit in (a category no task has: the part of its groups)."""
    tasks = tasks_with_category(corpus)[["category", "part"]]
    groups = corpus.groups[["category", "part"]]
    rows = pd.concat([tasks, groups[~groups["category"].isin(set(tasks["category"]))]])
    rows = rows.dropna(subset=["category"])
    if rows.empty:
        return pd.Series(dtype=object, name="part")
    counts = rows.groupby(["category", "part"]).size().rename("n").reset_index()
    counts = counts.sort_values(["category", "n", "part"], ascending=[True, False, True])
    return counts.drop_duplicates("category").set_index("category")["part"]


def task_categories(corpus: Corpus) -> pd.DataFrame:
    """The tasks table with every task's category filled: its own (`tasks.category`), else
    its group's (a table made without task categories still counts by the one rule)."""
    tasks = corpus.tasks.copy()
    groups = corpus.groups[["plan_id", "group_id", "category", "category_en"]].rename(
        columns={"category": "_group", "category_en": "_group_en"})
    tasks = tasks.merge(groups, on=["plan_id", "group_id"], how="left")
    for col, fallback in (("category", "_group"), ("category_en", "_group_en")):
        if col not in tasks.columns:
            tasks[col] = None
        tasks[col] = tasks[col].astype(object).where(tasks[col].notna(), tasks[fallback])
    return tasks.drop(columns=["_group", "_group_en"])


def tasks_with_category(corpus: Corpus) -> pd.DataFrame:
    """The tasks table (plan_id first) with its group's part and heading beside the task's
    own category (`task_categories`): the one counting rule of the report (module doc)."""
    cols = ["plan_id", "group_id", "part", "heading"]
    groups = corpus.groups.reindex(columns=cols)
    tasks = task_categories(corpus).merge(groups, on=["plan_id", "group_id"], how="left")
    tasks["n_chars"] = pd.to_numeric(tasks["n_chars"], errors="coerce").fillna(0)
    return tidy(tasks)


def rule_exceptions(corpus: Corpus) -> pd.DataFrame:
    """The tasks whose own category differs from their group heading's (plan_id first):
    task_id, title, category (counted) and group_category (the heading's)."""
    groups = corpus.groups[["plan_id", "group_id", "category"]].rename(
        columns={"category": "group_category"})
    tasks = task_categories(corpus)[["plan_id", "task_id", "group_id", "title", "category"]]
    rows = tasks.merge(groups, on=["plan_id", "group_id"], how="left")
    rows = rows[rows["category"].notna() & (rows["category"] != rows["group_category"])]
    return tidy(rows[["plan_id", "task_id", "title", "category", "group_category"]])


def counting_rule(corpus: Corpus, lang: str | None = None) -> str:
    """The counting rule in one reader's sentence, with how many tasks it moves."""
    n = len(rule_exceptions(corpus))
    return labels.text("rule.categories", lang, n=n)


def not_stated_mask(corpus: Corpus, categories: list[str]) -> pd.DataFrame:
    """True where a category × plan cell cannot be known from the text (see module doc)."""
    plan_ids = _plan_ids(corpus)
    home = category_home_parts(corpus)
    parts = corpus.groups.groupby("plan_id")["part"].agg(lambda s: set(s.dropna()))
    partial = set(scope.reasons(corpus))  # a fragment, or a page that is not a plan's text
    present = task_categories(corpus).groupby("plan_id")["category"].agg(
        lambda s: set(s.dropna()))
    mask = pd.DataFrame(False, index=pd.Index(categories, name="category"),
                        columns=pd.Index(plan_ids, name="plan_id"))
    for pid in plan_ids:
        has = present.get(pid, set())
        for cat in categories:
            if cat in has:
                continue
            if home.get(cat) not in parts.get(pid, set()) or pid in partial:
                mask.at[cat, pid] = True
    return mask


def category_matrix(corpus: Corpus, value: str = "tasks") -> pd.DataFrame:
    """Categories × plans: the wide view of `category_profile` for charts and display.

    ``value="tasks"``: number of tasks (by `tasks.category`, the report's one rule);
    ``"groups"``: number of group headings of the category (as the plans lay them out);
    ``"share"``: percent of the plan's task text (characters) in the category; ``"chars"``: those
    characters, the count beside the share. NA where the text cannot say.
    Categories that no plan fills (e.g. "other" for the goals groups) are left out.
    """
    if value not in (*VALUES, "chars"):
        raise ValueError(f"value must be one of {VALUES} or 'chars', not {value!r}")
    plan_ids = _plan_ids(corpus)
    if value == "groups":
        data = corpus.groups.dropna(subset=["category"])
        table = data.groupby(["category", "plan_id"]).size().unstack("plan_id")
    else:
        data = tasks_with_category(corpus).dropna(subset=["category"])
        if value == "tasks":
            table = data.groupby(["category", "plan_id"]).size().unstack("plan_id")
        else:
            chars = data.groupby(["category", "plan_id"])["n_chars"].sum().unstack("plan_id")
            table = chars if value == "chars" else chars / chars.sum(axis=0) * 100
    categories = _ordered(set(corpus.groups["category"].dropna())
                          | set(task_categories(corpus)["category"].dropna()))
    table = table.reindex(index=categories, columns=plan_ids).astype(float).fillna(0.0)
    table = table.mask(not_stated_mask(corpus, categories))
    table = table[(table.fillna(0) > 0).any(axis=1)]  # drop categories no plan has tasks in
    table.index.name = "category"
    table.columns.name = "plan_id"
    return record(table, value=value)


def category_profile(corpus: Corpus) -> pd.DataFrame:
    """One row per plan and category (plan_id, category first): groups, tasks and share
    (percent of the plan's task text), NA where the text cannot say (see the module doc).
    Categories no plan has tasks in are left out, as in `category_matrix`."""
    matrices = {value: category_matrix(corpus, value) for value in VALUES}
    categories = list(matrices["tasks"].index)
    columns = {}
    for value in ("groups", "tasks", "share"):
        m = matrices[value].reindex(index=categories)
        columns[value] = m.T.stack(future_stack=True)
    long = pd.DataFrame(columns)
    long.index.names = ["plan_id", "category"]
    long["groups"] = long["groups"].astype("Int64")
    long["tasks"] = long["tasks"].astype("Int64")
    return tidy(long, keys=["plan_id", "category"])


def coverage(corpus: Corpus, lang: str | None = None) -> pd.DataFrame:
    """Per plan: the populations and projects it addresses, leaves out, or cannot tell (fragment):
    the last under `labels.unsaid`, the one label the report uses for a part the text lacks."""
    tr = labels.tr
    zh = labels.is_zh(lang)
    comma = "、" if zh else ", "
    matrix = category_matrix(corpus, "tasks")
    home = category_home_parts(corpus)
    rows = []
    for pid in matrix.columns:
        row = {tr("地区", "Region", lang): labels.plan_label(pid, lang)}
        for part, name in (("actions", tr("人群", "Populations", lang)),
                           ("projects", tr("工程", "Projects", lang))):
            cats = [c for c in matrix.index if home.get(c) == part and c != "other"]
            col = matrix.loc[cats, pid]
            addressed = [labels.category_label(c, lang) for c in cats if col[c] > 0]
            left_out = [labels.category_label(c, lang) for c in cats if col[c] == 0]
            unknown = [labels.category_label(c, lang) for c in cats if pd.isna(col[c])]
            row[f"{name}{tr('：涉及', ': addressed', lang)}"] = comma.join(addressed) or "—"
            row[f"{name}{tr('：未涉及', ': left out', lang)}"] = comma.join(left_out) or "—"
            row[f"{name}{tr('：', ': ', lang)}{labels.unsaid(lang)}"] = comma.join(unknown) or "—"
        rows.append(row)
    return pd.DataFrame(rows)


def labelled(matrix: pd.DataFrame, lang: str | None = None, decimals: int = 0,
             corpus: Corpus | None = None, sheet: str | None = None) -> pd.DataFrame:
    """A category × plan matrix with Chinese/English labels and 现存文本未见 / "not in the text as
    we have it" in NA cells (a category in a part the text lost: `labels.unsaid`). Among many
    plans (`wide.by_row`), with the `corpus` and the workbook `sheet` holding each plan's figures:
    a row per category, the spread across the plans (`wide.spread_rows`)."""
    if corpus is not None and sheet is not None and wide.by_row(matrix.shape[1]):
        return wide.spread_rows(matrix.set_axis([labels.category_label(c, lang) for c in matrix.index]),
                                corpus, row_name=labels.tr("类别", "Category", lang), sheet=sheet,
                                lang=lang, decimals=decimals)
    table = matrix.round(decimals)
    if decimals == 0:
        table = table.astype("Int64")
    table = table.astype(object).where(matrix.notna(), labels.unsaid(lang))
    table.index = [labels.category_label(c, lang) for c in matrix.index]
    table.columns = labels.plan_labels(matrix.columns, lang)
    table.index.name = labels.tr("类别", "Category", lang)
    return table




def rule_exceptions_table(corpus: Corpus, lang: str | None = None) -> pd.DataFrame:
    """`rule_exceptions` for readers: region, task, title, the category it counts in and
    its group heading's category."""
    tr = labels.tr
    rows = rule_exceptions(corpus)
    return pd.DataFrame({
        tr("地区", "Region", lang): labels.plan_labels(rows["plan_id"], lang),
        tr("任务", "Task", lang): rows["task_id"].to_numpy(),
        tr("任务标题", "Task title", lang): rows["title"].to_numpy(),
        tr("计入的类别（按任务）", "Counted in (by task)", lang):
            [labels.category_label(c, lang) for c in rows["category"]],
        tr("所在组标题的类别", "Its group heading's category", lang):
            [labels.category_label(c, lang) for c in rows["group_category"]],
    })
