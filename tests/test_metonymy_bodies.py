"""A place's name inside a civil body's name names the body, not a location: "the Sudan
Doctors Network said" maps no Sudan; the place the body speaks of stays literal.
Texts are written for these tests."""

from __future__ import annotations

from geo.model import Place, Toponym
from geo.text.metonymy import mark_metonymy


def _marks(text: str, *names: tuple[str, str]) -> dict[str, bool]:
    tops = []
    for name, kind in names:
        at = text.index(name)
        tops.append(Toponym(at, at + len(name), name, Place(1, name, kind, "XX", 0.0, 0.0)))
    return {t.text: t.metonymic for t in mark_metonymy(text, tops)}


def test_country_in_a_civil_body_name():
    text = "The Sudan Doctors Network said shelling struck a camp near Tawila."
    assert _marks(text, ("Sudan", "country"), ("Tawila", "place")) == {
        "Sudan": True,
        "Tawila": False,
    }


def test_city_in_a_civil_body_name():
    text = "The Kharkiv Human Rights Protection Group recorded strikes on Izium."
    assert _marks(text, ("Kharkiv", "place"), ("Izium", "place")) == {
        "Kharkiv": True,
        "Izium": False,
    }


def test_heads_of_several_bodies():
    for head in ("Association", "Union", "Foundation", "Committee", "Society", "Project"):
        text = f"A Yemen Data {head} report said Hodeidah port was hit."
        assert _marks(text, ("Yemen", "country"))["Yemen"], head


def test_a_lower_case_head_is_no_body():
    text = "Aid groups in Sudan network with local committees."
    assert _marks(text, ("Sudan", "country")) == {"Sudan": False}
    text = "Shelling hit Kharkiv, the group said."
    assert _marks(text, ("Kharkiv", "place")) == {"Kharkiv": False}


def test_a_place_name_ending_in_union_is_no_body():
    # "La Union" is a Philippine province: "San Juan, La Union" written without the comma.
    text = "The barangay lies north of San Juan La Union, by the sea."
    assert _marks(text, ("San Juan", "place")) == {"San Juan": False}
    text = "The San Juan Fishermen's Union said the port was closed."
    assert _marks(text, ("San Juan", "place")) == {"San Juan": True}
