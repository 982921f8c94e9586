"""Claims kinds the round-18 tester found: negated confirmation, verdicts rating the right
claim, denials by their own clause, structural numbers and page furniture. Texts are
written for these tests."""

from __future__ import annotations

import pytest

from geo import analyze
from geo.text.claims.structural import structural_numbers
from geo.text.numbers import find_quantities

pytestmark = pytest.mark.gazetteer


def _claims(text, date=None):
    return analyze(text, date=date).claims


def _by_start(text, start, date=None):
    return next(c for c in _claims(text, date) if c.text.lstrip("0123456789/ ").startswith(start))


# -- a negated confirmation confirms nothing ---------------------------------------------


@pytest.mark.parametrize(
    "disclaimer",
    [
        "Nothing here is confirmed independently unless marked.",
        "None of this has been verified by our team.",
        "No one has confirmed the figures so far.",
    ],
)
def test_a_negated_confirmation_is_no_confirmation(disclaimer):
    text = f"Drones struck the port of Izmail overnight. {disclaimer}"
    assert all(c.status != "confirmed" for c in _claims(text))


def test_a_plain_confirmation_still_confirms():
    text = (
        "Russia said its forces had struck a depot near Pavlohrad. Governor Serhiy Lysak "
        "confirmed the strike."
    )
    assert _by_start(text, "Russia said").status == "confirmed"


# -- a verdict rates the claim it closes --------------------------------------------------

_THREAD = (
    "1/ What we know about the night's strikes.\n\n"
    "2/ Governor Serhiy Lysak says an enterprise in Pavlohrad was hit and 3 people were "
    "injured.\n\n"
    "3/ A second wave hit Kryvyi Rih. {claimant} claims it was a training centre for "
    "foreign instructors. No evidence for that. Rating: {rating}.\n\n"
    "4/ More later."
)


@pytest.mark.parametrize("claimant", ["A Russian milblogger", "The channel Rybar"])
@pytest.mark.parametrize(
    ("rating", "status"), [("Unsubstantiated", "unverified"), ("False", "denied")]
)
def test_a_verdict_closing_a_post_rates_that_posts_claim(claimant, rating, status):
    text = _THREAD.format(claimant=claimant, rating=rating)
    assert _by_start(text, claimant).status == status
    assert _by_start(text, "Governor").status == "asserted"


@pytest.mark.parametrize(
    ("rating", "status"),
    [("Mostly false", "disputed"), ("Partly false", "disputed"), ("False", "denied")],
)
def test_a_verdict_before_a_dash_rates_the_claim_after_it(rating, status):
    text = (
        "Police said a gang was behind the car bomb in Guayaquil.\n\n"
        f"Rating: {rating} — a viral video claiming to show soldiers in Esmeraldas burning "
        "ballots was filmed in Colombia in 2022, our fact-check team found."
    )
    assert _by_start(text, "Rating").status == status
    assert _by_start(text, "Police").status == "asserted"


def test_mostly_false_as_a_verdict_of_its_own_disputes():
    text = (
        "Claim: A video shared on Telegram claims to show a Ukrainian tank burning in Kursk.\n\n"
        "Rating: Mostly false."
    )
    assert _by_start(text, "Claim").status == "disputed"


# -- a denial answers what its own clause repeats -----------------------------------------


@pytest.mark.parametrize("then", ["and said", "but said", "and added"])
def test_a_denial_answers_its_own_clause_not_what_it_says_next(then):
    text = (
        "Drones struck a car near Sinjar on Monday, killing two members of a local militia, "
        "the mayor's office said.\n\n"
        "Turkey's Defence Ministry said its aircraft had neutralised 14 militants in Qandil. "
        f"A news agency close to the group denied that any fighters had been killed in Qandil "
        f"{then} two shepherds had died near Sidakan."
    )
    assert _by_start(text, "Turkey").status == "denied"
    assert _by_start(text, "Drones struck").status == "asserted"


# -- numbers that count nothing ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("4/ Reports of 3 strikes near Synelnykove.", ["3"]),
        ("12/ End of thread, 2 posts deleted.", ["2"]),
        ("Troops crossed the H\u00ad-20 road near 5 villages.", ["5"]),
        ("Troops crossed the H\u00ad20 road near 5 villages.", ["5"]),
        ("It claims about two-thirds of the territory and three quarters of 40 mines.", ["40"]),
        ("SITUATION REPORT No. 47     Page 3 of 12", []),
        ("The bridge fell, see page 4, and 6 people died.", ["6"]),
        ("Shelling went on through the period.3 On Monday 4 civilians died.", ["4"]),
    ],
)
def test_structural_numbers_count_nothing(text, kept):
    qs = find_quantities(text)
    dropped = structural_numbers(text, qs)
    assert [q.text for i, q in enumerate(qs) if i not in dropped] == kept


