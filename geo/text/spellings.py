"""Names the gazetteer lacks or spells otherwise: part of recognition.

:func:`compound_end` finds compound names joined by particles ("Tal al-Sultan",
"Nioro du Sahel"), which are one name and never split into places; :func:`unknown_name`
makes a mention of a capitalised name the gazetteer does not know under this spelling,
where the text treats it as a place, with the names spelt like it
(:meth:`~geo.gazetteer.index.Gazetteer.lookup_fuzzy`) or, when a relative-location hint
follows, none (the geoparser then estimates where it lies).
"""

from __future__ import annotations

import re

from ..gazetteer.index import Gazetteer
from ..gazetteer.normalize import normalize
from . import direction_words as dw
from . import lexicon as lx
from .adjective_settlements import adjective_settlements, facility_follows
from .arabic_variants import arabic_head
from .bare_regions import region_after_name, stated_region_after
from .candidates import MAX_CANDIDATES
from .city_openers import ADJECTIVE_NAME
from .city_parts import names_city_part
from .city_typos import TYPO_CUES, agrees, city_typo
from .compound_names import tail_regions
from .cyrillic_names import alone_no_place
from .definitions import is_definition
from .directions import direction_before, district_before
from .district_phrases import district_follows
from .former_names import renamed_follows
from .hints import hint_follows, in_near_list, list_hint_near, nearby_before, part_of_follows
from .hyphen_pairs import elided_article
from .movement_names import moved_from
from .name_lists import listed_name
from .name_shapes import slavic_adjective
from .name_words import is_common
from .near_phrase import near_follows, pair_near_follows, village_near
from .opening_cue import opening_in
from .region_names import within_stated
from .site_names import site_after, site_mention
from .tokens import Mention, _norm, _Tokens
from .variants import foreign_city, variant_candidates, yi_variants

__all__ = ["NOT_UNKNOWN", "adjective_pair", "unknown_name"]

_NOT_SETTLEMENT_AFTER = lx.WATER_WORDS | lx.FACILITY_WORDS
#: Words never read as a place the gazetteer lacks: never places, people's names and titles.
NOT_UNKNOWN = lx.NEVER_PLACES | lx.NOT_PLACE_NAMES | lx.GIVEN_NAMES | lx.PERSON_TITLES
#: An everyday word among this many commonest is never a lone name the gazetteer lacks.
COMMON_TOP = 30_000
_CAPITAL_NEXT = re.compile(r"[ \t]+[A-Z]")
_NEAR_WORDS = frozenset({"near", "around", "outside", "toward", "towards"})
_SPEAKS = re.compile(r"[ \t]+(?:says|said|claims|claimed|tells|told|writes|wrote)\b")
#: After a person's name only: "Kryvyi Rih, Zelensky's hometown" (a place has no hometown).
_PERSONS_PLACE = re.compile(r"['’]s[ \t]+(?:home[ \t]?town|birthplace|native[ \t]+(?:city|town))\b")
#: A part of a place named before it: "in western Kazachya Loknya", "in central Toretsk".
_PART_WORDS = frozenset(
    "north south east west northern southern eastern western central northeastern"
    " northwestern southeastern southwestern".split()
)
_SETTLEMENT_WORDS = frozenset("city town village settlement hamlet suburb district port".split())
#: Before "of", a cue for a hint only, not a close spelling: "the edge of Khiam, near Y".
_EDGE_WORDS = frozenset("towns villages settlements outskirts edge edges fringes".split())



