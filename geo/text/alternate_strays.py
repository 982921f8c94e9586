"""Resolution, a village read by another name of its, far from the list it is named in.

"Lithuania shut its border crossings with Belarus at Medininkai and Salcininkai": the
gazetteer lacks the border village Medininkai, and knows the name only as a historical
name of Varniai, a small town 250 km north-west, which resolution then takes.  Its list
partner, Salcininkai, read by its own name, lies on the border.  A name read only by
an alternate (historical or foreign-language) name of a small place, listed with names
read by their own names that all lie more than :data:`FAR_KM` from it, is another
place the gazetteer lacks: :func:`alternate_strays` leaves it without a place.

A town of :data:`~geo.text.list_towns.TOWN_POPULATION` or more keeps its old name
("Kotovsk and Vinnitsa": :mod:`geo.text.old_names`), and so does a name whose partners
are read by other names too, or lie near it, and a front-line village the front-line
prior read (:func:`geo.text.front.mark_front`): a Defence Ministry bulletin names a group
of forces' villages in Russian across its sector ("the Dnepr group ... near Stepnogorsk,
Kamenskoye and Kherson": Stepnohirsk, 230 km from Kherson).  Cost: for each listed name, its
candidates and its list's names.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..gazetteer.codes import QUALITY_ALTERNATE, QUALITY_PRIMARY
from ..gazetteer.index import Gazetteer
from ..geometry import distance_km
from .list_towns import TOWN_POPULATION
from .tokens import Mention

__all__ = ["FAR_KM", "alternate_strays"]

#: A village read by another name this far from every partner of its list is not there.
FAR_KM = 100.0


def alternate_strays(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
) -> list[tuple[int | None, float]]:
    """``resolved`` with each listed village read by an alternate name only, far from
    every partner read by its own name, left without a place (module docstring)."""
    out = list(resolved)
    for k, (m, (rec, score)) in enumerate(zip(mentions, resolved, strict=True)):
        if rec is None or not m.siblings or m.told_by_words() or m.containers:
            continue
        if not gaz.is_place(rec) or gaz.population(rec) >= TOWN_POPULATION:
            continue
        if min((c.quality for c in m.candidates), default=QUALITY_PRIMARY) < QUALITY_ALTERNATE:
            continue  # a name of its own (or an alias) among its readings
        if rec in m.front:
            continue  # a front-line village by its Russian name, its group's sector apart
        partners = [resolved[j][0] for j in m.siblings if _own_name(mentions[j], resolved[j][0])]
        if not partners or any(p is None or not gaz.is_place(p) for p in partners):
            continue
        here = gaz.lat_lon(rec)
        if all(distance_km(here, gaz.lat_lon(p)) > FAR_KM for p in partners):  # type: ignore[arg-type]
            out[k] = (None, score)
    return out


def _own_name(m: Mention, rec: int | None) -> bool:
    """Is the mention read as a record it names by that record's own name?"""
    return rec is not None and any(
        c.record == rec and c.quality == QUALITY_PRIMARY for c in m.candidates
    )
