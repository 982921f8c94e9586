"""Claims stage 1, attribution: a monitor's verified tally is its own claim.

"The UN Human Rights Monitoring Mission in Ukraine has so far verified three of the
deaths", "OHCHR has now verified the killing of at least 57 civilians", "the
mission had independently verified 12 attacks on health care": a perfect tense of
"verified" whose object is a count or a toll speaks for its subject (the office or
mission), as "has geolocated footage" does for evidence. A passive ("deaths verified
by the mission") or a bare "verified footage shows" is no such cue.
"""

from __future__ import annotations

import re

#: Words between the auxiliary and "verified": "has so far verified".
_ADVERBS = frozenset("so far now already independently also since then thus".split())

#: What a tally counts (the object's head within a few words of the verb).
_TALLIED = frozenset(
    """
    death deaths killing killings casualties casualty dead injured injuries attack attacks
    incident incidents case cases strike strikes victims civilians people children
    """.split()
)


def verified_tally(lows: list[str], i: int) -> bool:
    """Whether the verify verb at token ``i`` of the lower-cased words ``lows`` is a
    perfect tense (auxiliary "has"/"have"/"had", adverbs like "so far" between) whose
    object within five words is a count or a toll ("three of the deaths", "the killing of
    at least 57 civilians"). Pure; O(1) per call."""
    if lows[i] != "verified":
        return False
    k = i - 1
    while k >= 0 and lows[k] in _ADVERBS and i - k <= 3:
        k -= 1
    if k < 0 or lows[k] not in ("has", "have", "had"):
        return False
    after = lows[i + 1 : i + 6]
    return any(w in _TALLIED for w in after) or any(w.isdigit() for w in after)


#: The same cue read in the text: "has so far verified three of the deaths".
_TALLY_CUE = re.compile(
    r"\b(?:has|have|had)\s+(?:(?:so\s+far|now|already|independently|also|since\s+then)\s+)?"
    r"verified\s+(?:[\w,-]+\s+){0,4}?(?:\d|(?:" + "|".join(sorted(_TALLIED)) + r")\b)",
    re.IGNORECASE,
)


def tally_cue_at(text: str, at: int, end: int) -> bool:
    """Whether the word "verified" starting at ``at`` is a monitor's tally cue (see
    :func:`verified_tally`), read from the ``text`` before it and up to ``end``: the
    speaker's verb, no confirmation of the claim it heads (the tally is the monitor's own
    claim, ``asserted``). O(1): reads some 40 characters either side."""
    m = _TALLY_CUE.search(text, max(0, at - 30), min(end, at + 60))
    return m is not None and m.start() < at < m.end()
