"""Claims after the seventeenth round's held-out articles (308-315): an outlet's debunk
of a clip, a caveat after a reprinted post, a report's owner, members of a body named
before, a spokesperson's statement of their own, hedged evidence, plural speakers.

Every text here is written for these tests.
"""

import datetime as dt

import pytest

from geo.text.claims.member_sides import member_of
from geo.text.claims.post_headers import post_headers

pytestmark = pytest.mark.gazetteer


def analysed(gazetteer, text, date=dt.date(2027, 11, 12)):
    from geo import analyze

    return analyze(text, gazetteer=gazetteer, date=date).claims


def claim_of(claims, words):
    return next(c for c in claims if words in c.text)


@pytest.mark.parametrize(
    "finding",
    [
        "Our analysis shows the video was filmed in 2023 near Soledar.",
        "Our analysis of the clip found it was in fact filmed near Bakhmut.",
        "We found that the footage was first posted in 2022 on a Syrian channel.",
        "The footage actually dates from 2023, when it was posted near Avdiivka.",
        "Our reverse image search found that the clip was first posted in 2023.",
    ],
)
def test_an_outlets_debunk_disputes_the_clips_claim(gazetteer, finding):
    text = (
        "A video shared by the pro-Kremlin Telegram channel Rybar on Wednesday claims to "
        "show 30 Ukrainian soldiers surrendering near Kupiansk this week.\n\n"
        f"{finding}\n"
    )
    claims = analysed(gazetteer, text)
    clip = claim_of(claims, "surrendering")
    assert clip.source == "Rybar" and clip.status == "disputed"
    own = claim_of(claims, finding[:20])
    assert own.source is None and own.status == "asserted"


@pytest.mark.parametrize(
    "finding",
    [
        # the place the claim named: a confirmation of the place, no debunk
        "We verified that the footage was filmed in Kupiansk by matching the buildings.",
        # another clip than the channel's
        "Another clip, said to show a drone strike, was in fact filmed in Kursk in 2024.",
    ],
)
def test_a_finding_about_the_same_place_or_another_clip_disputes_nothing(gazetteer, finding):
    text = (
        "A video shared by the Telegram channel Rybar claims to show Russian troops raising "
        f"a flag in Kupiansk.\n\n{finding}\n"
    )
    assert claim_of(analysed(gazetteer, text), "raising a flag").status != "disputed"


_POST = (
    "Vladimir Saldo, the Russian-installed head of the Kherson region, on Telegram:\n\n"
    "This morning the militants struck Nova Kakhovka with HIMARS. Three civilians were "
    "killed and seven were injured.\n\nOur air defence units shot down five drones over "
    "Hola Prystan.\n\n"
)


def test_the_outlets_line_after_a_post_ends_it_and_its_caveat_reaches_the_post(gazetteer):
    text = _POST + (
        "The post included no photographs of the damage, and its account could not be "
        "independently verified.\n\nDmytro Pletenchuk, spokesman for Ukraine's navy, said "
        "Ukrainian forces had destroyed two Russian boats.\n"
    )
    claims = analysed(gazetteer, text)
    for words in ("struck Nova Kakhovka", "Three civilians", "five drones"):
        c = claim_of(claims, words)
        assert (c.source, c.side, c.status) == ("Vladimir Saldo", "RU", "unverified"), words
    own = claim_of(claims, "The post included")
    assert own.source is None and own.status == "asserted"


@pytest.mark.parametrize(
    "after",
    ["The post was later deleted.", "Saldo did not say how many drones were launched."],
)
def test_the_outlets_line_after_a_post_is_not_the_authors(gazetteer, after):
    claims = analysed(gazetteer, _POST + after + "\n")
    assert all(after[:15] not in c.text for c in claims if c.source == "Vladimir Saldo")


