"""Issue 23, round thirty-three: a document recounted under a past year and month (docs/parser_rounds.md). Made-up
forms, one in wording no listed page shows, and the forms the rule must not take."""

from __future__ import annotations

import warnings

import pytest

from sciplan_analysis.parsing.parse import parse_text


def plan(text: str) -> dict:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return parse_text(text, "page").plans.iloc[0].to_dict()


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
