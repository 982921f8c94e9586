"""Evidence: what Russian forces shell lies in Ukraine.

"Russian forces shelled Semenovka", "Russian drones struck Podolsk and Aleksandriya":
the object of a Russian attack is a place of Ukraine, whatever namesakes the name has
elsewhere (Semenovka of Bryansk Oblast, Podolsk by Moscow, Alexandria in Egypt).
Outlets that spell places the Russian way write Ukrainian towns by their Russian names,
which Russian towns still bear, so the name alone often reads the Russian town.
:func:`mark_attack_targets` marks the Ukrainian place candidates of such an object (and
of the names listed after it: "shelled A, B and C") as front-line readings
(:attr:`~geo.text.tokens.Mention.front`, weighed by ``Weights.front`` in
:func:`geo.text.evidence.score_candidates`), when the front-line prior
(:func:`geo.text.front.mark_front`) marked none: among Ukraine's namesakes the text's
other evidence still decides.  Only the attacker named as Russian: Ukrainian forces
strike both Russia and the occupied regions of Ukraine.

Cost: one anchored search of the few words before each mention with Ukrainian and
other candidates, linear in the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..gazetteer.index import Gazetteer
from .tokens import Mention

__all__ = ["mark_attack_targets"]

#: "Russian forces shelled", "Russian drones have struck the town of", "Russian troops
#: attacked": a Russian attacker, an attack verb and an optional settlement word, right
#: before the name.
_ATTACK = re.compile(
    r"\bRussian\s+(?:forces|troops|army|artillery|drones|missiles|aircraft|jets|warplanes"
    r"|units|bombers)\s+(?:(?:have|had|also|again|heavily|repeatedly)\s+){0,2}"
    r"(?:shelled|struck|hit|attacked|bombed|pounded|shell|strike|attack|bomb|pound)\s+"
    r"(?:the\s+(?:town|city|village|settlement)s?\s+of\s+)?$",
    re.IGNORECASE,
)

#: The words before the object looked at (the pattern's longest match fits).
_LOOKBACK = 120

#: What joins the names of a list of objects: "A, B and C", "A and B".
_JOINT = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)\s*$")

_UKRAINE = "UA"


def mark_attack_targets(text: str, gaz: Gazetteer, mentions: Sequence[Mention]) -> None:
    """Set :attr:`Mention.front` of each object of a Russian attack (and each name
    listed after it) with no front-line candidates marked to its Ukrainian place
    candidates, when it has candidates in another country too.

    Parameters
    ----------
    text : str
        The text the mentions were found in (character offsets).
    gaz : Gazetteer
    mentions : sequence of Mention
        In text order; updated in place.

    Examples
    --------
    "Russian forces shelled Semenovka and nearby villages": Semenivka of Chernihiv
    Oblast's candidates marked, not Semenovka of Bryansk Oblast.
    """
    targeted = False
    previous_end = -1
    for m in mentions:
        if targeted and previous_end >= 0 and _JOINT.fullmatch(text[previous_end : m.start]):
            pass  # the list goes on: "shelled A, B and C"
        else:
            targeted = _ATTACK.search(text[max(0, m.start - _LOOKBACK) : m.start]) is not None
        previous_end = m.end
        if not targeted or m.front or m.demonym_country:
            continue
        places = [c.record for c in m.candidates if gaz.kind(c.record) == "place"]
        ours = frozenset(r for r in places if gaz.country_code(r) == _UKRAINE)
        if ours and len(ours) < len(places):
            m.front = ours
