"""Session 27's kinds of analysts' daily assessments (ISW) and Kyiv Independent copy.

- a "Key Takeaways" village of another front than the paragraphs after it stays the
  village the gazetteer has (geo/text/focus.py with geo/text/front.py: front_village);
- a headline's attack target ("drone attack on Odesa") is the city over a body naming
  only its oblast (geo/text/headline.py);
- "the Hulyaipole direction": a sector named after a town spelt otherwise is a mention
  (geo/text/spellings.py);
- a village that is the only place of its name fits a stated direction as far as a city
  ("Tetkino (west of Kursk City)", 139 km) (geo/text/hints/geometry.py: sole_row).
"""

import math

import pytest


def _km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def _toponyms(gazetteer, text, name):
    from geo import analyze

    return [t for t in analyze(text, gazetteer=gazetteer).toponyms if t.text == name]


_STEPNOHIRSK = (47.590, 35.364)
_MALA_TOKMACHKA = (47.52, 35.84)
_NORTHERN_BODY = (
    "Russian forces continued offensive operations in the Kupyansk direction on December 1. "
    "Geolocated footage published on December 1 indicates that Ukrainian forces advanced in "
    "northern Kupyansk. Russian forces attacked near Kindrashivka and Petropavlivka.\n\n"
    "Russian forces recently advanced in the Lyman direction. Geolocated footage indicates "
    "that Russian forces advanced east of Zarichne (east of Lyman). The Russian MoD claimed "
    "the seizure of Torske and Drobysheve.\n\n"
    "Russian forces continued offensive operations in the Pokrovsk direction near Rodynske "
    "and Myrnohrad."
)


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("line", "name", "where"),
    [
        ("Ukrainian forces recently advanced near Stepnohirsk.", "Stepnohirsk", _STEPNOHIRSK),
        ("Russian forces recently advanced near Mala Tokmachka.", "Mala Tokmachka",
         _MALA_TOKMACHKA),
        ("Russian forces seized Stepnohirsk, Russian milbloggers claimed.", "Stepnohirsk",
         _STEPNOHIRSK),
    ],
)  # fmt: skip
def test_a_takeaways_village_on_another_front_keeps_its_place(gazetteer, line, name, where):
    text = (
        "Russian Offensive Campaign Assessment, December 2, 2026\n\nKey Takeaways:\n\n"
        f"Russian forces recently advanced in the Kupyansk and Lyman directions.\n{line}\n\n"
        + _NORTHERN_BODY
    )
    (t,) = _toponyms(gazetteer, text, name)
    assert t.place is not None, f"{name!r} left without a place"
    assert _km(t.place.lat, t.place.lon, *where) <= 10


@pytest.mark.gazetteer
def test_a_front_village_needs_a_text_of_the_front(gazetteer):
    from geo.gazetteer.normalize import normalize
    from geo.text.front import front_village
    from geo.text.tokens import Mention

    found = [
        c for c in gazetteer.lookup_normalized(normalize("Stepnohirsk"))
        if gazetteer.is_place(c.record)
    ]  # fmt: skip
    rec = found[0].record
    m = Mention(0, 11, "stepnohirsk", 0, 0, candidates=found)
    front = [rec]  # the text's other places: here, Kupiansk and Lyman
    for name in ("Kupiansk", "Lyman", "Pokrovsk"):
        front += [c.record for c in gazetteer.lookup_normalized(normalize(name))[:1]]
    assert front_village(gazetteer, m, rec, front)
    # a text of places far from the front (Lviv, Lutsk, Rivne): no front frame
    rear = [rec]
    for name in ("Lviv", "Lutsk", "Rivne", "Ternopil"):
        rear += [c.record for c in gazetteer.lookup_normalized(normalize(name))[:1]]
    assert not front_village(gazetteer, m, rec, rear)


_ODESA = (46.486, 30.744)
_KHARKIV = (49.982, 36.255)
_ZAPORIZHZHIA = (47.852, 35.117)


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name", "where"),
    [
        ("Russian drone attack on Odesa damages port infrastructure\n\nRussian forces launched "
         "dozens of drones at Odesa Oblast overnight, damaging port facilities in Izmail, the "
         "governor said.", "Odesa", _ODESA),
        ("Missile strike on Kharkiv injures 12\n\nRussia struck Kharkiv Oblast with ballistic "
         "missiles overnight, injuring 12 people, the governor said.", "Kharkiv", _KHARKIV),
        ("Zaporizhzhia hit by drones and guided bombs\n\nRussian forces attacked Zaporizhzhia "
         "Oblast with drones on Dec. 4, killing two people, the governor said.", "Zaporizhzhia",
         _ZAPORIZHZHIA),
        ("Russia pounds Odesa with drones overnight\n\nAir defences worked over Odesa Oblast "
         "for five hours, the regional administration said.", "Odesa", _ODESA),
    ],
)  # fmt: skip
def test_a_headlines_attack_target_is_the_city_not_its_oblast(gazetteer, text, name, where):
    head = _toponyms(gazetteer, text, name)[0]
    assert head.place is not None and head.place.kind == "place"
    assert _km(head.place.lat, head.place.lon, *where) <= 20


