"""Patterns written with their first characters first (for ``re``'s fast scan) find what
their plain forms (a word boundary or look-behind first) find: same spans, same groups."""

from __future__ import annotations

import random
import re

import pytest

from geo.text.arabic_spellings import _HEAD
from geo.text.claims.structural import _MARKER
from geo.text.stated_date import _YEAR

_PLAIN_HEAD = re.compile(
    r"\b(?:Al|El|Ad|Ed|Ar|Er|As|Es|Ash|Esh|At|Et|Az|Ez|An|En|Ath|Um|Umm|Oum)[ \-‐](?=[A-Z][a-z])"
)
_PLAIN_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
_PLAIN_MARKER = re.compile(
    r"(?<=[a-z][.,;:])(\d{1,2})(?=\s|$)|(?<=[a-z])(\d{1,2})(?=[.,;:]?(?:\s|$))"
)

_PIECES = {
    "head": ["Al", "El", "As", "Ash", "At", "Ath", "Um", "Umm", "Oum", "x", "é", "_", " ", "-",
             "‐", "Sham", "S", "a", "1"],
    "year": ["19", "18", "20", "21", "0", "1", "9", "x", " ", "٢", "１"],
    "marker": ["ab", "Z", ".", ",", ";", ":", "1", "23", "4", " ", "\n", "é"],
}


def _strings(kind: str, n: int = 3000) -> list[str]:
    rng = random.Random(kind)
    pieces = _PIECES[kind]
    return [
        "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10))) for _ in range(n)
    ]


@pytest.mark.parametrize(
    ("fast", "plain", "kind"),
    [(_HEAD, _PLAIN_HEAD, "head"), (_YEAR, _PLAIN_YEAR, "year")],
)
def test_same_spans(fast: re.Pattern[str], plain: re.Pattern[str], kind: str) -> None:
    for text in _strings(kind):
        assert [m.span() for m in fast.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ], text
        for pos in range(len(text) + 1):  # a window's start: the look-behind reads before it
            found, wanted = fast.search(text, pos), plain.search(text, pos)
            assert (found and found.span()) == (wanted and wanted.span()), (text, pos)


def test_marker_same_numbers() -> None:
    for text in [*_strings("marker"), "the period.3 On", "in 2019 a word12 ends"]:
        assert [(m.span(), m.group(1)) for m in _MARKER.finditer(text)] == [
            (m.span(), m.group(1) or m.group(2)) for m in _PLAIN_MARKER.finditer(text)
        ], text


def test_examples() -> None:
    assert [m.group() for m in _HEAD.finditer("from Al Hasakah and Ash-Shifa, not Salt ")] == [
        "Al ", "Ash-"]
    assert [m.group() for m in _YEAR.finditer("in 2019, not 12019 or 20190")] == ["2019"]
    assert [m.group(1) for m in _MARKER.finditer("as reported.3 Later, word12 here")] == [
        "3", "12"]