def test_a_count_at_a_lines_start_is_still_a_count():
    text = "Overnight:\n3 drones were downed near Kharkiv.\n4 / 5 is a ratio."
    qs = find_quantities(text)
    assert [qs[i].text for i in structural_numbers(text, qs)] == []


_PDF = (
    'HUMANITARIAN SITUATION REPORT No. 47                       Page 3 of 12\n'
    'Eastern Ukraine - Civilian Impact\n'
    '\n'
    '\n'
    '1.4 Donetsk Oblast\n'
    '\n'
    'Shelling of Kramatorsk continued throughout the reporting\n'
    'period.3 On 24 November, a guided bomb struck a building in\n'
    'Druzhkivka, killing four civilians.4 Partners reported that about\n'
    '1,200 people remain in Kupiansk.5\n'
    '\n'
    'HUMANITARIAN SITUATION REPORT No. 47                       Page 4 of 12\n'
    '\n'
    '3 Regional military administration, 25 November 2026.\n'
    '4 National Police of Ukraine, 24 November 2026.\n'
    '5 OCHA field office, Kharkiv.\n'
)


def test_page_headers_and_footnotes_are_no_claims():
    claims = _claims(_PDF, "2026-11-28")
    assert not [c for c in claims if "REPORT" in c.text or "National Police" in c.text]
    assert not [c for c in claims if c.text.startswith(("3 Regional", "5 OCHA"))]


def test_a_numbered_line_without_a_marker_is_still_a_claim():
    text = (
        "Losses reported overnight:\n\n"
        "3 Russian soldiers were killed near Huliaipole on 24 November, the brigade said.\n"
    )
    assert any(c.text.startswith("3 Russian") for c in _claims(text, "2026-11-28"))


# -- a place after "the village of" is no person --------------------------------------------


@pytest.mark.parametrize(
    "where", ["near the village of Kabbon Takas", "outside Barangay Tulay Lima"]
)
def test_she_is_the_spokesperson_not_the_village(where):
    text = (
        "Lt. Col. Ana Reyes, the command's spokesperson, said soldiers recovered two rifles "
        f"after a firefight {where}. She said the group was the last remnant in Sulu."
    )
    assert _by_start(text, "She said").source == "Ana Reyes"


def test_a_person_named_after_a_preposition_is_still_a_person():
    text = (
        "A Russian court jailed Ivan Petrov Morozov for 12 years on Monday. "
        "Morozov said the case against him was political."
    )
    assert _by_start(text, "Morozov said").source == "Ivan Petrov Morozov"


# -- an organisation's name before a service's noun -----------------------------------------


@pytest.mark.parametrize(
    "speaker",
    [
        "the Magen David Adom ambulance service",
        "the Palestine Red Crescent Society ambulance service",
        "the Israeli fire service",
    ],
)
def test_a_named_service_is_the_speaker_not_its_head_noun(speaker):
    text = f"Two people were wounded in a rocket strike on Ashkelon on Tuesday, {speaker} said."
    assert _by_start(text, "Two people").source == speaker


# -- occupation and de facto authorities --------------------------------------------------


def test_an_official_of_a_movement_together_with_russia_is_on_russias_side():
    text = (
        "MOSCOW, November 27. /TASS/. Vladimir Rogov, chairman of the Zaporozhye region's "
        "public movement We Are Together with Russia, told TASS that Ukrainian forces shelled "
        "Energodar on Thursday, damaging a substation."
    )
    assert _by_start(text, "Vladimir Rogov").side == "RU"


@pytest.mark.parametrize(
    ("speaker", "side"),
    [
        ("The de facto authorities in Tskhinvali", "RU"),
        ("The breakaway authorities in Sukhumi", "RU"),
        ("The de facto authorities in Kabul", "AF"),
    ],
)
def test_de_facto_authorities_on_land_russia_holds_are_russias(speaker, side):
    text = f"{speaker} said on Thursday that two men had been detained for crossing the line."
    assert _by_start(text, speaker.split()[0]).side == side


# -- a line between two of a speaker's ------------------------------------------------------

