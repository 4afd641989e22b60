"""The reader of pages in English (parsing/english.py, round twenty-six): every rule with made-up forms, one of
them a form no listed page shows, and the forms it must not take. The sentences are written for these tests."""

from __future__ import annotations

import warnings

import pytest

from sciplan_analysis.parsing.english import (
    english_meta,
    english_targets,
    english_words,
    is_english,
)
from sciplan_analysis.parsing.parse import parse_records

FILLER = " ".join(["The city held science weeks in its parks, schools and libraries."] * 4)


def shares(text: str) -> set[tuple]:
    return {(t["kind"], t["year"], t["value"], t["comparator"]) for t in english_targets(text)}


def parsed(text: str) -> tuple[dict, set[tuple]]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        records, _ = parse_records(text, "p")
    return records["plans"][0], {(t["kind"], t["year"], t["value"], t["comparator"]) for t in records["targets"]}


# --- the share: reached (a baseline) or looked ahead to (a target) ---------------------------------------------

@pytest.mark.parametrize(("sentence", "row"), [
    ("The proportion of citizens with scientific literacy in Hunan reached 12.3 percent in 2023.",
     ("baseline", 2023, 12.3, "=")),
    ("Scientifically literate residents made up 9.8% of the population in 2021, the association said.",
     ("baseline", 2021, 9.8, "=")),
    ("The percentage of the public with scientific literacy was 7.1 per cent, the survey found.",
     ("baseline", None, 7.1, "=")),  # no year stated: year ?
])
def test_a_reached_share_is_a_baseline(sentence: str, row: tuple) -> None:
    assert shares(sentence) == {row}


@pytest.mark.parametrize(("sentence", "row"), [
    ("The proportion of citizens with scientific literacy will exceed 20% by 2030.", ("target", 2030, 20.0, ">")),
    ("By 2027, the share of the public with scientific literacy is to reach 18 percent.", ("target", 2027, 18.0, "=")),
    ("The province aims to have more than 16 percent of its residents scientifically literate by 2026.",
     ("target", 2026, 16.0, ">")),
    ("Scientifically literate citizens should account for at least 11 percent of the population by 2028.",
     ("target", 2028, 11.0, ">=")),
])
def test_a_share_looked_ahead_to_is_a_target_with_its_year(sentence: str, row: tuple) -> None:
    assert shares(sentence) == {row}


def test_two_shares_in_one_sentence_each_with_its_year() -> None:
    text = ("The proportion of scientifically literate residents climbed from 4.2% in 2015 to 11.6% in 2022, "
            "up 7.4 percentage points.")
    assert shares(text) == {("baseline", 2015, 4.2, "="), ("baseline", 2022, 11.6, "=")}


def test_the_figure_after_a_goal_is_a_goal_too() -> None:
    text = ("Under the plan, the proportion of scientifically literate citizens will top 14 percent by 2025 "
            "and the figure is expected to reach 22 percent by 2035.")
    assert shares(text) == {("target", 2035, 22.0, "="), ("target", 2025, 14.0, "=")}


def test_years_and_shares_paired_respectively_after_the_share_is_named() -> None:
    text = ("The percentage of residents attaining scientific qualifications reached 8 percent in 2010. "
            "The percentages for 2001, 2003 and 2005 were 3.1 percent, 4.5 percent and 5.2 percent respectively.")
    assert shares(text) == {("baseline", 2010, 8.0, "="), ("baseline", 2001, 3.1, "="),
                            ("baseline", 2003, 4.5, "="), ("baseline", 2005, 5.2, "=")}


def test_the_percentage_carries_the_share_named_before_and_the_year_target_too() -> None:
    text = ("By 2025, scientifically literate citizens should make up 13 percent of the population. "
            "And the 2035 target will be 27 percent. "
            "In the first survey in 2004, the percentage only reached 2 percent.")
    assert shares(text) == {("target", 2025, 13.0, "="), ("target", 2035, 27.0, "="), ("baseline", 2004, 2.0, "=")}


def test_this_year_takes_the_year_of_the_dated_survey_in_its_sentence() -> None:
    text = ("The percentage of Tianjin residents attaining scientific qualifications reached 5.5 percent this year, "
            "according to a survey released on October 12, 2004.")
    assert shares(text) == {("baseline", 2004, 5.5, "=")}
    assert shares("This year 4.4 percent of those surveyed in Tianjin “qualified”.") == {("baseline", None, 4.4, "=")}


def test_a_target_of_a_plan_with_its_span_takes_the_span_end() -> None:
    text = ("The proportion of scientifically literate citizens was 7.3 percent in 2015, exceeding the target of 5 "
            "percent set in the 12th Five-Year Plan (2011-2015).")
    assert shares(text) == {("baseline", 2015, 7.3, "="), ("target", 2015, 5.0, "=")}


