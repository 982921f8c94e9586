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
        # a plural name's genitive in -ов, or with a vowel between its last consonants
        ("Липцов", "липцы"),
        ("Алешек", "алешки"),
        # a fleeting vowel: "Елец", "Орёл", "Церковь"
        ("Ельце", "елец"),
        ("Орлом", "орел"),
        ("Церкви", "церковь"),
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
        # an adjective and a noun with a fleeting vowel ("Церковь": "Церкви"), never the
        # adjective alone
        ("В Белой Церкви тихо.", ["Bila Tserkva"]),
    ],
)
def test_inflected_names_found(gazetteer, text, expected):
    import geo

    a = geo.analyze(text, gazetteer=gazetteer, stages={"toponyms"})
    assert [t.place.name for t in a.toponyms] == expected


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a village in another case after a preposition of place (Lyptsi: 4,000 people)
        ("Взрывы прогремели в Липцах и под Волчанском.", ["Lyptsi", "Vovchansk"]),
        # a preposition opening the sentence is no part of a name ("В Запорожье")
        ("В Запорожье слышны взрывы.", ["Zaporizhzhya"]),
        ("Под Курахово идут бои.", ["Kurakhove"]),
        ("У Запоріжжі чути вибухи.", ["Zaporizhzhya"]),
    ],
)
def test_russian_and_ukrainian_prepositions_of_place(gazetteer, text, expected):
    from geo import analyze

    assert [t.place.name for t in analyze(text, gazetteer=gazetteer).toponyms] == expected


@pytest.mark.gazetteer
def test_a_small_place_needs_a_preposition_of_place(gazetteer):
    from geo import analyze

    # "Липцов" after a noun that is no area's (friends of): no village of 4,000
    assert not analyze("Друзья Липцов уехали.", gazetteer=gazetteer).toponyms


def test_plural_name_genitive_without_ending():
    # "из Сум", "до Черкасс": a plural name's genitive has no ending; its nominative last
    assert nominative_forms("Сум")[-2:] == ["сумы", "суми"]
    assert nominative_forms("Черкасс")[-2:] == ["черкассы", "черкасси"]
    assert "сумы" not in nominative_forms("Сумо")  # a vowel ends no such genitive


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Сум" is also the Russian name of Burkina Faso's Soum: after "из" it is Sumy
        ("ВСУ перебросили резервы из Сум под Купянск.", ["Sumy", "Kupyansk"]),
        ("Колонна вышла из Черкасс утром.", ["Cherkasy"]),
        # a name after an area noun, and the names of its comma list (Yunakivka, Khotin:
        # villages of under 2,000 people, read only in a phrase of place)
        (
            "Удары нанесены в районах Юнаковки, Хотеня и Краснополья.",
            ["Yunakivka", "Khotin", "Krasnopillya"],
        ),
        ("Бои идут в окрестностях Юнаковки.", ["Yunakivka"]),
        # a comma list with no anchor stays unread: people's names are lists too
        ("Юнаковки, Хотеня не видно.", []),
        ("Сум сказал, что устал.", []),  # no phrase of place: not read as Sumy
    ],
)
def test_inflected_names_in_phrases_of_place(gazetteer, text, expected):
    import geo

    a = geo.analyze(text, gazetteer=gazetteer, stages={"toponyms"})
    assert [t.place.name for t in a.toponyms if t.place] == expected


def test_latin_key_of_a_russian_name():
    from geo.text.candidates import latin_key

    assert latin_key("николаев") == "nikolayev"
    assert latin_key("kharkiv") == "kharkiv"
    assert latin_key("миколаїв") == "миколаїв"  # Ukrainian letters: no Russian spelling


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Николаев" is Mykolaiv's Russian name; GeoNames also lists it for Mykolaivka
        # near Sloviansk, around which the text's Donetsk places lie: the city keeps it,
        # as the Latin "Nikolayev" does
        (
            "ВСУ обстреляли Горловку и Донецк. Взрывы прогремели в Николаеве.",
            ["Horlivka", "Donetsk", "Mykolayiv"],
        ),
        (
            "ВСУ обстреляли Горловку и Донецк. Взрыв прогремел в городе Николаев.",
            ["Horlivka", "Donetsk", "Mykolayiv"],
        ),
        # the town's own name ("Николаевка") still reads the town
        ("Бои идут у Николаевки под Славянском.", ["Mykolaivka", "Slovyansk"]),
    ],
)
def test_russian_name_of_a_city_against_a_namesake_town(gazetteer, text, expected):
    import geo

    a = geo.analyze(text, gazetteer=gazetteer)
    assert [t.place.name for t in a.toponyms if t.place] == expected


@pytest.mark.parametrize(
    ("word", "nominative"),
    [
        ("Рубежном", "рубежное"),  # a neuter adjectival name in the locative
        ("Приморского", "приморское"),
        ("Боровой", "боровая"),  # feminine
        ("Рубіжному", "рубіжне"),  # Ukrainian neuter
        ("Борової", "борова"),
    ],
)
def test_adjectival_name_forms(word, nominative):
    assert nominative in nominative_forms(word)


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # adjectival names in another case, after a preposition or an area noun
        ("В Лисичанске и Рубежном объявлена тревога.", ["Lysychansk", "Rubizhne"]),
        ("Бои идут в районе Белицкого.", ["Bilytske"]),
        # a possessive first word ("Часов Яр"), its case ending on both words
        ("Бои в Часовом Яре продолжаются.", ["Chasiv Yar"]),
        # both parts of a hyphened name inflected
        ("Войска наступают от Купянска-Узлового.", ["Kupiansk-Vuzlovyi"]),
        ("Взрывы прогремели в Каменке-Днепровской.", ["Kamyanka-Dniprovska"]),
        ("Жители Белгорода-Днестровского.", ["Bilhorod-Dnistrovskyi"]),
        # a surname's genitive outside a phrase of place stays a person
        ("Заявление Белицкого прозвучало вчера.", []),
    ],
)
def test_adjectival_possessive_and_hyphened_names(gazetteer, text, expected):
    import geo

    a = geo.analyze(text, gazetteer=gazetteer, stages={"toponyms"})
    assert [t.place.name for t in a.toponyms if t.place] == expected


