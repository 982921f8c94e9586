"""A town named after a world city bears the name as its own ("Moscow, Ohio"): when the
gazetteer lacks it, the place of the container that was once called so (Dalton, Ohio)
is no reading of it; the name stays without a place.  A renamed town known by its old
name ("Artemovsk, Ukraine": Bakhmut) and a spelling of a town's name ("Kharkov,
Ukraine") keep theirs."""

import pytest

from geo.geocoders import GazetteerGeocoder
from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer


def test_the_geocoder_names_no_other_town(gazetteer):
    assert GazetteerGeocoder(gazetteer).geocode("Moscow, Ohio") is None


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("Moscow, Idaho", "Moscow"),
        ("Kharkov, Ukraine", "Kharkiv"),
        ("Artemovsk, Ukraine", "Bakhmut"),
    ],
)
def test_own_names_spellings_and_renamed_towns_keep_their_place(gazetteer, query, name):
    assert GazetteerGeocoder(gazetteer).geocode(query).raw["name"] == name


def test_the_text_leaves_the_borrowed_name_without_a_place(gazetteer):
    text = (
        "Rain fell across southern Ohio. Moscow, Ohio, a village on the river, was told to "
        "prepare, officials in Cincinnati said.\n"
    )
    moscow = next(t for t in geoparse(text, gazetteer) if t.text == "Moscow")
    assert moscow.place is None
