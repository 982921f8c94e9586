"""Wire copy's lists of towns along the Russian-Ukrainian border span 100 km: a town of
such a list read by its Russian spelling (a GeoNames alternate name) stays that town
(geo.text.focus_partners.BORDER_REGIONS). Texts written for these tests."""

from __future__ import annotations

import pytest

import geo
from geo.geometry import distance_km

SEREDYNA_BUDA = (52.1889, 34.0361)


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        "Units of the Sever group struck Ukrainian troops near Krasnopolye, Miropolye and "
        "Belopolye in the Sumy region, a source told RIA Novosti.\n\nDrones also hit fuel "
        "trucks near Putivl, Glukhov and Seredina-Buda close to the border with the Bryansk "
        "region, and a depot in Romny.",
        "Russian aircraft bombed positions near Yunakovka, Krasnopolye and Belopolye in the "
        "Sumy region, the ministry said.\n\nFurther north, shells fell near Putivl, Glukhov "
        "and Seredina-Buda on the border with the Bryansk region.",
    ],
)
def test_a_border_list_town_in_russian_spelling_keeps_its_place(gazetteer, text):
    found = {t.text: t for t in geo.analyze(text, gazetteer=gazetteer).toponyms}
    t = found["Seredina-Buda"]
    assert not t.estimated
    assert distance_km((t.place.lat, t.place.lon), SEREDYNA_BUDA) < 5
