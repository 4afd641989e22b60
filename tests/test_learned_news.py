"""Session 29's news-line study (benchmarks/instruments_learned.py --study-news; docs/instruments_rounds.md, "a news-line
feature, and what decides it"): the two features as the library computes them (a clause told as done: told=act,
told=tally; the page read as news or a work report: page=news, page=report), that a model file without their rows reads
exactly as before, that one with them adds their weights, that the benchmark fits them as the library reads them, and the
pre-registered rule. Made-up clauses only (in wording no listed page shows). Since session 30 the tokens are computed by
the benchmark, their only user (`il.told_tokens`, `il.page_tokens`, `il.news_tokens`), and passed to the library's reading
as `extra`; the library computes none (a plan's page kind never reaches the hybrid)."""

from __future__ import annotations

import json
import math

import numpy as np
import pandas as pd
import pytest
from benchmark_scripts import benchmark_script

from sciplan_analysis.config import MODEL_FILE
from sciplan_analysis.parsing import instruments as ins
from sciplan_analysis.parsing import learned
from sciplan_analysis.tables import INSTRUMENT_TOOLS


@pytest.fixture(scope="module")
def il():
    with benchmark_script("instruments_learned") as module:
        yield module


# --------------------------------------------------------------------------- a clause told as done

@pytest.mark.parametrize("text", [
    "志愿者们走进了敬老院，为老人讲解防骗常识。",  # 了 after a verb
    "活动已于上周五在镇文化站收官。",  # 已
    "此次义诊由县医院与科协联合承办。",  # 此次
    "现场还设置了机器人互动体验区。",  # 现场 (and 了)
    "展览期间，讲解员轮流为学生答疑。",  # 期间
    "全市累计建成社区科普e站四十余个。",  # 累计
    "本届农技节顺利闭幕后又顺利举行颁奖会。",  # 顺利举行
])
def test_a_reported_act_gives_told_act(il, text):
    assert "told=act" in il.told_tokens(text)


@pytest.mark.parametrize(("text", "tally"), [
    ("向过往村民分发节水手册1200余册。", True),  # Arabic digits, 余, 册
    ("接待参观的中小学生二千三百人次。", True),  # a run of Chinese numerals, 人次
    ("开设防溺水小课堂１５场。", True),  # full-width digits, 场
    ("活动吸引了300多名居民。", True),  # 多, 名
    ("发放彩页2.5万份。", True),  # a decimal and 万
    ("召开第12次委员会议。", False),  # an ordinal (第), read whole: never 2次
    ("这是第二十次巡展。", False),  # an ordinal in Chinese numerals
    ("建成一批科普教育基地。", False),  # one Chinese numeral: no tally
    ("2023年5月全市人民共同参与。", False),  # a year, a month, 人民
    ("培训专业人员。", False),  # 人员 without a number
])
def test_a_count_of_what_was_done_gives_told_tally(il, text, tally):
    assert ("told=tally" in il.told_tokens(text)) is tally


@pytest.mark.parametrize("text", [
    "将开展科普进村居活动，发放资料3000份。",  # 将开展…活动: a plan's task, with a count
    "各镇即将组织防汛演练20场。",  # 即将
    "每年举办讲座不少于10场。",  # a plan's yearly target
    "拟在暑期举办了解湿地的夏令营。",  # 拟
    "活动期间，各单位要安排专人值守。",  # 要 as a modal, beside 期间
    "计划于下月组织500名学生参观。",  # 计划于
    "力争本次培训覆盖全体网格员。",  # 力争, beside 本次
])
def test_a_task_still_to_come_is_not_told_as_done(il, text):
    assert il.told_tokens(text) == []


@pytest.mark.parametrize("text", [
    "为了提高村民的防灾意识，开展科普宣传。",  # 为了
    "帮助群众了解垃圾分类知识。",  # 了解
    "主要内容包括健康知识与应急技能。",  # 主要: no modal, but no act either
])
def test_words_that_only_look_like_markers_give_nothing(il, text):
    assert il.told_tokens(text) == []


