"""Who carries the work: tasks led and partnered per plan and canonical unit.

Counts are over the canonical units of `assignments.unit` (see `units.py`): two raw names of
one bureau in the same task count once, and a unit named both lead and partner of a task
(under two spellings) counts as lead.

Plans differ in how they assign units, and every table says so in ``assignment_basis``:

- ``task``: each task names its lead and partner units (bracket notes);
- ``group table``: a table assigns units per group, and each task of the group inherits
  them (Shanwei) — counts are task counts, but they multiply a group's units by its size;
- ``none``: the text names no units (the Chongqing fragment) — its values are NaN, never 0.

(``mixed`` marks a plan with both bracket and table assignments.)
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from sciplan_analysis import labels
from sciplan_analysis.analysis import scope, wide
from sciplan_analysis.analysis.categories import task_categories
from sciplan_analysis.analysis.result import record, tidy
from sciplan_analysis.parsing.units import ALIASES_FILE, load_aliases, unmapped_name
from sciplan_analysis.tables import Corpus

BASIS_TASK = "task"
BASIS_GROUP = "group table"
BASIS_NONE = "none"
BASIS_MIXED = "mixed"
# Category-lead cells: why a cell names no unit (labels: kind workload_status of labels.csv).
NO_GROUP = "no_group"
NO_UNITS = "no_units"
NO_LEAD = "no_lead"
WORKLOAD_COLUMNS = [
    "plan_id", "assignment_basis", "unit", "unit_en", "unit_type", "led", "partnered", "total",
    "plan_tasks", "share_led", "share_total", "lead_credit",
]


def assignment_basis(corpus: Corpus) -> pd.Series:
    """Per plan (every plan of `corpus.plans`): 'task', 'group table', 'mixed' or 'none'."""
    sources = corpus.assignments.groupby("plan_id")["source"].agg(lambda s: set(s.dropna()))

    def basis(plan_id: str) -> str:
        found = sources.get(plan_id, set())
        if not found:
            return BASIS_NONE
        if found == {"table"}:
            return BASIS_GROUP
        if "table" in found:
            return BASIS_MIXED
        return BASIS_TASK

    ids = corpus.plans["plan_id"].astype(str)
    return pd.Series([basis(p) for p in ids], index=pd.Index(ids, name="plan_id"),
                     name="assignment_basis")


def basis_label(basis: str, lang: str | None = None) -> str:
    """Chinese or English label of an assignment basis."""
    return labels.label("basis", basis, lang)


def status_label(status: str, lang: str | None = None) -> str:
    """Why a category-lead cell names no unit ('—', 未列单位, 未明确牵头), in `lang`."""
    return labels.label("workload_status", status, lang)


def silent(corpus: Corpus) -> dict[str, str]:
    """plan_id → why, for the texts naming no units that are not whole plans (a fragment, a news
    item: `scope.reasons`): their silence on units is 未提及 (not stated), never 未列 (none)."""
    why = scope.reasons(corpus)
    return {p: why[p] for p, b in assignment_basis(corpus).items() if b == BASIS_NONE and p in why}


def none_label(corpus: Corpus, plan_id: str, lang: str | None = None) -> str:
    """What a chart says of a plan naming no units: 现存文本未见责任单位 for a text that is not a
    whole plan (`silent`), as the findings say; 未列责任单位 for a whole plan naming none."""
    if plan_id in silent(corpus):
        return labels.text("unit.silent", lang)
    return basis_label(BASIS_NONE, lang)


def _silent_why(plan_id: str, reason: str, corpus: Corpus, lang: str | None) -> str:
    if reason == scope.FRAGMENT:
        return labels.text("unit.why.fragment", lang)
    return scope.kind_word(plan_id, corpus, lang)


def plan_axis_labels(corpus: Corpus, lang: str | None = None) -> dict[str, str]:
    """{plan_id: label for a chart axis}: the region's name, plus the basis where it is not 'task';
    a text naming no units that is not a whole plan says why and 未提及 in one bracket
    (重庆市（残篇，现存文本未见责任单位）), as the findings say, never 未列."""
    labels.register_plans(corpus.plans)
    axis = {}
    quiet = silent(corpus)
    for plan_id, basis in assignment_basis(corpus).items():
        name = labels.plan_label(plan_id, lang)
        if plan_id in quiet:
            axis[plan_id] = name + "\n" + labels.text(
                "unit.header.silent", lang, why=_silent_why(plan_id, quiet[plan_id], corpus, lang))
        elif basis == BASIS_TASK:
            axis[plan_id] = name
        elif labels.is_zh(lang):
            axis[plan_id] = f"{name}\n（{basis_label(basis, lang)}）"
        else:
            axis[plan_id] = f"{name}\n({basis_label(basis, lang)})"
    return axis


def one_line(axis_label: str) -> str:
    """A `plan_axis_labels` label on one line (a table header, a panel title): 汕尾市城区（按组分工）
    with no space before the full-width bracket (it read 汕尾市城区 （按组分工））, Chengqu
    District, Shanwei (units per group) in English."""
    return axis_label.replace("\n（", "（").replace("\n", " ")


def unit_name(unit: str, unit_en: object = None, mapped: bool = True,
              lang: str | None = None) -> str:
    """A unit as readers see it, in `lang`: the canonical name (Chinese) or its English name;
    a name the crosswalk lacks (`mapped` False: ``unit_type`` is NA in the workload tables) as
    written and marked (县教育局（未对应规范单位）, 县教育局 (unmatched name)), in both
    languages, so a reader never takes it for a unit of its own beside its canonical unit
    (县教育局 beside 教育部门) nor reads "None" where it has no English name."""
    if not mapped:
        return unmapped_name(str(unit), lang)
    if labels.is_zh(lang):
        return str(unit)
    return unit_en if isinstance(unit_en, str) and unit_en else unmapped_name(str(unit), lang)


def unit_names(frame: pd.DataFrame, lang: str | None = None, unit: str = "unit",
               unit_en: str = "unit_en", unit_type: str = "unit_type") -> list[str]:
    """`unit_name` of each row of a frame with a unit, its English name and its type (a
    `unit_workload` or `task_units` frame)."""
    return [unit_name(u, e, pd.notna(t), lang) for u, e, t in
            zip(frame[unit], frame[unit_en], frame[unit_type], strict=True)]


def unmapped(corpus: Corpus, path: Path = ALIASES_FILE) -> list[str]:
    """The unit names of the plans the crosswalk does not map, the busiest (most tasks) first:
    each is counted as a unit of its own, beside the canonical unit it may belong to."""
    rows = task_units(corpus, path)
    counts = rows.loc[rows["unit_type"].isna(), "unit"].astype(str).value_counts()
    return sorted(counts.index, key=lambda u: (-counts[u], u))  # the busiest first


def unmapped_note(corpus: Corpus, lang: str | None = None, path: Path = ALIASES_FILE) -> str:
    """A sentence for page 04 and its charts' notes: how many unit names are not mapped to a
    canonical unit, that they are shown as written and marked, each a unit of its own (so
    a reader does not count 县教育局 beside 教育部门 as another body), and where the workbook
    lists them; "" when every name is mapped."""
    names = unmapped(corpus, path)
    if not names:
        return ""
    return labels.text("unit.unmapped_note", lang, n=len(names),
                       example=unmapped_name(names[0], lang))


def task_units(corpus: Corpus, path: Path = ALIASES_FILE) -> pd.DataFrame:
    """One row per (plan, task, canonical unit), plan_id first: role (lead wins over
    partner), unit_en, unit_type, group_id and the task's category (`tasks.category`, the
    report's one counting rule)."""
    a = corpus.assignments.dropna(subset=["unit"]).copy()
    a["is_lead"] = a["role"] == "lead"
    rows = (a.groupby(["plan_id", "task_id", "unit"], sort=False)
            .agg(is_lead=("is_lead", "any"), unit_en=("unit_en", "first"))
            .reset_index())
    rows["role"] = rows["is_lead"].map({True: "lead", False: "partner"})
    types = load_aliases(path).drop_duplicates("unit").set_index("unit")["unit_type"]
    rows["unit_type"] = rows["unit"].map(types)
    # a name the crosswalk lacks: its name as written, marked, never NA (apply_crosswalk does so
    # on loading; a corpus built otherwise gets the same)
    missing = rows["unit_en"].isna()
    rows.loc[missing, "unit_en"] = [unmapped_name(str(u), "en") for u in rows.loc[missing, "unit"]]
    tasks = task_categories(corpus)[["plan_id", "task_id", "group_id", "category", "category_en"]]
    rows = rows.merge(tasks, on=["plan_id", "task_id"], how="left")
    columns = ["plan_id", "task_id", "group_id", "category", "category_en", "unit", "unit_en",
               "unit_type", "role"]
    return tidy(rows[columns], crosswalk=path)


def unit_workload(corpus: Corpus, path: Path = ALIASES_FILE) -> pd.DataFrame:
    """One row per plan and canonical unit (plan_id first): tasks led, partnered, total,
    and shares of the plan's tasks.

    ``share_led``/``share_total`` divide by the plan's number of tasks (``plan_tasks``);
    ``lead_credit`` splits each task's lead among its co-leads (1/n each), so a plan's
    credits add up to its number of tasks with a lead. Plans with basis 'none' have no rows.
    """
    rows = task_units(corpus, path)
    basis = assignment_basis(corpus)
    n_tasks = corpus.tasks.groupby("plan_id").size()
    if rows.empty:
        return tidy(pd.DataFrame(columns=WORKLOAD_COLUMNS), crosswalk=path)
    leads = rows[rows["role"] == "lead"]
    n_leads = leads.groupby(["plan_id", "task_id"]).size().rename("n_leads")
    credit = (leads.join(n_leads, on=["plan_id", "task_id"])
              .assign(lead_credit=lambda d: 1.0 / d["n_leads"])
              .groupby(["plan_id", "unit"])["lead_credit"].sum())
    out = (rows.assign(led=rows["role"] == "lead", partnered=rows["role"] == "partner")
           .groupby(["plan_id", "unit"], sort=False)
           .agg(unit_en=("unit_en", "first"), unit_type=("unit_type", "first"),
                led=("led", "sum"), partnered=("partnered", "sum"))
           .reset_index())
    out["led"] = out["led"].astype(int)
    out["partnered"] = out["partnered"].astype(int)
    out["total"] = out["led"] + out["partnered"]
    out["plan_tasks"] = out["plan_id"].map(n_tasks).astype(int)
    out["share_led"] = out["led"] / out["plan_tasks"]
    out["share_total"] = out["total"] / out["plan_tasks"]
    out["lead_credit"] = [credit.get((p, u), 0.0) for p, u in zip(out["plan_id"], out["unit"], strict=True)]
    out["assignment_basis"] = out["plan_id"].map(basis)
    order = {p: i for i, p in enumerate(basis.index)}
    out = out.sort_values(["plan_id", "total", "led", "unit"], ascending=[True, False, False, True],
                          key=lambda s: s.map(order) if s.name == "plan_id" else s)
    return tidy(out[WORKLOAD_COLUMNS], crosswalk=path)


def workload_matrix(corpus: Corpus, value: str = "total", path: Path = ALIASES_FILE) -> pd.DataFrame:
    """Canonical units (rows) × plans (columns) of one `unit_workload` column: a wide view.

    A unit a plan does not name is 0; a plan with basis 'none' is a column of NaN (its text
    names no units, which is not the same as naming none of these). Rows are sorted by the
    pooled value, largest first; columns follow the manifest order.
    """
    if value not in {"led", "partnered", "total", "share_led", "share_total", "lead_credit"}:
        raise ValueError(f"value must be a count or share column of unit_workload, not {value!r}")
    work = unit_workload(corpus, path)
    basis = assignment_basis(corpus)
    matrix = work.pivot_table(index="unit", columns="plan_id", values=value, aggfunc="sum",
                              fill_value=0)
    matrix = matrix.reindex(columns=list(basis.index))
    for plan_id, b in basis.items():
        matrix[plan_id] = float("nan") if b == BASIS_NONE else matrix[plan_id].fillna(0)
    matrix = matrix.astype(float)
    order = matrix.sum(axis=1, skipna=True).sort_values(ascending=False, kind="stable").index
    matrix = matrix.loc[order]
    matrix.columns.name = "plan_id"
    return record(matrix, value=value, crosswalk=path)


def top_units(corpus: Corpus, n: int = 5, by: str = "total", path: Path = ALIASES_FILE) -> pd.DataFrame:
    """The `n` units with the highest `by` (then most led) in each plan that names units
    (rows of `unit_workload`, plan_id first)."""
    work = unit_workload(corpus, path)
    work = work.sort_values(["plan_id", by, "led", "unit"], ascending=[True, False, False, True])
    out = work.groupby("plan_id", sort=False).head(n)
    order = {p: i for i, p in enumerate(assignment_basis(corpus).index)}
    out = out.sort_values("plan_id", key=lambda s: s.map(order), kind="stable")
    return tidy(out, n=n, by=by, crosswalk=path)


def most_led(work: pd.DataFrame) -> pd.DataFrame:
    """The unit leading most tasks in each plan of `work` (`unit_workload` rows), by the plain
    count of tasks it leads (``led``: a co-led task counts for each of its leads), every unit
    sharing that count kept (a tie is named as a tie): rows of `work` with a lead, in its plan
    order, tied units by name. The one rule for "the unit leading most": page 04's table and
    finding, and the plan pages' first row, which rank by the same count."""
    w = work[work["led"] > 0]
    top = w[w["led"] == w.groupby("plan_id", sort=False)["led"].transform("max")]
    order = {p: i for i, p in enumerate(dict.fromkeys(work["plan_id"]))}
    return top.sort_values(["plan_id", "unit"], key=lambda s: s.map(order) if s.name == "plan_id" else s,
                           kind="stable")


COLLECTIVE = "collective"  # a unit type naming a group of units (各成员单位), not one unit


def collective_names(work: pd.DataFrame, units: Sequence[str]) -> list[str]:
    """Of `units`, the collective names in `work` (`unit_workload` rows; unit type collective:
    各成员单位, 其他成员单位), in the order given: they are not units, so a ranking of units
    leaves them out and says so."""
    types = work.drop_duplicates("unit").set_index("unit")["unit_type"]
    return [u for u in units if types.get(u) == COLLECTIVE]


def workload_rows(corpus: Corpus, value: str = "led", top: int | None = 25,
                  path: Path = ALIASES_FILE) -> tuple[pd.DataFrame, list[str]]:
    """The units × plans matrix of one count (``led`` or ``partnered``) that page 04's heatmap
    draws, and the collective names it leaves out. Rows: the `top` units by the pooled count
    itself (the lead chart shows the units leading most, the partner chart those partnering
    most), never a unit whose count is 0 in every plan (a row empty for every plan in a chart
    of tasks led); a collective name (各成员单位: unit type collective) is not a unit, and both
    charts leave it out, returned so that the chart says so. Columns: plans in manifest order
    (`workload_matrix`); the chart orders them by clustering among many plans."""
    matrix = workload_matrix(corpus, value, path)
    matrix = matrix[matrix.sum(axis=1, skipna=True) > 0]
    left = collective_names(unit_workload(corpus, path), matrix.index)
    matrix = matrix.drop(index=left)
    if top is not None:
        matrix = matrix.iloc[:top]
    return matrix, left


def pooled_leads(work: pd.DataFrame) -> tuple[pd.DataFrame, int]:
    """Per unit (index) of `work` (`unit_workload` rows), the plans in which it leads tasks
    (``leads``) and those in which it is only a partner (``partners``), most leads first (then
    most partners, then name), units leading nowhere and collective names left out; and
    the number of plans naming units. Chart 4.1 among many plans counts plans, not tasks, so
    that one plan's long list cannot put a unit first."""
    naming = int(work["plan_id"].nunique())
    work = work[~work["unit"].isin(collective_names(work, list(dict.fromkeys(work["unit"]))))]
    per_unit = work.assign(leads=work["led"] > 0, partners=(work["led"] == 0) & (work["partnered"] > 0))
    pooled = per_unit.groupby("unit").agg(leads=("leads", "sum"), partners=("partners", "sum"))
    pooled = pooled.sort_values(["leads", "partners"], ascending=False, kind="stable")
    return pooled[pooled["leads"] > 0], naming


def lead_concentration(corpus: Corpus, path: Path = ALIASES_FILE) -> pd.DataFrame:
    """One row per plan (plan_id first): how concentrated the lead role is.

    Columns: plan_id, assignment_basis, plan_tasks, tasks_with_lead, lead_units (distinct), top_unit
    (the unit leading most tasks by the plain count, `most_led`; ties joined by '、') and
    top_unit_en (joined by ' / '), top_tied (how many units share the top count), top_tasks_led
    (that count), top_share (the top unit's share of the lead credit, where a task with n leads
    gives each 1/n; of tied units, the largest), hhi (Herfindahl index of lead-credit shares,
    1 = one unit leads all) and effective_leads (1 / hhi). Plans with basis 'none' have NaN values.
    """
    work = unit_workload(corpus, path)
    basis = assignment_basis(corpus)
    n_tasks = corpus.tasks.groupby("plan_id").size()
    tops = most_led(work)
    rows = []
    for plan_id, b in basis.items():
        w = work[(work["plan_id"] == plan_id) & (work["lead_credit"] > 0)]
        row: dict[str, object] = {"plan_id": plan_id, "assignment_basis": b,
                                  "plan_tasks": int(n_tasks.get(plan_id, 0))}
        total = float(w["lead_credit"].sum())
        top = tops[tops["plan_id"] == plan_id]
        if w.empty or total == 0 or top.empty:
            row.update(tasks_with_lead=0 if b != BASIS_NONE else pd.NA, lead_units=pd.NA,
                       top_unit=pd.NA, top_unit_en=pd.NA, top_tied=pd.NA, top_tasks_led=pd.NA,
                       top_share=float("nan"), hhi=float("nan"), effective_leads=float("nan"))
        else:
            shares = w["lead_credit"] / total
            hhi = float((shares**2).sum())
            row.update(tasks_with_lead=round(total), lead_units=len(w),
                       top_unit="、".join(top["unit"]),
                       top_unit_en=" / ".join(top["unit_en"].astype(str)),
                       top_tied=len(top), top_tasks_led=int(top["led"].iloc[0]),
                       top_share=float(top["lead_credit"].max()) / total, hhi=hhi,
                       effective_leads=1.0 / hhi)
        rows.append(row)
    return tidy(pd.DataFrame(rows), crosswalk=path)


def single_plan_units(corpus: Corpus, path: Path = ALIASES_FILE) -> pd.DataFrame:
    """Canonical units that appear in exactly one plan (of the plans that name units):
    one row per unit, plan_id first. `unit` and `unit_en` are the names as readers see them
    (`unit_name`: a name the crosswalk lacks marked in both languages, as page 04's paragraph
    says); `unit_type` stays NA for such a name, which tables read 未映射 / unmapped
    (`labels.unit_type_label`), as the workbook does. A collective name (相关部门（单位）, unit
    type collective) is not a unit, as page 04 says, and is left out (audit22 item 25)."""
    work = unit_workload(corpus, path)
    work = work[work["unit_type"] != COLLECTIVE]
    n_plans = work.groupby("unit")["plan_id"].nunique()
    only = work[work["unit"].map(n_plans) == 1]
    columns = ["plan_id", "unit", "unit_en", "unit_type", "assignment_basis", "led", "partnered",
               "total"]
    only = only[columns].sort_values(["plan_id", "total"], ascending=[True, False])
    only = only.assign(unit=unit_names(only, "zh"), unit_en=unit_names(only, "en"))
    return tidy(only, crosswalk=path)


def category_leads(corpus: Corpus, path: Path = ALIASES_FILE) -> pd.DataFrame:
    """Which canonical unit leads each category in each plan (long form), tasks counted by
    their own category (`tasks.category`).

    One row per plan and category of the reference list (plan_id, category first): n_groups
    (group headings of the category), n_tasks, lead_unit and
    lead_unit_en (the unit leading most of the category's tasks; ties joined by '、'),
    lead_unit_zh (lead_unit as readers see it: a name the crosswalk lacks marked, `unit_name`),
    lead_tasks, and status: 'ok', 'no_group' (the plan has no task of this category),
    'no_units' (the plan names no units) or 'no_lead' (its tasks name no lead).
    """
    rows = task_units(corpus, path)
    basis = assignment_basis(corpus)
    groups = corpus.groups
    tasks = task_categories(corpus)[["plan_id", "task_id", "group_id", "category", "category_en"]]
    categories = _category_order(pd.concat([groups[["category"]], tasks[["category"]]]))
    en_of = pd.concat([groups, tasks]).drop_duplicates("category").set_index(
        "category")["category_en"]
    # each table split once by (plan, category): a filter per cell would scan every row of
    # every plan, plans x categories times (quadratic in plans: 3.9 s of page 04 at 33 plans)
    n_groups = groups.groupby(["plan_id", "category"]).size().to_dict()
    n_tasks = tasks.groupby(["plan_id", "category"]).size().to_dict()
    lead_rows = rows[rows["role"] == "lead"]
    keys = ["plan_id", "category"]
    counts = (lead_rows.groupby([*keys, "unit"]).agg(n=("task_id", "size"), en=("unit_en", "first"),
                                                     unit_type=("unit_type", "first"))
              .reset_index())
    best = counts[counts["n"] == counts.groupby(keys)["n"].transform("max")].sort_values([*keys, "unit"])
    best = best.assign(en=unit_names(best, "en", unit_en="en"), zh=unit_names(best, "zh", unit_en="en"))
    top_of = {key: ("、".join(g["unit"]), " / ".join(g["en"]), int(g["n"].iloc[0]), "、".join(g["zh"]))
              for key, g in best.groupby(keys, sort=False)}  # the units leading most, ties joined
    out = []
    for plan_id, b in basis.items():
        for cat in categories:
            n_t = n_tasks.get((plan_id, cat), 0)
            row: dict[str, object] = {
                "plan_id": plan_id, "category": cat, "category_en": en_of.get(cat, cat),
                "assignment_basis": b, "n_groups": n_groups.get((plan_id, cat), 0),
                "n_tasks": n_t, "lead_unit": pd.NA, "lead_unit_en": pd.NA, "lead_unit_zh": pd.NA,
                "lead_tasks": 0,
            }
            top = top_of.get((plan_id, cat))
            if not n_t:
                row["status"] = NO_GROUP
            elif b == BASIS_NONE:
                row["status"] = NO_UNITS
            elif top is None:
                row["status"] = NO_LEAD
            else:
                row.update(lead_unit=top[0], lead_unit_en=top[1], lead_unit_zh=top[3],
                           lead_tasks=top[2], status="ok")
            out.append(row)
    return tidy(pd.DataFrame(out), keys=["plan_id", "category"], crosswalk=path)


def category_lead_table(corpus: Corpus, lang: str | None = None,
                        path: Path = ALIASES_FILE) -> pd.DataFrame:
    """Categories (rows) × plans (columns) of lead units as text, e.g. '教育部门 (4/5)'.

    Cells without a unit say why: '—' no such group, 现存文本未见 the group would sit in a part
    the text lost (a fragment), or a fragment names no units, '未列单位' no units stated, '未明确牵头' no lead named. Categories no
    plan has are left out.
    """
    from sciplan_analysis.analysis.categories import not_stated_mask

    long = category_leads(corpus, path)
    long = long[long["category"].isin(set(long.loc[long["status"] != NO_GROUP, "category"]))]
    if wide.by_row(len(corpus.plans)):  # many plans: a row per category (the assignments sheet has each task)
        return _leads_by_category(long, corpus, lang)
    lost = not_stated_mask(corpus, sorted(set(long["category"])))
    quiet = silent(corpus)

    def cell(r: pd.Series) -> str:
        if r["status"] == NO_GROUP and bool(lost.at[r["category"], r["plan_id"]]):
            return labels.unsaid(lang)  # in a part the text lost: not "no such group"
        if r["status"] == NO_UNITS and r["plan_id"] in quiet:
            return labels.unsaid(lang)  # a fragment's silence: 现存文本未见, not 未列单位
        if r["status"] != "ok":
            return status_label(str(r["status"]), lang)
        name = r["lead_unit_zh"] if labels.is_zh(lang) else r["lead_unit_en"]
        return f"{name} ({r['lead_tasks']}/{r['n_tasks']})"

    long = long.assign(text=long.apply(cell, axis=1))
    table = long.pivot(index="category", columns="plan_id", values="text")
    table = table.reindex(index=[c for c in _category_order(corpus.groups) if c in table.index],
                          columns=list(assignment_basis(corpus).index))
    axis = plan_axis_labels(corpus, lang)
    table.columns = [one_line(axis[p]) for p in table.columns]
    table.index = pd.Index([labels.category_label(c, lang) for c in table.index],
                           name=labels.tr("类别", "Category", lang))
    return table


def _leads_by_category(long: pd.DataFrame, corpus: Corpus, lang: str | None) -> pd.DataFrame:
    """`category_lead_table` among many plans: a row per category, the plans with a task of it,
    those naming its lead, and the units leading most of its tasks in most plans (a unit tied
    for a plan's most counts for that plan), with how many plans each."""
    tr = labels.tr
    n = len(corpus.plans)
    zh = labels.is_zh(lang)
    sep = "、" if zh else "; "
    rows = []
    for category in [c for c in _category_order(corpus.groups) if c in set(long["category"])]:
        g = long[long["category"] == category]
        ok = g[g["status"] == "ok"]
        units = (ok["lead_unit_zh" if zh else "lead_unit_en"].astype(str)
                 .str.split("、" if zh else " / ").explode().value_counts())
        top = sep.join(tr(f"{u}（{k:,} 份）", f"{u} ({k:,})", lang) for u, k in units.head(3).items())
        rows.append({tr("类别", "Category", lang): labels.category_label(category, lang),
                     tr("有此类任务的规划", "Plans with a task of it", lang):
                         f"{int((g['status'] != NO_GROUP).sum()):,}/{n:,}",
                     tr("写明牵头单位的规划", "Plans naming its lead", lang): f"{len(ok):,}/{n:,}",
                     tr("在最多规划中牵头最多的单位（规划数，含并列）",
                        "Units leading most of its tasks in most plans (plans, ties included)", lang):
                         top or "—"})
    table = pd.DataFrame(rows)
    table.attrs["note"] = wide.note(n, "assignments", lang, code="table.by_row.leads")  # units, not a spread
    return table


def _category_order(groups: pd.DataFrame) -> list[str]:
    """Categories in the reference order, then any others the groups use."""
    reference = labels.category_order()
    extra = sorted(set(groups["category"].dropna()) - set(reference))
    return reference + extra


def describe(corpus: Corpus, lang: str | None = None, path: Path = ALIASES_FILE) -> list[str]:
    """Short computed sentences on what stands out (for a notebook's narrative)."""
    zh = labels.is_zh(lang)
    labels.register_plans(corpus.plans)
    basis = assignment_basis(corpus)
    conc = lead_concentration(corpus, path).set_index("plan_id")
    work = unit_workload(corpus, path)
    lines = []
    for plan_id, b in basis.items():
        name = labels.plan_label(plan_id, lang)
        if b == BASIS_NONE:
            lines.append(f"{name}{'：' if zh else ': '}" + ("文本未列任何责任单位，不计入比较。" if zh else
                                           "the text names no units; left out of the comparison."))
            continue
        c = conc.loc[plan_id]
        w = work[work["plan_id"] == plan_id]
        note = ""
        if b == BASIS_GROUP:
            note = "（单位按组分配，任务数随组的大小放大）" if zh else \
                " (units are assigned per group, so counts scale with group size)"
        if pd.isna(c["top_unit"]):
            lines.append(f"{name}{'：' if zh else ': '}" + ("未明确牵头单位" if zh else "no lead units named") + note)
            continue
        busiest = w.iloc[0]
        if zh:
            lines.append(
                f"{name}：{c['top_unit']} 牵头的任务最多（{c['top_tasks_led']}/{c['plan_tasks']} 项，"
                f"牵头份额 {c['top_share']:.0%}，集中度 {c['hhi']:.2f}，"
                f"相当于 {c['effective_leads']:.1f} 个同等牵头单位）；参与任务最多的是 {busiest['unit']}"
                f"（{busiest['total']}/{busiest['plan_tasks']} 项任务）；共 {len(w)} 个单位。{note}")
        else:
            lines.append(
                f"{name}: {c['top_unit_en']} leads more tasks than any other unit ({c['top_tasks_led']} of "
                f"{c['plan_tasks']}, lead share {c['top_share']:.0%}, "
                f"concentration {c['hhi']:.2f}, ≈{c['effective_leads']:.1f} equal leads); {busiest['unit_en']} "
                f"takes part in most tasks ({busiest['total']} of {busiest['plan_tasks']}); "
                f"{len(w)} units in all.{note}")
    only = single_plan_units(corpus, path)
    if len(only):
        names = "、".join(only["unit"]) if zh else ", ".join(only["unit_en"].astype(str))
        lines.append(f"只出现在一个方案中的单位 {len(only)} 个：{names}。" if zh else
                      f"{len(only)} units appear in one plan only: {names}.")
    return lines


def lead_table(corpus: Corpus, lang: str | None = None, path: Path = ALIASES_FILE) -> pd.DataFrame:
    """`lead_concentration` for readers: per plan, the unit leading most tasks by the count the
    column prints (`most_led`: the unit of page 04's finding and of the plan pages' first row),
    with that count over the plan's tasks ("24/33") and percent, beside the unit's split-credit
    lead share (a task with n leads gives each 1/n; named and defined on the page) and the plan's
    concentration (the Herfindahl index, defined on the page). Units sharing the top count are all
    named, as tied (科协、科技部门（并列）), each with its own lead share; a name the crosswalk
    lacks is marked (`unit_name`)."""
    tr = labels.tr
    conc = lead_concentration(corpus, path).set_index("plan_id")
    work = unit_workload(corpus, path)
    tops = most_led(work)
    credit = work[work["lead_credit"] > 0].groupby("plan_id")["lead_credit"].sum()
    sep = "、" if labels.is_zh(lang) else " / "
    rows = []
    for pid, c in conc.iterrows():
        top = tops[tops["plan_id"] == pid]
        named = pd.notna(c["top_unit"]) and not top.empty
        unit: object = pd.NA
        share: object = pd.NA
        if named:
            unit = sep.join(unit_names(top, lang))
            shares = [round(100 * float(v) / float(credit[pid])) for v in top["lead_credit"]]
            share = shares[0] if len(top) == 1 else sep.join(str(v) for v in shares)
            if len(top) > 1:
                unit = labels.text("unit.tied", lang, units=unit)
        led, tasks = c["top_tasks_led"], c["plan_tasks"]
        rows.append({
            tr("地区", "Region", lang): labels.plan_label(pid, lang),
            tr("任务", "Tasks", lang): int(tasks),
            tr("牵头单位数", "Lead units", lang): c["lead_units"] if named else pd.NA,
            tr("牵头最多的单位", "Unit leading the most tasks", lang): unit,
            tr("其牵头的任务", "Tasks it leads", lang): f"{int(led)}/{int(tasks)}" if named else pd.NA,
            tr("占任务（%）", "Of the tasks (%)", lang): round(100 * led / tasks) if named else pd.NA,
            tr("牵头份额（按份计，%）", "Lead credit share (%)", lang): share,
            tr("集中度（赫芬达尔指数，0–1）", "Concentration (Herfindahl index, 0–1)", lang):
                round(float(c["hhi"]), 2) if named else pd.NA,
        })
    return pd.DataFrame(rows)


def _task_list(rows: pd.DataFrame) -> str:
    return "；".join(f"{t} {title}" for t, title in zip(rows["task_id"], rows["title"], strict=True))


def unit_tasks(corpus: Corpus, lang: str | None = None, path: Path = ALIASES_FILE) -> pd.DataFrame:
    """Units × tasks, compactly: one row per plan and canonical unit, with the number of
    tasks it leads and supports and the tasks it leads (id and title), most leads first."""
    tr = labels.tr
    rows = task_units(corpus, path).merge(corpus.tasks[["plan_id", "task_id", "title"]],
                                          on=["plan_id", "task_id"], how="left")
    if rows.empty:
        return pd.DataFrame()
    order = {p: i for i, p in enumerate(assignment_basis(corpus).index)}
    out = []
    for (pid, unit), g in rows.groupby(["plan_id", "unit"], sort=False):
        leads = g[g["role"] == "lead"]
        out.append({"_order": order.get(pid, 0), "plan_id": pid,
                    "unit": unit_name(unit, g["unit_en"].iloc[0], pd.notna(g["unit_type"].iloc[0]), lang),
                    "led": len(leads), "partnered": int((g["role"] == "partner").sum()),
                    "tasks": _task_list(leads) if len(leads) else "—"})
    table = pd.DataFrame(out).sort_values(["_order", "led", "partnered", "unit"],
                                          ascending=[True, False, False, True])
    return pd.DataFrame({
        tr("地区", "Region", lang): labels.plan_labels(table["plan_id"], lang),
        tr("单位", "Unit", lang): table["unit"].to_numpy(),
        tr("牵头任务数", "Tasks led", lang): table["led"].to_numpy(),
        tr("配合任务数", "Tasks supported", lang): table["partnered"].to_numpy(),
        tr("牵头的任务", "The tasks it leads (titles in Chinese, as written)", lang): table["tasks"].to_numpy(),
    })


def assignments_with_titles(corpus: Corpus) -> pd.DataFrame:
    """The assignments table with each task's title after its id (plan_id first)."""
    out = corpus.assignments.merge(corpus.tasks[["plan_id", "task_id", "title"]],
                                   on=["plan_id", "task_id"], how="left")
    columns = ["plan_id", "task_id", "title", "unit_raw", "unit", "unit_en", "role", "source"]
    return tidy(out[columns])
