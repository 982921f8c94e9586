"""Russian and Ukrainian region phrases, districts and namesakes in Cyrillic copy.

Russian Defence Ministry bulletins and Ukrainian governors' posts name regions by an
inflected adjective and its word ("в Белгородской области", "у Запорізькій області"),
districts by their centre's adjective ("Суджанский район"), oblasts by "-щина" nouns
("на Сумщині"), and villages in Russian Cyrillic that GeoNames may list only in
Ukrainian. Every text here is written for these tests.
"""

import pytest

import geo


def _places(gazetteer, text):
    a = geo.analyze(text, gazetteer=gazetteer, stages={"toponyms"})
    return [
        (t.text, t.place.name if t.place else None, t.place.admin1_code if t.place else None)
        for t in a.toponyms
    ]


def _names(gazetteer, text):
    return [(surface, name) for surface, name, _ in _places(gazetteer, text)]


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        ("Беспилотник упал в Белгородской области.", "Белгородской области", "Belgorod"),
        ("Над Брянской областью сбиты дроны.", "Брянской областью", "Bryansk"),
        ("ВСУ обстреляли Белгородскую область ночью.", "Белгородскую область", "Belgorod"),
        ("Тревога объявлена в Курской области.", "Курской области", "Kursk"),
        ("Вибухи пролунали у Запорізькій області.", "Запорізькій області", "Zaporizhzhia"),
        ("Харківська область: обстріли тривають.", "Харківська область", "Kharkiv"),
        ("Ворог атакував Дніпропетровську область.", "Дніпропетровську область", "Dnipropetrovsk"),
        ("Ситуация в Краснодарском крае спокойная.", "Краснодарском крае", "Krasnodar Krai"),
    ],
)
def test_inflected_oblast_is_the_region(gazetteer, text, surface, name):
    assert (surface, name) in _names(gazetteer, text)


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        ("На Сумщині за добу тихо.", "Сумщині", "Sumy"),
        ("Окупанти обстріляли Харківщину.", "Харківщину", "Kharkiv"),
        ("Бої на Донеччині тривають.", "Донеччині", "Donetsk"),
        # Russian "-щина"/"-чина": the stem names the oblast's adjective
        ("Дроны сбиты над Брянщиной.", "Брянщиной", "Bryansk"),
        ("На Белгородчине объявлена тревога.", "Белгородчине", "Belgorod"),
        ("Бои на Харьковщине продолжаются.", "Харьковщине", "Kharkiv"),
    ],
)
def test_shchyna_noun_is_the_oblast(gazetteer, text, surface, name):
    assert (surface, name) in _names(gazetteer, text)


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        ("Обстрелу подвергся Суджанский район.", "Суджанский район", "Sudzha"),
        ("В Шебекинском округе повреждены дома.", "Шебекинском округе", "Shebekino"),
        ("Ворог бив по Нікопольському району.", "Нікопольському району", "Nikopol"),
        ("В Грайворонском округе ранен мужчина.", "Грайворонском округе", "Grayvoron"),
        # a governor's digest by hromada (tester34b X5): "-пільська", "-инська", "-ецька"
        ("Краснопільська громада: удар КАБ.", "Краснопільська громада", "Krasnopillya"),
        ("Ворог атакував Білопільську громаду.", "Білопільську громаду", "Bilopillia"),
        ("Шосткинська громада: обстріл.", "Шосткинська громада", "Shostka"),
        ("Тростянецька громада: удар дрона.", "Тростянецька громада", "Trostyanets"),
        ("Охтирська громада: вибухи.", "Охтирська громада", "Okhtyrka"),
    ],
)
def test_district_is_its_centre(gazetteer, text, surface, name):
    assert (surface, name) in _names(gazetteer, text)


