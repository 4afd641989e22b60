"""What the corpus holds: the plans side by side, their structure, and what each text lacks.

Tidy functions (`plan_facts`, `structure_counts`) return one row per plan, ``plan_id`` first
(see `analysis.result`); `text_notes` and the `*_table` functions label them in Chinese or
English for display.
"""

from __future__ import annotations

import pandas as pd

from sciplan_analysis import labels
from sciplan_analysis.analysis import scope
from sciplan_analysis.analysis.result import tidy
from sciplan_analysis.tables import Corpus

# The parts a complete plan has; a text without one of them is missing something.
EXPECTED_PARTS = ("goals", "actions", "projects", "implementation")
# Counts of extracted facts: zero means "the text states none", shown as not stated; but a
# whole plan's 0 commitments is a 0, as on page 02 (`targets.specificity`).
FACT_COUNTS = ("assignments", "targets", "commitments")


def _plan_index(corpus: Corpus) -> pd.Index:
    labels.register_plans(corpus.plans)
    return pd.Index(corpus.plans["plan_id"].astype(str), name="plan_id")


def _count(df: pd.DataFrame, index: pd.Index, column: str | None = None) -> pd.Series:
    if column is None:
        counts = df.groupby("plan_id").size()
    else:
        counts = df.dropna(subset=[column]).groupby("plan_id")[column].nunique()
    return counts.reindex(index, fill_value=0).astype("Int64")


def plan_facts(corpus: Corpus) -> pd.DataFrame:
    """One row per plan (plan_id first): region names, level, province, parent, status,
    kind of text its page is (page_kind: `scope.page_kinds`, a document where an old corpus
    has none), kind of document (doc_type), issue date, period and length."""
    columns = ["name_zh", "name_en", "admin_level", "province", "parent", "status",
               "page_kind", "doc_type", "issue_date", "period_start", "period_end", "n_chars"]
    labels.register_plans(corpus.plans)
    facts = corpus.plans.set_index("plan_id").reindex(columns=columns).copy()
    facts["page_kind"] = scope.page_kinds(corpus).reindex(facts.index).to_numpy()
    facts.index = facts.index.astype(str)
    for col in ("period_start", "period_end", "n_chars"):
        facts[col] = pd.to_numeric(facts[col], errors="coerce").astype("Int64")
    facts.index.name = "plan_id"
    return tidy(facts)


def structure_counts(corpus: Corpus) -> pd.DataFrame:
    """Parts, groups, tasks, assignments, units, targets and commitments: one row per plan.

    `parts` counts the kinds of part the text has (background, goals, actions, projects,
    implementation). Counts of extracted facts (assignments, targets, commitments) are NA,
    not zero, where the text states none; except a whole plan's commitments (a final text or a
    draft, not `scope.reasons`), whose none is a 0, as page 02 counts it (`targets.specificity`).
    """
    index = _plan_index(corpus)
    parts = corpus.segments[corpus.segments["part"].isin(labels.codes("part")) &
                            (corpus.segments["part"] != "other")]
    counts = pd.DataFrame({
        "parts": _count(parts, index, "part"),
        "groups": _count(corpus.groups, index),
        "tasks": _count(corpus.tasks, index),
        "assignments": _count(corpus.assignments, index),
        "units": _count(corpus.assignments, index, "unit"),
        "targets": _count(corpus.targets, index),
        "commitments": _count(corpus.commitments, index),
    }, index=index)
    partial = index.isin(list(scope.reasons(corpus)))
    for col in (*FACT_COUNTS, "units"):
        unsaid = counts[col] == 0
        counts[col] = counts[col].mask(unsaid & partial if col == "commitments" else unsaid)
    return tidy(counts, expected_parts=EXPECTED_PARTS)


