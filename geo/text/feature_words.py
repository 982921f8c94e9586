"""Recognition: a name after a Spanish, Portuguese or French landform word is the
feature's, not a place of that name elsewhere.

"Isla Madre de Dios, Chile" is an island of Chilean Patagonia; "Madre de Dios" alone
is a region of Peru, and "Isla" alone a town of Veracruz.  Where the physical table
reads the whole ("Isla Margarita", "Cerro Aconcagua": :mod:`geo.text.physical`) or the
gazetteer has it ("Isla Mujeres", "Cerro Largo": one mention), nothing is left to do;
:func:`outside_feature_words` drops what is left: a mention that opens right after
such a word (:data:`geo.text.physical.FOREIGN_LEADING`, "de" or "del" between them
allowed), and the word read alone before a capitalised name.  The feature is then no
place on the map, rather than a namesake thousands of kilometres off.

Cost: one ``in`` test per word for a text without them; else a look before each mention.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .physical import FOREIGN_LEADING
from .tokens import Mention, without_mentions

__all__ = ["outside_feature_words"]

#: One of the words, then a space (and "de", "del", "da" or "do"), ending where a name
#: opens: matched backwards from the mention's start.
_BEFORE = re.compile(
    rf"(?<![\w'’-])(?:{'|'.join(FOREIGN_LEADING)})[ \t]+(?:(?:de|del|da|do)[ \t]+)?\Z"
)
#: After the word read alone: a space and a capitalised name.
_NAME_AFTER = re.compile(r"[ \t]+(?:(?:de|del|da|do)[ \t]+)?[A-ZÀ-ÖØ-Þ]")
_REACH = 16


def outside_feature_words(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` without those a landform word before them makes a feature's name
    the gazetteer and the physical table lack (module docstring)."""
    if not any(w in text for w in FOREIGN_LEADING):
        return list(mentions)
    drop = set()
    words = frozenset(FOREIGN_LEADING)
    for k, m in enumerate(mentions):
        if _BEFORE.search(text, max(0, m.start - _REACH), m.start):
            drop.add(k)  # "Isla Madre de Dios": not Peru's region
        elif text[m.start : m.end] in words and _NAME_AFTER.match(text, m.end):
            drop.add(k)  # "Isla Margarita" unread: not the town of Isla, Veracruz
    return without_mentions(mentions, drop)
