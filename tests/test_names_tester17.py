"""False places, coordinates and silent drops of session 17's fresh-eyes tester, by kind:
a word of a body's name, a nickname in quotes, a source after "according to" or a title,
a shouted or sentence-opening common word whose country the text never names, bare
decimal coordinates after a word that says so and in lists, MGRS grid references, and
names left without a place that the warning must name whole.

Texts are short sentences written for these tests; the pure rules are tested without a
gazetteer, a few integration tests with the real one.
"""

from __future__ import annotations

import logging
from typing import ClassVar

import pytest

from geo.model import Toponym
from geo.text.false_places import _ACCORDING, _TITLE, _nickname
from geo.text.spatial.coordinates import find_coordinates, parse_coordinates
from geo.text.spatial.grid_references import find_grid_references
from geo.text.tokens import Mention
from geo.text.unplaced_more import likely_places


def _mention(text: str, name: str) -> Mention:
    s = text.index(name)
    return Mention(s, s + len(name), name.lower(), 0, 0)


# --- pure rules: false places -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('the faction of Joaquin "El Chapo" Guzman', "Chapo"),
        ("the gang of Vasyl “Kherson” Petrenko", "Kherson"),
        ("Ivan 'Odesa' Kovalenko was arrested", "Odesa"),
    ],
)
def test_a_nickname_in_quotes_inside_a_name_is_no_place(text, name):
    assert _nickname(text, _mention(text, name))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Residents of "Bakhmut" say the town is gone.', "Bakhmut"),
        ('He called it "Odesa" at the time, then left.', "Odesa"),
    ],
)
def test_a_quoted_place_not_inside_a_name_stays(text, name):
    assert not _nickname(text, _mention(text, name))


def test_source_and_title_cues():
    assert _ACCORDING.search("the plant is safe, according to ")
    assert _ACCORDING.search("According to the ")
    assert _TITLE.search("foreign ministry spokesman ")
    assert not _TITLE.search("the town of ")


# --- integration: false places --------------------------------------------------------


def _places(gazetteer, text):
    from geo.text.geoparse import geoparse

    return {t.text: t.place for t in geoparse(text, gazetteer)}


@pytest.mark.parametrize(
    ("text", "false", "kept"),
    [
        (
            "Libya's Prime Minister of the Government of National Unity visited Misrata.",
            "Unity",
            "Misrata",
        ),
        ("The National Unity Government of Myanmar met in Yangon.", "Unity", "Yangon"),
        (
            "Does the deal cover the whole of the LAC? India and China met in Ladakh.",
            "LAC",
            "Ladakh",
        ),
        (
            "Chicago, 3 May 2025 — Federal agents raided homes in Cicero and Evanston.",
            "Federal",
            "Cicero",
        ),
        (
            'A gunfight between the men of Ismael "El Mayo" Zambada and police in Culiacan.',
            "Mayo",
            "Culiacan",
        ),
        (
            "The reactor is stable, according to Rosatom. Drones hit Enerhodar.",
            "Rosatom",
            "Enerhodar",
        ),
        ("According to Fedorov, shells hit Nikopol and Marhanets.", "Fedorov", "Nikopol"),
        ("Spokesman Lin Jian said in Beijing the talks went well.", "Lin Jian", "Beijing"),
        ("The Mission said missiles struck Kyiv and Sumy.", "The Mission", "Kyiv"),
    ],
)
def test_body_person_and_word_are_no_places(gazetteer, text, false, kept):
    places = _places(gazetteer, text)
    assert false not in places
    assert places.get(kept) is not None


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Georgia voters went to the polls in Atlanta and Savannah.", "Georgia", "US"),
        ("New York, 14 April 2025 — Prosecutors in Manhattan charged six men.", "New York", "US"),
        ("According to Kyiv, Russian forces shelled Nikopol.", "Kyiv", "UA"),
    ],
)
def test_places_in_the_texts_country_stay(gazetteer, text, name, country):
    place = _places(gazetteer, text).get(name)
    assert place is not None and place.country_code == country


# --- coordinates ----------------------------------------------------------------------


