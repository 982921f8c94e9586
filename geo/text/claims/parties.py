"""The speakers whose side their name settles: named parties, independents, armed groups.

Tables and patterns for rules 1 and 2 of the side rule (:mod:`geo.text.claims.sides`):
the named armed groups and state bodies with their side and party (``_PARTIES``),
the bodies, agencies, outlets and monitors that are always independent and the
generic words that are independent unless a country qualifies them, a state's
envoy to an international body, and the names of non-state armed groups
(:func:`_non_state`: "Syrian Democratic Forces", "the Arakan Army", not "the
Russian Army").
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import lexicon as lx
from .cyrillic_figures import latin_surnames
from .cyrillic_speakers import cyrillic_side, has_cyrillic
from .segmentation import dateline_span

__all__ = [
    "FIGURES",
    "_ANY_PARTY",
    "_ARMED_GROUP",
    "_ENVOY",
    "_INDEPENDENT_NAMED",
    "_INDEPENDENT_ROLES",
    "_INDEPENDENT_WORDS",
    "_PARTIES",
    "_WORD",
    "_non_state",
    "fighters_of_no_state",
    "figure_side",
    "filing_state",
    "named_party",
    "party_before",
    "told_agency_side",
]

#: A word of a speaker's phrase, apostrophes and hyphens kept.
_WORD = re.compile(r"[\w’'-]+")

#: Named parties: (pattern over the speaker's phrase, side, party).
_PARTIES: tuple[tuple[re.Pattern[str], str | None, str], ...] = tuple(
    (re.compile(rf"\b(?:{rx})\b", re.IGNORECASE), side, party)
    for rx, side, party in (
        (r"RSF|Rapid\s+Support\s+Forces?", None, "Rapid Support Forces"),
        # A state's forces take the state's name as their party, as every other state
        # body does ("the IDF" -> Israel): the army's side in Sudan's war is "Sudan".
        (r"SAF|Sudan(?:ese)?\s+Armed\s+Forces|Sudan(?:ese|[’']s)?\s+army", "SD", "Sudan"),
        (r"Houthis?|Ansar\s+Allah", None, "Houthis"),
        (r"Hamas(?:-run|-led)?", None, "Hamas"),
        (r"Hezbollah", None, "Hezbollah"),
        (r"Islamic\s+Jihad", None, "Islamic Jihad"),
        (r"JNIM|Group\s+for\s+the\s+Support\s+of\s+Islam\s+and\s+Muslims", None, "JNIM"),
        (r"M23", None, "M23"),
        # Myanmar's ethnic armed groups by their abbreviations, Haiti's gang coalition
        (r"MNDAA", None, "Myanmar National Democratic Alliance Army"),
        (r"TNLA", None, "Ta'ang National Liberation Army"),
        (r"Viv\s+Ansanm", None, "Viv Ansanm"),
        (r"ELN", None, "ELN"),  # Colombia's National Liberation Army
        # South Sudan's army by its abbreviation, and the armed opposition it fights.
        (r"SSPDF|South\s+Sudan\s+People[’']s\s+Defen[cs]e\s+Forces?", "SS", "South Sudan"),
        (r"SPLM[-\s]IO|SPLA[-\s]IO", None, "SPLM-IO"),
        # Myanmar's anti-junta militias, not the state (Uganda's army shares the words)
        (r"(?<!Uganda\s)(?<!Ugandan\s)People[’']s\s+Defen[cs]e\s+Forces?", None,
         "People's Defence Force"),
        (r"FARDC", "CD", "Democratic Republic of the Congo"),  # Congo's army, abbreviated
        # Western Sahara's independence movement and its outlets: no state's side (not
        # Algeria's, where it is based; nor Morocco's).
        (r"Polisario(?:\s+Front)?|Sahrawi\s+(?:Press\s+Service|Arab\s+Democratic\s+Republic|"
         r"People[’']s\s+Liberation\s+Army)", None, "Polisario Front"),
        (r"Taliban", "AF", "Taliban"),
        (r"Wagner", "RU", "Wagner Group"),
        # Armed groups on Ukraine's side that are no body of its state: the Crimean Tatar
        # and Russian partisan movement, Russian citizens' units under Ukraine's command.
        (r"Atesh", "UA", "Atesh"),
        (r"Freedom\s+of\s+Russia\s+Legion", "UA", "Freedom of Russia Legion"),
        (r"Russian\s+Volunteer\s+Corps|RDK", "UA", "Russian Volunteer Corps"),
        (r"Akhmat", "RU", "Russia"),  # Chechnya's units in Russia's forces
        # a brigade of Ukraine's National Guard (not the Sea of Azov, nor its coast)
        (r"Azov\s+(?:[\w-]+\s+){0,2}(?:brigade|regiment|battalion|corps)", "UA", "Ukraine"),
        (r"Tatmadaw", "MM", "Myanmar"),  # Myanmar's armed forces, by their Burmese name
        (r"(?<![’']s )State\s+Emergency\s+Service", "UA", "Ukraine"),  # Ukraine's rescuers (DSNS)
        # and their agencies: "the separatist Donetsk News Agency"
        (r"(?:Donetsk|Luhansk|Lugansk)\s+People[’']s\s+Republic|DPR|LPR|DNR|LNR|"
         r"Donetsk\s+News\s+Agency|Lugansk\s+Information\s+Cent(?:er|re)", "RU", "Russia"),
        (r"Kremlin|Rosgvardia|Roscosmos|Rosatom|FSB|GRU", "RU", "Russia"),
        (r"IDF|Israel\s+Defen[cs]e\s+Forces", "IL", "Israel"),
        # Israel's defence body over the crossings and aid to Gaza and the West Bank
        (r"COGAT|Coordination\s+of\s+Government\s+Activities\s+in\s+the\s+Territories", "IL",
         "Israel"),
        (r"SBU|HUR|Verkhovna\s+Rada|Ukrinform|Suspilne|Energoatom|Ukrenergo|Naftogaz", "UA",
         "Ukraine"),
        # the Armed Forces of Ukraine as Russian copy abbreviates them: "channels of the AFU"
        (r"AFU|ZSU|VSU|Armed\s+Forces\s+of\s+Ukraine", "UA", "Ukraine"),
        # Ukraine's wartime regional and city governments (the Russian-installed ones are
        # "military-civilian administrations"): "regional military administrations said"
        (r"(?<!installed\s)(?<!appointed\s)(?:regional|oblast|city|district)\s+military\s+"
         r"administrations?", "UA", "Ukraine"),
        # the National Security Council's centre: "Andriy Kovalenko, head of the Centre ..."
        (r"Cent(?:re|er)\s+for\s+Countering\s+Disinformation", "UA", "Ukraine"),
        # Kyiv's command in Donbas in 2014-2018 wire copy: "the ATO headquarters said"
        (r"ATO(?:\s+(?:headquarters|HQ|press\s+(?:centre|center|service)))?|"
         r"Anti-Terrorist\s+Operation|JFO|Joint\s+Forces\s+Operation", "UA", "Ukraine"),
        # Britain's Defence Intelligence (not Ukraine's, nor the U.S. Defense Intelligence
        # Agency).
        (r"(?:Ukraine[’']s|Ukrainian)\s+(?:[Mm]ilitary\s+)?Defen[cs]e\s+Intelligence", "UA",
         "Ukraine"),
        (r"Defence\s+Intelligence(?!\s+(?:Agency|of\s+Ukraine))|DefenceHQ", "GB",
         "United Kingdom"),  # and the Ministry of Defence's account on X, "@DefenceHQ"
        (r"Gazprom|Rosenergoatom", "RU", "Russia"),
        # Groups of forces: Ukraine's operational-strategic groups ("the Khortytsia group
        # of forces", "Tavria"; "Dnipro" in Ukrainian spelling), Russia's groupings
        # ("the Dnepr group", "Battlegroup Center", "the Vostok group of forces").
        (r"(?:Khortytsi?a|Khortytsya|Tavri[iy]?a|Odesa|Dnipro)\s+(?:operational[-\s]"
         r"(?:strategic|tactical)\s+)?group(?:\s+of\s+(?:forces|troops))?|"
         r"(?:Luhansk|Donetsk|Siversk|Kharkiv|Kramatorsk|Soledar)\s+operational[-\s]tactical\s+"
         r"group|"
         r"Southern\s+Defen[cs]e\s+Forces|Defen[cs]e\s+Forces\s+of\s+(?:the\s+)?South", "UA",
         "Ukraine"),
        (r"(?:Dnepr|Dnieper|Vostok|Zapad|Yug|Tsentr|Sever|Center|Centre|East|West|South|North)"
         r"(?:\s+\(\w+\))?\s+(?:group|grouping)\s+of\s+(?:forces|troops)|(?:Dnepr|Vostok|Zapad|"
         r"Yug|Tsentr|Sever)\s+group|Battle\s?group\s+(?:Dnepr|Dnieper|Vostok|Zapad|Yug|Tsentr|"
         r"Sever|Center|Centre|East|West|South|North)|(?:Dnepr|Dnieper|Vostok|Zapad|Yug|Tsentr|"
         r"Sever|Center|Centre)\s+battle\s?group", "RU", "Russia"),
        (r"Pentagon|White\s+House|State\s+Department", "US", "United States"),
        (r"UKMTO|(?:United\s+Kingdom|U\.?K\.?)\s+Maritime\s+Trade\s+Operations", "GB",
         "United Kingdom"),
        (r"TASS|RIA(?:\s+Novosti)?|Interfax|Rossiya(?:[-\s](?:1|24))?|Zvezda|Izvestia|"
         r"Sputnik|(?-i:RT)", "RU", "Russia"),
    )
)  # fmt: skip
#: Public figures of the wars the claims stage meets whom copy names without a title
#: or country ("Zelenskyy said", "Putin told Erdogan"), by surname (lower case, without
#: "al-"): (side, party; None: the country's name). Only surnames that name nobody
#: else in such copy: occupation officials whose region would tell the wrong side
#: ("Kherson governor Vladimir Saldo" speaks for Russia), leaders, spokespeople.
FIGURES: dict[str, tuple[str | None, str | None]] = {
    **dict.fromkeys(
        """putin peskov lavrov shoigu belousov gerasimov zakharova medvedev medinsky ushakov
        nebenzia konashenkov balitsky saldo pushilin pasechnik gladkov khinshtein bogomaz
        sobyanin kadyrov""".split(),
        ("RU", None),
    ),
    **dict.fromkeys(
        """zelensky zelenskyy zelenskiy zelenskyi yermak sybiha kuleba syrskyi umerov shmyhal
        svyrydenko budanov klitschko lubinets ihnat pletenchuk syniehubov prokudin
        tarnavskyi""".split(),
        ("UA", None),
    ),
    **dict.fromkeys("netanyahu gallant herzog halevi hagari defrin".split(), ("IL", None)),
    # heads of state and government, foreign and defence ministers, named without their
    # country ("Prime Minister Donald Tusk said"): only surnames no common word or given
    # name shares
    **{name: (code, None) for code, names in (
        ("PL", "tusk duda nawrocki sikorski kosiniak-kamysz"),
        ("US", "trump rubio hegseth vance witkoff leavitt"), ("GB", "starmer lammy healey"),
        ("FR", "macron barrot lecornu"), ("DE", "merz scholz pistorius wadephul"),
        ("TR", "erdogan erdoğan fidan"), ("HU", "orban orbán szijjarto szijjártó"),
        ("SK", "fico"), ("IN", "modi jaishankar"), ("IR", "khamenei araghchi pezeshkian"),
        ("FI", "stubb"), ("DK", "frederiksen"), ("MD", "sandu"), ("AM", "pashinyan"),
        ("AZ", "aliyev"), ("VE", "maduro"), ("CO", "petro"), ("JM", "holness"),
        ("IT", "meloni"), ("JP", "ishiba takaichi"), ("CN", "jinping"), ("LT", "nauseda"),
        ("LV", "rinkevics"), ("CZ", "babis"),
    ) for name in names.split()},
    **dict.fromkeys("burhan".split(), ("SD", None)),
    **dict.fromkeys("lukashenko".split(), ("BY", None)),
    **dict.fromkeys("prigozhin".split(), ("RU", "Wagner Group")),
    **dict.fromkeys("dagalo hemedti".split(), (None, "Rapid Support Forces")),
    **dict.fromkeys("sinwar haniyeh".split(), (None, "Hamas")),
    **dict.fromkeys("nasrallah".split(), (None, "Hezbollah")),
    **dict.fromkeys("saree".split(), (None, "Houthis")),
}


def figure_side(source: str) -> tuple[str | None, str | None] | None:
    """(side, party) of a speaker named by a figure's name (:data:`FIGURES`): the last
    word of ``source`` ("Vladimir Putin", "Zelenskyy", "Abdel Fattah al-Burhan"); party
    None for a state (the caller names it). None when the name is no figure's."""
    words = source.split()
    last = words[-1].removeprefix("al-").removeprefix("el-") if words else ""
    if not last[:1].isupper():
        return None  # "the figures", "al-"
    last = last.lower().removesuffix("’s").removesuffix("'s")
    # "Зеленський said": its Latin spellings
    return next(filter(None, map(FIGURES.get, [last, *latin_surnames(last)])), None)


