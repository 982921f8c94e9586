"""A country written in a list's inverted form: "Korea, South", "Iran, Islamic Republic of".

Country lists sort by the name's main word and put the rest after a comma (the CIA World
Factbook's "Korea, South", ISO 3166's "Iran, Islamic Republic of", "Congo, Democratic
Republic of the"); text copied from such lists keeps the order.  Read word by word the
main word is a namesake or the wrong country ("Korea, South": a village in Côte d'Ivoire).
:func:`inverted_countries` reads the pair after resolution: when the capitalised words
after the comma, put before the name, make a country's own name or alias, the toponym
spans both and is that country, unless the name before the comma is read as a city and
the words after it name a country of their own: "KINSHASA, Congo (AP)" is a dateline's
city and country, not "Congo-Kinshasa". Nothing else changes ("Paris, Texas": no country
is "Texas Paris"; "Georgia, South Carolina": the whole run after the comma, never a
part).
Reports of the kind: NetsBlox #2716 ("Korea, South" read as no country; ``eval/bugs``
``r31-48``).

Cost: one pass over the toponyms, one lookup per toponym a comma and capitals follow.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..gazetteer.codes import QUALITY_ALIAS
from ..gazetteer.index import Gazetteer
from ..gazetteer.normalize import normalize
from ..model import Toponym
from .candidates import MAX_CANDIDATES

__all__ = ["inverted_countries"]

#: After a name: ", " and up to five capitalised words, "of" and "the" among them, ending
#: the run ("Korea, South rose", "Iran, Islamic Republic of", "Congo, Democratic Republic
#: of the").
_AFTER = re.compile(
    r",[ \t]+((?:[A-Z][a-z]+|of|the)(?:[ \t]+(?:[A-Z][a-z]+|of|the)){0,4})(?!\w)(?![ \t]+[A-Z])"
)


def inverted_countries(
    gaz: Gazetteer, text: str, toponyms: Sequence[Toponym]
) -> tuple[Toponym, ...]:
    """``toponyms`` with each name in a country's inverted form ("Korea, South") read as
    that country over both parts, and a toponym inside the words after the comma dropped.

    >>> import geo
    >>> found = geo.analyze("Exports to Korea, South rose.").toponyms  # doctest: +SKIP
    >>> [(t.text, t.place.name) for t in found]                       # doctest: +SKIP
    [('Korea, South', 'South Korea')]
    """
    out = list(toponyms)
    gone: list[tuple[int, int]] = []
    for k, t in enumerate(out):
        m = _AFTER.match(text, t.end)
        if m is None or not m.group(1)[0].isupper():
            continue
        city = t.place is not None and t.place.kind == "place"
        if city and _country(gaz, m.group(1)) is not None:
            continue  # "KINSHASA, Congo (AP)": a city and its country, not "Congo-Kinshasa"
        country = _country(gaz, f"{m.group(1)} {t.text}")
        if country is None:
            continue
        out[k] = replace(t, end=m.end(1), text=text[t.start : m.end(1)], place=gaz.place(country))
        gone.append((m.start(1), m.end(1)))
    if not gone:
        return tuple(toponyms)
    return tuple(t for t in out if not any(a <= t.start and t.end <= b for a, b in gone))


def _country(gaz: Gazetteer, words: str) -> int | None:
    """The record of the country ``words`` name by its own name or an alias ("Congo",
    "Korea South"), or None."""
    return next(
        (
            c.record
            for c in gaz.lookup_normalized(normalize(words))[:MAX_CANDIDATES]
            if c.quality <= QUALITY_ALIAS and gaz.kind(c.record) == "country"
        ),
        None,
    )
