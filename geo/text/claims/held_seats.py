"""Claims, sides: the authorities in a town another state holds speak for that state.

"Officials in Donetsk said", "the authorities in Tiraspol said", "officials in
Simferopol said": the administration sitting in a town Russia has held since 2014 or
2022 (or props up there: Transnistria, Abkhazia, South Ossetia) is Russia's side, not
the side of the country the gazetteer puts the town in, as "occupation authorities"
or "the de facto authorities in Tskhinvali" already read
(:data:`geo.text.claims.sides._OCCUPATION`).  Only where the speaker's phrase puts
them *in* the town ("officials in Mariupol"), not a title *of* it ("the mayor of
Mariupol", whom Ukraine appointed and who works in exile), nor a phrase with a
national word ("Ukrainian officials in Kherson"), and only on the article's date when
known: Kherson was held from 2 March to 11 November 2022 (:data:`HELD`).

Sources of the dates: the dates each town came under the occupier's control as wire
services and ISW reported them (day or month precision; an article before the month
reads the town as its country's).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

__all__ = ["HELD", "HELD_REGIONS", "held_seat"]

_D = dt.date
#: Towns held by a state not theirs, by GeoNames id: (held since, held until or None).
HELD: dict[int, tuple[dt.date, dt.date | None]] = {
    709717: (_D(2014, 4, 7), None),  # Donetsk
    702658: (_D(2014, 4, 27), None),  # Luhansk
    707753: (_D(2014, 4, 14), None),  # Horlivka
    702320: (_D(2014, 4, 13), None),  # Makiivka
    713716: (_D(2014, 5, 1), None),  # Alchevsk
    704202: (_D(2014, 5, 1), None),  # Khrustalnyi
    710229: (_D(2015, 2, 18), None),  # Debaltseve
    701822: (_D(2022, 5, 20), None),  # Mariupol
    701404: (_D(2022, 3, 1), None),  # Melitopol
    712451: (_D(2022, 2, 27), None),  # Berdiansk
    709276: (_D(2022, 3, 4), None),  # Enerhodar
    699839: (_D(2022, 2, 24), None),  # Nova Kakhovka
    691999: (_D(2022, 6, 25), None),  # Sievierodonetsk
    702972: (_D(2022, 7, 3), None),  # Lysychansk
    691469: (_D(2022, 3, 7), None),  # Tokmak
    708878: (_D(2022, 2, 24), None),  # Henichesk
    693709: (_D(2022, 3, 5), None),  # Skadovsk
    706448: (_D(2022, 3, 2), _D(2022, 11, 11)),  # Kherson
    617239: (_D(1992, 7, 21), None),  # Tiraspol (Transnistria)
    611403: (_D(1992, 6, 24), None),  # Tskhinvali (South Ossetia)
    611847: (_D(1993, 9, 27), None),  # Sukhumi (Abkhazia)
}
#: First-level regions held whole: (country, admin-1 code): since.  Crimea and
#: Sevastopol (annexed on 18 March 2014).
HELD_REGIONS: dict[tuple[str, str], dt.date] = {
    ("UA", "11"): _D(2014, 3, 18),
    ("UA", "20"): _D(2014, 3, 18),
}
#: Right before the town in the speaker's phrase: "in", "in occupied", "in the city of".
_IN_BEFORE = re.compile(r"\bin\s+(?:(?:the\s+)?(?:city|town)\s+of\s+)?(?:occupied\s+)?$")


def _held_on(place: Any, day: dt.date | None) -> bool:
    """Is ``place`` (a :class:`geo.model.Place`) held by another state on ``day`` (today's
    holdings when None)?"""
    span = HELD.get(place.geonameid)
    if span is None:
        since = HELD_REGIONS.get((place.country_code, place.admin1_code))
        if since is None or place.kind not in ("place", "admin2"):
            return False
        span = (since, None)
    if day is None:
        return span[1] is None
    return span[0] <= day and (span[1] is None or day < span[1])


def held_seat(ctx: Any, start: int, end: int) -> bool:
    """Does the speaker's phrase ``ctx.text[start:end]`` put them in a town another
    state holds on the article's date (module docstring)?"""
    text = ctx.text
    for t in ctx.literal_places(start, end):
        place = getattr(t, "place", None)
        if place is None or not _IN_BEFORE.search(text, max(start, t.start - 30), t.start):
            continue
        if _held_on(place, ctx.article_date):
            return True
    return False
