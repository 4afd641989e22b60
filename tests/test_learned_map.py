"""Session 30's map of where the code misses on fresh other plans (benchmarks/instruments_learned.py --misses-map;
docs/instruments_rounds.md, "Session 30: where the code misses on sets 82-107"): the convention a hand code's reading
names, the misses grouped with the rules' first-contact reading beside, the kinds read for the mapped sets only, and the
saved reading the study takes as its baseline. Made-up frames only."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from benchmark_scripts import benchmark_script


@pytest.fixture(scope="module")
def il():
    with benchmark_script("instruments_learned") as module:
        yield module


@pytest.mark.parametrize(("reading", "convention"), [
    ("a heading naming a contest (C08: an event is services)", "C08"),
    ("the first means of three (P4: the first of a list; C91c)", "C91c"),  # a C-number beats a P-number named earlier
    ("Hard call: a count of acts (C90: …); the other code is none (C06)", "C90"),  # the first C-number
    ("the scheme's 建立…机制 (P4: the first means)", "P4"),  # no C-number: the first P-number
    ("the scheme's 举办讲座, services", "none named"),
    (None, "none named"),
    ("a CP4 label, a C12345x4 code, ABC08", "none named"),  # letters or digits around: no convention
])
def test_the_convention_a_reading_names_first(il, reading, convention):
    assert il.convention_of(reading) == convention


def frame() -> tuple[pd.DataFrame, pd.Series]:
    df = pd.DataFrame({
        "group": ["90", "90", "90", "91", "91", "91"],
        "page": ["a", "a", "b", "c", "c", "c"],
        "key": ["a 1", "a 2", "b 1", "c 1", "c 2", "c 3"],
        "tool": ["services", "services", "none", "organisation", "services", "none"],
        "first_tool": ["services", "none", "none", "none", "information", "none"],
    })
    return df, pd.Series(["none", "none", "none", "services", "services", "services"], index=df.index)


def test_the_misses_carry_hand_code_rules_convention_and_kind(il, monkeypatch):
    df, tools = frame()
    monkeypatch.setattr(il, "plan_kinds", lambda names: {("90", "a"): "notice", ("91", "c"): "event"})
    monkeypatch.setattr(il, "readings", lambda names: {"a 1": "held (C90: a count)", "a 2": "(C90)",
                                                       "c 1": "(P4: the first)", "c 3": "a purpose (C07)"})
    miss = il.misses_frame(df, tools, ["90", "91"])
    assert miss["key"].tolist() == ["a 1", "a 2", "c 1", "c 3"]  # b 1 and c 2 read right: no miss
    assert miss["code"].tolist() == ["none", "none", "services", "services"]
    assert miss["rules_right"].tolist() == [True, False, False, True]
    assert miss["convention"].tolist() == ["C90", "C90", "P4", "C07"]
    assert miss["kind"].tolist() == ["notice", "notice", "event", "event"]


def test_groups_count_misses_and_the_rules_overridden_largest_first(il, monkeypatch):
    df, tools = frame()
    monkeypatch.setattr(il, "plan_kinds", lambda names: {})
    monkeypatch.setattr(il, "readings", lambda names: {})
    miss = il.misses_frame(df, tools, ["90", "91"])
    assert set(miss["kind"]) == {"unknown"} and set(miss["convention"]) == {"none named"}
    moves = il.map_groups(miss.assign(move=miss["hand"] + " -> " + miss["code"]), ["move"])
    assert moves.index.tolist() == ["services -> none", "none -> services", "organisation -> services"]  # a tie: more overridden first
    assert moves.loc["services -> none"].tolist() == [2, 1, 1]  # misses, rules right (overridden), rules wrong too
    assert moves.loc["none -> services"].tolist() == [1, 1, 0]
    assert moves.loc["organisation -> services"].tolist() == [1, 0, 1]


def test_the_kinds_are_read_for_the_mapped_sets_only(il, tmp_path, monkeypatch):
    path = tmp_path / "kinds.csv"
    path.write_text("# a comment\nset,page,kind\n90,a,notice\n108,x,news\n91,c,event\n", encoding="utf-8")
    monkeypatch.setattr(il, "KINDS_FILE", path)
    assert il.plan_kinds(["90", "91"]) == {("90", "a"): "notice", ("91", "c"): "event"}


def test_the_map_is_sets_82_to_107_and_stops_before_the_blind_ones(il):
    assert il.MAP_SETS[0] == "82" and il.MAP_SETS[-1] == "107" and len(il.MAP_SETS) == 26


def test_a_saved_reading_keeps_each_clauses_tool_by_set_and_key(il, tmp_path):
    df, tools = frame()
    df["type"] = df["tool"].map({"services": "supply", "none": "none", "organisation": "environment"})
    out = tmp_path / "study.json"
    out.write_text(json.dumps({"other": {"tool": 1}}), encoding="utf-8")
    got = il.save_reading(out, "base", df, tools, ["90", "91"], [2.0, 4.0])
    assert (got["type"], got["tool"], got["n"]) == (2, 2, 6)
    assert got["per_set"] == {"90": (1, 1), "91": (1, 1)}
    saved = json.loads(out.read_text(encoding="utf-8"))
    assert saved["other"] == {"tool": 1}  # another entry kept
    assert saved["base"]["tools"]["90 a 1"] == "none" and saved["base"]["seconds"] == 3.0


def test_a_saved_reading_is_read_back_on_the_same_clauses_only(il, tmp_path):
    df, tools = frame()
    df["type"] = "none"
    out = tmp_path / "study.json"
    assert il.saved_reading(out, "base", df, ["90", "91"]) is None  # no file yet
    il.save_reading(out, "base", df, tools, ["90", "91"], [1.0])
    assert il.saved_reading(out, "told", df, ["90", "91"]) is None  # no such entry
    assert il.saved_reading(out, "base", df, ["90", "91"]).equals(tools)
    with pytest.raises(SystemExit, match="not of the clauses"):
        il.saved_reading(out, "base", df, ["90"])
