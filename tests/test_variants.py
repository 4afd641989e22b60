"""Invariants the document-variant generator (benchmarks/variants.py) exposed, as cheap property
tests: a fact written in any ordinary form of Chinese official documents is read as in its
plainest form. Made-up values only; a few dozen examples each, milliseconds per example."""

from __future__ import annotations

import datetime as dt
import warnings

import pytest
from hypothesis import Phase, given, settings
from hypothesis import strategies as st

from sciplan_analysis.parsing.documents import date_of, doc_number
from sciplan_analysis.parsing.issuers import issuer_problem, joint_organs, lead_subject, with_region
from sciplan_analysis.parsing.parse import parse_text
from sciplan_analysis.parsing.targets import literacy_targets

CN_DIGITS = "〇一二三四五六七八九"
# The tests that parse a page are not shrunk when they fail (seconds each): the first failing example
# is enough to read.
NO_SHRINK = (Phase.explicit, Phase.reuse, Phase.generate)
ZEROS = ("〇", "○", "零", "O")
# Issuing organs' number prefixes: a province's, a city's or county's, a 科协's, a joint office's.
ORGS = st.sampled_from(["川府发", "冀政办发", "浏政办发", "南科协发", "甬办发", "某县科素组发", "纲要办发",
                        "黔东南州府办函", "扎赉诺尔政办发"])  # (7 characters: a region's whole short name first)
BRACKETS = st.sampled_from([("〔", "〕"), ("[", "]"), ("【", "】"), ("（", "）"), ("(", ")"), ("〔", "]"),
                            ("［", "］"), ("〖", "〗"), ("﹝", "﹞")])


def cn_small(n: int) -> str:
    """1 → 一, 10 → 十, 21 → 二十一 (a month or a day as documents write it)."""
    tens, ones = divmod(n, 10)
    if not tens:
        return CN_DIGITS[n]
    return ("" if tens == 1 else CN_DIGITS[tens]) + "十" + (CN_DIGITS[ones] if ones else "")


@settings(max_examples=50, deadline=None)
@given(ORGS, st.integers(2000, 2030), st.integers(1, 300), BRACKETS,
       st.sampled_from(["", " "]), st.booleans())
def test_a_document_number_in_any_bracket_spacing_or_with_di_is_read_one_way(org, year, n, brackets, space, di):
    """〔2021〕12号, [2021]12号, 【2021】, （2021）, a mismatched 〔2021], PDF spaces (川府发 〔 2021〕12 号)
    are all org〔year〕N号; 第12号 keeps its 第 (org〔year〕第N号: the serial as written, round forty-two)."""
    opening, closing = brackets
    written = f"{org}{space}{opening}{space}{year}{closing}{'第' if di else ''}{n}{space}号"
    assert doc_number(f"文号：{written}") == f"{org}〔{year}〕{'第' if di else ''}{n}号"


@settings(max_examples=50, deadline=None)
@given(st.dates(), st.sampled_from(ZEROS), st.sampled_from(["", " "]))
def test_a_chinese_numeral_date_is_its_arabic_date(day, zero, space):
    """二〇二一年八月五日 in every zero form (〇 ○ 零 O) is 2021年8月5日, as are its PDF-spaced and
    zero-padded Arabic forms."""
    if not 1990 <= day.year <= 2049:
        return
    year = "".join(zero if d == "0" else CN_DIGITS[int(d)] for d in str(day.year))
    chinese = f"{year}年{cn_small(day.month)}月{cn_small(day.day)}日"
    arabic = f"{day.year}{space}年{space}{day.month}{space}月{space}{day.day}{space}日"
    padded = f"{day.year}年{day.month:02d}月{day.day:02d}日"
    assert date_of(chinese) == date_of(arabic) == date_of(padded) == day.isoformat()


def _notice(date: str, *organs: str) -> str:
    """A made-up notice body without heading, signed by `organs` (a line each) on `date`, then its plan."""
    signature = "\n".join(organs or ("浏阳市科学技术局",))
    return ("各乡镇人民政府，市政府各部门：\n现将《浏阳市全民科学素质行动实施方案（2021—2025年）》印发给你们，"
            f"请认真组织实施。\n{signature}\n{date}\n浏阳市全民科学素质行动实施方案（2021—2025年）\n"
            "一、总体要求\n到2025年，全市公民具备科学素质的比例达到15%。\n")


def _plan(text: str) -> dict:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = parse_text(text, "variant")
    plan = corpus.plans.iloc[0].to_dict()
    plan["targets"] = {(t.kind, t.year, t.value, t.comparator) for t in corpus.targets.itertuples()}
    return plan


