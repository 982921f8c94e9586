"""Claims kinds the round-17 tester found: sourcing that leaks onto the lines after it,
posts by occupation officials, denials of the wrong claim, fact-check verdicts, transcript
labels and joint statements.  Texts are written for these tests."""

from __future__ import annotations

import pytest

from geo import analyze

pytestmark = pytest.mark.gazetteer


def _claims(text, date=None):
    return analyze(text, date=date).claims


def _by_start(text, start, date=None):
    return next(c for c in _claims(text, date) if c.text.startswith(start))


# -- "according to" sources its own line of a bulletin ---------------------------------


@pytest.mark.parametrize("source", ["the Ukrainian General Staff", "the AFU command"])
@pytest.mark.parametrize(
    "later",
    [
        "Our units took control of Ivanivka.",
        "South of the town, fighting continues for Ivanivka and Stepove.",
        "On the Orikhiv direction, the enemy retreats towards Stepove.",
    ],
)
def test_according_to_in_a_bulletin_in_its_own_voice_covers_its_line_only(source, later):
    text = (
        "On the Pokrovsk direction, our troops are clearing the outskirts of Pokrovsk. "
        f"In Myrnohrad, according to {source}, supply is possible only by drones. "
        f"{later}"
    )
    sourced = _by_start(text, "In Myrnohrad")
    assert sourced.source == source
    line = _by_start(text, later[:12])
    assert line.source is None


def test_a_staff_bulletin_goes_on_after_its_according_to():
    text = (
        "The enemy launched 3 missile strikes and 40 air strikes, according to the General "
        "Staff of the Armed Forces of Ukraine.\n\n"
        "Kupiansk direction: eight attacks were repelled near Kindrashivka."
    )
    line = _by_start(text, "Kupiansk direction")
    assert line.source is not None and "General Staff" in line.source


# -- a post under a byline naming its author ---------------------------------------------

_PUSHILIN = (
    "Telegram, 3 May 2025. Post by Denis Pushilin, head of the Russian-installed "
    "administration of the Donetsk region.\n\n"
    "Overnight the enemy shelled Horlivka with cluster munitions; two civilians were "
    "wounded. The shells were fired from Toretsk, according to our military.\n"
)
_FEDOROV = (
    "Telegram channel of the head of the Zaporizhzhia Regional Military Administration "
    "Ivan Fedorov, 4 May 2025\n\n"
    "Russian troops struck Zaporizhzhia twice overnight, damaging 12 houses. "
    "Our air defence shot down 9 drones over the region, according to our military.\n"
)


@pytest.mark.parametrize(
    ("text", "author", "side"),
    [(_PUSHILIN, "Denis Pushilin", "RU"), (_FEDOROV, "Ivan Fedorov", "UA")],
)
def test_a_posts_lines_are_its_bylines_author(text, author, side):
    claims = _claims(text)
    assert claims
    own = [c for c in claims if c.source == author]
    assert own and all(c.side == side for c in own)


@pytest.mark.parametrize(("text", "side"), [(_PUSHILIN, "RU"), (_FEDOROV, "UA")])
def test_our_military_in_a_post_is_on_its_authors_side(text, side):
    ours = [c for c in _claims(text) if c.source == "our military"]
    assert ours and all(c.side == side for c in ours)


def test_a_sentence_about_a_post_is_no_byline():
    text = (
        "A post by a resident on Telegram showed smoke over Odesa.\n\n"
        "Russian drones struck the port of Odesa overnight, wounding three people, the "
        "governor said.\n"
    )
    claims = _claims(text)
    assert all(c.source != "Odesa" for c in claims)


# -- a denial answers the claim it denies, its denier named in full ----------------------


