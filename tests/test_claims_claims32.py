"""Session 32 (claims32): a speaker inside an object relative clause ("which Moscow
blamed on ...") is not the sentence's; a caveat over either side's account reaches its own
paragraph's two accounts."""

import pytest

pytestmark = pytest.mark.gazetteer


def _analysis(gazetteer, text):
    from geo import analyze

    return analyze(text, gazetteer=gazetteer)


def _of(claims, words):
    return next(c for c in claims if words in c.text)


def test_a_toll_according_to_an_office_is_not_the_relative_clauses_blamer(gazetteer):
    claims = _analysis(
        gazetteer,
        "The strike, which Moscow blamed on Ukrainian air defence, wounded six people, "
        "according to the regional prosecutor's office.",
    ).claims
    toll = _of(claims, "wounded six people")
    assert toll.source == "the regional prosecutor's office" and toll.side != "RU"


def test_a_relative_clause_saying_something_of_its_own_keeps_its_speaker(gazetteer):
    claims = _analysis(
        gazetteer,
        "The rebels claimed a drone attack on a container ship in the Red Sea, which the "
        "U.S. Central Command said had been shot down.",
    ).claims
    assert _of(claims, "had been shot down").source == "the U.S. Central Command"


def test_either_sides_account_stays_in_its_paragraph(gazetteer):
    claims = _analysis(
        gazetteer,
        "A Russian glide bomb struck a clinic in Sumy on Thursday, the regional military "
        "administration said.\n\n"
        "Russia's Defence Ministry said its forces had hit a command post in the Sumy "
        "region. Ukraine's military said the only target hit was the clinic. Reuters could "
        "not independently verify either side's account.",
    ).claims
    assert _of(claims, "struck a clinic").status == "asserted"
    assert _of(claims, "command post").status == "unverified"
    assert _of(claims, "only target hit").status == "unverified"
