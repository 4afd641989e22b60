"""benchmarks/instruments_first_contact.py: the first contacts of the blind clause sets, split by the
kind of page (issue 24, session 39). The readings themselves need git archive and the ignored page
texts; these tests hold what the split is checked and counted by."""

from __future__ import annotations

import pandas as pd
import pytest
from benchmark_scripts import benchmark_script


@pytest.fixture(scope="module")
def script():
    with benchmark_script("instruments_first_contact") as module:
        yield module


def test_every_pinned_set_has_a_recorded_first_contact(script):
    """A set pinned in FIRST_CONTACT without its row in docs' set-by-set table could not be checked."""
    rec = script.recorded()
    missing = [w for w in script.sets_pinned() if w not in rec]
    assert not missing, f"no row in docs/instruments_rounds.md's first-contact table for sets {missing}"


def test_recorded_reads_the_codes_figure_and_a_rebuilt_count(script):
    """Set 90's row names the hybrid's figure beside the rules' (46, 44, not the rules' 42, 41); set 114's
    clauses cell reads "57 of 67" (a page not rebuilt): 57 clauses; set 86 met the rules as the code."""
    rec = script.recorded()
    assert rec["90"] == (53, 46, 44)
    assert rec["114"] == (57, 50, 47)
    assert rec["86"] == (89, 61, 51)


def test_wilson_matches_the_textbook_values(script):
    lo, hi = script.wilson(8, 10)
    assert (round(lo, 3), round(hi, 3)) == (0.490, 0.943)
    lo, hi = script.wilson(0, 5)
    assert lo == pytest.approx(0.0, abs=1e-12) and hi == pytest.approx(0.434, abs=1e-3)


def test_page_bootstrap_draws_whole_pages(script):
    """Two pages, one all right (9 clauses), one all wrong (1 clause): every draw's share is 0, 0.9 or 1,
    so the interval's ends are among them; clause-level resampling would give shares between."""
    right = pd.Series([True] * 9 + [False])
    pages = pd.Series(["a"] * 9 + ["b"])
    lo, hi = script.page_bootstrap(right, pages, draws=500)
    assert lo in (0.0, 0.9) and hi == 1.0
    assert script.page_bootstrap(pd.Series([True] * 4), pd.Series(list("abcd"))) == (1.0, 1.0)


def test_check_flags_a_set_that_differs_but_not_one_short_of_lost_pages(script, monkeypatch, capsys):
    monkeypatch.setattr(script, "recorded", lambda: {"90": (3, 3, 3), "91": (2, 2, 1)})
    df = pd.DataFrame({"set": ["90", "90", "91", "91"], "page": list("aacc"), "clause_no": [1, 2, 1, 2],
                       "hand_tool": ["none"] * 4, "hand_type": ["none"] * 4,
                       "tool": ["none", "none", "none", "services"], "type": ["none", "none", "none", "supply"]})
    assert script.check(df) == 1
    out = capsys.readouterr().out
    assert "set 90: 2 · 2 of 2, recorded (3, 3, 3): 1 clause of a page lost on this machine" in out
    assert "set 91: 1 · 1 of 2, recorded (2, 2, 1): DIFFERS" in out


def test_bare_keeps_what_two_copies_of_a_clause_share(script):
    """Punctuation, spaces, brackets and line breaks differ between copies; characters and digits do not."""
    assert script.bare("（一）加强科普 基础设施建设，\n2025年") == "一加强科普基础设施建设2025年"
    assert script.bare("“科普中国”·e站") == "科普中国e站"
    assert script.bare("、；。") == ""


@pytest.fixture(scope="module")
def pool():
    with benchmark_script("plan_pool") as module:
        yield module


def test_plan_pool_order_holds_official_pages_once_with_plan_ranks_in_order(pool):
    """Session 40's committed pool (benchmarks/plan_pool_40.csv): every id an official page of
    real_pages.csv, none twice, none a national body's; orders 1..n; plan ranks 1..m rising with the order."""
    rows = pool.rows(pool.POOL)
    kinds = {r["id"]: r["kind"] for r in pool.rows(pool.HERE / "page_kinds.csv")}
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)) > 400
    assert all(kinds[i] == "official" for i in ids)
    assert not [i for i in ids if i.startswith(pool.NATIONAL)]
    assert [int(r["order"]) for r in rows] == list(range(1, len(rows) + 1))
    ranks = [int(r["plan_rank"]) for r in rows if r["plan_rank"]]
    assert ranks == list(range(1, len(ranks) + 1)) and len(ranks) > 150


def test_plan_pool_runs_and_mirrors(pool):
    """Runs are 8 characters of Han, digits and letters; a text shorter than a run has none."""
    assert pool.runs("科普，工作 要点2025年") == {"科普工作要点20", "普工作要点202", "工作要点2025", "作要点2025年"}
    assert pool.runs("科普") == set()
    assert pool.PLAN_NAMED.search("关于印发《某县全民科学素质行动实施方案》的通知")
    assert not pool.PLAN_NAMED.search("关于公布科普基地名单的通知")


