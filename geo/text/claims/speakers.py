"""Claims stage 2b, speakers: names, canonical sources, pronouns and countries.

People named in the text are remembered (surname -> full name) so that
"Putin said" becomes "Vladimir Putin"; "he"/"she" resolve to the last named
person before them, "it"/"they" to the last organisation or group that spoke;
:func:`_countries` lists the countries a speaker's phrase refers to (places
inside it, demonyms, known organisations).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from operator import itemgetter

from .. import lexicon as lx
from .context import _Context
from .introduced_people import introduced_person, known_by_given
from .named_sites import names_a_site, placed_after
from .segmentation import _bare, _is_cap, _Tok, tokenize
from .vocab import (
    _FUNCTION_CAPS,
    _KNOWN_ORG_COUNTRIES,
    _LOWER_MODIFIERS,
    _MONTH_DAY_WORDS,
    _NAME_PARTICLE,
    _ORG_WORDS,
    _PART_OF_NAME,
    _PARTICLES,
    _PRONOUNS,
    _SOURCE_MODIFIERS,
    _SOURCE_NOUNS,
    _TITLES,
)

_TEXT = itemgetter(2)  # a token's text
_INF = float("inf")
_JOINS = frozenset("-‐’'")  # what follows a name particle ("al-Qidra", "ibn-")

__all__ = [
    "_canonical",
    "_countries",
    "_in_toponym",
    "_person_part",
    "_register_persons",
    "_resolve_pronoun",
]


def _register_persons(ctx: _Context, toks: list[_Tok]) -> None:
    """Remember the people a sentence names (full names and their surnames)."""
    # Only tokens that may be capitalised (an upper-case first letter, or a particle and
    # its hyphen or apostrophe: see ``_is_cap``) may start a name: the others are never
    # visited.
    # Without a particle name in the sentence, no token is one (``_cap_particle``).
    particles = bool(toks) and _particle_name_in(ctx.text, toks[0].start, toks[-1].end)
    if particles:
        starts = [
            k
            for k, w in enumerate(map(_TEXT, toks))
            if w[0].isupper() or (w[0] in "abdei" and (w[2:3] in _JOINS or w[3:4] in _JOINS))
        ]
    else:  # no particle in the sentence: the words with an upper-case first letter
        starts = [k for k, t in enumerate(toks) if t[2][0].isupper()]
    i = 0
    n = len(toks)
    persons = ctx.persons
    for k in starts:
        if k < i:
            continue  # inside the run before
        i = k
        tok = toks[i]
        word = tok.text
        # ``_is_cap``, inline (tokens are never empty)
        if not (word[0].isalpha() and (word[0].isupper() or (particles and _cap_particle(word)))):
            continue
        j = i
        cur = tok
        while j + 1 < n:
            # The cheap tests first: a run goes on over one space, not after a possessive.
            nxt = toks[j + 1]
            if nxt.start - cur.end != 1 or cur.text.endswith(_POSSESSIVE):
                break
            word = nxt.text
            first = word[0]
            if not (
                first.isalpha()
                and (first.isupper() or word in _PARTICLES or (particles and _cap_particle(word)))
            ):
                break
            j += 1
            cur = nxt
        if j == i and tok.text not in persons:
            if introduced_person(ctx, tok.start, tok.end):
                # "Andrii, a medic, is loading ..." ("Alan, 79," after "Alan Wood": him)
                persons[tok.text] = known_by_given(ctx, tok.text)
                ctx.mention(tok.start, persons[tok.text])
            i += 1
            continue  # one capitalised word names a person only when already known
        if _quoted_title(toks, i, j):
            i = j + 1
            continue  # "billed as “We Are Together with Russia”": a title, not a person
        run = toks[i : j + 1]
        name = _person_part(ctx, run)
        if name and (names_a_site(ctx.text, run[-1].end) or placed_after(ctx.text, run[0].start)):
            name = []  # "the nearby Ras Isa fuel terminal": a site, not a person
        if name and name[0] is run[0] and _body_name_goes_on(toks, i):
            # "the Center for Countering Disinformation": a body's name; "the Institute
            # for Strategic Studies Mykola Bielieskov": the name after it, its last words
            name = name[-2:] if len(name) >= 3 else []
        if name:
            if len(name) >= 2:
                persons.setdefault(name[-1].text, " ".join(t.text for t in name))
                if persons.get(name[0].text) == name[0].text:  # "Alan, 79," then "Alan Wood"
                    persons[name[0].text] = persons[name[-1].text]
                ctx.mention(name[0].start, persons[name[-1].text])
            elif name[0].text in persons:
                ctx.mention(name[0].start, persons[name[0].text])
        i = j + 1


_POSSESSIVE = ("’s", "'s")
_OPENING_MARKS = frozenset('“"‘«')
_CLOSING_MARKS = frozenset('”"’»')
_TITLE_PRONOUNS = frozenset("We Our You Your They Their My".split())


def _quoted_title(toks: list[_Tok], i: int, j: int) -> bool:
    """Whether the capitalised run ``toks[i..j]`` is a title, not a name: in a short quoted
    title (an opening mark just before the run or its first word, a closing one within a
    few words after), or opening with a capitalised pronoun inside a sentence ("the
    movement We Are Together with Russia")."""
    if j > i and i and toks[i].text in _TITLE_PRONOUNS and toks[i - 1].text not in _OPENING_MARKS:
        return True
    k = i - 1 if i and toks[i - 1].text in _OPENING_MARKS else i - 2
    if k < 0 or toks[k].text not in _OPENING_MARKS:
        return False
    return any(t.text in _CLOSING_MARKS for t in toks[j + 1 : j + 5])


_PARTICLES_2 = frozenset("al el ad ar as at an az de da di du".split())
_PARTICLES_3 = frozenset("bin ibn abu".split())


def _particle_name_in(text: str, start: int, end: int) -> bool:
    """Whether ``_NAME_PARTICLE`` matches in ``text[start:end]``: found from its joining
    character (``_JOINS``, each found with ``str.find``, a fast scan in C), the ASCII
    capital after it and the particle before it.

    >>> _particle_name_in("said Ashraf al-Qidra.", 0, 21), _particle_name_in("a-Bc", 0, 4)
    (True, False)
    """
    find = text.find
    for join in _JOINS:
        q = find(join, start, end)
        while q >= 0:
            if (
                q + 1 < end
                and "A" <= text[q + 1] <= "Z"
                and (
                    (q - 2 >= start and text[q - 2 : q] in _PARTICLES_2)
                    or (q - 3 >= start and text[q - 3 : q] in _PARTICLES_3)
                )
            ):
                return True
            q = find(join, q + 1, end)
    return False


def _cap_particle(word: str) -> bool:
    """A name with a particle ("al-Qidra"): ``_is_cap`` of a word not upper-case first."""
    return word[0] in "abdei" and _NAME_PARTICLE.match(word) is not None


def _person_part(ctx: _Context, run: Sequence[_Tok]) -> list[_Tok]:
    """The trailing personal name of a capitalised run, after titles and places."""
    name: list[_Tok] = []
    titled = org = False
    for t in run:
        word = t.text
        possessive = word.endswith(_POSSESSIVE)
        low = (word[:-2] if possessive else word.rstrip("’'")).lower()  # ``_bare``
        # "Director-General", "Secretary-General": a title in parts
        title = low in _TITLES or ("-" in low and all(p in _TITLES for p in low.split("-")))
        if (  # the word tests first, the toponym's (a bisection) last
            possessive
            or title
            or low in lx.DEMONYMS
            or low in _FUNCTION_CAPS
            or low in _MONTH_DAY_WORDS
            or _in_toponym(ctx, t.start, t.end)
        ):
            titled = titled or title
            name = []
            continue
        if low in _ORG_WORDS or word.isupper() or low.partition("-")[0] in _ORG_WORDS:
            # "Public Health", "Safety Executive", "Liberation Movement-North": an
            # organisation, a name only after a title ("Atomic Energy Agency Director
            # General Rafael Grossi"); so is a run opened by initials ("DTEK Power
            # Grids", not a person "Power Grids")
            org = org or bool(name) or _initials_open(run, t)
            titled, name = False, []
            continue  # "Defence Minister ...": part of a title
        name.append(t)
    if org and not titled:
        return []
    if len(name) >= 2 and len(name) <= 4:
        return name
    if len(name) == 1 and (titled or name[0].text in ctx.persons):
        return name
    return []


def _body_name_goes_on(toks: Sequence[_Tok], i: int) -> bool:
    """Whether the capitalised run at token ``i`` goes on a body's name after "for"/"of"
    ("the Center for Countering Disinformation", "the Institute for Strategic Studies"):
    no person, whom a later "he" could mean, in its first words."""
    return (
        i >= 2
        and toks[i - 1].text in ("for", "of", "on")
        and _bare(toks[i - 2].text).lower() in _ORG_WORDS
        and toks[i - 2].text[:1].isupper()
    )


def _initials_open(run: Sequence[_Tok], t: _Tok) -> bool:
    """Whether ``t`` is the initials opening the capitalised ``run`` ("DTEK Odesa Grids")."""
    return t is run[0] and len(t.text) >= 2 and t.text.isalpha() and t.text.isupper()


def _in_toponym(ctx: _Context, start: int, end: int) -> bool:
    spans = ctx.toponym_spans
    i = bisect_right(spans, (start, _INF)) - 1
    while i >= 0 and spans[i][0] <= start:
        if end <= spans[i][1]:
            return True
        if start - spans[i][0] > 200:
            break
        i -= 1
    return False


#: A body's document with its topic: "The daily summary of the Ministry of Defence of the
#: Russian Federation on the progress of the special military operation" (the topic is no
#: part of the speaker).
_DOCUMENT_TOPIC = re.compile(
    r"((?:the\s+|a\s+|an\s+)?(?:[a-z]+\s+)?(?:summary|statement|report|bulletin|update|briefing|"
    r"readout)\s+(?:of|by|from)\s+(?:the\s+)?(?-i:[A-Z])[\w’'-]*(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?"
    r"(?-i:[A-Z])[\w’'-]*)*)\s+(?:on|about|regarding)\s+\S.*",
    re.IGNORECASE | re.DOTALL,
)


def _canonical(ctx: _Context, raw: str, offset: int) -> tuple[str | None, str, str]:
    """(source, kind, descriptor) for a speaker's phrase."""
    raw = raw.strip()
    if (topic := _DOCUMENT_TOPIC.match(raw)) is not None:
        raw = topic.group(1)  # "the summary of the Ministry of Defence on the progress of ..."
    toks = tokenize(raw, offset)
    caps = [t for t in toks if _is_cap(t)]
    if caps and caps[-1] is toks[-1]:
        # A trailing capitalised run may be a person: "Russian President Vladimir Putin".
        k = len(toks) - 1
        while k - 1 >= 0 and _is_cap(toks[k - 1]) and not toks[k - 1].text.endswith(("’s", "'s")):
            k -= 1
        run = toks[k:]
        name = _person_part(ctx, run)
        lead = _bare(toks[k - 1].text).lower() if k else ""
        if name and name[0] is run[0] and (lead in _PART_OF_NAME or lead in ("in", "at")):
            name = []  # "The Health and Safety Executive", "the Ministry of Health"; "in
            # Deir al-Balah" places the speaker
        if name and re.search(
            r"\b(?:office|ministry|family|lawyers?|team|staff)\s+(?:of|for)\b", raw
        ):
            name = []  # "The office of France's president Nicolas Sarkozy"
        if name and name[-1] is toks[-1]:
            last = name[-1].text
            full = " ".join(t.text for t in name)
            if len(name) == 1:
                full = ctx.persons.get(last, full)
            else:
                ctx.persons.setdefault(last, full)
                full = ctx.persons[last]
            descriptor = raw[: name[0].start - offset].strip()
            return full, "person", descriptor
        if len(toks) == 1 and toks[0].text in ctx.persons:  # "Hale" after "Sabrina Hale"
            return ctx.persons[toks[0].text], "person", ""  # though a town's name too
        if len(toks) == 1 and not _in_toponym(ctx, toks[0].start, toks[0].end):
            low = toks[0].text.lower()
            common = low in _SOURCE_NOUNS or low in _SOURCE_MODIFIERS
            if not (common or low in _ORG_WORDS or toks[0].text.isupper() or low in lx.DEMONYMS):
                full = ctx.persons.get(toks[0].text, toks[0].text)
                return full, "person", ""
    named = _NAMED_AFTER_KIND.search(raw)
    if named is not None:
        # "the Ukrainian monitoring project DeepState", "the Telegram channel Rybar": the
        # name says who speaks, the words before it what they are.
        return named.group("name"), "org", raw[: named.start("name")].strip()
    if _SAME_BODY.fullmatch(raw) and ctx.last_org is not None:
        return ctx.last_org, "org", raw  # "Amnesty International said ... The organisation"
    source = raw
    first = toks[0].text if toks else ""
    if first in ("The", "A", "An") or (
        (first.lower() in _SOURCE_NOUNS or first.lower() in _LOWER_MODIFIERS)
        and first[1:].islower()
        and first.lower() not in _KNOWN_ORG_COUNTRIES  # "Kremlin rejects report": a name
        # "Defence Intelligence said", "Defence Ministry": a body's name keeps its capital
        # (not "Two Russian officials", "Senior Hamas officials": a count or a modifier)
        and not (len(toks) > 1 and _is_cap(toks[1]) and _bare(toks[1].text).lower() in _BODY)
    ):
        source = first.lower() + raw[len(first) :]
    head = _bare(toks[-1].text).lower() if toks else ""
    kind = "group" if head.endswith("s") and not _is_cap(toks[-1]) else "org"
    if kind == "group" and _named_body_of(toks):
        kind = "org"  # "the General Staff of Ukraine's armed forces": a body, not forces
    return source, kind, ""


def _named_body_of(toks: Sequence[_Tok]) -> bool:
    """Whether the speaker's words open with a capitalised body before "of": "the General
    Staff of Ukraine's armed forces", "the Ministry of internal affairs" (its head is the
    body, not the plural after "of")."""
    for k in range(1, len(toks)):
        if toks[k].text == "of":
            return _is_cap(toks[k - 1]) and _bare(toks[k - 1].text).lower() in _BODY
    return False


#: A body named again by what it is: "the organisation" after "Amnesty International".
_SAME_BODY = re.compile(
    r"(?i:the)\s+(?:(?:human\s+)?rights\s+group|organi[sz]ation|watchdog|charity|NGO)"
)
#: A name after the kind of speaker it names: "monitoring project DeepState", "power
#: company DTEK Odesa Grids".
_NAMED_AFTER_KIND = re.compile(
    r"\b(?:project|channel|outlet|website|site|monitor|tracker|blog|account|broadcaster|"
    r"agency|company|operator|firm|consultancy|utility|provider|mission)\s+"
    r"(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})$"
)
#: The second word of a body's name opening a sentence: "Defence Intelligence",
#: "Military Intelligence", "Defence Ministry", "Emergency Service".
_BODY = frozenset(
    "intelligence ministry staff service services command forces force council committee "
    "office agency department guard administration directorate bureau police".split()
)


def _resolve_pronoun(ctx: _Context, pronoun: str, pos: int) -> tuple[str | None, str]:
    kind = _PRONOUNS[pronoun]
    if kind == "person":
        k = bisect_left(ctx.mention_offsets, pos)
        return (ctx.mentions[k - 1][1], "person") if k else (None, "none")
    if kind == "org":
        return (ctx.last_org, "org") if ctx.last_org else (None, "none")
    return (ctx.last_group, "group") if ctx.last_group else (None, "none")


_LETTERS = re.compile(r"[^\W\d_]+")


def _countries(ctx: _Context, start: int, end: int, *, first: bool = False) -> list[str]:
    """Countries a phrase refers to, in text order: places inside it and demonyms."""
    found: list[tuple[int, str]] = []
    for i in ctx.places.inside(start, end):
        t = ctx.toponyms[i]
        if getattr(t, "place", None) is not None:
            found.append((t.start, t.place.country_code))
    for m in _LETTERS.finditer(ctx.text[start:end]):
        low = m.group().lower()
        code = lx.DEMONYMS.get(low) or _KNOWN_ORG_COUNTRIES.get(low)
        if code:
            found.append((start + m.start(), code))
    found.sort()
    codes = [c for _, c in found if c]
    return codes[:1] if first else codes
