"""Claims after a fifteenth tester's texts: statements under a header speak in their
issuer's voice, answers calling the other side's claims false, people of a place who
are no place's voice, a body and its wing, a backer named in the claim (not the
speaker's), and footage verified only for where it was filmed.

Every text here is written for these tests.
"""

import pytest

from geo.text.claims import extract_claims
from geo.text.claims.statement_headers import statement_headers, title_case

pytestmark = pytest.mark.gazetteer

_RELEASES = """ARAKAN ARMY - OFFICIAL STATEMENT
14 March 2027

Our forces have completed the liberation of the town of Kyauktaw after heavy fighting.

Our units also took control of two outposts on the road to Sittwe.

---

MYANMAR ARMED FORCES - TRUE NEWS INFORMATION TEAM STATEMENT
14 March 2027

The garrison in Kyauktaw carried out a planned withdrawal to new defensive lines. Claims by \
the AA terrorist group that it controls all of Kyauktaw are false.

Our air force destroyed a weapons depot near Mrauk-U.
"""


def analysed(gazetteer, text, date=None):
    from geo import analyze

    return analyze(text, gazetteer=gazetteer, date=date).claims


def claim_of(claims, words):
    return next(c for c in claims if words in c.text)


# -- statement headers ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "issuer"),
    [
        ("RAPID SUPPORT FORCES - OFFICIAL STATEMENT", "Rapid Support Forces"),
        ("SUDANESE ARMED FORCES - OFFICIAL SPOKESMAN STATEMENT", "Sudanese Armed Forces"),
        ("Kachin Independence Army: press release", "Kachin Independence Army"),
        ("Statement by the Houthi Armed Forces", "Houthi Armed Forces"),
        ("M23/AFC – COMMUNIQUÉ No. 12", "M23/AFC"),
    ],
)
def test_a_statement_header_names_its_issuer(line, issuer):
    (h,) = statement_headers(f"{line}\n\nOur forces advanced.")
    assert h.source == issuer


@pytest.mark.parametrize(
    "text",
    [
        "The army said it had issued a statement.\n\nOur forces advanced.",  # a sentence
        "fighting goes on - the statement\n\nOur forces advanced.",  # no issuer
        "Our forces advanced.\nRAPID SUPPORT FORCES - OFFICIAL STATEMENT",  # nothing under it
    ],
)
def test_lines_that_are_no_statement_header(text):
    assert statement_headers(text) == []


def test_title_case_keeps_acronyms():
    assert title_case("ALLIANCE FLEUVE CONGO AND THE M23") == "Alliance Fleuve Congo and the M23"


def test_each_statement_speaks_in_its_headers_voice(gazetteer):
    claims = analysed(gazetteer, _RELEASES, "2027-03-14")
    took = claim_of(claims, "two outposts")
    assert (took.source, took.side, took.party) == ("Arakan Army", None, "Arakan Army")
    struck = claim_of(claims, "weapons depot")
    assert (struck.source, struck.side) == ("Myanmar Armed Forces", "MM")
    withdrew = claim_of(claims, "planned withdrawal")
    assert withdrew.side == "MM"


def test_claims_called_false_deny_the_other_sides_claim(gazetteer):
    claims = analysed(gazetteer, _RELEASES, "2027-03-14")
    liberated = claim_of(claims, "completed the liberation")
    assert liberated.status == "denied"
    assert "are false" in liberated.status_cue
    assert not any(c.text.startswith("Claims by") for c in claims)  # no claim of its own


def test_claims_called_false_with_nothing_to_answer_are_a_claim_of_the_named():
    (c,) = extract_claims(
        "Claims by the terrorist Dagalo militia that it controls all of El Fasher are false.",
        [],
    )
    assert (c.source, c.status) == ("the terrorist Dagalo militia", "denied")


def test_claims_called_exaggerated_are_disputed():
    (c,) = extract_claims("The militia's claims that it shot down 12 drones are exaggerated.", [])
    assert c.status == "disputed"


