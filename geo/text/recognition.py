"""Stage 1 of the geoparser, recognition: which spans of a text name places.

:func:`find_mentions` is gazetteer-driven: the longest name that starts at a
capitalised word, with context cues ("in X", "the X region", "X Oblast", "the
city of X") and filters for what is not a place (people, organisations, months
and common words, facilities named after a place).  Each mention carries its
gazetteer candidates (:mod:`geo.text.candidates`) and the evidence read next to
it (explicit containers, list siblings: :mod:`geo.text.evidence`).

Its parts: the rules for people's and organisations' names are in
:mod:`geo.text.people`, the single-word tests in :mod:`geo.text.name_words`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..gazetteer.index import Gazetteer
from . import lexicon as lx
from .candidates import MAX_CANDIDATES
from .containers import (
    has_container,
    is_definition,
    link_lists,
    read_container,
    read_definition,
    state_abbreviation,
)
from .evidence import mark_readings
from .lists import after_place_cue, in_route_chain
from .name_words import (
    cap_run,
    is_common,
    is_region_name,
    not_a_name_word,
    strong_region,
    word_rank,
)
from .people import FEATURES, given_name, name_neighbour, rank_abbreviation, remember_chunk
from .spellings import COMMON_TOP, NOT_UNKNOWN, compound_end, joined_particles, unknown_name
from .tokens import (
    _JOIN_GAPS,
    _NORMS,
    Mention,
    Token,
    _is_capitalized,
    _joinable,
    _norm,
    _title_case_lines,
    _Tokens,
)

__all__ = ["find_mentions"]

_MAX_WORDS = 7
_PLACE_TYPES = frozenset(
    "oblast region province county parish city town village district state municipality "
    "raion krai governorate township borough".split()
)
_MILITARY_UNITS = frozenset("brigade brigades battalion battalions regiment corps".split())
# Army groups named after a compass point or a river: "the Yug group of forces" (a Russian
# army group, not Yueyang), "the Dnepr grouping"; never a place, whatever the name.
_ARMY_GROUP = re.compile(r"\s+(?:group\s+of\s+(?:forces|troops)|grouping)\b", re.IGNORECASE)
_DETERMINERS = frozenset("the a an his her its their our my your this that these those".split())
# First words of the demonyms ("south" of "South Korean"): only these start one.
_DEMONYM_WORDS = frozenset(d.split()[0] for d in lx.DEMONYMS)


def find_mentions(
    text: str,
    gazetteer: Gazetteer,
    *,
    demonyms: bool = False,
    tokens: Sequence[Token] | None = None,
) -> list[Mention]:
    """Recognise place names (see the module docstring for the rules)."""
    gaz = gazetteer
    if not isinstance(tokens, _Tokens):
        tokens = _Tokens(text) if tokens is None else _Tokens.of(text, tokens)
    words, starts, ends = tokens.words, tokens.starts, tokens.ends
    probe = gaz.probe_normalized
    common_rank = gaz.common_rank
    never_unknown = gaz.memo("geoparse.never_unknown")  # word -> _never_unknown(...)
    capitalized = tokens.capitalized
    known = _NORMS.get  # _norm's memo first: one call fewer a word
    norms = [known(w) or _norm(w) for w in map(words.__getitem__, capitalized)]
    gaz.probe_many(norms)  # one search, not one each
    n = len(tokens)
    headline = _title_case_lines(text, tokens)
    not_places: set[str] = set()  # surnames and organisation heads seen in this text
    # Where compound names may be joined ("Tal al-Sultan"): most texts have none.
    particles = joined_particles(text, tokens)
    mentions: list[Mention] = []
    resume = 0  # the next token not yet inside a mention
    # Only a capitalised word starts a name (demonyms and state abbreviations included).
    for i, norm in zip(capitalized, norms, strict=True):
        if i < resume:
            continue
        demonym = demonyms and norm in _DEMONYM_WORDS
        # "Albany, N.Y.": an abbreviation after a comma, with a dot after it or the next word.
        start = starts[i]
        abbreviation = text[start - 2 : start] == ", " and "." in text[ends[i] : ends[i] + 4]
        probed = probe(norm)  # (a name, the start of a longer one): read once, used twice
        if not (demonym or abbreviation or probed != _NO_NAME):
            # No name starts with this word: the common case, decided cheaply; a name the
            # gazetteer lacks or spells otherwise only where the text points at a place
            # (never right after another capitalised word: a person's or a body's name).
            # A short or everyday word ("However"), decided once per word (most words).
            word = words[i]
            never = never_unknown.get(word)
            if never is None:
                never = never_unknown[word] = _never_unknown(word, norm, _NO_WORDS, common_rank)
            if never or norm in not_places:
                continue
            if i and words[i - 1][0].isupper() and text[ends[i - 1] : start] == " ":
                continue
            unknown = unknown_name(text, tokens, i, i, gaz, not_places, mentions)
            if unknown is not None:
                mentions.append(unknown)
                resume = unknown.last + 1
            continue
        if demonym:
            d = _demonym(text, tokens, i)
            if d is not None:
                mentions.append(d)
                resume = d.last + 1
                continue
        state = state_abbreviation(text, tokens, i, gaz) if abbreviation else None
        if state is not None:
            mentions.append(state)
            resume = state.last + 1
            continue
        if norm in lx.NEVER_PLACES and not cap_run(tokens, i):
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
            if not prefix or text[end : end + 2] in ("'s", "’s"):
                break
            j += 1
            if j >= n or j - i >= _MAX_WORDS or text[end : starts[j]] not in _JOIN_GAPS:
                break
            word = words[j]
            norm_j = known(word) or _norm(word)
            capitalized = word[0].isupper() or _is_capitalized(word)
            if not capitalized and norm_j not in lx.CONNECTORS and norm_j not in lx.NAME_PARTICLES:
                break
            gram.append(norm_j)
            key = " ".join(gram)
            found, prefix = probe(key)
        compound = (
            compound_end(text, tokens, i)
            if particles and any(k in particles for k in range(i + 1, i + 5))
            else -1
        )
        if compound > best and compound > i:
            # "Tal al-Sultan", "Maarat al-Numan": one name, longer than any gazetteer
            # name found in it; its parts ("Tal", "Sultan") are not places.
            unknown = unknown_name(text, tokens, i, compound, gaz, not_places, mentions)
            if unknown is not None:
                mentions.append(unknown)
            resume = compound + 1
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
        if best == i and (
            best_key in lx.NEVER_PLACES
            or (best_key in not_places and not _placed(text, ends[i]))
            or best_key in lx.NOT_PLACE_NAMES
        ):
            resume = best + 1  # a word that is never a place, or a name's word seen before
            continue
        mention = _accept(text, tokens, i, best, best_key, gaz, headline, not_places)
        if mention is None and best == i and not _never_unknown(
            words[i], norm, not_places, common_rank
        ):
            # "Bani Suhaila": a longer name spelt otherwise than the gazetteer's.
            mention = unknown_name(text, tokens, i, i, gaz, not_places, mentions)
            if mention is not None and mention.last == i:
                mention = None
        if mention is None:
            resume = best + 1
            continue
        mentions.append(mention)
        resume = mention.last + 1
    link_lists(text, mentions, gaz)
    mark_readings(text, mentions)
    return mentions


_NO_WORDS: frozenset[str] = frozenset()
_NO_NAME = (False, False)  # a probe's answer for a word no name starts with


def _never_unknown(
    word: str, norm: str, not_places: set[str] | frozenset[str], common_rank
) -> bool:
    """The cheap half of :func:`~geo.text.spellings.unknown_name`'s rules for one word:
    too short, all capitals, never a place, or an everyday word."""
    if len(word) < 4 or word.isupper() or norm in NOT_UNKNOWN or norm in not_places:
        return True
    rank = common_rank(norm)
    return rank is not None and rank < COMMON_TOP




def _demonym(text: str, tokens: Sequence[Token], i: int) -> Mention | None:
    tok = tokens[i]
    if i + 1 < len(tokens) and _joinable(text, tok, tokens[i + 1]):
        two = f"{tok.norm} {tokens[i + 1].norm}"
        if two in lx.DEMONYMS:
            nxt = tokens[i + 1]
            return Mention(
                tok.start, nxt.end, two, i, i + 1, "demonym", demonym_country=lx.DEMONYMS[two]
            )
    code = lx.DEMONYMS.get(tok.norm)
    if code is None:
        return None
    return Mention(tok.start, tok.end, tok.norm, i, i, "demonym", demonym_country=code)


def _accept(
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

    if single and (key in lx.NEVER_PLACES or (key in not_places and not _placed(text, last.end))):
        return None  # not "Shelby, North Carolina" after "Shelby Foote": it has a container
    if single and key in lx.PERSON_TITLES and rank_abbreviation(text, last.end):
        return None  # "Brig. Gen. Nabil Abdallah": a rank, not Brig in Valais
    if key in lx.GOVERNMENT_SEATS and (
        key == "downing street" or (prev is not None and prev.norm == "the")
    ):
        return None  # "outside the White House": the seat of a government, not a town
    cue = ""
    end = last.end
    last_idx = j
    # "the Kursk region", "Sumy Oblast", "Donetsk People's ..." handled by the chunk rule
    if nxt is not None and next_joined and nxt.norm in lx.REGION_WORDS:
        cue = "region"
        if nxt.capitalized:
            end, last_idx = nxt.end, j + 1
            nxt = at[j + 2] if j + 2 < n else None
            next_joined = nxt is not None and text[at[j + 1].end : nxt.start] == " "
    if prev is not None and prev_joined and not prev.capitalized:
        if prev.norm == "of" and i >= 2 and at[i - 2].norm in ("city", "town", "village"):
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

    # People and organisations: a longer capitalised chunk around the name. On a
    # headline-like line every word is capitalised: only rare neighbours count there.
    # A country's or region's name inside an organisation's name still names the
    # place ("the Ohio Supreme Court", "Education Minnesota"): there too, only
    # rare neighbours (surnames) make a chunk a person.  (Read only when a capitalised
    # neighbour asks: most names have none.)
    common_limit = -1
    if (
        single
        and key in lx.GIVEN_NAMES
        and nxt is not None
        and text[last.end : nxt.start] == " "
        and nxt.capitalized
        and nxt.norm not in lx.AFTER_PLACE_OK
        and nxt.norm not in lx.NEVER_PLACES
        and not is_region_name(gaz, nxt.norm)
        and not in_headline
    ):
        remember_chunk(tokens, i, j, text, gaz, not_places)
        return None
    route = (prev_gap == "-" or (next_joined and text[last.end] == "-")) and in_route_chain(
        text, tokens, i if single else j
    )
    if (
        prev is not None
        and prev_gap == ". "
        and prev.capitalized
        and prev.norm in lx.PERSON_TITLES
        and not in_headline
    ):
        remember_chunk(tokens, i, j, text, gaz, not_places, whole_run=False)
        return None  # "Col. Nabil Hassan", "Gen. Gerasimov": a name after a rank
    if prev is not None and prev_joined and prev.capitalized and not route:
        if given_name(text, prev, gaz) and not in_headline and first.norm not in FEATURES:
            # "Michael Jordan", "Tom Paris", "spokesman Michael Sicilia": later the surname
            # alone is the person's too ("Gomez said"), unless it names a region or a large
            # place. Only the surname: "Lewisburg Mayor John Manchester" leaves Lewisburg.
            remember_chunk(tokens, i, j, text, gaz, not_places, whole_run=False)
            return None
        if prev.norm in lx.PERSON_TITLES:
            remember_chunk(tokens, i, j, text, gaz, not_places)
            return None
        common_limit = 20_000 if in_headline or is_region_name(gaz, key) else 0
        if name_neighbour(gaz, prev.norm, lx.BEFORE_PLACE_OK, common_limit) and not (
            prev.initial and is_common(gaz, prev.norm, 3000)
        ):
            remember_chunk(tokens, i, j, text, gaz, not_places)
            return None
    if nxt is not None and next_joined and nxt.capitalized and cue != "region" and not route:
        if common_limit < 0:
            common_limit = 20_000 if in_headline or is_region_name(gaz, key) else 0
        if name_neighbour(gaz, nxt.norm, lx.AFTER_PLACE_OK, common_limit):
            remember_chunk(tokens, i, j, text, gaz, not_places)
            return None  # ("the Borova-Lyman line": two places, no chunk)
    # The rules below only say no; the word after the name decides most of them.
    if nxt is not None and next_joined:
        after, after_cap = nxt.norm, nxt.capitalized
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
        if after in ("group", "grouping") and _ARMY_GROUP.match(text, last.end):
            return None
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
            and is_common(gaz, key, 5_000)
            and not is_region_name(gaz, key)
        ):
            return None
        # Facilities and features named after a place: "the Zaporizhzhia nuclear power plant".
        if not after_cap and after in lx.FACILITY_WORDS:
            return None
    # Rivers: "crossed the Dnipro".
    if key in lx.RIVERS and prev is not None and prev.norm == "the" and prev_gap == " ":
        return None
    if single and not_a_name_word(text, first.text, last.end, cue, gaz, key):
        return None

    candidates = gaz.lookup_normalized(key)[:MAX_CANDIDATES]
    if not candidates:
        return None
    if key in lx.WIDE_AREAS and not has_container(text, end):
        # "the Atlantic", "the Middle East": never Atlantic, Iowa or Middle East, Maryland.
        candidates = [c for c in candidates if not gaz.is_place(c.record)]
        if not candidates:
            return None
    if (
        single
        and (key in lx.DEMONYMS or (key in lx.PEOPLES and cue != "in"))
        and not has_container(text, end)
        and not strong_region(gaz, key)
    ):
        return None  # "Canadian", "Arab": a people's word, not Canadian, Victoria or Arab, Ala.
    kinds, max_pop = gaz.name_summary_normalized(key)
    big = "country" in kinds or "admin1" in kinds
    if single:
        if key in not_places or key in lx.NEVER_PLACES:
            return None
        # Short all-capitals words are abbreviations (ER, CEO, HUD) unless they are a
        # country's or region's own abbreviation (US, UK, UAE).
        if first.text.isupper() and width <= 3 and not in_headline:
            strong = [
                c
                for c in candidates
                if c.quality <= 1 and gaz.kind(c.record) in ("country", "admin1")
            ]
            if not strong:
                return None
            candidates = strong
        rank = word_rank(gaz, key)
        # An AP dateline ("TROY, N.C. (AP) —") names its place in capitals at a line's start.
        dateline = first.text.isupper() and width > 3 and has_container(text, end)
        sentence_start = (first.initial or in_headline) and not dateline
        if sentence_start and rank is not None and rank < 10_000 and not _placed(text, end):
            if not big and max_pop < 10**6:
                return None
            # "Reading the news", "Nearly all": a verb or adverb, not Reading or Nearly.
            verb_like = key.endswith(("ing", "ly")) or (
                nxt is not None and nxt.norm in _DETERMINERS
            )
            if verb_like and "country" not in kinds:
                return None
        if rank is not None and rank < 2_000 and not big and max_pop < 100_000 and cue != "in":
            return None
        if (
            not big
            and max_pop < 1_000
            and not cue
            and not has_container(text, end)
            and not after_place_cue(text, tokens, i)  # "near A, B and C"
        ):
            return None
    mention = Mention(first.start, end, key, i, last_idx, cue, candidates=candidates)
    read_container(text, tokens, last_idx, gaz, mention)
    if not mention.containers:
        read_definition(text, mention, gaz)  # "Hamilton is a town in Skagit County, ..."
    return mention


def _placed(text: str, end: int) -> bool:
    """Whether what follows a name says it is a place: a container ("Boston,
    Massachusetts", "Shelby, North Carolina") or a definition ("Springfield is the
    capital of Illinois")."""
    return has_container(text, end) or is_definition(text, end)
