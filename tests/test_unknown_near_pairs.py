"""A "near" pair or list of villages the gazetteer lacks, none of them known and none
directed, lies near the place its sentence named last ("toward Korenevo, about 35 km
northwest of Sudzha, and near Malaya Loknya and Sverdlikovo"): each is estimated around
it (geo.text.hints.lists) rather than left out."""

from __future__ import annotations

import pytest

from geo.geometry import distance_km

SUDZHA = (51.1910, 35.2710)


def _mentions(text):
    from geo.text.tokens import Mention

    out = []
    for name, unknown in (("Sudzha", False), ("Zlobino", True), ("Kotlyarka", True)):
        start = text.find(name)
        if start >= 0:
            out.append(Mention(start, start + len(name), name.lower(), 0, 0, unknown=unknown))
    return out


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Troops pushed past Sudzha and fought near Zlobino and Kotlyarka.", 0),
        ("Troops pushed past Sudzha. They fought near Zlobino and Kotlyarka.", None),
    ],
)
def test_unknown_pair_takes_its_sentence_place(text, anchor):
    from geo.text.hints import read_hints

    hints = read_hints(text, _mentions(text))
    got = {hints[j].anchor for j in (1, 2) if j in hints}
    assert got == ({anchor} if anchor is not None else {1, 2})


@pytest.mark.gazetteer
def test_unknown_pair_is_estimated_near_the_sentence_place(gazetteer):
    from geo import analyze

    text = (
        "The ministry said its forces stopped units trying to break through toward "
        "Korenevo, about 35 kilometers northwest of Sudzha, and near Malaya Loknya and "
        "Sverdlikovo."
    )
    found = {t.text: t for t in analyze(text, gazetteer=gazetteer).toponyms}
    for name in ("Malaya Loknya", "Sverdlikovo"):
        t = found[name]
        assert t.estimated and distance_km((t.place.lat, t.place.lon), SUDZHA) <= 40.0