@pytest.mark.parametrize(
    "title",
    [
        "General Staff of the Armed Forces of Ukraine, operational information as of 08:00, "
        "22.02.2026",
        "General Staff of the Armed Forces of Ukraine: operational update as of 16:00",
    ],
)
def test_a_general_staff_title_with_a_comma_or_a_colon_gives_its_lines_a_voice(
    gazetteer, title
):
    text = (
        f"{title}\n\nOver the past day, 143 combat clashes took place.\n\n"
        "In the Kupiansk direction, our defenders repelled 7 assaults near Petropavlivka."
    )
    claims = analysed(gazetteer, text)
    assert [(c.side, "General Staff" in (c.source or "")) for c in claims] == [("UA", True)] * 2


def test_a_summary_titles_topic_is_not_its_issuer(gazetteer):
    text = (
        "Summary of the Ministry of Defence of the Russian Federation on the progress of the "
        "special military operation, 30 November 2025\n\n"
        "Units of the Zapad group of forces liberated the settlement of Kurilovka."
    )
    (c,) = analysed(gazetteer, text)
    assert (c.source, c.side) == ("Ministry of Defence of the Russian Federation", "RU")


def test_the_ministry_later_is_the_titles_issuer(gazetteer):
    text = (
        "Russian Defence Ministry daily briefing, 14 March 2026\n\n"
        "Units of the Yug group of forces liberated the settlement of Stupochky.\n\n"
        "Air defence means shot down 97 drones over the Belgorod region, the ministry said."
    )
    c = claim_of(analysed(gazetteer, text), "97 drones")
    assert (c.source, c.side) == ("the ministry", "RU")


def test_not_true_in_a_statement_denies_the_other_sides_claim_before(gazetteer):
    text = (
        "General Staff of the Armed Forces of Ukraine: operational update as of 16:00\n\n"
        "The Russian Defence Ministry claimed that its troops had captured Yablunivka. This is "
        "not true: our defenders continue to hold the village."
    )
    claims = analysed(gazetteer, text)
    captured = claim_of(claims, "captured Yablunivka")
    held = claim_of(claims, "continue to hold")
    assert (captured.side, captured.status) == ("RU", "denied")
    assert (held.side, held.responds_to) == ("UA", claims.index(captured))
    assert not held.text.startswith("This is")


def test_a_document_and_its_topic_name_its_issuer():
    (c,) = extract_claims(
        "The summary of the Russian Defence Ministry on the war in Ukraine claimed that "
        "Russian troops had captured Yablunivka.",
        [],
    )
    assert c.source is not None and "Russian Defence Ministry" in c.source
    assert "war" not in c.source


def test_a_long_documents_topic_leaves_its_issuer_the_speaker(gazetteer):
    text = (
        "General Staff of the Armed Forces of Ukraine: operational update as of 16:00\n\n"
        "The daily summary of the Ministry of Defence of the Russian Federation on the progress "
        "of the special military operation claimed that Russian troops had captured "
        "Yablunivka. This is not true: our defenders continue to hold the village. The ministry "
        "also said its air defences had shot down 52 Ukrainian drones overnight."
    )
    claims = analysed(gazetteer, text)
    captured = claim_of(claims, "captured Yablunivka")
    assert captured.source.endswith("Ministry of Defence of the Russian Federation")
    assert (captured.side, captured.status) == ("RU", "denied")
    downed = claim_of(claims, "52 Ukrainian drones")
    assert (downed.source, downed.side) == ("the ministry", "RU")


# -- people of a place, a body and its wing, a backer in the claim ----------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Residents in occupied Mariupol said water supplies had been cut for a week.",
            "residents in occupied Mariupol",
        ),
        ("Residents fleeing toward Goma told aid workers that shells had landed.", "residents"),
        ("Some in Nikolaev still say the city was shelled overnight.", "some in Nikolaev"),
        ("Families who fled Bakhmut told volunteers that the city was shelled.", "families"),
        ("People in Kherson said the city was shelled overnight.", "people in Kherson"),
    ],
)
def test_people_of_a_place_speak_not_the_place_and_for_no_side(gazetteer, text, source):
    (c,) = analysed(gazetteer, text)
    assert (c.source, c.side, c.party) == (source, None, None)


