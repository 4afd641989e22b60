"""audit21 items 2, 3, 1 and 4 (session 16, brief K4): a plan outside the parent and child plans
carrying as many sentences is said with how many are the same as the named child's; the sections
finding counts identical pairs as identical and gives each level's own low end; the fragment's
silence reads as the benchmark finding says it; tools concentrated in their namesake category are
said as expected. Each test failed before this change."""

from __future__ import annotations

import pandas as pd

from sciplan_analysis.analysis import findings as F

# --------------------------------------------------------------------------- item 2: the same sentences


def _outside_sentences(five_tables: F.Tables, target: str, sents: list[int]) -> F.Tables:
    """The five plans with 重庆市's sentences `sents` made to recur in `target` (its count and its
    sentence pairs alike), as the reuse tables would hold them."""
    shares, pairs = (table.copy() for table in five_tables.get_reuse())
    hit = (shares.source_plan == "chongqing") & (shares.target_plan == target)
    shares.loc[hit, "n_reused"] = len(sents)
    shares.loc[hit, "share"] = len(sents) / shares.loc[hit, "n_sentences"]
    template = pairs[pairs.source_plan == "chongqing"].iloc[0]
    made = pd.DataFrame([{**template.to_dict(), "target_plan": target, "source_sent": s} for s in sents])
    pairs = pd.concat([pairs[~((pairs.source_plan == "chongqing") & (pairs.target_plan == target))], made],
                      ignore_index=True)
    return F.Tables(five_tables.corpus, five_tables.get_similarity(), shares, pairs)


def _wuxi_sentences(five_tables: F.Tables) -> list[int]:
    pairs = five_tables.get_reuse()[1]
    return sorted(set(pairs[(pairs.source_plan == "chongqing") & (pairs.target_plan == "wuxi")].source_sent))


def test_a_plan_outside_the_line_says_how_many_of_its_sentences_are_the_named_childs(five_tables):
    """重庆市 → 巫溪县 is 47/88; 乐至县 (outside the line) made to carry 47 too, only 32 of them
    巫溪县's: the sentence says 32, never "these sentences" (audit21 item 2)."""
    wuxi = _wuxi_sentences(five_tables)
    assert len(wuxi) == 47
    others = [s for s in range(88) if s not in set(wuxi)]
    tables = _outside_sentences(five_tables, "lezhi", wuxi[:32] + others[:15])
    zh, en = F.reuse(tables, "zh"), F.reuse(tables, "en")
    assert "；而上下级之外的乐至县也有 47/88 句，其中 32 句与巫溪县相同，句子的沿用不只在上下级规划之间" in zh.sentence, \
        zh.sentence
    assert "; yet Lezhi County, outside the parent and child plans, also carries 47 of the 88 (32 of them the " \
           "same as Wuxi County's), so the reuse is not the parent and child plans' alone" in en.sentence, en.sentence
    assert "these sentences" not in en.sentence and "这些句子" not in zh.sentence
    assert en.title.endswith("; Lezhi County, outside the parent and child plans, holds 47 of the 88"), en.title
    assert "of them" not in en.title
    assert zh.title.endswith("，上下级之外的乐至县也有 47/88 句"), zh.title
    assert zh.numbers["outside_same"] == 32 and zh.numbers["outside_n"] == 47


def test_several_plans_outside_the_line_each_say_their_same_sentences(five_tables):
    """乐至县 and 成都市锦江区 both made to carry 47 of 重庆市's sentences: each item says its own overlap."""
    wuxi = _wuxi_sentences(five_tables)
    others = [s for s in range(88) if s not in set(wuxi)]
    tables = _outside_sentences(five_tables, "lezhi", wuxi[:32] + others[:15])
    tables = _outside_sentences(tables, "jinjiang", wuxi)
    zh = F.reuse(tables, "zh")
    assert "成都市锦江区（征求意见稿，47/88 句，其中 47 句与巫溪县相同）" in zh.sentence, zh.sentence
    assert "乐至县（47/88 句，其中 32 句与巫溪县相同）" in zh.sentence, zh.sentence
