"""Claims after the eighteenth round's held-out articles (318-325): a correction notice,
spans of time and a thread's post numbers, a claim its speaker withdrew, a transcript's
bare "No." and "That is propaganda.".

Every text here is written for these tests.
"""

import datetime as dt

import pytest

from geo.text.claims.time_spans import without_time_spans
from geo.text.numbers import find_quantities

pytestmark = pytest.mark.gazetteer


def analysed(gazetteer, text, date=dt.date(2026, 9, 8)):
    from geo import analyze

    return analyze(text, gazetteer=gazetteer, date=date).claims


def claim_of(claims, words):
    return next(c for c in claims if words in c.text)


@pytest.mark.parametrize(
    "notice",
    [
        "Correction: An earlier version of this story misstated the number of drones the "
        "air force said it had shot down. It was 41, not 14.",
        "An earlier version of this article misstated the number of drones the air force "
        "said it had shot down.",
        "This story has been corrected to show that the governor said two people were hurt.",
        "Correction, May 3: A previous version of this article said the air force had shot "
        "down 14 drones.",
    ],
)
def test_a_correction_notice_is_no_claim(gazetteer, notice):
    text = (
        "Ukraine's air force said it had shot down 41 of the 58 drones Russia launched "
        "overnight.\n\n"
        f"{notice}\n"
    )
    claims = analysed(gazetteer, text)
    assert [c.source for c in claims] == ["Ukraine's air force"]
    assert claims[0].status == "asserted"


def test_a_sentence_about_a_correction_elsewhere_stays_a_claim(gazetteer):
    text = "The ministry said the earlier version of the report was wrong about 12 drones.\n"
    assert analysed(gazetteer, text)


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Police said the men shot them two days later near Bucha.", []),
        ("Police said the bodies were found three weeks after the town was retaken.", []),
        ("Police said 4 men were detained two hours earlier.", [4]),
        ("The ministry said 2 days of talks had ended.", [2]),
        ("1/ Russian forces have advanced, the ministry said, killing 3 soldiers.", [3]),
    ],
)
def test_spans_of_time_and_post_numbers_count_nothing(gazetteer, text, counts):
    (c,) = analysed(gazetteer, text)
    assert [q.value for q in c.quantities] == counts


def test_a_thread_numbered_mid_line_keeps_its_number():
    t = "Officials said 4/5 of the town was destroyed."
    assert [q.text for q in without_time_spans(t, find_quantities(t))] == [
        q.text for q in find_quantities(t)
    ]


@pytest.mark.parametrize("when", ["on Nov. 18", "on Monday", "later"])
def test_a_claim_walked_back_is_its_speakers_and_disputed(gazetteer, when):
    text = (
        f"Ukraine's Defense Ministry {when} walked back its claim that Ukrainian forces had "
        "liberated the village of Novoselivka in Zaporizhzhia Oblast.\n\n"
        "A ministry spokesperson told reporters that the information had been premature.\n"
    )
    claims = analysed(gazetteer, text)
    c = claim_of(claims, "liberated")
    assert c.source == "Ukraine's Defense Ministry" and c.side == "UA"
    assert c.status == "disputed"
    assert claim_of(claims, "premature").side == "UA"


@pytest.mark.parametrize(
    "retraction",
    [
        "The ministry later deleted the statement, and the governor said the fire had been "
        "caused by a technical fault.",
        "It later deleted the post.",
        "The ministry's post was later deleted.",
        "The ministry retracted the report on Tuesday.",
    ],
)
def test_a_deleted_statement_disputes_the_speakers_claim(gazetteer, retraction):
    text = (
        "Russia's Emergency Situations Ministry said a Ukrainian drone had hit an oil depot "
        f"in Bryansk Oblast, starting a fire. {retraction}\n"
    )
    c = claim_of(analysed(gazetteer, text), "oil depot")
    assert c.status == "disputed"


def test_a_deletion_by_another_speaker_disputes_nothing(gazetteer):
    text = (
        "Russia's Emergency Situations Ministry said a Ukrainian drone had hit an oil depot "
        "in Bryansk Oblast. The governor said he had deleted the post about the curfew.\n"
    )
    c = claim_of(analysed(gazetteer, text), "oil depot")
    assert c.status == "asserted"


