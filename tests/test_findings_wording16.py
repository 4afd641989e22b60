"""audit16 items 1, 3, 4, 7 and 10a (session 16, brief H1): the lead finding and chart 4.2 name the
unit that ties; no finding stacks two brackets (a rule or a note on plans left out stands as a
sentence of its own, or shares the figures' bracket); the targets finding says the plans at its
top end share the figure; English marks a fragment "(a fragment)" and lists names with commas
where no name holds one. Each test failed before this change."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sciplan_analysis import labels
from sciplan_analysis.analysis import findings as F
from sciplan_analysis.report import charts
from tests.test_workload import CROSSWALK, _a, _corpus

STACKED = re.compile(r"[）)]\s*[（(]")


@pytest.fixture
def crosswalk(tmp_path: Path) -> Path:
    path = tmp_path / "unit_aliases.csv"
    path.write_text(CROSSWALK, encoding="utf-8")
    return path


def _tied_corpus(crosswalk: Path, other: dict[str, str]):
    """科协 leads most tasks in every plan; in the plans of `other` the unit given ties with it."""
    plans = {p: 3 for p in ("a", "b", "c", "d")}
    a = [_a(p, t, "县科协", "lead") for p in plans for t in ("t1", "t2")]
    for p, raw in other.items():
        a += [_a(p, t, raw, "lead") for t in ("t1", "t3")]
    corpus = _corpus(a, plans, crosswalk)
    labels.register_plans(corpus.plans)
    return corpus


def test_the_lead_finding_names_the_unit_that_ties(crosswalk: Path):
    corpus = _tied_corpus(crosswalk, {"b": "县教委", "c": "县教委"})
    zh = F.lead(F.Tables(corpus), "zh").sentence
    assert zh.startswith("在每份列出责任单位的规划中，牵头任务最多的都是科协（b、c的教育部门与之并列）："), zh
    en = F.lead(F.Tables(corpus), "en").sentence
    assert "the Science association leads more tasks than any other unit (in b and c, as many as the Education bureau):" in en, en
    mixed = _tied_corpus(crosswalk, {"b": "县教委", "c": "团县委"})
    zh = F.lead(F.Tables(mixed), "zh").sentence
    assert "科协（b的教育部门、c的共青团与之并列）：" in zh, zh
    en = F.lead(F.Tables(mixed), "en").sentence
    assert "(as many as the Education bureau in b and the Youth League in c):" in en, en


def test_chart_4_2s_title_says_the_tie_and_its_sentence_stacks_no_brackets(crosswalk: Path):
    corpus = _tied_corpus(crosswalk, {"b": "县教委", "c": "县教委"})
    zh = charts.lead_heatmap_finding(corpus, "zh", crosswalk)
    assert zh.title == "科协在 4/4 份规划中牵头的任务最多（2 份与教育部门并列）", zh.title
    assert not STACKED.search(zh.sentence), zh.sentence
    en = charts.lead_heatmap_finding(corpus, "en", crosswalk)
    assert en.title == ("The Science association leads more tasks than any other unit in 4 of 4 plans "
                        "(in 2 of them, as many as the Education bureau)")
    assert "units (in 2 of them" in en.sentence and not STACKED.search(en.sentence), en.sentence


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_lead_findings_counting_rule_is_a_sentence_of_its_own(five_tables, lang):
    """Five plans: 24/33 项（73%）（合作牵头的任务计入每个牵头单位；…）: two brackets."""
    found = F.lead(five_tables, lang).sentence
    assert not STACKED.search(found), found
    rule = "。合作牵头的任务计入每个牵头单位；" if lang == "zh" else ". A co-led task counts for each lead;"
    assert rule in found, found


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("fid", ["similar", "similar_low", "similar_shared", "sections", "own_text"])
def test_no_similarity_or_own_text_finding_stacks_two_brackets(five_tables, fid, lang):
    """Five plans: 巫溪县与重庆市（0.81）（只比两份都有的章节…）, 汕尾市城区（征求意见稿）（0.69）,
    （0.96；各 1 项任务）（只比…）, 最多（92/98，94%）（重庆市残篇…）; English likewise."""
    found = F.compute(five_tables, [fid], lang)[0]
    assert not STACKED.search(found.sentence), found.sentence


def test_the_notes_merge_into_the_figures_bracket_or_stand_as_a_sentence(five_tables):
    assert "巫溪县与重庆市（0.81；重庆市残篇在此可以参与）" in F.similar(five_tables, "zh").sentence
    assert "巫溪县与汕尾市城区（征求意见稿，0.69）" in F.similar_shared(five_tables, "zh").sentence
    assert "（0.96；各 1 项任务；重庆市残篇在此可以参与）" in F.sections(five_tables, "zh").sentence
    assert F.own_text(five_tables, "zh").sentence.endswith("（92/98，94%）。重庆市残篇只有半份规划，不参与排序。")
    en = F.similar(five_tables, "en").sentence
    assert "Chengqu District, Shanwei (a draft): similarity of wording 0.69. The Chongqing Municipality " \
           "fragment, half a plan, is not ranked." in en, en


@pytest.mark.parametrize(("lang", "said"), [
    ("zh", "高于国家目标的有 3/4 份，最高为 18%，共 2 份：乐至县、成都市锦江区（征求意见稿）。"),
    ("en", "Above it are 3 of 4 plans; the highest is 18%, shared by 2: Lezhi County and Jinjiang District, Chengdu (a draft)."),
])
def test_the_targets_top_end_says_the_plans_share_the_figure(five_tables, monkeypatch, lang, said):
    """33 plans: 如成都市锦江区（18%，征求意见稿）等 4 份 did not say the four share 18%; the names
    carry their marks outside the figure's words, never nested."""
    from tests.test_ends_tied import _tables, _target

    monkeypatch.setattr(F, "NAMED_MAX", 2)
    tables = _tables(five_tables, targets=_target(five_tables.corpus, "lezhi", 18.0))
    sentence = F.benchmark(tables, lang).sentence
    assert said in sentence, sentence


