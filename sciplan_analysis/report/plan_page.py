"""A page per plan, `reports/plans/<plan_id>.html`, and the searchable list of plans on the index.

Each page sets one plan against the corpus and its parent (`analysis.profile`): its targets
beside the national outline's and its parent's, the categories it has and lacks beside its
peers, its lead units and their load, the text it carries from its parent and its own, its
policy-instrument mix. Same language rules as the other pages (labels.csv, one language per
build, every share with its count, 未提及 where a text says nothing); plan text is escaped
(`escape.html_text`). The pages share one font file (`plans/font.css`, the CJK font subset to
their characters) instead of embedding it 300 times.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from sciplan_analysis import labels
from sciplan_analysis.analysis import scope
from sciplan_analysis.analysis.overview import period_text
from sciplan_analysis.analysis.profile import PlanProfile, built_reuse, plan_profiles
from sciplan_analysis.analysis.workload import unit_name
from sciplan_analysis.config import ALIASES_FILE
from sciplan_analysis.parsing.units import load_aliases
from sciplan_analysis.report.escape import html_text as esc
from sciplan_analysis.report.notebooks import _STYLE, font_face_css
from sciplan_analysis.storage import write_bytes
from sciplan_analysis.tables import Corpus

PLANS_DIR = "plans"
FONT_CSS = "font.css"
SAFE_ID = re.compile(r"[a-z][a-z0-9_-]{0,39}")  # the manifest's plan ids; others are not linked

_PAGE_STYLE = _STYLE + """
table { border-collapse: collapse; margin: .6em 0; font-size: .95em; }
th, td { border-bottom: 1px solid #e5e5e5; padding: .3em .8em; text-align: left; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.note { color: #666; font-size: .9em; }
ul.plans { display: grid; grid-template-columns: repeat(auto-fill, minmax(22em, 1fr));
           gap: .1em 1.5em; list-style: none; padding: 0; max-height: 26em; overflow-y: auto; }
input.filter { font: inherit; padding: .3em .5em; width: 22em; max-width: 100%; }
td.bars { width: 14em; }
span.bar { display: block; height: .55em; margin: .15em 0; background: #f0f0f0; }
span.bar > span { display: block; height: 100%; }
span.bar.plan > span { background: #4C78A8; }
span.bar.corpus > span { background: #b8c4d0; }
"""

_FILTER_SCRIPT = """<script>
document.querySelectorAll("input.filter").forEach(function (box) {
  var items = document.querySelectorAll(box.dataset.target + " li");
  box.addEventListener("input", function () {
    var q = box.value.trim().toLowerCase();
    items.forEach(function (li) {
      li.style.display = !q || li.textContent.toLowerCase().indexOf(q) >= 0 ? "" : "none";
    });
  });
});
</script>"""


# The kinds of page (plans.page_kind) whose plan page says, in one sentence, that it was not read from the
# plan itself (a corpus from before page_kind has none: nothing is said).
NOT_THE_DOCUMENT = ("news", "paper", "report", "copy", "unknown")


def _t(code: str, lang: str, *, count: object = None, **values: object) -> str:
    """A sentence of labels.csv, escaped; with `count` 1, its ``.one`` form where it has one (the
    English "1 task", not "1 tasks")."""
    if count == 1 and f"{code}.one" in labels.labels_of("text"):
        code = f"{code}.one"
    return esc(labels.text(code, lang, **values))


def _partial(facts: dict) -> bool:
    """Whether the plan's text is not a whole plan's (a fragment, or a page that is not the plan's
    text: `scope.reasons`): what it does not state is 现存文本未见 (as the findings and charts say
    it: `labels.unsaid`), not a none."""
    kind = facts.get("page_kind")
    kind = kind if isinstance(kind, str) and kind else scope.DOCUMENT
    return facts.get("status") == scope.FRAGMENT or kind not in scope.RANKED_KINDS


def _pct(k: float, n: float) -> float:
    return 100.0 * k / n if n else 0.0


def _bars(*shares: tuple[float, str]) -> str:
    """Bars drawn in the page itself (no image: 300 pages cost nothing more), one per
    (percent, kind: plan or corpus); hidden from screen readers, the numbers beside say it."""
    return "".join(f'<span class="bar {kind}" aria-hidden="true"><span style="width:'
                   f'{max(0.0, min(100.0, pct)):.1f}%"></span></span>' for pct, kind in shares)


def plan_href(plan_id: str) -> str | None:
    """The page of a plan, relative to the reports folder (None for an id that is no safe file name)."""
    return f"{PLANS_DIR}/{plan_id}.html" if SAFE_ID.fullmatch(plan_id) else None


def plan_pages(corpus: Corpus, lang: str,
               processed_dir: str | Path | None = None) -> dict[str, str]:
    """Every plan's page in `lang` (those with a safe id), by plan id."""
    from sciplan_analysis.analysis.distinct import distinctive_terms

    labels.register_plans(corpus.plans)
    reuse, pairs = built_reuse(corpus, processed_dir)
    profiles = plan_profiles(corpus, reuse, pairs)
    # each plan's distinctive words, as page 05 ranks them; among many plans page 05 gives a row
    # per word, and a plan's own list is on its page (audit22 item 10)
    terms = (distinctive_terms(corpus, TERMS_SHOWN).groupby("plan_id")["term"].agg(list).to_dict()
             if len(corpus.plans) > 1 else {})
    return {pid: plan_html(profile, lang, terms.get(pid, []))
            for pid, profile in profiles.items() if plan_href(pid)}


def write_plan_pages(corpus: Corpus, out_dir: Path, lang: str,
                     processed_dir: str | Path | None = None, *,
                     pages: dict[str, str] | None = None, css: str | None = None) -> list[Path]:
    """Write every plan's page into `out_dir`/plans/ (and the shared font file); return the pages.

    `pages`: those `plan_pages` made (default: made here); `css`: the font CSS, which must
    cover every character of `pages` (default: the font subset to them). The report passes
    the one it embeds in its other pages, so the font is subset once per build."""
    pages = plan_pages(corpus, lang, processed_dir) if pages is None else pages
    folder = Path(out_dir) / PLANS_DIR
    folder.mkdir(parents=True, exist_ok=True)
    css = font_face_css(pages.values()) if css is None else css
    write_bytes(folder / FONT_CSS, css.encode("utf-8"))
    written = []
    for pid, page in pages.items():
        path = folder / f"{pid}.html"
        write_bytes(path, page.encode("utf-8"))
        written.append(path)
    return written


def _page(title: str, body: str, lang: str) -> str:
    html_lang = "zh-CN" if labels.is_zh(lang) else "en"
    return (f'<!DOCTYPE html>\n<html lang="{html_lang}">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{title}</title>\n<style>{_PAGE_STYLE}</style>\n"
            f'<link rel="stylesheet" href="{FONT_CSS}">\n</head>\n<body>\n'
            f'<p class="meta"><a href="../index.html">{_t("index.back", lang)}</a></p>\n'
            f"{body}\n</body>\n</html>\n")


TERMS_SHOWN = 12  # distinctive words on a plan's page (page 05's N_TERMS)


def plan_html(p: PlanProfile, lang: str, terms: list[str] | None = None) -> str:
    """One plan's page in `lang`; `terms`: its distinctive words (`distinct.distinctive_terms`),
    a section of their own when given."""
    name = esc(labels.plan_label(p.plan_id, lang))
    parts = [f"<h1>{name}</h1>", _facts(p, lang), _targets(p, lang), _categories(p, lang),
             _leads(p, lang), _reuse(p, lang), _instruments(p, lang), _terms(terms or [], lang)]
    return _page(_t("plan.title", lang, name=labels.plan_label(p.plan_id, lang)), "\n".join(parts), lang)


def _value(value: object, lang: str, partial: bool = False) -> str:
    """A fact as text; a missing one 未提及, or 现存文本未见 for a text that is not a whole plan's."""
    if value is None or pd.isna(value) or value == "":
        return labels.unsaid(lang) if partial else labels.not_stated(lang)
    return str(value)


def _region(value: object, lang: str) -> str | None:
    """A province or parent region in the build's language (None when there is none)."""
    return labels.label("region", value, lang) if isinstance(value, str) and value else None


def _facts(p: PlanProfile, lang: str) -> str:
    f = p.facts
    period = (period_text(f["period_start"], f["period_end"], lang)
              if not pd.isna(f.get("period_start")) and not pd.isna(f.get("period_end")) else None)
    rows = [
        ("admin_level", labels.level_label(f.get("admin_level"), lang) if f.get("admin_level") else None),
        ("province", _region(f.get("province"), lang)),
        ("parent", _region(f.get("parent"), lang) or "—"),  # none above it (a municipality), not unstated
        ("status", labels.status_label(f.get("status"), lang) if f.get("status") else None),
        ("title", f.get("title")),
        ("doc_number", f.get("doc_number")),
        ("issuer", f.get("issuer")),
        ("issue_date", f.get("issue_date")),
    ]
    partial = _partial(f)
    cells = "".join(f"<tr><th>{esc(labels.label('column', key, lang))}</th>"
                    f"<td>{esc(_value(v, lang, partial))}</td></tr>" for key, v in rows)
    cells += f"<tr><th>{_t('plan.period', lang)}</th><td>{esc(_value(period, lang, partial))}</td></tr>"
    notes = []
    if f.get("page_kind") in NOT_THE_DOCUMENT:  # read from news, a paper, a report, a copy, or unknown
        notes.append(f'<p class="note">{_t("plan.note.kind." + f["page_kind"], lang)}</p>')
    if f.get("status") in ("fragment", "draft"):
        notes.append(f'<p class="note">{_t("plan.note." + f["status"], lang)}</p>')
    intro = _t("plan.intro" if p.n_plans > 1 else "plan.intro_alone", lang, n=p.n_plans)
    return f"<p>{intro}</p><table>{cells}</table>{''.join(notes)}"


def _target_cell(comparator: object, value: object, lang: str, source: object = None,
                 missing: str | None = None) -> str:
    """A target as the document states it ("超过 15%"), with the document it was read from
    when that is not a plan of the corpus; a missing one 未提及, or `missing` where the document
    is known to set none that year."""
    if value is None or pd.isna(value):
        return esc(missing or labels.not_stated(lang))
    text = f"{labels.comparator_label(str(comparator), lang)} {float(value):g}%"
    if isinstance(source, str) and source:
        text += ("" if labels.is_zh(lang) else " ") + labels.text("plan.targets.source", lang, doc=source)
    return esc(text)


def _targets(p: PlanProfile, lang: str) -> str:
    head = f"<h2>{_t('plan.targets.heading', lang)}</h2>"
    if p.targets.empty:  # a whole plan's none, a fragment's (or a news item's) silence
        return head + f"<p>{_t('plan.targets.unsaid' if _partial(p.facts) else 'plan.targets.none', lang)}</p>"
    t = p.targets
    parent = _region(p.facts.get("parent"), lang)
    province = _region(p.facts.get("province"), lang)
    show_parent = bool(parent) and (p.parent_id is not None or t["parent_value"].notna().any())
    show_province = bool(province) and t["province_value"].notna().any()
    columns = [_t("plan.targets.year", lang), _t("plan.targets.plan", lang), _t("plan.targets.national", lang)]
    if show_parent:
        columns.append(_t("plan.targets.parent", lang, parent=parent))
    if show_province:
        columns.append(_t("plan.targets.province", lang, province=province))
    rows = []
    for r in t.itertuples():
        # the national outline sets targets for 2025 and 2035 only: a plan's 2024 target has
        # none beside it, which 未提及 misread as the outline being silent (audit22 item 24)
        cells = [str(r.year), _target_cell(r.comparator, r.value, lang),
                 _target_cell(r.national_comparator, r.national, lang,
                              missing=labels.text("plan.targets.no_year", lang))]
        if show_parent:
            cells.append(_target_cell(r.parent_comparator, r.parent_value, lang, r.parent_source))
        if show_province:
            cells.append(_target_cell(r.province_comparator, r.province_value, lang, r.province_source))
        rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    header = "<tr>" + "".join(f"<th>{c}</th>" for c in columns) + "</tr>"
    note = f'<p class="note">{_t("plan.targets.rule", lang)}</p>' if len(t) else ""
    return head + f"<table>{header}{''.join(rows)}</table>{note}"


def _categories(p: PlanProfile, lang: str) -> str:
    head = f"<h2>{_t('plan.categories.heading', lang)}</h2>"
    c = p.categories
    has, lacks = c[c["has"]], c[~c["has"] & c["known"]]
    lost = c[~c["known"]]
    alone = p.n_plans < 2
    item = "plan.categories.has_item_alone" if alone else "plan.categories.has_item"
    items = "".join(
        f"<li>{_t(item, lang, count=r.tasks, category=labels.category_label(r.category, lang), tasks=r.tasks, k=r.plans_with, peers=r.peers)}</li>"
        for r in has.itertuples())
    out = head + f"<p>{_t('plan.categories.has', lang, n=len(has), total=len(c))}</p><ul>{items}</ul>"
    if not alone and len(c) and (c["peers"] < p.n_plans - 1).any():  # why "3/3" beside "4/4"
        out += f'<p class="note">{_t("plan.categories.peers_note", lang)}</p>'
    if len(lost):
        lost_names = [labels.category_label(x, lang) for x in lost["category"]]
        # English: commas between single names, semicolons only where a name holds a comma (as
        # `findings._join` and chart 7.2's list; audit20 item 9)
        names = labels.tr("、", "; " if any("," in n for n in lost_names) else ", ", lang).join(lost_names)
        out += f"<p>{_t('plan.categories.lost', lang, count=len(lost), n=len(lost), categories=names)}</p>"
    if alone:
        return out
    common = lacks[(lacks["peers"] > 0) & (lacks["plans_with"] >= (lacks["peers"] / 2).clip(lower=1))]
    if common.empty:
        return out + (f"<p>{_t('plan.categories.lacks_none', lang)}</p>" if len(lacks) or not len(lost) else "")
    items = "".join(
        f"<li>{_t('plan.categories.lacks_item', lang, category=labels.category_label(r.category, lang), k=r.plans_with, peers=r.peers)}</li>"
        for r in common.itertuples())
    return out + f"<p>{_t('plan.categories.lacks', lang)}</p><ul>{items}</ul>"


def _leads(p: PlanProfile, lang: str, path: Path = ALIASES_FILE) -> str:
    """The plan's lead units, each as page 04 names it (`workload.unit_name`): a name the
    crosswalk lacks (its unit is no canonical unit) as written and marked (县教育局（未对应规范单位）),
    and the note under the list says so, never that every name was merged."""
    head = f"<h2>{_t('plan.leads.heading', lang)}</h2>"
    if p.leads.empty:
        # a fragment's (a page's that is not the plan) silence on units, as the findings say it
        return head + f"<p>{_t('plan.leads.unsaid' if _partial(p.facts) else 'plan.leads.none', lang)}</p>"
    others = bool(len(p.leads)) and int(p.leads["plans_with_units"].iloc[0]) > 1
    columns = [_t(f"plan.leads.{c}", lang) for c in ("unit", "led", "partnered", "elsewhere")[:4 if others else 3]]
    canonical = set(load_aliases(path)["unit"])
    rows = []
    unmapped = 0
    for r in p.leads.itertuples():
        mapped = r.unit in canonical
        unmapped += not mapped
        unit = unit_name(r.unit, r.unit_en, mapped, lang)
        led = _t("plan.count", lang, k=r.led, n=r.plan_tasks, pct=_pct(r.led, r.plan_tasks))
        partnered = _t("plan.count", lang, k=r.partnered, n=r.plan_tasks, pct=_pct(r.partnered, r.plan_tasks))
        elsewhere = _t("plan.leads.plans", lang, k=r.plans_leading - 1, n=r.plans_with_units - 1)
        bars = _bars((_pct(r.led, r.plan_tasks), "plan"), (_pct(r.partnered, r.plan_tasks), "corpus"))
        rows.append(f"<tr><td>{esc(unit)}</td><td class=n>{led}</td><td class=n>{partnered}</td>"
                    + (f"<td class=n>{elsewhere}</td>" if others else "")
                    + f"<td class=bars>{bars}</td></tr>")
    header = ("<tr>" + "".join(f"<th>{c}</th>" for c in columns)
              + f"<th class=note>{_t('plan.bars.leads', lang)}</th></tr>")
    # every lead unit listed (10 or fewer lead a task) or the first 10 and their tie: the note says which
    every = len(p.leads) == int(p.leads["units_leading"].iloc[0])
    note = _t("plan.leads.note" + (".all" if every else "") + (".unmapped" if unmapped else ""), lang,
              n=len(p.leads))
    return head + f"<table>{header}{''.join(rows)}</table><p class=note>{note}</p>"


def _reuse(p: PlanProfile, lang: str) -> str:
    head = f"<h2>{_t('plan.reuse.heading', lang)}</h2>"
    r = p.reuse
    if p.n_plans == 1:
        return head + f"<p>{_t('plan.reuse.alone', lang)}</p>"
    if not r.get("available"):
        return head + f"<p>{_t('plan.reuse.unavailable', lang)}</p>"
    n = r.get("n_sentences")
    lines = []
    parent_name = _region(p.facts.get("parent"), lang)
    if p.parent_id and r.get("not_text"):  # a news item etc. is never a reuse parent or child
        lines.append(_t("plan.reuse.not_text", lang, why=scope.why(r["not_text"], lang)))
    elif p.parent_id and r.get("from_parent") is not None:
        k = r["from_parent"]
        lines.append(_t("plan.reuse.parent", lang, count=k, k=k, n=n, pct=_pct(k, n),
                        parent=labels.plan_label(p.parent_id, lang)))
        if p.parent_status == "fragment":
            lines.append(_t("plan.reuse.parent_fragment", lang))
    elif isinstance(parent_name, str) and parent_name:
        lines.append(_t("plan.reuse.no_parent", lang, parent=parent_name))
    else:
        lines.append(_t("plan.reuse.no_parent_named", lang))
    if r.get("own") is not None:
        own = "plan.reuse.own" + (".none" if r["own"] == 0 else "")  # none: 都见于其他规划, as on page 06
        lines.append(_t(own, lang, count=r["own"], k=r["own"], n=n, pct=_pct(r["own"], n)))
    elif n:
        lines.append(_t("plan.reuse.own_unknown", lang))
    return head + "".join(f"<p>{line}</p>" for line in lines)


def _surviving_mix(p: PlanProfile, lang: str) -> list[str]:
    """For a text that is no whole plan, set beside the whole plans: the category holding most of
    its surviving tasks, with the count (重庆市's half: 11 of its 22 tasks in 组织实施与保障), so
    its mix is not read as the plan's (audit23 item 16); [] without tasks."""
    c = p.categories
    if c.empty or int(c["tasks"].sum()) == 0:
        return []
    top = c.loc[c["tasks"].astype(int).idxmax()]
    n, k = int(c["tasks"].sum()), int(top["tasks"])
    return [_t("plan.instruments.surviving", lang, n=n, k=k, pct=_pct(k, n),
               category=labels.category_label(str(top["category"]), lang))]


def _instruments(p: PlanProfile, lang: str) -> str:
    # a text that is no whole plan is set beside the whole plans, a whole plan beside the other ones
    whole = "" if _partial(p.facts) else ".others"
    head = f"<h2>{_t('plan.instruments.heading' + whole, lang)}</h2>"
    i = p.instruments
    if i.empty or int(i["n_clauses"].iloc[0]) == 0:
        return head + f"<p>{_t('plan.instruments.unsaid' if _partial(p.facts) else 'plan.instruments.none', lang)}</p>"
    # beside the other whole plans (audit22 item 15): not beside itself, nor beside a fragment,
    # whose surviving half is mostly implementation and bends the mix; none to compare: the plan alone
    n_others = int(i["n_others"].iloc[0])
    beside = bool(i["others_total"].iloc[0])
    columns = [_t("plan.instruments.type", lang), _t("plan.instruments.plan", lang)]
    if beside:
        columns.append(_t("plan.instruments.whole" + whole, lang, count=n_others, n=n_others))
    rows = []
    for r in i.itertuples():
        mine = _t("plan.count.clauses", lang, k=r.clauses, n=r.n_clauses, pct=_pct(r.clauses, r.n_clauses))
        cells = f"<td class=n>{mine}</td>"
        shares = [(_pct(r.clauses, r.n_clauses), "plan")]
        if beside:
            theirs = _t("plan.count.clauses", lang, k=r.others_clauses, n=r.others_total,
                        pct=_pct(r.others_clauses, r.others_total))
            cells += f"<td class=n>{theirs}</td>"
            shares.append((_pct(r.others_clauses, r.others_total), "corpus"))
        rows.append(f"<tr><td>{esc(labels.label('instrument_type', r.type, lang))}</td>"
                    f"{cells}<td class=bars>{_bars(*shares)}</td></tr>")
    key = "plan.bars.instruments" + whole if beside else "plan.bars.instruments.alone"
    header = ("<tr>" + "".join(f"<th>{c}</th>" for c in columns)
              + f"<th class=note>{_t(key, lang)}</th></tr>")
    notes = []
    if not beside:
        notes.append(_t("plan.instruments.alone", lang))
    elif _partial(p.facts):  # what the surviving text is mostly, as the targets' note says what it lost
        notes.extend(_surviving_mix(p, lang))
    if p.instruments_left_out:
        notes.append(_t("plan.instruments.left_out", lang, why=scope.why(p.instruments_left_out, lang)))
    return head + f"<table>{header}{''.join(rows)}</table>" + "".join(f"<p class=note>{n}</p>" for n in notes)


def _terms(terms: list[str], lang: str) -> str:
    """The plan's distinctive words, quoted as written (in Chinese, an English build says so)."""
    if not terms:
        return ""
    sep = "、" if labels.is_zh(lang) else ", "
    return (f"<h2>{_t('plan.terms.heading', lang)}</h2><p>{_t('plan.terms.intro', lang, n=len(terms))}</p>"
            f"<p>{esc(sep.join(terms))}</p>")


def plans_index_html(corpus: Corpus, lang: str) -> str:
    """The index's list of plans, each linking to its page, with a filter box."""
    labels.register_plans(corpus.plans)
    items = []
    for row in corpus.plans.itertuples(index=False):
        href = plan_href(str(row.plan_id))
        if href is None:
            continue
        facts = [labels.level_label(row.admin_level, lang) if isinstance(row.admin_level, str) and row.admin_level else "",
                 _region(row.province, lang) or "",
                 labels.status_label(row.status, lang) if isinstance(row.status, str) and row.status else ""]
        detail = " · ".join(esc(x) for x in facts if x)
        items.append(f'<li><a href="{esc(href)}">{esc(labels.plan_label(str(row.plan_id), lang))}</a>'
                     f' <span class="meta">{detail}</span></li>')
    return (f'<section class="plans"><h2 id="plans">{_t("index.plans", lang)}</h2>'
            f"<p>{_t('index.plans.intro', lang, count=len(items), n=len(items))}</p>"
            f'<input class="filter" type="search" data-target="#plan-list" '
            f'placeholder="{_t("index.plans.search", lang)}" aria-label="{_t("index.plans.search", lang)}">'
            f'<ul class="plans" id="plan-list">{"".join(items)}</ul></section>{_FILTER_SCRIPT}'
            f"<style>{_PAGE_STYLE.replace(_STYLE, '')}</style>")
