"""Regions named after their centre's Russian name: "Dnepropetrovsk Region".

A region of the former Soviet Union is named by an adjective of its centre's name
("Днепропетровская область", of Днепропетровск), and Russian reporting names it after
that centre's Russian name, even where the centre was renamed since ("Dnepropetrovsk
Region", "Kirovograd Region": the cities are Dnipro and Kropyvnytskyi now).  Natural
Earth lists a Latin alias for some regions ("Kirovograd", "Khar'kov") and not for
others, so :func:`lend_centre_names` gives each region the Russian romanisations
(:func:`geo.gazetteer.transliterate.russian_romanizations`) of the place whose Russian
name its own Russian name is the adjective of, found in the region's own places.

Cost: one pass over the place records (a dictionary look-up per Cyrillic name).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from .codes import QUALITY_ALTERNATE, note_import
from .transliterate import RUSSIAN_NAME_COUNTRIES, russian_romanizations

note_import(__file__)  # the fingerprint hashes the source this process runs

__all__ = ["centre_forms", "lend_centre_names"]

# "Днепропетровская область", "Донецкая область", "Свердловская область".
_REGION_ADJECTIVE = re.compile(r"^([А-ЯЁ][а-яё-]{2,})(с|ц)кая\s+область$")
# A stem shorter than this names too little to find its centre by ("Сумская": Сумы).
_MIN_STEM = 3


def centre_forms(region_name: str) -> list[str]:
    """The names a region's centre may have, from the region's Russian name.

    Parameters
    ----------
    region_name : str
        One name of a first-level region.

    Returns
    -------
    list of str
        Candidate Russian names of the centre (nouns the adjective is made from), or
        ``[]`` when ``region_name`` is not "<adjective> область".

    Examples
    --------
    >>> centre_forms("Днепропетровская область")[:2]
    ['Днепропетровск', 'Днепропетров']
    >>> "Харьков" in centre_forms("Харьковская область")
    True
    >>> "Сумы" in centre_forms("Сумская область")
    True
    >>> centre_forms("Dnipropetrovsk")
    []
    """
    m = _REGION_ADJECTIVE.match(region_name.strip())
    if m is None or len(m.group(1)) < _MIN_STEM:
        return []
    stem, consonant = m.group(1), m.group(2)
    if consonant == "ц":  # "Донецкая": Донецк
        return [stem + "цк"]
    # "-ская": a centre in "-ск" (Луганск), or the bare stem (Харьков, Кировоград), or
    # the stem with a noun ending (Сумы, Одесса, Запорожье).
    forms = [stem + "ск", stem, stem + "ы", stem + "а", stem + "ье", stem + "ь"]
    if stem.endswith("с"):  # "Одесская": Одесса; "Черкасская": Черкассы
        forms += [stem + "с", stem + "са", stem + "сы"]
    return forms


def _cyrillic(names: Sequence[str]) -> Iterator[str]:
    for n in names:
        if any("а" <= ch.lower() <= "я" or ch.lower() == "ё" for ch in n):
            yield n


def lend_centre_names(
    regions: Sequence[dict[str, Any]], places: Sequence[Mapping[str, Any]]
) -> None:
    """Give each region of a Russian-naming country the Latin spellings of its centre's
    Russian name, in place.

    Parameters
    ----------
    regions : sequence of dict
        Admin-1 records (``country_code``, ``admin1_code``, ``names``: a list of
        (quality, names)).  A region whose Russian name is "<adjective> область" and
        whose own places (same country and admin-1 code) include one of that
        adjective's nouns (:func:`centre_forms`) takes its romanisations as alternate
        names; among several such places, the most populous one.
    places : sequence of mapping
        Place records (``kind``, ``country_code``, ``admin1_code``, ``population``,
        ``names``).
    """
    wanted: dict[tuple[str, str, str], int] = {}
    for k, region in enumerate(regions):
        cc, code = region["country_code"], region["admin1_code"]
        if cc not in RUSSIAN_NAME_COUNTRIES or not code:
            continue
        for _quality, names in region["names"]:
            for name in _cyrillic(names):
                for form in centre_forms(name):
                    wanted.setdefault((cc, code, form.lower()), k)
    if not wanted:
        return
    best: dict[int, tuple[int, str]] = {}
    for p in places:
        if p["kind"] != "place" or p["country_code"] not in RUSSIAN_NAME_COUNTRIES:
            continue
        for _quality, names in p["names"]:
            for name in _cyrillic(names):
                k = wanted.get((p["country_code"], p["admin1_code"], name.lower()))
                if k is not None and (k not in best or p["population"] > best[k][0]):
                    best[k] = (p["population"], name)
    for k in sorted(best):
        spellings = russian_romanizations(best[k][1])
        if spellings:
            regions[k]["names"].append((QUALITY_ALTERNATE, spellings))
