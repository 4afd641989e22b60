"""Issue 23, round thirty-three: a document recounted under a past year and month (docs/parser_rounds.md). Made-up
forms, one in wording no listed page shows, and the forms the rule must not take."""

from __future__ import annotations

import pytest
from made_up import plan, targets


def page(paragraph: str) -> str:
    """A made-up page that opens on its body, as an essay or a copied review does: no headline, no date line, the
    paragraph under test within the first few hundred characters (where a lead is looked for)."""
    return ("党的二十大报告强调，教育、科技、人才是全面建设社会主义现代化国家的基础性、战略性支撑。"
            "科学技术普及工作是实现教育、科技、人才有效衔接的重要纽带。\n科普立法的现状\n"
            "现行的科普法于2002年颁布，标志着科普法律制度在我国正式建立。"
            f"{paragraph}\n但是该法自颁布以来未作修订。\n")


@pytest.mark.parametrize("paragraph", [
    # a commentary recounting a higher document, attributive 印发的 (as a listed page says it, other words)
    ("2022年9月，某省委办公厅、某省人民政府办公厅印发的《关于进一步加强科学技术普及工作的意见》明确提出，"
     "推动修订地方科普条例。"),
    # survey news recounting a standard issued years before, 联合印发了 (another form)
    ("2016年4月，某部和某部联合印发了《某公民科学素质基准》，为测评提供了依据。"),
    # a review recounting the region's own plan with a Chinese-numeral month (wording no listed page shows)
    ("2021年十一月，某县人民政府办公室印发《某县全民科学素质行动规划纲要实施方案（2021—2025年）》，各乡镇陆续跟进。"),
])
def test_a_document_recounted_under_a_year_and_month_is_not_the_pages(paragraph):
    row = plan(page(paragraph))
    assert row["title"] is None and row["issuer"] is None


@pytest.mark.parametrize("when", ["2022年9月6日，", "日前，", "2022年9月6日电 "])
def test_a_lead_with_a_day_or_a_news_time_word_still_names_the_pages_document(when):
    row = plan(page(f"{when}某县人民政府办公室印发了《某县全民科学素质行动规划纲要实施方案（2021—2025年）》。"))
    assert row["title"] == "某县全民科学素质行动规划纲要实施方案（2021—2025年）"


@pytest.mark.parametrize("opening", [
    # a column's note: a label, then the date as a clause of its own (as a listed page says it, other words)
    "开栏的话 2023年，教育部等十八部门发布《关于加强新时代中小学科学教育工作的意见》；今年1月，各地积极响应。",
    # an editor's note with a year and a month, then 印发 (wording no listed page shows)
    "编者按 2020年10月，某省科协等五部门印发了《关于加强科普基地建设的意见》，各市陆续跟进。",
])
def test_a_past_date_as_the_clause_before_the_verb_recounts_a_document(opening):
    row = plan(opening + "\n本报今起开设专栏，邀请一线教师分享工作体会。\n")
    assert row["title"] is None


@pytest.mark.parametrize(("text", "kept"), [
    # a paper comparing with other countries (as a listed page says it, other words)
    ("我国公民具备科学素质的比例2018年已达到8.47%。有资料显示，美国公民科学素质水平1988年已经达到了10%，2015年提升到28.5%。"
     "而瑞典公民2005年具有科学素质的比例已经达到35%。", {("baseline", 2018, 8.47)}),
    # developed countries and the EU named together (wording no listed page shows)
    ("全省公民具备科学素质的比例2020年已达到10.2%，而发达国家公民具备科学素质的比例普遍超过25%，欧盟平均约为30%。",
     {("baseline", 2020, 10.2)}),
])
def test_another_countrys_share_is_no_fact_of_the_page(text, kept):
    assert targets(text) == kept


@pytest.mark.parametrize(("text", "kept"), [
    # another country's share above "the national average": that country's average, no fact of ours (before the
    # split of FOREIGN_SUBJECT from GROUP_SUBJECT it was read as a baseline of 2015)
    ("日本公民具备科学素质的比例2015年为30%，远高于全国25%的平均水平。", set()),
    ("有调查显示，美国成年公民具备科学素质的比例为28%，高于全国同期25%的平均水平。", set()),
    # a group of the page's own people against the nation's average: the nation's share stays a baseline
    ("农村居民具备科学素质的比例为4.93%，低于全国公民8.47%的平均水平。", {("baseline", None, 8.47)}),
    ("2015年，老年人具备科学素质的比例为2.9%，远低于6.2%的全国平均水平。", {("baseline", 2015, 6.2)}),
])
def test_a_national_average_after_another_countrys_share_is_that_countrys(text, kept):
    assert targets(text) == kept


def test_a_series_of_shares_may_put_a_comma_before_its_bare_to():
    # 从…，到…，再到…: each year its share (another form: 至 after a comma, a county's survey)
    assert targets("经过十余年，我国公民具备科学素质的比例已经从2007年的2.25%，到2015年的6.2%，再到2018年的8.47%。") == {
        ("baseline", 2007, 2.25), ("baseline", 2015, 6.2), ("baseline", 2018, 8.47)}
    assert targets("全县公民具备科学素质的比例从2015年的3.1%，至2020年的7.6%，位居全市前列。") == {
        ("baseline", 2015, 3.1), ("baseline", 2020, 7.6)}


@pytest.mark.parametrize("part", ["其中城镇劳动者科学素质水平已经由2007年的2.97%增长到2018年的10.14%",
                                  "其中农村居民由2015年的1.2%提高到3.3%"])
def test_a_groups_start_after_the_share_is_not_the_share(part):
    found = targets(f"全国公民具备科学素质的比例从2007年的2.25%提高到2018年的8.47%，{part}。")
    assert found == {("baseline", 2007, 2.25), ("baseline", 2018, 8.47)}


@pytest.mark.parametrize("wrap", ["", "\n"])
def test_basic_literacy_names_no_degree(wrap):
    # 基本科学素养 holds 本科 (a degree, a group's word): the share it names is the page's own, wrapped or not
    text = ("2020年宁夏全民基本科学素养比例将达10%\n\n原标题：2020年宁夏全民基本科学素养比例将达10%\n\n"
            f"记者从自治区科协了解到，宁夏公民具备基本科学素养比例由2007年的2.9%{wrap}提升到2015年的4.75%，"
            "到2020年我区公民具备基本科学素养比例将达到10%的目标。")
    assert ("baseline", 2007, 2.9) in targets(text)
