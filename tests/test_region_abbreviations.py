"""Abbreviated regions after a place, the longest abbreviation first: Canadian Press
("Churchill, Man.", "Charlottetown, P.E.I."), Australian ("Wagga Wagga, N.S.W.",
"Launceston, Tas.") and older US forms ("Hastings, Penna.")."""

from __future__ import annotations

import pytest

from geo import analyze
from geo.text.region_abbreviations import ABBREVIATIONS, abbreviation_at
from geo.text.tokens import tokenize

pytestmark = pytest.mark.gazetteer


def _places(text):
    return [
        (t.text, t.place.country_code, t.place.admin1_code, t.place.kind)
        for t in analyze(text).toponyms
        if t.place is not None
    ]


@pytest.mark.parametrize(
    ("text", "name", "region"),
    [
        ("Polar bears gathered near Churchill, Man., on Monday.", "Churchill", ("CA", "03")),
        ("BRANDON, Man. — The mayor said the dike held.", "BRANDON", ("CA", "03")),
        ("He grew up in Wagga Wagga, N.S.W., before moving.", "Wagga Wagga", ("AU", "02")),
        ("A bushfire threatened Launceston, Tas., overnight.", "Launceston", ("AU", "06")),
        ("Floods cut roads out of Mackay, Qld., on Friday.", "Mackay", ("AU", "04")),
        ("The storm reached Perth, W.A., by noon.", "Perth", ("AU", "08")),
        ("A ferry left Charlottetown, P.E.I., at dawn.", "Charlottetown", ("CA", "09")),
        ("ST. JOHN'S, N.L. (CP) - A storm closed schools.", "ST. JOHN'S", ("CA", "05")),
        ("Miners walked out in Yellowknife, N.W.T., on Monday.", "Yellowknife", ("CA", "13")),
        ("The mill at Hastings, Penna., closed in 1920.", "Hastings", ("US", "PA")),
    ],
)
def test_the_abbreviation_places_the_town_in_its_region(text, name, region):
    assert any(p[:3] == (name, *region) for p in _places(text))


@pytest.mark.parametrize(
    ("text", "mention", "region"),
    [
        ("He grew up in Wagga Wagga, N.S.W., before moving.", "N.S.W.", ("AU", "02")),
        ("Polar bears gathered near Churchill, Man., on Monday.", "Man.", ("CA", "03")),
        ("Fires burned across N.S.W. this week.", "N.S.W.", ("AU", "02")),
        ("The P.E.I. government announced a plan.", "P.E.I.", ("CA", "09")),
    ],
)
def test_the_abbreviation_is_its_region(text, mention, region):
    assert (mention, *region, "admin1") in _places(text)


def test_a_longer_abbreviation_is_never_read_as_its_first_letters():
    # "N.S." alone is Nova Scotia: inside "N.S.W." it is no mention of its own.
    places = _places("Rain fell on Orange, N.S.W., and on Dubbo, N.S.W., all week.")
    assert not any(p[1] == "CA" for p in places)
    assert ("Orange", "AU", "02", "place") in places


def test_new_south_wales_is_its_mainland_not_lord_howe_island():
    (t,) = [t for t in analyze("Fires burned across N.S.W. this week.").toponyms]
    assert t.place.name == "New South Wales"
    assert -38 < t.lat < -28 and 140 < t.lon < 154


@pytest.mark.parametrize(
    "text",
    [
        "Telefonica, S.A., reported its results.",  # a firm's legal form
        "The temple was built in 500 B.C. by the king.",
        "Coins from 200 B.C.E. were found.",
    ],
)
def test_no_region_where_the_letters_are_something_else(text):
    assert not any(p[3] == "admin1" for p in _places(text))


def test_abbreviation_at_reads_the_longest_dotted_form():
    text = "Dubbo, N.S.W. and Halifax, N.S. and Othello, WA"
    tokens = tokenize(text)
    at = {text[t.start : t.end]: k for k, t in enumerate(tokens)}
    assert abbreviation_at(text, tokens, 1) == ("n s w", ("AU", "02"), 3)
    halifax_n = next(k for k, t in enumerate(tokens) if t.start > text.index("Halifax"))
    assert abbreviation_at(text, tokens, halifax_n) == ("n s", ("CA", "07"), halifax_n + 1)
    assert abbreviation_at(text, tokens, at["WA"]) is None  # undotted: a postal code
    assert all(len(k.split()) <= 3 for k in ABBREVIATIONS)
