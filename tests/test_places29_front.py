"""Session 29's front-line kinds.

- a Russian railway adjective's village name is looked up as its Ukrainian calque
  ("Zheleznodorozhnoye": Zaliznychne) (geo/text/compass_calques.py);
- an army named by its side ("Russian forces", "Ukrainian units") makes a text one about
  fighting, whose front-line towns the prior favours ("Russian forces captured
  Dzerzhinsk": Toretsk) (geo/text/front.py: _WAR);
- a directed hint whose band a village of the name fits keeps a city of the name out as
  it keeps a town out: "near Shevchenko, northwest of Pokrovsk" is the village 12 km
  off, not Poltava's Shevchenko district of 148,000 people 250 km north-west
  (geo/text/hints/geometry.py: fits_band).
"""

import pytest

from geo.text.hints import Hint
from geo.text.hints.geometry import fits_band

POKROVSK = (48.280, 37.177)
NORTHWEST = Hint(1, 315.0, 22.5, 2.0, 40.0, None, 0, 0)


def test_a_city_fits_only_the_band_a_village_of_its_name_fits():
    poltava_district = (49.565, 34.539)  # 236 km north-west of Pokrovsk
    assert fits_band(NORTHWEST, POKROVSK, poltava_district, 147_600, None)
    assert not fits_band(NORTHWEST, POKROVSK, poltava_district, 147_600, 40.0)
    village = (48.382, 37.108)  # 12 km north-north-west
    assert fits_band(NORTHWEST, POKROVSK, village, 552, 40.0)


def test_a_railway_adjectives_russian_name_is_its_ukrainian_calque():
    from geo.text.compass_calques import compass_calques

    assert compass_calques("zheleznodorozhnoye") == ["zaliznychne"]
    assert compass_calques("zheleznodorozhny") == ["zaliznychnyi", "zaliznychnyy"]
    assert compass_calques("zheleznoye") == ["zalizne"]
    assert compass_calques("zheleznogorsk") == []  # no adjective's ending


@pytest.mark.gazetteer
def test_zheleznodorozhnoye_in_the_zaporozhye_region_is_zaliznychne(gazetteer):
    from geo.geometry import distance_km
    from geo.text.geoparse import geoparse

    text = "Units of the Vostok group liberated Zheleznodorozhnoye in the Zaporozhye region."
    (t,) = [t for t in geoparse(text, gazetteer) if t.text == "Zheleznodorozhnoye"]
    assert t.place is not None and not t.estimated
    assert distance_km((t.place.lat, t.place.lon), (47.6486, 36.1672)) < 5


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "where"),
    [
        # an army named by its side is a word of war: Toretsk, once Dzerzhinsk
        ("Russian forces captured Dzerzhinsk, the Defence Ministry said.", (48.3948, 37.8478)),
        ("Ukrainian units left Dzerzhinsk after months of street battles.", (48.3948, 37.8478)),
        # no war: the Russian city on the Oka
        ("Dzerzhinsk is an industrial city on the Oka.", (56.2442, 43.4554)),
    ],
)
def test_an_army_named_by_its_side_makes_a_text_about_fighting(gazetteer, text, where):
    from geo.geometry import distance_km
    from geo.text.geoparse import geoparse

    (t,) = [t for t in geoparse(text, gazetteer) if t.text == "Dzerzhinsk"]
    assert t.place is not None and distance_km((t.place.lat, t.place.lon), where) < 5
