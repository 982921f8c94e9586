"""The place an outlet's masthead is named after, for corpora that count it
(geo.text.outlet_places; the evaluation's predictor adds them: geo.evaluate.systems)."""

import pytest

from geo import evaluate
from geo.text.outlet_places import outlet_places


def _found(text, gazetteer, read=()):
    return {
        text[s:e]: (round(lat, 1), round(lon, 1))
        for s, e, lat, lon in outlet_places(text, gazetteer, read)
    }


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name", "near"),
    [
        ("The mayor spoke to the Winnipeg Free Press on Monday.", "Winnipeg", (49.9, -97.1)),
        # a city of 100,000 before the state so named
        (
            "As The Washington Post's editors noted, the vote was close.",
            "Washington",
            (38.9, -77.0),
        ),
        ("A reporter for the New York Daily News asked him.", "New York", (40.7, -74.0)),
        ("From Lansing State Journal: the board met.", "Lansing", (42.7, -84.6)),
        # a country before its towns so named; a demonym's country
        ("The Costa Rica Star newspaper reported it first.", "Costa Rica", (10.0, -84.0)),
        ("The Canadian Press reported the figures.", "Canadian", (59.3, -97.0)),
    ],
)
def test_an_outlets_home_is_found(gazetteer, text, name, near):
    found = _found(text, gazetteer)
    assert set(found) == {name}
    lat, lon = found[name]
    assert abs(lat - near[0]) < 0.5 and abs(lon - near[1]) < 0.5


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        "Fox News reported the storm.",  # an everyday word names no hamlet
        "He told CBS News so.",  # a network's letters
        "By Staff Reporter. The Herald understands the plan.",  # no name before the masthead
        "Morris told the St. Paul Pioneer Press he left.",  # "Pioneer" is part of the name
        "The Odesa Post Office burned.",  # a building, no masthead
        "The Vienna Opera house reopened.",  # no masthead word
    ],
)
def test_no_outlet_home(gazetteer, text):
    assert _found(text, gazetteer) == {}


@pytest.mark.gazetteer
def test_the_texts_own_reading_wins(gazetteer):
    text = "Police in Portland said so, the Portland Herald wrote."
    maine = ("Portland", 43.66, -70.26)  # the parser read the town in Maine here
    assert _found(text, gazetteer, [maine]) == {"Portland": (43.7, -70.3)}


def test_the_predictor_adds_outlets_where_asked(monkeypatch):
    from geo.model import Place, Toponym

    sumy = Place(1, "Sumy", "place", "UA", 50.9, 34.8)

    def fake_geoparse(text, gazetteer, *, demonyms=False):
        i = text.find("Sumy")
        return (Toponym(i, i + 4, "Sumy", sumy),)

    def fake_outlets(text, gaz, read):
        assert list(read) == [("Sumy", 50.9, 34.8)]
        return [(0, 4, 1.0, 2.0), (text.find("Sumy"), text.find("Sumy") + 4, 3.0, 4.0)]

    import importlib

    monkeypatch.setattr(importlib.import_module("geo.text.geoparse"), "geoparse", fake_geoparse)
    monkeypatch.setattr(
        importlib.import_module("geo.text.outlet_places"), "outlet_places", fake_outlets
    )
    text = "Kyiv Independent: shelling in Sumy."
    plain = evaluate.geo_predictor(gazetteer=object())
    assert [t["text"] for t in plain(text)] == ["Sumy"]
    predict = evaluate.geo_predictor(outlets=True, gazetteer=object())
    rows = predict(text)
    # the outlet's place is added before Sumy; one overlapping a toponym is not
    assert [(t["text"], t["lat"], t["kind"]) for t in rows] == [
        ("Kyiv", 1.0, "outlet"),
        ("Sumy", 50.9, "place"),
    ]


def test_outlet_corpora_are_the_ones_whose_guidelines_count_them():
    assert "geovirus" not in evaluate.OUTLET_CORPORA  # its annotators left mastheads out
    assert {"lgl", "tr-news", "geowebnews"} <= evaluate.OUTLET_CORPORA
