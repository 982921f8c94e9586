"""Claims after the sixteenth round's held-out articles (297-304): posts reprinted under
a line naming their author, an agency's retelling going on, people placed before a
relative clause, footage of the other side's forces.

Every text here is written for these tests.
"""

import datetime as dt

import pytest

pytestmark = pytest.mark.gazetteer


def analysed(gazetteer, text, date=dt.date(2027, 10, 14)):
    from geo import analyze

    return analyze(text, gazetteer=gazetteer, date=date).claims


def claim_of(claims, words):
    return next(c for c in claims if words in c.text)


@pytest.mark.parametrize(
    ("header", "author", "side"),
    [
        (
            "Ivan Fedorov, head of the Zaporizhzhia Regional Military Administration, on "
            "Telegram (translated from Ukrainian):",
            "Ivan Fedorov",
            "UA",
        ),
        (
            "Kursk region governor Alexander Khinshtein, Telegram, 3 May (translated):",
            "Alexander Khinshtein",
            "RU",
        ),
        ("Governor Oleh Syniehubov on Telegram:", "Oleh Syniehubov", "UA"),
        (
            "From the Telegram channel of the Kharkiv Regional Military Administration "
            "(translated):",
            "Kharkiv Regional Military Administration",
            "UA",
        ),
        (
            "Post by Sumy regional administration head Oleh Hryhorov on Facebook:",
            "Oleh Hryhorov",
            "UA",
        ),
    ],
)
def test_a_post_under_a_line_naming_its_author_is_the_authors(gazetteer, header, author, side):
    text = (
        f"{header}\n\nOver the past day, the enemy shelled 12 settlements. According to "
        "preliminary data, one person was killed.\n\nVerkhnia Street: a drone hit a car. "
        "The driver was wounded.\n\nPlease stay in shelters during air-raid alerts!\n"
    )
    claims = analysed(gazetteer, text)
    for words in ("shelled 12 settlements", "one person was killed", "a drone hit a car",
                  "The driver was wounded"):  # fmt: skip
        c = claim_of(claims, words)
        assert (c.source, c.side) == (author, side), words
    assert not [c for c in claims if "shelters" in c.text]  # an appeal, no claim


@pytest.mark.parametrize(
    "line",
    [
        "The governor wrote on Telegram:",  # a cue of its own: an attribution
        "Ivan Fedorov on Telegram. He said:",  # a sentence
        "the head of the region, on Telegram:",  # no name opening the line
        "Vyacheslav Gladkov, Telegram, 14 October",  # no colon closing it
        "Follow us on Telegram:",  # an invitation
        "Subscribe to our Telegram channel:",
    ],
)
def test_no_post_header(line):
    from geo.text.claims.post_headers import post_headers

    assert post_headers(f"{line}\n\nA drone hit a car.\n") == []


def test_an_agency_retelling_goes_on_after_according_to(gazetteer):
    text = (
        "BELGOROD, October 14. /TASS/. A drone attacked a car in Shebekino, Governor "
        "Vyacheslav Gladkov said.\n\nAccording to Gladkov, the driver was taken to hospital. "
        "In the village of Novaya Tavolzhanka, a drone dropped an explosive device on a "
        "house; nobody was hurt.\n"
    )
    c = claim_of(analysed(gazetteer, text), "dropped an explosive device")
    assert "Gladkov" in c.source and c.side == "RU"


def test_an_agency_retelling_does_not_reach_a_description(gazetteer):
    text = (
        "BELGOROD, October 14. /TASS/. According to Gladkov, the driver was taken to "
        "hospital. Shebekino lies about 7 km from the border with Ukraine.\n"
    )
    assert not [c for c in analysed(gazetteer, text) if "lies about" in c.text]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A local elder in Moqokori, who asked not to be named for fear of reprisals, said "
            "he had seen the bodies of 15 soldiers.",
            "elder",
        ),
        ("Residents I spoke to say hundreds of families have fled toward Hinche.", "residents"),
        ("Villagers we talked with said the army had shelled the market in Bhamo.", "villagers"),
    ],
)
def test_people_of_a_place_speak_not_the_place(gazetteer, text, speaker):
    (c,) = analysed(gazetteer, text)
    assert speaker in c.source.lower() and c.side is None


