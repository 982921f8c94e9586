"""HTML left in a JSON line's fields, as RSS and scraper dumps carry it.

A feed's ``summary`` or a scraper's ``text`` often holds the page's markup escaped once
too often ("Police in &lt;b&gt;Aalborg&lt;/b&gt; said", "Copenhagen&#39;s") or raw
("<p>Drones over <b>Aalborg</b></p>"). Read as text, the markup splits and hides names
("Aalborg" inside "&lt;b&gt;Aalborg") and a report shows "&amp;amp;" to its reader.

:func:`decode_in_place` reads such a text with its markup decoded *in place*: the
result has the same length, character for character, so every offset of the analysis
(a toponym's ``start``/``end``, a claim's span) is an offset of the line as given. A tag
(raw or escaped) becomes spaces; a character reference becomes its character, preceded
by soft hyphens (U+00AD) to keep the length: invisible characters the geoparser reads
inside a word as nothing ("Qu&eacute;bec" is one word, Québec), and after a word as the
space they follow ("Copenhagen&#39;s" keeps its possessive). The references are those
the standard library's :func:`html.unescape` knows (HTML5's named ones, decimal and
hexadecimal), decoded by it.

:func:`decode_field` decodes a field no offset refers to (a ``title``): the references
decoded, raw or escaped tags dropped, spaces folded. :func:`decode_url` decodes a ``url``:
its references only ("?a=1&amp;b=2"), nothing dropped (a URL holds no markup: what looks
like a tag in one is its own characters, shown escaped).
"""

from __future__ import annotations

import html
import re

__all__ = ["decode_field", "decode_in_place", "decode_url", "line_text"]

#: HTML's element names that feeds and scrapers leave in text (a name in angle brackets
#: that is none of these, "<Sumy>", is text).
_ELEMENTS = (
    "a|abbr|article|aside|b|blockquote|br|caption|cite|code|dd|del|div|dl|dt|em|figcaption|"
    "figure|font|footer|h[1-6]|header|hr|i|img|ins|li|mark|nav|ol|p|picture|pre|q|s|section|"
    "small|source|span|strong|sub|sup|table|tbody|td|th|thead|time|tr|u|ul|video"
)
#: A tag of those, raw ("<b>", "</p>", "<br/>", '<a href="...">') or escaped once
#: ("&lt;b&gt;"), its attributes without brackets.
_TAG = re.compile(
    rf"(?i:<(?:/?(?:{_ELEMENTS})(?:\s[^<>]{{0,400}})?/?)>"
    rf"|&lt;(?:/?(?:{_ELEMENTS})(?:\s(?:(?!&[lg]t;)[^<>]){{0,400}})?/?)&gt;)"
)
#: A character reference: named ("&amp;", "&eacute;"), decimal ("&#39;") or hexadecimal.
_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_SOFT_HYPHEN = "\u00ad"


#: What a page's head or a scraper's dump leaves around a headline, never text of its own:
#: a comment, a script's or a style sheet's element with its content, and the tags of the
#: page's frame (``<title>``, ``<head>``, ``<svg ...>``) and of its body (:data:`_ELEMENTS`).
_FRAME_ELEMENTS = (
    "body|button|center|form|head|html|iframe|input|label|link|main|meta|noscript|"
    "object|script|select|style|svg|template|textarea|title"
)
_LINE_MARKUP = re.compile(
    r"<!--.*?(?:-->|\Z)|(?is:<(script|style)\b[^<>]{0,400}>.*?(?:</\1\s*>|\Z))"
    rf"|(?i:</?(?:{_ELEMENTS}|{_FRAME_ELEMENTS})(?:\s[^<>]{{0,400}})?/?>)"
)


def line_text(line: str) -> str:
    """A line's text as a reader sees it on the page: comments, scripts and style sheets
    (with their content) and HTML tags dropped, spaces folded. For a headline guessed
    from a text file's first lines (:func:`geo.text.document.guess_title`): a dump whose
    first line is markup. What only looks like a tag ("<Sumy>") stays; so does anything
    after an opened comment that never closes, cut there.

    >>> line_text('<!-- saved 3 Nov --><h1 class="t">Drones hit Sumy</h1>')
    'Drones hit Sumy'
    >>> line_text('<script>alert("x")</script> Kharkiv </title><b>shelled</b>')
    'Kharkiv shelled'
    >>> line_text("Drones over <Sumy>")
    'Drones over <Sumy>'
    """
    if "<" not in line:
        return line
    line = line.replace(_SOFT_HYPHEN, "")  # what a reference decoded in place leaves
    return " ".join(_LINE_MARKUP.sub(" ", line).split())


def has_markup(text: str) -> bool:
    """Whether ``text`` may hold a tag or a character reference (a fast superset)."""
    return "&" in text or "<" in text


def decode_in_place(text: str) -> str:
    """``text`` with its tags blanked and its character references decoded, same length.

    >>> decode_in_place("in &lt;b&gt;Aalborg&lt;/b&gt; said").split()
    ['in', 'Aalborg', 'said']
    >>> decode_in_place("Qu&eacute;bec") == "Qu" + "\\u00ad" * 7 + "ébec"
    True
    >>> decode_in_place("Vilnius&nbsp;airport")
    'Vilnius      airport'
    >>> decode_in_place("AT&T and x < 5") == "AT&T and x < 5"
    True
    """
    if not has_markup(text):
        return text
    text = _TAG.sub(lambda m: " " * len(m.group()), text)
    return _REFERENCE.sub(_reference_in_place, text)


def _reference_in_place(match: re.Match[str]) -> str:
    ref = match.group()
    char = html.unescape(ref)
    if char == ref or len(char) > len(ref):  # not a reference html knows
        return ref
    if char.isspace():
        return " " * len(ref)
    return _SOFT_HYPHEN * (len(ref) - len(char)) + char


def decode_field(value: str) -> str:
    """A display field (``title``, ``url``) with its markup decoded, spaces folded.

    >>> decode_field("Drones over Aalborg &amp; Copenhagen")
    'Drones over Aalborg & Copenhagen'
    >>> decode_field("&lt;b&gt;Gen&#x2d;Z&lt;/b&gt; protests")
    'Gen-Z protests'
    >>> decode_field("https://example.org/dk?a=1&amp;b=2")
    'https://example.org/dk?a=1&b=2'
    >>> decode_field("Drones over <Sumy> {{7*7}}")
    'Drones over <Sumy> {{7*7}}'
    """
    if not has_markup(value):
        return value
    decoded = _TAG.sub(" ", html.unescape(_TAG.sub(" ", value)))  # escaped twice: raw now
    return value if decoded == value else " ".join(decoded.split())


def decode_url(value: str) -> str:
    """A ``url`` field with its character references decoded, nothing else changed.

    >>> decode_url("https://example.org/dk?a=1&amp;b=2")
    'https://example.org/dk?a=1&b=2'
    >>> decode_url("https://example.org/<b>x</b>")
    'https://example.org/<b>x</b>'
    """
    return html.unescape(value) if "&" in value else value
