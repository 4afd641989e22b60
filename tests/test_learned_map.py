"""Session 30's map of where the code misses on fresh other plans (benchmarks/instruments_learned.py --misses-map;
docs/instruments_rounds.md, "Session 30: where the code misses on sets 82-107"): the convention a hand code's reading
names, the misses grouped with the rules' first-contact reading beside, the kinds read for the mapped sets only, and the
saved reading the study takes as its baseline. Made-up frames only."""

from __future__ import annotations

import json

import numpy as np
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


# --------------------------------------------------------------------------- session 30's two variants

def test_the_variants_each_change_one_thing_of_the_baseline(il):
    base = il.FEATURE["base"]
    assert base == il.FROZEN["hybrid"]["first"] == il.NEWS["base"]
    assert list(il.FEATURE) == ["base", "lighter", "heading"]  # the order run; a tie goes to lighter
    changed = {name: {f: getattr(s, f) for f in base.__dataclass_fields__ if getattr(s, f) != getattr(base, f)}
               for name, s in il.FEATURE.items()}
    assert changed == {"base": {}, "lighter": {"rules": 0.5}, "heading": {"heading": True}}
    assert all(s.shippable for s in il.FEATURE.values())


@pytest.mark.parametrize(("title", "tokens"), [
    ("组织领导", ["head=组织", "head=织领", "head=领导"]),
    ("組織領導", ["head=组织", "head=织领", "head=领导"]),  # traditional script read simplified
    ("报（bào）名 方（fāng）式", ["head=报名", "head=名方", "head=方式"]),  # glosses and a space removed
    ("哈哈哈哈", ["head=哈哈"]),  # a bigram repeated: once
    ("一二三四五六七八九十甲乙丙丁戊己庚辛壬癸子丑", None),  # cut at 20 characters: 19 bigrams
])
def test_a_headings_tokens_are_its_bigrams(il, title, tokens):
    got = il.heading_tokens(title)
    if tokens is None:
        assert len(got) == 19 and got[-1] == "head=壬癸"
    else:
        assert got == tokens


@pytest.mark.parametrize("title", [None, "", "序"])
def test_no_heading_or_a_one_character_one_gives_no_token(il, title):
    assert il.heading_tokens(title) == []


# a made-up notice (wording no listed page shows): a document's title line, two numbered headings, a leading group
PAGE = ("关于举办第三届湖畔观鸟科普周的通知\n"
        "各村（社区）：\n"
        "为普及鸟类保护知识，特举办本届观鸟周。\n"
        "一、组织机构\n"
        "成立观鸟周筹备小组，由镇长任组长，文化站站长任副组长。\n"
        "二、报名办法\n"
        "请于四月十日前将回执发送至镇文化站。\n")


def at(text: str) -> int:
    return PAGE.index(text)


@pytest.mark.parametrize(("start", "title"), [
    (at("成立观鸟周"), "组织机构"),  # the innermost heading before the clause
    (at("由镇长任组长"), "组织机构"),  # a later clause of the same paragraph
    (at("请于四月"), "报名办法"),  # a later heading closes the earlier one
    (at("二、报名办法"), "组织机构"),  # a heading line itself: the heading before it, never its own
])
def test_a_clause_reads_the_heading_it_stands_under(il, start, title):
    assert il.page_headings(PAGE, [start])[0] == title


@pytest.mark.parametrize("start", [0, at("为普及鸟类")])
def test_a_clause_under_the_documents_title_alone_has_no_heading(il, start):
    # the title line names a document (…的通知): skipped, as section_kind skips it; 各村（社区）： is an addressee line,
    # a short line that reads as a heading, so the purpose sentence stands under it (the page's headings, not the hand's)
    got = il.page_headings(PAGE, [start])[0]
    assert got is None if start == 0 else got == "各村（社区）"


def test_a_second_page_with_an_unnumbered_heading_and_a_traditional_title(il):
    page = "二〇二五年鄉村科普工作安排\n活動內容\n舉辦農技講座四場。\n"  # a year and 安排: no document word but a year
    assert il.page_headings(page, [page.index("舉辦")]) == ["活动内容"]


