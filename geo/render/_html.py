"""Escaping helpers: the only way article text reaches HTML or JavaScript.

Two rules hold everywhere in :mod:`geo.render`:

* text that becomes HTML goes through :func:`esc` (``&``, ``<``, ``>``, ``"``
  and ``'`` become entities), so it is inert markup;
* data that becomes JavaScript goes through :func:`js` (JSON with ``<``, ``>``,
  ``&``, ``'``, U+2028 and U+2029 written as ``\\uXXXX`` escapes), so it is a
  literal that can never close a ``<script>`` element or a string;
* both drop the explicit bidirectional controls (U+202A-U+202E embeddings and
  overrides, U+2066-U+2069 isolates): a headline holding a right-to-left override
  could otherwise reorder what the page shows after it ("Trojan Source",
  CVE-2021-42574). Arabic and Hebrew text keeps its direction from the Unicode
  bidirectional algorithm, which needs none of them.

Nothing is ever placed inside a JavaScript template literal or an ``on*``
attribute, and no URL is ever built from article text; the one link a page holds is
an article's own ``url`` field, and only an ``http``/``https`` address with a host
(:func:`source_link`).

Examples
--------
>>> esc('<script>alert("x")</script>')
'&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'
>>> js({"a": "</script><b>'"})
'{"a":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0027"}'
"""

from __future__ import annotations

import html
import json
import math
import re
import unicodedata
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from .._io import scrub_text
from ..model import round_geojson

__all__ = [
    "clean", "css_length", "esc", "js", "quoted", "round_coords", "source_link", "truncate",
]

_JS_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "'": "\\u0027",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
_BIDI_CHARACTERS = [*map(chr, range(0x202A, 0x202F)), *map(chr, range(0x2066, 0x206A))]
_CSS_LENGTH = re.compile(r"(?:\d{1,5}(?:\.\d{1,3})?)(?:px|%|em|rem|vh|vw)")


def esc(value: Any) -> str:
    """HTML-escape ``str(value)`` for element content and quoted attribute values.

    >>> esc("\u202etxt.exe <b>")
    'txt.exe &lt;b&gt;'
    """
    text = html.escape("" if value is None else str(value), quote=True)
    return scrub_text(_BIDI_CONTROLS.sub("", text))


