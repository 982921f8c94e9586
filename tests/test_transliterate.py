"""Russian Cyrillic alternates of GeoNames, romanised as English-language reporting writes."""

import pytest

from geo.gazetteer.transliterate import russian_forms, russian_romanizations


@pytest.mark.parametrize(
    ("cyrillic", "spellings"),
    [
        ("Красноармейск", ["Krasnoarmeysk", "Krasnoarmeisk"]),
        ("Гуляйполе", ["Gulyaypole", "Gulyaipole"]),
        ("Угледар", ["Ugledar"]),
        ("Энергодар", ["Energodar"]),
        ("Великая Новосёлка", ["Velikaya Novosyolka", "Velikaya Novoselka"]),
        ("Ростов-на-Дону", ["Rostov-na-Donu"]),
        ("Алекса́ндровск", ["Aleksandrovsk"]),  # GeoNames' stress mark dropped
        ("Марьинка", ["Marinka"]),
        ("Ельня", ["Yelnya", "Elnya"]),
        # an adjective's "-ый", "-ий" also as a bare "y", as the press writes it
        ("Красный Лиман", ["Krasnyy Liman", "Krasnyi Liman", "Krasny Liman"]),
        ("Великий Бурлук", ["Velikiy Burluk", "Velikii Burluk", "Veliky Burluk"]),
    ],
)
def test_russian_names_are_romanised(cyrillic, spellings):
    assert russian_romanizations(cyrillic) == spellings


@pytest.mark.parametrize("name", ["Запоріжжя", "Їжакевичі", "Ґорґани", "Бераставіца ў", "Kyiv", ""])
def test_names_outside_the_russian_alphabet_are_left_alone(name):
    assert russian_romanizations(name) == []


@pytest.mark.parametrize("name", ["Плот", "Постал", "Соль", "Гоголь"])
def test_romanisations_that_are_english_words_or_short_are_left_out(name):
    assert russian_romanizations(name) == []


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("spelling", "geonameid"),
    [
        ("Novaya Kakhovka", 699839),  # Nova Kakhovka
        ("Nikolayev", 700569),  # Mykolayiv
        ("Vinnitsa", 689558),  # Vinnytsya
        ("Zheltye Vody", 687196),  # Zhovti Vody
        ("Shakhtyorsk", 694382),  # Shakhtarsk
        ("Marganets", 701855),  # Marhanets
        ("Kadiyevka", 692975),  # Kadiyivka
        ("Krivoi Rog", 703845),  # Kryvyi Rih, "й" as "i"
        ("Gulyaipole", 707898),  # Hulyaypole (Zaporizhzhia Oblast)
        ("Belgorod-Dnestrovsky", 712160),  # Bilhorod-Dnistrovskyi, "-ий" as "y"
    ],
)
def test_russian_press_spellings_find_ukrainian_towns(gazetteer, spelling, geonameid):
    from geo import analyze

    a = analyze(
        f"Russian forces shelled {spelling} and nearby villages on Monday.", gazetteer=gazetteer
    )
    assert [(t.text, t.place.geonameid) for t in a.toponyms] == [(spelling, geonameid)]


@pytest.mark.parametrize(
    ("ukrainian", "russian"),
    [
        ("Урожайне", ["Урожайное"]),
        ("Мирне", ["Мирное"]),
        ("Широке", ["Широкое"]),
        ("Старомайорське", ["Старомайорское"]),
        ("Донецьке", ["Донецкое"]),
        ("Курахове", ["Курахово"]),
        ("Очеретине", ["Очеретино"]),
        ("Піщане", []),  # a Ukrainian letter in the stem: its Russian stem is unknown
        ("Курилівка", ["Куриловка"]),
        ("Кожушівка", ["Кожушовка", "Кожушевка"]),
        # one "і" in the stem: "о", "е" or "и"
        ("Кіндратівка", ["Кондратовка", "Кендратовка", "Киндратовка"]),
        ("Андріївка", ["Андроевка", "Андреевка", "Андриевка"]),
        ("Підгородне", []),  # "і" of a stem read only in a village's "-івка" name
        ("Терни", []),  # no neuter ending
        ("Не", []),  # too short
    ],
)
def test_russian_forms_of_ukrainian_neuter_endings(ukrainian, russian):
    assert russian_forms(ukrainian) == russian


@pytest.mark.gazetteer
def test_the_russian_form_of_a_ukrainian_ending_finds_the_village(gazetteer):
    from geo import analyze

    a = analyze(
        "Artillery hit Ukrainian units near Urozhainoye and Velikaya Novoselka.",
        gazetteer=gazetteer,
    )
    # Urozhaine, Donetsk Oblast: GeoNames lists only "Урожайне" (a namesake in Russia has
    # the Russian name itself)
    assert [t.place.geonameid for t in a.toponyms] == [9114393, 690237]


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # GeoNames writes these Russian names with "е" where the press writes "yo" ("ё")
        ("Units that liberated Velikaya Novosyolka in January dug in.", "Velikaya Novosyolka",
         "Velyka Novosilka"),
        ("Refugees left Zhyoltye Vody and Krivoi Rog by train.", "Zhyoltye Vody", "Zhovti Vody"),
        ("Shelling hit Vesyolaya Gora, a village north of Lugansk.", "Vesyolaya Gora",
         "Vesela Hora"),
    ],
)  # fmt: skip
def test_yo_for_the_gazetteers_e_finds_the_place(gazetteer, text, name, expected):
    from geo import analyze

    got = {t.text: t.place.name for t in analyze(text, gazetteer=gazetteer).toponyms if t.place}
    assert got.get(name) == expected


@pytest.mark.gazetteer
def test_yo_is_read_as_e_only_for_a_name_the_gazetteer_lacks(gazetteer):
    from geo.gazetteer.normalize import normalize

    # "Semyonovka" is a name of its own: its records, not those of "Semenovka" alone
    assert gazetteer.lookup(normalize("Semyonovka")) != gazetteer.lookup(normalize("Semenovka"))
    assert gazetteer.lookup("Velikaya Novosyolka") == gazetteer.lookup("Velikaya Novoselka")


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("spelling", "expected", "region"),
    [
        # Villages GeoNames lists with Ukrainian alternates only: the Russian "-ovka"
        ("Zolotarevka", "Zolotarivka", "Donetsk"),
        ("Olenovka", "Olenivka", "Donetsk"),
        ("Novoivanovka", "Novoivanivka", "Donetsk"),  # ... as "и"
        ("Zakharovka", "Zakharivka", "Donetsk"),
    ],
)
def test_russian_ovka_of_a_ukrainian_ivka_finds_the_village(gazetteer, spelling, expected, region):
    from geo import analyze

    a = analyze(
        f"Russian forces shelled {spelling} near the front line in the Donetsk region.",
        gazetteer=gazetteer,
    )
    got = {t.text: t.place for t in a.toponyms if t.place}
    place = got[spelling]
    assert place.name == expected
    assert gazetteer.admin1(gazetteer.by_geonameid(place.geonameid)[0])[1] == region


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("spelling", "name"),
    [
        ("Reznikovka", "Riznykivka"),  # Різниківка: "і" of the stem as "е"
        ("Kondratovka", "Kindrativka"),  # Кіндратівка: as "о"
        ("Belokuzminovka", "Bilokuzmynivka"),  # Білокузьминівка
    ],
)
def test_russian_forms_of_ivka_villages_are_gazetteer_names(gazetteer, spelling, name):
    assert name in [gazetteer.name(c.record) for c in gazetteer.lookup(spelling)]
