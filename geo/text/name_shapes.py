"""The shapes of Ukrainian and Russian village names: an adjective that opens a
two-word name ("Kazachya Loknya", "Stepova Novoselivka"; :func:`slavic_adjective`), read
by recognition and by the names the gazetteer lacks (:mod:`geo.text.spellings`)."""

from __future__ import annotations

from . import lexicon as lx

__all__ = ["slavic_adjective"]

#: Endings of Russian adjectives that open a two-word name ("Kazachya Loknya", "Volchye
#: Ozero", "Krasnyy Liman"), and of Ukrainian ones ("Kozacha Lopan", "Borivska Andriivka").
_ADJECTIVE_ENDINGS = (
    "aya",
    "yaya",
    "chya",
    "zhya",
    "shya",
    "chye",
    "zhye",
    "oye",
    "iye",
    "yye",
    "yy",
    "iy",
    "cha",
    "ska",  # "Borivska Andriivka", "Ruska Lozova"
    "ske",
)


def slavic_adjective(norm: str) -> bool:
    """Is the (normalised) word an adjective that opens a Slavic place name: one of
    ``lx.ADJECTIVE_HEADS``, or a word of five letters or more with an adjective's ending?

    >>> slavic_adjective("kazachya"), slavic_adjective("malaya"), slavic_adjective("loknya")
    (True, True, False)
    """
    return norm in lx.ADJECTIVE_HEADS or (
        len(norm) >= 5 and " " not in norm and norm.endswith(_ADJECTIVE_ENDINGS)
    )
