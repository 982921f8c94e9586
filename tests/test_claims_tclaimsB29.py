"""Session 29 (tclaimsB29): a denied act at other places answers no claim; "the Russian
account" is the latest account of that side, relayed by another speaker too; armed
groups with no side code get a map layer of their own; where armed forces stand is the
article's own claim. All texts are our own prose."""

import pytest

from geo.model import Analysis, Claim
from geo.render import render
from geo.render.scene import build_scene
from geo.render.scene_parts import claim_layer

from .test_render import SUMY, toponym


def _claims(gazetteer, text):
    from geo import analyze

    return analyze(text, gazetteer=gazetteer, date="2026-05-04").claims


def _of(claims, words):
    return next(c for c in claims if words in c.text)


# ------------------------------------------------------------ A1: a denial about elsewhere


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "claim, reaction",
    [
        (
            "Israeli air strikes killed at least 34 people in Jabalia and Khan Younis "
            "overnight, the health ministry said on Monday.",
            "The Israeli military said it had targeted militants in Beit Lahiya, and denied "
            "hitting a shelter near the Nuseirat camp.",
        ),
        (
            "Russian shelling killed four civilians in Kherson on Tuesday, the regional "
            "governor said.",
            "The Russian defence ministry said it had struck military targets near Kramatorsk, "
            "and denied shelling a bus station in Beryslav.",
        ),
    ],
)
def test_a_denied_act_at_other_places_answers_nothing(gazetteer, claim, reaction):
    claims = _claims(gazetteer, f"{claim} {reaction}")
    first = _of(claims, claim[:30])
    assert first.status == "asserted" and first.status_cue == ""
    assert _of(claims, reaction[:30]).responds_to is None


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "reaction",
    [
        # the same place: an answer, as before
        "The Russian defence ministry said it had struck military targets, and denied "
        "shelling a bus station in Kherson.",
        # no place: an answer, as before
        "The Russian defence ministry said it had struck military targets, and denied "
        "shelling civilians.",
    ],
)
def test_a_denied_act_at_the_claims_place_or_none_still_answers(gazetteer, reaction):
    claim = (
        "Russian shelling killed four civilians in Kherson on Tuesday, the regional governor said."
    )
    claims = _claims(gazetteer, f"{claim} {reaction}")
    assert _of(claims, "Russian shelling").status == "denied"


# ------------------------------------------------------------ A2: a relayed account


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "first, relay, verdict, relayed_status",
    [
        (
            "Russian-installed officials in Donetsk said Ukrainian shelling killed five people "
            "at a market.",
            "Pentagon spokesman Pat Ryder said Washington could not confirm Russian claims that "
            "its troops had encircled Pokrovsk.",
            "Analysts at the Institute for the Study of War disputed the Russian account, "
            "saying footage showed Ukrainian forces still in the city.",
            "disputed",
        ),
        (
            "Ukraine's General Staff said it struck an ammunition depot in Crimea.",
            "A British intelligence update repeated Ukrainian reports that a bridge near "
            "Kherson had been hit.",
            "Russian officials rejected the Ukrainian claim.",
            "disputed",
        ),
    ],
)
def test_a_sides_account_relayed_by_another_speaker_is_the_one_answered(
    gazetteer, first, relay, verdict, relayed_status
):
    claims = _claims(gazetteer, " ".join((first, relay, verdict)))
    assert _of(claims, first[:30]).status in ("asserted", "unverified")
    relayed = _of(claims, relay[:30])
    assert relayed.status == relayed_status
    answer = next((c for c in claims if verdict[:30] in c.text), None)
    if answer is not None:
        assert answer.responds_to == claims.index(relayed)


def test_a_rejected_relay_is_no_account_of_that_side():
    # "denied Russian claims" is the denier's word, not a Russian account to answer
    from geo.text.claims.cited_accounts import relays_account
    from geo.text.claims.context import _Draft

    def whole(text):
        return _Draft(0, len(text), "x", "said", "attributed", "", 0, 0, 0)

    text = "Kyiv denied Russian claims that its troops had left Kupiansk."
    assert not relays_account(text, whole(text), "RU")
    text = "Washington could not confirm Russian claims that its troops had left Kupiansk."
    assert relays_account(text, whole(text), "RU")
    assert not relays_account(text, whole(text), "UA")


# ------------------------------------------------------------ A3: armed groups on the map


def _group_analysis() -> Analysis:
    text = "Hamas said its fighters hit a tank near Sumy. The army said it struck Sumy."
    tops = (toponym(text, "Sumy", SUMY, 0), toponym(text, "Sumy", SUMY, 1))
    first = text.index("The army")
    claims = (
        Claim(0, first - 1, text[: first - 1], "Hamas", "said", "asserted", toponyms=(0,),
              party="Hamas"),
        Claim(first, len(text), text[first:], "the army", "said", "asserted", toponyms=(1,),
              side="UA", party="Ukraine"),
    )
    return Analysis(text=text, toponyms=tops, claims=claims)


def test_an_armed_group_with_no_side_code_gets_a_layer_of_its_own():
    a = _group_analysis()
    assert [claim_layer(c) for c in a.claims] == ["Hamas", "UA"]
    assert a.claims[0].side is None  # the contract's field is unchanged (DESIGN.md)
    scene = build_scene(a)
    assert ("Hamas", "Hamas") in scene.sides
    m = render(a, tiles=None, offline=False)
    labels = [label for label, _ in list(m._children.values())[-1].layers]
    assert "Claims: Hamas" in labels and "Claims: Ukraine (UA)" in labels
    assert "Claims: unattributed" not in labels


def test_a_claim_with_neither_side_nor_party_stays_unattributed():
    c = Claim(0, 4, "Text", "residents", "said", "asserted")
    assert claim_layer(c) == ""


# ------------------------------------------------------------ A4: where forces stand


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "sentence",
    [
        "Russian troops were about half a kilometre from Avdiivka.",
        "Ukrainian forces remained in northern Kupiansk.",
        "Russian tanks were spotted near Kreminna on Monday.",
        "RSF fighters were still inside El Fasher.",
    ],
)
def test_where_armed_forces_stand_is_the_articles_claim(gazetteer, sentence):
    claims = _claims(gazetteer, sentence)
    assert len(claims) == 1 and claims[0].kind == "reported" and claims[0].source is None


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "sentence",
    [
        "The village emptied when Russian troops were near Kyiv.",  # a clause of time
        "Soldiers are in Kherson for a ceremony.",  # no side named
        "Russian troops were in Kherson in 2014.",  # history
    ],
)
def test_forces_in_background_or_of_no_side_are_no_claim(gazetteer, sentence):
    assert _claims(gazetteer, sentence) == ()