def test_the_modal_veto_leaves_words_holding_yao_alone(il):
    # 主要, 重要, 要求 are no task to come: the act still counts
    assert il.told_tokens("按照主要领导的要求，现场答复了重要问题。") == ["told=act"]


# --------------------------------------------------------------------------- the page's kind

@pytest.mark.parametrize(("kind", "tokens"), [
    ("news", ["page=news"]), ("report", ["page=report"]),
    ("document", []), ("copy", []), ("paper", []), ("unknown", []), (None, []),
])
def test_a_news_page_or_a_work_report_gives_a_page_token_and_no_other_kind_does(il, kind, tokens):
    assert il.page_tokens(kind) == tokens


def test_news_tokens_are_both_features_together(il):
    assert il.news_tokens("现场发放手册500册。", "news") == ["told=act", "told=tally", "page=news"]
    assert il.news_tokens("将开展讲座。", "document") == []


# --------------------------------------------------------------------------- the library's reading

TOLD = ("feature,idf,services,none\n<bias>,,0,0\n讲,1,,\n"
        "tool=none,,,1\ntold=act,,2,\ntold=tally,,1,\npage=news,,1,\n")


def toy(tmp_path, body: str):
    path = tmp_path / "instrument_model.csv"
    path.write_text("# a made-up hybrid\n" + body, encoding="utf-8")
    return learned.load_model.__wrapped__(path)


def test_a_file_with_the_rows_adds_their_weights_worked_by_hand(il, tmp_path):
    """tool=none weighs none 1; told=act services 2, told=tally services 1, page=news services 1. A clause the rules
    read none: told as done on a news page scores (4, 1); with no marker on a document (0, 1); a task to come on a news
    page (1, 1): a tie, the first tool."""
    model = toy(tmp_path, TOLD)
    tool, p = learned.reading("现场发放手册500册。", "none", "", None, model, il.news_tokens("现场发放手册500册。", "news"))
    assert tool == "services" and p == pytest.approx(math.exp(4) / (math.exp(4) + math.exp(1)))
    tool, p = learned.reading("讲解科学知识。", "none", "", None, model, il.news_tokens("讲解科学知识。", "document"))
    assert tool == "none" and p == pytest.approx(math.exp(1) / (1 + math.exp(1)))
    tool, p = learned.reading("将开展讲座。", "none", "", None, model, il.news_tokens("将开展讲座。", "news"))
    assert p == pytest.approx(0.5)


def test_a_file_without_the_rows_reads_exactly_as_before(il, tmp_path):
    """A made-up file with no told= or page= row: every reading the same with and without the features passed."""
    model = toy(tmp_path, "feature,idf,services,none\n<bias>,,0,0\n册,1,0.5,\ntool=none,,,1\n")
    texts = ["现场发放手册500册。", "将开展讲座。", "走进了社区。"]
    assert il.news_tokens(texts[0], "news")  # the features are there to pass
    with_features = [learned.reading(t, "none", "", None, model, il.news_tokens(t, "news")) for t in texts]
    assert with_features == [learned.reading(t, "none", "", None, model) for t in texts]


def test_the_shipped_file_carries_no_row_of_the_features_and_reads_as_before(il):
    """The shipped file (R, then S: written without session 29's tokens) has no told= or page= row: made-up clauses full of markers, on a
    news page, read exactly as with the features never computed."""
    model = learned.load_model.__wrapped__(MODEL_FILE)
    assert not [t for t in model.tokens if t.startswith(("told=", "page="))]
    rows = [("现场向村民发放防诈手册800余册。", "services", "发放"), ("志愿者们走进了敬老院。", "none", ""),
            ("活动共吸引300多名居民参加。", "participation", "参加"), ("将开展科普进校园活动。", "services", "开展…活动 → 活动")]
    got = [learned.reading(t, tool, cue, "tasks", model, il.news_tokens(t, "news")) for t, tool, cue in rows]
    assert got == [learned.reading(t, tool, cue, "tasks", model) for t, tool, cue in rows]


