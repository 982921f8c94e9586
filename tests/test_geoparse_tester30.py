"""Kinds a fresh-eyes tester found (session 30): a small town the gazetteer has, the only
place of its name, kept against its far "near" partner; a village the gazetteer lacks,
estimated by a town it is paired with off the front, with an area that holds the pair's
usual spread; a sentence's "Near X," anchor for the villages it says were retaken; a
later sentence naming its own town, out of an earlier "area" phrase's scope; a village
taken before a push toward a place, recognised and estimated near it.

Every text here is written for these tests.
"""

import pytest

from geo.geometry import distance_km

pytestmark = pytest.mark.gazetteer

_DONBAS = (
    "\n\nThe southern group hit positions near Seversk, Chasov Yar and Konstantinovka, "
    "the ministry said. Strikes near Rabotino and Orekhov were also reported."
)


def places(gazetteer, text):
    import geo

    a = geo.analyze(text, gazetteer=gazetteer, stages={"toponyms"})
    return {t.text: t for t in a.toponyms}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Army aviation struck Ukrainian troops near Kupyansk-Uzlovoy and Krasny Liman."
         + _DONBAS, "Kupyansk-Uzlovoy"),
        ("Drones hit a depot near Kupiansk-Vuzlovyi and Lyman overnight." + _DONBAS,
         "Kupiansk-Vuzlovyi"),
        ("Shelling was reported around Kupyansk-Vuzlovyi and Krasny Liman, officials said."
         + _DONBAS, "Kupyansk-Vuzlovyi"),
    ],
)  # fmt: skip
def test_sole_small_town_kept_against_far_partner(gazetteer, text, name):
    t = places(gazetteer, text)[name]
    assert not t.estimated
    assert t.place.geonameid == 703652  # Kupiansk-Vuzlovyi, Kharkiv Oblast


@pytest.mark.parametrize(
    ("text", "name", "truth"),
    [
        # Masisi lies 73 km west of Rutshuru; the estimate's area must hold it.
        ("The army said it still held positions around Masisi and Rutshuru.",
         "Masisi", (-1.40, 28.82)),
        ("Rebels were reported near Masisi and Rutshuru on Friday, residents said.",
         "Masisi", (-1.40, 28.82)),
        # Nyamilima lies some 50 km north-east of Rutshuru.
        ("Clashes were reported around Nyamilima and Rutshuru, aid workers said.",
         "Nyamilima", (-0.80, 29.66)),
    ],
)  # fmt: skip
def test_town_pair_estimate_area_holds_the_pair(gazetteer, text, name, truth):
    from shapely.geometry import Point

    t = places(gazetteer, text)[name]
    assert t.estimated
    assert t.uncertainty.contains(Point(truth[1], truth[0]))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Russian troops attacked near Klishchiivka and Bakhmut.", "Klishchiivka"),
        # Gaza's places lie a few km apart: a pair there is no district's towns.
        ("Militants fired mortars from near Abasan al-Kabira and Khuza'a, the army said.",
         "Khuza'a"),
        # The index holds few places around Kupiansk; an analyst's list is tight all the same.
        ("Russian forces attacked near Synkivka and Kupiansk on Monday.", "Synkivka"),
    ],
)  # fmt: skip
def test_dense_pair_estimate_keeps_near_reach(gazetteer, text, name):
    # Where places lie close together a list's villages do too: the area stays tight.
    t = places(gazetteer, text)[name]
    assert t.estimated
    minx, miny, _, maxy = t.uncertainty.bounds
    assert distance_km((miny, minx), (maxy, minx)) < 82  # the 40 km disc of a "near"


@pytest.mark.parametrize(
    ("text", "name", "anchor"),
    [
        ("Near Bakhmut, Ukrainian forces said they recaptured Klishchiivka and Andriivka.",
         "Andriivka", "Bakhmut"),
        ("Near Bakhmut, the brigade said it retook Andriivka and Klishchiivka.",
         "Andriivka", "Bakhmut"),
        ("Around Bakhmut, Ukrainian units recaptured Andriivka and Kurdiumivka.",
         "Andriivka", "Bakhmut"),
    ],
)  # fmt: skip
def test_opening_near_anchors_retaken_villages(gazetteer, text, name, anchor):
    found = places(gazetteer, text)
    here = found[anchor].place
    t = found[name]
    assert distance_km((t.place.lat, t.place.lon), (here.lat, here.lon)) <= 40


@pytest.mark.parametrize(
    ("text", "name", "truth"),
    [
        ("In the Kupiansk area, Russian attacks near Synkivka and Tabaivka were repelled. "
         "Fighting was also reported around Novopavlivka and Kurdiumivka, and on the "
         "approaches to Marinka.", "Kurdiumivka", (48.48, 37.93)),
        ("In the Kupiansk direction, attacks near Synkivka were repelled. Fighting "
         "continued near Kurdiumivka and Ozarianivka, and on the approaches to Toretsk.",
         "Kurdiumivka", (48.48, 37.93)),
        ("In the Lyman direction, Russian troops attacked near Terny and Torske. Later, "
         "shelling hit near Kurdiumivka and the outskirts of Toretsk.", "Kurdiumivka",
         (48.48, 37.93)),
    ],
)  # fmt: skip
def test_later_sentence_with_its_own_town_leaves_the_area(gazetteer, text, name, truth):
    t = places(gazetteer, text)[name]
    assert distance_km((t.place.lat, t.place.lon), truth) <= 20


@pytest.mark.parametrize(
    ("text", "name", "truth"),
    [
        ("Ukrainian troops retook Robotyne and pushed toward Verbove, the General Staff said.",
         "Robotyne", (47.44, 35.84)),
        ("Russian forces captured Krasnohorivka and advanced toward Kurakhove, the ministry "
         "said.", "Krasnohorivka", (47.99, 37.50)),
        ("The brigade recaptured Klishchiivka and then pushed on toward Kurdiumivka, a "
         "spokesman said.", "Klishchiivka", (48.56, 37.97)),
    ],
)  # fmt: skip
def test_village_taken_before_a_push_is_placed(gazetteer, text, name, truth):
    t = places(gazetteer, text).get(name)
    assert t is not None and t.place is not None
    assert distance_km((t.place.lat, t.place.lon), truth) <= 20


def test_taken_then_moved_needs_fighting():
    from geo.text.movement_names import moved_from

    text = "She took Robotyne and moved to Verbove in 1990 to teach."
    assert not moved_from(text, text.index("Robotyne"))


def test_next_paragraph_town_is_not_the_sentence_s(gazetteer):
    # A heading paragraph after the sentence ("Graivoron district: ...") is not its own.
    from geo.text.direction_partners import own_sentence_town
    from geo.text.recognition import find_mentions

    gaz = gazetteer
    text = (
        "Fighting went on in the Shebekino district. In Nekhoteevka, a roof caught fire "
        "after shelling.\n\nGraivoron district: Graivoron was attacked by drones."
    )
    ms = find_mentions(text, gaz)
    j = next(k for k, m in enumerate(ms) if text[m.start : m.end] == "Nekhoteevka")
    assert not own_sentence_town(text, gaz, ms, j, [(50.41, 36.90)])
