"""The section a clause stands in (round 10): headings found in a page, the chain at a position,
the kind named by the headings' words, and a parsed plan's section from its part and group."""

from __future__ import annotations

import pytest

from sciplan_analysis import config
from sciplan_analysis.parsing import instruments as ins
from sciplan_analysis.parsing import sections as sec


def _kinds(text: str, clauses: list[str]) -> list[str]:
    return sec.page_sections(text, [text.index(c) for c in clauses])


def test_each_clause_takes_its_innermost_named_heading():
    page = ("某县科普工作实施方案\n一、工作基础\n近年来建成科普站5个。\n二、指导思想和主要目标\n"
            "（一）指导思想\n以新发展理念为指导。\n（二）主要目标\n到2025年比例达到15%。\n"
            "三、重点任务\n1.建设科普站。\n四、保障措施\n（一）加强组织领导\n成立领导小组。")
    assert _kinds(page, ["近年来", "以新发展", "到2025年", "1.建设", "成立领导"]) == [
        "review", "guidance", "goals", "tasks", "safeguards"]
    # a new 二、 closes the （一） of 一、; a heading belongs to the section it opens
    assert _kinds(page, ["二、指导思想", "三、重点任务"]) == ["guidance", "tasks"]


def test_other_fields_run_on_lines_and_traditional_script():
    sport = "全民健身工作方案。一、发展现状：全县建成步道80公里。二、发展目标：人均场地面积达到2.6平方米。"
    assert _kinds(sport, ["全县建成", "人均场地"]) == ["review", "goals"]
    water = "一、指導思想\n堅持節水優先。\n二、存在的主要問題\n河湖監管不到位。"
    assert _kinds(water, ["堅持", "河湖監管"]) == ["guidance", "review"]


def test_a_title_or_no_heading_is_other():
    """A page's title naming a document (…工作思路及措施) is no section; nor is a task heading
    that names no kind, nor text before any heading."""
    page = "某县2022年重点工作思路及措施\n一、以网络建设为着力点\n建设科普网络。"
    assert _kinds(page, ["建设科普网络", "一、以网络"]) == ["other", "other"]
    assert sec.page_sections("开展讲座。", [0]) == ["other"]
    # 夯实基础 lays foundations: a task heading, not a review
    assert sec.heading_kind("夯实基础，完善组织机构") is None
    assert sec.heading_kind("发展基础") == "review"


def test_a_heading_opening_on_a_verb_of_doing_is_no_review():
    """Round 12: a review heading names a past state (主要成效, 取得的成效, 发展现状); one that opens
    on a verb of doing sets work to do, so its lines take the outer heading's kind."""
    assert sec.heading_kind("巩固赛事成效") is None
    assert sec.heading_kind("提升河湖治理成效") is None
    assert [sec.heading_kind(t) for t in ("主要成效", "取得的成效", "全县健身工作现状")] == ["review"] * 3
    sport = ("某县全民健身月活动方案\n四、工作要求\n（二）巩固赛事成效，放大品牌影响\n赛后及时报送图文信息。\n"
             "五、前期工作成效\n全县已举办赛事12场。")
    assert _kinds(sport, ["赛后及时", "全县已举办"]) == ["safeguards", "review"]
    water = "一、回顾与现状\n河湖监管到位。\n二、深化节水成效\n推行节水器具。"
    assert _kinds(water, ["河湖监管", "推行节水"]) == ["review", "other"]


def test_plan_section_reads_group_then_part():
    assert sec.plan_section("actions", "实施青少年科学素质提升行动") == "tasks"
    assert sec.plan_section("goals", "主要目标") == "goals"
    assert sec.plan_section("implementation", None) == "safeguards"
    assert sec.plan_section("projects", "科普信息化") == "tasks"
    assert sec.plan_section(None, None) == "other"


def test_malformed_kinds_file_names_the_line(tmp_path):
    bad = tmp_path / "kinds.csv"
    bad.write_text("kind,words,note\nreview,成效,x\nfuture,展望,x\n", encoding="utf-8")
    with pytest.raises(sec.SectionKindsError, match="line 3"):
        sec.load_kinds(bad)
    bad.write_text("kind,words,note\ngoals,目标(,x\n", encoding="utf-8")
    with pytest.raises(sec.SectionKindsError, match="line 2"):
        sec.load_kinds(bad)


@pytest.mark.parametrize("row, message", [
    ("section,none,none,,^x,a note,section-none-99,", "section kinds"),
    ("section,none,none,,^x,a note,section-none-99,future", "not future"),
    ("keywords,services,supply,1,某某,a note,keywords-services-99,review", "only a section row"),
])
def test_malformed_section_rows_are_refused(tmp_path, row, message):
    rules = tmp_path / "instruments.csv"
    rules.write_text(config.INSTRUMENTS_FILE.read_text(encoding="utf-8").rstrip("\n") + "\n" + row + "\n",
                     encoding="utf-8")
    with pytest.raises(ins.InstrumentsError, match=message):
        ins.load_scheme(rules)


def test_code_clauses_takes_sections_in_order():
    texts = ["85%以上学生掌握3种实验技能。", "85%以上学生掌握3种实验技能。"]
    out = ins.code_clauses(texts, sections=["goals", None])
    assert out["tool"].tolist() == ["planning", "none"]
    with pytest.raises(ValueError):
        ins.code_clauses(texts, sections=["goals"])
