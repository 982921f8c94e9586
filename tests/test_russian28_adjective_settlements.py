"""Russian copy's forms of places (texts written for these tests): a settlement named by a
"-sky" adjective that GeoNames ends otherwise ("Afipskiy", "Proletarskiy"), read after a
cue, in a list or before a facility word, never as a surname or a city's district; a
compass adjective's Russian name as its Ukrainian calque ("Severnoye": Pivnichne); "in
the DPR" / "in the LPR" as the oblast it stands for."""

from __future__ import annotations

import pytest

import geo
from geo.geometry import distance_km
from geo.text.compass_calques import compass_calques
from geo.text.stated_after import region_after_name

AFIPSKY = (44.9001, 38.8426)
ILSKY = (44.8422, 38.5669)
PROLETARSKY_BELGOROD = (50.7914, 35.7731)
OKTYABRSKY_BELGOROD = (50.4452, 36.3607)
PIVNICHNE_TORETSK = (48.3978, 37.9094)
ZELENYI_HAI_DONETSK = (48.0697, 36.6527)
BILOHORIVKA_LUHANSK = (48.9258, 38.2467)
KIROVSKY_DONETSK = (47.9760, 37.6968)


def places(text, gazetteer):
    return {
        t.text: (t.place.lat, t.place.lon)
        for t in geo.analyze(text, gazetteer=gazetteer).toponyms
        if t.place is not None and t.place.lat is not None
    }


def test_compass_calques():
    assert compass_calques("severnoye") == ["pivnichne"]
    assert compass_calques("yuzhnoe") == ["pivdenne"]
    assert compass_calques("zapadnaya") == ["zakhidna"]
    assert compass_calques("vostochny") == ["skhidnyi", "skhidnyy"]
    assert compass_calques("severodonetsk") == []
    assert compass_calques("yuzhnoukrainsk") == []


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name", "where"),
    [
        ("Drones hit the Afipsky refinery overnight, the regional headquarters said.",
         "Afipsky", AFIPSKY),
        ("A fire broke out at the Ilsky oil refinery after a drone attack.", "Ilsky", ILSKY),
        ("Ukrainian drones attacked the Afipsky and Ilsky refineries in the Krasnodar "
         "Territory.", "Ilsky", ILSKY),
        ("In Golovchino, Kozinka and Proletarsky, outbuildings were damaged, Governor "
         "Gladkov said.", "Proletarsky", PROLETARSKY_BELGOROD),
    ],
)  # fmt: skip
def test_adjective_settlement_read_where_the_text_calls_it_a_place(
    text, name, where, gazetteer
):
    got = places(text, gazetteer)
    assert distance_km(got[name], where) < 20


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        "According to Syrsky, the front held near the river, the general staff said.",
        "The Kremlin said Zelensky met Syrsky on Tuesday to discuss the offensive.",
    ],
)
def test_surname_with_an_adjective_ending_is_no_place(text, gazetteer):
    got = places(text, gazetteer)
    assert "Syrsky" not in got and "Zelensky" not in got


@pytest.mark.gazetteer
def test_city_district_adjectives_stay_districts(gazetteer):
    text = ("Ukrainian forces fired 38 shells at the Kuibyshevsky, Kirovsky and Petrovsky "
            "districts of Donetsk over the past day, the DPR mission said.")
    got = places(text, gazetteer)
    assert distance_km(got["Kirovsky"], KIROVSKY_DONETSK) < 20


@pytest.mark.gazetteer
def test_adjective_ending_namesake_chosen_by_the_texts_places(gazetteer):
    # "Oktyabrsky" is a Bashkir city's own name; the Belgorod village is Oktyabr'skiy.
    text = ("Air defences shot down drones over Belgorod, Razumnoye, Stroitel, Bessonovka "
            "and Oktyabrsky, the governor said.")
    got = places(text, gazetteer)
    assert distance_km(got["Oktyabrsky"], OKTYABRSKY_BELGOROD) < 20


@pytest.mark.gazetteer
def test_compass_calque_namesake_by_the_texts_places(gazetteer):
    text = "Fighting near Toretsk, Shcherbinovka, Severnoye and Zheleznoye continued."
    got = places(text, gazetteer)
    assert distance_km(got["Severnoye"], PIVNICHNE_TORETSK) < 20


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name", "where"),
    [
        ("Units of the Vostok group of forces liberated Zelyony Gai in the DPR.",
         "Zelyony Gai", ZELENYI_HAI_DONETSK),
        ("Units liberated Zelyony Gai, DPR.", "Zelyony Gai", ZELENYI_HAI_DONETSK),
        ("Units of the Yug group liberated Severnoye in the DPR.", "Severnoye",
         PIVNICHNE_TORETSK),
        ("Russian forces took Belogorovka in the LPR, the ministry said.", "Belogorovka",
         BILOHORIVKA_LUHANSK),
    ],
)  # fmt: skip
def test_republic_abbreviation_states_the_oblast(text, name, where, gazetteer):
    got = places(text, gazetteer)
    assert distance_km(got[name], where) < 20


@pytest.mark.gazetteer
def test_republic_abbreviation_before_a_noun_states_nothing(gazetteer):
    text = "Fighting near Donetsk, DPR forces said."
    assert region_after_name(text, text.index(", DPR"), gazetteer) == ()
    text = "Units liberated Zelyony Gai in the DPR."
    assert region_after_name(text, text.index(" in the DPR"), gazetteer) == (("UA", "05"),)


@pytest.mark.gazetteer
def test_adjective_before_a_capitalised_word_is_no_settlement(gazetteer):
    # "Troitsky Administrative Okrug": the okrug of Troitsk, not Troitskiy in the Urals.
    text = ("Troitsk is a town in Troitsky Administrative Okrug of the federal city of "
            "Moscow, on the Desna River.")
    got = places(text, gazetteer)
    assert "Troitsky" not in got or distance_km(got["Troitsky"], (55.4850, 37.3074)) < 20


@pytest.mark.gazetteer
def test_name_placed_in_a_region_once_is_read_there_again(gazetteer):
    text = ("Units of the Yug group of forces liberated the settlement of Severnoye in the "
            "Donetsk People's Republic, the ministry said.\n\nThe Kiev regime has not "
            "commented on the loss of Severnoye, near Artemovsk and Krasnoarmeysk.")
    analysis = geo.analyze(text, gazetteer=gazetteer)
    read = [(t.place.lat, t.place.lon) for t in analysis.toponyms
            if t.text == "Severnoye" and t.place is not None]
    assert len(read) == 2
    assert all(distance_km(p, PIVNICHNE_TORETSK) < 20 for p in read)