def test_the_provincial_target_is_said_to_be_the_provincial_documents(five_tables):
    """与重庆市的省级目标相同 beside 重庆市（残篇）未提及 2025 年目标 read as a contradiction."""
    sentence = F.benchmark(five_tables, "zh").sentence
    assert "乐至县（13%，与四川省印发的省级文件中的目标相同）" in sentence, sentence


def test_english_marks_a_fragment_as_a_fragment_in_the_plan_matrix(five_tables):
    sentence = F.plan_matrix(five_tables, "en").sentence
    assert sentence.startswith("Chongqing Municipality (a fragment) has tasks"), sentence
    assert "(Youth, Farmers, Industrial workers, Elderly people, …)" in sentence, sentence
    assert F.plan_matrix(five_tables, "zh").sentence.startswith("重庆市（残篇）只有 6/15 个类别有任务")


def test_english_lists_use_commas_unless_a_name_holds_one():
    assert F._join(["Youth", "Farmers", "Elderly people"], "en") == "Youth, Farmers and Elderly people"
    assert F._join(["Youth", "Leading cadres and civil servants", "Farmers"], "en") == \
        "Youth, Leading cadres and civil servants, and Farmers"
    assert F._join(["Wuxi County", "Jinjiang District, Chengdu", "Lezhi County"], "en") == \
        "Wuxi County; Jinjiang District, Chengdu; and Lezhi County"
    assert F._join(["巫溪县", "乐至县", "重庆市"], "zh") == "巫溪县、乐至县、重庆市"


def test_the_english_length_finding_nests_no_brackets(five_tables):
    sentence = F.length(five_tables, "en").sentence
    assert "to 12,074 in Chengqu District, Shanwei (a draft)," in sentence, sentence
    assert "(a draft))" not in sentence


@pytest.mark.parametrize(("lang", "wuxi", "said"), [
    ("zh", 12.0, "低于国家目标的有 4/4 份，最低为 12%，共 2 份：巫溪县、乐至县"),
    ("en", 12.0, "Below it are 4 of 4 plans; the lowest is 12%, shared by 2: Wuxi County and Lezhi County"),
    ("zh", 11.0, "低于国家目标的有 4/4 份，最低的是巫溪县（11%）"),
    ("en", 11.0, "Below it are 4 of 4 plans; the lowest is Wuxi County (11%)"),
])
def test_the_targets_low_end_says_the_lowest_in_both_languages(five_tables, monkeypatch, lang, wuxi, said):
    """audit17 items 5 and 14: English read "e.g. Jinjiang District, Chengdu (18%, a draft) and 3
    more at that figure", neither saying 18% is the highest nor naming the plans sharing it, and the
    Chinese low side listed the plans at 10% (如乐和区、西长县、明山县（均为 10%）) without saying
    10% is the lowest."""
    from tests.test_ends_tied import _tables, _target

    monkeypatch.setattr(F, "NAMED_MAX", 3)
    t = _target(five_tables.corpus, "lezhi", 12.0)
    for pid, value in (("wuxi", wuxi), ("shanwei", 14.0), ("jinjiang", 14.0)):
        t.loc[(t.plan_id == pid) & (t.kind == "target") & (t.year == 2025), "value"] = value
    sentence = F.benchmark(_tables(five_tables, targets=t), lang).sentence
    assert said in sentence, sentence
