"""Denials that answer no claim before them, though one stands there.

- A denial of involvement when the claim before tells of no act, only that its speaker
  is looking into something: "Police in Esbjerg said they were investigating. The
  Kremlin denied involvement." The police accuse no one; the Kremlin denies a part no
  claim gives it (a claim that names the denier, "prosecutors said a Russian officer had
  ordered the sabotage", is answered as before: :func:`.targets.blamed_claim`).
- A mutual rejection closing a mutual accusation: "Officials in Bishkek and Dushanbe
  each accused the other of opening fire first; each rejected the other's account." The
  rejection answers the accusations the sentence tells, not what residents said before.

Both read a few words at the denial or the claim's span: linear.
"""

from __future__ import annotations

import re

from .context import _Draft

__all__ = ["mutual_rejection", "only_investigating"]

#: A claim that its speaker is looking into something: "said they were investigating",
#: "said it had opened an inquiry", "said an investigation was under way".
_INVESTIGATING = re.compile(
    r"\b(?:it|they|he|she|we|officers|investigators|detectives|police)\s+(?:were|was|are|is|"
    r"had|have|has|would\s+be)\s+(?:still\s+|now\s+|also\s+)?(?:investigating|looking\s+into|"
    r"examining|reviewing|checking|opened\s+an?\s+(?:investigation|inquiry|probe)|"
    r"launched\s+an?\s+(?:investigation|inquiry|probe))\b|"
    r"\ban?\s+(?:investigation|inquiry|probe)\s+(?:was|is|had\s+been|has\s+been)\s+"
    r"(?:under\s+way|underway|opened|launched)\b",
    re.IGNORECASE,
)
#: Words of a claim that gives someone a part: then the denial may answer it.
_BLAMING = re.compile(
    r"\b(?:blam\w*|accus\w*|behind|responsible|ordered|orchestrat\w*|sponsored|"
    r"carried\s+out\s+by|on\s+behalf\s+of|suspect\w*)\b",
    re.IGNORECASE,
)
#: "each rejected the other's account", "both sides denied each other's claims", "each
#: side dismissed the other's version".
_MUTUAL = re.compile(
    r"\s+(?:(?:the|each|one)\s+)?(?:other[’']s|each\s+other[’']s|one\s+another[’']s)\s+"
    r"(?:account|accounts|claims?|versions?|accusations?|allegations?|charges?|statements?)\b",
    re.IGNORECASE,
)


def only_investigating(text: str, d: _Draft) -> bool:
    """Whether the claim ``d`` only says its speaker is looking into something, giving no
    one a part in anything (see the module docstring)."""
    return (
        _INVESTIGATING.search(text, d.start, d.end) is not None
        and _BLAMING.search(text, d.start, d.end) is None
    )


def mutual_rejection(text: str, end: int) -> bool:
    """Whether the denial whose verb ends at ``end`` rejects "the other's account": the
    answer of each party to the other's accusation, told in the same breath."""
    return _MUTUAL.match(text, end) is not None