def test_footage_of_the_other_sides_advance_confirms_no_counterattack(gazetteer):
    text = (
        "A Kremlin-affiliated milblogger claimed that Ukrainian forces counterattacked "
        "near Shcherbynivka and pushed Russian forces back. Geolocated footage published "
        "on October 18 indicates that Russian forces advanced along Tsentralna Street in "
        "central Shcherbynivka."
    )
    c = claim_of(analysed(gazetteer, text), "counterattacked")
    assert c.status != "confirmed"


def test_a_question_between_a_claim_and_its_denial(gazetteer):
    text = (
        "DELVA: The gang coalition's leader, Jimmy Cherizier, posted a video saying his men "
        "now control Mirebalais.\n\nANCHOR: What is the government saying?\n\n"
        "DELVA: The national police say that is not true.\n"
    )
    claims = analysed(gazetteer, text)
    assert claim_of(claims, "now control Mirebalais").status == "denied"
    assert not [c for c in claims if "government saying" in c.text]  # a question: no claim


def test_a_question_far_from_any_claim_answers_nothing(gazetteer):
    text = (
        "Jimmy Cherizier said his men control Mirebalais.\n\nANCHOR: Is that so?\n\n"
        "ANCHOR: And the weather?\n\nANCHOR: What about the roads?\n\nANCHOR: Any news?\n\n"
        "DELVA: The national police say that is not true.\n"
    )
    assert claim_of(analysed(gazetteer, text), "control Mirebalais").status == "asserted"


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "In Ethiopia, the Fano militia says it has captured the town of Debre Tabor in "
            "the Amhara region. The federal army called that claim false and said its troops "
            "held the town.",
            "ET",
        ),
        (
            "In Mali, JNIM said it had killed 20 soldiers near Boulkessi. The army said "
            "it had repelled the attack.",
            "ML",
        ),
    ],
)
def test_a_bare_army_after_a_sentence_set_in_a_country(gazetteer, text, side):
    claims = analysed(gazetteer, text)
    assert claims[-1].side == side


def test_a_bare_army_in_another_paragraph_takes_no_scene(gazetteer):
    text = (
        "In Mali, JNIM said it had killed 20 soldiers near Boulkessi.\n\n"
        "The army said it had repelled the attack."
    )
    assert analysed(gazetteer, text)[-1].side != "ML"


@pytest.mark.parametrize(
    ("claim", "concession", "status"),
    [
        (
            "Russia's Black Sea Fleet said it had sunk a Ukrainian patrol boat off Odesa.",
            "Ukraine's navy acknowledged the loss of the boat but said its crew was rescued.",
            "confirmed",
        ),
        (
            "Russia's Defence Ministry said its air defences had shot down a Ukrainian Su-27 "
            "fighter over Zaporizhzhia.",
            "Ukraine's air force confirmed the loss of the Su-27, without giving a cause.",
            "confirmed",
        ),
        (
            "Russia's Defence Ministry said its air defences had shot down a Ukrainian Su-25 "
            "over Zaporizhzhia.",
            "Ukraine's air force confirmed that one of its Su-25 jets had been lost.",
            "confirmed",
        ),
        (
            "The Houthis said they had shot down a U.S. MQ-9 Reaper drone over Marib.",
            "A U.S. official acknowledged the loss of a Reaper but gave no cause.",
            "confirmed",
        ),
        (  # the loss of something else concedes nothing
            "Russia's Black Sea Fleet said it had sunk a Ukrainian patrol boat off Odesa.",
            "Ukraine's navy acknowledged the loss of a drone near Kherson.",
            "asserted",
        ),
    ],
)
def test_the_other_side_conceding_a_loss_confirms_the_hit(gazetteer, claim, concession, status):
    claims = analysed(gazetteer, f"{claim} {concession}")
    assert claims[0].status == status


@pytest.mark.parametrize(
    "sentence",
    [
        "The al Qaeda-linked group has been fighting for more than 15 years to topple "
        "Somalia's central government.",
        "Houthi forces have attacked shipping in the Red Sea for over two years.",
    ],
)
def test_a_long_running_act_counted_in_years_is_history(gazetteer, sentence):
    assert not analysed(gazetteer, sentence)


