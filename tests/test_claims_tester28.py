"""A fresh-eyes tester's findings (round 28): denials of involvement and the claim of
their own sentence, caveats over two accounts, a live page's entries, a caveat naming the
event, a digest of an official's posts, a state body answering an armed group, a quoted
count's unit."""

from __future__ import annotations

import datetime as dt

import pytest

import geo
from geo.text.claims.digest_titles import bare_stamp
from geo.text.claims.struck_parties import named_only_as_target
from geo.text.numbers import find_quantities
from geo.text.stated_date import stated_date


def _claims(gazetteer, text):
    return geo.analyze(text, gazetteer=gazetteer).claims


def _by(claims, words):
    return next(c for c in claims if words in c.text)


# 1. A denial of involvement answers the claim of its own sentence, not a claim that
#    names the denier only as a target.
@pytest.mark.parametrize(
    ("text", "answered", "target"),
    [
        ("Medics in Rafah said a strike on a tent camp killed seven people. The Israeli army "
         "said it had struck a Hamas commander there. Reuters was unable to independently "
         "confirm either account.\n\nThe U.N. children's agency said one of its trucks was "
         "seized by gunmen near Deir al-Balah on Monday; Hamas denied any role.",
         "trucks was seized", "struck a Hamas commander"),
        ("The Lebanese army said it had arrested two Hezbollah members near Tyre. A UNIFIL "
         "spokesperson said a patrol was blocked by armed men near Bint Jbeil on Sunday; "
         "Hezbollah denied any involvement.", "patrol was blocked", "arrested two Hezbollah"),
    ],
)  # fmt: skip
def test_a_denial_of_involvement_answers_its_own_sentence_s_claim(
    gazetteer, text, answered, target
):
    claims = _claims(gazetteer, text)
    denial = next(c for c in claims if c.cue in ("denied", "denies"))
    assert claims[denial.responds_to].text.find(answered) >= 0
    assert _by(claims, answered).status == "denied"
    assert _by(claims, target).status != "denied"


def test_a_party_named_only_as_a_target_is_not_blamed():
    t = "The army said it had struck two senior Hezbollah commanders."
    assert named_only_as_target(t, 0, len(t), "hezbollah")
    t = "The army said Hezbollah fighters fired rockets after it struck Hezbollah sites."
    assert not named_only_as_target(t, 0, len(t), "hezbollah")
    assert not named_only_as_target(t, 0, len(t), "hamas")


# 2. "either account" is the two claims before it, not a side's earlier claims.
def test_either_account_reaches_the_two_claims_before_it_only(gazetteer):
    text = ("The Coordinator of Government Activities in the Territories, the Israeli defence "
            "body that runs the crossings, said 180 aid lorries had entered on Sunday.\n\n"
            "Doctors in Gaza City said an air strike killed nine people. The Israeli military "
            "said it had hit a weapons depot. Reuters could not independently verify either "
            "account.")  # fmt: skip
    claims = _claims(gazetteer, text)
    assert _by(claims, "180 aid lorries").status == "asserted"
    assert _by(claims, "killed nine").status == "unverified"
    assert _by(claims, "weapons depot").status == "unverified"


# 3. A live page's caveat stays inside its entry.
@pytest.mark.parametrize(
    "caveat",
    ["We have not been able to verify either side's claims.",
     "Neither side's account could be independently verified."],
)  # fmt: skip
def test_a_live_entry_keeps_its_caveat(gazetteer, caveat):
    text = (
        "14:22 GMT\nBelarus scrambles jets\n\nBelarus's defence ministry says it scrambled "
        "jets after drones crossed from Ukraine.\n\n13:55 GMT\nRussia says it hit Lviv\n\n"
        f"Russia's defence ministry says it struck military targets in Lviv. {caveat}\n"
    )
    claims = _claims(gazetteer, text)
    assert _by(claims, "scrambled jets after").status == "asserted"
    assert _by(claims, "struck military targets").status == "unverified"


# 4. A caveat naming the event qualifies the claim before; a caveat over two accounts in
#    the second's sentence reaches the first.
@pytest.mark.parametrize(
    "caveat",
    ["The strike could not be independently verified.",
     "The attack could not be independently confirmed.",
     "The blaze has not been independently verified."],
)  # fmt: skip
@pytest.mark.parametrize("gap", [" ", "\n\n"])
def test_a_caveat_naming_the_event_qualifies_the_claim_before(gazetteer, caveat, gap):
    text = ("Russian missiles hit an energy plant near Kharkiv overnight, the regional "
            f"governor said on Sunday.{gap}{caveat}")  # fmt: skip
    claims = _claims(gazetteer, text)
    assert len(claims) == 1
    assert claims[0].status == "unverified" and claims[0].source == "the regional governor"


