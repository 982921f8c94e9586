"""Claims stage 4e, a statement's header: whose first-person lines follow.

A party's statement printed as it is issued stands under a header line naming its
issuer, and its lines speak in the first person with no cue of their own::

    RAPID SUPPORT FORCES - OFFICIAL STATEMENT
    28 October 2025

    Our heroic forces have completed the liberation of the city of El Fasher ...

A page of press releases may hold several, each under its own header ("SUDANESE ARMED
FORCES - OFFICIAL SPOKESMAN STATEMENT" after a "---" rule). :func:`statement_headers`
finds every such line: a line of its own (at most 160 characters, no sentence's full
stop) that reads "<issuer> - [official] [spokesman] statement" (also "press release",
"communiqué", "announcement", "declaration", up to four words of the issuer's office
before the noun: "- True News Information Team statement") or "[Joint] Statement
by/of/from [the] <issuer> [on <its topic>]" ("Joint statement by the EU and US on the
situation in northern Kosovo": "EU and US"), or the noun alone on its line ("PRESS
RELEASE") over a line naming a body ("Ministry of Defence of Ukraine": a ministry, an
office, forces, a command ...; not a headline). The issuer written in capitals is given
in title case ("Rapid Support Forces"; words of three letters or fewer, "RSF", "M23",
stay as written). Each header's lines run to the next header
(:func:`~geo.text.claims.bulletin_header.header_at`). Linear: one pass over the text's
lines.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from ..fold import ascii_lowered

__all__ = ["StatementLine", "hit_lines", "statement_headers", "title_case"]


class StatementLine(NamedTuple):
    """A statement's header line: its issuer as given, the issuer's offsets, the
    header's noun as written (the claims' cue) and the end offset of the line."""

    source: str
    start: int
    end: int
    cue: str
    line_end: int


#: The longest header line (characters).
_LINE_REACH = 160
#: The issuer: up to eight words opening with a capital letter or a digit.
_ISSUER = r"(?P<issuer>(?-i:[A-Z0-9])[\w’'./&()-]*(?:[ \t]+[\w’'./&()-]+){0,7}?)"
_NOUN = (
    r"(?P<cue>statement|press[ \t]+release|communiqu[eé]|announcement|declaration)"
)
#: "<issuer> - [official] [spokesman] statement", "<issuer>: press release".
_AFTER = re.compile(
    rf"[ \t]*{_ISSUER}(?:[ \t]+[-–—|][ \t]+|[ \t]*:[ \t]*)(?:[\w’'-]+[ \t]+){{0,4}}?{_NOUN}"
    r"(?:[ \t]+(?:no\.?|number)[ \t]*\d+)?[ \t]*$",
    re.IGNORECASE,
)
#: "Statement by the <issuer>", "Official communiqué of the <issuer>".
_BEFORE = re.compile(
    rf"[ \t]*(?:(?:official|joint)[ \t]+)?{_NOUN}[ \t]+(?:by|of|from)[ \t]+(?:the[ \t]+)?{_ISSUER}"
    # "Joint statement by the EU and US on the situation in northern Kosovo": its topic
    r"(?:[ \t]+(?-i:on|about|regarding|concerning)[ \t]+[^\n]{1,100}?)?[ \t]*$",
    re.IGNORECASE,
)
#: A header's noun on a line of its own ("PRESS RELEASE"), the issuer on the next line.
_ALONE = re.compile(rf"[ \t]*(?:official[ \t]+)?{_NOUN}[ \t]*$", re.IGNORECASE)
#: That next line: an issuer that names a body ("Ministry of Defence of Ukraine", "Office
#: of the President"), not a headline.
_BODY_LINE = re.compile(rf"[ \t]*{_ISSUER}[ \t]*$")
#: A word naming a body, which that line must hold.
_BODY_WORD = re.compile(
    r"\b(?:ministry|office|forces|army|command|staff|service|government|council|agency|"
    r"embassy|administration|presidency|department|committee|headquarters|police|navy)\b",
    re.IGNORECASE,
)
#: What every header holds, read on the text with ASCII capitals lowered (no ``re.I``: fast).
_NOUN_WORDS = re.compile(r"statement|release|communiqu|announcement|declaration")
#: The words of ``_NOUN_WORDS`` (literal alternatives), one of which a header holds.
_NOUN_GATE = tuple(_NOUN_WORDS.pattern.split("|"))
#: Small words a title keeps in lower case.
_SMALL = frozenset({"of", "the", "and", "for", "on", "in"})


def title_case(words: str) -> str:
    """``words`` in title case when written in capitals ("RAPID SUPPORT FORCES" ->
    "Rapid Support Forces"; short words and acronyms, "RSF", "M23", stay), else as given.

    >>> title_case("SUDANESE ARMED FORCES OF THE RSF")
    'Sudanese Armed Forces of the RSF'
    >>> title_case("Arakan Army")
    'Arakan Army'
    """
    if any(c.islower() for c in words):
        return words
    out = []
    for i, w in enumerate(words.split()):
        if i and w.lower() in _SMALL:
            out.append(w.lower())
        elif len(w) <= 3 or not w.isalpha():
            out.append(w)
        else:
            out.append(w.capitalize())
    return " ".join(out)


def hit_lines(
    text: str, hits: Iterable[re.Match[str]]
) -> Iterator[tuple[re.Match[str], int, int]]:
    """(hit, start, end) of each line of ``text`` that holds one of ``hits`` (matches in
    text order, on ``text`` or a copy of its length), once a line, with its first hit:
    from after the newline before it to its own newline or the text's end.  Linear: a
    hit inside a line already given is skipped."""
    n = len(text)
    done = -1  # the end of the last line given
    for hit in hits:
        if hit.start() < done:
            continue
        start = text.rfind("\n", 0, hit.start()) + 1
        end = text.find("\n", hit.end())
        done = end = n if end < 0 else end
        yield hit, start, end


def statement_headers(text: str) -> list[StatementLine]:
    """Every statement header line of ``text``, in text order (see the module docstring)."""
    out: list[StatementLine] = []
    n = len(text)
    low = ascii_lowered(text)
    if not any(map(low.__contains__, _NOUN_GATE)):
        return out  # no header's noun (a few scans in C; the pattern reads every character)
    # the lines holding a header's noun
    for _, start, end in hit_lines(text, _NOUN_WORDS.finditer(low)):
        if end - start > _LINE_REACH or end == n or "." in text[start:end].rstrip()[-1:]:
            continue
        m = _AFTER.match(text, start, end) or _BEFORE.match(text, start, end)
        if m is not None:
            a, b = m.span("issuer")
            issuer = text[a:b].strip()
            if issuer.lower() not in ("the", "official", "press"):
                out.append(StatementLine(title_case(issuer), a, b, m.group("cue"), end))
        elif (alone := _ALONE.match(text, start, end)) is not None:
            # "PRESS RELEASE" over "Ministry of Defence of Ukraine": the line after
            nxt = text.find("\n", end + 1)
            nxt = n if nxt < 0 else nxt
            body = _BODY_LINE.match(text, end + 1, nxt)
            if (
                body is not None
                and nxt - end <= _LINE_REACH
                and nxt < n
                and _BODY_WORD.search(body.group("issuer"))
            ):
                a, b = body.span("issuer")
                out.append(StatementLine(title_case(text[a:b]), a, b, alone.group("cue"), nxt))
    return out
