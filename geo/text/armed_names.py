"""Recognition, an armed body's name that spells like a place: "Fano militiamen", "the
gang Los Lobos", "the Assam Rifles", "the Azov Brigade".

Two kinds, told by the word next to the name (:func:`armed_name`):

- **a force's own name**: the name, then a capitalised word of a unit ("Rifles",
  "Regiment", "Brigade", "Battalion", "Corps", "Legion", "Cartel", "Militia"): the
  unit is a body, whatever place it was named after ("the Assam Rifles" patrol
  Manipur, "the Azov Brigade" fights far from Azov).  A country's name is kept
  ("the Ukraine Brigade" is rare; "the Russia Corps" names Russia's).  So is a lower-case
  "battalion" or "regiment" after "the" and the name, as wire copy wrote the volunteer
  units of 2014 ("the Azov battalion", "the Aidar battalion").  So is a name in quotes
  before a word of a formation ('the "Vostok" group', '"Sever" grouping', 'the
  "Dnepr" army group'), as Russian and Ukrainian reports name their groups of forces,
  and a bare name before "group of forces" or "grouping" ("the Zapad group of forces");
  in Russian or Ukrainian copy a name in quotes after the word ('группировки "Днепр"').
- **a group's name**: the name, then a lower-case word of armed men ("Fano militiamen",
  "Wagner fighters", "Kharkiv fighters"), or after one ("the gang Los Lobos", "the
  cartel Los Choneros", "the militia Fano"): read as a place only where the text names
  that place's country otherwise (:func:`geo.text.false_places.drop_false_places`
  weighs it): "Kharkiv fighters" in a story of Ukraine is Kharkiv's, "Fano" in a story
  of Ethiopia is no Italian town.

A demonym ("Kurdish fighters") is no name here.  Cost: a few anchored matches at each
mention.
"""

from __future__ import annotations

import re

__all__ = ["armed_name", "force_name"]

#: A unit's word, capitalised, after the name: the name is the unit's.
_FORCE_AFTER = re.compile(
    r"[ \t]+(?:Rifles|Regiment|Brigade|Battalion|Corps|Legion|Cartel|Militia|Gang)\b"
)
#: A unit's word in lower case after "the" and the name, as wire copy writes a volunteer
#: unit's name ("the Azov battalion", "the Aidar volunteer battalion", "the Dnipro-1
#: regiment"): the name is the unit's; without "the" it may be a unit from the place
#: ("a Kharkiv battalion"), and is left alone.
_FORCE_LOWER_AFTER = re.compile(r"[ \t]+(?:volunteer[ \t]+)?(?:battalion|regiment)\b")
#: A formation's word after a name in quotes ('the "Vostok" group', '"Sever" grouping',
#: '"Dnepr" army group', '«Tsentr» battlegroup'), or after a bare name when it says
#: "of forces"/"of troops" or "grouping" ("the Zapad group of forces").
_QUOTED_FORMATION = re.compile(
    r"[\"”’'»][ \t]+(?:(?:army|operational|operational-strategic|troop|battle|assault)[ \t-]+)?"
    r"(?:group|grouping|battlegroup|formation)s?\b",
    re.IGNORECASE,
)
_QUOTE_BEFORE = re.compile(r"[\"“‘'«]$")
_BARE_FORMATION = re.compile(
    r"[ \t]+(?:(?:army|operational)[ \t]+)?(?:group(?:ing)?[ \t]+of[ \t]+(?:forces|troops)|"
    r"grouping)\b",
    re.IGNORECASE,
)
#: A Russian or Ukrainian word of a formation before a name in quotes ('группировки
#: "Днепр"', 'группировка войск «Центр»', 'угруповання «Хортиця»'), as the ministries'
#: own copy names a group of forces: a body, not Dnipro or North Macedonia's Centar.
_FORMATION_BEFORE = re.compile(
    r"(?<!\w)(?:группировк|угрупован)\w*[ \t]+(?:(?:войск|військ)\w*[ \t]+)?[\"“«„]$",
    re.IGNORECASE,
)
#: Russia's groups of forces named together, the formation's word once after the last
#: ("the Dnepr and Vostok groups", "Yug, Tsentr and Zapad battlegroups"): each a body.
_GROUP_NAMES = r"(?:Yug|Sever|Tsentr|Zapad|Vostok|Dnepr|Dnipro|Center|Centre|South|North|East|West)"
_LISTED_GROUPS = re.compile(
    rf"(?:(?:,[ \t]*|,?[ \t]+and[ \t]+)(?:the[ \t]+)?{_GROUP_NAMES})+[ \t]+"
    r"(?:(?:army|battle)[ \t-]*)?(?:groups|groupings|battlegroups|groups[ \t]+of[ \t]+forces)\b"
)
_GROUP_NAME = re.compile(_GROUP_NAMES + "$", re.IGNORECASE)
_GROUPS_AFTER = re.compile(r"[ \t]+(?:battle)?groups\b")
_LISTED_BEFORE = re.compile(_GROUP_NAMES + r"(?:,[ \t]*|,?[ \t]+and[ \t]+)(?:the[ \t]+)?$")
_THE_BEFORE = re.compile(r"\bthe[ \t]+$", re.IGNORECASE)
#: The same word ending a name the gazetteer lacks ("the Frontier Corps").
_FORCE_END = re.compile(
    r"[ \t](?:Rifles|Regiment|Brigade|Battalion|Corps|Legion|Cartel|Militia|Gang)$"
)
#: Armed men, in lower case, after the name ("Fano militia fighters").
_GROUP_AFTER = re.compile(
    r"[ \t]+(?:militia|militias|militiam[ae]n|militants?|gangs?|gangsters?|cartels?|"
    r"fighters|rebels|insurgents|mercenar(?:y|ies)|paramilitar(?:y|ies))\b"
)
#: Armed men named by the name after them ("the gang Los Lobos", "the militia Fano").
_GROUP_BEFORE = re.compile(
    r"\b(?:gang|cartel|militia|paramilitary[ \t]+group|armed[ \t]+group|"
    r"criminal[ \t]+group|crime[ \t]+group)[ \t]+$",
    re.IGNORECASE,
)
#: A Spanish or Portuguese armed body's name, its head word then "de" and the place it
#: is named after ("Tren de Aragua", "Cartel de Sinaloa", "Clan del Golfo", "Comando da
#: Capital"): the head word is no town ("Tren": no Tran, Bulgaria), the place the unit's.
_HEADS = r"(?:Tren|Cartel|Cártel|Clan|Comando|Banda|Frente)"
_HEAD_BEFORE = re.compile(_HEADS + r"[ \t]+d(?:e|el|a|o|os|as)[ \t]+$")
_HEAD_AT = re.compile(_HEADS + r"$")
_HEAD_OF = re.compile(r"[ \t]+d(?:e|el|a|o|os|as)[ \t]+[A-ZÁÉÍÓÚÑ]")
_LOOK_BEHIND = 30