@pytest.mark.parametrize(
    "denier",
    [
        "Ukraine's Dnipro operational-strategic group",
        "Ukraine's Kharkiv operational-tactical group",
    ],
)
def test_a_denial_by_a_body_named_for_a_city_answers_the_capture(denier):
    text = (
        "Kharkiv, 3 June 2025 — Russian forces pushed toward Kupiansk, seizing positions near "
        "the village of Petropavlivka, Ukrainian officers said.\n\n"
        "Russia's Defence Ministry claimed on Monday that its troops had taken the village "
        f"of Petropavlivka. {denier} denied that the village had been lost, saying "
        "fighting continued."
    )
    claims = _claims(text, "2025-06-03")
    lead = claims[0]
    russian = next(c for c in claims if c.source == "Russia's Defence Ministry")
    denial = next(c for c in claims if c.cue == "denied")
    assert lead.status == "asserted"
    assert russian.status == "denied"
    assert denial.source == denier and denial.side == "UA"
    assert denial.responds_to == claims.index(russian)
    saying = next(c for c in claims if c.cue == "saying")
    assert saying.source == denier


# -- a fact check's verdict rates the claim it checked -----------------------------------

_CHECKED = (
    "Fact check: no, this is not a strike on Mykolaiv\n\n"
    "A video shared more than 12,000 times on X and Telegram claims to show a Ukrainian "
    'ammunition depot exploding in Mykolaiv on Sunday. The pro-Kremlin channel "Dva '
    'Mayora" wrote that "the depot in Mykolaiv burned all night."\n\n'
    "{verdict} The footage was filmed in Tianjin, China, in 2015.\n\n"
    "Mykolaiv mayor Oleksandr Senkevych said on Monday that no explosion had been "
    "recorded in the city.\n"
)


@pytest.mark.parametrize(
    ("verdict", "status"),
    [
        ("This claim is false.", "denied"),
        ("Verdict: False.", "denied"),
        ("The video is fake.", "denied"),
        ("Rating: Misleading.", "disputed"),
        ("Our verdict: missing context.", "disputed"),
    ],
)
def test_a_verdict_rates_the_checked_claim_and_is_no_claim(verdict, status):
    claims = _claims(_CHECKED.format(verdict=verdict), "2025-06-10")
    video = _by_start(_CHECKED.format(verdict=verdict), "A video shared", "2025-06-10")
    channel = next(c for c in claims if c.cue == "wrote")
    assert video.status == channel.status == status
    assert not any(c.text.startswith(verdict[:8]) for c in claims)
    mayor = next(c for c in claims if c.source == "Oleksandr Senkevych")
    assert mayor.status == "asserted"


def test_the_platforms_are_no_poster_the_channel_is():
    text = _CHECKED.format(verdict="This claim is false.")
    video = _by_start(text, "A video shared", "2025-06-10")
    assert video.source == "Dva Mayora"
    assert video.side == "RU"


def test_a_channel_named_in_quotation_marks_is_the_speaker():
    text = (
        'The Telegram channel "Rybar Files" wrote on Monday that Russian forces had '
        "entered Kupiansk. Ukraine's army said the town remained under its control."
    )
    first = _claims(text, "2025-06-10")[0]
    assert first.source == "Rybar Files"


def test_a_closing_verdict_rates_what_the_first_rated():
    text = (
        "A video posted on Telegram on Friday claims to show a downed Russian jet near "
        "Kherson.\n\n"
        "This claim is false. The jet in the clip crashed in Syria in 2016.\n\n"
        "Kherson governor Oleksandr Prokudin said on Saturday that air defence was active "
        "overnight.\n\n"
        "Verdict: False. The clip is nine years old."
    )
    claims = _claims(text, "2025-06-10")
    assert claims[0].status == "denied"
    governor = next(c for c in claims if c.source == "Oleksandr Prokudin")
    assert governor.status == "asserted"


# -- joint statements, titles, a body named again ----------------------------------------


