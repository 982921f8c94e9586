"""A "near" list is read around the names that lie together, not its first name alone.

"near Lozova, Kurylivka, Zahryzove and Pishchane" (Kupiansk's villages): the gazetteer
lacks the village of Lozova by Kupiansk and reads the town of Lozova 130 km south; the
list's other names must not be read, or estimated, around that town, nor as a village
of their name across the country.
"""

import pytest

from geo.geometry import distance_km
from geo.text.anchors import anchor_lists
from geo.text.geoparse import geoparse
from geo.text.hints import read_hints
from geo.text.recognition import find_mentions

pytestmark = pytest.mark.gazetteer

KUPIANSK = (49.7100, 37.6158)
LOZOVA_TOWN = (48.8907, 36.3141)


def points(gazetteer, text):
    """{surface: (lat, lon) or None} (the last mention of each)."""
    return {
        t.text: ((t.place.lat, t.place.lon) if t.place is not None else None)
        for t in geoparse(text, gazetteer)
    }


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces continued assaults near Lozova, Kurylivka, Zahryzove and Pishchane.",
        "Russian forces continued offensive operations in the Kupiansk direction near "
        "Lozova, Kurylivka, Zahryzove and Pishchane on February 3.",
        "Ukrainian forces repelled attacks near Lozova, Kurylivka, Zahryzove and Pishchane, "
        "the General Staff said. Russian artillery shelled Kupiansk and Borova.",
    ],
)
def test_near_list_is_read_around_its_names_that_lie_together(gazetteer, text):
    found = points(gazetteer, text)
    for name in ("Kurylivka", "Zahryzove", "Pishchane"):
        assert found[name] is not None and distance_km(found[name], KUPIANSK) < 40, name


def test_list_keeps_its_first_name_as_anchor_when_the_others_lie_near_it(gazetteer):
    text = "Fighting went on near Kupiansk, Kurylivka, Zahryzove and Pishchane."
    mentions = find_mentions(text, gazetteer)
    hints = read_hints(text, mentions)
    assert anchor_lists(gazetteer, mentions, hints) == hints
    found = points(gazetteer, text)
    assert distance_km(found["Pishchane"], KUPIANSK) < 40


def test_a_far_first_name_gives_the_list_to_its_partners(gazetteer):
    text = "Russian forces continued assaults near Lozova, Kurylivka, Zahryzove and Pishchane."
    mentions = find_mentions(text, gazetteer)
    hints = read_hints(text, mentions)
    names = [text[m.start : m.end] for m in mentions]
    lozova, kurylivka = names.index("Lozova"), names.index("Kurylivka")
    assert hints[names.index("Pishchane")].anchor == lozova  # as read: the first name
    anchored = anchor_lists(gazetteer, mentions, hints)
    assert anchored[names.index("Pishchane")].anchor == kurylivka
    assert anchored[names.index("Zahryzove")].anchor == kurylivka
    assert hints[names.index("Pishchane")].anchor == lozova  # the input is left alone


def test_two_name_lists_are_left_alone(gazetteer):
    text = "Russian forces attacked near Lozova and Kurylivka."
    mentions = find_mentions(text, gazetteer)
    hints = read_hints(text, mentions)
    assert anchor_lists(gazetteer, mentions, hints) == hints


def test_a_huge_list_costs_no_pairwise_work(gazetteer, monkeypatch):
    import geo.text.anchors as anchors

    calls = []

    def counting(a, b):
        calls.append(1)
        return distance_km(a, b)

    monkeypatch.setattr(anchors, "distance_km", counting)
    text = "Fighting near Lozova, " + "Kurylivka, Zahryzove, Kupiansk, " * 300 + "and Pishchane."
    mentions = find_mentions(text, gazetteer)
    anchor_lists(gazetteer, mentions, read_hints(text, mentions))
    assert len(calls) <= anchors.MAX_LIST**2  # the list is longer than MAX_LIST: left as read


