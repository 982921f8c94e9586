"""Articles as people have them: a text file, a saved web page, or (when asked) a URL.

A saved page (``.html``/``.htm``, or any input that starts like HTML) is read
with trafilatura: the article's main text without navigation and boilerplate,
its title and its publication date. The title becomes the map's headline
(:attr:`geo.model.Analysis.headline`) and the date anchors relative dates
("on Friday"). Fetching a URL happens only in :func:`fetch_article`, with a
timeout; nothing here touches the network otherwise.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from ._io import decode_text, scrub_text
from .errors import InputError

__all__ = ["Article", "article_from_html", "fetch_article", "looks_like_html", "read_article"]

#: Largest page or text read (bytes); past it, a one-line error.
MAX_BYTES = 50_000_000

_HTML_START = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*(?:<!doctype\s+html|<html|<head|<!--)", re.I)


@dataclass(frozen=True, slots=True)
class Article:
    """An article's text with what is known about it (``None`` when unknown)."""

    text: str
    title: str | None = None
    date: dt.date | None = None
    url: str | None = None


def looks_like_html(data: bytes, name: str | None = None) -> bool:
    """Whether ``data`` (named ``name``) is a web page rather than plain text.

    Examples
    --------
    >>> looks_like_html(b"<!DOCTYPE html><html>...")
    True
    >>> looks_like_html(b"Shelling near Sumy.", "article.txt")
    False
    """
    if name and Path(name).suffix.lower() in (".html", ".htm", ".xhtml"):
        return True
    return bool(_HTML_START.match(data[:512]))


def _date(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


def article_from_html(
    html: bytes | str, *, url: str | None = None, name: str | None = None
) -> Article:
    """The main text, title and publication date of a web page (trafilatura).

    Parameters
    ----------
    html : bytes or str
        The page.
    url : str, optional
        Where it was fetched from (kept in the article; named in errors).
    name : str, optional
        The file it was read from, named in errors when there is no ``url``.

    Raises
    ------
    InputError
        When the page has no article text trafilatura can find.
    """
    import trafilatura

    # trafilatura's own warnings ("discarding data: None" for a page with no article)
    # would be a second, cryptic line beside the one error said below.
    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False
    )
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        where = url or name or "the page"
        raise InputError(f"no article text found in {where}")
    title = getattr(doc, "title", None) or None
    return Article(
        text=scrub_text(text),
        title=scrub_text(title.strip()) if title else None,
        date=_date(getattr(doc, "date", None)),
        url=url,
    )


def read_article(path: str | os.PathLike[str]) -> Article:
    """Read an article file (``-``: standard input): plain UTF-8 text or a saved page.

    Raises
    ------
    InputError
        Missing or unreadable file, text that is not UTF-8, a page with no article.
    """
    if not str(path):
        raise InputError("the article's file name is empty: give a file, or - for standard input")
    if str(path) == "-":
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        name = None
    else:
        p = Path(path)
        if p.is_dir():
            raise InputError(f"{p} is a directory, not an article file")
        try:
            with open(p, "rb") as f:
                data = f.read(MAX_BYTES + 1)
        except FileNotFoundError:
            raise InputError(f"no such article file: {p}") from None
        except OSError as err:
            raise InputError(f"cannot read article file {p}: {err.strerror}") from None
        name = p.name
    if len(data) > MAX_BYTES:
        where = "standard input" if str(path) == "-" else str(path)
        raise InputError(f"{where}: more than {MAX_BYTES:,} bytes is too big for an article")
    if looks_like_html(data, name):
        return article_from_html(data, name="standard input" if str(path) == "-" else str(path))
    # Plain text, from a file or standard input, gets the same decoding checks.
    name = "standard input" if str(path) == "-" else str(path)
    return Article(text=scrub_text(decode_text(data, name=name)))


def fetch_article(url: str, *, timeout_s: float = 20.0) -> Article:
    """Download ``url`` (only when the user asked: ``--fetch``) and read it as a page.

    Raises
    ------
    InputError
        Not an http(s) URL, a network error or timeout, or a page with no article.
    """
    import urllib.error
    import urllib.request

    if not re.match(r"https?://", url, re.I):
        raise InputError(f"--fetch needs an http:// or https:// URL, got {url[:80]!r}")
    request = urllib.request.Request(url, headers={"User-Agent": "geo-frontline"})
    try:
        with urllib.request.urlopen(request, timeout=timeout_s) as response:
            data = response.read(MAX_BYTES + 1)
    except (urllib.error.URLError, OSError, ValueError) as err:
        reason = getattr(err, "reason", err)
        raise InputError(f"cannot fetch {url[:200]}: {reason}") from None
    if len(data) > MAX_BYTES:
        raise InputError(f"{url[:200]}: more than {MAX_BYTES:,} bytes is too big for an article")
    return article_from_html(data, url=url)