@pytest.mark.gazetteer
def test_peoples_republic_is_the_oblast(gazetteer):
    found = _names(gazetteer, "Военные освободили Мирноград Донецкой Народной Республики.")
    assert ("Мирноград", "Myrnohrad") in found
    assert ("Донецкой Народной Республики", "Donetsk") in found


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        "Военные освободили населённый пункт Степногорск Запорожской области.",
        "Военные освободили Степногорск в Запорожской области.",
    ],
)
def test_town_before_its_oblast_is_no_persons_name(gazetteer, text):
    # "Степногорск Запорожской" is a town and its region's adjective, not a person
    found = _places(gazetteer, text)
    assert ("Степногорск", "Stepnohirsk", "26") in [(s, n, a) for s, n, a in found]


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        # Zaporizhzhia's Kamianske has no Russian Cyrillic name in GeoNames; the region
        # named a sentence before makes it the reading, not the Odesa or Dnipro namesakes
        (
            "Военные освободили Степногорск в Запорожской области. "
            "Подразделения нанесли поражение ВСУ в районе Каменское.",
            "Kamyanske",
            "26",
        ),
        (
            "ВСУ атаковали позиции в Запорожской области. Бои идут у Приморское и Степногорск.",
            "Prymorske",
            "26",
        ),
    ],
)
def test_cyrillic_namesake_takes_the_stated_region(gazetteer, text, name, admin1):
    found = [(n, a) for _, n, a in _places(gazetteer, text)]
    assert (name, admin1) in found


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("В Никополе повреждена линия.", [("Никополе", "Nikopol", "04")]),  # not Bulgaria's
        ("Два дрона сбиты над Валуйками.", [("Валуйками", "Valuyki", "09")]),
        ("Штурмовики продвинулись к Гуляйполю.", [("Гуляйполю", "Hulyaypole", "26")]),
        (
            "ВСУ атаковали Шебекино и Грайвороне.",
            [("Шебекино", "Shebekino", "09"), ("Грайвороне", "Grayvoron", "09")],
        ),
    ],
)
def test_inflected_towns(gazetteer, text, expected):
    assert _places(gazetteer, text) == expected


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        "В области стало спокойнее, сообщили власти.",  # the generic word alone
        "Новая область применения технологии.",  # an adjective of no region
        "Центральный район города закрыт.",  # a district of no centre
        "Большой район, маленькая громада.",
    ],
)
def test_generic_words_alone_are_no_place(gazetteer, text):
    assert _places(gazetteer, text) == []


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        "Ostrovo (Serbian Cyrillic: Острово) is a village near Požarevac in Serbia.",
        "Острово, село близ Пожаревца в Сербии, стоит на бывшем острове Дуная.",
    ],
)
def test_romanised_candidates_stay_in_russian_naming_countries(gazetteer, text):
    # Serbian Cyrillic is not Russian: no reading of "Острово" as Poland's Ostrów
    assert all(
        t.place is None or t.place.country_code != "PL"
        for t in geo.analyze(text, gazetteer=gazetteer, stages={"toponyms"}).toponyms
    )


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Дроны сбиты над Белгородской, Курской и Брянской областями ночью.",
            [("Белгородской", "Belgorod"), ("Курской", "Kursk"), ("Брянской областями", "Bryansk")],
        ),
        (
            "Збито дрони над Брянською та Бєлгородською областями.",
            [("Брянською", "Bryansk"), ("Бєлгородською областями", "Belgorod")],
        ),
        ("Тревога в Курской и Белгородской областях.", [("Курской", "Kursk")]),
    ],
)
def test_adjectives_sharing_one_region_word_are_regions(gazetteer, text, expected):
    # "Курской" before "и Брянской областями" is Kursk oblast, not Kurskaya village
    found = _names(gazetteer, text)
    for pair in expected:
        assert pair in found


@pytest.mark.gazetteer
def test_town_then_adjective_is_no_region_list(gazetteer):
    # no comma or conjunction: "Степногорск" is a town of the oblast after it
    found = _places(gazetteer, "Бои у Степногорск Запорожской области.")
    assert not any(s == "Степногорск" and n == "Zaporizhzhia" for s, n, _ in found)


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        "Силы ПВО сбили дроны над морем.",
        "Сили оборони вразили завод.",
        "Вчера Силы обороны сбили дроны.",
    ],
)
def test_body_noun_opening_its_name_is_no_place(gazetteer, text):
    # "Силы"/"Сили" (forces) is neither Chad's Sila region ("Сила") nor a village "Сили"
    assert not any(s.startswith("Сил") for s, _, _ in _places(gazetteer, text))


@pytest.mark.gazetteer
def test_russian_words_in_chyna_are_no_oblast(gazetteer):
    # "Мужчина" (a man), "Причина" (a cause): no "-ская область" of their stems
    assert _names(gazetteer, "Мужчина сказал, что Причина неизвестна.") == []


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        ("На Покровському напрямку ворог атакував 30 разів.", "Покровському", "Pokrovsk"),
        ("На Краматорському напрямку відбито п'ять атак.", "Краматорському", "Kramatorsk"),
        ("На Запорізькому напрямку тривають бої.", "Запорізькому", "Zaporizhzhya"),
        ("На Гуляйпільському напрямку ворог штурмував.", "Гуляйпільському", "Hulyaypole"),
        ("На Костянтинівському напрямку тривають бої.", "Костянтинівському", "Kostyantynivka"),
        ("На Курахівському напрямку відбито атаки.", "Курахівському", "Kurakhove"),
        ("Бои идут на Купянском направлении.", "Купянском", "Kupyansk"),
        ("На Константиновском направлении идут бои.", "Константиновском", "Kostyantynivka"),
        ("Бои на Запорожском направлении продолжаются.", "Запорожском", "Zaporizhzhya"),
        ("На Гуляйпольском направлении идут бои.", "Гуляйпольском", "Hulyaypole"),
    ],
)
def test_direction_adjective_is_its_town(gazetteer, text, surface, name):
    # the analyst's "Pokrovsk direction", not the village Pokrovske the adjective spells
    assert (surface, name) in _names(gazetteer, text)


@pytest.mark.gazetteer
@pytest.mark.parametrize("text", ["В Крыму сбиты дроны.", "Над Крымом работала ПВО.",
                                  "У Криму пролунали вибухи."])  # fmt: skip
def test_short_name_of_a_republic_is_the_region(gazetteer, text):
    # "Автономная Республика Крым" is the gazetteer's name; "Крым" alone a Rostov village
    assert [n for _, n in _names(gazetteer, text)] == ["Autonomous Republic of Crimea"]
