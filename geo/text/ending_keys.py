"""A village's Russian and Ukrainian spellings in one text share a key: "Sosnovka" is
"Sosnivka".

Wire copy quotes Moscow in Russian forms and Kyiv in Ukrainian ones, often a sentence
apart: "the Defense Ministry reported that Russian forces liberated Sosnovka in the
Dnepropetrovsk Region. Ukraine's General Staff said its forces had repelled attacks near
Sosnivka".  The Russian ending "-ovka"/"-evka" is the Ukrainian "-ivka" (Сосновка,
Соснівка), so the two spellings name one village unless the text tells them apart.
:func:`ending_key` folds a name's normalised key to one form, so that the stages sharing
a name's estimate among its mentions (:func:`geo.text.hinted.share_estimates`,
:func:`geo.text.estimate_agreement.agree_estimates`) see both spellings as one name.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..model import Toponym
from .hinted import apart, taken_estimate

__all__ = ["ending_key", "share_spelling_estimates"]

#: Russian endings of a village name in "-ка" and the Ukrainian one they become.
_RUSSIAN_ENDINGS = ("ovka", "evka", "yovka")
_UKRAINIAN_ENDING = "ivka"
#: Shorter stems are not folded ("Lovka" is no "Livka").
_MIN_STEM = 3


def ending_key(key: str) -> str:
    """``key`` (a normalised name, lower case) with a last word's Russian "-ovka"/"-evka"
    written as the Ukrainian "-ivka"; other keys unchanged.

    >>> ending_key("sosnovka"), ending_key("sosnivka"), ending_key("kursk")
    ('sosnivka', 'sosnivka', 'kursk')
    """
    for ending in _RUSSIAN_ENDINGS:
        if key.endswith(ending) and len(key) - len(ending) >= _MIN_STEM:
            return key[: -len(ending)] + _UKRAINIAN_ENDING
    return key


def share_spelling_estimates(
    toponyms: Sequence[Toponym],
    keys: Mapping[tuple[int, int], tuple[str, bool]],
    contained: frozenset[tuple[int, int]] = frozenset(),
) -> list[Toponym]:
    """The toponyms, each mention written in the other spelling of an earlier estimated
    name ("Sosnovka in the Dnepropetrovsk Region. ... near Sosnivka") given that estimate,
    when it has no hint or container of its own, is not itself estimated, and its reading
    lies over :data:`~geo.text.hints.NEAR_KM` from the estimate (a namesake in another
    oblast: Lviv oblast's Sosnivka, ~900 km off).

    ``keys`` gives each mention's (start, end) its normalised name ("" for one the text
    tells apart: "another Sosnivka") and whether a hint located it; ``contained`` the
    (start, end) of mentions with a container of their own.  A folded name estimated at
    two places (two villages told apart) gives none.  Linear in the toponyms.
    """
    estimates: dict[str, Toponym | None] = {}
    out = []
    for t in toponyms:
        key, hinted = keys.get((t.start, t.end), ("", False))
        folded = ending_key(key) if key else ""
        if folded and t.estimated and t.place is not None:
            seen = estimates.get(folded, t)
            if seen is not None and (seen.place.lat, seen.place.lon) == (
                t.place.lat,
                t.place.lon,
            ):
                estimates[folded] = t
            elif seen is not None:
                estimates[folded] = None
        est = estimates.get(folded) if folded else None
        own = hinted or (t.start, t.end) in contained
        if (
            est is not None
            and est.place is not None
            and not own
            and not t.estimated
            and keys.get((est.start, est.end), ("", False))[0] != key
            and apart(t, est)
        ):
            t = taken_estimate(t, est)
        out.append(t)
    return out