# --- what the share rule must not take ------------------------------------------------------------------------

def test_another_measure_is_not_the_share() -> None:
    text = ("The internet penetration rate reached 70 percent in 2022, while the proportion of citizens with "
            "scientific literacy reached 12 percent.")
    assert shares(text) == {("baseline", None, 12.0, "=")}
    assert shares("The proportion of citizens with scientific literacy reached 12 percent and internet "
                  "penetration 70 percent.") == {("baseline", None, 12.0, "=")}


def test_a_groups_share_is_not_the_share() -> None:
    assert shares("The proportion of urban residents with scientific literacy reached 15.2 percent in 2022.") == set()
    assert shares("Among women, the share of scientifically literate citizens was 9 percent, against 14 percent "
                  "among men.") == set()
    text = ("The proportion of scientifically literate residents was 11.4% in 2022; it was 16.1% in urban areas "
            "and 6.2% in rural areas.")
    assert shares(text) == {("baseline", 2022, 11.4, "=")}


def test_the_national_average_a_foreign_country_and_a_change_are_not_the_share() -> None:
    text = ("The province's proportion of scientifically literate citizens reached 15 percent, above the national "
            "average of 12.9 percent, up 2.1 percentage points.")
    assert shares(text) == {("baseline", None, 15.0, "=")}
    assert shares("In the United States, the share of scientifically literate adults is 28 percent.") == set()


def test_a_basic_share_the_page_sets_apart_is_not_the_share() -> None:
    text = ("The proportion of citizens with scientific literacy reached 15.4% in 2024. "
            "The proportion of citizens possessing basic scientific literacy was estimated at 44%.")
    assert shares(text) == {("baseline", 2024, 15.4, "=")}


def test_a_sentence_without_the_share_gives_nothing() -> None:
    assert shares("About 55 percent said they were interested in reports on the environment.") == set()
    assert shares("In the US, the figure is 28 percent.") == set()


# --- the front matter ------------------------------------------------------------------------------------------

def test_the_issuer_is_the_subject_of_issued_or_the_body_after_released_by() -> None:
    assert english_meta("The State Council issued an outline on science literacy on June 25.")["issuer"] == \
        "State Council"
    found = english_meta("The Hubei Provincial Government and the Hubei Association for Science and Technology "
                         "jointly issued a plan to raise science literacy.")
    assert found["issuer"] == "Hubei Provincial Government and the Hubei Association for Science and Technology"
    found = english_meta("Guangdong will act, according to a document released by the Provincial Government Office.")
    assert found["issuer"] == "Provincial Government Office"


def test_no_issuer_where_the_subject_is_no_organ_or_nothing_is_a_document() -> None:
    assert "issuer" not in english_meta("The survey was released by the research institute in Beijing.")
    assert "issuer" not in english_meta("The Provincial Association for Science and Technology released the "
                                        "survey results on Monday.")
    assert "issuer" not in english_meta("Zhang Wei, a researcher, released a plan of his own.")


def test_a_title_in_quotes_after_issued_or_after_titled_with_its_period() -> None:
    found = english_meta("The General Office of the State Council issued the “Opinions on Strengthening Science "
                         "Popularization”.")
    assert found["title"] == "Opinions on Strengthening Science Popularization"
    assert found["issuer"] == "General Office of the State Council"
    found = english_meta("The document, titled Jiangxi Action Plan for Scientific Literacy 2021-2025, sets goals.")
    assert found["title"] == "Jiangxi Action Plan for Scientific Literacy 2021-2025"
    assert found["period"] == (2021, 2025)
    found = english_meta("The State Council issued an outline on June 25, laying out tasks from 2021 to 2035.")
    assert found["period"] == (2021, 2035)


def test_a_title_line_in_title_case_naming_a_document() -> None:
    text = "Home >> Documents\nImplementation Plan on Scientific Literacy of Ganzhou City (2016—2020)\nPubTime: x\n"
    found = english_meta(text + FILLER)
    assert found["title"] == "Implementation Plan on Scientific Literacy of Ganzhou City (2016—2020)"
    assert found["period"] == (2016, 2020)


def test_no_title_or_period_from_a_lecture_a_plan_to_be_drawn_up_or_a_generic_name() -> None:
    assert "title" not in english_meta('He gave a lecture on the title of "Smart Technology Reshaping the Future".')
    assert english_meta("We will work out a national science literacy plan for 2035-2050.") == {}
    assert "title" not in english_meta("The State Council issued an outline of a national campaign on Friday.")


# --- where the reader reads ------------------------------------------------------------------------------------