def owned_figure(phrase: str) -> tuple[str | None, str | None] | None:
    """(side, party) of a body a public figure owns ("Alexander Lukashenko's government",
    "Putin's spokesman"): the figure's (:func:`figure_side`), or None."""
    owner = _FIGURE_OWNER.search(phrase)
    return figure_side(owner.group(1)) if owner is not None else None


#: A capitalised owner in a speaker's phrase: "Lukashenko's".
_FIGURE_OWNER = re.compile(r"\b([A-Z][\w-]+)[’']s\s")


#: Any of the named parties: phrases without one skip the table (same answers).
_ANY_PARTY = re.compile("|".join(rx.pattern for rx, _, _ in _PARTIES), re.IGNORECASE)


@lru_cache(maxsize=4096)
def named_party(words: str) -> tuple[str | None, str] | None:
    """(side, party) of the first :data:`_PARTIES` entry that ``words`` name, or None.

    Remembered by the words (the same speaker phrases come back sentence after sentence):
    the union pattern is searched once a phrase.

    >>> named_party("the Rapid Support Forces"), named_party("the army")
    ((None, 'Rapid Support Forces'), None)
    """
    if _ANY_PARTY.search(words):
        for rx, side, party in _PARTIES:
            if rx.search(words):
                return side, party
    if has_cyrillic(words, 0, len(words)) and (side := cyrillic_side(words, "")) is not None:
        return side, {"RU": "Russia", "UA": "Ukraine"}[side]  # "повідомив Генштаб ЗСУ"
    return None
