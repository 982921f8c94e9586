"""Claims round 24: a caveat naming one side's claims ("could not verify the Russian
claims"), "either side's account" after a headline exchange told again in the body, and
the other kinds found in articles 400-412 and the round's leftovers.

Every text here is written for these tests.
"""

import datetime as dt

import pytest

pytestmark = pytest.mark.gazetteer


def claims(gazetteer, text):
    from geo import analyze

    return analyze(text, gazetteer=gazetteer, date=dt.date(2027, 5, 3)).claims


def holding(found, words):
    return next(c for c in found if words in c.text)


@pytest.mark.parametrize(
    ("text", "own", "theirs"),
    [
        (
            "In Kharkiv, a drone hit a warehouse, Mayor Ihor Terekhov said.\n\n"
            "Russia's Defence Ministry said it had struck a fuel depot used by the Ukrainian "
            "army. The Kyiv Independent could not verify the Russian claims.",
            "a drone hit a warehouse",
            "struck a fuel depot",
        ),
        (
            "Governor Vyacheslav Gladkov said two people were hurt in Shebekino.\n\n"
            "Ukraine's General Staff said its drones had hit an ammunition depot near "
            "Belgorod. TASS was unable to verify the Ukrainian reports.",
            "two people were hurt",
            "hit an ammunition depot",
        ),
        (
            "Kyiv's military administration said debris fell on a school.\n\n"
            "The Russian ministry said its forces hit an airfield near Kyiv. The Russian "
            "statements could not be independently confirmed.",
            "debris fell on a school",
            "hit an airfield",
        ),
    ],
)
def test_a_caveat_naming_a_side_leaves_the_other_sides_claims(gazetteer, text, own, theirs):
    found = claims(gazetteer, text)
    assert holding(found, own).status == "asserted"
    assert holding(found, theirs).status == "unverified"


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "RSF says it seized army base; army says attack was repelled\n\n"
            "PORT SUDAN, May 3 (Reuters) - The Rapid Support Forces said on Sunday they had "
            "captured the army's base in Babanusa.\n\n"
            "The army said in a statement that its troops had repelled the attack.\n\n"
            "Reuters could not independently verify either side's account.",
            "captured the army's base",
            "repelled the attack",
        ),
        (
            "Russia says it took Malynivka; Ukraine says assault repelled\n\n"
            "KYIV, May 3 (Reuters) - Russia's Defence Ministry said its forces had captured "
            "the village of Malynivka.\n\n"
            "Ukraine's General Staff said its troops had repelled an assault near the "
            "village.\n\n"
            "Reuters could not independently verify either side's account.",
            "captured the village",
            "repelled an assault",
        ),
    ],
)
def test_either_sides_account_reaches_the_bodys_retelling(gazetteer, text, first, second):
    found = claims(gazetteer, text)
    assert holding(found, first).status in ("unverified", "disputed")
    assert holding(found, second).status in ("unverified", "disputed")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The Viv Ansanm gang said it had taken the station.", "the Viv Ansanm gang"),
        ("The gang said on Tuesday it had taken the police station.", "the gang"),
        (
            "Members of the Gran Grif gang told residents they controlled the road to Pont-Sonde.",
            "Members of the Gran Grif gang",
        ),
        ("The Sinaloa cartel said in a banner that it had killed the men.", "the Sinaloa cartel"),
    ],
)
def test_a_gang_speaks_for_no_state(gazetteer, text, source):
    (c,) = claims(gazetteer, text)
    assert (c.source, c.side) == (source, None)


