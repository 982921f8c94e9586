"""Vessels, outlets and military commands named with a place's name (geo.text.name_bodies)."""

import pytest

from geo.text.geoparse import geoparse
from geo.text.name_bodies import named_thing
from geo.text.tokens import Mention, _norm, _Tokens


def _mention(text: str, name: str, cue: str = "") -> tuple[_Tokens, Mention]:
    tokens = _Tokens(text)
    s = text.index(name)
    e = s + len(name)
    first, last = tokens.starts.index(s), tokens.ends.index(e)
    key = " ".join(_norm(w) for w in tokens.words[first : last + 1])
    return tokens, Mention(s, e, key, first, last, cue=cue)


def _thing(text: str, name: str, cue: str = "") -> str | None:
    tokens, m = _mention(text, name, cue)
    last = named_thing(text, tokens, m)
    return None if last < 0 else text[m.start : tokens.ends[last]]


@pytest.mark.parametrize(
    ("text", "name", "thing"),
    [
        ("The tanker Marlin Luanda was struck.", "Marlin", "Marlin Luanda"),
        ("A Liberian-flagged bulk carrier Eternity C sank.", "Eternity", "Eternity C"),
        ("The cruiser Moskva sank in April.", "Moskva", "Moskva"),
        ("Drones hit the container ship Kherson Star off Odesa.", "Kherson", "Kherson Star"),
        ("The MV Tutor was hit.", "Tutor", "Tutor"),
        ("USS Carney shot down drones.", "Carney", "Carney"),
        ("The light cruiser SMS Leipzig was scuttled off the coast.", "Leipzig", "Leipzig"),
        ('The freighter "Odesa Spirit" left.', "Odesa", "Odesa Spirit"),
    ],
)
def test_a_vessels_name_is_no_place(text, name, thing):
    assert _thing(text, name) == thing


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The tanker sailed to Odesa.", "Odesa"),
        ("A ship in Mariupol burned.", "Mariupol"),
        ("The ferry from Dover to Calais ran late.", "Dover"),
        ("Ships crowded Constanta after the tanker left.", "Constanta"),
        ("Bozeman, MT Smith reported.", "Smith"),  # Montana's code is no vessel's prefix
    ],
)
def test_a_place_near_a_vessels_word_stays_a_place(text, name):
    assert _thing(text, name) is None


def test_a_vessels_name_with_a_cue_stays_a_place():
    assert _thing("The ship in Moskva docked.", "Moskva", cue="in") is None


@pytest.mark.parametrize(
    ("text", "name", "thing"),
    [
        ("According to the Kyiv Independent, shelling went on.", "Kyiv", "Kyiv Independent"),
        ("From Lansing State Journal: the council met.", "Lansing", "Lansing State Journal"),
        ("The Honolulu Star-Advertiser said so.", "Honolulu", "Honolulu Star-Advertiser"),
        ("The Dallas Morning News ran it.", "Dallas", "Dallas Morning News"),
        ("It was in the Washington Post on Friday.", "Washington", "Washington Post"),
        ("The Detroit Free Press said so.", "Detroit", "Detroit Free Press"),
        ("According to China Daily, police detained a man.", "China", "China Daily"),
        ("He told the Voice of America news agency so.", "America", "America news agency"),
        ("Radio Free Europe reported it.", "Europe", "Europe"),
        # possessive mastheads, straight and curly ("the Boston Globe's reporter")
        ("The Boston Globe's reporter asked him.", "Boston", "Boston Globe"),
        ("As the Denver Post’s editors wrote, it rained.", "Denver", "Denver Post"),
    ],
)
def test_an_outlets_masthead_is_no_place(text, name, thing):
    assert _thing(text, name) == thing
    assert _thing(text, name, cue="region") == thing  # "Lansing State": a region's cue


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Odesa Post Office burned.", "Odesa"),
        ("Crowds filled New York Times Square.", "New York"),  # (a made-up square)
        ("Residents of Kyiv posted videos.", "Kyiv"),
        ("Kyiv independent media said so.", "Kyiv"),
        ("The Odesa Post's Office burned.", "Odesa"),  # a building's word after the possessive
        ("The Arizona Republic said so.", "Arizona"),  # a republic's word: left alone
    ],
)
def test_a_place_before_a_building_or_a_lower_case_word_stays_a_place(text, name):
    assert _thing(text, name) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Northeastern Command of the Ukrainian armed forces said so.", "Northeastern"),
        ("Operational Command North said troops hit Sumy.", "North"),
        ("The Southern Military District lost men.", "Southern"),
        ("The Western Group of Forces attacked.", "Western"),
        ("The Leningrad Military District was restored.", "Leningrad"),
        ("The Northern Fleet sailed.", "Fleet"),
        ("The Pacific Fleet sailed.", "Fleet"),
    ],
)
def test_a_military_command_named_by_a_compass_point_is_no_place(text, name):
    assert _thing(text, name) is not None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Troops moved into the Northeastern region.", "Northeastern"),
        ("He moved to Fleet in Hampshire.", "Fleet"),
        ("Fleet lies in Hampshire.", "Fleet"),
        ("The North said its command was ready.", "North"),
    ],
)
def test_a_compass_region_or_a_town_named_fleet_stays_a_place(text, name):
    assert _thing(text, name) is None