#: Always independent: international bodies, agencies and outlets, monitors by name.
_INDEPENDENT_NAMED = re.compile(
    r"(?:\bU\.N\.(?!\w)|\b(?:UN|United\s+Nations|UN(?:ICEF|HCR|RWA|DP|FPA|ESCO|IFIL|MISS|AMA|OPS|MAS|OCHA|EP|AIDS|SC|GA|HRC|TSO|DOF|SMIL|AMID|ITAMS)|OHCHR|OCHA|WHO|WFP|IAEA|OSCE|ICRC|MONUSCO|"
    r"Red\s+Cross|Red\s+Crescent|MSF|Doctors\s+Without\s+Borders|Amnesty(?:\s+International)?|"
    r"M[ée]decins\s+Sans\s+Fronti[èe]res|Save\s+the\s+Children|Norwegian\s+Refugee\s+Council|"
    r"(?i:(?:a|an|the)\s+(?:[\w-]+\s+)?(?:human\s+)?rights\s+(?:group|organi[sz]ation|monitor))|"
    r"Axios|(?:Health|Protection|Shelter|Logistics|Education|Nutrition|WASH|Food\s+Security)"
    r"\s+Cluster|"
    r"Human\s+Rights\s+Watch|ISW|Institute\s+for\s+the\s+Study\s+of\s+War|ACLED|Airwars|"
    r"Bellingcat|DeepState|Oryx|Reuters|Associated\s+Press|AP|AFP|Agence\s+France-Presse|"
    r"Syrian\s+Observatory(?:\s+for\s+Human\s+Rights)?|SOHR|"
    r"BBC|CNN|Al\s+Jazeera|Bloomberg|New\s+York\s+Times|Washington\s+Post|Guardian|"
    r"Financial\s+Times|Wall\s+Street\s+Journal|Kyiv\s+Independent|Meduza|Mediazona|"
    r"Kyiv\s+Post|Moscow\s+Times|"
    # a bloc's monitors placed in a country: "the European Union's monitoring mission in
    # Armenia" (independent, not the host's)
    r"(?:EU|European\s+Union)(?:[’']s)?\s+(?i:(?:(?:monitoring|observer|observation|advisory|"
    r"border\s+assistance|training|military\s+assistance)\s+)?mission)|EUMA|EUAM|EUMM|EUBAM|"
    r"Jerusalem\s+Post|Times\s+of\s+Israel|Haaretz|Sudan\s+Tribune|Radio\s+Dabanga|"
    # a newspaper by its name: a capitalised word (often a city) and a masthead noun
    r"[A-Z][\w’'-]+\s+(?:Post|Independent|Times|Tribune|Herald|Gazette|Journal|Telegraph|"
    r"Chronicle)|"
    r"this\s+(?:newspaper|outlet|publication|agency)|International\s+(?:[A-Z][\w-]*\s+){0,3}"
    r"(?:Agency|Organi[sz]ation|Committee|Court|Federation|Crisis\s+Group|Institute)|IOM|ICC|"
    r"World\s+(?:Health\s+Organi[sz]ation|Food\s+Programme|Bank))\b)"
)
#: Generic independent speakers, unless a country qualifies them.
_INDEPENDENT_WORDS = frozenset(
    """
    analyst analysts expert experts observer observers monitor monitors researcher researchers
    journalist journalists reporter reporters correspondent correspondents footage video videos
    clip clips
    images imagery satellite geolocated geolocation think-tank watchdog investigators lab
    laboratory outlet outlets newspaper newspapers photographer photographers cameraman
    cameramen videographer church churches diocese parish clergy pastor pastors priest priests
    bishop firm firms consultancy consultancies consultant consultants osint
    open-source aid humanitarian humanitarians ngo ngos charity charities
    """.split()
)

