"""Claims stage 2b helper: the side of an unnamed source a state's news agency cites.

"A source in the Dnipro group of forces told RIA Novosti ...", "RIA Novosti had earlier
cited a source in the Dnipro group of forces as saying ...": a source speaking to a
state's agency speaks for that state, whatever a unit's name in its phrase would say
("Dnipro" is Ukraine's spelling of Russia's Dnepr group as well as a Ukrainian group's
name). An expert or commentator telling a state's outlet ("military expert Andrey
Marochko told RT", "a political analyst told TASS") is that state's voice too, not an
independent one: such outlets quote their own side's commentators. Read by
:func:`~geo.text.claims.sides.speaker_side` before the named parties.
Linear: two anchored matches around the phrase.
"""

from __future__ import annotations

import re

from .parties import _PARTIES, _TOLD, _UNNAMED, told_agency_side

__all__ = ["agency_source_side"]

#: The agency citing the source just before its phrase: "RIA Novosti had earlier cited",
#: "TASS quoted", "Interfax, citing".
_CITED_BY = re.compile(
    r"([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?),?\s+(?:(?:had|has)\s+)?(?:\w+ly\s+|earlier\s+|also\s+)?"
    r"(?:cited|quoted|citing|quoting)\s+$"
)

#: A commentator's title, then at most a name, ending the phrase: "military expert Andrey
#: Marochko", "a political analyst", "retired colonel Viktor Baranets" (the title may lie
#: just before the phrase: the phrase is then the name).
_COMMENTATOR = re.compile(
    r"\b(?i:experts?|analysts?|commentators?|observers?|scientists?|"
    r"retired\s+(?:colonel|general|officer|major)s?)(?:\s+[A-Z][\w'’-]+){0,3}\s*$"
)


def agency_source_side(text: str, phrase: str, start: int, end: int) -> str | None:
    """The country code of the state news agency that an unnamed source (``phrase`` at
    ``text[start:end]``: "a source in ...", "two officials") told or that cites it ("told
    TASS", "RIA Novosti cited a source in ..."), or None: a named speaker, another outlet
    ("told Reuters"), no agency."""
    if _UNNAMED.match(phrase.strip()) is None:
        if _COMMENTATOR.search(text, max(0, start - 40), end) is None:
            return None
        m = _TOLD.match(text, end)  # "military expert Andrey Marochko told RT"
        agency = m.group(1) if m is not None else ""
        return next((side for rx, side, _ in _PARTIES if side and rx.fullmatch(agency)), None)
    told = told_agency_side(text, phrase, end)
    if told is not None:
        return told
    m = _CITED_BY.search(text, max(0, start - 60), start)
    if m is None:
        return None
    return next((side for rx, side, _ in _PARTIES if side and rx.fullmatch(m.group(1))), None)
