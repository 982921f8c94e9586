"""Session 28's leftovers beyond Ukraine (eval/frontline/360-369, 398-407).

- A name the gazetteer has only as the last part of a compound with a short head
  ("Macina": Mali's Ké-Macina) is read as that place where the text's places agree
  (geo.gazetteer.compound_tails), and left unplaced far from them.
- A wire dateline's place the gazetteer spells in another romanisation ("RAS AL-AIN":
  Ra’s al ‘Ayn; "RAS EL-AIN", "TELL RIFAAT") is read whole in that spelling
  (geo.text.dateline_names.whole_dateline asks geo.text.variants.variant_candidates).
- A sentence's opening "In" is a place cue for a name the gazetteer has in another
  romanisation ("In Qalqilya, the municipality said": Qalqīlyah), as a lower-case "in" is.
- A name whose only place the scoring passed over for a direction with no distance is
  still that place where it lies in that direction in sparse land ("near Tessalit, north
  of Kidal": Tessalit, 200 km NNW, not an estimate 11 km north of Kidal): the namesake
  check of geo.text.direction_namesakes.directed_namesake is asked with no reading too.
"""

from __future__ import annotations

import pytest

from geo.gazetteer.compound_tails import compound_tail
from geo.gazetteer.distance import nearest_km


def _found(gazetteer, text):
    from geo import analyze

    return {t.text: t for t in analyze(text, gazetteer=gazetteer).toponyms}


def _km(t, lat, lon):
    return nearest_km((t.place.lat, t.place.lon), [(lat, lon)])


@pytest.mark.parametrize(
    ("name", "tail"),
    [
        ("Ké-Macina", "macina"),
        ("Tin-Akoff", "akoff"),
        ("Al-Qurayya", "qurayya"),
        ("Kamianets-Podilskyi", ""),  # a long head: a name of its own
        ("St-Bruno", ""),  # a saint's title: copy writes no "Bruno" for the place
        ("Ké-Ma", ""),  # a short tail
        ("Ké-Macina-Sud", ""),
        ("Goma", ""),
    ],
)
def test_compound_tail(name, tail):
    assert compound_tail(name) == tail


@pytest.mark.gazetteer
def test_lookup_tail_finds_the_compound(gazetteer):
    found = gazetteer.lookup_tail("macina")
    assert [gazetteer.name(c.record) for c in found] == ["Ké-Macina"]
    assert gazetteer.country_code(found[0].record) == "ML"
    assert gazetteer.lookup_tail("pokrovsk") == []


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        "Fighters attacked the army near Macina, on the road to Ségou, and at Diafarabe.",
        "JNIM fighters set up a checkpoint on the road from Macina to Ségou on Tuesday.",
        "An official in Macina, in the Ségou region of Mali, said nine soldiers died.",
    ],
)
def test_macina_is_ke_macina(gazetteer, text):
    t = _found(gazetteer, text)["Macina"]
    assert t.place is not None and t.place.country_code == "ML"
    assert _km(t, 13.9641, -5.3579) < 5


@pytest.mark.gazetteer
def test_far_compound_tail_is_not_read(gazetteer):
    # Tin-Akoff lies in Burkina Faso: a village of the Donbas spelt so is not it.
    text = (
        "Separatists shelled the outskirts of Donetsk and Horlivka. Troops later took "
        "positions near Akoff, residents said."
    )
    t = _found(gazetteer, text).get("Akoff")
    assert t is None or t.place is None or t.place.country_code != "BF"


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("dateline", "lat", "lon"),
    [
        ("RAS AL-AIN, Syria (Reuters) -", 36.8503, 40.0706),
        ("RAS EL-AIN, Syria (AP) \u2014", 36.8503, 40.0706),
        ("TELL RIFAAT, Syria (Reuters) -", 36.4723, 37.0947),
    ],
)
def test_dateline_in_another_romanisation(gazetteer, dateline, lat, lon):
    text = f"Clashes go on\n\n{dateline} Fighting went on overnight, residents said.\n"
    surface = dateline.split(",")[0]
    t = _found(gazetteer, text)[surface]
    assert t.place is not None and _km(t, lat, lon) < 5


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name", "cc"),
    [
        ("In Qalqilya, the municipality said the army had closed the road.", "Qalqilya", "PS"),
        ("Shops were shut. In Qalqilya, a raid went on for hours.", "Qalqilya", "PS"),
        ("In Hawija, police said two men were killed.", "Hawija", "IQ"),
    ],
)
def test_sentence_opening_in_is_a_cue(gazetteer, text, name, cc):
    t = _found(gazetteer, text)[name]
    assert t.place is not None and t.place.country_code == cc


@pytest.mark.gazetteer
def test_sole_place_in_a_direction_in_sparse_land(gazetteer):
    text = "In the north, the rebels said they had shot down a drone near Tessalit, north of Kidal."
    t = _found(gazetteer, text)["Tessalit"]
    assert t.place is not None and not t.estimated
    assert _km(t, 20.2013, 1.0119) < 5
