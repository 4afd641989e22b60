"""benchmarks/instruments_score.py --intercoder (session 28): a second coder's codes of the samples' clauses
against the first coder's (taken from whichever sample holds each key), the shipped code and the rules against
each, on the clauses neither coder called hard and without the clauses the codebook quotes."""

from __future__ import annotations

import pandas as pd
import pytest
from benchmark_scripts import benchmark_script


@pytest.fixture(scope="module")
def score():
    with benchmark_script("instruments_score") as module:
        yield module


def _sample(keys, texts, tools, types, readings=None) -> pd.DataFrame:
    return pd.DataFrame({"plan_id": [k[0] for k in keys], "task_id": [k[1] for k in keys],
                         "clause_no": [k[2] for k in keys], "text": texts, "tool": tools, "type": types,
                         "reading": readings or [""] * len(keys)})


def test_kappa_and_agreement_of_two_codings(score):
    a = pd.Series(["x", "x", "y", "y"])
    assert score.kappa(a, a) == 1.0
    assert score.kappa(a, pd.Series(["y", "y", "x", "x"])) == pytest.approx(-1.0)
    b = pd.Series(["x", "y", "y", "y"])  # observed 3/4, expected (1/2)(1/4)+(1/2)(3/4) = 1/2
    assert score.kappa(a, b) == pytest.approx(0.5)
    line = score.pair("p", a, a, b, a)
    assert line.startswith("p (4): type 4/4 (1.000, κ 1.000), tool 3/4 (0.750, κ 0.500)")
    assert score.pair("p", a[:0], a[:0], a[:0], a[:0]) == "p: no clause"


def test_coder_one_takes_each_key_from_the_sample_holding_it_and_marks_two_codes(score):
    first = _sample([("a", "1.1", 1), ("a", "1.2", 1)], ["建设科普馆。", "开展讲座。"],
                    ["infrastructure", "services"], ["supply", "supply"], ["", "Hard call: x"])
    second = _sample([("b", "2.1", 3), ("a", "1.2", 1)], ["健全机制。", "开展讲座。"],
                     ["organisation", "education"], ["environment", "supply"])
    mine = _sample([("a", "1.2", 1), ("b", "2.1", 3)], ["开展讲座。", "健全机制。"], ["none", "none"], ["none", "none"])
    one = score.coder_one(mine, {"first (2)": first, "second (2)": second})
    assert list(one["tool"]) == ["services", "organisation"]  # the first sample's code where two hold the key
    assert list(one["sample"]) == ["first (2)", "second (2)"]
    assert list(one["twice"]) == [True, False]
    assert list(score.hard(one["reading"])) == [True, False]
    lost = mine.assign(task_id=["1.2", "9.9"])
    with pytest.raises(SystemExit, match=r"b 9\.9\.3"):
        score.coder_one(lost, {"first (2)": first, "second (2)": second})
    moved = mine.assign(text=["开展科普讲座。", "健全机制。"])  # held, but with another text: not as drawn
    with pytest.raises(SystemExit, match=r"a 1\.2\.1"):
        score.coder_one(moved, {"first (2)": first})


def test_the_codebook_exclusion_finds_a_quoted_clause_without_its_last_stop(score):
    book = "| C99 | 例 | 加强科普阵地建设 → infrastructure |"
    quoted = score.in_codebook(pd.Series(["加强科普阵地建设。", "加强科普阵地建设和管理。", "建设"]), book)
    assert list(quoted) == [True, False, True]


