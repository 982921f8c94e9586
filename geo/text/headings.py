"""A region heading holds its paragraph's places: "Kherson Oblast: Russian troops shelled
Antonivka, Bilozerka, Dniprovske and Sadove".

Regional round-ups (a military administration's daily report, a live blog) open each
paragraph with the region it covers and a colon.  The villages named after it are that
region's: :func:`heading_containers` gives each of them the region as its container
(resolution then reads the namesake inside it), and a name the gazetteer has only in
another region of the country is estimated inside the heading's region
(:func:`geo.text.introduced.container_estimate`) rather than read 250 km away.

A sentence that opens with the region does so for its own names: "In the Donetsk region,
Kostiantynivka, Druzhkivka and Bilenke came under fire" (a local outlet's round-up):
its names up to the sentence's end take the region as a heading's paragraph does; so
do a clause's ("..., and in Vinnytsia region power was cut after a strike near
Kalynivka"; "crossed into the Bryansk region and attacked the village of Lyubechane":
not Moscow Oblast's Lyubuchany, a close spelling), with or without the comma after the
region, up to the next clause that opens with "in" ("In Sagaing region, air strikes hit
Monywa, and in the south-east rebels attacked the road from Hpa-an to Myawaddy": not
Sagaing's).  Another
region named on the way ends the heading's reach ("In the Kursk Region, ... near
Kurchatov, while in the Bryansk Region the village of Klimovo").

Only names whose places all lie in the heading's country and are smaller than a city
(:data:`CITY_POPULATION`) take the container: "Sumy Oblast: shelling from Belgorod"
keeps Belgorod in Russia, and a regional centre named in passing keeps its own place.
So do a name the gazetteer lacks and a name whose places are all villages abroad, far
from the region (:data:`ABROAD_KM`): "In Kursk region fighting continued near Malaya
Loknya and Kurilovka" is two villages of Kursk Oblast, not Kurylivka in Kharkiv Oblast,
180 km off (a village across the border stays: "Sumy Oblast: shelling from Tetkino").
Cost: one anchored match per line start; the candidates of the names after a heading.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..gazetteer.index import Gazetteer
from ..gazetteer.normalize import normalize
from .datelines import km_outside
from .definitions import region_readings
from .hints.base import CITY_POPULATION
from .region_abbreviations import region_record
from .tokens import Mention

#: A name whose only places in the heading's country are towns of at least this many
#: people (and none in its region) keeps its town: "In Dnipropetrovsk Oblast, ... from
#: the occupied Enerhodar, Russian artillery hit Nikopol" names Zaporizhzhia Oblast's
#: Enerhodar (53,000 people) across the reservoir, not a village of Dnipropetrovsk
#: Oblast the gazetteer lacks.
TOWN_POPULATION = 20_000

__all__ = ["ABROAD_KM", "TOWN_POPULATION", "heading_containers", "heading_places"]

#: A village abroad this far (km) from a heading's region is no place the heading
#: speaks of: the region holds a village of that name the gazetteer lacks.
ABROAD_KM = 50.0

#: A line that opens with a region's name, its region word and a colon.
_HEADING = re.compile(
    r"(?m)^[ \t]*(?P<name>[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*)?)\s+"
    r"(?:Oblast|oblast|Region|region|Province|province|Krai|krai|Governorate|governorate)"
    r"[ \t]*:"
)


#: A country's possessive before a region's name: "into Russia's Belgorod region".
_COUNTRY_S = r"(?:[A-Z][a-z]+['’]s\s+)?"
#: A sentence that opens with "In (the) X region," (at a line's start or after a
#: sentence's end); the comma is often left out ("In Vinnytsia region power was cut").
_OPENER = re.compile(
    r"(?:(?m:^)|(?<=[.!?] ))[ \t]*In\s+(?:the\s+)?"
    + _COUNTRY_S
    + r"(?P<name>[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*)?)\s+"
    r"(?:Oblast|oblast|Region|region|Province|province|Krai|krai|Governorate|governorate)"
    r"(?:[ \t]*,|[ \t]+(?=\w))"
)
#: A clause of a sentence that opens so: "..., and in Vinnytsia region power was cut
#: after a strike near Kalynivka" (its scope: the sentence's end).
_CLAUSE_OPENER = re.compile(
    r"(?:(?<=, and )|(?<=; )|(?<=, while ))in\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*)?)\s+"
    r"(?:Oblast|oblast|Region|region|Province|province|Krai|krai|Governorate|governorate)"
    r"(?:[ \t]*,|[ \t]+(?=\w))"
)
#: A clause that moves into a region and goes on: "saboteurs crossed into the Bryansk
#: region and attacked the village of Lyubechane" (its scope: the sentence's end).
_INTO = re.compile(
    r"\b(?:into|across)\s+(?:the\s+)?"
    + _COUNTRY_S
    + r"(?P<name>[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*)?)\s+"
    r"(?:Oblast|oblast|Region|region|Province|province|Krai|krai|Governorate|governorate)"
    r",?\s+and\s+(?=[a-z])"
)
#: A region named right before the place it holds: "advanced 5 km into Russia's
#: Belgorod region near the village of Demidovka", "in the Dnipropetrovsk region,
#: near Ivanivka" (its scope: the sentence's end).
_REGION_NEAR = re.compile(
    r"\b(?:in|into|inside|across)\s+(?:the\s+)?"
    + _COUNTRY_S
    + r"(?P<name>[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*)?)\s+"
    r"(?:Oblast|oblast|Region|region|Province|province|Krai|krai|Governorate|governorate)"
    r",?\s+(?:near|around|outside|close\s+to|at)\s+(?:the\s+(?:village|town|settlement)s?\s+of\s+)?"
    r"(?=[A-Z])"
)
#: What comes right before every :data:`_CLAUSE_OPENER` match (tested first, in C).
_CLAUSE_GATES = (", and in ", "; in ", ", while in ")
#: The region words one of which every :data:`_OPENER` match holds (tested first, in C).
_OPENER_WORDS = ("blast", "egion", "rovince", "Krai", "krai", "overnorate")
#: A sentence's end (an opener's scope ends there).
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?(?:\s|$)")


def _heads(text: str) -> list[tuple[int, str, int]]:
    """The region headings and openers of ``text``: (start of the region's name, the
    name, where its scope ends), in text order: a heading's paragraph, an opener's
    sentence."""
    heads = []
    if ":" in text:
        for head in _HEADING.finditer(text):
            stop = text.find("\n", head.end())
            heads.append((head.start("name"), head.group("name"), len(text) if stop < 0 else stop))
    openers = []
    if any(word in text for word in _OPENER_WORDS):
        if "In " in text:
            openers += _OPENER.finditer(text)
        if any(gate in text for gate in _CLAUSE_GATES):
            openers += _CLAUSE_OPENER.finditer(text)
        if "into " in text or "across " in text:
            openers += _INTO.finditer(text)
        openers += _REGION_NEAR.finditer(text)
    for head in openers:
        line = text.find("\n", head.end())
        line = len(text) if line < 0 else line
        end = _SENTENCE_END.search(text, head.end(), line)
        stop = end.start() if end else line
        for gate in _CLAUSE_GATES:  # "..., and in the south-east": another clause's places
            at = text.find(gate, head.end(), stop)
            stop = stop if at < 0 else at
        heads.append((head.start("name"), head.group("name"), stop))
    heads.sort()
    return heads


def heading_containers(text: str, gaz: Gazetteer, mentions: Sequence[Mention]) -> dict[int, int]:
    """Give the names of a paragraph opened by a region heading (or of a sentence opened
    by "In the X region,") that region as their container (``mentions`` are changed in
    place, as recognition does).

    Returns
    -------
    dict of int to int
        Mention index -> the index of its heading's mention (a region the paragraph's
        names lie in), for the names given the container.
    """
    out: dict[int, int] = {}
    k, n = 0, len(mentions)
    for start, name, stop in _heads(text):
        regions = {
            (cc, a1) for kind, cc, a1 in region_readings(gaz, normalize(name)) if kind == "admin1"
        }
        if len(regions) != 1:
            continue
        region = next(iter(regions))
        area = region_record(gaz, region)
        while k < n and mentions[k].start < start:
            k += 1
        if k >= n or mentions[k].start != start:
            continue  # the heading's name is no mention of the text
        heading = k
        k += 1
        while k < n and mentions[k].start < stop:
            m = mentions[k]
            if m.cue == "region":
                break  # "In the Kursk Region, ... while in the Bryansk Region the village of"
            if _takes(gaz, m, region, area):
                m.containers = (region,)
                out[k] = heading
            k += 1
    return out


def _takes(gaz: Gazetteer, m: Mention, region: tuple[str, str], area: int | None) -> bool:
    """Does the heading's region hold this name: a place name with no container of its
    own, whose candidates are places, some of the region's country and none a city
    abroad (towns of the name abroad aside: "In the Sumy region, ... took Andreyevka",
    a name Russian towns bear too; "Sumy Oblast: shelling from Belgorod" keeps the
    Russian city, and "from Tetkino" the Russian village, having no namesake in
    Ukraine), and none a city unless the name has a smaller place inside the region
    ("In Odesa Oblast, ... in Oleksandrivka": the village there, not Donetsk's
    Oleksandrivskyi district; "In the Kharkiv region, ... a missile struck Kryvyi Rih":
    the city), nor, with none inside the region, only towns of :data:`TOWN_POPULATION`
    people or more ("In Dnipropetrovsk Oblast, ... from the occupied Enerhodar")?  A name
    the gazetteer lacks, or has only as villages abroad over :data:`ABROAD_KM` from the
    region (``area``, its record), is the region's too."""
    if m.containers or m.cue == "region" or m.demonym_country:
        return False
    if m.unknown or not m.candidates:
        return m.unknown and area is not None  # "near Malaya Loknya": a village it lacks
    city, inside, home, small = False, False, False, False
    for c in m.candidates:
        row = gaz.row(c.record)
        if row.kind != "place":
            return False
        if row.country_code != region[0]:
            if row.population >= CITY_POPULATION:
                return False
            continue
        home = True
        if row.population >= CITY_POPULATION:
            city = True
        elif row.admin1[0] == region[1]:
            inside = True
        small = small or row.population < TOWN_POPULATION
    if not home:  # "Kurilovka" in Kursk region: not Kharkiv Oblast's Kurylivka
        return area is not None and all(
            km_outside(gaz, c.record, area) > ABROAD_KM for c in m.candidates
        )
    return inside or (small and not city)


