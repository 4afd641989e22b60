"""A ranking's end that rests on less than one clause (analysis/findings.py `near_end`): the
instrument-type findings name the next plan beside the end, with its count, whenever one clause
fewer at the top (or more at the bottom) would let it meet or pass the end; never the one plan
alone as the most. Session 31: the five plans' demand finding named 锦江区 the highest on a
0.26-point lead over 巫溪县 (23/102 against 39/175). Since session 32 page 06's own-text ends follow
the same rule by the sentence (a plan showing the same whole percent is a tie, not near); since session 33
page 02's quantified lowest by the commitment (a plan showing the same figure is a tie; the plan of another kind, named
anyway, is not named twice)."""

from __future__ import annotations

import pandas as pd
import pytest
from coded_counts import FRAGMENT, plan_name

from sciplan_analysis.analysis import findings as F


def test_the_next_plan_within_one_clause_of_the_top_is_near():
    shares = pd.Series({"a": 22.55, "b": 22.29, "c": 17.2, "d": 14.2})
    assert F.near_end("a", "d", shares, of=102, top=True) == "b"  # one clause of 102 is 0.98 points
    assert F.near_end("a", "d", shares, of=200, top=True) == "b"  # of 200, 0.5 points: still near
    assert F.near_end("a", "d", shares, of=500, top=True) is None  # 0.2 points: the 0.26 lead holds


def test_the_bottom_looks_upward_and_one_clause_more():
    shares = pd.Series({"a": 30.0, "b": 17.0, "c": 14.0})
    assert F.near_end("c", "a", shares, of=20, top=False) == "b"  # 15/20 + 1 = 19.0 passes 17
    assert F.near_end("c", "a", shares, of=50, top=False) is None  # 14 + 2 = 16 stays below 17


def test_a_gap_of_exactly_one_clause_is_near_and_a_hair_more_is_not():
    shares = pd.Series({"a": 10.0, "b": 9.0, "c": 1.0})
    assert F.near_end("a", "c", shares, of=100, top=True) == "b"  # 9/100 would tie b
    shares["b"] = 8.99
    assert F.near_end("a", "c", shares, of=100, top=True) is None


def test_no_near_plan_between_two_ends_or_past_an_exact_tie():
    # two plans: the sentence already sets them side by side
    assert F.near_end("a", "b", pd.Series({"a": 10.0, "b": 9.9}), of=100, top=True) is None
    # an exact tie is the tie's to say (scope.at_end): the next plan past it may still be near
    tied = pd.Series({"a": 10.0, "b": 10.0, "c": 9.5, "d": 2.0})
    assert F.near_end("a", "d", tied, of=100, top=True) == "c"
    assert F.near_end("a", "d", tied.drop("c"), of=100, top=True) is None


def test_a_plan_with_no_clauses_has_no_near_plan():
    assert F.near_end("a", "c", pd.Series({"a": 0.0, "b": 0.0, "c": 0.0}), of=0, top=True) is None


def _demand_ranking(corpus) -> tuple[pd.Series, pd.Series, pd.Series]:
    """The whole plans' demand shares from the clause table (the fragment left out, as the finding
    ranks), highest first, with each plan's demand clauses and all its clauses."""
    clauses = corpus.clauses[corpus.clauses.plan_id != FRAGMENT]
    n = clauses.groupby("plan_id").size()
    k = (clauses.type == "demand").groupby(clauses.plan_id).sum().astype(int)
    return (k / n * 100).sort_values(ascending=False), k, n


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_five_plans_demand_top_is_said_as_the_clause_table_ranks_it(five_tables, lang):
    """The five plans' demand finding names its top alone, or with the next plan beside it, as the
    clause table's shares put them (a refit moves them: session 31's file P109 read 锦江区 23/102
    over 巫溪县 39/175, less than a clause apart, and said the pair; file P111 reads 巫溪县 41/175
    more than a clause over 锦江区 and names it alone)."""
    corpus = five_tables.corpus
    shares, k, n = _demand_ranking(corpus)
    top, nxt, low = shares.index[0], shares.index[1], shares.index[-1]
    assert shares.iloc[0] > shares.iloc[1] and shares.iloc[-2] > shares.iloc[-1]  # no tie at an end
    near = shares[top] - shares[nxt] <= 100.0 / n[top] + 1e-9
    found = F.demand(five_tables, lang)
    name, nxt_name, low_name = (plan_name(corpus, p, lang) for p in (top, nxt, low))
    if lang == "zh":
        said = (f"{name}：{k[top]}/{n[top]} 条（{shares[top]:.0f}%）"
                + (f"，{nxt_name} {k[nxt]}/{n[nxt]} 条（{shares[nxt]:.0f}%）紧随其后，两者相差不到一条" if near else "")
                + f"；最低的是{low_name}：{k[low]}/{n[low]} 条（{shares[low]:.0f}%）。")
    else:
        said = (f"{name}: {k[top]} of {n[top]} clauses ({shares[top]:.0f}%)"
                + (f", with {nxt_name} close behind at {k[nxt]} of {n[nxt]} ({shares[nxt]:.0f}%), less than one "
                   "clause apart" if near else "")
                + f"; the smallest in {low_name}: {k[low]} of {n[low]} ({shares[low]:.0f}%).")
    assert said in found.sentence
    assert found.numbers["high_n"] == k[top] and found.numbers["high_of"] == n[top]
    if near:
        assert found.plans == (top, nxt, low)  # the fragment is never near: not ranked
        assert found.numbers["near_n"] == k[nxt] and found.numbers["near_of"] == n[nxt]
        assert nxt_name in found.title
    else:
        assert found.plans == (top, low)
        assert "near_n" not in found.numbers and nxt_name not in found.title
        assert name in found.title


