"""Many articles for one map: reading them (files or a JSONL corpus) and analysing them.

``geo map A.txt B.txt`` and ``geo map --jsonl CORPUS.jsonl`` (lines with
``id``, ``text`` and optional ``date``, ``title``, ``url``) both end here: a
list of :class:`ArticleInput` records, then one analysis each, in input order.
A JSONL line that is not usable is skipped with a warning (the rest is
mapped); no usable article at all is an :class:`~geo.errors.InputError`.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .._io import check_size, dumps_json, scrub_text
from ..corpus_lines import RepeatedIds
from ..errors import InputError

__all__ = [
    "ArticleInput",
    "analyse_articles",
    "corpus_geojson",
    "distinct_paths",
    "read_articles",
]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ArticleInput:
    """One article to map: its text and what is known about it; ``where`` names it in
    messages (a file's name, or a JSONL line as ``FILE:LINE (id ID)``)."""

    id: str
    text: str
    title: str | None = None
    date: _dt.date | None = None
    url: str | None = None
    where: str = ""
    #: Its text was extracted from a saved page: in no file, so the GeoJSON carries it.
    page: bool = False

    def __post_init__(self) -> None:
        if not self.where:
            object.__setattr__(self, "where", self.id)


def _line_name(path: str, lineno: int, value: Any) -> str:
    """A JSONL line as messages name it: ``FILE:LINE``, and its id when it has one.

    >>> _line_name("c.jsonl", 4, "Sumy-1"), _line_name("c.jsonl", 5, None)
    ('c.jsonl:4 (id Sumy-1)', 'c.jsonl:5')
    """
    if value is None:
        return f"{path}:{lineno}"
    shown = scrub_text(value) if isinstance(value, str) else dumps_json(value)
    return f"{path}:{lineno} (id {shown[:60]})"


def _skip(skipped: list[str] | None, where: str) -> None:
    if skipped is not None:
        skipped.append(where)


def _read_jsonl(
    path: str, skipped: list[str] | None = None, max_chars: int = 0
) -> list[ArticleInput]:
    """The usable lines of a corpus; a bad line is skipped with a warning naming it
    (and its ``path:line`` added to ``skipped``), the rest is mapped.

    A line is read and checked exactly as ``geo parse --jsonl`` reads it, by the same
    reader (:func:`geo.corpus_lines.read_decoded`: each line decoded once, here) and
    :func:`~geo.corpus_lines.read_record`:
    what one refuses (bytes that are not UTF-8, not JSON, no text, ``NaN`` anywhere
    in the ``"id"``), the other skips, with the same reason; a ``"title"``, ``"date"``
    or ``"url"`` that cannot be used is left out with the same warning, the article
    mapped.
    """
    from ..corpus_lines import line_limit, read_decoded, read_record
    from ..corpus_run import open_input

    out: list[ArticleInput] = []
    seen = RepeatedIds()
    with open_input(path) as stream:
        for line in read_decoded(stream, max_bytes=line_limit(max_chars)):
            lineno = line.number
            where = f"{path}:{lineno}"
            try:
                if line.doc is None:
                    raise InputError(line.error)
                record = read_record(line.doc)
            except InputError as err:
                log.warning("warning: %s: skipped, %s", where, err)
                _skip(skipped, where)
                continue
            seen.add(record.id, lineno)
            name = _line_name(path, lineno, record.id)
            for warning in record.warnings:  # a field left out: the article is mapped
                log.warning("warning: %s: %s", name, warning)
            out.append(ArticleInput(
                id=_article_id(record.id, lineno),
                text=record.text,
                title=record.title,
                date=record.date,
                url=record.url,
                where=name,
            ))
    seen.warn(path)
    return out


def _article_id(value: Any, lineno: int) -> str:
    """A line's id as text (its line number when it has none), lone surrogates replaced."""
    if value is None:
        return str(lineno)
    return scrub_text(value) if isinstance(value, str) else dumps_json(value)


def read_articles(
    paths: Sequence[str | os.PathLike[str]] = (),
    *,
    jsonl: str | None = None,
    date: _dt.date | None = None,
    max_chars: int = 0,
    skipped: list[str] | None = None,
) -> list[ArticleInput]:
    """The articles of a map, in order: text files or saved pages (``-``: standard
    input), then the lines of a JSONL corpus. ``date`` applies to articles that have
    none (a page's own publication date wins over it). A text longer than
    ``max_chars`` characters (0: no limit) is refused (a file) or skipped with a
    warning (a JSONL line). When a list ``skipped`` is given, a file that cannot be
    read (missing, not UTF-8, too long, a page with no article) is skipped with a
    one-line error, and each file or JSONL line skipped is added to it (a file by its
    name, a line as ``path:line``): one bad input of several costs only itself.

    Raises
    ------
    geo.errors.InputError
        An unreadable file (when ``skipped`` is None), or no article at all.
    """
    from ..sources import read_article

    out: list[ArticleInput] = []
    for path in paths:
        name = "standard input" if str(path) == "-" else str(path)
        try:
            page = read_article(path)
            check_size(page.text, max_chars, name)
        except InputError as err:
            if skipped is None:
                raise
            # One bad file of several costs only itself (as a bad line of a corpus).
            log.warning("warning: %s (skipped)", err)
            _skip(skipped, name)
            continue
        out.append(ArticleInput(
            id="stdin" if str(path) == "-" else Path(path).stem,
            text=page.text,
            title=page.title,
            date=page.date or date,
            url=page.url,
            where=str(path),
            page=page.page,
        ))
    if jsonl is not None:
        try:
            corpus = _read_jsonl(jsonl, skipped, max_chars)
        except InputError as err:
            if skipped is None or not out:
                raise
            log.warning("warning: %s (skipped)", err)  # the files are mapped, as a bad file's
            _skip(skipped, jsonl)
            corpus = []
        for a in corpus:
            if max_chars and len(a.text) > max_chars:
                log.warning("warning: %s: skipped, %s characters is over --max-chars %s",
                            a.where, f"{len(a.text):,}", f"{max_chars:,}")
                _skip(skipped, a.where)
                continue
            out.append(a if a.date is not None or date is None
                       else dataclasses.replace(a, date=date))
    if not out:
        if skipped:
            raise InputError(f"no article to map: every input was skipped ({len(skipped)})")
        if jsonl:
            raise InputError(f"no article to map: {jsonl} has no line with a \"text\"")
        raise InputError("no article to map: give ARTICLE files or a --jsonl corpus with "
                         'lines {"id", "text"}')
    return out


def distinct_paths(paths: Sequence[str | os.PathLike[str]]) -> list[str | os.PathLike[str]]:
    """``paths`` without a file given again (the same name, or another name of the same
    file): an article is mapped once, with a warning for the repeat."""
    out: list[str | os.PathLike[str]] = []
    seen: dict[tuple[int, int] | str, str | os.PathLike[str]] = {}
    for path in paths:
        try:
            st = os.stat(path) if str(path) != "-" else None
            key: tuple[int, int] | str = (st.st_dev, st.st_ino) if st else "-"
        except (OSError, ValueError):
            key = os.path.abspath(path)  # missing: skipped later, with its own message
        if key in seen:
            log.warning("warning: %s is the article %s again: mapped once", path, seen[key])
            continue
        seen[key] = path
        out.append(path)
    return out


def analyse_articles(articles: Sequence[ArticleInput], gazetteer: Any) -> list[Any]:
    """One :class:`~geo.model.Analysis` per article, in order."""
    from ..analysis import analyze

    return [
        dataclasses.replace(analysis, extracted=True) if a.page else analysis
        for a in articles
        for analysis in [analyze(a.text, gazetteer=gazetteer, id=a.id, date=a.date,
                                 title=a.title, url=a.url)]
    ]


def corpus_geojson(analyses: Sequence[Any]) -> dict[str, Any]:
    """One FeatureCollection of several analyses; each feature says its ``article`` id
    and index. Coordinates stay RFC 7946 (split at the antimeridian). The text of each
    article extracted from a saved page (in no file; its features' offsets count in it)
    is the collection's last member, ``"texts"``: ``{"<article_index>": text}``."""
    from .scene import iso_date

    features = []
    for i, analysis in enumerate(analyses):
        for feature in analysis.to_geojson()["features"]:
            props = dict(feature["properties"])
            props.update(article=analysis.id, article_index=i)
            if day := iso_date(getattr(analysis, "date", None)):
                props["article_date"] = day
            features.append({**feature, "properties": props})
    collection: dict[str, Any] = {"type": "FeatureCollection", "features": features}
    texts = {str(i): a.text for i, a in enumerate(analyses) if getattr(a, "extracted", False)}
    if texts:
        collection["texts"] = texts
    return collection
