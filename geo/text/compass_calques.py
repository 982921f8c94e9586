"""A Russian compass (or railway) adjective's village name as its Ukrainian name:
"Severnoye": Pivnichne, "Zheleznodorozhnoye": Zaliznychne.

Villages named after a point of the compass are translations, not transliterations, of
each other: the Toretsk suburbs Pivnichne and Pivdenne are "Severnoye" and "Yuzhnoye" in
Russian copy ("Assault units cleared Severnoye and Yuzhnoye near Dzerzhinsk"), and
GeoNames lists the Russian names of few of them.  :func:`compass_calques` gives the
Ukrainian forms of such a one-word name, in the gender of its ending (neuter "-oye":
"-e", masculine "-y"/"-iy": "-yi", feminine "-aya": "-a"), which
:func:`geo.text.variants.variant_candidates` (through
:func:`~geo.text.stem_variants.ukrainian_stem_variants`) and
:func:`~geo.text.stated_spellings.stated_spellings` look up exactly.
"""

from __future__ import annotations

__all__ = ["compass_calques"]

#: The Russian stems of the four points and their Ukrainian romanisations (GeoNames'
#: and the national system's); and of the railway's adjectives, which name stations'
#: villages and towns as often ("Zheleznodorozhnoye": Zaliznychne by Huliaipole;
#: "Zheleznoye": Zalizne by Toretsk), longest first.
_STEMS = (
    ("severn", ("pivnichn",)),
    ("yuzhn", ("pivdenn",)),
    ("vostochn", ("skhidn",)),
    ("zapadn", ("zakhidn",)),
    ("zheleznodorozhn", ("zaliznychn",)),
    ("zhelezn", ("zalizn",)),
)

#: A Russian ending (romanised several ways) and the Ukrainian endings of its gender.
_ENDINGS = (
    (("oye", "oe", "oje"), ("e",)),
    (("yy", "iy", "ii", "ij", "yi", "y"), ("yi", "yy")),
    (("aya", "aja"), ("a",)),
)


def compass_calques(normalized: str) -> list[str]:
    """The Ukrainian forms of a (normalised) one-word Russian name made of a compass
    adjective alone, in a stable order; none for another name.

    Examples
    --------
    >>> compass_calques("severnoye"), compass_calques("yuzhnoe")
    (['pivnichne'], ['pivdenne'])
    >>> compass_calques("vostochny"), compass_calques("zapadnaya")
    (['skhidnyi', 'skhidnyy'], ['zakhidna'])
    >>> compass_calques("severodonetsk"), compass_calques("yuzhnoukrainsk")
    ([], [])
    >>> compass_calques("zheleznodorozhnoye"), compass_calques("zheleznoye")
    (['zaliznychne'], ['zalizne'])
    >>> compass_calques("zheleznogorsk")
    []
    """
    for stem, forms in _STEMS:
        if not normalized.startswith(stem):
            continue
        rest = normalized[len(stem) :]
        for russian, ukrainian in _ENDINGS:
            if rest in russian:
                return [form + end for form in forms for end in ukrainian]
    return []
