"""Claims stage 2, a cue inside a noun phrase when the sentence names its speaker after.

"The U.S. military struck another boat it said was carrying drugs ..., Defense Secretary
Pete Hegseth said Friday": the "it said" of the boat is a relative clause inside what
Hegseth says; the sentence's speaker is the one named at its end, not the subject the
pronoun stands for, nor a dateline before it ("WASHINGTON (AP) —"). With no speaker
after it ("Israel struck sites it said were used ...") the sentence's own subject speaks.
"""

from __future__ import annotations

import re

__all__ = ["speaker_after"]

#: A speaker named at a sentence's end, after a comma: ", Defense Secretary Pete Hegseth
#: said Friday.", ", the ministry said on Friday.", ", according to the navy."
_LATER_SPEAKER = re.compile(
    r",\s+(?:according\s+to\s+[^,;]{2,80}|[^,;]{2,80}?\s+(?:said|says|told\s+\w+|added|"
    r"stated|announced|reported)(?:\s+(?:on\s+|late\s+|early\s+)?[A-Z]?[a-z]+)?)"
    r"\s*[.!?]?[\"”’']?\s*$"
)


def speaker_after(text: str, at: int, stop: int) -> bool:
    """Whether the sentence ending at ``stop`` names a speaker after a comma at its end,
    past offset ``at`` (the end of a cue inside it).

    >>> t = "It struck a boat it said was armed, the minister said Friday."
    >>> speaker_after(t, 22, len(t)), speaker_after("It struck a boat it said was armed.", 22, 35)
    (True, False)
    """
    return _LATER_SPEAKER.search(text, at, stop) is not None