def test_plan_clauses_passes_no_page_kind_to_the_hybrid(tmp_path, monkeypatch):
    """A made-up file weighing page=news toward services: since session 30 the library computes no such token, so the
    same clause, the rules' none, reads none on a news page as on a document (until then: services on the news page)."""
    model = toy(tmp_path, "feature,idf,services,none\n<bias>,,0,0\n讲,1,,\ntool=none,,,1\npage=news,,3,\n")
    monkeypatch.setattr(learned, "load_model", lambda path=None: model)
    text = "提高全民科学素质。"
    assert ins.code_clause(text)[0] == "none"
    read = {kind: ins.plan_clauses("toy", [("1", text)], {"1": (0, len(text))}, text, page_kind=kind)[0]["tool"]
            for kind in ("news", "document", None)}
    assert read == {"news": "none", "document": "none", None: "none"}


# --------------------------------------------------------------------------- the benchmark's fit

MADE_UP = pd.DataFrame([
    # text, hand tool, the rules' tool, their cue, section kind, page kind
    ("现场为群众解答用电安全问题。", "services", "none", "", "unknown", "news"),
    ("分发防火明白纸八百余份。", "services", "none", "", "unknown", "news"),
    ("志愿者走进了三个村开展义诊。", "services", "services", "义诊", "unknown", "news"),
    ("此次巡展吸引观众二千余人次。", "services", "none", "", "unknown", "report"),
    ("组织开展科普讲座进社区活动。", "services", "services", "讲座", "tasks", None),
    ("开展农民实用技术培训。", "education", "education", "培训", "tasks", None),
    ("组织教师参加科学教育培训。", "education", "education", "培训", "safeguards", "document"),
    ("将科普经费列入财政预算。", "funding", "funding", "经费", "safeguards", "document"),
    ("加大科普经费投入力度。", "funding", "funding", "经费", "safeguards", None),
    ("提高全民科学素质。", "none", "none", "aim: 提高全民科学素质", "guidance", None),
    ("会议由县科协主持。", "none", "none", "", "unknown", "news"),
    ("到2025年，公民科学素质比例达到15%。", "planning", "planning", "section goals: 到2025年", "goals", "document"),
], columns=["text", "tool", "first_tool", "first_cue", "section", "page_kind"]).assign(group="x")
MADE_UP["type"] = MADE_UP["tool"].map(INSTRUMENT_TOOLS)


def test_each_variant_adds_its_own_tokens_to_the_baseline_and_nothing_else(il):
    base = il.NEWS["base"]
    assert base == il.STUDY["base"] == il.FROZEN["hybrid"]["first"]
    assert list(il.NEWS) == ["base", "told", "newspage"]  # the order run
    changed = {name: {f for f in base.__dataclass_fields__ if getattr(s, f) != getattr(base, f)}
               for name, s in il.NEWS.items()}
    assert changed == {"base": set(), "told": {"told"}, "newspage": {"page"}}
    assert all(s.shippable for s in il.NEWS.values())  # character 1-3-grams: a file can carry them
    vocab = {name: {t for t in il.fit(MADE_UP, s, "first").block.vocabulary_ if t.startswith(("told=", "page="))}
             for name, s in il.NEWS.items()}
    assert vocab == {"base": set(), "told": {"told=act", "told=tally"}, "newspage": {"page=news", "page=report"}}


def test_the_baseline_block_is_the_rules_reading_only(il):
    assert il.block_tokens(MADE_UP, il.NEWS["base"], "first") == il.rule_tokens(MADE_UP, "first", True)


def test_the_page_token_needs_the_page_kinds(il):
    with pytest.raises(ValueError, match="with_pages"):
        il.block_tokens(MADE_UP.drop(columns="page_kind"), il.NEWS["newspage"], "first")


