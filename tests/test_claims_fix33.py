"""Claims statuses from tester33: ISW's "has not observed geolocated footage confirming
either side's claims" is a caveat on both claims, not a confirmation (V2); "..., Ukrainian
officials said, contradicting Moscow's assertion" leaves the officials' own claim
asserted (V15)."""

from __future__ import annotations

import pytest

import geo

pytestmark = pytest.mark.gazetteer


def test_unseen_geolocated_footage_leaves_both_claims_unverified(gazetteer):
    text = (
        "Russian milbloggers claimed that Russian forces seized Demidovka. The Russian MoD "
        "claimed that Russian forces repelled the attack. ISW has not observed geolocated "
        "footage confirming either side's claims."
    )
    claims = geo.analyze(text, gazetteer=gazetteer).claims
    assert [c.status for c in claims[:2]] == ["unverified", "unverified"]
    assert all(c.status != "confirmed" for c in claims)


def test_a_negation_does_not_reach_across_but(gazetteer):
    text = "Officials did not give details but confirmed the strike on the depot."
    (claim,) = geo.analyze(text, gazetteer=gazetteer).claims
    assert claim.status == "confirmed"


def test_contradicting_another_partys_assertion_is_no_dispute_of_ones_own(gazetteer):
    text = (
        "Russian forces have not captured Pokrovsk, Ukrainian officials said, contradicting "
        "Moscow's assertion."
    )
    (claim,) = geo.analyze(text, gazetteer=gazetteer).claims
    assert claim.source == "Ukrainian officials" and claim.status == "asserted"