@pytest.mark.parametrize(
    ("text", "party"),
    [
        (
            "The MNDAA said it had captured Lashio. Myanmar's army said it had withdrawn "
            "from Lashio.",
            "Myanmar National Democratic Alliance Army",
        ),
        (
            "The MNDAA, an ethnic Kokang group in northern Shan state, said it had handed "
            "Lashio back to the military.",
            "Myanmar National Democratic Alliance Army",
        ),
        (
            "The TNLA said its fighters had entered Kyaukme, a town in Myanmar's Shan state.",
            "Ta'ang National Liberation Army",
        ),
    ],
)
def test_myanmars_armed_groups_by_abbreviation_are_no_states(gazetteer, text, party):
    c = claims(gazetteer, text)[0]
    assert (c.side, c.party) == (None, party)


@pytest.mark.parametrize(
    ("text", "source", "side"),
    [
        ("A Russian hospital spokesman said two people were being treated.",
         "a Russian hospital spokesman", "RU"),
        ("A Ukrainian railway spokeswoman said trains were delayed by three hours.",
         "a Ukrainian railway spokeswoman", "UA"),
        ("A Sudanese hospital official said 12 bodies had arrived.",
         "a Sudanese hospital official", "SD"),
    ],
)
def test_an_institutions_spokesman_keeps_the_institution(gazetteer, text, source, side):
    (c,) = claims(gazetteer, text)
    assert (c.source, c.side) == (source, side)


@pytest.mark.parametrize(
    "text",
    [
        "A source in the Dnipro group of forces told RIA Novosti that Ukrainian boats were "
        "repelled near the Antonivskyi bridge.",
        "RIA Novosti had earlier cited a source in the Dnipro group of forces as saying "
        "Ukrainian boats were repelled near the Antonivskyi bridge.",
        "TASS quoted a source in the security services as saying two drones fell near Tuapse.",
    ],
)
def test_a_source_a_russian_agency_cites_is_russian(gazetteer, text):
    (c,) = claims(gazetteer, text)
    assert c.side == "RU"


def test_a_source_another_outlet_cites_keeps_its_units_side(gazetteer):
    (c,) = claims(
        gazetteer,
        "Reuters quoted a source in the Khortytsia group of forces as saying the attack "
        "near Pokrovsk failed.",
    )
    assert c.side == "UA"


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "Ukraine's southern defence forces said there had been no new crossings near "
            "Kherson. RIA Novosti cited a source in the Dnepr group as saying Ukrainian boats "
            "were repelled near the bridge.",
            "no new crossings",
        ),
        (
            "Ukraine's General Staff said there was no assault on Huliaipole overnight. A "
            "source in the Vostok group of forces told TASS that a Ukrainian counterattack "
            "near Huliaipole had been repulsed.",
            "no assault on Huliaipole",
        ),
    ],
)
def test_a_beaten_back_attempt_does_not_dispute_that_nothing_happened(gazetteer, text, first):
    assert holding(claims(gazetteer, text), first).status == "asserted"


def test_a_beaten_back_attempt_still_disputes_a_claimed_crossing(gazetteer):
    found = claims(
        gazetteer,
        "Ukraine's southern defence forces said its marines had crossed the Dnipro near "
        "Kherson. A source in the Dnepr group of forces told TASS that the Ukrainian "
        "landing near Kherson was repelled.",
    )
    assert holding(found, "had crossed the Dnipro").status == "disputed"


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        (
            "Mali's army said a drone strike had \"neutralised\" about 30 terrorists, but local "
            "officials said most of the dead were civilians attending a wedding.",
            "about 30 terrorists",
        ),
        (
            "The army said its drone strike killed 20 militants near Diafarabe. Residents said "
            "the dead were farmers.",
            "killed 20 militants",
        ),
        (
            "Burkina Faso's army said it had neutralised dozens of terrorists near Djibo, while "
            "residents said those killed were mostly herders.",
            "dozens of terrorists",
        ),
    ],
)
def test_the_dead_were_civilians_disputes_a_toll_of_fighters(gazetteer, text, toll):
    assert holding(claims(gazetteer, text), toll).status == "disputed"


def test_the_dead_were_civilians_leaves_a_toll_of_civilians(gazetteer):
    found = claims(
        gazetteer,
        "The ministry said the strike killed 12 people in the market. Residents said the "
        "dead were traders.",
    )
    assert holding(found, "killed 12 people").status == "asserted"


