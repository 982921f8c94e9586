"""A name with another name of it in brackets is one place (geo.text.bracket_names).
Texts written for these tests."""

from __future__ import annotations

import pytest

import geo


def readings(text, gazetteer):
    return {t.text: t.place for t in geo.analyze(text, gazetteer=gazetteer).toponyms}


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "old", "new"),
    [
        ("Assault groups pressed on toward Krasnoye (Krasne) and Udachne, the channel "
         "wrote of the Pokrovsk front.", "Krasnoye", "Krasne"),
        ("Our units cleared Dimitrov (Myrnohrad) street by street, the ministry said.",
         "Dimitrov", "Myrnohrad"),
    ],
)  # fmt: skip
def test_a_bracketed_other_name_is_the_same_place(gazetteer, text, old, new):
    found = readings(text, gazetteer)
    assert found[old] is not None and found[new] is not None
    assert found[old].geonameid == found[new].geonameid


@pytest.mark.gazetteer
def test_a_bracketed_region_or_other_place_is_not_joined(gazetteer):
    found = readings(
        "Drones hit Kramatorsk (Donetsk region) and Sumy (Sumy region) overnight.", gazetteer
    )
    assert found["Kramatorsk"].kind == "place" and found["Donetsk"].kind == "admin1"


def pair(gazetteer, text, a, b):
    from geo.text.tokens import Mention

    out = []
    for k, name in enumerate((a, b)):
        s = text.index(name)
        out.append(Mention(s, s + len(name), name.lower(), k, k))
        out[-1].candidates = list(gazetteer.lookup(name))
    return out


def ukrainian(gazetteer, name, near):
    from geo.geometry import distance_km

    recs = [c.record for c in gazetteer.lookup(name) if gazetteer.country_code(c.record) == "UA"]
    return min(recs, key=lambda r: distance_km(gazetteer.lat_lon(r), near))


@pytest.mark.gazetteer
def test_resolved_apart_the_pair_takes_the_place_both_name(gazetteer):
    from geo.text.bracket_names import bracket_names

    text = "fighting continues for Krasnoye (Krasne) west of the city"
    mentions = pair(gazetteer, text, "Krasnoye", "Krasne")
    by_bakhmut = ukrainian(gazetteer, "Krasnoye", (48.59, 38.0))  # once Krasnoye only
    shared = ukrainian(gazetteer, "Krasne", (48.05, 37.19))  # once Krasne (Krasnoye)
    assert by_bakhmut != shared
    out = bracket_names(text, gazetteer, mentions, [(by_bakhmut, 0.7), (shared, 0.6)])
    assert out == [(shared, 0.6), (shared, 0.6)]
    # no bracket: two names, each its own reading
    plain = text.replace("(Krasne)", "and Krasne")
    mentions = pair(gazetteer, plain, "Krasnoye", "Krasne")
    assert bracket_names(plain, gazetteer, mentions, [(by_bakhmut, 0.7), (shared, 0.6)]) == [
        (by_bakhmut, 0.7),
        (shared, 0.6),
    ]
