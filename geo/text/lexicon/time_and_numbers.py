"""Word lists, time and numbers: month names and abbreviations, days of the week, and
English number words, and the words that may stand before a name-like number.
"""

from __future__ import annotations

import calendar

__all__ = [
    "DAYS",
    "MONTHS",
    "MONTH_ABBREVIATIONS",
    "MONTH_NAMES",
    "MONTH_NUMBERS",
    "NUMBERED_NAME_WORDS",
    "NUMBER_ONES",
    "NUMBER_TENS",
]


#: Month names ("january") and their abbreviations ("sept") -> month number; days of
#: the week in ``datetime.date.weekday()`` order.
MONTH_NAMES = [name.lower() for name in calendar.month_name if name]
MONTH_ABBREVIATIONS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
MONTH_NUMBERS = {name: i for i, name in enumerate(MONTH_NAMES, 1)} | MONTH_ABBREVIATIONS
MONTHS = list(MONTH_NUMBERS)

#: English number words: one to nineteen, and the tens.
NUMBER_ONES = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
NUMBER_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
DAYS = [name.lower() for name in calendar.day_name]

#: Words that may stand before a name-like number ("Brigade 47", "Article 5").
NUMBERED_NAME_WORDS = frozenset(
    """
    article resolution route highway road flight brigade division regiment battalion corps
    interstate motorway freeway expressway
    unit no number building block section chapter apartment room gate terminal platform zone
    sector hill height heights point level grade phase stage camp site reactor bus train
    """.split()
)