def missing_parts(corpus: Corpus) -> dict[str, list[str]]:
    """For each plan, the expected part kinds its text does not have."""
    present = corpus.segments.groupby("plan_id")["part"].agg(lambda s: set(s.dropna()))
    return {
        pid: [p for p in EXPECTED_PARTS if p not in present.get(pid, set())]
        for pid in _plan_index(corpus)
    }


def text_notes(corpus: Corpus, lang: str | None = None) -> pd.Series:
    """Plain notes, one string per plan, on what its text lacks; derived from the tables."""
    zh = labels.is_zh(lang)
    sep, comma = ("；", "、") if zh else ("; ", ", ")
    tr = labels.tr
    facts = plan_facts(corpus).set_index("plan_id")
    counts = structure_counts(corpus).set_index("plan_id")
    missing = missing_parts(corpus)
    sources = corpus.assignments.groupby("plan_id")["source"].agg(lambda s: set(s.dropna()))
    partial = scope.reasons(corpus)  # not a whole plan's text: what it does not state is 现存文本未见
    notes: dict[str, str] = {}
    for pid, row in facts.iterrows():
        whole = str(pid) not in partial
        lines: list[str] = []
        status = row["status"]
        if status == "fragment":
            lines.append(tr("残篇：只保存了文本的一部分", "a fragment: only part of the text survives",
                            lang))
        elif status == "draft":
            lines.append(tr("征求意见稿，不一定是最终印发的文本",
                            "a draft for comment, not necessarily the text as issued", lang))
        word = scope.kind_word(str(pid), corpus, lang)
        if word:  # a news item, paper, report or page of unknown kind: what it says is the page's
            lines.append(word)
        kind = row.get("doc_type")
        if isinstance(kind, str) and kind and kind != "实施方案":
            name = labels.label("doc_type", kind, lang)
            lines.append(tr(f"是{name}而不是实施方案：把上级的任务分派给各单位，较少展开自己的措施",
                            f"a {name}, not an implementation plan: it hands its parent's tasks "
                            "to units and spells out fewer measures of its own", lang))
        if missing[pid]:
            names = comma.join(labels.part_label(p, lang) for p in missing[pid])
            lines.append(tr(f"缺少：{names}", f"lacks: {names}", lang))
        if pd.isna(counts.at[pid, "targets"]):
            lines.append(tr("没有提出公民科学素质比例目标", "states no science-literacy target", lang)
                         if whole else tr("现存文本未见公民科学素质比例目标",
                                          "no science-literacy target in the text as we have it", lang))
        if pd.isna(counts.at[pid, "assignments"]):
            lines.append(tr("任务未标明牵头和责任单位", "names no lead or partner units for its tasks",
                            lang) if whole else labels.text("unit.silent", lang))
        elif sources.get(pid) == {"table"}:
            lines.append(tr("责任单位列在文末分工表中，不在任务正文里",
                            "its units are listed in a table at the end, not in the tasks", lang))
        if pd.isna(counts.at[pid, "commitments"]) or counts.at[pid, "commitments"] == 0:
            lines.append(tr("没有量化的任务承诺", "makes no quantified commitments", lang)
                         if whole else tr("现存文本未见量化的任务承诺",
                                          "no quantified commitments in the text as we have it", lang))
        if pd.isna(row["issue_date"]) or str(row["issue_date"]).strip() == "":
            lines.append(tr("未提及发文日期", "date issued not stated", lang) if whole
                         else tr("现存文本未见发文日期", "no date issued in the text as we have it", lang))
        if pd.isna(row["period_end"]):
            lines.append(tr("未提及规划期", "plan period not stated", lang) if whole
                         else tr("现存文本未见规划期", "no plan period in the text as we have it", lang))
        if not lines:
            lines.append(tr("完整的正式文本", "a complete, issued text", lang))
        notes[str(pid)] = sep.join(lines)
    return pd.Series(notes, name="notes").rename_axis("plan_id")


