"""Stage 3 of the geoparser, evidence: the front-line prior.

This tool reads reporting from a front line. In a text about fighting ("troops",
"shelling", "liberated", "drones"), a name whose candidates include a town in a
region where the war in Ukraine is fought (:data:`FRONT_REGIONS`) most likely names
that town: "Fighting near Artemovsk" is Bakhmut, Artemovsk's Soviet name, not
Artyomovsky in the Urals; "near Krasnoarmeysk and Dzerzhinsk" are Pokrovsk and
Toretsk, not the Russian towns still so called. :func:`mark_front` marks such
candidates on the mention (:attr:`~geo.text.tokens.Mention.front`), and
:func:`geo.text.evidence.score_candidates` adds ``Weights.front`` to them. The
text's own evidence (its other places, regions and containers) still decides;
a front-line town far smaller than the name's best-known bearer is no reading
(New York, Donetsk Oblast, is not New York City unless the text says so).
Cost: the candidates of each mention, then one search of the text if any has
front-line candidates to mark.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..gazetteer.index import Gazetteer
from .tokens import Mention

__all__ = ["FRONT_REGIONS", "mark_front"]

#: First-level regions (country, GeoNames admin-1 code) where the ground war in
#: Ukraine has been fought or shelled across the border since 2022: Donetsk (05),
#: Luhansk (14), Zaporizhzhia (26), Kherson (08), Kharkiv (07), Sumy (21),
#: Dnipropetrovsk (04), Mykolaiv (16), Crimea (11) and Sevastopol (20) in Ukraine;
#: Kursk (41), Belgorod (09) and Bryansk (10) in Russia.
FRONT_REGIONS = frozenset({
    ("UA", "05"), ("UA", "14"), ("UA", "26"), ("UA", "08"), ("UA", "07"), ("UA", "21"),
    ("UA", "04"), ("UA", "16"), ("UA", "11"), ("UA", "20"),
    ("RU", "41"), ("RU", "09"), ("RU", "10"),
})
#: Words of fighting (not of strikes at work or of police forces).
_WAR = re.compile(
    r"\b(?:troops|shell(?:ed|ing)|artillery|(?:counter)?offensive|front[- ]?lines?|"
    r"liberat(?:ed|ion)|drones?|missiles?|brigades?|battalions?|occupied|occupation|"
    r"invasion|fighting|battlefield|glide\s+bombs?|assault(?:s|ed)?|mortar|howitzers?|"
    r"positions|military|army|armed\s+forces|incursion|counterattack(?:s|ed)?|"
    r"strikes?\s+(?:near|on|against)|struck)\b",
    re.IGNORECASE,
)
#: A front-line candidate is a reading when it has at least this share of the
#: population of the name's most populous candidate place outside the front regions.
_SHARE = 0.1
#: ... when that one is a town of note (this many people): a village is no match for a
#: city known the world over, while namesakes of villages are all readings.
_NOTED = 50_000


def mark_front(text: str, gaz: Gazetteer, mentions: Sequence[Mention]) -> None:
    """Set :attr:`Mention.front` to the front-line candidates of each mention, in a
    text about fighting (none otherwise: a text with no word of war is unchanged).

    The text is searched for a word of war only once a mention has front-line
    candidates to mark (most texts have none): the same marks, without a scan of
    every text."""
    row, kind = gaz.row, gaz.kind
    fighting: bool | None = None  # unknown until a mention needs it
    for m in mentions:
        if m.demonym_country or len(m.candidates) < 2:
            continue
        places = [(c.record, row(c.record)) for c in m.candidates if kind(c.record) == "place"]
        front = [(rec, r) for rec, r in places if (r.country_code, r.admin1[0]) in FRONT_REGIONS]
        if not front or len(front) == len(places):
            continue
        # Measured against the largest bearer elsewhere: the front-line namesakes are
        # favoured alike (Kamianske the city and Kamianske the village both lie there).
        top = max(r.population for _, r in places if (r.country_code, r.admin1[0])
                  not in FRONT_REGIONS)
        keep = frozenset(
            rec for rec, r in front if top < _NOTED or r.population >= _SHARE * top
        )
        if keep:
            if fighting is None:
                fighting = _WAR.search(text) is not None
            if not fighting:
                return
            m.front = keep
