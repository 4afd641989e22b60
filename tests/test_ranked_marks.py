"""Findings that rank (session 13, brief R1): a draft at the top or bottom of a ranking is named as
a draft in every finding that ranks, the fragment is never dropped from a ranking unsaid, a range
over a whole-plan measure is one of whole plans, a count that holds a plan's division-of-labour
table says so, and findings.csv lists the plans a sentence names and every figure it states.
Each test failed before this change (the five plans' own findings, or the five plans changed)."""

from __future__ import annotations

import math
from dataclasses import replace

import coded_counts
import pandas as pd
import pytest

from sciplan_analysis import labels
from sciplan_analysis.analysis import findings as F
from sciplan_analysis.analysis import scope, targets


def _changed(five_tables: F.Tables, *, drafts: tuple[str, ...] = (), no_commitments: tuple[str, ...] = (),
             bracket: bool = False) -> F.Tables:
    """The five plans with some plans made drafts, some whole plans' commitments removed (a
    made-up whole plan stating none), or every unit read from brackets (no division-of-labour
    table); the pair tables are the five plans' own."""
    corpus = five_tables.corpus
    changed = replace(corpus, **{name: df.copy() for name, df in corpus.tables().items()})
    for plan_id in drafts:
        changed.plans.loc[changed.plans.plan_id == plan_id, "status"] = "draft"
    changed.commitments = changed.commitments[~changed.commitments.plan_id.isin(no_commitments)]
    if bracket:
        changed.assignments["source"] = changed.assignments["source"].replace({"table": "bracket"})
    return F.Tables(changed, five_tables.get_similarity(), *five_tables.get_reuse())


# --------------------------------------------------------------------------- 1 drafts named

DRAFTS_AT_THE_ENDS = {
    # 锦江区's services move with each refit: {share}, {n}, {of} counted from the clause table
    ("tools", "zh"): ["到成都市锦江区（征求意见稿）的 {share}（{n}/{of}）"],
    ("tools", "en"): ["to {share} ({n}/{of}) in Jinjiang District, Chengdu (a draft)"],
    ("partners", "zh"): ["汕尾市城区（征求意见稿）最多（23 项）"],
    ("partners", "en"): ["23 of them in Chengqu District, Shanwei (a draft), more than in any other plan"],
    ("measures", "zh"): ["其中成都市锦江区（征求意见稿）最多（6 项）"],
    ("measures", "en"): ["6 of them in Jinjiang District, Chengdu (a draft), more than in any other plan"],
    ("similar_shared", "zh"): ["完整规划中全文最相似的是巫溪县与汕尾市城区（征求意见稿，0.69）"],
    ("similar_shared", "en"): ["the most alike whole plans on whole texts are Wuxi County and Chengqu District, "
                               "Shanwei (a draft): 0.69"],
    ("range", "zh"): ["到成都市锦江区（征求意见稿）的 18% 不等"],
    ("range", "en"): ["to 18% (Jinjiang District, Chengdu (a draft))"],
}


@pytest.mark.parametrize(("fid", "lang"), list(DRAFTS_AT_THE_ENDS))
def test_a_draft_at_the_top_or_bottom_of_a_ranking_is_named_as_a_draft(five_tables, fid, lang):
    found = F.compute(five_tables, [fid], lang)[0]
    n, of = coded_counts.tool_share(five_tables.corpus, "jinjiang", "services")
    for said in DRAFTS_AT_THE_ENDS[fid, lang]:
        said = said.format(share=f"{n / of:.0%}", n=n, of=of)
        assert said in found.sentence, found.sentence


@pytest.mark.parametrize(("lang", "title"), [("zh", "最常见的计量单位是“个”（12/36 项），成都市锦江区（征求意见稿）最多"),
                                             ("en", "The commonest measure word is items (个): 12 of 36, more in "
                                                    "Jinjiang District, Chengdu (a draft) than elsewhere")])
def test_the_commitments_charts_title_names_the_draft(five_tables, lang, title):
    assert F.measures(five_tables, lang).title == title  # chart 2.3's title comes from the finding