@pytest.mark.gazetteer
def test_adjectival_name_outside_a_phrase_of_place_is_not_read(gazetteer):
    # "Троицкую" (a sloboda's name in the accusative) is not Troitskaya in Ingushetia
    import geo

    text = "Казаки основали три слободы: Николаевскую, Троицкую и Покровскую."
    a = geo.analyze(text, gazetteer=gazetteer, stages={"toponyms"})
    assert "Troitskaya" not in [t.place.name for t in a.toponyms if t.place]


@pytest.mark.parametrize(
    ("word", "nominative"),
    [("Шостці", "шостка"), ("Охтирці", "охтирка"), ("Празі", "прага")],
)
def test_ukrainian_consonant_alternation(word, nominative):
    # the Ukrainian dative and locative of a feminine in -ка/-га/-ха: к/г/х -> ц/з/с
    assert nominative in nominative_forms(word)


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # abbreviations are no inflected names: "ОВА" is not a case of Owo, Nigeria
        ("Начальник ОВА Олег Синєгубов повідомив про обстріл Ізюма.", ["Izyum"]),
        ("ЗСУ відбили атаки, МВС і ДСНС працюють на місці.", []),
        # a target after "по" and after a noun of attack ("обстріл Сум": Sumy, not Soum)
        ("Ворог бив по Шостці та Охтирці.", ["Shostka", "Okhtyrka"]),
        ("Обстріл Сум триває.", ["Sumy"]),
    ],
)
def test_ukrainian_reports_abbreviations_and_targets(gazetteer, text, expected):
    from geo import analyze

    assert [t.place.name for t in analyze(text, gazetteer=gazetteer).toponyms] == expected


def test_abbreviation_is_short_capitals_among_lower_case():
    from geo.text.inflection import _abbreviation

    line = "Начальник ОВА повідомив: у ХАРКОВІ вибухи"
    assert _abbreviation(line, "ОВА", line.index("ОВА"))
    assert not _abbreviation(line, "ХАРКОВІ", line.index("ХАРКОВІ"))  # a name stressed
    assert not _abbreviation("ОБСТРІЛ СУМ", "СУМ", 8)  # a headline in capitals


def test_plural_genitive_without_ending_only_in_a_phrase_of_place():
    # "Александр" (a given name) is no genitive of "Александри" outside a phrase of place
    assert "александри" not in nominative_forms("Александр", adjectival=False)
    assert "александри" in nominative_forms("Александр")


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two-word names of villages after a preposition of place; "Великая Новоселка"
        # only by its romanisation (GeoNames: "Velikaya Novoselka")
        ("Бои идут у Малой Токмачки.", ["Mala Tokmachka"]),
        ("Подразделения продвинулись у Великой Новоселки.", ["Velyka Novosilka"]),
        ("Тривають бої біля Великої Новосілки.", ["Velyka Novosilka"]),
        ("Пусковая установка уничтожена в Старом Салтове.", ["Staryi Saltiv"]),
        # "между", "к" and compass comparatives open phrases of place; an adjective's
        # instrumental in -ым of a nominative in -ой ("Узловой")
        ("Бои идут между Боровой и Купянском-Узловым.", ["Borova", "Kupiansk-Vuzlovyi"]),
        ("Противник отошел к Белицкому.", ["Bilytske"]),
        ("Южнее Сум идут позиционные бои.", ["Sumy"]),
        # the object of a verb of attack, and the names of its list
        (
            "Дроны атаковали Валуйки, Новую Таволжанку и Красную Яругу.",
            ["Valuyki", "Novaya Tavolzhanka", "Krasnaya Yaruga"],
        ),
        # a fleeting vowel; Ukrainian "-ськ" read as Russian "-ск"
        ("Обломки упали в Ельце и под Орлом.", ["Yelets", "Orël"]),
        ("Уражено склад у Новошахтинську.", ["Novoshakhtinsk"]),
        # Ukrainian: a possessive declined as an adjective, a neuter's locative in -і
        ("Бої тривають біля Часового Яру.", ["Chasiv Yar"]),
        ("У Дніпрі пролунали вибухи.", ["Dnipro"]),
        # a noun in -й in its cases
        ("Взрывы прогремели в Джанкое и под Джанкоем.", ["Dzhankoy", "Dzhankoy"]),
        # no place: a given name, a river after its bank
        ("Врио губернатора Александр Хинштейн сообщил об атаке.", []),
        ("Противник вел огонь с правого берега Днепра.", []),
    ],
)
def test_inflected_two_word_plural_and_fleeting_names(gazetteer, text, expected):
    import geo

    a = geo.analyze(text, gazetteer=gazetteer, stages={"toponyms"})
    assert [t.place.name for t in a.toponyms if t.place] == expected
