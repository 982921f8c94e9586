"""Transliteration variants of a name the gazetteer lacks under one spelling.

Ukrainian "й" and "и" are written "y" or "i" by different outlets and systems: ISW
writes "Hulyaipole", the national system "Huliaipole", GeoNames "Hulyaypole"; "Kreminna"
is also "Kremynna", "Pryvillia" "Pryvilliya".  A name the gazetteer lacks under the
text's spelling, but has under the same name with one "y" written "i" (or one "i"
written "y", or every "y" written "i"), is that place: :func:`variant_candidates`
finds it by exact look-ups, so that the name is read as the place it names (an
alternate name), not as a spelling a reader might forgive (a fuzzy match, which a
list partner or the text's other places may overrule).
"""

from __future__ import annotations

from ..gazetteer.codes import QUALITY_ALTERNATE
from ..gazetteer.index import Candidate, Gazetteer
from ..gazetteer.transliterate import RUSSIAN_NAME_COUNTRIES

__all__ = ["MIN_LETTERS", "variant_candidates", "yi_variants"]

#: Shorter names are not varied: a swapped letter of a short name names another place.
MIN_LETTERS = 6
#: Names longer than this are not varied (bounded work: one look-up per "y" or "i").
_MAX_LETTERS = 40


def yi_variants(normalized: str) -> list[str]:
    """The name with one "y" written "i" or one "i" written "y", and with every "y"
    written "i", inside its words (a word's first letter is kept: the national systems
    write a Ukrainian word's first "я" "Ya", only the others "ia"), in a stable order;
    none for a short, long or non-Latin name.

    Examples
    --------
    >>> yi_variants("hulyaipole")
    ['huliaipole', 'hulyaypole']
    >>> yi_variants("yaroun")
    []
    >>> yi_variants("kyiv")
    []
    """
    if not (MIN_LETTERS <= len(normalized) <= _MAX_LETTERS) or not normalized.isascii():
        return []
    out: dict[str, None] = {}
    inner = [
        k for k, ch in enumerate(normalized) if ch in "yi" and k and normalized[k - 1].isalpha()
    ]
    for k in inner:
        ch = normalized[k]
        out[normalized[:k] + ("i" if ch == "y" else "y") + normalized[k + 1 :]] = None
    if inner:
        every = list(normalized)
        for k in inner:
            every[k] = "i"
        out["".join(every)] = None
    out.pop(normalized, None)
    return list(out)


def variant_candidates(gaz: Gazetteer, normalized: str) -> list[Candidate]:
    """The places of the former Soviet Union (where the y/i choice is a matter of
    transliteration: :data:`~geo.gazetteer.transliterate.RUSSIAN_NAME_COUNTRIES`) the
    gazetteer has under a y/i variant of the name (:func:`yi_variants`) by their own,
    an everyday or an alternate name, as alternate-name candidates
    (:data:`~geo.gazetteer.codes.QUALITY_ALTERNATE`); empty when it has none.

    Cost: one exact look-up per variant (at most one per "y" or "i" of the name, plus
    one).
    """
    seen: dict[int, None] = {}
    for variant in yi_variants(normalized):
        for c in gaz.lookup_normalized(variant):
            if (
                c.quality <= QUALITY_ALTERNATE
                and gaz.is_place(c.record)
                and gaz.country_code(c.record) in RUSSIAN_NAME_COUNTRIES
            ):
                seen.setdefault(c.record, None)
    return [Candidate(rec, QUALITY_ALTERNATE) for rec in seen]
