"""Literacy targets and baselines, quantified commitments, and how specific each plan is.

A plan whose text states no target (the Chongqing fragment) has no rows and is shown as
'not stated', never as zero.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd

from sciplan_analysis import labels
from sciplan_analysis.analysis import scope, wide
from sciplan_analysis.analysis.result import record, tidy
from sciplan_analysis.config import REFERENCE_DIR
from sciplan_analysis.reference_files import numbered_rows
from sciplan_analysis.tables import Corpus
from sciplan_analysis.text.patterns import SENTENCE


def _plan_ids(corpus: Corpus) -> list[str]:
    labels.register_plans(corpus.plans)
    return [str(p) for p in corpus.plans["plan_id"]]


def comparator_order() -> list[str]:
    """Comparators from the weakest claim to the strongest, in the labels file's order."""
    return labels.codes("comparator")


def measure_order() -> list[str]:
    """Measure words in the labels file's order."""
    return labels.codes("measure")


def literacy_targets(corpus: Corpus) -> pd.DataFrame:
    """Every stated target and baseline (plan_id first), in plan order then year, with the
    plan's names."""
    order = {pid: i for i, pid in enumerate(_plan_ids(corpus))}
    names = corpus.plans.set_index("plan_id")[["name_zh", "name_en"]]
    targets = corpus.targets.copy()
    targets["year"] = pd.to_numeric(targets["year"], errors="coerce").astype("Int64")
    targets["value"] = pd.to_numeric(targets["value"], errors="coerce").astype(float)
    targets = targets.join(names, on="plan_id")
    targets["_order"] = targets["plan_id"].map(order)
    targets = targets.sort_values(["_order", "year", "value"], kind="stable")
    return tidy(targets.drop(columns="_order"))


def plans_without_targets(corpus: Corpus) -> list[str]:
    """Plan ids whose text states no literacy target or baseline."""
    with_targets = set(corpus.targets["plan_id"])
    return [pid for pid in _plan_ids(corpus) if pid not in with_targets]


def extreme_targets(targets: pd.DataFrame, corpus: Corpus, order: Sequence[str],
                    lang: str | None = None) -> dict[tuple[str, int, float], str]:
    """Chart 2.1's named points among many plans: (plan, year, value) → label for each year's
    highest and lowest committed target (a plan's lowest stated target of the year, as the
    findings read 超过18%、力争20%), every plan at an end included; the label names the first of
    them in `order` (the chart's plan order), marked as a draft where it is one, with the tie
    counted (`scope.at_end_short`), keyed by the last (the chart sets it above or below the
    year's points); the others carry an empty label. `targets`: rows of `literacy_targets`."""
    out: dict[tuple[str, int, float], str] = {}
    stated = targets[targets["kind"] == "target"]
    for year, sub in stated.groupby("year"):
        committed = sub.groupby("plan_id")["value"].min().astype(float)
        committed = committed.reindex([p for p in order if p in committed.index])
        for end in (committed.max(), committed.min()):
            at = [p for p in committed.index if committed[p] == end]
            for p in at:
                out[p, int(year), float(end)] = ""
            # the label names the first and is keyed by the last
            out[at[-1], int(year), float(end)] = scope.at_end_short(at[0], committed, corpus, lang)
    return out


def target_statements(corpus: Corpus, lang: str | None = None) -> pd.DataFrame:
    """One line per plan: its baselines and targets in words, or 'not stated'."""
    zh = labels.is_zh(lang)
    targets = literacy_targets(corpus)
    rows = []
    for pid in _plan_ids(corpus):
        mine = targets[targets["plan_id"] == pid]
        parts = []
        for t in mine.itertuples(index=False):
            year = "" if pd.isna(t.year) else (f"{t.year}年" if zh else f"{t.year}: ")
            words = labels.comparator_label(t.comparator, lang)
            kind = f"（{labels.kind_label(t.kind, lang)}）" if zh else f" ({labels.kind_label(t.kind, lang)})"
            unit = ("个百分点" if zh else " points") if t.kind == "increase" else "%"
            parts.append(f"{year}{words}{'' if zh else ' '}{t.value:g}{unit}{kind}")
        text = ("；" if zh else "; ").join(parts) if parts else labels.not_stated(lang)
        rows.append({labels.tr("地区", "Region", lang): labels.plan_label(pid, lang),
                     labels.tr("目标与基线", "Targets and baselines", lang): text})
    return pd.DataFrame(rows)