def heading_places(
    gaz: Gazetteer,
    headed: dict[int, int],
    resolved: Sequence[tuple[int | None, float]],
    mentions: Sequence[Mention] = (),
) -> tuple[list[tuple[int | None, float]], dict[int, int]]:
    """The names under a heading read outside its region, taken away from that reading.

    The name's other mentions (``mentions``) read as the same place abroad, with no
    container of their own, follow: "5 km into Russia's Belgorod region near the village
    of Demidovka ... repelled two attacks near Demidovka" is one village, not Rivne
    Oblast's Demydivka, 720 km off, the second time.

    Returns
    -------
    resolved : list of (record or None, score)
        ``resolved``, with no place for a name under a heading read as a place of
        another region (none of its places lies in the heading's).
    regions : dict of int to int
        Mention index -> its heading's region record, for the names left with no
        place: they are estimated inside it.
    """
    out = list(resolved)
    regions = {}
    for k, heading in headed.items():
        region = resolved[heading][0]
        if region is None or gaz.kind(region) != "admin1":
            continue
        rec = resolved[k][0]
        if rec is not None and (gaz.country_code(rec), gaz.admin1(rec)[0]) == (
            gaz.country_code(region),
            gaz.admin1(region)[0],
        ):
            continue
        out[k] = (None, resolved[k][1])
        regions[k] = region
        if rec is not None and gaz.country_code(rec) != gaz.country_code(region):
            for j in _same_abroad(mentions, resolved, headed, k, rec):
                out[j] = (None, resolved[j][1])
                regions[j] = region
    return out, regions


def _same_abroad(
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    headed: dict[int, int],
    k: int,
    rec: int,
) -> list[int]:
    """The other mentions of mention ``k``'s name read as ``rec`` (a place abroad, in
    another country than ``k``'s heading) that no heading or container of their own
    places."""
    if not mentions:
        return []
    key = mentions[k].key
    return [
        j
        for j, m in enumerate(mentions)
        if j != k and j not in headed and m.key == key and not m.containers
        and resolved[j][0] == rec
    ]  # fmt: skip
