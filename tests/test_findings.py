"""The report's findings are computed from the tables: change the data, the sentence changes."""

from __future__ import annotations

import re

import coded_counts
import pandas as pd
import pytest

from sciplan_analysis import labels
from sciplan_analysis.analysis import findings as F
from sciplan_analysis.analysis import scope

HAN = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def tables(five_tables):
    """`F.Tables(corpus)` of the five plans, its pair tables computed once per worker."""
    return five_tables


def _copy(corpus):
    from dataclasses import replace

    return replace(corpus, **{name: df.copy() for name, df in corpus.tables().items()})


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_index_findings_are_five_to_eight_sentences_with_numbers(tables, lang):
    found = F.index_findings(tables, lang)
    assert 5 <= len(found) <= 8
    for f in found:
        assert re.search(r"\d", f.sentence), f.sentence
        assert f.href == f"{f.page}.html#fig-{f.figure}"
        assert f.page in F.PAGES and f.id in F.PAGES[f.page]
        assert "{" not in f.sentence and "nan" not in f.sentence.lower()
        if lang == "en":
            assert not HAN.search(f.sentence), f.sentence
        else:
            assert HAN.search(f.sentence)


def test_every_page_has_two_or_three_findings(tables):
    for page in F.PAGES:
        assert 2 <= len(F.page_findings(tables, page, "zh")) <= 3, page


def test_quantified_follows_the_commitments(corpus):
    before = F.quantified(F.Tables(corpus), "en")
    assert before.values["top_id"] == "jinjiang"
    changed = _copy(corpus)
    changed.commitments = changed.commitments[changed.commitments.plan_id != "jinjiang"]
    after = F.quantified(F.Tables(changed), "en")
    assert after.values["top_id"] == "wuxi" and after.sentence != before.sentence
    assert after.sentence.startswith(labels.plan_label("wuxi", "en"))


def test_horizon_names_the_plan_that_looks_furthest(corpus):
    found = F.horizon(F.Tables(corpus), "en")
    assert found.values["plan_ids"] == ["lezhi"] and "2035" in found.sentence
    changed = _copy(corpus)
    extra = changed.targets[changed.targets.plan_id == "wuxi"].tail(1).assign(year=2040, value=30.0)
    changed.targets = pd.concat([changed.targets, extra], ignore_index=True)
    found = F.horizon(F.Tables(changed), "zh")
    assert found.values["plan_ids"] == ["wuxi"] and "2040" in found.sentence
    assert found.sentence.startswith("只有巫溪县")


def test_horizon_counts_when_many_plans_look_furthest(corpus, monkeypatch):
    """Beyond findings.NAMED_MAX plans "only" would not hold and the list would run long: the
    sentence counts them against the plans that state targets and names two."""
    monkeypatch.setattr(F, "NAMED_MAX", 2)
    changed = _copy(corpus)
    ahead = ["wuxi", "jinjiang", "shanwei"]
    extra = pd.concat([changed.targets[changed.targets.plan_id == p].tail(1) for p in ahead])
    changed.targets = pd.concat([changed.targets, extra.assign(year=2040, value=30.0)],
                                ignore_index=True)
    found = F.horizon(F.Tables(changed), "zh")
    assert found.values["plan_ids"] == ahead and (found.values["n"], found.values["of"]) == (3, 4)
    assert found.sentence.startswith("3/4 份提出目标的规划把目标定到 2040 年（如巫溪县、")
    assert "只有" not in found.sentence and labels.plan_label("shanwei", "zh") not in found.sentence
    assert found.title.startswith("3/4 份规划")
    english = F.horizon(F.Tables(changed), "en")
    assert english.sentence.startswith("3 of the 4 plans that state targets set them for 2040")


def test_no_targets_no_horizon(corpus):
    changed = _copy(corpus)
    changed.targets = changed.targets.iloc[0:0]
    assert F.horizon(F.Tables(changed)) is None


