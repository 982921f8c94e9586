"""Claims stage 4e', a channel's summary printed under a title that names the channel.

Outlets reprint a war channel's daily summary under a title line of their own::

    Svodka for 14 February 2024 (translated from a Russian war correspondents' Telegram
    channel)

    Avdeevka direction: our assault units have cleared the southern part of ...

The lines under it, with no cue of their own ("our assault units", "the enemy is
retreating"), are the channel's words, not the outlet's reporting: :func:`channel_title`
reads such a first line, a summary's noun ("summary", "svodka", "digest", "update",
"report", "roundup") and the channel it comes from ("from a Russian war correspondents'
Telegram channel", "from the pro-Russian military Telegram channel"), and gives the
channel as the issuer of a :class:`~geo.text.claims.bulletin_header.Header`, its side the
country its words name ("Russian", "pro-Russian": RU). Read once per text, in the first
line only.
"""

from __future__ import annotations

import re

from .. import lexicon as lx
from .context import _Context

__all__ = ["channel_title"]

#: A summary's noun in a title line.
_NOUN = re.compile(r"\b(?P<cue>svodka|summary|digest|update|report|roundup|round-up)\b", re.I)
#: The channel the summary comes from: "(translated from a Russian war correspondents'
#: Telegram channel)", "from the pro-Russian Telegram channel".
_CHANNEL = re.compile(
    r"\bfrom\s+(?P<issuer>(?:an?|the)\s+(?:[\w’'-]+\s+){0,5}?(?:Telegram|VK|VKontakte|"
    r"WhatsApp|Viber)\s+channel)\b",
    re.IGNORECASE,
)
#: A nationality in the channel's words: "Russian", "pro-Russian", "pro-Ukrainian".
_NATION = re.compile(r"\b(?:pro-)?(?P<word>[A-Z][a-z]+)\b")


def channel_title(ctx: _Context, end: int) -> tuple[str, str | None, str, int, int] | None:
    """(issuer, side, cue, issuer's start, issuer's end) of a channel's summary title in
    the first line, ending at ``end`` (see the module docstring), or None."""
    text = ctx.text
    noun = _NOUN.search(text, 0, end)
    m = _CHANNEL.search(text, 0, end)
    if noun is None or m is None:
        return None
    issuer = m.group("issuer")
    side = next(
        (code for w in _NATION.finditer(issuer) if (code := lx.DEMONYMS.get(w["word"].lower()))),
        None,
    )
    return issuer, side, noun.group("cue"), m.start("issuer"), m.end("issuer")