@pytest.mark.parametrize("variant", ["told", "newspage"])
def test_a_variants_file_read_by_the_library_gives_the_benchmarks_model(il, tmp_path, monkeypatch, variant):
    """A variant fitted on made-up clauses, written unpruned at full precision, read by the library with each
    clause's page kind: the same tool and probability on new made-up clauses and old."""
    monkeypatch.setattr(il, "PRUNE", 0.0)
    monkeypatch.setattr(il, "CELL", 0.0)
    monkeypatch.setattr(il, "DIGITS", 15)
    fitted = il.fit(MADE_UP, il.NEWS[variant], "first")
    il.write(fitted, tmp_path / "m.csv", "made up")
    model = learned.load_model.__wrapped__(tmp_path / "m.csv")
    assert {"told": "told=act", "newspage": "page=news"}[variant] in model.tokens
    test = pd.concat([MADE_UP, pd.DataFrame([
        ("当天共发放种子三百余包，现场答疑。", "services", "none", "", "unknown", "news"),
        ("将组织专家开展咨询50场。", "services", "services", "咨询", "tasks", "news"),
        ("落实经费保障。", "funding", "none", "", "unknown", "report"),
    ], columns=MADE_UP.columns[:6]).assign(group="x")], ignore_index=True)
    want = fitted.model.predict_proba(fitted.features(test))
    for row, p_want in zip(test.itertuples(), want, strict=True):
        kind = None if row.section == "unknown" else row.section
        tool, p = learned.reading(row.text, row.first_tool, row.first_cue, kind, model,
                                  il.news_tokens(row.text, row.page_kind))
        assert tool == fitted.model.classes_[int(np.argmax(p_want))]
        assert p == pytest.approx(p_want.max(), rel=1e-6)


def test_a_page_kind_is_cached_under_its_text_and_the_librarys_digest(il, monkeypatch):
    calls = []

    class Read:
        def __init__(self, text):
            calls.append(text)
            self.page_kind = type("K", (), {"kind": "news"})()

    monkeypatch.setattr("sciplan_analysis.parsing.parse.read_text", Read)
    cache: dict[str, str] = {}
    monkeypatch.setattr(il, "library_digest", lambda: "one")
    assert il.page_kind_of("近日，某镇举办了科普集市。", cache) == "news"
    assert il.page_kind_of("近日，某镇举办了科普集市。", cache) == "news"
    assert len(calls) == 1  # the same text under the same library: read once
    monkeypatch.setattr(il, "library_digest", lambda: "two")
    il.page_kind_of("近日，某镇举办了科普集市。", cache)
    assert len(calls) == 2 and len(cache) == 2  # the library changed: read again, under a new key


def test_the_library_digest_changes_with_the_library(il, tmp_path, monkeypatch):
    (tmp_path / "sciplan_analysis").mkdir()
    (tmp_path / "data" / "reference").mkdir(parents=True)
    (tmp_path / "sciplan_analysis" / "a.py").write_text("x = 1\n", encoding="utf-8")
    (tmp_path / "data" / "reference" / "r.csv").write_text("a\n", encoding="utf-8")
    monkeypatch.setattr(il, "HERE", tmp_path / "benchmarks")
    il.library_digest.cache_clear()
    try:
        one = il.library_digest()
        (tmp_path / "data" / "reference" / "r.csv").write_text("b\n", encoding="utf-8")
        il.library_digest.cache_clear()
        assert il.library_digest() != one
    finally:
        il.library_digest.cache_clear()


# --------------------------------------------------------------------------- the news pages and the rule

@pytest.mark.parametrize(("kind", "news"), [
    ("news: a portal's report of a county's science fair", True),
    ("account: a county association's account of its work", True),
    ("notice: a site's copy of news of a city bureau's campaign (Somewhere: the news of it)", True),
    ("thematic: a news site's account of a district's volunteers", True),
    ("notice: a legal news site's item on a township's lectures", True),
    ("event: a news site's copy of a museum's plan (a news item quoted inside the parenthesis)", False),
    ("implementation: a county government's plan (news of it follows)", False),
    ("notice: a news-account copy of a bureau's requirements", False),
])
def test_a_news_page_is_told_by_its_listings_kind(il, kind, news):
    assert il.is_news_kind(kind) is news


def test_the_news_sets_are_82_to_103_and_stop_before_the_blind_ones(il):
    assert [str(n) for n in range(82, 104)] == il.NEWS_SETS
    assert il.fit_sets(int(il.NEWS_SETS[-1]))[-1] == "103"


