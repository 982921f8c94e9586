"""Articles as people have them: a text file, a saved web page, or (when asked) a URL.

A saved page (``.html``/``.htm``, or any input that starts like HTML) is read
with trafilatura: the article's main text without navigation and boilerplate,
its title and its publication date. The title becomes the map's headline
(:attr:`geo.model.Analysis.headline`) and the date anchors relative dates
("on Friday"). Fetching a URL happens only in :func:`fetch_article`, with a
timeout; nothing here touches the network otherwise.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from ._io import decode_text, scrub_text
from .errors import InputError, NetworkError
from .markup_escapes import decode_field, decode_in_place
from .page_dates import DATE_PARAMS, iso_date, page_date
from .unpacking import MAX_BYTES, unpacked

__all__ = [
    "MAX_BYTES",
    "Article",
    "article_from_html",
    "fetch_article",
    "looks_like_html",
    "page_date",
    "read_article",
    "request_url",
    "shown_url",
    "unpacked",
]

_HTML_START = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*(?:<!doctype\s+html|<html|<head|<!--)", re.I)


@dataclass(frozen=True, slots=True)
class Article:
    """An article's text with what is known about it (``None`` when unknown)."""

    text: str
    title: str | None = None
    date: dt.date | None = None
    url: str | None = None
    #: The text was extracted from a web page (a saved page, a fetched URL): it is in no
    #: file the user has, so ``geo parse`` gives it with the analysis (``"text"``).
    page: bool = False


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