def test_said_and_accused_are_two_claims_of_one_speaker(gazetteer):
    text = (
        "MOSCOW, Oct 20 (Reuters) - Russia's Defence Ministry said its forces had destroyed "
        "a Ukrainian command post near Kupiansk and accused Kyiv of shelling a hospital in "
        "Donetsk."
    )
    first, second = analysed(gazetteer, text)
    assert "accused" not in first.text and second.text.startswith("accused Kyiv")
    assert first.source == second.source == "Russia's Defence Ministry"
    assert second.side == "RU" and second.cue == "accused"


def test_said_that_another_accused_stays_one_claim(gazetteer):
    text = "Zelenskiy said Ukraine had accused Russia of shelling the Zaporizhzhia plant."
    (c,) = analysed(gazetteer, text)
    assert c.source == "Zelenskiy"


@pytest.mark.parametrize(
    ("denial", "denied", "kept"),
    [
        ("The army denied firing at civilian areas.", "shelling civilians", "no post"),
        ("The army denied that any post had been damaged.", "no post", "shelling civilians"),
    ],
)
def test_a_denial_answers_the_part_it_repeats(gazetteer, denial, denied, kept):
    text = (
        "The militia said no post had been damaged near Kundal Shahi and accused the army of "
        f"shelling civilians in the Neelum valley. {denial}"
    )
    claims = analysed(gazetteer, text)
    assert claim_of(claims, denied).status in ("denied", "disputed")
    assert claim_of(claims, kept).status == "asserted"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "A video shared by Russian Telegram channels on Monday claims to show a Ukrainian "
            "tank destroyed near Pokrovsk, the Kyiv Independent reported.",
            "Russian Telegram channels",
        ),
        (
            "A video posted on the Telegram channel of the 47th Brigade claims to show a "
            "Russian assault repelled near Avdiivka, Ukrainska Pravda reported.",
            "the 47th Brigade",
        ),
        (
            "A video shared on Telegram claims to show Russian troops raising a flag in "
            "Kupiansk, according to the BBC.",
            "a video shared on Telegram",
        ),
    ],
)
def test_a_posted_videos_claim_is_its_posters(gazetteer, text, source):
    (c,) = analysed(gazetteer, text)
    assert c.source == source and c.cue == "claims"


def test_an_outlet_reporting_what_a_source_said_keeps_its_speaker(gazetteer):
    text = "The army said it had repelled an assault near Avdiivka, Ukrainska Pravda reported."
    (c,) = analysed(gazetteer, text)
    assert c.source != "a video"


@pytest.mark.parametrize(
    ("text", "source", "side"),
    [
        ("Our analysis of the footage shows it was filmed near Oleshky.", None, "independent"),
        ("Our review of the clip found that it was recorded in 2024.", None, "independent"),
        (
            "The BBC's analysis of the clip found that it was recorded in 2024.",
            "BBC",
            "independent",
        ),
        (
            "A Reuters analysis of satellite images showed that the bridge near Oleshky had "
            "been destroyed.",
            "Reuters",
            "independent",
        ),
        (
            "Another clip, said to show a drone hitting a depot in Bryansk, was in fact filmed "
            "in Kursk in 2024.",
            None,
            "independent",
        ),
    ],
)
def test_an_outlets_own_finding_is_its_claim(gazetteer, text, source, side):
    (c,) = analysed(gazetteer, text)
    assert (c.source, c.side) == (source, side)
    if source is None:
        assert c.kind == "reported"


def test_a_silence_answers_the_military_claim_just_before(gazetteer):
    text = (
        "A video posted on Russian Telegram channels claims to show Russian troops raising a "
        "flag in Kupiansk.\n\nThe Russian Defence Ministry said its air defences shot down "
        "38 drones over Bryansk region overnight. Kyiv did not comment.\n\nRussian drones "
        "struck a hospital in Sumy, the regional military administration said. Moscow did "
        "not comment."
    )
    claims = analysed(gazetteer, text, date=dt.date(2027, 9, 3))
    assert claim_of(claims, "raising a flag").status == "asserted"
    assert claim_of(claims, "shot down 38 drones").status == "unverified"
    assert claim_of(claims, "struck a hospital").status == "unverified"


def test_a_silence_after_words_on_needs_answers_nothing(gazetteer):
    text = (
        "Zelenskiy said Ukraine needed at least 10 more Patriot systems to protect its "
        "cities. The Kremlin did not immediately respond to a request for comment."
    )
    (c,) = analysed(gazetteer, text)
    assert c.status == "asserted"
