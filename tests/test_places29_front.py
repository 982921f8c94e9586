"""Session 29's front-line kinds.

- a directed hint whose band a village of the name fits keeps a city of the name out as
  it keeps a town out: "near Shevchenko, northwest of Pokrovsk" is the village 12 km
  off, not Poltava's Shevchenko district of 148,000 people 250 km north-west
  (geo/text/hints/geometry.py: fits_band).
"""

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