@settings(max_examples=20, deadline=None, phases=NO_SHRINK)
@given(st.dates(min_value=dt.date(2011, 1, 1), max_value=dt.date(2030, 12, 31)),
       st.sampled_from(["{y}年{m}月{d}日", "{y}年{m:02d}月{d:02d}日", "{y}-{m:02d}-{d:02d}", "{y}.{m}.{d}",
                        "{y}/{m}/{d}", "{y} 年 {m} 月 {d} 日"]))
def test_a_signature_date_in_any_written_form_is_the_issue_date(day, form):
    """The date under the signing organ is the issue date however it is written, and a line of
    its own: never glued to the organ above it or the title below (a 局 signs too)."""
    plan = _plan(_notice(form.format(y=day.year, m=day.month, d=day.day)))
    assert plan["issue_date"] == day.isoformat()
    assert plan["title"] == "浏阳市全民科学素质行动实施方案（2021—2025年）"
    assert plan["issuer"] == "浏阳市科学技术局"


SUBJECTS = st.sampled_from(["公民具备科学素质的比例", "全市公民具备科学素质的比例", "我县公民具备科学素质比例",
                            "具备科学素质公民的比例", "公民具备基本科学素质的比例", "公民科学素质水平"])


@settings(max_examples=40, deadline=None, phases=NO_SHRINK)
@given(SUBJECTS, st.sampled_from(["由2020年的{x}%提高到{y}%", "由2020年的{x}%提升到{y}%",
                                  "在2020年{x}%的基础上提高到{y}%", "从2020年的{x}%提高到{y}%"]),
       st.decimals(3, 12, places=2), st.integers(13, 30))
def test_a_baseline_and_target_in_one_sentence_whatever_the_subject_and_link(subject, link, x, y):
    """由2020年的X%提高到Y% names a baseline (2020, X) and a target (the plan's end year, Y), whatever
    words name the share and however the two are linked."""
    sentence = f"到2025年，{subject}{link.format(x=x, y=y)}，科普服务能力显著增强。"
    found = {(t["kind"], t["year"], t["value"], t["comparator"]) for t in literacy_targets(sentence, 2021, 2025)}
    assert found == {("baseline", 2020, float(x), "="), ("target", 2025, float(y), "=")}


def test_a_sentence_in_which_the_share_is_no_value_names_no_share():
    """科学素质水平 names the share only before a value or a change: 显著提升 states none."""
    assert literacy_targets("到2025年，公民科学素质水平显著提升，科普能力明显增强。", 2021, 2025) == []
    found = {(t["kind"], t["year"], t["value"]) for t in literacy_targets(
        "“十三五”期间，全县公民科学素质水平已达9.5%。2020年，全县公民科学素质水平为10.2%。", 2021, 2025)}
    assert found == {("baseline", 2020, 9.5), ("baseline", 2020, 10.2)}


@pytest.mark.parametrize(("organs", "issuer"), [
    (("中共浏阳市委办公室", "浏阳市人民政府办公室"), "中共浏阳市委办公室、浏阳市人民政府办公室"),
    (("浏阳市科学技术协会", "浏阳市教育局"), "浏阳市科学技术协会、浏阳市教育局"),
    (("中共浏阳市委", "浏阳市人民政府", "浏阳市科学技术协会"), "中共浏阳市委、浏阳市人民政府、浏阳市科学技术协会"),
])
def test_organs_signing_on_lines_of_their_own_over_one_date_all_sign(organs, issuer):
    """Two or three organs, a line each, over one date: a joint issue, listed with 、."""
    assert _plan(_notice("2021年8月5日", *organs))["issuer"] == issuer


def test_an_organ_line_apart_from_the_signature_does_not_sign():
    """A red header (浏阳市人民政府文件) above the body is no co-signer of the signature below it."""
    text = "浏阳市人民政府办公室文件\n" + _notice("2021年8月5日", "浏阳市科学技术协会")
    assert _plan(text)["issuer"] == "浏阳市科学技术协会"


@pytest.mark.parametrize("issuer", ["泉州市科学技术局", "伊州区科学技术局", "信州区教育局", "广州市科协"])
def test_a_region_named_with_a_level_inside_it_is_known(issuer):
    """泉州市, 伊州区: 州 is a level too, so the shortest region (泉州, 伊州) is no name; the longer
    name after it is, and its department is an organ."""
    assert issuer_problem(issuer) is None


def test_a_department_of_no_region_stays_unknown():
    assert issuer_problem("欢乐谷市科学技术局") == "unknown region"
    assert issuer_problem("州市科学技术局") == "unknown region"


@pytest.mark.parametrize(("five", "end"), [("十四五", 2025), ("十三五", 2020), ("“十二五”", 2015)])
def test_a_title_naming_its_five_year_plan_dates_its_goals_but_gives_no_period(five, end):
    """某市“十四五”…行动计划 states no years: its period stays unread, but a goal without a year
    is for that plan's end, and a share of the year before its start is a baseline."""
    text = (f"浏阳市{five}全民科学素质提升行动计划\n一、主要目标\n"
            f"公民具备科学素质的比例由{end - 5}年的8.5%提高到15%，科普能力显著增强。\n")
    plan = _plan(text)
    assert (plan["period_start"], plan["period_end"]) == (None, None)
    assert plan["targets"] == {("baseline", end - 5, 8.5, "="), ("target", end, 15.0, "=")}