_PERCENT = re.compile(r"\d+(?:\.\d+)?\s*[%％]")


def other_literacy_figures(corpus: Corpus) -> pd.DataFrame:
    """Sentences (plan_id, quote) stating a science-literacy percentage the targets table
    does not hold.

    This is where national or provincial context would appear (e.g. 全国…达到15%). The
    result is empty when every stated figure is already one of the plan's own targets.
    """
    quotes = corpus.targets.groupby("plan_id")["quote"].agg(lambda s: [q for q in s if q])
    rows = []
    for seg in corpus.segments.itertuples(index=False):
        text = str(seg.text or "")
        if "科学素质" not in text:
            continue
        for sentence in SENTENCE.findall(text):
            if "科学素质" not in sentence or not _PERCENT.search(sentence):
                continue
            own = quotes.get(seg.plan_id, [])
            if any(q in sentence or sentence.strip() in q for q in own):
                continue
            rows.append({"plan_id": seg.plan_id, "quote": sentence.strip()})
    return tidy(pd.DataFrame(rows, columns=["plan_id", "quote"]).drop_duplicates())


def other_figures_table(corpus: Corpus, lang: str | None = None) -> pd.DataFrame:
    """`other_literacy_figures` for display; one explanatory row when the texts state none."""
    tr = labels.tr
    region, quote = tr("地区", "Region", lang), tr("原文", "Quote", lang)
    found = other_literacy_figures(corpus)
    if found.empty:
        return pd.DataFrame({region: ["—"], quote: [tr(
            "文本中没有其他科学素质比例的数字（没有写明国家或省级的背景数字）",
            "the texts state no other literacy figure (no national or provincial context)",
            lang)]})
    return pd.DataFrame({region: labels.plan_labels(found["plan_id"], lang),
                         quote: found["quote"].to_numpy()})


def commitments_by_measure(corpus: Corpus, *, what: str = "count") -> pd.DataFrame:
    """Measures × plans (a wide view for charts): how many quantified commitments
    (``what="count"``) or their total value.

    A plan with some commitments but none in a measure has 0 there; so has a whole plan (a
    final text or a draft) stating none: its 0 is a 0, as in `specificity`. A text that is not a
    whole plan (a fragment, a page that is no plan's text: `scope.reasons`) stating none has an
    all-NA column (not stated).
    """
    if what not in ("count", "sum"):
        raise ValueError("what must be 'count' or 'sum'")
    plan_ids = _plan_ids(corpus)
    com = corpus.commitments.copy()
    com["value"] = pd.to_numeric(com["value"], errors="coerce")
    grouped = com.groupby(["measure", "plan_id"])["value"]
    table = (grouped.size() if what == "count" else grouped.sum()).unstack("plan_id")
    order = measure_order()
    measures = [m for m in order if m in table.index] + sorted(
        m for m in table.index if m not in order)
    table = table.reindex(index=measures, columns=plan_ids).astype(float)
    stating, partial = set(com["plan_id"]), scope.reasons(corpus)
    for pid in plan_ids:
        if pid in stating or pid not in partial:
            table[pid] = table[pid].fillna(0.0)
    table.index.name = "measure"
    table.columns.name = "plan_id"
    return record(table, what=what)


def commitments_table(corpus: Corpus, lang: str | None = None) -> pd.DataFrame:
    """`commitments_by_measure` labelled for display, 现存文本未见 / "not in the text as we have
    it" for a fragment (or a page that is no plan's text) stating none, 0 for a whole plan stating
    none."""
    table = commitments_by_measure(corpus)
    if wide.by_row(table.shape[1]):  # many plans: a row per measure (the commitments sheet has each)
        return wide.spread_rows(table.set_axis([labels.measure_label(m, lang) for m in table.index]),
                                corpus, row_name=labels.tr("计量单位", "Measure", lang),
                                sheet="commitments", lang=lang)
    shown = table.astype("Int64").astype(object).where(table.notna(), labels.unsaid(lang))
    shown.index = pd.Index([labels.measure_label(m, lang) for m in table.index],
                           name=labels.tr("计量单位", "Measure", lang))
    shown.columns = labels.plan_labels(table.columns, lang)
    return shown


