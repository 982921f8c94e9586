"""Recognition, a Russian town in Ukrainian spelling: "у Сизрані" is Syzran ("Сызрань").

Ukrainian-language copy (the General Staff's bulletins, governors' posts) names towns of
Russia in Ukrainian spelling, and GeoNames lists most of them under their Russian
Cyrillic name only: "Сизрань" is "Сызрань", "Новошахтинськ" is "Новошахтинск",
"Єйськ" is "Ейск".  :func:`russian_spellings` respells a Ukrainian nominative letter
by letter: "і"/"ї"/"є"/"ґ" as "и"/"йи"/"е"/"г", "-ськ"/"-цьк" as "-ск"/"-цк", and
then tries each of its first :data:`_YERY_REACH` "и" as "ы" (Ukrainian "и" stands for
both Russian "и" and "ы": "Лисичанськ" -> "Лисичанск", "Сизрань" -> "Сызрань").
"""

from __future__ import annotations

__all__ = ["UKRAINIAN_LETTERS", "russian_spellings"]

#: Letters of the Ukrainian alphabet the Russian one lacks (lower case).
UKRAINIAN_LETTERS = frozenset("іїєґ")
#: How many of a name's "и" are tried as "ы", one at a time.
_YERY_REACH = 3
_LETTERS = str.maketrans({"і": "и", "є": "е", "ґ": "г", "ї": "йи", "'": "ъ", "’": "ъ"})


def russian_spellings(forms: list[str]) -> list[str]:
    """The Russian spellings of Ukrainian nominative ``forms`` (lower case), in order,
    none already among ``forms``: each form respelled, then with one "и" as "ы".

    >>> russian_spellings(["сизрань"])
    ['сызрань']
    >>> russian_spellings(["новошахтинськ"])[:1]
    ['новошахтинск']
    """
    out: list[str] = []
    for form in forms:
        russian = form.translate(_LETTERS).replace("ськ", "ск").replace("цьк", "цк")
        out.append(russian)
        at = -1
        for _ in range(_YERY_REACH):
            at = russian.find("и", at + 1)
            if at < 0:
                break
            out.append(russian[:at] + "ы" + russian[at + 1 :])
    seen = set(forms)
    return [f for f in dict.fromkeys(out) if f not in seen]