def test_the_heading_block_adds_head_tokens_to_the_rules_reading_and_nothing_else(il):
    df = pd.DataFrame({"text": ["由镇长任组长。", "举办讲座。"], "first_tool": ["none", "services"],
                       "first_cue": ["", "讲座"], "section": ["safeguards", "tasks"], "heading": ["组织机构", None]})
    base = il.block_tokens(df, il.FEATURE["base"], "first")
    assert base == il.rule_tokens(df, "first", True)
    got = il.block_tokens(df, il.FEATURE["heading"], "first")
    assert got[0] == base[0] + " head=组织 head=织机 head=机构"
    assert got[1] == base[1]  # no heading: no token
    assert il.block_tokens(df, il.FEATURE["lighter"], "first") == base  # lighter changes the weight, not the tokens
    with pytest.raises(ValueError, match="with_headings"):
        il.block_tokens(df.drop(columns="heading"), il.FEATURE["heading"], "first")


MADE_UP = pd.DataFrame([
    # text, hand tool, the rules' tool, their cue, section kind
    ("由镇长任组长，站长任副组长。", "organisation", "none", "", "safeguards"),
    ("各成员单位负责人为小组成员。", "organisation", "none", "", "safeguards"),
    ("开展观鸟知识讲座。", "services", "services", "讲座", "tasks"),
    ("组织志愿者培训。", "education", "education", "培训", "tasks"),
    ("落实活动经费。", "funding", "funding", "经费", "safeguards"),
    ("提高村民爱鸟意识。", "none", "none", "aim: 提高村民爱鸟意识", "guidance"),
], columns=["text", "tool", "first_tool", "first_cue", "section"]).assign(group="x", heading=None)


def test_a_lighter_fits_file_read_by_the_library_gives_the_benchmarks_model(il, tmp_path, monkeypatch):
    """The block's value 0.5 is folded into the file's token weights: the library, which adds a token's weight once,
    reads the lighter fit's own tools and probabilities, with no change."""
    monkeypatch.setattr(il, "PRUNE", 0.0)
    monkeypatch.setattr(il, "CELL", 0.0)
    monkeypatch.setattr(il, "DIGITS", 15)
    from sciplan_analysis.parsing import learned

    fitted = il.fit(MADE_UP, il.FEATURE["lighter"], "first")
    il.write(fitted, tmp_path / "m.csv", "made up")
    model = learned.load_model.__wrapped__(tmp_path / "m.csv")
    want = fitted.model.predict_proba(fitted.features(MADE_UP))
    for row, p_want in zip(MADE_UP.itertuples(), want, strict=True):
        tool, p = learned.reading(row.text, row.first_tool, row.first_cue, row.section, model)
        assert tool == fitted.model.classes_[int(p_want.argmax())]
        assert p == pytest.approx(p_want.max(), rel=1e-6)
    heavy = il.fit(MADE_UP, il.FEATURE["base"], "first")
    ntext = len(fitted.vec.idf_)
    # the lighter block's coefficients are larger (they carry a value of 0.5) but its weights in the file smaller
    assert np.abs(fitted.model.coef_[:, ntext:]).sum() > np.abs(heavy.model.coef_[:, ntext:]).sum()
    assert (np.abs(fitted.model.coef_[:, ntext:]).sum() * 0.5) < np.abs(heavy.model.coef_[:, ntext:]).sum()


def table(**rows):
    return {k: {"type": a, "tool": b} for k, (a, b) in rows.items()}


def test_a_variant_is_chosen_by_five_more_tools_and_no_more_than_two_fewer_types(il):
    assert il.feature_chosen(table(base=(1335, 1253), lighter=(1333, 1258))) == "lighter"  # +5 tools, -2 types
    assert il.feature_chosen(table(base=(1335, 1253), lighter=(1332, 1260))) == "base"  # -3 types
    assert il.feature_chosen(table(base=(1335, 1253), heading=(1345, 1257))) == "base"  # +4 tools
    assert il.feature_chosen(table(base=(1335, 1253), lighter=(1335, 1259), heading=(1335, 1262))) == "heading"
    assert il.feature_chosen(table(base=(1335, 1253), lighter=(1335, 1260), heading=(1340, 1260))) == "lighter"
    assert il.feature_chosen(table(base=(1335, 1253), lighter=(1335, 1259), heading=(1320, 1262))) == "base"
    assert il.feature_chosen(table(base=(1335, 1253))) == "base"