#: What an independent speaker is, in a description of them ("Rob Lee, a senior fellow
#: at the Foreign Policy Research Institute in Philadelphia": a think tank's scholar,
#: not the country of its city): the words above and academic posts.
_INDEPENDENT_ROLES = _INDEPENDENT_WORDS | frozenset(
    "fellow fellows scholar scholars professor professors academic academics lecturer "
    "historian historians".split()
)


#: A state's envoy to an international body ("the country's ambassador to the UN").
_ENVOY = re.compile(
    r"\b(?:to|at)\s+the\s+(?:UN|U\.N\.|United\s+Nations)\b|"
    r"\b[A-Z][\w-]+[’']s\s+(?:UN|U\.N\.|United\s+Nations)\s+(?:ambassador|envoy)\b|"
    r"\b(?:country|government|nation|state)[’']s\b"
)


#: A non-state armed group by its name: capitalised words before Army, Forces, Front,
#: ... that say what it fights for ("Democratic", "Liberation", "Independence") or
#: name a region, not a state ("the Arakan Army"); an owner before it is no part of the
#: name ("Myanmar's Kachin Independence Army": "Kachin Independence Army").
_NAME_WORD = r"[A-Z](?:[\w-]|[’'](?!s\b))*"
_ARMED_GROUP = re.compile(
    rf"(?:\b[Tt]he\s+)?(?:(?:{_NAME_WORD}|\d+(?:st|nd|rd|th))\s+){{0,5}}?(?:{_NAME_WORD}\s+)"
    r"(?:Army|Forces|Front|Movement|Brigades|Corps|Militia)\b"
)
#: Names of a state's own forces, whatever words come with them.
_STATE_FORCE = re.compile(
    r"\b(?:Armed\s+Forces|Defen[cs]e\s+Forces|National\s+Army|Royal|Red\s+Army|"
    r"Border\s+Guard|Navy|Air\s+Force|Ground\s+Forces|Special\s+Forces|Security\s+Forces|"
    r"Support\s+Forces)\b"
)


