"""A name of a "near" list the gazetteer has once, in its partner's region.

"Power lines near Kakhovka and Chaplinka were damaged": the partners of a tight list
locate a name the gazetteer lacks around the anchor (:mod:`geo.text.list_reach`), but a
name it has as exactly one place of the anchor's country (:func:`sole_place`), in the
anchor's own first-level region and within :data:`~geo.text.list_reach.TIGHT_KM` of it,
is that place: Chaplynka lies 50 km from Kakhovka, both in Kherson Oblast, and no
reader would put a second Chaplinka beside Kakhovka.  A name with many namesakes in
the country (an Andriivka), or a sole one in another region or farther off ("near
Novotroitske, Udachne and Zvirove"), is left to the list.  Cost: the mention's
candidates.
"""

from __future__ import annotations

from ..gazetteer.codes import QUALITY_ALIAS
from ..gazetteer.index import Gazetteer
from ..geometry import distance_km
from .list_reach import ASTRAY_KM, TIGHT_KM, sole_place
from .tokens import Mention

__all__ = ["sole_in_region"]


def sole_in_region(gaz: Gazetteer, m: Mention, own: int | None, partner: int) -> bool:
    """Is ``own`` (the reading of mention ``m``) the one place of ``m``'s name in the
    partner's country, in the partner's first-level region, within
    :data:`~geo.text.list_reach.TIGHT_KM` of the partner's place (within
    :data:`~geo.text.list_reach.ASTRAY_KM` when it is the only place of the name the
    gazetteer has anywhere, by its own name or an alias: "near Lelchitsy, Khoiniki and
    Bragin", 120 km apart)?"""
    if own is None or not gaz.is_place(own) or not gaz.is_place(partner):
        return False
    if gaz.country_code(own) != gaz.country_code(partner):
        return False
    if gaz.admin1(own)[0] != gaz.admin1(partner)[0]:
        return False
    if sole_place(gaz, m, gaz.country_code(partner)) != own:
        return False
    # A place's own name (or alias) the gazetteer has for no other place anywhere may lie
    # farther off; a village read by an alternate name ("Pobeda" in a Russian summary)
    # may be a namesake of one the gazetteer lacks.
    only = sum(1 for c in m.candidates if gaz.is_place(c.record)) == 1 and min(
        (c.quality for c in m.candidates if c.record == own), default=99
    ) <= QUALITY_ALIAS
    return distance_km(gaz.lat_lon(own), gaz.lat_lon(partner)) <= (ASTRAY_KM if only else TIGHT_KM)