def armed_name(text: str, start: int, end: int, unknown: bool = False) -> str:
    """ "force" when the name at ``start:end`` opens a unit's own name ("the Assam
    Rifles") or, a name the gazetteer lacks (``unknown``), is one ("the Frontier
    Corps"), "group" when words of armed men follow or precede it ("Fano militiamen",
    "the gang Los Lobos"), else "".

    >>> armed_name("the Assam Rifles said", 4, 9)
    'force'
    >>> armed_name("near a Frontier Corps checkpoint", 7, 21, unknown=True)
    'force'
    >>> armed_name("Fano militiamen clashed", 0, 4)
    'group'
    >>> armed_name("Police said the gang Los Lobos was", 21, 30)
    'group'
    >>> armed_name("the Azov battalion said", 4, 8)
    'force'
    >>> armed_name('artillery of the "Vostok" group fired', 18, 24)
    'force'
    >>> armed_name("the Zapad group of forces said", 4, 9)
    'force'
    >>> armed_name('бойцы группировки "Центр" продолжили', 19, 24)
    'force'
    >>> armed_name("Dnepr and Vostok groups advance", 0, 5)
    'force'
    >>> armed_name("Yug, Tsentr and Dnepr battlegroups struck", 16, 21)
    'force'
    >>> armed_name("near Dnipro and Zaporizhzhia groups of villages", 5, 11)
    ''
    >>> armed_name("a Kharkiv battalion", 2, 9)
    ''
    >>> gang = "members of Tren de Aragua"
    >>> armed_name(gang, 11, 15), armed_name(gang, 19, 25)
    ('force', 'force')
    >>> armed_name("fighting near Kharkiv on Monday", 14, 21)
    ''
    """
    if _FORCE_AFTER.match(text, end) or (unknown and _FORCE_END.search(text, start, end)):
        return "force"
    if _FORCE_LOWER_AFTER.match(text, end) and _THE_BEFORE.search(text, max(0, start - 5), start):
        return "force"
    if (
        _QUOTE_BEFORE.search(text, max(0, start - 1), start) and _QUOTED_FORMATION.match(text, end)
    ) or _BARE_FORMATION.match(text, end):
        return "force"  # 'the "Vostok" group': Russia's eastern group of forces
    if _GROUP_NAME.match(text, start, end) and (
        _LISTED_GROUPS.match(text, end)
        or (
            _GROUPS_AFTER.match(text, end)
            and _LISTED_BEFORE.search(text, max(0, start - _LOOK_BEHIND), start)
        )
    ):
        return "force"  # "the Dnepr and Vostok groups": two groups of forces
    if _FORMATION_BEFORE.search(text, max(0, start - _LOOK_BEHIND), start):
        return "force"  # 'группировки "Днепр"': the same group in Russian
    if (_HEAD_AT.match(text, start, end) and _HEAD_OF.match(text, end)) or _HEAD_BEFORE.search(
        text, max(0, start - _LOOK_BEHIND), start
    ):
        return "force"  # "Tren de Aragua": neither Tran nor Aragua State
    if _GROUP_AFTER.match(text, end):
        return "group"
    if _GROUP_BEFORE.search(text, max(0, start - _LOOK_BEHIND), start):
        return "group"
    return ""


def force_name(name: str) -> bool:
    """Does ``name`` end in a unit's word ("Frontier Corps", "Assam Rifles")?

    >>> force_name("Frontier Corps"), force_name("Kinburn Spit")
    (True, False)
    """
    return _FORCE_END.search(name) is not None
