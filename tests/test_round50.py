"""Issue 23, round fifty: English pages' shares the region guard and a "by YEAR" hid (docs/parser_rounds.md). A
national story whose caption or opening scene names a place is no region's page when no sentence naming the measure
names that place; "By YEAR, the share had reached X" is a share reached, not a goal. Made-up pages, one form in wording
no listed page shows, and the forms the rules must not take."""

from __future__ import annotations

import pytest
from made_up import targets

from sciplan_analysis.parsing.english import PAST_PERFECT  # noqa: F401  (the name the round adds)

STORY = ("Science popularization and sci-tech innovation are the two wings of innovative development, experts said at a "
         "forum held this week, where museums, schools and companies showed their newest work to the public.\n")


@pytest.mark.parametrize("opening", [
    # a photo caption naming a city over a national story (as one listed page shows it, other words)
    "| Pupils try a robot at a science center in Zibo, Shandong province. (PHOTO: VCG) |\n",
    # a scene opening the story in a province's museum (as another listed site shows it, other words)
    "Science on the rise\n\nThe Gansu Science and Technology Museum in Gansu province recently welcomed a group of "
    "pupils from a village school.\n\n",
    # wording no listed page shows: a picture's credit line naming a city
    "Visitors watch a rocket model in Hangzhou. [Photo/Xinhua]\n",
])
def test_a_place_named_only_in_a_caption_or_scene(opening):
    page = opening + STORY + "The proportion of scientifically literate Chinese citizens increased to 12.93 percent in 2022.\n"
    assert targets(page) == {("baseline", 2022, 12.93)}


def test_a_region_page_still_sets_the_nation_apart():
    """The guard: a page whose share sentence names its province reads the province's share, not the nation's."""
    page = ("Jiangsu sees more scientifically literate citizens\n" + STORY
            + "In 2022, 15.89 percent of the Jiangsu citizens were scientifically literate. China's proportion of "
              "scientifically literate citizens was 12.93 percent in 2022.\n")
    assert targets(page) == {("baseline", 2022, 15.89)}


@pytest.mark.parametrize(("sentence", "found"), [
    # as the listed page shows it (other words)
    ("By 2020, the proportion of citizens with scientific literacy in China had reached 10.56 percent, thanks to "
     "years of outreach.", {("baseline", 2020, 10.56)}),
    # wording no listed page shows
    ("By 2015, the share of scientifically literate citizens had already risen to 6.2 percent.",
     {("baseline", 2015, 6.2)}),
    # not taken: a goal by a year stays a goal (will; has exceeded after "by 2025", round twenty-six's form)
    ("By 2025, the proportion of scientifically literate citizens will exceed 15 percent.", {("target", 2025, 15.0)}),
    ("The plan says that by 2025 the proportion of scientifically literate citizens has exceeded 15%.",
     {("target", 2025, 15.0)}),
])
def test_by_a_year_the_share_had_reached(sentence, found):
    assert targets(STORY + sentence + "\n") == found


@pytest.mark.parametrize(("sentence", "found"), [
    # as the listed page shows it (other words): the survey's tiers named in quotation marks before a comma
    ('The survey found a large group "having basic scientific literacy", reaching 44 percent last year. Those '
     '"possessing scientific literacy" reached 15.37 percent.', {("baseline", None, 15.37)}),
    ('The share of citizens "possessing advanced scientific literacy" was 2.3 percent. Those "possessing scientific '
     'literacy" reached 15.37 percent.', {("baseline", None, 15.37)}),
    # wording no listed page shows: the lower tier after a dash, the upper tier's share in its own clause
    ("Citizens with basic scientific literacy - now 44 percent of adults - outnumber those who are scientifically "
     "literate, at 15.37 percent, and only 2.3 percent have advanced scientific literacy.", {("baseline", None, 15.37)}),
    # not taken away: the share named plainly after the basic tier (the plain name is the last before the value)
    ("Besides basic scientific literacy, the proportion of scientifically literate citizens reached 15.37 percent.",
     {("baseline", None, 15.37)}),
])
def test_the_survey_tiers_are_other_measures(sentence, found):
    """A tier of the survey (basic below the share, advanced above it) is another measure (holdout52's basic share
    set apart, completed: named in a clause before the value's own; the upper tier a word of another measure)."""
    assert targets(STORY + sentence + "\n") == found