def _shares(text: str, reference: int | None = 2021, end: int | None = 2025) -> set[tuple]:
    return {(t["kind"], t["year"], t["value"], t["comparator"]) for t in literacy_targets(text, reference, end)}


@pytest.mark.parametrize("floor", ["至少要达到15%", "至少将达到15%", "不少于15%", "最低达到15%"])
def test_a_share_said_to_be_at_least_a_value_is_a_floor(floor):
    """至少要达到15% (holdout19's meeting news), 不少于15%: the value is a floor, >=."""
    assert _shares(f"到2025年，全市公民具备科学素质的比例{floor}，科普能力显著增强。") == {("target", 2025, 15.0, ">=")}


@pytest.mark.parametrize("compared", ["与2015年的8.62%相比", "同2015年（8.62%）相比", "跟2015年的8.62%相比"])
def test_a_share_compared_with_an_earlier_year_by_xiangbi_is_a_baseline(compared):
    """与2015年的8.62%相比有了大幅提高: the earlier year's share is a baseline, and the share the
    sentence states was reached (a change made), not a goal."""
    found = _shares(f"2020年全县公民具备科学素质的比例为10.2%，{compared}有了大幅提高。")
    assert found == {("baseline", 2015, 8.62, "="), ("baseline", 2020, 10.2, "=")}
    no_year = _shares(f"全县公民具备科学素质的比例达到10.2%，{compared}有所提升。")
    assert ("baseline", 2015, 8.62, "=") in no_year and not any(k == "target" for k, *_ in no_year)


@pytest.mark.parametrize("goal", ["圆满完成“十二五”实施方案确定的10%阶段目标", "实现了规划提出的10%的目标"])
def test_a_plans_goal_named_after_the_share_without_a_year_is_its_goal(goal):
    """A goal a plan set (…方案确定的10%阶段目标), in a sentence after the one naming the share with
    only sentences stating no value between: that share's goal, its year unknown; a value in
    between (经费增长20%) ends the share's run."""
    text = f"2015年全市公民具备科学素质的比例达到10.04%。该数据位居全省前列。{goal}。"
    assert ("target", None, 10.0, "=") in _shares(text, None, None)
    broken = f"2015年全市公民具备科学素质的比例达到10.04%。科普经费增长20%。{goal}。"
    assert not any(v == 10.0 for _, _, v, _ in _shares(broken, None, None))


def test_a_title_run_into_a_number_is_cut_from_its_abbreviation():
    """…实施方案冀政办发〔2016〕14号 (a title glued to the number), 某县人民政府办公室某政办发: the
    abbreviation only."""
    assert doc_number("某县全民科学素质行动实施方案冀政办发〔2016〕14号") == "冀政办发〔2016〕14号"
    assert doc_number("某县人民政府办公室某政办发〔2021〕3号") == "某政办发〔2021〕3号"


@pytest.mark.parametrize("dated", ["二〇二一年八月五日（此件公开发布）", "2021年8月5日 (此件主动公开)",
                                   "2021年8月5日印发"])
def test_a_signature_date_with_its_disclosure_note_on_its_line_is_read(dated):
    """二〇二一年八月五日（此件公开发布） on one line: the date under the organs (both of them) is the
    issue date, the note no part of it."""
    plan = _plan(_notice(dated, "浏阳市人民政府办公室", "浏阳市科学技术协会"))
    assert plan["issue_date"] == "2021-08-05"
    assert plan["issuer"] == "浏阳市人民政府办公室、浏阳市科学技术协会"


@pytest.mark.parametrize("said", ["公民科学素质水平确保达到15%", "全市公民科学素质水平稳步提升至15%",
                                  "公民科学素质水平进一步提高到15%"])
def test_an_adverb_between_the_share_and_its_value_keeps_the_share(said):
    """确保, 稳步, 进一步 between 科学素质水平 and the verb: still the share's goal (a 达标率 is another measure since
    round twenty-nine)."""
    assert _shares(f"到2025年，{said}，科普能力显著增强。") == {("target", 2025, 15.0, "=")}


