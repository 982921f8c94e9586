"""The analysis's reading copy of a text: letters composed, odd hyphens and homoglyphs
plain, with a map of its offsets back to the text's.

Text saved decomposed (NFD: macOS file names and clipboards, some CMS exports) writes
"São" as "S", "a", U+0303, "o"; word patterns stop at the combining mark, so "Sa" was
read as a name. Stacked marks ("K̷h̴a̸r̵k̶i̷v̸") split every letter. :func:`reading_copy`
gives the copy the stages read: each letter with its marks of the generic combining
blocks (U+0300-U+036F and its supplements) composed (NFC), the marks that compose with
nothing left out, soft hyphens (U+00AD) left out (at a line's end written "-": the word
was broken there), the hyphens U+2010/U+2011 and a dash
between compass words ("north–east") written "-", and in a word that mixes Latin and
Cyrillic letters ("Хarkiv" with a Cyrillic "Х") the Cyrillic look-alikes written as the
Latin letters, as is a dotless "ı" inside a Latin word ("Kharkıv"). :class:`OffsetMap`
maps an offset of the copy back to the text's: a span never starts or ends inside a
letter and its marks. Cost: a scan of one character class (and, in a text holding a
dash, one for a dash before "east"/"west"; in one holding Latin and Cyrillic letters, one
for where they meet), linear; an ASCII text costs one test.
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
_HOMOGLYPHS = str.maketrans("АВЕКМНОРСТХУІЈЅаеорсухіјѕԁ", "ABEKMHOPCTXYIJSaeopcyxijsd")
_LATIN = "A-Za-z\u00c0-\u024f"
_CYRILLIC = "\u0400-\u04ff"
_DASHES = "\u2012\u2013\u2014\u2015\u2212"
#: What may need rewriting, one character class (scanned at C speed): a run of marks or
#: soft hyphens, an odd hyphen, a dotless i; and a dash before "east" or "west".
_TRIGGER = re.compile(f"[{_MARKS}\u00ad\u2010\u2011\u0131]+")
_DASH_BEFORE = re.compile(f"[{_DASHES}](?=[EeWw])")
_HAS_CYRILLIC = re.compile(f"[{_CYRILLIC}]")
_HAS_LATIN = re.compile("[A-Za-z]")
#: Where a Latin and a Cyrillic letter meet inside a word ("Хarkiv", "Pоkrоvsk").
_SCRIPTS_MEET = re.compile(f"[{_CYRILLIC}](?=[{_LATIN}])|[{_LATIN}](?=[{_CYRILLIC}])")
_LATIN_LETTER = re.compile(f"[{_LATIN}]")
_COMPASS_BEFORE = ("north", "south")
_COMPASS_AFTER = ("east", "west")


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


def _pieces(text: str, matches: list[re.Match[str]]) -> list[tuple[int, int]]:
    """The matches' stretches: a run of marks and soft hyphens as one, any other
    character on its own."""
    out = []
    for m in matches:
        s, e = m.span()
        while s < e:
            k = s + 1
            if text[s] in _MARKS_SET or text[s] == "\u00ad":
                while k < e and (text[k] in _MARKS_SET or text[k] == "\u00ad"):
                    k += 1
            out.append((s, k))
            s = k
    return out


def _spans(text: str) -> list[tuple[int, int]]:
    """The stretches of ``text`` the copy rewrites, in order, overlapping ones merged."""
    spans = []
    matches = list(_TRIGGER.finditer(text))
    if any(d in text for d in _DASHES):
        matches.extend(_DASH_BEFORE.finditer(text))
        matches.sort(key=lambda m: m.start())
    for s, e in _pieces(text, matches):
        c = text[s]
        if c == "\u0131":
            if not (
                _LATIN_LETTER.match(text[s - 1 : s] or " ")
                or _LATIN_LETTER.match(text[e : e + 1] or " ")
            ):
                continue
        elif c in _DASHES:
            if not (
                text[max(0, s - 5) : s].lower() in _COMPASS_BEFORE
                and text[e : e + 4].lower() in _COMPASS_AFTER
            ):
                continue
        elif not text[s:e].strip("\u00ad") and text[e : e + 1] == "\n":
            e += 1  # soft hyphens ending a line: where a word was broken, written "-"
        elif c not in "\u2010\u2011" and s > 0 and text[s:e].strip("\u00ad"):
            s -= 1  # a letter's marks: the letter with them (soft hyphens alone: dropped)
        spans.append((s, e))
    if _HAS_CYRILLIC.search(text) and _HAS_LATIN.search(text):
        for m in _SCRIPTS_MEET.finditer(text):  # the whole word the two scripts share
            s = e = m.start()
            while s > 0 and text[s - 1].isalnum():
                s -= 1
            while e < len(text) and (text[e].isalnum() or text[e] in _MARKS_SET):
                e += 1
            spans.append((s, e))
        spans.sort()
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def _rewritten(piece: str) -> str:
    if len(piece) == 1 and piece in "\u2010\u2011" + _DASHES:
        return "-"
    if piece == "\u0131":  # (beside a Latin letter)
        return "i"
    if piece[-1] == "\n" and not piece[:-1].strip("\u00ad"):
        return "-\n"  # "Zapo<soft hyphen><newline>rizhzhia": "Zapo-", read by :mod:`.hyphenated`
    out = _DROP.sub("", unicodedata.normalize("NFC", piece.replace("\u00ad", "")))
    if _HAS_CYRILLIC.search(out) and _LATIN_LETTER.search(out):
        out = out.translate(_HOMOGLYPHS)
    if "\u0131" in out and _LATIN_LETTER.search(out.replace("\u0131", "")):
        out = out.replace("\u0131", "i")
    return out


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
    >>> copy, back = reading_copy("Copenhagen\u00ad\u00ad's airport")
    >>> copy, back.end(10), back.start(10)
    ("Copenhagen's airport", 10, 12)
    >>> reading_copy("Zapo\u00ad\\nrizhzhia")[0]
    'Zapo-\\nrizhzhia'
    """
    if text.isascii():
        return None
    pieces: list[tuple[int, int, int, int]] = []
    out: list[str] = []
    at = 0  # text offset copied up to
    size = 0  # copy length so far
    for s, e in _spans(text):
        new = _rewritten(text[s:e])
        if new == text[s:e]:
            continue
        out.append(text[at:s])
        size += s - at
        pieces.append((size, size + len(new), s, e))
        out.append(new)
        size += len(new)
        at = e
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