@pytest.mark.parametrize(
    ("reply", "status"),
    [
        ("No.", "denied"),
        ("No. Our units hold the northern part of the city.", "denied"),
        ("That is propaganda.", "disputed"),
        ("That is not true.", "denied"),
        ("No, that is not true.", "denied"),
    ],
)
def test_a_labelled_reply_answers_the_quoted_claim(gazetteer, reply, status):
    text = (
        "Transcript of an interview with Oleksandr Syrskyi, commander-in-chief of Ukraine's "
        "armed forces.\n\n"
        "HOST: Russia's defence ministry says its troops now control Pokrovsk. Is that true?\n\n"
        f"SYRSKYI: {reply}\n"
    )
    claims = analysed(gazetteer, text)
    assert claim_of(claims, "now control").status == status
    if "northern" in reply:
        own = claim_of(claims, "northern part")
        assert own.source == "Oleksandr Syrskyi" and own.status == "asserted"


def test_a_bare_no_to_another_question_denies_nothing(gazetteer):
    text = (
        "Transcript of an interview with Oleksandr Syrskyi, commander-in-chief of Ukraine's "
        "armed forces.\n\n"
        "HOST: Russia's defence ministry says its troops now control Pokrovsk. Did you "
        "expect the attack?\n\n"
        "SYRSKYI: No.\n"
    )
    assert claim_of(analysed(gazetteer, text), "now control").status == "asserted"


THREAD = (
    "Thread by Frontline Watch (@FrontWatchOSINT), an independent open-source research "
    "group, posted on X on 3 July 2026\n\n"
    "1/ Russian forces have advanced into the western part of Chasiv Yar.\n\n"
    "2/ We matched the building and the water tower. This confirms the Russian Defence "
    "Ministry's claim of 1 July that its troops had reached the street.\n\n"
    "3/ However, we see no evidence for the MoD's claim that Chasiv Yar has been fully "
    "captured.\n\n"
    "4/ Ukraine's 24th Mechanized Brigade said on Telegram that it had destroyed three "
    "Russian armoured vehicles near the canal. We could not geolocate that video.\n\n"
    "5/ Our map has been updated. End of thread.\n"
)


def test_a_threads_byline_voices_its_numbered_posts(gazetteer):
    claims = analysed(gazetteer, THREAD, dt.date(2026, 7, 3))
    first = claim_of(claims, "western part")
    assert first.source == "Frontline Watch" and first.side == "independent"
    assert not first.quantities
    assert not any("map has been updated" in c.text or "End of thread" in c.text for c in claims)
    brigade = claim_of(claims, "armoured vehicles")
    assert brigade.status == "unverified" and [q.value for q in brigade.quantities] == [3]


def test_a_claim_judged_by_name_is_its_owners(gazetteer):
    claims = analysed(gazetteer, THREAD, dt.date(2026, 7, 3))
    reached = claim_of(claims, "reached the street")
    assert reached.source == "Russian Defence Ministry" and reached.side == "RU"
    assert reached.status == "confirmed"
    captured = claim_of(claims, "fully captured")
    assert captured.source == "MoD" and captured.side == "RU" and captured.status == "disputed"
    assert not any(c.text.startswith("3/ However") for c in claims)
    assert claim_of(claims, "water tower").status == "asserted"


@pytest.mark.parametrize(
    ("judge", "status"),
    [
        ("Satellite images from Friday contradict Moscow's claim that", "disputed"),
        ("Geolocated footage corroborates the ministry's claim that", "confirmed"),
    ],
)
def test_a_named_claim_judged_inside_a_sentence(gazetteer, judge, status):
    text = f"{judge} Russian troops had entered Siversk.\n"
    c = claim_of(analysed(gazetteer, text), "entered Siversk")
    assert c.status == status and c.source in ("Moscow", "ministry")


def test_a_labelled_claim_and_rating_reach_the_posts_named_after_them(gazetteer):
    text = (
        "FACT CHECK: Did Ukraine shoot down a Russian A-50?\n\n"
        "Claim: Ukrainian air defence destroyed a Russian A-50 aircraft over the Sea of "
        "Azov on 17 February.\n\n"
        "Rating: False\n\n"
        "Posts shared thousands of times on Facebook and Telegram say a Patriot battery shot "
        "down the A-50 near Berdiansk. The air force's spokesman Yuriy Ihnat told us that the "
        "force had no information about an A-50 that day.\n"
    )
    claims = analysed(gazetteer, text, dt.date(2027, 2, 22))
    labelled = claim_of(claims, "Claim: Ukrainian air defence")
    posts = claim_of(claims, "Patriot battery")
    assert "Posts" in posts.source and posts.status == "denied"
    assert labelled.source == posts.source and labelled.status == "denied"
    assert claim_of(claims, "no information").status == "asserted"