def test_only_a_page_in_english_is_read_so() -> None:
    chinese = "到2025年，全市公民具备科学素质的比例超过15%。" * 20 + "The proportion of citizens with scientific literacy will exceed 30% by 2030."
    assert not is_english(chinese)
    plan, rows = parsed(chinese)
    assert rows == {("target", 2025, 15.0, ">")}
    english = FILLER + " The proportion of citizens with scientific literacy will exceed 30% by 2030."
    assert is_english(english)
    plan, rows = parsed(english)
    assert rows == {("target", 2030, 30.0, ">")}


def test_an_english_page_gets_its_front_matter_through_the_parser() -> None:
    text = ("The State Council issued the “Outline for Scientific Literacy (2021-2035)” on Friday. " + FILLER)
    plan, _ = parsed(text)
    assert plan["title"] == "Outline for Scientific Literacy (2021-2035)"
    assert plan["issuer"] == "State Council"
    assert (plan["period_start"], plan["period_end"]) == (2021, 2035)


def test_the_words_file_names_its_bad_line(tmp_path) -> None:
    bad = tmp_path / "words.csv"
    bad.write_text("word,kind,note\nurban,grop,\n", encoding="utf-8")
    with pytest.raises(ValueError, match="line 2"):
        english_words(bad)


def test_the_nations_share_on_a_regions_page_is_not_its_own() -> None:
    text = ("Guangdong lifts science literacy\n"
            "In 2023, 16.2 percent of Guangdong residents were scientifically literate. "
            "China aims to raise the proportion of scientifically literate citizens to 15 percent by 2025.")
    assert shares(text) == {("baseline", 2023, 16.2, "=")}
    nation = ("China lifts science literacy\nBEIJING -- China aims to raise the proportion of scientifically "
              "literate citizens to 15 percent by 2025.")
    assert shares(nation) == {("target", 2025, 15.0, "=")}  # a dateline's place is no region of the page's


def test_a_headline_restating_a_dated_share_is_one_fact() -> None:
    text = ("Scientific literacy rate hits 14.1%\n"
            "The proportion of citizens with scientific literacy reached 14.1 percent in 2023, a survey showed.")
    assert shares(text) == {("baseline", 2023, 14.1, "=")}


def test_a_news_headline_in_title_case_is_no_title_line() -> None:
    for headline in ("New Plan for Science Popularization Released", "Sichuan Unveils Action Plan for Science Literacy",
                     "China Sets Plan to Boost Scientific Literacy"):
        assert "title" not in english_meta(f"{headline}\n{FILLER}")
    assert "title" not in english_meta("Position: Home >> News\n" + FILLER)
    assert english_meta(f"Hunan Science Popularization Action Plan\n{FILLER}")["title"] == \
        "Hunan Science Popularization Action Plan"


def test_no_issuer_from_a_time_before_the_body() -> None:
    assert "issuer" not in english_meta("On Tuesday the State Council issued a plan on science literacy.")


def test_science_literacy_and_scientific_quality_name_the_share() -> None:
    assert shares("The proportion of Chinese citizens with science literacy reached 14.14 percent in 2023.") == \
        {("baseline", 2023, 14.14, "=")}
    assert shares("Residents with scientific quality will account for 16 percent by 2025.") == \
        {("target", 2025, 16.0, "=")}


def test_lines_a_copy_wrapped_are_read_whole_and_a_menu_before_a_lead_is_no_issuer() -> None:
    wrapped = ("Home\nThe proportion of citizens with \nscientific literacy will exceed \n21 percent by 2030.\n" + FILLER)
    assert shares(wrapped) == {("target", 2030, 21.0, ">")}
    assert english_meta("Visit the site\nThe State Council issued an outline on science literacy.")["issuer"] == \
        "State Council"
    assert english_meta("Share this page The Ministry of Science and Technology issued a plan on popular "
                        "science.")["issuer"] == "Ministry of Science and Technology"
    assert shares("The proportion of citizens with scientific literacy reached １２．５％ in ２０２２.") == \
        {("baseline", 2022, 12.5, "=")}  # full-width forms


def test_a_chinese_date_glued_before_a_title_line_glossed_or_not_is_left_out() -> None:
    for date in ("二〇二一年三月二日", "2021年(nián)3月2日(rì)"):
        found = english_meta(f"Home\n{date}Implementation Plan on Scientific Literacy of Ganzhou City (2021-2025)\n"
                             + FILLER)
        assert found["title"] == "Implementation Plan on Scientific Literacy of Ganzhou City (2021-2025)"


# --- round twenty-seven: the reader's leftovers ----------------------------------------------------------------

