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