def specificity(corpus: Corpus) -> pd.DataFrame:
    """One row per plan (plan_id first): tasks, characters of task text, commitments,
    targets and two indices.

    `per_task` is commitments per task; `per_10k_chars` is commitments per 10,000
    characters of task text. A whole plan's 0 is a 0: a whole plan (a final text or a draft)
    stating no commitment has 0 commitments and an index of 0, and ranks lowest. A text that
    is not a whole plan (a fragment, a page that is no plan's text: `scope.reasons`) and states
    none has NA there (the count and both indices), shown as 'not stated': what it lost or
    leaves unmentioned may hold some. A plan without tasks has NA indices. `targets` is NA
    for any plan stating none, as the targets chart lists it.
    """
    plan_ids = pd.Index(_plan_ids(corpus), name="plan_id")
    tasks = corpus.tasks.groupby("plan_id").size().reindex(plan_ids, fill_value=0)
    chars = pd.to_numeric(corpus.tasks["n_chars"], errors="coerce").groupby(
        corpus.tasks["plan_id"]).sum().reindex(plan_ids, fill_value=0)
    com = corpus.commitments.groupby("plan_id").size().reindex(plan_ids, fill_value=0)
    tgt = corpus.targets.groupby("plan_id").size().reindex(plan_ids, fill_value=0)
    table = pd.DataFrame({
        "tasks": tasks.astype(int), "task_chars": chars.astype(int),
        "commitments": com.astype(int), "targets": tgt.astype(int),
    }, index=plan_ids)
    partial = pd.Series(plan_ids.isin(list(scope.reasons(corpus))), index=plan_ids)
    known = (table["tasks"] > 0) & ((table["commitments"] > 0) | ~partial)
    table["per_task"] = (table["commitments"] / table["tasks"]).where(known)
    per_10k = table["commitments"] / table["task_chars"].replace(0, np.nan) * 10_000
    table["per_10k_chars"] = per_10k.where(known)
    table["commitments"] = table["commitments"].astype("Int64").mask((table["commitments"] == 0) & partial)
    # no target stated reads 'not stated' for any text, as the targets chart lists it (未提及目标)
    table["targets"] = table["targets"].astype("Int64").mask(table["targets"] == 0)
    return tidy(table)


def specificity_table(corpus: Corpus, lang: str | None = None) -> pd.DataFrame:
    """`specificity` labelled for display, 未提及 where a whole plan's is NA, 现存文本未见 where a
    fragment's (or a page's that is not the plan) is. The two rates are shown as
    text with the decimals of `SPECIFICITY_DECIMALS`, rounded once from the full value as
    chart 2.4 labels them (a page table prints every float with one table-wide number of
    decimals: it once showed 14.20 where the chart says 14.2)."""
    tr = labels.tr

    def shown(values: pd.Series, column: str) -> pd.Series:
        places = SPECIFICITY_DECIMALS[column]
        return values.astype(object).map(lambda v: None if pd.isna(v) else f"{v:.{places}f}")

    spec = specificity(corpus).set_index("plan_id")
    table = pd.DataFrame({
        tr("任务", "Tasks", lang): spec["tasks"],
        tr("任务字数", "Task characters", lang): spec["task_chars"],
        tr("量化承诺", "Commitments", lang): spec["commitments"],
        tr("目标与基线", "Targets and baselines", lang): spec["targets"],
        tr("每项任务的承诺", "Commitments per task", lang): shown(spec["per_task"], "per_task"),
        tr("每万字承诺", "Commitments per 10k chars", lang): shown(spec["per_10k_chars"],
                                                                "per_10k_chars"),
    })
    # a whole plan's silence is 未提及; a fragment's (or a page's that is not the plan) 现存文本未见
    partial = spec.index.isin(list(scope.reasons(corpus)))
    silence = pd.Series([labels.unsaid(lang) if p else labels.not_stated(lang) for p in partial],
                        index=table.index)
    table = table.astype(object).where(table.notna(), pd.DataFrame(
        {c: silence for c in table.columns}, index=table.index))
    table.index = labels.plan_labels(spec.index, lang)
    table.index.name = tr("地区", "Region", lang)
    return table


# The decimals a specificity rate is shown with, wherever it is shown (page 02's table and
# chart 2.4): commitments per task 0.22, per 10,000 characters 14.2.
SPECIFICITY_DECIMALS = {"per_task": 2, "per_10k_chars": 1}


# --------------------------------------------------------------------------- benchmarks