def test_reuse_follows_the_reuse_table(tables):
    shares, pairs = tables.get_reuse()
    found = F.reuse(tables, "en")
    assert found.values["share"] == pytest.approx(53.4, abs=0.1)
    assert found.sentence.startswith("47 of the Chongqing Municipality fragment's 88 sentences")
    # "the next row" is the next row of the same table, ranked by share
    ranked = shares.sort_values("share", ascending=False).reset_index(drop=True)
    assert (ranked.source_plan[1], ranked.target_plan[1]) == ("wuxi", "chongqing")
    assert "the next row is the same pair the other way" in found.sentence
    assert found.values["next_n"] == ranked.n_reused[1] and found.values["next_of"] == 184
    lowered = shares.copy()
    hit = (lowered.source_plan == "wuxi") & (lowered.target_plan == "chongqing")
    lowered.loc[hit, "share"] = 0.01
    again = F.reuse(F.Tables(tables.corpus, tables.get_similarity(), lowered, pairs), "zh")
    assert "表中下一行是乐至县 → 巫溪县（18/114 句，16%）" in again.sentence


def _with_parents(tables, parents):
    """The five plans with some parents changed (plan_id -> the parent region's name)."""
    changed = _copy(tables.corpus)
    for pid, parent in parents.items():
        changed.plans.loc[changed.plans.plan_id == pid, "parent"] = parent
    return F.Tables(changed, tables.get_similarity(), *tables.get_reuse())


def test_reuse_ranks_whole_child_parent_pairs_by_what_the_child_copies(tables):
    shares, _ = tables.get_reuse()
    # 乐至县 and 汕尾市城区 as children of 成都市锦江区 (whole plans); 巫溪县 -> 重庆市 is a fragment pair
    moved = _with_parents(tables, {"lezhi": "成都市锦江区", "shanwei": "成都市锦江区"})
    found = F.reuse(moved, "en")
    keyed = shares.set_index(["source_plan", "target_plan"])
    own = {c: keyed.loc[(c, "jinjiang")] for c in ("lezhi", "shanwei")}
    top = max(own, key=lambda c: own[c].share)
    low = min(own, key=lambda c: own[c].share)
    # the child at the top (汕尾市城区, a draft) is named as a draft, and its parent (锦江区) too
    assert found.values["n_pairs"] == 2 and found.values["child"] == scope.marked(top, moved.corpus, "en")
    assert top == "shanwei" and found.values["child"].endswith("(a draft)")
    assert found.values["parent"] == "Jinjiang District, Chengdu (a draft)"
    assert found.values["n"] == own[top].n_reused and found.values["of"] == own[top].n_sentences
    assert found.sentence.startswith("2 plans have their parent's plan in the corpus")
    assert f"{int(own[low].n_reused)} of {int(own[low].n_sentences)} sentences" in found.sentence
    assert "(1 more pair involves a fragment and is not ranked)" in found.sentence  # 巫溪县 -> 重庆市
    assert "fragment's" not in found.sentence and "chongqing" not in found.plans
    assert re.search(r"\d+/\d+", F.reuse(moved, "zh").sentence)


def test_one_whole_pair_is_stated_not_ranked(tables):
    shares, _ = tables.get_reuse()
    moved = _with_parents(tables, {"lezhi": "成都市锦江区"})  # one whole pair, one fragment pair
    row = shares.set_index(["source_plan", "target_plan"]).loc[("lezhi", "jinjiang")]
    found = F.reuse(moved, "en")
    assert found.sentence.startswith(
        f"The corpus holds one whole parent–child pair: {int(row.n_reused)} of Lezhi County's "
        f"{int(row.n_sentences)} sentences")
    assert "1 more pair involves a fragment" in found.sentence
    assert " most" not in found.sentence and "1 plans" not in found.sentence
    assert "most" not in found.title
    zh = F.reuse(moved, "zh")
    assert zh.sentence.startswith("本语料中只有一对完整的上下级规划：乐至县的") and "最多" not in zh.sentence