def test_attack_targets_of_a_headline():
    from geo.text.headline import _targeted
    from geo.text.tokens import Mention

    def targeted(text, name):
        s = text.index(name)
        return _targeted(text, Mention(s, s + len(name), name.lower(), 0, 0))

    assert targeted("Russian drone attack on Odesa damages port", "Odesa")
    assert targeted("Missile strikes on Kharkiv kill 3", "Kharkiv")
    assert targeted("Sumy hit by glide bombs", "Sumy")
    assert targeted("Kherson under fire again", "Kherson")
    assert not targeted("Drones hit refineries in Samara, airfield in Rostov", "Rostov")
    assert not targeted("Odesa port traffic recovers", "Odesa")


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        "Russian forces continued offensive operations in the Hulyaipole direction.",
        "Fighting continued in the Hulyaipole direction on December 3.",
        "Ukrainian forces recently advanced in the Hulyaipole axis.",
    ],
)
def test_a_direction_named_after_a_town_spelt_otherwise_is_the_town(gazetteer, text):
    (t,) = _toponyms(gazetteer, text, "Hulyaipole")
    assert t.place is not None and _km(t.place.lat, t.place.lon, 47.667, 36.256) <= 10


@pytest.mark.gazetteer
def test_a_river_after_the_is_still_no_direction(gazetteer):
    from geo import analyze

    text = "Russian forces tried to cross the Siverskyi Donets river near Bilohorivka."
    names = [t.text for t in analyze(text, gazetteer=gazetteer).toponyms if t.place]
    assert "Siverskyi" not in names


@pytest.mark.gazetteer
def test_sole_villages_west_of_a_regional_capital_are_the_villages(gazetteer):
    text = (
        "Russian forces also attacked in Kursk Oblast near the international border. Russian "
        "milbloggers claimed that fighting continued near Tetkino and Glushkovo (both west of "
        "Kursk City), and that Ukrainian forces struck positions near Guyevo (south of Sudzha)."
    )
    for name, where in (("Tetkino", (51.281, 34.294)), ("Glushkovo", (51.339, 34.635))):
        (t,) = _toponyms(gazetteer, text, name)
        assert t.place is not None and not t.estimated, name
        assert _km(t.place.lat, t.place.lon, *where) <= 10, name


def test_a_sole_place_fits_a_direction_as_far_as_a_city():
    from geo.text.hints import Hint
    from geo.text.hints.geometry import fits_band, sole_row

    west = Hint(1, 270.0, 22.5, 2.0, 40.0, None, 0, 0)
    kursk, tetkino = (51.727, 36.185), (51.281, 34.294)  # 139 km west-south-west
    assert not fits_band(west, kursk, tetkino, 3852, None)
    assert fits_band(west, kursk, tetkino, 3852, None, sole=True)
    east = Hint(1, 90.0, 22.5, 2.0, 40.0, None, 0, 0)
    assert not fits_band(east, kursk, tetkino, 3852, None, sole=True)  # the bearing still counts

    class C:
        def __init__(self, record, quality):
            self.record, self.quality = record, quality

    class M:
        def __init__(self, candidates, fuzzy=False):
            self.candidates, self.fuzzy = candidates, fuzzy

    class Gaz:  # records are their populations; a negative one is a region
        def population(self, record):
            return record

        def is_place(self, record):
            return record >= 0

    gaz = Gaz()
    one = M([C(3852, 0), C(-1, 0)])
    assert sole_row(gaz, 440_000, one)
    assert not sole_row(gaz, 440_000, M([C(3852, 0), C(900, 0)]))  # two places
    assert not sole_row(gaz, 440_000, M([C(3852, 2)]))  # an alternate name only
    assert not sole_row(gaz, 440_000, M([C(3852, 0)], fuzzy=True))
    assert not sole_row(gaz, 13_000, one)  # from a town: no such reach
    assert not sole_row(gaz, None, one)


@pytest.mark.gazetteer
def test_a_sole_town_far_from_a_towns_anchor_is_still_estimated(gazetteer):
    text = (
        "Russian forces counterattacked near Piatykhatky (northwest of Vasylivka), which "
        "Ukrainian forces liberated in June."
    )
    (t,) = _toponyms(gazetteer, text, "Piatykhatky")
    assert t.estimated


@pytest.mark.gazetteer
def test_a_headlines_small_town_named_like_its_region_stays_the_region(gazetteer):
    text = (
        "Niger army raises toll from attack on Tillaberi post to 17\n\nNIAMEY, Feb 11 - "
        "Seventeen soldiers were killed when gunmen attacked an army post near Banibangou in "
        "the western Tillaberi region, the defence ministry said."
    )
    head = _toponyms(gazetteer, text, "Tillaberi")[0]
    assert head.place is not None and head.place.kind == "admin1"


@pytest.mark.gazetteer
def test_a_far_front_village_read_by_an_alternate_name_is_no_front_village(gazetteer):
    # Novoandriivka by Orikhiv is not in the index; Crimea's Novoandreyevka has the
    # name only as an alternate one: not the village meant.
    text = (
        "Russian Offensive Campaign Assessment, September 3\n\nRussian forces recently "
        "advanced in western Zaporizhia Oblast. Geolocated footage indicates that Russian "
        "forces advanced west of Kamianske.\n\nA Ukrainian spokesperson stated that Russian "
        "forces attack near Stepnohirsk and Prymorske and strike Zaporizhzhia City with glide "
        "bombs.\n\nRussian milbloggers claimed the seizure of Novoandriivka, which ISW cannot "
        "confirm.\n\nThe Russian MoD claimed that Russian forces took Mala Tokmachka; a "
        "Ukrainian brigade denied it."
    )
    (t,) = _toponyms(gazetteer, text, "Novoandriivka")
    assert t.place is None or t.place.lat > 46.5
