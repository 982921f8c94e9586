"""A region called after its seat's new name ("the Dnipro region") is the region
(geo.text.renamed_regions), and a river's name before a region's word is no river
(geo.text.context_rules)."""

import pytest

from geo.text.geoparse import geoparse


def _found(gazetteer, text):
    return {t.text: t.place for t in geoparse(text, gazetteer) if t.place}


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name", "region"),
    [
        (
            "Drones attacked the Dnipro region overnight, the governor said.",
            "Dnipro",
            "Dnipropetrovsk",
        ),
        ("Shelling was reported in the Dnipro oblast.", "Dnipro", "Dnipropetrovsk"),
        ("A drone fell in the Kropyvnytskyi region on Monday.", "Kropyvnytskyi", "Kirovohrad"),
        ("Floods hit the Yekaterinburg region.", "Yekaterinburg", "Sverdlovsk"),
    ],
)
def test_a_region_called_after_its_seats_new_name(gazetteer, text, name, region):
    place = _found(gazetteer, text)[name]
    assert place.kind == "admin1" and place.name == region


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Officials in the Chicago region said nothing.", "Chicago", "place"),  # never Illinois
        ("In the Kryvyi Rih region, a drone hit a farm.", "Kryvyi Rih", "place"),
        ("Missiles hit Dnipro overnight.", "Dnipro", "place"),
        ("Troops crossed the Dnipro near Kherson.", "Dnipro", "water"),
    ],
)
def test_a_city_of_its_own_name_or_a_river_stays(gazetteer, text, name, kind):
    assert _found(gazetteer, text)[name].kind == kind
