"""Evidence for the geoparser from relative-location hints read against candidates.

Whether a name listed "near" a partner has any candidate place near it
(:func:`near_partner_unmet`: if not, the place meant is one the gazetteer lacks) and
whether a candidate lies where a negative hint says it is not (:func:`ruled_out`).
:func:`geo.text.evidence.score_candidates` weighs them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .hints import Hint, fits
from .other_names import _POINT_LIKE

__all__ = ["ANCHOR_SUPPORT", "near_partner_unmet", "ruled_out"]


#: A hint's anchor with this much of the text around it (:meth:`Context.support_at`) is
#: read right: one place of the text 40 km off, or two 60 km off.
ANCHOR_SUPPORT = 0.5


def near_partner_unmet(
    hint: Hint | None, anchor: tuple[float, float] | None, rows: Sequence[Any]
) -> bool:
    """Is the mention listed "near" a partner (``anchor``) none of its candidate places
    (gazetteer ``rows``) lies near?  When the partner lies among the text's places
    (:data:`ANCHOR_SUPPORT`), the place meant is one the gazetteer lacks, and the text's
    other places say nothing about which namesake it is ("near Kurdyumovka and
    Andreyevka": not the Andriivka closest to other towns of the text); when it lies
    alone, the partner is the far namesake ("near Liman, Seversk": not Seversk by Tomsk)."""
    if hint is None or anchor is None or hint.bearing_deg is not None:
        return False
    return not any(
        fits(hint, anchor, rr.lat_lon) for rr in rows if rr.kind in _POINT_LIKE
    )


def ruled_out(rr, against_at, against_in) -> bool:  # rr: a gazetteer row (Gazetteer.row)
    """Does a candidate (its gazetteer row) lie where a negative hint says it is not?"""
    if any(fits(hint, anchor, rr.lat_lon) for hint, anchor in against_at):
        return True
    cc, admin1 = rr.country_code, rr.admin1[0]
    return any(cc == c and (not a1 or a1 == admin1) for c, a1 in against_in)
