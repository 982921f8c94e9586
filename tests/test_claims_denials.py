"""A denial or a contradiction answers the claim before it only when it is about it.

A denial that states a position of its own, a clause about other places or a
standing denial, is a claim of its own: the claim before it keeps its status.
"""

import pytest

pytestmark = pytest.mark.gazetteer


def claims(gazetteer, text):
    from geo import analyze

    return [(c.source, c.status) for c in analyze(text, gazetteer=gazetteer).claims]


@pytest.mark.parametrize(
    "first",
    [
        "Ukraine's air force said it shot down 30 of 45 drones launched by Russia overnight.",
        "Russia's Defence Ministry said its forces had captured Kurakhove.",
    ],
)
def test_a_denial_about_other_places_is_a_claim_of_its_own(gazetteer, first):
    text = (
        f"{first} Ukrainian military spokesman Vadym Skibitskyi denied that Russian troops "
        'had entered Kupiansk, calling the reports "propaganda".'
    )
    (_, status), denial, calling = claims(gazetteer, text)
    assert status == "asserted"
    # The denial is the denier's own claim (was: an unknown accuser's, source null),
    # not joined to his government's words before it.
    assert denial == ("Vadym Skibitskyi", "denied")
    # What the denier says besides ("calling the reports propaganda") is theirs.
    assert calling == ("Vadym Skibitskyi", "asserted")


def test_a_standing_denial_answers_nothing(gazetteer):
    text = (
        "Two people were killed in a missile strike on Dnipro, the regional governor said. "
        "Moscow has repeatedly denied targeting civilians."
    )
    # The standing position is the denier's own claim (was: an unknown accuser's).
    assert claims(gazetteer, text) == [("the regional governor", "asserted"), ("Moscow", "denied")]
    text = (
        "Israel's military said it struck a command centre in Gaza City. "
        "Hamas has long denied operating from hospitals."
    )
    assert claims(gazetteer, text)[0] == ("Israel's military", "asserted")


@pytest.mark.parametrize(
    "answer",
    [
        "Kyiv denied the claim.",
        "Kyiv denied any role in the fighting.",
        "Kyiv denied that its troops had withdrawn from the town.",
        "Ukraine's army denied that Kurakhove had fallen.",
        "Ukraine's army denied that its troops had left.",
    ],
)
def test_a_denial_about_the_claim_before_still_denies_it(gazetteer, answer):
    text = f"Russia's Defence Ministry said its forces had captured Kurakhove. {answer}"
    assert claims(gazetteer, text)[0] == ("Russia's Defence Ministry", "denied")


def test_a_contradiction_about_other_places_disputes_nothing(gazetteer):
    text = (
        "Russian forces shelled Nikopol overnight, the regional governor said. "
        "Ukrainian troops still hold the village of Vuhledar, a brigade spokesman said."
    )
    assert claims(gazetteer, text)[0] == ("the regional governor", "asserted")
    text = (
        "Russia said its troops had captured Vuhledar. "
        "Ukraine's army said its troops still hold positions in Vuhledar."
    )
    assert claims(gazetteer, text)[0] == ("Russia", "disputed")


def test_a_local_official_after_a_government_is_a_speaker_of_their_own(gazetteer):
    text = (
        "Russia's Defence Ministry said air defences shot down 38 drones over the Moscow "
        "region overnight. Moscow Mayor Sergei Sobyanin said debris fell on a building in "
        "Podolsk."
    )
    assert claims(gazetteer, text) == [
        ("Russia's Defence Ministry", "asserted"),
        ("Sergei Sobyanin", "asserted"),
    ]


@pytest.mark.parametrize(
    ("sentence", "statuses"),
    [
        ("ISW said Russian forces did not make confirmed advances near Pokrovsk.", ["asserted"]),
        ("ISW said Russian forces didn't make any confirmed gains near Pokrovsk.", ["asserted"]),
        ("The IAEA confirmed that a drone struck the reactor building.", ["confirmed"]),
    ],
)
def test_a_negated_confirmed_confirms_nothing(gazetteer, sentence, statuses):
    assert [status for _, status in claims(gazetteer, sentence)] == statuses


def test_a_definite_description_takes_the_side_of_the_speaker_it_names_again(gazetteer):
    from geo import analyze

    text = (
        "The Russian Defence Ministry said its forces had taken Selydove. "
        "Air defences shot down 42 drones overnight, the ministry said. "
        "Ukraine's General Staff said fighting continued near Kurakhove. "
        "Two attacks were repelled, the General Staff said. "
        "Officials said a school was damaged."
    )
    sides = [(c.source, c.side) for c in analyze(text, gazetteer=gazetteer).claims]
    assert sides == [
        ("the Russian Defence Ministry", "RU"),
        ("the ministry", "RU"),
        ("Ukraine's General Staff", "UA"),
        ("the General Staff", "UA"),
        ("officials", None),
    ]


