"""Find and resolve the places a text names, in visible stages.

1. :func:`tokenize` — word tokens with character offsets.
2. :func:`find_mentions` — gazetteer-driven recognition: the longest name
   that starts at a capitalised word, with context cues ("in X", "the X
   region", "X Oblast", "the city of X") and filters for what is not a place
   (people, organisations, months and common words, facilities named after a
   place).
3. :func:`resolve` — score each mention's candidates by name-match quality,
   importance, the countries and regions the text speaks of, explicit
   containers ("Alexandria, La.") and proximity to the other places, then pick
   one — or none when nothing fits.

:func:`geoparse` runs the three and returns :class:`~geo.model.Toponym` records.
The gazetteer is passed in, never loaded here.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

import numpy as np

from ..gazetteer.index import Candidate, Gazetteer, great_circle_km
from ..gazetteer.normalize import normalize
from ..geocoders import Match, rank_candidates
from ..model import Toponym
from . import lexicon as lx

__all__ = [
    "DEFAULT_WEIGHTS",
    "Mention",
    "Token",
    "Weights",
    "find_mentions",
    "geoparse",
    "resolve",
    "tokenize",
]

# Words, with inner apostrophes ("Vinnyts'ka") but not a possessive "'s" ("Kyiv's").
_WORD = re.compile(r"[^\W\d_]+(?:['’](?!s\b)[^\W\d_]+)*")
_JOIN_GAPS = frozenset({" ", "-", ".", ". ", "‐", "–"})
_SENTENCE_END = frozenset('.!?:;\n"“”«»()[]')
_OPENERS = " \t'\"‘“«("
_MAX_WORDS = 7
_PLACE_TYPES = frozenset(
    "oblast region province county parish city town village district state municipality "
    "raion krai governorate township borough".split()
)
_CONTRACTION = re.compile(r"['’](?:ll|d|ve|re|m|t)$", re.IGNORECASE)
_DETERMINERS = frozenset("the a an his her its their our my your this that these those".split())
_MAX_CANDIDATES = 25
# First words of the demonyms ("south" of "South Korean"): only these start one.
_DEMONYM_WORDS = frozenset(d.split()[0] for d in lx.DEMONYMS)


class Token(NamedTuple):
    """A word of the text: offsets, normalised form, capitalisation, sentence start."""

    start: int
    end: int
    text: str
    norm: str
    capitalized: bool
    initial: bool  # a capitalised first word of a sentence, line or quotation


@dataclass(slots=True)
class Mention:
    """A recognised place name before resolution."""

    start: int
    end: int
    key: str  # normalised name looked up in the gazetteer
    first: int  # token indexes
    last: int
    cue: str = ""  # "region", "city", "in", "demonym", "container"
    # An explicit container, as (country code, admin-1 code or ""): "Alexandria, La." ->
    # (("US", "LA"),); every reading of an ambiguous one ("Athens, Georgia").
    containers: tuple[tuple[str, str], ...] = ()
    demonym_country: str = ""
    candidates: list[Candidate] = field(default_factory=list)
    siblings: tuple[int, ...] = ()  # indexes of the other names in its list ("A, B and C")


def tokenize(text: str) -> list[Token]:
    """Word tokens with offsets; a trailing possessive ``'s`` is left out of the token.

    Examples
    --------
    >>> [(t.text, t.initial) for t in tokenize("Troops left Kyiv's suburbs. Then")]
    [('Troops', True), ('left', False), ('Kyiv', False), ('suburbs', False), ('Then', True)]
    """
    return list(_Tokens(text))


# The word pattern as a capturing group: re.split() returns the gaps and the words.
_SPLIT = re.compile(f"({_WORD.pattern})")


_NORMS: dict[str, str] = {}  # word -> normalised form: texts repeat their words


def _norm(word: str) -> str:
    norm = _NORMS.get(word)
    if norm is None:
        if len(_NORMS) >= 200_000:
            _NORMS.clear()
        if word.isascii():
            norm = word.lower().replace("'", "") if "'" in word else word.lower()
        else:
            norm = normalize(word)
        _NORMS[word] = norm
    return norm


def _is_capitalized(word: str) -> bool:
    return word[0].isupper() or (
        # a French elision before a capitalised name: "Côte d'Ivoire", "Val-d'Oise"
        word[0] in "dlDL" and len(word) > 2 and word[1] in "'’" and word[2].isupper()
    )


_new_token = tuple.__new__  # skips the NamedTuple's Python-level __new__


class _Tokens(Sequence[Token]):
    """The tokens of a text, each built when first asked for.

    Splitting the text is done in C; a parser then asks only for the capitalised
    words (:attr:`capitalized`) and their neighbours, so most lowercase words never
    become :class:`Token` objects.
    """

    __slots__ = ("_built", "_text", "capitalized", "ends", "starts", "words")

    def __init__(self, text: str) -> None:
        parts = _SPLIT.split(text)
        offsets = list(itertools.accumulate(map(len, parts)))
        words = parts[1::2]
        starts = offsets[0::2][: len(words)]
        ends = offsets[1::2]
        # Possessives: "Kyiv's" is the token "Kyiv" (one pass: deleting one at a time
        # would shift the lists once per possessive, quadratic in a long text).
        drop = [
            k
            for k, w in enumerate(words)
            if w == "s" and starts[k] and text[starts[k] - 1] in "'’"
        ]
        if drop:
            gone = set(drop)
            keep = [k for k in range(len(words)) if k not in gone]
            words = [words[k] for k in keep]
            starts = [starts[k] for k in keep]
            ends = [ends[k] for k in keep]
        self._text = text
        self.words = words
        self.starts = starts
        self.ends = ends
        self._built: list[Token | None] = [None] * len(words)
        self.capitalized = [
            k
            for k, w in enumerate(words)
            if w[0].isupper() or (w[1:2] in ("'", "’") and _is_capitalized(w))
        ]

    @classmethod
    def of(cls, text: str, tokens: Sequence[Token]) -> _Tokens:
        """Wrap tokens already made (by :func:`tokenize`)."""
        self = cls.__new__(cls)
        self._text = text
        self.words = [t.text for t in tokens]
        self.starts = [t.start for t in tokens]
        self.ends = [t.end for t in tokens]
        self._built = list(tokens)
        self.capitalized = [k for k, t in enumerate(tokens) if t.capitalized]
        return self

    def __len__(self) -> int:
        return len(self.words)

    def __getitem__(self, i):  # type: ignore[override]
        if type(i) is slice:
            return [self[k] for k in range(*i.indices(len(self.words)))]
        token = self._built[i]
        if token is None:
            token = self._built[i] = self._build(i if i >= 0 else i + len(self.words))
        return token

    def _build(self, i: int) -> Token:
        word, start = self.words[i], self.starts[i]
        if word[0].isupper() or _is_capitalized(word):
            capitalized = True
            if i == 0:
                initial = True
            else:
                gap = self._text[self.ends[i - 1] : start]
                if "\n" in gap:
                    initial = True
                else:
                    stripped = gap.rstrip(_OPENERS)
                    initial = bool(stripped) and stripped[-1] in _SENTENCE_END
        else:
            capitalized = initial = False  # initial is only asked of capitalised words
        return _new_token(Token, (start, self.ends[i], word, _norm(word), capitalized, initial))


def _title_case_lines(text: str, tokens: _Tokens) -> set[int]:
    """Indexes of tokens on headline-like lines.

    A headline has most words of 3+ letters capitalised and no sentence punctuation.
    """
    out: set[int] = set()
    starts = tokens.starts
    line_start = 0
    for line in text.split("\n"):
        line_end = line_start + len(line)
        sentence_like = line.rstrip().endswith((".", "?", "!")) or ". " in line
        if not sentence_like and line.strip():
            a = bisect.bisect_left(starts, line_start)
            b = bisect.bisect_left(starts, line_end)
            words = [tokens[k] for k in range(a, b) if len(tokens[k].text) >= 3]
            if len(words) >= 2 and sum(t.capitalized for t in words) >= 0.7 * len(words):
                out.update(range(a, b))
        line_start = line_end + 1
    return out


def _joinable(text: str, a: Token, b: Token) -> bool:
    return text[a.end : b.start] in _JOIN_GAPS


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
    gaz.probe_many([_norm(words[i]) for i in tokens.capitalized])  # one search, not one each
    n = len(tokens)
    headline = _title_case_lines(text, tokens)
    not_places: set[str] = set()  # surnames and organisation heads seen in this text
    mentions: list[Mention] = []
    resume = 0  # the next token not yet inside a mention
    # Only a capitalised word starts a name (demonyms and state abbreviations included).
    for i in tokens.capitalized:
        if i < resume:
            continue
        norm = _norm(words[i])
        demonym = demonyms and norm in _DEMONYM_WORDS
        # "Albany, N.Y.": an abbreviation after a comma, with a dot after it or the next word.
        start = starts[i]
        abbreviation = text[start - 2 : start] == ", " and "." in text[ends[i] : ends[i] + 4]
        if not (demonym or abbreviation or any(probe(norm))):
            continue  # no name starts with this word: the common case, decided cheaply
        if demonym:
            d = _demonym(text, tokens, i)
            if d is not None:
                mentions.append(d)
                resume = d.last + 1
                continue
        state = _state_abbreviation(text, tokens, i, gaz) if abbreviation else None
        if state is not None:
            mentions.append(state)
            resume = state.last + 1
            continue
        if norm in lx.NEVER_PLACES and not _cap_run(tokens, i):
            continue
        # Longest gazetteer name starting here (on the raw words: no Token needed).
        best, best_key = -1, ""
        gram = [norm]
        j = i
        capitalized = True
        while True:
            key = " ".join(gram)
            found, prefix = probe(key)
            if found and capitalized:  # a connector ("of", "upon") never ends a name
                best, best_key = j, key
            end = ends[j]
            if not prefix or text[end : end + 2] in ("'s", "’s"):
                break
            j += 1
            if j >= n or j - i >= _MAX_WORDS or text[end : starts[j]] not in _JOIN_GAPS:
                break
            word = words[j]
            norm_j = _norm(word)
            capitalized = word[0].isupper() or _is_capitalized(word)
            if not capitalized and norm_j not in lx.CONNECTORS:
                break
            gram.append(norm_j)
        if best < 0:
            continue
        if best == i and (best_key in lx.NEVER_PLACES or best_key in not_places):
            resume = best + 1  # a word that is never a place, or a name's word seen before
            continue
        mention = _accept(text, tokens, i, best, best_key, gaz, headline, not_places)
        if mention is None:
            resume = best + 1
            continue
        mentions.append(mention)
        resume = mention.last + 1
    _link_lists(text, mentions, gaz)
    return mentions


# What separates the names of a list: "Michigan, Oregon and New Mexico".
_LIST_GAPS = frozenset({", ", " and ", ", and ", " or ", ", or ", " & ", "; "})


def _link_lists(text: str, mentions: list[Mention], gaz: Gazetteer) -> None:
    """Give each name in a list ("Georgia, Oklahoma and California") its siblings.

    Two names joined by a comma only are a name and its container ("Louisville,
    Kentucky"); three or more, or a list closed by "and"/"or", are a list, in
    which a region's name is not read as the container of the one before it
    ("Michigan, Oregon, New Mexico").
    """
    group: list[int] = []
    for k, m in enumerate(mentions):
        if not (k and text[mentions[k - 1].end : m.start] in _LIST_GAPS):
            _close_list(text, mentions, group, gaz)
            group = []
        group.append(k)
    _close_list(text, mentions, group, gaz)


def _close_list(text: str, mentions: list[Mention], group: list[int], gaz: Gazetteer) -> None:
    if len(group) < 2 or len({mentions[k].key for k in group}) < 2:
        return
    gaps = [text[mentions[a].end : mentions[b].start] for a, b in itertools.pairwise(group)]
    if len(group) == 2 and gaps == [", "]:
        return  # a name and its container
    for k, gap in zip(group, gaps, strict=False):
        m = mentions[k]
        if m.containers and gap == ", " and _is_region_name(gaz, m.key):
            m.containers = ()
    for k in group:
        mentions[k].siblings = tuple(g for g in group if g != k)


def _state_abbreviation(
    text: str, tokens: Sequence[Token], i: int, gaz: Gazetteer
) -> Mention | None:
    """An AP-style US state abbreviation after a place: "Alexandria, La.", "Albany, N.Y."."""
    if text[max(0, tokens[i].start - 2) : tokens[i].start] != ", ":
        return None
    for width in (2, 1):
        last = i + width - 1
        if last >= len(tokens) or tokens[last].end >= len(text) or text[tokens[last].end] != ".":
            continue
        if width == 2 and not _joinable(text, tokens[i], tokens[last]):
            continue
        abbr = " ".join(t.norm for t in tokens[i : last + 1])
        code = lx.US_STATE_ABBREVIATIONS.get(abbr)
        if code is None:
            continue
        records = gaz.regions("US", code)
        if not records:
            return None
        end = tokens[last].end + 1  # the abbreviation's final dot belongs to it
        return Mention(
            tokens[i].start,
            end,
            abbr,
            i,
            last,
            "region",
            containers=(("US", code),),
            candidates=[Candidate(records[0], 1)],
        )
    return None


def _cap_run(tokens: Sequence[Token], i: int) -> bool:
    """A never-place word may still start a multi-word name ("New York", "Saint Petersburg")."""
    return i + 1 < len(tokens) and tokens[i + 1].capitalized


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
    tokens: Sequence[Token],
    i: int,
    j: int,
    key: str,
    gaz: Gazetteer,
    headline: set[int],
    not_places: set[str],
) -> Mention | None:
    """Apply the context rules to the name tokens[i..j] (normalised: ``key``); a Mention
    or None."""
    first, last = tokens[i], tokens[j]
    single = i == j
    in_headline = i in headline
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    prev_gap = text[prev.end : first.start] if prev is not None else ""
    prev_joined = prev_gap in (" ", "-")
    next_joined = nxt is not None and text[last.end : nxt.start] in (" ", "-")

    if single and (key in lx.NEVER_PLACES or key in not_places):
        return None
    cue = ""
    end = last.end
    last_idx = j
    # "the Kursk region", "Sumy Oblast", "Donetsk People's ..." handled by the chunk rule
    if nxt is not None and next_joined and nxt.norm in lx.REGION_WORDS:
        cue = "region"
        if nxt.capitalized:
            end, last_idx = nxt.end, j + 1
            nxt = tokens[j + 2] if j + 2 < len(tokens) else None
            next_joined = nxt is not None and text[tokens[j + 1].end : nxt.start] == " "
    if prev is not None and prev_joined and not prev.capitalized:
        if prev.norm == "of" and i >= 2 and tokens[i - 2].norm in ("city", "town", "village"):
            cue = cue or "city"
        elif prev.norm == "of" and i >= 2 and tokens[i - 2].norm in lx.REGION_WORDS:
            cue = cue or "region"
        elif prev.norm in lx.PLACE_CUES:
            cue = cue or "in"

    # People and organisations: a longer capitalised chunk around the name. On a
    # headline-like line every word is capitalised: only rare neighbours count there.
    # A country's or region's name inside an organisation's name still names the
    # place ("the Ohio Supreme Court", "Education Minnesota"): there too, only
    # rare neighbours (surnames) make a chunk a person.
    common_limit = 20_000 if in_headline or _is_region_name(gaz, key) else 0
    if (
        single
        and key in lx.GIVEN_NAMES
        and nxt is not None
        and text[last.end : nxt.start] == " "
        and nxt.capitalized
        and nxt.norm not in lx.AFTER_PLACE_OK
        and nxt.norm not in lx.NEVER_PLACES
        and not _is_region_name(gaz, nxt.norm)
        and not in_headline
    ):
        _remember_chunk(tokens, i, j, text, gaz, not_places)
        return None
    if prev is not None and prev_joined and prev.capitalized:
        if prev.norm in lx.PERSON_TITLES:
            _remember_chunk(tokens, i, j, text, gaz, not_places)
            return None
        if (
            prev.norm not in lx.BEFORE_PLACE_OK
            and prev.norm not in lx.NEVER_PLACES
            and not (prev.initial and _common(gaz, prev.norm, 3000))
            and not _common(gaz, prev.norm, common_limit)
            and not _is_region_name(gaz, prev.norm)
        ):
            _remember_chunk(tokens, i, j, text, gaz, not_places)
            return None
    if (
        nxt is not None
        and next_joined
        and nxt.capitalized
        and cue != "region"
        and nxt.norm not in lx.AFTER_PLACE_OK
        and nxt.norm not in lx.NEVER_PLACES
        and not _common(gaz, nxt.norm, common_limit)
        and not _is_region_name(gaz, nxt.norm)
    ):
        _remember_chunk(tokens, i, j, text, gaz, not_places)
        return None
    # An everyday word heading a name ("Supreme Court", "Federal Reserve") is not a place.
    if (
        single
        and nxt is not None
        and next_joined
        and nxt.capitalized
        and nxt.norm not in _PLACE_TYPES
        and _common(gaz, key, 5_000)
        and not _is_region_name(gaz, key)
    ):
        return None
    # Contractions ("I'll", "I'd") and abbreviations with a dot ("Gov.", "Sgt.", "Co.").
    if single and (
        _CONTRACTION.search(first.text)
        or (len(first.text) <= 3 and text[last.end : last.end + 1] == "." and cue != "region")
    ):
        return None
    # Facilities and features named after a place: "the Zaporizhzhia nuclear power plant".
    if nxt is not None and next_joined and not nxt.capitalized and nxt.norm in lx.FACILITY_WORDS:
        return None

    candidates = gaz.lookup_normalized(key)[:_MAX_CANDIDATES]
    if not candidates:
        return None
    kinds, max_pop = gaz.name_summary_normalized(key)
    big = "country" in kinds or "admin1" in kinds
    if single:
        if key in not_places or key in lx.NEVER_PLACES:
            return None
        # Short all-capitals words are abbreviations (ER, CEO, HUD) unless they are a
        # country's or region's own abbreviation (US, UK, UAE).
        if first.text.isupper() and len(first.text) <= 3 and not in_headline:
            strong = [
                c
                for c in candidates
                if c.quality <= 1 and gaz.kind(c.record) in ("country", "admin1")
            ]
            if not strong:
                return None
            candidates = strong
        rank = _rank(gaz, key)
        sentence_start = first.initial or in_headline
        if sentence_start and rank is not None and rank < 10_000:
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
        if not big and max_pop < 1_000 and not cue and not _has_container(text, end):
            return None
    mention = Mention(first.start, end, key, i, last_idx, cue, candidates=candidates)
    _container(text, tokens, last_idx, gaz, mention)
    return mention


def _is_region_name(gaz: Gazetteer, norm: str) -> bool:
    """Is this word a country's or region's own name or alias ("Russia Ukraine War")?"""
    return gaz.is_region_name_normalized(norm)


def _rank(gaz: Gazetteer, word: str) -> int | None:
    return gaz.common_rank(word)


def _common(gaz: Gazetteer, word: str, top: int) -> bool:
    rank = gaz.common_rank(word)
    return rank is not None and rank < top


def _remember_chunk(
    tokens: Sequence[Token], i: int, j: int, text: str, gaz: Gazetteer, not_places: set[str]
) -> None:
    """Remember the words of a person's or organisation's name ("Kristina Smith").

    Later, each word alone is not taken for a place ("Smith said", "Kristina said"),
    except words that name a country, a region or a large place ("Washington Post"
    leaves Washington a place).
    """
    a = i
    while a > 0 and tokens[a - 1].capitalized and text[tokens[a - 1].end : tokens[a].start] == " ":
        a -= 1
    b = j
    while (
        b + 1 < len(tokens)
        and tokens[b + 1].capitalized
        and text[tokens[b].end : tokens[b + 1].start] == " "
    ):
        b += 1
    for t in tokens[a : b + 1]:
        if t.norm in not_places or _is_region_name(gaz, t.norm):
            continue
        if gaz.name_summary_normalized(t.norm)[1] < 100_000:  # not a large place's name
            not_places.add(t.norm)


def _has_container(text: str, end: int) -> bool:
    return text[end : end + 2] == ", " and text[end + 2 : end + 3].isupper()


def _container(
    text: str, tokens: Sequence[Token], last: int, gaz: Gazetteer, mention: Mention
) -> None:
    """Read an explicit container right after the name: "Alexandria, La.", "Krasnodar, Russia"."""
    k = last + 1
    if k >= len(tokens) or text[tokens[last].end : tokens[k].start] != ", ":
        return
    if not tokens[k].capitalized:
        return
    # AP-style US state abbreviations (one or two letters groups: "La.", "N.Y.").
    for width in (2, 1):
        if k + width - 1 < len(tokens):
            abbr = " ".join(t.norm for t in tokens[k : k + width])
            if abbr in lx.US_STATE_ABBREVIATIONS and (
                text[tokens[k + width - 1].end : tokens[k + width - 1].end + 1] == "."
            ):
                mention.containers = (("US", lx.US_STATE_ABBREVIATIONS[abbr]),)
                return
    words: list[str] = []
    for t in tokens[k : k + 4]:
        words.append(t.norm)
        readings: dict[tuple[str, str], None] = {}
        for c in gaz.lookup_normalized(" ".join(words))[:10]:
            row = gaz.row(c.record)
            if row.kind == "country":
                readings[(row.country_code, "")] = None
            elif row.kind == "admin1":
                readings[(row.country_code, row.admin1[0])] = None
        if readings:
            mention.containers = tuple(readings)
            return


# -- resolution -------------------------------------------------------------------------


def _country_record(gaz: Gazetteer, code: str) -> int | None:
    name = gaz.country_name(code)
    for c in gaz.lookup(name):
        if gaz.kind(c.record) == "country" and gaz.country_code(c.record) == code:
            return c.record
    return None


# Proximity context: the points read from the mentions within this many mentions of a
# name's own (news articles name a few dozen places; a long text's far parts are other
# stories).  Bounds the cost of resolution: linear in the number of mentions.
CONTEXT_WINDOW = 200

_NO_SIBLINGS: Counter[tuple[str, str]] = Counter()  # shared, never written to


def _is_point_like(gaz: Gazetteer, record: int) -> bool:
    """Places and counties: scored by their distance to the text's other places."""
    return gaz.is_place(record) or gaz.kind(record) == "admin2"


class _Context:
    """What a text says around each name, from the pass-1 reading of every mention.

    The countries and regions its places lie in (per-name summaries: votes of 2 for a
    country or region named outright, 1 for a place in it), and, for proximity, the
    points read from the mentions within ``window`` mentions of the name's own (a name
    never counts as its own context).  Cost is linear in the number of mentions: each
    name looks at a bounded neighbourhood of each of its mentions, never at every pair.
    """

    def __init__(
        self,
        gaz: Gazetteer,
        mentions: Sequence[Mention],
        first_choice: Sequence[int | None],
        *,
        window: int = CONTEXT_WINDOW,
    ):
        self.gaz = gaz
        self.window = window
        self.countries: Counter[str] = Counter()
        self.own_countries: dict[str, Counter[str]] = defaultdict(Counter)
        self.regions: Counter[tuple[str, str]] = Counter()
        self.own_regions: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
        key_ids: dict[str, int] = {}
        self._mentions_of: dict[str, list[int]] = defaultdict(list)
        # Per mention: its point's record (-1 for none) and its name's id.
        point_records: list[int] = []
        point_keys: list[int] = []
        for m, rec in zip(mentions, first_choice, strict=True):
            kid = key_ids.setdefault(m.key, len(key_ids))
            self._mentions_of[m.key].append(len(point_records))
            point_keys.append(kid)
            point_records.append(-1)
            if rec is None:
                continue
            r = gaz.row(rec)
            kind, cc = r.kind, r.country_code
            if cc:
                vote = 2 if kind == "country" else 1
                self.countries[cc] += vote
                self.own_countries[m.key][cc] += vote
            if kind not in ("country", "other"):
                region = (cc, r.admin1[0])
                vote = 2 if kind == "admin1" else 1
                self.regions[region] += vote
                self.own_regions[m.key][region] += vote
                point_records[-1] = rec
        self.n_votes = self.countries.total()
        self._key_ids = key_ids
        self._records = np.array(point_records, dtype=np.int64)
        self._keys = np.array(point_keys, dtype=np.int64)
        self._points: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self._inside: dict[tuple[int, str], bool] = {}
        self._nearest: dict[tuple[str, int], float] = {}

    def points(self, key: str) -> tuple[np.ndarray, np.ndarray]:
        """Records and (lat, lon) degrees, shape (n, 2), of the distinct points read from
        other names than ``key`` within the window around its mentions."""
        found = self._points.get(key)
        if found is not None:
            return found
        own = self._mentions_of.get(key, [])
        n, w = len(self._records), self.window
        spans: list[np.ndarray] = []
        lo = hi = -1
        for i in own:  # merge the windows [i - w, i + w] of the name's mentions
            a, b = max(0, i - w), min(n, i + w + 1)
            if a > hi:
                if hi > lo:
                    spans.append(np.arange(lo, hi))
                lo = a
            hi = max(hi, b)
        if hi > lo:
            spans.append(np.arange(lo, hi))
        index = np.concatenate(spans) if spans else np.zeros(0, dtype=np.int64)
        records = self._records[index]
        keep = (records >= 0) & (self._keys[index] != self._key_ids.get(key, -1))
        records = np.unique(records[keep])
        degrees = (
            self.gaz.coordinates(records) if len(records) else np.zeros((0, 2), dtype=float)
        )
        found = self._points[key] = (records, degrees)
        return found

    def has_others(self, key: str) -> bool:
        """Are there points read from other names near the name's mentions?"""
        return len(self.points(key)[0]) > 0

    def region_contains_any(self, record: int, key: str) -> bool:
        """Does the region's polygon contain a point read from another name near ``key``?"""
        import shapely

        found = self._inside.get((record, key))
        if found is not None:
            return found
        _, degrees = self.points(key)
        found = False
        if len(degrees):
            box = self.gaz.bounds_many([record])[0]  # min lon, min lat, max lon, max lat
            lat, lon = degrees[:, 0], degrees[:, 1]
            near = (lon >= box[0]) & (lat >= box[1]) & (lon <= box[2]) & (lat <= box[3])
            if near.any():  # NaN bounds (no polygon) compare False: nothing to read
                found = bool(
                    shapely.contains_xy(self.gaz.geometry(record), lon[near], lat[near]).any()
                )
        self._inside[(record, key)] = found
        return found

    def nearest_km(self, records: Sequence[int], key: str) -> dict[int, float]:
        """Great-circle km from each of ``records`` (candidate places of a name with a
        choice) to the nearest point read from another name near ``key``'s mentions.

        A soft scoring signal, so a sphere is accurate enough; geometry that is
        drawn or reported uses :mod:`geo.geometry` (ellipsoidal).
        """
        memo = self._nearest
        todo = sorted({r for r in records if (key, r) not in memo})
        if todo:
            _, degrees = self.points(key)
            if len(degrees):
                here = np.radians(self.gaz.coordinates(todo))
                there = np.radians(degrees)
                km = great_circle_km(
                    here[:, None, 0], here[:, None, 1], there[None, :, 0], there[None, :, 1]
                ).min(axis=1)
                for r, d in zip(todo, km.tolist(), strict=True):
                    memo[(key, r)] = d
            else:
                for r in todo:
                    memo[(key, r)] = math.inf
        return {r: memo[(key, r)] for r in records}


def _rank_mention(gaz: Gazetteer, m: Mention) -> list[Match]:
    """Pass 1 of :func:`resolve` for one mention: its candidates ranked without context."""
    if m.demonym_country:
        rec = _country_record(gaz, m.demonym_country)
        return rank_candidates(gaz, [Candidate(rec, 0)] if rec is not None else [])
    pool = m.candidates
    if m.cue == "region":
        pool = [c for c in pool if gaz.kind(c.record) == "admin1"] or pool
    elif m.cue == "city":
        pool = [c for c in pool if gaz.kind(c.record) == "place"] or pool
    if m.containers:
        countries = {cc for cc, _ in m.containers}
        inside = [c for c in pool if gaz.country_code(c.record) in countries]
        regions = {reading for reading in m.containers if reading[1]}
        if regions:
            inside = [
                c
                for c in inside
                if (gaz.country_code(c.record), gaz.admin1(c.record)[0]) in regions
            ] or inside
        pool = inside or pool
    return rank_candidates(gaz, pool, prefer_admin1=m.cue == "region", query=m.key)


def _score_candidates(
    gaz: Gazetteer,
    w: Weights,
    m: Mention,
    ranked: Sequence[Match],
    sibling_kinds: Counter[tuple[str, str]],
    ctx: _Context,
) -> dict[int, float]:
    """Pass 2 of :func:`resolve` for one mention: prior plus the text's evidence."""
    row = gaz.row
    n_siblings = sibling_kinds.total()
    countries, own_c = ctx.countries, ctx.own_countries[m.key]
    regions, own_r = ctx.regions, ctx.own_regions[m.key]
    total = ctx.n_votes - own_c.total()
    # Proximity only matters where there is a choice to make.
    others = ctx.has_others(m.key)
    near_km = (
        ctx.nearest_km([r.record for r in ranked if _is_point_like(gaz, r.record)], m.key)
        if others and len(ranked) > 1
        else None
    )
    cand_scores: dict[int, float] = {}
    for r in ranked:
        rec = r.record
        rr = row(rec)
        cc, kind = rr.country_code, rr.kind
        s = w.prior * r.score
        if total > 0 and cc:
            s += w.country * (countries[cc] - own_c[cc]) / total
        if kind not in ("country", "other"):
            region = (cc, rr.admin1[0])
            if regions[region] - own_r[region] > 0:
                s += w.region
        if kind in ("place", "admin2") and near_km is not None:
            s += w.proximity * math.exp(-near_km[rec] / w.proximity_km)
        elif kind == "admin1" and others and ctx.region_contains_any(rec, m.key):
            s += w.proximity  # a region around the text's other places
        if m.containers and any(cc == reading[0] for reading in m.containers):
            s += w.container
        if m.cue == "region" and kind == "admin1":
            s += w.region_cue
        if n_siblings and kind in ("country", "admin1"):
            # Countries list with countries anywhere, regions with regions of their
            # own country ("Georgia, Oklahoma and Ohio").  Not places: a list of
            # cities is no reason to read a state as a small town of its name.
            same = (
                sum(v for (k, _), v in sibling_kinds.items() if k == kind)
                if kind == "country"
                else sibling_kinds[(kind, cc)]
            )
            s += w.siblings * same / n_siblings
        cand_scores[rec] = s
    return cand_scores


@dataclass(frozen=True, slots=True)
class Weights:
    """How resolution mixes its evidence (tuned on the development corpora)."""

    prior: float = 1.0  # context-free score: name match, importance, namesake rule
    country: float = 0.2  # share of the text's places in the candidate's country
    region: float = 0.05  # the text speaks of the candidate's admin-1 region
    proximity: float = 0.1  # closeness to the other places (exp(-km / proximity_km))
    proximity_km: float = 250.0
    container: float = 0.1  # "Alexandria, La.": the candidate is in the named container
    region_cue: float = 0.1  # "the X region": an admin-1 candidate
    siblings: float = 0.15  # a list's names are of one kind ("Georgia, Oklahoma and Ohio")
    min_score: float = 0.4  # below: no confident match


DEFAULT_WEIGHTS = Weights()


def resolve(
    mentions: Sequence[Mention], gazetteer: Gazetteer, *, weights: Weights = DEFAULT_WEIGHTS
) -> list[tuple[int | None, float]]:
    """Choose a record (or None) for each mention; returns (record, score) per mention."""
    w = weights
    gaz = gazetteer
    row = gaz.row
    # Pass 1: context-free choice (name quality, importance, namesake rule), the same for
    # every text: memoised in the gazetteer per name, cue and container.
    ranking_memo = gaz.memo("geoparse.rank")
    gaz.rows_many(c.record for m in mentions for c in m.candidates)  # one read, not one each
    first_choice: list[int | None] = []
    rankings: list[list[Match]] = []
    for m in mentions:
        memo_key = (m.key, m.cue, m.containers, m.demonym_country)
        ranked = ranking_memo.get(memo_key)
        if ranked is None:
            ranked = ranking_memo[memo_key] = _rank_mention(gaz, m)
        rankings.append(ranked)
        first_choice.append(ranked[0].record if ranked else None)

    ctx = _Context(gaz, mentions, first_choice)

    by_key: dict[tuple[str, str], dict[int, float]] = defaultdict(dict)
    scores: list[dict[int, float]] = []
    # Mentions of one name with the same cue, container and list read alike.
    scored: dict[tuple[object, ...], dict[int, float]] = {}
    for m, ranked in zip(mentions, rankings, strict=True):
        # The kinds (and countries) its list siblings were read as in pass 1.
        sibling_kinds: Counter[tuple[str, str]] = _NO_SIBLINGS
        if m.siblings:
            sibling_kinds = Counter()
            for k in m.siblings:
                rec = first_choice[k]
                if rec is not None and mentions[k].key != m.key:
                    r = row(rec)
                    sibling_kinds[(r.kind, r.country_code)] += 1
        signature = (
            m.key,
            m.cue,
            m.containers,
            m.demonym_country,
            tuple(sorted(sibling_kinds.items())) if sibling_kinds else (),
        )
        cand_scores = scored.get(signature)
        if cand_scores is None:
            cand_scores = scored[signature] = _score_candidates(
                gaz, w, m, ranked, sibling_kinds, ctx
            )
        scores.append(cand_scores)
        agg = by_key[(m.key, m.cue)]
        for rec, s in cand_scores.items():
            agg[rec] = agg.get(rec, 0.0) + s

    out: list[tuple[int | None, float]] = []
    for m, cand_scores in zip(mentions, scores, strict=True):
        if not cand_scores:
            out.append((None, 0.0))
            continue
        agg = by_key[(m.key, m.cue)]
        rec = max(cand_scores, key=lambda r: (agg[r], cand_scores[r], -r))
        s = min(1.0, cand_scores[rec])
        out.append((rec, s) if s >= w.min_score else (None, s))
    return out


def geoparse(
    text: str,
    gazetteer: Gazetteer,
    *,
    demonyms: bool = False,
    weights: Weights = DEFAULT_WEIGHTS,
) -> tuple[Toponym, ...]:
    """Recognise and resolve every place name in ``text``.

    Parameters
    ----------
    text : str
    gazetteer : Gazetteer
        An opened index (:func:`geo.load_gazetteer`).
    demonyms : bool
        Also report adjectives and demonyms ("Russian", "Ukrainians") as
        mentions of their country.
    weights : Weights
        How resolution mixes its evidence; below ``weights.min_score`` a
        mention is reported without a place (no confident match).
    """
    mentions = find_mentions(text, gazetteer, demonyms=demonyms)
    resolved = resolve(mentions, gazetteer, weights=weights)
    out = []
    for m, (rec, score) in zip(mentions, resolved, strict=True):
        place = gazetteer.place(rec) if rec is not None else None
        out.append(Toponym(m.start, m.end, text[m.start : m.end], place, round(score, 4), m.cue))
    return tuple(out)
