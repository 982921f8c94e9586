"""A sentence's first word that is a place cue ("In Deir ez-Zor, fighting continued.",
"Near Ras al-Ain, ..."): the cue, not a name (In Salah) nor part of one. Read by the
recogniser (:mod:`geo.text.recognition`) and by the context rules
(:mod:`geo.text.context_rules`)."""

from __future__ import annotations

from .tokens import _Tokens

__all__ = ["OPENING_CUES", "opening_cue"]

#: A sentence's first word that is a place cue ("In Deir ez-Zor, fighting continued.",
#: "Near Ras al-Ain, ..."): the cue, not a name (In Salah) nor part of one.
OPENING_CUES = frozenset(
    "in near from into towards toward outside around across through via at".split()
    # Russian and Ukrainian prepositions opening a sentence: "В Запорожье ...", "Під Курахове ..."
    + "в во у на под из с со к близ возле около від під біля з із до поблизу".split()
)


def opening_cue(tokens: _Tokens, i: int) -> bool:
    """Whether tokens[i] is a place cue opening its sentence before a capitalised word
    ("In Deir ez-Zor, fighting continued.", "In al-Mughayyir, ..."): never the head of a
    name the gazetteer lacks ("Tal al-Sultan")."""
    at = tokens.at
    return (
        at[i].initial
        and at[i].norm in OPENING_CUES
        and i + 1 < len(tokens.words)
        and (at[i + 1].capitalized or _article_joined(tokens, i + 1))
    )


#: Arabic articles written small and joined to a name by a hyphen ("al-Mughayyir").
_ARTICLES = frozenset("al el ad ar as ash at az an ath".split())


def _article_joined(tokens: _Tokens, k: int) -> bool:
    """Whether tokens[k] is an Arabic article joined by one character (a hyphen) to a
    capitalised word: "In al-Mughayyir, ..." opens with a cue, as "In Al-Mughayyir" does."""
    return (
        tokens.at[k].norm in _ARTICLES
        and k + 1 < len(tokens.words)
        and tokens.starts[k + 1] == tokens.ends[k] + 1
        and tokens.at[k + 1].capitalized
    )