@pytest.mark.parametrize(("lead", "organ"), [
    ("《浏阳市全民科学素质提升行动方案（2021—2025年）》近日由浏阳市科普工作联席会议办公室制定。",
     "浏阳市科普工作联席会议办公室"),
    ("《浏阳市全民科学素质提升行动方案（2021—2025年）》（以下简称《方案》）日前由中共浏阳市委宣传部编制完成。",
     "中共浏阳市委宣传部"),
])
def test_a_lead_naming_the_document_first_and_its_organ_after_it_is_read(lead, organ):
    """《X》…由某组织制定/编制: the document is the page's, 由 names its organ."""
    plan = _plan(f"浏阳市出台全民科学素质提升行动方案\n{lead}《方案》提出，到2025年，全市公民具备科学素质的比例达到15%。\n")
    assert (plan["title"], plan["issuer"]) == ("浏阳市全民科学素质提升行动方案（2021—2025年）", organ)
    assert (plan["period_start"], plan["period_end"]) == (2021, 2025)


@pytest.mark.parametrize("organ", ["莫力达瓦达斡尔族自治旗人民政府办公室", "双江拉祜族佤族布朗族傣族自治县科学技术协会",
                                   "中共巴音郭楞蒙古自治州委办公室"])
def test_an_organ_of_a_region_with_a_long_name_is_an_organ(organ):
    """A region's name may run to 14 characters before its level (autonomous counties and banners)."""
    assert issuer_problem(organ) is None


@pytest.mark.parametrize(("bare", "title", "issuer"), [
    ("州人民政府", "德宏傣族景颇族自治州全民科学素质提升行动工作方案", "德宏傣族景颇族自治州人民政府"),
    ("县政府办公室", "宁洱哈尼族彝族自治县全民科学素质行动计划", "宁洱哈尼族彝族自治县政府办公室"),
    ("县政府办公室", "关于加快建设科普示范县工作的实施意见", "县政府办公室"),  # no region opens the title
])
def test_a_bare_organ_takes_a_long_region_name_the_division_table_knows(bare, title, issuer):
    assert with_region(bare, title) == issuer


@pytest.mark.parametrize(("before", "organ"), [
    ("近期，中共和平区委办公室、和平区人民政府办公室", "中共和平区委办公室、和平区人民政府办公室"),
    ("日前，新和县科学技术协会、新和县教育局", "新和县科学技术协会、新和县教育局"),
    ("近日，科技部、中央宣传部和中国科协", "科技部、中央宣传部、中国科协"),
])
def test_joint_organs_of_a_lead_are_split_at_their_commas_first(before, organ):
    """和 inside a region's name (和平区, 新和县) is no conjunction: 、 splits first, 和 only when needed."""
    assert lead_subject(before) == organ


@pytest.mark.parametrize(("before", "organ"), [
    ("记者近期从日土县科协获悉，日土县科协", "日土县科协"),
    ("12月6日日照市人民政府办公室", "日照市人民政府办公室"),
    ("近日于洪区全民科学素质纲要实施工作办公室", "于洪区全民科学素质纲要实施工作办公室"),
    ("近日某省政府办公厅", "某省政府办公厅"),
])
def test_a_region_opening_with_a_time_words_character_keeps_it(before, organ):
    """日土县, 日照市, 于洪区 open with 日 or 于: the time words cut before a lead's subject stop where the
    rest is an organ's name (近日 is still cut)."""
    assert lead_subject(before) == organ


@pytest.mark.parametrize(("title", "period"), [
    ("浏阳市贯彻落实《全民科学素质行动规划纲要（2021—2035年）》实施方案（2021—2025年）", (2021, 2025)),
    ("浏阳市贯彻〈全民科学素质行动规划纲要(2021—2035年)〉实施方案(2021-2025年)", (2021, 2025)),
    ("浏阳市贯彻〈全民科学素质行动规划纲要(2021—2035年)〉实施方案", (2021, 2035)),
])
def test_a_titles_own_period_wins_over_that_of_the_document_it_names(title, period):
    """贯彻落实《纲要（2021—2035年）》实施方案（2021—2025年）: the plan's own years, after the outline it
    carries out; with none of its own, the outline's (the real pages' facts read it so)."""
    plan = _plan(f"{title}\n一、主要目标\n到2025年，全市公民具备科学素质的比例达到15%。\n")
    assert (plan["period_start"], plan["period_end"]) == period


@pytest.mark.parametrize("signature", ["浏阳市科学技术局    2021年8月5日",
                                       "浏阳市科学技术协会  浏阳市科学技术局  浏阳市教育局    二〇二一年八月五日"])
def test_a_signature_with_its_date_on_its_line_is_read(signature):
    """某县科学技术局    2021年8月5日 on one line (organs spaced, then the date): the organs sign on that
    date, and the line is never run into the plan's title below it."""
    text = ("各乡镇人民政府，市政府各部门：\n现将《浏阳市全民科学素质行动实施方案（2021—2025年）》印发给你们，"
            f"请认真组织实施。\n{signature}\n浏阳市全民科学素质行动实施方案（2021—2025年）\n一、总体要求\n"
            "到2025年，全市公民具备科学素质的比例达到15%。\n")
    plan = _plan(text)
    organs = "、".join(signature.split()[:-1])
    assert (plan["issuer"], plan["issue_date"]) == (organs, "2021-08-05")
    assert plan["title"] == "浏阳市全民科学素质行动实施方案（2021—2025年）"


