"""Recognition, the words right around a name: what they say the name is.

Rules :func:`~geo.text.recognition.find_mentions` applies around the gazetteer name it
found, each for a kind of input users report against geoparsers:

- :func:`bracket_qualifier`: a namesake told apart by a bracket ("Frankfurt (Oder)",
  "Halle (Saale)") is one name with it;
- :func:`postal_state`: a US state's postal code or a country's ISO code right after a
  name, no comma ("Philadelphia PA", "Columbia SC", "Kyiv UA"), is the name's container;
- :func:`predicated_place`: what only a place does ("Oxford is home to", "Mobile has a
  population of") makes a word opening a sentence the place;
- :func:`not_a_place_here`: a name the words around it say is no place: a person known
  by one name (``lexicon.FAMOUS_PEOPLE``: "Napoleon had sold Louisiana"), a three-letter
  word that only another name of a place is ("Ole Miss"), a compass point in capitals
  in a bearing ("10 km NE of"), a variant, syndrome or treaty named after a place ("the
  Delta variant", "Stockholm syndrome", "the Geneva Conventions"), a country's war's
  memorial ("the Vietnam War Memorial"), a
  generic word that also names regions inside a longer capitalised name ("the Coast
  Guard", "the Maritime Security Centre"); a name inside a utility's or an armed
  group's name or a people's (:func:`named_body`: "Electricity North West said", "North
  West Water", "customers of Yorkshire Water", "the Arakan Army", "ethnic Karen
  fighters"); an everyday word right after a name, the head
  of a compound name ("Berlin Walls").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..gazetteer.codes import QUALITY_ALIAS, QUALITY_ALTERNATE
from ..gazetteer.index import Gazetteer
from . import lexicon as lx
from .candidates import MAX_CANDIDATES
from .compass_points import is_compass_point
from .containers import has_container, is_definition
from .name_context_words import body_domain, native_city, script_gloss
from .name_words import GENERIC_PLACE_WORDS, descriptor_in_name
from .respelt_openers import respelt_opening
from .saint_names import saints_epithet
from .tokens import _JOIN_GAPS, Mention, _norm, _Tokens

__all__ = [
    "bracket_qualifier",
    "named_body",
    "not_a_place_here",
    "postal_state",
    "predicated_place",
]

#: What may stand between two words of a name inside a bracket.
_NAME_GAPS = _JOIN_GAPS
#: Longest word that names a place only by another name without a cue or container.
_SHORT_OTHER_NAME = 3
#: The last word of a gazetteer's place named after the school on it (a census place).
_INSTITUTION_ENDS = (" university", " college")
#: After a name: a thing named after the place, not the place: a virus's variant ("the
#: Delta variant", "the Kent variant"), a syndrome, a vegetable ("Brussels sprouts"), a
#: treaty ("the Geneva Conventions", "the Minsk Accords", "the Kyoto Protocol").
_VARIANT_AFTER = re.compile(
    r"\s+(?:(?i:(?:sub-?)?variants?|syndrome|sprouts)|Conventions?|Accords?|Protocol)\b"
)

#: After a country's name: a memorial or museum of a war named after the country, which
#: stands elsewhere ("the Vietnam War Memorial" and "the Vietnam Veterans Memorial" are in
#: Washington): the war's name, not the place's ("the Suffolk County Veterans Memorial"
#: and a town's war memorial stand in the county and the town).
_MEMORIAL_AFTER = re.compile(
    r"\s+(?i:war\s+(?:veterans['’]?\s+)?|veterans['’]?\s+)"
    r"(?i:memorial|museum|monument|cemetery)\b"
)
#: After a name: what only a place does ("is home to", "lies on", "borders").
_PLACE_PREDICATE = re.compile(
    r"\s+(?:(?:is|was)\s+(?:home\s+to|located|situated|the\s+capital\s+of|twinned)|"
    r"lies\s+(?:on|in|at|along|between|north|south|east|west)|borders\s+[A-Z]|"
    r"has\s+a\s+population)\b"
)
_QUALIFIER = re.compile(r" \((?=[A-Z])")


def bracket_qualifier(
    text: str,
    tokens: _Tokens,
    last: int,
    key: str,
    probe: Callable[[str], tuple[bool, bool]],
) -> tuple[int, str] | None:
    """(last token, key) of the name tokens[..last] with the one or two words in brackets
    after it, when the gazetteer has that name ("Frankfurt (Oder)"); else None."""
    ends, starts, words = tokens.ends, tokens.starts, tokens.words
    end = ends[last]
    if text[end : end + 2] != " (" or not _QUALIFIER.match(text, end):  # (a slice first)
        return None
    for width in (1, 2):
        j = last + width
        if j >= len(words) or text[ends[j] : ends[j] + 1] != ")":
            continue
        if any(text[ends[k] : starts[k + 1]] not in _NAME_GAPS for k in range(last + 1, j)):
            return None
        qualified = " ".join([key, *(_norm(w) for w in words[last + 1 : j + 1])])
        if probe(qualified)[0]:
            return j, qualified
    return None


#: Before a word: a determiner or a copula ("the PA", "another PA official", "that's OK",
#: "it's also OK"), or a clock time before a time zone ("7 a.m. CT", "11:59 p.m. MT").
_DETERMINER_BEFORE = re.compile(
    r"(?<![\w-])(?i:the|a|an|another|its|their|his|her|our|is|was|are|were|be|been|s)[ \t]+"
    r"(?i:(?:also|not|still|just|totally|perfectly|really|quite)[ \t]+)?$"
    r"|(?<![\w:])(?:\d{1,2}(?::\d\d)?[ \t]*(?i:[ap]\.?m\.?)|\d{1,2}:\d\d)[ \t]+$"
)


def _code_as_word(text: str, mention: Mention, gaz: Gazetteer | None) -> bool:
    """Is the mention two capital letters, a region's postal code and no country's ("PA",
    "OK"; not "the US", "the UK"), after a determiner or a copula?  A US state's code
    names it after its town ("Erie, PA", "Erie PA") or alone in a headline ("PA
    lawmakers"); "the PA" is a body's (the Palestinian Authority), "that's OK" the word,
    "7 p.m. CT" a time zone (Central Time, not Connecticut)."""
    surface = text[mention.start : mention.end]
    if len(surface) != 2 or not surface.isupper() or mention.containers or gaz is None:
        return False
    if any(gaz.kind(c.record) == "country" for c in mention.candidates):
        return False
    before = text[max(0, mention.start - 10) : mention.start].replace("’", "'")
    return _DETERMINER_BEFORE.search(before) is not None


def postal_state(
    text: str, tokens: _Tokens, last: int, key: str, gaz: Gazetteer
) -> tuple[str, str] | None:
    """("US", admin-1 code) when the word after tokens[last], after one space, is a US
    state's two-letter postal code ("PA") and the name ``key`` has a gazetteer place in
    that state; (country code, "") when it is a country's ISO code ("Kyiv UA") and the
    name has a place in that country; else None."""
    k = last + 1
    words = tokens.words
    if k >= len(words) or len(words[k]) != 2 or not words[k].isupper():
        return None
    if text[tokens.ends[last] : tokens.starts[k]] != " ":
        return None
    states = {
        gaz.admin1(c.record)[0]
        for c in gaz.lookup_normalized(words[k].lower())[:MAX_CANDIDATES]
        if c.quality <= QUALITY_ALIAS
        and gaz.kind(c.record) == "admin1"
        and gaz.country_code(c.record) == "US"
    }
    candidates = gaz.lookup_normalized(key)[:MAX_CANDIDATES]
    if not states:
        # A country's ISO code ("Kyiv UA", "Lagos NG"), where the name has a place there.
        code = words[k]
        if gaz.has_country(code) and any(
            gaz.is_place(c.record) and gaz.country_code(c.record) == code for c in candidates
        ):
            return (code, "")
        return None
    for c in candidates:
        if gaz.is_place(c.record) and gaz.country_code(c.record) == "US":
            code = gaz.admin1(c.record)[0]
            if code in states:
                return ("US", code)
    return None


def place_predicate_at(text: str, end: int) -> bool:
    """Whether what follows ``end`` is what only a place does ("is home to", "lies on")."""
    return _PLACE_PREDICATE.match(text, end) is not None


def predicated_place(
    text: str, tokens: _Tokens, i: int, key: str, gaz: Gazetteer
) -> Mention | None:
    """The word tokens[i] (gazetteer name ``key``) as a place when what follows it is what
    only a place does ("Oxford is home to ...", "Oxford lies on the Thames"); else None.
    Said of a word that opens a sentence, where an everyday-ranked name is otherwise read
    as the word."""
    if not place_predicate_at(text, tokens.ends[i]):
        return None
    candidates = gaz.lookup_normalized(key)[:MAX_CANDIDATES]
    if not any(gaz.kind(c.record) != "other" for c in candidates):
        return None
    return Mention(tokens.starts[i], tokens.ends[i], key, i, i, candidates=candidates)


#: Before a name: the head of a utility's name ("Electricity North West").
_UTILITY_BEFORE = re.compile(r"\b(?:Electricity|Gas|Water|Telecom)[ \t]$")
#: After a name: the rest of a utility's name speaking or owning ("Yorkshire Water said",
#: "UK Power Networks' engineers", "Northern Powergrid's"); not a body of water named so
#: ("Southampton Water") nor a company's longer name ("Kansas Gas & Electric").
_UTILITY_AFTER = re.compile(
    r"[ \t](?:Water|Electricity|Gas|Powergrid|Power\s+Networks|Telecom)"
    r"(?:[’']s?\b|[ \t]+(?:said|says|told|warned|confirmed|announced|apologi[sz]ed|"
    r"engineers|customers|spokes(?:man|woman|person))\b)"
)
#: After a name: a company's head word, which with a compass point's or the centre's name
#: before it is a utility's or a carrier's name ("North West Water", "South Western
#: Railway", "Central Trains"): no region, least of all Botswana's North-West.
_COMPANY_HEAD_AFTER = re.compile(
    r"[ \t](?:Water|Gas|Electricity|Electric|Power|Energy|Utilities|Telecom|Trains|"
    r"Railways?|Airlines|Airways|Buses)\b"
)
#: The words of a compass point's or the centre's name ("North West", "Southern").
_COMPASS_WORDS = frozenset(
    "north south east west northern southern eastern western central mid northeast "
    "northwest southeast southwest north-east north-west south-east south-west".split()
)
#: Before a name: who a utility serves or bills ("customers of Yorkshire Water").
_UTILITY_SERVED_BEFORE = re.compile(
    r"\b(?:customers|bills|households|homes|supplies|shareholders|owners?)[ \t]+(?:of|from)"
    r"[ \t]+$"
)
_UTILITY_HEAD_AFTER = re.compile(r"[ \t](?:Water|Electricity|Gas|Powergrid|Energy|Telecom)\b")
#: After a name: an armed group's name ("the Arakan Army", "the Kachin Independence Army",
#: "the Sudan Liberation Army", "the Karen National Union"): words of a movement's name,
#: then its head.
_GROUP_WORDS = (
    r"(?:[ \t](?:State|Liberation|Independence|National|Democratic|Revolutionary|Salvation|"
    r"Resistance|Defen[cs]e|Patriotic|Popular|People['’]?s?|United|Islamic|Free))"
)
_GROUP_HEAD = r"[ \t](?:Army|Front|Movement|Union|Organi[sz]ation|Alliance|Council|Forces)\b"
_GROUP_AFTER = re.compile(rf"{_GROUP_WORDS}+{_GROUP_HEAD}(?![ \t]+[A-Z])")
#: A country's name opens a group's only with a word no state's own force is named by
#: ("the Sudan Liberation Army"; not "the Israel Defense Forces").
_REBEL_WORD = re.compile(r"[ \t](?:Liberation|Independence|Revolutionary|Salvation|"
                         r"Resistance|Islamic|Democratic|Patriotic|Free)\b")  # fmt: skip
#: "Army" ending the name ("the Arakan Army said"; not "the Blue Grass Army Depot", "Ely
#: Army Cadet Force": a site or unit named after its place).
_ARMY_AFTER = re.compile(r"[ \t]Army\b(?![ \t]+[A-Z])")
#: Before a name: "ethnic" (a people named like its land: "ethnic Karen fighters").
_ETHNIC_BEFORE = re.compile(r"\b[Ee]thnic[ \t]+$")


def named_body(text: str, mention: Mention, *, country: bool) -> bool:
    """Is the mention at ``text[start:end]`` part of the name of a body or a people, no
    location: a utility ("Electricity North West said", "Yorkshire Water said"), an
    armed group ("the Arakan Army", "the Sudan Liberation Army"; a country's own army,
    "the Israel Army", only when ``country`` is false: the mention's first candidate is
    no country), a people ("ethnic Karen
    fighters")?  The body works or fights elsewhere than the region it is named after,
    and must not give a claim the side of the state that region lies in."""
    s, e = mention.start, mention.end
    before = text[max(0, s - 16) : s]
    if _UTILITY_BEFORE.search(before) or _UTILITY_AFTER.match(text, e):
        return True
    if _COMPANY_HEAD_AFTER.match(text, e) and set(mention.key.split()) <= _COMPASS_WORDS:
        return True  # "North West Water", "South Western Railway"
    if _UTILITY_SERVED_BEFORE.search(text[max(0, s - 24) : s]) and _UTILITY_HEAD_AFTER.match(
        text, e
    ):
        return True  # "customers of Yorkshire Water"
    group = _GROUP_AFTER.match(text, e)
    if group is not None and (not country or _REBEL_WORD.search(group.group())):
        return True
    if not country and _ARMY_AFTER.match(text, e):
        return True
    return mention.first == mention.last and _ETHNIC_BEFORE.search(before) is not None


#: Heads of a landmark's name written after a place's ("Berlin Walls", "Crimea Bridge").
_LANDMARK_HEADS = frozenset(
    "wall walls bridge bridges gate gates tower towers square palace palaces dam "
    "stadium arena cathedral embassy barracks".split()
)
#: A head that names a town this large is that town, not a landmark's head.
_HEAD_TOWN_POPULATION = 20_000
#: The commonest words: the language's own (articles, prepositions, "However", "Near").
_FUNCTION_TOP = 600


def _compound_head(text: str, tokens: _Tokens, mention: Mention, gaz: Gazetteer) -> bool:
    """Is the one-word mention the head of a landmark's name ("Walls", "Bridge"), written
    right after a capitalised name, one space between ("Berlin Walls", "the Crimea
    Bridge"), that names no country or region and no town of note?  It is part of the
    landmark's name, not a second place (never Berlin + Walls, Mississippi).  A name
    after a word of the language ("In Walls") stays one."""
    i = mention.first
    if i == 0 or mention.cue or mention.containers or mention.key not in _LANDMARK_HEADS:
        return False
    if not text[mention.start : mention.end].istitle():
        return False
    prev = tokens.at[i - 1]
    if not prev.capitalized or text[prev.end : mention.start] != " ":
        return False
    if any(
        gaz.kind(c.record) != "place" or gaz.population(c.record) >= _HEAD_TOWN_POPULATION
        for c in mention.candidates
    ):
        return False
    # The word before is a name, not a word of the language capitalised where it opens
    # a sentence ("In", "However").
    before = gaz.common_rank(prev.norm)
    return before is None or (before >= _FUNCTION_TOP and not prev.initial)


def not_a_place_here(
    text: str, tokens: _Tokens, mention: Mention, gaz: Gazetteer | None = None
) -> bool:
    """Do the words around an accepted mention say it is no place (see the module
    docstring)?  ``gaz`` tells a country's own army ("the Israel Army") from a group's."""
    single = mention.first == mention.last
    if (
        single
        and mention.key in lx.FAMOUS_PEOPLE
        and not mention.cue
        and not mention.containers
        and not has_container(text, mention.end)
        and not is_definition(text, mention.end)
    ):
        return True  # "Napoleon had sold Louisiana", "Confucius and Plato": the person
    if (
        single
        and len(mention.key) <= _SHORT_OTHER_NAME
        and not mention.cue
        and not mention.containers
        and mention.candidates
        and all(c.quality >= QUALITY_ALTERNATE for c in mention.candidates)
        and not native_city(text, mention, gaz)
        and not script_gloss(text, mention, gaz)  # "Aleppo (حلب)"
    ):
        # "Ole Miss": a word of three letters that only another name of a place (a
        # foreign, historical or short form: Olean's "Ole") is a place only where the
        # text says so.
        return True
    if mention.key.endswith(_INSTITUTION_ENDS) and mention.key.count(" ") >= 2:
        return True  # "Morgan State University": the school (not the town State College)
    if single and _code_as_word(text, mention, gaz):
        return True  # "the PA was worried", "that's OK": no Pennsylvania, no Oklahoma
    if is_compass_point(text, mention):
        return True  # "10 km NE of Ridgecrest": a bearing, not Nebraska
    if _VARIANT_AFTER.match(text, mention.end):
        return True  # "the Delta variant", "the Geneva Conventions": named after the place
    country = gaz is not None and any(
        gaz.kind(c.record) == "country" for c in mention.candidates[:1]
    )
    if country and _MEMORIAL_AFTER.match(text, mention.end):
        return True  # "the Vietnam War Memorial": a war's memorial, in Washington
    if named_body(text, mention, country=country):
        return True  # "Electricity North West", "the Arakan Army", "ethnic Karen fighters"
    if gaz is not None and single and _compound_head(text, tokens, mention, gaz):
        return True  # "Berlin Walls", "Kerch Bridge": the head of a name, no second place
    if gaz is not None and single and body_domain(text, mention, gaz):
        return True  # "the Chamber of Commerce", "the Division of Highways": the body's field
    if gaz is not None and respelt_opening(text, tokens, mention, gaz):
        return True  # "Hail flattened crops": the word, not Ha'il written without its mark
    if saints_epithet(text, mention):
        return True  # "the Vicariate of Sto. Tomas de Aquino": the saint, not a town
    # "the Maritime Security Centre", "the Coast Guard": a word that also names regions
    # describes the body whose name it is part of.
    return (
        single
        and mention.key in GENERIC_PLACE_WORDS
        and mention.cue != "region"
        and descriptor_in_name(text, tokens, mention.first)
    )
