"""Claims after the fourteenth round's held-out articles (274-281): unnamed firms and
consultancies as speakers, a company named by its initials, a no comment about what is
still to come, ages that are no counts.

Every text here is written for these tests.
"""

import pytest

pytestmark = pytest.mark.gazetteer


def analysed(gazetteer, text, date=None):
    from geo import analyze

    return analyze(text, gazetteer=gazetteer, date=date).claims


def claim_of(claims, words):
    return next(c for c in claims if words in c.text)


@pytest.mark.parametrize(
    "speaker", ["a Greek shipping consultancy", "a maritime consultancy", "a shipping consultant"]
)
def test_an_unnamed_consultancy_is_a_speaker(gazetteer, speaker):
    text = f"A bulk carrier was struck by two projectiles off Mokha on Tuesday, {speaker} said."
    (c,) = analysed(gazetteer, text)
    assert c.source == speaker
    assert c.side == "independent"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Strikes left 240,000 households without power, regional power company DTEK "
            "Odesa Grids said on Friday.",
            "DTEK Odesa Grids",
        ),
        (
            "Strikes left 240,000 households without power, DTEK Power Grids said.",
            "DTEK Power Grids",
        ),
        ("Strikes left 9,000 homes without power, the grid operator Ukrenergo said.", "Ukrenergo"),
    ],
)
def test_a_company_named_with_initials_is_no_person(gazetteer, text, source):
    (c,) = analysed(gazetteer, text)
    assert c.source == source


def test_a_titled_person_after_initials_is_still_a_person(gazetteer):
    text = "NATO Secretary General Mark Rutte said 40 ships had been hit since May."
    assert analysed(gazetteer, text)[0].source == "Mark Rutte"


@pytest.mark.parametrize(
    "silence",
    [
        "declined to comment on when power would be restored to the rest of the region",
        "would not say how long the repairs would take",
        "declined to comment on when the remaining lines will be back in service",
    ],
)
def test_a_no_comment_on_what_is_to_come_leaves_the_claim(gazetteer, silence):
    text = (
        "Repair crews had restored supply to about 60,000 households by midday, the company "
        f"said in a statement. A spokeswoman for the company {silence}."
    )
    c = claim_of(analysed(gazetteer, text), "60,000")
    assert c.status == "asserted"


def test_a_no_comment_on_whether_the_claim_holds_still_counts(gazetteer):
    text = (
        "Russia's Defence Ministry said its forces had captured the village of Hryhorivka. "
        "Ukraine's military declined to comment on whether the village had fallen."
    )
    c = claim_of(analysed(gazetteer, text), "Hryhorivka")
    assert c.status == "unverified"


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Among the injured are two children aged 8 and 13, the governor said.", [2]),
        ("Three boys aged between 10 and 14 were wounded in Kharkiv, the mayor said.", [3]),
        ("Five people, aged 4, 9 and 71, were hurt in Sumy, the governor said.", [5]),
    ],
)
def test_ages_are_no_counts(gazetteer, text, values):
    (c,) = analysed(gazetteer, text)
    assert sorted(q.value for q in c.quantities) == values