@pytest.mark.parametrize(("wrapped", "title"), [
    ("滨海县人民政府关于印发滨\n海县关于提升全民科学素质的实施意见（2021—2025年）的通知",
     "滨海县关于提升全民科学素质的实施意见（2021—2025年）"),
    ("关于印发滨海县2021—20\n25年关于提升全民科学素质的实施意见的通知", "滨海县2021—2025年关于提升全民科学素质的实施意见"),
])
def test_a_notice_title_holding_guanyu_wrapped_anywhere_is_one_title(wrapped, title):
    """关于印发滨 / 海县关于提升…的通知: the second line looks like an organ's notice title of its own, but
    the line above opened a notice's title and did not close it, so it runs on."""
    plan = _plan(f"{wrapped}\n滨府发〔2021〕41号\n各乡镇人民政府，县政府各部门：\n现将实施意见印发给你们。\n"
                 "滨海县人民政府\n2021年11月16日\n")
    assert plan["title"] == title
    assert (plan["period_start"], plan["period_end"]) == (2021, 2025)


def test_a_keyword_line_above_an_organs_notice_title_still_stands_apart():
    """A line that opens no notice's title (a spam mirror's keywords) is not run into one below."""
    plan = _plan("科普 方案 下载 免费\n滨海县人民政府关于印发滨海县全民科学素质行动实施方案（2021—2025年）的通知\n"
                 "滨海县人民政府\n2021年11月16日\n")
    assert plan["title"] == "滨海县全民科学素质行动实施方案（2021—2025年）"


@pytest.mark.parametrize("organ", ["威县高新技术产业开发区管理委员会", "沙市区经济开发区管理委员会", "浏阳市某某新区党工委"])
def test_a_zone_of_a_known_region_is_a_region(organ):
    """A development zone or new area (…开发区, …新区) is in no division table: the region before it
    is checked (沙市区, not 沙市 + 区…), the zone's own name taken on its shape."""
    assert issuer_problem(organ) is None


def test_a_zone_of_no_known_region_is_unknown():
    assert issuer_problem("欢乐谷市高新区开发区管理委员会") == "unknown region"


@pytest.mark.parametrize(("sentence", "found"), [
    ("公民具备科学素质的比例由2020年的10.2提高到15%。", {("baseline", 2020, 10.2, "="), ("target", 2025, 15.0, "=")}),
    ("到2025年，公民具备科学素质的比例由11.74提升至15%以上。", {("baseline", 2020, 11.74, "="), ("target", 2025, 15.0, ">=")}),
    ("科普工作者由2020年的10.2万人提高到15%的比例。", set()),
])
def test_a_starting_share_written_without_its_percent_sign(sentence, found):
    """由2020年的10.2提高到15%: a writer may leave out the first value's %, when a rise to a share follows
    it; 10.2万人 is no share."""
    assert _shares(sentence) == found


@pytest.mark.parametrize("said", ["我县公民科学素质水平2010年达到6.85%", "全县公民科学素质水平2010年底为6.85%"])
def test_a_year_between_the_share_and_its_verb(said):
    assert _shares(f"近年来，全县科普工作成效明显。{said}。", 2011, 2015) == {("baseline", 2010, 6.85, "=")}


@pytest.mark.parametrize("title", ["麻栗坡县关于提升全民科学素质的实施意见（2011年—2015年）",
                                   "麻栗坡县全民科学素质工作指导意见（2011—2015年）"])
def test_a_plan_called_an_opinion_alone_on_its_page_is_titled(title):
    """A 实施意见 or 指导意见 with no notice or lead naming it: its first line is its title (a line
    such as 公开征求意见 is not)."""
    plan = _plan(f"{title}\n为提升全县公民科学素质，制定本意见。\n一、主要目标\n到2015年，全县公民具备科学素质的比例达到10%。\n")
    assert plan["title"] == title and (plan["period_start"], plan["period_end"]) == (2011, 2015)
    assert _plan("公开征求意见\n一、主要目标\n到2015年，全县公民具备科学素质的比例达到10%。\n")["title"] is None


def test_a_plan_signed_by_two_organs_at_its_end():
    """The plan alone, two organs (a line each) and a date after its body: both sign, on that date."""
    plan = _plan("浏阳市全民科学素质行动实施方案（2021—2025年）\n一、主要目标\n到2025年，全市公民具备科学素质的比例达到15%。\n"
                 "二、保障措施\n各有关单位要加强组织领导。\n浏阳市人民政府办公室\n浏阳市科学技术协会\n2021年8月5日\n")
    assert (plan["issuer"], plan["issue_date"]) == ("浏阳市人民政府办公室、浏阳市科学技术协会", "2021-08-05")


