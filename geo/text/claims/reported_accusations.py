"""Claims stage 2d, an accusation told "according to" someone is that someone's claim.

"Moscow accused Ukrainian forces of shelling a market in Horlivka, killing four civilians,
according to Denis Pushilin, the Russian-installed head of the Donetsk region": the
accuser opens the sentence, but the account of the attack (and its toll) is the one
the closing "according to" names; the accuser is what that source says. Such a sentence
is Pushilin's claim (the accuser's side is his). :func:`reported_accusers` drops the
accuser's attribution when an "according to" closes the same sentence after it and
names no medium ("..., according to TASS" only carries Moscow's words:
:mod:`.relay`). Reads the attributions of one sentence only.
"""

from __future__ import annotations

from .context import _Attribution

__all__ = ["reported_accusers"]

#: Cue verbs of an accusation whose subject opens the sentence: "Moscow accused Kyiv of".
_ACCUSING = frozenset("accused accuses blamed blames".split())


def reported_accusers(out: list[_Attribution], medium: object) -> list[_Attribution]:
    """``out`` (one sentence's attributions, in text order) without an accuser's when an
    "according to" naming no medium (``medium.search(source)`` is None) closes the sentence
    after it; else ``out`` unchanged.

    >>> import re
    >>> moscow = _Attribution(1, "accused", 0, 6, "Moscow", "org")
    >>> pushilin = _Attribution(20, "according to", 90, 104, "Denis Pushilin", "person",
    ...                         after_content=True)
    >>> [a.source for a in reported_accusers([moscow, pushilin], re.compile("TASS"))]
    ['Denis Pushilin']
    >>> tass = _Attribution(20, "according to", 90, 94, "TASS", "org", after_content=True)
    >>> [a.source for a in reported_accusers([moscow, tass], re.compile("TASS"))]
    ['Moscow', 'TASS']
    """
    if len(out) != 2:
        return out
    accuser, closing = out
    if accuser.cue not in _ACCUSING or closing.cue != "according to" or not closing.after_content:
        return out
    if closing.source is None or closing.kind == "none" or medium.search(closing.source):
        return out
    if accuser.subj_start < 0 or closing.subj_start < accuser.subj_end:
        return out
    return [closing]
