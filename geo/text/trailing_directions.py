"""A direction named after its list: "attacked near A, B and C in the Siversk direction".

:func:`geo.text.directions.anchor_directions` anchors the "near" lists that follow a
direction phrase ("In the Siversk direction, Russian forces attacked near Vyimka"): its
scope runs forward.  General Staff and analysts' summaries also close a list with its
direction ("Russian forces attacked near Zarichne and Torske in the Lyman direction, and
near Hryhorivka and Vyimka in the Siversk direction"): there the forward scope of "the
Lyman direction" takes the Siversk list, and the villages the gazetteer lacks are put
30 km off, by Lyman.

:func:`trailing_directions` gives each name of a "near" list that ends right before "in
the X direction" (or axis) a "near" hint anchored on X, in place of a hint another
direction or a partner of its list gave it (or none).  A name with a direction of its
own ("southeast of Y"), or a hint anchored outside its list in its own sentence ("A and
B near Y"), keeps its hint; one anchored in an earlier sentence (the previous sentence's
list: "... near Nevske and Torske. Russian forces attacked near Pobieda and Zoria in the
Kurakhove direction") gives way to the direction its own sentence names.

Cost: one pass over the mentions; per trailing direction, a walk back over its list.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from . import direction_words as dw
from .hints import NEAR_KM, Hint
from .tokens import Mention

__all__ = ["trailing_directions"]

#: Between a list's last name and the direction's name.
_IN_THE = re.compile(r"\)?\s+(?:in|on)\s+the\s+", re.IGNORECASE)
#: After the direction's name: one direction or axis (not a district or area, which
#: :mod:`geo.text.directions` also reads: the summaries that close a list so name it by
#: direction).
_DIRECTION = re.compile(rf"\s+{dw.SECTORS}{dw.SINGULAR}", re.IGNORECASE)
#: Between two names of a list (or a name and its other spelling in brackets: "near
#: Yablunivka (Yablonovka) and Mykhailivka (Mikhaylovka) in the Pokrovsk direction").
_LIST_GAP = re.compile(rf"\)?{dw.LIST_GAP}|\s+\(")  # also a closing or opening bracket
#: Before a list's first name: the "near" phrase that opens it, or a settlement word or
#: a verb of taking or striking ("liberated the village of Novoaleksandrovka in the
#: Krasnoarmeysk direction", "captured Andriivka and Vesele in the Lyman direction").
#: More than :mod:`geo.text.directions` takes in a scope of sentences ("town of", any
#: verb of taking or striking): here the list runs right into its direction's name.
_TAKES = (*dw.CAPTURES, "took", "taken", "occupied", "entered", "stormed", "shelled", "struck")
_NEAR = re.compile(
    rf"\b(?:{'|'.join(dw.NEAR_PHRASES)}"
    rf"|{dw.any_of(*dw.SETTLEMENTS_OF, 'town')}s?\s+of"
    rf"|{dw.any_of(*_TAKES)}"
    r"(?:\s+control\s+of)?(?:\s+the)?)\s+$",
    re.IGNORECASE,
)
_LOOK_BACK = 40
#: Where a sentence ends: a full stop, "!" or "?" before a space, or a line's end.
_SENTENCE_END = re.compile(r"[.!?]\s|\n")
#: Names of one list walked back over (bounded work).
_MAX_LIST = 16


def trailing_directions(
    text: str, mentions: Sequence[Mention], hints: Mapping[int, Hint]
) -> dict[int, Hint]:
    """``hints`` with each name of a list a direction closes anchored on the direction's
    name (module docstring); not modified."""
    out = dict(hints)
    phrases = {k for k, m in enumerate(mentions) if _DIRECTION.match(text, m.end)}
    if not phrases:
        return out
    for k in sorted(phrases):
        if k == 0 or not _IN_THE.fullmatch(text, mentions[k - 1].end, mentions[k].start):
            continue
        names = [k - 1]
        while len(names) < _MAX_LIST:
            j = names[-1]
            lo = max(0, mentions[j].start - _LOOK_BACK)
            if _NEAR.search(text[lo : mentions[j].start]):
                break
            if j == 0 or not _LIST_GAP.fullmatch(text, mentions[j - 1].end, mentions[j].start):
                names = []
                break
            names.append(j - 1)
        listed = set(names)
        for j in names:
            h = hints.get(j)
            if h is not None and (
                h.bearing_deg is not None
                or (
                    h.anchor not in phrases
                    and h.anchor not in listed
                    and not _earlier_sentence(text, mentions, h.anchor, j)
                )
            ):
                continue
            m = mentions[j]
            out[j] = Hint(k, None, 180.0, 0.0, NEAR_KM, None, m.start, m.end)
    return out


def _earlier_sentence(text: str, mentions: Sequence[Mention], anchor: int, j: int) -> bool:
    """Does mention ``anchor`` lie before ``j`` with a sentence's end between them?

    >>> t = "Near Torske. Near Zoria."
    >>> ms = [Mention(5, 11, "torske", 1, 1), Mention(18, 23, "zoria", 4, 4)]
    >>> _earlier_sentence(t, ms, 0, 1), _earlier_sentence(t, ms, 1, 0)
    (True, False)
    """
    a, m = mentions[anchor], mentions[j]
    return a.end <= m.start and _SENTENCE_END.search(text, a.end, m.start) is not None