def test_the_five_plans_no_means_ends_are_clear_and_name_no_near_plan(five_tables):
    # 乐至县 24/120 (20.0%) over 巫溪县 20/175 (11.4%); 锦江区 7/102 (6.9%) under 汕尾 18/180 (10.0%)
    found = F.no_means(five_tables, "zh")
    assert "紧随" not in found.sentence and "仅高一点" not in found.sentence
    assert "near_n" not in found.numbers and found.plans == ("lezhi", "jinjiang")
    assert found.title.startswith("完整规划中乐至县不说手段的条款最多")


def _own_counts(five_tables, monkeypatch, counts: dict[str, tuple[int, int]]):
    """Own-text counts made up for the four whole plans: {plan: (own sentences, sentences)}; the
    fragment keeps a share of its own and is never ranked."""
    rows = {**counts, FRAGMENT: (10, 88)}
    table = pd.DataFrame({"plan_id": list(rows), "n_sentences": [n for _, n in rows.values()],
                          "n_reused_anywhere": [n - k for k, n in rows.values()],
                          "own_share": [k / n for k, n in rows.values()]})
    monkeypatch.setattr(F.ru, "own_text", lambda corpus, pairs: table)
    return F.Tables(five_tables.corpus, five_tables.get_similarity(), *five_tables.get_reuse())


def test_the_least_own_text_within_one_sentence_of_the_next_is_said_with_it(five_tables, monkeypatch):
    # 巫溪县 105/184 (57.07%), 乐至县 58/100 (58.0%): with 106/184 (57.61%) 巫溪县 would still be under,
    # so not near; with 乐至县 at 57.6% (72/125, shown 58%) one more sentence passes it: near
    far = _own_counts(five_tables, monkeypatch, {"wuxi": (105, 184), "lezhi": (58, 100), "jinjiang": (92, 98),
                                                 "shanwei": (170, 203)})
    found = F.own_text(far, "zh")
    assert "仅多一点" not in found.sentence and found.plans == ("wuxi", "jinjiang")
    near = _own_counts(five_tables, monkeypatch, {"wuxi": (105, 184), "lezhi": (72, 125), "jinjiang": (92, 98),
                                                  "shanwei": (170, 203)})
    zh, en = F.own_text(near, "zh"), F.own_text(near, "en")
    assert "184 句中只有 105 句（57%）不见于其他规划，乐至县（72/125 句，58%）仅多一点，两者相差不到一句；" in zh.sentence
    assert zh.title == "完整规划中巫溪县与乐至县的自有文本最少，相差不到一句"
    assert ("appear in no other plan, with Lezhi County just above (72 of 125, 58%), less than one sentence "
            "apart; ") in en.sentence
    assert en.title == "Of the whole plans, Wuxi County and Lezhi County have the least text of their own, less " \
        "than one sentence apart"
    assert zh.plans == ("wuxi", "lezhi", "jinjiang") and zh.numbers["near_n"] == 72


def test_the_most_own_text_within_one_sentence_is_said_with_the_next(five_tables, monkeypatch):
    # 锦江区 92/98 (93.9%) over 汕尾 186/200 (93.0%): one sentence of 98 is 1.02 points
    tables = _own_counts(five_tables, monkeypatch, {"wuxi": (105, 184), "lezhi": (91, 114), "jinjiang": (92, 98),
                                                    "shanwei": (186, 200)})
    zh, en = F.own_text(tables, "zh"), F.own_text(tables, "en")
    assert "最多（92/98，94%），汕尾市城区（征求意见稿）（186/200 句，93%）紧随其后，两者相差不到一句。" in zh.sentence
    assert "has the most (92 of 98, 94%), with Chengqu District, Shanwei (a draft) close behind (186 of 200, 93%), " \
        "less than one sentence apart." in en.sentence
    assert zh.title == "完整规划中巫溪县的自有文本最少（105/184 句）"  # the title names the least only
    assert zh.plans == ("wuxi", "jinjiang", "shanwei")