@pytest.mark.parametrize(
    ("text", "capture"),
    [
        (
            "The Russian MoD claimed on February 9 that elements of the Central Group of Forces "
            "liberated Kotlyne. Ukrainian observer Kostyantyn Mashovets stated that Russian "
            "forces hold only a foothold on the eastern outskirts of the village, and ISW has "
            "not observed footage indicating that Russian forces control the settlement.",
            "liberated Kotlyne",
        ),
        (
            "Ukraine's General Staff claimed on June 2 that Ukrainian forces recaptured "
            "Novoselivka. A Russian milblogger said drones struck a Ukrainian tank near "
            "Kupiansk, and ISW has not yet seen evidence that Ukrainian forces hold the village.",
            "recaptured Novoselivka",
        ),
        (
            "The Russian MoD claimed on June 3 that Russian forces seized Bila Hora. The "
            "Khortytsia group said the village remains contested, and ISW has not observed "
            "geolocated footage showing that Russian forces captured the village.",
            "seized Bila Hora",
        ),
    ],
)
def test_a_checker_unseen_control_leaves_that_sides_capture_unverified(gazetteer, text, capture):
    assert holding(claims(gazetteer, text), capture).status == "unverified"



@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The Emergency Lawyers, a rights group monitoring abuses in the war, said at least "
            "23 civilians had been executed in Um Sumeima.",
            "the Emergency Lawyers",
        ),
        (
            "Hala Al-Karib, director of a regional rights group, said 40 women had been "
            "abducted in Gezira.",
            "Hala Al-Karib",
        ),
        ("The rights group said 12 detainees had been beaten in Wad Madani.", "the rights group"),
    ],
)
def test_a_rights_group_is_independent(gazetteer, text, source):
    (c,) = claims(gazetteer, text)
    assert (c.source, c.side) == (source, "independent")


def test_a_rights_groups_accusation_is_answered_by_the_accused_denial(gazetteer):
    found = claims(
        gazetteer,
        "Drone strikes on Nyala killed at least 14 people on Thursday, a local rights group "
        "said, blaming the army.\n\nAn army spokesman denied that civilians had been harmed.",
    )
    assert holding(found, "killed at least 14 people").status in ("denied", "disputed")


@pytest.mark.parametrize(
    ("text", "words", "source", "side"),
    [
        (
            '"Our military has reported to the president that Kupyansk is liberated. There is '
            'nothing to add," Kremlin spokesman Dmitry Peskov told reporters.',
            "Kupyansk is liberated",
            "Dmitry Peskov",
            "RU",
        ),
        (
            '"Our forces have reported that the village is under full control. Fighting is '
            'over," the ministry spokesman Igor Konashenkov said.',
            "under full control",
            "Igor Konashenkov",
            "RU",
        ),
        (
            '"Our commanders have told me that Kupiansk is held. The enemy is lying," Ukrainian '
            "President Volodymyr Zelenskiy said in his evening address.",
            "Kupiansk is held",
            "Volodymyr Zelenskiy",
            "UA",
        ),
    ],
)
def test_a_quotations_first_person_speaker_is_its_closer(gazetteer, text, words, source, side):
    c = holding(claims(gazetteer, text), words)
    assert (c.source, c.side) == (source, side)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "In a video posted on the group's Telegram channel, an RSF commander standing in "
            'front of a gate said his fighters had taken "full control" of the base.',
            "an RSF commander",
        ),
        ("A soldier standing near a burned tank said the unit had retreated.", "a soldier"),
        (
            "A man standing in the rubble of the market said the strike hit at noon.",
            "a man",
        ),
    ],
)
def test_a_speaker_described_by_a_participle_speaks(gazetteer, text, source):
    (c,) = claims(gazetteer, text)
    assert c.source == source
