"""Adjective endings of town names in other romanisations, and a qualifier's namesake.

"Kropivnitsky", "Khmelnytskyy", "Bilhorod-Dnistrovskyy", "Kupiansk-Vuzlovyj": the
masculine adjective ending each system writes its own way (geo/text/ending_variants.py);
"Bilhorod-Dnistrovskyi" is the town of that name, not Belgorod, which GeoNames also lists
under it (geo/text/candidates.py: without_qualified_namesakes).
"""

import math

import pytest

from geo.text.ending_variants import ending_variants


def test_ending_variants_vary_the_last_words_adjective_ending():
    assert ending_variants("kropivnitsky") == [
        "kropivnitskyi", "kropivnitskyy", "kropivnitskyj", "kropivnitskiy", "kropivnitskii",
        "kropivnitskij",
    ]  # fmt: skip
    assert "bilhorod dnistrovskyi" in ending_variants("bilhorod dnistrovskiy")
    assert "kupiansk vuzlovyi" in ending_variants("kupiansk vuzlovyj")


@pytest.mark.parametrize("name", ["lubny", "terny", "sumy", "kyiv", "sky", "novy", "krynky"])
def test_no_ending_variants_for_names_that_are_no_adjectives(name):
    # a lone word in "-ny" or "-ky" is a plural noun as often ("Lubny", "Krynky")
    assert ending_variants(name) == []


def _km(place, lat, lon):
    p1, p2 = math.radians(place.lat), math.radians(lat)
    a = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon - place.lon) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(a))


_KROPYVNYTSKYI = (48.51, 32.27)
_KHMELNYTSKYI = (49.42, 26.98)
_BILHOROD = (46.19, 30.35)
_KUPIANSK_VUZLOVYI = (49.67, 37.64)


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name", "where"),
    [
        # the Russian press's bare "-y", the BGN "-yy", the scholarly "-yj"
        ("Air defences were active over Kropivnitsky overnight, the governor said.",
         "Kropivnitsky", _KROPYVNYTSKYI),
        ("A drone hit a grain terminal in Kropyvnytsky on Sunday.", "Kropyvnytsky",
         _KROPYVNYTSKYI),
        ("Explosions were heard in Khmelnytsky, home to an air base, residents said.",
         "Khmelnytsky", _KHMELNYTSKYI),
        # a hyphenated compound's last word
        ("Debris fell on a street in Bilhorod-Dnistrovskyy, the regional governor said.",
         "Bilhorod-Dnistrovskyy", _BILHOROD),
        ("A drone struck a warehouse in Bilhorod-Dnistrovskiy on Monday.",
         "Bilhorod-Dnistrovskiy", _BILHOROD),
        ("Glide bombs hit the railway station in Kupiansk-Vuzlovyj, police said.",
         "Kupiansk-Vuzlovyj", _KUPIANSK_VUZLOVYI),
        # the gazetteer's own spelling, which it also lists among Belgorod's names
        ("A missile struck a port in Bilhorod-Dnistrovskyi overnight.", "Bilhorod-Dnistrovskyi",
         _BILHOROD),
        ("Shelling hit a school in Bilhorod-Dnistrovs'kyi, officials said.",
         "Bilhorod-Dnistrovs'kyi", _BILHOROD),
    ],
)  # fmt: skip
def test_a_towns_adjective_ending_in_another_romanisation_is_the_town(gazetteer, text, name, where):
    from geo import analyze

    got = [t for t in analyze(text, gazetteer=gazetteer).toponyms if t.text == name]
    assert got and got[0].place is not None
    assert _km(got[0].place, *where) <= 20


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        "The plan was approved, according to Syrsky, who spoke on Monday.",
        "The offensive was planned by Syrsky and his staff in Kyiv.",
        "Officials met in Kyiv with Zelensky and Yermak on Tuesday.",
    ],
)
def test_a_surname_in_sky_is_no_town_by_its_ending(gazetteer, text):
    from geo import analyze

    names = {t.text for t in analyze(text, gazetteer=gazetteer).toponyms}
    assert not names & {"Syrsky", "Zelensky"}


@pytest.mark.gazetteer
def test_belgorod_keeps_its_own_names(gazetteer):
    from geo import analyze

    for text in (
        "A drone struck a warehouse in Belgorod on Monday.",
        "Shelling hit a school in Bilhorod, the Russian border city, officials said.",
    ):
        got = [t for t in analyze(text, gazetteer=gazetteer).toponyms if t.place]
        assert got and got[0].place.country_code == "RU"


@pytest.mark.gazetteer
def test_an_ending_variant_takes_a_villages_other_name_only_for_a_town(gazetteer):
    from geo.text.variants import variant_candidates

    # "Syrskiy" is among the names of Syrskoye, a Russian village of 3,000: not read so
    assert variant_candidates(gazetteer, "syrsky") == []
    kropyvnytskyi = {
        gazetteer.name(c.record) for c in variant_candidates(gazetteer, "kropivnitsky")
    }
    assert kropyvnytskyi == {"Kropyvnytskyi"}
