"""Claims kinds the round-16 tester found: places taken for speakers, denials that leak
onto other claims, bullets and governors' posts.  Texts are written for these tests."""

from __future__ import annotations

import pytest

from geo import analyze

pytestmark = pytest.mark.gazetteer


def _claims(text, date=None):
    return analyze(text, date=date).claims


def _by_text(text, date=None):
    return {c.text: c for c in _claims(text, date)}


# -- 1. places are no speakers ---------------------------------------------------------


@pytest.mark.parametrize(
    "site",
    ["the nearby Ras Isa fuel terminal", "the Abu Ghraib prison", "the Umm Qasr port"],
)
def test_a_site_named_like_a_person_is_not_what_he_refers_to(site):
    text = (
        f"Airstrikes hit {site} overnight, state television reported. "
        "He claimed 30 fighters were killed."
    )
    last = _claims(text)[-1]
    assert last.source is None or ("Isa" not in last.source and "Ghraib" not in last.source)
    assert last.source != "Umm Qasr"


def test_he_goes_back_to_an_official_tied_to_a_described_body():
    text = (
        "Fighting flared south of Marib, a military official loyal to the internationally "
        "recognised government said. He claimed 30 Houthi fighters were killed."
    )
    first, second = _claims(text)
    want = "a military official loyal to the internationally recognised government"
    assert first.source == want
    assert second.source == want


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Militants stormed a camp for displaced people in Bama, abducting women who had "
            "gone to fetch firewood, said Babagana Zulum, the Borno state governor.",
            "Babagana Zulum",
        ),
        (
            "Russian troops shelled a school in Kupiansk, killing two teachers, said Oleh "
            "Syniehubov.",
            "Oleh Syniehubov",
        ),
    ],
)
def test_a_name_closing_the_sentence_speaks_not_the_place_before_a_participle(text, source):
    (claim,) = _claims(text)
    assert claim.source == source


@pytest.mark.parametrize(
    "text",
    [
        "Zelensky, speaking in Kyiv, said Putin had lied about the talks.",
        "Zelensky, in a video address, said Ivan Petrov, a local farmer, was killed by shelling.",
    ],
)
def test_a_name_after_the_cue_that_goes_on_into_a_clause_is_what_is_said(text):
    (claim,) = _claims(text)
    assert claim.source == "Zelensky"


def test_a_state_governor_named_after_the_cue_takes_the_states_side():
    text = (
        "Militants stormed a camp in Bama, abducting women, said Babagana Zulum, the Borno "
        'state governor. "We will not abandon our people," Zulum said.'
    )
    assert [(c.source, c.side) for c in _claims(text)] == [
        ("Babagana Zulum", "NG"),
        ("Babagana Zulum", "NG"),
    ]


# -- 2. denials reach what they deny, and only that ------------------------------------


def test_a_denial_that_a_town_fell_leaves_the_same_partys_other_claims_alone():
    text = (
        "Russian forces have taken full control of the city of Krasnoarmeysk in the "
        "Donetsk region, Russia's Defense Ministry said Thursday. The ministry said units "
        "of the Center group of forces also advanced on the outskirts of Dzerzhinsk and "
        "repelled counterattacks near Ugledar, which Moscow says it captured last autumn. "
        "Ukraine's military spokesman Viktor Trehubov denied that Krasnoarmeysk had fallen."
    )
    statuses = [c.status for c in _claims(text)]
    assert statuses[0] == "denied"
    assert statuses[1:3] == ["asserted", "asserted"]


def test_a_denial_naming_a_town_answers_the_claim_about_it_not_the_one_just_before():
    text = (
        "Russia's Defence Ministry said its troops had captured Kupiansk. The ministry "
        "also said it had destroyed 40 drones overnight. Ukraine's army denied that "
        "Kupiansk had been captured."
    )
    claims = _claims(text)
    assert [c.status for c in claims[:2]] == ["denied", "asserted"]


@pytest.mark.parametrize(
    "text",
    [
        "Moscow says strikes hit military targets in Kyiv. The Kremlin said the strikes "
        "targeted military-industrial facilities and denied hitting civilian buildings.",
        "Russia's Defence Ministry said its missiles hit an arms depot in Odesa. The "
        "Kremlin said it had struck military targets only and denied attacking civilians.",
    ],
)
def test_an_actors_own_denial_does_not_deny_its_own_sides_claim(text):
    first = _claims(text)[0]
    assert first.side == "RU"
    assert first.status == "asserted"


def test_an_actors_denial_still_answers_the_other_sides_accusation():
    text = (
        "Ukrainian officials said Russian forces shelled a market in Kharkiv. Russia's "
        "Defence Ministry said its forces struck military targets and denied attacking "
        "civilians."
    )
    assert _claims(text)[0].status == "denied"