@pytest.mark.parametrize(("lang", "said", "not_said"), [
    ("zh", "量化承诺最常见的计量单位是“个”（12/36 项）", ("多以", "最常用")),
    ("en", "The commonest measure word of the quantified commitments is items (个): 12 of 36,", ("Most", "most")),
])
def test_the_commonest_measure_word_is_not_called_most(five_tables, lang, said, not_said):
    """个 counts 12 of the 36 commitments: the commonest measure word, not "most" of them (a
    third is not most), in the finding and in chart 2.3's title alike."""
    found = F.measures(five_tables, lang)
    assert (found.values["n"], found.values["total"]) == (12, 36)
    assert found.sentence.startswith(said), found.sentence
    for text in (found.sentence, found.title):
        assert not any(word in text for word in not_said), text


@pytest.mark.parametrize(("lang", "said"), [
    ("zh", ["从巫溪县（征求意见稿）与乐至县的“交流合作”（0.21；分别 4 项和 1 项任务）", "只比较两份都有的章节时，最相似的是巫溪县（征求意见稿）与重庆市（0.81；"]),
    ("en", ["(Wuxi County (a draft) and Lezhi County on Exchange and cooperation, with 4 and 1 tasks)",
            "Comparing only the sections both have, the most alike are Wuxi County (a draft) and Chongqing Municipality (0.81;"]),
])
def test_a_draft_at_either_end_of_a_shared_sections_ranking_is_named_as_a_draft(five_tables, lang, said):
    """巫溪县 made a draft: it is at the bottom of the section scores and in the top shared pair.
    The fragment beside it is named once, in the note, not marked again."""
    tables = _changed(five_tables, drafts=("wuxi",))
    sections, similar = F.sections(tables, lang).sentence, F.similar(tables, lang).sentence
    assert said[0] in sections and said[1] in similar
    assert "重庆市（残篇）" not in sections + similar and "(a fragment)" not in sections + similar


def test_a_draft_beside_a_note_is_marked_and_a_fragment_is_not_marked_twice(five_tables):
    corpus = _changed(five_tables, drafts=("wuxi",)).corpus
    assert scope.beside_note("wuxi", corpus, "zh") == "巫溪县（征求意见稿）"
    assert scope.beside_note("chongqing", corpus, "zh") == "重庆市"  # its note says 残篇, and why
    assert scope.beside_note("lezhi", corpus, "en") == "Lezhi County"


# --------------------------------------------------------------------------- 2 nothing vanishing


@pytest.mark.parametrize(("lang", "said"), [
    ("zh", "的 3.1 倍。最低的是汕尾市城区（征求意见稿）：1/46（0.02）。"),
    ("en", "the next, Wuxi County (10/45, 0.22). Chengqu District, Shanwei (a draft) has the lowest rate (1/46, 0.02)."),
])
def test_the_quantified_ranking_says_it_left_the_fragment_out(five_tables, lang, said):
    found = F.quantified(five_tables, lang)
    assert said in found.sentence and found.rule == F.RULE_WHOLE
    assert found.sentence.endswith(("重庆市残篇只有半份规划，不参与排序。",
                                    " The Chongqing Municipality fragment, half a plan, is not ranked.")), found.sentence
    assert "chongqing" not in found.plans


def test_a_fragment_left_out_with_a_missing_value_is_still_said(five_tables):
    scoped = scope.whole_plans(pd.Series({"wuxi": 0.2, "chongqing": None, "lezhi": None}), five_tables.corpus)
    assert list(scoped.values.index) == ["wuxi"] and scoped.left_out == ["chongqing"]


@pytest.mark.parametrize(("lang", "said"), [
    # (汕尾市城区's 1/46 is less than one commitment above: with 1/45 巫溪县 would pass it, so it is said beside; session 33)
    ("zh", "。最低的是巫溪县：0/45（0.00），汕尾市城区（征求意见稿） 1/46（0.02）仅多一点，两者相差不到一项承诺。重庆市残篇只有半份规划，不参与排序。"),
    ("en", ". Wuxi County has the lowest rate (0/45, 0.00), with Chengqu District, Shanwei (a draft) just above at 1/46 (0.02), "
           "less than one commitment apart. The Chongqing Municipality fragment, half a plan, is not ranked."),
])
def test_a_whole_plan_stating_no_commitment_ranks_lowest_with_its_zero(five_tables, lang, said):
    tables = _changed(five_tables, no_commitments=("wuxi",))
    spec = targets.specificity(tables.corpus).set_index("plan_id")
    assert spec.at["wuxi", "commitments"] == 0 and spec.at["wuxi", "per_task"] == 0
    assert spec.at["wuxi", "per_10k_chars"] == 0
    assert pd.isna(spec.at["chongqing", "commitments"]) and math.isnan(spec.at["chongqing", "per_task"])
    found = F.quantified(tables, lang)
    assert found.sentence.endswith(said), found.sentence
    assert "wuxi" in found.plans


