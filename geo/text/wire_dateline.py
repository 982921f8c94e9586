"""A wire dateline opening a text's body: where the reporter files from.

"KYIV, Ukraine (AP) —", "KYIV, Nov 28 (Reuters) -", "MOSCOW, November 29. /TASS/.",
"JERUSALEM/BEIRUT, Nov 27 (AP) —", "GOMA, Democratic Republic of Congo, Nov 27 (Reuters) -"
(a country of up to four capitalised words joined by "of", "the", "and"): the body starts
the text or follows a headline and a byline. Read by the geoparser (a dateline's place in
capitals, read whole) and by the claims stage (a dateline is no part of a claim); kept
apart from both so that reading it loads neither. Cost: up to three anchored matches at
the text's head.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["dateline_end", "dateline_span"]

#: A wire dateline: "KYIV, Ukraine (AP) —", "KYIV, Nov 28 (Reuters) -", "MOSCOW,
#: November 29. /TASS/.", "JERUSALEM/BEIRUT, Nov 27 (AP) —" (two places, then a comma):
#: where the reporter files from, not what the claim is about.
_DATELINE = re.compile(
    r"\s*[A-Z][A-Z .'’-]{1,40}(?:/[A-Z][A-Z .'’-]{1,40}(?=,))?"
    # ", Democratic Republic of Congo": a country of up to four words
    r"(?:,\s*[A-Z][\w.'’]*(?:\s(?:(?:of|the|and)\s)*[A-Z][\w.'’]*){0,3}\s?)?"
    r"(?:,?\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}\.?)(?:,\s*\d{4})?)?\s*"  # "Dec 1, 2026"
    r"(?:\([A-Z][\w .-]{1,30}\)|/(?:TASS|RIA)/\.?)?"  # "(AP)", "(Reuters)", "(Ukrinform)"
    r"\s*(?:--|[-—–])\s+|\s*[A-Z][A-Za-z.'’-]+(?:\s[A-Z][A-Za-z.'’-]+){0,2},\s+"  # "KYIV, May 2"
    r"(?:[A-Z][a-z]+\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)(?:,?\s+\d{4})?\.?\s+/[A-Z][A-Za-z-]{1,20}/\.?\s+"
)


def dateline_end(text: str) -> int:
    """Where a wire dateline at the start of ``text``'s body ends (0 when there is none).

    >>> text = "KYIV, Ukraine (AP) — Russian forces pounded Kharkiv."
    >>> text[dateline_end(text):]
    'Russian forces pounded Kharkiv.'
    >>> dateline_end("Russian forces pounded Kharkiv.")
    0
    """
    return dateline_span(text)[1]


#: The lines a body may follow: a headline, then a byline ("By Jane Doe"), each at most
#: this long and not ending as a sentence does.
_HEAD_LINES, _HEAD_LINE_CHARS = 2, 200
_BLANK = re.compile(r"\s*")


@lru_cache(maxsize=4)  # asked for each claim of the text: found once a text
def dateline_span(text: str) -> tuple[int, int]:
    """Where a wire dateline opening the text's body starts and ends, ``(0, 0)`` when
    there is none. The body starts the text, or follows a headline and a byline
    (lines that do not end as sentences do): "Strike hits pharmacy\\n\\nPARIS, Texas —".

    >>> dateline_span("Pharmacy break-in\\n\\nPARIS, Texas — Police said.")
    (19, 34)
    >>> dateline_span("It was cold.\\nPARIS, Texas — Police said.")
    (0, 0)
    """
    pos = 0
    for _ in range(_HEAD_LINES + 1):
        pos = _BLANK.match(text, pos).end()  # "Headline\n\nBy Jane Doe\n\nKYIV (AP) —"
        m = _DATELINE.match(text, pos)
        if m is not None and any(c in m.group() for c in ",(/"):
            # ("NATO - ...", "US - China talks": a name and a dash are no dateline)
            return (pos + len(m.group()) - len(m.group().lstrip()), m.end())
        newline = text.find("\n", pos, pos + _HEAD_LINE_CHARS + 1)
        line = text[pos:newline].strip()
        if newline < 0 or not line or line[-1] in '.!?"”’:;':
            break
        pos = newline + 1
    return (0, 0)
