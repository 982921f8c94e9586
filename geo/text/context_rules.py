"""Recognition, context rules: whether a name the scan found is a place here.

:func:`accept` judges one gazetteer name found by :func:`~geo.text.recognition.find_mentions`
from the words around it: context cues ("in X", "the X region", "X Oblast", "the city
of X"), a person's or organisation's name around it (:mod:`geo.text.people`), water,
military units and facilities named after a place, everyday and sentence-opening
words; an accepted name becomes a :class:`~geo.text.tokens.Mention` with its gazetteer
candidates and the container or definition read after it.  :func:`placed` tells whether
what follows a name says it is a place.
"""

from __future__ import annotations

import re

from ..gazetteer.index import Gazetteer
from ..gazetteer.normalize import normalize
from . import lexicon as lx
from . import middle_names, people, state_names, town_country
from .candidates import MAX_CANDIDATES, own_population, own_regions
from .containers import has_container, is_definition, read_container, read_definition
from .datelines import capital_dateline, dash_after
from .disease_names import DISEASE_WORDS, health_name, remember_disease
from .facilities import facility_name_after
from .front import front_hamlet
from .hints import hint_follows, named_after  # "Tawila, 60 km west", "the Hasbaya district"
from .hyphen_pairs import place_pair, spelt_whole
from .initials import after_initials
from .lists import after_place_cue, in_route_chain
from .name_memory import held, placed, refused
from .name_words import (
    acronym_after,
    body_acronym,
    is_city_name,
    is_common,
    is_region_name,
    not_a_name_word,
    strong_region,
    word_rank,
)
from .non_places import government_seat
from .office_places import office_place
from .opening_cues import OPENING_CUES as _OPENING_CUES
from .party_words import party_word
from .people import FEATURES, given_name, name_neighbour, rank_abbreviation, remember_person
from .region_after import region_after, region_word, state_possessive
from .tokens import Mention, _Tokens
from .town_offices import office_candidates

__all__ = ["accept", "placed"]  # placed: from name_memory

_PLACE_TYPES = frozenset("oblast region province county parish city town village district state "
                         "municipality raion krai governorate township borough".split())
_MILITARY_UNITS = frozenset("brigade brigades battalion battalions regiment corps".split())
# Army groups named after a compass point or a river: "the Yug group of forces" (a Russian
# army group, not Yueyang), "the Dnepr grouping"; never a place, whatever the name.
_ARMY_GROUP = re.compile(r"\s+(?:group\s+of\s+(?:forces|troops)|grouping)\b", re.IGNORECASE)
_DETERMINERS = frozenset("the a an his her its their our my your this that these those".split())


#: A compass point or the centre named alone: a part of whatever the text speaks of
#: ("the Centre" of Indian news, its central government; "the Northwest" of a US
#: story), never on its own the first-level region of Cameroon or Burkina Faso so
#: called, which needs its region word ("the Centre region", "Northwest Region"); so
#: does Ireland's Border region ("Border town braces for shelling": a Ukrainian town).
_BARE_PARTS = frozenset("north south east west northeast northwest southeast southwest "
                        "centre center central midwest border".split())  # fmt: skip
_WEEKDAYS = frozenset(lx.DAYS)
#: After a region's name: "the Donetsk People's Republic" (as Russian copy styles them).
_PEOPLES_REPUBLIC = re.compile(r"\s+People[’']s\s+Republic\b")

