"""A place the text already named keeps its reading where a later mention's rounded
distance puts it a little off (geo.text.hinted.fits_known, ``named_elsewhere``)."""

from __future__ import annotations

from geo.text.hinted import fits_known
from geo.text.hints.base import Hint

KHARKIV = (49.982, 36.255)
LYPTSI = (50.209, 36.421)  # 28 km at about 25 degrees from Kharkiv; a village


def north(km):
    return Hint(0, 0.0, 22.5, km * 0.9, km * 1.1, km, 0, 0)


def test_a_village_named_before_fits_a_rounded_distance():
    hint = north(20)  # "Lyptsi is 20 kilometres north of Kharkiv"
    assert not fits_known(hint, KHARKIV, LYPTSI, 4_000)
    assert fits_known(hint, KHARKIV, LYPTSI, 4_000, named_elsewhere=True)


def test_named_before_is_no_licence_for_a_wrong_distance_or_bearing():
    assert not fits_known(north(10), KHARKIV, LYPTSI, 4_000, named_elsewhere=True)
    south = Hint(0, 180.0, 22.5, 18.0, 22.0, 20.0, 0, 0)
    assert not fits_known(south, KHARKIV, LYPTSI, 4_000, named_elsewhere=True)
