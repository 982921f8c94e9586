"""The analyses of a map's articles, in this process or on several cores (``-j N``).

``geo map`` and ``geo report`` with several articles (files, ``--jsonl`` lines)
read them all first (each line decoded once, in this process:
:func:`geo.render.articles.read_articles`), then analyse them here. With ``jobs``
above 1 the articles go to worker processes forked after the gazetteer was opened
(each maps the index, nothing is copied), in chunks of consecutive articles, and
come back as :class:`~geo.model.Analysis` objects, in input order: the map is the
same bytes whatever ``jobs``.

Each article's outcome is its analysis, or the one-line reason its analysis
failed (a bug, memory): that article is skipped, as in one process. What the
pipeline logs during an article (the cap on spatial statements) is said after
it, in input order, named after the article (:mod:`geo.batch_log`), so standard
error is also the same whatever ``jobs``.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from ..batch_log import LogRecord, captured
from ..errors import InputError

__all__ = ["Outcome", "analyse_jobs"]

#: Most articles (and characters) in one task sent to a worker process.
CHUNK_ARTICLES, CHUNK_CHARS = 8, 64_000


@dataclass(frozen=True, slots=True)
class Outcome:
    """One article's analysis (``None`` when it failed), why it failed (``""``: it did
    not) and what the pipeline logged during it."""

    analysis: Any
    failure: str = ""
    logged: tuple[LogRecord, ...] = ()


def _analyse(article: Any, gazetteer: Any) -> Outcome:
    """One article's outcome: never raises for a failing analysis."""
    from .articles import analyse_articles

    with captured() as logged:
        try:
            (analysis,) = analyse_articles([article], gazetteer)
        except Exception as err:  # one article's failure (a bug, memory) costs only itself
            why = ": ".join(filter(None, (type(err).__name__, " ".join(str(err).split()))))
            return Outcome(None, why, tuple(logged))
    return Outcome(analysis, "", tuple(logged))


def _work(chunk: Sequence[Any]) -> list[Outcome]:
    """A worker's task: the outcomes of consecutive articles."""
    from .. import corpus

    gazetteer = corpus._WORKER.get("gazetteer")
    if gazetteer is None:  # pragma: no cover - the initializer opened it
        corpus.init_worker()
        gazetteer = corpus._WORKER["gazetteer"]
    return [_analyse(article, gazetteer) for article in chunk]


def _chunks(articles: Sequence[Any], jobs: int) -> list[list[Any]]:
    """Consecutive articles in tasks of at most :data:`CHUNK_ARTICLES` (fewer when they
    reach :data:`CHUNK_CHARS`), and about four tasks a worker, so that the workers
    finish together.

    Examples
    --------
    >>> from types import SimpleNamespace as A
    >>> [len(c) for c in _chunks([A(text="x")] * 20, 2)]
    [3, 3, 3, 3, 3, 3, 2]
    """
    most = max(1, min(CHUNK_ARTICLES, math.ceil(len(articles) / (4 * jobs))))
    out: list[list[Any]] = []
    size = 0
    for article in articles:
        if not out or len(out[-1]) >= most or size >= CHUNK_CHARS:
            out.append([])
            size = 0
        out[-1].append(article)
        size += len(article.text)
    return out


def analyse_jobs(articles: Sequence[Any], gazetteer: Any, *, jobs: int = 1) -> Iterator[Outcome]:
    """The outcome of each article, in input order.

    Parameters
    ----------
    articles : sequence of ArticleInput
        From :func:`geo.render.articles.read_articles`.
    gazetteer : geo.Gazetteer
        Opened by the caller (this process analyses with it when ``jobs`` is 1; forked
        workers open the same default index).
    jobs : int
        Worker processes; 1 analyses here, 0 means every core. When a worker process
        dies (killed for memory) the articles not yet analysed are analysed here, as
        ``jobs=1`` would.

    Raises
    ------
    geo.errors.InputError
        ``jobs`` negative.
    """
    from ..corpus import cpu_count

    jobs = cpu_count() if jobs == 0 else jobs
    if jobs < 1:
        raise InputError(f"jobs must be 0 (all cores) or a positive number, got {jobs}")
    jobs = min(jobs, len(articles))
    if jobs <= 1:
        for article in articles:
            yield _analyse(article, gazetteer)
        return
    from concurrent.futures.process import BrokenProcessPool

    from ..corpus import stop_pool, worker_pool

    chunks = _chunks(articles, jobs)
    pool = worker_pool(jobs)
    done, broken = 0, True
    try:
        futures = [pool.submit(_work, chunk) for chunk in chunks]
        for future in futures:
            outcomes = future.result()
            yield from outcomes
            done += 1
        broken = False
    except BrokenProcessPool:
        pass  # the articles not yet analysed are analysed here, below
    finally:
        if broken:
            stop_pool(pool)
        else:
            pool.shutdown(wait=True)
    for chunk in chunks[done:]:
        for article in chunk:
            yield _analyse(article, gazetteer)
