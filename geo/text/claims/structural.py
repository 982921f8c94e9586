"""Numbers that structure a document rather than count anything, and the page furniture
that carries them.

- a post's number in a thread ("4/ Reports of a strike ...", "12/ End."): a number at the
  start of a line followed by a slash;
- a road or code whose letters and digits a soft hyphen joins ("the H\u00ad-20 road"): the
  plain hyphen is already a code (:mod:`geo.text.numbers`);
- the count of a fraction ("two-thirds of the territory", "three quarters");
- a page number ("Page 3 of 12") and a footnote's number at the start of its line, when
  the same number is glued to a word earlier as its marker ("... the reporting period.3",
  then "3 Regional military administration, 25 November 2026.").

A page header ("SITUATION REPORT No. 47   Page 3 of 12") or a footnote line is no claim
(:func:`without_page_furniture`). One pass over the text and the quantities.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

__all__ = ["furniture_line", "structural_numbers", "without_page_furniture"]

#: A thread's post number: "4/ ", "12/" at the start of a line.
_THREAD_NUMBER = re.compile(r"/(?:\s|$)")
#: A code's letters joined by a soft hyphen (and maybe a hyphen) to the digits.
_SOFT_CODE = re.compile(r"(?<![A-Za-z])[A-Z]{1,3}(?:\u00ad[-‐]?|[-‐]\u00ad)$")
#: The denominators of a fraction ("two-thirds", "three quarters").
_DENOMINATORS = frozenset(
    "third thirds quarter quarters fifth fifths sixth sixths seventh sevenths eighth eighths "
    "ninth ninths tenth tenths halves".split()
)
#: A page number: "Page 3", "page 3 of 12", "p. 3".
_PAGE_BEFORE = re.compile(r"\b(?:[Pp]age|PAGE)\s+(?:\d{1,4}\s+(?:of|/)\s+)?$")
#: A footnote marker: digits glued to the end of a word or sentence ("period.3 On"). The
#: digit first (``re`` skips to one in C), then what lies before it: ``(?<=[a-z][.,;:])
#: (\d{1,2})(?=\s|$)|(?<=[a-z])(\d{1,2})(?=[.,;:]?(?:\s|$))`` in one group.
_MARKER = re.compile(
    r"(\d(?:(?<=[a-z][.,;:]\d)\d?(?=\s|$)|(?<=[a-z]\d)\d?(?=[.,;:]?(?:\s|$))))"
)
#: A footnote line: its number, a space and a capital letter.
_FOOTNOTE = re.compile(r"(?m)^[ \t]*(\d{1,2})[ \t]+(?=[A-Z])")
#: A page header's or footer's page count.
_PAGE_OF = re.compile(r"\b(?:[Pp]age|PAGE)\s+\d{1,4}\s+(?:of|/)\s+\d{1,4}\b")


def _line_start(text: str, pos: int) -> bool:
    k = pos - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    return k < 0 or text[k] == "\n"


def _footnote_numbers(text: str) -> set[int]:
    """The starts of the numbers that open a footnote line whose marker is in the text."""
    if not any(map(text.__contains__, "0123456789")):
        return set()
    markers = {m.group(1) for m in _MARKER.finditer(text)}
    if not markers:
        return set()
    return {m.start(1) for m in _FOOTNOTE.finditer(text) if m.group(1) in markers}


def structural_numbers(text: str, quantities: Sequence[Any]) -> set[int]:
    """The indices of the quantities that number posts, pages, footnotes, codes or a
    fraction's parts (see the module docstring).

    >>> from geo.text.numbers import find_quantities
    >>> t = "4/ Near Pokrovsk, 3 drones fell; about two-thirds of the town, see page 7."
    >>> qs = find_quantities(t)
    >>> [qs[i].text for i in sorted(structural_numbers(t, qs))]
    ['4', 'two', '7']
    """
    footnotes: set[int] | None = None
    found: set[int] = set()
    for i, q in enumerate(quantities):
        if _numbers_a_part(text, q):
            found.add(i)
        elif _line_start(text, q.start):
            if footnotes is None:
                footnotes = _footnote_numbers(text)
            if q.start in footnotes:
                found.add(i)
    return found


def _numbers_a_part(text: str, q: Any) -> bool:
    """Whether ``q`` is a fraction's count, a post's, a page's or a code's number, or a
    footnote marker (see the module docstring)."""
    s = q.start
    return (
        q.unit in _DENOMINATORS
        or (_THREAD_NUMBER.match(text, q.end) is not None and _line_start(text, s))
        # a footnote marker: "the reporting period.3 On 24 November"
        or (s >= 2 and text[s - 1] in ".,;:" and text[s - 2].islower() and len(q.text) < 3)
        or _SOFT_CODE.search(text, max(0, s - 6), s) is not None
        or _PAGE_BEFORE.search(text, max(0, s - 20), s) is not None
    )


def furniture_line(text: str, start: int, end: int, footnotes: set[int]) -> bool:
    """Whether ``text[start:end]`` is a page header or footer ("... REPORT No. 47   Page 3
    of 12") or a footnote line ("3 Regional military administration, 25 November 2026."),
    ``footnotes`` the starts of the footnote numbers (:func:`_footnote_numbers`)."""
    body = text[start:end].strip()
    if "\n" in body:
        return False
    if _PAGE_OF.search(body) is not None:
        letters = [c for c in body if c.isalpha()]
        capitals = sum(c.isupper() for c in letters)
        return len(body) < 160 and capitals * 2 > len(letters)  # a header, not prose
    m = _FOOTNOTE.match(text, start)
    return m is not None and len(body) < 160 and m.start(1) in footnotes


def without_page_furniture(ctx: Any, drafts: list[Any]) -> list[Any]:
    """``drafts`` without the page headers and footnote lines."""
    text = ctx.text
    if not any(text[d.start : d.start + 1].isdigit() for d in drafts) and not any(
        map(text.__contains__, ("Page", "page", "PAGE"))
    ):
        return drafts
    footnotes = _footnote_numbers(text)
    return [d for d in drafts if not furniture_line(text, d.start, d.end, footnotes)]
