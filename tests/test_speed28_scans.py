"""Session 28's cuts (speed28): whole-text scans of recognition tried only where a match
can be, each giving the answer (or the matches) of the code as it was, so the analyses
stay the same bytes.

- ``speakers._full_name_in`` ("governor Yevgeny Balitsky") tries its pattern only at the
  capitalised words right before the name (``str.find``), not at every character;
- ``party_homes._word_count`` counts a state's name with word boundaries by
  ``str.find``, not by a pattern opening with ``\\b``;
- ``clubs._CLUB_START`` is grouped by first letter (one look-behind per letter);
- ``everyday_strays._LowerWords`` looks for a pair of lower-case words where its first
  word occurs instead of collecting every pair of the text.
"""

from __future__ import annotations

import random
import re

import pytest

from geo.gazetteer.normalize import normalize
from geo.text import lexicon as lx
from geo.text.clubs import _ABBREVIATIONS, _CLUB_START, _CLUB_WORDS
from geo.text.everyday_strays import _LOWER_PAIR, _LowerWords
from geo.text.party_homes import _word_count
from geo.text.speakers import _full_name_in

#: ``clubs._CLUB_START`` as it was written before (one look-behind per word).
_OLD_CLUB_START = re.compile(
    r"(?P<word>{})[ \t]+(?=[A-Z])".format(
        "|".join(
            re.escape(w[0]) + rf"(?<![\w.&-]{re.escape(w[0])})" + re.escape(w[1:])
            for w in f"{_ABBREVIATIONS}|{_CLUB_WORDS}".split("|")
        )
    )
)


def _old_full_name_in(text: str, surface: str) -> bool:
    """``speakers._full_name_in`` as it was written before (the pattern over the text)."""
    given = lx.first_names()
    pattern = re.compile(r"\b(?:([A-Za-z]+)\s+)?([A-Z][a-z]+)\s+" + re.escape(surface) + r"\b")
    return any(
        normalize(g.group(2)) in given or normalize(g.group(1) or "") in lx.PERSON_TITLES
        for g in pattern.finditer(text)
    )


def _texts(words: list[str], seed: int, n: int = 3000, length: int = 12) -> list[str]:
    """Made-up texts of ``words`` joined by spaces, punctuation and none (so that words
    run together: "xLaura", "Rieti_")."""
    rng = random.Random(seed)
    joins = [" ", " ", "  ", "\t", "\n", "\u00a0", "\u2003", ", ", ". ", "", "-", "'", "’",
             "_", "1", "é"]
    return [
        "".join(rng.choice(words) + rng.choice(joins) for _ in range(rng.randrange(1, length)))
        for _ in range(n)
    ]


_PEOPLE = (
    "Laura Rieti in mayor Mayor Tayo Nelson councillor Dewly Yevgeny Balitsky governor the "
    "McDonald éRieti Ab A x LAURA said Gov Mr Kakhovka Saldo Ri"
).split()


@pytest.mark.parametrize("surface", ["Rieti", "Nelson", "Balitsky", "Laura", "Ri", "Kakhovka"])
def test_full_name_in_answers_as_the_pattern_over_the_text(surface):
    for text in _texts(_PEOPLE, seed=len(surface)):
        assert _full_name_in(text, surface) == _old_full_name_in(text, surface), text


def test_full_name_in_examples():
    text = "Kakhovka - Balitsky, Saldo. Governor Yevgeny Balitsky said ..."
    assert _full_name_in(text, "Balitsky")
    assert not _full_name_in("Shelling hit Kakhovka. Residents of Kakhovka fled.", "Kakhovka")
    assert _full_name_in("Mayor Tayo Nelson spoke in Nelson.", "Nelson")  # a title first


_STATES = "Texas West Virginia Virginia a aa St. . x _ é ß 1 Ohio New York Texass -".split()


@pytest.mark.parametrize("name", ["Texas", "West Virginia", "Virginia", "a", "St.", ".x", "_",
                                  "é", "New York", ""])
def test_word_count_counts_as_findall(name):
    for text in _texts(_STATES, seed=len(name)):
        assert _word_count(text, name) == len(re.findall(rf"\b{re.escape(name)}\b", text)), text


def test_club_start_finds_the_matches_of_the_pattern_as_it_was():
    words = [*f"{_ABBREVIATIONS}|{_CLUB_WORDS}".split("|"), "Madrid", "Kyiv", "Inter", "Fan",
             "Realm", "the", "won", "St"]
    for text in _texts(words, seed=28):
        old = [(m.span(), m.group("word")) for m in _OLD_CLUB_START.finditer(text)]
        assert [(m.span(), m.group("word")) for m in _CLUB_START.finditer(text)] == old, text


def test_lower_words_holds_the_pairs_findall_finds():
    words = "glide bombs fell Glide on a ab abc glides bomb x-glide café the gl élide".split()
    rng = random.Random(5)
    for text in _texts(words, seed=6):
        pairs = frozenset(_LOWER_PAIR.findall(text))
        lowered = _LowerWords(text)
        asked = [*pairs, ("glide", ""), ("", "bombs"), "glide", ("glide", "bombs", "x")]
        asked += [(rng.choice(words).lower(), rng.choice(words).lower()) for _ in range(6)]
        for pair in asked:
            assert (pair in lowered) == (pair in pairs), (text, pair)

