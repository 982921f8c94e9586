"""Evidence for the front-line prior: a place named as a direction of the front.

Ukrainian, Russian and ISW reporting names each sector of the front after a town on it
("the Pokrovsk direction", "the Stepnogorsk direction", "in the Kupiansk and Lyman
directions"). In a text about fighting, a name so used is the front-line town, whatever
its namesakes elsewhere, larger or better matched: "the Krasnoarmeysk direction" is
Pokrovsk (once so called), not Krasnoarmeysk in Saratov Oblast; "the Stepnogorsk
direction" is Stepnohirsk by Zaporizhzhia, not Stepnogorsk in Kazakhstan.
:func:`narrow_axes` keeps, of such a mention's candidates, the places in
:data:`~geo.text.front.FRONT_REGIONS`, and of those the largest and its namesakes of at
least a quarter its population; unless the largest bears the name only as another name
while front-line places bear it as their own: where that is another spelling of its
own name ("the Konstantinovka direction") the text's places decide as without a
direction; where it is another name ("the Oleksandrivka direction": Donetsk's old name
and many villages' own) the places of that name as their own are kept and the text's
places decide among them.

Cost: nothing for a text without "direction"; otherwise one anchored match after each
mention with candidates, and one search of the text for words of war (cached).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Sequence

from ..gazetteer.codes import QUALITY_PRIMARY
from ..gazetteer.index import Gazetteer
from .direction_words import DIRECTION, EITHER
from .tokens import Mention

__all__ = ["narrow_axes"]

# After the name: "direction", "directions", or the rest of a pair of directions
# ("the Kupiansk and Lyman directions", hyphened names: "the Ivano-Darivka and Siversk
# directions").  Only "direction", lower-case, the word the reporting above names a
# sector with: taking "axis" too (as geo.text.directions does) would narrow more
# mentions' candidates, a change of results not made here.
_AXIS = re.compile(rf"(?:(?:,|,? and) [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)*\s+{DIRECTION}{EITHER}")

#: A front-line namesake stays a reading of a direction with this share of the
#: population of its largest front-line namesake.
_SHARE = 0.25
#: Two names this alike (difflib's ratio) are spellings of one name ("konstantinovka",
#: "kostyantynivka": 0.79), not two names ("oleksandrivka", "donetsk": 0.3).
_ALIKE = 0.6


def narrow_axes(
    text: str,
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    fighting: Callable[[str], bool],
    front_regions: frozenset[tuple[str, str]],
) -> None:
    """Narrow the candidates of each mention named as a direction ("in the X
    direction") to its front-line places (those in ``front_regions``, as (country code,
    admin-1 code)) of at least :data:`_SHARE` of the largest one's population, in a
    text about fighting
    (``fighting(text)``). A mention with no front-line place is unchanged; so is every
    mention of a text without "direction"."""
    if "direction" not in text:
        return
    asked: bool | None = None
    for m in mentions:
        if len(m.candidates) < 2 or m.demonym_country or not _AXIS.match(text, m.end):
            continue
        front = [
            c for c in m.candidates
            if gaz.kind(c.record) == "place"
            and (gaz.country_code(c.record), gaz.admin1(c.record)[0]) in front_regions
        ]
        if not front:
            continue
        # A direction is named after a town: its front-line namesakes a quarter its size
        # and less are no reading ("the Krasnoarmeysk direction": Pokrovsk, not a
        # village once so called).
        top = max(front, key=lambda c: (gaz.population(c.record), -c.record))
        if top.quality != QUALITY_PRIMARY and any(c.quality == QUALITY_PRIMARY for c in front):
            # The largest bears the name only as another name while front-line places
            # bear it as their own.  Its own name in another spelling ("Konstantinovka":
            # Kostyantynivka; "Zaporizhzhia": Zaporizhzhya): the text's places decide,
            # as without the direction.  Another name of it ("Oleksandrivka": Donetsk's
            # old name, and villages' own): no sector is named after a city's old
            # name; the text's places decide among the places of that name.
            if _spelt_alike(m.key, gaz.name_key(top.record)):
                continue
            keep = [c for c in front if c.quality == QUALITY_PRIMARY]
        else:
            town = gaz.population(top.record)
            keep = [c for c in front if gaz.population(c.record) >= _SHARE * town]
        if len(keep) == len(m.candidates):
            continue
        if asked is None:
            asked = fighting(text)
        if not asked:
            return
        m.candidates = keep


def _spelt_alike(key: str, own: str) -> bool:
    """Are the (normalised) names ``key`` and ``own`` spellings of one name?"""
    return difflib.SequenceMatcher(None, key, own, autojunk=False).ratio() >= _ALIKE