def period_text(start: object, end: object, lang: str | None) -> str:
    """A plan period as every page writes it: 2021—2025 in Chinese (一字线, as the plans write
    their years), 2021–2025 in English (an en dash); 未提及 when neither year is stated."""
    if pd.isna(start) and pd.isna(end):
        return labels.not_stated(lang)
    dash = "—" if labels.is_zh(lang) else "–"
    return f"{'' if pd.isna(start) else int(start)}{dash}{'' if pd.isna(end) else int(end)}"


def _region(value: object, lang: str | None) -> str:
    """A province or parent region in the build's language ('—' when none)."""
    if not isinstance(value, str) or not value.strip():
        return "—"
    return labels.label("region", value, lang)


def plans_table(corpus: Corpus, lang: str | None = None) -> pd.DataFrame:
    """The plans side by side, labelled for display."""
    tr = labels.tr
    facts = plan_facts(corpus).set_index("plan_id")
    zh = labels.is_zh(lang)
    partial = set(scope.reasons(corpus))  # a fragment's silence reads as its plan page reads it
    silence = pd.Series([labels.unsaid(lang) if p in partial else labels.not_stated(lang)
                         for p in facts.index], index=facts.index)
    table = pd.DataFrame({
        tr("地区", "Region", lang): facts["name_zh"] if zh else facts["name_en"],
        tr("级别", "Level", lang): [labels.level_label(v, lang) for v in facts["admin_level"]],
        tr("省份", "Province", lang): [_region(v, lang) for v in facts["province"]],
        tr("上级", "Parent", lang): [_region(v, lang) for v in facts["parent"]],
        tr("文本状态", "Status", lang): [labels.status_label(v, lang) for v in facts["status"]],
        labels.label("column", "page_kind", lang): [labels.label("page_kind", v, lang) for v in facts["page_kind"]],
        tr("文件类型", "Kind of document", lang): [
            labels.label("doc_type", v if isinstance(v, str) and v else "unknown", lang)
            for v in facts["doc_type"]],
        labels.label("column", "issue_date", lang): facts["issue_date"].fillna(silence),
        labels.text("plan.period", lang): [
            period_text(s, e, lang) if not (pd.isna(s) and pd.isna(e)) else silence[p]
            for p, s, e in zip(facts.index, facts["period_start"], facts["period_end"], strict=True)],
        tr("字数", "Characters", lang): facts["n_chars"],
    }, index=facts.index)
    return table


def structure_table(corpus: Corpus, lang: str | None = None) -> pd.DataFrame:
    """`structure_counts` with labelled rows and columns and 未提及 / "not stated" for a whole
    plan's missing facts, 现存文本未见 for those of a text that is not a whole plan's (a fragment)."""
    tr = labels.tr
    counts = structure_counts(corpus).set_index("plan_id")
    names = {
        "parts": tr("部分", "Parts", lang), "groups": tr("组", "Groups", lang),
        "tasks": tr("任务", "Tasks", lang), "assignments": tr("分工条目", "Assignments", lang),
        "units": tr("单位", "Units", lang), "targets": tr("目标与基线", "Targets and baselines", lang),
        "commitments": tr("量化承诺", "Commitments", lang),
    }
    partial = set(scope.reasons(corpus))
    silence = pd.DataFrame({c: [labels.unsaid(lang) if p in partial else labels.not_stated(lang)
                                for p in counts.index] for c in counts.columns}, index=counts.index)
    table = counts.astype(object).where(counts.notna(), silence)
    table.index = labels.plan_labels(table.index, lang)
    table.index.name = tr("地区", "Region", lang)
    return table.rename(columns=names)


def notes_table(corpus: Corpus, lang: str | None = None) -> pd.DataFrame:
    """`text_notes` as a two-column table for display."""
    notes = text_notes(corpus, lang)
    return pd.DataFrame({
        labels.tr("地区", "Region", lang): labels.plan_labels(notes.index, lang),
        labels.tr("说明", "Notes", lang): notes.to_numpy(),
    })


