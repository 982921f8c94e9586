"""Recognition: streets named the French, Spanish, Italian, Catalan, Portuguese, Russian or
Ukrainian way.

Those languages put the street's word before its name: "Rue de Rivoli", "boulevard
Saint-Martin", "la rue du Stade", "Calle de Alcalá", "Via Roma", "Avinguda Diagonal",
"Praça do Comércio", and in Cyrillic the word or its abbreviation ("ул. Пушкина",
"вул. Хрещатик", "просп. Миру").  The name is often a town's (Rivoli, Alcalá, Rome,
Pushkin) or a word that is one somewhere (Stade, Saint-Martin), and the street's word
itself may be a town ("Rue", a town of the Somme).  None of them is a place the text
speaks of: the street lies in the city named after it ("in Paris").
:func:`in_foreign_street` tells a mention that is the street's word before its name, or
a word of the name after the street's word (and its articles: "de la", "del", "della",
"do").  "via" in lower case is the English preposition ("flights via Paris"), and "Via"
opening a sentence too: only a capital "Via" inside a sentence is the street's word.
Cost: one anchored match
on each side of a mention.
"""

from __future__ import annotations

import re

__all__ = ["in_foreign_street"]

#: The street's word before its name (either case but "Via": see the module docstring).
_HEADS = (
    r"rue|boulevard|avenue|allée|allee|quai|chemin|impasse|cours|place|calle|avenida|"
    r"paseo|plaza|carrer|avinguda|passeig|plaça|viale|piazza|piazzale|corso|rua|"
    r"praça|travessa"
)
#: Russian and Ukrainian streets' words and their abbreviations ("ул.", "вул.", "просп.").
_CYRILLIC_HEADS = (
    r"ул\.|улица|вул\.|вулиця|пр\.|просп\.|проспект|пер\.|переулок|пров\.|провулок|"
    r"бул\.|бульв\.|бульвар|пл\.|площадь|площа|наб\.|набережная"
)
_HEAD_WORD = (
    rf"(?:(?:{_HEADS.title()}|{_HEADS})|(?<=[a-z,;] )Via"
    rf"|(?:{_CYRILLIC_HEADS.title()}|{_CYRILLIC_HEADS}))"
)
#: A capital letter, Latin or Cyrillic.
_UPPER = "A-ZÀ-ÝА-ЯЁІЇЄҐ"
#: The articles between the street's word and its name ("de la", "del", "della", "d'").
_ARTICLES = r"de|du|des|la|le|les|del|della|delle|dello|dei|degli|di|da|do|dos|das|dels|dal"
#: Before a mention: the street's word, articles and capitalised words of its name.
_BEFORE = re.compile(
    rf"(?<![\w'’-]){_HEAD_WORD}(?:[ \t]+|(?<=\.))"
    rf"(?:(?:{_ARTICLES})[ \t]+|[{_UPPER}][\w'’-]*[ \t]+)*"
    r"(?:[dl]['’])?$"
)
#: After a mention that is the street's word: an article or a capitalised word.
_AFTER_HEAD = re.compile(rf"[ \t]+(?:(?:{_ARTICLES})[ \t]+|[dl]['’])?[{_UPPER}]")
_HEAD_KEYS = frozenset(_HEADS.split("|")) | {"via"}
#: Every match of :data:`_BEFORE` holds one of these, lowered: its gate.
_HEAD_LOWER = tuple(sorted(_HEAD_KEYS | {w.replace("\\", "") for w in _CYRILLIC_HEADS.split("|")}))
_LOOK_BEHIND = 60


def in_foreign_street(text: str, start: int, end: int, key: str) -> bool:
    """Is the mention ``text[start:end]`` (normalised ``key``) the street's word before a
    street's name, or a word of the name after it (module docstring)?"""
    if (
        key in _HEAD_KEYS
        and _AFTER_HEAD.match(text, end)
        and (
            key != "via"
            or (text[start] == "V" and _BEFORE_VIA.search(text, max(0, start - 3), start))
        )
    ):
        return True  # "Rue de Rivoli": not Rue, a town of the Somme
    lo = max(0, start - _LOOK_BEHIND)
    if not any(map(text[lo:start].lower().__contains__, _HEAD_LOWER)):
        return False  # no street's word before: a substring test in C, not a search
    return street_before(text, lo, start)


def street_before(text: str, lo: int, start: int) -> bool:
    """Does ``text[lo:start]`` end with a street's word and the words of its name before
    a mention?  Not the English order, a capitalised name before the word ("80 Orchard
    Avenue Burlington, VT": Burlington is the address's town)."""
    street = _BEFORE.search(text, lo, start)
    return street is not None and not _NAME_BEFORE_HEAD.search(text, lo, street.start())


#: Before a street's word: a capitalised word and a space (the English order), not an
#: article or a preposition opening a sentence ("La rue du Stade", "En la calle Mayor").
_NAME_BEFORE_HEAD = re.compile(
    r"(?<![\w'’-])(?!(?:La|Le|Les|El|Los|Las|Il|Lo|Gli|Os|As|Da|Do|De|Del|Dans|En|In|On|At"
    r"|The|To|On|Sur|Par|Na|Em|No|Nella|Sulla)[ \t])[A-Z][a-z]+[ \t]+$"
)


#: Before a capital "Via" that is a street's word: a lower-case word, inside a sentence.
_BEFORE_VIA = re.compile(r"[a-z,;] $")