def _pairs(text):
    return [(lat, lon) for _, _, lat, lon, _ in parse_coordinates(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Geolocated: 48.5839, 37.8443. The strike hit a bridge.", [(48.5839, 37.8443)]),
        ("Geolocation of the second clip - 47.12, 37.55.", [(47.12, 37.55)]),
        (
            "Coordinates for the map: 48.5839, 37.8443 and 48.5712, 37.8012.",
            [(48.5839, 37.8443), (48.5712, 37.8012)],
        ),
        (
            "GPS points of the convoy: 50.11, 36.21; 50.13, 36.25, 50.19, 36.30",
            [(50.11, 36.21), (50.13, 36.25), (50.19, 36.30)],
        ),
        ("The crater's location is 31.5123, 34.4567 per the analysts.", [(31.5123, 34.4567)]),
        # a number glued to a word is a name ("Su-25"), not a number between
        (
            "Location of the shot-down Su-25, per the wreckage video: 47.8612, 37.2051.",
            [(47.8612, 37.2051)],
        ),
    ],
)
def test_bare_decimal_pairs_after_a_word_that_says_so(text, expected):
    assert _pairs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The match ended 2-1 after 90.15, 92.30 minutes of play.",
        "The location of the shop sold them for 12.50, 13.75 each.",  # two decimals: weak cue
        "Geolocated. Prices rose to 12.50, 13.75 on Monday.",  # another sentence
        "Version 48.5839, 37.8443 of the app was released.",
        "Coordinates were shared on Friday, 12.50, 13.75 said the clerk.",  # a number between
        "They sold 10.25, 11.50 and 12.75 shares.",
        "The location of 5 shops: 12.505, 13.755 each.",  # a number between
    ],
)
def test_numbers_that_are_no_position_stay_numbers(text):
    assert _pairs(text) == []


@pytest.mark.parametrize(
    ("text", "grid", "lat", "lon", "uncertainty"),
    [
        ("MGRS 37U DQ 12345 67890 shows a church.", "37U DQ 12345 67890", 49.357, 37.793, 0.001),
        ("The grid was 37UDQ1234567890.", "37UDQ1234567890", 49.357, 37.793, 0.001),
        ("Grid reference 36T VT 1234 5678 for the depot.", "36T VT 1234 5678", None, None, 0.005),
        ("Geolocated to 18S UJ 23 06 by our team.", "18S UJ 23 06", 38.89, -77.04, 0.5),
    ],
)
def test_mgrs_references_become_points(text, grid, lat, lon, uncertainty):
    (f,) = find_grid_references(text)
    assert f.kind == "point" and f.text == grid and f.uncertainty_km == uncertainty
    if lat is not None:
        assert f.geometry.y == pytest.approx(lat, abs=0.01)
        assert f.geometry.x == pytest.approx(lon, abs=0.01)


@pytest.mark.parametrize(
    "text",
    [
        "Flight 5G AB 12 34 left at noon.",  # few digits and no word saying so
        "MGRS 37U DQ 123 4567 was misprinted.",  # halves of unequal length
        "The model 12A BC 1234 5678 is sold out.",  # band A: no UTM band
    ],
)
def test_no_grid_reference_is_made_up(text):
    assert find_grid_references(text) == []


def test_grid_references_and_coordinates_come_in_order_of_the_text():
    text = "Geolocated: 48.5839, 37.8443. MGRS 37U DQ 12345 67890. Then 48°35'N 37°50'E."
    assert [f.text for f in find_coordinates(text)] == [
        "48.5839, 37.8443",
        "37U DQ 12345 67890",
        "48°35'N 37°50'E",
    ]


# --- names left without a place are named, whole --------------------------------------


class _Common:
    """A gazetteer stand-in: everyday words ranked, names not."""

    _RANKS: ClassVar[dict[str, int]] = {
        "the": 0,
        "and": 3,
        "near": 500,
        "president": 300,
        "western": 900,
    }

    def common_rank(self, key):
        return self._RANKS.get(key)

    def probe_normalized(self, key):
        """(a place carries this name, a longer name starts with it): Tyre only."""
        return (key == "tyre", False)


class _Placed:
    country_code = "XX"


def _spans(text, placed=(), unknown=()):
    toponyms = []
    for name in placed:
        s = text.index(name)
        toponyms.append(Toponym(s, s + len(name), name, _Placed(), 1.0, ""))
    found = likely_places(text, _Common(), toponyms, unknown)
    return [text[s:e] for s, e in found]


