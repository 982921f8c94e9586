"""Places a text's context must not throw out, and names that are no places (tester15):
a sole place of its name by its "near" partner and against another language's form at
a tie, a name measured from in a sentence naming its country, a village far from a
tight list's partners; an abbreviation after a body's name, a person's name before a
work."""

import pytest

from geo.gazetteer.index import Candidate
from geo.geometry import distance_km
from geo.text.acronyms import defined_abbreviations
from geo.text.geoparse import geoparse

JERMUK = (39.8418, 45.6730)
HULIAIPOLE = (47.6642, 36.2563)
ZAPORIZHZHIA = (47.8229, 35.1903)


class _Gaz:
    """Looks up a few abbreviations as a gazetteer would: FLA a US state's, UK a country."""

    def lookup_normalized(self, key):
        return [Candidate(r, 0) for r in {"fla": [1], "uk": [2]}.get(key, [])]

    def kind(self, record):
        return {1: "admin1", 2: "country"}[record]


def _found(text):
    return defined_abbreviations(text, _Gaz())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebels of the Azawad Liberation Front (FLA) said so. The FLA denied it.", {"fla"}),
        ("the Islamic Resistance Movement (HAMAS) said", {"hamas"}),
        ("The Labour Party (UK) said nothing.", set()),  # a country's code stays a place
        ("Flights to Tampa Bay Lakeland (FLA) resumed.", set()),  # no body's name
    ],
)
def test_an_abbreviation_after_a_bodys_name_is_the_bodys(text, expected):
    assert _found(text) == expected


def _read(gazetteer, text):
    return [(t.text, t.place, t.estimated) for t in geoparse(text, gazetteer)]


def _near(place, point, km=20.0):
    return place is not None and distance_km((place.lat, place.lon), point) < km


@pytest.mark.gazetteer
def test_an_exact_name_wins_a_tie_against_another_languages_form(gazetteer):
    from geo.geocoders import GazetteerGeocoder

    geocoder = GazetteerGeocoder(gazetteer)
    location = geocoder.geocode("Jermuk")  # not Çermik, Turkey, which lists "Jermuk"
    assert distance_km((location.latitude, location.longitude), JERMUK) < 20
    # A transliteration of a larger town's own name still names it.
    assert geocoder.geocode("Rovenki").raw["country_code"] == "UA"


@pytest.mark.gazetteer
def test_the_one_place_of_its_name_by_its_near_partner(gazetteer):
    text = (
        "The monitors visited Syunik. Shelling was reported in Meghri and Goris, and "
        "near Lachin. The EU mission said patrols near Jermuk and Kapan saw nothing."
    )
    found = {t: (p, e) for t, p, e in _read(gazetteer, text)}
    place, estimated = found["Jermuk"]
    assert not estimated and _near(place, JERMUK)


@pytest.mark.gazetteer
def test_a_name_measured_from_in_a_sentence_naming_its_country(gazetteer):
    text = (
        "GOMA - M23 rebels took Masisi, about 80 km north-west of Goma, the UN said. "
        "Residents fled toward Goma and Sake. Rwanda denied it. The army retook Sake, "
        "and fighting went on near Rutshuru and Bukavu in South Kivu.\n\n"
        "Heavy fighting continued about 10 km east of Huliaipole, the Ukrainian General "
        "Staff said."
    )
    found = {t: p for t, p, _ in _read(gazetteer, text)}
    assert _near(found["Huliaipole"], HULIAIPOLE)


@pytest.mark.gazetteer
def test_a_village_far_from_its_tight_lists_partners_is_estimated_by_them(gazetteer):
    text = (
        "In the Lyman direction, the occupiers attacked 12 times near Novoiehorivka, "
        "Hrekivka, Zarichne and Torske."
    )
    found = {t: (p, e) for t, p, e in _read(gazetteer, text)}
    place, estimated = found["Novoiehorivka"]
    torske = found["Torske"][0]
    assert estimated and distance_km((place.lat, place.lon), (torske.lat, torske.lon)) < 50


@pytest.mark.gazetteer
def test_a_village_of_a_loose_list_keeps_its_place(gazetteer):
    # A list of a front's towns, hundreds of km apart: each name keeps its own reading.
    text = "Fighting near Siversk, Huliaipole and Kupiansk."
    found = {t: e for t, _, e in _read(gazetteer, text)}
    assert not any(found.values())


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        "In Zaporozhye, people talk of the old Lenin dam.",
        "In Zaporozhye, crowds gathered at the Lenin monument.",
    ],
)
def test_a_persons_name_before_a_work_is_no_place(gazetteer, text):
    found = _read(gazetteer, text)
    assert [t for t, _, _ in found] == ["Zaporozhye"]
    assert _near(found[0][1], ZAPORIZHZHIA)


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sydney airport was closed.", "Sydney"),  # a city keeps its name
        ("Lenin was born in Simbirsk.", "Simbirsk"),  # no work after the name
    ],
)
def test_a_city_before_a_work_stays(gazetteer, text, name):
    assert name in [t for t, p, _ in _read(gazetteer, text) if p is not None]


@pytest.mark.gazetteer
def test_a_name_left_out_in_its_own_countrys_text_stays_out(gazetteer):
    from geo.text.recognition import find_mentions
    from geo.text.sentence_country import sentence_countries

    text = "Avdiivka and Marinka were shelled. Ukrainian troops held out near Peski."
    mentions = find_mentions(text, gazetteer)
    assert [m.key for m in mentions] == ["avdiivka", "marinka", "peski"]
    resolved = [(mentions[0].candidates[0].record, 0.9), (None, 0.0), (None, 0.1)]
    # Resolution left the far Pisky of Poltava Oblast out; Ukraine is the text's country.
    assert sentence_countries(text, gazetteer, mentions, resolved) == resolved
    # In a story from elsewhere, the sentence's country places it.
    elsewhere = [(None, 0.0), (None, 0.0), (None, 0.1)]
    peski = sentence_countries(text, gazetteer, mentions, elsewhere)[2][0]
    assert gazetteer.country_code(peski) == "UA"
