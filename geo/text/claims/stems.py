"""Claims stage 3a, status stems: where a status cue may be.

Every status pattern of :mod:`~geo.text.claims.status` holds one of a few word stems
("confirm", "verif", "den(y|ie)", ...); :func:`status_hints` finds them once in a
text, so that the status patterns run only in the sentences that hold one.
"""

from __future__ import annotations

import re

from ..fold import ascii_lowered

__all__ = ["_STATUS_HINT", "_STATUS_HINT_WORDS", "status_hints"]


#: Word stems every status cue above contains: a sentence without one has no status cue,
#: so the status patterns run only where one of these occurs (found in one pass).
_STATUS_HINT_WORDS = (
    r"confirm|verif|corroborat|substantiat|authenticat|evidence|report|alleg|purport|"
    r"suppos|claim|rumou?r|said\s+to|den(?:y|ie)|refut|disput|contest|reject|dismiss|"
    r"challeng|contradict|brand|call|describ|label|termed|comment|respond|footage|imagery|"
    r"geoloc|geo-loc|video|images|photos|independently"
)
#: ``_STATUS_HINT_WORDS`` grouped by first letter, in their order (the same matches:
#: ``re`` tries the alternatives of a group one after another, a third as many here).
_STATUS_HINT = re.compile(
    r"c(?:onfirm|orroborat|laim|ontest|halleng|ontradict|all|omment)|v(?:erif|ideo)|"
    r"s(?:ubstantiat|uppos|aid\s+to)|a(?:uthenticat|lleg)|evidence|"
    r"r(?:eport|umou?r|efut|eject|espond)|p(?:urport|hotos)|d(?:en(?:y|ie)|isput|ismiss|escrib)|"
    r"brand|label|termed|footage|imag(?:ery|es)|geo(?:loc|-loc)|independently"
)  # run on ascii_lower(text): case-insensitive patterns are ~7x slower in ``re``


#: The literal stems of ``_STATUS_HINT_WORDS`` (all but "said\\s+to"): no stem is a
#: prefix of another, so at most one matches at a position.
_STATUS_STEMS = tuple(
    w
    for w in _STATUS_HINT_WORDS.replace("rumou?r", "rumour|rumor")
    .replace("den(?:y|ie)", "deny|denie")
    .split("|")
    if w != r"said\s+to"
)
_SAID_TO = re.compile(r"said\s+to")


def status_hints(text: str) -> list[int]:
    """Offsets of the status word stems in ``text`` (ascending): the starts of the
    matches of ``_STATUS_HINT.finditer`` on the text lower-cased letter for letter
    (ASCII only, so offsets stay those of ``text``).

    Each stem is found with ``str.find`` (a fast scan in C; ``re`` would try the
    pattern at nearly every letter); as ``finditer`` does, a match overlapping the
    one before is dropped.

    >>> status_hints("Unconfirmed reports, recalled; allegedly said  to")
    [2, 12, 23, 31, 41]
    """
    low = ascii_lowered(text)
    found: list[tuple[int, int]] = []
    for stem in _STATUS_STEMS:
        k = low.find(stem)
        while k >= 0:
            found.append((k, k + len(stem)))
            k = low.find(stem, k + 1)
    found.extend(m.span() for m in _SAID_TO.finditer(low))
    found.sort()
    out: list[int] = []
    last = 0
    for a, b in found:
        if a >= last:
            out.append(a)
            last = b
    return out