def test_the_intercoder_lines_score_each_pair_on_the_easy_and_the_agreed_clauses(score):
    both = pd.DataFrame({
        "tool_1": ["services", "education", "none", "funding"],
        "type_1": ["supply", "supply", "none", "supply"],
        "reading_1": ["", "Hard call: a or b", "", ""],
        "tool": ["services", "services", "planning", "funding"],
        "type": ["supply", "supply", "environment", "supply"],
        "reading": ["", "", "hard call too", ""],
        "tool_code": ["services", "services", "none", "incentives"],
        "type_code": ["supply", "supply", "none", "environment"],
        "rule_tool": ["services", "education", "none", "funding"],
        "rule_type": ["supply", "supply", "none", "supply"]})
    lines = score.intercoder_lines(both)
    assert lines[0].startswith("coder 1 / coder 2 (4): type 3/4") and "tool 2/4" in lines[0]
    assert lines[1].startswith("coder 1 / coder 2, neither called hard (2): type 2/2") and "tool 2/2" in lines[1]
    assert lines[2].startswith("the code / coder 1 (4): type 3/4") and "tool 2/4" in lines[2]
    assert lines[3].startswith("the code / coder 2 (4): type 2/4") and "tool 2/4" in lines[3]
    assert lines[4].startswith("the code / both coders where they agree (2): type 1/2") and "tool 1/2" in lines[4]
    assert lines[5].startswith("the rules / coder 1 (4): type 4/4") and "tool 4/4" in lines[5]
    assert lines[7].startswith("the rules / both coders where they agree (2): type 2/2")


def _set(pages, numbers, starts, tools) -> pd.DataFrame:
    """One made-up set's clauses as scored: coder 1's code, the shipped code and the rules."""
    n = len(pages)
    return pd.DataFrame({"page": pages, "clause_no": numbers, "start": starts, "end": [s + 5 for s in starts],
                         "text": [f"第{i}条。" for i in range(n)], "tool": tools, "type": ["supply"] * n,
                         "reading": ["Hard call: x"] + [""] * (n - 1), "tool_code": tools, "type_code": ["supply"] * n,
                         "rule_tool": ["none"] * n, "rule_type": ["none"] * n, "start_draw": starts})


def test_other_coder_one_joins_each_clause_to_its_sets_code_by_set_page_and_offsets(score):
    sets = {"90": _set(["p", "p"], [1, 2], [0, 10], ["services", "education"]),
            "96": _set(["p", "q"], [1, 4], [0, 30], ["funding", "none"])}  # page p in two sets: the set decides
    mine = pd.DataFrame({"set": [96, 90, 90], "page": ["p", "p", "p"], "clause_no": [1, 1, 2], "start": [0, 0, 10],
                         "end": [5, 5, 15], "tool": ["funding", "none", "education"],
                         "type": ["supply", "none", "supply"], "reading": ["", "", "hard call"]})
    both = score.other_coder_one(mine, sets)
    assert list(both["tool_1"]) == ["funding", "services", "education"]
    assert list(both["tool"]) == ["funding", "none", "education"]
    assert list(both["text"]) == ["第0条。", "第0条。", "第1条。"]
    assert list(score.hard(both["reading_1"])) == [True, True, False]
    assert "start_draw" not in both.columns
    lines = score.intercoder_lines(both)
    assert lines[0].startswith("coder 1 / coder 2 (3): type 2/3") and "tool 2/3" in lines[0]
    moved = mine.assign(start=[0, 0, 11])  # held, but at other offsets: not the clause as drawn
    with pytest.raises(SystemExit, match=r"set 90 p 2"):
        score.other_coder_one(moved, sets)
    with pytest.raises(SystemExit, match=r"set 96 q 5"):
        score.other_coder_one(mine.assign(page=["q", "p", "p"], clause_no=[5, 1, 2]), sets)


def test_fitted_through_reads_the_last_set_from_a_model_files_header(score, tmp_path):
    header = tmp_path / "model.csv"
    header.write_text("# fitted on 100 clauses (samples, other real plans' sets 1-95) with …\nrow,1\n", encoding="utf-8")
    assert score.fitted_through(header) == 95
    header.write_text("# fitted on the five plans only\nsets 1-40 in a later line\n", encoding="utf-8")
    assert score.fitted_through(header) is None


def test_a_swinging_clause_falls_to_coder_one_the_refits_or_neither(score):
    assert score.side("incentives", "incentives", "services") == "coder 1"
    assert score.side("services", "incentives", "services") == "the refits"
    assert score.side("none", "incentives", "services") == "a third code"