def unknown_name(
    text: str,
    tokens: _Tokens,
    i: int,
    last: int,
    gaz: Gazetteer,
    not_places: set[str],
    mentions: list[Mention],
    *,
    joined: bool = False,
) -> Mention | None:
    """A capitalised name (tokens ``i``..``last``, or more words when ``last == i``) that
    the gazetteer lacks under this spelling, where the text treats it as a place.

    The text must point at a place: a cue before it ("in", "near", "the village of"),
    a list with a place ("Karkhiv and Izium"), a relative-location hint after it
    ("Novoselydivka, north-east of Kurakhove"), a compound with particles ("Tal
    al-Sultan") or a long word on its own.  The mention then carries the names spelt
    like it (``fuzzy``), or, with a hint and no such name, none (``unknown``): the
    geoparser keeps it only where the hint locates it.
    """
    words, starts, ends = tokens.words, tokens.starts, tokens.ends
    word = words[i]
    norm = _norm(word)
    # A compound's head may be short ("Tal al-Sultan", "Ras al-Ain"); a lone word not.
    short = len(word) < 4 and last == i
    if short and i + 1 < len(words) and words[i + 1][0].isupper() and (
        arabic_head(norm) or site_after(text, ends[i + 1])  # "Nur Shams refugee camp"
    ):
        short = text[ends[i] : starts[i + 1]] != " "  # "Tal Rifaat", "Um Sumeima"
    if short or word.isupper() or not word[0].isupper() or alone_no_place(text, tokens, i):
        return None  # "Перед Новым годом": an adjective of its noun; "Малі Щербаки"
    sited, site = site_mention(text, tokens, i, last)  # "the Nur Shams refugee camp, east of"
    if sited or site is not None:
        return site
    if norm in NOT_UNKNOWN or (norm in not_places and not joined):
        return None  # (a head refused alone, "Pont", still heads "Pont-Sonde": ``joined``)
    if last == i and i and text[ends[i - 1] : starts[i]] == ", " and _SPEAKS.match(text, ends[i]):
        return None  # "fighting continues near Orekhov, Balitsky says": a speaker
    if _PERSONS_PLACE.match(text, ends[last]):
        return None  # "Zelensky's hometown": a person's name
    if (
        i > 0
        and text[ends[i - 1] : starts[i]] == "-"
        and words[i - 1][0].isupper()
        and not (mentions and mentions[-1].end > starts[i - 1])
    ):
        # "Pont-Sonde": its head ("Pont", a word the gazetteer has) was passed over; the
        # name is the whole hyphenated run, never its tail alone.
        head_last = i - 1 if last == i else last  # (read on over the hyphen from the head)
        return unknown_name(
            text, tokens, i - 1, head_last, gaz, not_places, mentions, joined=True
        )
    if (
        i > 0
        and text[ends[i - 1] : starts[i]] == " "
        and words[i - 1][0].isupper()
        and not (tokens.at[i - 1].initial and _norm(words[i - 1]) == "in")  # "In Glotovo, a"
    ):
        return None  # inside a person's or an organisation's name
    if last == i and (part := _district_name(text, tokens, i, gaz)) is not None:
        return part  # "Darnitskiy rayon", "the Kievsky district of Donetsk"
    after_the = i > 0 and _norm(words[i - 1]) == "the"
    compound = last > i
    if not compound:
        # "Bani Suhaila": capitalised words the gazetteer does not start a name with;
        # "Ivano-Darivka": capitalised words a hyphen joins, one name whatever they are.
        # "Kazachya Loknya": an adjective is no name alone; the word after it is the
        # name's, whatever names that word starts elsewhere (Loknya, Pskov Oblast).
        adjective = slavic_adjective(norm)
        while (
            last + 1 < len(words)
            and last - i < 2
            and (words[last + 1][0].isupper() or elided_article(text, ends[last], words[last + 1]))
            and not words[last + 1].isupper()
            and (
                text[ends[last] : starts[last + 1]] == "-"
                or (
                    text[ends[last] : starts[last + 1]] == " "
                    and (
                        (adjective and last == i)
                        or _norm(words[last + 1]) in lx.NAME_TAILS  # "Kucheriv Yar"
                        or not any(gaz.probe_normalized(_norm(words[last + 1])))
                    )
                    and not is_common(gaz, _norm(words[last + 1]), COMMON_TOP)
                )
            )
        ):
            last += 1
        if (
            last == i
            and i + 1 < len(words)
            and text[ends[i] : starts[i + 1]] == " "
            and words[i + 1][0].isupper()
            and not words[i + 1].isupper()
            and variant_candidates(gaz, normalize(text[starts[i] : ends[i + 1]]))
        ):
            last = i + 1  # "Tchassiv Iar": Chasiv Yar, though "Iar" alone names a place
        # An everyday word ("However", "After"), at a sentence start or not, unless a
        # name goes on after it ("Beit Jinn", "Kafr Jinn": "beit" is a common word).
        if last == i and is_common(gaz, norm, COMMON_TOP):
            return None
    start, end = starts[i], ends[last]
    at = tokens.at
    prev = at[i - 1] if i > 0 else None
    cue = ""
    part_of = (
        prev is not None
        and prev.norm in _PART_WORDS
        and i >= 2
        and text[at[i - 2].end : prev.start] == " "
        and text[prev.end : start] == " "
    )
    # "sheltered in al-Mawasi": the cue before an Arabic article joined to the name
    article = (
        not part_of and prev is not None and prev.norm in _ARTICLES and i >= 2
        and text[prev.end : start] == "-" and text[at[i - 2].end : prev.start] == " "
    )  # fmt: skip
    if part_of or article:
        prev = at[i - 2]  # "advanced in western Kazachya Loknya": the cue before the part
    if (
        prev is not None
        and (part_of or article or text[prev.end : start] == " ")
        and (not prev.capitalized or opening_in(text, prev, end, mentions))  # "In Qalqilya,"
    ):
        if prev.norm == "of" and i >= 2 and at[i - 2].norm in _SETTLEMENT_WORDS | _EDGE_WORDS:
            cue = "city"
        elif prev.norm in lx.PLACE_CUES and prev.norm != "of":
            cue = "in"
    listed = listed_name(text, start, end, words[last + 1 : last + 4], gaz, mentions)
    # "Kharkiv's Saltivskyi district", "the Industrialnyi district": geo.text.city_parts
    part = names_city_part(text, start, end, mentions[-1].end if mentions else None) or (
        bool(ADJECTIVE_NAME.search(word)) and _PARTS_LISTED.match(text, end) is not None
    )
    adjectival = adjective_settlements(gaz, normalize(word)) if last == i else []
    # "in Proletarsky", "the Afipsky refinery": a settlement's adjective, not a district's
    if adjectival and not part and not _CAPITAL_NEXT.match(text, end) and (  # "Kalininsky District"
        cue or listed or facility_follows(text, end) or renamed_follows(text, end)
    ):
        found = adjectival[:MAX_CANDIDATES]
        return Mention(start, end, normalize(word), i, last, cue, candidates=found)
    if after_the and not part and not part_of_follows(text, end) and not (
        _SECTOR_AFTER.match(text, end) and variant_candidates(gaz, normalize(text[start:end]))
    ):
        # "the Siverskyi Donets": a river, a body, a feature; not a settlement (but "the
        # Tal al-Sultan area of Rafah" is a part of a town, and "the Hulyaipole direction"
        # a sector named after a town spelt otherwise, Hulyaypole).
        return None
    stated: tuple[tuple[str, str], ...] = ()
    hinted = (
        part
        or hint_follows(text, start, end)
        # "the village of X in the LPR", "took Bohoyavlenka in Donetsk region" (no "Qadi")
        or bool(stated := (stated_region_after if cue or listed else region_after_name)(
            text, end, gaz) if cue or listed or end - start > 5 else ())
        # "captured Klishchiivka near Bakhmut": located around the place named after it.
        or (
            bool(cue or _TAKEN_BEFORE.search(text, max(0, start - 20), start))
            and (near_follows(text, end) or pair_near_follows(text, end))  # "X and Y near Z"
        ) or village_near(text, end)  # "raided Kawuri village near Konduga"
        or part_of_follows(text, end) or nearby_before(text, start)  # "the nearby village of"
        or moved_from(text, start)  # "attacked Siversk from Vyimka"
        # "Verbove (12 km east of Robotyne)": located back (geo.text.inverse_offsets).
        or (text[max(0, start - 90) : start].rstrip()[-2:].lower() == "of"  # cheap test first
            and _MEASURED_BEFORE.search(text, max(0, start - 90), start) is not None)
        or (
            bool(cue or listed or _after_relation(text, start)) and list_hint_near(text, start, end)
        )
        or (bool(cue or listed) and in_near_list(text, start, end))  # located by its partners
        # "In the Siversk direction, ... near Vyimka": located by the direction's place.
        or (
            ((prev is not None and prev.norm in _NEAR_WORDS) or listed)
            and direction_before(text, start)
        )
        or district_follows(text, end)  # "shelled Zmiivka in Beryslav district"
        or is_definition(text, end)  # "Kera is a village in Kutch district of Gujarat"
        # "In the Grayvoron district, ... In Glotovo, a drone ...": the district's village.
        or (
            prev is not None
            and prev.norm == "in"
            and text[prev.end : start] == " "
            and district_before(text, start)
        )
    )
    long_word = last == i and ((len(word) >= 9 and not at[i].initial) or foreign_city(gaz, norm))
    if last > i and _hyphened(text, tokens, i, last):
        # "Petion-Ville": a name the gazetteer writes as one word (Pétionville) is a place
        # wherever the text names it, a cue before it or none.
        whole = "".join(_norm(w) for w in words[i : last + 1])
        found = gaz.lookup_normalized(whole)[:MAX_CANDIDATES]
        if found:
            return Mention(start, end, whole, i, last, cue, candidates=found)
    if not (cue or listed or hinted or compound or long_word):
        return None
    after = at[last + 1] if last + 1 < len(words) else None
    if after is not None and after.norm in _NOT_SETTLEMENT_AFTER and text[end : after.start] == " ":
        # "Apalache Lake": water or a facility, not a settlement ("... and Zaporozhie. Air")
        return None
    key = normalize(text[start:end])
    variants = variant_candidates(gaz, key, city_part=bool(part))[:MAX_CANDIDATES]  # Hulyaipole
    if variants and stated:  # "Thaala in Sweida province": no Thala of Tunisia (None)
        variants = within_stated(gaz, variants, stated) or None
    if variants:
        return Mention(start, end, key, i, last, cue, candidates=variants)
    typo = (  # "in Kiyv", "to Karkhiv": geo.text.city_typos
        city_typo(gaz, key)[:MAX_CANDIDATES]
        if cue == "in" and last == i and prev is not None and prev.norm in TYPO_CUES
        and not _CAPITAL_NEXT.match(text, end)  # a lone word: not "to Parris Island"
        else ()
    )
    if typo and agrees(gaz, typo, [m.candidates for m in mentions[-8:] if m.candidates]):
        return Mention(start, end, key, i, last, cue, candidates=list(typo))
    cut = variants is None or (text[end : end + 1] == "-" and text[end + 1 : end + 2].islower())
    # "Macina": a compound's tail (Ké-Macina), then spellings (left unplaced far off).
    tails = gaz.lookup_tail(key) if last == i and not cut else []
    weak = cue == "city" and not hinted and at[i - 2].norm in _EDGE_WORDS  # "villages of Esmond"
    candidates = [] if cut or weak else [*tails, *gaz.lookup_fuzzy(key)][:MAX_CANDIDATES]
    # "Lyubechane in the Bryansk region": estimated there, no Lyubuchany of Moscow Oblast.
    if candidates and (not stated or (candidates := within_stated(gaz, candidates, stated))):
        return Mention(start, end, key, i, last, cue, candidates=candidates, fuzzy=True)
    # Listed with known places ("Lukyantsy, Gatishche and Starytsa"): a place the
    # gazetteer lacks, kept where a hint or a stated region (a dateline's) locates it.
    named = last == i or compound or _hyphened(text, tokens, i, last)
    if compound and not stated and (stated := tail_regions(gaz, tokens, i, last)):
        hinted = True  # "Petite-Riviere de l'Artibonite": in the Artibonite, as if stated
    two = last == i + 1 and (slavic_adjective(norm) or _norm(words[last]) in lx.NAME_TAILS)
    if (hinted or listed) and (named or two):
        return Mention(start, end, key, i, last, cue, containers=stated, unknown=True)
    return None


