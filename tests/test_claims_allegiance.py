"""Sides the speaker's own words do not give (geo.text.claims.allegiance): a national
body named without its country, a local head in a state agency's copy, and a
description's relative clause.

Every text here is written for these tests.
"""

import datetime as dt

import pytest

pytestmark = pytest.mark.gazetteer


def claims(gazetteer, text):
    from geo import analyze

    return analyze(text, gazetteer=gazetteer, date=dt.date(2026, 3, 3)).claims


def side_of(gazetteer, text, words):
    return next(c for c in claims(gazetteer, text) if words in c.text).side


@pytest.mark.parametrize(
    ("text", "words", "side"),
    [
        # tied before: "Sudan's army", "a Sudanese army drone"
        ("CAIRO (Reuters) - Sudan's army said it repelled an attack on El Obeid. Army chief "
         "Abdel Fattah al-Burhan said the war would go on until victory.", "war would go on",
         "SD"),
        ("The RSF said it shot down a Sudanese army drone over Nyala. Army spokesman Nabil "
         "Abdallah said the air force had hit RSF depots near Nyala.", "RSF depots", "SD"),
        ("Myanmar's military government imposed martial law in Lashio. A military source said "
         "12 soldiers were killed near the town.", "12 soldiers", "MM"),
        # a war inside one country: its places and nationalities
        ("PORT SUDAN, Sudan (Reuters) - The Rapid Support Forces said they took Bara in North "
         "Kordofan. A military source said troops had withdrawn to El Obeid.",
         "withdrawn to El Obeid", "SD"),
        ("BAMAKO, Mali (AP) — Jihadists attacked a convoy near Mopti. An army spokesman said 20 "
         "attackers were killed near Mopti.", "20 attackers", "ML"),
    ],
)  # fmt: skip
def test_a_national_body_without_its_country_takes_the_articles(gazetteer, text, words, side):
    assert side_of(gazetteer, text, words) == side


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # two states at war: the army may be either
        ("Russian forces shelled Kharkiv and Ukrainian forces struck Belgorod. The army said 12 "
         "drones were downed near Kharkiv.", "12 drones"),
        # tied to two countries before
        ("The Russian army and the Ukrainian army both claimed gains near Bakhmut. An army "
         "spokesman said 40 soldiers were killed near Bakhmut.", "40 soldiers"),
        # not a state's own: a shadow government
        ("BANGKOK (AP) — Fighting spread in Sagaing. The National Unity Government said 18 "
         "civilians were killed in Sagaing.", "18 civilians"),
    ],
)  # fmt: skip
def test_a_national_body_keeps_no_side_when_the_article_does_not_tell(gazetteer, text, words):
    assert side_of(gazetteer, text, words) is None


@pytest.mark.parametrize(
    ("text", "words", "side"),
    [
        ("MOSCOW, June 21. /TASS/. Head of the Zaporozhye Region Yevgeny Balitsky said that "
         "Ukrainian troops had shelled Kamenka-Dneprovskaya.", "shelled", "RU"),
        ("MOSCOW, March 17. /TASS/. Vladimir Saldo, the governor of the Kherson region, said "
         "Ukrainian troops had shelled Aleshki, killing one civilian.", "Aleshki", "RU"),
        # a nationality in the phrase answers first
        ("MOSCOW, March 17. /TASS/. The Ukrainian governor of the Sumy region said Russian "
         "drones hit a school in Sumy.", "a school", "UA"),
        # not an agency's copy: the region's country
        ("KYIV, March 17 (Reuters) - Ivan Fedorov, the governor of the Zaporizhzhia region, "
         "said a Russian bomb hit a school in Zaporizhzhia.", "a school", "UA"),
    ],
)  # fmt: skip
def test_a_local_head_in_a_state_agencys_copy_speaks_for_its_state(gazetteer, text, words, side):
    assert side_of(gazetteer, text, words) == side


@pytest.mark.parametrize(
    ("text", "words", "side"),
    [
        ("Mark Hansen, an open-source analyst who tracks attacks on Russian energy sites, said "
         "the smoke plume suggested fuel had ignited.", "smoke plume", "independent"),
        ("Anna Berg, a researcher tracking Russian losses, said 300 vehicles were lost near "
         "Avdiivka.", "300 vehicles", "independent"),
        ("Yuri Podolyaka, a Russian war commentator who supports the invasion, said the village "
         "of Pishchane had fallen.", "had fallen", "RU"),
    ],
)  # fmt: skip
def test_a_relative_clause_does_not_give_the_side(gazetteer, text, words, side):
    assert side_of(gazetteer, text, words) == side


def test_a_person_placed_in_a_body_that_spoke_takes_its_side(gazetteer):
    text = (
        "Ukraine's military intelligence agency said its drones hit a fuel depot in "
        "Novorossiysk. A source in the agency told the BBC that a second wave hit a naval base."
    )
    assert side_of(gazetteer, text, "second wave") == "UA"


def test_a_military_government_is_a_government_not_an_army(gazetteer):
    text = (
        "Congo's army said M23 rebels had taken Walikale. In Myanmar, the military government "
        "said its troops had retaken Myawaddy on the Thai border."
    )
    assert side_of(gazetteer, text, "Myawaddy") != "CD"


