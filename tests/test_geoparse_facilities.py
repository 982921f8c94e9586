"""Power plants named after a place: recognised when capitalised, read at their site.

"the Chernobyl Nuclear Power Plant" is a mention of Chornobyl as "the Kursk Nuclear
Power Plant" is one of Kursk; "the Zaporizhzhia NPP" stands at Enerhodar, 55 km from
the city, and a map must put it there.
"""

import pytest

from geo.geometry import distance_km
from geo.text.geoparse import geoparse
from geo.text.lexicon.facilities import FACILITY_SITES

pytestmark = pytest.mark.gazetteer

ENERHODAR = (47.4905, 34.6620)
CHORNOBYL_NPP = (51.389, 30.099)


def readings(gazetteer, text):
    return {
        t.text: ((t.place.name, t.place.lat, t.place.lon) if t.place else None)
        for t in geoparse(text, gazetteer)
    }


@pytest.mark.parametrize(
    ("text", "name", "place"),
    [
        ("A drone hit the Chernobyl Nuclear Power Plant on Friday.", "Chernobyl", "Chornobyl"),
        ("Shelling cut power to the Chornobyl nuclear plant.", "Chornobyl", "Chornobyl"),
        ("The Trypillia Thermal Power Plant was hit again.", "Trypillia", "Trypillia"),
        ("Drones struck the Burshtyn TPP overnight.", "Burshtyn", "Burshtyn"),
        ("The Kakhovka HPP was blown up in June.", "Kakhovka", "Kakhovka"),
    ],
)
def test_capitalised_plant_names_are_mentions_of_their_place(gazetteer, text, name, place):
    found = readings(gazetteer, text)
    assert found.get(name) is not None and found[name][0] == place


def test_chernobyl_plant_within_the_grain_of_its_town(gazetteer):
    _, lat, lon = readings(gazetteer, "The Chernobyl Nuclear Power Plant lost power.")[
        "Chernobyl"
    ]
    assert distance_km((lat, lon), CHORNOBYL_NPP) < 20


@pytest.mark.parametrize(
    ("text", "name", "site"),
    [
        ("The Zaporizhzhia NPP lost its last external power line.", "Zaporizhzhia", "Enerhodar"),
        ("Shelling near the Zaporozhye nuclear power plant continued.", "Zaporozhye",
         "Enerhodar"),
        ("The IAEA team at the Zaporizhzhia Nuclear Power Plant heard blasts.", "Zaporizhzhia",
         "Enerhodar"),
        ("The Zaporizhzhia Thermal Power Plant was shelled.", "Zaporizhzhia", "Enerhodar"),
        ("A drone was shot down near the Kursk Nuclear Power Plant.", "Kursk", "Kurchatov"),
        ("Units at the Khmelnytskyi Nuclear Power Plant reduced output.", "Khmelnytskyi",
         "Netishyn"),
        ("The Rivne NPP disconnected a unit.", "Rivne", "Varash"),
    ],
)
def test_plant_named_after_a_city_is_read_at_its_site(gazetteer, text, name, site):
    found = readings(gazetteer, text)
    assert found[name] is not None and found[name][0] == site


@pytest.mark.parametrize(
    ("text", "name", "place"),
    [
        ("The Zaporizhzhia airport was closed.", "Zaporizhzhia", "Zaporizhzhya"),
        ("Zaporizhzhia was shelled overnight.", "Zaporizhzhia", "Zaporizhzhya"),
        ("The Kursk airport was closed.", "Kursk", "Kursk"),
        # Its site, Svitlovodsk, lies within the map's grain of the city: not in the table.
        ("A missile hit the Kremenchuk HPP dam.", "Kremenchuk", "Kremenchuk"),
    ],
)
def test_other_facilities_and_the_city_itself_stay_at_the_city(gazetteer, text, name, place):
    assert readings(gazetteer, text)[name][0] == place


def test_a_plants_word_is_no_place_of_its_own(gazetteer):
    found = readings(gazetteer, "The Zaporizhzhia Thermal Power Plant was shelled.")
    assert "Thermal" not in found
    found = readings(gazetteer, "He grew up in Thermal, California.")
    assert found["Thermal"] is not None


