"""A village name of many namesakes, listed with places that lie together, is a village
by them the gazetteer lacks, not a namesake 150-200 km off (geo.text.list_partners:
the list's core); a list spread over a region keeps each name's own reading.

Every text here is written for these tests.
"""

import pytest

from geo.geometry import distance_km
from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer

YUNAKIVKA = (51.1226, 35.0385)


def _tops(gazetteer, text):
    return {t.text: t for t in geoparse(f"Shelling summary.\n\n{text}\n", gazetteer)}


def _km(t, point):
    return distance_km((t.place.lat, t.place.lon), point)


@pytest.mark.parametrize(
    "text",
    [
        "Yunakivska hromada: artillery and drones on Yunakivka, Andriivka, Oleksiivka and "
        "Basivka. A house was destroyed.",
        "Russian forces shelled Basivka, Andriivka and Yunakivka overnight, wounding a man.",
    ],
)
def test_namesake_villages_lie_by_the_lists_core(gazetteer, text):
    tops = _tops(gazetteer, text)
    for name in ("Andriivka", "Oleksiivka"):
        if name in tops:
            assert tops[name].place is not None
            assert _km(tops[name], YUNAKIVKA) < 40, name


def test_a_list_spread_over_a_region_keeps_its_towns(gazetteer):
    text = ("Kupiansk, Zolochiv, Kozacha Lopan and Borova came under artillery fire and "
            "guided bomb strikes.")
    borova = _tops(gazetteer, text)["Borova"]
    assert _km(borova, (49.3805, 37.6193)) < 5  # Kharkiv Oblast's Borova, 90 km from Zolochiv


def test_a_namesake_near_the_core_is_kept(gazetteer):
    # Kharkiv Oblast's Petropavlivka lies by Kupiansk and Kurylivka.
    text = "Russian forces shelled Kupiansk, Kurylivka and Petropavlivka overnight."
    assert _km(_tops(gazetteer, text)["Petropavlivka"], (49.7205, 37.7091)) < 5


SUDZHA = (51.1910, 35.2710)


@pytest.mark.parametrize(
    "text",
    [
        "The situation around Sudzha remains under control; mine clearance continues in "
        "Gornal and Plekhovo.",
        "Fighting went on near Sudzha, and sappers cleared mines in Gornal and Plekhovo.",
    ],
)
def test_an_off_front_namesake_listed_with_spellings_lies_by_the_sentences_place(
    gazetteer, text
):
    # Plekhovo, Kursk Oblast, is no Poltava Oblast Plekhiv (231 km off); its partner
    # Gornal, which the gazetteer lacks, locates nothing by its spelling.
    plekhovo = _tops(gazetteer, text)["Plekhovo"]
    assert plekhovo.place is not None and _km(plekhovo, SUDZHA) < 45
