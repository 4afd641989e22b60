"""The report's findings: one sentence each, with its numbers, computed from the tables.

Each finding function takes the corpus (and, where it needs them, the similarity and reuse
tables the build wrote) and returns a `Finding`: an id, the sentence in the build's language
(templates in ``data/reference/labels.csv``, kind ``finding``), the values it states, a short
headline for its chart, and the chart (``figure``, the exported name) and page that show it.
A finding the data cannot support (no plan with targets, a single plan) is None, never a
sentence with blanks. Pure pandas: no plotting.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from sciplan_analysis import labels, reference_files
from sciplan_analysis.analysis import categories, overview, pairwise, scope, targets, workload
from sciplan_analysis.analysis import reuse as ru
from sciplan_analysis.analysis import similarity as sim
from sciplan_analysis.analysis.result import keeps_some_pairs
from sciplan_analysis.config import REFERENCE_DIR
from sciplan_analysis.parsing.units import load_aliases
from sciplan_analysis.tables import Corpus

__all__ = ["INDEX", "PAGES", "Finding", "Tables", "compute", "index_findings", "page_findings",
           "source_note"]


@dataclass(frozen=True)
class Finding:
    """One finding: `sentence` states it, `values` hold its numbers, `figure` shows it."""

    id: str
    sentence: str
    values: dict[str, Any]
    figure: str
    page: str
    title: str = ""
    plans: tuple[str, ...] = ()
    rule: str = ""

    @property
    def numbers(self) -> dict[str, float]:
        """The numbers the finding states (its numeric values), for findings.csv."""
        out = {}
        for key, value in self.values.items():
            if isinstance(value, bool) or not isinstance(value, int | float):
                continue
            out[key] = round(float(value), 4)
        return out

    @property
    def anchor(self) -> str:
        """The HTML id of the figure on its page."""
        return f"fig-{self.figure}"

    @property
    def href(self) -> str:
        """Link from the index to the figure that shows the finding."""
        return f"{self.page}.html#{self.anchor}"


@dataclass
class Tables:
    """The derived tables some findings need; read on first use from the build's tables in
    `processed_dir` (default data/processed/), computed when those are missing or stale."""

    corpus: Corpus
    similarity: pd.DataFrame | None = None
    reuse: pd.DataFrame | None = None
    pairs: pd.DataFrame | None = None
    _cache: dict[str, Any] = field(default_factory=dict)
    processed_dir: str | Path | None = None

    def get_similarity(self) -> pd.DataFrame:
        if self.similarity is None:
            self.similarity = sim.load_similarity(self.corpus, processed_dir=self.processed_dir)
        return self.similarity

    def get_section_pairs(self, analyzer: str = "word") -> pd.DataFrame:
        """Every plan pair of the whole text and each section (`sim.section_pairs`): the
        similarity table itself when it holds every pair, else computed once (up to
        `sim.SECTION_PAIRS_PLANS` plans; beyond, the nearest plans' table)."""
        key = f"section_pairs:{analyzer}"
        if key not in self._cache:
            self._cache[key] = sim.section_pairs(self.corpus, self.get_similarity(), analyzer)
        return self._cache[key]

    def get_reuse(self) -> tuple[pd.DataFrame, pd.DataFrame]:
        if self.reuse is None or self.pairs is None:
            self.reuse, self.pairs = ru.load_reuse(self.corpus, processed_dir=self.processed_dir)
        return self.reuse, self.pairs

    def get_parent_reuse(self) -> pd.DataFrame:
        """The reuse rows the parent–child findings need: the reuse table when it has every
        pair, else the parent–child rows of the build's count matrix (beyond LARGE_CORPUS)."""
        shares, _pairs = self.get_reuse()
        if not keeps_some_pairs(shares):
            return shares
        if "parent_reuse" not in self._cache:
            counts = ru.load_reuse_counts(self.corpus, processed_dir=self.processed_dir)
            self._cache["parent_reuse"] = pairwise.parent_pair_rows(counts, self.corpus.plans)
        return self._cache["parent_reuse"]


def _t(code: str, lang: str | None, **values: Any) -> str:
    return labels.fill(labels.label("finding", code, lang), **values)  # counts from 1,000: 4,471


def _plan(plan_id: str, lang: str | None) -> str:
    return labels.plan_label(str(plan_id), lang)


def _join(items: Iterable[str], lang: str | None) -> str:
    """Items joined for a sentence; in English "A, B and C" ("A, B, and C" where a name holds "and"), and where an item holds a comma
    ("Jinjiang District, Chengdu") semicolons: "A; B, C; and D"."""
    items = list(items)
    if labels.is_zh(lang):
        return "、".join(items)
    if len(items) <= 2:
        return " and ".join(items)
    if any("," in i for i in items):
        return "; ".join(items[:-1]) + "; and " + items[-1]
    # a name holding "and" (Leading cadres and civil servants) takes a comma before the last "and"
    last = ", and " if any(" and " in i for i in items) else " and "
    return ", ".join(items[:-1]) + last + items[-1]


# The rules that choose a finding's plans (findings.csv, column rule).
RULE_ALL = "all plans"
RULE_WHOLE = "whole plans only (fragments and pages that are no plan's text left out)"
RULE_SHARED = "sections both plans have"
RULE_TASKS = "categories counted by task"
RULE_BENCHMARK = "against the national outline's target"
RULE_PARENT = "parent and child plans"
NAMED_MAX = 4  # a sentence names at most this many plans in one list; beyond, a count and examples
IMPLEMENTATION_PLAN = "实施方案"  # the usual kind of document (plans.doc_type)
PLURAL_UNIT_TYPES = ("township_street", "collective")  # many bodies: "townships and streets", no "the"


# "1 plans", "1 tasks" in an English template filled with a count of one (another corpus than
# the five plans: a unit partnering in one plan): the noun in the singular.
# (not after "and" or "or": "4 and 1 tasks" counts two things)
ONE_COUNT = re.compile(r"(?<![\d.,/])(?<!and )(?<!or )\b1 (plan|task|clause|sentence|unit|pair|commitment|character|group"
                       r"|target|tool|categor)(ies|s)\b")


def singular_counts(text: str) -> str:
    """English text with a count of one followed by its noun in the singular: "in 1 plans" →
    "in 1 plan", "1 categories" → "1 category" (Chinese needs no such care)."""
    return ONE_COUNT.sub(lambda m: f"1 {m.group(1)}{'y' if m.group(2) == 'ies' else ''}", text)


def _finding(fid: str, lang: str | None, figure: str, page: str, values: dict[str, Any],
             code: str | None = None, title_code: str | None = None,
             plans: Iterable[str] = (), rule: str = RULE_ALL) -> Finding:
    sentence = _t(code or fid, lang, **values)
    title = _t(title_code, lang, **values) if title_code else ""
    if not labels.is_zh(lang):
        sentence, title = singular_counts(sentence), singular_counts(title)
    named = tuple(dict.fromkeys(str(p) for p in plans if p))
    return Finding(fid, sentence, values, figure, page, title, named, rule)


def _pct(n: float, d: float) -> float:
    return 100.0 * n / d if d else float("nan")


def _scope_sentence(left_out: Iterable[str], lang: str | None) -> str:
    """`scope.note` as a sentence of its own after a finding's last one, so that no bracket of
    figures is followed by the note's bracket: 重庆市残篇只有半份规划，不参与排序。 / " The
    Chongqing Municipality fragment, half a plan, is not ranked." ("" when none were left out)."""
    text = scope.note(left_out, lang).strip()
    if not text:
        return ""
    text = text[1:-1]  # the note's own bracket: （…） / (…)
    if labels.is_zh(lang):
        return text + "。"
    return " " + text[:1].upper() + text[1:] + "."


def _bracketed(name: str, inner: str, lang: str | None) -> str:
    """A name with a bracket of figures after it, one bracket: in Chinese a name ending in its
    mark's bracket takes the figures in that bracket (汕尾市城区（征求意见稿，0.69）, never
    汕尾市城区（征求意见稿）（0.69）); in English the figures follow the mark after a colon
    ("Chengqu District, Shanwei (a draft): 0.69"), since "(a draft, 0.69; …)" reads as describing
    that plan alone, not the pair; any other name, a bracket of its own (巫溪县（0.81）)."""
    zh = labels.is_zh(lang)
    close = "）" if zh else ")"
    if name.endswith(close):
        return name[:-1] + "，" + inner + close if zh else f"{name}: {inner}"
    return name + ("（" if zh else " (") + inner + close


def _shared_in(corpus: Corpus, lang: str | None, among: Iterable[str]) -> str:
    """`scope.shared_note`'s clause inside the bracket of the figures before it: （0.81；重庆市残篇
    在此可以参与） / "(0.81; the Chongqing Municipality fragment takes part here)"."""
    text = scope.shared_note(corpus, lang, among=among, inner=True)
    return (("；" if labels.is_zh(lang) else "; ") + text) if text else ""


def _statuses(corpus: Corpus) -> pd.Series:
    return corpus.plans.set_index("plan_id")["status"].astype(str)


# --------------------------------------------------------------------------- 01 overview


def length(tables: Tables, lang: str | None = None) -> Finding | None:
    """The shortest and the longest whole text, and the range of their task counts
    (a fragment is left out: its length is half a plan's)."""
    corpus = tables.corpus
    facts = overview.plan_facts(corpus).set_index("plan_id")
    chars = scope.whole_plans(pd.to_numeric(facts["n_chars"], errors="coerce"), corpus)
    tasks = overview.structure_counts(corpus).set_index("plan_id")["tasks"].astype(float)
    tasks = tasks.reindex(chars.values.index)
    if len(chars.values) < 2:
        return None
    short, long_ = chars.values.idxmin(), chars.values.idxmax()
    values = {"short": scope.at_end(short, chars.values, corpus, lang), "short_chars": int(chars.values[short]),
              "long": scope.at_end(long_, chars.values, corpus, lang), "long_chars": int(chars.values[long_]),
              "min_tasks": int(tasks.min()), "max_tasks": int(tasks.max()),
              "n": len(chars.values), "scope": scope.note(chars.left_out, lang)}
    return _finding("length", lang, "01_structure", "01_corpus_overview", values,
                    title_code="length.title", plans=[short, long_],
                    rule=RULE_WHOLE if chars.left_out else RULE_ALL)


def completeness(tables: Tables, lang: str | None = None) -> Finding | None:
    """How many texts are final, and which are a fragment or a draft; where some pages are no
    plan's text (a news item, a paper, a report, a page of unknown kind: `scope.reasons`), how
    many are final plan texts, and which are which ("completeness.kinds")."""
    status = _statuses(tables.corpus)
    if any(r != scope.FRAGMENT for r in scope.reasons(tables.corpus).values()):
        return _completeness_kinds(tables, lang)
    fragments = [p for p, s in status.items() if s == "fragment"]
    drafts = [p for p, s in status.items() if s == "draft"]
    if not fragments or not drafts:
        return None
    values = {"n_final": int((status == "final").sum()), "n_plans": len(status),
              "fragments": _join((_plan(p, lang) for p in fragments), lang),
              "drafts": _join((_plan(p, lang) for p in drafts), lang)}
    return _finding("completeness", lang, "01_structure", "01_corpus_overview", values,
                    title_code="completeness.title", plans=fragments + drafts)


def _completeness_kinds(tables: Tables, lang: str | None) -> Finding:
    """"5 份文本中只有 2 份是正式的规划原文：重庆市是残篇，成都市锦江区是征求意见稿，巫溪县读自新闻报道，
    乐至县读自学术论文": each text in one group, its page's kind first (a news item that holds a
    draft is a news item), then its status; a copy is the plan's text (it ranks, named as a copy
    where it does). A group of more than `NAMED_MAX` is counted, not named."""
    corpus = tables.corpus
    status, told = _statuses(corpus), scope.reasons(corpus)
    groups: dict[str, list[str]] = {}
    for p, s in status.items():
        group = told.get(p) or (s if s in ("draft", "fragment") else None)
        if group:
            groups.setdefault(group, []).append(p)
    parts, named = [], []
    for group in ("fragment", "draft", *scope.NOT_TEXT):
        ids = groups.get(group, [])
        if not ids:
            continue
        many = len(ids) > 1
        if len(ids) > NAMED_MAX:
            who = f"{len(ids)} 份" if labels.is_zh(lang) else f"{len(ids)} texts"
        else:
            who, named = _join((_plan(p, lang) for p in ids), lang), named + ids
        parts.append(_t(f"completeness.{group}" + (".many" if many else ""), lang, plans=who))
    n_final = len(status) - sum(len(ids) for ids in groups.values())
    values = {"n_final": n_final, "n_plans": len(status),
              "parts": ("，" if labels.is_zh(lang) else "; ").join(parts),
              **{f"n_{g}": len(groups.get(g, [])) for g in ("fragment", "draft", *scope.NOT_TEXT)}}
    return _finding("completeness", lang, "01_structure", "01_corpus_overview", values,
                    code="completeness.kinds", title_code="completeness.kinds.title", plans=named)


# --------------------------------------------------------------------------- 02 targets


def unsaid(plans: Iterable[str], what: str, corpus: Corpus, lang: str | None, *, start: bool = False,
           **values: Any) -> str:
    """The silence of texts that are no whole plan (a fragment's lost half, a page that is not the
    plan's text), one wording wherever a finding says it: 重庆市（残篇）现存文本未见量化承诺 / "for
    Chongqing Municipality (a fragment), the text as we have it states no quantified commitments",
    never 未提及 / "not stated", which reads as the region having set none (audit21 item 1). `what`
    is an ``unsaid.what.*`` label (target, commitments, units), filled with `values`; `start`: the
    English opens a sentence. A whole plan's none keeps its own words (没有 / "none")."""
    plans = list(plans)
    zh = labels.is_zh(lang)
    thing = _t(f"unsaid.what.{what}", lang, **values)
    if zh and thing[:1].isascii() and thing[:1].isalnum():
        thing = " " + thing  # 现存文本未见 2025 年目标
    text = _t("unsaid.many" if len(plans) > 1 else "unsaid", lang, what=thing,
              plans=_join((scope.marked(p, corpus, lang) for p in plans), lang))
    return text[:1].upper() + text[1:] if start and not zh else text


def _unsaid(plan: str, year: int, corpus: Corpus, lang: str | None) -> str:
    """A text that is no whole plan and states no target for `year`: its text as we have it
    states none (重庆市（残篇）现存文本未见 2025 年目标), never "not stated" alone, and where the
    benchmarks name its own region's document for the year (a fragment of 重庆市 beside 重庆市's
    实施方案, 渝府办发〔2021〕138号, over 15%), what that document sets: the reader is not left to
    think the region set no target (audit20 item 1). Whether the text is that document the
    finding does not claim."""
    own = corpus.plans.set_index("plan_id").at[plan, "name_zh"]
    said = unsaid([plan], "target", corpus, lang, start=True, year=year)
    known = targets.benchmarks()
    known = known[(known["region"] == own) & (known["year"] == year) & known["value"].notna()]
    if len(known):
        doc = known.iloc[0]
        number = doc["doc_number"] if labels.is_zh(lang) or not isinstance(doc.get("doc_number_en"), str) \
            or not doc["doc_number_en"] else doc["doc_number_en"]
        return _t("benchmark.unsaid.own", lang, unsaid=said, value=float(doc["value"]),
                  region=labels.label("region", own, lang), doc=number,
                  words=labels.tr(labels.comparator_label(doc["comparator"], "zh"),
                                  {">": "more than ", ">=": "at least ", "aim": "up to "}.get(doc["comparator"], ""),
                                  lang))
    return said


def benchmark(tables: Tables, lang: str | None = None, year: int = 2025) -> Finding | None:
    """Which plans aim below, at or above the national outline's target for `year`, with
    each plan's figure; a plan matching its province's figure is said to."""
    corpus = tables.corpus
    table = targets.plan_benchmarks(corpus, year).set_index("plan_id")
    stated = table.dropna(subset=["target"])
    if stated.empty or stated["national"].isna().all():
        return None
    groups = {}
    for side in ("below", "at", "above"):
        ids = [p for p in stated.index if str(stated.at[p, "vs_national"]) == side]
        groups[side] = ids

    # every plan the finding names is named as a draft (a fragment, a copy) where it is one
    # (成都市锦江区（18%，征求意见稿）、汕尾市城区（16%，征求意见稿）), at an end of the range or not

    def extra_of(p: str) -> str:
        extra = ""
        if str(stated.at[p, "vs_province"]) == "at":
            extra = _t("benchmark.same_province", lang,
                       province=labels.label("region", stated.at[p, "province_region"], lang))
        word = scope.kind_word(p, corpus, lang)  # a news item's figure is what it reports
        if word:
            extra = ("，" if labels.is_zh(lang) else ", ") + word + extra
        status = scope.statuses(corpus).get(p)
        if scope.kind_of(p, corpus) == scope.COPY:
            extra = _t("benchmark.status.copy", lang) + extra
        if status in (scope.DRAFT, scope.FRAGMENT):
            extra = _t(f"benchmark.status.{status}", lang) + extra
        return extra

    def item(p: str) -> str:
        return _t("benchmark.item", lang, plan=_plan(p, lang), value=float(stated.at[p, "target"]),
                  extra=extra_of(p))

    def listed(ids: list[str]) -> str:
        # plans sharing one figure and one mark are named once with it, never the same bracket
        # repeated (和华区、河和县、北明县、兴明县（均为 15%，与重庆市的省级目标相同）)
        if len(ids) > 1 and len({(float(stated.at[p, "target"]), extra_of(p)) for p in ids}) == 1:
            return _t("benchmark.items.same", lang, plans=_join((_plan(p, lang) for p in ids), lang),
                      value=float(stated.at[ids[0], "target"]), extra=extra_of(ids[0]))
        return _join((item(p) for p in ids), lang)  # two with "and", never "; and" (audit19)

    def items(ids: list[str], side: str = "") -> str:
        if len(ids) > NAMED_MAX:  # a count, and the plans furthest from the line as examples:
            # every plan at the furthest figure (a tie at the end is said as a tie), counted
            # beyond three (成都市锦江区（18%，征求意见稿）等 4 份)
            far = sorted(ids, key=lambda p: float(stated.at[p, "target"]), reverse=side == "above")
            end = [p for p in far if float(stated.at[p, "target"]) == float(stated.at[far[0], "target"])]
            # the plans at the furthest figure, said to be at the end (最低 / 最高, the lowest / the
            # highest) and, two or more, to share it, each named with its mark outside the figure's
            # words (最高为 18%，共 4 份：成都市锦江区（征求意见稿）、…), in both languages
            # (a space before the count in Chinese, as everywhere: 低于国家目标的有 15/32 份; the
            # labels file cannot hold a leading space)
            code = "benchmark.many.end" + (".one" if len(end) == 1 else ".some" if len(end) > NAMED_MAX else "")
            return (" " if labels.is_zh(lang) else "") + _t(
                code, lang, n=len(ids), of=len(stated), k=len(end), value=float(stated.at[end[0], "target"]),
                side=_t(f"benchmark.end.{side}", lang), item=item(end[0]),
                plans=_join((scope.marked(p, corpus, lang) for p in end[:NAMED_MAX]), lang))
        # a count beside every side, as beside the sides too long to name (与国家目标持平的有 4/32 份：…)
        return (" " if labels.is_zh(lang) else "") + _t("benchmark.few", lang, n=len(ids), of=len(stated),
                                                        items=listed(ids))

    parts = [_t(f"benchmark.{side}" + (".one" if len(ids) == 1 else ""), lang, items=items(ids, side))
             for side, ids in groups.items() if ids]
    # the plans stating no target for the year: a whole plan sets none (没有提出), a fragment's or a
    # page's that is no plan's text silence is its text as we have it stating none (`unsaid`), each
    # named (with its mark) up to NAMED_MAX, counted beyond
    silent = [p for p in table.index if p not in stated.index]
    partial = scope.reasons(corpus)
    said = []
    for code, ids, name in (("none", [p for p in silent if p not in partial], scope.named),
                            ("unsaid", [p for p in silent if p in partial], scope.marked)):
        if len(ids) > NAMED_MAX:
            said.append(_t(f"benchmark.{code}.count", lang, year=year, n=len(ids), of=len(table)))
        elif code == "unsaid":  # each with what its own region's document sets, where known
            said.extend(_unsaid(p, year, corpus, lang) for p in ids)
        elif ids:
            said.append(_t(f"benchmark.{code}", lang, year=year,
                           plans=_join((name(p, corpus, lang) for p in ids), lang)))
    values = {"year": year, "national": float(stated["national"].iloc[0]),
              # a lead sentence naming the national target, a sentence per side, then the plans
              # stating none, each a sentence of its own (audit18 item 1: one of 226 characters)
              "parts": ("。" if labels.is_zh(lang) else ". ").join(parts),
              "n_below": len(groups["below"]), "n_at": len(groups["at"]),
              "n_above": len(groups["above"]), "n": len(stated),
              "silent": ("。" if labels.is_zh(lang) else ". ").join(said),
              # the chart's title counts every side it draws, the plans level with the line too
              # (15 份低于、4 份持平、13 份高于; audit20 item 13), a side with none left out
              "sides": ("、" if labels.is_zh(lang) else ", ").join(
                  _t(f"benchmark.title.{'first' if i == 0 else 'side'}.{side}", lang, k=len(ids), n=len(stated))
                  for i, (side, ids) in enumerate((s, g) for s, g in groups.items() if g)),
              **{f"target_{p}": float(stated.at[p, "target"]) for p in stated.index}}
    code = "benchmark.silent" if silent else "benchmark"
    return _finding("benchmark", lang, "02_benchmark", "02_targets", values, code=code,
                    title_code="benchmark.title", plans=list(stated.index) + silent,
                    rule=RULE_BENCHMARK)


SLIGHT_RATIO = 1.1  # below this, the top is "slightly more" (略高于) than the next, never "1.0 times"


def quantified(tables: Tables, lang: str | None = None) -> Finding | None:
    """The plan with most quantified commitments per task, against the next, and the
    lowest with its document type where that explains it."""
    corpus = tables.corpus
    spec = targets.specificity(corpus).set_index("plan_id")
    per = scope.whole_plans(spec["per_task"].astype(float), corpus)
    ranked = per.values.sort_values(ascending=False)
    if len(ranked) < 2 or ranked.iloc[1] <= 0:
        return None
    top, second = ranked.index[0], ranked.index[1]
    kinds = corpus.plans.set_index("plan_id").get("doc_type", pd.Series(dtype=object))
    # the lowest plan is named as the lowest; a plan of another kind of document than the usual
    # implementation plan (a 分工方案 hands out its parent's tasks) is named with its kind,
    # as the lowest when it is, else beside the lowest (never as if it were the floor)
    low = ranked.index[-1] if len(ranked) > 2 else None
    other = [p for p in ranked.index[2:] if isinstance(kinds.get(p), str)
             and kinds.get(p) != IMPLEMENTATION_PLAN]
    typed = other[-1] if other else None
    code = "quantified"
    if typed is not None:
        code = "quantified.typed" if typed == low else "quantified.low_typed"
    elif low is not None:
        code = "quantified.low"
    values = {"top": scope.at_end(top, ranked, corpus, lang, targets.SPECIFICITY_DECIMALS["per_task"]),
              "top_value": float(ranked.iloc[0]),
              "top_n": int(spec.at[top, "commitments"]), "top_tasks": int(spec.at[top, "tasks"]),
              "second": scope.marked(second, corpus, lang), "second_value": float(ranked.iloc[1]),
              "second_n": int(spec.at[second, "commitments"]),
              "second_tasks": int(spec.at[second, "tasks"]),
              "ratio": float(ranked.iloc[0] / ranked.iloc[1]), "top_id": top,
              # the fragment's note a sentence of its own at the end, never a bracket after the
              # second plan's bracket of figures; the top, the lowest and the plan of another kind
              # each a sentence of their own
              "scope": _scope_sentence(per.left_out, lang)}
    # the top against the next: a ratio near 1 (安南区 0.76 against 永长县 0.74, 1.02) is said as
    # 略高于 / "slightly more than", never "1.0 times"; the same figure as shown, as the next's count
    places = targets.SPECIFICITY_DECIMALS["per_task"]
    versus = ("quantified.versus.same" if second in scope.tied_with(top, ranked, places) else
              "quantified.versus.slight" if values["ratio"] < SLIGHT_RATIO else "quantified.versus")
    values["versus"] = _t(versus, lang, **values)
    for key, plan in (("low", low), ("typed", typed)):
        if plan is not None:
            values.update({key: scope.marked(plan, corpus, lang), f"{key}_value": float(ranked[plan]),
                           f"{key}_n": int(spec.at[plan, "commitments"]),
                           f"{key}_tasks": int(spec.at[plan, "tasks"])})
    # the lowest as the reader sees it: plans showing the same figure (0.02 at the chart's two
    # decimals) tie with it, each with its count, counted beyond two
    tied = scope.tied_with(low, ranked, places) if low is not None else []
    if tied:
        values["low_tied"] = len(tied)

    def tie_of(ties: list[str], plan: str | None) -> str:
        # a tie only where the fractions are equal (并列); plans whose fractions differ and only
        # show the same figure are said to show it (乐至县 2/36（0.06，长南县 2/34 同为 0.06）)
        if not ties:
            return ""
        code = "quantified.tie"
        if any(ranked[p] != ranked[plan] for p in ties):
            code += ".shown" + ("" if len(ties) == 1 else ".some")
        if len(ties) > 2:
            return _t(code.replace(".some", "") + ".many", lang, n=len(ties), value=float(ranked[plan]))
        return _t(code, lang, value=float(ranked[plan]), plans=_join(
            (_t("quantified.tie.item", lang, plan=scope.marked(p, corpus, lang),
                n=int(spec.at[p, "commitments"]), tasks=int(spec.at[p, "tasks"])) for p in ties), lang))

    values["low_tie"] = tie_of(tied, low)
    # a lowest resting on less than one commitment (one more of its own would let the next plan meet or pass it) is said
    # with that plan beside it, as page 06's and 07's ends are (`near_end`); the plan of another kind, named anyway, is
    # not named twice, and a lowest shared by the figure shown is the tie's to say
    low_near = None
    if low is not None and not tied:
        near = near_end(low, top, 100 * ranked, int(spec.at[low, "tasks"]), top=False, decimals=0)
        low_near = near if near != typed else None
    values["low_near"] = "" if low_near is None else _t(
        "quantified.near.low", lang, plan=scope.marked(low_near, corpus, lang), n=int(spec.at[low_near, "commitments"]),
        tasks=int(spec.at[low_near, "tasks"]), value=float(ranked[low_near]))
    # the plan of another kind, above the lowest, ties as the lowest does: 长南县 showing 乐至县's
    # 0.06 is said (与长南县 1/17 并列), never left for the reader to find on the chart
    typed_tied = scope.tied_with(typed, ranked, places) if typed is not None and typed != low else []
    values["typed_tie"] = tie_of(typed_tied, typed)
    if typed_tied:
        values["typed_tied"] = len(typed_tied)
    if typed is not None:
        values["low_type"] = labels.label("doc_type", kinds.get(typed), lang)
        values["typed_name"] = _plan(typed, lang)  # named again, never "It" after a plural subject
        # how many whole plans show a lower figure: "也只有" only beside the lowest
        shown = ranked.round(places)
        lower = int((shown < shown[typed]).sum())
        if code == "quantified.low_typed" and lower > 1:
            code, values["typed_lower"] = "quantified.low_typed.ranked", lower
    named = [p for p in dict.fromkeys([top, second, low, *tied[:2], low_near, typed, *typed_tied[:2]]) if p is not None]
    # chart 2.4's title names its measure, and where its other panel (per 10,000 characters) has
    # another plan on top, names that one too: the title never reads against its own chart
    title_code = "quantified.title"
    chars = scope.whole_plans(spec.get("per_10k_chars", pd.Series(dtype=float)).astype(float), corpus)
    chars = chars.values.dropna().sort_values(ascending=False, kind="stable")
    decimals = targets.SPECIFICITY_DECIMALS["per_10k_chars"]
    if len(chars) and top not in [chars.index[0], *scope.tied_with(chars.index[0], chars, decimals)]:
        title_code = "quantified.title.chars"
        values.update({"top_chars": scope.at_end(chars.index[0], chars, corpus, lang, decimals),
                       "top_chars_value": float(chars.iloc[0])})
    return _finding("quantified", lang, "02_specificity", "02_targets", values, code=code,
                    title_code=title_code, plans=named,
                    rule=RULE_WHOLE if per.left_out else RULE_ALL)


def horizon(tables: Tables, lang: str | None = None) -> Finding | None:
    """Which plans alone set a target for the latest year any plan names, and how that
    target compares with the national outline's for that year."""
    corpus = tables.corpus
    tg = targets.literacy_targets(corpus)
    tg = tg[(tg["kind"] == "target")].dropna(subset=["year", "value"])
    if tg.empty:
        return None
    years = tg["year"].astype(int)
    latest = int(years.max())
    ahead = tg[years == latest]
    plans = list(dict.fromkeys(ahead["plan_id"].astype(str)))
    # each other plan by the furthest year it sets a target for (never the earlier targets of
    # the plans reaching `latest`): "the others stop at 2026" only where they all do
    ends = tg[~tg["plan_id"].astype(str).isin(plans)].assign(year=years).groupby("plan_id")["year"].max()
    if ends.empty:
        return None
    # one value where the plans reaching `latest` agree on it; else their range (c300: 33 plans'
    # 2027 targets from 5 to 32 read value=15, the first plan's, audit23 item 15)
    set_values = ahead["value"].astype(float)
    value = float(set_values.iloc[0])
    one = bool((set_values == value).all())
    shown = {"value": value} if one or len(plans) == 1 else {
        "value_low": float(set_values.min()), "value_high": float(set_values.max())}
    national = targets.benchmark_value(latest, "national")
    same = one and national is not None and abs(national - value) < 1e-9
    values = {"plans": _join((scope.named(p, corpus, lang) for p in plans), lang), "year": latest,
              **shown, "other_year": int(ends.max()), "others": _horizon_others(ends, lang),
              "plan_ids": plans,
              # no NaN in findings.csv's numbers where no national target is read for the year
              **({"national": national} if national is not None else {}),
              "n": len(plans), "of": tg["plan_id"].nunique()}
    if ends.nunique() > 1:
        values.update({f"end_{y}": int(k) for y, k in ends.value_counts().sort_index(ascending=False).items()})
    if len(plans) > NAMED_MAX:  # too many to name, and "only" would not hold: a count, two examples
        values["plans"] = _join((scope.named(p, corpus, lang) for p in plans[:2]), lang)
        return _finding("horizon", lang, "02_targets", "02_targets", values, code="horizon.count",
                        title_code="horizon.count.title", plans=plans)
    code = ("horizon.one" if len(plans) == 1 else "horizon.many") + (".national" if same else "")
    return _finding("horizon", lang, "02_targets", "02_targets", values, code=code,
                    title_code="horizon.title", plans=plans)


def _horizon_others(ends: pd.Series, lang: str | None) -> str:
    """The other plans' furthest target years (`ends`: plan → year): one year said as the end
    (其他提出目标的规划只到 2025 年), several as their spread, latest first, each with its count
    (其余 267 份提出目标的规划中，30 份最远到 2026 年，158 份到 2025 年… / "the other 267 plans stating
    targets stop at 2026 (30 plans), 2025 (158 plans) …")."""
    if ends.nunique() == 1:
        return _t("horizon.others", lang, year=int(ends.iloc[0]))
    counts = ends.value_counts().sort_index(ascending=False)
    items = [_t("horizon.others.first" if i == 0 else "horizon.others.item", lang, k=int(k), year=int(y))
             for i, (y, k) in enumerate(counts.items())]
    years = "，".join(items) if labels.is_zh(lang) else ", ".join(items[:-1]) + " or " + items[-1]
    return _t("horizon.others.spread", lang, n=len(ends), years=years)


def target_range(tables: Tables, lang: str | None = None) -> Finding | None:
    """The spread of the targets for the year most plans name (the lowest stated value
    per plan: what the plan commits to, not what it strives for)."""
    tg = targets.literacy_targets(tables.corpus)
    tg = tg[tg["kind"] == "target"].dropna(subset=["year", "value"])
    if tg.empty:
        return None
    year = int(tg.groupby("year")["plan_id"].nunique().sort_values(kind="stable").index[-1])
    best = tg[tg["year"] == year].groupby("plan_id")["value"].min().astype(float)
    if len(best) < 2:
        return None
    corpus = tables.corpus
    # the plans at either end are named as drafts (and with their page's kind) where they are
    values = {"year": year, "low": scope.at_end(best.idxmin(), best, corpus, lang), "low_value": best.min(),
              "high": scope.at_end(best.idxmax(), best, corpus, lang), "high_value": best.max(), "n": len(best)}
    return _finding("range", lang, "02_targets", "02_targets", values,
                    title_code="range.title", plans=[best.idxmin(), best.idxmax()])


def measures(tables: Tables, lang: str | None = None) -> Finding | None:
    """The measure word most commitments count in, and the whole plan stating most of them
    (named as a draft where it is one); the plans stating no commitment: a whole plan's none
    (没有量化承诺), a fragment's or a page's that is no plan's text its text as we have it stating
    none (现存文本未见量化承诺, `unsaid`, as the benchmark finding says it). A text that is not a
    whole plan but states some is left out of the "most", and the sentence says whom and why."""
    corpus = tables.corpus
    table = targets.commitments_by_measure(corpus)
    table = table.dropna(axis=1, how="all")
    if table.empty or table.shape[1] < 2:
        return None
    per_measure = table.sum(axis=1).sort_values(ascending=False, kind="stable")
    if per_measure.iloc[0] <= 0:
        return None
    measure = per_measure.index[0]
    ranked = scope.whole_plans(table.loc[measure], corpus)
    row = ranked.values.sort_values(ascending=False, kind="stable")
    if row.empty:
        return None
    partial = scope.reasons(corpus)
    # a whole plan's none (its column of 0s) and a fragment's silence (no column: not stated)
    none = [p for p in table.columns if p not in partial and table[p].sum() == 0]
    silent_texts = [p for p in corpus.plan_ids if p not in table.columns]
    silent = none + silent_texts
    said = [_t("measures.none", lang, plans=_join((scope.named(p, corpus, lang) for p in none), lang))] \
        if none else []
    if silent_texts:  # a fragment's silence as the benchmark finding says it (现存文本未见…)
        said.append(unsaid(silent_texts, "commitments", corpus, lang))
    values = {"measure": labels.measure_label(measure, lang), "measure_code": measure,
              "n": int(per_measure.iloc[0]), "total": int(table.to_numpy().sum()),
              "plan": scope.at_end(row.index[0], row, corpus, lang), "plan_id": row.index[0],
              "plan_n": int(row.iloc[0]), "n_plans": int((table.loc[measure] > 0).sum()),
              "silent": ("；" if labels.is_zh(lang) else "; ").join(said),
              "scope": scope.note(ranked.left_out, lang)}
    code = "measures.silent" if silent else "measures"
    return _finding("measures", lang, "02_commitments", "02_targets", values, code=code,
                    title_code="measures.title",
                    plans=[row.index[0], *none, *silent_texts],
                    rule=RULE_WHOLE if ranked.left_out else RULE_ALL)


# --------------------------------------------------------------------------- 03 categories


def _complete_zeros(tables: Tables, whole: bool = False) -> pd.DataFrame:
    """Tasks per category (rows) and plan (columns); with `whole`, of the whole plans only: a
    fragment, or a page that is no plan's text, has no place in a count about complete plans
    (7/32, never 7/33 with the fragment's tasks counted)."""
    matrix = categories.category_matrix(tables.corpus, "tasks")
    if whole:
        partial = scope.reasons(tables.corpus)
        matrix = matrix[[p for p in matrix.columns if p not in partial]]
    return matrix.loc[[c for c in matrix.index if c != "other"]]


def left_out(tables: Tables, lang: str | None = None, limit: int = 4) -> Finding | None:
    """Categories at least one complete plan leaves out (0 tasks where its text is whole), those
    most whole plans leave out first, each counted over the whole plans; a list of the plans that
    have one names any text that does (a news item with its mark: 仅成都市锦江区（读自新闻报道）)."""
    every = _complete_zeros(tables)
    matrix = _complete_zeros(tables, whole=True)
    gaps = matrix.eq(0)
    rows = gaps[gaps.any(axis=1)]
    if rows.empty:
        return None
    has = matrix.gt(0)
    order = gaps.loc[rows.index].sum(axis=1).sort_values(ascending=False, kind="stable")
    # a list cut at a count takes every category at that count (科普产业 beside the three others
    # left out by 6/32 plans), never some of a tie
    cut = order.iloc[min(limit, len(order)) - 1]
    listed = list(order.index[(order >= cut).to_numpy()])
    # a long tie at the cut (beyond two more than `limit`) is counted, not listed: 另有 6 个类别同样有
    # 1 份完整规划未涉及
    rest = listed[limit:] if len(listed) > limit + 2 else []
    items, named = [], []
    for category in listed[:len(listed) - len(rest)]:
        with_whole = [p for p in matrix.columns if has.at[category, p]]
        with_it = [p for p in every.columns if every.at[category, p] > 0]
        without = [p for p in matrix.columns if gaps.at[category, p]]
        name = labels.category_label(category, lang)
        shown = with_it if len(with_it) <= len(without) else without
        code = "left_out.only" if shown is with_it else "left_out.missing"
        if len(shown) > NAMED_MAX:  # a count of whole plans, not a list
            items.append(_t(f"{code}.count", lang, category=name,
                            n=len(with_whole if shown is with_it else without),
                            of=int(matrix.loc[category].notna().sum())))
            continue
        named += shown
        names = [scope.named(p, tables.corpus, lang) for p in shown]
        # "not in A and B" reads as not in the pair together, and two names holding commas
        # ("Jinjiang District, Chengdu and Chengqu District, Shanwei") as a list of four: "in
        # neither A nor B", "in none of A; B; and C" (Chinese: 成都市锦江区、汕尾市城区未涉及)
        if code == "left_out.missing" and len(names) > 1:
            code += ".two" if len(names) == 2 else ".many"
        items.append(_t(code, lang, category=name, plans=_join(names, lang), a=names[0], b=names[-1]))
    if rest:
        items.append(_t("left_out.more", lang, k=len(rest), n=int(cut)))
    values = {"n": len(rows), "items": _join(items, lang), "categories": list(rows.index)}
    return _finding("left_out", lang, "03_category_bars", "03_task_categories", values,
                    title_code="left_out.title", plans=named, rule=RULE_TASKS)


def covered(tables: Tables, lang: str | None = None, limit: int = 5) -> Finding | None:
    """Categories every complete plan addresses."""
    matrix = _complete_zeros(tables, whole=True)
    everywhere = [c for c in matrix.index if (matrix.loc[c].dropna() > 0).all()
                  and matrix.loc[c].notna().sum() > 1]
    if not everywhere:
        return None
    values = {"n": len(everywhere), "categories": everywhere,
              "items": _join((labels.category_label(c, lang) for c in everywhere[:limit]), lang)}
    one = len(everywhere) == 1  # one category: named, in the sentence and chart 3.2's title
    return _finding("covered", lang, "03_category_heatmap", "03_task_categories", values,
                    code="covered.one" if one else "covered",
                    title_code="covered.one.title" if one else "covered.title", rule=RULE_TASKS)


# --------------------------------------------------------------------------- 04 workload


def lead(tables: Tables, lang: str | None = None) -> Finding | None:
    """The unit leading most tasks in each plan, counted as tasks led (a co-led task counts
    for each of its leads) over the plan's tasks: "科协牵头 24/33 项任务（73%）". The unit is
    page 04's table's (`workload.most_led`, one rule); a unit sharing the top count with
    another in some plan leads most there too, and the sentence names those plans as tied.
    Where the top unit differs between plans, the sentence names its measure (the top unit's
    share of the plan's tasks, highest and lowest), never "concentration", which page 04 measures
    by the Herfindahl index; a tie of units within the plan at either end is said as such
    (科协、教育部门各牵头 6/32 项任务（19%；本规划内 2 个单位并列）), and another plan whose share
    differs but shows the same percent is named beside it (德宁县 7/37 几乎相同, audit23 item 12)."""
    corpus = tables.corpus
    work = workload.unit_workload(corpus)
    if work.empty:
        return None
    tops = workload.most_led(work)
    if tops["plan_id"].nunique() < 2:
        return None
    tops = tops.assign(shown=workload.unit_names(tops, lang))
    by_plan = {p: g for p, g in tops.groupby("plan_id", sort=False)}
    top = tops.groupby("plan_id", sort=False).head(1).set_index("plan_id")
    share = top["led"] / top["plan_tasks"]
    high, low = share.idxmax(), share.idxmin()
    common = set.intersection(*(set(g["unit"]) for g in by_plan.values()))
    tied = [p for p, g in by_plan.items() if len(g) > 1]
    if common:
        unit = _join(tops.loc[tops["unit"].isin(common)].drop_duplicates("unit")["shown"], lang)
    else:  # the units of the plan where lead work is most concentrated, a tie said as one
        names = _join(by_plan[high]["shown"], lang)
        unit = labels.text("unit.tied", lang, units=names) if len(by_plan[high]) > 1 else names
    basis = workload.assignment_basis(corpus)
    group = [p for p in top.index if basis.get(p) == workload.BASIS_GROUP]
    tie = _lead_tie({p: list(by_plan[p].loc[~by_plan[p]["unit"].isin(common), "shown"]) for p in tied},
                    lang) if tied and common else ""
    if tie and not labels.is_zh(lang):
        tie = " " + tie.strip()  # labels.csv drops the leading space: "tasks (tied with …)", not "tasks(tied"
    values = {"unit": unit, "tie": tie, "high": scope.at_end(high, share, corpus, lang),
              "high_n": int(top.at[high, "led"]), "high_tasks": int(top.at[high, "plan_tasks"]),
              "high_share": _pct(top.at[high, "led"], top.at[high, "plan_tasks"]),
              "low": scope.at_end(low, share, corpus, lang), "low_n": int(top.at[low, "led"]),
              "low_tasks": int(top.at[low, "plan_tasks"]),
              "low_share": _pct(top.at[low, "led"], top.at[low, "plan_tasks"]),
              "n_plans": len(top),
              "group": ("" if labels.is_zh(lang) else " ") + _t(
                  "lead.group_note", lang, plans=_join((_plan(p, lang) for p in group), lang))
              if group else ""}
    code = "lead.same" if common else "lead.mixed"
    if not common:  # the measure said (the top unit's share of the plan's tasks), each end's tie too
        for key, plan in (("high", high), ("low", low)):
            shown = list(by_plan[plan]["shown"])
            values[f"{key}_top"] = _t("lead.top.tied" if len(shown) > 1 else "lead.top", lang,
                                      units=unit_words(shown, lang), n=values[f"{key}_n"],
                                      tasks=values[f"{key}_tasks"], share=values[f"{key}_share"],
                                      k=len(shown)) + _lead_near(plan, top, share, corpus, lang)
    return _finding("lead", lang, "04_top_units", "04_unit_workload", values, code=code,
                    title_code="lead.title", plans=[high, low])


def _lead_near(plan: str, top: pd.DataFrame, share: pd.Series, corpus: Corpus,
               lang: str | None) -> str:
    """The plans whose top unit's share differs from `plan`'s but shows the same whole percent
    (6/32 = 18.75% and 7/37 = 18.9%, both 19%): named with their counts up to three, else
    counted; "" where none."""
    shown = round(100 * float(share[plan]))
    near = [p for p in share.index if p != plan and share[p] != share[plan]
            and round(100 * float(share[p])) == shown]
    if not near:
        return ""
    if len(near) > 3:
        said = _t("lead.near.many", lang, n=len(near))
    else:
        items = [_t("lead.near.item", lang, plan=scope.marked(p, corpus, lang),
                    n=int(top.at[p, "led"]), tasks=int(top.at[p, "plan_tasks"])) for p in near]
        said = _t("lead.near", lang, items=_join(items, lang))
    return said


@functools.lru_cache(maxsize=1)
def _plural_units() -> frozenset[str]:
    """The English names of the crosswalk's plural and collective units (Townships and streets,
    Member units (collectively)): many bodies, no "the" before them."""
    aliases = load_aliases()
    return frozenset(aliases.loc[aliases["unit_type"].isin(PLURAL_UNIT_TYPES), "unit_en"].astype(str))


def the_unit(name: str, lang: str | None) -> str:
    """A unit inside an English sentence: "the Science and technology bureau", and a plural or
    collective name lowered, without the article ("followed by townships and streets", never
    "the Townships and streets"); Chinese as it is."""
    if labels.is_zh(lang):
        return name
    if name in _plural_units():
        return name[:1].lower() + name[1:]
    return f"the {name}"


def unit_words(names: Iterable[str], lang: str | None, *, first_article: bool = True) -> str:
    """Units named together in a sentence: 科技部门、教育部门; in English each with its article,
    "the A and the B" (`the_unit`; without `first_article`, "A, the B and the C": a template
    that gives the first its "the", as chart 4.1's does)."""
    names = list(names)
    if labels.is_zh(lang):
        return "、".join(names)
    names = [n if i == 0 and not first_article else the_unit(n, lang) for i, n in enumerate(names)]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _lead_tie(others: dict[str, list[str]], lang: str | None) -> str:
    """The tie of the lead finding, naming the unit that ties in each tied plan (`others`: plan →
    the tying units' shown names): one unit in every tied plan, named once with the plans
    （远丰县、乐和区的科技部门与之并列） or counted beyond NAMED_MAX （其中 5 份与科技部门并列）;
    different units, each plan with its unit （远丰县的科技部门、乐和区的教育部门与之并列）, counted
    beyond NAMED_MAX; the lead units tied among themselves, the plans only."""
    plans = list(others)
    kinds = {tuple(u) for u in others.values()}
    if () in kinds:  # the units the sentence names tie with each other there
        return _t("lead.tied_count", lang, n=len(plans)) if len(plans) > NAMED_MAX else \
            _t("lead.tied", lang, plans=_join((_plan(p, lang) for p in plans), lang))
    if len(kinds) == 1:
        units = unit_words(next(iter(kinds)), lang)
        return _t("lead.tied_unit_count", lang, n=len(plans), units=units) if len(plans) > NAMED_MAX \
            else _t("lead.tied_unit", lang, units=units, plans=_join((_plan(p, lang) for p in plans), lang))
    if len(plans) > NAMED_MAX:
        return _t("lead.tied_count", lang, n=len(plans))
    return _t("lead.tied_each", lang, items=_join((_t("lead.tied_each.item", lang, plan=_plan(p, lang),
                                                      units=unit_words(others[p], lang))
                                                   for p in plans), lang))


def lead_units(tables: Tables, lang: str | None = None) -> Finding | None:
    """The range of the number of distinct lead units, and plans that name none."""
    conc = workload.lead_concentration(tables.corpus).set_index("plan_id")
    n = pd.to_numeric(conc["lead_units"], errors="coerce")
    known = n.dropna()
    none = [p for p in n.index if pd.isna(n[p])]
    if len(known) < 2 or not none:
        return None
    corpus = tables.corpus
    # a text that is not a whole plan (a fragment's lost half, a news item) leaves its units
    # unsaid (现存文本未见责任单位, `unsaid`); a whole plan naming none names none (没有列出)
    silent, basis = scope.reasons(corpus), workload.assignment_basis(corpus)
    whole = [p for p in none if p not in silent]
    said = [_t(code, lang, plans=_join((scope.marked(p, corpus, lang) for p in ps), lang))
            for code, ps in (("lead_units.none", [p for p in whole if basis.get(p) == workload.BASIS_NONE]),
                             ("lead_units.no_lead", [p for p in whole if basis.get(p) != workload.BASIS_NONE])) if ps]
    if any(p in silent for p in none):  # as the benchmark finding says a fragment's silence
        said.append(unsaid([p for p in none if p in silent], "units", corpus, lang))
    values = {"low": _count_end(known.idxmin(), known, corpus, lang), "low_n": int(known.min()),
              "high": _count_end(known.idxmax(), known, corpus, lang), "high_n": int(known.max()),
              "none": ("；" if labels.is_zh(lang) else "; ").join(said)}
    return _finding("lead_units", lang, "04_unit_lead_heatmap", "04_unit_workload", values,
                    title_code="lead_units.title", plans=[known.idxmin(), known.idxmax(), *none])


def _count_end(plan_id: str, counts: pd.Series, corpus: Corpus, lang: str | None) -> str:
    """One end of a range of counts with the plans at it, in one bracket at most (each plan
    `scope.marked`, a draft named as one): 汕尾市城区（征求意见稿）的 7 个 / "7 in Chengqu District,
    Shanwei (a draft)"; a tie said as a tie: 18 个（成都市锦江区（征求意见稿）与河和县并列） / "18 in
    both …", beyond three plans counted (另有 N 份与之并列 / "and N other plans"). Never the
    stacked brackets of `scope.at_end` around a count (到成都市锦江区（征求意见稿）、河和县（并列）的 18 个)."""
    n = int(counts[plan_id])
    others = scope.tied_with(plan_id, counts)
    names = [scope.marked(p, corpus, lang) for p in [plan_id, *others]]
    if not others:
        code, plans = "lead_units.end", names[0]
    elif len(others) > 2:
        code, plans = "lead_units.end.many", names[0]
    else:
        code = "lead_units.end.tied"
        plans = "与".join(names) if labels.is_zh(lang) else (
            " and ".join(names) if len(names) == 2 else f"{names[0]}, {names[1]} and {names[2]}")
    return _t(code, lang, n=n, plans=plans, k=len(others), m=len(names))


def _unit_name(names: pd.DataFrame, unit: str, lang: str | None) -> str:
    """A unit of a workload finding as readers see it (`workload.unit_name`): `names` is
    `unit_workload` indexed by unit (unit_en, unit_type)."""
    if unit not in names.index:
        return str(unit)
    row = names.loc[unit]
    return workload.unit_name(unit, row["unit_en"], pd.notna(row["unit_type"]), lang)


def _group_plans(corpus: Corpus, plan_ids: Iterable[str]) -> list[str]:
    """Of `plan_ids`, those assigning units (some or all) per group, from a division-of-labour
    table (``assignments.source == "table"``): every task of a group counts for each unit the
    table names for it, where the other plans name units task by task in brackets."""
    basis = workload.assignment_basis(corpus)
    return [p for p in plan_ids if basis.get(p) in (workload.BASIS_GROUP, workload.BASIS_MIXED)]


def _group_note(group: list[str], lang: str | None) -> str:
    """（汕尾市城区按组分工，组内每项任务都计入） for a count holding such plans' tasks; "" if none."""
    if not group:
        return ""
    text = _t("workload.group_note", lang, plans=_join((_plan(p, lang) for p in group), lang))
    return text if labels.is_zh(lang) else " " + text


def partners(tables: Tables, lang: str | None = None) -> Finding | None:
    """The unit named as partner on most tasks, pooled over plans, and the whole plan where
    most (named as a draft where it is one). Counted by task, as every workload count: in a
    plan assigning units per group (a division-of-labour table), each task of a group counts
    for each unit of the group, and the sentence says so of such a plan counted in it."""
    corpus = tables.corpus
    matrix = workload.workload_matrix(corpus, "partnered").dropna(axis=1, how="all")
    names = workload.unit_workload(corpus).drop_duplicates("unit").set_index("unit")
    # a collective name (各成员单位) is no unit: it takes no place in the ranking, as in chart 4.3
    matrix = matrix[matrix.index.map(names["unit_type"]) != "collective"]
    if matrix.empty or matrix.shape[1] < 2:
        return None
    pooled = matrix.sum(axis=1).sort_values(ascending=False, kind="stable")
    if pooled.iloc[0] <= 0:
        return None
    unit, second = pooled.index[0], pooled.index[1] if len(pooled) > 1 else None
    row = matrix.loc[unit].sort_values(ascending=False, kind="stable")
    ranked = scope.whole_plans(row, corpus)
    if ranked.values.empty:
        return None
    top = ranked.values.sort_values(ascending=False, kind="stable").index[0]
    counted = [unit] + ([second] if second is not None else [])
    group = _group_plans(corpus, [p for p in matrix.columns if (matrix.loc[counted, p] > 0).any()])
    values = {"unit": the_unit(_unit_name(names, unit, lang), lang), "unit_id": unit, "n": int(pooled.iloc[0]),
              "n_plans": int((row > 0).sum()), "plans_named": matrix.shape[1],
              "plan": scope.at_end(top, ranked.values, corpus, lang), "plan_id": top,
              "plan_n": int(row[top]),
              "second": the_unit(_unit_name(names, second, lang), lang) if second is not None else "",
              "second_n": int(pooled.iloc[1]) if second is not None else 0,
              "scope": scope.note(ranked.left_out, lang), "group": _group_note(group, lang)}
    return _finding("partners", lang, "04_unit_partner_heatmap", "04_unit_workload", values,
                    title_code="partners.title", plans=[top, *group],
                    rule=RULE_WHOLE if ranked.left_out else RULE_ALL)


def shared_tasks(corpus: Corpus, plans: str | Iterable[str] | None = None) -> pd.DataFrame:
    """Pairs of units (unit_a < unit_b) with the tasks they share and in how many plans,
    most first: the co-responsibility network's edges, in pandas."""
    rows = workload.task_units(corpus)[["plan_id", "task_id", "unit"]]
    if plans is not None:
        chosen = [plans] if isinstance(plans, str) else list(plans)
        rows = rows[rows["plan_id"].isin(chosen)]
    both = rows.merge(rows, on=["plan_id", "task_id"], suffixes=("_a", "_b"))
    both = both[both["unit_a"] < both["unit_b"]]
    out = (both.groupby(["unit_a", "unit_b"])
           .agg(tasks=("task_id", "size"), plans=("plan_id", "nunique")).reset_index())
    return out.sort_values(["tasks", "unit_a", "unit_b"], ascending=[False, True, True],
                           ignore_index=True)


def unit_pairs(tables: Tables, lang: str | None = None,
               plans: str | Iterable[str] | None = None) -> Finding | None:
    """The pair of units sharing most tasks (pooled, or in `plans`), against the next pair;
    counted by task, as every workload count, and the sentence names the plans assigning units
    per group counted in either pair (each task of a group counts for the group's units)."""
    pairs = shared_tasks(tables.corpus, plans)
    if len(pairs) < 2:
        return None
    counted = [tuple(r) for r in pairs[["unit_a", "unit_b"]].head(2).itertuples(index=False)]
    chosen = tables.corpus.plan_ids if plans is None else [plans] if isinstance(plans, str) else list(plans)
    group = []
    for plan in _group_plans(tables.corpus, chosen):
        own = shared_tasks(tables.corpus, plan)
        if any(((own.unit_a == a) & (own.unit_b == b)).any() for a, b in counted):
            group.append(plan)
    names = workload.unit_workload(tables.corpus).drop_duplicates("unit").set_index("unit")
    top, nxt = pairs.iloc[0], pairs.iloc[1]

    def pair(r: pd.Series) -> str:
        return _t("unit_pairs.pair", lang, a=the_unit(_unit_name(names, r.unit_a, lang), lang),
                  b=the_unit(_unit_name(names, r.unit_b, lang), lang))

    values = {"pair": pair(top), "units": [top.unit_a, top.unit_b], "n": int(top.tasks),
              "n_plans": int(top.plans), "next": pair(nxt), "next_n": int(nxt.tasks),
              "group": _group_note(group, lang)}
    return _finding("unit_pairs", lang, "04_unit_network", "04_unit_workload", values,
                    title_code="unit_pairs.title", plans=group)


# --------------------------------------------------------------------------- 05 similarity


def _pair_tie(pairs: pd.DataFrame, lang: str | None,
              name: Callable[[str], str], title: bool = False) -> tuple[str, int]:
    """The pairs of `pairs` (plan_a, plan_b, score; ranked) sharing its first pair's score as shown (two
    decimals: `scope.tied_with`), said after that score: one named
    (，禾云区与北明县四舍五入后同为 0.87 / "; Synthetic 9 and Synthetic 20 are also 0.87 when rounded"),
    more counted (，另有 3 对四舍五入后同为 0.87); equal scores as a tie (，禾云区与北明县与之并列 /
    ", tied with Synthetic 9 and Synthetic 20"); ("", 0) when none does. A pair named at the top or
    bottom of a ranking is never said as if it alone held the figure a reader sees; `title`: as a
    title's bracket holds it ("Synthetic 9 and Synthetic 20 also score 0.87 when rounded")."""
    end = ".title" if title else ""
    keys = [f"{a}\t{b}" for a, b in zip(pairs.plan_a, pairs.plan_b, strict=True)]
    scores = pd.Series(pairs["score"].astype(float).to_numpy(), index=keys)
    row = pairs.iloc[0]
    others = scope.tied_with(f"{row.plan_a}\t{row.plan_b}", scores, decimals=2)
    if not others:
        return "", 0
    # a tie (并列 / "tied") only where the scores are equal; pairs that only show the same figure
    # are said to round to it (禾云区与北明县四舍五入后同为 0.87 / "Synthetic 9 and Synthetic 20 are
    # also 0.87 when rounded"), since 0.8747 "the same as" 0.8667 is false (audit20 item 7)
    exact = ".exact" if all(abs(scores[o] - float(row.score)) < 1e-9 for o in others) else ""
    if len(others) == 1:
        a, _, b = others[0].partition("\t")
        return _t("similar.tie.pair" + exact + end, lang, a=name(a), b=name(b), score=float(row.score)), 1
    return _t("similar.tie.many" + exact + end, lang, n=len(others), score=float(row.score)), len(others)


def similar(tables: Tables, lang: str | None = None, analyzer: str = "word") -> Finding | None:
    """The most alike pair of whole plans on whole texts (pairs with a fragment left out),
    and the most alike pair on the sections both plans have (where a fragment may take part);
    the pairs tying with either at the figure shown are said (`_pair_tie`)."""
    corpus = tables.corpus
    table = pairwise.as_pairs(tables.get_similarity())  # the most alike pairs are always kept
    table = table[table["analyzer"] == analyzer]
    whole, left_out = scope.whole_plan_pairs(table[table["scope"] == "whole"], corpus)
    whole = whole.sort_values("score", ascending=False)
    shared = table[table["scope"] == "shared"].sort_values("score", ascending=False)
    if whole.empty:
        return None
    if shared.empty:  # no shared-sections scope (a build beyond LARGE_CORPUS keeps none)
        w = whole.iloc[0]
        values = {"a": scope.marked(w.plan_a, corpus, lang), "b": scope.marked(w.plan_b, corpus, lang),
                  "score": float(w.score), "scope": _scope_sentence(left_out, lang)}
        values.update(_tie_values(whole, lang, corpus))
        values["b_score"] = _bracketed(values["b"], _t("similar.score", lang, **values), lang)
        return _finding("similar", lang, "similarity_whole", "05_similarity", values,
                        code="similar.whole", title_code="similar.title",
                        plans=[w.plan_a, w.plan_b], rule=RULE_WHOLE if left_out else RULE_ALL)
    w, s = whole.iloc[0], shared.iloc[0]
    # a draft at the top of either ranking is named as a draft; a fragment or a news item in the
    # shared-sections pair is named, with why, in the note after it
    values = {"a": scope.marked(w.plan_a, corpus, lang), "b": scope.marked(w.plan_b, corpus, lang),
              "score": float(w.score), "c": scope.beside_note(s.plan_a, corpus, lang),
              "d": scope.beside_note(s.plan_b, corpus, lang), "shared": float(s.score),
              "scope": _scope_sentence(left_out, lang),  # a sentence: no bracket after the figures'
              "shared_scope": scope.shared_note(corpus, lang, among=(s.plan_a, s.plan_b))}
    values.update(_tie_values(whole, lang, corpus))
    shared_tie, n_shared = _pair_tie(shared, lang, lambda p: scope.beside_note(p, corpus, lang))
    values["shared_tie"] = shared_tie
    # one bracket after each name: its mark, its figures and the shared-sections note together
    values["b_score"] = _bracketed(values["b"], _t("similar.score", lang, **values), lang)
    values["d_shared"] = _bracketed(values["d"], f"{float(s.score):.2f}{shared_tie}"
                                    + _shared_in(corpus, lang, (s.plan_a, s.plan_b)), lang)
    if n_shared:  # findings.csv lists the count the sentence states
        values["shared_ties"] = n_shared
    return _finding("similar", lang, "similarity_whole", "05_similarity", values,
                    title_code="similar.title", plans=[w.plan_a, w.plan_b, s.plan_a, s.plan_b],
                    rule=f"{RULE_WHOLE}; {RULE_SHARED}" if left_out else RULE_ALL)


def _tie_values(ranked: pd.DataFrame, lang: str | None, corpus: Corpus, key: str = "tie") -> dict[str, Any]:
    """The tie of `ranked`'s first pair (whole plans, each named as `scope.marked` names it):
    {key: the clause, key + "_title": the same in a title's bracket, key + "s": how many
    other pairs (only when some do)}."""
    text, n = _pair_tie(ranked, lang, lambda p: scope.marked(p, corpus, lang))
    said = _pair_tie(ranked, lang, lambda p: scope.marked(p, corpus, lang), title=True)[0]
    title = _t("similar.tie.title", lang, tie=said.lstrip("，; ")) if text else ""
    out: dict[str, Any] = {key: text, f"{key}_title": title if labels.is_zh(lang) or not title else " " + title}
    if n:
        out[f"{key}s"] = n
    return out


def similar_low(tables: Tables, lang: str | None = None, analyzer: str = "word") -> Finding | None:
    """The least alike pair of whole plans on whole texts (a fragment's pairs left out: half
    a plan is unlike any whole one for what it lacks)."""
    table = tables.get_similarity()
    if pairwise.is_nearest(table):  # each plan's nearest plans say nothing of the least alike
        return None
    whole = table[(table["analyzer"] == analyzer) & (table["scope"] == "whole")]
    whole, left_out = scope.whole_plan_pairs(whole, tables.corpus)
    if len(whole) < 2:
        return None
    low = whole.sort_values("score")
    w = low.iloc[0]
    corpus = tables.corpus  # a draft at the bottom of the ranking is named as a draft
    values = {"a": scope.marked(w.plan_a, corpus, lang), "b": scope.marked(w.plan_b, corpus, lang),
              "score": float(w.score), "scope": _scope_sentence(left_out, lang)}
    values.update(_tie_values(low, lang, corpus))  # a pair at the same figure as shown
    values["b_score"] = _bracketed(values["b"], _t("similar.score", lang, **values), lang)
    return _finding("similar_low", lang, "similarity_whole", "05_similarity", values,
                    title_code="similar_low.title", plans=[w.plan_a, w.plan_b],
                    rule=RULE_WHOLE if left_out else RULE_ALL)


def similar_shared(tables: Tables, lang: str | None = None,
                   analyzer: str = "word") -> Finding | None:
    """The most alike pair on the sections both plans have, and its whole-text score and
    rank among all pairs where both are whole plans (a pair holding a fragment or a page that is
    no plan's text has its whole-text score shown and is said not to rank on it), beside
    the most alike pair of whole plans on whole texts (a fragment's pairs left out, and said to
    be where the shared pair's note does not name it already). Each plan at the top of either
    ranking is named as a draft where it is one."""
    table = tables.get_similarity()
    if pairwise.is_nearest(table):  # no shared-sections scope and no rank among every pair
        return None
    table = table[table["analyzer"] == analyzer]
    whole = table[table["scope"] == "whole"].sort_values("score", ascending=False,
                                                         ignore_index=True)
    shared = table[table["scope"] == "shared"].dropna(subset=["score"])
    if whole.empty or shared.empty:
        return None
    shared = shared.sort_values("score", ascending=False)
    s = shared.iloc[0]
    match = whole[(whole.plan_a == s.plan_a) & (whole.plan_b == s.plan_b)]
    corpus = tables.corpus
    kept, left_out = scope.whole_plan_pairs(whole, corpus)
    if match.empty:
        return None
    # pairs at the top's figure as shown, on either ranking, are said (`_pair_tie`)
    shared_tie, n_shared = _pair_tie(shared, lang, lambda p: scope.beside_note(p, corpus, lang))
    said = _pair_tie(shared, lang, lambda p: scope.beside_note(p, corpus, lang), title=True)[0]
    title = _t("similar.tie.title", lang, tie=said.lstrip("，; ")) if shared_tie else ""
    ties: dict[str, Any] = {"shared_tie": shared_tie,
                            "shared_tie_title": title if labels.is_zh(lang) or not title else " " + title}
    if n_shared:
        ties["shared_ties"] = n_shared
    rank = int(match.index[0]) + 1
    # a pair with a fragment (or a page that is no plan's text) has a whole-text score, but no
    # place in a whole-text ranking: like with like
    unranked = ".unranked" if {s.plan_a, s.plan_b} & set(left_out) else ""
    if len(kept) < 2:  # one pair of whole plans (or none) is no "most alike": the rank alone
        values = {"a": scope.beside_note(s.plan_a, corpus, lang),
                  "b": scope.beside_note(s.plan_b, corpus, lang), "shared": float(s.score),
                  "whole": float(match.score.iloc[0]), "rank": rank, "n_pairs": len(whole),
                  "pair_ids": [s.plan_a, s.plan_b],
                  "shared_scope": scope.shared_note(corpus, lang, among=(s.plan_a, s.plan_b)), **ties}
        values["b_shared"] = _bracketed(values["b"], f"{float(s.score):.2f}{shared_tie}"
                                        + _shared_in(corpus, lang, (s.plan_a, s.plan_b)), lang)
        return _finding("similar_shared", lang, "similarity_shared", "05_similarity", values,
                        code="similar_shared.rank" + unranked, title_code="similar_shared.title",
                        rule=RULE_SHARED, plans=[s.plan_a, s.plan_b])
    top = kept.iloc[0]
    unsaid = [p for p in left_out if p not in (s.plan_a, s.plan_b)]  # the shared note names the others
    # the shared pair's fragment or news item is named, with why, in its note; the whole-text
    # top pair of whole plans marked (a draft as a draft)
    values = {"a": scope.beside_note(s.plan_a, corpus, lang),
              "b": scope.beside_note(s.plan_b, corpus, lang), "shared": float(s.score),
              "whole": float(match.score.iloc[0]), "rank": rank, "n_pairs": len(whole),
              "top_a": scope.marked(top.plan_a, corpus, lang),
              "top_b": scope.marked(top.plan_b, corpus, lang),
              "top_whole": float(top.score), "pair_ids": [s.plan_a, s.plan_b],
              "shared_scope": scope.shared_note(corpus, lang, among=(s.plan_a, s.plan_b)),
              "scope": _scope_sentence(unsaid, lang), **ties}
    values.update(_tie_values(kept, lang, corpus, key="top_tie"))
    shared_in = _shared_in(corpus, lang, (s.plan_a, s.plan_b))
    # one bracket after each name: its mark, its figures and the shared-sections note together
    values["b_shared"] = _bracketed(values["b"], f"{float(s.score):.2f}{shared_tie}" + shared_in, lang)
    values["top_b_whole"] = _bracketed(values["top_b"], f"{float(top.score):.2f}{values['top_tie']}", lang)
    same = {s.plan_a, s.plan_b} == {top.plan_a, top.plan_b}
    if same:  # the note on the whole-text ranking sits by the whole-text score, where it is true
        values["whole_scope"] = _t("similar_shared.whole_scope" + (".many" if len(unsaid) > 1 else ""),
                                   lang, why=scope.why(unsaid, lang)) if unsaid else ""
        values["b_same"] = _bracketed(values["b"], _t("similar_shared.same.inner", lang, **values)
                                      + shared_in, lang)
    code = "similar_shared.same" if same else "similar_shared" + unranked
    return _finding("similar_shared", lang, "similarity_shared", "05_similarity", values,
                    code=code, title_code="similar_shared.title",
                    rule=f"{RULE_SHARED}; {RULE_WHOLE}" if left_out else RULE_SHARED,
                    plans=[s.plan_a, s.plan_b, top.plan_a, top.plan_b])


def _section_tasks(corpus: Corpus, plan_id: str, scope: str) -> int:
    """How many tasks a plan's section of a similarity scope holds: for a category, its tasks of
    that category (tasks.category, the one counting rule); for a part, the tasks of its groups."""
    tasks = corpus.tasks[corpus.tasks["plan_id"] == plan_id]
    kind, _, value = scope.partition(":")
    if kind == "category":
        return int((tasks["category"] == value).sum())
    groups = corpus.groups[(corpus.groups["plan_id"] == plan_id) & (corpus.groups["part"] == value)]
    return int(tasks["group_id"].isin(groups["group_id"]).sum())


def _sections_scope(long: pd.Series, left_out: list, ends: list[str], lang: str | None) -> str:
    """The note after the sections finding's whole-text range: the plans left out of it that take
    part in the section rows (`long`) but stand at neither end (`ends`) said to (（重庆市残篇只有半
    份规划，参与分章节比较，不参与全文排序）; audit20 item 3: "is not ranked" alone read as if the
    pairs of sections left it out too), any other left out as `scope.note` says it; "" when none
    was left out."""
    in_sections = {x for p in long.index.get_level_values(0) for x in str(p).split("–")}
    taking = [p for p in left_out if str(p) in in_sections and str(p) not in ends]
    others = [p for p in left_out if p not in taking]
    if not taking:
        return scope.note(others, lang)
    code = "sections.scope.both" if others else "sections.scope.many" if len(taking) > 1 else "sections.scope"
    text = _t(code, lang, why=scope.why(taking, lang), others=scope.why(others, lang))
    return text if labels.is_zh(lang) else " " + text


def sections(tables: Tables, lang: str | None = None, analyzer: str = "word") -> Finding | None:
    """How far section-level scores spread (a comparison of the sections both plans have,
    where a fragment may take part, and says so as `scope.shared_note` does), against the
    spread of whole-text scores of whole plans (a fragment's pairs left out, and said to be).
    Over every pair (`Tables.get_section_pairs`); None where only each plan's nearest plans
    are at hand, whose lowest score is the lowest tenth-nearest, not the lowest pair."""
    corpus = tables.corpus
    table = tables.get_section_pairs(analyzer)
    if pairwise.is_nearest(table):  # each plan's nearest pairs: their range is the cut-off's
        return None
    wide = sim.section_table(table, analyzer)
    parts = [c for c in wide.columns if c not in ("whole", "shared")]
    if "whole" not in wide.columns or not parts:
        return None
    long = wide[parts].stack().dropna()
    pairs = pd.DataFrame([(p, *p.partition("–")[::2]) for p in wide.index],
                         columns=["pair", "plan_a", "plan_b"])
    kept, left_out = scope.whole_plan_pairs(pairs, corpus)
    whole = wide.loc[list(kept["pair"]), "whole"].dropna()
    if long.empty or len(whole) < 2:
        return None
    (lo_pair, lo_scope), (hi_pair, hi_scope) = long.idxmin(), long.idxmax()
    ends = [x for p in (lo_pair, hi_pair) for x in p.split("–")]

    def pair(p: str) -> str:
        a, _, b = p.partition("–")
        return _t("pair", lang, a=scope.beside_note(a, corpus, lang),
                  b=scope.beside_note(b, corpus, lang))

    # how many tasks each plan's section holds: a score between one task and one task says
    # less than one between two parts of twenty (page 05's top, 0.96, is one task each)
    def size(p: str, section: str) -> str:
        a, b = (_section_tasks(corpus, x, section) for x in p.split("–"))
        if a == b == 0:  # a part of no tasks (总体要求与目标): nothing to say, never "0 tasks each"
            return ""
        if a == b:
            return _t("sections.size.one" if a == 1 else "sections.size.same", lang, n=a)
        return _t("sections.size", lang, a=a, b=b)

    # a tie at either end, as the reader sees the score (two decimals)
    shown = long.round(2)
    # where either end is shared by other pairs of sections, each end is its count and one
    # example (1.00（964/7,359 对章节，如乐至县与明山县的“产业工人”；各 4 项任务）): one pair
    # named as "the" top where 964 show the same figure would not be an end
    tied = any(int((shown == shown[at]).sum()) > 1 for at in ((lo_pair, lo_scope), (hi_pair, hi_scope)))

    # the shared-sections note stands inside the last end's bracket: （0.96；各 1 项任务；重庆市残篇在此可以参与）
    shared_in = _shared_in(corpus, lang, ends)
    values = {"low": float(long.min()), "low_section": sim.scope_label(lo_scope, lang),
              "low_size": size(lo_pair, lo_scope),
              "high_size": size(hi_pair, hi_scope) + shared_in,
              "low_pair": pair(lo_pair), "high": float(long.max()),
              "high_section": sim.scope_label(hi_scope, lang), "high_pair": pair(hi_pair),
              "whole_low": float(whole.min()), "whole_high": float(whole.max()),
              "high_scope": hi_scope, "low_scope": lo_scope,
              "shared_scope": scope.shared_note(corpus, lang, among=ends),
              "scope": _sections_scope(long, left_out, ends, lang)}
    if tied:
        values.update(_section_levels(corpus, long, lang, pair, size, left_out))
        ends = values.pop("ends")
    return _finding("sections", lang, "similarity_sections", "05_similarity", values,
                    code="sections.tied" if tied else "sections",
                    title_code="sections.title", plans=ends,
                    rule=f"{RULE_SHARED}; {RULE_WHOLE}" if left_out else RULE_SHARED)


SAME_SCORE = 1e-9  # two scores closer than this are the same score (chart 5.4's labels count so)


def _section_levels(corpus: Corpus, long: pd.Series, lang: str | None, pair: Callable[[str], str],
                    size: Callable[[str, str], str], left_out: list) -> dict[str, Any]:
    """The sections finding where an end is shared: each level's own range, one short sentence a
    level (parts 提升行动, 重点工程 … and the task categories inside them score the same text twice,
    so each is counted against its own total, never as one count of 7,359; and the categories'
    floor, 0.18, is not the parts' 0.04), each end its count of pairs at that very score, the ones
    that only round to it said beside (1.00 is "identical wording" in 523 of 5,310 pairs of
    categories, 724 when rounded: audit21 item 3, as chart 5.4's labels count), and one example.
    {"level_ends", "levels", "scope" (the plans left out of the whole-text range that take part
    in the rows but at no end), "ends" (the plans named), and each count for findings.csv}."""
    zh = labels.is_zh(lang)
    level = pd.Series([str(sc).partition(":")[0] for _p, sc in long.index], index=long.index)
    two = level.nunique() > 1 and set(level) <= {"category", "part"}
    order = [lv for lv in ("category", "part") if lv in set(level)] if two else [None]
    out: dict[str, Any] = {}
    said, ends = [], []
    def end_of(rows: pd.Series, key: str, at: tuple[str, str], side: str) -> str:
        score, total = float(rows[at]), len(rows)
        exact = int(np.isclose(rows.to_numpy(float), score, rtol=0, atol=SAME_SCORE).sum())
        shown = round(score, 2)
        rounded = int((rows.round(2) == shown).sum())
        out[f"n_{key}_{side}"] = exact
        if rounded != exact:
            out[f"n_{key}_{side}_rounded"] = rounded
        note = _shared_in(corpus, lang, at[0].split("–"))
        identical = abs(score - 1.0) <= SAME_SCORE  # said as identical wording, even of one pair
        if exact == 1 and rounded == 1 and not identical:
            return _t("sections.end.one", lang, score=score, pair=pair(at[0]),
                      section=sim.scope_label(at[1], lang), size=size(*at), note=note)
        counts = _t("sections.n.identical" if identical else "sections.n", lang, n=exact, total=total)
        if rounded != exact:
            counts += _t("sections.n.rounded", lang, n=rounded, shown=shown)
        lead = ("sections.eg.after_rounded" if rounded != exact else "sections.eg") + ("" if exact > 1 else ".one")
        return _t("sections.end", lang, score=score, counts=counts, eg=_t(lead, lang) + ("" if zh else " "),
                  pair=pair(at[0]), section=sim.scope_label(at[1], lang), size=size(*at), note=note)

    for lv in order:
        rows = long[level == lv] if lv else long
        key = lv or "section"
        total = len(rows)
        lo, hi = rows.idxmin(), rows.idxmax()
        ends += [x for p in (lo[0], hi[0]) for x in p.split("–")]
        out[f"{key}_low"], out[f"{key}_high"] = float(rows.min()), float(rows.max())
        if two:
            out[f"n_{key}_pairs"] = total
        said.append(_t(f"sections.level.{key}", lang, low_end=end_of(rows, key, lo, "low"),
                       high_end=end_of(rows, key, hi, "high")))
    out["level_ends"] = "".join(said) if zh else "".join(" " + x for x in said)
    out["levels"] = "" if not two else _t("sections.levels", lang) if zh else " " + _t("sections.levels", lang)
    if not two:
        out["n_section_pairs"] = len(long)
    out["scope"] = _sections_scope(long, left_out, ends, lang)  # with this level's ends
    out["ends"] = list(dict.fromkeys(ends))
    return out




# --------------------------------------------------------------------------- 06 reuse


FRACTIONS = ((1, 10), (1, 5), (1, 4), (1, 3), (1, 2), (2, 3), (3, 4))  # shares a sentence may say in words
FRACTION_SLACK = 2.0  # percentage points: 25.5% is 约四分之一, 30% is no fraction


def share_in_words(share: float, lang: str | None) -> str:
    """A share (in %) said in words only where it matches: the simple fraction within
    `FRACTION_SLACK` points of it (25.5% → 约四分之一 / "about a quarter"), else the figure itself
    (30%); never a word that misstates it, as 一小部分 said 26% (audit20 item 11)."""
    for a, b in FRACTIONS:
        if abs(share - 100 * a / b) <= FRACTION_SLACK:
            return _t(f"fraction.{a}_{b}", lang)
    return _t("fraction.share", lang, share=share)


def _family(corpus: Corpus, plan_id: str) -> set[str]:
    """A plan with its parent plans up the line and its child plans down it (`reuse.parent_pairs`):
    the plans its text may pass to or come from as parent and child."""
    edges = ru.parent_pairs(corpus.plans)
    up = {c: p for p, c in edges}
    down: dict[str, list[str]] = {}
    for p, c in edges:
        down.setdefault(p, []).append(c)
    family, x = {plan_id}, plan_id
    while x in up and up[x] not in family:
        x = up[x]
        family.add(x)
    stack = [plan_id]
    while stack:
        for c in down.get(stack.pop(), []):
            if c not in family:
                family.add(c)
                stack.append(c)
    return family


def _same_sentences(tables: Tables, source: str, than_id: str, target: str) -> int | None:
    """How many of `source`'s sentences recurring in `target` recur in `than_id` too, from the
    sentence pairs (which source sentences recur in each plan); None where the pairs do not back
    both counts (beyond `LARGE_CORPUS` plans none are kept), as then the overlap is not known."""
    shares, pairs = tables.get_reuse()
    if pairs is None or pairs.empty:
        return None
    mine = pairs[pairs["source_plan"] == source]
    sets = {p: set(mine.loc[mine["target_plan"] == p, "source_sent"]) for p in (than_id, target)}
    for plan, sents in sets.items():
        hit = shares[(shares["source_plan"] == source) & (shares["target_plan"] == plan)]
        if len(hit) != 1 or int(hit["n_reused"].iloc[0]) != len(sents):
            return None
    return len(sets[than_id] & sets[target])


def _outside(tables: Tables, source: str, n: int, family: set[str], than: str,
             lang: str | None, than_id: str | None = None) -> dict[str, Any]:
    """The plans outside `family` holding as many of `source`'s sentences as the plan the finding
    names (`n`, said of `than`, plan `than_id`) or more: where one does, the reuse is not the parent
    and child plans' alone, and the sentence says so, with how many of those sentences are the
    same as the named plan's (重庆市残篇的 47/88 句见于巫溪县，上下级之外的兴石县也有 47/88 句，其中 32
    句与巫溪县相同; audit20 item 8, audit21 item 2: the same count is not the same sentences).
    {"outside": the clause or "", "outside_title": the title's, and for findings.csv "outside_n",
    "outside_plans": how many plans, the most sentences one holds, "outside_same": the first
    plan's sentences also in `than_id` where the sentence pairs tell}."""
    corpus = tables.corpus
    shares = tables.get_reuse()[0]
    told = {p for p, r in scope.reasons(corpus).items() if r != scope.FRAGMENT}  # no plan's text
    rows = shares[(shares["source_plan"] == source) & ~shares["target_plan"].isin(family | told)]
    rows = rows[rows["n_reused"].astype(int) >= n] if n > 0 else rows.iloc[0:0]
    if rows.empty:
        return {"outside": "", "outside_title": ""}
    rows = rows.sort_values(["n_reused", "target_plan"], ascending=[False, True], kind="stable")
    top = rows.iloc[0]
    more = rows["n_reused"].astype(int) > n
    code = "reuse.outside" + (".count" if len(rows) > NAMED_MAX else ".more" if more.all()
                              else ".mixed" if more.any() else ".one" if len(rows) == 1 else "")
    same = {r.target_plan: _same_sentences(tables, source, than_id, r.target_plan) if than_id else None
            for r in rows.head(NAMED_MAX).itertuples()}

    def same_of(plan: str) -> str:
        k = same.get(plan)
        if k is None:
            return ""
        return ("" if labels.is_zh(lang) else " ") + _t("reuse.outside.same", lang, k=k, than=than)

    def item(plan: str, k: int, of: int) -> str:
        # one bracket after a name: 汕尾市城区（征求意见稿，50/184 句）; English "… with 50 of 184 sentences"
        count = _t("reuse.outside.n", lang, n=k, of=of) + same_of(plan)
        name = scope.marked(plan, corpus, lang)
        return _bracketed(name, count, lang) if labels.is_zh(lang) else _t("reuse.outside.item", lang,
                                                                            plan=name, count=count)

    items = _join((item(r.target_plan, int(r.n_reused), int(r.n_sentences)) for r in rows.itertuples()), lang)
    clause = _t(code, lang, plans=items, than=than, n=len(rows), top=int(top.n_reused),
                of=int(top.n_sentences), has="has" if len(rows) == 1 else "have",
                plan=scope.marked(top.target_plan, corpus, lang), same=same_of(top.target_plan))
    title = _t("reuse.outside.title", lang, plan=scope.marked(top.target_plan, corpus, lang),
               n=int(top.n_reused), of=int(top.n_sentences))
    found = {"outside": clause, "outside_title": title, "outside_n": int(top.n_reused),
             "outside_plans": len(rows), "outside_ids": list(rows["target_plan"].head(NAMED_MAX))}
    if same.get(top.target_plan) is not None:
        found["outside_same"] = same[top.target_plan]
    return found


def reuse(tables: Tables, lang: str | None = None) -> Finding | None:
    """Plans that copy their parent most: wherever a plan's parent region has a plan in the
    corpus, the share of the child's sentences found in the parent's plan, ranked, with the
    counts behind each share ("reuse.ranked"). A pair with a fragment is not ranked with whole
    pairs (a fragment holds part of its text). When every pair involves a fragment parent, the
    finding is the fragment case: the share of the fragment's sentences that recur in each
    child ("reuse": one child, beside the next row of the same table; "reuse.children": several
    children, the most and the least). A news item, a paper, a report or a page of unknown kind
    is never a parent or a child plan here (what a page tells of a plan is not the plan's text
    to copy or be copied): its pairs are left out, and the sentence says whom and why."""
    shares = tables.get_parent_reuse()
    corpus = tables.corpus
    if keeps_some_pairs(tables.get_reuse()[0]):  # the count matrix's parent–child rows
        check = _parent_rows(shares, corpus)
    else:  # every pair: ranks too (the similarity side of the check is not used here)
        check, _ = ru.parent_child_check(shares, pd.DataFrame(columns=sim.SIMILARITY_COLUMNS),
                                         corpus.plans)
    if check.empty:
        return None
    told = {p: r for p, r in scope.reasons(corpus).items() if r != scope.FRAGMENT}
    hit = [bool({a, b} & set(told)) for a, b in zip(check.parent, check.child, strict=True)]
    in_hit = set(check.parent[hit]) | set(check.child[hit])
    left_out = [scope.LeftOut(p, r) for p, r in told.items() if p in in_hit]
    check = check[[not h for h in hit]].reset_index(drop=True)
    kind_note = scope.note(left_out, lang)
    if check.empty:
        return None
    broken = set(scope.fragments(corpus))
    whole = check[[not ({a, b} & broken) for a, b in zip(check.parent, check.child, strict=True)]]
    if len(whole):
        return _reuse_ranked(tables, shares, whole, len(check) - len(whole), lang, corpus, kind_note)
    parents = check.groupby("parent")["child"].nunique()
    if parents.max() > 1:
        return _reuse_children(tables, check, parents.idxmax(), lang, corpus, kind_note)
    row = check.sort_values("share", ascending=False).iloc[0]
    if "rank" not in check.columns:  # kept pairs: the rank and next row from every pair's count
        counts = ru.load_reuse_counts(corpus, processed_dir=tables.processed_dir)
        rank, nxt = pairwise.rank_in_counts(counts, row.parent, row.child)
        if nxt is None:
            return None
    else:
        ranked = shares.sort_values("share", ascending=False, kind="stable").reset_index(drop=True)
        at = ranked.index[(ranked.source_plan == row.parent) & (ranked.target_plan == row.child)]
        if len(at) == 0 or at[0] + 1 >= len(ranked):
            return None
        rank, nxt = int(at[0]) + 1, ranked.iloc[at[0] + 1]
    values = {"parent": _plan(row.parent, lang), "child": scope.marked(row.child, corpus, lang),
              "share": 100 * float(row.share), "n_reused": int(row.n_reused),
              "n_sentences": int(row.n_sentences), "rank": rank,
              "next": _t("pair_arrow", lang, a=scope.named(nxt.source_plan, corpus, lang),
                         b=scope.named(nxt.target_plan, corpus, lang)),
              "next_share": 100 * float(nxt.share), "next_n": int(nxt.n_reused),
              "next_of": int(nxt.n_sentences),
              "ratio": float(row.share / nxt.share) if nxt.share else float("nan"),
              # the reverse row's share in words that match it (约四分之一, never 一小部分 for 26%)
              "part": share_in_words(100 * float(nxt.share), lang),
              "scope": kind_note}
    values.update(_outside(tables, row.parent, int(row.n_reused), _family(corpus, row.parent),
                           scope.marked(row.child, corpus, lang), lang, row.child))
    code = "reuse.reverse" if {nxt.source_plan, nxt.target_plan} == {row.parent, row.child} \
        else "reuse"
    return _finding("reuse", lang, "reuse_matrix", "06_text_reuse", values, code=code,
                    title_code="reuse.title.outside" if values["outside"] else "reuse.title",
                    rule=RULE_PARENT,
                    plans=[row.parent, row.child, nxt.source_plan, nxt.target_plan,
                           *values.get("outside_ids", [])])


def _parent_rows(shares: pd.DataFrame, corpus: Corpus) -> pd.DataFrame:
    """The parent → child rows of `shares` as `reuse.parent_child_check` names them (parent,
    child, n_sentences, n_reused, share), without the ranks only every pair gives."""
    linked = set(ru.parent_pairs(corpus.plans))
    rows = shares[[(s, t) in linked for s, t in zip(shares.source_plan, shares.target_plan,
                                                    strict=True)]]
    return rows.rename(columns={"source_plan": "parent", "target_plan": "child"}
                       ).reset_index(drop=True)


def _count_share(n: int, of: int, share: float, lang: str | None) -> str:
    """'47/88 句，53%' / '47 of 88 sentences, 53%'."""
    return _t("reuse.count", lang, n=n, of=of, share=share)


def _reuse_ranked(tables: Tables, shares: pd.DataFrame, whole: pd.DataFrame, n_fragment_pairs: int,
                  lang: str | None, corpus: Corpus, kind_note: str = "") -> Finding:
    """Whole child -> parent pairs ranked by the share of the child's sentences found in its
    parent's plan: the most, the next (when there is one) and the least, each plan named as a
    draft where it is one (`scope.marked`)."""

    def mark(plan_id: str) -> str:
        return scope.marked(plan_id, corpus, lang)

    keyed = shares.set_index(["source_plan", "target_plan"])
    rows = []
    for parent, child in zip(whole.parent, whole.child, strict=True):
        hit = keyed.loc[(child, parent)]
        rows.append({"parent": parent, "child": child, "n": int(hit.n_reused),
                     "of": int(hit.n_sentences), "share": float(hit.share)})
    ranked = pd.DataFrame(rows).sort_values(["share", "child"], ascending=[False, True],
                                            kind="stable").reset_index(drop=True)

    def pair(r: pd.Series) -> str:
        return _t("pair_arrow", lang, a=mark(r.child), b=mark(r.parent))

    top = ranked.iloc[0]
    values = {"n_pairs": len(ranked), "child": mark(top.child),
              "parent": mark(top.parent), "n": top.n, "of": top.of,
              "share": 100 * top.share, "others": "", "fragments": ""}
    others = []
    if len(ranked) >= 2:
        second = ranked.iloc[1]
        others.append(_t("reuse.next", lang, pair=pair(second),
                         count=_count_share(second.n, second.of, 100 * second.share, lang)))
    if len(ranked) >= 3:
        last = ranked.iloc[-1]
        others.append(_t("reuse.least", lang, pair=pair(last),
                         count=_count_share(last.n, last.of, 100 * last.share, lang)))
    values["others"] = "".join(others)
    if n_fragment_pairs:
        values["fragments"] = _t("reuse.fragment_pairs" + (".one" if n_fragment_pairs == 1 else ""),
                                 lang, n=n_fragment_pairs)
    values["fragments"] += kind_note  # the pairs of a page that is not a plan's text: whom, why
    # a plan outside the parent and child plans holding as many of the child's sentences as its
    # parent: said, in the sentence and the title (the reuse is not the line's alone)
    values.update(_outside(tables, top.child, int(top.n), _family(corpus, top.parent),
                           mark(top.parent), lang, top.parent))
    code = "reuse.ranked" if len(ranked) > 1 else "reuse.ranked.one"  # one pair: no "most"
    found = _finding("reuse", lang, "reuse_matrix", "06_text_reuse", values, code=code,
                     title_code=f"{code}.title", rule=RULE_PARENT,
                     plans=[*ranked["child"].head(2), *ranked["parent"].head(2),
                            ranked["child"].iloc[-1], *values.get("outside_ids", [])])
    return replace(found, title=found.title + values["outside_title"]) if values["outside"] else found


def _reuse_children(tables: Tables, check: pd.DataFrame, parent: str, lang: str | None,
                    corpus: Corpus, kind_note: str = "") -> Finding:
    """The fragment case with several children: the share of the fragment parent's sentences
    that recur in each child's plan, the most and the least (named as a draft where one is, and
    with the children tying with it)."""

    mine = check[check.parent == parent].sort_values(["share", "child"], ascending=[False, True],
                                                     kind="stable")
    top, low = mine.iloc[0], mine.iloc[-1]
    shares = mine.set_index("child")["share"].astype(float)
    values = {"parent": _plan(parent, lang), "n_children": len(mine),
              "child": scope.at_end(top.child, shares, corpus, lang), "n_reused": int(top.n_reused),
              "n_sentences": int(top.n_sentences), "share": 100 * float(top.share),
              "low": scope.at_end(low.child, shares, corpus, lang), "low_n": int(low.n_reused),
              "low_share": 100 * float(low.share), "scope": kind_note}
    values.update(_outside(tables, parent, int(top.n_reused), _family(corpus, parent),
                           scope.marked(top.child, corpus, lang), lang, top.child))
    return _finding("reuse", lang, "reuse_matrix", "06_text_reuse", values,
                    code="reuse.children",
                    title_code="reuse.title.outside" if values["outside"] else "reuse.title",
                    rule=RULE_PARENT, plans=[parent, top.child, low.child, *values.get("outside_ids", [])])


def own_text(tables: Tables, lang: str | None = None) -> Finding | None:
    """The whole plan with the least and the most text of its own (a fragment is left out:
    what it shares depends on the half that survives)."""
    _shares, pairs = tables.get_reuse()
    if not pairwise.has_sentence_pairs(pairs):  # beyond LARGE_CORPUS: not kept, not known
        return None
    corpus = tables.corpus
    table = ru.own_text(corpus, pairs).set_index("plan_id")
    own = scope.whole_plans(table["own_share"].astype(float), corpus)
    if len(own.values) < 2:
        return None
    low, high = own.values.idxmin(), own.values.idxmax()

    def count(p: str) -> tuple[int, int]:
        n = int(table.at[p, "n_sentences"])
        return n - int(table.at[p, "n_reused_anywhere"]), n

    (low_n, low_of), (high_n, high_of) = count(low), count(high)
    shown = 2  # shares are shown as whole percents: ties as a reader sees them (`scope.tied_with`)
    values = {"plan": scope.at_end(low, own.values, corpus, lang, decimals=shown,
                                   shown=f"{100 * float(own.values[low]):.0f}%"),
              "share": 100 * float(own.values[low]),
              "n": low_n, "of": low_of, "top": scope.at_end(high, own.values, corpus, lang, decimals=shown,
                                                         shown=f"{100 * float(own.values[high]):.0f}%"),
              "top_share": 100 * float(own.values[high]), "top_n": high_n, "top_of": high_of,
              "scope": _scope_sentence(own.left_out, lang)}  # a sentence: no bracket after the figures'
    # where many plans share the least (more than `at_end` names), the sentence counts them
    # (24/32 份完整规划没有自有文本) instead of naming one with a tie bracket; a plan with none of
    # its own text is said so, never "only 0 of its 119 sentences"
    at_low = [low, *scope.tied_with(low, own.values, decimals=shown)]
    none = bool((own.values[at_low] == 0).all())
    code = "own_text"
    if len(at_low) > 3:
        code += ".none.many" if none else ".many"
        values.update(n_low=len(at_low), n_whole=len(own.values))
    elif none:
        code += ".none"
    # an end resting on less than one sentence is said with the next plan, as page 07's ends are
    # (`near_end`); where many plans share the least, the count says it and no plan is near
    percent = 100 * own.values
    low_near = near_end(low, high, percent, low_of, top=False, decimals=0) if len(at_low) <= 3 else None
    high_near = near_end(high, low, percent, high_of, top=True, decimals=0)
    for side, plan in (("low", low_near), ("high", high_near)):
        n, of = count(plan) if plan is not None else (0, 0)
        values[f"{side}_near"] = "" if plan is None else _t(
            f"own_text.near.{side}", lang, plan=scope.marked(plan, corpus, lang), n=n, of=of,
            share=float(percent[plan]))
    title_code = code.replace("own_text", "own_text.title", 1)
    if low_near is not None:
        values.update(near=scope.marked(low_near, corpus, lang), near_id=low_near,
                      near_n=count(low_near)[0], near_of=count(low_near)[1])
        if code == "own_text":
            title_code = "own_text.title.near"
    named = [p for p in (low, low_near, high, high_near) if p is not None]
    return _finding("own_text", lang, "reuse_own_text", "06_text_reuse", values, code=code,
                    title_code=title_code, plans=named, rule=RULE_WHOLE if own.left_out else RULE_ALL)


# --------------------------------------------------------------------------- 07 instruments


def _type_extremes(tables: Tables, column: str, lang: str | None) -> dict[str, Any] | None:
    """The whole plans with the highest and lowest share of clauses of one instrument type,
    with the clause counts behind each share."""
    from sciplan_analysis.analysis.instruments import type_shares

    corpus = tables.corpus
    table = type_shares(corpus).set_index("plan_id")
    shares = scope.whole_plans(table[column].astype(float), corpus)
    if len(shares.values) < 2:
        return None
    high, low = shares.values.idxmax(), shares.values.idxmin()
    n = corpus.clauses.groupby(["plan_id", "type"]).size()

    def count(p: str) -> int:
        return int(n.get((p, column), 0))

    def of(p: str) -> int:
        return int(table.at[p, "n_clauses"])

    high_unsure = _coder_caveat(high, corpus, lang)
    low_unsure = _coder_caveat(low, corpus, lang) if low != high else ("", "")
    spread = abs(float(shares.values[high]) - float(shares.values[low]))  # percentage points
    error, numbers = _coder_error(list(shares.values.index), spread, corpus, lang)
    caveat = high_unsure[0] + low_unsure[0] + error
    high_near = near_end(high, low, shares.values, of(high), top=True)
    low_near = near_end(low, high, shares.values, of(low), top=False)

    def beside(p: str | None, code: str) -> str:
        if p is None:
            return ""
        return _t(code, lang, plan=scope.marked(p, corpus, lang), n=count(p), of=of(p),
                  share=float(shares.values[p]))

    near = {"high_near": beside(high_near, "instrument_near.high"),
            "low_near": beside(low_near, "instrument_near.low")}
    if high_near is not None:
        near |= {"near": scope.marked(high_near, corpus, lang), "near_id": high_near,
                 "near_n": count(high_near), "near_of": of(high_near)}
    return {"high": scope.at_end(high, shares.values, corpus, lang), "high_id": high,
            "high_share": float(shares.values[high]), "high_n": count(high),
            "high_of": of(high),
            "low": scope.at_end(low, shares.values, corpus, lang), "low_id": low,
            "low_share": float(shares.values[low]), "low_n": count(low),
            "low_of": of(low), **near,
            "caveat": caveat, **numbers,
            "_title_caveat": high_unsure[1] or ("near" if high_near is not None else "")
            or ("error" if error else ""),
            "scope": _scope_sentence(shares.left_out, lang), "_left_out": shares.left_out}


def near_end(end: str, other_end: str, shares: pd.Series, of: int, top: bool,
             decimals: int | None = None) -> str | None:
    """The plan next to `end` of a ranking of `shares` (percentages, one per plan) when the
    order of the two rests on less than one clause: `end`'s share with one clause fewer (at the
    top) or more (at the bottom) of its `of` would meet or pass it (锦江区 23/102 = 22.5% over
    巫溪县 39/175 = 22.3%: with 22/102 锦江区 would be second). Such a pair is said together,
    never the one as simply the most. None when no plan is that near, when the next plan is the
    ranking's other end (two plans: the sentence already sets them side by side), or when it
    ties `end` exactly, or as shown with `decimals` (`scope.at_end` names a tie)."""
    rest = shares.drop(index=[end, *scope.tied_with(end, shares, decimals)])
    if rest.empty or not of:
        return None
    nxt = rest.idxmax() if top else rest.idxmin()
    if nxt == other_end:
        return None
    gap = float(shares[end] - shares[nxt]) if top else float(shares[nxt] - shares[end])
    return nxt if gap <= 100.0 / of + 1e-9 else None


def _coder_caveat(plan_id: str, corpus: Corpus, lang: str | None) -> tuple[str, str]:
    """The caveat of a plan at an end of an instrument-type share whose kind of document the
    coder was never checked on (a 分工方案, `parsing.instruments.reliability`): the sentence and
    "unmeasured"; ("", "") for a plan of a measured kind."""
    kind = _doc_kind(plan_id, corpus)
    checked = _reliability_row(kind)
    if checked is not None:
        return "", ""
    text = _t("instrument_caveat.unmeasured", lang, plan=scope.marked(plan_id, corpus, lang),
              kind=labels.label("doc_type", kind or "unknown", lang))
    return (text if labels.is_zh(lang) else " " + text), "unmeasured"


def _doc_kind(plan_id: str, corpus: Corpus) -> str:
    kind = corpus.plans.set_index("plan_id")["doc_type"].get(plan_id)
    return "" if kind is None or pd.isna(kind) else str(kind)


def _reliability_row(kind: str) -> pd.Series | None:
    from sciplan_analysis.parsing.instruments import reliability

    checked = reliability([kind]).iloc[0]
    return None if pd.isna(checked["clauses"]) or not int(checked["clauses"]) else checked


def _coder_error(plans: list[str], spread: float, corpus: Corpus,
                 lang: str | None) -> tuple[str, dict[str, int]]:
    """One plain sentence on the coder's error, said once for the comparison (audit23 item 6):
    on the kinds of document measured among the compared `plans`, the coder types so many of the
    checked clauses otherwise than hand coding (the reliability file's count on implementation
    plans, which moves as fresh sets are scored; on the clauses the hand codes a means where the
    file counts them, since the checked pages are mostly openings whose titles and aims the coder
    reads easily, while the compared plans' clauses mostly name a means), so
    differences between plans' shares of this size (the whole `spread` between the ends, in
    percentage points, below that rate) may be the coder's and the ranking is only indicative.
    A clause-level rate bounds no plan's share (errors in opposite directions cancel): it is
    said as the order of the coder's error, never as a test of one plan's lead. "" where no
    kind was measured or the spread is beyond that rate."""
    rows: dict[tuple[int, int, bool], list[str]] = {}
    for kind in dict.fromkeys(_doc_kind(p, corpus) for p in plans):
        checked = _reliability_row(kind)
        if checked is None:
            continue
        means = not pd.isna(checked["means_clauses"]) and int(checked["means_clauses"]) > 0
        base, right = ("means_clauses", "means_type_right") if means else ("clauses", "type_right")
        of = int(checked[base])
        key = (of - int(checked[right]), of, means)
        for k in str(checked["kinds"]).split("|"):
            if k and k not in rows.setdefault(key, []):
                rows[key].append(k)
    if not rows or spread >= max(100 * w / o for w, o, _ in rows):
        return "", {}
    items = [_t("instrument_caveat.error.means_item" if means else "instrument_caveat.error.item", lang,
                wrong=w, of=o, error=100 * w / o,
                kind=_join((labels.text(f"instruments.reliability.kind.{k}", lang) for k in ks), lang))
             for (w, o, means), ks in rows.items()]
    text = _t("instrument_caveat.error", lang, items=_join(items, lang))
    (wrong, of, _), = list(rows)[:1]
    return (text if labels.is_zh(lang) else " " + text), {"coder_wrong": wrong, "coder_checked": of}


def demand(tables: Tables, lang: str | None = None) -> Finding | None:
    """The whole plans leaning most and least on demand-side instruments."""
    values = _type_extremes(tables, "demand", lang)
    if values is None:
        return None
    left_out = values.pop("_left_out")
    unsure = values.pop("_title_caveat")  # the title names the top plan: with its caveat, if any
    return _finding("demand", lang, "07_instrument_types", "07_policy_instruments", values,
                    title_code=f"demand.{unsure}.title" if unsure else "demand.title",
                    plans=[values["high_id"], values.get("near_id", ""), values["low_id"]],
                    rule=RULE_WHOLE if left_out else RULE_ALL)


def no_means(tables: Tables, lang: str | None = None) -> Finding | None:
    """The whole plans with most and fewest clauses that name no means."""
    values = _type_extremes(tables, "none", lang)
    if values is None:
        return None
    left_out = values.pop("_left_out")
    unsure = values.pop("_title_caveat")
    return _finding("no_means", lang, "07_instrument_types", "07_policy_instruments", values,
                    title_code=f"no_means.{unsure}.title" if unsure else "no_means.title",
                    plans=[values["high_id"], values.get("near_id", ""), values["low_id"]],
                    rule=RULE_WHOLE if left_out else RULE_ALL)


def tools(tables: Tables, lang: str | None = None) -> Finding | None:
    """Each whole plan's most used tool: the tool most plans lead with (a plan where it ties
    with another counts, and the sentence names the tie), its range, and the plans leading
    with another. Shares and counts are of all the plan's clauses, as in the tools chart
    (7.2, whose "no means" row is not a tool), so "17%" and "29/175" are the same number."""
    from sciplan_analysis.analysis.instruments import tool_counts

    corpus = tables.corpus
    every = tool_counts(corpus)
    totals = every.sum(axis=0)  # all the plan's clauses, the chart's denominator
    counts_table = every.drop(index="none", errors="ignore")
    counts_table = counts_table.loc[:, totals > 0]
    kept = scope.whole_plans(pd.Series(1.0, index=counts_table.columns), corpus)
    counts_table = counts_table[list(kept.values.index)]
    if counts_table.shape[1] < 2:
        return None
    best = counts_table.max(axis=0)
    tops = {p: [t for t in counts_table.index if counts_table.at[t, p] == best[p] > 0]
            for p in counts_table.columns}
    leads_in = pd.Series({t: sum(t in tops[p] for p in tops) for t in counts_table.index})
    pooled = counts_table.sum(axis=1)  # ties between tools: the one with more clauses
    tool = max(leads_in.index, key=lambda t: (leads_in[t], pooled.get(t, 0)))
    leading = [p for p in counts_table.columns if tool in tops[p]]

    def name(t: str) -> str:
        return labels.label("instrument_tool", t, lang)

    def n_of(t: str, p: str) -> str:
        return f"{int(counts_table.at[t, p])}/{int(totals[p])}"

    def share_of(t: str, p: str) -> float:
        return _pct(counts_table.at[t, p], totals[p])

    shares = pd.Series({p: share_of(tool, p) for p in leading})
    rest = [p for p in counts_table.columns if p not in leading]
    if len(rest) > NAMED_MAX:  # too many to name: how many lean on each other tool (most first);
        # a plan whose two tools tie counts once, under the tie (1 份教育培训与社会参与并列), never
        # silently under the first of them
        by_tool = pd.Series([tuple(tops[p]) for p in rest]).value_counts(sort=False)
        by_tool = by_tool.sort_values(ascending=False, kind="stable")
        others = [_t("tools.other_count", lang, n=int(k), tool=name(t[0])) if len(t) == 1 else
                  _t("tools.other_tied_named", lang, tool=name(t[0]), other=_join(map(name, t[1:]), lang),
                     plans=_join((scope.named(p, corpus, lang) for p in rest if tuple(tops[p]) == t), lang))
                  if k <= NAMED_MAX else
                  _t("tools.other_tied_count", lang, n=int(k), tool=name(t[0]), other=_join(map(name, t[1:]), lang))
                  for t, k in by_tool.items()]
    else:
        others = [_t("tools.other", lang, plan=scope.named(p, corpus, lang), tool=name(tops[p][0]),
                     share=share_of(tops[p][0], p), count=n_of(tops[p][0], p)) if len(tops[p]) == 1 else
                  _t("tools.other_tied", lang, plan=scope.named(p, corpus, lang), tool=name(tops[p][0]),
                     other=_join(map(name, tops[p][1:]), lang), share=share_of(tops[p][0], p),
                     count=n_of(tops[p][0], p)) for p in rest]
    tying = [p for p in leading if len(tops[p]) > 1]
    # the plans where another tool ties, by that tool: 汕尾市城区、远丰县的教育培训与之并列
    tie_tools = {p: tuple(t for t in tops[p] if t != tool) for p in tying}
    # the sentence and the chart's title name the tie's plans alike, as drafts where they are
    # (汕尾市城区（征求意见稿）), in a clause after a comma, not a bracket, so that a draft's mark never
    # nests in the tie's bracket (audit18 item 6, audit19: the sentence's bracket left it unmarked)
    tied = [_t("tools.tie_item", lang, plan=_join((scope.marked(p, corpus, lang) for p in tying
                                                   if tie_tools[p] == t), lang),
               tool=_join((name(x) for x in t), lang)) for t in dict.fromkeys(tie_tools.values())]
    ties = ((_t("tools.ties", lang, items=_join(tied, lang)) if len(tying) <= NAMED_MAX
             else _t("tools.ties_count", lang, n=len(tying))) if tied else "")
    low, high = shares.idxmin(), shares.idxmax()
    values = {"tool": name(tool), "tool_id": tool,
              "n": len(leading), "n_plans": counts_table.shape[1],
              # the plans at either end of the range are named as drafts where they are
              "low": scope.at_end(low, shares, corpus, lang), "low_id": low, "high_id": high,
              "low_share": float(shares.min()),
              "low_count": n_of(tool, low), "high": scope.at_end(high, shares, corpus, lang),
              "high_share": float(shares.max()), "high_count": n_of(tool, high),
              "low_n": int(counts_table.at[tool, low]), "low_of": int(totals[low]),
              "high_n": int(counts_table.at[tool, high]), "high_of": int(totals[high]),
              "others": _join(others, lang),
              "ties": ties,
              # after a tie's clause the share is said to be the leading tool's: 公共服务占条款的比例
              "again": name(tool) if tied and labels.is_zh(lang) else "",
              "tied": {p: [t for t in tops[p] if t != tool] for p in leading if len(tops[p]) > 1},
              # for the chart's title: the plans where another tool ties, named up to NAMED_MAX
              "tied_plans": _join((scope.named(p, corpus, lang) for p in tying), lang)
              if len(tying) <= NAMED_MAX else labels.tr(f"{len(tying)} 份规划", f"{len(tying)} plans", lang),
              "top": {p: tops[p][0] for p in tops},
              "n_rest": len(rest),
              "scope": _scope_sentence(kept.left_out, lang)}
    code = "tools" if others else "tools.all"
    return _finding("tools", lang, "07_instrument_tools", "07_policy_instruments", values,
                    code=code, title_code=("tools.title" if others else "tools.all_title")
                    + (".tied" if tied else ""),  # a title never hides a tie its chart shows
                    plans=list(counts_table.columns),
                    rule=RULE_WHOLE if kept.left_out else RULE_ALL)


HARD_TOOLS = ("regulation", "funding")  # the tools whose place in a plan policy staff ask about
# A tool is said to gather in a category only where more than half of its clauses fall there, and
# only with at least MIN_TOOL_CLAUSES clauses: one task often carries several clauses of one tool
# (a run of funding or regulation clauses), so below ten a "majority" may be one or two tasks
# (the five plans: 规划 8/15, 法规管制 7/16 are near that line; 33 plans: every tool has 50+).
MIN_TOOL_CLAUSES = 10
NAMED_TOOLS = 3  # the most concentrated tools a sentence names; beyond, "the 3 most concentrated"
TOOL_CATEGORIES_FILE = REFERENCE_DIR / "tool_categories.csv"  # a tool ↔ the category of its own subject


@functools.cache
def namesake_categories(path: Path = TOOL_CATEGORIES_FILE) -> dict[str, frozenset[str]]:
    """{tool: the categories whose subject is the tool's own} from data/reference/tool_categories.csv
    (information ↔ 科普信息化): a tool gathering there does so by construction, which the
    tool–category finding says once rather than as a finding (audit21 item 4)."""
    from sciplan_analysis.analysis.instruments import TOOLS

    known = set(labels.category_order())
    pairs: dict[str, set[str]] = {}
    for n, row in reference_files.numbered_rows(path)[1]:
        tool, category = row.get("tool", ""), row.get("category", "")
        if tool not in TOOLS or category not in known:
            raise ValueError(f"{path}, line {n}: {tool!r} is no tool of instruments.csv or {category!r} "
                             "no category of categories.csv")
        pairs.setdefault(tool, set()).add(category)
    return {t: frozenset(c) for t, c in pairs.items()}


def tool_category(tables: Tables, lang: str | None = None,
                  tools_asked: Iterable[str] = HARD_TOOLS, floor: int = MIN_TOOL_CLAUSES) -> Finding | None:
    """The tools whose clauses gather in one category (more than half of the tool's clauses,
    pooled over plans, among tools with at least `floor` clauses), the most concentrated named
    with their counts and shares; and the tools policy staff ask about (`tools_asked`: regulation,
    funding) each said as they are: gathering too, most often in a category but not concentrated
    ("最多的也在…，但只有 7/16"), or too few to tell (audit20 item 2: a fixed pair said to gather
    at 7/16, while more concentrated tools went unnamed)."""
    from sciplan_analysis.analysis.instruments import tool_category_matrix

    # pooled over the whole plans only: a fragment that kept its implementation part pushes every
    # tool there (audit22 item 4); it has its own panel (chart 7.4), and the sentence says it is left out
    matrix = tool_category_matrix(tables.corpus, whole=True)
    left_out = list(matrix.attrs.get("left_out", []))
    pooled = [str(p) for p in tables.corpus.plans["plan_id"] if str(p) not in {str(x) for x in left_out}]
    matrix = matrix.astype("float").drop(index="none", errors="ignore")
    zh = labels.is_zh(lang)
    rows = {}  # tool: (its top categories, clauses there, the tool's clauses)
    for tool in matrix.index:
        row = matrix.loc[tool].dropna()
        if row.sum() > 0:
            rows[tool] = ([c for c in row.index if row[c] == row.max()], int(row.max()), int(row.sum()))
    if not rows:
        return None

    def name(tool: str) -> str:
        text = labels.label("instrument_tool", tool, lang)
        return text if zh else text.lower()

    def category(cats: list[str]) -> str:
        names = [labels.category_label(c, lang) for c in cats]
        return _join((f"“{c}”" for c in names), lang) if zh else _join(names, lang)

    def share(tool: str) -> float:
        return 100 * rows[tool][1] / rows[tool][2]

    def item(t: str) -> str:
        return _t("tool_category.item", lang, tool=name(t), category=category(rows[t][0]), n=rows[t][1],
                  total=rows[t][2], share=share(t))

    gathered = sorted((t for t, (_c, n, tot) in rows.items() if tot >= floor and 2 * n > tot),
                      key=lambda t: (-share(t), -rows[t][2], t))
    # a tool gathering in the category of its own subject (cooperation in 交流合作, data/reference/
    # tool_categories.csv) does so by construction: said once, as expected; the sentence leads with
    # the others (audit21 item 4)
    own = namesake_categories()
    expected = [t for t in gathered if set(rows[t][0]) <= own.get(t, frozenset())]
    others = [t for t in gathered if t not in expected]
    named = others[:NAMED_TOOLS]
    items = [item(t) for t in named]
    named_categories = {c for t in named for c in rows[t][0]}
    asked = []
    for t in tools_asked:
        if t not in rows or t in named or t in expected:  # said already
            continue
        cats, n, tot = rows[t]
        code = ("tool_category.asked.few" if tot < floor else "tool_category.asked.also" if t in gathered
                else "tool_category.asked.loose" + (".same" if set(cats) <= named_categories else ""))
        text = _t(code, lang, tool=name(t), tool_cap=name(t)[:1].upper() + name(t)[1:],
                  category=category(cats), n=n, total=tot, share=share(t))
        asked.append(text if zh else " " + text)
    said_expected = ""
    if expected:
        said_expected = _t("tool_category.expected" + (".one" if len(expected) == 1 else ""), lang,
                           items=_join((item(t) for t in expected), lang))
        said_expected = said_expected if zh else " " + said_expected
    lead = "tool_category.lead" + (".one" if len(others) == 1 else ".all" if len(others) <= NAMED_TOOLS else ".some") \
        + (".others" if expected else "")  # "the most concentrated is funding": one tool, a singular verb
    values: dict[str, Any] = {
        "k": len(gathered), "floor": floor, "items": _join(items, lang), "asked": "".join(asked),
        "scope": (scope.pooled_note(left_out, lang) if zh else
                  " " + scope.pooled_note(left_out, lang) if left_out else ""),
        "lead": _t(lead, lang, m=len(named), e=len(expected)), "expected": said_expected,
        "n_expected": len(expected),
        # every figure the sentence states, tool by tool (7/16 as well as 11/14)
        **{f"{key}_{t}": v for t in [*named, *expected, *(x for x in tools_asked if x in rows and x not in named)]
           for key, v in (("n", rows[t][1]), ("total", rows[t][2]))}}
    if named or expected:  # the chart's title: the most concentrated tool not gathering by construction
        top = (named or expected)[0]
        values.update(tool=name(top), tool_id=top, category=category(rows[top][0]),
                      category_id=rows[top][0][0], share=rows[top][1] / rows[top][2],
                      n=rows[top][1], total=rows[top][2])
    code = ("tool_category.none" if not gathered else "tool_category.expected_only" if not others
            else "tool_category" if len(gathered) > 1 else "tool_category.one")
    return _finding("tool_category", lang, "07_instrument_matrix", "07_policy_instruments",
                    values, code=code,
                    title_code="tool_category.title" if named or expected else "tool_category.none.title",
                    plans=pooled, rule=RULE_WHOLE if left_out else RULE_ALL)


def plan_matrix(tables: Tables, lang: str | None = None,
                plan_id: str | None = None, limit: int = 4) -> Finding | None:
    """How many categories one plan lacks in the tool × category matrix (default: the plan
    lacking most), and its busiest cell; the plans reaching as few categories, where it reaches
    fewest, and the cells as busy as its busiest, said as ties."""
    from sciplan_analysis.analysis.instruments import (
        categories_reached,
        plan_lacking_most,
        tool_category_matrix,
    )

    corpus = tables.corpus
    plan_id = plan_id or plan_lacking_most(corpus)
    if plan_id is None:
        return None
    matrix = tool_category_matrix(corpus, plan_id=plan_id)
    missing = list(matrix.attrs["absent"])
    body = matrix.drop(index="none", errors="ignore").astype("float")
    if body.isna().all().all() or (body.fillna(0) == 0).all().all():
        return None
    cells = body.stack()
    tool, category = cells.idxmax()
    busiest = [(t, c) for (t, c), v in cells.items() if v == cells.max()]  # a tie said, never one cell
    names = [labels.category_label(c, lang) for c in missing]
    if len(names) <= limit:
        shown = _join(names, lang)
    else:
        sep = "; " if any("," in n for n in names[:limit]) else ", "  # commas unless a name holds one
        shown = labels.tr("、".join(names[:limit]) + "等", sep.join(names[:limit]) + sep + "…", lang)
    from sciplan_analysis.analysis.categories import not_stated_mask

    lost = not_stated_mask(corpus, missing)[plan_id] if missing else pd.Series(dtype=bool)
    values = {"plan": _plan(plan_id, lang), "plan_id": plan_id,
              "marked": scope.marked(plan_id, corpus, lang),
              "status": _matrix_status(_statuses(corpus).get(plan_id), lang),
              "n_absent": len(missing), "n_categories": matrix.shape[1],
              "n_have": matrix.shape[1] - len(missing), "missing": shown,
              "absent": missing, "tool": labels.label("instrument_tool", tool, lang),
              "category": labels.category_label(category, lang),
              "n": int(body.at[tool, category])}
    values["busiest"] = _busiest_cells(busiest, values["n"], lang)
    # the plan drawn is the first of those reaching fewest categories: the others at its count said
    reached = categories_reached(corpus)
    fewest = [p for p in reached.index if p != plan_id and reached[p] == reached.get(plan_id)] \
        if missing and reached.get(plan_id) == reached.min() else []
    values["tie"] = "" if not fewest else _t("plan_matrix.tie", lang, plans=_join(
        (scope.marked(p, corpus, lang) for p in fewest), lang)) if len(fewest) <= NAMED_MAX else \
        _t("plan_matrix.tie.many", lang, n=len(fewest), n_have=values["n_have"])
    if fewest:
        values["n_tied"] = len(fewest)
        if not labels.is_zh(lang):
            values["tie"] = " " + values["tie"].strip()  # labels.csv drops the leading space
    # categories in the parts a text lost are not "lacking": the text cannot say (a fragment);
    # nor are those a news item, a paper … does not mention: what it leaves out, the plan may have
    word = scope.kind_word(plan_id, corpus, lang)
    if word:
        values["status"] = word
    code = ("plan_matrix.full" if not missing else
            "plan_matrix.unsaid" if word and bool(lost.all()) else
            "plan_matrix.lost" if bool(lost.all()) else "plan_matrix")
    return _finding("plan_matrix", lang, f"07_instrument_matrix_{plan_id}",
                    "07_policy_instruments", values, code=code,
                    title_code="plan_matrix.title" if missing else "plan_matrix.full_title",
                    plans=[plan_id])


def _busiest_cells(cells: list[tuple[str, str]], n: int, lang: str | None) -> str:
    """The plan matrix's busiest cell, or its tied busiest cells (up to NAMED_MAX named, more
    counted): “青少年”中的教育培训（8 条） / "busiest cell is Education and training in Youth (8
    clauses)"; “青少年”中的教育培训、“基层科普能力”中的组织保障（各 8 条）."""
    def cell(t: str, c: str) -> str:
        return _t("plan_matrix.cell", lang, tool=labels.label("instrument_tool", t, lang),
                  category=labels.category_label(c, lang))

    if len(cells) == 1:
        return _t("plan_matrix.busiest", lang, cell=cell(*cells[0]), n=n)
    if len(cells) > NAMED_MAX:
        return _t("plan_matrix.busiest.many", lang, cell=cell(*cells[0]), k=len(cells), n=n)
    return _t("plan_matrix.busiest.tied", lang, cells=_join((cell(*c) for c in cells), lang), n=n)


def _matrix_status(status: str | None, lang: str | None) -> str:
    """The status in the plan matrix finding's bracket, as every other finding marks it: 残篇 /
    "a fragment", 征求意见稿 / "a draft" (never "Chongqing Municipality (fragment)")."""
    if status in (scope.DRAFT, scope.FRAGMENT):
        return _t(f"plan_matrix.status.{status}", lang)
    return labels.status_label(status, lang)


# --------------------------------------------------------------------------- selections

FINDERS: dict[str, Callable[..., Finding | None]] = {
    "length": length, "completeness": completeness, "quantified": quantified,
    "horizon": horizon, "range": target_range, "benchmark": benchmark, "left_out": left_out, "covered": covered,
    "lead": lead, "lead_units": lead_units, "similar": similar, "similar_low": similar_low,
    "reuse": reuse, "own_text": own_text, "demand": demand, "no_means": no_means,
    # the findings of charts that do not open a page: their titles and alt text
    "measures": measures, "partners": partners, "unit_pairs": unit_pairs,
    "similar_shared": similar_shared, "sections": sections, "tools": tools,
    "tool_category": tool_category, "plan_matrix": plan_matrix,
}
# The index's findings, in reading order, and each page's own.
INDEX = ("completeness", "benchmark", "quantified", "left_out", "lead", "reuse", "similar")
PAGES: dict[str, tuple[str, ...]] = {
    "01_corpus_overview": ("completeness", "length"),
    "02_targets": ("benchmark", "quantified", "horizon"),
    "03_task_categories": ("left_out", "covered"),
    "04_unit_workload": ("lead", "lead_units"),
    "05_similarity": ("similar", "similar_low"),
    "06_text_reuse": ("reuse", "own_text"),
    "07_policy_instruments": ("demand", "no_means"),
}
# The findings a page states in its charts' titles and alt text or its 要点 (not opening it),
# with their default parameters: findings.csv lists them too (it once held only the above).
CHART_FINDINGS: dict[str, tuple[str, ...]] = {
    "02_targets": ("measures",),
    "04_unit_workload": ("partners", "unit_pairs"),
    "05_similarity": ("similar_shared", "sections"),
    "07_policy_instruments": ("tools", "tool_category", "plan_matrix"),
}


def compute(corpus: Corpus | Tables, ids: Iterable[str], lang: str | None = None) -> list[Finding]:
    """The findings `ids` (keys of `FINDERS`) that the data supports, in the order asked."""
    tables = corpus if isinstance(corpus, Tables) else Tables(corpus)
    out = []
    for fid in ids:
        if fid not in FINDERS:
            raise KeyError(f"no finding {fid!r} (known: {', '.join(FINDERS)})")
        found = FINDERS[fid](tables, lang)
        if found is not None:
            out.append(found)
    return out


def index_findings(corpus: Corpus | Tables, lang: str | None = None) -> list[Finding]:
    """The findings that open the report's index."""
    return compute(corpus, INDEX, lang)


def page_findings(corpus: Corpus | Tables, page: str, lang: str | None = None) -> list[Finding]:
    """The two or three findings that open a notebook page (its file stem)."""
    return compute(corpus, PAGES.get(page, ()), lang)


def find(found: Iterable[Finding], figure: str) -> Finding | None:
    """The first finding that points to `figure`."""
    return next((f for f in found if f.figure == figure), None)


# --------------------------------------------------------------------------- notes


def source_note(corpus: Corpus, lang: str | None = None, *, units: bool = False) -> str:
    """Source and caveats under a chart: the texts, the fragment, the drafts, the pages that
    are no plan's text (a news item, a paper, a report, a page of unknown kind: how many texts
    are the plans' own, and each such page with its kind) (and, with `units`, the plans
    assigning units per group or naming none, and how many unit names the crosswalk lacks, shown
    as written and marked, with where the workbook lists them)."""
    status = _statuses(corpus)
    told = scope.not_whole(corpus)
    kinds = [p for p in told if p.reason != scope.FRAGMENT]
    if kinds:
        parts = [labels.text("note.source.kinds", lang, n=len(status), n_text=len(status) - len(kinds))]
    else:
        parts = [labels.text("note.source", lang, n=len(status))]
    fragments = [_plan(p, lang) for p in told if p.reason == scope.FRAGMENT]
    drafts = [_plan(p, lang) for p, s in status.items() if s == "draft" and p not in kinds]
    if fragments:
        parts.append(labels.text("note.fragment", lang, plans=_join(fragments, lang)))
    if kinds:
        parts.append(labels.text("note.kinds", lang, why=scope.why(kinds, lang)))
    if drafts:
        parts.append(labels.text("note.draft", lang, plans=_join(drafts, lang)))
    if units:
        basis = workload.assignment_basis(corpus)
        group = [_plan(p, lang) for p, b in basis.items() if b == workload.BASIS_GROUP]
        if group:
            parts.append(labels.text("note.group_table", lang, plans=_join(group, lang)))
        unmapped = workload.unmapped_note(corpus, lang)  # names shown as written, beside their units
        if unmapped:
            parts.append(unmapped)
    return (" " if not labels.is_zh(lang) else "").join(parts)


# --------------------------------------------------------------------------- as data

FINDINGS_COLUMNS = ["page", "finding_id", "on_index", "sentence", "plan_ids", "numbers", "rule",
                    "figure"]


def findings_table(corpus: Corpus | Tables, lang: str | None = None) -> pd.DataFrame:
    """Every finding the report states, as data (reports/findings.csv): one row per page
    and finding (those opening the page, then those of its charts), with the sentence, the plan ids it names (';'-joined), the numbers it
    states ('name=value' pairs, '; '-joined), the rule that chose its plans, its figure and
    whether the index shows it too."""
    tables = corpus if isinstance(corpus, Tables) else Tables(corpus)
    rows = []
    for page, ids in PAGES.items():
        for f in compute(tables, ids + CHART_FINDINGS.get(page, ()), lang):
            numbers = "; ".join(f"{k}={v:g}" for k, v in f.numbers.items())
            rows.append({"page": page, "finding_id": f.id, "on_index": f.id in INDEX,
                         "sentence": f.sentence, "plan_ids": ";".join(f.plans),
                         "numbers": numbers, "rule": f.rule, "figure": f.figure})
    return pd.DataFrame(rows, columns=FINDINGS_COLUMNS)
