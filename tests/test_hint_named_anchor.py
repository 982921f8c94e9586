"""A relative-location hint whose anchor is named after "the city of": "Khotin, about 20
km north of the city of Sumy" is measured from Sumy, not from the place named before.

Every text here is written for these tests.
"""

import pytest

pytestmark = pytest.mark.gazetteer


@pytest.mark.parametrize(
    ("text", "name", "geonameid"),
    [
        ("Russian troops have massed near Yunakivka and Khotin, about 20 kilometers (12 miles) "
         "north of the city of Sumy.", "Khotin", 706253),
        ("Strikes hit Chuhuiv and Balakliia, about 40 km northwest of the city of Izium.",
         "Balakliia", 712926),
        ("Russian forces attacked Siversk and Zvanivka, 15 km northeast of the town of Soledar.",
         "Zvanivka", 686808),
    ],
)
def test_the_named_city_is_the_anchor(gazetteer, text, name, geonameid):
    from geo import analyze

    found = {t.text: t for t in analyze(text, gazetteer=gazetteer).toponyms}
    assert found[name].place.geonameid == geonameid