@pytest.mark.parametrize(
    ("text", "words", "side"),
    [
        ("KYIV, Dec 3 (Reuters) - Russia fired 90 missiles at Ukraine's grid. Energy Minister "
         "Herman Halushchenko said two power plants in Kharkiv were damaged.", "power plants",
         "UA"),
        ("MOSCOW, Nov 21 (Reuters) - Russia's Defence Ministry said its forces took Kupyansk. "
         "Chief of the General Staff Valery Gerasimov said 100 Ukrainian soldiers were "
         "surrounded in Kupyansk.", "surrounded", "RU"),
        ("OUAGADOUGOU (Al Jazeera) — Fighters attacked a base near Djibo. A security source "
         "told reporters that the base near Djibo had been partly destroyed.", "partly", "BF"),
    ],
)  # fmt: skip
def test_an_unqualified_national_title_in_wire_copy_is_the_datelines(gazetteer, text, words,
                                                                      side):
    assert side_of(gazetteer, text, words) == side


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # the dateline's country is not what the article is about
        ("CAIRO (Reuters) - Russian forces shelled Kharkiv. The defence minister said 12 drones "
         "were downed over Kharkiv.", "12 drones"),
        # a correspondent a body's word qualifies
        ("KYIV (AP) — Russian forces shelled Kharkiv. A military correspondent said 12 shells "
         "hit Kharkiv.", "12 shells"),
    ],
)  # fmt: skip
def test_an_unqualified_title_keeps_no_side_otherwise(gazetteer, text, words):
    assert side_of(gazetteer, text, words) in (None, "independent")  # not the dateline's


@pytest.mark.parametrize(
    ("text", "words", "source", "side"),
    [
        ("KURSK, August 20 - RIA Novosti. Acting governor of the Kursk region Alexei Smirnov "
         "said a drone hit a car in Lgov.", "Lgov", "Alexei Smirnov", "RU"),
        ("Earlier, a military correspondent of the Rossiya-1 TV channel reported that "
         "saboteurs were driven back from Tetkino.", "Tetkino",
         "a military correspondent of the Rossiya-1 TV channel", "RU"),
        ("BEIRUT (AP) — U.N. peacekeepers in southern Lebanon said an Israeli tank fired on a "
         "watchtower near Naqoura.", "watchtower", "U.N. peacekeepers in southern Lebanon",
         "independent"),
    ],
)  # fmt: skip
def test_speakers_with_places_and_channel_names_in_their_phrase(gazetteer, text, words, source,
                                                                side):
    c = next(c for c in claims(gazetteer, text) if words in c.text)
    assert (c.source, c.side) == (source, side)


def test_a_group_of_forces_is_the_military_the_article_tied_before(gazetteer):
    text = (
        "Russian troops have captured the village of Dachne, the Russian Defense Ministry "
        "claimed. The Ukrainian military has not confirmed the loss. Viktor Trehubov, "
        "spokesperson for the Dnipro group of forces, said fighting for Dachne was ongoing."
    )
    assert side_of(gazetteer, text, "was ongoing") == "UA"


@pytest.mark.parametrize(
    ("text", "words", "side"),
    [
        # "the spokesperson" is the last spokesperson who spoke
        ("The spokesperson of a Ukrainian brigade said Russian troops infiltrate Pokrovsk. The "
         "spokesperson added that the fog helps them.", "fog", "UA"),
        ("A Russian Defence Ministry spokesman said 30 drones were downed over Kursk. The "
         "spokesman added that no one was hurt.", "no one was hurt", "RU"),
        # an official a state agency names without a nationality is of its state
        ("MELITOPOL, September 9. /TASS/. The plant's director Yury Chernichuk said a drone hit "
         "the training center of the Zaporozhye plant.", "training center", "RU"),
        # a role in apposition before the name, a relative clause after it
        ("CAIRO (AP) — Shells hit El Fasher. The governor of Darfur, Minni Arko Minnawi, whose "
         "forces fight alongside the army, said the world had abandoned El Fasher.",
         "abandoned", "SD"),
    ],
)  # fmt: skip
def test_roles_and_descriptions_named_before(gazetteer, text, words, side):
    assert side_of(gazetteer, text, words) == side


def test_a_clause_before_the_speaker_is_no_description(gazetteer):
    text = "A woman was stabbed near Briarcliff Road in DeKalb County, police said."
    assert side_of(gazetteer, text, "stabbed") is None


@pytest.mark.parametrize(
    ("text", "words", "side"),
    [
        ("The Israeli military said it had struck dozens of Hezbollah targets in Lebanon. A "
         "spokesperson said the army held the Lebanese state responsible.", "responsible", "IL"),
        # one place read wrongly elsewhere does not make a war inside Sudan two
        ("NAIROBI, Kenya (AP) — Fighters stormed a camp in Sudan's Darfur region. Sudan's "
         "foreign ministry called it a massacre. A woman fled to Tawila. An army spokesman said "
         "troops were preparing a counteroffensive.", "counteroffensive", "SD"),
    ],
)  # fmt: skip
def test_a_spokesperson_and_an_army_in_context(gazetteer, text, words, side):
    assert side_of(gazetteer, text, words) == side


def test_the_datelines_country_answers_before_the_articles_main_country(gazetteer):
    text = (
        "KYIV (Reuters) - Drones hit an oil depot in Bryansk, the Russian governor said. Fires "
        "burned in Bryansk and Kursk. Air raid alerts sounded in Kharkiv. The military said 30 "
        "drones were launched overnight."
    )
    assert side_of(gazetteer, text, "30") == "UA"