@pytest.mark.parametrize(
    "denial",
    [
        "Ukraine denies there were soldiers there.",
        "Ukraine denies its troops were in the area.",
        "Kyiv denies any soldiers were there.",
    ],
)
def test_a_present_tense_denial_of_one_event_answers_the_claim_before(denial):
    text = (
        "Russia's Defense Ministry says it struck what it calls a gathering of Ukrainian "
        f"troops in the Sumy region. {denial}"
    )
    first = _claims(text)[0]
    assert (first.source, first.status) == ("Russia's Defense Ministry", "denied")


def test_a_present_tense_denial_of_a_kind_of_act_stays_a_standing_position():
    text = "Russia says it struck a fuel depot in Odesa. Moscow denies targeting civilians."
    first, second = _claims(text)
    assert first.status == "asserted"
    assert (second.source, second.status) == ("Moscow", "denied")


# -- 4. lists, governors' posts, caveats -----------------------------------------------


def test_a_bullet_that_names_its_own_speaker_speaks_for_no_bullet_after_it():
    text = (
        "Key Takeaways:\n"
        "- Russian forces attacked near Mala Tokmachka on August 13 but did not advance.\n"
        "- Geolocated footage indicates Russian forces advanced to within 5 miles (8 "
        "kilometers) of Kostiantynivka.\n"
        "- Ukrainian drones struck an oil refinery in Novokuibyshevsk, Samara Oblast, "
        "roughly 1,000 km from the front.\n"
    )
    sources = [c.source for c in _claims(text, "2025-08-14")]
    assert sources == [None, "Geolocated footage", None]


def test_the_items_of_a_list_opened_by_a_speaker_stay_the_speakers():
    text = (
        "The Ministry of Defence of Ukraine reports that during the week the Defence Forces:\n"
        "• repelled 1,240 enemy assaults along the entire front line;\n"
        "• destroyed or damaged 96 tanks, according to data from unit reports;\n"
        "• struck 14 command posts.\n"
    )
    sources = {c.source for c in _claims(text)}
    assert sources == {"the Ministry of Defence of Ukraine"}


@pytest.mark.parametrize(
    "title",
    [
        "Kherson Regional Military Administration: daily summary",
        "Zaporizhzhia Oblast Military Administration - daily summary",
    ],
)
def test_a_governors_office_title_voices_the_posts_lines(title):
    text = (
        f"{title}\n\n"
        "Over the past day the enemy shelled 37 settlements of the region.\n\n"
        "As a result of Russian aggression, two people were killed and 14 others were "
        "injured. The enemy damaged 9 high-rise buildings and 21 private houses.\n"
    )
    claims = _claims(text)
    assert len(claims) == 3
    assert {c.side for c in claims} == {"UA"}
    assert all(c.source and "Military Administration" in c.source for c in claims)


def test_a_place_the_speaker_listed_goes_on_with_the_speaker():
    text = (
        "Acting governor of the Kursk region Alexander Khinshtein reported that Ukrainian "
        "drones attacked Glushkovo, Tetkino and Rylsk. In Rylsk, a fuel depot was set on "
        "fire, and two civilians were hospitalised. In Lgov, three people were wounded "
        "by falling debris."
    )
    claims = _claims(text)
    assert [(c.source, c.side) for c in claims[:2]] == [
        ("Alexander Khinshtein", "RU"),
        ("Alexander Khinshtein", "RU"),
    ]
    # a place the speaker did not list is the article's own reporting
    assert claims[2].source is None


def test_a_place_in_the_next_paragraph_is_the_articles_own():
    text = (
        "Acting governor Alexander Khinshtein reported that Ukrainian drones attacked "
        "Glushkovo and Rylsk.\n\nIn Rylsk, two civilians were hospitalised on Friday."
    )
    assert _claims(text)[-1].source is None


def test_reports_from_either_side_after_one_sides_claims_leave_them_unverified():
    text = (
        "The General Staff said Ukrainian troops repelled 12 attacks near Pokrovsk. "
        "Reuters could not independently verify reports from either side."
    )
    first = _claims(text)[0]
    assert (first.source, first.status) == ("the General Staff", "unverified")


@pytest.mark.parametrize(
    "appeal",
    [
        "Residents of the coastal areas are urged to stay in shelters during air raid alerts.",
        "Please do not ignore the air raid alerts.",
        "Residents should stay in shelters until the all-clear.",
    ],
)
def test_an_appeal_in_the_posts_own_voice_is_no_claim(appeal):
    text = (
        "Kherson Regional Military Administration: daily summary\n\n"
        "Over the past day the enemy shelled 37 settlements of the region.\n\n"
        f"{appeal}\n"
    )
    claims = _claims(text)
    assert [c.text for c in claims] == [
        "Over the past day the enemy shelled 37 settlements of the region."
    ]


def test_an_appeal_a_speaker_is_quoted_making_stays_a_claim():
    text = (
        "Kherson Regional Military Administration: daily summary\n\n"
        "Over the past day the enemy shelled 37 settlements of the region.\n\n"
        "Residents are urged to stay in shelters, Oleksandr Prokudin said.\n"
    )
    assert _claims(text)[-1].source == "Oleksandr Prokudin"
