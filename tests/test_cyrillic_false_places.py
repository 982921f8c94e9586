"""Cyrillic words that read as places but are not: an adjective of its own noun ("С Новым
годом"), a bare surname that speaks ("Сырский заявил", "Рубио заявил"), a river one goes
along ("вдоль Днепра"). Every text here is written for these tests."""

import pytest

import geo
from geo.text.cyrillic_names import alone_no_place, noun_attribute
from geo.text.tokens import _Tokens


def _index(text, word):
    tokens = _Tokens(text)
    return tokens, tokens.words.index(word)


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Перед Новым годом обстрелы усилились.", "Новым", True),
        ("Вітаємо з Новим роком захисників.", "Новим", True),
        ("Над Краснодарским краем сбит дрон.", "Краснодарским", False),  # a region's word
        ("Над Азовским морем сбит дрон.", "Азовским", False),  # water's word
        ("Перед Новым Годом", "Новым", False),  # a capitalised noun: a name, read as before
        ("Бои под Покровском продолжаются.", "Покровском", False),  # a noun's "-ом"
    ],
)
def test_noun_attribute(text, word, expected):
    tokens, i = _index(text, word)
    assert noun_attribute(text, tokens, i) is expected


def _surfaces(gazetteer, text):
    a = geo.analyze(text, gazetteer=gazetteer, stages={"toponyms"})
    return [(t.text, t.place.name if t.place else None) for t in a.toponyms]


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        "Перед Новым годом ВСУ обстреляли Горловку.",
        "Сырский заявил, что ВСУ обстреляли Горловку.",
        "Рубио заявил, что ВСУ обстреляли Горловку.",
        "Сирський повідомив, що ЗСУ обстріляли Горлівку.",
    ],
)
def test_no_false_place_beside_a_real_one(gazetteer, text):
    assert [name for _, name in _surfaces(gazetteer, text)] == ["Horlivka"]


@pytest.mark.gazetteer
def test_a_capital_that_speaks_stays_a_place(gazetteer):
    assert [n for _, n in _surfaces(gazetteer, "Киев заявил, что обстрелы продолжаются.")] == [
        "Kyiv"
    ]


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    ["Вдоль Днепра продолжаются обстрелы.", "Вздовж Дніпра тривають обстріли."],
)
def test_along_a_river_is_no_city(gazetteer, text):
    assert _surfaces(gazetteer, text) == []


@pytest.mark.gazetteer
def test_in_the_city_stays_the_city(gazetteer):
    assert _surfaces(gazetteer, "Вибухи пролунали у Дніпрі.") == [("Дніпрі", "Dnipro")]


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Обстріляли Оріхів та Малі Щербаки.", "Малі", True),  # a two-word name's adjective
        ("Обстріляли Оріхів та Малі.", "Малі", False),  # nothing after it
        ("Бои у Новые дома.", "Новые", False),  # a lower-case word after: no pair
    ],
)
def test_alone_no_place(text, word, expected):
    tokens, i = _index(text, word)
    assert alone_no_place(text, tokens, i) is expected


@pytest.mark.gazetteer
def test_pair_the_gazetteer_lacks_is_not_its_adjective(gazetteer):
    text = "Під обстрілом були Оріхів та Малі Щербаки."
    assert [n for _, n in _surfaces(gazetteer, text)] == ["Orikhiv"]
