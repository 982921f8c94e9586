"""An everyday word at an end of a route ("the Kyiv-Chop highway") is the road's end, a
place, however far it lies from the text's other places (geo.text.everyday_strays)."""

import pytest

from geo.model import Place, Toponym
from geo.text.everyday_strays import _route_end


def _tops(text, names):
    out = []
    for name in names:
        start = text.find(name)
        place = Place(1, name, "place", "UA", 0.0, 0.0)
        out.append(Toponym(start, start + len(name), name, place, 1.0, ""))
    return out


@pytest.mark.parametrize(
    ("text", "names", "k", "expected"),
    [
        ("on the Kyiv-Chop highway", ("Kyiv", "Chop"), 1, True),
        ("on the Kyiv–Chop road", ("Kyiv", "Chop"), 1, True),
        ("along the Lviv-Chop-Uzhhorod railway", ("Lviv", "Chop", "Uzhhorod"), 1, True),
        ("the Kyiv-Chop talks", ("Kyiv", "Chop"), 1, False),  # no route word
        ("Kyiv and Chop were hit", ("Kyiv", "Chop"), 1, False),  # not joined
    ],
)
def test_an_end_of_a_route(text, names, k, expected):
    assert _route_end(text, _tops(text, names), k) is expected


@pytest.mark.gazetteer
def test_a_route_end_keeps_its_place(gazetteer):
    from geo.text.geoparse import geoparse

    text = "Traffic was halted on the Kyiv-Chop highway after a strike near Zhytomyr."
    assert "Chop" in {t.text for t in geoparse(text, gazetteer) if t.place is not None}
