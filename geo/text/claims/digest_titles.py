"""Claims stage 4e'', a digest of one person's posts printed under a title naming them.

Outlets reprint an official's posts, translated, under a line of their own::

    Translated from Russian. Digest of posts by Kursk region governor Alexander
    Khinshtein on Telegram, 3 December 2026.

    07:40. Over the past day, Rylsk and Sudzha came under attack: 9 drones ...

The entries under it, with no cue of their own, are that person's words, not the
outlet's reporting: :func:`digest_title` reads such a first line (a digest's noun, "of
posts by", the author's phrase, the platform) and gives the author (the name closing the
phrase: "Alexander Khinshtein"), their side (from the phrase's places and offices, as
any speaker's), the noun as the cue and the phrase's span. Read once per text, in the
first line only; the line's date is the article's (:mod:`geo.text.stated_date`).
"""

from __future__ import annotations

import re

from ..digests import DIGEST_TITLE
from .context import _Context
from .sides import speaker_side

__all__ = ["DIGEST_TITLE", "bare_stamp", "digest_title"]

#: The name closing the author's phrase: "... governor Vyacheslav Gladkov".
_NAME = re.compile(r"(?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+$")
#: A title before the name: "Governor", "Mayor".
_TITLE_WORD = re.compile(r"^(?:Governor|Mayor|Head|President|General|Minister)\s+")


def digest_title(
    ctx: _Context, end: int
) -> tuple[str, str | None, str | None, str, int | None] | None:
    """(author, side, party, cue, until) of a digest's title in the first line, ending at
    ``end`` (see the module docstring), or None; ``until`` is where the entries end: the
    first line after them that opens with no time stamp ("Ukraine's military did not
    comment ..." is the outlet's again), None when they run to the text's end."""
    m = DIGEST_TITLE.search(ctx.text, 0, end)
    if m is None:
        return None
    a, b = m.span("issuer")
    name = _NAME.search(ctx.text, a, b)
    if name is None:
        return None
    author = _TITLE_WORD.sub("", name.group())
    side, party = speaker_side(ctx, a, b, ctx.text[a:b])
    return author, side, party, m.group("cue").lower(), _entries_end(ctx.text, end)


#: A line opening with an entry's time stamp: "08:15. ", "14:22 GMT - ".
_STAMPED_LINE = re.compile(r"[ \t]*\[?\d{1,2}[:.]\d{2}\b")


def _entries_end(text: str, end: int) -> int | None:
    """Where the stamped entries after the title (ending at ``end``) end: the start of
    the first non-blank line with no stamp after a stamped one, or None. One pass."""
    seen = False
    pos = end + 1
    while pos < len(text):
        nl = text.find("\n", pos)
        nl = len(text) if nl < 0 else nl
        if text[pos:nl].strip():
            if _STAMPED_LINE.match(text, pos, nl):
                seen = True
            elif seen:
                return pos
        pos = nl + 1
    return None


#: A sentence that is a time stamp alone: an entry's "08:15.", "[10:05]", "14:22 GMT".
_BARE_STAMP = re.compile(
    r"\s*\[?\d{1,2}[:.]\d{2}\]?(?:\s*(?:GMT|UTC|BST|CES?T|EES?T|MSK|ET|EST|EDT|[ap]\.?m\.?))?"
    r"[\s.:-]*"
)


def bare_stamp(sentence: str) -> bool:
    """Whether ``sentence`` is a time stamp alone ("08:15.", "14:22 GMT"): an entry's
    stamp, no claim of its own.

    >>> bare_stamp("08:15."), bare_stamp("At 08:15 a drone hit a car.")
    (True, False)
    """
    return _BARE_STAMP.fullmatch(sentence) is not None