def test_reuse_names_the_fragment_case_with_several_children(tables):
    shares, _ = tables.get_reuse()
    moved = _with_parents(tables, {"lezhi": "重庆市"})  # two children of the fragment
    found = F.reuse(moved, "en")
    keyed = shares.set_index(["source_plan", "target_plan"])
    wuxi, lezhi = keyed.loc[("chongqing", "wuxi")], keyed.loc[("chongqing", "lezhi")]
    assert wuxi.share > lezhi.share
    assert found.sentence.startswith(f"{int(wuxi.n_reused)} of the Chongqing Municipality fragment's")
    assert "the most of its 2 child plans" in found.sentence
    assert f"({int(lezhi.n_reused)} of {int(wuxi.n_sentences)} sentences" in found.sentence


def test_left_out_counts_only_complete_plans(tables):
    found = F.left_out(tables, "en")
    assert "chongqing" not in " ".join(found.values["categories"])
    assert found.values["n"] == len(found.values["categories"]) >= 1


def test_source_note_names_fragment_and_drafts(corpus):
    note = F.source_note(corpus, "en", units=True)
    assert "fragment" in note and "draft" in note and "per group" in note


# --------------------------------------------------------------------------- charts' findings


@pytest.mark.parametrize("fid", ["measures", "partners", "unit_pairs", "similar_shared",
                                 "sections", "tools", "tool_category", "plan_matrix"])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_chart_findings_state_a_number_in_one_language(tables, fid, lang):
    found = F.FINDERS[fid](tables, lang)
    assert found is not None and found.title and re.search(r"\d", found.sentence)
    assert "{" not in found.sentence + found.title and "nan" not in found.sentence.lower()
    assert bool(HAN.search(found.sentence)) == (lang == "zh") or fid == "measures", found.sentence


def test_measures_follow_the_commitments(corpus):
    before = F.measures(F.Tables(corpus), "en")
    assert before.values["measure_code"] == "个" and before.values["plan_id"] == "jinjiang"
    changed = _copy(corpus)
    changed.commitments = changed.commitments[changed.commitments.plan_id != "jinjiang"]
    after = F.measures(F.Tables(changed), "en")
    assert after.values["plan_id"] == "wuxi" and after.sentence != before.sentence
    assert labels.plan_label("wuxi", "en") in after.sentence


def test_partners_follow_the_assignments(corpus):
    before = F.partners(F.Tables(corpus), "zh")
    unit = before.values["unit_id"]
    assert before.sentence.startswith(f"作为配合单位出现最多的是{unit}")
    changed = _copy(corpus)
    a = changed.assignments
    changed.assignments = a[~((a.unit == unit) & (a.plan_id == before.values["plan_id"]))]
    after = F.partners(F.Tables(changed), "zh")
    assert after.values["unit_id"] != unit and after.sentence != before.sentence


def test_unit_pairs_follow_the_assignments_and_the_plans_chosen(corpus):
    before = F.unit_pairs(F.Tables(corpus), "en")
    assert before.values["n"] == int(F.shared_tasks(corpus).tasks.iloc[0])
    gone = before.values["units"][0]
    changed = _copy(corpus)
    changed.assignments = changed.assignments[changed.assignments.unit != gone]
    after = F.unit_pairs(F.Tables(changed), "en")
    assert gone not in after.values["units"] and after.sentence != before.sentence
    one = F.unit_pairs(F.Tables(corpus), "en", plans="wuxi")
    assert one.values["n_plans"] == 1 and one.values["n"] <= before.values["n"]


def test_similar_shared_follows_the_similarity_table(tables):
    table = tables.get_similarity()
    before = F.similar_shared(tables, "en")
    a, b = before.values["pair_ids"]
    lowered = table.copy()
    hit = (lowered.scope == "shared") & (lowered.plan_a == a) & (lowered.plan_b == b)
    lowered.loc[hit, "score"] = 0.0
    after = F.similar_shared(F.Tables(tables.corpus, similarity=lowered), "en")
    assert after.values["pair_ids"] != [a, b] and after.sentence != before.sentence


def test_sections_follow_the_similarity_table(tables):
    table = tables.get_similarity()
    before = F.sections(tables, "en")
    raised = table.copy()
    hit = (raised.analyzer == "word") & raised.scope.str.startswith("category:")
    raised.loc[hit[hit].index[0], "score"] = 0.99
    after = F.sections(F.Tables(tables.corpus, similarity=raised), "en")
    assert after.values["high"] == pytest.approx(0.99) and "0.99" in after.sentence
    assert after.sentence != before.sentence


