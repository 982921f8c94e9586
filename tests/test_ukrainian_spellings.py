"""Russian towns named in Ukrainian spelling ("у Сизрані" is Syzran, "Сызрань").

Every text here is written for these tests.
"""

import pytest

import geo
from geo.text.ukrainian_spellings import russian_spellings


def test_respelling_letters_and_suffixes():
    assert russian_spellings(["сизрань"]) == ["сызрань"]
    assert russian_spellings(["новошахтинськ"])[0] == "новошахтинск"
    assert russian_spellings(["єйськ"])[0] == "ейск"


def test_a_russian_spelling_is_not_repeated():
    assert "курск" not in russian_spellings(["курск"])


@pytest.mark.gazetteer
def test_ukrainian_locative_of_a_russian_town(gazetteer):
    text = "Дрони вразили нафтопереробний завод у Сизрані вночі."
    a = geo.analyze(text, gazetteer=gazetteer, stages={"toponyms"})
    found = [(t.text, t.place.name if t.place else None) for t in a.toponyms]
    assert ("Сизрані", "Syzran") in found
