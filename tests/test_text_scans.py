"""The shortcuts of the date, number and sentence scans find what the plain patterns find.

The date patterns run only in the windows around a hint, only in those windows that
hold the kinds of hint their matches hold, and only from where a match may start;
some patterns are rewritten to open with one character, or read from the end; each
shortcut is checked against the plain scan, on generated text.
"""

from __future__ import annotations

import re
from unittest import mock

from hypothesis import example, given, settings
from hypothesis import strategies as st

from geo.text.dates import find_dates, patterns, recognition
from geo.text.dates.hints import _HINT_STEMS, _KIND_OF_STEM, _hint_windows, _hint_windows_kinds

_PIECES = st.sampled_from(
    [
        "June", "Jun.", "Jun", "May", "March", "Sept", "December", "Friday", "Monday",
        "last", "Last", "this", "next", "previous", "week", "weekend", "month", "year",
        "Early", "early", "mid", "mid-", "late", "2024", "1990s", "2031", "the", "2025-06-02",
        "5", "12", "31", "3rd", "0", "\u0663", ", ", " ", "  ", " to ", " and ", "-", "–",
        "ago", "three", "days", "yesterday", "tonight", "Today", "night", "in ", "since ",
        "from ", "between ", "of ", "\n", "é", "İ", "x", "1500 soldiers", "%", ".", "$",
        "three days ago", "a few weeks ago", "last night", "earlier this month", "Friday, ",
        "Tuesday", "Thursday", "Wednesday", "Saturday", "Sunday", "Thurs", "Aug", "Oct.",
        "Nov", "Ma", "Mar", "January", "Late", "Mid", "1999", "20", "19", "the 2010s", "Moscow",
        "Sunni", "Tues", "Julian", "Next", "Previous", "This", "e", "L",
        "earlier", "Later", "past", "coming", "In ", "x", "_", "3rd of ", "Tint", "cin ",
    ]
)  # fmt: skip
_TEXTS = st.lists(_PIECES, max_size=30).map("".join)

_PATTERNS = [
    patterns._ISO, patterns._MDY, patterns._DMY, patterns._MY, patterns._M,
    patterns._Y, patterns._DECADE, patterns._REL_WEEKDAY, patterns._REL_DAY,
    patterns._REL_PERIOD, patterns._REL_AGO,
]  # fmt: skip


def _plain(rx):
    """The pattern as written: case-insensitive ones searched on the text itself."""
    return rx if isinstance(rx, re.Pattern) else rx.original


def test_every_hint_stem_has_a_kind():
    assert set(_HINT_STEMS) == set(_KIND_OF_STEM)


#: Every month and weekday name, abbreviation and qualifier in the contexts of the
#: patterns: each start pattern must let every one of them through.
_QUALIFIERS = ["", "Early ", "mid-", "late ", "Mid ", "early ", "Late "] + [""] * 5
_MONTH_NAMES = "January Feb. March April May June Jul. August Sept October Nov December".split()
_DAY_NAMES = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split() * 2
_EVERY_NAME = (
    " ".join(
        f"{q}{m} 5, 2024 on {w}, 3 {m} and {w} {m} 2023 in {m} last {w} this {w}."
        for q, m, w in zip(_QUALIFIERS, _MONTH_NAMES, _DAY_NAMES[:12], strict=True)
    )
    + " Next Monday, Previous Sunday, 2025-06-02, the 1990s, 2010s, Late 2024 and mid-1999."
    + " Yesterday, TODAY, tonight, Tomorrow, last  night; later this week, two days ago."
)


@settings(max_examples=400, deadline=None)
@given(_TEXTS, st.data())
def test_patterns_tried_only_where_a_match_may_start_find_every_match(text, data):
    a = data.draw(st.integers(0, len(text)))
    b = data.draw(st.integers(a, len(text)))
    for rx in _PATTERNS:
        plain = [(m.span(), m.groupdict()) for m in _plain(rx).finditer(text, a, b)]
        assert [(m.span(), m.groupdict()) for m in patterns._finditer(rx, text, a, b)] == plain


def test_every_month_and_weekday_name_passes_the_start_patterns():
    for rx in _PATTERNS:
        plain = [(m.span(), m.groupdict()) for m in _plain(rx).finditer(_EVERY_NAME)]
        assert plain, rx.pattern
        found = patterns._finditer(rx, _EVERY_NAME, 0, len(_EVERY_NAME))
        assert [(m.span(), m.groupdict()) for m in found] == plain


#: Every first word of a relative period ("earlier this week", "in the past year") and
#: of a day before its month ("Friday 3 June", "3rd of June"), at and inside words.
_PERIOD_AND_DAY_STARTS = (
    "Earlier this week, later this month, early next year, late last month; in the past "
    "year, in the coming weeks, the previous month, this weekend; xthis week, _last year, "
    "Within the past year. Friday 3 June, Sunday, 12 to 14 March 2024, 3rd of June, x3 "
    "June, 13 June, Tuesday June 3, On Thursday 5th of May 2023 and Monday 1 Jan."
)


