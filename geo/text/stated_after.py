"""A first-level region stated right after a name: "Kamianske in the Zaporizhzhia
region", "Pisky, in the Donetsk region", a bare "in North Darfur" (read by
:func:`geo.text.definitions.read_definition` and the facilities' regions).
"""

from __future__ import annotations

import re

from ..gazetteer.index import Gazetteer
from ..gazetteer.normalize import normalize
from .region_names import capital_regions, region_readings
from .tokens import Mention

__all__ = ["COMPASS_WORDS", "bracketed_region", "past_aside", "region_after", "region_after_name"]

#: Capitalised words of position that may open a part of a region's name: "North West
#: England", "Central Java" (normalised).
COMPASS_WORDS = frozenset(
    "north south east west northern southern eastern western central mid upper lower "
    "northeast northwest southeast southwest".split()
)

#: A first-level region stated right after a name: "Kamianske in the Zaporizhzhia
#: region", "Andriivka in Donetsk Oblast", "Pisky, in the Donetsk region", "Syrotyne in
#: Ukraine's Luhansk Region", "Huliaipole in the neighbouring Zaporizhzhia region"; as
#: Russian reporting names Donetsk and Luhansk oblasts, "Novotroitskoye in the Donetsk
#: People's Republic".
_IN_REGION = re.compile(
    # "in southern Syria's Quneitra province": a compass word before the owner too
    r",?\s+in\s+(?:the\s+)?(?:(?:(?:south|north|east|west)(?:ern)?|central)\s+(?=[A-Z][\w'’-]*['’]s\s))?"
    r"(?:[A-Z][\w'’-]*['’]s?\s+(?=[A-Z]))?"
    r"(?:(?:neighbou?ring|adjacent|nearby|same|border|frontline|front-line)\s+)?"
    r"(?:(?:southern|northern|eastern|western|central|south-eastern|"
    r"north-eastern|south-western|north-western|southeastern|northeastern|southwestern|"
    r"northwestern)\s+)?(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+"
    r"(?:region|Region|oblast|Oblast|province|Province|governorate|Governorate|state|State|"
    r"krai|Krai|People['’]s\s+Republic)\b"
)


#: How every region stated right after a name begins (:data:`_IN_REGION`, and
#: ``bare_regions``' "in North Darfur" and ", North Kivu", :data:`_BRACKET_REGION`'s
#: "(Zaporozhye Region)"): other names state none.
_STATES_AFTER = re.compile(r",?\s+in\s|, | \(")


def region_after(text: str, mention: Mention, gaz: Gazetteer) -> tuple[tuple[str, str], ...]:
    """The first-level regions a "(name) in the X region" (or a bare "in North Darfur")
    right after the mention names."""
    end = past_aside(text, mention.end)  # "Kamianske (northwest of Vasylivka) in ..."
    if _STATES_AFTER.match(text, end) is None:
        return ()  # neither "in ..." nor ", ..." next: no pattern to try, no candidate read
    # (imported here, after the gate: it reads region_after_name first, and an import in
    # a function costs about what the gate does)
    from .bare_regions import stated_region_after

    if any(gaz.kind(c.record) == "country" for c in mention.candidates):
        return region_after_name(text, end, gaz)  # "Bank of America in Charlotte"
    return stated_region_after(text, end, gaz, towns=False, own=mention.candidates)


#: A bracketed direction right after a name: "(northwest of Vasylivka)", "(12 km east
#: of Robotyne)", "(south of Kupiansk)": the region stated after it is the name's too.
_ASIDE = re.compile(
    r"\s\((?:[\w.,'’ -]{0,24}\s)?(?:north|south|east|west|near|outside)[\w-]*"
    r"(?:\s[\w'’.-]+){0,5}\)"
)


def past_aside(text: str, end: int) -> int:
    """Where a bracketed direction right after ``text[:end]`` ends (:data:`_ASIDE`),
    ``end`` when none follows.  Bounded: at most one short bracket read."""
    m = _ASIDE.match(text, end, end + 80)
    return end if m is None else m.end()


#: A first-level region in brackets right after a name, as Russian MoD summaries give it:
#: "Ivanovka (Dnepropetrovsk Region)", "Olgovskoye (Zaporozhye Region)", "(Donetsk
#: People's Republic)", "(Kursk oblast)".
_BRACKET_REGION = re.compile(
    r" \((?P<name>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?) (?:region|Region|oblast|Oblast|"
    r"province|Province|People['’]s Republic)\)"
)


def bracketed_region(text: str, end: int, gaz: Gazetteer) -> tuple[tuple[str, str], ...]:
    """(country code, admin-1 code) of the first-level regions a bracketed region right
    after ``text[:end]`` may name (:data:`_BRACKET_REGION`): the name's own region, not
    a list partner's ("Ivanovka (Dnepropetrovsk Region) and Olgovskoye (Zaporozhye
    Region)"); empty when none is stated.  One anchored pattern."""
    m = _BRACKET_REGION.match(text, end)
    if m is None:
        return ()
    readings = region_readings(gaz, normalize(m.group("name")))
    return tuple(sorted({(cc, a1) for kind, cc, a1 in readings if kind == "admin1"}))


def region_after_name(text: str, end: int, gaz: Gazetteer) -> tuple[tuple[str, str], ...]:
    """(country code, admin-1 code) of the first-level regions "in the X region" right
    after ``text[:end]`` may name (:data:`_IN_REGION`; a republic, or a bracketed region:
    :func:`bracketed_region`); empty when none is stated."""
    m = _IN_REGION.match(text, end)
    if m is None:
        return _republic_after(text, end, gaz) or bracketed_region(text, end, gaz)
    key = normalize(m.group("name"))
    readings = region_readings(gaz, key) or capital_regions(gaz, key)  # "Sweida province"
    owner = _OF_NAME.match(text, m.end())  # "in the Central Region of Virginia": the US's
    if owner is not None and key in COMPASS_WORDS:
        owners = {cc for _, cc, _ in region_readings(gaz, normalize(owner.group(1)))}
        readings = [r for r in readings if r[1] in owners]
    if not readings and owner is not None:  # "in the Kokang region of northern Shan state"
        readings = region_readings(gaz, normalize(owner.group(1)))
    return tuple(sorted({(cc, a1) for kind, cc, a1 in readings if kind == "admin1"}))


_OF_NAME = re.compile(
    r"\s+of\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)"
)


#: Russian copy's abbreviations of the Donetsk and Luhansk "People's Republics" (and the
#: Russian "DNR", "LNR") after a name: "Zelyony Gai in the DPR", or closing the clause,
#: "Belogorovka, LPR." (not ", DPR forces"); the oblast each stands for, by its key.
_REPUBLIC_AFTER = re.compile(
    r",?\s+in\s+(?:the\s+)?(?P<abbr>[DL])(?:PR|NR)\b"
    r"|,\s+(?P<bare>[DL])(?:PR|NR)(?=\s*(?:[.;:)\n]|,\s+[a-z]|$))"
)
_REPUBLICS = {"D": "donetsk", "L": "luhansk"}


def _republic_after(text: str, end: int, gaz: Gazetteer) -> tuple[tuple[str, str], ...]:
    """The oblast a "in the DPR" ("in the LPR", ", DNR." closing its clause) right after
    ``text[:end]`` stands for, as (country code, admin-1 code); empty otherwise."""
    m = _REPUBLIC_AFTER.match(text, end)
    if m is None:
        return ()
    readings = region_readings(gaz, _REPUBLICS[m.group("abbr") or m.group("bare")])
    return tuple(sorted({(cc, a1) for kind, cc, a1 in readings if kind == "admin1"}))
