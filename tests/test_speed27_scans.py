"""Session 27's scans (speed27): whole-text patterns started where a match can start, and
gates before sentence patterns, each giving the matches (or the answer) of the pattern as
it was, so the analyses stay the same bytes.

- ``team_states._HEAD_PLURAL`` and ``cyrillic_names._WAR_WORDS`` open with their first
  letters, the word boundary a look-behind after it (``re`` skips to those letters in C);
- ``judged_claims`` and ``unplaced_more`` try ``_JUDGED`` and ``_AFTER_CUE`` only where
  one of their words begins (:func:`geo.text.scans.matches_from`);
- ``demonym_containers.demonym_country`` searches its phrase before a name only after
  "of" and spaces, ``verdicts.fact_check_verdict`` a checker's rating only where "rate"
  or "label" is.
"""

from __future__ import annotations

import random
import re

import pytest

from geo.text import demonym_containers as dc
from geo.text.claims import verdicts
from geo.text.claims.judged_claims import _JUDGED, _JUDGED_STARTS, judged_claims
from geo.text.cyrillic_names import _WAR_WORD_LIST, _WAR_WORDS, about_fighting_cyrillic
from geo.text.everyday_strays import _LOWER_PAIR
from geo.text.fold import folded
from geo.text.scans import matches_from
from geo.text.team_states import _HEAD_PLURAL
from geo.text.unplaced_more import _AFTER_CUE, _CUE_STARTS

#: The patterns as they were written before (a word boundary or look-behind first).
_OLD_HEAD_PLURAL = re.compile(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?) (?=[A-Z][a-z]+s\b)")
_OLD_WAR_WORDS = re.compile(rf"(?<!\w)(?:{_WAR_WORD_LIST})")
_OLD_LOWER_PAIR = re.compile(r"(?<![\w'’-])([a-z]{3,})(?=[ \t]+([a-z]{2,})(?![\w'’-]))")


def _texts(words: list[str], seed: int, n: int = 400, length: int = 14) -> list[str]:
    """Made-up texts of ``words`` joined by spaces, punctuation and none (so that words
    run together: "xnear", "Kyiv'Residents")."""
    rng = random.Random(seed)
    joins = [" ", " ", " ", "  ", "\t", "\n", ", ", ". ", "", "-", "'", "’", "_", "1"]
    out = []
    for _ in range(n):
        parts = [rng.choice(words) + rng.choice(joins) for _ in range(rng.randrange(1, length))]
        out.append("".join(parts))
    return out


def _spans(matches) -> list[tuple[tuple[int, int], ...]]:
    return [tuple(m.span(g) for g in range(m.re.groups + 1)) for m in matches]


_ENGLISH = (
    "The Georgia Bulldogs Texas Longhorns Ohio State Buckeyes Kyiv Residents residents "
    "of near area outskirts vicinity returned to crossed into at fled onto toward towards "
    "control seized captured recaptured attacked stormed Nearby linear nearly Marinka "
    "Sverdlikovo Malaya Loknya confirms confirmed supports supported backs up verified "
    "bears out bore contradicts refutes undermined see saw seen found find is was have "
    "has no evidence footage for the Kremlin Russia’s Ministry's claim claims report "
    "statement that this his Unconfirmed XConfirms"
).split()


@pytest.mark.parametrize("seed", range(6))
def test_head_plural_opening_with_its_capital_finds_the_same_matches(seed):
    for text in _texts(_ENGLISH, seed):
        assert _spans(_HEAD_PLURAL.finditer(text)) == _spans(_OLD_HEAD_PLURAL.finditer(text))


@pytest.mark.parametrize("seed", range(6))
def test_lower_pairs_opening_with_a_letter_find_the_same_pairs(seed):
    words = [*_ENGLISH, "glide", "bombs", "ab", "x", "rock's", "e-mail", "ok", "Über", "über"]
    for text in _texts(words, seed, length=20):
        assert _spans(_LOWER_PAIR.finditer(text)) == _spans(_OLD_LOWER_PAIR.finditer(text))
        assert _LOWER_PAIR.findall(text) == _OLD_LOWER_PAIR.findall(text)


@pytest.mark.parametrize("seed", range(6))
def test_war_words_opening_with_their_letters_find_the_same_matches(seed):
    stems = [w.replace("[дж]", "д").replace("(?!\\w)", "") for w in _WAR_WORD_LIST.split("|")]
    words = [*stems, *(s + "ами" for s in stems), "и", "ж", "Київ", "фронтом", "всу1", "x"]
    for text in _texts(words, seed):
        low = text.lower()
        assert _spans(_WAR_WORDS.finditer(low)) == _spans(_OLD_WAR_WORDS.finditer(low))