def test_the_study_reads_each_variant_against_the_saved_baseline_and_never_refits_it(il, monkeypatch, tmp_path):
    df = MADE_UP.assign(group=["90", "90", "90", "91", "91", "91"], page=["a", "a", "b", "c", "c", "c"],
                        key=["a 1", "a 2", "b 1", "c 1", "c 2", "c 3"])
    df["type"] = df["tool"].map({"organisation": "environment", "services": "supply", "education": "supply",
                                 "funding": "supply", "none": "none"})
    monkeypatch.setattr(il, "plan_kinds", lambda names: {("90", "a"): "notice", ("90", "b"): "event",
                                                         ("91", "c"): "notice"})
    monkeypatch.setattr(il, "readings", lambda names: {})
    out = tmp_path / "study.json"
    with pytest.raises(SystemExit, match="no baseline"):
        il.study_feature(df, ["lighter"], out, names=["90", "91"])
    il.save_reading(out, "base", df, pd.Series(["none", "none", "services", "education", "funding", "none"],
                                               index=df.index), ["90", "91"], [1.0])
    fits = []

    def read(frame, names, s, view="first"):
        fits.append(s)
        return pd.Series(["organisation", "none", "services", "education", "funding", "services"], index=frame.index), [1.0]
    monkeypatch.setattr(il, "forward_read", read)
    got = il.study_feature(df, ["lighter"], out, names=["90", "91"], lock=tmp_path / "lock")
    assert fits == [il.FEATURE["lighter"]]  # the baseline never refitted
    assert (got["base"]["tool"], got["lighter"]["tool"]) == (4, 4)
    assert (got["lighter"]["mended"], got["lighter"]["new_misses"]) == (1, 1)
    assert got["lighter"]["groups"] == {"none -> services": 0, "organisation -> none": 1, "services -> none": 0}
    assert got["lighter"]["kinds"]["notice"] == (3, 3) and got["lighter"]["kinds"]["event"] == (1, 1)
    assert got["lighter"]["per_set"] == (1, 0, 1)
    il.study_feature(df, ["lighter"], out, names=["90", "91"])
    assert len(fits) == 1  # a variant saved is read back, not refitted
    with pytest.raises(SystemExit, match="no variant"):
        il.study_feature(df, ["c4"], out, names=["90", "91"])


@pytest.mark.parametrize("argv", [["--study-feature", "lighter"], ["--study-feature", "base", "--study-out", "x.json"],
                                  ["--lock", "x.lock", "--five-loso"]])
def test_the_feature_study_needs_its_file_and_a_variant_of_its_own(il, monkeypatch, argv):
    monkeypatch.setattr(il.sys, "argv", ["instruments_learned.py", *argv])
    with pytest.raises(SystemExit) as stop:
        il.main()
    assert stop.value.code == 2


@pytest.mark.parametrize("variant", ["lighter", "heading"])
def test_a_variants_file_written_and_read_back_by_the_benchmark_gives_its_model(il, tmp_path, monkeypatch, variant):
    """What --write --setting checks: the file read back (with each clause's heading where it carries head= rows) gives
    the fit's own tools; the heading's tokens are read, not dropped (the same clauses with no heading read otherwise)."""
    monkeypatch.setattr(il, "PRUNE", 0.0)
    monkeypatch.setattr(il, "CELL", 0.0)
    monkeypatch.setattr(il, "DIGITS", 15)
    frame = pd.concat([MADE_UP.assign(heading=["组织机构", "组织机构", "活动内容", "活动内容", "经费保障", None]),
                       MADE_UP.assign(text=MADE_UP["text"].str[:3] + "。", first_tool="none", first_cue="", section="unknown",
                                      heading=["组织机构", "组织机构", "活动内容", "活动内容", "经费保障", None])],
                      ignore_index=True)
    fitted = il.fit(frame, il.FEATURE[variant], "first")
    il.write(fitted, tmp_path / "m.csv", "made up")
    assert il.library_tools(frame, tmp_path / "m.csv").tolist() == fitted.model.predict(fitted.features(frame)).tolist()
    if variant == "heading":
        with pytest.raises(ValueError, match="with_headings"):
            il.library_tools(frame.drop(columns="heading"), tmp_path / "m.csv")
        bare = il.library_tools(frame.assign(heading=None), tmp_path / "m.csv")
        assert bare.tolist() != fitted.model.predict(fitted.features(frame)).tolist()


def test_the_write_command_and_the_file_name_a_variant(il):
    assert il.write_command(109, 1.0, "now", "heading") == "--write --through 109 --setting heading --five-view now"
