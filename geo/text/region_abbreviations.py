"""Abbreviated first-level regions after a place: "Churchill, Man.", "Wagga Wagga,
N.S.W.", "St. John's, N.L.", "Hastings, Penna.".

News copy names a town with its state or province abbreviated: the Associated Press
("Alexandria, La."), the Canadian Press ("Churchill, Man.", "Charlottetown, P.E.I.")
and Australian styles ("Wagga Wagga, N.S.W.", "Launceston, Tas.").  :data:`ABBREVIATIONS`
holds them all (the lexicon's US and Canadian ones, and the rest here), and
:func:`abbreviation_at` reads the longest at a token, its final dot included, so that
"N.S.W." is New South Wales, never "N.S." (Nova Scotia) and a stray "W.".

Only the dotted forms are read: undotted letters are other things too ("Othello, WA"
is Washington's postal code, not Western Australia), and the ISO codes in everyday use
("NSW", "Qld") are the gazetteer's own aliases already.  Abbreviations that are also
words are read only after a comma, as all of these are: "Man." after a place is
Manitoba (the Isle of Man is never written so), as "Miss." after one is Mississippi.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from ..gazetteer.index import Gazetteer
from . import lexicon as lx
from .tokens import Token, _joinable

__all__ = [
    "ABBREVIATIONS",
    "AU_STATE_ABBREVIATIONS",
    "CONTAINER_ONLY",
    "MAX_GROUPS",
    "MORE_CA_PROVINCE_ABBREVIATIONS",
    "MORE_US_STATE_ABBREVIATIONS",
    "abbreviation_at",
    "region_record",
]

#: Australian state and territory abbreviations in dotted news style -> GeoNames admin-1
#: code of Australia ("Wagga Wagga, N.S.W.", "Launceston, Tas.").
AU_STATE_ABBREVIATIONS: dict[str, str] = {
    "a c t": "01",
    "n s w": "02",
    "n t": "03",
    "qld": "04",
    "s a": "05",
    "tas": "06",
    "vic": "07",
    "w a": "08",
}

#: Canadian Press abbreviations the lexicon lacks -> GeoNames admin-1 code of Canada.
MORE_CA_PROVINCE_ABBREVIATIONS: dict[str, str] = {
    "man": "03",
    "n l": "05",
    "p e i": "09",
    "y t": "12",
    "yuk": "12",
    "n w t": "13",
    "nvt": "14",
    "nun": "14",
}

#: Older US abbreviations the lexicon lacks ("Hastings, Penna.") -> state code.
MORE_US_STATE_ABBREVIATIONS: dict[str, str] = {
    "penna": "PA",
    "wisc": "WI",
}

#: Every dotted abbreviation of a first-level region read after a place, with its country.
ABBREVIATIONS: dict[str, tuple[str, str]] = {
    **lx.REGION_ABBREVIATIONS,
    **{k: ("US", v) for k, v in MORE_US_STATE_ABBREVIATIONS.items()},
    **{k: ("CA", v) for k, v in MORE_CA_PROVINCE_ABBREVIATIONS.items()},
    **{k: ("AU", v) for k, v in AU_STATE_ABBREVIATIONS.items()},
}

#: Abbreviations read only as the container of a place already found, never as a
#: mention of their own: "S.A." after a firm's name is its legal form ("Telefonica,
#: S.A."), after a town South Australia's ("Port Augusta, S.A.").
CONTAINER_ONLY = frozenset({"s a"})

#: The most letter groups an abbreviation has ("N.W.T.", "P.E.I.", "A.C.T.").
MAX_GROUPS = max(len(k.split()) for k in ABBREVIATIONS)


def abbreviation_at(
    text: str, tokens: Sequence[Token], i: int
) -> tuple[str, tuple[str, str], int] | None:
    """The longest region abbreviation starting at ``tokens[i]``, with its final dot.

    Parameters
    ----------
    text : str
    tokens : sequence of Token
        The text's word tokens (a dot is no token).
    i : int
        Index of the abbreviation's first letter group.

    Returns
    -------
    (str, (str, str), int) or None
        The abbreviation's key ("n s w"), its region (country, admin-1 code) and the index
        of its last token; None when no abbreviation of :data:`ABBREVIATIONS` ends with a
        dot there.

    Examples
    --------
    >>> from geo.text.tokens import tokenize
    >>> text = "Wagga Wagga, N.S.W., on Monday"
    >>> abbreviation_at(text, tokenize(text), 2)
    ('n s w', ('AU', '02'), 4)
    """
    for width in range(min(MAX_GROUPS, len(tokens) - i), 0, -1):
        last = i + width - 1
        if text[tokens[last].end : tokens[last].end + 1] != ".":
            continue
        group = tokens[i : last + 1]
        if width > 1 and not all(
            _joinable(text, a, b) and len(a.norm) == 1 for a, b in itertools.pairwise(group)
        ):
            continue
        key = " ".join(t.norm for t in group)
        region = ABBREVIATIONS.get(key)
        if region is not None:
            return key, region, last
    return None


def region_record(gaz: Gazetteer, region: tuple[str, str]) -> int | None:
    """The gazetteer record of a first-level region (country, admin-1 code): the largest
    of the polygons that carry the code (New South Wales, not Lord Howe Island, which it
    governs), by the area of their bounding boxes; None if the gazetteer has none."""
    records = gaz.regions(*region)
    if not records:
        return None

    def box_deg2(record: int) -> float:
        west, south, east, north = gaz.bounds(record)
        area = (east - west) * (north - south)
        return area if area == area else -1.0  # NaN: no polygon

    return max(records, key=lambda r: (box_deg2(r), -r))
