"""Russian and Ukrainian place names in another grammatical case.

Reports against geoparsers ask for place names in other languages; Cyrillic text
inflects them ("в Харькове", "у Києві", "из Москвы"), and the gazetteer holds the
nominative. Every text here is written for these tests.
"""

import pytest

from geo.text.inflection import nominative_forms


@pytest.mark.parametrize(
    ("word", "nominative"),
    [
        ("Харькове", "харьков"),
        ("Харьковом", "харьков"),
        ("Москвы", "москва"),
        ("Москве", "москва"),
        ("России", "россия"),
        ("Казани", "казань"),
        ("Харкові", "харків"),
        ("Харкова", "харків"),
        ("Києві", "київ"),
        ("Сумах", "сумы"),
    ],
)
def test_nominative_forms(word, nominative):
    assert nominative in nominative_forms(word)


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Взрывы прогремели в Харькове и Киеве.", ["Kharkiv", "Kyiv"]),
        ("Поезда из Москвы в Казань отменены.", ["Moscow", "Kazan"]),
        ("Вибухи пролунали у Києві та Харкові.", ["Kyiv", "Kharkiv"]),
        ("Бої під Харковом тривають.", ["Kharkiv"]),
        ("Протесты в Минске и Гродно.", ["Minsk", "Hrodna"]),
        ("Пробки в Нижнем Новгороде.", ["Nizhniy Novgorod"]),  # not Velikiy Novgorod
        ("Обстрел Кривого Рога продолжается.", ["Kryvyy Rih"]),
        ("Иван Петров сказал Маше.", []),  # names of people stay people
        ("В Белой Церкви тихо.", []),  # an adjective alone is no name
    ],
)
def test_inflected_names_found(gazetteer, text, expected):
    import geo

    a = geo.analyze(text, gazetteer=gazetteer, stages={"toponyms"})
    assert [t.place.name for t in a.toponyms] == expected