# Short lists and lists an anchor follows: a name read far from its list's anchor is a
# namesake of the place meant (the many Ivanivkas, Stepoves and Pishchanes of Ukraine).
KURAKHOVE = (47.985, 37.281)
AVDIIVKA = (48.140, 37.750)
HULIAIPOLE = (47.667, 36.256)
MALA_TOKMACHKA = (47.534, 35.901)


@pytest.mark.parametrize(
    ("text", "name", "anchor", "km"),
    [
        # The gazetteer has no Pishchane or Stepove near the front: estimated at the anchor.
        ("Russian forces attacked near Kupiansk, Petropavlivka and Pishchane.", "Pishchane",
         KUPIANSK, 40),
        ("Clashes near Mala Tokmachka, Mali Shcherbaky and Stepove.", "Stepove",
         MALA_TOKMACHKA, 40),
        ("Ukrainian troops repelled attacks near Huliaipole, Mala Tokmachka and Stepove.",
         "Stepove", HULIAIPOLE, 40),
        ("Russian troops advanced near Stepove and Avdiivka.", "Stepove", AVDIIVKA, 40),
        ("Russian troops advanced near Avdiivka and Stepove.", "Stepove", AVDIIVKA, 40),
        # An anchor after the list: "A, B and C near X" (the namesakes near X).
        ("The Russian MoD claimed to have liberated Ivanovka, Novoselovka and Andreyevka "
         "near Kurakhovo.", "Ivanovka", KURAKHOVE, 120),
        ("The Russian MoD claimed to have liberated Ivanovka, Novoselovka and Andreyevka "
         "near Kurakhovo.", "Andreyevka", KURAKHOVE, 120),
        ("The Russian MoD said units liberated Stepovoye and Pervomayskoye near Avdeyevka.",
         "Stepovoye", AVDIIVKA, 40),
        # One name: a village the gazetteer lacks, not a city it is spelt like.
        ("Russian troops attacked the settlement of Berdychi near Avdeyevka.", "Berdychi",
         AVDIIVKA, 40),
    ],
)  # fmt: skip
def test_a_near_list_name_is_read_near_its_anchor(gazetteer, text, name, anchor, km):
    found = points(gazetteer, text)
    assert found.get(name) is not None and distance_km(found[name], anchor) < km, found


@pytest.mark.parametrize(
    "text",
    [
        "Units attacked near Petropavlivka and Kupiansk.",
        "Units attacked near Kupiansk and Petropavlivka.",
        "Fighting near Kupiansk and Kharkiv continued.",
        # A direction's anchor before "near" is not a place near the list after it.
        "Russian forces attacked southeast of Kupiansk near Pishchane and Kyslivka.",
    ],
)
def test_a_town_is_not_pulled_to_its_list(gazetteer, text):
    found = points(gazetteer, text)
    assert distance_km(found["Kupiansk"], KUPIANSK) < 5


def test_a_long_list_with_an_anchor_after_it_costs_linear_work(gazetteer, monkeypatch):
    import geo.text.anchors as anchors

    calls = []

    def counting(a, b):
        calls.append(1)
        return distance_km(a, b)

    monkeypatch.setattr(anchors, "distance_km", counting)
    counts = []
    for n in (50, 100, 200):
        calls.clear()
        points(gazetteer, "Units took " + "Stepove, Ivanovka, Pishchane, " * n + "and Andreyevka "
               "near Kurakhovo.")  # fmt: skip
        counts.append(len(calls))
    # Each name looks at a bounded number of candidates and partners: twice the names,
    # at most about twice the distances.
    assert counts[0] > 0
    assert counts[1] <= 2.2 * counts[0] and counts[2] <= 2.2 * counts[1], counts


@pytest.mark.parametrize(
    "text",
    [
        "Fighting continued near Novoselivka, Ivanivka and Andriivka.",
        "Fighting continued near Ivanivka, Novoselivka and Andriivka.",
    ],
)
def test_a_list_name_is_its_own_names_place_not_another_names(gazetteer, text):
    # Many places are called Ivanivka: not Ruskoivanivka of Odesa Oblast (another name
    # of it), and the list stays together.
    found = {t.text: t.place for t in geoparse(text, gazetteer)}
    assert found["Ivanivka"].name == "Ivanivka"
    lat_lons = [(p.lat, p.lon) for p in found.values()]
    assert max(distance_km(a, b) for a in lat_lons for b in lat_lons) < 2 * 80


