"""The analysis's reading copy of a text: letters composed, odd hyphens and homoglyphs
plain, with a map of its offsets back to the text's.

Text saved decomposed (NFD: macOS file names and clipboards, some CMS exports) writes
"São" as "S", "a", U+0303, "o"; word patterns stop at the combining mark, so "Sa" was
read as a name. Stacked marks ("K̷h̴a̸r̵k̶i̷v̸") split every letter. :func:`reading_copy`
gives the copy the stages read: each letter with its marks of the generic combining
blocks (U+0300-U+036F and its supplements) composed (NFC), the marks that compose with
nothing left out, soft hyphens (U+00AD) left out, the hyphens U+2010/U+2011 and a dash
between compass words ("north–east") written "-", and in a word that mixes Latin and
Cyrillic letters ("Хarkiv" with a Cyrillic "Х") the Cyrillic look-alikes written as the
Latin letters, as is a dotless "ı" inside a Latin word ("Kharkıv"). :class:`OffsetMap`
maps an offset of the copy back to the text's: a span never starts or ends inside a
letter and its marks. One regular-expression pass over the text (linear); a text that
needs none of this (any ASCII text) costs one test.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field, replace

__all__ = ["OffsetMap", "mapped_back", "reading_copy"]

_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_DROP = re.compile(f"[{_MARKS}]")
#: Cyrillic letters drawn like Latin ones, and the Latin letter each is read as.
_HOMOGLYPHS = str.maketrans("АВЕКМНОРСТХУІЈЅаеорсуххіјѕԁ", "ABEKMHOPCTXYIJSaeopcyxxijsd")
_LATIN = "A-Za-z\u00c0-\u024f"
_CYRILLIC = "\u0400-\u04ff"
#: What the copy rewrites: a letter and its marks; a soft hyphen; an odd hyphen; a dash
#: between compass words; a word of Latin and Cyrillic letters; a dotless i in a word.
_CHANGED = re.compile(
    rf"(?s).[{_MARKS}\u00ad]+|\u00ad|[\u2010\u2011]"
    r"|(?<=[Nn]orth|[Ss]outh)[\u2012-\u2015\u2212](?=[Ee]ast|[Ww]est)"
    rf"|(?<!\w)(?=\w*[{_LATIN}])(?=\w*[{_CYRILLIC}])\w+"
    rf"|(?<=[{_LATIN}])\u0131|\u0131(?=[{_LATIN}])"
)


@dataclass(frozen=True)
class OffsetMap:
    """Offsets of a reading copy mapped to the text's.

    ``pieces`` are the rewritten stretches, in order: (copy start, copy end, text start,
    text end); between them the copy is the text shifted by the pieces before.
    """

    pieces: tuple[tuple[int, int, int, int], ...]
    _copy_starts: tuple[int, ...] = field(init=False, repr=False, compare=False)
    _copy_ends: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_copy_starts", tuple(p[0] for p in self.pieces))
        object.__setattr__(self, "_copy_ends", tuple(p[1] for p in self.pieces))

    def start(self, at: int) -> int:
        """The text's offset of a span starting at copy offset ``at``."""
        k = bisect.bisect_right(self._copy_starts, at) - 1
        if k >= 0:
            _, ce, ts, te = self.pieces[k]
            if at < ce:
                return ts
            return te + (at - ce)
        return at

    def end(self, at: int) -> int:
        """The text's offset of a span ending at copy offset ``at`` (after a letter's
        marks)."""
        k = bisect.bisect_left(self._copy_ends, at)
        if k < len(self.pieces):
            cs, _, _, te = self.pieces[k]
            if cs < at:
                return te
        if k > 0:
            _, ce, _, te = self.pieces[k - 1]
            return te + (at - ce)
        return at


def _rewritten(piece: str) -> str:
    if piece in "\u2010\u2011" or piece[0] in "\u2012\u2013\u2014\u2015\u2212":
        return "-"
    if piece == "\u0131":
        return "i"
    if piece[-1] in _MARKS_SET or piece[-1] == "\u00ad" or piece == "\u00ad":
        base = unicodedata.normalize("NFC", piece.replace("\u00ad", ""))
        return _DROP.sub("", base)
    return piece.translate(_HOMOGLYPHS).replace("\u0131", "i")


_BLOCKS = ((0x300, 0x36F), (0x1AB0, 0x1AFF), (0x1DC0, 0x1DFF), (0x20D0, 0x20FF), (0xFE20, 0xFE2F))
_MARKS_SET = frozenset(chr(c) for a, b in _BLOCKS for c in range(a, b + 1))


def reading_copy(text: str) -> tuple[str, OffsetMap] | None:
    """(the reading copy of ``text``, its offset map), or None when the copy would be
    ``text`` itself (see the module docstring).

    Examples
    --------
    >>> import unicodedata
    >>> copy, back = reading_copy(unicodedata.normalize("NFD", "in São Paulo"))
    >>> copy
    'in São Paulo'
    >>> back.start(3), back.end(6)
    (3, 7)
    >>> reading_copy("30 km north\u2011east of Kharkiv")[0]
    '30 km north-east of Kharkiv'
    >>> reading_copy("plain text") is None
    True
    """
    if text.isascii():
        return None
    pieces: list[tuple[int, int, int, int]] = []
    out: list[str] = []
    at = 0  # text offset copied up to
    size = 0  # copy length so far
    for m in _CHANGED.finditer(text):
        new = _rewritten(m.group())
        if new == m.group():
            continue
        out.append(text[at : m.start()])
        size += m.start() - at
        pieces.append((size, size + len(new), m.start(), m.end()))
        out.append(new)
        size += len(new)
        at = m.end()
    if not pieces:
        return None
    out.append(text[at:])
    return "".join(out), OffsetMap(tuple(pieces))


def _span(obj, text: str, copy: str, back: OffsetMap, a: str = "start", b: str = "end"):
    """``obj`` with its span (fields ``a``, ``b``) and, when it is the span's text, its
    ``text`` mapped back to the text's."""
    s, e = getattr(obj, a), getattr(obj, b)
    if s is None or e is None:
        return obj
    s2, e2 = back.start(s), back.end(e)
    change = {a: s2, b: e2}
    if getattr(obj, "text", None) == copy[s:e]:
        change["text"] = text[s2:e2]
    return replace(obj, **change)


def mapped_back(
    text: str, copy: str, back: OffsetMap, toponyms: tuple, features: tuple, claims: tuple
) -> tuple[tuple, tuple, tuple]:
    """(toponyms, features, claims) found on ``copy`` with their spans, their quantities'
    and dates' spans, and the text of each span mapped back to ``text``."""
    tops = tuple(_span(t, text, copy, back) for t in toponyms)
    feats = tuple(_span(f, text, copy, back) for f in features)
    out = []
    for c in claims:
        c = _span(c, text, copy, back)
        quantities = tuple(_span(q, text, copy, back) for q in c.quantities)
        dates = tuple(_span(d, text, copy, back, "offset_start", "offset_end") for d in c.dates)
        out.append(replace(c, quantities=quantities, dates=dates))
    return tops, feats, tuple(out)
