"""A Russian group of forces named in Russian copy ('группировки "Днепр"', 'группировка
войск «Центр»') is a body, not Dnipro or North Macedonia's Centar; the places of the
same sentences stay."""

import pytest

from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ('Подразделения группировки "Днепр" нанесли поражение противнику у Степногорска.\n',
         "Днепр"),
        ("Бойцы группировки войск «Центр» продолжили зачистку Красноармейска.\n", "Центр"),
        ("Расчеты группировки «Север» поразили живую силу в Сумской области у Юнаковки.\n",
         "Север"),
        ("Речник угруповання військ «Хортиця» повідомив про бої біля міста Покровськ.\n",
         "Хортиця"),
    ],
)
def test_a_group_of_forces_in_quotes_is_no_place(gazetteer, text, group):
    found = [t.text for t in geoparse(text, gazetteer)]
    assert group not in found
    assert found  # the town of the sentence is still read


def test_a_quoted_town_without_a_formation_word_stays(gazetteer):
    text = 'Жители города "Днепр" пережили ночную атаку.\n'
    assert "Днепр" in [t.text for t in geoparse(text, gazetteer)]
