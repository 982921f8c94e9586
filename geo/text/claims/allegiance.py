"""Claims stage 2c, allegiance: sides a speaker's own words do not give, read from the article.

Three rules :func:`~geo.text.claims.sides.speaker_side` applies when the speaker's
phrase names no party of its own:

1. **A national body named without its country** ("Army chief Abdel Fattah al-Burhan", "a
   military source", "An army spokesman") speaks for the country the article has tied that
   body to before ("Sudan's army said ...", "a Sudanese army drone"), when it has tied it to
   one country only (in a headline, the one the story first ties it to below:
   :mod:`.headline_bodies`); else, as an unqualified title of a state's official ("Energy
   Minister Herman Halushchenko", "a security source") does, for the country of the
   dateline ("KYIV, Dec 3 (Reuters)") when the article is also about that country; else, in
   an article whose places and nationalities outside the dateline are of one country (at
   least twice and three in four of them: a war inside Sudan reported from Cairo), for that
   country. A correspondent, analyst or expert a body's word qualifies ("a military
   correspondent") is none of these.
2. **A local head in a state agency's copy** ("Head of the Zaporozhye Region Yevgeny
   Balitsky", "the governor of the Kherson region" in copy filed by /TASS/) speaks for the
   agency's state: such agencies name the regions their state holds or claims without a
   country word. A nationality or country in the phrase still answers first ("the Ukrainian
   governor of Sumy region").
3. **A description's relative clause** says what the speaker does, not whose they are: "Mark
   Hansen, an open-source analyst who tracks attacks on Russian energy sites" is an
   independent analyst; only the words before "who", "which", "that" or a comma count.

Each rule reads the speaker's phrase and, at most once per article, the article's
places and nationalities (kept on the context): linear in the text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from itertools import islice

from .. import lexicon as lx
from ..fold import folded
from .agency_heads import agency_local_head
from .context import _Context
from .headline_bodies import headline_tie
from .outlet_home import outlet_country
from .segmentation import bare_dateline_end, dateline_end, dateline_span
from .state_titles import NATIONAL_TITLE as _NATIONAL_TITLE

__all__ = [
    "agency_local_head",
    "description_head",
    "independent_description",
    "is_capital",
    "latest_in_role",
    "national_body_side",
    "patron",
    "role_description",
    "same_speaker_again",
]


#: Words of a state's armed forces or government, by family: "the army", "a military
#: source", "Army chief ...", "the junta"; "the Air Force" and the air defences it
#: commands ("Ukrainian air defences shot down ...").
_BODY_FAMILY = {
    **dict.fromkeys(("army", "military", "forces"), "military"),
    **dict.fromkeys(("government", "junta", "cabinet"), "government"),
    "navy": "navy",
    **dict.fromkeys(("force", "defence", "defences", "defense", "defenses"), "air"),
}
#: A body's words; the last one names its family ("military government": a government).
_BODY = (
    r"(?:[Mm]ilitary\s+)?(?:[Gg]overnment|[Jj]unta|[Cc]abinet)|[Aa]rmy|[Mm]ilitary|"
    r"[Aa]rmed\s+[Ff]orces|[Gg]roup\s+of\s+[Ff]orces|[Nn]avy|"
    r"[Aa]ir\s+(?:[Ff]orce|[Dd]efen[cs]es?)(?!\s+[Ss]ystems?)"
)
_BODY_WORD = re.compile(rf"\b(?:{_BODY})\b")
#: A body tied to its country in the text: "Sudan's army", "the Sudanese military",
#: "Myanmar's military government", "a Sudanese army drone".
_TIED_BODY = re.compile(
    r"\b(?P<who>[A-Z][\w-]*?)(?:[’']s)?\s+(?:(?:national|regular|state|ruling|federal)\s+)?"
    rf"(?P<body>{_BODY})\b"
)
#: Words that make a body no state's own ("the National Unity Government", "a
#: paramilitary", "the shadow government", "rebel army").
_NOT_STATE = re.compile(
    r"\b(?:[Uu]nity|[Ss]hadow|[Ee]xile|[Pp]arallel|[Rr]ebel|[Pp]aramilitary|[Ll]iberation|"
    r"[Rr]esistance|[Ii]nterim|[Tt]ransitional|[Ii]ndependence|[Dd]emocratic)\b"
)


def _family(words: str) -> str | None:
    """The family of the first body the words name (by its last word), or None."""
    m = _BODY_WORD.search(words)
    if m is None or _NOT_STATE.search(words):
        return None
    return _BODY_FAMILY[m.group().split()[-1].lower()]


def _country_code(ctx: _Context, word: str) -> str | None:
    """The ISO code a capitalised word names: a demonym ("Sudanese") or a country the
    text names ("Sudan")."""
    low = word.lower()
    code = lx.DEMONYMS.get(low)
    if code is not None:
        return code
    return next((cc for cc, name in ctx.country_names.items() if name.lower() == low), None)


def national_body_side(ctx: _Context, phrase: str, descriptor: str, at: int) -> str | None:
    """The country a national body named without one speaks for (rule 1 of the module
    docstring); ``phrase`` and ``descriptor`` are the speaker's words, ``at`` where
    they start. None when the article does not tell."""
    words = f"{phrase} {descriptor}"
    if _NOT_A_BODY.search(words):
        return None  # "a military correspondent of ...", "a security analyst"
    family = _family(words)
    if family is None:
        if not _NATIONAL_TITLE.search(words) or _NOT_STATE.search(words):
            return None  # not "rebel Col. X", "the resistance's police"
        # "a security source" in copy filed from a neighbour: the article's country
        return _dateline_country(ctx) or (_main_country(ctx) if _SOURCE.search(words) else None)
    if family == "government" and "junta" in words.lower() and family not in _ties(ctx):
        family = "military"  # "the junta" after "Myanmar military jets": the army's state
    offsets, tied_sets = _ties(ctx).get(family, ((), ()))
    k = bisect_left(offsets, at)
    tied = tied_sets[k - 1] if k else headline_tie(ctx.text, at, tied_sets)
    if tied:
        return next(iter(tied)) if len(tied) == 1 else None
    home = _dateline_country(ctx) or _main_country(ctx)  # else "the Kyiv Independent"'s:
    return home or outlet_country(ctx, _article_countries(ctx), _CAPITALS)  # .outlet_home


_SOURCE = re.compile(r"\b(?:(?:[Ss]ecurity|[Ii]ntelligence|[Mm]ilitary)\s+sources?|[Ss]tate-run)\b")
#: Speakers that a body's word only qualifies: "a military correspondent", "a security
#: analyst", "a government critic".
_NOT_A_BODY = re.compile(
    r"\b(?:correspondents?|analysts?|experts?|bloggers?|milbloggers?|observers?|journalists?|"
    r"reporters?|commentators?|researchers?|critics?)\b",
    re.IGNORECASE,
)


def _ties(ctx: _Context) -> dict[str, tuple[list[int], list[frozenset[str]]]]:
    """For each family of bodies, the offsets where the text ties one to a country
    ("Sudan's army", "a Sudanese army drone") and the countries tied up to each: found
    once per article, then read by bisection."""
    if "ties" in ctx.allegiance:
        return ctx.allegiance["ties"]
    ties: dict[str, tuple[list[int], list[frozenset[str]]]] = {}
    for m in _tied_bodies(ctx.text):
        code = _country_code(ctx, m.group("who"))
        if code is None:
            continue
        words = m.group("body").lower().split()
        families = {_BODY_FAMILY[words[-1]]}
        if words[0] in ("military", "junta"):
            families.add("military")  # "Myanmar's military government": its army too
        for family in families:
            offsets, sets = ties.setdefault(family, ([], []))
            offsets.append(m.start())
            sets.append((sets[-1] if sets else frozenset()) | {code})
    ctx.allegiance["ties"] = ties
    return ties


#: The body words, lower case: where ``_TIED_BODY`` may end (found with ``str.find``).
_BODY_STEMS = ("army", "military", "forces", "navy", "junta", "government", "cabinet", "air ")


def _tied_bodies(text: str) -> list[re.Match[str]]:
    """The matches of ``_TIED_BODY`` in ``text``, in text order: the body words are found
    with ``str.find`` on the folded text, and the pattern searched from the end of the
    match before (as ``finditer`` does) but no farther back than a few words before the
    next body word (the same matches as ``_TIED_BODY.finditer`` while the word before
    a body is under 50 characters, without trying it at every capital letter)."""
    low = folded(text)
    stems = []
    for stem in _BODY_STEMS:
        k = low.find(stem)
        while k >= 0:
            stems.append(k)
            k = low.find(stem, k + 1)
    out: list[re.Match[str]] = []
    pos = 0
    for k in sorted(stems):
        if k < pos:
            continue
        m = _TIED_BODY.search(text, max(pos, k - 60), min(len(text), k + 30))
        if m is not None and m.start("body") <= k:
            out.append(m)
            pos = m.end()
    return out


def _dateline_country(ctx: _Context) -> str | None:
    """The country of the dateline's place ("KYIV, Dec 3 (Reuters)"), when the article
    also names places or people of that country after it; else None, as for a dateline
    of places in two countries ("KYIV/MOSCOW, Jan 29"). Found once."""
    if "dateline" in ctx.allegiance:
        return ctx.allegiance["dateline"]
    opens, end = dateline_span(ctx.text)
    end = end or bare_dateline_end(ctx.text)  # "KYIV — ": a place's
    places = [getattr(ctx.toponyms[i], "place", None) for i in ctx.places.inside(opens, end)]
    codes = {p.country_code for p in places if p is not None and p.country_code}
    # one country ("KYIV, ..."); two datelines' places of two ("KYIV/MOSCOW, ...") say none
    code = codes.pop() if len(codes) == 1 else None
    code = code if code is not None and code in _article_countries(ctx) else None
    ctx.allegiance["dateline"] = code
    return code


def _article_countries(ctx: _Context) -> frozenset[str]:
    """The countries of the article's places after the dateline and of its nationality
    words, found once per article."""
    if "countries" in ctx.allegiance:
        return ctx.allegiance["countries"]
    start = dateline_end(ctx.text)
    counts: Counter[str] = Counter()
    for t in ctx.toponyms:
        place = getattr(t, "place", None)
        if t.start >= start and place is not None and place.country_code:
            counts[place.country_code] += 1
    demonyms = lx.DEMONYMS
    for word in _CAPITALISED.findall(ctx.text, start):
        code = demonyms.get(word.lower())
        if code is not None:
            counts[code] += 1
    ctx.allegiance["countries"] = frozenset(counts)
    total = sum(counts.values())
    top = counts.most_common(1)
    # One country named at least twice and in 3 of 4 mentions: a place read
    # wrongly elsewhere ("Tawila" in Yemen) does not make a war inside Sudan two.
    ctx.allegiance["main"] = (
        top[0][0] if top and top[0][1] >= 2 and top[0][1] >= 0.75 * total else None
    )
    return ctx.allegiance["countries"]


_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")


def _main_country(ctx: _Context) -> str | None:
    """The one country an article is about (:func:`_article_countries`), or None."""
    _article_countries(ctx)
    return ctx.allegiance["main"]


_RELATIVE = re.compile(r"(?:^|\s)(?:who|which|that|whose|where|tracking|monitoring)\s")


def description_head(descriptor: str) -> str:
    """A description without its relative clause (rule 3 of the module docstring)."""
    m = _RELATIVE.search(descriptor)
    return descriptor[: m.start()] if m is not None else descriptor


#: "an open-source analyst", "a meteor expert at ...": what a person is, not whose.
_WHAT_THEY_ARE = re.compile(
    r"(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?P<what>[\w-]+)(?:\s+(?:at|with|from|of|in|for)\s.*)?",
    re.DOTALL,
)


def independent_description(own: str, words: frozenset[str]) -> bool:
    """Whether a description (without its relative clause) says what an independent
    speaker is: an article and its head noun among ``words`` ("an open-source analyst",
    "a researcher"), not a role in a body ("The commission's legislative analyst",
    "head of the programme at NASA's laboratory")."""
    own = own.strip()
    m = _WHAT_THEY_ARE.fullmatch(own)
    if m is None or m.group("what").lower() not in words:
        return False
    return "’s" not in own[: m.end("what")] and "'s" not in own[: m.end("what")]


#: Roles one person holds at a time: "the spokesperson" is the last one who spoke.
_ROLES = frozenset(
    "spokesman spokeswoman spokesperson commander governor mayor minister chief director "
    "head source official".split()
)
#: How many of the latest speakers "the spokesperson" may be.
_ROLE_BACK = 12


def latest_in_role(ctx: _Context, role: str) -> tuple[str | None, str | None] | None:
    """The side of the latest speaker (of the last few) whose name holds ``role`` ("The
    spokesperson of a Ukrainian brigade ... The spokesperson added"), or None."""
    role = role.lower()
    if role not in _ROLES:
        return None
    word = re.compile(rf"\b{role}\b", re.IGNORECASE)
    recent = islice(reversed(ctx.sides.items()), _ROLE_BACK)
    return next((side for source, side in recent if word.search(source)), None)


#: The role a description before a name gives ("The governor of Darfur, Minni Arko
#: Minnawi, whose forces ...").
_ROLE_TITLES = _ROLES | frozenset(
    "leader president official representative envoy ambassador adviser advisor secretary "
    "chairman chairwoman chair".split()
)


def role_description(before: str) -> bool:
    """Whether the words in apposition before a name describe a role: a short phrase
    opening with an article and naming a role in its first words ("The governor of
    Darfur"), not a clause ("A woman was stabbed near Briarcliff Road")."""
    words = before.split()
    return (
        0 < len(words) <= 8
        and words[0].lower() in ("the", "a", "an")
        and any(w.lower() in _ROLE_TITLES for w in words[1:4])
    )


#: Who installed or backs a speaker: "Russian-installed", "Moscow-backed", "appointed by
#: Russia", "movement Together with Russia", "pro-Russian": that country's side wins over
#: the place governed.
_PATRON = re.compile(
    r"\b([A-Z][\w’'-]*?)-(?:installed|backed|appointed|controlled|imposed|allied|aligned|"
    r"sponsored|supported)\b|\b(?:installed|backed|appointed|controlled|imposed)\s+by\s+"
    r"(?:the\s+)?([A-Z][\w’'-]*)|\b(?:Together|United|Union)\s+[Ww]ith\s+([A-Z][\w’'-]*)|"
    r"\b([A-Z][\w’'-]*)\s+(?:installed|appointed)\b|"  # "the governor Moscow installed in"
    r"\b[Pp]ro-([A-Z][\w’'-]*)"  # "the region's pro-Russian administration"
)


def patron(ctx: _Context, phrase: str) -> str | None:
    """The country code of who installed or backs the speaker, when the phrase says."""
    m = _PATRON.search(phrase)
    if m is None:
        return None
    word = next(g for g in m.groups() if g).lower()
    return (
        lx.DEMONYMS.get(word)
        or _CAPITALS.get(word)
        or next((cc for cc, name in ctx.country_names.items() if name.lower() == word), None)
    )


#: Capitals that stand for their governments in "Moscow-installed", "Kyiv-backed".
_CAPITALS = {w: cc for cc, ws in (("RU", "moscow kremlin"), ("UA", "kyiv kiev"),
             ("IR", "tehran"), ("US", "washington"), ("IL", "jerusalem"),
             ("TR", "ankara"), ("CN", "beijing"), ("RW", "kigali"), ("AE", "abu-dhabi"))
             for w in ws.split()}  # fmt: skip


def is_capital(name: str) -> bool:
    """Whether ``name`` is a capital that often stands for its government ("Moscow")."""
    return name.lower() in _CAPITALS


#: A speaker named by role alone: "the head of the Kharkiv regional administration",
#: "the governor", "The official", "the spokesman".
_BY_ROLE = re.compile(
    r"(?i:the)\s+(?:[\w’'-]+\s+){0,2}?(?:" + "|".join(sorted(_ROLE_TITLES)) + r")\b"
    r"(?:\s+(?:of|for|at|in)\s.*)?$",
    re.DOTALL,
)


def same_speaker_again(
    source: str | None, kind: str, descriptor: str, prev_source: str | None, prev_kind: str
) -> bool:
    """Whether a speaker of unknown side is the one of the claim just before (in the
    sentence before), named the other way: a name with no description after a role
    with no name ("..., the head of the regional administration said. Oleh Syniehubov
    wrote ..."), or a role after a name ("Volodymyr Tymoshko said ... The official also
    said ...")."""
    if source is None or prev_source is None:
        return False
    if kind == "person" and not descriptor and prev_kind != "person":
        return _BY_ROLE.match(prev_source) is not None
    return prev_kind == "person" and _BY_ROLE.match(source) is not None
