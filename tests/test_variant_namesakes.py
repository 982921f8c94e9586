"""Namesakes spelt otherwise in the gazetteer: the text's places choose among them
(geo.text.variant_namesakes). Texts written for these tests."""

from __future__ import annotations

import pytest

import geo
from geo.text.tokens import Mention
from geo.text.variant_namesakes import variant_namesakes


def latitude(text, gazetteer, name):
    found = [t for t in geo.analyze(text, gazetteer=gazetteer).toponyms if t.text == name]
    assert found and found[0].place is not None
    return found[0].place.lat


@pytest.mark.gazetteer
def test_the_variant_spelt_namesake_by_the_text_places_wins(gazetteer):
    # Velykomikhailivka (GeoNames' spelling, by the Donetsk border) is the one by
    # Mezhova, Pokrovske and Huliaipole; the Velykomykhailivka by Synelnykove is not.
    text = (
        "Drone teams near Velykomykhailivka reported assault groups moving from the Donetsk "
        "region toward Mezhova, Pokrovske and Huliaipole."
    )
    assert latitude(text, gazetteer, "Velykomykhailivka") == pytest.approx(47.967, abs=0.01)


@pytest.mark.gazetteer
def test_the_own_spelling_namesake_by_the_text_places_keeps_it(gazetteer):
    text = "Shelling hit Velykomykhailivka, near Synelnykove, and Dnipro and Pavlohrad overnight."
    assert latitude(text, gazetteer, "Velykomykhailivka") == pytest.approx(48.150, abs=0.01)


@pytest.mark.gazetteer
def test_only_villages_get_variant_namesakes(gazetteer):
    village = Mention(0, 17, "velykomykhailivka", 0, 0)
    village.candidates = list(gazetteer.lookup("Velykomykhailivka"))
    town = Mention(20, 30, "kramatorsk", 1, 1)
    town.candidates = list(gazetteer.lookup("Kramatorsk"))
    found = variant_namesakes(gazetteer, [village, town])
    assert list(found) == ["velykomykhailivka"] and len(found["velykomykhailivka"]) == 2
    # the candidates resolution weighs are left as they are
    assert len(village.candidates) == 1


def place_of(text, gazetteer, name):
    found = [t for t in geo.analyze(text, gazetteer=gazetteer).toponyms if t.text == name]
    assert found and found[0].place is not None
    return found[0].place


def test_gender_variants_of_an_adjective_name():
    from geo.text.variants import gender_variants

    assert "pivdenne" in gender_variants("pivdennyi")
    assert {"stepovyi", "stepove"} <= set(gender_variants("stepova"))
    assert "krasnoye" in gender_variants("krasny")
    # not an adjective's stem, several words, too short
    assert gender_variants("poltava") == gender_variants("kakhovka") == []
    assert gender_variants("krasnyi lyman") == gender_variants("sumy") == []


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        # GeoNames names the port town "Pivdenne"; its "Pivdennyi" is a Kirovohrad
        # Oblast village 250 km away.
        "Explosions were heard in Odesa, Chornomorsk and Pivdennyi.",
        "Grain ships left Odesa, Chornomorsk and Pivdennyi for Izmail and Constanta.",
        # few places around: the region the text names decides
        "Odesa governor Oleh Kiper said a drone struck a fuel tank in Pivdennyi.",
        "A tanker caught fire in the port of Pivdennyi, the Odesa regional administration said.",
    ],
)
def test_an_adjective_name_is_its_other_gender_by_the_text_places(gazetteer, text):
    assert place_of(text, gazetteer, "Pivdennyi").lat == pytest.approx(46.625, abs=0.01)


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        "Residents of Pivdennyi, Oleksandriia and Znamianka lost power.",
        "The Kirovohrad regional governor said debris fell on Pivdennyi.",
    ],
)
def test_the_own_gender_namesake_by_the_text_places_keeps_it(gazetteer, text):
    assert place_of(text, gazetteer, "Pivdennyi").lat == pytest.approx(48.658, abs=0.01)


@pytest.mark.gazetteer
def test_a_listed_name_far_off_is_its_namesake_by_the_partners(gazetteer):
    # "Zelena" is a Chernivtsi Oblast village; Crimea's "Zelene" lies by Dzhankoi.
    text = "Drones were downed over Dzhankoi, Feodosia and Zelena, the Crimean authorities said."
    place = place_of(text, gazetteer, "Zelena")
    assert (place.lat, place.lon) == pytest.approx((45.465, 34.733), abs=0.01)