def test_a_plan_tied_as_shown_at_the_least_is_the_ties_not_near(five_tables, monkeypatch):
    # 57.07% and 57.4% both show 57%: said as showing the same figure (scope.at_end), never "just above"
    tables = _own_counts(five_tables, monkeypatch, {"wuxi": (105, 184), "lezhi": (66, 115), "jinjiang": (92, 98),
                                                    "shanwei": (170, 203)})
    found = F.own_text(tables, "zh")
    assert "仅多一点" not in found.sentence and "乐至县" in found.sentence


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_five_plans_own_text_ends_are_said_as_their_counts_rank_them(five_tables, lang):
    """Recounted from the reuse table: each end is named alone, or with the next plan where it rests on
    less than one sentence (today neither: 巫溪县 105/184 under 乐至县 91/114; 锦江区 92/98 over 汕尾 172/203)."""
    _shares, pairs = five_tables.get_reuse()
    table = F.ru.own_text(five_tables.corpus, pairs).set_index("plan_id").drop(index=FRAGMENT)
    own = table.n_sentences - table.n_reused_anywhere
    share = (own / table.n_sentences * 100).sort_values()
    low, above, top, below = share.index[0], share.index[1], share.index[-1], share.index[-2]
    low_near = share[above] - share[low] <= 100 / table.n_sentences[low]
    top_near = share[top] - share[below] <= 100 / table.n_sentences[top]
    found = F.own_text(five_tables, lang)
    words = ("仅多一点", "紧随其后") if lang == "zh" else ("just above", "close behind")
    assert (words[0] in found.sentence) == low_near and (words[1] in found.sentence) == top_near
    assert found.plans[0] == low and top in found.plans
    assert plan_name(five_tables.corpus, low, lang) in found.title


# --------------------------------------------------------------------------- the quantified finding's lowest


@pytest.mark.parametrize(("lang", "said"), [
    ("zh", "最低的是汕尾市城区（征求意见稿）：1/46（0.02），巫溪县 1/36（0.03）仅多一点，两者相差不到一项承诺。"),
    ("en", "has the lowest rate (1/46, 0.02), with Wuxi County just above at 1/36 (0.03), less than one commitment apart."),
])
def test_a_lowest_less_than_one_commitment_under_the_next_is_said_with_it(five_tables, monkeypatch, lang, said):
    """Made up: 汕尾市城区 at 1/46 (0.022) and 巫溪县 at 1/36 (0.028): with 2/46 (0.043) 汕尾市城区 would pass 巫溪县, so the
    lowest rests on less than one commitment and the next is said beside it, with its count."""
    counts = {"jinjiang": (23, 33), "wuxi": (1, 36), "shanwei": (1, 46), "lezhi": (9, 36), "chongqing": (0, 22)}
    spec = pd.DataFrame([{"plan_id": p, "commitments": n, "tasks": t, "per_task": n / t}
                         for p, (n, t) in counts.items()])
    monkeypatch.setattr(F.targets, "specificity", lambda corpus: spec)
    found = F.quantified(five_tables, lang)
    assert said in found.sentence, found.sentence
    assert "wuxi" in found.plans


def test_a_lowest_a_commitment_or_more_under_the_next_stands_alone(five_tables, monkeypatch):
    """Must not: 汕尾市城区 at 1/46 (0.022) and 巫溪县 at 3/40 (0.075): 2/46 (0.043) stays under, so no plan is near."""
    counts = {"jinjiang": (23, 33), "wuxi": (3, 40), "shanwei": (1, 46), "lezhi": (9, 36), "chongqing": (0, 22)}
    spec = pd.DataFrame([{"plan_id": p, "commitments": n, "tasks": t, "per_task": n / t}
                         for p, (n, t) in counts.items()])
    monkeypatch.setattr(F.targets, "specificity", lambda corpus: spec)
    found = F.quantified(five_tables, "zh")
    assert "相差不到一项承诺" not in found.sentence, found.sentence


def test_the_five_plans_lowest_names_the_division_plan_once(five_tables):
    """On the five plans 汕尾市城区's 1/46 is the lowest and 乐至县's 2/36 (0.056) the next, a commitment or more above it (2/46
    is 0.043): no plan is near, and 乐至县 is named once, as the plan of another kind."""
    sentence = F.quantified(five_tables, "zh").sentence
    assert sentence.count("乐至县") == 2 and "相差不到一项承诺" not in sentence, sentence


def test_a_near_plan_of_another_kind_is_named_once(five_tables, monkeypatch):
    """Made up: 乐至县, the division plan named beside the lowest anyway, at 1/36 (0.028) right above 汕尾市城区's 1/46: its
    own sentence says it, and the near end does not name it a second time."""
    counts = {"jinjiang": (23, 33), "wuxi": (10, 45), "shanwei": (1, 46), "lezhi": (1, 36), "chongqing": (0, 22)}
    spec = pd.DataFrame([{"plan_id": p, "commitments": n, "tasks": t, "per_task": n / t}
                         for p, (n, t) in counts.items()])
    monkeypatch.setattr(F.targets, "specificity", lambda corpus: spec)
    sentence = F.quantified(five_tables, "zh").sentence
    assert "乐至县也只有 1/36（0.03）" in sentence and "相差不到一项承诺" not in sentence, sentence
