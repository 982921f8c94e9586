"""Coordination in a list is not proximity (geo.text.list_reach).

A name of a "near A, B and C" list is estimated at a partner only when the list is
tight; a name the gazetteer has keeps its place in a loose list (and a town in a list
of towns); a y/i transliteration variant reaches the place it names; a wire dateline's
country does not claim a place of another country the text names.
"""

import pytest

from geo.geometry import distance_km
from geo.text.geoparse import geoparse
from geo.text.hints import Hint
from geo.text.list_reach import TIGHT_KM, is_partner_hint
from geo.text.tokens import Mention
from geo.text.variants import yi_variants

pytestmark = pytest.mark.gazetteer

LYMAN = (48.99, 37.81)
STEPNOHIRSK = (47.59, 35.36)
VELYKOMYKHAILIVKA = (48.15, 35.62)  # the gazetteer's
KUPIANSK = (49.71, 37.62)
UDACHNE = (48.24, 36.99)
VOVCHANSK = (50.29, 36.94)
HULIAIPOLE = (47.67, 36.26)
SIVERSK = (48.86, 38.10)
NIORO = (15.23, -9.59)


def found(gazetteer, text):
    """{surface: toponym} (the last mention of each)."""
    return {t.text: t for t in geoparse(text, gazetteer)}


def at(t):
    return (t.place.lat, t.place.lon)


def test_a_loose_lists_names_keep_their_own_places(gazetteer):
    # Three places of one front, 100-200 km apart: none is estimated at another.
    got = found(
        gazetteer,
        "Ukrainian forces held positions near Lyman, Stepnohirsk and Velykomykhailivka.",
    )
    for name, where in (
        ("Lyman", LYMAN),
        ("Stepnohirsk", STEPNOHIRSK),
        ("Velykomykhailivka", VELYKOMYKHAILIVKA),
    ):
        assert not got[name].estimated, name
        assert distance_km(at(got[name]), where) < 20, name


def test_a_name_the_gazetteer_lacks_is_not_put_at_a_far_partner(gazetteer):
    got = found(gazetteer, "Fighting continued near Kupiansk, Orikhiv and Zarichnevske.")
    t = got.get("Zarichnevske")
    assert t is None or t.place is None


def test_a_tight_list_still_locates_a_name_the_gazetteer_lacks(gazetteer):
    got = found(
        gazetteer,
        "Russian forces attacked near Udachne, Zvirove and Kotlyarivske, the General Staff said.",
    )
    t = got["Kotlyarivske"]
    assert t.estimated and distance_km(at(t), UDACHNE) < TIGHT_KM


def test_a_list_of_towns_keeps_a_far_town(gazetteer):
    # Kreminna and Lyman lie together; Vovchansk (by its Russian name) 130 km off is the
    # town the list names, not a village by Kreminna.
    got = found(gazetteer, "The ministry said battles raged near Kremennaya, Liman and Volchansk.")
    assert not got["Volchansk"].estimated
    assert distance_km(at(got["Volchansk"]), VOVCHANSK) < 20


def test_a_y_i_spelling_reaches_its_place_inside_a_pair(gazetteer):
    got = found(
        gazetteer,
        "Fighting continued near Siversk and Hulyaipole. Shelling hit Kremynna and Pryvillia.",
    )
    assert not got["Hulyaipole"].estimated
    assert distance_km(at(got["Hulyaipole"]), HULIAIPOLE) < 20
    assert distance_km(at(got["Siversk"]), SIVERSK) < 20
    assert got["Kremynna"].place.name == "Kreminna"


def test_y_i_variants_keep_a_words_first_letter():
    assert yi_variants("hulyaipole") == ["huliaipole", "hulyaypole"]
    assert yi_variants("yaroun") == []  # not "iaroun": an Arabic name is no Ukrainian one
    assert "kremynna" in yi_variants("kreminna")


def test_a_partner_hint_is_one_whose_anchor_lies_in_the_list():
    ms = [Mention(5, 10, "a", 1, 1), Mention(15, 20, "b", 3, 3), Mention(26, 31, "c", 5, 5)]
    assert is_partner_hint(Hint(1, None, 180.0, 0.0, 40.0, None, 5, 20), ms)
    assert not is_partner_hint(Hint(2, None, 180.0, 0.0, 40.0, None, 5, 20), ms)
    assert not is_partner_hint(None, ms)


def test_a_dateline_country_does_not_claim_a_place_of_a_country_the_text_names(gazetteer):
    got = found(
        gazetteer,
        "KHARTOUM, Sudan (AP) — Fighting raged in Omdurman and El Obeid on Monday. Far to "
        "the west, in Mali, the army said it repelled an attack near Nioro du Sahel.",
    )
    t = got["Nioro du Sahel"]
    assert not t.estimated and t.place.country_code == "ML"
    assert distance_km(at(t), NIORO) < 20


LYPTSI = (50.21, 36.42)
YUNAKIVKA = (51.12, 35.04)
VELYKA_NOVOSILKA = (47.84, 36.84)


def test_a_list_of_two_groups_keeps_a_name_by_its_far_town(gazetteer):
    # Two Sumy border villages, then Vovchansk and Lyptsi by Kharkiv's: Lyptsi, 35 km
    # from Vovchansk, is no namesake to estimate by Yunakivka, 140 km off.
    got = found(
        gazetteer,
        "Units hit Ukrainian units near Yunakovka, Khotin, Volchansk and Liptsy, it said.",
    )
    assert not got["Liptsy"].estimated
    assert distance_km(at(got["Liptsy"]), LYPTSI) < 20
    assert distance_km(at(got["Yunakovka"]), YUNAKIVKA) < 20


def test_a_tight_lists_sole_place_just_beyond_its_reach_is_kept(gazetteer):
    # Velyka Novosilka, the country's only one, 48 km from Huliaipole (reach 40 km).
    got = found(
        gazetteer,
        "The Vostok group advanced in the Zaporozhye Region and the west of the DPR, "
        "defeating Ukrainian units near Gulyaypole, Velikaya Novosyolka and Ternovatoye. "
        "The Dnepr group struck Ukrainian positions near Kamenskoye, Stepnogorsk and "
        "Primorskoye, on the shore of the Kakhovka reservoir.",
    )
    assert not got["Velikaya Novosyolka"].estimated
    assert distance_km(at(got["Velikaya Novosyolka"]), VELYKA_NOVOSILKA) < 20