@pytest.mark.parametrize("keywords", ["关键词：科普 全民科学素质 方案", "标签：科学素质；科普", "關鍵詞：科普 方案"])
def test_a_keyword_line_is_furniture_not_part_of_the_title(keywords):
    """关键词：/标签： lines a site puts over a document are labelled fields: never run into the title."""
    plan = _plan(f"{keywords}\n浏阳市全民科学素质行动实施方案（2021—2025年）\n为提升全市公民科学素质，制定本方案。\n"
                 "一、主要目标\n到2025年，全市公民具备科学素质的比例达到15%。\n")
    assert plan["title"] == "浏阳市全民科学素质行动实施方案（2021—2025年）"


@pytest.mark.parametrize("mark", ["（试行）", "（修订）", "（草案）"])
def test_a_title_marked_trial_or_revised_stands_before_its_preamble(mark):
    title = f"浏阳市全民科学素质行动实施方案（2021—2025年）{mark}"
    plan = _plan(f"{title}\n为提升全市公民科学素质，制定本方案。\n一、主要目标\n到2025年，全市公民具备科学素质的比例达到15%。\n")
    assert plan["title"] == title and (plan["period_start"], plan["period_end"]) == (2021, 2025)


def test_a_party_department_names_no_one_without_its_committee():
    """宣传部 alone is no organ (中宣部, 中共某县委宣传部 are), so four organs on a line split right."""
    assert issuer_problem("宣传部") == "implausible"
    assert issuer_problem("中共浏阳市委宣传部") is None and issuer_problem("科技部") is None
    assert joint_organs("浏阳市科学技术协会  中共浏阳市委宣传部  浏阳市科学技术局  浏阳市教育局") == [
        "浏阳市科学技术协会", "中共浏阳市委宣传部", "浏阳市科学技术局", "浏阳市教育局"]


@pytest.mark.parametrize("title", [
    "和布克赛尔蒙古自治县贯彻落实《全民科学素质行动计划纲要实施方案（2016—2020年）》实施方案（2016—2020年）（修订）",
    "克孜勒苏柯尔克孜自治州贯彻落实《全民科学素质行动规划纲要（2021—2035年）》实施方案（2021—2025年）（征求意见稿）",
])
def test_a_long_title_naming_the_outline_it_carries_out_is_a_title(title):
    """The outline's name in 《》 does not count toward a title's length: a title of over 60 characters
    that carries it is still read as the plan's title."""
    assert len(title) > 60
    plan = _plan(f"{title}\n为提升全县公民科学素质，制定本方案。\n一、主要目标\n到2020年，全县公民具备科学素质的比例达到10%。\n")
    assert plan["title"] == title


@pytest.mark.parametrize("subhead", ["数据显示 我省2015年具备科学素质的公民达3.2%",
                                     "2015年全县具备基本科学素质的公民已达到3.2%",
                                     "监测数据表明，2015年全市具备科学素质的居民为3.2%"])
def test_a_share_named_without_bili_is_read(subhead):
    """具备科学素质的公民达3.2% (holdout20's survey subhead): the share without 比例, before a verb and
    a value; 数据显示 marks a measure, so on an undated page it is a baseline."""
    assert _shares(subhead, None, None) == {("baseline", 2015, 3.2, "=")}
    # a count of people is no share, and 基本具备 (the 2024 survey's lower tier) is another measure
    assert _shares("2015年全县具备科学素质的公民达到3.2万人。", None, None) == set()
    assert _shares("2024年全县基本具备科学素质的公民达30.1%。", None, None) == set()


@pytest.mark.parametrize(("task", "value"), [("超额完成了省科协下达的1.61%的任务指标", 1.61), ("完成5%的指标任务", 5.0),
                                             ("实现了2.5%的目标任务", 2.5)])
def test_a_task_figure_met_is_a_goal(task, value):
    """…超额完成了中国科协下达的1.61%的任务指标 (holdout20's survey news): a task figure set from
    above is a goal (its year unknown), met; the share the sentence states is a baseline."""
    found = _shares(f"调查结果表明，2015年全省公民具备科学素质的比例达到了3.27%，{task}。", None, None)
    assert ("baseline", 2015, 3.27, "=") in found
    assert {(k, v, c) for k, _, v, c in found if k == "target"} == {("target", value, "=")}