@pytest.mark.parametrize(
    ("text", "both"),
    [
        (
            "The European Union and the United States said in a joint statement that the "
            "attack in Banjska must be investigated.",
            ("European Union", "United States"),
        ),
        (
            "France and the United Kingdom said on Friday that their navies had escorted "
            "two tankers through the Red Sea.",
            ("France", "United Kingdom"),
        ),
    ],
)
def test_a_joint_statement_has_both_speakers(text, both):
    first = _claims(text, "2025-06-10")[0]
    assert all(name in first.source for name in both)


def test_and_after_a_clause_joins_no_speakers():
    text = "Russian drones attacked Kharkiv overnight and the governor said two people were hurt."
    first = _claims(text, "2025-06-10")[0]
    assert first.source is None or "Kharkiv" not in first.source


@pytest.mark.parametrize(
    ("title", "side"),
    [
        ("Thai acting Prime Minister Phumtham Wechayachai", "TH"),
        ("Cambodian Prime Minister Hun Manet", "KH"),
        ("Georgia's interim Prime Minister Irakli Kobakhidze", "GE"),
    ],
)
def test_a_head_of_government_by_title_has_the_countrys_side(title, side):
    text = f"{title} said on Thursday that the border situation was delicate."
    assert _claims(text, "2025-07-24")[0].side == side


@pytest.mark.parametrize("again", ["The organisation", "The rights group", "The watchdog"])
def test_a_body_named_again_by_what_it_is_is_the_same_speaker(again):
    text = (
        "Human Rights Watch said on Monday it had documented 14 detentions in Tiraspol. "
        f"{again} said it had verified video of a protest being broken up by police."
    )
    first, second = _claims(text, "2025-02-10")[:2]
    assert second.source == first.source == "Human Rights Watch"
    assert second.side == first.side == "independent"


# -- transcript labels: one per line, titles ---------------------------------------------

_BRIEFING = (
    "Ukraine's foreign minister Andrii Sybiha spoke to reporters in Kyiv on Monday.\n\n"
    "Q: Has Russia accepted the ceasefire?\n"
    "Sybiha: Moscow has rejected it twice. Its troops attacked Sumy again overnight.\n"
    "Q: What about the talks in Istanbul?\n"
    "Sybiha: We are ready to send a delegation.\n"
)


def test_a_label_on_its_own_line_inside_a_paragraph_speaks_for_it():
    claims = _claims(_BRIEFING, "2025-06-10")
    answers = [c for c in claims if c.cue == ":"]
    assert answers and all(c.source == "Andrii Sybiha" for c in answers)
    assert any("Sumy" in c.text for c in answers)
    assert not any(c.text.rstrip().endswith("?") for c in claims)


@pytest.mark.parametrize(
    ("intro", "source"),
    [
        ("Transcript: Interior minister's briefing on the floods", "Interior minister"),
        ("Interior Minister Ana Lopez briefed reporters in Quito", "Ana Lopez"),
        ("Transcript of a briefing on the floods", "the minister"),
    ],
)
def test_a_title_label_names_the_title_holder(intro, source):
    text = (
        f"{intro}\n\n"
        "MINISTER: We have evacuated 3,000 people from Esmeraldas.\n\n"
        "Q: Minister, how many have died?\n\n"
        "MINISTER: We have confirmed 12 deaths in Esmeraldas.\n"
    )
    answers = [c for c in _claims(text, "2025-03-10") if c.cue == ":"]
    assert len(answers) == 2
    assert all(c.source == source for c in answers)
    assert answers[1].status == "confirmed"


def test_a_joint_statements_header_names_both_issuers():
    text = (
        "Joint statement by the UK and France on the situation in the Red Sea\n\n"
        "London, 3 March 2025\n\n"
        "We condemn the Houthi attack on the tanker Sounion near Hodeidah on 1 March. "
        "Our navies will continue to escort merchant ships through the Bab el-Mandeb.\n"
    )
    claims = _claims(text, "2025-03-03")
    assert claims and all(c.source == "UK and France" for c in claims)