#: A sector of the front after a town's name: "the Hulyaipole direction", "axis".
_SECTOR_AFTER = re.compile(rf"[ \t]+{dw.SECTORS}\b", re.IGNORECASE)


#: The word after a city district's name as Russian usage writes it, and the words the
#: gazetteer's romanised Russian names ("Дарницкий район": "Darnitskiy rayon") may have
#: in its place.
_DISTRICT_WORDS = {
    "rayon": ("rayon",),
    "raion": ("raion", "rayon"),
    "district": ("rayon", "raion"),
    "masiv": ("masiv",),
    "masyv": ("masyv", "masiv"),
}


def _district_name(text: str, tokens: _Tokens, i: int, gaz: Gazetteer) -> Mention | None:
    """A city district's name with its word, as the gazetteer has it among a place's
    romanised Russian names ("Darnitskiy rayon": Darnytsia, Kyiv; "the Kievsky district
    of Donetsk": Kyivskyi), when token ``i`` starts no name of its own; else None."""
    words, starts, ends = tokens.words, tokens.starts, tokens.ends
    if i + 1 >= len(words) or text[ends[i] : starts[i + 1]] != " ":
        return None
    forms = _DISTRICT_WORDS.get(_norm(words[i + 1]))
    if forms is None:
        return None
    name = _norm(words[i])
    for form in forms:
        key = normalize(f"{name} {form}")
        found = gaz.lookup_normalized(key)[:MAX_CANDIDATES]
        for variant in () if found else yi_variants(name):
            # "Kuibyshevsky district": the gazetteer's "Kuibishevsky raion" (its Ukrainian
            # name's "и" romanised "i"): the same name, one "y" written "i"
            found = gaz.lookup_normalized(normalize(f"{variant} {form}"))[:MAX_CANDIDATES]
            if found:
                break
        if found:
            # "Darnitskiy rayon", "Darnitskiy masiv": the Russian word is part of the
            # name; "the Kievsky district of Donetsk": the name alone, as a city's part.
            last = i if _norm(words[i + 1]) == "district" else i + 1
            return Mention(starts[i], ends[last], key, i, last, candidates=found)
    return None