def accept(
    text: str,
    tokens: _Tokens,
    i: int,
    j: int,
    key: str,
    gaz: Gazetteer,
    headline: set[int],
    not_places: set[str],
) -> Mention | None:
    """Apply the context rules to the name tokens[i..j] (normalised: ``key``); a Mention
    or None."""
    at, n = tokens.at, len(tokens.words)
    first, last = at[i], at[j]
    single = i == j
    width = len(first.text)
    in_headline = i in headline
    prev = at[i - 1] if i > 0 else None
    nxt = at[j + 1] if j + 1 < n else None
    prev_gap = text[prev.end : first.start] if prev is not None else ""
    prev_joined = prev_gap in (" ", "-")
    next_joined = nxt is not None and text[last.end : nxt.start] in (" ", "-")
    # "Dallas-Fort Worth": two towns, no double-barrelled name (geo.text.hyphen_pairs).
    pair_before = prev_gap == "-" and place_pair(gaz, key, text, tokens, i - 1, -1)
    pair_after = next_joined and text[last.end] == "-" and place_pair(gaz, key, text, tokens, j + 1)

    if single and (key in lx.NEVER_PLACES or refused(not_places, key, text, first.start, last.end)):
        return None  # not "Shelby, North Carolina" after "Shelby Foote": it has a container
    if health_name(gaz, text, at, n, i, j, key):
        return None  # "the Kenya Red Cross Society", "HIV, Chagas and syphilis": no places
    if single and key in lx.PERSON_TITLES and rank_abbreviation(text, last.end):
        return None  # "Brig. Gen. Nabil Abdallah": a rank, not Brig in Valais
    if single and first.initial and key in _OPENING_CUES and nxt is not None and nxt.capitalized:
        return None  # "In Deir ez-Zor, ...": the cue opening the sentence
    after_cue = prev is not None and prev.initial and prev.norm in _OPENING_CUES
    if key in lx.GOVERNMENT_SEATS and government_seat(text, key, prev, last.end, _DETERMINERS):
        return None  # "outside the White House", "White House aides": not a town
    if (
        (first.start == 0 or text[first.start - 1] == "\n")
        and nxt is not None
        and next_joined
        and nxt.capitalized
        and not nxt.text.isupper()
        and len(key) > 3
        and text[first.start : last.end].isupper()
    ):
        # "WASHINGTON Barack Obama pardoned ...", "DETROIT The U.S. Transportation
        # Department ...": a dateline in capitals whose dash was lost, then the story.
        dateline = capital_dateline(gaz, first.start, last.end, key, i, j)
        if dateline is not None:
            return dateline
    cue = ""
    facility = False
    end = last.end
    last_idx = j
    # "the Kursk region", "Sumy Oblast", "Donetsk People's ..." handled by the chunk rule
    if nxt is not None and next_joined and region_word(text, nxt):
        cue = "region"
        if nxt.capitalized:
            end, last_idx = nxt.end, j + 1
            nxt = at[j + 2] if j + 2 < n else None
            next_joined = nxt is not None and text[at[j + 1].end : nxt.start] == " "
    elif nxt is not None and next_joined and nxt.norm == "township" and nxt.capitalized:
        # "Washington Township": the township of the name, which the gazetteer lacks, located by it
        cue, end, last_idx, nxt, next_joined = "city", nxt.end, j + 1, None, False
    elif state_possessive(text, last.end):
        cue = "region"  # "Georgia's state line": the US state, not the country
    elif (styled := _PEOPLES_REPUBLIC.match(text, last.end)) is not None:
        cue = "region"  # "the Donetsk People's Republic": the region so styled, not the city
        while last_idx + 1 < n and at[last_idx + 1].end <= styled.end():
            last_idx += 1
        end = at[last_idx].end
        nxt = at[last_idx + 1] if last_idx + 1 < n else None
        next_joined = False
    if single and cue != "region" and key in _BARE_PARTS and not has_container(text, end):
        return None  # "the Centre had failed to frame a scheme", "in the Northwest"
    if prev is not None and prev_joined and (not prev.capitalized or after_cue):
        if prev.norm == "of" and i >= 2 and at[i - 2].norm in lx.SETTLEMENT_WORDS:
            cue = cue or "city"
        elif prev.norm == "of" and i >= 2 and at[i - 2].norm in lx.REGION_WORDS:
            cue = cue or "region"
        elif (
            prev.norm == "of"
            and i >= 2
            and at[i - 2].norm in ("sea", "gulf", "bay", "lake", "lagoon", "estuary")
        ):
            return None  # "the Sea of Azov", "the Gulf of Mexico": water
        elif prev.norm in lx.PLACE_CUES and not (
            prev.norm == "of" and i >= 2 and at[i - 2].capitalized
        ):  # "the Institute for the Study of War": part of a name, not a place cue
            cue = cue or "in"

    # People and organisations: a longer capitalised chunk around the name (on a headline-like
    # line only rare neighbours count). A country's or region's name inside a body's name still
    # names the place ("the Ohio Supreme Court", "Education Minnesota"): there too, only rare
    # neighbours (surnames) make a chunk a person. (Read only when a capitalised neighbour asks.)
    common_limit = -1
    if (
        single
        and key in lx.GIVEN_NAMES
        and nxt is not None
        and text[last.end : nxt.start] == " "
        and nxt.capitalized
        and nxt.norm not in lx.AFTER_PLACE_OK
        and (nxt.norm not in lx.NEVER_PLACES or middle_names.month_middle_name(text, at, j + 1, n))
        and nxt.norm not in lx.PERSON_TITLES  # "Georgia Gov. Brian Kemp": the state's
        and not is_region_name(gaz, nxt.norm)
        and not in_headline
        and not acronym_after(at, j + 1)  # "the Austin ISD board": the city's school district
        and not people.body_after(gaz, at, j + 1, n, key)  # "the Nashville Film Festival"
        and not office_place(gaz, text, at, n, i, j, key)  # "President of Georgia Mikheil S."
    ):
        remember_person(tokens, i, j, text, gaz, not_places)
        return None
    route = (prev_gap == "-" or (next_joined and text[last.end] == "-")) and in_route_chain(
        text, tokens, i if single else j
    )
    if (
        prev is not None
        and prev_gap == ". "
        and prev.capitalized
        and prev.norm in lx.ABBREVIATED_TITLES
        and not in_headline
    ):
        remember_person(tokens, i, j, text, gaz, not_places, whole_run=False)
        return None  # "Col. Nabil Hassan", "Gen. Gerasimov": a name after a rank
    if not in_headline and (initials := after_initials(text, at, i, gaz)):
        if initials == 1:  # "Kijuan D. McDonald": the surname alone later is his too
            remember_person(tokens, i, j, text, gaz, not_places, whole_run=False, surname=True)
        return None  # "C.J. McArthur": only here ("Harriman, after E. H. Harriman")
    if (people.particle_surname(text, at, i, j) or people.kin_before(text, first.start)) and (
        not in_headline
    ):
        remember_person(tokens, i, j, text, gaz, not_places, whole_run=False, surname=True)
        return None  # "Alex de Waal": not the Waal; "his brother Tyler": not Tyler, Texas
    if single and prev_joined and prev.capitalized and body_acronym(gaz, at, i, key):
        return None  # "Austin ISD", "Immokalee TIGER": the place's body, no place nor a name
    if prev is not None and prev_joined and prev.capitalized and not route and not after_cue:
        titled = (
            i >= 2
            and at[i - 2].norm in lx.PERSON_TITLES
            and text[at[i - 2].end : prev.start] in (" ", ". ")
        )  # "The Rev. Al Meredith", "Mayor Curtis McCoy": a title, a given name, the name
        # "Logan-Rogersville": a town pair, no person's double name ("Aaron Taylor-Johnson")
        town_pair = town_country.town_pair(gaz, text, at, i, key, pair_before)
        if (
            (given_name(text, prev, gaz, key) and not town_pair) or titled
        ) and not in_headline and first.norm not in FEATURES:
            # "Michael Jordan", "Tom Paris", "spokesman Michael Sicilia": later the surname
            # alone is the person's too ("Gomez said"), unless it names a region or a large
            # place. Only the surname: "Lewisburg Mayor John Manchester" leaves Lewisburg.
            remember_person(tokens, i, j, text, gaz, not_places, whole_run=False, surname=True)
            return None
        if prev.norm in lx.PERSON_TITLES and not people.street_word(text, prev.start):
            remember_person(tokens, i, j, text, gaz, not_places)
            return None
        common_limit = 20_000 if in_headline or is_region_name(gaz, key) else 0
        # "the Ukrainian Kurakhove garrison" (a common noun after it), not "Ukrainian Pavlo K."
        modifier = prev.norm in lx.DEMONYMS and nxt is not None and next_joined and (
            not nxt.capitalized
        )
        if (
            not modifier
            and name_neighbour(gaz, prev.norm, lx.BEFORE_TOWN_OK, common_limit, in_headline)
            and not (prev.norm in ("st", "dr") and people.street_word(text, prev.start))
            and not (prev.initial and is_common(gaz, prev.norm, 3000))
            and not (pair_before or town_country.area_or_capitals(gaz, text, tokens, i, key))
        ):  # after an acronym ("Immokalee TIGER Grant"), no run: the acronym's place stays
            remember_person(tokens, i, j, text, gaz, not_places, whole_run=not prev.text.isupper())
            return None
    # "the Novokuibyshevsk Oil Refinery": a facility named after the place, no longer name.
    facility = bool(nxt is not None and next_joined and facility_name_after(at, j + 1, n))
    if (
        nxt is not None and next_joined and nxt.capitalized and cue != "region" and not route
    ) and not facility and not people.body_after(gaz, at, j + 1, n, key):
        if common_limit < 0:
            common_limit = 20_000 if in_headline or is_region_name(gaz, key) else 0
        # A weekday after a name is when, not a surname: "descend on Toronto Saturday".
        if nxt.norm not in _WEEKDAYS and not pair_after and name_neighbour(
            gaz, nxt.norm, lx.AFTER_PLACE_OK, common_limit, in_headline
        ) and not office_place(gaz, text, at, n, i, j, key):  # "Mayor of Kharkiv Ihor Terekhov"
            if text[last.end] == "-" and spelt_whole(gaz, normalize(text[first.start : nxt.end])):
                # "Kupyansk-Vuzlovyi": one name spelt otherwise, read whole (unknown_name)
                return None
            remember_person(tokens, i, j, text, gaz, not_places)
            return None  # ("the Borova-Lyman line": two places, no chunk)
    # The rules below only say no; the word after the name decides most of them.
    if nxt is not None and next_joined:
        after, after_cap = nxt.norm, nxt.capitalized
        if single and party_word(key, after):
            return None  # "the federal Liberal government": a party, not Liberal, Kan.
        if single and key in lx.FACILITY_WORDS and after in lx.FACILITY_WORDS:
            return None  # "the Zaporizhzhia Thermal Power Plant": not Thermal, Calif.
        # Organisations: "National Unity Government", "the Azov Brigade".
        if (
            after_cap
            and after in lx.ORGANISATION_HEADS
            and (
                (
                    prev is not None
                    and prev_joined
                    and prev.capitalized
                    and not prev.initial
                    and prev.norm not in _DETERMINERS
                    and prev.norm not in lx.BEFORE_PLACE_OK
                    and not is_region_name(gaz, prev.norm)
                )
                or (
                    after in ("brigade", "battalion", "regiment", "corps", "group")
                    and not is_region_name(gaz, key)
                )
            )
        ):
            return None
        # Military units named after a place: "the Azov brigade", "the Aidar battalion".
        if after in _MILITARY_UNITS and not is_region_name(gaz, key):
            return None
        if after in ("group", "groups", "grouping") and (
            key in lx.ARMY_GROUPS or _ARMY_GROUP.match(text, last.end)
        ):
            return None  # "the Dnepr group": an army group named after the river
        # Water: "the Dnipro river", "Dnipro delta" (a river's bank is still the river's).
        if (
            after in lx.WATER_WORDS
            and (key in lx.RIVERS or not after_cap)
            and after not in ("bank", "banks")
        ):
            return None
        # An everyday word heading a name ("Supreme Court", "Federal Reserve") is not a place.
        if (
            single
            and after_cap
            and after not in _PLACE_TYPES
            and after not in _WEEKDAYS  # "on Toronto Saturday": when, not a name's word
            and not pair_after
            and is_common(gaz, key, 5_000)
            and not is_region_name(gaz, key)
            # "the Houston Police", "the Austin ISD"; "Dallas Texas": two places
            and not town_country.city_or_town_before(gaz, at, j + 1, key)
        ):
            return None
        # A disease named after a place is no place: "the Marburg virus", "Lassa fever";
        # nor later alone ("Marburg kills slowly"; not "in Marburg"): geo.text.disease_names.
        if after in DISEASE_WORDS:
            return None if not single else remember_disease(gaz, not_places, key)
        # A facility named after a place ("the Kursk Nuclear Power Plant", "the Bali
        # airport") is located by it, as readers and annotators do (its cue says so).
        facility = facility or (after in lx.FACILITY_WORDS and after not in lx.WATER_WORDS)
    # Rivers: "crossed the Dnipro"; not "the Dnipro region", "the Dnipro city".
    river = key in lx.RIVERS and cue != "region" and not (next_joined and nxt.norm == "city")
    if river and prev is not None and prev.norm == "the" and prev_gap == " ":
        return None
    if single and not_a_name_word(text, first.text, last.end, cue, gaz, key):
        return None

    candidates = gaz.lookup_normalized(key)[:MAX_CANDIDATES]
    if not candidates:
        return None
    if state_names.sovereign_named(text, at, i, end, prev_gap):  # "the country of Georgia"
        candidates = state_names.sovereign_candidates(gaz, candidates)
    elif (states := state_names.us_state_office(text, end, gaz, candidates)) is not None:
        candidates, cue = states, cue or "region"  # "Georgia Gov. Brian Kemp"
    elif state_names.resident_phrase(text, first.start, end):
        candidates = state_names.not_countries(gaz, candidates)  # "a Lebanon woman": Lebanon, Ind.
    if key in lx.WIDE_AREAS and not has_container(text, end):
        # "the Atlantic", "the Middle East": never Atlantic, Iowa or Middle East, Maryland.
        candidates = [c for c in candidates if not gaz.is_place(c.record)]
        if not candidates:
            return None
    if (
        single
        and (key in lx.DEMONYMS or (key in lx.PEOPLES and cue != "in"))
        and not has_container(text, end)
        # "Somali forces": before its noun a demonym, not Ethiopia's Somali region.
        and (not strong_region(gaz, key) or (key in lx.DEMONYMS and not cue and next_joined
                                             and not nxt.capitalized))
    ):
        return None  # "Canadian", "Arab": a people's word, not Canadian, Victoria or Arab, Ala.
    kinds, max_pop = gaz.name_summary_normalized(key)
    big = "country" in kinds or "admin1" in kinds
    if single:
        if refused(not_places, key, text, first.start, end) or key in lx.NEVER_PLACES:
            return None
        # Short all-capitals words are abbreviations (ER, CEO, HUD), not a region's (US, UAE).
        if first.text.isupper() and width <= 3 and not in_headline:
            candidates = own_regions(gaz, candidates, first.text)
            if not candidates:
                return None
        rank = word_rank(gaz, key)
        if rank is not None and rank < 10_000 and max_pop >= 100_000:
            max_pop = own_population(gaz, candidates)  # "Can": not Guangzhou's other name
        # An AP dateline ("TROY, N.C. (AP) —", "... Press. TORONTO — The") in capitals.
        capitals = first.text.isupper() and width > 3
        dateline = capitals and (has_container(text, end) or dash_after(text, end))
        # (a town paired with another opens a sentence as itself: "Logan-Rogersville")
        sentence_start = (first.initial or in_headline) and not dateline and not pair_after
        if sentence_start and rank is not None and rank < 10_000 and not placed(text, end):
            # "Atlanta police said": a large city's own name opens a sentence as itself.
            if not big and max_pop < 10**6 and not (rank >= 1_500 and is_city_name(gaz, key)):
                return held(not_places, key, i, last_idx, rank < 2_000)  # (a place if told so)
            # "Reading the news", "Nearly all": a verb or adverb, not Reading or Nearly.
            verb_like = key.endswith(("ing", "ly")) or (
                nxt is not None and nxt.norm in _DETERMINERS
            )
            if verb_like and "country" not in kinds:
                return None
        common = rank is not None and rank < 2_000 and not big and max_pop < 100_000
        if common and cue != "in" and not is_definition(text, end):  # "Lee is a town in"
            return None
        if (
            not big
            and max_pop < 1_000
            and not cue
            and not placed(text, end)  # (a container or a definition: "Uli is a town")
            and not (prev is not None and prev.norm in lx.HAMLET_CUES)  # "between X and"
            and not after_place_cue(text, tokens, i)  # "near A, B and C"
            and not region_after(text, end, gaz, candidates)  # "X in the Donetsk region"
            and not front_hamlet(text, gaz, [c.record for c in candidates])
            and not (hint_follows(text, first.start, end) or named_after(text, end))
        ):
            return None
    cue = cue or ("facility" if facility else "")
    candidates = office_candidates(text, end, gaz, candidates)  # "X City Council": town X
    mention = Mention(first.start, end, key, i, last_idx, cue, candidates=candidates)
    read_container(text, tokens, last_idx, gaz, mention)
    if not mention.containers:
        read_definition(text, mention, gaz)  # "Hamilton is a town in Skagit County, ..."
    return mention