_MOD = (
    "MOSCOW, November 27. /TASS/. Units of the Battlegroup South improved their tactical "
    "position near Artemovsk, the Russian Defense Ministry said. {middle} {after}"
)


@pytest.mark.parametrize(
    "middle",
    [
        "Artillery hit enemy positions near Artemovsk, Chasov Yar and Seversk.",
        "Two ammunition depots were hit near Konstantinovka overnight.",
    ],
)
def test_a_line_between_two_of_the_ministrys_is_the_ministrys(middle):
    text = _MOD.format(
        middle=middle, after="The enemy lost up to 210 servicemen in that area, the ministry said."
    )
    line = _by_start(text, middle[:20])
    assert line.source == "the Russian Defense Ministry"
    assert line.side == "RU"


@pytest.mark.parametrize(
    "after",
    [
        "Ukraine's General Staff said its forces repelled 14 attacks near Chasiv Yar.",
        "\n\nThe enemy lost up to 210 servicemen in that area, the ministry said.",
    ],
)
def test_a_line_not_between_one_speakers_stays_the_outlets(after):
    middle = "Two ammunition depots were hit near Konstantinovka overnight."
    text = _MOD.format(middle=middle, after=after)
    assert _by_start(text, middle[:20]).source is None


def test_the_outlets_own_line_between_them_stays_its_own():
    middle = "Our correspondent saw 2 burned trucks near Konstantinovka on Thursday."
    text = _MOD.format(
        middle=middle, after="The enemy lost up to 210 servicemen in that area, the ministry said."
    )
    line = _by_start(text, middle[:20])
    assert line.source != "the Russian Defense Ministry"


# -- an anonymous official between the speaker and the cue ----------------------------------


@pytest.mark.parametrize(
    "speaker",
    [
        "an official speaking on condition of anonymity told us",
        "a police officer speaking on condition of anonymity said",
    ],
)
def test_an_anonymous_official_after_the_claim_is_its_speaker(speaker):
    text = f"Security forces cleared three villages near Turbat on Monday, {speaker}."
    claim = _by_start(text, "Security forces")
    assert claim.source is not None and claim.source.split()[-1] in ("official", "officer")


# -- a named body's head noun before "in Place" -------------------------------------------


@pytest.mark.parametrize("head", ["Forum", "Federation", "Association", "Union"])
def test_a_named_body_in_a_place_is_the_body_not_the_place(head):
    text = (
        "Two houses were burned in Kangpokpi on Sunday, the Indigenous Tribal Leaders' "
        f"{head} in Churachandpur said."
    )
    source = _by_start(text, "Two houses").source
    assert source == f"the Indigenous Tribal Leaders' {head} in Churachandpur"


@pytest.mark.parametrize("opening", ["Inside Turkey", "In Turkey", "Within Turkey"])
def test_the_army_of_the_country_a_sentence_opens_inside(opening):
    text = (
        "Turkish drones struck a village near Sinjar on Monday, Iraqi officials said.\n\n"
        f"{opening}, the army said two soldiers were killed in clashes with militants."
    )
    assert _by_start(text, opening).side == "TR"


def test_a_line_between_two_of_a_persons_stays_the_outlets():
    text = (
        "Governor Oleh Syniehubov said a drone hit a school in Kharkiv on Monday. "
        "Two ammunition depots were hit near Kupiansk overnight. "
        "Syniehubov said 3 people were injured in the city."
    )
    assert _by_start(text, "Two ammunition").source is None


# -- a grouping's bulletin and the "s." of a village ----------------------------------------

_GROUPING = (
    "Operational update of the {group} group of forces as of 08:00, 30.11.2026\n\n"
    "Over the past day the enemy carried out 37 assaults in the Kupiansk direction. "
    "Our units repelled attacks near s. Bilohorivka and s. Pishchane.\n\n"
    "Losses of the enemy over the past day: 1,140 personnel, 3 tanks, 41 artillery systems."
)


@pytest.mark.parametrize("group", ["Khortytsia", "Tavria"])
def test_a_groupings_titled_bulletin_voices_its_lines(group):
    text = _GROUPING.format(group=group)
    for start in ("Over the past day", "Our units", "Losses of the enemy"):
        claim = _by_start(text, start)
        assert claim.source == f"{group} group of forces"
        assert claim.side == "UA"


def test_the_s_of_a_village_ends_no_sentence():
    text = _GROUPING.format(group="Khortytsia")
    line = _by_start(text, "Our units")
    assert line.text.endswith("s. Pishchane.")
