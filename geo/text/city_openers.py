"""Districts and streets of a city a sentence opens with: "In Kharkiv, guided bombs hit
the Kyivskyi and Saltivskyi districts", "In Odesa, drones struck the Prymorskyi district
near Deribasivska Street", "... and in Zaporizhzhia a strike damaged buildings in the
Oleksandrivskyi district".

Strike reports name a city, then its districts and streets, whose names Ukraine repeats
in every city (a Shevchenkivskyi district in a dozen) and in villages across the
country (Kyivskyi, Prymorskyi, Shevchenkivskyi villages of other oblasts).
:func:`opened_city` tells the city a district or street of a paragraph belongs to: the
nearest "in CITY" before it in the same paragraph, a city of
:data:`~geo.text.hints.base.CITY_POPULATION` people or more (a town of
:data:`~geo.text.list_towns.TOWN_POPULATION` for a district named as an adjective, "In
Kherson, the Dniprovskyi district": the gazetteer may count a regional centre low).
:func:`geo.text.city_parts.city_parts` then keeps the name inside that city (or
estimates it at the city, a disc of :data:`~geo.text.city_parts.PART_KM`).

A raion named after its centre town ("In Kharkiv, ... the Kupiansk district", read as
the town) is no part of the city: a name read as a town
(:data:`~geo.text.list_towns.TOWN_POPULATION`) of the city's own region, or as a region
of its country, keeps its reading; a district of another city ("Kyivskyi", a district of
Donetsk) does not, nor a region abroad ("In the city of Taiz, ... the Al-Qahira
district": not Egypt's Cairo governorate).  Cost: one anchored match after each mention, and a
look back over at most :data:`LOOK_BACK` mentions for those followed by a district or
street word.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ..gazetteer.index import Gazetteer
from .hints import Hint
from .hints.base import CITY_POPULATION
from .list_towns import TOWN_POPULATION
from .tokens import Mention

__all__ = [
    "ADJECTIVE_NAME",
    "LOOK_BACK",
    "PART_LIST_AFTER",
    "PART_WORDS",
    "PLACE_PART_WORDS",
    "STREET_WORDS",
    "city_part_scopes",
    "kept_city",
    "opened_by_town",
    "opened_city",
]

#: The name of a city's district as an adjective: Ukrainian "Saltivskyi", "Industrialnyi",
#: Russian "Sovetsky", "Leninskiy", "Kirovskoy" (a raion named after its town is not:
#: "the Pokrovsk district").
ADJECTIVE_NAME = re.compile(r"(?:yi|iy|yy|ky|ny|oi|oy|ij)$", re.IGNORECASE)

#: The words of a part of a city after its name (regular expression, lower case;
#: geo.text.city_parts reads them after one name, in any case, with the words of
#: :data:`PLACE_PART_WORDS`).
PART_WORDS = r"district|raion|rayon|neighbou?rhood|microdistrict|quarter"
#: ... and of a part of any place, not closing a list of a city's parts ("the X suburb",
#: "the X refugee camp", "the X municipality").
PLACE_PART_WORDS = r"suburb|borough|municipality|okrug|(?:refugee\s+)?camp"
#: A street's words after its name ("Zhovtneva Street").
STREET_WORDS = r"street|avenue|boulevard|square|prospekt|prospect|embankment|lane"
#: The mentions looked back over for the city that opens a name's sentence.
LOOK_BACK = 12
#: After a name: a district word, or a list of names closed by one ("the Kyivskyi and
#: Saltivskyi districts", at most eight names on: bounded work per name), or a street
#: word (read by geo.text.city_parts too: "the city's X and Y districts").
PART_LIST_AFTER = re.compile(
    rf"(?:(?:,\s*(?:and\s+)?|\s+and\s+)[A-Z][\w'’-]*){{0,8}}\s+(?:{PART_WORDS})s?\b"
    rf"|\s+(?:{STREET_WORDS.title()})\b"
)
#: After a name: an area word. A part of the city opening the sentence only when the
#: name's reading lies in another country, or nowhere (:func:`opened_city`).
_AREA_AFTER = re.compile(r"\s+(?:area|neighbou?rhoods?|colonia|barrio)\b")
#: Before a city: "In ", "in ", "in the city of ".
_IN_BEFORE = re.compile(r"(?:^|(?<=[\s(\"“]))[Ii]n\s+(?:the\s+city\s+of\s+)?$")


def opened_city(
    text: str,
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    k: int,
) -> int | None:
    """The city record mention ``k`` names a district or street of, as the nearest "in
    CITY" before it in its paragraph says; None when it is followed by no district or
    street word, when the nearest "in X" is no city, or when its own reading is a town
    of the city's region or a region of the city's country.

    Examples
    --------
    >>> bool(PART_LIST_AFTER.match(" and Saltivskyi districts"))
    True
    >>> bool(PART_LIST_AFTER.match(" Street"))
    True
    >>> bool(PART_LIST_AFTER.match(" and Kharkiv"))
    False
    """
    m = mentions[k]
    area = False
    if not PART_LIST_AFTER.match(text, m.end):
        area = _AREA_AFTER.match(text, m.end) is not None
        if not area:
            return None
    rec = resolved[k][0]
    j = _nearest_in(text, mentions, k)
    if j is None:
        return None
    city = resolved[j][0]
    if city is None or not gaz.is_place(city) or gaz.population(city) < _least_city(text, m):
        return None  # the nearest "in X" is no city: its parts are not this city's
    if area and rec is not None and gaz.country_code(rec) == gaz.country_code(city):
        # "In Kyiv, ... the Pokrovsk area": a town of the country, named for its area;
        # "In Culiacan, ... the Tres Rios area" is no Brazilian town's.
        return None
    # A region's name of the city's own country keeps its reading; a namesake region
    # abroad does not ("In the city of Taiz, ... the Al-Qahira district": not Cairo's).
    cc = gaz.country_code(city)
    if rec is not None and not gaz.is_place(rec) and gaz.country_code(rec) == cc:
        return None
    if (
        rec is not None
        and gaz.population(rec) >= TOWN_POPULATION
        and gaz.admin1(rec)[0] == gaz.admin1(city)[0]
        and gaz.country_code(rec) == gaz.country_code(city)
    ):
        return None  # "In Kharkiv, ... the Kupiansk district": a raion of its region
    return city


def _least_city(text: str, m: Mention) -> int:
    """The people a city opening a sentence has at least, for mention ``m`` to be a
    part of it: :data:`CITY_POPULATION`, or :data:`TOWN_POPULATION` for a name of a
    city's part by its form, an adjective's ("the Dniprovskyi district": a raion is named
    after its town; and a regional centre's count, such as Kherson's, may be an old one).
    """
    return TOWN_POPULATION if ADJECTIVE_NAME.search(text, m.start, m.end) else CITY_POPULATION


def opened_by_town(
    text: str,
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    k: int,
) -> bool:
    """Whether the nearest "in X" before mention ``k`` in its paragraph names a place
    that is no city ("In Kharkiv, the mayor spoke. In Chuhuiv, a drone hit the
    Kyivskyi district": the district is not Kharkiv's)."""
    j = _nearest_in(text, mentions, k)
    if j is None:
        return False
    city = resolved[j][0]
    return (
        city is not None
        and gaz.is_place(city)
        and gaz.population(city) < _least_city(text, mentions[k])
    )


def _nearest_in(text: str, mentions: Sequence[Mention], k: int) -> int | None:
    """Index of the nearest mention before ``k`` in its paragraph written "in X" (at most
    :data:`LOOK_BACK` mentions back), or None."""
    paragraph = text.rfind("\n", 0, mentions[k].start)
    for j in range(k - 1, max(-1, k - 1 - LOOK_BACK), -1):
        other = mentions[j]
        if other.start <= paragraph:
            return None
        if _IN_BEFORE.search(text, max(0, other.start - 20), other.start):
            return j
    return None


def city_part_scopes(
    text: str,
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    before: Mapping[int, Hint],
    after: Mapping[int, Hint],
) -> dict[int, Hint]:
    """``after`` (the hints once a direction's or district's scope anchored its lists,
    :func:`geo.text.directions.anchor_directions`) with each hint anchored on a district
    of the city its sentence opens with (:func:`opened_city`) given back as ``before``
    had it: "In Kherson, ... a man was wounded in the Dniprovskyi district and Russian
    drones attacked Bilozerka and Antonivka" names a part of Kherson, no raion whose
    villages Bilozerka and Antonivka would be (their one place, 13 km from the city, is
    no namesake to drop).  The city is read as its name's first place candidate (the
    question is whether the name opening the sentence is a city's).  Cost: per anchor,
    the mentions looked back over for its city.
    """
    out = dict(after)
    parts: dict[int, bool] = {}
    for j, h in after.items():
        if before.get(j) == h:
            continue
        k = h.anchor
        if k not in parts:
            lo = max(0, k - LOOK_BACK)
            read = [(None, 0.0)] * lo + [
                (_first_place(gaz, mentions[i]), 0.0) for i in range(lo, k + 1)
            ]
            parts[k] = opened_city(text, gaz, mentions, read, k) is not None
        if parts[k]:
            if j in before:
                out[j] = before[j]
            else:
                del out[j]
    return out


def _first_place(gaz: Gazetteer, m: Mention) -> int | None:
    """The first of ``m``'s candidates that is a populated place, or None."""
    return next((c.record for c in m.candidates if gaz.is_place(c.record)), None)


def kept_city(gaz: Gazetteer | None, m: Mention, introduced: int, own: int | None) -> bool:
    """Does mention ``m``, which the words around it read as a city ("80 km east of
    Zaporizhzhia city"), keep its own reading ``own`` (a place) against record
    ``introduced``, a first-level region the name was introduced as and that holds that
    place ("In Zaporizhzhia Oblast, Russia ...": the oblast's own city, not the oblast's
    point 80 km off)?  A place elsewhere does not ("a Southern Ontario community ...
    Pickering, Ontario": not Ontario, California).  False without a gazetteer."""
    if m.reading != "city" or gaz is None or own is None or not gaz.is_place(own):
        return False
    if gaz.kind(introduced) != "admin1":
        return False
    return (gaz.country_code(own), gaz.admin1(own)[0]) == (
        gaz.country_code(introduced),
        gaz.admin1(introduced)[0],
    )
