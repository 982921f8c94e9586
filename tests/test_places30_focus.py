"""Session 30's places brief: far places read only by another of their names vouch for
no second area of a focused text (geo.text.focus.refocus): "on the road to Kalynivka",
in a text about the Donbas, is no village by Mykolaiv because "Fedorivka" and
"Novoiehorivka" were read as Nova Odesa and a Novoyehorivka there.  Texts written for
these tests."""

import pytest

from geo.geometry import distance_km
from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer

MYKOLAIV_KALYNIVKA = (47.04732, 32.18071)

TEXT = (
    "Russian forces attacked near Siversk, Serebrianka and Fedorivka, and in the "
    "Lyman direction near Torske, Zarichne and Yampil.\n\n"
    "In the Borova direction, Russian troops advanced near Novoiehorivka.\n\n"
    "Toretsk and Chasiv Yar: Russian assault groups fought between Toretsk and "
    "Chasiv Yar, and Ukrainian drones struck a motorcycle on the road to Kalynivka. "
    "Artillery hit Kostiantynivka and Druzhkivka.\n"
)


def test_a_far_village_vouched_for_only_by_old_names_is_not_kept(gazetteer):
    t = next(t for t in geoparse(TEXT, gazetteer) if t.text == "Kalynivka")
    assert t.place is None or distance_km((t.place.lat, t.place.lon), MYKOLAIV_KALYNIVKA) > 300


def test_places_read_by_an_alternate_name_only_are_told(gazetteer):
    # Record 7 read by an alternate name ("Fedorivka" for Nova Odesa); record 8 by its
    # own name once, by an alternate name another time; record 9 by an alias (records
    # of the real index, whose sizes the rule reads: villages, or towns not so spelt).
    from geo.gazetteer.candidate import Candidate
    from geo.text.focus import _by_other_names
    from geo.text.tokens import Mention

    def mention(start, key, rec, quality):
        return Mention(start, start + 5, key, 0, 0, candidates=[Candidate(rec, quality)])

    ms = [mention(0, "a", 7, 2), mention(10, "b", 8, 0), mention(20, "c", 8, 2),
          mention(30, "d", 9, 1)]
    chosen = [(7, 1.0), (8, 1.0), (8, 1.0), (9, 1.0)]
    assert _by_other_names(gazetteer, ms, chosen) == {7}


def test_a_town_by_its_russian_spelling_still_vouches(gazetteer):
    # "Stepnogorsk direction ... Orekhov direction": Orikhiv, a town read by its Russian
    # spelling, keeps Stepnohirsk (read by its own) from being a lone far namesake.
    text = (
        "Russian units pressed in the Krasnoarmeysk direction and in the Stepnogorsk "
        "direction, where two tanks were destroyed. Further east, fighting in the Orekhov "
        "direction was positional. Bloggers wrote of advances in the Dzerzhinsk and "
        "Seversk directions, near Artemovsk and west of Kurakhovo.\n"
    )
    t = next(t for t in geoparse(text, gazetteer) if t.text == "Stepnogorsk")
    assert t.place is not None
    assert distance_km((t.place.lat, t.place.lon), (47.59015, 35.36399)) < 10