def test_tools_follow_the_clauses(corpus):
    real = F.tools(F.Tables(corpus), "en")
    # since session 25's code 汕尾市城区 leans on education (more clauses than services; counted from
    # the clause table, since each refit moves a few: 31/180 against 24 by the file of session 27)
    education, of = coded_counts.tool_share(corpus, "shanwei", "education")
    services, _ = coded_counts.tool_share(corpus, "shanwei", "services")
    assert real.values["tool_id"] == "services" and real.values["n"] == 3
    assert education > services and (f"Chengqu District, Shanwei leans on Education and training ({education}/{of}, "
                                     f"{round(100 * education / of)}%)") in real.sentence
    # as many of its education clauses made planning as it has more than public-service ones, and any
    # other tool of as many clauses as services cut under them (coded_counts.tie_drops): a tie, not "leans
    # on education" (so the five plans read until session 25)
    tie = _copy(corpus)
    c = tie.clauses
    moved, _ = coded_counts.tie_drops(corpus, "shanwei", "education")
    tie.clauses = c.assign(tool=c.tool.where(~c.index.isin(moved), "planning"))
    assert coded_counts.tool_share(tie, "shanwei", "planning")[0] < services  # planning does not lead instead
    before = F.tools(F.Tables(tie), "en")
    assert before.values["tool_id"] == "services" and before.values["n"] == 4
    assert before.values["tied"] == {"shanwei": ["education"]} and "tied with" in before.sentence
    changed = _copy(tie)
    c = changed.clauses
    changed.clauses = c.assign(tool=c.tool.where(~((c.plan_id == "jinjiang")
                                                   & (c.tool == "services")), "education"))
    after = F.tools(F.Tables(changed), "en")  # 锦江区 now leads with education; 汕尾市城区 still ties
    assert after.values["tool_id"] == "services" and after.values["n"] == 3
    # its education clauses, its public-service ones added, counted from the clause table (a refit moves them)
    education, of = coded_counts.tool_share(corpus, "jinjiang", "education")
    services, _ = coded_counts.tool_share(corpus, "jinjiang", "services")
    n = education + services
    assert services > 0 and (f"Jinjiang District, Chengdu leans on Education and training ({n}/{of}, "
                             f"{round(100 * n / of)}%)") in after.sentence
    changed.clauses = changed.clauses.assign(tool=changed.clauses.tool.replace("services", "education"))
    last = F.tools(F.Tables(changed), "en")
    assert last.values["tool_id"] == "education" and last.sentence.startswith("Education and training")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_tools_shares_are_the_counts_beside_them(corpus, lang):
    """Each "k/n" in the sentence is the share beside it: the denominator is all the plan's
    clauses, as in the tools chart (it was once the clauses naming a means: 17% beside 29/154)."""
    found = F.tools(F.Tables(corpus), lang)
    for key in ("low", "high"):
        k, n = map(int, found.values[f"{key}_count"].split("/"))
        assert round(100 * k / n) == round(found.values[f"{key}_share"])
        assert n == (corpus.clauses.plan_id == found.values[f"{key}_id"]).sum()


def test_tools_a_plan_leading_with_another_tool_is_named_with_its_share(corpus):
    changed = _copy(corpus)
    c = changed.clauses
    changed.clauses = c.assign(tool=c.tool.where(~((c.plan_id == "lezhi") & (c.tool == "services")),
                                                 "participation"))
    found = F.tools(F.Tables(changed), "zh")
    assert found.values["n"] == 2 and "乐至县以社会参与为主" in found.sentence  # 汕尾市城区 leads with education
    k = int((changed.clauses[(changed.clauses.plan_id == "lezhi")].tool == "participation").sum())
    assert f"（{k}/120，{100 * k / 120:.0f}%）" in found.sentence


