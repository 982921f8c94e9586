"""Claims: the second fresh-eyes tester's kinds of session 25 (live-blog colon speakers, a
unit's post header and its first-person lines, an analyst's verdict in a closing clause,
missions and envoys "to" a country, observers who record, "its" body of the country that
acted).

Every text here is written for these tests.
"""

import datetime as dt

import pytest

pytestmark = pytest.mark.gazetteer


def claims(gazetteer, text):
    from geo import analyze

    return analyze(text, gazetteer=gazetteer, date=dt.date(2027, 6, 10)).claims


def holding(found, words):
    return next(c for c in found if words in c.text)


@pytest.mark.parametrize(
    ("text", "words", "source", "side"),
    [
        (
            "09:10 EET - Kherson regional military administration: Russian artillery hit a "
            "bus stop in Antonivka, wounding two women.",
            "bus stop in Antonivka",
            "Kherson regional military administration",
            "UA",
        ),
        (
            "14:32 - Chernihiv regional governor Viacheslav Chaus: a drone struck a house in "
            "Novhorod-Siverskyi overnight.",
            "struck a house",
            "Viacheslav Chaus",
            "UA",
        ),
        (
            "Kharkiv mayor Ihor Terekhov on Telegram: three explosions hit the Kyivskyi "
            "district of the city.",
            "three explosions",
            "Ihor Terekhov",
            "UA",
        ),
        (
            "16:00 - Ukrainian General Staff: 140 clashes took place along the front over "
            "the past day.",
            "140 clashes",
            "Ukrainian General Staff",
            "UA",
        ),
    ],
)
def test_a_live_blog_entry_opened_by_its_speaker_and_a_colon(gazetteer, text, words, source, side):
    c = holding(claims(gazetteer, text), words)
    assert (c.source, c.side) == (source, side)


@pytest.mark.parametrize(
    "text",
    [
        "10:40 - Pokrovsk direction: fighting goes on near Myrnohrad, with 12 attacks.",
        "Key takeaways: Russian forces advanced near Siversk on June 9.",
        "Kherson Oblast: Russian forces shelled 30 settlements over the past day.",
    ],
)
def test_a_heading_before_a_colon_is_no_live_blog_speaker(gazetteer, text):
    assert all(c.source is None for c in claims(gazetteer, text))


@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        (
            "24th Mechanized Brigade, on Telegram (translated from Ukrainian):\n\n"
            "Our drone operators destroyed two Russian vehicles near Chasiv Yar.",
            "destroyed two Russian vehicles",
            "24th Mechanized Brigade",
        ),
        (
            "Post on the Telegram channel of the 3rd Assault Brigade, June 8.\n\n"
            "Our scouts spotted an enemy group near Kupiansk. The group was destroyed.",
            "Our scouts spotted",
            "3rd Assault Brigade",
        ),
        (
            "Our artillerymen struck a Russian command post near Toretsk. Four occupiers "
            "were killed, the brigade said.",
            "Our artillerymen struck",
            "the brigade",
        ),
    ],
)
def test_a_units_post_and_its_first_person_lines(gazetteer, text, words, source):
    assert holding(claims(gazetteer, text), words).source == source


@pytest.mark.parametrize(
    ("text", "words", "status"),
    [
        (
            "The Russian MoD claimed that Russian forces took Shcherbynivka, which ISW "
            "assesses is unlikely.",
            "took Shcherbynivka",
            "disputed",
        ),
        (
            "Russian milbloggers claimed that Russian forces entered Novopavlivka, though "
            "ISW assesses that these reports are premature.",
            "entered Novopavlivka",
            "disputed",
        ),
        (
            "A Russian war correspondent claimed that Russian troops crossed the Oskil near "
            "Kupiansk, although analysts judge the claim to be false.",
            "crossed the Oskil",
            "denied",
        ),
    ],
)
def test_an_analysts_verdict_in_a_closing_clause(gazetteer, text, words, status):
    c = holding(claims(gazetteer, text), words)
    assert c.status == status
    assert "ISW" not in c.text and "analysts" not in c.text


def test_a_closing_clause_with_its_own_assessment_is_no_verdict(gazetteer):
    text = (
        "The Russian MoD claimed that Russian forces took Shcherbynivka, though ISW "
        "assesses that Russian forces will attack Kostiantynivka soon."
    )
    assert holding(claims(gazetteer, text), "took Shcherbynivka").status != "disputed"