@pytest.mark.parametrize(("lang", "said"), [
    ("zh", "其中成都市锦江区（征求意见稿）最多（6 项）；巫溪县没有量化承诺；重庆市（残篇）现存文本未见量化承诺。"),
    ("en", "(a draft), more than in any other plan; Wuxi County states none; for Chongqing Municipality (a fragment), "
           "the text as we have it states no quantified commitments."),
])
def test_a_fragments_silence_is_not_stated_and_a_whole_plans_is_none(five_tables, lang, said):
    tables = _changed(five_tables, no_commitments=("wuxi",))
    found = F.measures(tables, lang)
    assert found.sentence.endswith(said), found.sentence
    shown = targets.commitments_table(tables.corpus, lang)  # the table says what the sentence says
    wuxi, chongqing = (shown[shown.columns[i]] for i in (0, 2))
    assert (wuxi == 0).all() and (chongqing == labels.unsaid(lang)).all()  # audit22 item 8
    assert list(found.plans) == ["jinjiang", "wuxi", "chongqing"]
    today = F.measures(five_tables, lang).sentence
    assert ("没有量化承诺" not in today and "重庆市（残篇）现存文本未见量化承诺" in today) if lang == "zh" else \
        "states none" not in today


# --------------------------------------------------------------------------- 3 ranges of whole plans


@pytest.mark.parametrize(("lang", "said"), [
    ("zh", ["到巫溪县与重庆市的“节庆/群众性科普活动”（0.96；各 1 项任务；重庆市残篇在此可以参与）",
            "而完整规划的全文相似度只在 0.58 到 0.69 之间（重庆市残篇只有半份规划，不参与排序）。"]),
    ("en", ["(Wuxi County and Chongqing Municipality on Public science campaigns, with one task each; the "
            "Chongqing Municipality fragment takes part here)",
            "against 0.58 to 0.69 between whole plans on whole texts (the Chongqing Municipality fragment, half "
            "a plan, is not ranked)."]),
])
def test_the_whole_text_range_is_of_whole_plans_and_the_section_range_says_the_fragment(five_tables, lang, said):
    found = F.sections(five_tables, lang)
    for part in said:
        assert part in found.sentence, found.sentence
    # the whole-text low end is the least alike whole pair's, as `similar_low` states it
    assert found.values["whole_low"] == F.similar_low(five_tables, lang).values["score"]
    assert found.rule == f"{F.RULE_SHARED}; {F.RULE_WHOLE}"


# --------------------------------------------------------------------------- 4 counted alike, said


@pytest.mark.parametrize("fid", ["partners", "unit_pairs"])
@pytest.mark.parametrize(("lang", "said"), [("zh", "（汕尾市城区按组分工，组内每项任务都计入）"),
                                            ("en", " (Chengqu District, Shanwei assigns units per group, so "
                                                   "every task of a group counts)")])
def test_a_count_holding_a_division_of_labour_table_says_so(five_tables, fid, lang, said):
    """The note stands right after the pooled count it explains (77, 96), not after the next
    unit's count, where it read as qualifying that unit (乡镇（街道）（70 项）（…）); no brackets stack."""
    found = F.compute(five_tables, [fid], lang)[0]
    pooled = (f"{found.values['n']} 项任务" if lang == "zh"
              else f"{found.values['n']} tasks {'across' if fid == 'partners' else 'in'} 4 plans")
    assert f"{pooled}{said}" in found.sentence and "shanwei" in found.plans, found.sentence
    assert not found.sentence.endswith(said + ("。" if lang == "zh" else "."))
    assert "）（" not in found.sentence and ") (" not in found.sentence
    plain = F.compute(_changed(five_tables, bracket=True), [fid], lang)[0]  # units from brackets only
    assert said not in plain.sentence and plain.values["n"] == found.values["n"]


