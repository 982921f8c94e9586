"""Footage of one village confirms no claim that names another town only as a reference
point: "advanced in southern Rodynske (northeast of Pokrovsk)" says nothing of "offensive
operations in the Pokrovsk direction"."""

import pytest

from geo import analyze

pytestmark = pytest.mark.gazetteer


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces continued offensive operations in the Pokrovsk direction on Monday. "
        "Geolocated footage published on Sunday indicates that Russian forces recently "
        "advanced in southern Rodynske (northeast of Pokrovsk).",
        "Russian troops kept attacking on the Kostiantynivka axis. Geolocated footage shows "
        "Russian troops in eastern Predtechyne (south of Kostiantynivka).",
    ],
)
def test_a_reference_town_is_no_common_place(gazetteer, text):
    first = analyze(text, gazetteer=gazetteer).claims[0]
    assert first.status == "asserted"


def test_footage_of_the_same_village_still_confirms(gazetteer):
    text = (
        "Russia's Defence Ministry claimed its forces captured Rodynske. Geolocated footage "
        "published on Sunday shows Russian forces raising a flag in central Rodynske "
        "(northeast of Pokrovsk)."
    )
    assert analyze(text, gazetteer=gazetteer).claims[0].status == "confirmed"
