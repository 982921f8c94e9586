"""Stage 1 of the geoparser, recognition: which spans of a text name places.

:func:`find_mentions` is gazetteer-driven: the scan takes the longest name that starts at a
capitalised word (a lower-case text or an all-caps line is first given the capitals of the
names it holds: :mod:`geo.text.casing`; demonyms, state abbreviations and names the gazetteer
lacks or spells otherwise included: :mod:`geo.text.spellings`, :mod:`geo.text.arabic_spellings`);
the context rules (:mod:`geo.text.context_rules`) then judge each name: context cues ("in X",
"the X region", "X Oblast", "the city of X") and filters for what is not a place (people and
organisations: :mod:`geo.text.people`; months and common words, facilities named after a
place; single-word tests: :mod:`geo.text.name_words`; a club's city: :mod:`geo.text.clubs`).
Each mention carries its gazetteer candidates (:mod:`geo.text.candidates`) and the evidence
read next to it (explicit containers, list siblings: :mod:`geo.text.evidence`).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..gazetteer.index import Gazetteer
from . import lexicon as lx
from .acronyms import defined_abbreviations
from .addressed import drop_addressed
from .adjective_prefixes import prefix_mention
from .arabic_articles import _article_heads, _hyphen_capital
from .arabic_spellings import arabic_spelt  # "near Al Muglad": El Muglad
from .arabic_variants import arabic_head  # "Tal Rifaat": one name
from .candidates import MAX_CANDIDATES
from .casing import lower_name_end, restore_case
from .cjk_names import arabic_heads, cjk_heads
from .clubs import club_names
from .compound_names import compound_end, joined_particles
from .containers import (
    PARTY_LETTERS,
    dotted_region,
    link_lists,
    party_state,
    read_definition,
    state_abbreviation,
)
from .context_rules import accept
from .datelines import lower_dateline_lead, mark_dateline
from .demonym_mentions import DEMONYM_WORDS, demonym_mention
from .evidence import mark_readings
from .false_places import drop_false_places
from .headline import headline_adjectives
from .inflection import inflected_place, inflection_first, is_cyrillic
from .introduced import repeat_introduced
from .name_bodies import named_thing
from .name_context import bracket_qualifier, not_a_place_here, postal_state, predicated_place
from .name_memory import NotPlaces, refused
from .name_shapes import slavic_adjective
from .name_words import WEATHER_HEADS, cap_run, weather_pattern
from .opening_cues import opening_cue
from .party_homes import PARTY_PREFIXES, party_home
from .people import organisation_head, remember_chunk, street_word
from .plain_text import plain_spaces
from .plural_counties import plural_county_names
from .possessed_words import drop_possessed_words
from .region_parts import drop_region_parts
from .republics import REPUBLICS, republic_mention
from .saint_things import saints_thing
from .site_names import site_ahead
from .slash_names import join_slashed
from .speakers import drop_speakers
from .spellings import COMMON_TOP, NOT_UNKNOWN, adjective_pair, unknown_name
from .stated_coordinates import hemisphere_letter, read_stated_coordinates
from .tokens import (
    _JOIN_GAPS,
    _NORMS,
    Mention,
    Token,
    _is_capitalized,
    _norm,
    _title_case_lines,
    _Tokens,
)
from .town_country import town_before_area
from .town_offices import article_name, generic_city, office_town
from .weapon_names import weapon_name  # "a Neptune-MD missile"

__all__ = ["find_mentions"]

_MAX_WORDS = 7
# What may stand between two words of one name: a space, a hyphen, an abbreviation's dot,
# and a line break of hard-wrapped text ("New\nYork"; not a blank line).
_NAME_GAPS = _JOIN_GAPS | {"\n", " \n", "\r\n", "  "}
_HYPHENS = ("-", "‐")


def find_mentions(
    text: str,
    gazetteer: Gazetteer,
    *,
    demonyms: bool = False,
    tokens: Sequence[Token] | None = None,
) -> list[Mention]:
    """Recognise place names (see the module docstring for the rules)."""
    gaz = gazetteer
    cased, lead = lower_dateline_lead(restore_case(plain_spaces(text), gaz))
    if cased is not text:
        # A lower-case text or an all-caps line, tabs or no-break spaces: read on a copy
        # with well-known names' capitals restored, plain spaces (same offsets).
        text, tokens = cased, None
    if not isinstance(tokens, _Tokens):
        tokens = _Tokens(text) if tokens is None else _Tokens.of(text, tokens)
    words, starts, ends = tokens.words, tokens.starts, tokens.ends
    probe, common_rank = gaz.probe_normalized, gaz.common_rank
    never_unknown = gaz.memo("geoparse.never_unknown")  # word -> _never_unknown(...)
    capitalized = tokens.capitalized
    if _hyphen_capital(text):
        # "al-Fashir": an Arabic article may start a name (slow: only after hyphens).
        heads = _article_heads(text, tokens)
        if heads:
            capitalized = sorted({*capitalized, *heads})
    if cjk := cjk_heads(text, tokens) + arabic_heads(text, tokens, gaz):  # "in 北京", "على غزة"
        capitalized = sorted({*capitalized, *cjk})
    known = _NORMS.get  # _norm's memo first: one call fewer a word
    norms = [known(w) or _norm(w) for w in map(words.__getitem__, capitalized)]
    gaz.probe_many(norms)  # one search, not one each
    n = len(tokens)
    headline = _title_case_lines(text, tokens)
    not_places = NotPlaces()  # surnames and organisation heads seen in this text
    not_places.update(defined_abbreviations(text, gaz))  # "Lopez Obrador (AMLO)"
    # Where compound names may be joined ("Tal al-Sultan"): most texts have none.
    particles = joined_particles(text, tokens)
    clubs = club_names(text, tokens, gaz) | arabic_spelt(text, tokens, gaz)  # "Dynamo Kyiv"
    mentions: list[Mention] = []
    resume = 0  # the next token not yet inside a mention
    # Only a capitalised word starts a name (demonyms and state abbreviations included).
    for i, norm in zip(capitalized, norms, strict=True):
        if i < resume or (norm in ("st", "dr") and street_word(text, starts[i])) or (
                len(norm) == 1 and hemisphere_letter(text, starts[i])):
            continue  # inside a mention; an address's "1200 N B St Fort Smith"; "1″W. Lima"
        if i in clubs:  # "Dynamo Kyiv", "Real Madrid": a club's word, then its city
            mentions.append(clubs[i])
            resume = clubs[i].last + 1
            continue
        if norm in WEATHER_HEADS and weather_pattern(text, tokens, i):
            resume = i + 2  # "El Niño", "La Niña": weather, not places
            continue
        demonym = demonyms and norm in DEMONYM_WORDS
        # "Albany, N.Y.": an abbreviation after a comma, with a dot after it or the next word.
        start = starts[i]
        abbreviation = text[start - 2 : start] == ", " and "." in text[ends[i] : ends[i] + 4]
        after = text[ends[i] : ends[i] + 1]
        if (after == "-" or after == ".") and (len(words[i]) == 1 or words[i] in PARTY_PREFIXES):
            region = (
                party_state(text, tokens, i, gaz)  # "Sen. Dianne Feinstein, D-Calif."
                if after == "-" and words[i] in PARTY_LETTERS
                else dotted_region(text, tokens, i, gaz)  # "In B.C., up to 20 cm of snow"
            )
            if region is None and after == "-" and words[i] in PARTY_PREFIXES:
                region = party_home(text, tokens, i, gaz)  # "Tom Bakk, DFL-Cook", "D-Hardy"
            if region is not None:
                mentions.append(region)
                resume = region.last + 1
                continue
        if norm in REPUBLICS and (republic := republic_mention(text, tokens, i, gaz)):
            mentions.append(republic)  # "in the DPR": Donetsk Oblast
            continue
        probed = probe(norm)  # (a name, the start of a longer one): read once, used twice
        named = demonym or abbreviation or probed != _NO_NAME
        if not named or inflection_first(text, tokens, i, gaz):  # "из Сум": Sumy, not Soum
            # No name starts with this word (the common case, decided cheaply): a name the
            # gazetteer lacks or spells otherwise only where the text points at a place
            # (never right after a capitalised word: a person's or a body's name); a short
            # or everyday word ("However") is decided once per word.
            word = words[i]
            if is_cyrillic(word):
                # "в Харькове", "у Києві": a Russian or Ukrainian name in another case.
                inflected = inflected_place(text, tokens, i, gaz)
                if inflected is not None:
                    mentions.append(inflected)
                    resume = inflected.last + 1
                    continue
            if (joined := prefix_mention(text, tokens, i, gaz)) is not None:
                mentions.append(joined)  # "the Velykopysarivka hromada": Velyka Pysarivka
                resume = i + 1
                continue
            never = never_unknown.get(word)
            if never is None:
                never = never_unknown[word] = _never_unknown(word, norm, _NO_WORDS, common_rank)
            if never or norm in not_places:
                continue
            if (
                i
                and words[i - 1][0].isupper()
                and text[ends[i - 1] : start] == " "
                and not (tokens.at[i - 1].initial and words[i - 1] == "In")  # "In Glotovo"
            ):
                continue
            unknown, last = None, -1
            if slavic_adjective(norm):  # "Stepova Novoselivka", "Borivska Andriivka"
                unknown = adjective_pair(text, tokens, i, gaz, not_places, mentions)
            if unknown is None:
                last = compound_end(text, tokens, i) if particles else -1  # "Maroun al-Ras"
                unknown = unknown_name(text, tokens, i, max(i, last), gaz, not_places, mentions)
            if unknown is not None:
                mentions.append(unknown)
            resume = max(resume, last + 1, unknown.last + 1 if unknown else 0)  # never "Ras"
            continue
        if demonym:
            d = demonym_mention(text, tokens, i, gaz)
            if d is not None:
                mentions.append(d)
                resume = d.last + 1
                continue
        state = state_abbreviation(text, tokens, i, gaz) if abbreviation else None
        if state is not None:
            mentions.append(state)
            resume = state.last + 1
            continue
        if norm in lx.NEVER_PLACES and not cap_run(tokens, i) and not (
            i + 1 < n and lower_name_end(gaz, [norm], _norm(words[i + 1]))  # "New delhi"
        ):
            continue
        # Longest gazetteer name starting here (on the raw words: no Token needed).
        best, best_key = -1, ""
        gram = [norm]
        key = norm
        found, prefix = probed
        j = i
        capitalized = True
        while True:
            if found and capitalized:  # a connector ("of", "upon") never ends a name
                best, best_key = j, key
            end = ends[j]
            gap_at = end
            if text[end : end + 2] in _POSSESSIVES:
                # "Cox's Bazar", "King's Lynn": a possessive inside a name (the gazetteer
                # folds "Cox's" to "coxs"); elsewhere it ends the name ("Kyiv's suburbs";
                # "Canada's" is never Canadas, Mexico: a name must go on past it).
                gram[-1] += "s"
                key = " ".join(gram)
                found_s, prefix = probe(key)
                gap_at = end + 2
                if (
                    found_s
                    and j > i
                    and capitalized
                    and not (
                        j + 1 < n and text[gap_at : gap_at + 1] == " " and words[j + 1][0].isupper()
                    )
                ):
                    # "St. John's, Newfoundland": the name ends with it ("St. Patrick's
                    # Day", "St. Mary's Hospital": another name goes on).
                    best, best_key = j, key
            if not prefix:
                break
            j += 1
            if j >= n or j - i >= _MAX_WORDS or text[gap_at : starts[j]] not in _NAME_GAPS:
                break
            word = words[j]
            norm_j = known(word) or _norm(word)
            capitalized = word[0].isupper() or _is_capitalized(word) or text[gap_at] in "-‐"
            if not capitalized and lower_name_end(gaz, gram, norm_j):
                capitalized = True  # "New delhi": a known name's last word typed small
            if (
                not capitalized
                and norm_j not in lx.CONNECTORS
                and norm_j not in lx.NAME_PARTICLES
                and text[gap_at : starts[j]] not in _HYPHENS
            ):
                # A lower-case word goes on a name only as a connector or a particle, or
                # hyphenated ("Weston-super-Mare"; it ends a name the gazetteer has whole,
                # "Hpa-an", and no other: "Kyiv-based").
                break
            gram.append(norm_j)
            key = " ".join(gram)
            found, prefix = probe(key)
        compound = (
            compound_end(text, tokens, i)
            if particles and any(k in particles for k in range(i + 1, i + 5))
            else -1
        )
        if compound > best and compound > i and not opening_cue(tokens, i):
            # "Tal al-Sultan", "Maarat al-Numan": one name, longer than any gazetteer
            # name found in it; its parts ("Tal", "Sultan") are not places.
            unknown = unknown_name(text, tokens, i, compound, gaz, not_places, mentions)
            if unknown is not None:
                mentions.append(unknown)
            resume = compound + 1
            continue
        if (best == i and norm in lx.ADJECTIVE_HEADS) or (best <= i and arabic_head(norm)):
            pair = adjective_pair(text, tokens, i, gaz, not_places, mentions)
            if pair is not None:
                mentions.append(pair)
                resume = i + 2
                continue
        if best < 0:
            # "Bani Suhaila": no gazetteer name here, but maybe one spelt otherwise.
            unknown = (
                None
                if _never_unknown(words[i], norm, not_places, common_rank)
                else unknown_name(text, tokens, i, i, gaz, not_places, mentions)
            )
            if unknown is not None:
                mentions.append(unknown)
                resume = unknown.last + 1
            continue
        qualified = bracket_qualifier(text, tokens, best, best_key, probe)
        if qualified is not None:
            # "Frankfurt (Oder)", "Halle (Saale)": the bracket tells namesakes apart.
            best, best_key = qualified
        i, best, best_key = office_town(text, tokens, gaz, i, best, best_key)  # "X City Council"
        i, best, best_key = article_name(text, tokens, gaz, i, best, best_key)  # "The Rock Hill"
        if generic_city(text, tokens, i, best):  # "The City Council": the story's own town
            resume = best + 1
            continue
        best, best_key = town_before_area(text, tokens, gaz, i, best, best_key)  # San Antonio Texas
        if organisation_head(text, tokens, best):
            # "Bank of America", "University of Texas", "The Center for ...": its head word
            resume = best + 1
            continue
        if best == i and (
            best_key in lx.NEVER_PLACES
            or (refused(not_places, best_key, text, starts[i], ends[i])
                and not site_ahead(text, tokens, i))  # a camp's name a person's before
            or best_key in lx.NOT_PLACE_NAMES
            or weapon_name(text, best_key, ends[best], not_places)
        ):
            resume = best + 1  # a word that is never a place, or a name's word seen before
            continue
        mention = accept(text, tokens, i, best, best_key, gaz, headline, not_places)
        if mention is None and best == i and tokens.at[i].initial and norm not in not_places:
            mention = predicated_place(text, tokens, i, best_key, gaz)
        postal = postal_state(text, tokens, best, best_key, gaz)
        if postal is not None:
            # "Philadelphia PA": a state's postal code right after the name, no comma (a
            # name's own state makes it a place, even where it looked like a body's name).
            if mention is None:
                candidates = gaz.lookup_normalized(best_key)[:MAX_CANDIDATES]
                mention = Mention(starts[i], ends[best], best_key, i, best, candidates=candidates)
            if not mention.containers:
                mention.containers = (postal,)
        if (
            mention is None
            and best == i
            and (not _never_unknown(words[i], norm, not_places, common_rank)
                 or site_ahead(text, tokens, i))  # "the Nur Shams refugee camp"
        ):
            # "Bani Suhaila": a longer name spelt otherwise than the gazetteer's.
            mention = unknown_name(text, tokens, i, i, gaz, not_places, mentions)
            if mention is not None and mention.last == i:
                mention = None
        if mention is None:
            resume = best + 1
            continue
        if qualified is not None and text[mention.end : mention.end + 1] == ")":
            mention.end += 1  # the name's closing bracket
        if saints_thing(text, mention.key, mention.end, mention.cue):
            resume = mention.last + 1  # "St. Patrick's Day", "St. Mary's Hospital"
            continue
        thing = named_thing(text, tokens, mention, gaz)
        if thing >= 0:
            # "the tanker Marlin Luanda", "the Kyiv Independent", "the Northeastern
            # Command": a vessel's, an outlet's or a command's name, no place in it
            remember_chunk(tokens, mention.first, thing, text, gaz, not_places, whole_run=False)
            resume = thing + 1
            continue
        if not_a_place_here(text, tokens, mention, gaz):
            # "Ole Miss", "10 km NE of", "the Delta variant", "the Coast Guard"
            resume = mention.last + 1
            continue
        mentions.append(mention)
        not_places.read(text, mention)  # "Gatesville is a city in Texas": no body's word
        resume = mention.last + 1
    mentions = not_places.later_surnames(text, mentions)  # "Rhodes wins ... Irvin E. Rhodes"
    mentions = not_places.held_places(text, tokens, mentions, gaz)  # "Springfield ... in"
    mentions = repeat_introduced(text, tokens, mentions, gaz, not_places)
    mentions = drop_speakers(text, gaz, mentions)  # "Brandt said": a person
    mentions = drop_possessed_words(text, mentions, gaz)  # "Piłsudski's Mound": no town
    mentions = drop_region_parts(text, mentions, gaz)  # "the Northern Panhandle of ..."
    mentions = drop_addressed(text, mentions)  # "Joanna, what do we know?", "JACKSON:"
    mentions = headline_adjectives(text, tokens, mentions)  # "as Kupiansk brigade warns"
    mentions = join_slashed(text, drop_false_places(text, tokens, mentions, gaz))  # "Biel/Bienne"
    for m in mentions:
        if (m.fuzzy or m.unknown) and not m.containers:
            # a spelt or unknown name takes its definition's region ("Kera is a village in Gujarat")
            read_definition(text, m, gaz)
    link_lists(text, mentions := plural_county_names(text, tokens, mentions, gaz), gaz)
    read_stated_coordinates(text, mentions, gaz)  # "Lima is located at 35°10′24″N ..."
    mark_readings(text, mentions)
    mark_dateline(text, mentions, lead)
    return mentions


_POSSESSIVES = ("'s", "’s")
_NO_WORDS: frozenset[str] = frozenset()
_NO_NAME = (False, False)  # a probe's answer for a word no name starts with


def _never_unknown(word: str, norm: str, not_places: set[str] | frozenset[str],
                   common_rank) -> bool:
    """The cheap half of :func:`~geo.text.spellings.unknown_name`'s rules for one word:
    too short, all capitals, never a place, or an everyday word."""
    if len(word) < 4 or word.isupper() or norm in NOT_UNKNOWN or norm in not_places:
        return True
    # "Beit Jinn": an everyday word that opens an Arabic name is read on (unknown_name).
    return norm not in lx.NAME_HEADS and (r := common_rank(norm)) is not None and r < COMMON_TOP
