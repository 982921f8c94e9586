"""Guards added when session 19's branches met on the public corpora (WikToR's dev
part lost seven toponyms to them): a text's "old names" count towns, not spellings, and
never outweigh the regions the text names by their own names; a region stated after a
name by a foreign name ("Aston, Cote": Kenya's Coast Province as "Cote") moves nothing.

Every text here is written for these tests.
"""

import pytest

from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer


def _countries(gazetteer, text, name):
    return [t.place.country_code for t in geoparse(text, gazetteer) if t.text == name and t.place]


def test_one_town_in_three_spellings_is_no_style(gazetteer):
    text = (
        "Pazar is a town on the Black Sea coast of Rize Province, Turkey. Many of its "
        "families came from Atina, which Greeks write Athina or Αθήνα. Ships left Pazar "
        "for Atina each spring, and Pazar kept its market."
    )
    assert set(_countries(gazetteer, text, "Pazar")) == {"TR"}


def test_the_regions_a_text_names_keep_its_towns(gazetteer):
    text = (
        "Beaumont is a village in the City of Carlisle district of Cumbria, England, on "
        "the River Eden. Carlisle lies four miles to the south-east; Eden Valley farms and "
        "the Sands of Burgh border the parish."
    )
    assert set(_countries(gazetteer, text, "Carlisle")) == {"GB"}


def test_a_region_named_in_a_foreign_tongue_moves_no_town(gazetteer):
    text = (
        "Aston is a village south of Witney in Oxfordshire, England. The parish of Aston, "
        "Cote and Shifford lies by the River Thames, and Aston has a church and a pub."
    )
    assert set(_countries(gazetteer, text, "Aston")) == {"GB"}
