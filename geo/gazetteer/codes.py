"""The index's codes: format version, record kinds, name flags and match qualities.

Shared by the stages of the builder (:mod:`geo.gazetteer.build`) and by the
reader (:mod:`geo.gazetteer.index`), with the context-free prior
:func:`importance` of a record.
"""

from __future__ import annotations

import math
from pathlib import Path

__all__ = [
    "BUILDER_MODULES",
    "FORMAT_VERSION",
    "KEY_NAMES_REGION",
    "KIND_CODES",
    "QUALITY_ALIAS",
    "QUALITY_ALTERNATE",
    "QUALITY_FUZZY",
    "QUALITY_PRIMARY",
    "builder_files",
    "importance",
]

FORMAT_VERSION = 10
KIND_CODES = {"place": 0, "admin1": 1, "country": 2, "other": 3, "admin2": 4}

#: Bit of the per-name flags: the name is a country's, region's or county's own name or alias.
KEY_NAMES_REGION = 1 << 7

#: Match quality of a name for a record: lower is better.
QUALITY_PRIMARY = 0  # the record's own name
QUALITY_ALIAS = 1  # an official or everyday alias (ASCII form, official name, "UK")
QUALITY_ALTERNATE = 2  # an alternate, historical or foreign-language name
QUALITY_FUZZY = 3  # spelt like a name (a transliteration or a typo): geo.gazetteer.fuzzy


#: The modules of this package whose content identifies the builder (hashed into the
#: index's fingerprint): the builder, the stages it calls and the helpers they use.
BUILDER_MODULES = (
    "build",
    "codes",
    "sources",
    "records",
    "regions",
    "region_adjectives",
    "writer",
    "normalize",
    "fuzzy",
    "dumps",
    "admin1_codes",
    "transliterate",
    "region_capitals",
)


def builder_files() -> tuple[Path, ...]:
    """The source files of :data:`BUILDER_MODULES`, found without importing them (a
    command whose index is built already never imports the builder)."""
    here = Path(__file__).resolve().parent
    return tuple(here / f"{name}.py" for name in BUILDER_MODULES)


def importance(kind: str, population: int) -> float:
    """Prior importance in [0, 1] of a record, before any context.

    Places grow with log population (250,000 people give 0.72, 3 million
    0.86); regions and countries get fixed, high priors.

    Examples
    --------
    >>> round(importance("place", 256474), 2)
    0.72
    >>> importance("country", 0)
    1.0
    """
    if kind == "country":
        return 1.0
    if kind == "admin1":
        return 0.75
    if kind == "other":  # continents
        return 1.0
    if kind == "admin2":  # US counties: named only with their "County", "Parish", ...
        return 0.6
    return min(1.0, math.log10(max(population, 0) + 10) / 7.5)