def test_a_caveat_over_two_claims_in_the_second_s_sentence_reaches_the_first(gazetteer):
    text = ("Ukrainian officials said 14 civilians were wounded in Kherson. Moscow said it had "
            "struck only military sites; Reuters could not verify either claim.")  # fmt: skip
    claims = _claims(gazetteer, text)
    assert [c.status for c in claims] == ["unverified", "unverified"]


def test_a_caveat_over_one_claim_in_its_sentence_stays_there(gazetteer):
    text = ("Ukrainian officials said 14 civilians were wounded in Kherson. Moscow said it had "
            "struck only military sites, a claim Reuters could not verify.")  # fmt: skip
    claims = _claims(gazetteer, text)
    assert [c.status for c in claims] == ["asserted", "unverified"]


# 5. A digest of an official's posts: its entries are the official's, its date the article's.
_DIGEST = (
    "Translated from Russian. Digest of posts by Kursk region governor Alexander Khinshtein "
    "on Telegram, 3 December 2026.\n\n07:40. Over the past day, Rylsk and Sudzha came under "
    "attack: 9 drones and 17 shells.\n\n11:05. A drone hit a car near Glushkovo. The driver "
    "was injured.\n\nKyiv did not comment. Rylsk lies about 20 km from the border.\n"
)


def test_a_digest_s_entries_are_its_author_s(gazetteer):
    a = geo.analyze(_DIGEST, gazetteer=gazetteer)
    assert a.date == dt.date(2026, 12, 3)
    entries = [c for c in a.claims if c.source == "Alexander Khinshtein"]
    assert {c.side for c in entries} == {"RU"}
    assert any("9 drones" in c.text for c in entries) and any(
        "hit a car" in c.text for c in entries
    )
    assert not any(c.text.strip() in ("07:40.", "11:05.") for c in a.claims)
    assert not any("lies about" in c.text for c in a.claims)  # the outlet's note after them


def test_a_digest_title_dates_the_article():
    assert stated_date(_DIGEST)[0] == dt.date(2026, 12, 3)
    assert stated_date("Digest of posts on the war, 3 December 2026 and later.\n\nText") is None


def test_a_bare_time_stamp_is_no_claim():
    assert bare_stamp("08:15.") and bare_stamp("14:22 GMT")
    assert not bare_stamp("At 08:15 a drone hit a car.")


# 6. A state's bare body answering an armed group's claim.
@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("The RSF said it had taken the town of Babanusa. The army denied this, saying it still "
         "held the 22nd Division base.", "SD"),
        ("The Karen National Liberation Army said it had overrun a junta camp near Myawaddy. The "
         "military denied losing any positions.", "MM"),
    ],
)  # fmt: skip
def test_a_bare_army_answering_an_armed_group_speaks_for_its_country(gazetteer, text, side):
    claims = _claims(gazetteer, text)
    assert claims[-1].side == side
    assert claims[-1].responds_to == 0


def test_a_denial_of_a_loss_answers_the_claim_of_a_gain(gazetteer):
    text = (
        "The Arakan Army said its fighters had seized two army outposts near Sittwe. The "
        "claim could not be independently verified. The military denied losing any bases."
    )
    claims = _claims(gazetteer, text)
    assert claims[-1].responds_to == 0 and claims[0].status == "disputed"


def test_a_standing_denial_after_a_claim_of_no_gain_answers_nothing(gazetteer):
    text = ("The Arakan Army said it had opened a school near Sittwe. The military denied "
            "losing any positions.")  # fmt: skip
    assert _claims(gazetteer, text)[-1].responds_to is None


# 7. A quote mark between the number and its noun.
@pytest.mark.parametrize(
    ("text", "unit"),
    [("Zelensky says 'more than 500 drones' launched overnight", "drones"),
     ("He said ‘at least 40 missiles’ were fired", "missiles"),
     ("the 40 soldiers' bodies were returned", "bodies")],
)  # fmt: skip
def test_a_closing_quote_is_no_possessive(text, unit):
    (q,) = find_quantities(text)
    assert q.unit == unit
