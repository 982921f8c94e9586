"""Session 26's front lines beyond Ukraine, each finding as a kind with sentences of our
own wording (eval/frontline/320-329 are the articles they came from).

- a place's other (Kurdish, foreign) name in a country the text names outright is that
  place, not a namesake spelt alike in a country it never names ("In Syria, ... around
  Kobani": 'Ayn al 'Arab, not Tanzania's Mkoani) (geo.text.other_names);
- a compound joined by "de l'" is one name ("Petite-Riviere de l'Artibonite"), and one
  the gazetteer lacks whose last word names a first-level region is estimated in it,
  counting for its list partners' country as well (geo.text.compound_names,
  geo.text.introduced, geo.text.list_abroad);
- a later mention of such a compound's head is the compound ("... from Petite-Riviere":
  not Mauritius' Petite Riviere) (geo.text.compound_names.short_forms);
- a compound the gazetteer lacks that starts with a word no name starts with ("Maroun
  al-Ras") is read whole or not at all, never its tail alone ("Ras", Rasht in Iran)
  (geo.text.recognition);
- a road's or a route's end is a town, not the region of its name ("the roads from Kayes
  and from Sikasso", with Nioro du Sahel, a town of the Kayes region, in the text)
  (geo.text.readings).
"""

from __future__ import annotations

import pytest

from geo.text.compound_names import _capital, _joins


def _found(gazetteer, text):
    from geo import analyze

    return {t.text: t for t in analyze(text, gazetteer=gazetteer).toponyms}


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        "In Syria, fighters observed a truce around Kobani, while in the south, troops "
        "reopened the road from Damascus to Suwayda.",
        "A truce held near Kobani. In Syria, fighters pulled back from Manbij and Raqqa, and "
        "in Congo, rebels clashed near Goma and Bukavu.",
    ],
)
def test_another_name_in_a_named_country_beats_a_spelling_abroad(gazetteer, text):
    t = _found(gazetteer, text)["Kobani"]
    assert t.place.country_code == "SY"


@pytest.mark.gazetteer
def test_a_place_called_so_in_a_named_country_keeps_the_name(gazetteer):
    # Mkoani is the place spelt like the name, in the country the text names.
    t = _found(gazetteer, "In Tanzania, ferries sailed from Kobani to Chake Chake.")["Kobani"]
    assert t.place.country_code == "TZ"


@pytest.mark.gazetteer
def test_a_word_of_a_place_s_own_name_is_no_other_name_of_it(gazetteer):
    # "Inca" is a word of Puerto Inca's name, not another name of the town.
    text = (
        "Maras is a town in the Cusco Region of Peru. Salt has been mined near Maras and "
        "Urubamba since pre-Inca times."
    )
    t = _found(gazetteer, text)["Inca"]
    assert t.place is None or t.place.name != "Puerto Inca"


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        "Police retook part of Petite-Riviere de l'Artibonite on Sunday.",
        "Gangs burned houses in Petite-Riviere de l'Artibonite, and families fled to Saint-Marc.",
        "World round-up: raids in Tulkarem, a truce near Kobani in Syria, and gangs in "
        "Petite-Riviere de l'Artibonite.",
    ],
)
def test_a_compound_is_estimated_in_the_region_its_tail_names(gazetteer, text):
    t = _found(gazetteer, text)["Petite-Riviere de l'Artibonite"]
    assert t.estimated and (t.place.country_code, t.place.admin1_code) == ("HT", "06")


@pytest.mark.gazetteer
def test_a_compound_the_gazetteer_has_keeps_its_reading(gazetteer):
    t = _found(gazetteer, "Gunmen raided Saint-Michel de l'Atalaye at night.")
    t = t["Saint-Michel de l'Atalaye"]
    assert not t.estimated and t.place.country_code == "HT"


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        "A letter from Alex de l'Estrange was read in Lyon.",
        "The critic Jean de La Fontaine lived in Lyon.",
    ],
)
def test_a_person_with_a_particle_is_no_compound_place(gazetteer, text):
    assert set(_found(gazetteer, text)) == {"Lyon"}


def test_de_joins_across_a_space_only_before_an_elided_article():
    assert _joins("de", " ", "l'Artibonite") and _joins("de", "-", "Nippes")
    assert not _joins("de", " ", "Waal") and _joins("du", " ", "Sahel")
    assert _capital("l'Artibonite") and _capital("Sahel") and not _capital("l'armee")


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        "In Yaroun and Maroun al-Ras, few houses were left standing.",
        "Few houses were left in Maroun al-Ras after the war.",
    ],
)
def test_a_compound_tail_is_not_read_alone(gazetteer, text):
    assert "Ras" not in _found(gazetteer, text)


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Militants attacked convoys on the roads from Kayes and from Sikasso. In the west, "
         "they briefly held Nioro du Sahel.", "Kayes"),
        ("Trucks on the highway to Kayes were burnt. Militants briefly held Nioro du Sahel.",
         "Kayes"),
    ],
)  # fmt: skip
def test_a_road_end_is_the_town_not_its_region(gazetteer, text, name):
    t = _found(gazetteer, text)[name]
    assert t.place.kind == "place" and t.place.country_code == "ML"


@pytest.mark.gazetteer
def test_a_region_without_a_road_before_it_keeps_the_region_reading(gazetteer):
    text = "JNIM attacked convoys in Kayes. In the west, militants briefly held Nioro du Sahel."
    assert _found(gazetteer, text)["Kayes"].place.kind == "admin1"


@pytest.mark.gazetteer
def test_a_compound_head_later_is_the_compound(gazetteer):
    text = (
        "Gangs attacked Petite-Riviere de l'Artibonite on Thursday. In Gonaives, the mayor "
        "said the town had taken in 2,000 displaced people from Petite-Riviere."
    )
    found = _found(gazetteer, text)
    whole, short = found["Petite-Riviere de l'Artibonite"], found["Petite-Riviere"]
    assert short.estimated and (short.place.country_code, short.place.admin1_code) == ("HT", "06")
    assert (short.place.lat, short.place.lon) == (whole.place.lat, whole.place.lon)


@pytest.mark.gazetteer
def test_a_head_with_no_compound_before_it_keeps_its_reading(gazetteer):
    t = _found(gazetteer, "Petite Riviere is a village in Mauritius.")["Petite Riviere"]
    assert t.place.country_code == "MU" and not t.estimated
