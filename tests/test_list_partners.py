"""A front-line village the gazetteer lacks, listed with places it knows, is estimated
around them (geo.text.list_partners), not dropped."""

import pytest
from shapely.geometry import Point

from geo.geometry import distance_km
from geo.text.geoparse import geoparse
from geo.text.hints import NEAR_KM

pytestmark = pytest.mark.gazetteer


def _tops(gazetteer, text):
    return {t.text: t for t in geoparse(f"Air raid alerts sounded.\n\n{text}\n", gazetteer)}


@pytest.mark.parametrize(
    ("text", "name", "partner", "country"),
    [
        # Listed with a place the gazetteer has, in Russia's Kursk and Belgorod regions.
        ("The governor said residents of Guevo and Gornal were told to leave.", "Gornal",
         "Guevo", "RU"),
        ("Shelling damaged houses in Kozinka and Glotovo on Sunday.", "Glotovo", "Kozinka",
         "RU"),
        # In Ukraine: a village of Kupiansk's the gazetteer lacks.
        ("Shelling hit Kupiansk and Kucherivka overnight.", "Kucherivka", "Kupiansk", "UA"),
        # No list partner it has: the place named before it in its paragraph; a partner
        # read across the border, 100 km off, is passed over.
        ("Russian forces advanced near Sudzha. Milbloggers claimed attacks toward Gornal "
         "and Oleshnya.", "Gornal", "Sudzha", "RU"),
        # After it in its sentence.
        ("Fighting went on in Sverdlikovo and Plekhovo and on the edge of Sudzha.",
         "Sverdlikovo", "Sudzha", "RU"),
    ],
)  # fmt: skip
def test_a_listed_village_is_estimated_around_its_partner(gazetteer, text, name, partner,
                                                          country):  # fmt: skip
    tops = _tops(gazetteer, text)
    village, there = tops[name], tops[partner].place
    assert village.estimated and village.place.country_code == country
    assert distance_km((village.place.lat, village.place.lon), (there.lat, there.lon)) <= NEAR_KM
    assert village.uncertainty.contains(Point(there.lon, there.lat))


def test_a_repeat_takes_the_first_mentions_estimate(gazetteer):
    tops = [
        t
        for t in geoparse(
            "Shelling damaged houses in Kozinka and Glotovo.\n\nLater, Glotovo was hit again.\n",
            gazetteer,
        )
        if t.text == "Glotovo"
    ]
    assert len(tops) == 2 and len({(t.place.lat, t.place.lon) for t in tops}) == 1


@pytest.mark.parametrize(
    "text",
    [
        # Away from the front a list may span a country: nothing places the name.
        "Storms hit Shrewsbury and Blorpington overnight.",
        # A partner in another paragraph is no partner.
        "Shelling hit Kupiansk.\n\nRepairs went on in Kucherivka and Blorpington.",
    ],
)
def test_no_estimate_without_a_front_line_partner(gazetteer, text):
    assert not any(t.estimated for t in _tops(gazetteer, text).values())


def test_a_hamlet_across_the_border_listed_with_the_village_follows_it(gazetteer):
    """"toward Gornal and Oleshnya" after Sudzha: Sumy Oblast's hamlet Oleshnya, 100 km
    off across the border, is not the one meant; both lie by Sudzha, in Russia."""
    tops = _tops(
        gazetteer,
        "Russian forces advanced near Sudzha. Milbloggers claimed attacks toward Gornal "
        "and Oleshnya.",
    )
    sudzha = tops["Sudzha"].place
    for name in ("Gornal", "Oleshnya"):
        place = tops[name].place
        assert tops[name].estimated and place.country_code == "RU"
        assert distance_km((place.lat, place.lon), (sudzha.lat, sudzha.lon)) <= NEAR_KM


def test_a_hamlet_on_the_anchors_side_keeps_its_place(gazetteer):
    tops = _tops(
        gazetteer,
        "Shelling hit Krasnopillia. Drones struck Gornal and Oleshnya.",
    )
    assert not tops["Oleshnya"].estimated and tops["Oleshnya"].place.country_code == "UA"