def test_officials_of_a_place_keep_its_side(gazetteer):
    (c,) = analysed(gazetteer, "Officials in Kherson said the city was shelled overnight.")
    assert c.side == "UA"


@pytest.mark.parametrize(
    ("text", "source", "party"),
    [
        (
            "In South Kivu, the M23 and its political wing, the Alliance Fleuve Congo (AFC), "
            "said they had taken control of Kavumu airport.",
            "the M23",
            "M23",
        ),
        (
            "Hamas and its armed wing, the Qassam Brigades, said they had fired rockets.",
            "Hamas",
            "Hamas",
        ),
    ],
)
def test_a_body_and_its_wing_speak_as_the_body(gazetteer, text, source, party):
    (c,) = analysed(gazetteer, text)
    assert (c.source, c.party) == (source, party)


def test_a_backer_named_in_the_claim_is_not_the_speakers(gazetteer):
    text = (
        "Opposition fighters entered Hama on Thursday, the Syrian Observatory for Human Rights "
        "said. Near Manbij, Turkish-backed factions clashed with the SDF, the Observatory said."
    )
    c = claim_of(analysed(gazetteer, text), "Turkish-backed")
    assert (c.source, c.side, c.party) == ("the Observatory", "independent", None)


def test_a_backer_in_an_apposition_before_the_name_still_counts(gazetteer):
    (c,) = analysed(
        gazetteer,
        "The Russian-appointed head of occupied Zaporizhzhia, Yevgeny Balitsky, said the plant "
        "was shelled.",
    )
    assert c.side == "RU"


# -- footage verified for where it was filmed -------------------------------------------


_NAVY = "Ukraine's navy said its drones hit a tanker near Novorossiysk. "


@pytest.mark.parametrize(
    ("after", "status"),
    [
        ("We verified that the video was filmed near Novorossiysk.", "asserted"),
        ("BBC Verify confirmed where the footage was shot.", "asserted"),
        ("We verified the location of the video.", "asserted"),
        ("The attack was confirmed by the governor.", "confirmed"),  # the event itself
    ],
)
def test_verifying_where_a_video_was_filmed_confirms_nothing(gazetteer, after, status):
    assert claim_of(analysed(gazetteer, _NAVY + after), "hit a tanker").status == status


def test_a_video_claimed_to_show_an_event_is_not_confirmed_by_its_place(gazetteer):
    text = (
        "A video shared on Telegram claims to show a Russian tank column being destroyed near "
        "Kostiantynivka. We verified that the video was filmed about 3 km west of "
        "Kostiantynivka by matching the tree line to satellite images."
    )
    assert all(c.status != "confirmed" for c in analysed(gazetteer, text))


# -- quantities of a speaker --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        '"Nobody comes to evacuate the elderly," one volunteer said.',
        "Shelling continued overnight, one volunteer said.",
    ],
)
def test_a_number_word_before_the_speakers_noun_counts_nothing(text):
    (c,) = extract_claims(text, [])
    assert c.quantities == ()


def test_a_count_after_a_speaker_with_a_number_word_still_counts():
    (c,) = extract_claims("One volunteer said 40 cars had been turned back.", [])
    assert [(q.value, q.unit) for q in c.quantities] == [(40, "cars")]


# -- cost --------------------------------------------------------------------------------


def test_statement_headers_cost_grows_with_the_text_not_its_square():
    import time

    def seconds(n):  # lines that hold a header's noun but are no header, and others
        text = ("A-" * 70 + " STATEMENT\n" + "x " * 30 + "\n") * n
        t0 = time.process_time()  # CPU time: the load of other processes is not counted
        assert statement_headers(text) == []
        return time.process_time() - t0

    small, big = seconds(500), seconds(4000)
    assert big < 8 * small * 3 + 0.5  # 8 times the text: well under 64 times the time