def test_every_site_is_in_the_gazetteer_and_away_from_its_namesake(gazetteer):
    for (named_id, _kind), (site_id, site_name) in FACILITY_SITES.items():
        site = [c.record for c in gazetteer.lookup(site_name)
                if gazetteer.geonameid(c.record) == site_id]
        assert site, site_name
        named = [c.record for c in _records_with_id(gazetteer, named_id)]
        assert named, named_id
        km = distance_km(gazetteer.lat_lon(named[0]), gazetteer.lat_lon(site[0]))
        # Only sites off the map's grain belong in the table, and none is far off.
        assert 20 < km < 400 or gazetteer.kind(named[0]) == "admin1", (site_name, km)


def _records_with_id(gazetteer, geonameid):
    """Records with a GeoNames id, found through the names of the table's namesakes."""
    names = ["Zaporizhzhia", "Khmelnytskyi", "Rivne", "Kursk", "Smolensk", "Leningrad",
             "Rostov", "Kalinin", "Kola"]
    for name in names:
        for c in gazetteer.lookup(name):
            if gazetteer.geonameid(c.record) == geonameid:
                yield c


@pytest.mark.parametrize(
    ("text", "name", "site"),
    [
        # Any case, and Russian and Ukrainian forms of the plant's name.
        ("the zaporizhzhia nuclear power plant was shelled.", "zaporizhzhia", "Enerhodar"),
        ("Drones struck near the Zaporozhskaya AES.", "Zaporozhskaya", "Enerhodar"),
        ("IAEA staff left the ZAPORIZHZHIA NPP.", "ZAPORIZHZHIA", "Enerhodar"),
        ("Shelling near the South Ukraine Nuclear Power Plant.", "South Ukraine",
         "Pivdennoukrainsk"),
        ("A drone flew over the south ukrainian npp.", "south ukrainian", "Pivdennoukrainsk"),
        ("The Rovno AES cut output.", "Rovno", "Varash"),
        ("a fire at the novovoronezh nuclear plant", "novovoronezh", "Novovoronezh"),
        ("the khmelnitskaya atomic power station", "khmelnitskaya", "Netishyn"),
    ],
)  # fmt: skip
def test_a_nuclear_plant_is_read_at_its_site_in_any_form(gazetteer, text, name, site):
    found = readings(gazetteer, text)
    assert found.get(name) is not None and found[name][0] == site, found
    # "Ukraine" inside "South Ukraine NPP" is no mention of the country.
    assert "Ukraine" not in found


def test_a_plant_word_alone_places_nothing(gazetteer):
    assert readings(gazetteer, "Ukraine's nuclear power plants were shut down.") == {
        "Ukraine": readings(gazetteer, "Ukraine")["Ukraine"]
    }
    # A lower-case text names the Rostov region (geo.text.casing), never the plant's site.
    found = readings(gazetteer, "the kola peninsula and the rostov region")
    assert set(found) == {"rostov"} and found["rostov"][0] == "Rostov"


def test_every_plant_site_is_in_the_gazetteer(gazetteer):
    from geo.text.lexicon.facilities import PLANT_NAMES

    for site_id, site_name in set(PLANT_NAMES.values()):
        assert any(
            gazetteer.geonameid(c.record) == site_id for c in gazetteer.lookup(site_name)
        ), site_name


@pytest.mark.parametrize(
    "text",
    [
        "SHELLING HIT THE ZAPORIZHZHIA NUCLEAR POWER PLANT.",
        "Drones circled the Kursk NPP overnight.",
        "The Zaporozhskaya AEſ lost power.",  # the long s that re.IGNORECASE reads as s
        "Kyiv said the Zaporizhzhia atomic power station was shelled.",
    ],
)
def test_the_words_that_gate_the_plant_search_keep_every_match(text):
    from geo.text.facilities import _PLANT, _PLANT_WORDS
    from geo.text.fold import folded

    assert _PLANT.search(text) is not None
    assert any(word in folded(text) for word in _PLANT_WORDS)
