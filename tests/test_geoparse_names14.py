"""False places and wrong namesakes (session 14), each test standing for a kind of input.

- a battle's or war's place after a name's possessive is figurative ("Moscow's
  Waterloo", "Putin's Stalingrad"), but not after its own country's or a region's
  ("Belgium's Waterloo", "Iraq's Mosul");
- a town the text places by its state ("Waterloo, Iowa") stays that town when the text
  also uses the name figuratively ("his Waterloo");
- a US state's office after a name ("Georgia Gov. Brian Kemp") makes it the US state,
  and the official's claims American; "the country of Georgia" is the country;
- a country's war memorial ("the Vietnam War Memorial") names no place;
- a compass point's name before a utility's or a carrier's head ("North West Water") and
  a utility its customers are "of" ("customers of Anglian Water") name no region;
- "Hormuz" alone is the strait, not the island's town;
- a bare emirate's name is its city, "the emirate of X" the emirate.

All texts are written for these tests.
"""

from __future__ import annotations

import pytest

from geo import analyze
from geo.text.figurative import is_figurative


def _by_text(analysis, text):
    return [t for t in analysis.toponyms if t.text == text]


# -- figurative possessives -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Commentators called the failed assault Moscow's Waterloo.", "Waterloo"),
        ("Some feared the city would become Putin's Stalingrad, and others agreed.", "Stalingrad"),
        ("Critics said the war had turned into America's Vietnam.", "Vietnam"),
        ("The occupation became the Kremlin's own Afghanistan, a historian wrote.", "Afghanistan"),
        ("For the general, the salient was Napoleon's Verdun.", "Verdun"),
    ],
)
def test_a_possessive_name_before_a_battle_is_figurative(text, name):
    s = text.index(name)
    assert is_figurative(text, s, s + len(name))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Visitors toured Belgium's Waterloo, south of Brussels.", "Waterloo"),
        ("Troops advanced on Iraq's Mosul.", "Mosul"),
        ("Shells hit the Kyiv region's Bucha and Irpin overnight.", "Bucha"),
        ("Families returned to Ukraine's Bucha, officials said.", "Bucha"),
        ("Moscow's Stalingrad Square was closed for repairs.", "Stalingrad"),
    ],
)
def test_a_possessive_of_the_place_itself_is_literal(text, name):
    s = text.index(name)
    assert not is_figurative(text, s, s + len(name))


def test_figurative_possessives_are_read_at_the_event(gazetteer):
    a = analyze(
        "Pundits in Ottawa called the retreat Moscow's Waterloo; a colonel said the "
        "siege had been Russia's Verdun.",
        gazetteer=gazetteer,
    )
    for name, country in (("Waterloo", "BE"), ("Verdun", "FR")):
        (t,) = _by_text(a, name)
        assert t.place.country_code == country and t.metonymic, name


def test_a_town_placed_by_its_state_beats_a_figurative_namesake(gazetteer):
    a = analyze(
        "The coach said Friday's loss was not his Waterloo. The team flies to Waterloo, "
        "Iowa, next week, and fans in Waterloo are already queuing for tickets.",
        gazetteer=gazetteer,
    )
    first, second, third = _by_text(a, "Waterloo")
    assert first.metonymic and first.place.country_code == "BE"
    for t in (second, third):
        assert not t.metonymic and t.place.country_code == "US" and t.place.admin1_code == "IA"


# -- US state offices, "the country of" ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Georgia Gov. Laura Mills signed the budget on Thursday.",
        "On Thursday, Georgia Lt. Gov. Tom Reyes said the session would end early.",
        "Georgia state Sen. Ana Ruiz said the vote was close. Protesters later gathered in "
        "Tbilisi, the capital of the country of Georgia.",
        "Washington Gov. Dan Price visited the border with Canada.",
    ],
)
def test_a_state_office_after_a_name_is_the_us_state(gazetteer, text):
    a = analyze(text, gazetteer=gazetteer)
    state = a.toponyms[0]
    assert state.start == 0 or text[: state.start].endswith(", ")
    assert state.place.kind == "admin1" and state.place.country_code == "US"
    assert all(c.side in (None, "US") for c in a.claims)


def test_an_official_of_a_state_named_like_a_country_speaks_for_the_us(gazetteer):
    a = analyze(
        "Georgia Gov. Laura Mills said the state would send guardsmen to the coast. "
        "In the country of Georgia, protesters marched on parliament in Tbilisi.",
        gazetteer=gazetteer,
    )
    state, country = _by_text(a, "Georgia")
    assert state.place.country_code == "US" and country.place.country_code == "GE"
    (claim,) = [c for c in a.claims if c.source and "Mills" in c.source]
    assert claim.side == "US"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Officials in Atlanta welcomed a trade delegation from the nation of Georgia.",
         "Georgia", "GE"),
        ("Voters in Macon and Savannah heard that the Republic of Georgia had applied to "
         "join the EU.", "Georgia", "GE"),
        ("Students in Amman, Michigan? No: the kingdom of Jordan hosted them.", "Jordan", "JO"),
    ],
)  # fmt: skip
def test_the_country_of_a_name_is_the_country(gazetteer, text, name, country):
    a = analyze(text, gazetteer=gazetteer, stages=("toponyms",))
    found = _by_text(a, name)
    assert found and all(t.place.kind == "country" for t in found)
    assert found[-1].place.country_code == country