def table(**rows):
    return {k: {"type": a, "tool": b} for k, (a, b) in rows.items()}


def test_a_variant_is_chosen_by_five_more_tools_and_no_more_than_two_fewer_types(il):
    assert il.news_chosen(table(base=(1150, 1080), told=(1148, 1085))) == "told"  # +5 tools, -2 types
    assert il.news_chosen(table(base=(1150, 1080), told=(1147, 1090))) == "base"  # -3 types
    assert il.news_chosen(table(base=(1150, 1080), told=(1160, 1084))) == "base"  # +4 tools
    assert il.news_chosen(table(base=(1150, 1080), told=(1150, 1086), newspage=(1150, 1090))) == "newspage"
    assert il.news_chosen(table(base=(1150, 1080), told=(1150, 1088), newspage=(1155, 1088))) == "told"  # a tie
    # the larger gain decides, even where it fails the type rule and the smaller would pass
    assert il.news_chosen(table(base=(1150, 1080), told=(1150, 1086), newspage=(1140, 1090))) == "base"
    assert il.news_chosen(table(base=(1150, 1080))) == "base"


def test_the_study_reads_each_variant_and_counts_the_news_pages(il, monkeypatch, tmp_path):
    df = MADE_UP.assign(group=["82"] * 6 + ["83"] * 6, page=["p1", "p1", "p2", "p2", "p3", "p3"] * 2)
    df = pd.concat([df, MADE_UP.assign(group="five", page="five")], ignore_index=True)
    monkeypatch.setattr(il, "news_pages", lambda names: {("82", "p1"), ("83", "p2")})
    out = tmp_path / "study.json"
    got = il.study_news(df, ["base", "told"], names=["82", "83"], out=out, lock=tmp_path / "lock")
    written = json.loads(out.read_text(encoding="utf-8"))
    assert set(got) == set(written) == {"base", "told"}
    assert {k: v for k, v in written["told"].items() if k != "per_set"} == \
        {k: v for k, v in got["told"].items() if k != "per_set"}
    assert got["base"]["n"] == 12 and got["base"]["news_n"] == 4 and got["base"]["news_pages"] == 2
    assert set(got["told"]["per_set"]) == {"82", "83"}
    with pytest.raises(SystemExit, match="no variant"):
        il.study_news(df, ["c4"], names=["82", "83"])


@pytest.mark.parametrize("argv", [["--lock", "x.lock"], ["--study-news", "base,c4"]])
def test_the_lock_goes_with_the_study_and_a_variant_must_be_the_studys(il, monkeypatch, argv):
    monkeypatch.setattr(il.sys, "argv", ["instruments_learned.py", *argv])
    with pytest.raises(SystemExit) as stop:
        il.main()
    assert stop.value.code == 2


def test_write_names_a_news_variant_and_its_tokens(il):
    assert il.write_command(105, 1.0, "now", "told") == "--write --through 105 --setting told --five-view now"


def test_the_benchmark_reads_a_told_file_with_its_tokens_and_a_file_without_their_rows_without(il, tmp_path):
    """`library_tools` passes session 29's tokens only where the file carries their rows (TOLD: told=act weighs services
    2, told=tally 1, page=news 1, tool=none none 1): a clause told as done on a news page, the rules' none, is services;
    the same clause read by a file with no such row is none, as the rules' token alone says."""
    frame = pd.DataFrame({"text": ["现场发放手册500册。", "将开展讲座。"], "first_tool": ["none", "none"],
                          "first_cue": ["", ""], "section": ["unknown", "tasks"], "page_kind": ["news", "news"]})
    path = tmp_path / "instrument_model.csv"  # where `toy` writes its file
    toy(tmp_path, TOLD)
    assert il.library_tools(frame, path).tolist() == ["services", "services"]  # the second: page=news 1, tool=none 1, a tie
    toy(tmp_path, TOLD.replace("told=act,,2,\ntold=tally,,1,\npage=news,,1,\n", ""))
    assert il.library_tools(frame, path).tolist() == ["none", "none"]
