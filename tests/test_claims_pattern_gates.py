"""Cheap tests before the claims stage's costly patterns keep every match: each gate is a
necessary condition of its pattern, checked on texts written to sit at its edges (case,
the characters ``re.IGNORECASE`` reads as letters, line ends, spaces) and on generated
texts made of the patterns' own words."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.text.claims.bulletin_lines import _FORCES, forces_subject
from geo.text.claims.conceded_losses import _CONCEDING, _LOSS
from geo.text.claims.context import _OUTLET_AFTER, _OUTLET_BEFORE, _Context, in_outlet_name
from geo.text.claims.gates import folded_holds, holds
from geo.text.claims.named_sites import _PLACED_BEFORE, placed_after
from geo.text.claims.posters import _POSTED, _POSTED_WORDS
from geo.text.claims.retractions import _ANY_VERB, _VERBS
from geo.text.claims.segmentation import Sentence


class _Toponym:
    def __init__(self, start, end):
        self.start, self.end = start, end


@pytest.mark.parametrize(
    "text",
    [
        "The ministry later deleted the statement.",
        "The post was TAKEN DOWN within hours.",
        "It was ta\u212aen down.",  # the Kelvin sign reads as "k" case-insensitively
        "Kyiv WALKED\tBACK its claim.",
        "The army withdrew from the town.",
        "He rowed back on it; they backtracked.",
        "Troops took down the flag.",
        "Nothing was withdrawn here, nor retract-ed.",
        "Rowing, walking, taking: no verb of the pattern.",
        "",
    ],
)
def test_a_withdrawal_verb_is_found_as_the_pattern_finds_it(text):
    assert _ANY_VERB.occurs_in(text) is (_VERBS.search(text) is not None)


@pytest.mark.parametrize(
    "before",
    [
        "the village of ",
        "THE VILLAGE OF ",
        "near the ",
        "fighting NEAR\t",
        "near\n",  # a line end before the run: ``$`` and ``\s`` read it
        "the air base of ",
        "Outſide ",  # the long s reads as "s" case-insensitively
        "nearby ",
        "Nearby",  # no space: no match
        "the family of ",  # "of" after no site's noun: the gate passes, the pattern not
        "mayor ",
        "",
    ],
)
def test_a_place_word_before_a_run_is_found_as_the_pattern_finds_it(before):
    text = before + "Kabbon Takas said."
    start = len(before)
    pattern = _PLACED_BEFORE.search(text, max(0, start - 30), start) is not None
    assert placed_after(text, start) is pattern


@pytest.mark.parametrize(
    "before",
    [
        "state news agency ",
        "the broadcaster ",
        "NEWS AGENCY\t",
        "the channel\n",
        "the Telegram channel ",
        "news website  ",
        "an agency-run ",
        "the outlets ",
        "",
    ],
)
def test_an_outlets_kind_before_a_name_is_found_as_the_pattern_finds_it(before):
    text = before + "SUNA reported it."
    start = len(before)
    toponym = _Toponym(start, start + 4)
    pattern = _OUTLET_BEFORE.search(text, max(0, start - 24), start) is not None
    assert in_outlet_name(text, toponym) is pattern


@pytest.mark.parametrize(
    "text",
    [
        "A video posted by Russian Telegram channels ",
        "Footage SHARED on Telegram ",
        "Images shared thousands of times on Facebook ",
        "A clip Posted by the army ",  # the participle is case-sensitive
        "A video filmed by the army ",
    ],
)
def test_posted_evidence_is_found_as_the_pattern_finds_it(text):
    gate = holds(text, 0, len(text), _POSTED_WORDS)
    found = _POSTED.search(text) is not None
    assert found <= gate


@pytest.mark.parametrize(
    "text",
    [
        "The ministry acknowledged the loss of the boat.",
        "Moscow ADMITTED losing a Su-25 near Bakhmut.",
        "It confirmed that one of its jets had been lost.",
        "Kyiv conceded losing two tanks, and more.",
        "Officials denied the loss of the ship.",
    ],
)
def test_a_conceded_loss_is_found_as_the_pattern_finds_it(text):
    gate = folded_holds(text, 0, len(text), _CONCEDING)
    assert (_LOSS.search(text) is not None) <= gate


@pytest.mark.parametrize(
    "text",
    [
        "Units of the Yug group of forces liberated Seversk.",
        "On Monday, the Vostok Grouping struck a depot.",
        "Battlegroup Center units advanced.",
        "The Dnepr battle group repelled three attacks.",
        "Units of the 47th Brigade advanced.",
    ],
)
def test_a_group_of_forces_is_found_as_the_pattern_finds_it(text):
    sent = Sentence(0, len(text), 0)
    found = _FORCES.match(text, 0, len(text)) is not None
    assert (forces_subject(_Context(text, []), sent) is not None) <= found
    assert found <= holds(text, 0, len(text), ("roup",))


_WORDS = st.sampled_from(
    [
        "walked", "back", "took", "taken", "down", "deleted", "WITHDREW", "the", "of",
        "near", "NEAR", "village", "air", "base", "agency", "news", "channel", "Ta\u212aen",
        "outſide", "nearby", "video", "shared", "Posted", "acknowledged", "loss", "losing",
        "confirmed", "that", "had", "been", "lost", "group", "Group", "Vostok", "forces",
    ]
)
_GAPS = st.sampled_from([" ", "  ", "\t", "\n", ", ", "-", ""])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_WORDS, _GAPS), max_size=12))
def test_no_gate_refuses_a_text_its_pattern_matches(pieces):
    text = "".join(w + g for w, g in pieces)
    end = len(text)
    assert _ANY_VERB.occurs_in(text) is (_VERBS.search(text) is not None)
    if _LOSS.search(text) is not None:
        assert folded_holds(text, 0, end, _CONCEDING)
    if _POSTED.search(text) is not None:
        assert holds(text, 0, end, _POSTED_WORDS)
    if _FORCES.match(text) is not None:
        assert holds(text, 0, end, ("roup",))
    for start in range(end + 1):
        pattern = _PLACED_BEFORE.search(text, max(0, start - 30), start) is not None
        assert placed_after(text, start) is pattern
        outlet = (
            _OUTLET_AFTER.match(text, start) is not None
            or _OUTLET_BEFORE.search(text, max(0, start - 24), start) is not None
        )
        assert in_outlet_name(text, _Toponym(start, start)) is outlet