def js(value: Any) -> str:
    """Serialise ``value`` as compact JSON safe to embed anywhere in a ``<script>``.

    Keys are sorted, so the same value always gives the same text.
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    # A search for each character is quicker than a class tried at every character of
    # a map's geometries (hundreds of KB): the patterns run only where one occurs.
    if not text.isascii() and any(c in text for c in _BIDI_CHARACTERS):
        text = _BIDI_CONTROLS.sub("", text)
    for c, escape in _JS_ESCAPES.items():  # no escape holds a character escaped
        if c in text:
            text = text.replace(c, escape)
    return scrub_text(text)


def source_link(url: Any) -> str:
    """A link (``<a>`` HTML, escaped) to an article's ``url`` showing its host, or ``""``.

    Only an ``http`` or ``https`` address with a host becomes a link (a
    ``javascript:``, ``data:`` or relative address, one whose port is out of range, or
    anything that is not a string, gives ``""``); the address written is the one parsed
    (tabs and newlines dropped, as browsers do; a user name and password left out, and
    query parameters named as credentials: ``token``, ``access_token``, ``api_key``,
    ``key``, ``sig``, ``signature``, ``secret``, ``password``, ``session``...), and the
    link opens apart from the map (``rel="noopener noreferrer"``).

    >>> source_link("https://example.org/news/1?a=1&b=2")
    '<a href="https://example.org/news/1?a=1&amp;b=2" rel="noopener noreferrer nofollow" \
target="_blank">example.org</a>'
    >>> source_link("javascript:alert(1)")
    ''
    >>> source_link("https://user:pw@Example.org:8443/a")[:45]
    '<a href="https://example.org:8443/a" rel="noo'
    >>> source_link("https://example.org/a?id=5&token=SECRET&Api-Key=x")[:40]
    '<a href="https://example.org/a?id=5" rel'
    """
    if not isinstance(url, str):
        return ""
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname
        port = parts.port  # ValueError when out of range ("https://[::1]:99999/x")
    except ValueError:
        return ""
    if parts.scheme.lower() not in ("http", "https") or not host:
        return ""
    # A user name and password in the address ("https://user:pw@host/") would travel
    # with every saved page and be sent on every click: the link leaves them out.
    netloc = (f"[{host}]" if ":" in host else host) + (f":{port}" if port is not None else "")
    parts = parts._replace(netloc=netloc, query=_public_query(parts.query))
    return (
        f'<a href="{esc(urlunsplit(parts))}" rel="noopener noreferrer nofollow" '
        f'target="_blank">{esc(host)}</a>'
    )


#: Query parameters that carry credentials ("?token=...", "&api_key=...", "X-Amz-Signature"):
#: a saved page would hand them to everyone it is shared with.
_SECRET_PARAM = re.compile(
    r"(?:[\w-]*[_-])?(?:token|access[_-]?token|api[_-]?key|apikey|key|sig|signature|secret|"
    r"password|passwd|pwd|pass|auth|session|sessionid|sid|jwt|credential)s?", re.IGNORECASE)


def _public_query(query: str) -> str:
    """``query`` without the parameters :data:`_SECRET_PARAM` names, the others as
    written, in their order."""
    from urllib.parse import unquote_plus

    kept = [part for part in query.split("&")
            if not _SECRET_PARAM.fullmatch(unquote_plus(part.split("=", 1)[0]).strip())]
    return "&".join(kept)


def clean(text: str) -> str:
    """``text`` with lone surrogates replaced by U+FFFD (so it can be written as UTF-8).

    >>> clean("a\\ud800b") == "a\\ufffdb"
    True
    """
    return scrub_text(text)


#: Combining marks kept on one letter in displayed text: a script's own diacritics
#: ("ệ", Vietnamese) need two; a stack of dozens (Zalgo) spills out of any box.
MAX_MARKS = 2


def unstacked(text: str) -> str:
    """``text`` without the combining marks (Mn, Me) beyond :data:`MAX_MARKS` in a row.

    >>> unstacked("Kha\u0301\u0300\u0302\u0303rkiv") == "Kha\u0301\u0300rkiv"
    True
    """
    out, run = [], 0
    for ch in text:
        if unicodedata.category(ch) in ("Mn", "Me"):
            run += 1
            if run > MAX_MARKS:
                continue
        else:
            run = 0
        out.append(ch)
    return "".join(out)


def truncate(text: str, limit: int) -> str:
    """``text`` with whitespace collapsed and stacked marks thinned (:func:`unstacked`),
    cut to ``limit`` characters with an ellipsis."""
    text = unstacked(" ".join(str(text).split()))
    return text if len(text) <= limit else text[: max(limit - 1, 0)].rstrip() + "…"


#: Marks a quotation may open with (straight, typographic, guillemets, CJK corners).
_OPENING_QUOTES = frozenset("\"'“‘„‚«‹「『”")


def quoted(html: str, raw: str) -> str:
    """``html`` (the escaped form of ``raw``) in typographic quotation marks, unless
    ``raw`` already opens with a quotation mark of its own: a claim that is a quote
    ("\"Units … liberated X,\" the ministry said") is shown as written, not as “"Units…”.

    >>> quoted("Kyiv said so.", "Kyiv said so.")
    '“Kyiv said so.”'
    >>> quoted("&quot;We hold it,&quot; he said.", '"We hold it," he said.')
    '&quot;We hold it,&quot; he said.'
    """
    return html if str(raw).lstrip()[:1] in _OPENING_QUOTES else f"“{html}”"


def css_length(value: str | int | float, name: str = "size") -> str:
    """Validate a CSS length (``480``, ``"480px"``, ``"100%"``, ``"60vh"``) and return it.

    Raises
    ------
    geo.errors.InputError
        If the value is anything else (it is written into a style attribute).
    """
    from ..errors import InputError

    if isinstance(value, bool):
        raise InputError(f"{name} must be a CSS length such as 480px or 100%, got {value!r}")
    if isinstance(value, int | float):
        if not math.isfinite(value) or value <= 0:
            raise InputError(f"{name} must be a positive number of pixels, got {value!r}")
        return f"{value:g}px"
    text = str(value).strip()
    if not _CSS_LENGTH.fullmatch(text):
        raise InputError(
            f"{name} must be a CSS length (a number with px, %, em, rem, vh or vw), got {value!r}"
        )
    return text


def round_coords(obj: Any, ndigits: int = 5) -> Any:
    """GeoJSON-like structure with floats rounded (5 digits: about 1 m) and tuples as lists."""
    return round_geojson(obj, ndigits)
