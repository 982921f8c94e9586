"""A denial of another's claim: the claim keeps the claimant's side, whatever the denier's
description says, and the denier keeps its own side when named again.

Every text here is written for these tests.
"""

import datetime as dt

import pytest

pytestmark = pytest.mark.gazetteer


def claims(gazetteer, text):
    from geo import analyze

    return analyze(text, gazetteer=gazetteer, date=dt.date(2025, 11, 29)).claims


@pytest.mark.parametrize(
    "denier",
    [
        "The Ukrainian military's spokesperson for the Khortytsia group, Viktor Trehubov,",
        "Andriy Kovalenko, head of Ukraine's Center for Countering Disinformation,",
        "Ukraine's top commander, Oleksandr Syrskyi,",
    ],
)
def test_the_denied_claim_is_the_claimants(gazetteer, denier):
    first, second = claims(
        gazetteer,
        f"{denier} denied Russian claims that Kostiantynivka is encircled. "
        '"This is simply not true," he said.',
    )
    assert (first.source, first.side, first.status) == ("Russia", "RU", "denied")
    assert second.side == "UA"  # "he": the Ukrainian denier


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The Commander-in-Chief of the Armed Forces of Ukraine Oleksandr Syrskyi said the "
         "front was stable. He added that Pokrovsk held.", "Oleksandr Syrskyi"),
        ("The head of the Institute for Strategic Studies Mykola Bielieskov said Russia lacked "
         "reserves. He said Kupiansk was key.", "Mykola Bielieskov"),
    ],
)
def test_a_bodys_name_before_a_person_is_not_his(gazetteer, text, person):
    # "he" is the person, not "Ukraine Oleksandr Syrskyi" nor "Strategic Studies ..."
    assert claims(gazetteer, text)[1].source == person
