"""Word lists the recogniser uses (written for this project).

All entries are lower case. They describe English news prose: words that are
never place names on their own, words that mark a person or an organisation,
words that turn a place name into a region, a facility or a modifier, and the
adjectives and demonyms of countries.

Topics (modules of this package): :mod:`~geo.text.lexicon.places` (places and regions:
words never places, cues, region, facility and water words, connectors, rivers, wide
areas, US state abbreviations), :mod:`~geo.text.lexicon.demonyms` (demonyms and peoples),
:mod:`~geo.text.lexicon.people` (titles, given names, :func:`first_names`, organisations)
and :mod:`~geo.text.lexicon.time_and_numbers` (months, days, number words);
:mod:`~geo.text.lexicon.base` holds the helpers that read the word blocks.
"""

from __future__ import annotations

from .demonyms import DEMONYMS, PEOPLES
from .people import (
    ABBREVIATED_TITLES,
    ARMY_GROUPS,
    FAMOUS_PEOPLE,
    GIVEN_NAMES,
    NOT_PLACE_NAMES,
    ORGANISATION_HEADS,
    PERSON_TITLES,
    first_names,
)
from .places import (
    ADJECTIVE_HEADS,
    AFTER_PLACE_OK,
    ANTECEDENT_WORDS,
    ARABIC_PLACE_CUES,
    BEFORE_PLACE_OK,
    BEFORE_TOWN_OK,
    CA_PROVINCE_ABBREVIATIONS,
    CONNECTORS,
    DIRECTION_WORDS,
    EVENT_HEADS,
    FACILITY_WORDS,
    FEATURE_ENDS,
    GOVERNMENT_SEATS,
    HAMLET_CUES,
    NAME_HEADS,
    NAME_PARTICLES,
    NAME_TAILS,
    NEVER_PLACES,
    PLACE_CUES,
    REGION_ABBREVIATIONS,
    REGION_PLURALS,
    REGION_WORDS,
    RIVERS,
    SETTLEMENT_WORDS,
    US_STATE_ABBREVIATIONS,
    WATER_WORDS,
    WIDE_AREAS,
)
from .time_and_numbers import DAYS as DAYS
from .time_and_numbers import (
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    MONTH_NUMBERS,
    NUMBER_ONES,
    NUMBER_TENS,
    NUMBERED_NAME_WORDS,
)
from .time_and_numbers import MONTHS as MONTHS

__all__ = [
    "ABBREVIATED_TITLES",
    "ADJECTIVE_HEADS",
    "AFTER_PLACE_OK",
    "ANTECEDENT_WORDS",
    "ARABIC_PLACE_CUES",
    "ARMY_GROUPS",
    "BEFORE_PLACE_OK",
    "BEFORE_TOWN_OK",
    "CA_PROVINCE_ABBREVIATIONS",
    "CONNECTORS",
    "DEMONYMS",
    "DIRECTION_WORDS",
    "EVENT_HEADS",
    "FACILITY_WORDS",
    "FAMOUS_PEOPLE",
    "FEATURE_ENDS",
    "GIVEN_NAMES",
    "GOVERNMENT_SEATS",
    "HAMLET_CUES",
    "MONTH_ABBREVIATIONS",
    "MONTH_NAMES",
    "MONTH_NUMBERS",
    "NAME_HEADS",
    "NAME_PARTICLES",
    "NAME_TAILS",
    "NEVER_PLACES",
    "NOT_PLACE_NAMES",
    "NUMBERED_NAME_WORDS",
    "NUMBER_ONES",
    "NUMBER_TENS",
    "ORGANISATION_HEADS",
    "PEOPLES",
    "PERSON_TITLES",
    "PLACE_CUES",
    "REGION_ABBREVIATIONS",
    "REGION_PLURALS",
    "REGION_WORDS",
    "RIVERS",
    "SETTLEMENT_WORDS",
    "US_STATE_ABBREVIATIONS",
    "WATER_WORDS",
    "WIDE_AREAS",
    "first_names",
]