def test_a_full_stop_glued_to_the_next_sentence_still_ends_one() -> None:
    # an abstract's sentences glued (2025.The …): the goal's "by 2025" is not the reached share's
    glued = ("The survey was done in 2023 to plan for 2025.The share of citizens with scientific literacy "
             "reached 13.2% in 2023,a rise of 1.1 percentage points.")
    assert shares(glued) == {("baseline", 2023, 13.2, "=")}
    glued_goal = ("By 2025.The proportion of residents with science literacy will be 11 percent by 2025.Residents "
                  "with science literacy made up 9.4 percent in 2022.")
    assert shares(glued_goal) == {("target", 2025, 11.0, "="), ("baseline", 2022, 9.4, "=")}
    # not a sentence's end: decimals, initials (e.g.The), a site's name
    assert shares("The proportion with scientific literacy (see chinadaily.com.cn) reached 10.56 percent in 2020.") \
        == {("baseline", 2020, 10.56, "=")}


def test_it_grew_to_carries_the_share_named_before() -> None:
    text = ("The proportion of citizens with scientific literacy reached 14.1 percent in 2023. "
            "In 2010, the proportion was just 3.3 percent. In 2020, it grew to 10.6 percent.")
    assert ("baseline", 2020, 10.6, "=") in shares(text)
    other = ("Hubei's residents with scientific literacy reached 9.9 percent in 2021. "
             "A year on, it stood at 11.2 percent in 2022, the bureau said.")  # a form no listed page shows
    assert shares(other) == {("baseline", 2021, 9.9, "="), ("baseline", 2022, 11.2, "=")}
    # no share named before on the page: "it" is nothing's
    assert shares("The city opened a museum. In 2020, it grew to 10 percent of visits.") == set()


def test_a_goals_span_from_a_share_in_one_year_to_another_in_a_later_year() -> None:
    text = "The aim is to increase the population's scientific literacy from 6.4 percent in 2015 to above 10 percent in 2020."
    assert shares(text) == {("baseline", 2015, 6.4, "="), ("target", 2020, 10.0, ">")}
    other = ("The plan is expected to lift the share of residents with science literacy from 8 percent, "
             "to 12 percent by 2025.")  # a form no listed page shows
    assert shares(other) == {("baseline", None, 8.0, "="), ("target", 2025, 12.0, "=")}
    # a span already reached is two shares reached, not a goal
    reached = "The share of residents with scientific literacy rose from 8 percent in 2015 to 12 percent in 2020."
    assert shares(reached) == {("baseline", 2015, 8.0, "="), ("baseline", 2020, 12.0, "=")}


def test_an_issuer_after_a_dateline_or_with_an_appositive_and_the_period_in_its_sentence() -> None:
    found = english_meta("BEIJING, March 4 (Xinhua) -- China's State Council, the cabinet, has issued a plan to lift "
                         "scientific literacy over the 14th five-year period (2021-2025).")
    assert found["issuer"] == "China's State Council" and found["period"] == (2021, 2025)
    other = english_meta("HEFEI -- The Anhui Provincial Government, the province's cabinet, released an "
                         "outline on science popularization (2016-2020).")  # a form no listed page shows
    assert other["issuer"] == "Anhui Provincial Government" and other["period"] == (2016, 2020)
    # a bracketed span before the issuing verb is not the document's
    assert "period" not in english_meta("In the last plan (2011-2015) the State Council issued an outline.")


def test_an_issuer_named_by_its_place_or_a_zone_institute_leading_group_or_cast() -> None:
    assert english_meta("Pingtan issued the implementation plan of the national scientific quality action "
                        "plan.")["issuer"] == "Pingtan"
    for body in ("Pingtan Comprehensive Experimental Zone", "China Research Institute for Science Popularization",
                 "Provincial Leading Group for Science Popularization", "CAST"):
        assert english_meta(f"The {body} issued a work plan on science literacy.")["issuer"] == body
    # the nation, a place not a Chinese division, a body in small letters: no issuer
    for subject in ("China", "Springfield", "the city"):
        assert "issuer" not in english_meta(f"{subject} issued a plan on science literacy.")


def test_a_possessive_a_copy_cut_from_its_word_is_glued_back() -> None:
    found = english_meta("NANNING -- China\n's State Council, the cabinet, has issued\n an outline on science "
                         "literacy (2021-2035).")
    assert found["issuer"] == "China's State Council"
    assert shares("The aim is to raise the city\n's scientific literacy from 9 percent in 2020 to 13 percent in "
                  "2025.") == {("baseline", 2020, 9.0, "="), ("target", 2025, 13.0, "=")}
    # a line opening with a quotation mark is no possessive
    assert english_meta("Home\n'Science' is the theme of the week.\n" + FILLER) == {}
    found = english_meta("The State Council has issued a plan over the 13th five\n-year-plan period (2016-2020).")
    assert found["period"] == (2016, 2020)  # a hyphened word's half cut from it