#: The rest of a list of a city's parts after an adjective's name in it: "the
#: Kuibyshevsky, Kirovsky and Petrovsky districts of Donetsk".
_PARTS_LISTED = re.compile(
    r"(?:(?:,\s+[A-Z][\w'’-]+){0,5},?\s+and\s+[A-Z][\w'’-]+)?\s+(?i:districts|raions|rayons)\b"
)
#: A verb of fighting for a place right before a name: "captured Robotyne near Orikhiv".
#: Before a name: what another name is measured from ("Verbove (12 km east of").
_MEASURED_BEFORE = re.compile(
    r"[A-Za-z][\w'’-]*\s*(?:\(|,)\s*(?:(?:about|some|around|approximately|roughly|nearly|"
    r"just|only)\s+)?\d[\d.,]*\s*(?:km|kilomet(?:re|er)s?|miles?|mi)(?:\s*\([^()]{0,30}\))?"
    r"\s+(?:to\s+the\s+)?(?:north|south|east|west)(?:[- ]?(?:north|south|east|west)){0,2}"
    r"\s+of\s+$",
    re.IGNORECASE,
)
_TAKEN_BEFORE = re.compile(
    r"\b(?:captured|seized|took|retook|recaptured|liberated|entered|stormed|occupied|"
    r"encircled|surrounded|cleared|reached|shelled|attacked|struck|hit|holds?|held"
    r"|direction\s+of)\s+(?:(?:al|el)-)?$",  # "attacked in the direction of Bila Hora near
    re.IGNORECASE,  # Kostiantynivka"; "reached al-Mawasi near Khan Yunis"
)
#: Arabic articles joined to a name by a hyphen ("al-Mawasi"): the cue is read before them.
_ARTICLES = frozenset({"al", "el"})