def test_a_post_ends_at_the_outlets_line_about_it():
    text = "Governor Oleh Syniehubov on Telegram:\n\nA drone hit a car.\n\nThe post was deleted.\n"
    (line,) = post_headers(text)
    assert line.until == text.index("The post")
    (line,) = post_headers("Governor Oleh Syniehubov on Telegram:\n\nA drone hit a car.\n")
    assert line.until is None


def test_a_report_named_after_its_finding_is_its_subjects(gazetteer):
    text = (
        "KYIV, Dec 7 - Human Rights Watch documented at least 14 attacks on civilian "
        "vehicles in Kherson between August and October, according to a report published "
        "on Monday.\n"
    )
    c = claim_of(analysed(gazetteer, text), "14 attacks")
    assert (c.source, c.side) == ("Human Rights Watch", "independent")


def test_a_report_with_its_own_owner_keeps_it(gazetteer):
    text = (
        "KYIV, Dec 7 - Attacks on civilian vehicles in Kherson rose sharply in October, "
        "according to a report by the UN monitoring mission.\n"
    )
    c = claim_of(analysed(gazetteer, text), "rose sharply")
    assert "mission" in c.source


@pytest.mark.parametrize(
    ("first", "second", "source", "side"),
    [
        (
            "Amnesty International said it had found evidence that drone operators "
            "targeted civilians.",
            "The group said it had interviewed 22 survivors.",
            "the group",
            "independent",
        ),
        (
            "The UN Human Rights Monitoring Mission in Ukraine said it had verified 58 "
            "civilian deaths in Kherson region.",
            "The mission said the actual figures were likely higher.",
            "the mission",
            "independent",
        ),
        (
            "Ukraine's Prosecutor General's Office said it had charged a Russian commander.",
            "Prosecutors allege that soldiers detained four men at a checkpoint.",
            "prosecutors",
            "UA",
        ),
        (
            "Ukraine's national police said residents were being evacuated from Kupiansk.",
            '"Officers are still on the eastern bank," a police spokeswoman said.',
            "a police spokeswoman",
            "UA",
        ),
    ],
)
def test_a_member_of_the_body_before_speaks_for_its_side(gazetteer, first, second, source, side):
    claims = analysed(gazetteer, f"KYIV, Dec 7 - {first} {second}\n")
    c = claim_of(claims, second[:25])
    assert (c.source, c.side) == (source, side)


def test_member_of():
    assert member_of("the indictment", "org", "prosecutors", "group")
    assert not member_of("the group", "org", "Vladimir Saldo", "person")
    assert not member_of("the health ministry", "org", "Israel's defence ministry", "org")
    assert not member_of("a spokesman", "person", "the army", "org")


def test_a_spokespersons_statement_of_their_own_keeps_the_governments(gazetteer):
    text = (
        "12:05 - The Kremlin said it was too early to talk about a ceasefire. Kremlin "
        "spokesman Dmitry Peskov told reporters that Russia's goals had not changed.\n"
    )
    claims = analysed(gazetteer, text)
    assert claim_of(claims, "too early").source == "the Kremlin"
    assert claim_of(claims, "goals had not changed").source == "Dmitry Peskov"


def test_a_spokesperson_going_on_with_the_announcement_is_one_claim(gazetteer):
    text = (
        "Russia announced on Friday it would hand over 3,000 bodies. Vladimir Medinsky, "
        'head of Russia\'s negotiating team, stated, "We are ready to do it this week."\n'
    )
    c = claim_of(analysed(gazetteer, text), "3,000 bodies")
    assert c.source == "Vladimir Medinsky" and "this week" in c.text


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Trucks queued for 10 hours at the crossing near Uzhhorod, drivers said.", "drivers"),
        (
            "The Polish and Lithuanian defence ministers said Russian drones had violated "
            "their airspace.",
            "the Polish and Lithuanian defence ministers",
        ),
        (
            "Prosecutors allege that soldiers shot four men. The indictment says the bodies "
            "were found in a forest.",
            "the indictment",
        ),
    ],
)
def test_plural_and_document_speakers(gazetteer, text, source):
    claims = analysed(gazetteer, f"KYIV, Dec 7 - {text}\n")
    assert claims[-1].source == source