def test_tool_category_follows_the_clauses(corpus):
    before = F.tool_category(F.Tables(corpus), "en")
    assert before.values["category_id"] == "implementation"
    changed = _copy(corpus)
    c = changed.clauses
    changed.clauses = c.assign(tool=c.tool.replace({"education": "funding"}))
    after = F.tool_category(F.Tables(changed), "en")
    assert labels.category_label("youth", "en") in after.sentence
    assert labels.category_label("youth", "en") not in before.sentence


def test_plan_matrix_counts_the_categories_a_plan_lacks(corpus):
    fragment = F.plan_matrix(F.Tables(corpus), "en")
    assert fragment.values["plan_id"] == "chongqing" and fragment.figure.endswith("_chongqing")
    # its 9 empty categories are in the parts it lost: said so, and the title marks the fragment
    zh = F.plan_matrix(F.Tables(corpus), "zh")
    assert "可能在文本缺失的部分，无法判断有没有" in zh.sentence and "缺少" not in zh.sentence
    assert zh.title == "重庆市（残篇）只有 6/15 个类别有任务"
    before = F.plan_matrix(F.Tables(corpus), "zh", "wuxi")
    missing = before.values["absent"]
    changed = _copy(corpus)
    tasks = changed.tasks
    wuxi = tasks[tasks.plan_id == "wuxi"]
    common = wuxi.category.value_counts().index[0]
    row = wuxi[wuxi.category == common].index[0]
    changed.tasks.loc[row, "category"] = missing[0]
    after = F.plan_matrix(F.Tables(changed), "zh", "wuxi")
    assert after.values["n_absent"] == before.values["n_absent"] - 1
    assert f"缺少 {after.values['n_absent']} 个类别" in after.sentence
    assert after.sentence != before.sentence


def test_every_finding_has_a_headline_for_its_chart(tables):
    """A chart's title is its finding's headline: a short statement, never the whole sentence
    (three charts once carried two-line sentences with their scope notes and a full stop).
    Each headline's English twin is checked to exist and be short (computing every finding
    twice would cost the suite half a second)."""
    shown = {f.id: f for page in F.PAGES for f in F.page_findings(tables, page, "zh")}
    codes = labels.labels_of("finding")
    for f in shown.values():
        assert f.title and f.title != f.sentence, f.id
        assert not f.title.endswith(("。", ".")) and len(f.title) <= 40, (f.id, f.title)
    for code, (_zh, en) in codes.items():
        if code.endswith(("title", "_title")):
            assert en and not en.endswith(".") and len(en) <= 100, code


def test_a_wrapped_title_never_opens_a_line_with_closing_punctuation():
    from sciplan_analysis.report.style import NO_LINE_START, _wrap

    for text in ("列出的牵头单位数从汕尾市城区（征求意见稿）的 7 个到成都市锦江区（征求意见稿）的 18 个不等；重庆市没有列出",
                 "一二三四五六七八九十一二三四五六七八九十，后面的字",  # a made-up line, the comma at the break
                 "甲乙丙丁戊己庚辛壬癸甲乙丙丁戊己庚辛壬癸子。丑寅卯"):
        for width in (2.0, 2.5, 3.0, 4.0):
            lines = _wrap(text, width, 14).split("\n")
            assert "".join(lines) == text
            assert not [line for line in lines[1:] if line[:1] in NO_LINE_START], (width, lines)


def test_a_draft_at_either_end_of_the_likeness_ranking_is_named_as_a_draft(tables):
    """The rule every ranking follows, pairs too: 汕尾市城区 tops the whole-text likeness and
    锦江区 with 汕尾市城区 are the least alike pair, all drafts (once named bare)."""
    top, low = F.similar(tables, "zh"), F.similar_low(tables, "zh")
    assert "汕尾市城区（征求意见稿）" in top.sentence and "汕尾市城区（征求意见稿）" in top.title
    assert low.sentence.count("（征求意见稿）") == 2
    changed = _copy(tables.corpus)
    changed.plans = changed.plans.assign(status=changed.plans.status.replace("draft", "final"))
    assert "征求意见稿" not in F.similar(F.Tables(changed, similarity=tables.get_similarity()), "zh").sentence
