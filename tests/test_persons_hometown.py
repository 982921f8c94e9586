"""A name before "'s hometown"/"'s birthplace" is a person's, never a place the
gazetteer lacks ("Kryvyi Rih, Zelensky's hometown").  Texts are written for these tests.
"""

from __future__ import annotations

import pytest

from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Missiles struck Kryvyi Rih, Zelensky's hometown, at dawn.", "Zelensky"),
        ("Drones hit Kherson, Prokudin's home town, overnight.", "Prokudin"),
        ("Shelling reached Horlivka, Vrzhqatl's birthplace, on Monday.", "Vrzhqatl"),
    ],
)
def test_hometown_owner_is_no_place(gazetteer, text, person):
    names = [t.text for t in geoparse(text, gazetteer)]
    assert person not in names
    assert any(n != person for n in names)  # the town itself is still read