@pytest.mark.parametrize("draft", ["（征求意见稿）", "（送审稿）"])
def test_a_title_nesting_its_outline_in_angle_brackets_and_a_draft_mark_is_whole(draft):
    """某县贯彻落实〈X（2011—2015年）〉实施方案（2011—2015年）（征求意见稿） (grammar 7): the title is
    never cut at the outline's period, on a line of its own or in an explaining heading."""
    title = f"峨眉山市贯彻落实〈全民科学素质行动计划纲要实施方案（2011—2015年）〉实施方案（2011—2015年）{draft}"
    plain = _plan(f"{title}\n一、出台背景\n为贯彻落实《纲要》，制定本方案。\n")
    heading = _plan(f"《{title}》政策解读\n一、出台背景\n为贯彻落实《纲要》，制定《方案》。\n")
    assert plain["title"] == heading["title"] == title
    assert (plain["period_start"], plain["period_end"]) == (2011, 2015)
    # a title run straight into the body is still cut off at its own period
    glued = _plan("某县贯彻落实〈全民科学素质行动规划纲要（2021—2035年）〉实施方案（2021—2025年）科学素质是国民素质的"
                  "重要组成部分，是社会文明进步的基础。\n一、总体要求\n")
    assert glued["title"] == "某县贯彻落实〈全民科学素质行动规划纲要（2021—2035年）〉实施方案（2021—2025年）"


@pytest.mark.parametrize("base", ["在“十三五”末4.67%的基础上", "在2020年4.67%的基础上"])
def test_a_base_stated_before_the_words_naming_the_share_is_a_baseline(base):
    """在“十三五”末4.67%的基础上，到2025年…比例达到15% (a generator leftover): the base is a baseline of
    its year; a 由 before the words naming the share belongs to another subject."""
    found = _shares(f"{base}，到2025年，全区公民具备科学素质的比例达到15%。")
    assert found == {("baseline", 2020, 4.67, "="), ("target", 2025, 15.0, "=")}
    other = _shares("科普经费由2020年的3%提高到5%，到2025年，全区公民具备科学素质的比例达到15%。")
    assert other == {("target", 2025, 15.0, "=")}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("全县具备科学素质的公民由2020年的8.5%提高到15%", {("baseline", 2020, 8.5, "="), ("target", 2025, 15.0, "=")}),
    ("到2025年，全县具备科学素质的公民从2020年的8.5%上升至15%", {("baseline", 2020, 8.5, "="), ("target", 2025, 15.0, "=")}),
    ("到2025年，全县具备科学素质的公民确保达到15%", {("target", 2025, 15.0, "=")}),
])
def test_the_share_without_bili_takes_every_verb_the_share_takes(sentence, expected):
    """具备科学素质的公民 (no 比例) before a base (由/从), an adverb and a verb: read as the share."""
    assert _shares(f"{sentence}。") == expected


@pytest.mark.parametrize("verb", ["审定的", "研究通过的", "审议通过的"])
def test_a_meeting_names_the_document_an_organ_passed(verb):
    """会议指出，某县科协近日审定的《X》明确了… (grammar 7's meeting news): the document passed is the
    page's, its organ the issuer."""
    p = _plan(f"某县召开全民科学素质工作推进会\n6月3日，某县召开全民科学素质工作推进会。会议指出，某县科学技术协会近日{verb}"
              "《某县全民科学素质提升行动方案（2021—2025年）》明确了今后一个时期的工作任务。\n")
    assert (p["title"], p["issuer"], p["period_end"]) == ("某县全民科学素质提升行动方案（2021—2025年）", "某县科学技术协会", 2025)


@pytest.mark.parametrize("region", ["临泉县", "杜尔伯特蒙古族自治县"])
def test_four_organs_after_yu_issue_the_document_named_before(region):
    """《X》近日由某县科协、中共某县委宣传部、某县科技局、某县教育局发布: 由 and four organs, longer than
    a lead's usual gap, still name the issuers."""
    organs = [f"{region}科学技术协会", f"中共{region}委宣传部", f"{region}科学技术局", f"{region}教育局"]
    p = _plan(f"{region}印发全民科学素质提升行动方案\n《{region}全民科学素质提升行动方案（2021—2025年）》（以下简称《方案》）"
              f"近日由{'、'.join(organs)}发布。\n")
    assert p["issuer"] == "、".join(organs)


@pytest.mark.parametrize("lead_sentence", ["近日，将乐县科学技术协会制定了《将乐县全民科学素质提升行动方案（2021—2025年）》。",
                                           "日前，将乐县人民政府印发了《将乐县全民科学素质提升行动方案（2021—2025年）》。"])
def test_a_jiang_in_the_organs_name_is_no_future(lead_sentence):
    """将乐县… (a county whose name opens with 将): the 将 of the organ's name is no 将 of a document
    still to come; 某县将出台《X》 still is."""
    assert _plan(f"{lead_sentence}\n")["title"] == "将乐县全民科学素质提升行动方案（2021—2025年）"
    assert _plan("近日，某县科协将出台《某县全民科学素质提升行动方案（2021—2025年）》。\n")["title"] is None


