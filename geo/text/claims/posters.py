"""Claims stage 2d, posters: a posted video's claim is its poster's, not the outlet's.

"A video shared by Russian Telegram channels on Monday claims to show a Ukrainian tank
destroyed near Pokrovsk, the Kyiv Independent reported": what the video claims is the
claim of those who posted it, "Russian Telegram channels"; the outlet closing the
sentence only reports that it was posted. "A video posted on the Telegram channel of the
47th Brigade claims ..." is the brigade's (also "the Telegram channel Rybar": Rybar), and
"A video shared on Telegram claims ..." the video's as the text names it ("a video shared
on Telegram"): no poster is named; "Posts shared thousands of times on Facebook and
Telegram say ..." the posts' (posts, messages and tweets "say" too). :func:`posted_claims`
rewrites a sentence's attributions so: the claiming verb ("claims", "purports") takes the
poster as its speaker, the participle before it ("posted") is no cue, and a speaker closing the
sentence after it ("..., the Kyiv Independent reported", "according to the BBC") is
dropped. Reads the words before each claiming verb once.
"""

from __future__ import annotations

import re

from .context import _Attribution
from .gates import holds
from .tokens import _Tok

__all__ = ["circulated_evidence", "posted_claims"]

#: The verbs by which posted evidence claims something.
_CLAIMING = frozenset(
    "claims claim claimed claiming purports purported purport say says said".split()
)
#: Posted evidence right before the claiming verb: "A video shared by Russian Telegram
#: channels on Monday", "Footage posted on the Telegram channel of the 47th Brigade".
_POSTED = re.compile(
    r"(?:^|(?<=\s))(?P<np>(?:(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?i:video|clip|footage|images?|photos?|photographs?|pictures?|posts|messages|tweets)\s+"
    r"(?:(?:widely|first|later|also)\s+)?(?:shared|posted|published|circulated|uploaded)\s+"
    r"(?:(?:more\s+than|over|about|some|nearly|almost)\s+)?(?:[\d,.]+\s+(?:million\s+)?times\s+|"
    r"(?:(?:tens\s+of\s+)?thousands|hundreds|millions)\s+of\s+times\s+)?"
    r"(?P<prep>by|on|to)\s+(?P<poster>[^,;:()]+?))"
    r"(?:\s+(?:(?:late|early)\s+)?on\s+[A-Z][a-z]+|\s+overnight|\s+(?:on\s+)?\w+day)?\s*$"
)
#: The participles one of which every ``_POSTED`` match holds, as written.
_POSTED_WORDS = ("shared", "posted", "published", "circulated", "uploaded")
#: The owner of a channel the evidence was posted on: "the Telegram channel of the 47th
#: Brigade", "the Telegram channel Rybar".
_CHANNEL_OF = re.compile(r"\bchannel\s+of\s+(?P<owner>.+)$|\bchannel\s+(?P<name>(?-i:[A-Z]).*)$")
#: How far before the verb the evidence may start (characters).
_BACK = 200


def posted_claims(text: str, toks: list[_Tok], out: list[_Attribution]) -> list[_Attribution]:
    """``out`` (in text order) with posted evidence's claims given to the poster (see the
    module docstring)."""
    if not toks or not any(a.cue in _CLAIMING for a in out):
        return out
    for a in out:
        if a.cue not in _CLAIMING:
            continue
        verb = toks[a.verb]
        lo = max(toks[0].start, verb.start - _BACK)
        # what every match holds (as written): most windows post nothing
        posted = holds(text, lo, verb.start, _POSTED_WORDS)
        m = _POSTED.search(text, lo, verb.start) if posted else None
        if m is None:
            continue
        a0, b0 = m.span("poster")
        named = True
        if m.group("prep") == "by":
            s, e = a0, b0
        elif (c := _CHANNEL_OF.search(text, a0, b0)) is not None:
            s, e = c.span("owner") if c.group("owner") else c.span("name")
        else:
            (s, e), named = m.span("np"), False  # "a video shared on Telegram": no poster
        if not (named and s <= a.subj_start < e):  # a name in the poster's phrase: "Rybar"
            source = text[s:e]
            if source.startswith(("A ", "An ", "The ")):
                source = source[0].lower() + source[1:]  # "a video shared on Telegram"
            a.source, a.kind, a.descriptor = source, "org", ""
            a.subj_start, a.subj_end, a.evidence = s, e, False
        np_start = m.start("np")
        return [
            b
            for b in out
            if b is a
            or not (
                np_start <= toks[b.verb].start < verb.start  # "posted": no cue of its own
                or (b.verb > a.verb and b.after_content)  # "..., the Kyiv Independent reported"
            )
        ]
    return out


#: Evidence named by its spreading: "a video shared thousands of times on social media",
#: "footage circulating online", "a viral clip".
_CIRCULATED = re.compile(
    r"^(?:(?:an?|the|one|another)\s+)?(?:[\w-]+\s+){0,2}?(?:viral\s+)?"
    r"(?:videos?|clips?|footage|images?|photos?|photographs?|pictures?)\s+"
    r"(?:(?:widely|first|later|also)\s+)?(?:shared|circulat(?:ed|ing)|going\s+viral|"
    r"posted\s+(?:online|on\s+social))\b|^(?:an?\s+)?viral\s+(?:videos?|clips?|footage|posts?)\b",
    re.IGNORECASE,
)


def circulated_evidence(phrase: str) -> bool:
    """Whether a speaker's phrase (and the words after it: ``phrase`` may run on past the
    speaker) is evidence named by its spreading, whose poster is not named: "a video
    shared thousands of times on social media" speaks for no one known, neither a party
    nor an independent check (the geolocated or verified video is)."""
    return _CIRCULATED.search(phrase.strip()) is not None