_RELATION_BEFORE = re.compile(
    r"(?:north|south|east|west)(?:[- ]?(?:north|south|east|west))?(?:[- ]?(?:east|west))?"
    r"\s+of\s+$",
    re.IGNORECASE,
)


def _after_relation(text: str, start: int) -> bool:
    """Does a relation ("south of ") end right before ``start``?  In an analyst's list
    ("advanced south of Synkivka and east of Petropavlivka (both northeast of
    Kupiansk)") the name after it is a place."""
    return _RELATION_BEFORE.search(text, max(0, start - 40), start) is not None


def _hyphened(text: str, tokens: _Tokens, i: int, last: int) -> bool:
    """Are the words ``i``..``last`` joined by hyphens alone ("Ivano-Darivka")?"""
    starts, ends = tokens.starts, tokens.ends
    return all(text[ends[k] : starts[k + 1]] == "-" for k in range(i, last))


def adjective_pair(text: str, tokens: _Tokens, i: int, gaz: Gazetteer, not_places: set[str],
                   mentions: list[Mention]) -> Mention | None:
    """ "Stepova Novoselivka", "Mali Shcherbaky": an adjective (``lx.ADJECTIVE_HEADS``)
    and the capitalised word after it are one village the gazetteer lacks, not two
    places, where the text points at a place (a cue, a list, a hint); else None."""
    words, starts, ends = tokens.words, tokens.starts, tokens.ends
    if (
        i + 1 < len(words)
        and text[ends[i] : starts[i + 1]] == " "
        and words[i + 1][0].isupper()
        and not words[i + 1].isupper()
    ):
        return unknown_name(text, tokens, i, i + 1, gaz, not_places, mentions)
    return None