@pytest.mark.parametrize(
    ("text", "placed", "expected"),
    [
        ("Flights left Zorvan airport on Monday.", (), ["Zorvan"]),
        ("Shells hit the Ostra-Vel power station at noon.", (), ["Ostra-Vel"]),
        ("Troops closed the Kelvar and Dunmo crossings.", (), ["Kelvar", "Dunmo"]),
        ("Raids in the Pashta and Orvan districts of the north.", (), ["Pashta", "Orvan"]),
        ("Fighting near Ban Kho Lam went on.", (), ["Ban Kho Lam"]),
        ("Units advanced in the area of Ivano-Zorivka.", (), ["Ivano-Zorivka"]),
        ("Strikes hit Qarvan and Tyre in the south.", ("Tyre",), ["Qarvan"]),
        ("It covers the Zarvel plains and Vetrino.", (), ["Zarvel", "Vetrino"]),
        ("Fighting goes on for Krasne (Krasnoye) and Novotarivka.", ("Krasne",), ["Novotarivka"]),
        # a place freed, entered or shelled (tester33 V23)
        ("Troops have liberated Zorvanoye and Dunmichi, it said.", (), ["Zorvanoye", "Dunmichi"]),
        ("Rebels entered Qarvova on Monday.", (), ["Qarvova"]),
        ("The militia shelled Ostrava-Vel overnight.", (), ["Ostrava-Vel"]),
    ],
)
def test_likely_places_are_named_whole(text, placed, expected):
    assert _spans(text, placed) == expected


@pytest.mark.parametrize(
    ("text", "placed"),
    [
        ("The Western power station resumed work.", ()),  # everyday words only
        ("Talks in Tyre and President Aoun's office.", ("Tyre",)),
        ("Talks in Tyre and Kovalenko said more.", ("Tyre",)),  # a speaker
        ("Talks near Tyre went well.", ("Tyre",)),  # located: nothing to warn about
    ],
)
def test_no_warning_for_what_is_no_missing_place(text, placed):
    assert _spans(text, placed) == []


def test_a_name_read_but_never_placed_is_warned_about(gazetteer, caplog):
    from geo.text.geoparse import geoparse

    text = "Israeli jets struck Qlayaat-Zor and Tyre, and the Mitiga airport closed."
    with caplog.at_level(logging.WARNING, logger="geo.text.unplaced"):
        geoparse(text, gazetteer)
    warned = " ".join(r.getMessage() for r in caplog.records)
    assert "'Mitiga'" in warned
    assert "'Tyre'" not in warned


def test_a_district_is_read_by_its_whole_name(gazetteer, caplog):
    """A district the gazetteer lacks is its whole name ("Abu Zeltan", never "Zeltan"):
    estimated in the city it is a district of (an Arabic "Abu" heads a name since
    session 23), or else warned about whole."""
    from geo.text.geoparse import geoparse

    text = "Gunfire was heard in the Abu Zeltan district of Tripoli on Monday."
    with caplog.at_level(logging.WARNING, logger="geo.text.unplaced"):
        found = {t.text: t for t in geoparse(text, gazetteer)}
    warned = " ".join(r.getMessage() for r in caplog.records)
    assert "Zeltan" not in found and "'Zeltan'" not in warned
    if "Abu Zeltan" in found:
        district, city = found["Abu Zeltan"], found["Tripoli"]
        assert district.estimated and city.place.country_code == "LY"
        assert abs(district.place.lat - city.place.lat) < 0.2
        assert abs(district.place.lon - city.place.lon) < 0.2
    else:
        assert "'Abu Zeltan'" in warned


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The California Democratic Party met in Sacramento and Fresno.", "California"),
        ("The Ministry of Defence of Georgia said Tbilisi was calm.", "Georgia"),
    ],
)
def test_a_place_opening_a_body_or_after_of_stays(gazetteer, text, name):
    assert _places(gazetteer, text).get(name) is not None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Reporter: Moscow says it has taken Huliaipole. Kyiv denies it.", "Moscow"),
        ("Texas voters backed the measure, officials in Kyiv noted.", "Texas"),
    ],
)
def test_a_well_known_place_opening_a_sentence_stays(gazetteer, text, name):
    from geo.text.recognition import find_mentions

    assert name in [text[m.start : m.end] for m in find_mentions(text, gazetteer)]


def test_a_toponym_kept_without_a_place_is_named():
    text = "Our units cleared Zeleny Hai on Monday."  # ("control of" is a scan's cue now)
    s = text.index("Zeleny Hai")
    toponyms = [Toponym(s, s + 10, "Zeleny Hai", None, 0.0, "in")]
    assert _spans(text) == []
    found = likely_places(text, _Common(), toponyms)
    assert [text[a:b] for a, b in found] == ["Zeleny Hai"]


def test_a_region_name_in_capitals_opening_a_line_is_a_dateline(gazetteer):
    from geo.text.recognition import find_mentions

    text = "It rained.\nLAC -- Officials met in the capital on Monday."
    assert "LAC" in [text[m.start : m.end] for m in find_mentions(text, gazetteer)]