@pytest.mark.parametrize(("verb", "title_verb"), [("作出", "表彰"), ("印发", "命名")])
def test_a_bare_organ_takes_the_region_after_a_decisions_opening(verb, title_verb):
    """市政府办公室作出《关于表彰晋江市…的决定》: the region after 关于 and its verb completes the bare
    organ (not 关于表彰晋江市)."""
    p = _plan(f"5月23日，市政府办公室{verb}《关于{title_verb}晋江市2021年度全民科学素质工作先进集体的决定》。\n")
    assert p["issuer"] == "晋江市政府办公室"


@pytest.mark.parametrize("county", ["关岭布依族苗族自治县", "塔什库尔干塔吉克自治县"])
def test_four_organs_of_an_autonomous_county_with_a_long_name(county):
    """中共关岭布依族苗族自治县委宣传部 among four organs on one signature line or in a lead (a generator
    leftover): 中共 before a long region's name still leaves the organ's level readable."""
    organs = [f"{county}科学技术协会", f"中共{county}委宣传部", f"{county}科学技术局", f"{county}教育局"]
    assert joint_organs("  ".join(organs)) == organs
    title = f"{county}全民科学素质提升行动方案（2021—2025年）"
    assert _plan(f"近日，{'、'.join(organs)}印发了《{title}》。\n")["issuer"] == "、".join(organs)


@pytest.mark.parametrize("title", ["广德市2022年全民科学素质工作要点", "广德市2022年度科普工作计划"])
def test_a_share_recalled_in_news_of_a_years_work_points_is_a_baseline(title):
    """News of a plan of one year's work (某市2022年…工作要点, no period, no date): a share of an earlier
    year it recalls (据介绍，2020年…为6.04%) is a baseline; a share of the year it plans is its goal."""
    text = (f"近期，广德市人民政府办公室制定了《{title}》。据介绍，2020年，全市公民具备科学素质的比例为6.04%。"
            "《方案》提出，2022年，全市公民具备科学素质的比例达到12.5%。\n")
    assert _plan(text)["targets"] == {("baseline", 2020, 6.04, "="), ("target", 2022, 12.5, "=")}


@pytest.mark.parametrize(("five", "outline", "end"), [
    ("十四五", "《全民科学素质行动规划纲要（2021—2035年）》", 2025),
    ("十三五", "〈全民科学素质行动计划纲要实施方案（2016—2020年）〉", 2020),
])
def test_a_five_year_title_naming_an_outline_takes_no_period_from_it(five, outline, end):
    """某区“十四五”贯彻落实《纲要（2021—2035年）》实施方案 (a generator miss): the plan's period is the
    five-year plan it names (left empty; its goals take that plan's end year), never the outline's;
    without the five-year name the outline's years stay the plan's."""
    text = f"凉州区“{five}”贯彻落实{outline}实施方案\n一、主要目标\n全区公民具备科学素质的比例由8.5%提高到25%。\n"
    plan = _plan(text)
    assert (plan["period_start"], plan["period_end"]) == (None, None)
    assert ("target", end, 25.0, "=") in plan["targets"]
    assert _plan(text.replace(f"“{five}”", ""))["period_end"] == (2035 if "2035" in outline else 2020)


@pytest.mark.parametrize("verb", ["审议通过", "研究通过", "审定"])
def test_a_document_passed_by_an_organ_named_after_it(verb):
    """《X》日前由某县人民政府办公室审议通过 (grammar 7, seeds 3 and 4): the verb of a document passed may
    follow it too; 由 names the organ."""
    p = _plan(f"汝阳县出台全民科学素质提升行动方案\n《汝阳县全民科学素质提升行动方案（2021—2025年）》（以下简称《方案》）"
              f"日前由汝阳县人民政府办公室{verb}。\n")
    assert (p["title"], p["issuer"]) == ("汝阳县全民科学素质提升行动方案（2021—2025年）", "汝阳县人民政府办公室")


@pytest.mark.parametrize("recalled", ["据介绍，2020年，全县公民具备科学素质的比例为6.04%。",
                                      "记者了解到，全县公民具备科学素质的比例2020年达到6.04%。"])
def test_a_share_recalled_before_a_later_goal_on_an_undated_page_is_a_baseline(recalled):
    """News of a plan titled without years, the page dated by nothing: a share stated flatly of a year
    before that of a goal the page states looking ahead (到2025年…) was reached, a baseline; two goals
    looking ahead stay goals."""
    lead_sentence = "近期，某县人民政府办公室制定了《某县全民科学素质提升行动方案》。"
    goal = "《方案》提出，到2025年，全县公民具备科学素质的比例达到12.5%。"
    assert _plan(f"{lead_sentence}{recalled}{goal}\n")["targets"] == {
        ("baseline", 2020, 6.04, "="), ("target", 2025, 12.5, "=")}
    two = "到2025年，全县公民具备科学素质的比例达到12.5%；到2035年，全县公民具备科学素质的比例达到25%。"
    assert {k for k, *_ in _plan(f"{lead_sentence}{two}\n")["targets"]} == {"target"}
