"""Everyday words read as small far-off towns are dropped (geo.text.everyday_strays);
the same words stay places where the text supports them."""

import pytest

from geo.model import Place, Toponym
from geo.text.everyday_strays import drop_everyday_strays
from geo.text.geoparse import geoparse
from geo.text.tokens import Mention


def _names(text, gazetteer):
    return [text[t.start : t.end] for t in geoparse(text, gazetteer)]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # A unit, a faith's branch, a bank: no town of Louisiana, Alabama, Arkansas.
        (
            "Soldiers from Kentucky and Tennessee joined 400 National Guard and Reserve "
            "troops at the armory in Frankfort on Monday.",
            "Reserve",
        ),
        (
            "The Reform congregation in Pittsburgh opened its doors to neighbors from "
            "Squirrel Hill and Shadyside.",
            "Reform",
        ),
        (
            "Tickets are sold by the Landmark Bank branch in Sherman, Texas, and at the county "
            "fairgrounds in Denison.",
            "Landmark",
        ),
    ],
)
def test_everyday_word_far_from_the_text_is_no_place(gazetteer, text, word):
    assert word not in _names(text, gazetteer)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a cue, a container, a preposition of place, a town near the text's others
        ("Flooding closed roads in Reserve, Louisiana, and in LaPlace.", "Reserve"),
        ("A man from Reform was hurt near Tuscaloosa, Alabama.", "Reform"),
        ("Storms hit Landmark and Little Rock, Arkansas, on Sunday.", "Landmark"),
    ],
)
def test_everyday_word_the_text_supports_stays(gazetteer, text, word):
    assert word in _names(text, gazetteer)


def _toponym(text, word, place, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return Toponym(start, start + len(word), word, place, 0.5)


def _mention(t):
    return Mention(t.start, t.end, t.text.lower(), 0, 0)


class _Gaz:
    """The one method the stage asks of a gazetteer besides the candidates' places."""

    def common_rank(self, word):
        return {"bell": 2514, "paris": 1608}.get(word)


_BELL = Place(1, "Bell", "place", "US", 33.97, -118.19, "CA", population=35_000)
_TOWN = Place(2, "Paris", "place", "US", 33.66, -95.56, "TX", population=25_000)
_FAR_TOWN = Place(3, "Denison", "place", "US", 33.76, -96.54, "TX", population=24_000)


def test_stage_keeps_a_word_without_other_places():
    text = "Bell rang."
    bell = _toponym(text, "Bell", _BELL)
    assert drop_everyday_strays(text, _Gaz(), [bell], [_mention(bell)]) == (bell,)


def test_stage_drops_a_far_word_and_keeps_its_cued_namesake():
    text = "The Bell choir sang in Denison."
    bell = _toponym(text, "Bell", _BELL)
    denison = _toponym(text, "Denison", _FAR_TOWN)
    out = drop_everyday_strays(text, _Gaz(), [bell, denison], [_mention(bell), _mention(denison)])
    assert out == (denison,)
    # the same word with a cue elsewhere in the text: a town everywhere
    text = "The Bell choir sang in Denison and in Bell."
    bell2 = _toponym(text, "Bell", _BELL, nth=1)
    cued = Toponym(bell2.start, bell2.end, "Bell", _BELL, 0.5, "in")
    first = _toponym(text, "Bell", _BELL)
    mentions = [_mention(first), _mention(denison)]
    mentions.append(Mention(cued.start, cued.end, "bell", 0, 0, "in"))
    out = drop_everyday_strays(text, _Gaz(), [first, denison, cued], mentions)
    assert [t.text for t in out] == ["Bell", "Denison", "Bell"]


def test_stage_keeps_a_word_in_the_region_of_the_text():
    text = "The Paris mayor met Denison officials."
    paris = _toponym(text, "Paris", _TOWN)
    denison = _toponym(text, "Denison", _FAR_TOWN)
    out = drop_everyday_strays(text, _Gaz(), [paris, denison], [_mention(paris), _mention(denison)])
    assert out == (paris, denison)


def test_everyday_word_read_by_another_name_is_no_place(gazetteer):
    # "Go" and "Soul" name regions and cities by other names (aliases): words here
    text = (
        'The pastor told the crowd in Tulsa, Oklahoma: "Go in peace." The choir sang '
        '"It Is Well with My Soul" before the service ended in Broken Arrow.'
    )
    names = _names(text, gazetteer)
    assert "Go" not in names and "Soul" not in names
    assert {"Tulsa", "Oklahoma", "Broken Arrow"} <= set(names)


def test_a_region_news_names_often_is_no_everyday_word(gazetteer):
    # "Kashmir" is among a web corpus's 12,000 commonest words, read here by another
    # name of a region (Azad Kashmir): a region's name, kept far from the other places
    text = (
        "Pakistan said its jets struck back over Pakistan's Punjab. Later, drones came "
        "down near Amritsar, in India's Punjab, and over Pakistan-administered Kashmir."
    )
    assert "Kashmir" in _names(text, gazetteer)


def test_abbreviated_state_after_its_town_stays(gazetteer):
    names = _names("Fire crews from Worcester, Mass. and Hartford met.", gazetteer)
    assert "Mass" in " ".join(names)
