"""A definition after a name gives its containers: "Paris is a city in Lamar County,
Texas, United States" is that Paris, not France's.

Every text here is written for these tests (in the style of an encyclopedia's
first sentence and of a news explainer).
"""

import pytest

pytestmark = pytest.mark.gazetteer


def first(gazetteer, text):
    from geo.text.geoparse import geoparse

    t = geoparse(text, gazetteer)[0]
    return t.text, t.place.country_code, t.place.admin1_code


@pytest.mark.parametrize(
    ("text", "country", "admin1"),
    [
        ("Paris is a city in Lamar County, Texas, United States.", "US", "TX"),
        ("Virginia is a city in Saint Louis County, Minnesota, United States.", "US", "MN"),
        ("Ada (Serbian: Ада) is a town and municipality in Serbia.", "RS", None),
        ("Luna is a third class municipality in the province of La Union, Philippines.", "PH",
         None),
        ("Hamilton is the capital of the British Overseas Territory of Bermuda.", "BM", None),
        ("Alexandria is a city in Rapides Parish, Louisiana.", "US", "LA"),
        ("Alexandria is a Home Rule City located in Douglas County, Minnesota.", "US", "MN"),
        ("Victoria is the capital of the Canadian province of British Columbia.", "CA", "02"),
    ],
)
def test_a_definition_gives_the_container(gazetteer, text, country, admin1):
    _, cc, a1 = first(gazetteer, text)
    assert cc == country
    if admin1 is not None:
        assert a1 == admin1


def test_a_container_next_to_the_name_wins(gazetteer):
    # "Hamilton, Ontario, is a city in Canada": the adjacent container is read first.
    _, cc, _ = first(gazetteer, "Hamilton, Ontario, is a port city on Lake Ontario in Canada.")
    assert cc == "CA"


@pytest.mark.parametrize(
    "text",
    [
        "Paris is a city of two million people.",  # no container named
        "Moscow was the capital of a vast empire.",  # none in the gazetteer
    ],
)
def test_no_container_no_change(gazetteer, text):
    from geo.text.geoparse import geoparse
    from geo.text.recognition import find_mentions

    (m, *_) = find_mentions(text, gazetteer)
    assert m.containers == ()
    assert geoparse(text, gazetteer)[0].place.country_code in ("FR", "RU")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Boston, Massachusetts, was hit hard by the storm.", "Boston"),
        ("Springfield is the capital of Illinois.", "Springfield"),
        ("Jackson is a city in Hinds County, Mississippi.", "Jackson"),
    ],
)
def test_a_name_opening_a_sentence_is_a_place_when_placed(gazetteer, text, name):
    # An everyday word opening a sentence is no place ("Reading the news"), unless a
    # container or a definition follows it.
    from geo.text.geoparse import geoparse

    assert geoparse(text, gazetteer)[0].text == name


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        ("Russian troops pushed into Kamianske in the Zaporizhzhia region.", "26"),
        ("Shelling hit Andriivka in Donetsk Oblast on Monday.", "05"),
    ],
)
def test_a_region_stated_after_the_name(gazetteer, text, admin1):
    from geo.text.geoparse import geoparse

    t = geoparse(text, gazetteer)[0]
    assert (t.place.country_code, t.place.admin1_code) == ("UA", admin1)


def test_no_candidate_in_the_stated_region_estimates_the_name_there(gazetteer):
    # The gazetteer has Hamilton in Ohio and elsewhere, none in Skagit County, Washington:
    # a point estimated in the county rather than a namesake 3,000 km off.
    from geo.text.geoparse import geoparse

    (t, county, *_) = geoparse(
        "Hamilton is a town in Skagit County, Washington, United States.", gazetteer
    )
    assert t.text == "Hamilton" and t.estimated and t.place.geonameid == 0
    assert (t.place.lat, t.place.lon) == (county.place.lat, county.place.lon)
    assert (t.place.country_code, t.place.admin1_code) == ("US", "WA")


def test_a_spelling_with_no_namesake_in_its_stated_region_stays_there(gazetteer):
    # "Peski" matches Pisky in Poltava Oblast among other names; the text puts it in
    # Donetsk Oblast, where the gazetteer has none: estimated in that oblast (its polygon
    # the area allowed), not a place 350 km off.
    from geo.text.geoparse import geoparse

    for text in (
        "Fighting near Donetsk\n\nPeski is a village in Donetsk Oblast. It was shelled.",
        "Fighting near Donetsk\n\nPeski is a village in Donetsk Oblast.\n",  # ends the file
    ):
        found = geoparse(text, gazetteer)
        peski = next(t for t in found if t.text == "Peski")
        assert peski.estimated and peski.place.geonameid == 0
        assert (peski.place.country_code, peski.place.admin1_code) == ("UA", "05")
        assert peski.uncertainty.area > 0
        assert found[0].place.country_code == "UA"  # Donetsk, not its namesake in Russia