# --------------------------------------------------------------------------- 5 findings.csv


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_findings_csv_lists_the_plans_named_and_every_figure(five_tables, lang):
    table = F.findings_table(five_tables, lang).set_index("finding_id")
    assert table.at["measures", "plan_ids"] == "jinjiang;chongqing"
    assert table.at["partners", "plan_ids"] == "shanwei"
    assert table.at["sections", "plan_ids"] == "wuxi;lezhi;chongqing"
    assert table.at["plan_matrix", "plan_ids"] == "chongqing"
    assert table.at["unit_pairs", "plan_ids"] == "shanwei"
    numbers = table.at["tool_category", "numbers"]
    # pooled over the whole plans (audit22 item 4): the fragment's clauses are not counted
    n, of = coded_counts.in_category(five_tables.corpus, "funding", "implementation")  # moves with each refit
    reg, of_reg = coded_counts.in_category(five_tables.corpus, "regulation", "cadres_civil_servants")  # so does this
    assert f"n_regulation={reg}; total_regulation={of_reg}" in numbers and f"n_funding={n}; total_funding={of}" in numbers
    for row in table.itertuples():  # a sentence naming a plan lists it
        assert row.plan_ids or not any(name in row.sentence for name in (
            "巫溪县", "乐至县", "重庆市", "锦江区", "汕尾市", "Wuxi", "Lezhi", "Chongqing", "Jinjiang", "Shanwei")), \
            row.Index


# --------------------------------------------------------------------------- 6 ties said as ties


@pytest.mark.parametrize(("lang", "said"), [
    ("zh", "2025 年的科学素质目标从乐至县、巫溪县（并列）的 12% 到"),
    ("en", "range from 12% (Lezhi County and Wuxi County, tied) to"),
])
def test_a_tie_at_the_end_of_a_range_names_every_plan_in_it(five_tables, lang, said):
    """乐至县's 2025 target made 12%, as 巫溪县's: neither alone is the lowest."""
    corpus = five_tables.corpus
    t = corpus.targets.copy()
    t.loc[(t.plan_id == "lezhi") & (t.kind == "target") & (t.year == 2025), "value"] = 12.0
    tables = F.Tables(replace(corpus, targets=t), five_tables.get_similarity(), *five_tables.get_reuse())
    assert said in F.target_range(tables, lang).sentence
    assert "并列" not in F.target_range(five_tables, "zh").sentence  # the five plans tie nowhere


@pytest.mark.parametrize(("lang", "said"), [("zh", "巫溪县（另有 3 份与之并列）"),
                                            ("en", "Wuxi County (tied with 3 other plans)")])
def test_a_long_tie_is_counted(five_plans, lang, said):
    values = pd.Series({"wuxi": 0.0, "lezhi": 0.0, "jinjiang": 0.0, "shanwei": 0.0, "chongqing": 0.4})
    assert scope.at_end("wuxi", values, five_plans, lang) == said
    assert scope.at_end("chongqing", values, five_plans, lang) == scope.marked("chongqing", five_plans, lang)


@pytest.mark.parametrize(("lang", "tied", "plain"), [
    ("zh", "每份完整规划最常用的都是公共服务，其中汕尾市城区（征求意见稿）的教育培训与之并列", "每份完整规划最常用的都是公共服务"),
    ("en", "Public services leads in every whole plan, tied with Education and training in Chengqu District, Shanwei (a draft)",
     "Public services leads in every whole plan"),
])
def test_the_tools_charts_title_never_hides_a_tie(five_tables, lang, tied, plain):
    """Chart 7.2's title comes from the tools finding: with 汕尾市城区's education clauses as many as its
    public-service ones (some of its education clauses dropped, and any other tool's as many as
    services cut under them: tests/coded_counts.tie_drops, counted from the clause table since each
    refit moves a few; they tied at 28 under the rules' code, until session 25), the title names the
    tool tied and where; with one education clause fewer it does not."""
    corpus = five_tables.corpus
    education, _ = coded_counts.tool_share(corpus, "shanwei", "education")
    services, _ = coded_counts.tool_share(corpus, "shanwei", "services")
    assert education > services  # 汕尾市城区 leans on education as the clauses are coded
    drops, left = coded_counts.tie_drops(corpus, "shanwei", "education")
    clauses = corpus.clauses.drop(index=drops)
    tie = F.Tables(replace(corpus, clauses=clauses), five_tables.get_similarity(), *five_tables.get_reuse())
    assert F.tools(tie, lang).title == tied
    untied = F.Tables(replace(corpus, clauses=clauses.drop(index=left[0])), five_tables.get_similarity(),
                      *five_tables.get_reuse())
    assert F.tools(untied, lang).title == plain