@pytest.mark.parametrize(
    ("text", "name", "partner"),
    [
        # A "near" list with its region after it: by its partner, not anywhere in the
        # region (the region's polygon, its point 60-70 km off).
        ("Units struck Ukrainian brigades near Antonovka and Dneprovskoye in the Kherson "
         "region.", "Dneprovskoye", "Antonovka"),
        ("Units struck Ukrainian units in the areas of the settlements of Volchansk and "
         "Starytsa in the Kharkov region.", "Starytsa", "Volchansk"),
    ],
)  # fmt: skip
def test_a_near_partner_in_the_stated_region_locates_the_village(gazetteer, text, name, partner):
    tops = _tops(gazetteer, text)
    village, there = tops[name], tops[partner].place
    assert village.estimated
    assert distance_km((village.place.lat, village.place.lon), (there.lat, there.lon)) <= 1
    assert village.uncertainty.area < 1.0  # a disc of NEAR_KM, not a region (degrees²)


def test_a_near_partner_outside_the_stated_region_does_not(gazetteer):
    tops = _tops(gazetteer, "Troops fought near Volchansk and Dneprovskoye in the Kherson region.")
    place = tops["Dneprovskoye"].place
    assert (place.country_code, place.admin1_code) == ("UA", "08")


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name", "near"),
    [
        (
            "In the south, Russian units attacked Stepnohirsk and Plavni, on the shore of "
            "the former Kakhovka reservoir, the military said.",
            "Plavni",
            (47.5902, 35.3640),
        ),
    ],
)
def test_a_far_village_off_the_front_is_one_by_its_partner(gazetteer, text, name, near):
    t = next(t for t in geoparse(text, gazetteer) if t.text == name)
    assert t.estimated and distance_km((t.place.lat, t.place.lon), near) < 45


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        # no word of fighting: a list may span a country
        "The choir toured Stepnohirsk and Plavni last summer.",
        # off the front, with no front-line partner
        "Drones struck Izmail and Plavni overnight, the regional governor said.",
    ],
)
def test_a_village_off_the_front_stays_otherwise(gazetteer, text):
    t = next(t for t in geoparse(text, gazetteer) if t.text == "Plavni")
    assert not t.estimated and t.place.admin1_code == "17"  # Odesa Oblast


UDACHNE = (48.24, 36.99)


def test_a_partner_the_front_prior_reads_on_the_front_anchors(gazetteer):
    # Read alone, "Udachnoye" is Udachny in Yakutia; in a text about fighting the
    # front-line prior reads Udachne, so Kotlino (which the gazetteer lacks) lies by it,
    # not by Mezhova, named later in the sentence (19 km off).
    tops = _tops(
        gazetteer,
        "Russian troops are fighting in the east of the Dnepropetrovsk Region. "
        "After taking Udachnoye and Kotlino in the DPR, Russian units crossed the regional "
        "border near Novopavlovka and advanced towards Mezhevaya, a district centre on the "
        "railway from Krasnoarmeysk to Pavlograd, the officers said.",
    )
    village = tops["Kotlino"]
    assert village.estimated
    assert distance_km((village.place.lat, village.place.lon), UDACHNE) < 5


def test_a_region_read_first_stays_a_region(gazetteer):
    from geo.text.list_partners import front_reading
    from geo.text.recognition import find_mentions

    text = "Fighting continued in western Zaporizhzhia Oblast and near Robotyne."
    m = next(m for m in find_mentions(text, gazetteer) if m.key == "zaporizhzhia")
    region = next(c.record for c in m.candidates if not gazetteer.is_place(c.record))
    m.front = frozenset(c.record for c in m.candidates if gazetteer.is_place(c.record))
    assert front_reading(gazetteer, m, region) == region


@pytest.mark.gazetteer
def test_the_one_place_of_its_name_is_no_stray_of_a_pair(gazetteer):
    # two names far apart and nothing else named: the one with many namesakes is the
    # stray, not Velyka Novosilka, the one place of its name (tester33 V10)
    text = "Ukrainian troops withdrew from Velyka Novosilka and Prymorske, the military said."
    (t,) = [t for t in geoparse(text, gazetteer) if t.text == "Velyka Novosilka"]
    assert t.place is not None and not t.estimated and t.place.admin1_code == "05"
