"""A far village's "near" partner vouches for it along the northern border
(geo.text.focus_partners.sole_by_partner, geo.text.focus.refocus): a bulletin by groups
of forces lists a sector from Kharkiv to Sumy together, so a name's only place in the
border regions, 160 km from its partner there, is the place meant, not a namesake to
drop from a text focused on the Donbas."""

from __future__ import annotations

import pytest

from geo.text.focus_partners import BORDER_FAR_KM, PARTNER_FAR_KM

pytestmark = pytest.mark.gazetteer

TEXT = (
    "The defence ministry said on Tuesday that the Tsentr group had repelled attacks near "
    "Krasnoarmeysk, Dimitrov and Rodinskoye, while the Yug group advanced near "
    "Konstantinovka, Druzhkovka and Chasov Yar. Units of the Vostok group took "
    "Velikaya Novosyolka. The Sever group of forces struck Ukrainian positions near "
    "Volchansk and Yunakovka, the ministry added."
)


def test_the_border_reach_is_wider_than_a_partners():
    assert BORDER_FAR_KM > PARTNER_FAR_KM


def test_a_border_village_far_from_its_partner_is_kept(gazetteer):
    from geo.text.geoparse import geoparse

    found = {t.text: t for t in geoparse(TEXT, gazetteer)}
    t = found["Yunakovka"]
    assert t.place is not None and not t.estimated
    assert abs(t.lat - 51.12) < 0.05 and abs(t.lon - 35.04) < 0.05