def test_the_third_look_holds_the_eight_swinging_clauses_coded_blind(score, capsys):
    # session 36: 40 clauses (the eight the refits moved and 32 drawn with seed 36), each with a tool, type and reading
    third = pd.read_csv(score.THIRDLOOK, dtype={"task_id": str})
    assert len(third) == 40 and third[["tool", "type", "reading"]].notna().all().all()
    assert set(score.SWING) <= set(zip(third["plan_id"], third["task_id"], third["clause_no"], strict=True))
    score.thirdlook()
    out = capsys.readouterr().out
    assert "32 drawn, 8 swinging" in out
    assert "coder 1 / coder 3, drawn (32): type 30/32" in out and "tool 29/32" in out
    assert "ways: coder 1 4, the refits 4" in out


def test_the_guard_leaves_out_only_the_swinging_clauses_a_third_coder_gives_the_refits(score, tmp_path, monkeypatch):
    """Session 39's rule: a look's swinging clause whose third code is the refits' leaves the guard; one coded as coder 1
    did, or with a third code, stays; a look not coded yet (an empty tool) leaves nothing out."""
    sample = _sample([("a", "1.1", 1), ("a", "1.2", 1), ("a", "1.3", 1), ("a", "1.4", 1)],
                     ["举办县长奖活动。", "总结表彰。", "建设科普馆。", "开展讲座。"],
                     ["incentives", "incentives", "infrastructure", "services"], ["demand", "demand", "supply", "supply"])
    path = tmp_path / "sample.csv"
    sample.to_csv(path, index=False)
    monkeypatch.setattr(score, "SAMPLES", {"first (4)": path})
    coded = sample.assign(tool=["incentives", "evaluation", "none", "services"],
                          type=["demand", "environment", "none", "supply"], reading="r")
    look, empty = tmp_path / "look.csv", tmp_path / "empty.csv"
    coded.to_csv(look, index=False)
    coded.assign(tool="", type="", reading="").to_csv(empty, index=False)
    swing = {("a", "1.1", 1): "services", ("a", "1.2", 1): "evaluation", ("a", "1.3", 1): "education"}
    monkeypatch.setattr(score, "LOOKS", {"x": (look, swing), "y": (empty, {("a", "1.4", 1): "none"})})
    assert score.looked("y") is None
    assert score.debatable() == {("a", "1.2", 1)}  # 1.1 falls to coder 1, 1.3 to a third code
    both = sample.assign(tool_code=["services", "evaluation", "infrastructure", "services"],
                         type_code=["supply", "environment", "supply", "supply"])
    line = score.guard_line(both, score.debatable())
    assert line.startswith("the guard: type 2 · tool 2 of 3 seen clauses (1 a third coder gives the refits' tool left out")


def test_the_second_third_look_holds_its_four_swinging_clauses(score):
    """Session 39's look: 20 clauses, P185's four misses among them, in their committed order (coded or not yet)."""
    look = pd.read_csv(score.THIRDLOOK_39, dtype={"task_id": str})
    assert len(look) == 20 and list(look.columns) == ["plan_id", "task_id", "clause_no", "text", "tool", "type", "reading"]
    assert set(score.SWING_39) <= set(zip(look["plan_id"], look["task_id"], look["clause_no"], strict=True))
    assert not set(score.SWING_39) & set(score.SWING)


def test_the_second_third_look_as_read_once(score, capsys):
    """Session 39's look, coded blind: 15 of the 16 drawn alike; of the four swinging clauses three fall to coder 1 and
    巫溪县 3.1.1/2 to the refits, which with session 36's four leaves five clauses out of the guard."""
    look = pd.read_csv(score.THIRDLOOK_39, dtype={"task_id": str})
    assert look[["tool", "type", "reading"]].notna().all().all()
    score.thirdlook("39")
    out = capsys.readouterr().out
    assert "coder 1 / coder 3, drawn (16): type 15/16" in out and "tool 15/16" in out
    assert "ways: coder 1 3, the refits 1" in out
    assert score.debatable() == {("wuxi", "3.1.1", 2), ("shanwei", "3.1.1", 3), ("shanwei", "4.2.3", 5),
                                 ("shanwei", "5.4.3", 1), ("chongqing", "5.4.3", 2)}


def test_guard_goes_with_code(score, monkeypatch):
    monkeypatch.setattr(score.sys, "argv", ["instruments_score.py", "--guard"])
    with pytest.raises(SystemExit) as stop:
        score.main()
    assert stop.value.code == 2