UDACHNE = (48.2410, 36.9924)


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces attacked near Novotroitske, Udachne and Zvirove.",
        "Fighting continued in the Pokrovsk direction near Novotroitske, Udachne and Zvirove.",
        "Russian troops were repelled near Udachne, Zvirove and Novotroitske, the Khortytsia "
        "group said.",
    ],
)
def test_a_town_alone_far_from_its_list_is_a_namesake_of_a_village(gazetteer, text):
    # The gazetteer lacks Pokrovsk's Novotroitske and holds a town of 10,600 of the name
    # in Kherson Oblast, 250 km off: the list rule moves it too, not only villages.
    found = points(gazetteer, text)
    assert distance_km(found["Novotroitske"], UDACHNE) < 40


@pytest.mark.parametrize(
    ("text", "name", "where"),
    [
        # Named with a place near it: the town itself.
        (
            "Ukrainian forces struck Russian positions near Novotroitske and Henichesk.",
            "Novotroitske",
            (46.3509, 34.3325),
        ),
        # A list that spans a front keeps its towns.
        (
            "Russian forces attacked near Kupiansk, Borova, Kurakhove and Ukrainsk.",
            "Kurakhove",
            (47.9847, 37.2807),
        ),
    ],
)
def test_a_town_with_a_place_near_it_keeps_its_reading(gazetteer, text, name, where):
    assert distance_km(points(gazetteer, text)[name], where) < 20


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # a pair whose anchor is a far larger town: the name's only place, on the front
        ("Fighting continued near Volchansk and Yunakovka, the Ukrainian army said.",
         "Yunakovka", ("Yunakivka", "21")),
        ("Shelling hit areas near Kramatorsk and Kozacha Lopan.",
         "Kozacha Lopan", ("Kozacha Lopan", "07")),
    ],
)
def test_a_names_only_front_line_place_is_not_dropped_by_its_list(
    gazetteer, text, name, expected
):
    found = {t.text: t for t in geoparse(text, gazetteer)}
    t = found[name]
    assert not t.estimated
    assert (t.place.name, t.place.admin1_code) == expected


def test_a_name_with_no_front_line_place_is_still_estimated_at_its_partner(gazetteer):
    # the Hlybokes the gazetteer holds lie in Odesa and Zakarpattia: not the one meant
    found = {t.text: t for t in geoparse("Fighting continued near Volchansk and Hlyboke.",
                                         gazetteer)}
    assert found["Hlyboke"].estimated
    assert found["Hlyboke"].place.country_code == "UA"


@pytest.mark.parametrize(
    ("text", "name", "partner"),
    [
        # Melitopol, 150,000 people, once Novooleksandrivka, 220 km off: a town read by
        # another of its names is not named for its own sake.
        ("The brigade repelled assaults near Novooleksandrivka and Ocheretyne.",
         "Novooleksandrivka", "Ocheretyne"),
    ],
)  # fmt: skip
def test_a_town_read_by_another_of_its_names_far_from_the_list_is_not_it(
    gazetteer, text, name, partner
):
    tops = {t.text: t for t in geoparse(text, gazetteer)}
    there = tops[partner].place
    place = tops[name].place
    assert distance_km((place.lat, place.lon), (there.lat, there.lon)) <= 40


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # Old names of towns near their partners stay the towns.
        ("Russian forces attacked near Krasnoarmeysk and Dimitrov.", "Krasnoarmeysk",
         "Pokrovsk"),
        ("Fighting raged near Artemovsk and Soledar.", "Artemovsk", "Bakhmut"),
    ],
)  # fmt: skip
def test_a_town_read_by_an_old_name_near_its_list_stays(gazetteer, text, name, expected):
    tops = {t.text: t for t in geoparse(text, gazetteer)}
    assert tops[name].place.name == expected and not tops[name].estimated