def test_the_words_of_a_vessels_name_are_not_places_later(gazetteer):
    text = (
        "The tanker Marlin Luanda was struck by a missile in the Gulf of Aden. Hours "
        "later the Marlin Luanda was still burning."
    )
    names = [t.text for t in geoparse(text, gazetteer)]
    assert names == ["Gulf of Aden"]


def test_outlets_vessels_and_commands_in_a_front_line_report(gazetteer):
    text = (
        "The Northeastern Command of the Ukrainian armed forces said a drone hit a depot "
        "near Kharkiv, the Kyiv Independent reported. The bulk carrier Odesa Star left "
        "Izmail on Monday."
    )
    names = [t.text for t in geoparse(text, gazetteer)]
    assert names == ["Kharkiv", "Izmail"]


@pytest.mark.parametrize(
    ("text", "name", "thing"),
    [
        ("The fire at 6016 Dublin Road led to an arrest.", "Dublin", "Dublin Road"),
        ("She lives at 1935 Orchard St., Alexandria.", "Orchard", "Orchard St"),
        ("The zoo is at 1000 W. California Street.", "California", "California Street"),
        ("She lived at 3725 Bradford Walk Trail.", "Bradford", "Bradford Walk Trail"),
        ("A truck hit him near Rivers and Stokes avenues.", "Stokes", "Stokes"),
        ("Mail it to 1600 Pennsylvania Ave NW, Washington.", "Pennsylvania", "Pennsylvania Ave"),
        ("1600 Pennsylvania ave nw washington dc", "Pennsylvania", "Pennsylvania ave"),
        ("the shop at 12 London road, Leicester", "London", "London road"),
    ],
)
def test_a_street_of_an_address_is_no_place(text, name, thing):
    assert _thing(text, name) == thing


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("In 2012 Dublin Road was paved.", "Dublin"),  # a year, not a house number
        ("Fans from 1950 Dublin St. Patrick's club came.", "Dublin"),  # a saint
        ("Traffic on Oxford Street stopped.", "Oxford"),  # no number: geo.text.city_parts
        ("He moved 300 km to Dublin last year.", "Dublin"),
        ("They sent 12 Dublin road crews north.", "Dublin"),  # no address's end after
    ],
)
def test_a_name_after_a_year_or_before_a_saint_is_no_address(text, name):
    assert _thing(text, name) is None


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The PA was also worried, and another PA official said so.", []),
        ('"He got beat, but that\'s OK," she said.', []),
        ("He lives in Erie, PA. The US and the UK agreed.", ["Erie", "PA.", "US", "UK"]),
        ("She said it is also OK to ask, but it's not OK to lie.", []),
        ("Sales open at 7 a.m. CT today and close at 11:59 p.m. CT on Sunday.", []),
        ("The game starts at 8pm MT, 10:30 ET, in Billings MT.", ["Billings", "MT"]),
        ("Voters in CT and MT went to the polls.", ["CT", "MT"]),
    ],
)
def test_a_states_postal_code_after_a_determiner_is_a_word(gazetteer, text, kept):
    assert [t.text for t in geoparse(text, gazetteer)] == kept


def test_brands_in_a_list_of_labels_are_no_places(gazetteer):
    text = (
        "The eggs were sold under the labels Lucerne, Albertson, Mountain Dairy, Ralph's, "
        "Sunshine, Hillandale, Lund, Bayview and Sun Valley. Eggs were sold in Iowa."
    )
    assert [t.text for t in geoparse(text, gazetteer)] == ["Iowa"]
    text = "The spinach is sold under brand names including Dole and Green Harvest in Ohio."
    assert [t.text for t in geoparse(text, gazetteer)] == ["Ohio"]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Malaysia gave US$1 million; crops are worth $US 15 billion.", ["Malaysia"]),
        ("It cost 50 billion US dollars.", ["US"]),
        ("Co-workers in Darfur and Part-time staff left.", ["Darfur"]),
        ("Kyiv-based analysts, US-based and NY-based groups met.", ["Kyiv", "US", "NY"]),
        ("Seattle-based Starbucks and a Washington-based group met.", ["Seattle", "Washington"]),
        ("The Pittsburgh, Pennsylvania-based company said so.", ["Pittsburgh", "Pennsylvania"]),
    ],
)
def test_a_currencys_code_and_a_prefix_are_no_places(gazetteer, text, kept):
    assert [t.text for t in geoparse(text, gazetteer)] == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Officers found 82-year-old Geneva Morgan, of Glasgow, driving.", ["Glasgow"]),
        ("Police arrested Vernon Adkins, 40, of McKee.", ["McKee"]),
        ("The suspect was Paul Block Jr., 49, of Waterloo, Iowa.", ["Waterloo", "Iowa"]),
        ("A 40-year-old Kyiv resident died; Sumy, 35 km away, was hit.", ["Kyiv", "Sumy"]),
        ("A 30-year-old New York man was held.", ["New York"]),
    ],
)
def test_a_persons_name_by_their_age_is_no_place(gazetteer, text, kept):
    assert [t.text for t in geoparse(text, gazetteer)] == kept