#: Words of a cause in an armed group's name: "Democratic", "Liberation", "Free".
_CAUSE_WORDS = frozenset(
    """democratic liberation independence alliance free people's peoples volunteer
    resistance revolutionary islamic popular patriotic salvation unity national""".split()
)


def _non_state(name: str, before: str = "") -> bool:
    """Whether an armed force's name (``_ARMED_GROUP``) is a non-state group's: a cause
    in its name ("Syrian Democratic Forces", "Kachin Independence Army"), or an "Army"
    named after no state and owned by none (``before``, the words before the name: not
    "Russia's 20th Guards Army"); not "the Russian Army" or "Armed Forces"."""
    if _STATE_FORCE.search(name):
        return False
    words = [w.lower() for w in _WORD.findall(name)][:-1]
    words = [w for w in words if w != "the"]
    if any(w in _CAUSE_WORDS for w in words):
        return not (len(words) == 1 and words[0] == "national")  # "the National Army"
    return (
        name.endswith("Army")
        and bool(words)
        and not any(w in lx.DEMONYMS or w.endswith(("’s", "'s")) for w in words)
        and not before.rstrip().endswith(("’s", "'s"))
    )  # "the Lebanese Army", "Russia's Army": a state's


#: Who filed a dateline's copy: "(Reuters)", "/TASS/".
_FILED_BY = re.compile(r"[/(]([^/()]{2,30})[/)]")