def test_a_hedge_is_no_part_of_the_evidence_speaking(gazetteer):
    text = "Imagery from Planet Labs appears to show a large scorch mark near the base.\n"
    c = claim_of(analysed(gazetteer, text), "scorch mark")
    assert c.source.lower() == "imagery from planet labs" and c.side == "independent"


@pytest.mark.parametrize("unit", ["Ukraine's northern group of forces", "Ukraine's 3rd Army Corps"])
def test_a_saying_frame_speaks_as_the_main_clause_names_its_speaker(gazetteer, unit):
    text = (
        "MOSCOW, May 21 (Reuters) - Russian troops have taken control of Vovchansk, "
        "Russia's Defence Ministry said on Wednesday.\n\n"
        f"A spokesman for {unit} denied that Vovchansk had fallen, saying fighting "
        "continued in the town's northern districts.\n"
    )
    c = claim_of(analysed(gazetteer, text), "fighting continued")
    assert (c.source, c.side) == (f"a spokesman for {unit}", "UA")


@pytest.mark.parametrize(
    ("claim", "answer", "words"),
    [
        (
            "Around 30 Ukrainian soldiers surrendered to Russian troops near Kupiansk this "
            "week, the Telegram channel Rybar claimed on Wednesday.",
            "Ukraine's Khortytsia group of forces said no units had surrendered near Kupiansk.",
            "surrendered to Russian troops",
        ),
        (
            "Russian forces captured the village of Petropavlivka, Russia's Defence Ministry "
            "said.",
            "Ukraine's Khortytsia group of forces said no Ukrainian positions near "
            "Petropavlivka had been lost.",
            "captured the village",
        ),
    ],
)
def test_none_had_done_it_disputes_the_other_sides_claim(gazetteer, claim, answer, words):
    claims = analysed(gazetteer, f"KYIV, Nov 12 - {claim}\n\n{answer}\n")
    assert claim_of(claims, words).status == "disputed"
    assert claim_of(claims, answer[:30]).status == "asserted"


def test_none_of_another_kind_disputes_nothing(gazetteer):
    from geo.text.claims.no_such import _NONE_DONE

    m = _NONE_DONE.search("said no civilians were killed in the city")
    assert (m.group("noun"), m.group("verb")) == ("civilians", "killed")
    text = (
        "KYIV, Nov 12 - Ukraine's navy said its drones hit a Russian patrol boat near "
        "Novorossiysk.\n\nThe Russian Defence Ministry said no ships had surrendered.\n"
    )
    assert claim_of(analysed(gazetteer, text), "patrol boat").status == "asserted"


def test_a_fact_checking_desks_finding_disputes_the_clips_claim(gazetteer):
    text = (
        "A photo shared on X by a pro-Kremlin blogger claims to show a Ukrainian Leopard "
        "tank captured near Kurakhove.\n\nAFP Fact Check found the photo was taken in Syria "
        "in 2016.\n"
    )
    claims = analysed(gazetteer, text)
    assert claim_of(claims, "Leopard tank").status == "disputed"
    desk = claim_of(claims, "taken in Syria")
    assert (desk.source, desk.side, desk.status) == ("AFP Fact Check", "independent", "asserted")


def test_a_caveat_after_one_post_does_not_reach_the_next(gazetteer):
    text = _POST + (
        "His account could not be independently verified.\n\n"
        "Oleh Syniehubov, head of the Kharkiv Regional Military Administration, on Telegram:"
        "\n\nThe occupiers struck Kupiansk with guided bombs. Two men were wounded.\n"
    )
    claims = analysed(gazetteer, text)
    assert claim_of(claims, "five drones").status == "unverified"
    c = claim_of(claims, "Two men were wounded")
    assert (c.source, c.side, c.status) == ("Oleh Syniehubov", "UA", "asserted")
