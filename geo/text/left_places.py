"""Verbs of leaving or reaching a place: the place after them is where people come from
or got to, a location.

"Families fleeing Bakhmut told aid workers ...", "residents who fled Izium said ...",
"people who reached Tawila told ...": the name is the object of a verb of leaving or
reaching, so it is a place the text speaks of,
neither a person who speaks (:mod:`geo.text.speakers`) nor a government that speaks
(:mod:`geo.text.metonymy`); the speakers are the people before it.

>>> import re
>>> bool(re.search(r"\\b(?:" + LEAVING + r")\\s+$", "Families fleeing "))
True
"""

from __future__ import annotations

__all__ = ["LEAVING"]

#: Regular-expression source: a verb of leaving or reaching a place (case-insensitive use).
LEAVING = (
    r"fleeing|fled|flee|flees|leaving|left|escaping|escaped|evacuating|evacuated|"
    r"abandoning|abandoned|deserting|deserted|reached|reaching|entered|entering"
)
