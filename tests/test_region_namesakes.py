"""A name alone in its sentence is read in the region its paragraph names (testerB26 P2)."""

import pytest

from geo.geometry import distance_km
from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer

#: Kamianske, the village by Stepnohirsk in Zaporizhzhia Oblast (not the city by Dnipro).
_VILLAGE = (47.539, 35.374)


@pytest.mark.parametrize(
    "text",
    [
        # testerB26 P2: Dnipro, a paragraph before, pulled it to the city (123 km).
        "A Russian missile struck Dnipro on Tuesday, Governor Serhiy Lysak said.\n\n"
        "In the southern Zaporizhzhia region, Russian forces attacked Stepnohirsk and Mala "
        "Tokmachka, Governor Ivan Fedorov said. A woman was killed in Kamianske, he said.",
        "A missile struck Dnipro on Monday, the governor said.\n\nIn the Zaporizhzhia "
        "region, Russian forces attacked Mala Tokmachka and Omelnyk, according to regional "
        "officials. A man was wounded in Kamianske, they said.",
        "Drones hit Kharkiv overnight, the mayor said.\n\nIn the Zaporizhzhia region, "
        "Russian troops shelled Stepnohirsk and Prymorske, the governor said. Two houses "
        "burned in Kamianske.",
    ],
)
def test_a_lone_name_lies_in_its_paragraph_s_region(gazetteer, text):
    there = next(t for t in geoparse(text, gazetteer) if t.text == "Kamianske").place
    assert distance_km(_VILLAGE, (there.lat, there.lon)) < 10


def test_a_paragraph_naming_the_chosen_region_keeps_it(gazetteer):
    # The city's own region named in its paragraph: the city stays.
    text = (
        "In the Dnipropetrovsk region, a drone hit a factory in Dnipro, the governor said. "
        "A woman was killed in Kamianske, he said.\n\nIn the Zaporizhzhia region, Russian "
        "forces attacked Stepnohirsk."
    )
    there = next(t for t in geoparse(text, gazetteer) if t.text == "Kamianske").place
    assert distance_km((48.517, 34.606), (there.lat, there.lon)) < 10


#: Dzerzhinsk, Nizhny Novgorod Oblast (not Toretsk, which GeoNames lists as Dzerzhinsk).
_DZERZHINSK = (56.244, 43.455)
_TORETSK = (48.395, 37.848)


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces attacked near Toretsk and Shcherbynivka, the General Staff said.\n\n"
        "Separately, the governor of the Nizhny Novgorod region, Gleb Nikitin, said a drone "
        "had hit an industrial zone in Dzerzhinsk overnight.",
        "Russian forces attacked near Kostiantynivka, the General Staff said.\n\nThe "
        "governor of the Nizhny Novgorod region said a drone had hit a plant in Dzerzhinsk.",
    ],
)
def test_a_governor_s_town_bears_the_name_as_its_own(gazetteer, text):
    there = next(t for t in geoparse(text, gazetteer) if t.text == "Dzerzhinsk").place
    assert distance_km(_DZERZHINSK, (there.lat, there.lon)) < 10


def test_a_soviet_name_on_the_front_stays_without_another_region(gazetteer):
    # No region of the paragraph holds a Dzerzhinsk of its own: Toretsk, its old name.
    text = (
        "Russian forces attacked near Kostiantynivka, the General Staff said.\n\n"
        "Russian troops shelled Dzerzhinsk and Shcherbynivka, the Donetsk region's governor said."
    )
    there = next(t for t in geoparse(text, gazetteer) if t.text == "Dzerzhinsk").place
    assert distance_km(_TORETSK, (there.lat, there.lon)) < 10
