"""The claims stage's shortcuts give what the plain definitions give.

Each shortcut (a bounded scan, a pre-filter, a bisection) is checked against the
straightforward computation it replaces, on generated hostile text and on examples.
"""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from geo.text.claims import extract_claims
from geo.text.claims.context import _Within
from geo.text.claims.parties import _ANY_PARTY, _PARTIES
from geo.text.claims.segmentation import _TOKEN, _last_word, tokenize, tokenize_between
from geo.text.claims.status import _FOLDED, _NEEDS
from geo.text.dates import find_dates
from geo.text.fold import folded

#: Pieces of text where the token, word and status rules have edges.
_PIECES = st.sampled_from(
    [
        "a", "Z", "'", "’", "-", ".", ",", " ", "  ", "\n", "\t", "0", "9", "5,000", "U.S.",
        "rebels'", "é", "½", "_", "İ", "\u00a0", "—", ")", "said", "Said", "al-Qidra",
        "denied", "NOT", "confirmed", "verify", "comment", "reportedly", "Hamas", "IDF",
        "“", "”", ":", "!", "…", "«", "Kyiv.", "said,",
    ]
)  # fmt: skip
_TEXTS = st.lists(_PIECES, max_size=24).map("".join)


def _plain_tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The definition: the tokens a scan from ``start`` over the whole text gives
    that end by ``end``."""
    out = []
    for m in _TOKEN.finditer(text, start):
        if m.start() >= end:
            break
        if m.end() <= end:
            out.append((m.start(), m.end(), m.group()))
    return out


@settings(max_examples=400, deadline=None)
@given(_TEXTS, st.data())
def test_tokens_between_offsets_are_those_of_an_unbounded_scan(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert [tuple(t) for t in tokenize_between(text, start, end)] == _plain_tokens(text, start, end)


def test_a_sentence_cut_inside_a_number_or_before_a_letter_keeps_whole_tokens():
    text = "Troops fired 5,000 shells'x at rebels'z."
    # Cut inside "5,000": the bounded scan would read "5,0"; the whole text has no such token.
    cut = text.index(",0") + 2
    assert [t.text for t in tokenize_between(text, 0, cut)] == ["Troops", "fired"]
    # "shells'" ends a token only before a space or punctuation, never before a letter.
    cut = text.index("'x") + 1
    assert [t.text for t in tokenize_between(text, 0, cut)][-1] == "5,000"
    whole = [t.text for t in tokenize(text)]
    assert [t.text for t in tokenize_between(text, 0, len(text))] == whole


@settings(max_examples=400, deadline=None)
@given(_TEXTS, st.data())
def test_last_word_is_the_pattern_search(text, data):
    a = data.draw(st.integers(0, len(text)))
    b = data.draw(st.integers(a, len(text)))
    m = re.compile(r"(\S+)$").search(text, a, b)
    assert _last_word(text, a, b) == (m.group(1) if m else "")


def test_status_patterns_skipped_only_where_they_cannot_match():
    # Every match of a status pattern holds one of its pieces (in folded text).
    samples = [
        "It could not be independently verified.",
        "Kyiv has not commented.",
        "Troops were reportedly seen; it is rumoured to be true.",
        "Moscow DENIED it; the claim was refuted.",
        "He dismissed the report as propaganda and called it false.",
        "The figures were disputed and challenged, then contradicted.",
        "Officials confirmed it; footage was authenticated and corroborated.",
        "They provided no evidence; the report is unsubstantiated.",
        "There was no immediate response from the army.",
    ]
    for text in samples:
        low = folded(text)
        for rx, pieces in _NEEDS.items():
            for m in _FOLDED[rx].finditer(text):
                assert any(p in low[m.start() : m.end()] for p in pieces), (rx.pattern, text)


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_any_party_pattern_answers_as_the_table(text):
    assert bool(_ANY_PARTY.search(text)) == any(rx.search(text) for rx, _, _ in _PARTIES)


class _Span:
    def __init__(self, start: int, end: int) -> None:
        self.start, self.end = start, end


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 20))),
    st.integers(0, 70),
    st.integers(0, 70),
)
def test_within_finds_what_a_scan_finds(spans, s, e):
    items = [_Span(a, a + n) for a, n in spans]
    within = _Within(items)
    scan = [i for i, x in enumerate(items) if s <= x.start < e and x.end <= e]
    assert within.inside(s, e) == scan
    assert within.any_inside(s, e) == bool(scan)


def test_dates_found_in_windows_of_every_kind():
    text = (
        "On Wednesday, September 3, 2025 talks began; in March 2024 and in the 1990s, "
        "and last week, three days ago, yesterday and on Mondays nothing; 5 June 2025."
    )
    found = [d.text for d in find_dates(text)]
    assert found == [
        "On Wednesday, September 3, 2025",
        "in March 2024",
        "in the 1990s",
        "last week",
        "three days ago",
        "yesterday",
        "5 June 2025",
    ]


def test_claims_in_sentences_without_cue_words_or_names():
    text = (
        "Heavy rain fell on the plain. the river rose slowly. "
        "Troops said they had taken 12 villages. Ivan Petrov said nothing."
    )
    claims = extract_claims(text, [])
    assert [(c.source, c.cue) for c in claims] == [("troops", "said"), ("Ivan Petrov", "said")]


_HINTY = st.lists(
    st.sampled_from(
        [
            " ", "-", "2", "one", "seventeen", "seven", "teen", "hundred", "and", "a", "an",
            "mon", "month", "monday", "jan", "june", "yesterday", "ago", "week", "said to",
            "den", "deny", "denies", "confirm", "call", "claim", "rumor", "rumour", "x",
        ]
    ),
    max_size=16,
).map("".join)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(_HINTY)
def test_alternations_grouped_by_first_letter_match_as_the_plain_ones(text):
    from geo.text import numbers
    from geo.text.claims import status
    from geo.text.dates import hints

    words = [*numbers._ONES, *numbers._TENS, *numbers._SCALES, "dozen"]
    plain_words = "|".join(words)
    plain = {
        hints._HINT: re.compile(rf"\d|\b(?:{hints._HINT_WORDS})"),
        status._STATUS_HINT: re.compile(status._STATUS_HINT_WORDS),
        numbers._WORDS_RX: re.compile(
            numbers._WORDS_RX.pattern.replace(numbers._WORD_NUMBER, plain_words)
        ),
    }
    for fast, slow in plain.items():
        assert fast.pattern != slow.pattern
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in slow.finditer(text)]


def test_names_with_and_without_particles_are_remembered():
    text = (
        "Ministry spokesman Ashraf al-Qidra said 12 people died. "
        "Later al-Qidra said the toll had risen. "
        "Governor Ivan Fedorov said the city was calm. Fedorov said more."
    )
    sources = [c.source for c in extract_claims(text, [])]
    assert sources == ["Ashraf al-Qidra", "Ashraf al-Qidra", "Ivan Fedorov", "Ivan Fedorov"]


_PLACEY = st.lists(
    st.sampled_from(
        [
            " ", "x", "Is", "is a", "are 2", "lies", "home to", "population", "was founded",
            "took", "TAKEN", "fell", "gained control", "captured", "seized", "fall", "K", "ſ",
        ]
    ),
    max_size=12,
).map("".join)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(_PLACEY, st.data())
def test_descriptions_and_captures_are_found_as_in_the_sentence_alone(text, data):
    from geo.text.claims import answers, linking

    s = data.draw(st.integers(0, len(text)))
    e = data.draw(st.integers(s, len(text)))
    alone = linking._DESCRIPTION.search(text[s:e]) is not None
    assert linking._described(text, s, e) == alone
    assert answers._captures(text, s, e) == (answers._CAPTURE.search(text, s, e) is not None)


#: Pieces where the hint, number, status-stem and particle shortcuts have edges.
_SCAN_PIECES = st.sampled_from(
    [
        "a", "Z", " ", "  ", "\n", "-", "‐", "'", "’", ".", ",", "$", "€", "%", "_", "é", "İ",
        "\u0663", "0", "7", "1,000", "2.5", "2025", "jan", "Jan", "monday", "night", "ago",
        "year", "two", "hundred", "an", "a dozen", "twenty-five", "and", "million", "bn",
        "k", "m", "confirm", "call", "alleg", "said", "to", "deny", "denie", "rumour",
        "rumor", "al", "bin", "Q", "de", "x",
    ]
)  # fmt: skip
_SCAN_TEXTS = st.lists(_SCAN_PIECES, max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(_SCAN_TEXTS)
@example("An\n hundred, a thousand-two, someone often ten_ten 1,000 one-and-fourteen dozen")
@example("a  dozen an million ana hundred xa hundred fourteen sixty-six eighty")
def test_scans_that_skip_ahead_find_what_the_plain_patterns_find(text):
    from geo.text.claims.speakers import _particle_name_in
    from geo.text.claims.stems import _STATUS_HINT, status_hints
    from geo.text.claims.vocab import _NAME_PARTICLE
    from geo.text.dates.hints import _HINT, _HINT_REACH, _hint_windows
    from geo.text.fold import ascii_lowered
    from geo.text.numbers import _DIGITS_RX, _WORDS_RX, _digit_matches, _number_words

    low = ascii_lowered(text)
    windows: list[tuple[int, int]] = []  # the definition: a window around each match
    for m in _HINT.finditer(low):
        ws, we = max(0, m.start() - _HINT_REACH), min(len(text), m.end() + _HINT_REACH)
        if windows and ws <= windows[-1][1]:
            windows[-1] = (windows[-1][0], we)
        else:
            windows.append((ws, we))
    assert _hint_windows(text, 0, len(text)) == windows
    assert list(_number_words(low)) == [m.span() for m in _WORDS_RX.finditer(low)]
    assert status_hints(text) == [m.start() for m in _STATUS_HINT.finditer(low)]
    for a, b in ((0, len(text)), (1, len(text) - 1), (len(text) // 2, len(text))):
        plain = [(m.span(), m.groupdict()) for m in _DIGITS_RX.finditer(text, a, b)]
        assert [(m.span(), m.groupdict()) for m in _digit_matches(text, a, b)] == plain
        expected = _NAME_PARTICLE.search(text, a, b) is not None
        assert _particle_name_in(text, a, b) == expected


@settings(max_examples=200, deadline=None)
@given(_TEXTS)
def test_tokenize_is_the_plain_scan(text):
    plain = [(m.start() + 3, m.end() + 3, m.group()) for m in _TOKEN.finditer(text)]
    assert [tuple(t) for t in tokenize(text, 3)] == plain


#: The token pattern as first written (``_TOKEN`` is the same, written for speed).
_PLAIN_TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}|[^\W\d_]+(?:[’'\-][^\W\d_]+)*(?:[’'](?=\s|$|[,.;:!?—–)]))?"
    r"|\d[\d,.]*\d|\d|[^\s]"
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_PIECES, _SCAN_PIECES), max_size=30).map("".join))
def test_token_pattern_matches_as_first_written(text):
    assert [m.span() for m in _TOKEN.finditer(text)] == [
        m.span() for m in _PLAIN_TOKEN.finditer(text)
    ]
    assert _TOKEN.split(text) == _PLAIN_TOKEN.split(text)


_QUOTEY = st.lists(
    st.sampled_from(['“', '”', '"', ",", ".", "?", " ", "x", "said", "\n"]), max_size=14
).map("".join)


@settings(max_examples=400, deadline=None)
@given(_QUOTEY, st.data())
def test_quotation_marks_found_with_find_as_read_character_by_character(text, data):
    from geo.text.claims.merging import _closes_earlier, _opening_sentence
    from geo.text.claims.segmentation import Sentence

    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    sent = Sentence(start, end, 0)
    # The definitions: the sentence's characters read one by one.
    s = text[start:end]
    k = next((i for i, c in enumerate(s) if c in "“”\""), -1)
    closes = k > 0 and (
        s[k] == "”" or (s[k] == '"' and s[k - 1] in ",.?!" and s[k + 1 : k + 2] in (" ", ""))
    )
    assert _closes_earlier(text, sent) == closes
    stripped = s.lstrip()
    marks = [c for c in stripped if c in "“”\""]
    opens = stripped[:1] in "“\"" and len(marks) == 1  # sentence 0 opens the quotation
    assert _opening_sentence(text, [sent, Sentence(end, end, 0)], 1) == (0 if opens else None)