def test_plan_pool_leaves_its_own_drawn_sets_out_of_the_copy_check(pool):
    """A page is a copy if it copies a clause set gathered before the pool (sets 1-209); the sets drawn from
    the pool (210 on) hold the pool's own pages, which must not knock themselves out on a rebuild."""
    from pathlib import Path

    assert pool.set_number(Path("pages.jsonl")) == 1
    assert pool.set_number(Path("pages_209.jsonl")) == 209 < pool.FIRST_DRAWN
    assert pool.set_number(Path("pages_210.jsonl")) == pool.FIRST_DRAWN


def test_sets_between_keeps_a_range_and_refuses_an_empty_or_malformed_one(script):
    df = pd.DataFrame({"set": ["209", "210", "215", "221", "222"], "page": list("abcde")})
    assert script.sets_between(df, "210-221")["set"].tolist() == ["210", "215", "221"]
    assert script.sets_between(df, "222")["set"].tolist() == ["222"]
    for bad in ("300-310", "x-3", "210-x"):
        with pytest.raises(SystemExit):
            script.sets_between(df, bad)


def test_by_kind_prints_the_rows_beside_without_five_plan_text_and_on_clauses_naming_a_means(
        script, monkeypatch, capsys, tmp_path):
    """With `beside`, a kind's row is followed by the same without clauses of the five plans' text (only
    where some are) and on the clauses the hand codes a means (only where some are none); made-up readings."""
    kinds = tmp_path / "kinds.csv"
    kinds.write_text("set,page,kind\n210,a,implementation\n210,b,notice\n", encoding="utf-8")
    monkeypatch.setattr(script, "KINDS_FILE", kinds)
    df = pd.DataFrame({"set": ["210"] * 5, "page": ["a", "a", "a", "b", "b"], "clause_no": [1, 2, 3, 1, 2],
                       "hand_tool": ["none", "funding", "services", "none", "services"],
                       "hand_type": ["none", "supply", "supply", "none", "supply"],
                       "tool": ["none", "funding", "none", "none", "services"],
                       "type": ["none", "supply", "none", "none", "supply"]})
    monkeypatch.setattr(script, "five_plan_text", lambda d: pd.Series([False, True, False, False, False], index=d.index))
    monkeypatch.setattr(script, "hard_calls", lambda d: pd.Series([False, True, False, False, False], index=d.index))
    script.by_kind(df, beside=True)
    out = capsys.readouterr().out
    lines = [line for line in out.splitlines() if line.startswith("| implementation")]
    assert [line.split(" | ")[0] for line in lines] == [
        "| implementation plans", "| implementation plans, without the 1 of the five plans' text",
        "| implementation plans: the clauses the hand codes a means",
        "| implementation plans: the clauses the hand codes a means and found clear"]
    assert [line.split(" | ")[3] for line in lines] == ["2/3 (0.667)", "1/2 (0.500)", "1/2 (0.500)", "0/1 (0.000)"]
    assert "| notices and news: the clauses the hand codes a means and found clear" not in out  # no hard call there
    script.by_kind(df)
    assert "hand codes a means" not in capsys.readouterr().out


def test_hard_calls_reads_each_clauses_mark_in_the_order_given(script, monkeypatch):
    """hard_calls joins each reading's set, page and clause to its hand code's reading (made-up codes, given
    out of order): a reading marked "Hard call" in any case is a hard call, an empty one is clear."""
    import benchmarks.real_clauses_2 as rc

    codes = {"210": pd.DataFrame({"page": ["a", "a", "b"], "clause_no": [1, 2, 1],
                                  "reading": ["hard call: or services", None, "clear; HARD CALL? no"]}),
             "211": pd.DataFrame({"page": ["c"], "clause_no": [1], "reading": ["funds a prize"]})}
    monkeypatch.setattr(rc, "coded", lambda which: codes[which])
    df = pd.DataFrame({"set": ["211", "210", "210", "210"], "page": ["c", "b", "a", "a"], "clause_no": [1, 1, 2, 1]},
                      index=[7, 8, 9, 10])
    got = script.hard_calls(df)
    assert got.index.tolist() == [7, 8, 9, 10]
    assert got.tolist() == [False, True, False, True]


def test_hand_column_refuses_a_reading_whose_clause_is_not_in_the_draw(script, monkeypatch):
    """A first-contact reading of a clause today's draw does not hold is an error, not a clear clause."""
    import benchmarks.real_clauses_2 as rc

    monkeypatch.setattr(rc, "coded", lambda which: pd.DataFrame({"page": ["a"], "clause_no": [1], "reading": [None]}))
    assert script.hard_calls(pd.DataFrame({"set": ["210"], "page": ["a"], "clause_no": [1]})).tolist() == [False]
    with pytest.raises(SystemExit):
        script.hard_calls(pd.DataFrame({"set": ["210"], "page": ["a"], "clause_no": [2]}))
