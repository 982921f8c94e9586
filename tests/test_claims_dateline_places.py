"""A wire dateline's place is where the copy was filed, not a place the first claim names:
a contradiction about it answers nothing of the claim that follows the dateline."""

from __future__ import annotations

import pytest

from geo import analyze

pytestmark = pytest.mark.gazetteer


def _statuses(text):
    return [(c.source, c.status) for c in analyze(text).claims]


def test_a_contradiction_about_the_dateline_town_leaves_the_first_claim_alone():
    text = (
        "KUPIANSK, Kharkiv Region, June 3 (Interfax) - Russian troops took Pishchane and "
        "Kucherivka, the Russian Defence Ministry said. Ukraine's army said fighting "
        "continued in Kupiansk."
    )
    assert _statuses(text)[0] == ("the Russian Defence Ministry", "asserted")


def test_a_contradiction_about_a_place_the_claim_names_still_disputes_it():
    text = (
        "KUPIANSK, Ukraine (AP) — Russia's Defence Ministry said its forces had captured "
        "Kupiansk. Ukraine's army said fighting continued in Kupiansk."
    )
    assert _statuses(text)[0] == ("Russia's Defence Ministry", "disputed")


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "KYIV — Ukrainian sea drones hit a Russian warship near Novorossiysk, the navy said.",
            "UA",
        ),
        ("KYIV – Ukrainian drones struck an oil depot near Bryansk, the military said.", "UA"),
        ("MOSCOW — Russian drones hit a Ukrainian patrol boat near Ochakiv, the navy said.", "RU"),
    ],
)
def test_a_dateline_of_capitals_and_a_dash_gives_a_bare_body_its_country(text, side):
    (c,) = analyze(text).claims
    assert c.side == side


def test_a_name_in_capitals_before_a_dash_is_no_dateline():
    text = "NATO — Ukrainian sea drones hit a Russian warship near Novorossiysk, the navy said."
    (c,) = analyze(text).claims
    assert c.side != "UA"  # no dateline: the navy of the country attacked, as before


@pytest.mark.parametrize(
    "head",
    [
        "Paris police investigate break-in at downtown pharmacy\n\n",
        "Pharmacy hit in overnight break-in\nBy Jane Roe\n\n",
        "Strike on pharmacy: police appeal for witnesses\n",
    ],
)
def test_a_dateline_after_a_headline_is_where_the_copy_was_filed(head):
    # The headline (and a byline) come first: the dateline still opens the body, so its
    # state ("Texas") and date are not places or dates the first claim speaks of.
    text = head + (
        "PARIS, Texas, Nov. 26 — Police are asking for help after a break-in at a pharmacy "
        "on Clarksville Street in Paris early Tuesday, Police Chief Ray Elliott said."
    )
    a = analyze(text, date="2024-11-26")
    (claim,) = a.claims
    assert claim.text.startswith("Police are asking")
    assert [a.toponyms[i].text for i in claim.toponyms] == ["Paris"]
    assert all(d.text != "Nov. 26" for d in claim.dates)


def test_a_headline_ending_as_a_sentence_is_body_not_a_headline():
    from geo.text.claims.segmentation import dateline_span

    assert dateline_span("Police said it was cold.\nPARIS, Texas — More snow.") == (0, 0)
    assert dateline_span("Cold snap\n\nPARIS, Texas — More snow.") == (11, 26)
    assert dateline_span("NATO - US talks\nNATO - more talks") == (0, 0)


def test_a_dateline_of_two_places_files_from_neither_alone(gazetteer):
    """"KYIV/MOSCOW, Jan 29 -" is no story filed from Moscow: a bare "the General Staff"
    in a story of Russia's war is Ukraine's, as without the dateline; "MOSCOW, Jan 29"
    alone still files from Moscow."""
    import geo

    body = (
        "The two armies gave rival accounts of the fighting near Kupiansk on Wednesday.\n\n"
        "The General Staff in Kyiv said its forces had repelled 26 attacks near Kupiansk. "
        "According to the General Staff, Russia lost 1,130 troops along the front.\n"
    )
    both = geo.analyze("KYIV/MOSCOW, Jan 29 - " + body, gazetteer=gazetteer).claims
    assert [c.side for c in both if c.source == "the General Staff"] == ["UA"]
    moscow = geo.analyze("MOSCOW, Jan 29 (Reuters) - " + body, gazetteer=gazetteer).claims
    assert [c.side for c in moscow if c.source == "the General Staff"] == ["RU"]