BENCHMARKS_FILE = REFERENCE_DIR / "benchmarks.csv"
BENCHMARK_LEVELS = ("national", "province", "city")
BENCHMARK_COLUMNS = ("level", "region", "year", "value", "comparator", "doc_number", "title",
                     "issuer", "issued", "where", "quote", "source", "note")
# Optional columns: the English of what page 02's table shows, for an English build (the copy
# read's description, the document's title and number, the part of its text that says so); a
# missing one reads as not recorded on an English page, never as the Chinese cell.
BENCHMARK_ENGLISH = ("source_en", "title_en", "doc_number_en", "where_en")


def benchmarks(path: str | Path = BENCHMARKS_FILE) -> pd.DataFrame:
    """The targets of the documents the plans implement (data/reference/benchmarks.csv):
    one row per (region, year), `value` NaN where the figure could not be read (the row
    says why in `note`). A malformed row raises ValueError naming the file and line."""
    header, body = numbered_rows(path)
    missing = [c for c in BENCHMARK_COLUMNS if c not in header]
    if missing:
        raise ValueError(f"{path}: missing column(s) {', '.join(missing)}")
    rows = []
    for n, row in body:
        where = f"{path}, line {n}"
        if row["level"] not in BENCHMARK_LEVELS:
            raise ValueError(f"{where}: level must be one of {BENCHMARK_LEVELS}, not {row['level']!r}")
        if not row["year"].isdigit():
            raise ValueError(f"{where}: year must be a year, not {row['year']!r}")
        value = float("nan")
        if row["value"]:
            try:
                value = float(row["value"])
            except ValueError:
                raise ValueError(f"{where}: value must be a percentage, not {row['value']!r}") from None
            if not 0 < value <= 100 or row["comparator"] not in ("<NA>", *comparator_order()):
                raise ValueError(f"{where}: value {row['value']!r} with comparator "
                                 f"{row['comparator']!r} is not a stated share")
            if not (row["doc_number"] and row["title"] and row["quote"]):
                raise ValueError(f"{where}: a stated value needs its doc_number, title and quote")
        elif not row["note"]:
            raise ValueError(f"{where}: a row without a value must say why in note")
        rows.append({**{c: row[c] or None for c in BENCHMARK_COLUMNS}, "year": int(row["year"]),
                     "value": value, **{c: row.get(c) or None for c in BENCHMARK_ENGLISH}})
    out = pd.DataFrame(rows, columns=[*BENCHMARK_COLUMNS, *BENCHMARK_ENGLISH])
    out["value"] = out["value"].astype(float)
    return out


def benchmark_value(year: int, level: str = "national", region: str | None = None,
                    path: str | Path = BENCHMARKS_FILE) -> float | None:
    """The stated target of `level` (and `region`) for `year`, None when none is read."""
    table = benchmarks(path)
    hit = table[(table["year"] == year) & (table["level"] == level) & table["value"].notna()]
    if region is not None:
        hit = hit[hit["region"] == region]
    return float(hit["value"].iloc[0]) if len(hit) else None


def plan_benchmarks(corpus: Corpus, year: int = 2025,
                    path: str | Path = BENCHMARKS_FILE) -> pd.DataFrame:
    """One row per plan (plan_id first): its target for `year` (the lowest value it commits
    to: 超过18%、力争20% counts as 18), and the national target and its own parents'
    (province, then parent city where it differs) with how the plan stands against each:
    'below', 'at' or 'above' (values compared; NA where a side is not stated or not read).
    `rank` orders the plans stating a target by ambition, 1 = highest."""
    table = benchmarks(path)
    table = table[table["year"] == year]
    tg = literacy_targets(corpus)
    tg = tg[(tg["kind"] == "target") & (tg["year"] == year)].dropna(subset=["value"])
    committed = tg[tg["comparator"] != "aim"]
    own = committed.groupby("plan_id")["value"].min()
    own = own.combine_first(tg.groupby("plan_id")["value"].min())
    facts = corpus.plans.set_index("plan_id")
    national = table[table["level"] == "national"]

    def stand(mine: float, other: float) -> object:
        if pd.isna(mine) or pd.isna(other):
            return pd.NA
        return "below" if mine < other - 1e-9 else "above" if mine > other + 1e-9 else "at"

    rows = []
    for pid in _plan_ids(corpus):
        mine = float(own.get(pid, np.nan))
        nat = float(national["value"].iloc[0]) if len(national) else np.nan
        row = {"plan_id": pid, "year": year, "target": mine, "national": nat,
               "vs_national": stand(mine, nat)}
        for key in ("province", "parent"):
            region = facts.at[pid, key] if key in facts.columns else None
            if key == "parent" and region == facts.at[pid, "province"]:
                region = None
            hit = table[table["region"] == region] if isinstance(region, str) and region else table.iloc[0:0]
            row[f"{key}_region"] = region if isinstance(region, str) and region else pd.NA
            row[f"{key}_value"] = float(hit["value"].iloc[0]) if len(hit) else np.nan
            row[f"{key}_doc"] = hit["doc_number"].iloc[0] if len(hit) else pd.NA
            row[f"{key}_known"] = bool(len(hit))
            row[f"vs_{key}"] = stand(mine, row[f"{key}_value"])
        rows.append(row)
    out = pd.DataFrame(rows)
    out["rank"] = out["target"].rank(ascending=False, method="min").astype("Int64")
    return tidy(out, year=year)


