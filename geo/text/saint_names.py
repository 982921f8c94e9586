"""Recognition, a saint's full name: "the Vicariate of Sto. Tomas de Aquino".

Spanish and Filipino texts name parishes, vicariates, schools and feasts after a saint
with the saint's epithet: "Sto. Tomas de Aquino" (Thomas Aquinas), "San Juan de Dios",
"Sto. Domingo de Guzman became their patron saint". The gazetteer finds the town of the
saint's name in its first words ("Sto. Tomas": Santo Tomas, or St Thomas in the Virgin
Islands); the name read on to a capitalised word after "de" that no gazetteer name
takes in (a town's own longer name, "San Miguel de Allende", "Santa Cruz de Tenerife",
is found whole and never asks) is the saint's (:func:`saints_epithet`). Only the
abbreviated Spanish and Filipino saint's words open it ("Sto.", "Sta.": a town's name
written out, "Santa María de Guía", may be longer than GeoNames spells it); "de la",
"del", "de las" are left alone, and so is French ("Saint-Denis de la Réunion").
"""

from __future__ import annotations

import re

from .tokens import Mention

__all__ = ["saints_epithet"]

#: An abbreviated Spanish or Filipino saint's word, normalised, opening a name.
_SAINT_WORDS = frozenset({"sto", "sta"})
#: Right after the name: "de" and a capitalised word (the saint's epithet).
_EPITHET = re.compile(r" de [A-ZÁÉÍÓÚÑ][a-záéíóúñ]")


def saints_epithet(text: str, mention: Mention) -> bool:
    """Is the mention a saint's name read on by "de" and a capitalised word it lacks
    ("Sto. Tomas de Aquino", "Sta. Rosa de Lima"), not a town?

    >>> saints_epithet("the Vicariate of Sto. Tomas de Aquino", Mention(17, 27, "sto tomas", 3, 4))
    True
    >>> saints_epithet("floods hit Sto. Tomas de la Cruz", Mention(11, 21, "sto tomas", 2, 3))
    False
    """
    first, _, rest = mention.key.partition(" ")
    return bool(rest) and first in _SAINT_WORDS and _EPITHET.match(text, mention.end) is not None
