"""Claims stage 3, status: verifying where footage was filmed confirms no claim.

"A video shared widely on Telegram claims to show a Russian tank column being destroyed
near Kostiantynivka. We verified that the video was filmed about 3 km west of
Kostiantynivka": what was verified is where (or when) the video was filmed, not what it
claims to show, so the verb is no ``confirmed`` status of the claim. Also "verified
where the footage was shot", "confirmed the location of the clip", "verified when the
images were taken". Footage verified to show the event ("footage verified by BBC Verify
shows flames rising ...") still confirms it. Linear: one match after the verb.
"""

from __future__ import annotations

import re

__all__ = ["verifies_filming"]

_FOOTAGE = r"(?:video|footage|clip|image|photo|photograph|picture|recording)s?"
#: What a verification of the filming reads after its verb.
_FILMING = re.compile(
    rf"\s+(?:(?:that|where|when)\s+(?:the\s+|this\s+|that\s+|both\s+)?(?:[\w-]+\s+)?{_FOOTAGE}\s+"
    r"(?:was|were|had\s+been|has\s+been|is|are)\s+(?:first\s+|actually\s+|in\s+fact\s+)?"
    r"(?:filmed|shot|recorded|taken|captured|made)\b|"
    rf"(?:the\s+)?(?:location|place|time|date)\s+(?:of|where)\s+(?:the\s+|this\s+)?(?:[\w-]+\s+)?"
    rf"{_FOOTAGE}\b)",
    re.IGNORECASE,
)


def verifies_filming(text: str, verb_end: int, end: int) -> bool:
    """Whether the verification verb ending at ``verb_end`` (sentence ending at ``end``)
    verifies where or when footage was filmed, not what it shows.

    >>> t = "We verified that the video was filmed about 3 km west of the town."
    >>> verifies_filming(t, t.index(" that"), len(t))
    True
    >>> t = "We verified that Russian troops had entered the town."
    >>> verifies_filming(t, t.index(" that"), len(t))
    False
    """
    return _FILMING.match(text, verb_end, end) is not None