def test_period_and_day_first_patterns_start_where_their_matches_do():
    for rx in (patterns._REL_PERIOD, patterns._DMY):
        plain = [(m.span(), m.groupdict()) for m in _plain(rx).finditer(_PERIOD_AND_DAY_STARTS)]
        assert len(plain) >= 5, rx.pattern
        text = _PERIOD_AND_DAY_STARTS
        found = patterns._finditer(rx, text, 0, len(text))
        assert [(m.span(), m.groupdict()) for m in found] == plain


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
@example("He left three days ago, on Friday, June 2, 2025 (mid-May to late June 2024).")
@example("Between 5 and 12 March 2023, in the 1990s, last Friday night and 2025-06-02.")
def test_dates_found_in_the_windows_of_their_hints_are_those_of_the_whole_text(text):
    whole = [(d.text, d.start, d.end, d.precision) for d in find_dates(text)]
    # The definition: every pattern over the whole text, from every character.
    one_window = mock.patch.object(
        recognition, "_hint_windows_kinds", lambda t, s, e: ([(s, e)], [63])
    )
    no_starts = mock.patch.object(patterns, "_FOLDED_STARTS", {})
    with one_window, no_starts, mock.patch.object(patterns, "_STARTS", {}):
        plain = [(d.text, d.start, d.end, d.precision) for d in find_dates(text)]
    assert whole == plain


def test_windows_know_the_kinds_of_their_hints():
    text = "Talks on June 2 failed. " + "x " * 40 + "Three days ago, last Friday."
    windows, kinds = _hint_windows_kinds(text, 0, len(text))
    assert windows == _hint_windows(text, 0, len(text))
    from geo.text.dates.hints import AGO, DIGIT, MONTH, WEEKDAY

    assert kinds == [MONTH | DIGIT, AGO | WEEKDAY]
    assert re.search("June", text[slice(*windows[0])])


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(_PIECES, st.sampled_from(["!", "?", "”", ")", "\n\n", "..."])), max_size=30
    ).map("".join)
)
def test_patterns_opening_with_one_character_match_as_first_written(text):
    from geo.text.claims import line_groups, segmentation
    from geo.text.dates import hints

    written = {
        hints._DIGIT_RUN: r"\d+",
        segmentation._SENTENCE_END: r"[.!?]+[\"”’»)\]]*(?=\s|$)",
        line_groups._LINE: r"[^\n]+",
    }
    for fast, plain in written.items():
        assert [m.span() for m in fast.finditer(text)] == [
            m.span() for m in re.finditer(plain, text)
        ]


def test_number_words_are_found_by_stems_that_start_them():
    from geo.text import numbers

    words = numbers._NUMBER_WORDS
    assert all(any(w.startswith(s) for s in numbers._NUMBER_STEMS) for w in words)
    assert set(numbers._ARTICLE_SCALES) <= set(numbers._NUMBER_STEMS)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["No", ".", " ", "\n", "Brigade", "é", "5", "ab", "\t", "x."]), max_size=12
    ).map("".join)
)
def test_the_word_before_a_number_is_the_pattern_search(window):
    from geo.text.units import _word_before

    m = re.search(r"([A-Za-z]+)\.?\s+$", window)
    assert _word_before(window) == (m.group(1) if m else "")


@settings(max_examples=300, deadline=None)
@given(_TEXTS, st.data())
def test_the_next_digit_is_the_pattern_search(text, data):
    from geo.text.dates.hints import next_digit

    a = data.draw(st.integers(0, len(text)))
    b = data.draw(st.integers(a, len(text)))
    m = re.compile(r"\d").search(text, a, b)
    assert next_digit(text, a, b) == (m.start() if m else -1)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            _PIECES,
            st.sampled_from(["$5m", "3,000", "10 km", "40%", " soldiers", "1.5 million", "M777"]),
        ),
        max_size=30,
    ).map("".join)
)
@example("On June 2, 2024, 3,000 soldiers and $5m; in 1500 soldiers, 2025 tanks, 10 km.")
@example("Some 5 in 2023 and 12 on June 2; 7 soldiers last week.")
def test_numbers_inside_dates_are_skipped_before_being_read(text):
    from geo.text import numbers

    dates = find_dates(text)
    spans = [(d.offset_start, d.offset_end) for d in dates]
    # The definition: every number read, then those overlapping a date dropped.
    read = (numbers._digits(text, m, len(text)) for m in numbers._DIGITS_RX.finditer(text))
    plain = [
        (q.start, q.end, q.value, q.text)
        for q in read
        if q is not None
        and numbers._countable(q.value)
        and not any(a < q.end and q.start < b for a, b in spans)
    ]
    found = numbers.find_quantities(text, dates=dates)
    digits = [q for q in found if any(map(str.isdigit, q.text))]  # not "twenty-five"
    assert [(q.start, q.end, q.value, q.text) for q in digits] == plain
