"""Other spellings of a name whose stated region holds none of its places.

"Zelyony Gai in the Donetsk region": GeoNames writes most Russian "ё" as "е", so the
Donetsk Oblast village is "Зеленый Гай" (romanised "Zeleny Gai"), while two namesakes
elsewhere carry "Zelyony Gai"; "Oktyabrsky in the Volgograd region": the region's town is
"Oktyabr'skiy", the press's short ending a Bashkir city's alternate.  When a region is
stated right after a name and none of the name's places lies in it
(:func:`geo.text.definitions.read_definition`), :func:`stated_spellings` gives the places
the gazetteer has under the name with "yo" written "e"
(:func:`~geo.gazetteer.transliterate.e_for_yo`) and with an adjective's "-sky" ending
written the other ways (:func:`~geo.text.variants.adjective_variants`), and a compass
adjective's name as its Ukrainian calque (:func:`~geo.text.compass_calques.compass_calques`:
"Severnoye", Pivnichne); the region then chooses among them.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..gazetteer.index import Candidate, Gazetteer
from ..gazetteer.transliterate import e_for_yo
from .compass_calques import compass_calques
from .variants import adjective_variants

__all__ = ["stated_spellings"]


def stated_spellings(gaz: Gazetteer, key: str, pool: Sequence[Candidate]) -> list[Candidate]:
    """The candidates of the (normalised) name's other spellings that ``pool`` (its own
    candidates) lacks, in a stable order; none for a name with neither a "yo" after a
    consonant, a "-sky" ending nor a compass adjective's form.  Cost: a look-up per
    spelling (at most about ten)."""
    forms = [e_for_yo(key)] if "yo" in key else []
    forms += adjective_variants(key)
    forms += compass_calques(key)  # "Severnoye in the DPR": Pivnichne
    seen = {c.record for c in pool}
    out: list[Candidate] = []
    for form in forms:
        for c in gaz.lookup_normalized(form) if form else ():
            if c.record not in seen:
                seen.add(c.record)
                out.append(c)
    return out