def test_the_state_of_georgia_stays_the_state(gazetteer):
    a = analyze("Lawmakers in the state of Georgia met in Atlanta.", gazetteer=gazetteer)
    (t,) = _by_text(a, "Georgia")
    assert t.place.country_code == "US"


# -- names inside other names ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Veterans laid wreaths at the Vietnam War Memorial in Washington on Monday.",
        "A new wing of the Iraq War Veterans Museum opened in Columbus.",
        "Schoolchildren visited the Vietnam Veterans Memorial during a trip to Washington.",
    ],
)
def test_a_countrys_war_memorial_names_no_place(gazetteer, text):
    a = analyze(text, gazetteer=gazetteer, stages=("toponyms",))
    assert all(t.place is None or t.place.country_code == "US" for t in a.toponyms)
    assert a.toponyms  # the memorial's own place stays


def test_a_countys_veterans_memorial_keeps_the_county(gazetteer):
    a = analyze(
        "The Dutchess County Veterans Memorial was rededicated in Poughkeepsie, New York.",
        gazetteer=gazetteer,
        stages=("toponyms",),
    )
    assert _by_text(a, "Dutchess County")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Customers of North West Water faced a hosepipe ban in Manchester.", "North West"),
        ("Passengers on South Western Railway faced delays near Woking.", "South Western"),
        ("Bills from South East Water will rise in Kent, the regulator said.", "South East"),
        ("Customers of Anglian Water in Norwich were told to boil water.", "Anglian"),
        ("Households of Yorkshire Water customers in Leeds saw bills rise.", "Yorkshire"),
    ],
)
def test_a_utilitys_name_is_no_region(gazetteer, text, name):
    a = analyze(text, gazetteer=gazetteer)
    assert not any(name in t.text for t in a.toponyms), name
    assert all(t.place is None or t.place.country_code == "GB" for t in a.toponyms)
    assert all(c.side in (None, "GB", "independent") for c in a.claims)


# -- straits and emirates -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Two tankers were seized near Hormuz on Friday, a maritime agency said.",
        "Insurers raised premiums for ships transiting Hormuz.",
        "Tehran has threatened to close Hormuz before.",
    ],
)
def test_hormuz_alone_is_the_strait(gazetteer, text):
    a = analyze(text, gazetteer=gazetteer, stages=("toponyms",))
    (t,) = _by_text(a, "Hormuz")
    assert t.place.kind == "water" and t.place.name == "Strait of Hormuz"


def test_the_island_of_hormuz_is_no_strait(gazetteer):
    a = analyze("Fishermen on the island of Hormuz mended nets.", gazetteer=gazetteer)
    assert not any(t.place is not None and t.place.kind == "water" for t in a.toponyms)


def test_a_bare_emirate_name_is_its_city(gazetteer):
    a = analyze(
        "A drone set a storage tank on fire in Fujairah on Sunday. The emirate of "
        "Fujairah said the port kept loading; Fujairah police closed one road.",
        gazetteer=gazetteer,
        stages=("toponyms",),
    )
    first, emirate, police = _by_text(a, "Fujairah")
    assert first.place.kind == "place" and police.place.kind == "place"
    assert emirate.place.kind == "admin1"


# -- a person's surname named like a town -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        (
            "Council hopeful speaks. Tom Denton, an engineer, is running for the board. "
            "Denton said the pier needs repairs, and Denton, 54, promised a vote.",
            "Denton",
        ),
        (
            "A plea deal is being discussed for Karen Fairfield, 39, accused of fraud. "
            "Fairfield was already in custody; Fairfield’s lawyers declined to comment.",
            "Fairfield",
        ),
        (
            "Police questioned Carl J. Gilbert, 46. Items found at Gilbert’s apartment "
            "were taken for testing.",
            "Gilbert",
        ),
    ],
)
def test_a_persons_surname_named_like_a_town_stays_theirs(gazetteer, text, surname):
    a = analyze(text, gazetteer=gazetteer, stages=("toponyms",))
    assert not _by_text(a, surname)


def test_a_nickname_after_a_title_leaves_the_city(gazetteer):
    a = analyze(
        "The former mayor, known as Mr. Arlington, has died. He chaired the Arlington "
        "Chamber of Commerce, and a sports center in Arlington bears his name.",
        gazetteer=gazetteer,
        stages=("toponyms",),
    )
    assert len(_by_text(a, "Arlington")) >= 2


def test_a_surname_naming_a_great_city_stays_the_city(gazetteer):
    a = analyze(
        "Actor Tom Paris arrived on Monday. Paris was quiet as the delegates met.",
        gazetteer=gazetteer,
        stages=("toponyms",),
    )
    (t,) = _by_text(a, "Paris")
    assert t.place.country_code == "FR"