def test_evidence_reviewed_by_our_team_is_the_outlets_finding(gazetteer):
    text = "Flight-tracking data reviewed by our team show that the aircraft last flew on 12 May.\n"
    (c,) = analysed(gazetteer, text)
    assert c.source is None


def test_a_deleted_posts_relative_clause_is_its_owners_disputed_claim(gazetteer):
    text = (
        "Ukraine's Defense Ministry said on Monday that the 65th Mechanized Brigade had "
        "reached the outskirts of Novoselivka.\n\n"
        "The ministry's post, which said the brigade had \"fully cleared\" the village, was "
        "deleted in the afternoon.\n"
    )
    claims = analysed(gazetteer, text)
    c = claim_of(claims, "fully cleared")
    assert c.source == "Ukraine's Defense Ministry" and c.side == "UA"
    assert c.status == "disputed"


@pytest.mark.parametrize(
    ("text", "source", "side"),
    [
        # a unit's lower-case ordinal after the possessive
        ("Ukraine's 57th brigade, which defends the area, said on Tuesday that it had lost "
         "no armour near Vovchansk.", "Ukraine's 57th brigade", "UA"),
        ("Russia's 20th army said it had taken Lyptsi.", "Russia's 20th army", "RU"),
        # the Armed Forces of Ukraine as Russian copy abbreviates them
        ("Channels of the AFU said Russian troops had been pushed out of Lyptsi.",
         "channels of the AFU", "UA"),
        # a bloc and a state: no one side
        ("The EU and the US said Russian troops had struck a hospital in Kharkiv.",
         "the EU and the US", None),
        ("The US said Russian troops had struck a hospital in Kharkiv.", "the US", "US"),
        # a clip's claim is its poster's, as a video's
        ("A clip posted on Telegram on Monday claims to show a Russian tank destroyed near "
         "Lyptsi.", "a clip posted on Telegram", "independent"),
    ],
)  # fmt: skip
def test_speakers_and_sides_of_real_reporting(gazetteer, text, source, side):
    c = analysed(gazetteer, text)[-1]
    assert (c.source, c.side) == (source, side)


@pytest.mark.parametrize(
    ("leader", "side"),
    [
        ("In Cambodia, Prime Minister Hun Manet said", "KH"),
        ("Hun Manet, who heads the government in Phnom Penh, said", "KH"),
        ("In Cambodia, resident Sok Dara said", None),  # no head of government
    ],
)
def test_a_head_of_government_the_text_places_in_a_country(gazetteer, leader, side):
    text = f"Thailand's army said Cambodian troops fired first. {leader} his troops held.\n"
    c = claim_of(analysed(gazetteer, text), "troops held")
    assert c.side == side


@pytest.mark.parametrize(
    ("answer", "status"),
    [
        ("no civilians were killed in Kharkiv", "asserted"),  # other people
        ("no one was killed in Kharkiv", "disputed"),
        ("no soldiers were killed in Kharkiv", "disputed"),
    ],
)
def test_an_answer_about_other_people_disputes_nothing(gazetteer, answer, status):
    text = (
        "Russia's Defence Ministry said its strike killed 50 Ukrainian soldiers in Kharkiv. "
        f"Kharkiv governor Oleh Syniehubov said {answer}.\n"
    )
    assert claim_of(analysed(gazetteer, text), "50 Ukrainian").status == status


@pytest.mark.parametrize(
    ("opening", "status"),
    [("", "asserted"), ("Fact check: ", "denied")],
)
def test_a_bare_verdict_rates_only_in_a_fact_check(gazetteer, opening, status):
    text = f"{opening}Russia's Defence Ministry said its troops took Lyptsi. The report is false."
    claims = analysed(gazetteer, text)
    assert len(claims) == 1 and claims[0].status == status


def test_a_claim_walked_back_in_a_sentence_with_no_cue(gazetteer):
    text = (
        "Russia's Defence Ministry on Monday walked back an earlier claim that its troops "
        "had taken Lyptsi.\n"
    )
    (c,) = analysed(gazetteer, text)
    assert (c.source, c.side, c.status) == ("Russia's Defence Ministry", "RU", "disputed")
