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