@pytest.mark.parametrize(
    ("sentence", "source", "side"),
    [
        ("Russian milbloggers claimed that Russian forces advanced near Pokrovsk.",
         "Russian milbloggers", "RU"),
        ("A Russian milblogger claimed that assault groups reached Zvirove.",
         "a Russian milblogger", "RU"),
        ("Ukrainian drone operators said Russian forces advanced near Pokrovsk.",
         "Ukrainian drone operators", "UA"),
        ("Eyewitnesses said the strike hit a school in Kharkiv.", "eyewitnesses", None),
    ],
)  # fmt: skip
def test_speakers_of_front_line_reporting(gazetteer, sentence, source, side):
    from geo import analyze

    (c,) = analyze(sentence, gazetteer=gazetteer).claims
    assert (c.source, c.side) == (source, side)


def test_dated_footage_confirms_the_claim_it_shows(gazetteer):
    text = (
        "Russian milbloggers claimed that Russian forces advanced near Zvirove. "
        "Geolocated footage published on November 26 indicates that Russian forces "
        "advanced near Zvirove."
    )
    from geo import analyze

    first, footage = analyze(text, gazetteer=gazetteer).claims
    assert (first.status, footage.source, footage.responds_to) == (
        "confirmed",
        "Geolocated footage",
        0,
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The dispute arose from Revell's false claims about the deeds.",
        "Conflicting claims led to prolonged litigation over the land.",
    ],
)
def test_a_cue_word_used_as_a_noun_makes_no_speaker(gazetteer, sentence):
    from geo import analyze

    assert [c.source for c in analyze(sentence, gazetteer=gazetteer).claims] in ([], [None])


def test_footage_released_by_a_named_source_keeps_the_source(gazetteer):
    from geo import analyze

    text = "Video footage released by Russian sources claimed to show the town centre."
    (c,) = analyze(text, gazetteer=gazetteer).claims
    assert (c.source, c.side) == ("Russian sources", "RU")


@pytest.mark.parametrize(
    ("sentence", "source", "side"),
    [
        ("The Institute for the Study of War assessed that Russian forces will likely "
         "attack Pokrovsk.", "the Institute for the Study of War", "independent"),
        ("ISW assessed that Russian forces advanced near Toretsk.", "ISW", "independent"),
        ("The analysts concluded that the front near Kurakhove had collapsed.",
         "the analysts", "independent"),
    ],
)  # fmt: skip
def test_an_analysts_assessment_is_a_claim(gazetteer, sentence, source, side):
    from geo import analyze

    (c,) = analyze(sentence, gazetteer=gazetteer).claims
    assert (c.source, c.side) == (source, side)


@pytest.mark.parametrize(
    "text",
    [
        "KYIV, Ukraine (AP) — Russian forces pounded Kharkov overnight, officials said.",
        "KYIV, Nov 28 (Reuters) - Russian forces pounded Kharkov overnight, officials said.",
        "MOSCOW, November 29. /TASS/. Russian forces pounded Kharkov overnight, officials said.",
    ],
)
def test_a_dateline_is_where_the_reporter_is_not_a_place_of_the_claim(gazetteer, text):
    from geo import analyze

    a = analyze(text, gazetteer=gazetteer)
    (c,) = a.claims
    assert [a.toponyms[i].text for i in c.toponyms] == ["Kharkov"]


def test_a_denial_of_a_sides_claims_names_that_side_as_the_source(gazetteer):
    from geo import analyze

    text = "Ukraine's 24th Brigade denied Russian claims that Chasiv Yar had fallen."
    (c,) = analyze(text, gazetteer=gazetteer).claims
    assert (c.source, c.side, c.status) == ("Russia", "RU", "denied")


def test_a_government_speaking_after_a_dateline_is_metonymic(gazetteer):
    from geo import analyze

    a = analyze("DONETSK, Ukraine (Reuters) - Russia said its forces took two villages.",
                gazetteer=gazetteer)
    assert [(t.text, t.metonymic) for t in a.toponyms] == [
        ("DONETSK", False), ("Ukraine", False), ("Russia", True)]
    a = analyze("Pro-Moscow officials said the plant was hit.", gazetteer=gazetteer)
    assert [(t.text, t.metonymic) for t in a.toponyms] == [("Moscow", False)]


@pytest.mark.parametrize(
    ("dateline", "side"),
    [("MOSCOW, December 2. /TASS/. ", "RU"), ("KYIV, Dec 2 (Ukrinform) - ", "UA"), ("", None)],
)
def test_a_state_agencys_copy_gives_its_unqualified_ministry_a_side(gazetteer, dateline, side):
    from geo import analyze

    text = dateline + "Air defences shot down 40 drones near Belgorod, the Defense Ministry said."
    (c,) = analyze(text, gazetteer=gazetteer).claims
    assert (c.source, c.side) == ("the Defense Ministry", side)
