"""Stage 4b of the geoparser: the list stages, names read together after each name's own
reading.

:func:`list_readings` runs, in this order: lists settled by their partners
(:func:`~geo.text.anchors.settle_lists`) and power plants at their sites
(:func:`~geo.text.facilities.locate_facilities`); an airport named with its city
("Heathrow airport in London": :func:`~geo.text.airport_cities.airport_cities`); a
direction's list by the direction's town (:func:`~geo.text.direction_reach.settle_direction_lists`);
a list of towns read as towns (:func:`~geo.text.list_towns.prefer_list_towns`), of one kind
(:func:`~geo.text.list_kinds.same_kind_lists`), of one country's regions or counties
(:func:`~geo.text.country_lists.regions_among_countries`,
:func:`~geo.text.stated_abroad.foreign_counties`), of one country
(:func:`~geo.text.list_countries.same_country_lists`,
:func:`~geo.text.list_far.far_from_partners`); a listed name's namesake near its list
(:func:`~geo.text.list_far.nearest_list_namesakes`), a lone village's near its paragraph's
places (:func:`~geo.text.paragraph_namesakes.paragraph_namesakes`) and a pair's near its
partner (:func:`~geo.text.pair_namesakes.pair_namesakes`).  Each is linear in the mentions
(a bounded window of each list).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..gazetteer.index import Gazetteer
from .airport_cities import airport_cities
from .anchors import settle_lists
from .country_lists import regions_among_countries
from .direction_reach import settle_direction_lists
from .facilities import locate_facilities
from .hints import Hint
from .list_countries import same_country_lists
from .list_far import far_from_partners, nearest_list_namesakes
from .list_kinds import same_kind_lists
from .list_towns import prefer_list_towns
from .pair_namesakes import pair_namesakes
from .paragraph_namesakes import paragraph_namesakes
from .sentences import Blocks
from .stated_abroad import foreign_counties
from .stated_region_namesakes import stated_region_namesakes
from .tokens import Mention

__all__ = ["list_readings"]


def list_readings(
    text: str,
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: list[tuple[int | None, float]],
    hints: Mapping[int, Hint],
    blocks: Blocks,
) -> list[tuple[int | None, float]]:
    """``resolved`` (record or None, score per mention) after the list stages (module
    docstring), each a function from readings to readings."""
    resolved = locate_facilities(text, gaz, mentions, settle_lists(gaz, mentions, resolved, hints))
    resolved = airport_cities(text, gaz, mentions, resolved)  # "Heathrow airport in London"
    resolved = settle_direction_lists(text, gaz, mentions, resolved, hints)  # Holubivka
    resolved = prefer_list_towns(gaz, mentions, resolved, hints, text)  # "Izium and Lyman"
    resolved = same_kind_lists(gaz, mentions, resolved)  # "from Kursk and Voronezh"
    resolved = foreign_counties(gaz, mentions, regions_among_countries(gaz, mentions, resolved))
    resolved = same_country_lists(gaz, mentions, far_from_partners(gaz, mentions, resolved, hints))
    resolved = nearest_list_namesakes(text, gaz, mentions, resolved, hints)  # one 25 km off
    resolved = paragraph_namesakes(text, gaz, mentions, resolved, hints, blocks)  # Ivanivka
    resolved = stated_region_namesakes(text, gaz, mentions, resolved, hints, blocks)
    resolved = pair_namesakes(gaz, mentions, resolved, hints)  # "Chornomorsk and Pivdenne"
    return resolved
