"""Authorities sitting in a town another state holds speak for that state, on the
article's date: "officials in Donetsk said" (Russia's), not "the mayor of Mariupol"
(Ukraine's, in exile), nor "Ukrainian officials in Mariupol"."""

import pytest

from geo import analyze

pytestmark = pytest.mark.gazetteer


@pytest.mark.parametrize(
    ("text", "date", "side"),
    [
        ("The authorities in Tiraspol said gas deliveries would resume.", None, "RU"),
        ("Officials in Horlivka said shelling damaged a school.", "2025-05-02", "RU"),
        ("Officials in the city of Yalta said the ferry was cancelled.", None, "RU"),
        ("Officials in Chisinau said gas deliveries would resume.", None, "MD"),
        ("Officials in Kherson said a shell hit the market.", "2022-07-01", "RU"),
        ("Officials in Kherson said a shell hit the market.", "2025-07-01", "UA"),
        ("Officials in Melitopol said the market reopened.", "2022-01-15", "UA"),
        ("The mayor of Mariupol said the city had been razed.", "2025-01-15", "UA"),
        ("Ukrainian officials in Melitopol said partisans struck.", "2025-01-15", "UA"),
    ],
)
def test_the_side_of_authorities_in_a_held_town(gazetteer, text, date, side):
    claims = analyze(text, gazetteer=gazetteer, date=date).claims
    assert [c.side for c in claims] == [side]