@pytest.mark.parametrize(("lang", "said"), [
    ("zh", ["“交流合作”（0.21；分别 4 项和 1 项任务）", "“节庆/群众性科普活动”（0.96；各 1 项任务；"]),
    ("en", ["Wuxi County and Lezhi County on Exchange and cooperation, with 4 and 1 tasks)",
            "Wuxi County and Chongqing Municipality on Public science campaigns, with one task each;"]),
])
def test_the_section_range_says_how_many_tasks_each_end_compares(five_tables, lang, said):
    """Page 05's top section score (0.96) compares one task with one task: the sentence says so,
    counting tasks by their own category (巫溪县 has 4 交流合作 tasks, 乐至县 1)."""
    sentence = F.sections(five_tables, lang).sentence
    assert all(s in sentence for s in said), sentence


@pytest.mark.parametrize(("lang", "said", "unsaid"), [
    ("zh", "按全文它们只有 0.62，不参与全文排序；", "排第"),
    ("en", "on whole texts they score 0.62, not ranked there;", "rank 3 of"),
])
def test_a_fragments_pair_has_no_place_in_a_whole_text_ranking(five_tables, lang, said, unsaid):
    """The most alike pair on shared sections is 巫溪县–重庆市 (a fragment): its whole-text score
    is shown, but it is not ranked among whole-text pairs (it was 'rank 3 of 10 pairs')."""
    sentence = F.similar_shared(five_tables, lang).sentence
    assert said in sentence and unsaid not in sentence


def test_a_pair_of_whole_plans_keeps_its_whole_text_rank(five_tables):
    """With 重庆市 made final, the same pair is two whole plans: its rank among the pairs stays."""
    corpus = five_tables.corpus
    plans = corpus.plans.copy()
    plans.loc[plans.plan_id == "chongqing", "status"] = "final"
    tables = F.Tables(replace(corpus, plans=plans), five_tables.get_similarity(), *five_tables.get_reuse())
    assert "在 10 对中排第 3" in F.similar_shared(tables, "zh").sentence


@pytest.mark.parametrize(("text", "said"), [
    ("on 3 tasks in 1 plans", "on 3 tasks in 1 plan"),
    ("1 categories, 1 tasks, 1 clauses", "1 category, 1 task, 1 clause"),
    ("in 11 plans, 21 plans, 1 of 2 plans", "in 11 plans, 21 plans, 1 of 2 plans"),
    ("(1/46, 0.02) across 2 plans", "(1/46, 0.02) across 2 plans"),
    ("4 and 1 tasks; 2 or 1 plans", "4 and 1 tasks; 2 or 1 plans"),  # two counts share the noun
])
def test_an_english_count_of_one_takes_the_singular(text, said):
    assert F.singular_counts(text) == said


def test_an_english_finding_never_says_1_plans(five_tables):
    """The partners finding of a corpus where the top partner works in one plan only."""
    corpus = five_tables.corpus
    a = corpus.assignments
    keep = a[(a.role != "partner") | (a.plan_id == "wuxi")]
    tables = F.Tables(replace(corpus, assignments=keep), five_tables.get_similarity(), *five_tables.get_reuse())
    found = F.partners(tables, "en")
    if found is not None:
        assert " 1 plans" not in found.sentence and " 1 tasks" not in found.sentence
    assert all(" 1 plans" not in f.sentence for f in F.compute(tables, list(F.FINDERS), "en"))