@lru_cache(maxsize=8)  # a text's own: asked again for each sentence and speaker
def filing_state(text: str) -> str | None:
    """The country of the agency whose dateline opens the text (after a headline on a
    line of its own, if any), when the party table
    (:data:`_PARTIES`) knows it by that whole name ("/TASS/", "(Ukrinform)"; not
    "(Interfax-Ukraine)" or "(Reuters)"), else None."""
    m = _FILED_BY.search(text, *dateline_span(text))
    if m is None:
        return None
    return next((side for rx, side, _ in _PARTIES if side and rx.fullmatch(m.group(1))), None)


#: Fighters under no state's command, named by what they are: "Myanmar rebels", "an
#: alliance of ethnic armed groups", "insurgents", "a rebel spokesman"; not when a state
#: backs them or they fight for one ("pro-government militias", "Russian-backed
#: separatists": their patron's side is read elsewhere).
_NO_STATE_FIGHTERS = re.compile(
    r"\b(?:[Rr]ebels?|[Ii]nsurgents?|[Gg]uerrill?as?|(?:[Ee]thnic\s+)?[Aa]rmed\s+"
    r"(?:groups?|organi[sz]ations?|movements?)|[Rr]esistance\s+fighters|[Mm]ilitias?|[Gg]angs?)\b"
)
_STATE_BACKED = re.compile(r"(?i:\bpro-|-(?:backed|aligned|allied|linked|led)\b|\bloyal)")


def fighters_of_no_state(phrase: str) -> str | None:
    """The words naming fighters of no state in a speaker's phrase (lower case), so the
    speaker has no country's side though the phrase names a country ("rebels in
    Myanmar"); None when it names none, or a state backs them."""
    if _STATE_BACKED.search(phrase):
        return None
    for m in _NO_STATE_FIGHTERS.finditer(phrase):
        if phrase[m.end() : m.end() + 1] not in ("'", "’", "-"):
            return m.group().lower()  # not "the rebels' health ministry", "rebel-held"
    return None


#: An unnamed source or official: "a source in law enforcement", "two officials".
_UNNAMED = re.compile(
    r"(?i:(?:an?|the|two|three|several|one)\s+)?(?:[\w-]+\s+){0,2}?(?:sources?|officials?)\b"
)
#: The agency an unnamed speaker told: "told TASS", "told the state news agency RIA".
_TOLD = re.compile(
    r"\s*(?:told|said\s+to)\s+(?:the\s+(?:state\s+)?(?:news\s+)?agency\s+)?"
    r"([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)"
)


def told_agency_side(text: str, phrase: str, end: int) -> str | None:
    """The country of a state's news agency an unnamed source or official told ("a source
    in law enforcement told TASS": ``RU``; its phrase ends at ``end``): it speaks to its
    own state's agency. None for other speakers, or another outlet ("told Reuters")."""
    m = _TOLD.match(text, end)
    if m is None or _UNNAMED.match(phrase.strip()) is None:
        return None
    return next((side for rx, side, _ in _PARTIES if side and rx.fullmatch(m.group(1))), None)


def party_before(text: str, at: int, lines: bool) -> tuple[str | None, str | None] | None:
    """(side, party) of the last named party ("the Kremlin", "the IDF") in the few
    hundred characters of the paragraph before offset ``at`` of ``text`` (a paragraph
    ends at a line break when ``lines``, else at a blank line), or None."""
    start = max(text.rfind("\n" if lines else "\n\n", 0, at), at - 300, 0)
    last = None
    for m in _ANY_PARTY.finditer(text, start, at):
        last = m
    if last is None:
        return None
    return next(((side, party) for rx, side, party in _PARTIES if rx.fullmatch(last.group())), None)
