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


def test_evidence_for_only_one_place_leaves_the_claim_unconfirmed(gazetteer):
    text = ("The Russian MoD claimed that Russian forces seized Danylivka and "
            "Novooleksandrivka, but ISW has only observed geolocated evidence of Russian "
            "forces in Danylivka.")  # fmt: skip
    (claim,) = _claims(text, gazetteer)
    assert claim.status == "unverified"
    assert claim.status_cue.startswith("ISW has only observed geolocated evidence")
    text = ("Russian milbloggers claimed that Russian forces advanced in Vovchansk. ISW could "
            "only confirm Russian presence on the northern outskirts.")  # fmt: skip
    assert [c.status for c in _claims(text, gazetteer)] == ["unverified"]


def test_only_elsewhere_is_no_caveat(gazetteer):
    text = "ISW observed only one assault near Pokrovsk."
    assert [c.status for c in _claims(text, gazetteer)] == ["asserted"]


def test_a_servicemember_speaks(gazetteer):
    text = ("A Ukrainian servicemember operating in the direction stated that Russian forces "
            "are using motorcycles near Pokrovsk.")  # fmt: skip
    (claim,) = _claims(text, gazetteer)
    assert (claim.source, claim.side) == ("a Ukrainian servicemember", "UA")


def test_old_footage_under_a_claim_disputes_it(gazetteer):
    text = ("Published 30 November 2026. A Russian milblogger claimed a Ukrainian tank was "
            "hit near Kurakhove, but the footage he posted is from 2024.")  # fmt: skip
    (claim,) = _claims(text, gazetteer)
    assert claim.status == "disputed"
    assert claim.status_cue.startswith("the footage he posted is from 2024")
    text = ("Published 30 November 2026. A Russian milblogger claimed a Ukrainian tank was "
            "hit near Kurakhove, and the footage he posted is from November 2026.")  # fmt: skip
    assert [c.status for c in _claims(text, gazetteer)] == ["asserted"]


def test_the_claimants_own_markings_dispute_the_claim(gazetteer):
    text = ("The Russian Ministry of Defence said the position near Novoekonomichne was "
            "Ukrainian and had been destroyed by Russian forces; the footage shows Russian "
            "markings on the destroyed gun.")  # fmt: skip
    claims = _claims(text, gazetteer)
    assert claims[0].status == "disputed"
    assert claims[0].status_cue == "the footage shows Russian markings on the destroyed gun"
    assert claims[1].responds_to == 0
    text = text.replace("shows Russian markings", "shows Ukrainian markings")
    assert _claims(text, gazetteer)[0].status == "asserted"


def test_the_claims_reach_each_recent_claim_of_their_side(gazetteer):
    text = ("Rybar claimed that Russian assault groups entered Lyman from the east. Another "
            "milblogger, Dva Mayora, claimed that Russian forces are 4 km from Lyman.\n\n"
            "Rybar also claimed that Russian troops cut the road near Rusyn Yar. The "
            "Ukrainian Khortytsia group of forces called the claims \"fantasy\" and said its "
            "troops hold their positions near Lyman.")  # fmt: skip
    claims = _claims(text, gazetteer)
    assert [c.status for c in claims[:3]] == ["disputed"] * 3


def test_a_date_closing_a_post_or_live_page_title_dates_the_article():
    from geo.text.stated_date import stated_date

    for head in (
        "Geolocation thread, November 30, 2026",
        "Live updates, 30 November 2026",
        "OSINT update: strikes in Kharkiv and Donetsk oblasts, December 1, 2026",
        "Kherson Regional Military Administration: shelling over the past day, 1 December 2026",
    ):
        found = stated_date(f"{head}\n\nDrones struck Kupiansk on Sunday, the governor said.")
        assert found is not None and found[0].year == 2026, head
    for head in ("Talks in Geneva, 3 March 2026", "Strikes on Kyiv: what we know, 3 March 2026"):
        assert stated_date(f"{head}\n\nDrones struck Kyiv on Sunday.") is None, head


def test_a_story_opening_with_its_date_and_a_dash(gazetteer):
    text = ("Drone hits plant\n\nNovember 23, 2026 - A Ukrainian drone struck the training "
            "centre in Enerhodar, the plant's management said on Sunday.")  # fmt: skip
    analysis = geo.analyze(text, gazetteer=gazetteer)
    assert str(analysis.date) == "2026-11-23"
    sunday = [d for d in analysis.claims[0].dates if d.text == "on Sunday"]
    assert [d.start for d in sunday] == ["2026-11-22"]
    chronology = text + "\nNovember 24, 2026 - Repairs began."
    assert geo.analyze(chronology, gazetteer=gazetteer).date is None


def test_only_before_the_evidence_place_and_an_old_video(gazetteer):
    text = ("The Russian MoD claimed that Russian forces seized Danylivka and "
            "Novooleksandrivka, but ISW has observed geolocated evidence of Russian forces "
            "only in Danylivka.")  # fmt: skip
    assert [c.status for c in _claims(text, gazetteer)] == ["unverified"]
    text = ("A Russian milblogger claimed a Ukrainian tank was hit near Kurakhove, but the "
            "video is old.")  # fmt: skip
    assert [c.status for c in _claims(text, gazetteer)] == ["disputed"]
    text = ("A Russian milblogger claimed a Ukrainian tank was hit near Kurakhove, and the "
            "video was shared widely.")  # fmt: skip
    assert [c.status for c in _claims(text, gazetteer)] == ["asserted"]
