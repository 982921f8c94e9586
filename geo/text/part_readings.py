"""More readings of a city part's name: its Russian district name and other endings.

Reporting from Donetsk, Mariupol or Kharkiv in Russian usage names a city's districts by
their Russian (often Soviet-era) adjectives, in the press's short form: "the Proletarsky
district of Donetsk", "the Tsentralny district of Mariupol".  GeoNames lists such a
district's Russian name with its word ("Пролетарский район", romanised "Proletarskiy
rayon": Chumakivskyi) or in the Ukrainian ending ("Tsentralnyi"), while the short form
alone names villages elsewhere (a "Proletarsky" in Russia).  When none of the name's
candidates lies in the city, :func:`part_readings` gives the places the gazetteer has
under the name with a district's word after it ("X rayon", "X raion") and under the
other romanisations of its adjective's ending or gender
(:func:`~geo.text.variants.adjective_variants`, :func:`~geo.text.variants.gender_variants`);
:func:`geo.text.city_parts.city_parts` keeps those inside the city.
"""

from __future__ import annotations

from ..gazetteer.index import Candidate, Gazetteer
from .variants import adjective_variants, gender_variants

__all__ = ["part_readings"]

#: The words GeoNames' romanised Russian district names carry after the adjective.
_DISTRICT_WORDS = ("rayon", "raion")
#: Ends of the adjective's masculine in the press ("Tsentralny", "Tsentralniy") varied by
#: gender and ending: the "-sky" ones are :func:`adjective_variants`'.
_SHORT_ENDS = ("ny", "niy", "nyi", "nii", "nyy")
_MAX_LETTERS = 40


def part_readings(gaz: Gazetteer, key: str) -> list[Candidate]:
    """The candidates of a one-word city part's name (normalised ``key``) under its
    district word and its adjective's other endings, in a stable order and without
    repeats; none for a name of several words, a long or a non-Latin one.  Cost: up to
    three exact look-ups per variant (about a dozen variants), asked only for a part
    none of whose own candidates lies in its city."""
    if " " in key or not key.isascii() or len(key) > _MAX_LETTERS:
        return []
    forms = [key, *adjective_variants(key)]
    if key.endswith(_SHORT_ENDS):
        forms += gender_variants(key)
    seen: dict[int, Candidate] = {}
    for form in dict.fromkeys(forms):
        names = [f"{form} {word}" for word in _DISTRICT_WORDS]
        for name in names if form == key else [form, *names]:
            for c in gaz.lookup_normalized(name):
                seen.setdefault(c.record, c)
    return list(seen.values())