@pytest.mark.parametrize(
    ("text", "words", "source", "side"),
    [
        (
            "The OSCE Special Monitoring Mission to Ukraine said a patrol heard 40 "
            "explosions near Horlivka.",
            "40 explosions",
            "the OSCE Special Monitoring Mission to Ukraine",
            "independent",
        ),
        (
            "The French ambassador to Ukraine said Paris would deliver two more radars "
            "to Odesa.",
            "two more radars",
            "the French ambassador to Ukraine",
            "FR",
        ),
        (
            "Observers from the OSCE recorded 250 explosions near Avdiivka on Sunday.",
            "250 explosions",
            "observers from the OSCE",
            "independent",
        ),
        (
            "The unit's coordinator said rescuers pulled 12 people from the rubble in "
            "Kramatorsk.",
            "12 people",
            "the unit's coordinator",
            None,
        ),
    ],
)
def test_missions_envoys_monitors_and_coordinators(gazetteer, text, words, source, side):
    c = holding(claims(gazetteer, text), words)
    assert c.source == source
    if side is not None:
        assert c.side == side


@pytest.mark.parametrize(
    ("text", "words", "side"),
    [
        (
            "KYIV (Reuters) - Russian drones struck Lviv overnight. Poland scrambled "
            "fighter jets as a precaution, its operational command said.",
            "scrambled fighter jets",
            "PL",
        ),
        (
            "KYIV (Reuters) - Drones hit Odesa. Elsewhere, Romania sent two F-16s to patrol "
            "near Tulcea, its defence ministry said.",
            "two F-16s",
            "RO",
        ),
        (
            "KYIV (Reuters) - Russia launched 80 drones at Ukraine. Lithuania closed part of "
            "its airspace near Vilnius, its defence ministry said.",
            "closed part",
            "LT",
        ),
    ],
)
def test_its_body_is_the_country_that_opens_the_sentence(gazetteer, text, words, side):
    assert holding(claims(gazetteer, text), words).side == side


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "A Ukrainian military observer reported that Russian forces infiltrated "
            "Vovchanski Khutory.\n\nKupiansk direction: Ukrainian forces recently advanced "
            "in Kupiansk.",
            "advanced in Kupiansk",
        ),
        (
            "A Russian milblogger claimed that Russian forces entered Siversk.\n\nLyman "
            "direction: Russian forces attacked near Yampil and Torske.",
            "attacked near Yampil",
        ),
        (
            "The spokesperson of the Khortytsia group said Russia lost 40 soldiers near "
            "Toretsk.\n\nPokrovsk direction: Russian forces attacked near Myrnohrad and "
            "Rodynske.",
            "attacked near Myrnohrad",
        ),
    ],
)
def test_a_persons_words_do_not_carry_into_a_sector_heading(gazetteer, text, words):
    assert holding(claims(gazetteer, text), words).source is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Ukrainian volunteer battalions trapped in the town of Ilovaisk, east of "
            "Donetsk, said they had run out of ammunition.",
            "Ukrainian volunteer battalions",
        ),
        (
            "Fighters holed up in the village of Pisky, west of Donetsk airport, said they "
            "were shelled 30 times.",
            "fighters",
        ),
        (
            "Soldiers stationed near Vuhledar, a mining town south of Donetsk, said the "
            "enemy attacked twice overnight.",
            "soldiers",
        ),
    ],
)
def test_people_placed_in_a_town_with_an_apposition_speak(gazetteer, text, source):
    assert claims(gazetteer, text)[0].source == source


def test_a_count_before_a_verb_counts_no_noun(gazetteer):
    text = (
        "Three people were killed in the strike on Kherson on Monday and two more died in "
        "hospital, the governor said."
    )
    units = {q.value: q.unit for q in holding(claims(gazetteer, text), "two more").quantities}
    assert units == {3: "people", 2: "dead"}


def test_a_headline_label_glued_to_a_story_is_no_entrys_speaker(gazetteer):
    text = (
        "Police: Gunman worked at the plant. DAYTON, Ohio (AP) - A gunman killed four "
        "people at a packaging plant, police said Monday. The chief said the man had been "
        "fired. He said the two had argued. Workers fled the building. The injured "
        "included a guard, who was taken to a hospital in Dayton with 2 others."
    )
    found = claims(gazetteer, text)
    assert all(c.source != "Police" for c in found)


def test_a_persons_account_goes_on_in_its_own_paragraph(gazetteer):
    text = (
        "Bloggers also wrote of Russian advances near Siversk. In the Lyman direction, the "
        "front line did not move near Torske, one of them said."
    )
    assert holding(claims(gazetteer, text), "did not move").source == "bloggers"


def test_a_person_cited_in_a_sector_paragraph_lends_no_voice(gazetteer):
    text = (
        "Toretsk direction: Russian forces advanced in Toretsk. A Russian milblogger "
        "claimed that Russian forces entered Shcherbynivka, but ISW has not observed "
        "confirmation of this claim. Russian forces attacked near Toretsk itself and "
        "Dyliivka on June 8."
    )
    assert holding(claims(gazetteer, text), "Dyliivka").source is None