# -- abbreviations a text defines -----------------------------------------------------------


def test_an_abbreviation_of_a_persons_name_is_no_place(gazetteer):
    a = analyze(
        "Mexico's president, Andres Manuel Lopez Obrador (AMLO), met farmers in Sonora. "
        "AMLO, as the press calls him, promised subsidies; critics of AMLO disagreed.",
        gazetteer=gazetteer,
    )
    assert not _by_text(a, "AMLO")
    assert _by_text(a, "Sonora") and _by_text(a, "Mexico")
    assert all(c.side in (None, "MX", "independent") for c in a.claims)


@pytest.mark.parametrize(
    ("text", "abbr", "country"),
    [
        ("Aid reached the Democratic Republic of Congo (DRC) on Monday. The DRC said more "
         "was needed.", "DRC", "CD"),
        ("Flights to the United Arab Emirates (UAE) resumed; the UAE said so.", "UAE", "AE"),
    ],
)  # fmt: skip
def test_an_abbreviation_of_a_countrys_name_stays_the_country(gazetteer, text, abbr, country):
    a = analyze(text, gazetteer=gazetteer, stages=("toponyms",))
    found = _by_text(a, abbr)
    assert found and all(t.place.country_code == country for t in found)


# -- a relative's given name ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The brothers were sentenced in 2003: Matthew got 30 years and his brother Tyler "
         "got 21. Tyler appealed twice.", "Tyler"),
        ("He needs a kidney, and his wife, Florence, has posted appeals online in Denver.",
         "Florence"),
        ("The couple lost their daughter Hailey in 2006; Hailey was born with a heart "
         "defect in Boise.", "Hailey"),
    ],
)  # fmt: skip
def test_a_relatives_given_name_is_no_place(gazetteer, text, name):
    a = analyze(text, gazetteer=gazetteer, stages=("toponyms",))
    assert not _by_text(a, name)


def test_a_place_named_after_a_relative_stays_a_place(gazetteer):
    a = analyze(
        "A surveyor laid out the township in 1912, naming it after his wife, Alexandra. "
        "By 1920, Alexandra had grown into a busy market town near Johannesburg.",
        gazetteer=gazetteer,
        stages=("toponyms",),
    )
    assert len(_by_text(a, "Alexandra")) >= 1


# -- two towns joined by a hyphen -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Storms knocked out power across the Dallas-Fort Worth area overnight.",
         ("Dallas", "Fort Worth")),
        ("Flights out of Raleigh-Durham resumed after the ice storm.", ("Raleigh", "Durham")),
        ("Traffic on the bridge slowed the whole Tampa-St. Petersburg commute.",
         ("Tampa", "St. Petersburg")),
    ],
)  # fmt: skip
def test_two_towns_joined_by_a_hyphen_are_both_places(gazetteer, text, names):
    a = analyze(text, gazetteer=gazetteer, stages=("toponyms",))
    for name in names:
        (t,) = _by_text(a, name)
        assert t.place.country_code == "US", name


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Tyler-Longview crews restored power by noon on Tuesday.", ("Tyler", "Longview")),
        ("The Tyler-Longview area got heavy rain.", ("Tyler", "Longview")),
        ("Traffic on the Austin-Round Rock corridor slowed after the crash.",
         ("Austin", "Round Rock")),
    ],
)  # fmt: skip
def test_a_town_pair_led_by_a_given_name_is_two_places(gazetteer, text, names):
    # "Tyler", "Austin": given names too; a pair opening its run is no person's double
    # name, and it opens a sentence as a town does.
    a = analyze(text, gazetteer=gazetteer, stages=("toponyms",))
    for name in names:
        (t,) = _by_text(a, name)
        assert t.place.country_code == "US" and t.place.admin1_code == "TX", name


@pytest.mark.parametrize(
    "text",
    [
        "Anna Lee-Smith said the line was cut.",
        "Harley-Davidson sales fell in the quarter.",
        "The actor Aaron Taylor-Johnson starred in the film.",
    ],
)
def test_a_double_barrelled_name_is_no_pair_of_places(gazetteer, text):
    a = analyze(text, gazetteer=gazetteer, stages=("toponyms",))
    assert not a.toponyms


@pytest.mark.parametrize(
    "text",
    [
        "St. Agnes's Health System wrote off two million dollars in bad debts.",
        "The bus drops St. Michael's pupils off last.",
    ],
)
def test_a_saints_possessive_names_no_place(gazetteer, text):
    a = analyze(text, gazetteer=gazetteer, stages=("toponyms",))
    assert not any(t.text.startswith("St.") for t in a.toponyms)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("He moved to St. John's on Monday.", "St. John"),
        ("Fog closed schools in St. Mary's County.", "St. Mary's County"),
    ],
)
def test_a_saints_place_stays_with_a_cue_or_a_place_word(gazetteer, text, name):
    a = analyze(text, gazetteer=gazetteer, stages=("toponyms",))
    assert any(t.text == name for t in a.toponyms)
