"""Wire datelines the title leaves out, beyond those the body readers know.

:func:`geo.text.wire_dateline.dateline_span` reads the datelines the geoparser and the
claims stage rely on ("KYIV, Ukraine (AP) —", "MOSCOW, May 2. /TASS/."). A title made
from a lead line (:func:`geo.text.document.lead_title`) must lose every dateline, also
those forms: a Cyrillic one ("МОСКВА, 1 декабря. /ТАСС/.", "КИЇВ, 1 грудня /Укрінформ/.",
"МОСКВА, 3 ноя — РИА Новости."), a region before the date ("MELITOPOL, Zaporozhye
Region, December 2. /TASS/."), a place in mixed case before an agency ("Kyiv (AFP) -"),
an agency's mark after a colon ("SOUTH WAZIRISTAN, April 5 (APP):") and a dateline
whose place was cut ("Feb 3 (Reuters) -"). Only the title reads these: what the body's
readers make of a text stays as it was.

A dateline here needs an agency's mark (a short name in brackets or between slashes,
or a wire's name after the dash), or a place in capitals and a date before a dash: a
headline such as "SOCCER - JAPAN GET LUCKY WIN" or "Kharkiv (again) under fire" is none.
"""

from __future__ import annotations

import re

__all__ = ["title_dateline_end"]

_UP = "A-ZА-ЯЁІЇЄҐ"
_LOW = "a-zа-яёіїєґ"
#: A place in capitals ("MOSCOW", "SOUTH WAZIRISTAN", "JERUSALEM/BEIRUT", "КИЇВ") or in
#: mixed case ("Kyiv", "Port Sudan"): a word at least two letters long each.
_CAPS_PLACE = rf"[{_UP}][{_UP}'’.-]+(?:[ /-][{_UP}][{_UP}'’.-]+){{0,3}}"
_PLACE = rf"(?:{_CAPS_PLACE}|[{_UP}][{_LOW}'’.-]+(?:[ -][{_UP}][{_LOW}'’.-]+){{0,2}})"
#: ", Ukraine", ", Zaporozhye Region", ", Democratic Republic of Congo", " (Ukraine)" before an
#: agency's mark: a country or region.
_REGION = (rf"(?:,[ \t]*[{_UP}][\w.'’-]*(?:[ \t](?:(?:of|the|and)[ \t])*[{_UP}][\w.'’-]*){{0,3}}"
           # AFP's country in brackets: "Kherson (Ukraine) (AFP) -"
           rf"|[ \t]+\([{_UP}][\w'’.-]+(?:[ \t][{_UP}][\w'’.-]+){{0,2}}\)(?=[ \t]*\())")
#: "December 2", "Dec 2, 2026", "1 декабря", "2 December 2026", "3 ноя".
_DATE = (
    rf"(?:[{_UP}][{_LOW}]{{2,8}}\.?[ \t]+\d{{1,2}}|\d{{1,2}}[ \t]+[{_UP}{_LOW}]{{3,9}}\.?)"
    r"(?:,?[ \t]+\d{4})?(?:[ \t]*г\.)?"
)
#: "(AP)", "(Reuters)", "(dpa)", "(Anadolu Agency)": a capitalised name of one or two words
#: in brackets, a dash or a colon after it; "/TASS/", "/ТАСС/", "/Укрінформ/" need none.
_AGENCY_BRACKETS = rf"\((?:[{_UP}][\w&.-]{{1,19}}(?:[ \t][{_UP}][\w&.-]{{1,19}})?|dpa)\)"
_AGENCY_SLASHES = rf"/[{_UP}][\w .-]{{1,20}}/"
_AGENCY_MARK = rf"(?:{_AGENCY_BRACKETS}|{_AGENCY_SLASHES})"
#: A wire's name after the dash: "— РИА Новости.", "- INTERFAX.RU -".
_AGENCY_NAME = (
    r"(?:РИА[ \t]+Новости|RIA[ \t]+Novosti|Интерфакс(?:-Украина)?|INTERFAX(?:\.RU)?|"
    r"Interfax(?:-Ukraine)?|ТАСС|TASS|Укрінформ|Ukrinform|УНІАН|UNIAN|Спутник|Sputnik)"
)
#: A dash, or the replacement character a mis-decoded em dash became ("BEIRUT (AP) �").
_DASH = r"(?:--|[-—–\ufffd])"
_TITLE_DATELINE = re.compile(
    # PLACE[, REGION][, DATE][.] MARK[.] [- or :]: "Kyiv (AFP) -", "МОСКВА, 1 декабря. /ТАСС/."
    rf"{_PLACE}{_REGION}?(?:,?[ \t]*{_DATE})?\.?[ \t]*(?:{_AGENCY_BRACKETS}\.?[ \t]*(?:{_DASH}|:)"
    rf"|{_AGENCY_SLASHES}\.?[ \t]*(?:{_DASH}|:)?)[ \t]+"
    # PLACE[, REGION][,.] DATE[.] - NAME[.]: "МОСКВА, 3 ноя — РИА Новости.", INTERFAX
    rf"|{_PLACE}{_REGION}?[.,][ \t]*{_DATE}\.?[ \t]*(?:{_DASH}[ \t]*)?{_AGENCY_NAME}\.?"
    rf"[ \t]*(?:{_DASH}[ \t]*)?[ \t]"
    # CAPS[, REGION], DATE -: "KYIV, Dec 2 -"
    rf"|{_CAPS_PLACE}{_REGION}?,[ \t]*{_DATE}\.?[ \t]*{_DASH}[ \t]+"
    # DATE MARK -: "Feb 3 (Reuters) -", its place cut off
    rf"|{_DATE}[ \t]*{_AGENCY_MARK}[ \t]*(?:{_DASH}|:)[ \t]+"
)


def title_dateline_end(line: str) -> int:
    """Where a wire dateline opening ``line`` ends (module docstring); 0 when there is
    none, or when nothing of two words would be left after it.

    >>> line = "МОСКВА, 1 декабря. /ТАСС/. Подразделения освободили Удачное."
    >>> line[title_dateline_end(line):]
    'Подразделения освободили Удачное.'
    >>> line = "MELITOPOL, Zaporozhye Region, December 2. /TASS/. Troops shelled Kamenka."
    >>> line[title_dateline_end(line):]
    'Troops shelled Kamenka.'
    >>> line = "Kyiv (AFP) - Drones hit the capital overnight."
    >>> line[title_dateline_end(line):]
    'Drones hit the capital overnight.'
    >>> line = "Kherson (Ukraine) (AFP) - A drone hit a bus."
    >>> line[title_dateline_end(line):]
    'A drone hit a bus.'
    >>> line = "МОСКВА, 3 ноя — РИА Новости. Силы ПВО сбили беспилотники."
    >>> line[title_dateline_end(line):]
    'Силы ПВО сбили беспилотники.'
    >>> title_dateline_end("SOCCER - JAPAN GET LUCKY WIN")
    0
    >>> title_dateline_end("Kharkiv (again) under fire")
    0
    """
    m = _TITLE_DATELINE.match(line)
    if m is None or len(line[m.end():].split()) < 2:
        return 0
    return m.end()