def test_about_fighting_cyrillic_reads_war_words_at_a_word_start_only():
    assert about_fighting_cyrillic("Обстрел Харькова продолжается.")
    assert about_fighting_cyrillic("ВСУ отступили")
    assert not about_fighting_cyrillic("привсу и прифронт")  # inside a word
    assert not about_fighting_cyrillic("Shelling of Kharkiv")


@pytest.mark.parametrize("seed", range(6))
def test_judged_and_cue_scans_from_their_words_find_what_finditer_finds(seed):
    for text in _texts(_ENGLISH, seed, length=24):
        for rx, starts in ((_JUDGED, _JUDGED_STARTS), (_AFTER_CUE, _CUE_STARTS)):
            assert _spans(matches_from(rx, text, starts)) == _spans(rx.finditer(text))


_JUDGED_PARTS = (
    ["", "The footage ", "It ", "This", "xconfirms ", "Satellite images "],
    ["confirms", "confirmed", "supports", "backs up", "bore out", "contradicts", "refutes",
     "undermines", "saw no evidence for", "has no footage of", "found no sign of", "is"],
    [" the ", " ", "  ", "the "],
    ["Kremlin’s", "Russian Defence Ministry's", "Ukraine’s own", "rebels'", "RSF's", "its"],
    [" ", " earlier "],
    ["claim", "claims", "reports", "statement", "assertion"],
    [" that ", " of Monday that ", " that", ", that "],
    ["it was hit.", "", "Kyiv fell."],
)  # fmt: skip


@pytest.mark.parametrize("seed", range(4))
def test_judged_scan_from_its_verbs_finds_what_finditer_finds(seed):
    rng = random.Random(seed)
    found = 0
    for _ in range(300):
        text = "".join(
            "".join(rng.choice(part) for part in _JUDGED_PARTS) for _ in range(rng.randrange(1, 4))
        )
        want = _spans(_JUDGED.finditer(text))
        assert _spans(matches_from(_JUDGED, text, _JUDGED_STARTS)) == want
        found += len(want)
    assert found > 50  # the phrases do hold judged claims


def test_judged_claims_still_finds_a_judged_claim():
    from types import SimpleNamespace

    text = "Kyiv said it hit the depot. The footage confirms the Kremlin's claim that it was."
    m = next(matches_from(_JUDGED, text, _JUDGED_STARTS))
    assert m.group("owner") == "Kremlin" and m.group("yes") == "confirms"
    ctx = SimpleNamespace(text="no verdict here")
    assert judged_claims(ctx, [], []) == []


_BEFORE_WORDS = (
    "the Syrian town of", "Lebanese border village of", "the Ukrainian city of  ",
    "Russian port of\n", "the city of", "capital of", "Syrian of", "of ", "Iraqi region off ",
    "The Iraqi city of\t", "Polish village of,", "Moldovan town  of ",
)  # fmt: skip


@pytest.mark.parametrize("seed", range(4))
def test_demonym_country_gate_answers_as_the_search(seed, monkeypatch):
    rng = random.Random(seed)
    for _ in range(300):
        text = " ".join(rng.choice(_BEFORE_WORDS) for _ in range(rng.randrange(1, 5))) + "Kafr"
        start, end = len(text) - 4, len(text)
        got = dc.demonym_country(text, start, end)
        before = dc._BEFORE.search(text, max(0, start - dc._REACH), start)
        want = dc.DEMONYMS.get(before.group("dem").lower(), "") if before else ""
        if not want:
            after = dc._AFTER.match(text, end)
            want = dc.DEMONYMS.get(after.group("dem").lower(), "") if after else ""
        assert got == want


def test_demonym_country_still_reads_the_phrase_before():
    assert dc.demonym_country("in the Syrian town of Kafr Nubl", 22, 31) == "SY"
    assert dc.demonym_country("in the Syrian town of\n Kafr Nubl", 23, 32) == "SY"
    assert dc.demonym_country("in the Syrian town near Kafr Nubl", 24, 33) == ""


@pytest.mark.parametrize(
    "sentence",
    [
        "StopFake rated it as misleading.",
        "PolitiFact has RATED the claim Mostly False.",
        "The fact-checking project labelled the post “False”,",
        "Reuters Fact Check Labeled these videos as altered;",
    ],
)
def test_every_rater_match_holds_a_gate_word(sentence):
    m = verdicts._RATER.match(sentence)
    assert m is not None
    assert any(w in folded(sentence)[: m.end()] for w in verdicts._RATER_GATE)
