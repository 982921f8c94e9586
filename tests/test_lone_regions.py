"""A far region's name inside a person's or a body's name ("Kristian Lewis", "the
Federal Ministry") is no place when the text speaks of no place of its country.

Every text here is written for these tests.
"""

import pytest

from geo.model import Place, Toponym
from geo.text.lone_regions import drop_lone_regions
from geo.text.tokens import Mention

_NEIGHBOURS = {"US": ("CA", "MX"), "UA": ("RU", "PL"), "RU": ("UA",)}


class _Gaz:
    def neighbours(self, code):
        return _NEIGHBOURS.get(code, ())


def _place(name, kind, cc):
    return Place(1, name, kind, cc, 10.0, 10.0)


def _read(text, readings, **marks):
    """Toponyms and mentions for ``readings``: (surface, kind, country code), in order."""
    toponyms, mentions, at = [], [], 0
    for surface, kind, cc in readings:
        start = text.index(surface, at)
        at = start + len(surface)
        toponyms.append(Toponym(start, at, surface, _place(surface, kind, cc)))
        m = Mention(start, at, surface.lower(), 0, 0)
        for attr, value in marks.get(surface, {}).items():
            setattr(m, attr, value)
        mentions.append(m)
    return toponyms, mentions


def _kept(text, readings, **marks):
    toponyms, mentions = _read(text, readings, **marks)
    return [t.text for t in drop_lone_regions(text, _Gaz(), toponyms, mentions)]


def test_a_given_name_read_as_a_far_region_is_dropped():
    text = "Pupils from Dayton won prizes: Kristian Lewis and Ann Wu."
    assert _kept(text, [("Dayton", "place", "US"), ("Kristian", "admin1", "NO")]) == ["Dayton"]


def test_a_word_of_a_body_name_is_dropped():
    text = "The Federal Ministry said that Lagos would get funds."
    assert _kept(text, [("Federal", "admin1", "BR"), ("Lagos", "place", "NG")]) == ["Lagos"]


def test_a_name_standing_alone_is_kept():
    text = "Flights from Dayton to Manitoba resume."
    assert _kept(text, [("Dayton", "place", "US"), ("Manitoba", "admin1", "CA")]) == [
        "Dayton", "Manitoba"
    ]
    text = "Dayton officials met. The Gard prefect came."  # "The": a sentence's opener
    assert _kept(text, [("Dayton", "place", "US"), ("Gard", "admin1", "FR")]) == [
        "Dayton", "Gard"
    ]


@pytest.mark.parametrize(
    ("text", "readings"),
    [
        # The text places something else in the region's country.
        ("Kristian Lewis left Dayton for Oslo.",
         [("Kristian", "admin1", "NO"), ("Dayton", "place", "US"), ("Oslo", "place", "NO")]),
        # The region's country borders the text's: "Kursk Mayor" in a story of Ukraine.
        ("Kursk Mayor Ivanov spoke as Sumy was shelled.",
         [("Kursk", "admin1", "RU"), ("Sumy", "place", "UA")]),
        # The region's own office after it.
        ("Gard Prefecture staff visited Dayton.",
         [("Gard", "admin1", "FR"), ("Dayton", "place", "US")]),
        # No other place to tell by.
        ("Kristian Lewis won.", [("Kristian", "admin1", "NO")]),
    ],
)
def test_kept_where_the_text_supports_it(text, readings):
    assert _kept(text, readings) == [r[0] for r in readings]


def test_a_name_with_a_cue_anywhere_is_kept():
    text = "Dayton teams went to Gard. Gard Lewis scored."
    toponyms, mentions = _read(
        text, [("Dayton", "place", "US"), ("Gard", "admin1", "FR"), ("Gard", "admin1", "FR")]
    )
    mentions[1].cue = "in"
    kept = drop_lone_regions(text, _Gaz(), toponyms, mentions)
    assert [t.text for t in kept] == ["Dayton", "Gard", "Gard"]


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        # testerB26 P6: the Kent rail operator, not North Macedonia's Southeastern region.
        "Southeastern said trains between Ramsgate and Dover were cancelled.",
        "Passengers were told to expect delays, Southeastern said, after a landslip near "
        "Folkestone.",
        "Southwestern said it had cancelled services from Exeter to Plymouth.",
    ],
)
def test_a_bare_compass_adjective_of_a_far_country_is_no_region(gazetteer, text):
    from geo.text.geoparse import geoparse

    tops = geoparse(text, gazetteer)
    assert all(t.place.country_code == "GB" for t in tops if t.place is not None)
    assert not any(t.text.endswith("western") or t.text.endswith("eastern") for t in tops)


@pytest.mark.gazetteer
def test_a_compass_adjective_of_the_text_s_country_stays_a_region(gazetteer):
    from geo.text.geoparse import geoparse

    text = "Floods hit the Southeastern region of North Macedonia near Strumica."
    tops = {t.text: t for t in geoparse(text, gazetteer)}
    assert tops["Southeastern"].place.country_code == "MK"