def _utf16_page(data: bytes) -> str | None:
    """A page in UTF-16 without a byte-order mark, decoded (``None`` for any other):
    its markup is ASCII, so every other byte of its start is NUL. (trafilatura would
    read it as one byte a character: a headline of mojibake.)"""
    head = data[:512]
    if len(head) < 16 or head[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" not in head:
        return None
    half = len(head) // 2
    for nuls, codec in ((head[1::2], "utf-16-le"), (head[0::2], "utf-16-be")):
        if nuls.count(0) >= 0.9 * half:
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                return None
    return None


_LOWER = "translate(normalize-space(.), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"
#: Links that lead elsewhere, no words of the article: "Read more", "Continue reading",
#: "Read the full story", "Learn more", a ``javascript:`` link. Left in, their words run
#: into the next paragraph's first sentence ("Read more Russia's ministry said").
_NAVIGATION_LINKS = (
    # what a page shows only without scripts ("Enable JavaScript to read this page")
    "//noscript",
    "//a[starts-with(normalize-space(@href), 'javascript:')]",
    "//a["
    + " or ".join(
        f"starts-with({_LOWER}, '{words}')"
        for words in ("read more", "continue reading", "read the full", "read full",
                      "learn more", "see more", "click here", "read also", "more:")
    )
    + "]",
)


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
        The file it was read from (or the URL as said, :func:`shown_url`), named in
        errors.

    Raises
    ------
    InputError
        When the page has no article text trafilatura can find.
    """
    import trafilatura

    # trafilatura's and htmldate's own messages ("discarding data: None", "empty HTML
    # tree" for a page with no article or bytes that are no page) would be more,
    # cryptic lines beside the one error said below.
    for library in ("trafilatura", "htmldate"):
        logging.getLogger(library).setLevel(logging.CRITICAL)
    binary = isinstance(html, bytes) and _binary(html)
    if isinstance(html, bytes):
        html = _utf16_page(html) or html
        binary = binary and not isinstance(html, str)  # a UTF-16 page is text
    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False,
        date_extraction_params=dict(DATE_PARAMS), prune_xpath=list(_NAVIGATION_LINKS),
    )
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        where = name or (url and shown_url(url)) or "the page"
        if binary:  # random bytes, an image named .html: no page at all
            raise InputError(f"{where} is not a web page: binary data (NUL or control "
                             "bytes), neither HTML nor text")
        raise InputError(f"no article text found in {where}")
    from .text.document import cut_title

    title = getattr(doc, "title", None) or None
    return Article(
        text=scrub_text(text),
        # a page's title is a display field: its markup decoded ('og:title' may hold
        # tags), cut as a guessed headline is
        title=cut_title(decode_field(scrub_text(title.strip()))) if title else None,
        date=page_date(iso_date(getattr(doc, "date", None)), _page_text(html)),
        url=url,
        page=True,
    )


#: Bytes that no page or text holds (C0 controls but tab, newlines, form feed; DEL).
_CONTROL_BYTES = bytes(c for c in range(32) if c not in b"\t\n\r\x0b\x0c") + b"\x7f"


def _binary(data: bytes) -> bool:
    """Whether ``data`` starts as binary data rather than a page: NUL bytes or more than
    1 % control bytes in its first 4 KB (UTF-16 pages are told apart by the caller)."""
    head = data[:4096]
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return b"\x00" in head or controls > max(8, len(head) // 100)


def _page_text(html: bytes | str) -> str:
    """The page as text, for :func:`page_date` (undecodable bytes replaced)."""
    return html if isinstance(html, str) else html.decode("utf-8", "replace")


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
        if p.suffix.lower() in (".jsonl", ".ndjson"):
            logging.getLogger("geo.sources").warning(
                "warning: %s is read as one article: for one article per JSON line, "
                "give --jsonl %s", p, p)
    where = "standard input" if str(path) == "-" else str(path)
    if len(data) > MAX_BYTES:
        raise InputError(f"{where}: more than {MAX_BYTES:,} bytes is too big for an article")
    if looks_like_html(data, name):
        return article_from_html(data, name=where)
    # Plain text, from a file or standard input, gets the same decoding checks, and
    # the HTML a feed or a scraper left in it is read as a JSON line's is, in place.
    return Article(text=decode_in_place(scrub_text(decode_text(data, name=where))))


#: Credentials in an address (``//user:password@host``), hidden when it is said.
_CREDENTIALS = re.compile(r"(?<=//)[^/?#@]*@")


def shown_url(url: str, limit: int = 200) -> str:
    """``url`` as said in a message: as typed, but without a ``user:password@`` part
    or the query (which may hold a key) or the fragment, at most ``limit`` characters
    (quote it with ``repr`` when it may hold control characters).

    Examples
    --------
    >>> shown_url("https://me:s3cret@example.org/a/b?api_key=XYZ#top")
    'https://example.org/a/b?...'
    >>> shown_url("javascript:alert(1)"), shown_url("/etc/passwd"), shown_url("https://[::1")
    ('javascript:alert(1)', '/etc/passwd', 'https://[::1')
    """
    bare, query, _ = _CREDENTIALS.sub("", url.partition("#")[0]).partition("?")
    return (bare + ("?..." if query else ""))[:limit]


#: What stays as it is in a URL's path and query (reserved characters and ``%XX``
#: escapes): every other character is percent-encoded as UTF-8.
_PATH_SAFE = "/%:@!$&'()*+,;=~"
_QUERY_SAFE = _PATH_SAFE + "?"


def request_url(url: str) -> str:
    """The address :func:`fetch_article` requests for ``url``, as a browser would: the
    path and query percent-encoded as UTF-8 (``%XX`` escapes already there kept), an
    internationalised host name IDNA-encoded, the fragment dropped (never sent).

    Raises
    ------
    InputError
        An address that cannot be requested, with the reason: no host, a host name
        that IDNA cannot encode, a control character, a malformed port or IPv6 host.

    Examples
    --------
    >>> request_url("https://example.org/новини/123?q=новини&x=%20#a")
    'https://example.org/%D0%BD%D0%BE%D0%B2%D0%B8%D0%BD%D0%B8/123?q=%D0%BD%D0%BE%D0%B2%D0%B8%D0%BD%D0%B8&x=%20'
    >>> request_url("https://україна.example/a b")
    'https://xn--80aa2annq7l.example/a%20b'
    """
    from urllib.parse import quote, urlsplit, urlunsplit

    shown = repr(shown_url(url))
    if control := next((c for c in url if ord(c) < 32 or ord(c) == 127), None):
        raise InputError(f"--fetch: {shown} holds a control character ({control!r}): "
                         "not a URL that can be read")
    try:
        parts = urlsplit(url.strip())
        host, port = parts.hostname, parts.port
    except ValueError as err:  # "Invalid IPv6 URL", "Port out of range 0-65535"
        raise InputError(f"--fetch: {shown} is not a URL that can be read: {err}") from None
    if not host:
        raise InputError(f"--fetch: {shown} names no host: not a URL that can be read")
    if not host.isascii():
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError as err:
            raise InputError(f"--fetch: {shown}: the host name cannot be encoded "
                             f"(IDNA: {err})") from None
    elif " " in host:
        raise InputError(f"--fetch: {shown}: a host name holds no space")
    if ":" in host:
        host = f"[{host}]"  # IPv6
    netloc = host if port is None else f"{host}:{port}"
    return urlunsplit((parts.scheme, netloc, quote(parts.path, safe=_PATH_SAFE),
                       quote(parts.query, safe=_QUERY_SAFE), ""))


def fetch_article(url: str, *, timeout_s: float = 20.0) -> Article:
    """Download ``url`` (only when the user asked: ``--fetch``) and read it as a page.

    The address is prepared as a browser would (:func:`request_url`: non-ASCII
    paths, queries and host names encoded). Messages name the URL as typed, without
    credentials or query (:func:`shown_url`).

    Raises
    ------
    InputError
        Not an http(s) URL, one with a ``user:password@`` part (never sent), one that
        cannot be requested (:func:`request_url`), or a page with no article.
    NetworkError
        (an InputError too) No network, a refusal, the deadline passed, a reply that
        is not HTTP.
    """
    import http.client
    import urllib.error
    import urllib.request
    from urllib.parse import urlsplit

    if not url.strip():
        raise InputError("--fetch needs an http:// or https:// URL, got an empty one")
    if not re.match(r"\s*https?://", url, re.I):
        scheme = re.match(r"\s*[a-z][a-z0-9+.-]*:", url, re.I)
        hint = "" if scheme else " (a file is read without --fetch)"
        raise InputError(f"--fetch needs an http:// or https:// URL, got "
                         f"{shown_url(url, 80)!r}{hint}")
    shown = shown_url(url)
    try:
        credentials = "@" in urlsplit(url).netloc
    except ValueError:
        credentials = bool(_CREDENTIALS.search(url))
    if credentials:
        raise InputError("--fetch sends no user name or password: remove the "
                         f"user:password@ part of the URL ({shown})")
    target = request_url(url)
    request = urllib.request.Request(target, headers={"User-Agent": "geo-frontline"})
    try:
        data, encoding = _download(request, timeout_s, shown)
    except InputError:
        raise
    except (urllib.error.URLError, http.client.HTTPException, OSError, ValueError) as err:
        reason = getattr(err, "reason", None) or type(err).__name__
        raise NetworkError(f"cannot fetch {shown}: {reason}") from None
    if len(data) > MAX_BYTES:
        raise InputError(f"{shown}: more than {MAX_BYTES:,} bytes is too big for an article")
    return article_from_html(unpacked(data, encoding, shown), url=url, name=shown)


def _download(request: object, timeout_s: float, shown: str) -> tuple[bytes, str]:
    """The body of the reply to ``request`` and its ``Content-Encoding``, within a total
    deadline of ``timeout_s`` seconds.

    urllib's timeout bounds each wait on the socket, not the download: a server that
    trickles a byte a second (or a host name that takes long to resolve) would hold
    the caller for ever. The download runs in a daemon thread; past the deadline its
    socket is shut down and a one-line :class:`InputError` says so.
    """
    import socket
    import threading
    import urllib.request

    box: dict[str, object] = {}

    def run() -> None:
        try:
            with urllib.request.urlopen(request, timeout=timeout_s) as response:
                box["response"] = response
                headers = getattr(response, "headers", None)
                encoding = headers.get("Content-Encoding", "") if headers is not None else ""
                box["data"] = (response.read(MAX_BYTES + 1), encoding or "")
        except BaseException as err:  # handed to the caller's thread
            box["error"] = err

    worker = threading.Thread(target=run, name="geo-fetch", daemon=True)
    worker.start()
    worker.join(timeout_s)
    if worker.is_alive():
        # Best effort: wake the worker's blocked read (urllib keeps the socket here).
        raw = getattr(getattr(box.get("response"), "fp", None), "raw", None)
        sock = getattr(raw, "_sock", None)
        if isinstance(sock, socket.socket):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        raise NetworkError(f"cannot fetch {shown}: no complete reply within {timeout_s:g} s")
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box["data"]  # type: ignore[return-value]