def _copy_read(source: str, source_en: object, lang: str | None) -> str:
    """The copy a benchmark was read from, in the build's language: the Chinese cell as written
    (its url and what it is), or in English the url and the optional `source_en` description,
    never the project's Chinese note on an English page (without `source_en` the cell says
    that no English description is recorded)."""
    if labels.is_zh(lang):
        return source
    url = source.split()[0]
    return f"{url} ({_english(source_en, 'no English description recorded')})"


def _english(value: object, missing: str) -> str:
    """An English cell of the benchmarks table: `value` from its optional *_en column, or, where
    none is recorded, `missing`, said in English: never the Chinese cell on an English page."""
    return value if isinstance(value, str) and value.strip() else missing


# The English benchmarks table's column of each document's title and number as issued (in
# Chinese: a reader searches for the document by them), its only column with Chinese text.
BENCHMARK_AS_WRITTEN = "Title and number as issued (Chinese)"
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def benchmarks_table(corpus: Corpus | None = None, lang: str | None = None,
                     path: str | Path = BENCHMARKS_FILE) -> pd.DataFrame:
    """The benchmarks for readers: level, region, year, target, document (title and number),
    where its text says so, and the copy read; a figure not read says so. One language per
    build: in English the document, its part and the copy read come from the file's optional
    English columns (`BENCHMARK_ENGLISH`), a missing one said to be missing, and the document's
    own title and number as issued stand in a column of their own (`BENCHMARK_AS_WRITTEN`), for
    a reader to find the document by."""
    tr = labels.tr
    zh = labels.is_zh(lang)
    table = benchmarks(path)
    if corpus is not None:  # only the regions the plans belong to
        facts = corpus.plans
        regions = {"全国", *facts["province"].dropna(), *facts["parent"].dropna()}
        table = table[table["region"].isin(regions)]

    def target(r: pd.Series) -> str:
        if pd.isna(r["value"]):
            return tr("未读到", "not read", lang)
        return f"{labels.comparator_label(r['comparator'], lang)} {r['value']:g}%"

    def region(code: str) -> str:
        name = labels.label("region", code, lang)
        return name if zh or not _HAN.search(name) else "no English name recorded"

    as_written = [f"《{t}》{n or ''}" for t, n in zip(table["title"], table["doc_number"], strict=True)]
    if zh:
        document, where = as_written, table["where"].fillna("—").to_numpy()
    else:
        document = [_english(t, "no English title recorded")
                    + (f", {_english(n, 'number not recorded in English')}" if isinstance(d, str) else "")
                    for t, n, d in zip(table["title_en"], table["doc_number_en"], table["doc_number"],
                                       strict=True)]
        where = [_english(e, "not recorded in English") if isinstance(w, str) else "—"
                 for w, e in zip(table["where"], table["where_en"], strict=True)]
    out = {
        tr("地区", "Region", lang): [region(r) for r in table["region"]],
        tr("年份", "Year", lang): table["year"].to_numpy(),
        tr("目标", "Target", lang): [target(r) for _, r in table.iterrows()],
        tr("文件", "Document", lang): document,
    }
    if not zh:
        out[BENCHMARK_AS_WRITTEN] = as_written
    out[tr("出处", "Where the text says so", lang)] = where
    out[tr("读取的文本", "Copy read", lang)] = [
        _copy_read(s, en, lang) if isinstance(s, str)
        else tr("手头没有可读的原文", "no copy of its text at hand", lang)
        for s, en in zip(table["source"], table["source_en"], strict=True)]
    return pd.DataFrame(out)
