"""A region stated after a name ("in Sweida province") holds the name's romanisation
variants too: the region is found by its seat's name romanised otherwise (As-Suwayda),
and a variant of the name outside it (Thala, Tunisia) is no reading: the village is
estimated in the region."""

from __future__ import annotations

import pytest

from geo import analyze
from geo.text.arabic_variants import arabic_skeleton

pytestmark = pytest.mark.gazetteer


@pytest.mark.parametrize(
    "text",
    [
        "Clashes were reported in the village of Thaala in Sweida province, Syria, the "
        "monitor said.",
        "Gunmen attacked the village of Thaala in the Sweida governorate on Tuesday.",
    ],
)
def test_a_variant_outside_the_stated_province_is_no_reading(text):
    t = next(t for t in analyze(text).toponyms if t.text == "Thaala")
    assert t.place is not None and t.place.country_code == "SY" and t.estimated


def test_a_province_named_by_its_seat_in_another_romanisation():
    analysis = analyze("Fighting was reported in Busra in Sweida province on Monday.")
    sweida = next(t for t in analysis.toponyms if t.text == "Sweida")
    assert sweida.place is not None and sweida.place.kind == "admin1"


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [("sweida", "as suwayda", True), ("raqqa", "ar raqqah", True), ("homs", "hama", False)],
)
def test_arabic_skeleton(a, b, same):
    assert (arabic_skeleton(a) == arabic_skeleton(b)) is same
