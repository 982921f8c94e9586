"""Session 34 (claims34c) fixes: a negated confirmation in any form ("neither side made
confirmed advances"), ISW's partial confirmation ("has only observed evidence in X"),
debunks of footage, a rebuttal of "the claims" reaching each claim of its source, and a
date closing a title or dateline."""

from __future__ import annotations

import geo


def _claims(text, gazetteer):
    return geo.analyze(text, gazetteer=gazetteer).claims


def test_neither_side_made_confirmed_advances_confirms_nothing(gazetteer):
    text = ("Russian forces attacked near Yunakivka on November 24 but neither side made "
            "confirmed advances.")  # fmt: skip
    assert [c.status for c in _claims(text, gazetteer)] == ["asserted"]


def test_negated_confirmations_in_other_forms(gazetteer):
    for text in (
        "Russian forces attacked near Pokrovsk but made no confirmed advances.",
        "Russian forces attacked near Pokrovsk without confirmed gains.",
        "Russian forces struck Pokrovsk. Neither side has confirmed the strike.",
    ):
        assert all(c.status != "confirmed" for c in _claims(text, gazetteer)), text
    text = "Ukrainian forces advanced near Vovchansk, but the gains have not been confirmed."
    assert [c.status for c in _claims(text, gazetteer)] == ["unverified"]


def test_a_confirmation_still_confirms(gazetteer):
    text = ("Russian milbloggers claimed that Russian forces seized Vyimka. Geolocated "
            "footage confirmed that Russian forces seized Vyimka.")  # fmt: skip
    assert _claims(text, gazetteer)[0].status == "confirmed"
