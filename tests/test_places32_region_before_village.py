"""Session 32 (places32): a village named right after its region ("into Russia's Belgorod
region near the village of Demidovka") is no namesake read 700 km off in another
country, at any of its mentions, and is estimated by the region's place listed with it;
a plant named after its town takes the town's other mentions; a dateline's "KINSHASA,
Congo" is a city and a country; a road's far end abroad is no namesake."""

import pytest

from geo.geometry import distance_km
from geo.text.geoparse import geoparse
from geo.text.headings import _heads

pytestmark = pytest.mark.gazetteer

_RAID = (
    "Ukrainian troops advanced up to 5 km into Russia's Belgorod region near the village "
    "of Demidovka, a Ukrainian officer said.\n\n"
    "Russia said it had repelled attacks near Demidovka and the district centre of "
    "Krasnaya Yaruga, and shelled Ukrainian troops in the Sumy region."
)


def test_a_region_before_the_village_of_scopes_its_sentence():
    text = "Troops advanced into Russia's Belgorod region near the village of Demidovka, he said."
    assert [name for _, name, _ in _heads(text)] == ["Belgorod"]
    assert _heads("Troops advanced in Belgorod region, he said.") == []


def test_the_village_is_not_read_abroad_at_any_mention(gazetteer):
    found = [t for t in geoparse(_RAID, gazetteer) if t.text == "Demidovka"]
    assert len(found) == 2
    for t in found:
        assert t.estimated and t.place.country_code == "RU"


def test_the_village_is_estimated_by_the_regions_place_listed_with_it(gazetteer):
    found = geoparse(_RAID, gazetteer)
    yaruga = next(t for t in found if t.text == "Krasnaya Yaruga")
    first = next(t for t in found if t.text == "Demidovka")
    there = (yaruga.place.lat, yaruga.place.lon)
    assert distance_km((first.place.lat, first.place.lon), there) < 1.0


def test_a_plants_town_takes_the_names_other_mentions(gazetteer):
    text = (
        "Drone hits Chornobyl shelter\n\n"
        "A drone struck the shelter at the Chornobyl nuclear power plant overnight. "
        "Russian bombs hit Kramatorsk, Sloviansk and Druzhkivka in the Donetsk region, "
        "and troops attacked near Kostiantynivka and Pokrovsk. The Chornobyl strike was "
        "the second this year."
    )
    names = {t.place.name for t in geoparse(text, gazetteer) if t.text == "Chornobyl"}
    assert names == {"Chornobyl"}


def test_a_plant_after_another_town_moves_none_of_its_mentions(gazetteer):
    text = "Shelling near the Zaporizhzhia nuclear power plant. Zaporizhzhia was hit too."
    found = [t for t in geoparse(text, gazetteer) if t.text == "Zaporizhzhia"]
    assert found[-1].place.name.startswith("Zaporizh")


def test_a_datelines_city_and_country_are_two(gazetteer):
    text = "KINSHASA, Congo (AP) - Congo's army said it was fighting rebels near Uvira."
    first = geoparse(text, gazetteer)[0]
    assert first.text == "KINSHASA" and first.place.name == "Kinshasa"
    both = geoparse("Exports to Korea, South rose.", gazetteer)[0]
    assert both.text == "Korea, South"


def test_a_roads_far_end_abroad_is_no_namesake(gazetteer):
    text = "Trade along the road between Mandalay and Muse has been disrupted for months."
    muse = next(t for t in geoparse(text, gazetteer) if t.text == "Muse")
    assert muse.place is None or muse.place.country_code != "US"


def test_a_directions_lone_village_read_a_region_away_is_estimated_by_the_town(gazetteer):
    text = "Russian forces attacked in the Novopavlivka direction near Novomykolaivka."
    found = geoparse(text, gazetteer)
    town = next(t for t in found if t.text == "Novopavlivka")
    village = next(t for t in found if t.text == "Novomykolaivka")
    assert village.estimated
    here, there = (village.place.lat, village.place.lon), (town.place.lat, town.place.lon)
    assert distance_km(here, there) < 20.0
