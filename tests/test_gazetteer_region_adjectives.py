"""Former-Soviet regions under their adjectival names: "Kharkovskaya oblast",
"Kharkivska oblast", "Kharkivshchyna" (derived from Natural Earth's Russian and
Ukrainian names at index build time)."""

import pytest

from geo.gazetteer.codes import QUALITY_ALTERNATE
from geo.gazetteer.region_adjectives import adjectival_names, ukrainian_romanization
from geo.gazetteer.regions import admin1_records


@pytest.mark.parametrize(
    ("ru", "uk", "expected"),
    [
        ("Сумская область", "Сумська область", ["Sumskaya", "Sumska", "Sumshchyna"]),
        ("Луганская область", "Луганська область", ["Luganskaya", "Luhanska", "Luhanshchyna"]),
        ("Винницкая область", "Вінницька область", ["Vinnitskaya", "Vinnytska", "Vinnychchyna"]),
        # people say "Zaporizhzhia", never a "-shchyna" of "Запорізька"
        ("Запорожская область", "Запорізька область", ["Zaporozhskaya", "Zaporizka"]),
        ("Краснодарский край", "Краснодарський край",
         ["Krasnodarskiy", "Krasnodarskii", "Krasnodarskyi"]),
        ("Республика Крым", "Автономна Республіка Крим", []),  # no adjective of an oblast
    ],
)  # fmt: skip
def test_adjectival_names(ru, uk, expected):
    assert adjectival_names({"ru": ru, "uk": uk}) == expected


def test_ukrainian_letters():
    assert ukrainian_romanization("Єнакієве") == "Yenakiieve"
    assert ukrainian_romanization("Їжаківка") == "Yizhakivka"
    assert ukrainian_romanization("Kyiv") is None


def test_admin1_records_carry_them_for_ukraine_only():
    ring = [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]

    def feature(country, ru, uk):
        return {
            "properties": {"name": "X", "country": country, "gn_a1": f"{country}.07",
                           "lat": 0, "lon": 0, "names": {"ru": ru, "uk": uk}},
            "geometry": {"type": "Polygon", "coordinates": [ring]},
        }  # fmt: skip

    ua, ru = admin1_records(
        {
            "features": [
                feature("UA", "Харьковская область", "Харківська область"),
                feature("RU", "Брянская область", "Брянська область"),
            ]
        }
    )
    assert {"Kharkovskaya", "Kharkivska", "Kharkivshchyna"} <= set(
        dict(ua["names"])[QUALITY_ALTERNATE]
    )
    alternates = dict(ru["names"])[QUALITY_ALTERNATE]
    assert "Bryanskaya" in alternates and "Brianshchyna" not in alternates


@pytest.mark.gazetteer
def test_regions_read_by_their_adjectival_names(gazetteer):
    from geo.text.geoparse import geoparse

    text = (
        "In the Kharkovskaya oblast, units struck positions near Petropavlovka. "
        "Russian attacks killed two in Kharkivshchyna and one in Donechchyna."
    )
    found = {t.text: t.place for t in geoparse(text, gazetteer) if t.place is not None}
    for name, region in (
        ("Kharkovskaya", "07"), ("Kharkivshchyna", "07"), ("Donechchyna", "05"),
    ):  # fmt: skip
        place = next(p for surface, p in found.items() if surface.startswith(name))
        assert (place.kind, place.country_code, place.admin1_code) == ("admin1", "UA", region)
    petro = found["Petropavlovka"]
    assert (petro.country_code, petro.admin1_code) == ("UA", "07")  # Kharkiv's, not Buryatia's
