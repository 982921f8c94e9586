"""Metonymy: toponyms that name a government or its people, not a location.

"Moscow said", "Kyiv denied", "Washington paused the shipment", "Beijing's
position": the capital or country speaks or acts as a state; no claim is about
the place. :func:`mark_metonymy` sets :attr:`~geo.model.Toponym.metonymic` on
such toponyms (records are frozen: it returns new ones, same order, so indexes
into the list stay valid). Claims leave metonymic toponyms out of their places;
the speaker's side still reads them ("Kyiv denied" -> UA).

A toponym is metonymic when the words around it make it a political actor:

1. **The subject of a verb of speech or decision**: "Moscow said", "Kyiv on
   Friday denied", "Washington has paused", "Moscow and Kyiv accused each
   other", "Beijing, which ..., said" is not recognised (the relative clause hides
   the verb).
2. **A possessive before a noun of policy or state**: "Beijing's position",
   "Moscow's response", "Russia's defence ministry", "Ukraine's General Staff",
   "Kyiv's forces", "in Russia's war". A *country* is also the state when it is
   the subject of a military or state action: "Russia launched 400 drones",
   "Turkey has shelled a city" (a city there would be a location: "Kharkiv was
   shelled").
3. **A compound naming who installed, backed or controls something**:
   "Moscow-installed officials", "Kremlin-backed" (no toponym), "Kyiv-controlled
   territory". The place in such an adjective names its government, so it is
   metonymic; "Kyiv-based analysts" (located there) is not.  So does a flag state
   ("a Panama-flagged tanker", "sailing under the flag of Liberia"): a registry, not
   where the ship is.
4. **The agent or object of a political verb**: "officials installed by Russia",
   "accused Kyiv of", "urged Washington to", "talks with Moscow", "pressure on Kyiv":
   a government is named by its country or its seat (a national capital, when the
   caller says which places are: ``seats``); any other town there is the place the
   verb is aimed at ("keep up pressure on Pokrovsk and Myrnohrad").

5. **A place inside an organisation's name**: "Bank of America", "the University
   of Michigan", "the Church of England", "The New York Times", "Texas Instruments":
   the place names the body, not a location the text speaks of; a country before a
   body of its state ("UK Maritime Trade Operations", "US Central Command"); a club's city
   ("Real Madrid", "Dynamo Kyiv", "Toronto FC": :mod:`geo.text.clubs`).

Whatever is not caught stays literal (the default): "in Kyiv", "Kyiv was
shelled", "Russian forces advanced on Kharkiv". Cost: one anchored regular
expression match on each side of each toponym, linear in the text.

Examples
--------
>>> from geo.model import Place, Toponym
>>> def top(text, name, kind, cc):
...     at = text.index(name)
...     return Toponym(at, at + len(name), name, Place(1, name, kind, cc, 0.0, 0.0))
>>> text = "Moscow said the talks in Istanbul would resume; Kyiv's position is unchanged."
>>> tops = [top(text, "Moscow", "place", "RU"), top(text, "Istanbul", "place", "TR"),
...         top(text, "Kyiv", "place", "UA")]
>>> [(t.text, t.metonymic) for t in mark_metonymy(text, tops)]
[('Moscow', True), ('Istanbul', False), ('Kyiv', True)]
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Sequence
from dataclasses import replace

from ..gazetteer.index import Gazetteer
from ..model import Toponym
from .agents import names_an_agent
from .airlines import is_airline
from .candidates import is_capital
from .clubs import club_city
from .fold import FoldedPattern, folded
from .left_places import LEAVING
from .office_titles import office_places
from .people import ORGANISATION_OF
from .tokens import Mention

__all__ = [
    "is_metonymic",
    "mark_actors",
    "mark_metonymy",
    "names_an_actor",
    "seats_of_government",
]

_SPEECH_VERBS = (
    r"said|says|say|stated|states|claimed|claims|announced|announces|denied|denies|deny|"
    r"rejected|rejects|dismissed|dismisses|accused|accuses|warned|warns|insisted|insists|"
    r"confirmed|confirms|acknowledged|acknowledges|admitted|admits|responded|responds|replied|"
    r"retorted|countered|condemned|condemns|criticised|criticized|blamed|blames|urged|urges|"
    r"demanded|demands|called|calls|vowed|vows|pledged|pledges|promised|promises|threatened|"
    r"threatens|agreed|agrees|refused|refuses|declined|declines|approved|approves|signed|"
    r"signs|paused|pauses|halted|halts|suspended|suspends|resumed|resumes|imposed|imposes|"
    r"sanctioned|sanctions|expelled|expels|recalled|recalls|summoned|summons|protested|"
    r"protests|welcomed|welcomes|offered|offers|proposed|proposes|ordered|orders|decided|"
    r"decides|announce|believes|believe|argued|argues|maintained|maintains|hopes|hoped|"
    r"wants|wanted|sought|seeks|retaliated|retaliates|reported|reports|estimated|estimates|"
    r"commented|has\s+not\s+commented|declined\s+to\s+comment|did\s+not\s+comment|"
    r"hit\s+back|pushed\s+back|backed|backs|supports|supported|opposes|opposed|sent|sends|"
    r"delivered|delivers|pledged|supplied|supplies|recognised|recognized|recognises|recognizes|"
    r"disputed|disputes|dispute|contested|contests|refuted|refutes|block|blocked|veto|vetoed|"
    r"vetoes"  # a reaction: "Kyiv disputed the claim", "Budapest would block the package"
)
#: After the toponym: optional adverbs, auxiliaries, a day, then a verb of speech/decision.
_SUBJECT_OF = re.compile(
    r"(?:\s+and\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)?"  # "Moscow and Kyiv accused"
    r"(?:\s*,\s*(?:too|however|meanwhile|in\s+turn)\s*,)?"
    r"(?:\s+(?:has|have|had|did|does|do|would|will|could|also|again|later|earlier|then|now|"
    r"quickly|swiftly|publicly|officially|immediately|repeatedly|previously|already|long|"
    r"itself|yet|not|never|[a-z]+ly|on\s+(?:Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday)|this\s+week|last\s+week|on\s+\w+\s+\d{1,2}))*"
    rf"\s+(?i:{_SPEECH_VERBS})\b"  # any case: "Moscow Says" in a headline
)
#: A country acts as a state: its army, its government ("Russia launched 400 drones").
_STATE_ACTIONS = (
    r"shelled|shells|fired|fires|struck|strikes|attacked|attacks|launched|launches|invaded|"
    r"invades|bombed|bombs|deployed|deploys|seized|seizes|captured|captures|annexed|annexes|"
    r"occupied|occupies|withdrew|withdraws|retreated|mobilised|mobilized|mobilises|mobilizes|"
    r"recruited|downed|intercepted|intercepts|repelled|repels|targeted|targets|hit|hits|"
    r"closed|closes|reopened|reopens|banned|bans|blocked|blocks|evacuated|evacuates|"
    r"handed|hands|returned|returns|exchanged|exchanges|received|receives|lost|loses|"
    r"violated|violates|tested|tests|built|builds|massed|masses|moved|moves|shot|resisted|"
    r"resists|accepted|accepts|rejected|rejects|agreed|agrees|refused|refuses|insisted|"
    r"transferred|transfers|offered|offers|demanded|demands|repatriated|repatriates|released|"
    r"releases|freed|frees|detained|detains|arrested|arrests|expelled|expels|"
    r"advanced|advances|pushed|pushes|gained|gains|took|takes|retook|recaptured|stormed|"
    r"storms|pounded|pounds|overran|encircled|encircles|surrounded|surrounds|liberated"
)
_COUNTRY_SUBJECT_OF = re.compile(
    r"(?:\s+(?:has|have|had|did|does|also|again|later|earlier|then|now|reportedly|"
    r"allegedly|already|[a-z]+ly|on\s+\w+day))*"
    rf"\s+(?:{_STATE_ACTIONS})\b"
)
_STATE_NOUNS = (
    r"position|positions|stance|response|reaction|decision|decisions|policy|policies|demand|"
    r"demands|offer|offers|proposal|proposals|plan|plans|support|backing|refusal|approval|"
    r"claim|claims|accusation|accusations|denial|statement|statements|warning|warnings|"
    r"envoy|envoys|ambassador|ambassadors|delegation|negotiators?|officials?|government|"
    r"leadership|leaders?|president|prime\s+minister|ministers?|ministry|ministries|military|"
    r"army|armed\s+forces|forces|troops|navy|air\s+force|general\s+staff|security\s+services?|"
    r"intelligence|allies|partners|sanctions|foreign|defen[cs]e|war|invasion|aggression|"
    r"regime|authorities|administration|parliament|diplomats?|spokesman|spokeswoman|"
    r"spokesperson|state\s+media|propaganda|strikes?|attacks?|offensive|drones?|missiles?|"
    r"commanders?|soldiers|units|brigades?|interior|security|embassy|consulate|mission|"
    r"team|side|representatives?|losses|casualties|dead|counteroffensive|incursion|"
    r"economy|budget|stance|objectives|aims|goals|conditions|terms|red\s+lines?"
)
#: After the toponym: "'s" (possessive), up to two modifiers, a noun of state or policy.
_POSSESSIVE_OF = re.compile(
    rf"[’']s\s+(?:[\w-]+\s+){{0,2}}?(?:{_STATE_NOUNS})\b",
    re.IGNORECASE,
)
#: Right after the toponym: "-installed", "-backed", "-controlled", ...
_COMPOUND = re.compile(
    r"[-‐](?:installed|appointed|backed|supported|sponsored|funded|armed|controlled|held|"
    r"run|led|allied|aligned|friendly|imposed|annexed|occupied|ordered|brokered|mediated|"
    r"engineered|orchestrated|flagged)\b",
    re.IGNORECASE,
)
#: Before the toponym: the agent of "installed by", the object of political verbs.
_AGENT_OR_OBJECT = re.compile(
    r"\b(?:(?:installed|appointed|backed|supported|sponsored|funded|armed|controlled|run|led|"
    r"annexed|occupied|recognised|recognized|sanctioned|ordered|imposed|brokered|mediated)\s+by|"
    r"(?:accused|accuses|accusing|urged|urges|urging|pressed|presses|pressing|blamed|blames|"
    r"blaming|warned|warns|criticised|criticized|condemned|condemns|sanctioned|told|asked|"
    r"called\s+on|calls\s+on|appealed\s+to|talks\s+with|negotiations\s+with|ties\s+with|"
    r"relations\s+with|deal\s+with|agreement\s+with|dialogue\s+with|pressure\s+on|"
    r"ordered|forced|allowed|persuaded|convinced|"
    r"sanctions\s+on|sanctions\s+against|support\s+for|aid\s+to|weapons\s+to|arms\s+to|"
    r"(?:acceptance|approval|consent|permission|recognition|rejection)\s+(?:by|of|from)))\s+$",
    re.IGNORECASE,
)
#: Before the toponym: words that make it a location ("in Kyiv said", "fleeing Kyiv said",
#: "and nearby Bilozerka said").
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|at|near|from|to|into|over|across|outside|around|inside|towards?|toward|"
    r"of|on|off|beyond|between|within|through|via|north|south|east|west|nearby|"
    r"neighbouring|neighboring|" + LEAVING + r")\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
#: Before the toponym: the head of an organisation's name, "Bank of", "University of".
_ORGANISATION_OF = re.compile(
    r"\b(?:" + "|".join(sorted(w.capitalize() for w in ORGANISATION_OF)) + r")\s+of\s+(?:the\s+)?$"
)
#: After the toponym: the rest of an organisation's name ("The New York Times", "Texas
#: Instruments", "Manchester United").
_ORGANISATION_AFTER = re.compile(
    r"\s+(?:Times|Post|Globe|Herald|Tribune|Journal|Gazette|Chronicle|Courier|Examiner|"
    r"Instruments|Airlines|Airways|United|Rangers|Symphony|Philharmonic|Stock\s+Exchange)\b"
)
#: After a country's name: a body of its state named by up to three capitalised words
#: and a head ("UK Maritime Trade Operations", "US Central Command", "UK Ministry of",
#: "the US Geological Survey", "the US Army Corps of Engineers").
_COUNTRY_BODY = re.compile(
    r"(?:\s+[A-Z][\w’'-]*){0,3}?\s+(?:Operations|Command|Ministry|Department|Agency|"
    r"Office|Service|Services|Council|Centre|Center|Authority|Forces|Guard|Embassy|Mission|"
    r"Commission|Army|Navy|Marines|Coastguard|Survey|Bureau|Administration|Institute|Corps|"
    r"Directorate)\b"
)
#: After any place's name: a civil body's name of up to three capitalised words and a
#: head ("the Sudan Doctors Network", "the Kharkiv Human Rights Protection Group").
_CIVIL_BODY = re.compile(
    r"(?:\s+[A-Z][\w’'-]*){0,3}?\s+(?:Network|Association|(?<!La )Union|Foundation|Committee|"
    r"Society|Project|Group|Coalition|Alliance|Federation|Forum|Observatory|Syndicate)\b"
)
#: Before a country: its flag as a ship's registry ("sailing under the flag of Panama").
_FLAG_OF = re.compile(r"\bflags?\s+of\s+(?:the\s+)?$", re.IGNORECASE)
#: Before the toponym: names after a locative word ("in Taungoo and ", "near Izium, Lyman or ",
#: "Residents of Sderot and "), or after "to" closed by "and"/"or" ("fled to Dikwa and "; not
#: "According to the Air Force, "): the toponym is listed with them, a location as they are.
_LISTED_AFTER_LOCATIVE = re.compile(
    r"\b(?:in|at|near|from|outside|around|across|of)\s+(?:the\s+)?"
    r"(?:[A-Z][\w’'-]*(?:[ -][A-Z][\w’'-]*)?(?:\s*,\s*|\s+and\s+|\s+or\s+|,\s+and\s+))+$"
    r"|\b(?<!ccording\s)(?:to|into|towards?)\s+(?:[A-Z][\w’'-]*(?:[ -][A-Z][\w’'-]*)?\s*,\s*)*"
    r"[A-Z][\w’'-]*(?:[ -][A-Z][\w’'-]*)?,?\s+(?:and|or)\s+$"
)
_LOOK_BEHIND = 40  # characters read before a toponym
_FAST_AGENT_OR_OBJECT = FoldedPattern(_AGENT_OR_OBJECT.pattern, _AGENT_OR_OBJECT.flags)
_FAST_LOCATIVE_BEFORE = FoldedPattern(_LOCATIVE_BEFORE.pattern, _LOCATIVE_BEFORE.flags)
#: The last word of every ``_AGENT_OR_OBJECT`` match, and of every ``_LOCATIVE_BEFORE``
#: one (lower case): a window that ends with none is never searched (same answers).
_AGENT_LAST = tuple(
    (
        "by of from on to with for against accused accuses accusing urged urges urging pressed "
        "presses pressing blamed blames blaming warned warns criticised criticized condemned "
        "condemns sanctioned told asked ordered forced allowed persuaded convinced"
    ).split()
)
_LOCATIVE_LAST = tuple(
    (
        "the in at near from to into over across outside around inside towards toward of on "
        "off beyond between within through via north south east west nearby neighbouring "
        "neighboring " + LEAVING.replace("|", " ")
    ).split()
)


def is_metonymic(text: str, toponym: Toponym, *, seats: Collection[int] | None = None) -> bool:
    """Whether the toponym at ``toponym.start:toponym.end`` names a government or its people.

    See the module docstring for the rule. Only countries, first-level regions
    and populated places (capitals and cities that speak) can be metonymic;
    a toponym with no resolved place is left literal.  ``seats`` holds the
    GeoNames ids of the seats of government (national capitals) among the places:
    only those, and countries, are the object of a political verb as a government
    ("pressure on Kyiv"; not "pressure on Pokrovsk"); ``None``: any place may be.
    """
    place = toponym.place
    if place is None or place.kind not in ("country", "place", "admin1"):
        return False
    country = place.kind == "country"
    seat = country or seats is None or place.geonameid in seats
    if _CIVIL_BODY.match(text, toponym.end):  # "the Sudan Doctors Network": a body's name
        return True  # (no actor: the place still says where the text is)
    return names_an_actor(text, toponym.start, toponym.end, country=country, seat=seat)


@functools.lru_cache(maxsize=4096)
def names_an_actor(text: str, s: int, e: int, *, country: bool, seat: bool = True) -> bool:
    """Whether the name at ``text[s:e]`` names a government or its people (the rule of
    :func:`is_metonymic`, for a name whose place is a country when ``country``, a
    country or a seat of government when ``seat``). Memoised (the resolution asks it of
    a country's names, then the metonymy marks)."""
    before = text[max(0, s - _LOOK_BEHIND) : s]
    # The case-insensitive look-behinds run case-sensitively on the folded copy (same
    # answer, :mod:`geo.text.fold`).
    low_before = folded(text)[max(0, s - _LOOK_BEHIND) : s]
    if _COMPOUND.match(text, e) or (
        country and low_before.rstrip().endswith(("of", "the")) and _FLAG_OF.search(before)
    ):
        return True  # "Moscow-installed", "Panama-flagged", "the flag of Panama"
    if (
        (before.rstrip().endswith(("of", "the")) and _ORGANISATION_OF.search(before))
        or _ORGANISATION_AFTER.match(text, e)
        or is_airline(text, s, e)
    ):
        return True  # "Bank of America", "The New York Times", "Air India": a body's name
    if club_city(text, s, e):
        return True  # "Real Madrid", "Toronto FC", "Manchester City's coach": a club's name
    if names_an_agent(text, s, e):
        return True  # "the Kyiv Independent", "the Kiev regime", "the city Moscow captured"
    if country and _COUNTRY_BODY.match(text, e):
        return True  # "UK Maritime Trade Operations said": a body of the state
    last = low_before.rstrip()  # the last word of every match of the two below ends it
    if seat and last.endswith(_AGENT_LAST) and _FAST_AGENT_OR_OBJECT.fast.search(low_before):
        return True  # "accused Kyiv of", "pressure on Moscow" (a town there is a place)
    if before.endswith(("-", "‐")) or text[e : e + 1] in ("-", "‐"):
        return False  # part of a compound: "Kyiv-based", "pro-Moscow" (not a dateline's
        # dash: "DONETSK, Ukraine (Reuters) - Russia said")
    if _POSSESSIVE_OF.match(text, e):
        return True
    if (last.endswith(_LOCATIVE_LAST) and _FAST_LOCATIVE_BEFORE.fast.search(low_before)) or (
        _LISTED_AFTER_LOCATIVE.search(before)
    ):
        return False  # "in Kyiv said"; "Residents in Taungoo and Pyinmana said"
    if _preceded_by_name(before):
        return False  # "Radio Free Moscow said": part of a longer name
    if _SUBJECT_OF.match(text, e):
        return True
    return country and bool(_COUNTRY_SUBJECT_OF.match(text, e))


def mark_actors(text: str, gaz: Gazetteer, mentions: list[Mention]) -> None:
    """Set :attr:`Mention.actor` on the names of countries and national capitals named
    as a state acting (:func:`names_an_actor`: "Russia said", "Russia's Defense
    Ministry", "Moscow said"): where a government speaks or acts is no evidence of
    where its words place things ("Russia said it had captured Pokrovsk": Donetsk
    Oblast's, not Yakutia's; "Moscow said its forces had taken Petropavlovka": the
    village by Kupiansk, not a hamlet outside Moscow).  A capital is judged by its
    name's first candidate (GeoNames' capital of its country)."""
    for m in mentions:
        top = m.candidates[0].record if m.candidates else None
        if top is None:
            continue
        country = gaz.kind(top) == "country"
        # ``seat`` given as ``is_metonymic`` gives it: the memo's key holds the keywords
        # as written, and a call without it never met the metonymy marks' answers.
        if (country or is_capital(gaz, top)) and names_an_actor(
            text, m.start, m.end, country=country, seat=True
        ):
            m.actor = True


def mark_metonymy(
    text: str, toponyms: Sequence[Toponym], *, seats: Collection[int] | None = None
) -> tuple[Toponym, ...]:
    """The toponyms with ``metonymic`` set where they name a government (same order).

    Parameters
    ----------
    text : str
        The analysed text (toponym offsets index it).
    toponyms : sequence of Toponym
        As found by :func:`geo.text.geoparse.geoparse`.
    seats : collection of int, optional
        GeoNames ids of the seats of government (national capitals) among the
        places (:func:`seats_of_government`); ``None``: any place may be one.

    Returns
    -------
    tuple of Toponym
        New records for the metonymic ones (``dataclasses.replace``), the same
        objects otherwise.
    """
    located, titled = _contained(text, toponyms), office_places(text, toponyms)
    return tuple(
        replace(t, metonymic=True, cue="club")
        if t.cue == "club" or (t.place is not None and club_city(text, t.start, t.end))
        else replace(t, metonymic=True)  # (a governor's region: geo.text.office_titles)
        if not t.metonymic
        and k not in located
        and (k in titled or is_metonymic(text, t, seats=seats))
        else t
        for k, t in enumerate(toponyms)
    )


def _contained(text: str, toponyms: Sequence[Toponym]) -> frozenset[int]:
    """The toponyms followed by their container ("aid to Kingston, Jamaica": a country or
    region of the place's own country after a comma): a location so stated, no actor."""
    out = set()
    for k in range(len(toponyms) - 1):
        t, c = toponyms[k], toponyms[k + 1]
        if (
            t.place is not None
            and c.place is not None
            and t.place.kind == "place"
            and c.place.kind in ("country", "admin1")
            and c.place.country_code == t.place.country_code
            and _COMMA.fullmatch(text, t.end, c.start)
        ):
            out.add(k)
    return frozenset(out)


_COMMA = re.compile(r",[ \t]*")


def seats_of_government(gaz: Gazetteer, toponyms: Sequence[Toponym]) -> frozenset[int]:
    """GeoNames ids of the national capitals of the countries the toponyms lie in
    (GeoNames' country information): the places that can stand for a government."""
    codes = {t.place.country_code for t in toponyms if t.place is not None}
    capitals = (gaz.capital(code) for code in sorted(codes) if code)
    return frozenset(gaz.geonameid(r) for r in capitals if r is not None)


_NAME_AT_END = re.compile(r"([A-Z][\w’'-]*)[ \t]+$")


def _preceded_by_name(before: str) -> bool:
    # (the pattern's "$" is the end, or a newline that ends ``before``)
    if not before.endswith((" ", "\t", " \n", "\t\n")):
        return False
    m = _NAME_AT_END.search(before)
    if not m:
        return False
    word = m.group(1)
    # A capitalised word right before ("Radio Free Moscow") unless it starts a sentence
    # or is a connective ("And Moscow said", "But Kyiv denied").
    return word.lower() not in ("and", "but", "while", "as", "when", "after", "meanwhile",
                                "however", "then", "so", "yet", "though", "although")  # fmt: skip
