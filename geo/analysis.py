"""The entry point: text in, :class:`~geo.model.Analysis` out."""

from __future__ import annotations

import datetime
import os
from collections.abc import Collection

from ._io import scrub_text
from .errors import InputError
from .gazetteer.index import Gazetteer, load_gazetteer
from .model import Analysis
from .text.composed import mapped_back, reading_copy
from .text.geoparse import geoparse
from .text.metonymy import mark_metonymy, seats_of_government
from .text.stated_date import stated_date

__all__ = ["analyze"]


def analyze(
    text: str,
    *,
    gazetteer: Gazetteer | None = None,
    demonyms: bool = False,
    id: str | None = None,
    date: datetime.date | str | None = None,
    title: str | None = None,
    url: str | None = None,
    stages: Collection[str] | None = None,
) -> Analysis:
    """Analyse one document: its places, spatial statements and claims.

    Parameters
    ----------
    text : str
        The article.
    gazetteer : Gazetteer, optional
        An opened index; the default one is opened once per process otherwise.
    demonyms : bool
        Count adjectives and demonyms ("Russian") as mentions of their country.
    id : str, optional
        Echoed in the result.
    date : datetime.date or str, optional
        The article's date: relative dates ("on Friday") are resolved against it. A
        string is read as a JSON line's ``date`` is: ``YYYY-MM-DD`` or an ISO 8601
        timestamp (its date is kept; ``""``: no date). Without one, the date the
        text's head states is used (a wire dateline's, "Published 3 November 2025":
        :func:`geo.text.stated_date.stated_date`), and ``date_offsets`` says where.
    title, url : str, optional
        The article's headline and address when known (an HTML page, a JSON line):
        echoed in the result; the headline is guessed from the text otherwise.
    stages : collection of str, optional
        The stages to run, from ``"toponyms"`` (recognition and resolution, always
        run), ``"features"`` (spatial statements) and ``"claims"``; default all.
        ``{"toponyms"}`` is geoparsing alone, at its full speed.

    Raises
    ------
    InputError
        ``text`` is not a str; ``date`` is neither a date nor an ISO 8601 string.

    Examples
    --------
    >>> import geo
    >>> a = geo.analyze("Shelling was reported in Sumy.")       # doctest: +SKIP
    >>> [(t.text, t.place.geonameid) for t in a.toponyms]        # doctest: +SKIP
    [('Sumy', 692194)]
    """
    if not isinstance(text, str):
        raise InputError(f"text must be a str, got {type(text).__name__}")
    # Lone surrogates (a JSON "\ud800" escape) cannot be written as UTF-8: U+FFFD
    # instead, one character for one, so offsets are unchanged.
    date = _article_date(date)
    text = scrub_text(text)
    # Decomposed letters, stacked marks, odd hyphens, homoglyphs: the stages read a copy
    # with them plain, and its offsets are mapped back to the text's at the end.
    given = text
    copied = reading_copy(text)
    if copied is not None:
        text, back = copied
    date_offsets = None
    if date is None and (stated := stated_date(text)) is not None:
        date, *offsets = stated
        date_offsets = tuple(offsets)
        if copied is not None:
            date_offsets = (back.start(offsets[0]), back.end(offsets[1]))
    title = scrub_text(title) if title else title
    wanted = _stages(stages)
    gaz = gazetteer if gazetteer is not None else _default_gazetteer()
    found = geoparse(text, gaz, demonyms=demonyms)
    toponyms = mark_metonymy(text, found, seats=seats_of_government(gaz, found))
    features: tuple = ()
    if "features" in wanted:  # imported when needed: --only toponyms never compiles them
        from .text.spatial import extract_features

        features = extract_features(text, toponyms, gaz)
    claims: tuple = ()
    if "claims" in wanted:
        from .text.claims import extract_claims

        claims = extract_claims(
            text,
            toponyms,
            features,
            article_date=date,
            country_name=getattr(gaz, "country_name", None),
        )
    if copied is not None:
        toponyms, features, claims = mapped_back(given, text, back, toponyms, features, claims)
    return Analysis(
        text=given,
        toponyms=toponyms,
        features=features,
        claims=claims,
        id=id,
        date=date,
        date_offsets=date_offsets,
        headline=title,
        url=url,
    )


STAGES = ("toponyms", "features", "claims")

#: The default index as this process opened it, by the settings that locate the cache
#: (``GEO_CACHE_DIR``, else the user cache directory). ``load_gazetteer()`` finds the
#: index again at every call (the sources' fingerprint: a dozen ``stat`` calls, two
#: package look-ups and a file read, about 0.5 ms, a fifth of a short article's
#: analysis); the index it finds is the same within a process.
_DEFAULT: dict[tuple[str | None, ...], Gazetteer] = {}
_CACHE_SETTINGS = ("GEO_CACHE_DIR", "XDG_CACHE_HOME", "HOME")


def _default_gazetteer() -> Gazetteer:
    """The default index (:func:`load_gazetteer` with no path), opened once per process
    and cache setting."""
    key = tuple(map(os.environ.get, _CACHE_SETTINGS))
    gaz = _DEFAULT.get(key)
    if gaz is None:
        if len(_DEFAULT) >= 4:
            _DEFAULT.clear()
        gaz = _DEFAULT[key] = load_gazetteer()
    return gaz


def _stages(stages: Collection[str] | None) -> frozenset[str]:
    if stages is None:
        return frozenset(STAGES)
    if isinstance(stages, str) or not set(stages) <= set(STAGES):
        raise InputError(f"stages must be among {', '.join(STAGES)}; got {stages!r}")
    return frozenset(stages) | {"toponyms"}


def _article_date(value: object) -> datetime.date | None:
    """``analyze``'s ``date``: a date (a datetime's date), an ISO 8601 string read as a
    JSON line's ``date`` is, or None.

    >>> _article_date("2025-06-20T08:15:00+03:00")
    datetime.date(2025, 6, 20)
    """
    if isinstance(value, datetime.datetime):
        return value.date()
    if value is None or isinstance(value, datetime.date):
        return value
    if isinstance(value, str):
        from .corpus_lines import record_date

        try:
            return record_date(value)
        except InputError:
            raise InputError(f"date must be YYYY-MM-DD, an ISO 8601 or an RFC 2822 timestamp, "
                             f"got {value!r:.40}") from None
    raise InputError(f"date must be a datetime.date or an ISO 8601 string, "
                     f"got {type(value).__name__}")
